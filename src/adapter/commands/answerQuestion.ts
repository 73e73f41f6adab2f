import * as vscode from 'vscode';
import { attestEvents } from '../events';
import type { AnswerDecision } from '../../domain/answer/types';
import { INTENT_LABELS, type IntentId } from '../../domain/intents';
import type { PlannedItem } from '../../domain/engine';
import { loadEngine } from '../lazy/engine';
import { itemAtLine, itemAtOffset, type QuestionItem, type TextEdit } from '../../domain/questionnaire';
import { anchorFor, parseQuestionAnchor, type QuestionAnchor } from '../../domain/questionnaire/anchor';
import { renderMarkdownAnswer } from '../../domain/questionnaire/markdown';
import { renderTextAnswer } from '../../domain/questionnaire/plaintext';
import { CommandId } from '../../shared/ids';
import { getSettings } from '../config';
import { applyTextEdits, displayName, readOpenQuestionnaire, type OpenQuestionnaire } from '../questionnaireDocument';
import { openProfile, profileForAnswering } from '../questionnaireProfile';
import { resolveTarget } from '../questionTarget';
import type { Services } from '../services';

export type AnswerQuestionOutcome =
  | 'answered'
  | 'needs_person'
  | 'not_recognized'
  /** Recognized, but the facts do not decide what it asks: nothing inserted, the reasons shown. */
  | 'undetermined'
  | 'no_question'
  | 'no_document'
  | 'unsupported'
  | 'no_profile'
  | 'unavailable'
  | 'cancelled'
  | 'document_changed';

/** What the command did; returned so CodeLens callers and tests can tell. */
export interface AnswerQuestionResult {
  outcome: AnswerQuestionOutcome;
  intent?: IntentId;
  inserted: boolean;
  missing?: string[];
}

/** Options a caller may pass as the third argument. */
interface AnswerOptions {
  /** Replace an existing answer without asking. */
  replaceExisting?: boolean;
  /** The question a CodeLens or light bulb was shown on: found by content, since its line may be stale. */
  question?: QuestionAnchor;
}

function readOptions(value: unknown): AnswerOptions {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const options: AnswerOptions = {};
  if ('replaceExisting' in value) {
    options.replaceExisting = (value as { replaceExisting: unknown }).replaceExisting === true;
  }
  const question = 'question' in value ? parseQuestionAnchor((value as { question: unknown }).question) : undefined;
  if (question !== undefined) {
    options.question = question;
  }
  return options;
}

/** The anchored question in the document as it is now, or a message saying why it cannot be answered. */
function refind(document: vscode.TextDocument, anchor: QuestionAnchor): { open: OpenQuestionnaire; item: QuestionItem } | { message: string } {
  const resolved = resolveTarget(document, { kind: 'question', anchor });
  if (resolved.kind === 'question') {
    return { open: resolved.open, item: resolved.item };
  }
  return { message: `Attest did not answer: ${resolved.kind === 'refused' ? resolved.problem : 'the question is no longer a question'}. Put the cursor on the question and run Answer This Question again.` };
}

/** Where to answer: a question item, or free text the writer selected. */
type Target = { kind: 'item'; item: QuestionItem } | { kind: 'text'; text: string; insertAfterLine: number } | { kind: 'none'; message: string };

function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

function findTarget(open: OpenQuestionnaire, line: number | undefined, selection: vscode.Selection | undefined): Target {
  const { document, read, format } = open;
  const items = read.items;
  if (line !== undefined) {
    const item = itemAtLine(items, line);
    return item ? { kind: 'item', item } : { kind: 'none', message: `Attest found no question on line ${line + 1} of ${displayName(document)}.` };
  }
  if (selection && !selection.isEmpty) {
    const start = document.offsetAt(selection.start);
    const end = document.offsetAt(selection.end);
    const item = itemAtOffset(items, start);
    if (item && end <= item.blockRange.end) {
      return { kind: 'item', item };
    }
    const text = document.getText(selection).trim();
    // A selection that ends at the start of a line belongs to the line above.
    const lastLine = selection.end.character === 0 && selection.end.line > selection.start.line ? selection.end.line - 1 : selection.end.line;
    if (format === 'csv') {
      return { kind: 'none', message: `In a CSV file Attest answers whole rows: put the cursor on a question row of ${displayName(document)} (the selection ${quote(text)} is not one).` };
    }
    return text === '' ? { kind: 'none', message: 'The selection is empty. Select a question, or put the cursor on one.' } : { kind: 'text', text, insertAfterLine: lastLine };
  }
  const cursorLine = selection?.active.line ?? 0;
  const item = itemAtLine(items, cursorLine);
  if (item) {
    return { kind: 'item', item };
  }
  const lineText = document.lineAt(cursorLine).text;
  if (format === 'csv') {
    return { kind: 'none', message: `Line ${cursorLine + 1} of ${displayName(document)} is not a question row (a title, header or blank row). Put the cursor on a question row.` };
  }
  // Markdown or text the reader did not take for a question: answer the line as written.
  const text = lineText
    .replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/, '')
    .replace(/\*\*|__/g, '')
    .trim();
  return text === ''
    ? { kind: 'none', message: `Line ${cursorLine + 1} is blank. Put the cursor on a question, or select its text.` }
    : { kind: 'text', text, insertAfterLine: cursorLine };
}

/** Edits that put an answer to free text below its last line, in the document's own style. */
function freeTextEdits(open: OpenQuestionnaire, answer: string, afterLine: number): TextEdit[] {
  const { document, read } = open;
  const eol = read.layout.lineEnding;
  const line = document.lineAt(afterLine);
  const at = document.offsetAt(line.range.end);
  const indent = /^\s*/.exec(line.text)?.[0] ?? '';
  if (open.format === 'markdown') {
    // Inside a list item the answer lines up with the item's text.
    const listIndent = /^(\s*)(?:[-*+]|\d+[.)])\s+/.exec(line.text);
    const blockIndent = listIndent ? ' '.repeat(listIndent[0].length) : indent;
    return [{ start: at, end: at, newText: eol + eol + renderMarkdownAnswer(answer, undefined, blockIndent, eol) }];
  }
  return [{ start: at, end: at, newText: eol + renderTextAnswer(answer, undefined, indent, eol) }];
}

function notRecognized(what: string, where: string): void {
  void vscode.window.showInformationMessage(
    `Attest does not answer ${what} (${where}): it is not a SOC 2 or assurance question it recognizes, so nothing was inserted.`,
  );
}

async function applyOnce(open: OpenQuestionnaire, edits: readonly TextEdit[]): Promise<boolean> {
  const applied = await applyTextEdits(open.document, open.version, edits);
  if (applied === 'document_changed') {
    void vscode.window.showWarningMessage('The document changed while Attest was answering; nothing was inserted. Try again.');
  } else if (applied === 'refused') {
    void vscode.window.showWarningMessage(`Attest could not edit ${displayName(open.document)} (is it read-only?).`);
  } else {
    attestEvents.answerInserted({ uri: open.document.uri, count: 1 });
  }
  return applied === 'applied';
}

function revealInserted(open: OpenQuestionnaire, edits: readonly TextEdit[]): void {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === open.document);
  const first = edits[0];
  if (editor && first) {
    // Positions after the edit: the first edit starts where it did.
    const start = open.document.positionAt(first.start);
    editor.revealRange(new vscode.Range(start, start.translate(Math.max(0, first.newText.split(/\r\n|\r|\n/).length - 1))), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** What the answer is, for the messages: the intent's name, or the library entry it came from. */
function answerLabel(decision: AnswerDecision): string {
  return decision.source?.kind === 'library' ? `from the library entry "${decision.source.title}"${decision.source.file ? ` (${decision.source.file})` : ''}` : INTENT_LABELS[decision.intent];
}

function report(services: Services, decision: AnswerDecision, missing: readonly string[], warnings: readonly string[], profileUri: vscode.Uri | undefined): void {
  const label = answerLabel(decision);
  if (missing.length > 0) {
    const message = `Attest answered (${label}) but the profile lacks ${missing.length === 1 ? 'a fact' : 'facts'} the answer needs: ${missing.join(', ')}. The placeholders are in the text; complete them before sending, or add the facts to the profile.`;
    void vscode.window.showWarningMessage(message, 'Open profile').then((choice) => (choice && profileUri ? openProfile(profileUri) : undefined));
    return;
  }
  const notes = warnings.filter((w) => !missing.some((m) => w.includes(m)));
  if (notes.length > 0) {
    void vscode.window.showWarningMessage(`Attest answered (${label}). ${notes.join(' ')}`, 'Open profile').then((choice) => (choice && profileUri ? openProfile(profileUri) : undefined));
  } else {
    vscode.window.setStatusBarMessage(`$(check) Attest answered: ${label}`, 5000);
  }
  services.logger.info(`Answered ${decision.source?.kind === 'library' ? `library ${decision.source.entry}` : decision.intent} (confidence ${decision.confidence.toFixed(2)}): ${decision.question}`);
}

/** A Yes/No the facts do not decide: nothing is written, and the writer is told why (and offered a library suggestion to review). */
function leftForPerson(decision: AnswerDecision, where: string, question?: { uri: vscode.Uri; line: number; anchor: QuestionAnchor }): void {
  const reasons = (decision.reasons ?? []).join(' ');
  const why = decision.intent === 'none' ? 'neither the profile\'s facts nor the answer library decide it' : `the profile's facts do not decide it (${INTENT_LABELS[decision.intent]})`;
  const review = 'Review Suggestion…';
  const offer = question !== undefined && decision.suggestion !== undefined && decision.suggestion.unmet === undefined ? [review] : [];
  void vscode.window.showInformationMessage(`Attest left the question on ${where} for you: ${why}. ${reasons}`, ...offer).then((choice) =>
    choice === review && question !== undefined ? vscode.commands.executeCommand(CommandId.confirmLibrarySuggestion, question.uri, question.line, { question: question.anchor }) : undefined,
  );
}

/**
 * Attest: Answer This Question. On the selection or the cursor's line/row of the active editor,
 * or on (uri, line) when called from a CodeLens. Inserts the answer where it belongs as one edit.
 */
export async function answerQuestion(services: Services, uriArg?: unknown, lineArg?: unknown, optionsArg?: unknown): Promise<AnswerQuestionResult> {
  const options = readOptions(optionsArg);
  const active = vscode.window.activeTextEditor;
  let document: vscode.TextDocument | undefined;
  if (uriArg instanceof vscode.Uri) {
    document = await vscode.workspace.openTextDocument(uriArg);
  } else {
    document = active?.document;
  }
  if (!document) {
    void vscode.window.showInformationMessage('Open a Markdown, CSV or plain-text questionnaire and put the cursor on a question, then run Answer This Question.');
    return { outcome: 'no_document', inserted: false };
  }
  const line = typeof lineArg === 'number' && Number.isInteger(lineArg) && lineArg >= 0 && lineArg < document.lineCount ? lineArg : undefined;
  const selection = active?.document === document ? active.selection : undefined;
  const open = readOpenQuestionnaire(document);
  if (!open) {
    void vscode.window.showInformationMessage(`Answer This Question works in Markdown, CSV and plain-text documents; ${displayName(document)} is none of these.`);
    return { outcome: 'unsupported', inserted: false };
  }
  // A lens or light bulb names its question; a stale line must not pick the question that moved onto it.
  const anchored = line !== undefined && options.question !== undefined ? refind(document, options.question) : undefined;
  if (anchored !== undefined && 'message' in anchored) {
    void vscode.window.showWarningMessage(anchored.message);
    return { outcome: 'no_question', inserted: false };
  }
  const target: Target = anchored !== undefined ? { kind: 'item', item: anchored.item } : findTarget(open, line, line === undefined ? selection : undefined);
  if (target.kind === 'none') {
    void vscode.window.showInformationMessage(target.message);
    return { outcome: 'no_question', inserted: false };
  }
  const wizardLine = target.kind === 'item' ? target.item.line : target.insertAfterLine;
  // The wizard button may be clicked much later: it carries the question's anchor, not just the line.
  const wizardAnchor = target.kind === 'item' ? anchorFor(open.read.items, target.item) : undefined;
  const { profile } = await profileForAnswering(services, document.uri, { wizard: { uri: document.uri, line: wizardLine, ...(wizardAnchor === undefined ? {} : { question: wizardAnchor }) } });
  if (!profile) {
    return { outcome: 'no_profile', inserted: false };
  }
  const settings = { defaultLength: getSettings(document.uri).defaultAnswerLength, today: services.clock.today() };
  const { answererFor, isAnswered, planOne } = await loadEngine();
  const sources = await services.libraries.sourcesFor(document.uri);
  const profileUri = services.profiles.get(document.uri)?.uri;

  if (target.kind === 'text') {
    const decision = answererFor(profile, ...sources)(target.text, { length: settings.defaultLength, today: settings.today });
    if (decision.outcome === 'undetermined') {
      leftForPerson(decision, `line ${target.insertAfterLine + 1}`);
      return { outcome: 'undetermined', intent: decision.intent, inserted: false };
    }
    if (decision.outcome === 'not_recognized' || decision.text === undefined) {
      notRecognized(quote(target.text), `line ${target.insertAfterLine + 1}`);
      return { outcome: 'not_recognized', intent: decision.intent, inserted: false };
    }
    const edits = freeTextEdits(open, decision.text, target.insertAfterLine);
    if (!(await applyOnce(open, edits))) {
      return { outcome: 'document_changed', intent: decision.intent, inserted: false };
    }
    revealInserted(open, edits);
    report(services, decision, decision.missing, decision.warnings, profileUri);
    return { outcome: decision.outcome, intent: decision.intent, inserted: true, missing: decision.missing };
  }

  let { item } = target;
  let current = open;
  // Awaiting the profile may have let the writer edit: answer the question where it is now.
  if (document.version !== current.version) {
    const again = refind(document, anchorFor(current.read.items, item));
    if ('message' in again) {
      void vscode.window.showWarningMessage(again.message);
      return { outcome: 'document_changed', inserted: false };
    }
    ({ open: current, item } = again);
  }
  const where = `line ${item.line + 1}`;
  const answerer = answererFor(profile, ...sources);
  // An answered question is still decided (the writer is asked before it is replaced).
  const plan = (open: OpenQuestionnaire, question: QuestionItem): PlannedItem | undefined => {
    const engineItem = open.engine.items[question.index];
    return engineItem === undefined ? undefined : planOne(open.engine, engineItem, answerer, { ...settings, overwrite: options.replaceExisting === true || isAnswered(engineItem) });
  };
  let planned = plan(current, item);
  const decision = planned?.decision;
  if (planned === undefined || decision === undefined || decision.outcome === 'not_recognized') {
    notRecognized(quote(item.question), where);
    return { outcome: 'not_recognized', ...(decision !== undefined && { intent: decision.intent }), inserted: false };
  }
  if (decision.outcome === 'undetermined') {
    leftForPerson(decision, where, { uri: document.uri, line: item.line, anchor: anchorFor(current.read.items, item) });
    return { outcome: 'undetermined', intent: decision.intent, inserted: false };
  }
  if (item.answer.unavailable !== undefined || !planned.write) {
    void vscode.window.showInformationMessage(`Attest recognized the question on ${where} but has nowhere to write its answer: ${item.answer.unavailable ?? 'no answer slot'}.`);
    return { outcome: 'unavailable', intent: decision.intent, inserted: false };
  }
  if (isAnswered(current.engine.items[item.index] ?? planned.item) && options.replaceExisting !== true) {
    const choice = await vscode.window.showWarningMessage(
      `The question on ${where} already has an answer. Replace it with Attest's answer?`,
      { modal: true, detail: `Current answer: ${quote(item.answer.existing, 200)}\n\nCtrl+Z undoes the replacement.` },
      'Replace',
    );
    if (choice !== 'Replace') {
      return { outcome: 'cancelled', intent: decision.intent, inserted: false };
    }
    if (document.version !== current.version) {
      // Edited while the question was asked: replace the answer of the same question, where it is now.
      const again = refind(document, anchorFor(current.read.items, item));
      if ('message' in again) {
        void vscode.window.showWarningMessage(again.message);
        return { outcome: 'document_changed', intent: decision.intent, inserted: false };
      }
      ({ open: current, item } = again);
      planned = plan(current, item);
      if (!planned?.write) {
        return { outcome: 'unavailable', intent: decision.intent, inserted: false };
      }
    }
  }
  const edits = current.engine.write([planned.write]);
  const outcome = planned.status === 'needs_person' ? 'needs_person' : 'answered';
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(`The answer on ${where} already reads what Attest would write.`);
    return { outcome, intent: decision.intent, inserted: false, missing: planned.missing };
  }
  if (!(await applyOnce(current, edits))) {
    return { outcome: 'document_changed', intent: decision.intent, inserted: false };
  }
  revealInserted(current, edits);
  report(services, planned.decision ?? decision, planned.missing, planned.warnings, profileUri);
  return { outcome, intent: decision.intent, inserted: true, missing: planned.missing };
}


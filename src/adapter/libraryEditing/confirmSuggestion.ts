/**
 * Attest: Review Library Suggestion… — a question the library only comes near (a weak match: a
 * suggestion, never filled) is shown to the writer with the entries it comes near and the answer
 * each would write. When the writer picks the entry that answers it, the question is added to that
 * entry's variants (the same undoable front-matter edit as Save Answer to Library), so this
 * question and any questionnaire asking it the same way is an exact match from then on, and the
 * question is answered by Answer This Question (handed in by the host, LibraryEditingDeps).
 *
 * Nothing is written without the writer's pick. Every candidate is checked as a fill would be
 * (`checkSuggestions`): one that does not answer what is asked (another bound, product, name or
 * polarity, a Yes/No phrased in another sense, a second question joined by "and": `unmetBound`) is
 * not offered, its reason shown instead, since the one picked answers with its Yes/No from then on.
 * Internal and draft entries are never offered. The question and the entry are read again after
 * the pick (the writer may edit while choosing), and Undo takes back both the answer and the variant.
 * The list ends with "Skip", and the message with "Next Suggestion": the writer walks through the
 * questionnaire's suggestions one by one, from the question they started at.
 *
 * Arguments: `(document?: Uri, line?: number, options?: ConfirmSuggestionOptions)`; a CodeLens or
 * a message button passes the question's anchor too, so a question an edit moved is found again.
 */
import * as vscode from 'vscode';
import type { LibraryIndex, LibraryMatch } from '../../domain/library/match';
import { anchorFor, parseQuestionAnchor, type QuestionAnchor } from '../../domain/questionnaire/anchor';
import type { QuestionItem } from '../../domain/questionnaire/types';
import { questionShape } from '../../domain/reading';
import type { AnswerQuestionResult } from '../commands/answerQuestion';
import { getSettings } from '../config';
import type { Services } from '../services';
import type { OpenQuestionnaire } from '../questionnaireDocument';
import type { LibraryEditingDeps } from './deps';
import { libraryFolderFor } from './libraryFolder';
import { addAsVariant, clip, oneLine, questionAt } from './saveAnswer';

export interface ConfirmSuggestionOptions {
  /** Skip the picker: this entry answers the question (tests, automation). */
  entry?: string;
  /** No notification; the result says it all. */
  quiet?: boolean;
  /** The question as it was when the lens or button was made. */
  question?: QuestionAnchor;
}

export type ConfirmSuggestionStatus = 'added_variant' | 'already_there' | 'no_question' | 'no_suggestion' | 'cancelled' | 'refused';

export interface ConfirmSuggestionResult {
  status: ConfirmSuggestionStatus;
  message: string;
  entryId?: string;
  entryUri?: vscode.Uri;
  /** The answer written once the entry was picked (Answer This Question on the same question). */
  answer?: AnswerQuestionResult;
  /** After a variant was added: takes back the answer and the variant (the notification's Undo); says what it did. */
  undo?: () => Promise<string>;
  /** The line of the next unanswered question below with a suggestion to review, and how many there are from it on. */
  next?: { line: number; remaining: number };
}

function readOptions(value: unknown): ConfirmSuggestionOptions {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const raw = value as { entry?: unknown; quiet?: unknown; question?: unknown };
  const question = parseQuestionAnchor(raw.question);
  return { ...(typeof raw.entry === 'string' && { entry: raw.entry }), quiet: raw.quiet === true, ...(question !== undefined && { question }) };
}

const YESNO_WORDS = { yes: 'Yes', no: 'No', na: 'N/A' } as const;

/** What the entry writes once the question is its variant: its own Yes/No (for a polar question) and its answer at the writer's length. */
function preview(deps: LibraryEditingDeps, match: LibraryMatch, polar: boolean, length: 'yesno' | 'sentence' | 'paragraph'): string {
  const { entry } = match;
  const text = length === 'yesno' ? '' : (deps.library.libraryAnswer(entry, length) ?? '');
  const yesno = polar && entry.answer.yesno !== undefined ? `${YESNO_WORDS[entry.answer.yesno]}. ` : '';
  return clip(`${yesno}${text}`, 160);
}

interface SuggestionItem extends vscode.QuickPickItem {
  match?: LibraryMatch;
}

/** What the writer chose: an entry, Skip (to the next suggestion), or nothing (Escape). */
type Pick = { entry: LibraryMatch } | 'skip' | undefined;

async function pickEntry(deps: LibraryEditingDeps, question: string, offered: readonly LibraryMatch[], polar: boolean, length: 'yesno' | 'sentence' | 'paragraph', next: NextSuggestion | undefined): Promise<Pick> {
  const items: SuggestionItem[] = offered.map((match) => {
    const own = match.entry.answer.yesno;
    // The Yes/No the question would get from now on, when the matcher could not say it answers this wording.
    const check = polar && match.yesno === 'undetermined' && own !== undefined ? `⚠ Is "${YESNO_WORDS[own]}" true for this question? ${match.yesnoReason ?? ''} · ` : '';
    return {
      label: `$(library) ${clip(match.entry.question)}`,
      description: `${match.tier} · ${match.score.toFixed(2)} · ${match.entry.file}`,
      detail: `${check}Writes: ${preview(deps, match, polar, length)}`,
      match,
    };
  });
  if (next !== undefined) {
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: '$(debug-step-over) Skip', description: `leave it for a person; next suggestion (${next.remaining} left below)` });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Attest: which library entry answers “${clip(question, 60)}”? It becomes the entry's variant and is answered.`,
    placeHolder: 'Pick the entry whose answer is true for the question as asked (Escape leaves it for a person)',
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked === undefined ? undefined : picked.match === undefined ? 'skip' : { entry: picked.match };
}

interface NextSuggestion {
  line: number;
  remaining: number;
  anchor: QuestionAnchor;
}

/** Whether the matcher offers an entry to confirm for a question: no fill, and a candidate that answers what is asked. */
function offersSuggestion(deps: LibraryEditingDeps, index: LibraryIndex, question: string): boolean {
  const polar = questionShape(question) === 'polar';
  const { match, candidates } = deps.library.matchLibrary(index, question, { polar, checkSuggestions: true });
  return match !== undefined && match.tier !== 'exact' && !match.fills && candidates.some((candidate) => candidate.writable && candidate.unmetBound === undefined);
}

/** The first unanswered question after `line` with a suggestion to review, and how many there are from it on. */
function nextSuggestion(deps: LibraryEditingDeps, open: OpenQuestionnaire, index: LibraryIndex, line: number): NextSuggestion | undefined {
  let first: QuestionItem | undefined;
  let remaining = 0;
  for (const item of open.read.items) {
    if (item.line > line && item.answer.existing.trim() === '' && offersSuggestion(deps, index, oneLine(item.question))) {
      first ??= item;
      remaining++;
    }
  }
  return first === undefined ? undefined : { line: first.line, remaining, anchor: anchorFor(open.read.items, first) };
}

/** Moves the cursor to the next suggestion and reviews it, as the writer asked with Skip or Next Suggestion. */
async function reviewNext(services: Services, deps: LibraryEditingDeps, document: vscode.TextDocument, next: NextSuggestion): Promise<ConfirmSuggestionResult> {
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const at = new vscode.Position(next.line, 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return confirmLibrarySuggestion(services, deps, document.uri, next.line, { question: next.anchor });
}

/** Whether an entry still says what the writer saw when picking it. */
function sameAnswer(a: LibraryMatch['entry'], b: LibraryMatch['entry']): boolean {
  return a.answer.yesno === b.answer.yesno && a.answer.sentence === b.answer.sentence && a.paragraph === b.paragraph && a.visibility === b.visibility;
}

export async function confirmLibrarySuggestion(services: Services, deps: LibraryEditingDeps, target?: unknown, lineArgument?: unknown, optionsArgument?: unknown): Promise<ConfirmSuggestionResult> {
  const options = readOptions(optionsArgument);
  const finish = (result: ConfirmSuggestionResult): ConfirmSuggestionResult => {
    if (!options.quiet && result.message !== '') {
      void vscode.window.showWarningMessage(result.message);
    }
    return result;
  };
  const editor = vscode.window.activeTextEditor;
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : editor?.document;
  let line = typeof lineArgument === 'number' ? lineArgument : editor !== undefined && editor.document === document ? editor.selection.active.line : undefined;
  if (document !== undefined && options.question !== undefined) {
    // A lens may be clicked after an edit moved its question: it is found by its anchor.
    const resolved = deps.resolveTarget(document, { kind: 'question', anchor: options.question });
    if (resolved.kind !== 'question') {
      return finish({ status: 'no_question', message: `Attest: ${resolved.kind === 'refused' ? resolved.problem : 'the question is no longer a question'}.` });
    }
    line = resolved.item.line;
  }
  const open = document === undefined ? undefined : deps.readOpenQuestionnaire(document);
  const item = open === undefined || line === undefined ? undefined : questionAt(open.read.items, line);
  if (document === undefined || open === undefined || item === undefined) {
    return finish({ status: 'no_question', message: 'Put the cursor on a question of a Markdown, CSV or text questionnaire, then run Review Library Suggestion.' });
  }
  const library = await libraryFolderFor(document.uri);
  if ('problem' in library) {
    return finish({ status: 'refused', message: `Attest did not change the library: ${library.problem}` });
  }
  const current = await services.libraries.forResource(document.uri);
  if (current.problem !== undefined) {
    return finish({ status: 'refused', message: `Attest did not change the library: ${current.problem}` });
  }
  const question = oneLine(item.question);
  const anchor = anchorFor(open.read.items, item);
  const polar = questionShape(question) === 'polar';
  const index = current.index ?? deps.library.buildLibraryIndex(current.entries);
  const { match, candidates } = deps.library.matchLibrary(index, question, { polar, checkSuggestions: true });
  const answered = item.answer.existing.trim() !== '';
  const answer = async (): Promise<AnswerQuestionResult> => deps.answerQuestion(document.uri, item.line, { question: anchor });
  if (match?.tier === 'exact') {
    // Nothing to confirm; an unanswered question is answered, an answered one left as it is.
    const message = `The library already has this question: ${match.entry.file} (${match.entry.id}).`;
    if (!options.quiet) {
      void vscode.window.showInformationMessage(message);
    }
    return { status: 'already_there', message, entryId: match.entry.id, ...(!answered && { answer: await answer() }) };
  }
  const offered = candidates.filter((candidate) => candidate.writable && candidate.unmetBound === undefined);
  const chosen = options.entry === undefined ? undefined : offered.find((candidate) => candidate.entry.id === options.entry);
  if (offered.length === 0 || (options.entry !== undefined && chosen === undefined)) {
    const unmet = candidates.find((candidate) => candidate.unmetBound !== undefined && (options.entry === undefined || candidate.entry.id === options.entry));
    const why =
      unmet !== undefined
        ? `the nearest entry, ${unmet.entry.id}, does not answer it: ${unmet.unmetBound ?? ''}`
        : options.entry !== undefined
          ? `"${options.entry}" is not among the entries that may answer it`
          : 'no library entry that may be written comes near it';
    return finish({ status: 'no_suggestion', message: `Nothing to confirm for “${clip(question)}”: ${why}. Write its answer, then Save Answer to Library.` });
  }
  const length = getSettings(document.uri).defaultAnswerLength;
  const following = chosen === undefined ? nextSuggestion(deps, open, index, item.lastLine) : undefined;
  const choice: Pick = chosen !== undefined ? { entry: chosen } : await pickEntry(deps, question, offered, polar, length, following);
  if (choice === 'skip' && following !== undefined) {
    return reviewNext(services, deps, document, following);
  }
  if (choice === undefined || choice === 'skip') {
    return { status: 'cancelled', message: '' };
  }
  const picked = choice.entry;
  // The picker stays open while the writer works: the question and the entry are read again.
  const now = deps.resolveTarget(document, { kind: 'question', anchor });
  if (now.kind !== 'question' || oneLine(now.item.question) !== question) {
    return finish({ status: 'refused', message: `Attest did not change the library: the question “${clip(question)}” changed while you chose. Run Review Library Suggestion on it again.` });
  }
  const latest = await services.libraries.forResource(document.uri);
  const entry = latest.entries.find((candidate) => candidate.id === picked.entry.id && candidate.file === picked.entry.file);
  if (entry === undefined || !sameAnswer(entry, picked.entry)) {
    return finish({ status: 'refused', message: `Attest did not change the library: ${picked.entry.file} changed while you chose. Run Review Library Suggestion again to see its answer as it is now.` });
  }
  const added = await addAsVariant(services, library, entry, question, { quiet: true }, (result) => result);
  if (added.status !== 'added_variant' && added.status !== 'already_there') {
    return finish({ status: 'refused', message: added.message });
  }
  const entryUri = added.entryUri;
  if (entryUri !== undefined) {
    // Read again at once: the answer that follows must see the new variant, not wait for the file watcher.
    services.libraries.forget(entryUri);
  }
  const entryVersion = entryUri === undefined ? undefined : (await vscode.workspace.openTextDocument(entryUri)).version;
  const written = await answer();
  const answeredVersion = written.inserted ? document.version : undefined;
  const undo = async (): Promise<string> => undoConfirmation(services, document, answeredVersion, added.status === 'added_variant' ? entryUri : undefined, entryVersion);
  // The questionnaire as it is now (answered), with the library that has the new variant.
  const afterwards = deps.readOpenQuestionnaire(document);
  const learned = await services.libraries.forResource(document.uri);
  const nextAfter = afterwards === undefined ? undefined : nextSuggestion(deps, afterwards, learned.index ?? deps.library.buildLibraryIndex(learned.entries), now.item.lastLine);
  const result: ConfirmSuggestionResult = { status: added.status, message: added.message, entryId: entry.id, ...(entryUri !== undefined && { entryUri }), answer: written, undo, ...(nextAfter !== undefined && { next: { line: nextAfter.line, remaining: nextAfter.remaining } }) };
  if (!options.quiet) {
    const nextLabel = nextAfter === undefined ? undefined : `Next Suggestion (${nextAfter.remaining})`;
    const openEntry = 'Open Entry';
    const undoLabel = 'Undo';
    const buttons = [...(nextLabel === undefined ? [] : [nextLabel]), openEntry, undoLabel];
    void vscode.window.showInformationMessage(`${added.message} From now on this question is an exact match.`, ...buttons).then(async (picked) => {
      if (picked === nextLabel && nextAfter !== undefined) {
        await reviewNext(services, deps, document, nextAfter);
      } else if (picked === openEntry && entryUri !== undefined) {
        await vscode.window.showTextDocument(entryUri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      } else if (picked === undoLabel) {
        void vscode.window.showInformationMessage(await undo());
      }
    });
  }
  return result;
}

/**
 * Takes back a confirmation: the answer in the questionnaire and the variant in the entry, each
 * undone as Ctrl+Z would (so Redo brings it back) and only while its file is as Attest left it.
 */
async function undoConfirmation(services: Services, questionnaire: vscode.TextDocument, answeredVersion: number | undefined, entryUri: vscode.Uri | undefined, entryVersion: number | undefined): Promise<string> {
  const done: string[] = [];
  const left: string[] = [];
  if (answeredVersion !== undefined) {
    if (questionnaire.version === answeredVersion) {
      await vscode.window.showTextDocument(questionnaire, { preview: false });
      await vscode.commands.executeCommand('undo');
      done.push('the answer');
    } else {
      left.push('the answer (the questionnaire changed since)');
    }
  }
  if (entryUri !== undefined) {
    const entry = await vscode.workspace.openTextDocument(entryUri);
    if (entry.version === entryVersion && !entry.isDirty) {
      await vscode.window.showTextDocument(entry, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      await vscode.commands.executeCommand('undo');
      if (await entry.save()) {
        services.libraries.forget(entryUri);
        done.push('the variant');
      } else {
        left.push('the variant (undone in the editor, not saved)');
      }
    } else {
      left.push('the variant (the entry changed since)');
    }
  }
  const took = done.length === 0 ? 'Attest took back nothing' : `Attest took back ${done.join(' and ')}`;
  return left.length === 0 ? `${took}.` : `${took}; left as they are: ${left.join(', ')}.`;
}

import * as vscode from 'vscode';
import { attestEvents } from '../events';
import type { IntentId } from '../../domain/intents';
import type { TextEdit } from '../../domain/questionnaire';
import { applyTextEdits, classifiedItems, displayName } from '../questionnaireDocument';
import { reanchored, resolvedLine, resolveTarget, type QuestionTarget, type ResolvedTarget } from '../questionTarget';

/** The question the wizard was opened on: a document, the question found by content, and its last known line. */
export interface WizardOrigin {
  uri: vscode.Uri;
  /** 0-based; updated each time the target is found again (never used to find it). */
  line: number;
  /** What Insert writes under: re-found in the document as it is when Insert runs. */
  target: QuestionTarget;
  viewColumn?: vscode.ViewColumn;
}

/**
 * Finds the origin's question in the document as it is now; when found, records its line and
 * re-anchors on it (later finds compare with the document as last seen). `moved` is relative to
 * the line it was last seen on.
 */
function locate(origin: WizardOrigin, document: vscode.TextDocument): { resolved: ResolvedTarget; moved: boolean } {
  const resolved = resolveTarget(document, origin.target);
  if (resolved.kind === 'refused') {
    return { resolved, moved: false };
  }
  const line = resolvedLine(resolved);
  const moved = line !== origin.line;
  origin.line = line;
  origin.target = reanchored(document, resolved, origin.target);
  return { resolved, moved };
}

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

export interface OriginQuestion {
  /** The question as the page shows it ("1. Do you have a SOC 2 report?"), or the line's text. */
  question: string;
  /** The question without its number, for the composer. */
  text: string;
  file: string;
  /** What the question asks, or undefined when the line is not a recognized question. */
  intent?: IntentId;
}

/** What the wizard answers: the question at the origin line, its file, and its intent. */
export async function describeOrigin(origin: WizardOrigin): Promise<OriginQuestion | undefined> {
  try {
    const document = await vscode.workspace.openTextDocument(origin.uri);
    const file = displayName(document);
    // The same read and classification (in context) as the CodeLens that may have opened the wizard.
    const { resolved } = locate(origin, document);
    const open = resolved.kind === 'question' ? resolved.open : undefined;
    const item = resolved.kind === 'question' ? resolved.item : undefined;
    // A question that is gone still shows as it was asked; Insert then refuses.
    const target = origin.target;
    const line =
      resolved.kind === 'line' ? document.lineAt(resolved.line).text.trim() : target.kind === 'question' ? target.anchor.question : target.kind === 'line' ? target.anchor.text : '';
    const question = item !== undefined ? `${item.id !== undefined ? `${item.id}. ` : ''}${item.question}` : line;
    const intent = open === undefined || item === undefined ? undefined : classifiedItems(open).find((entry) => entry.item === item)?.intent;
    return {
      question: question.slice(0, 300),
      text: (item?.question ?? line).slice(0, 2000),
      file: file.slice(0, 200),
      ...(intent === undefined ? {} : { intent }),
    };
  } catch {
    return undefined;
  }
}

/**
 * Writes the answer where the question's answer belongs, through one WorkspaceEdit (one Ctrl+Z
 * undoes it), whether or not the editor has focus: Markdown and text get the answer below the
 * question (replacing an earlier answer), a CSV row gets it in its answer cell. A line that is not
 * a recognized question gets the answer as a new paragraph below it. The question is found again
 * by its text and section first; when it is gone or ambiguous nothing is written.
 */
export async function insertAnswerAt(origin: WizardOrigin, answer: string): Promise<InsertOutcome> {
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(origin.uri);
  } catch {
    return { ok: false, message: 'The questionnaire the wizard was opened from is no longer available.' };
  }
  // From here to applyEdit nothing awaits: the edit is computed on the text it applies to.
  const { resolved, moved } = locate(origin, document);
  if (resolved.kind === 'refused') {
    return {
      ok: false,
      message: `Not inserted: ${resolved.problem}. Put the cursor on the question and open the wizard again (or click its Follow-ups… lens), or use Copy.`,
    };
  }
  const version = document.version;
  let edits: TextEdit[];
  let where: string;
  if (resolved.kind === 'question' && resolved.item.answer.unavailable === undefined) {
    const { open, item } = resolved;
    const engineItem = open.engine.items[item.index];
    // The wizard composed the answer; the questionnaire's driver writes it, as a fill would.
    edits = engineItem === undefined ? [] : open.engine.write([{ item: engineItem, answer }]);
    if (edits.length === 0) {
      return { ok: false, message: 'There is nowhere to write an answer to this question.' };
    }
    where = open.format === 'csv' ? 'into the answer cell' : 'below the question';
  } else {
    const line = Math.min(Math.max(resolvedLine(resolved), 0), document.lineCount - 1);
    const end = document.offsetAt(document.lineAt(line).range.end);
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    edits = [{ start: end, end, newText: `${eol}${eol}${answer}` }];
    where = 'below the line';
  }
  const first = edits[0];
  const revealFrom = first?.start ?? 0;
  const revealLength = first?.newText.length ?? 0;
  const applied = await applyTextEdits(document, version, edits);
  if (applied !== 'applied') {
    return { ok: false, message: applied === 'document_changed' ? 'The document changed while Attest was inserting; nothing was written. Try Insert again.' : 'The editor did not accept the answer (is the file read-only?).' };
  }
  attestEvents.answerInserted({ uri: document.uri, count: 1 });
  if (origin.target.kind === 'blank') {
    // The answer went below the blank line, which stays where it was: still a valid target.
    origin.target = { ...origin.target, version: document.version };
  }
  // Show where it went without taking the keyboard away from the wizard.
  const editor = await vscode.window.showTextDocument(document, { viewColumn: origin.viewColumn ?? vscode.ViewColumn.One, preserveFocus: true, preview: false });
  const range = new vscode.Range(document.positionAt(revealFrom), document.positionAt(revealFrom + revealLength));
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const movedNote = moved ? ` (the question had moved; found it on line ${origin.line + 1})` : '';
  return { ok: true, message: `Inserted ${where} in ${displayName(document)}${movedNote}. Ctrl+Z in the editor undoes it.` };
}

/** Puts the keyboard back in the questionnaire (Escape in the wizard). */
export async function focusOrigin(origin: WizardOrigin): Promise<void> {
  const document = await vscode.workspace.openTextDocument(origin.uri);
  locate(origin, document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: origin.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false, preview: false });
  const position = new vscode.Position(Math.min(origin.line, document.lineCount - 1), 0);
  if (!editor.selection.active.isEqual(position) && editor.selection.active.line !== origin.line) {
    editor.selection = new vscode.Selection(position, position);
  }
}

import * as vscode from 'vscode';
import type { IntentId } from '../../domain/intents';
import { answerEdits, formatFromFileName, itemAtLine, readQuestionnaire } from '../../domain/questionnaire';
import { classifiedItems, readOpenQuestionnaire } from '../questionnaireDocument';

/** The question the wizard was opened on: a document and a 0-based line. */
export interface WizardOrigin {
  uri: vscode.Uri;
  line: number;
  viewColumn?: vscode.ViewColumn;
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
    const file = origin.uri.path.split('/').pop() ?? origin.uri.path;
    // The same read and classification (in context) as the CodeLens that may have opened the wizard.
    const open = readOpenQuestionnaire(document);
    const item = open === undefined ? undefined : itemAtLine(open.read.items, origin.line);
    const line = origin.line < document.lineCount ? document.lineAt(origin.line).text.trim() : '';
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
 * a recognized question gets the answer as a new paragraph below it.
 */
export async function insertAnswerAt(origin: WizardOrigin, answer: string): Promise<InsertOutcome> {
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(origin.uri);
  } catch {
    return { ok: false, message: 'The questionnaire the wizard was opened from is no longer available.' };
  }
  const text = document.getText();
  const format = formatFromFileName(origin.uri.path, document.languageId);
  const read = format === undefined ? undefined : readQuestionnaire(text, format);
  const item = read === undefined ? undefined : itemAtLine(read.items, origin.line);
  const edit = new vscode.WorkspaceEdit();
  let revealFrom: number;
  let revealLength: number;
  let where: string;
  if (format !== undefined && read !== undefined && item !== undefined && item.answer.unavailable === undefined) {
    const edits = answerEdits(text, format, read.layout, [{ item, answer }]);
    if (edits.length === 0) {
      return { ok: false, message: 'There is nowhere to write an answer to this question.' };
    }
    for (const change of edits) {
      edit.replace(origin.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
    }
    const first = edits[0];
    revealFrom = first?.start ?? 0;
    revealLength = first?.newText.length ?? 0;
    where = format === 'csv' ? 'into the answer cell' : 'below the question';
  } else {
    const line = Math.min(Math.max(origin.line, 0), document.lineCount - 1);
    const end = document.lineAt(line).range.end;
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const inserted = `${eol}${eol}${answer}`;
    edit.insert(origin.uri, end, inserted);
    revealFrom = document.offsetAt(end);
    revealLength = inserted.length;
    where = 'below the line';
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    return { ok: false, message: 'The editor did not accept the answer (is the file read-only?).' };
  }
  // Show where it went without taking the keyboard away from the wizard.
  const editor = await vscode.window.showTextDocument(document, { viewColumn: origin.viewColumn ?? vscode.ViewColumn.One, preserveFocus: true, preview: false });
  const range = new vscode.Range(document.positionAt(revealFrom), document.positionAt(revealFrom + revealLength));
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { ok: true, message: `Inserted ${where} in ${origin.uri.path.split('/').pop() ?? 'the questionnaire'}. Ctrl+Z in the editor undoes it.` };
}

/** Puts the keyboard back in the questionnaire (Escape in the wizard). */
export async function focusOrigin(origin: WizardOrigin): Promise<void> {
  const document = await vscode.workspace.openTextDocument(origin.uri);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: origin.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false, preview: false });
  const position = new vscode.Position(Math.min(origin.line, document.lineCount - 1), 0);
  if (!editor.selection.active.isEqual(position) && editor.selection.active.line !== origin.line) {
    editor.selection = new vscode.Selection(position, position);
  }
}

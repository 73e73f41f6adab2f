/**
 * The answered questions of a questionnaire, read by the same readers the fill uses: the open
 * document (or the file opened as one) for Markdown, CSV and text, the workbook engine for
 * .xlsx/.xlsm, the Word driver for .docx/.docm/.dotx/.dotm. Each read also says how to tell,
 * later, whether the questionnaire changed since (the drafts must come from what is there).
 */
import * as vscode from 'vscode';
import type { EngineItem } from '../../domain/engine/driver';
import type { AnsweredQuestion } from '../../domain/library/import';
import { answeredQuestions } from '../../domain/library/importPlan';
import type { LibraryEditingDeps } from './deps';

export const WORKBOOK_NAME = /\.xls[xm]$/i;
export const WORD_NAME = /\.(docx|docm|dotx|dotm)$/i;

export type AnswersRead =
  | {
      kind: 'read';
      answered: AnsweredQuestion[];
      /** How many questions the reader found, answered or not. */
      questions: number;
      /** Whether the questionnaire is still as it was read. */
      unchanged(): Promise<boolean>;
    }
  | { kind: 'refused'; status: 'unsupported' | 'invalid' | 'read_failed'; message: string };

function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function fileStamp(uri: vscode.Uri): Promise<string> {
  const stat = await vscode.workspace.fs.stat(uri);
  return `${stat.mtime}:${stat.size}`;
}

async function readPackage(uri: vscode.Uri, deps: LibraryEditingDeps, read: (bytes: Uint8Array) => Promise<readonly EngineItem[]>): Promise<AnswersRead> {
  const name = nameOf(uri);
  let bytes: Uint8Array;
  let stamp: string;
  try {
    stamp = await fileStamp(uri);
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { kind: 'refused', status: 'read_failed', message: `Attest could not read ${name}${error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? ': there is no such file' : ''}.` };
  }
  let items: readonly EngineItem[];
  try {
    items = await read(bytes);
  } catch (error) {
    // The engines' errors (WorkbookError, WordError) carry a message written for the user.
    const [engine, word] = await Promise.all([deps.loadWorkbookEngine(), deps.loadWord()]);
    if (error instanceof engine.WorkbookError || error instanceof word.WordError) {
      return { kind: 'refused', status: 'invalid', message: `Attest could not read ${name}: ${error.message}` };
    }
    throw error;
  }
  return { kind: 'read', answered: answeredQuestions(items, name), questions: items.length, unchanged: async () => (await fileStamp(uri).catch(() => '')) === stamp };
}

/** Reads the questionnaire at `uri`; an open text document is read as it is in the editor. */
export async function readAnswers(uri: vscode.Uri, deps: LibraryEditingDeps): Promise<AnswersRead> {
  const name = nameOf(uri);
  if (WORKBOOK_NAME.test(uri.path)) {
    return readPackage(uri, deps, async (bytes) => {
      const engine = await deps.loadWorkbookEngine();
      return engine.workbookDocument(await engine.scanWorkbook(bytes)).items;
    });
  }
  if (WORD_NAME.test(uri.path)) {
    return readPackage(uri, deps, async (bytes) => (await deps.loadWord()).wordDocument(bytes).items);
  }
  if (/\.xls$/i.test(uri.path) || /\.doc$/i.test(uri.path)) {
    return { kind: 'refused', status: 'unsupported', message: `${name} is an old-format Office file: save it as .${/\.xls$/i.test(uri.path) ? 'xlsx' : 'docx'} and import that.` };
  }
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    return { kind: 'refused', status: 'read_failed', message: `Attest could not open ${name} as text.` };
  }
  const open = deps.readOpenQuestionnaire(document);
  if (open === undefined) {
    return { kind: 'refused', status: 'unsupported', message: `Import Answers reads Markdown, CSV and text questionnaires, Excel workbooks (.xlsx, .xlsm) and Word documents (.docx), and ${name} is none of them.` };
  }
  if (open.read.layout.problem !== undefined && open.engine.items.length === 0) {
    return { kind: 'refused', status: 'invalid', message: `Attest could not read ${name}: ${open.read.layout.problem}` };
  }
  // Compared by text, not version: a document nobody shows may be closed and reopened meanwhile.
  const text = open.text;
  const unchanged = async (): Promise<boolean> => (await vscode.workspace.openTextDocument(uri).then((d) => d.getText(), () => undefined)) === text;
  return { kind: 'read', answered: answeredQuestions(open.engine.items, name), questions: open.engine.items.length, unchanged };
}

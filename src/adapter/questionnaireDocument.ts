/**
 * The bridge between an open editor document and the pure questionnaire readers: which documents
 * are questionnaires, their parsed questions (cached per document version), and conversions from
 * the readers' offsets to VS Code ranges and edits.
 */
import * as vscode from 'vscode';
import { classify, contextAt, type Classification } from '../domain/classify';
import { readTextQuestionnaire, type TextQuestionnaire } from '../domain/engine/drivers/text';
import { formatFromFileName, type QuestionItem, type QuestionnaireFormat, type QuestionnaireReadResult, type TextEdit, type TextRange } from '../domain/questionnaire';

/** Schemes of documents a user edits (not output panes, git views or our own reports). */
const EDITABLE_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/** The documents CodeLens and code actions look at: Markdown, CSV/TSV and plain text. */
export const QUESTIONNAIRE_SELECTOR: vscode.DocumentFilter[] = EDITABLE_SCHEMES.flatMap((scheme) => [
  { scheme, language: 'markdown' },
  { scheme, language: 'plaintext' },
  { scheme, language: 'csv' },
  { scheme, language: 'tsv' },
  { scheme, pattern: '**/*.{csv,tsv,txt,md,markdown}' },
]);

export interface OpenQuestionnaire {
  document: vscode.TextDocument;
  format: QuestionnaireFormat;
  /** The text the questions were read from (the document at `version`). */
  text: string;
  version: number;
  read: QuestionnaireReadResult;
  /** The same read as the engine takes it (items with their slots, and the writer). */
  engine: TextQuestionnaire;
}

export function questionnaireFormatOf(document: vscode.TextDocument): QuestionnaireFormat | undefined {
  if (!EDITABLE_SCHEMES.includes(document.uri.scheme)) {
    return undefined;
  }
  return formatFromFileName(document.uri.path, document.languageId);
}

const cache = new WeakMap<vscode.TextDocument, OpenQuestionnaire>();

/** The document's questions, read once per document version. Undefined for other kinds of file. */
export function readOpenQuestionnaire(document: vscode.TextDocument): OpenQuestionnaire | undefined {
  const format = questionnaireFormatOf(document);
  if (format === undefined) {
    return undefined;
  }
  const cached = cache.get(document);
  if (cached && cached.version === document.version && cached.format === format) {
    return cached;
  }
  const text = document.getText();
  const engine = readTextQuestionnaire(text, format);
  const fresh: OpenQuestionnaire = { document, format, text, version: document.version, read: { items: [...engine.questions], layout: engine.layout }, engine };
  cache.set(document, fresh);
  return fresh;
}

export interface ClassifiedItem extends Classification {
  item: QuestionItem;
}

const classified = new WeakMap<OpenQuestionnaire, ClassifiedItem[]>();

/** Every question with its intent (in the context of its section and the questions before it), classified once per document version. */
export function classifiedItems(open: OpenQuestionnaire): ClassifiedItem[] {
  let result = classified.get(open);
  if (!result) {
    const items = open.read.items;
    result = items.map((item, index) => ({ item, ...classify(item.question, { context: contextAt(items, index) }) }));
    classified.set(open, result);
  }
  return result;
}

export function toVsRange(document: vscode.TextDocument, range: TextRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

/** All edits as one WorkspaceEdit, so one Ctrl+Z undoes them together. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    edits.map((e) => vscode.TextEdit.replace(toVsRange(document, e), e.newText)),
  );
  return edit;
}

export type EditOutcome = 'applied' | 'document_changed' | 'refused';

/**
 * The one way Attest edits an open questionnaire: every edit in one WorkspaceEdit (one Ctrl+Z
 * undoes them together), and only when the document is still at the version the edits were
 * computed on (otherwise nothing is written and the caller says so).
 */
export async function applyTextEdits(document: vscode.TextDocument, version: number, edits: readonly TextEdit[]): Promise<EditOutcome> {
  if (document.version !== version) {
    return 'document_changed';
  }
  return (await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits))) ? 'applied' : 'refused';
}

/** A link that opens the document at a 0-based line (`#L<n>` is 1-based, as the editor's opener reads it). */
export function lineLink(uri: vscode.Uri, line: number): vscode.Uri {
  return uri.with({ fragment: `L${line + 1}` });
}

/** "vendor-assessment.csv" */
export function displayName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.path;
}

/** An Excel workbook: filled by the workbook command, not as text. */
export function isXlsx(uri: vscode.Uri | undefined): boolean {
  return uri !== undefined && /\.xls[xm]$/i.test(uri.path);
}

/** The URI of the active tab, text or not (an .xlsx opens in a binary or custom editor). */
export function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) {
    return input.uri;
  }
  return vscode.window.activeTextEditor?.document.uri;
}

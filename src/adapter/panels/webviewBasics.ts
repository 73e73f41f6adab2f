import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { anchorForSpan, relocateSpan, type SpanAnchor } from '../../domain/questionnaire/anchor';
import { spacedInsert } from './insertSpacing';

/** A fresh nonce for each rendered page: 128 random bits from the OS. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Webviews may load only the built front end and media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function asWebviewUris(webview: vscode.Webview, extensionUri: vscode.Uri, ...paths: string[][]): string[] {
  return paths.map((segments) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString());
}

/** Where a panel was opened from, so an action in the panel can write back there. */
export interface EditorOrigin {
  uri: vscode.Uri;
  selection: vscode.Selection;
  viewColumn?: vscode.ViewColumn;
  /** The document's version when captured: while it holds, `selection` is exact. */
  version: number;
  /** Finds the selection (or cursor) again after edits; undefined for a cursor on a blank line. */
  anchor?: SpanAnchor;
}

export function captureOrigin(editor: vscode.TextEditor | undefined): EditorOrigin | undefined {
  if (!editor || editor.document.uri.scheme === 'output') {
    return undefined;
  }
  const { document, selection } = editor;
  const anchor = anchorForSpan(document.getText(), document.offsetAt(selection.start), document.offsetAt(selection.end), selection.start.line, selection.start.character);
  return { uri: document.uri, selection, viewColumn: editor.viewColumn, version: document.version, ...(anchor === undefined ? {} : { anchor }) };
}

export interface InsertAtOriginOutcome {
  inserted: boolean;
  /** For the panel's status line. */
  message: string;
}

/** The origin's selection in the document as it is now: the stored one while unchanged, else found again by its text. */
function selectionNow(document: vscode.TextDocument, origin: EditorOrigin): vscode.Range | { problem: string } {
  if (document.version === origin.version) {
    return origin.selection;
  }
  if (origin.anchor === undefined) {
    return { problem: 'the document changed since the panel opened, and the blank line the cursor was on cannot be found again' };
  }
  const found = relocateSpan(document.getText(), origin.anchor);
  if (found.kind === 'missing') {
    return { problem: `the ${origin.anchor.kind === 'cursor' ? "cursor's line" : 'selected text'} is no longer in the document (it was edited or deleted)` };
  }
  if (found.kind === 'ambiguous') {
    return { problem: `the ${origin.anchor.kind === 'cursor' ? "cursor's line" : 'selected text'} now appears ${found.lines.length} times in the document, so Attest cannot tell which one was meant` };
  }
  const target = found.target;
  if ('line' in target) {
    const position = document.validatePosition(new vscode.Position(target.line, target.column));
    return new vscode.Range(position, position);
  }
  return new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
}

/**
 * Reopens the origin editor (focus may be in the webview) and replaces its selection with text.
 * Edits made since the panel opened move the selection; it is found again by its text, and the
 * insert is refused (with the reason) when it cannot be.
 */
export async function insertAtOrigin(origin: EditorOrigin, text: string): Promise<InsertAtOriginOutcome> {
  const document = await vscode.workspace.openTextDocument(origin.uri);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: origin.viewColumn, preserveFocus: false });
  // No await between finding the range and the edit: it is computed on the text it applies to.
  const range = selectionNow(document, origin);
  if (!(range instanceof vscode.Range)) {
    return { inserted: false, message: `Not inserted: ${range.problem}. Put the cursor where the text should go and try again, or use Copy.` };
  }
  // A space before or after where the text would touch a word: it starts after a space, never glued on.
  const spaced = spacedInsert(document.lineAt(range.start.line).text.slice(0, range.start.character), document.lineAt(range.end.line).text.slice(range.end.character), text);
  const inserted = await editor.edit((builder) => builder.replace(range, spaced));
  if (inserted) {
    // Later inserts from the same panel start from the document as it is now.
    const end = document.positionAt(document.offsetAt(range.start) + spaced.length);
    origin.selection = new vscode.Selection(end, end);
    origin.version = document.version;
    const anchor = anchorForSpan(document.getText(), document.offsetAt(end), document.offsetAt(end), end.line, end.character);
    if (anchor === undefined) {
      delete origin.anchor;
    } else {
      origin.anchor = anchor;
    }
  }
  return inserted ? { inserted: true, message: 'Inserted into the editor.' } : { inserted: false, message: 'The editor did not accept the text (is it read-only?).' };
}

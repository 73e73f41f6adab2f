import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

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
}

export function captureOrigin(editor: vscode.TextEditor | undefined): EditorOrigin | undefined {
  if (!editor || editor.document.uri.scheme === 'output') {
    return undefined;
  }
  return { uri: editor.document.uri, selection: editor.selection, viewColumn: editor.viewColumn };
}

/** Reopens the origin editor (focus may be in the webview) and replaces its selection with text. */
export async function insertAtOrigin(origin: EditorOrigin, text: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(origin.uri);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: origin.viewColumn, preserveFocus: false });
  const selection = origin.selection;
  return editor.edit((builder) => builder.replace(selection, text));
}

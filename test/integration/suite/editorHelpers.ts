// Helpers for the suites that edit questionnaires (answer in place, diagnostics, hovers, status bar, look-ups).
import * as vscode from 'vscode';
import { closeAllEditors, waitFor, workspaceFile } from './helpers';

/**
 * These tests edit files without saving them. code-server saves after a delay by default, which
 * would turn an unsaved edit into a change on disk: turn that off, and put the files back after.
 */
export function keepFilesUnsaved(...names: string[][]): void {
  const originals = new Map<string, Uint8Array>();
  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    for (const segments of names) {
      originals.set(segments.join('/'), await vscode.workspace.fs.readFile(workspaceFile(...segments)));
    }
  });
  teardown(async () => {
    for (const segments of names) {
      const uri = workspaceFile(...segments);
      const original = originals.get(segments.join('/'));
      const now = await vscode.workspace.fs.readFile(uri);
      if (original && Buffer.compare(Buffer.from(original), Buffer.from(now)) !== 0) {
        await vscode.workspace.fs.writeFile(uri, original);
      }
    }
  });
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  });
}

/** Makes a document active and undoes its last edit, as Ctrl+Z would. */
export async function undoIn(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('undo');
}

/** Leaves every fixture as it is on disk and closes the editors, so the next test starts clean. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert', document.uri);
      // The dirty flag clears before the reverted text reaches the extension host: wait for the text itself.
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      await waitFor(`${document.uri.path} reverted`, () => (document.isDirty || document.getText() !== onDisk ? undefined : true));
    }
  }
  await closeAllEditors();
}

/**
 * Opens a document whose text is what is on disk now. A file a test rewrote on disk can come back
 * from openTextDocument with the text the workbench still holds, and an edit to that model is
 * ignored ("has changed in the meantime"): revert it from disk and wait for the text itself.
 */
export async function openAsOnDisk(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  if (document.getText() !== onDisk) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert', uri);
  }
  await waitFor(`${uri.path} as on disk`, () => (document.isDirty || document.getText() !== onDisk ? undefined : true), 30_000);
  return document;
}

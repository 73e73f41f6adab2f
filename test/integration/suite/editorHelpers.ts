// Helpers for the editor-feature suites (diagnostics, hovers, status bar, look-ups).
import * as vscode from 'vscode';
import { workspaceFile } from './helpers';

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

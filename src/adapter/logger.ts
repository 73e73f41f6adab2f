import * as vscode from 'vscode';

/** The extension's log: View → Output → Attest. */
export type Logger = vscode.LogOutputChannel;

export function createLogger(): Logger {
  return vscode.window.createOutputChannel('Attest', { log: true });
}

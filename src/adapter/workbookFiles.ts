/**
 * Small pieces of "Attest: Fill Workbook…" with no editor state: which files it takes, where the
 * filled copy goes, and how a fill is summed up in one line. Only Uri arithmetic from vscode.
 */
import * as vscode from 'vscode';

/** .xlsx and .xlsm: what the workbook engine reads. */
export const WORKBOOK_EXTENSIONS = ['xlsx', 'xlsm'] as const;

export type WorkbookKind = 'workbook' | 'legacy_xls' | 'other';

/** Judged by the name, before any byte is read: the engine then checks the content. */
export function workbookKind(uri: vscode.Uri): WorkbookKind {
  const name = baseName(uri).toLowerCase();
  if (name.endsWith('.xlsx') || name.endsWith('.xlsm')) {
    return 'workbook';
  }
  return name.endsWith('.xls') ? 'legacy_xls' : 'other';
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `<name>.attest.xlsx` (or `.xlsm`) beside the original. */
export function besideOutput(source: vscode.Uri, extension: '.xlsx' | '.xlsm'): vscode.Uri {
  const name = baseName(source);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return vscode.Uri.joinPath(source, '..', `${stem}.attest${extension}`);
}

export { countsLine as countsSummary } from '../domain/engine/coverage';

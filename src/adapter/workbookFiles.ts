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

/** .docx, .docm, .dotx and .dotm: what the Word driver reads. */
export const WORD_EXTENSIONS = ['docx', 'docm', 'dotx', 'dotm'] as const;

export type WordKind = 'word' | 'legacy_doc' | 'other';

export function wordKind(uri: vscode.Uri): WordKind {
  const name = baseName(uri).toLowerCase();
  if (WORD_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`))) {
    return 'word';
  }
  return name.endsWith('.doc') ? 'legacy_doc' : 'other';
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `<name>.attest.xlsx` (or `.xlsm`, `.docx`…) beside the original. */
export function besideOutput(source: vscode.Uri, extension: string): vscode.Uri {
  const name = baseName(source);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return vscode.Uri.joinPath(source, '..', `${stem}.attest${extension}`);
}

export { countsLine as countsSummary } from '../domain/engine/coverage';

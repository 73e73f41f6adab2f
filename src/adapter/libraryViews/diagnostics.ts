/**
 * The library's findings as diagnostics (source "Attest library", code = the rule id, as
 * `attest library check` names them): entries left out for invalid YAML or schema errors
 * (`invalid-entry`), and every `checkLibrary` finding, on every file of each library read.
 */
import * as vscode from 'vscode';
import type { LibraryFinding } from '../../domain/library';
import type { LibraryViewsDeps } from './deps';
import { fileUri, type FolderModel } from './model';

export const LIBRARY_DIAGNOSTIC_SOURCE = 'Attest library';
export const INVALID_ENTRY = 'invalid-entry';

/** The claim check's own findings, which its squiggles (with quick fixes) already show in an open document. */
const CLAIM_RULES: ReadonlySet<string> = new Set(['claim', 'contradicts-profile']);

const SEVERITY: Record<LibraryFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** From a 1-based line and column to the end of the value there (a trailing `# comment` left out). */
function rangeAt(document: vscode.TextDocument | undefined, line: number, column: number): vscode.Range {
  const row = Math.max(0, line - 1);
  const start = Math.max(0, column - 1);
  if (document === undefined) {
    // The editor fits a range to its line once the file is open (and this is recomputed then).
    return new vscode.Range(row, start, row, start + 200);
  }
  if (row >= document.lineCount) {
    const last = document.lineAt(document.lineCount - 1).range.end;
    return new vscode.Range(last, last);
  }
  const text = document.lineAt(row).text;
  const rest = text.slice(start);
  const comment = rest.search(/\s#/);
  const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  return new vscode.Range(row, Math.min(start, text.length), row, Math.min(start + Math.max(value.length, 1), text.length));
}

function diagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, code: string): vscode.Diagnostic {
  const result = new vscode.Diagnostic(range, message, severity);
  result.source = LIBRARY_DIAGNOSTIC_SOURCE;
  result.code = code;
  return result;
}

/** Each library file with its diagnostics (files without any are not listed). */
export function libraryDiagnostics(models: readonly FolderModel[], deps: LibraryViewsDeps): Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }> {
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  const byFile = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  const add = (model: FolderModel, file: string, make: (document: vscode.TextDocument | undefined) => vscode.Diagnostic | undefined): void => {
    const uri = fileUri(model.folder, file);
    const key = uri.toString();
    const made = make(open.get(key));
    if (made === undefined) {
      return;
    }
    let slot = byFile.get(key);
    if (slot === undefined) {
      slot = { uri, diagnostics: [] };
      byFile.set(key, slot);
    }
    slot.diagnostics.push(made);
  };
  for (const model of models) {
    for (const error of model.errors) {
      add(model, error.file, (document) => diagnostic(rangeAt(document, error.line, error.column), error.message, vscode.DiagnosticSeverity.Error, INVALID_ENTRY));
    }
    for (const finding of model.findings) {
      add(model, finding.file, (document) =>
        document !== undefined && CLAIM_RULES.has(finding.rule) && deps.claimChecked(document)
          ? undefined
          : diagnostic(rangeAt(document, finding.line, finding.column), finding.message, SEVERITY[finding.severity], finding.rule),
      );
    }
  }
  return byFile;
}

/** Replaces the collection's content with the models' diagnostics (files fixed meanwhile are cleared). */
export function publishDiagnostics(collection: vscode.DiagnosticCollection, models: readonly FolderModel[], deps: LibraryViewsDeps): void {
  const fresh = libraryDiagnostics(models, deps);
  collection.forEach((uri) => {
    if (!fresh.has(uri.toString())) {
      collection.delete(uri);
    }
  });
  for (const { uri, diagnostics } of fresh.values()) {
    collection.set(uri, diagnostics);
  }
}

/**
 * One workspace folder's library as the tree view and the diagnostics show it: the entries the
 * library service read, with the text of each open library document that differs from what the
 * service read (typed into, or not read yet) in place of its file (so the squiggles follow typing), the files left out for their errors, and `checkLibrary`'s findings as
 * of services.clock's today, against the folder's profile.
 */
import { lstat } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { EntryParseResult, LibraryEntry, LibraryError, LibraryFinding, LibraryIndex } from '../../domain/library';
import { resolvesInside } from '../../io/workspacePath';
import type { Services } from '../services';
import type { LibraryViewsDeps } from './deps';

/** As the library service reads: larger entry files are left out. */
const MAX_OPEN_BYTES = 512 * 1024;

export interface FolderModel {
  folder: vscode.WorkspaceFolder;
  /** Why the configured path is not used (outside the workspace), or a read failure. */
  problem?: string;
  root?: vscode.Uri;
  relativeRoot?: string;
  entries: readonly LibraryEntry[];
  errors: readonly LibraryError[];
  findings: readonly LibraryFinding[];
  /** The index of `entries` (the service's own when no open document changed them). */
  index?: LibraryIndex;
}

/** A library file's Uri from its workspace-relative path (as entries and errors name it). */
export function fileUri(folder: vscode.WorkspaceFolder, file: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...file.split('/'));
}

/** The open documents under the library root, as the reader would take them: Markdown, no link, not too large. */
async function openDocumentsUnder(folder: vscode.WorkspaceFolder, root: vscode.Uri): Promise<vscode.TextDocument[]> {
  const documents: vscode.TextDocument[] = [];
  for (const document of vscode.workspace.textDocuments) {
    const { uri } = document;
    if (uri.scheme !== root.scheme || !uri.path.startsWith(`${root.path}/`) || !/\.md$/i.test(uri.path) || document.getText().length > MAX_OPEN_BYTES) {
      continue;
    }
    if (uri.scheme === 'file') {
      // The library reads no file through a link; an editor open on one does not change that.
      const isLink = await lstat(uri.fsPath).then((stat) => stat.isSymbolicLink(), () => false);
      if (isLink || !(await resolvesInside(folder.uri.fsPath, uri.fsPath))) {
        continue;
      }
    }
    documents.push(document);
  }
  return documents;
}

/** Which relative evidence links lead to a file that exists (checked inside the workspace folder only). */
async function existingEvidence(deps: LibraryViewsDeps, folder: vscode.WorkspaceFolder, entries: readonly LibraryEntry[]): Promise<(path: string) => boolean> {
  const found = new Set<string>();
  const outside = new Set<string>();
  for (const entry of entries) {
    for (const link of entry.evidence) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#')) {
        continue; // A web address or an anchor: not a file to look for.
      }
      const resolved = deps.library.resolveEvidence(entry.file, link);
      if (resolved.startsWith('/') || resolved.split('/')[0] === '..') {
        outside.add(resolved); // Attest looks at nothing outside the workspace folder: not reported.
        continue;
      }
      try {
        await vscode.workspace.fs.stat(fileUri(folder, resolved));
        found.add(resolved);
      } catch {
        // Missing: checkLibrary reports it.
      }
    }
  }
  return (path) => found.has(path) || outside.has(path);
}

export async function folderModel(services: Services, deps: LibraryViewsDeps, folder: vscode.WorkspaceFolder): Promise<FolderModel> {
  const read = await services.libraries.forResource(folder.uri);
  const base = { folder, ...(read.root !== undefined && { root: read.root }), ...(read.relativeRoot !== undefined && { relativeRoot: read.relativeRoot }) };
  if (read.problem !== undefined || read.root === undefined || read.relativeRoot === undefined) {
    return { ...base, ...(read.problem !== undefined && { problem: read.problem }), entries: [], errors: [], findings: [] };
  }
  const relativeRoot = read.relativeRoot;
  let entries: readonly LibraryEntry[] = read.entries;
  let errors: readonly LibraryError[] = read.parseErrors ?? [];
  let index = read.index;
  // Each open entry is parsed from its text; one that reads as the service read it changes nothing
  // (and the service's index is kept), one typed into or not read yet takes its file's place.
  const parsedOpen = (await openDocumentsUnder(folder, read.root)).map((document) => {
    const file = document.uri.path.slice(folder.uri.path.length + 1);
    return { file, parsed: deps.library.parseEntry(file, document.getText(), deps.library.topicOf(relativeRoot, file)) };
  });
  const asRead = (file: string, parsed: EntryParseResult): boolean => {
    const readEntry = entries.find((e) => e.file === file);
    const readErrors = errors.filter((e) => e.file === file);
    return parsed.entry !== undefined ? readEntry !== undefined && readErrors.length === 0 && JSON.stringify(readEntry) === JSON.stringify(parsed.entry) : readEntry === undefined && JSON.stringify(readErrors) === JSON.stringify(parsed.errors);
  };
  const changed = parsedOpen.filter(({ file, parsed }) => !asRead(file, parsed)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (changed.length > 0) {
    const files = new Set(changed.map(({ file }) => file));
    const kept = entries.filter((entry) => !files.has(entry.file));
    const keptErrors = errors.filter((error) => !files.has(error.file));
    const overlaid: LibraryEntry[] = [];
    const overlaidErrors: LibraryError[] = [];
    for (const { parsed } of changed) {
      overlaidErrors.push(...parsed.errors);
      if (parsed.entry !== undefined) {
        overlaid.push(parsed.entry);
      }
    }
    // As loadLibrary reads it: an id the edited entry shares with another answers from neither.
    const unique = deps.library.withUniqueIds([...kept, ...overlaid].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
    entries = unique.entries;
    errors = [...keptErrors, ...overlaidErrors, ...unique.errors];
    index = undefined;
  }
  index ??= entries.length > 0 ? deps.library.buildLibraryIndex(entries) : undefined;
  const findings = entries.length === 0 ? [] : deps.library.checkLibrary(entries, {
    today: services.clock.today(),
    profile: services.profiles.get(folder.uri)?.profile,
    exists: await existingEvidence(deps, folder, entries),
    ...(index !== undefined && { index }),
  });
  return { ...base, entries, errors, findings, ...(index !== undefined && { index }) };
}

/** Every workspace folder's model (local and remote folders alike; the service decides what it reads). */
export async function workspaceModels(services: Services, deps: LibraryViewsDeps): Promise<FolderModel[]> {
  return Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => folderModel(services, deps, folder)));
}

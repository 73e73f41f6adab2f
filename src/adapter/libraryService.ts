/**
 * The answer library of each workspace folder (`attest.libraryPath`, default `.attest/library`):
 * read on first use, kept until a file under it or the setting changes, and offered to the engine
 * as a second answer source (src/domain/library/source.ts) behind the profile's facts.
 *
 * Bounded and inside the workspace, like the profile: the configured path must stay in the folder
 * (also once links are resolved), links inside the library are not followed, and at most
 * MAX_FILES entries of at most MAX_FILE_BYTES each are read. A library with errors still answers
 * from its valid entries; the errors are logged and counted, and `attest library check` lists them.
 */
import * as vscode from 'vscode';
import type { AnswerSource } from '../domain/engine/source';
import type { LibraryEntry, LibraryError, LibraryFile, LibraryIndex, LoadedLibrary } from '../domain/library';
import { profileLocation } from '../domain/profile/location';
import { resolvesInside } from '../io/workspacePath';
import { getSettings, onDidChangeSettings } from './config';
import { loadLibraryModule } from './lazy/library';
import type { Logger } from './logger';
import { fileExists } from './uris';

const MAX_FILES = 5_000;
const MAX_FILE_BYTES = 512 * 1024;
const MAX_DEPTH = 8;

export interface FolderLibrary {
  /** The answer source, or undefined when the folder has no library (or no valid entry). */
  source?: AnswerSource;
  /** The valid entries (the workbook worker indexes them itself). */
  entries: readonly LibraryEntry[];
  errors: number;
  /** Why the configured path was not used (outside the workspace), or a read failure. */
  problem?: string;
  /** The library folder, when the configured path could be used (whether or not it exists yet). */
  root?: vscode.Uri;
  /** The same folder as the setting names it, relative to the workspace folder: `.attest/library`. */
  relativeRoot?: string;
  /** The files left out for their errors, each at file:line:col (the library's diagnostics show them). */
  parseErrors?: readonly LibraryError[];
  /** The search index of `entries` (Search Library ranks with it). */
  index?: LibraryIndex;
}

/** Where a workspace folder's library is, or why the configured path is not used. */
export type LibraryLocation = { root: vscode.Uri; relativeRoot: string; problem?: undefined } | { problem: string };

const NONE: FolderLibrary = { entries: [], errors: 0 };

export class LibraryService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<FolderLibrary>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(private readonly logger: Logger) {
    this.disposables.push(
      onDidChangeSettings(() => this.forgetAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.forgetAll()),
      // An entry saved in the editor is read again, whatever the file watcher reports.
      vscode.workspace.onDidSaveTextDocument((document) => (this.isLibraryFile(document.uri) ? this.forget(document.uri) : undefined)),
    );
  }

  /** The library for a document's folder (the first folder's when it has none). */
  async forResource(resource: vscode.Uri): Promise<FolderLibrary> {
    const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
    if (folder === undefined) {
      return NONE;
    }
    const key = folder.uri.toString();
    let loading = this.cache.get(key);
    if (loading === undefined) {
      loading = this.read(folder).catch((error: unknown) => {
        this.logger.error(`Reading the answer library failed: ${String(error)}`);
        return { ...NONE, problem: `The answer library could not be read (${error instanceof Error ? error.message : String(error)}).` };
      });
      this.cache.set(key, loading);
      this.watch(folder);
    }
    return loading;
  }

  /** The further answer sources for a document: its folder's library, when it has one. */
  async sourcesFor(resource: vscode.Uri): Promise<AnswerSource[]> {
    const library = await this.forResource(resource);
    return library.source === undefined ? [] : [library.source];
  }

  /**
   * The folder's library location, checked as the reader checks it: the setting must stay inside
   * the workspace folder, also once links are resolved. Nothing is read or created.
   */
  async location(folder: vscode.WorkspaceFolder): Promise<LibraryLocation> {
    const setting = getSettings(folder).libraryPath;
    const location = profileLocation(setting, LIBRARY_SETTING);
    if (!location.ok) {
      return { problem: location.problem };
    }
    const root = vscode.Uri.joinPath(folder.uri, ...location.segments);
    if (root.scheme === 'file' && !(await resolvesInside(folder.uri.fsPath, root.fsPath))) {
      return { problem: `attest.libraryPath "${setting}" leads outside the workspace folder ${folder.name} through a symbolic link; Attest reads the answer library only inside the workspace folder, so it did not use it.` };
    }
    return { root, relativeRoot: location.segments.join('/') };
  }

  /** Whether a file is a Markdown file under its folder's library path (by its path only: cheap enough for every opened document). */
  isLibraryFile(uri: vscode.Uri): boolean {
    const folder = /\.md$/i.test(uri.path) ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    if (folder === undefined) {
      return false;
    }
    const location = profileLocation(getSettings(folder).libraryPath, LIBRARY_SETTING);
    return location.ok && uri.path.startsWith(`${vscode.Uri.joinPath(folder.uri, ...location.segments).path}/`);
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    const location = profileLocation(getSettings(folder).libraryPath, LIBRARY_SETTING);
    if (!location.ok) {
      return;
    }
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${location.segments.join('/')}/**`));
    const forget = (): void => {
      this.cache.delete(folder.uri.toString());
      this.changed.fire();
    };
    this.watchers.push(watcher, watcher.onDidCreate(forget), watcher.onDidChange(forget), watcher.onDidDelete(forget));
  }

  /**
   * Reads the resource's folder library afresh on next use. Commands that write library files call
   * it: a watcher can miss a file written into a folder created a moment before.
   */
  forget(resource: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(resource);
    if (folder !== undefined && this.cache.delete(folder.uri.toString())) {
      this.changed.fire();
    }
  }

  private forgetAll(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.cache.clear();
    this.changed.fire();
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<FolderLibrary> {
    const location = await this.location(folder);
    if (location.problem !== undefined) {
      this.logger.warn(location.problem);
      return { ...NONE, problem: location.problem };
    }
    const { root, relativeRoot } = location;
    const found = { root, relativeRoot };
    if (!(await fileExists(root))) {
      return { ...NONE, ...found }; // Most folders have no library: not an error.
    }
    const files: LibraryFile[] = [];
    const skipped: string[] = [];
    await collect(root, relativeRoot, 0, files, skipped);
    if (files.length === 0) {
      return { ...NONE, ...found };
    }
    const library = await loadLibraryModule();
    const loaded: LoadedLibrary = library.loadLibrary(relativeRoot, files);
    for (const error of loaded.errors) {
      this.logger.warn(`${error.file}:${error.line}:${error.column}  ${error.path ? `${error.path}: ` : ''}${error.message}`);
    }
    for (const why of skipped) {
      this.logger.warn(why);
    }
    if (loaded.entries.length === 0) {
      return { ...NONE, ...found, errors: loaded.errors.length, parseErrors: loaded.errors };
    }
    const index = library.buildLibraryIndex(loaded.entries);
    this.logger.info(`Answer library ${relativeRoot}: ${loaded.entries.length} entries${loaded.errors.length > 0 ? `, ${loaded.errors.length} with errors (attest library check lists them)` : ''}.`);
    return { source: library.librarySource(index), entries: loaded.entries, errors: loaded.errors.length, ...found, parseErrors: loaded.errors, index };
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

const LIBRARY_SETTING = { name: 'attest.libraryPath', what: 'the answer library', example: '.attest/library' };

/** Every `.md` file under `dir` (links not followed), as workspace-relative paths. */
async function collect(dir: vscode.Uri, relative: string, depth: number, files: LibraryFile[], skipped: string[]): Promise<void> {
  let children: [string, vscode.FileType][];
  try {
    children = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return; // No library folder: nothing to read.
  }
  for (const [name, type] of children.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = `${relative}/${name}`;
    if ((type & vscode.FileType.SymbolicLink) !== 0) {
      skipped.push(`${path}: a symbolic link; the library reads no file through a link.`);
      continue;
    }
    if (type === vscode.FileType.Directory) {
      if (depth < MAX_DEPTH) {
        await collect(vscode.Uri.joinPath(dir, name), path, depth + 1, files, skipped);
      }
      continue;
    }
    if (type !== vscode.FileType.File || !/\.md$/i.test(name)) {
      continue;
    }
    if (files.length >= MAX_FILES) {
      skipped.push(`${relative}: more than ${MAX_FILES} entries; the rest were not read.`);
      return;
    }
    const uri = vscode.Uri.joinPath(dir, name);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) {
      skipped.push(`${path}: larger than ${MAX_FILE_BYTES / 1024} KB; not read.`);
      continue;
    }
    try {
      files.push({ path, text: new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri)) });
    } catch {
      skipped.push(`${path}: not UTF-8 text; not read.`);
    }
  }
}

/** ", and the answer library (45 entries)" for the report's first note; nothing without a library. */
export function libraryNote(library: FolderLibrary): string {
  return library.source === undefined ? '' : ` and the answer library (${library.entries.length} entries${library.errors > 0 ? `; ${library.errors} with errors left out, see Output → Attest` : ''})`;
}

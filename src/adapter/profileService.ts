import * as vscode from 'vscode';
import { profileLocation } from '../domain/profile/location';
import { parseProfile, type ProfileError } from '../domain/profile/parse';
import type { Profile } from '../domain/profile/schema';
import { resolvesInside } from '../io/workspacePath';
import { getSettings, onDidChangeSettings } from './config';
import type { Logger } from './logger';

export interface LoadedProfile {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  /** Present only when the file is valid. */
  profile?: Profile;
  errors: ProfileError[];
}

/** Where a folder's profile is, or why Attest will not use the configured path. */
export type CheckedProfileUri = { uri: vscode.Uri; problem?: undefined } | { uri?: undefined; problem: string };

/**
 * Finds, reads and validates `.attest/profile.json` (path from settings) in each workspace
 * folder, and keeps it fresh: file changes on disk and unsaved edits in an open editor both count.
 */
export class ProfileService implements vscode.Disposable {
  private readonly loaded = new Map<string, LoadedProfile>();
  /** Folders whose attest.profilePath points outside them, with the message (shown once per value). */
  private readonly refused = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(private readonly logger: Logger) {
    this.disposables.push(
      onDidChangeSettings(() => void this.reloadAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const folder = this.folderOfProfile(event.document.uri);
        if (folder) {
          this.store(folder, event.document.uri, event.document.getText());
        }
      }),
    );
  }

  private initialLoad: Promise<void> | undefined;

  /** Starts the first load without holding up activation; await `ready` before reading. */
  initialize(): void {
    this.initialLoad ??= this.reloadAll().catch((error: unknown) => this.logger.error(`Loading the profile failed: ${String(error)}`));
  }

  /** Resolves once the first load has finished. */
  get ready(): Promise<void> {
    this.initialize();
    return this.initialLoad ?? Promise.resolve();
  }

  /**
   * The profile's location for a folder (whether or not the file exists), checked: the configured
   * path must stay inside the folder, also once links are resolved. Every read and write of the
   * profile goes through this.
   */
  async checkedProfileUri(folder: vscode.WorkspaceFolder): Promise<CheckedProfileUri> {
    const uri = this.configuredUri(folder);
    if (uri === undefined) {
      return { problem: this.lexicalProblem(folder) ?? '' };
    }
    if (uri.scheme === 'file' && !(await resolvesInside(folder.uri.fsPath, uri.fsPath))) {
      return {
        problem: `attest.profilePath "${getSettings(folder).profilePath}" leads outside the workspace folder ${folder.name} through a symbolic link; Attest reads and writes the profile only inside the workspace folder, so it did not use it.`,
      };
    }
    return { uri };
  }

  /** Why the folder's profile is not used, when its path leads outside the folder. */
  refusal(folder: vscode.WorkspaceFolder): string | undefined {
    return this.refused.get(folder.uri.toString());
  }

  /** The configured path joined to the folder, or undefined when it escapes the folder as written. */
  private configuredUri(folder: vscode.WorkspaceFolder): vscode.Uri | undefined {
    const location = profileLocation(getSettings(folder).profilePath);
    return location.ok ? vscode.Uri.joinPath(folder.uri, ...location.segments) : undefined;
  }

  private lexicalProblem(folder: vscode.WorkspaceFolder): string | undefined {
    const location = profileLocation(getSettings(folder).profilePath);
    return location.ok ? undefined : location.problem;
  }

  /** The profile that applies to a document (its folder's), or the first folder's. */
  get(resource?: vscode.Uri): LoadedProfile | undefined {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource) : vscode.workspace.workspaceFolders?.[0];
    return folder ? this.loaded.get(folder.uri.toString()) : [...this.loaded.values()][0];
  }

  all(): LoadedProfile[] {
    return [...this.loaded.values()];
  }

  /** Is this document a profile file? */
  isProfile(uri: vscode.Uri): boolean {
    return this.folderOfProfile(uri) !== undefined;
  }

  async reloadAll(): Promise<void> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.loaded.clear();
    const previouslyRefused = new Map(this.refused);
    this.refused.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const checked = await this.checkedProfileUri(folder);
      if (checked.problem !== undefined) {
        this.refuse(folder, checked.problem, previouslyRefused.get(folder.uri.toString()) === checked.problem);
        continue;
      }
      const uri = checked.uri;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, getSettings(folder).profilePath));
      const reload = (): void => void this.reload(folder);
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
      await this.read(folder, uri);
    }
    this.changed.fire();
  }

  async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const checked = await this.checkedProfileUri(folder);
    if (checked.problem !== undefined) {
      this.refuse(folder, checked.problem, this.refused.get(folder.uri.toString()) === checked.problem);
    } else {
      this.refused.delete(folder.uri.toString());
      await this.read(folder, checked.uri);
    }
    this.changed.fire();
  }

  /** Not read: nothing is loaded for the folder, and the user is told why (once per setting value). */
  private refuse(folder: vscode.WorkspaceFolder, problem: string, alreadyShown: boolean): void {
    this.loaded.delete(folder.uri.toString());
    this.refused.set(folder.uri.toString(), problem);
    this.logger.warn(`Profile of ${folder.name} not read: ${problem}`);
    if (!alreadyShown) {
      void vscode.window.showWarningMessage(problem);
    }
  }

  private async read(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      this.store(folder, uri, open.getText(), false);
      return;
    }
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.store(folder, uri, bytes, false);
    } catch {
      this.loaded.delete(folder.uri.toString());
    }
  }

  private store(folder: vscode.WorkspaceFolder, uri: vscode.Uri, content: string | Uint8Array, notify = true): void {
    const result = typeof content === 'string' ? parseProfile(content) : parseProfile(content);
    if (result.errors.length > 0) {
      this.logger.info(`Profile ${uri.fsPath}: ${result.errors.length} problem(s)`);
    }
    this.loaded.set(folder.uri.toString(), { uri, folder, profile: result.profile, errors: result.errors });
    if (notify) {
      this.changed.fire();
    }
  }

  private folderOfProfile(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || this.refused.has(folder.uri.toString())) {
      return undefined;
    }
    return this.configuredUri(folder)?.toString() === uri.toString() ? folder : undefined;
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

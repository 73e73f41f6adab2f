/**
 * Where a workspace folder's answer library lives, and the one way the library commands create a
 * file in it: inside the workspace folder once links are resolved (checked before any folder is
 * created, since creating `topic/` through a planted link would make it somewhere else), through
 * writeFileSafely (never through a link, never replacing a file), under a name nobody uses.
 */
import * as vscode from 'vscode';
import type { DraftEntry } from '../../domain/library/import';
import { withFreeName } from '../../domain/library/importPlan';
import { profileLocation } from '../../domain/profile/location';
import { SafeWriteError, writeFileSafely } from '../../io/safeWrite';
import { resolvesInside } from '../../io/workspacePath';
import { getSettings } from '../config';

export interface LibraryFolder {
  folder: vscode.WorkspaceFolder;
  root: vscode.Uri;
  /** As the setting names it, relative to the workspace folder: `.attest/library`. */
  relativeRoot: string;
}

const LIBRARY_SETTING = { name: 'attest.libraryPath', what: 'the answer library', example: '.attest/library' };

/** The library folder for a resource, or why the library commands cannot write there. */
export async function libraryFolderFor(resource: vscode.Uri): Promise<LibraryFolder | { problem: string }> {
  const folder = vscode.workspace.getWorkspaceFolder(resource) ?? (resource.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  if (folder === undefined) {
    return { problem: 'the answer library lives in a workspace folder, and this file is not in one. Open the folder that holds it.' };
  }
  if (folder.uri.scheme !== 'file') {
    return { problem: 'Attest writes library entries only in folders on this machine.' };
  }
  const location = profileLocation(getSettings(folder).libraryPath, LIBRARY_SETTING);
  if (!location.ok) {
    return { problem: location.problem };
  }
  const root = vscode.Uri.joinPath(folder.uri, ...location.segments);
  if (!(await resolvesInside(folder.uri.fsPath, root.fsPath))) {
    return { problem: `attest.libraryPath leads outside the workspace folder ${folder.name} through a symbolic link; Attest writes the answer library only inside the workspace folder.` };
  }
  return { folder, root, relativeRoot: location.segments.join('/') };
}

export type CreatedEntry = { kind: 'created'; draft: DraftEntry; uri: vscode.Uri; path: string } | { kind: 'refused'; path: string; problem: string };

async function namesIn(dir: vscode.Uri): Promise<Set<string>> {
  try {
    // Every name counts, links and folders too: a planted link at `x.md` sends the draft to `x-2.md`.
    return new Set((await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name.replace(/\.md$/i, '').toLowerCase()));
  } catch {
    return new Set();
  }
}

/**
 * Writes a new entry `<topic>/<id>.md` under the library root. `ids` are the ids in use (library
 * and other drafts, lower case); the one taken is added to it. `inputs`: files never replaced.
 */
export async function createEntryFile(library: LibraryFolder, topic: string, draft: DraftEntry, text: (draft: DraftEntry) => string, ids: Set<string>, inputs: readonly string[]): Promise<CreatedEntry> {
  const dir = vscode.Uri.joinPath(library.root, ...topic.split('/'));
  const shownDir = `${library.relativeRoot}/${topic}`;
  if (!(await resolvesInside(library.folder.uri.fsPath, dir.fsPath))) {
    return { kind: 'refused', path: `${shownDir}/${draft.id}.md`, problem: `${shownDir} leads outside the workspace folder through a symbolic link; nothing was written there.` };
  }
  try {
    await vscode.workspace.fs.createDirectory(dir);
  } catch (error) {
    return { kind: 'refused', path: `${shownDir}/${draft.id}.md`, problem: `the folder ${shownDir} cannot be created (${error instanceof Error ? error.message : String(error)}).` };
  }
  const taken = new Set([...ids, ...(await namesIn(dir))]);
  // A file appearing between the listing and the write is caught by writeFileSafely: take the next name.
  for (let attempt = 0; attempt < 5; attempt++) {
    const named = withFreeName(draft, taken);
    const uri = vscode.Uri.joinPath(dir, `${named.id}.md`);
    const path = `${shownDir}/${named.id}.md`;
    try {
      await writeFileSafely(uri.fsPath, text(named), { overwrite: false, within: [library.folder.uri.fsPath], inputs });
      ids.add(named.id.toLowerCase());
      return { kind: 'created', draft: named, uri, path };
    } catch (error) {
      if (error instanceof SafeWriteError && (error.problem === 'exists' || error.problem === 'link')) {
        taken.add(named.id.toLowerCase());
        continue;
      }
      return { kind: 'refused', path, problem: error instanceof Error ? error.message.replace(`${uri.fsPath}: `, '') : String(error) };
    }
  }
  return { kind: 'refused', path: `${shownDir}/${draft.id}.md`, problem: 'every name tried was taken meanwhile.' };
}


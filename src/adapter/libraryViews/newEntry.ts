/**
 * Attest: New Library Entry — asks the topic (the library's topic folders, or a new one) and the
 * question (prefilled with the selection, or the question under the cursor in a questionnaire),
 * writes `newEntryTemplate`'s scaffold as `<library>/<topic>/<slug>.md` and opens it with the
 * placeholder answer selected, ready to be typed over.
 *
 * The file goes through writeFileSafely: inside the workspace folder once links are resolved
 * (checked before the topic folder is created, since creating it through a planted link would make
 * it somewhere else), never through a link, never over an existing file.
 *
 * Argument (optional): `{ topic?, question?, folder?: Uri, quiet? }` skips the pickers given
 * (tests, other commands); `quiet` shows no message, the result says it all.
 */
import { lstat } from 'node:fs/promises';
import * as vscode from 'vscode';
import { topicFolders } from '../libraryTopics';
import { SafeWriteError, writeFileSafely } from '../../io/safeWrite';
import { resolvesInside } from '../../io/workspacePath';
import type { Services } from '../services';
import type { LibraryViewsDeps } from './deps';

export type NewEntryStatus = 'created' | 'exists' | 'refused' | 'cancelled' | 'no_workspace';

export interface NewEntryResult {
  status: NewEntryStatus;
  message: string;
  /** The new file (created), or the one already there (exists). */
  uri?: vscode.Uri;
}

interface NewEntryOptions {
  topic?: string;
  question?: string;
  folder?: vscode.Uri;
  quiet: boolean;
}

/** A topic folder typed by the writer: lower-case words with hyphens, one sub-folder at most. */
const TOPIC_PATH = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/;
const MAX_QUESTION = 500;

function readOptions(value: unknown): NewEntryOptions {
  const raw = typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) ? (value as Record<string, unknown>) : {};
  return {
    ...(typeof raw.topic === 'string' && { topic: raw.topic }),
    ...(typeof raw.question === 'string' && { question: raw.question }),
    ...(raw.folder instanceof vscode.Uri ? { folder: raw.folder } : value instanceof vscode.Uri ? { folder: value } : {}),
    quiet: raw.quiet === true,
  };
}

async function pickFolder(options: NewEntryOptions): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const from = options.folder ?? vscode.window.activeTextEditor?.document.uri;
  const folder = from === undefined ? undefined : vscode.workspace.getWorkspaceFolder(from);
  if (folder !== undefined || folders.length <= 1) {
    return folder ?? folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder’s answer library gets the new entry?', ignoreFocusOut: true });
}


interface TopicItem extends vscode.QuickPickItem {
  topic?: string;
}

async function pickTopic(root: vscode.Uri, relativeRoot: string, current: string | undefined): Promise<string | undefined> {
  const existing = await topicFolders(root);
  const items: TopicItem[] = [
    ...existing.map((topic) => ({ label: topic, topic, ...(topic === current && { description: 'the open entry’s topic' }) })).sort((a, b) => (a.topic === current ? -1 : b.topic === current ? 1 : 0)),
    { label: '$(new-folder) New topic…', description: `a new folder in ${relativeRoot}` },
  ];
  const picked = existing.length === 0 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Attest: New Library Entry (1/2): the topic', placeHolder: `The topic folder of ${relativeRoot} the entry goes in`, ignoreFocusOut: true });
  if (picked === undefined || picked.topic !== undefined) {
    return picked?.topic;
  }
  const typed = await vscode.window.showInputBox({
    title: 'Attest: New Library Entry (1/2): a new topic',
    prompt: `Lower-case words joined by hyphens, e.g. data-retention (a folder in ${relativeRoot})`,
    ignoreFocusOut: true,
    validateInput: (value) => (TOPIC_PATH.test(value.trim()) ? undefined : 'Use lower-case letters, digits and hyphens (one sub-folder with "/" at most).'),
  });
  return typed?.trim();
}

/** The innermost question whose block holds the line (its text, options or answer). */
function questionAtCursor(services: Services, deps: LibraryViewsDeps): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    return undefined;
  }
  if (!editor.selection.isEmpty) {
    const selected = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
    if (selected !== '' && selected.length <= MAX_QUESTION) {
      return selected;
    }
  }
  if (services.libraries.isLibraryFile(editor.document.uri)) {
    return undefined; // A library entry is not a questionnaire.
  }
  const line = editor.selection.active.line;
  const items = deps.readOpenQuestionnaire(editor.document)?.read.items ?? [];
  let best: (typeof items)[number] | undefined;
  for (const item of items) {
    if (line >= item.line && line <= item.lastLine && (best === undefined || item.lastLine - item.line < best.lastLine - best.line)) {
      best = item;
    }
  }
  return best?.question.replace(/\s+/g, ' ').trim();
}

/** The topic of the library entry in the active editor, to offer it first. */
function currentTopic(services: Services, root: vscode.Uri): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (uri === undefined || !services.libraries.isLibraryFile(uri) || !uri.path.startsWith(`${root.path}/`)) {
    return undefined;
  }
  const relative = uri.path.slice(root.path.length + 1);
  return relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : undefined;
}

/** Opens the new entry with the placeholder sentence selected, so typing replaces it. */
async function openAtAnswer(uri: vscode.Uri): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const { document } = editor;
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    const match = /^(\s*sentence:\s*")(TODO[^"]*)"/.exec(text);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const start = new vscode.Position(line, match[1].length);
      editor.selection = new vscode.Selection(start, start.translate(0, match[2].length));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
  }
}

export async function newLibraryEntry(services: Services, deps: LibraryViewsDeps, argument?: unknown): Promise<NewEntryResult> {
  const options = readOptions(argument);
  const finish = (result: NewEntryResult): NewEntryResult => {
    if (options.quiet || result.status === 'cancelled' || result.status === 'created') {
      return result;
    }
    if (result.status === 'exists' && result.uri !== undefined) {
      const existing = result.uri;
      void vscode.window.showWarningMessage(result.message, 'Open Entry').then((choice) => (choice === undefined ? undefined : vscode.window.showTextDocument(existing)));
    } else {
      void vscode.window.showErrorMessage(result.message);
    }
    return result;
  };
  const folder = await pickFolder(options);
  if (folder === undefined) {
    return finish({ status: (vscode.workspace.workspaceFolders ?? []).length === 0 ? 'no_workspace' : 'cancelled', message: 'Open a folder first: the answer library lives in a workspace folder (.attest/library), next to the profile.' });
  }
  if (folder.uri.scheme !== 'file') {
    return finish({ status: 'refused', message: 'Attest writes library entries only in folders on this machine.' });
  }
  const location = await services.libraries.location(folder);
  if (location.problem !== undefined) {
    return finish({ status: 'refused', message: `Attest did not create the entry: ${location.problem}` });
  }
  const { root, relativeRoot } = location;

  let topic = options.topic;
  if (topic === undefined) {
    topic = await pickTopic(root, relativeRoot, currentTopic(services, root));
  } else if (!TOPIC_PATH.test(topic) && !(await topicFolders(root)).includes(topic)) {
    return finish({ status: 'refused', message: `"${topic}" is not a topic folder of ${relativeRoot}: use lower-case words joined by hyphens, e.g. data-retention.` });
  }
  if (topic === undefined) {
    return { status: 'cancelled', message: '' };
  }
  const question =
    options.question ??
    (await vscode.window.showInputBox({
      title: `Attest: New Library Entry (2/2): the question, in ${topic}`,
      prompt: 'The question this entry answers, as customers ask it (more wordings go under "variants" later)',
      value: questionAtCursor(services, deps) ?? '',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? 'Type the question the entry answers.' : value.length > MAX_QUESTION ? `At most ${MAX_QUESTION} characters.` : undefined),
    }));
  if (question === undefined || question.trim() === '') {
    return { status: 'cancelled', message: '' };
  }

  const template = deps.library.newEntryTemplate(topic, question.trim());
  const name = template.path.slice(template.path.lastIndexOf('/') + 1);
  const shown = `${relativeRoot}/${topic}/${name}`;
  const dir = vscode.Uri.joinPath(root, ...topic.split('/'));
  const uri = vscode.Uri.joinPath(dir, name);
  // Already answered: the same id, or the question itself, is in the library.
  const current = await services.libraries.forResource(folder.uri);
  const sameId = current.entries.find((entry) => entry.id === template.id);
  const exact = current.index === undefined ? undefined : deps.library.matchLibrary(current.index, question.trim(), { polar: false }).match;
  const already = sameId ?? (exact?.tier === 'exact' ? exact.entry : undefined);
  if (already !== undefined && already.file !== shown) {
    return finish({ status: 'exists', uri: vscode.Uri.joinPath(folder.uri, ...already.file.split('/')), message: `The library already has ${sameId !== undefined ? `an entry with the id "${template.id}"` : 'this question'}: ${already.file}. Edit that entry, or add the question to its variants.` });
  }
  if (!(await resolvesInside(folder.uri.fsPath, dir.fsPath))) {
    return finish({ status: 'refused', message: `${relativeRoot}/${topic} leads outside the workspace folder through a symbolic link; Attest did not write the entry.` });
  }
  try {
    await vscode.workspace.fs.createDirectory(dir);
  } catch (error) {
    return finish({ status: 'refused', message: `The folder ${relativeRoot}/${topic} cannot be created (${error instanceof Error ? error.message : String(error)}).` });
  }
  try {
    await writeFileSafely(uri.fsPath, template.text, { overwrite: false, within: [folder.uri.fsPath] });
  } catch (error) {
    if (error instanceof SafeWriteError && error.problem === 'exists') {
      const isLink = await lstat(uri.fsPath).then((stat) => stat.isSymbolicLink(), () => false);
      if (!isLink) {
        return finish({ status: 'exists', uri, message: `${shown} already exists; Attest never replaces a library entry. Edit it, or add the question to its variants.` });
      }
    }
    const why = error instanceof SafeWriteError && error.problem === 'link' ? 'it is a symbolic link, and Attest never writes through a link' : error instanceof Error ? error.message.replace(`${uri.fsPath}: `, '') : String(error);
    return finish({ status: 'refused', message: `Attest did not write ${shown}: ${why}.` });
  }
  services.libraries.forget(uri);
  services.logger.info(`Created the library entry ${shown}.`);
  await openAtAnswer(uri);
  if (!options.quiet) {
    vscode.window.setStatusBarMessage(`$(check) Created ${shown}: write the answer, then add the owner and the review date.`, 8000);
  }
  return { status: 'created', uri, message: `Created ${shown}.` };
}

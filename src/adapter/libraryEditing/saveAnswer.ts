/**
 * Attest: Save Answer to Library — the answer the writer just wrote or edited under a question of
 * a Markdown, CSV or text questionnaire goes into the answer library (issue 12 item 4): as a
 * variant of the entry that matches the question best (the matcher's candidates), or as a new
 * entry in a topic the writer picks.
 *
 * - A variant is added by editing the entry's front matter with the yaml Document API (comments,
 *   quoting and order kept), as one WorkspaceEdit on the entry file touching only the variants
 *   lines, then saved: Ctrl+Z in the entry (or Undo in the message) takes it back. An entry with
 *   unsaved changes, or reached through a link, is refused.
 * - A new entry is a draft like an imported one (internal, no owner or review date until someone
 *   reviews it), written through writeFileSafely, never over a file; it opens beside for review.
 *
 * Arguments: `(document?: Uri, line?: number, options?: SaveAnswerOptions)`, the cursor's line of
 * the active editor by default (the host command turns a Questionnaire view row into these).
 */
import { lstat } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { DraftEntry } from '../../domain/library/import';
import { answeredQuestions, topicFolder } from '../../domain/library/importPlan';
import type { LibraryEntry } from '../../domain/library/schema';
import { addVariant } from '../../domain/library/variant';
import type { QuestionItem } from '../../domain/questionnaire/types';
import { resolvesInside } from '../../io/workspacePath';
import type { Services } from '../services';
import type { LibraryEditingDeps } from './deps';
import { topicFolders } from '../libraryTopics';
import { createEntryFile, libraryFolderFor, type LibraryFolder } from './libraryFolder';

export interface SaveAnswerOptions {
  /** Skip the pickers: add the question to this entry's variants, or create a new entry in this topic. */
  choice?: { variantOf: string } | { newEntryIn: string };
  /** No notification with buttons (tests, automation); the result says it all. */
  quiet?: boolean;
}

export type SaveAnswerStatus = 'added_variant' | 'created' | 'already_there' | 'no_question' | 'no_answer' | 'cancelled' | 'refused';

export interface SaveAnswerResult {
  status: SaveAnswerStatus;
  message: string;
  entryUri?: vscode.Uri;
  entryId?: string;
}

function readOptions(value: unknown): SaveAnswerOptions {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const raw = value as { choice?: { variantOf?: unknown; newEntryIn?: unknown }; quiet?: unknown };
  const choice = typeof raw.choice?.variantOf === 'string' ? { variantOf: raw.choice.variantOf } : typeof raw.choice?.newEntryIn === 'string' ? { newEntryIn: raw.choice.newEntryIn } : undefined;
  return { ...(choice !== undefined && { choice }), quiet: raw.quiet === true };
}

/** The innermost question whose block holds the line (the question, its options or its answer). */
export function questionAt(items: readonly QuestionItem[], line: number): QuestionItem | undefined {
  let best: QuestionItem | undefined;
  for (const item of items) {
    if (line >= item.line && line <= item.lastLine && (best === undefined || item.lastLine - item.line < best.lastLine - best.line)) {
      best = item;
    }
  }
  return best;
}

function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A question as one line: its line breaks and runs of spaces as single spaces (the form variants are saved in). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function clip(text: string, max = 70): string {
  const flat = oneLine(text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function entryUri(library: LibraryFolder, entry: LibraryEntry): vscode.Uri {
  return vscode.Uri.joinPath(library.folder.uri, ...entry.file.split('/'));
}

type Choice = { kind: 'variant'; entry: LibraryEntry } | { kind: 'new'; topic?: string };

interface ChoiceItem extends vscode.QuickPickItem {
  choice: Choice;
}

async function pickChoice(question: string, candidates: readonly { entry: LibraryEntry; tier: string; score: number; matched: string[] }[], yesno: string | undefined): Promise<Choice | undefined> {
  const items: ChoiceItem[] = candidates.map(({ entry, tier, score, matched }) => {
    const disagrees = yesno !== undefined && entry.answer.yesno !== undefined && entry.answer.yesno !== yesno;
    return {
      label: `$(add) Add as a variant of “${clip(entry.question)}”`,
      description: `${tier} match · ${score.toFixed(2)}${disagrees ? ` · ⚠ its Yes/No is ${entry.answer.yesno ?? ''}, this answer says ${yesno}` : ''}`,
      detail: `${entry.file}${matched.length > 0 ? ` · matched: ${matched.join(', ')}` : ''}`,
      choice: { kind: 'variant', entry },
    };
  });
  items.push({ label: '$(new-file) Create a new entry with this answer…', detail: 'A draft entry (internal until reviewed) in a topic folder you pick', choice: { kind: 'new' } });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Attest: save the answer to “${clip(question, 60)}” to the library`,
    placeHolder: candidates.length > 0 ? 'Add the question to the entry that answers it, or create a new entry' : 'No library entry matches this question: create a new one',
    ignoreFocusOut: true,
  });
  return picked?.choice;
}

interface TopicItem extends vscode.QuickPickItem {
  topic?: string;
}

const TOPIC_PATH = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/;

async function pickTopic(library: LibraryFolder, suggested: readonly string[]): Promise<string | undefined> {
  const existing = await topicFolders(library.root);
  const first = [...new Set(suggested.filter((topic) => existing.includes(topic)))];
  const items: TopicItem[] = [
    ...first.map((topic) => ({ label: topic, description: 'where the closest entries are', topic })),
    ...existing.filter((topic) => !first.includes(topic)).map((topic) => ({ label: topic, topic })),
    { label: '$(new-folder) New topic…', description: `a new folder in ${library.relativeRoot}` },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Attest: which topic folder of ${library.relativeRoot} gets the new entry?`, ignoreFocusOut: true });
  if (picked === undefined || picked.topic !== undefined) {
    return picked?.topic;
  }
  const typed = await vscode.window.showInputBox({
    title: 'Attest: new topic folder',
    prompt: `Lower-case words joined by hyphens, e.g. data-retention (created in ${library.relativeRoot})`,
    ignoreFocusOut: true,
    validateInput: (value) => (TOPIC_PATH.test(value.trim()) ? undefined : 'Use lower-case letters, digits and hyphens (one sub-folder with "/" at most).'),
  });
  return typed === undefined ? undefined : typed.trim();
}

/** Refuses an entry file that is a link, lies outside the folder through one, or has unsaved changes. */
async function openEntryForEdit(library: LibraryFolder, entry: LibraryEntry): Promise<vscode.TextDocument | { problem: string }> {
  const uri = entryUri(library, entry);
  const isLink = await lstat(uri.fsPath).then((stat) => stat.isSymbolicLink(), () => false);
  if (isLink || !(await resolvesInside(library.folder.uri.fsPath, uri.fsPath))) {
    return { problem: `${entry.file} is a symbolic link; Attest never edits a library entry through a link.` };
  }
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.isDirty) {
    return { problem: `${entry.file} has unsaved changes: save or revert them first, so the variant is not mixed into them.` };
  }
  return document;
}

export async function saveAnswerToLibrary(services: Services, deps: LibraryEditingDeps, target?: unknown, lineArgument?: unknown, optionsArgument?: unknown): Promise<SaveAnswerResult> {
  const options = readOptions(optionsArgument);
  const finish = (result: SaveAnswerResult): SaveAnswerResult => {
    if (!options.quiet && result.message !== '') {
      void vscode.window.showWarningMessage(result.message);
    }
    return result;
  };
  const editor = vscode.window.activeTextEditor;
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : editor?.document;
  if (document === undefined) {
    return finish({ status: 'no_question', message: 'Open a questionnaire and put the cursor on an answered question, then run Save Answer to Library.' });
  }
  const line = typeof lineArgument === 'number' ? lineArgument : editor !== undefined && editor.document === document ? editor.selection.active.line : undefined;
  const open = deps.readOpenQuestionnaire(document);
  if (open === undefined) {
    return finish({ status: 'no_question', message: 'Save Answer to Library works on a question of a Markdown, CSV or text questionnaire.' });
  }
  const item = line === undefined ? undefined : questionAt(open.read.items, line);
  if (item === undefined) {
    return finish({ status: 'no_question', message: 'Put the cursor on a question or its answer, then run Save Answer to Library.' });
  }
  const engineItem = open.engine.items[item.index];
  const name = nameOf(document.uri);
  const answered = engineItem === undefined ? undefined : answeredQuestions([engineItem], name)[0];
  if (answered === undefined || answered.answer.trim() === '') {
    return finish({ status: 'no_answer', message: `“${clip(item.question)}” has no answer yet: write it under the question, then save it to the library.` });
  }
  const library = await libraryFolderFor(document.uri);
  if ('problem' in library) {
    return finish({ status: 'refused', message: `Attest did not save the answer: ${library.problem}` });
  }
  const current = await services.libraries.forResource(document.uri);
  if (current.problem !== undefined) {
    return finish({ status: 'refused', message: `Attest did not save the answer: ${current.problem}` });
  }
  const question = oneLine(answered.question);
  const { match, candidates } = deps.library.matchLibrary(deps.library.buildLibraryIndex(current.entries), question, { polar: false });
  if (match?.tier === 'exact') {
    const uri = entryUri(library, match.entry);
    if (!options.quiet) {
      void vscode.window.showInformationMessage(`The library already has this question: ${match.entry.file} (${match.entry.id}). To change its answer, edit the entry.`, 'Open Entry').then((choice) => (choice === undefined ? undefined : vscode.window.showTextDocument(uri)));
    }
    return { status: 'already_there', message: `The library already has this question: ${match.entry.file}.`, entryUri: uri, entryId: match.entry.id };
  }
  const { yesno } = deps.library.splitAnswer(answered.answer);
  let choice: Choice | undefined;
  if (options.choice !== undefined) {
    const wanted = options.choice;
    const entry = 'variantOf' in wanted ? current.entries.find((e) => e.id === wanted.variantOf) : undefined;
    if ('variantOf' in wanted && entry === undefined) {
      return finish({ status: 'refused', message: `The library has no entry "${wanted.variantOf}".` });
    }
    // A topic given by a caller is made a safe folder path; the picker offers only safe ones.
    choice = entry !== undefined ? { kind: 'variant', entry } : { kind: 'new', topic: 'newEntryIn' in wanted ? wanted.newEntryIn.split('/').map(topicFolder).join('/') : undefined };
  } else {
    choice = await pickChoice(question, candidates, yesno);
  }
  if (choice === undefined) {
    return { status: 'cancelled', message: '' };
  }
  if (choice.kind === 'variant') {
    return addAsVariant(services, library, choice.entry, question, options, finish);
  }
  const topic = choice.topic ?? (await pickTopic(library, candidates.map((c) => c.entry.topic)));
  if (topic === undefined) {
    return { status: 'cancelled', message: '' };
  }
  const [draft] = deps.library.importAnswers([answered], []).drafts;
  if (draft === undefined) {
    return finish({ status: 'no_answer', message: `“${clip(item.question)}” has no answer to save.` });
  }
  const ids = new Set(current.entries.map((entry) => entry.id.toLowerCase()));
  const inputs = document.uri.scheme === 'file' ? [document.uri.fsPath] : [];
  // The draft's comment says where it came from: saved by the writer, not imported in bulk.
  const text = (entry: DraftEntry): string => deps.library.draftText(entry).replace('\n# imported from ', '\n# saved from ');
  const created = await createEntryFile(library, topic, { ...draft, topic }, text, ids, inputs);
  if (created.kind === 'refused') {
    return finish({ status: 'refused', message: `Attest did not create ${created.path}: ${created.problem}` });
  }
  services.libraries.forget(created.uri);
  services.logger.info(`Save Answer to Library: created ${created.path} from ${answered.at}`);
  await vscode.window.showTextDocument(created.uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
  const message = `Created ${created.path}: a draft, internal until reviewed. Set its owner, review date and visibility to use it.`;
  if (!options.quiet) {
    void vscode.window.showInformationMessage(message);
  }
  return { status: 'created', message, entryUri: created.uri, entryId: created.draft.id };
}

export async function addAsVariant(services: Services, library: LibraryFolder, entry: LibraryEntry, question: string, options: SaveAnswerOptions, finish: (result: SaveAnswerResult) => SaveAnswerResult): Promise<SaveAnswerResult> {
  const opened = await openEntryForEdit(library, entry);
  if ('problem' in opened) {
    return finish({ status: 'refused', message: `Attest did not add the variant: ${opened.problem}` });
  }
  const document = opened;
  const added = addVariant(document.getText(), question);
  if (added.kind === 'present') {
    return { status: 'already_there', message: `${entry.file} already has “${clip(added.as)}”.`, entryUri: document.uri, entryId: entry.id };
  }
  if (added.kind === 'invalid') {
    return finish({ status: 'refused', message: `Attest did not add the variant: ${entry.file} cannot be edited, because ${added.problem}. Run attest library check.` });
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(added.edit.start), document.positionAt(added.edit.end)), added.edit.newText);
  if (!(await vscode.workspace.applyEdit(edit))) {
    return finish({ status: 'refused', message: `VS Code did not apply the edit to ${entry.file}; nothing was changed.` });
  }
  // Saved so the library reads it at once; the edit stays on the entry's undo stack.
  if (!(await document.save())) {
    // Unsaved, the library does not read the variant: say so rather than report it added.
    services.logger.warn(`Save Answer to Library: ${entry.file} was edited but not saved.`);
    return finish({ status: 'refused', message: `Attest added “${clip(question)}” to ${entry.file} in the editor, but VS Code did not save it, so the library does not use it yet: save the entry, or undo there.`, entryUri: document.uri, entryId: entry.id });
  }
  services.logger.info(`Save Answer to Library: added "${question}" to the variants of ${entry.file}`);
  const message = `Added “${clip(question)}” as a variant of ${entry.id} (${entry.file}).`;
  if (!options.quiet) {
    const openEntry = 'Open Entry';
    const undo = 'Undo';
    void vscode.window.showInformationMessage(message, openEntry, undo).then(async (choice) => {
      if (choice === undefined) {
        return;
      }
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      if (choice === undo) {
        await vscode.commands.executeCommand('undo');
        await document.save();
      }
    });
  }
  return { status: 'added_variant', message, entryUri: document.uri, entryId: entry.id };
}

/**
 * Attest: Review Library Suggestion… — a question the library only comes near (a weak match: a
 * suggestion, never filled) is shown to the writer with the entries it comes near and the answer
 * each would write. When the writer picks the entry that answers it, the question is added to that
 * entry's variants (the same undoable front-matter edit as Save Answer to Library), so this
 * question and any questionnaire asking it the same way is an exact match from then on, and the
 * question is answered by Answer This Question (handed in by the host, LibraryEditingDeps).
 *
 * Nothing is written without the writer's pick. A close match the matcher found not to answer what
 * is asked (another bound, product or polarity, a second question joined by "and": `unmetBound`) is
 * not offered: its reason is shown instead. Internal and draft entries are never offered.
 *
 * Arguments: `(document?: Uri, line?: number, options?: ConfirmSuggestionOptions)`; a CodeLens or
 * a message button passes the question's anchor too, so a question an edit moved is found again.
 */
import * as vscode from 'vscode';
import type { LibraryMatch } from '../../domain/library/match';
import { anchorFor, parseQuestionAnchor, type QuestionAnchor } from '../../domain/questionnaire/anchor';
import { questionShape } from '../../domain/reading';
import type { AnswerQuestionResult } from '../commands/answerQuestion';
import type { Services } from '../services';
import type { LibraryEditingDeps } from './deps';
import { libraryFolderFor } from './libraryFolder';
import { addAsVariant, clip, questionAt } from './saveAnswer';

export interface ConfirmSuggestionOptions {
  /** Skip the picker: this entry answers the question (tests, automation). */
  entry?: string;
  /** No notification; the result says it all. */
  quiet?: boolean;
  /** The question as it was when the lens or button was made. */
  question?: QuestionAnchor;
}

export type ConfirmSuggestionStatus = 'added_variant' | 'already_there' | 'no_question' | 'no_suggestion' | 'cancelled' | 'refused';

export interface ConfirmSuggestionResult {
  status: ConfirmSuggestionStatus;
  message: string;
  entryId?: string;
  entryUri?: vscode.Uri;
  /** The question's line, for answering it once the variant is in. */
  line?: number;
  /** The answer written once the entry was picked (Answer This Question on the same question). */
  answer?: AnswerQuestionResult;
}

function readOptions(value: unknown): ConfirmSuggestionOptions {
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const raw = value as { entry?: unknown; quiet?: unknown; question?: unknown };
  const question = parseQuestionAnchor(raw.question);
  return { ...(typeof raw.entry === 'string' && { entry: raw.entry }), quiet: raw.quiet === true, ...(question !== undefined && { question }) };
}

const YESNO_WORDS = { yes: 'Yes', no: 'No', na: 'N/A' } as const;

/** What the entry writes once the question is its variant: its own Yes/No (for a polar question) and sentence. */
function preview(match: LibraryMatch, polar: boolean): string {
  const { entry } = match;
  const sentence = entry.answer.sentence ?? entry.paragraph.split(/\n\s*\n/)[0] ?? '';
  const yesno = polar && entry.answer.yesno !== undefined ? `${YESNO_WORDS[entry.answer.yesno]}. ` : '';
  return clip(`${yesno}${sentence}`, 160);
}

interface SuggestionItem extends vscode.QuickPickItem {
  match: LibraryMatch;
}

async function pickEntry(question: string, offered: readonly LibraryMatch[], polar: boolean): Promise<LibraryMatch | undefined> {
  const items: SuggestionItem[] = offered.map((match) => ({
    label: `$(library) ${clip(match.entry.question)}`,
    description: `${match.tier} · ${match.score.toFixed(2)} · ${match.entry.file}${polar && match.yesno === 'undetermined' && match.entry.answer.yesno !== undefined ? ` · ⚠ check its ${YESNO_WORDS[match.entry.answer.yesno]}: ${match.yesnoReason ?? ''}` : ''}`,
    detail: `Writes: ${preview(match, polar)}`,
    match,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Attest: which library entry answers “${clip(question, 60)}”? It becomes the entry's variant and is answered.`,
    placeHolder: 'Pick the entry whose answer is true for the question as asked (Escape leaves it for a person)',
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.match;
}

export async function confirmLibrarySuggestion(services: Services, deps: LibraryEditingDeps, target?: unknown, lineArgument?: unknown, optionsArgument?: unknown): Promise<ConfirmSuggestionResult> {
  const options = readOptions(optionsArgument);
  const finish = (result: ConfirmSuggestionResult): ConfirmSuggestionResult => {
    if (!options.quiet && result.message !== '') {
      void vscode.window.showWarningMessage(result.message);
    }
    return result;
  };
  const editor = vscode.window.activeTextEditor;
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : editor?.document;
  let line = typeof lineArgument === 'number' ? lineArgument : editor !== undefined && editor.document === document ? editor.selection.active.line : undefined;
  if (document !== undefined && options.question !== undefined) {
    // A lens may be clicked after an edit moved its question: it is found by its anchor.
    const resolved = deps.resolveTarget(document, { kind: 'question', anchor: options.question });
    if (resolved.kind !== 'question') {
      return finish({ status: 'no_question', message: `Attest: ${resolved.kind === 'refused' ? resolved.problem : 'the question is no longer a question'}.` });
    }
    line = resolved.item.line;
  }
  const open = document === undefined ? undefined : deps.readOpenQuestionnaire(document);
  const item = open === undefined || line === undefined ? undefined : questionAt(open.read.items, line);
  if (document === undefined || open === undefined || item === undefined) {
    return finish({ status: 'no_question', message: 'Put the cursor on a question of a Markdown, CSV or text questionnaire, then run Review Library Suggestion.' });
  }
  const library = await libraryFolderFor(document.uri);
  if ('problem' in library) {
    return finish({ status: 'refused', message: `Attest did not change the library: ${library.problem}` });
  }
  const current = await services.libraries.forResource(document.uri);
  if (current.problem !== undefined) {
    return finish({ status: 'refused', message: `Attest did not change the library: ${current.problem}` });
  }
  const question = item.question.replace(/\s+/g, ' ').trim();
  const polar = questionShape(question) === 'polar';
  const { match, candidates } = deps.library.matchLibrary(deps.library.buildLibraryIndex(current.entries), question, { polar });
  const answered = item.answer.existing.trim() !== '';
  const answer = async (): Promise<AnswerQuestionResult> => deps.answerQuestion(document.uri, item.line, { question: anchorFor(open.read.items, item) });
  if (match?.tier === 'exact') {
    // Nothing to confirm; an unanswered question is answered, an answered one left as it is.
    const message = `The library already has this question: ${match.entry.file} (${match.entry.id}).`;
    if (!options.quiet) {
      void vscode.window.showInformationMessage(message);
    }
    return { status: 'already_there', message, entryId: match.entry.id, ...(!answered && { answer: await answer() }) };
  }
  const offered = candidates.filter((candidate) => candidate.writable && candidate.unmetBound === undefined);
  const chosen = options.entry === undefined ? undefined : offered.find((candidate) => candidate.entry.id === options.entry);
  if (offered.length === 0 || (options.entry !== undefined && chosen === undefined)) {
    const unmet = candidates.find((candidate) => candidate.unmetBound !== undefined && (options.entry === undefined || candidate.entry.id === options.entry));
    const why =
      unmet !== undefined
        ? `the nearest entry, ${unmet.entry.id}, does not answer it: ${unmet.unmetBound ?? ''}`
        : options.entry !== undefined
          ? `"${options.entry}" is not among the entries that may answer it`
          : 'no library entry that may be written comes near it';
    return finish({ status: 'no_suggestion', message: `Nothing to confirm for “${clip(question)}”: ${why}. Write its answer, then Save Answer to Library.` });
  }
  const picked = chosen ?? (await pickEntry(question, offered, polar));
  if (picked === undefined) {
    return { status: 'cancelled', message: '' };
  }
  const added = await addAsVariant(services, library, picked.entry, question, { quiet: true }, (result) => result);
  if (added.status !== 'added_variant' && added.status !== 'already_there') {
    return finish({ status: 'refused', message: added.message });
  }
  const entryUri = added.entryUri;
  if (entryUri !== undefined) {
    // Read again at once: the answer that follows must see the new variant, not wait for the file watcher.
    services.libraries.forget(entryUri);
  }
  const result: ConfirmSuggestionResult = { status: added.status, message: added.message, entryId: picked.entry.id, ...(entryUri !== undefined && { entryUri }), answer: await answer() };
  if (!options.quiet) {
    void vscode.window.showInformationMessage(`${added.message} From now on this question is an exact match.`, 'Open Entry').then((choice) => (choice === undefined || entryUri === undefined ? undefined : vscode.window.showTextDocument(entryUri, { viewColumn: vscode.ViewColumn.Beside, preview: false })));
  }
  return result;
}

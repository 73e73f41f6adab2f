/**
 * Attest: Import Answers from a Questionnaire… — drafts library entries from a questionnaire
 * someone already answered (issue 12 item 4), as `attest library import` does from the command
 * line: the same domain import, run against the folder's current library.
 *
 * Read (the fill's readers) → import (near-duplicates merged as variants, conflicts reported,
 * questions the library answers left alone) → preview (a QuickPick with a checkbox per draft, its
 * variants and conflicts in the detail; the conflicts also in the report beside and in Output →
 * Attest) → write the ticked drafts under `<library>/<topic>/` under a cancellable progress
 * notification, each through writeFileSafely, never replacing a file. If the questionnaire changed
 * while the preview was open, nothing is written.
 *
 * Arguments: `(questionnaire?: Uri, options?: ImportAnswersOptions)`. The Explorer passes the
 * clicked file (and the selection, ignored); the palette passes nothing: the active tab's file, or
 * a file dialog.
 */
import * as vscode from 'vscode';
import type { DraftEntry, ImportResult } from '../../domain/library/import';
import { draftDetail, importCounts, importReportMarkdown, importSummary, libraryConflicts, topicFolder, type ImportCounts, type ImportOutcome } from '../../domain/library/importPlan';
import type { Services } from '../services';
import type { LibraryEditingDeps } from './deps';
import { showImportReport } from './importReport';
import { importOffThread } from './importWorker';
import { createEntryFile, libraryFolderFor } from './libraryFolder';
import { readAnswers } from './readAnswers';

export interface ImportAnswersOptions {
  /** Skip the preview: write every draft ('all') or the drafts with these ids. */
  choose?: 'all' | readonly string[];
  /** Cancels like the progress notification's Cancel button (checked before each draft is written). */
  token?: vscode.CancellationToken;
  /** No report, no notification with buttons (automation, tests); the result says it all. */
  quiet?: boolean;
  /** Called once the drafts are chosen, before anything is written (tests edit the questionnaire here). */
  beforeWrite?: () => Promise<void>;
}

export type ImportAnswersStatus = 'imported' | 'nothing_to_import' | 'cancelled' | 'changed' | 'refused' | 'unsupported' | 'invalid' | 'read_failed';

export interface ImportAnswersResult {
  status: ImportAnswersStatus;
  /** The one line the user was shown. */
  message: string;
  counts?: ImportCounts;
  /** The files written, as file URIs. */
  written?: vscode.Uri[];
  conflicts?: string[];
  refused?: { path: string; problem: string }[];
  reportUri?: vscode.Uri;
}

const QUESTIONNAIRE_FILTERS = { Questionnaires: ['md', 'markdown', 'csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'docx', 'docm', 'dotx', 'dotm'] };

function readOptions(value: unknown): ImportAnswersOptions {
  // The Explorer passes the selected URIs (an array) here: not options.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof vscode.Uri) {
    return {};
  }
  const raw = value as Record<string, unknown>;
  const token = raw.token as Partial<vscode.CancellationToken> | undefined;
  const choose = raw.choose === 'all' ? 'all' : Array.isArray(raw.choose) ? raw.choose.filter((id): id is string => typeof id === 'string') : undefined;
  return {
    ...(choose !== undefined && { choose }),
    ...(token && typeof token.isCancellationRequested === 'boolean' && { token: token as vscode.CancellationToken }),
    quiet: raw.quiet === true,
    ...(typeof raw.beforeWrite === 'function' && { beforeWrite: raw.beforeWrite as () => Promise<void> }),
  };
}

/** Cancelled when either is (the notification's Cancel, or the caller's token). */
function anyCancelled(first: vscode.CancellationToken, second: vscode.CancellationToken): vscode.CancellationToken {
  const source = new vscode.CancellationTokenSource();
  const cancel = (): void => source.cancel();
  if (first.isCancellationRequested || second.isCancellationRequested) {
    cancel();
  }
  first.onCancellationRequested(cancel);
  second.onCancellationRequested(cancel);
  return source.token;
}

function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) {
    return input.uri;
  }
  return vscode.window.activeTextEditor?.document.uri;
}

function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

interface DraftItem extends vscode.QuickPickItem {
  draft: DraftEntry;
}

/** The preview: one ticked row per draft. Undefined when the writer pressed Escape. */
async function previewDrafts(result: ImportResult, source: string, library: string): Promise<DraftEntry[] | undefined> {
  const items: DraftItem[] = result.drafts.map((draft) => ({
    label: draft.question,
    description: `${topicFolder(draft.topic)}/${draft.id}.md`,
    detail: draftDetail(draft, result.conflicts),
    picked: true,
    draft,
  }));
  const others = [
    result.known.length > 0 ? `${result.known.length} already in the library` : '',
    libraryConflicts(result).length > 0 ? `${libraryConflicts(result).length} conflicting with it (see the report)` : '',
  ].filter((s) => s !== '');
  const picked = await vscode.window.showQuickPick(items, {
    title: `Attest: import ${result.drafts.length} draft entr${result.drafts.length === 1 ? 'y' : 'ies'} from ${source}${others.length > 0 ? ` (${others.join(', ')})` : ''}`,
    placeHolder: `Untick what you do not want; Enter writes the ticked drafts into ${library} (internal until reviewed)`,
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.map((item) => item.draft);
}

export async function importAnswers(services: Services, deps: LibraryEditingDeps, target?: unknown, optionsArgument?: unknown): Promise<ImportAnswersResult> {
  const options = readOptions(optionsArgument);
  const finish = (result: ImportAnswersResult, level: 'info' | 'warning' = 'warning'): ImportAnswersResult => {
    if (!options.quiet && result.message !== '') {
      void (level === 'info' ? vscode.window.showInformationMessage(result.message) : vscode.window.showWarningMessage(result.message));
    }
    return result;
  };
  let picked = target instanceof vscode.Uri ? target : typeof target === 'string' && target !== '' ? vscode.Uri.parse(target) : activeFile();
  if (picked === undefined || !['file', 'untitled'].includes(picked.scheme)) {
    if (options.quiet) {
      return { status: 'unsupported', message: 'Give the answered questionnaire to import.' };
    }
    picked = (
      await vscode.window.showOpenDialog({
        title: 'Attest: choose an answered questionnaire to import into the answer library',
        openLabel: 'Import Answers',
        canSelectMany: false,
        filters: QUESTIONNAIRE_FILTERS,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      })
    )?.[0];
    if (picked === undefined) {
      return { status: 'cancelled', message: '' };
    }
  }
  const source = picked;
  const name = nameOf(source);
  const library = await libraryFolderFor(source);
  if ('problem' in library) {
    return finish({ status: 'refused', message: `Attest did not import ${name}: ${library.problem}` });
  }
  const current = await services.libraries.forResource(source);
  if (current.problem !== undefined) {
    return finish({ status: 'refused', message: `Attest did not import ${name}: ${current.problem}` });
  }
  const read = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Attest: reading ${name}` }, () => readAnswers(source, deps));
  if (read.kind === 'refused') {
    return finish({ status: read.status, message: read.message });
  }
  const withAnswers = read.answered.filter((item) => item.answer.trim() !== '').length;
  if (withAnswers === 0) {
    return finish({
      status: 'nothing_to_import',
      message: read.questions === 0 ? `Attest found no questions in ${name}, so there is nothing to import.` : `None of the ${read.questions} questions in ${name} has an answer yet, so there is nothing to import. Import reads a questionnaire someone already answered.`,
    });
  }
  const compared = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Attest: comparing ${withAnswers} answers from ${name} with the library`, cancellable: true },
    async (_progress, progressToken) => {
      const token = options.token === undefined ? progressToken : anyCancelled(progressToken, options.token);
      return importOffThread(deps.library, read.answered, current.entries, token);
    },
  );
  if (compared === undefined) {
    return finish({ status: 'cancelled', message: `Import cancelled: nothing was written to ${library.relativeRoot}.` }, 'info');
  }
  const result = compared;
  for (const conflict of result.conflicts) {
    services.logger.warn(`Import Answers from ${name}: conflict: ${conflict}`);
  }
  if (current.errors > 0) {
    services.logger.warn(`Import Answers from ${name}: ${current.errors} library entr${current.errors === 1 ? 'y has' : 'ies have'} errors and ${current.errors === 1 ? 'was' : 'were'} not compared (attest library check lists them).`);
  }
  const emptyOutcome: ImportOutcome = { written: [], refused: [], notChosen: 0, cancelled: false };
  const report = async (outcome: ImportOutcome): Promise<vscode.Uri | undefined> => (options.quiet ? undefined : showImportReport(services.context, source, importReportMarkdown(name, library.relativeRoot, result, outcome)));
  if (result.drafts.length === 0) {
    const reportUri = result.conflicts.length > 0 || result.known.length > 0 ? await report(emptyOutcome) : undefined;
    return finish({
      status: 'nothing_to_import',
      message: `Nothing new to import from ${name}: the library already answers its ${result.known.length} answered question${result.known.length === 1 ? '' : 's'}${result.conflicts.length > 0 ? `, and ${result.conflicts.length} of them disagree with it (see the report)` : ''}.`,
      counts: importCounts(result, emptyOutcome),
      conflicts: result.conflicts,
      ...(reportUri !== undefined && { reportUri }),
    });
  }
  // The conflicts are worth reading while choosing: the report opens beside the preview.
  if (result.conflicts.length > 0) {
    await report(emptyOutcome);
  }
  const chosen = options.choose === undefined ? await previewDrafts(result, name, library.relativeRoot) : options.choose === 'all' ? result.drafts : result.drafts.filter((d) => options.choose?.includes(d.id));
  if (chosen === undefined) {
    return finish({ status: 'cancelled', message: `Import cancelled: nothing was written to ${library.relativeRoot}.` }, 'info');
  }
  if (chosen.length === 0) {
    return finish({ status: 'cancelled', message: `No draft was ticked: nothing was written to ${library.relativeRoot}.` }, 'info');
  }
  await options.beforeWrite?.();
  if (!(await read.unchanged())) {
    return finish({ status: 'changed', message: `${name} changed while the import ran, so the drafts may not match it any more: nothing was written. Run Import Answers again.` });
  }
  const outcome: ImportOutcome = { written: [], refused: [], notChosen: result.drafts.length - chosen.length, cancelled: false };
  const writtenUris: vscode.Uri[] = [];
  const ids = new Set(current.entries.map((entry) => entry.id.toLowerCase()));
  // Later drafts must not take an id an earlier one holds.
  result.drafts.forEach((draft) => ids.add(draft.id.toLowerCase()));
  const inputs = source.scheme === 'file' ? [source.fsPath] : [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Attest: writing drafts to ${library.relativeRoot}`, cancellable: true }, async (progress, progressToken) => {
    for (const [index, draft] of chosen.entries()) {
      if (progressToken.isCancellationRequested || options.token?.isCancellationRequested === true) {
        outcome.cancelled = true;
        return;
      }
      progress.report({ message: `${index + 1} of ${chosen.length}: ${draft.id}`, increment: 100 / chosen.length });
      ids.delete(draft.id.toLowerCase());
      const created = await createEntryFile(library, topicFolder(draft.topic), draft, deps.library.draftText, ids, inputs);
      if (created.kind === 'created') {
        outcome.written.push({ draft: created.draft, path: created.path });
        writtenUris.push(created.uri);
        services.logger.info(`Import Answers from ${name}: wrote ${created.path}`);
      } else {
        outcome.refused.push({ draft, path: created.path, problem: created.problem });
        services.logger.warn(`Import Answers from ${name}: ${created.path} not written: ${created.problem}`);
      }
    }
  });
  if (outcome.written.length > 0) {
    // Read the library afresh: the next import (and fill) must see the drafts just written.
    services.libraries.forget(library.folder.uri);
  }
  const reportUri = await report(outcome);
  const summary = `${outcome.cancelled ? 'Import cancelled. ' : ''}${importSummary(result, outcome)}${outcome.written.length > 0 ? ` Drafts are internal until reviewed (in ${library.relativeRoot}).` : ''}`;
  if (!options.quiet) {
    const reveal = 'Reveal in Library';
    const showMessage = outcome.refused.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void showMessage(summary, ...(writtenUris.length > 0 ? [reveal] : [])).then((choice) => (choice === reveal && writtenUris[0] !== undefined ? vscode.commands.executeCommand('revealInExplorer', writtenUris[0]) : undefined));
  }
  return {
    status: outcome.cancelled ? 'cancelled' : 'imported',
    message: summary,
    counts: importCounts(result, outcome),
    written: writtenUris,
    conflicts: result.conflicts,
    refused: outcome.refused.map(({ path, problem }) => ({ path, problem })),
    ...(reportUri !== undefined && { reportUri }),
  };
}

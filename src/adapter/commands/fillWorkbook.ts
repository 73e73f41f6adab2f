/**
 * Attest: Fill Workbook… — answers the questions of an Excel questionnaire (.xlsx/.xlsm) from the
 * assurance profile and writes the result to a new file beside it (`<name>.attest.xlsx`), then
 * opens the coverage report beside the editor. The original workbook is only ever read.
 *
 * Arguments: `(workbook?: Uri, options?: FillWorkbookOptions)`. The explorer's context menu passes
 * the clicked file (and the selection as a second argument, which is ignored); the palette passes
 * nothing, and the command then takes the workbook open in the active tab or asks for one.
 */
import * as vscode from 'vscode';
import { attestEvents } from '../events';
import { renderCoverageMarkdown, summarizeCoverage, type CoverageCounts } from '../../domain/engine/coverage';
import type { Answerer } from '../../domain/answer/types';
import type { Profile } from '../../domain/profile/schema';
import type { FillResult } from '../../domain/workbook';
import { SafeWriteError, writeFileSafely } from '../../io/safeWrite';
import { activeTabUri } from '../questionnaireDocument';
import { coverageReports } from '../questionnaireCoverage';
import type { Services } from '../services';
import { baseName, besideOutput, countsSummary, WORKBOOK_EXTENSIONS, workbookKind } from '../workbookFiles';
import { libraryNote, type FolderLibrary } from '../libraryService';
import { profileForAnswering } from '../questionnaireProfile';
import { loadWorkbookMapping } from '../lazy/workbookMapping';
import type { ColumnChoice } from '../../domain/workbook/choice';
import type { WorkbookMapping } from '../../domain/workbook/mapping';
import { fillWorkbookInWorker, renderReportInWorker, workbookWorkerPath } from '../workbookWorker';
import { loadWorkbookEngine, type WorkbookEngine } from '../lazy/workbook';
import { fileExists, uriOf } from '../uris';

/** The second argument, for automation (tasks, other extensions) and tests. */
export interface FillWorkbookOptions {
  /** true: replace answers already in the workbook; false: fill empty answers only; unset: ask when some are answered. */
  overwrite?: boolean;
  /** Never ask: no file picker, no overwrite question (empty answers only unless `overwrite`), an existing output is replaced. */
  quiet?: boolean;
  /** Where to write instead of `<name>.attest.xlsx` beside the original (never the original itself). */
  output?: vscode.Uri;
  /** Cancels like the progress notification's Cancel button. */
  token?: vscode.CancellationToken;
  /** Show the columns read on every sheet before filling, not only when the reader is unsure (Review Workbook Columns). */
  reviewColumns?: boolean;
}

export type FillWorkbookStatus =
  | 'filled'
  | 'cancelled'
  | 'no_workbook'
  | 'unsupported'
  | 'no_profile'
  | 'invalid_workbook'
  | 'read_failed'
  | 'write_failed'
  | 'failed';

export interface FillWorkbookResult {
  status: FillWorkbookStatus;
  /** The one line the user was shown (empty when nothing was said, e.g. the picker was dismissed). */
  message: string;
  /** The engine's code when the workbook could not be read (`corrupt`, `legacy_xls`, `no_questions`…). */
  code?: string;
  outputUri?: vscode.Uri;
  reportUri?: vscode.Uri;
  counts?: CoverageCounts;
}

export function readFillOptions(value: unknown): FillWorkbookOptions {
  // The explorer passes the selected URIs (an array) here: not options.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof vscode.Uri) {
    return {};
  }
  const raw = value as Record<string, unknown>;
  const token = raw.token as Partial<vscode.CancellationToken> | undefined;
  return {
    overwrite: typeof raw.overwrite === 'boolean' ? raw.overwrite : undefined,
    quiet: raw.quiet === true,
    output: raw.output instanceof vscode.Uri ? raw.output : undefined,
    reviewColumns: raw.reviewColumns === true,
    token: token && typeof token.isCancellationRequested === 'boolean' ? (token as vscode.CancellationToken) : undefined,
  };
}

/** The workbook in the active tab (an .xlsx opens in a binary or custom editor), if it is one. */
function activeWorkbook(): vscode.Uri | undefined {
  const uri = activeTabUri();
  return uri && workbookKind(uri) !== 'other' ? uri : undefined;
}

async function pickWorkbook(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Attest: choose the questionnaire workbook to fill',
    openLabel: 'Fill with Attest',
    canSelectMany: false,
    canSelectFolders: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { 'Excel workbooks': [...WORKBOOK_EXTENSIONS] },
  });
  return picked?.[0];
}

/** Progress steps are reported at most this often (a 10,000-row fill calls back 10,000 times). */
const PROGRESS_EVERY_MS = 100;

interface FillRun {
  engine: WorkbookEngine;
  bytes: Uint8Array;
  /** For the worker, which builds its own answerer from it. */
  profile: Profile;
  answerer: Answerer;
  today: string;
  name: string;
  /** Lines for the top of the coverage report (the profile's own notices). */
  notes: string[];
  /** The folder's answer library (entries for the worker; its source is in `answerer`). */
  library: FolderLibrary;
  /** The writer's corrected columns, remembered beside the workbook. */
  mapping?: WorkbookMapping;
  /** Shows the columns read when the reader is unsure, and takes corrections (not in quiet mode). */
  reviewColumns?: (choices: ColumnChoice[]) => Promise<WorkbookMapping | 'cancelled' | undefined>;
  token?: vscode.CancellationToken;
}

/** One fill under a cancellable progress notification; undefined when cancelled. */
async function runFill(run: FillRun, overwrite: boolean, askOverwrite: ((answered: number, total: number) => Promise<boolean | undefined>) | undefined): Promise<FillResult | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Attest: filling ${run.name}`, cancellable: true },
    async (progress, progressToken) => {
      const signal = {
        get aborted(): boolean {
          return progressToken.isCancellationRequested || run.token?.isCancellationRequested === true;
        },
      };
      progress.report({ message: 'reading the workbook…' });
      let reported = 0;
      let lastReport = 0;
      const onProgress = (done: number, total: number): void => {
        const now = Date.now();
        if (now - lastReport < PROGRESS_EVERY_MS && done < total) {
          return;
        }
        lastReport = now;
        const percent = (done / total) * 100;
        progress.report({ message: `${done} of ${total} questions`, increment: percent - reported });
        reported = percent;
      };
      const title = `Coverage of ${run.name}`;
      try {
        // Off the host's event loop when the worker bundle is there; Cancel then stops the worker at once.
        const workerPath = workbookWorkerPath();
        if (workerPath !== undefined) {
          const fill = fillWorkbookInWorker(workerPath, run.engine, {
            bytes: run.bytes,
            profile: run.profile,
            today: run.today,
            overwrite,
            ...(askOverwrite !== undefined && { askOverwrite }),
            title,
            notes: run.notes,
            library: run.library.entries,
            ...(run.mapping !== undefined && { mapping: run.mapping }),
            ...(run.reviewColumns !== undefined && { reviewColumns: run.reviewColumns }),
            onProgress,
            isCancelled: () => signal.aborted,
          });
          const cancellations = [progressToken.onCancellationRequested(() => fill.cancel()), run.token?.onCancellationRequested(() => fill.cancel())];
          if (signal.aborted) {
            fill.cancel();
          }
          try {
            return await fill.result;
          } finally {
            cancellations.forEach((subscription) => subscription?.dispose());
          }
        }
        return await run.engine.fillWorkbook(run.bytes, run.answerer, {
          today: run.today,
          overwrite,
          ...(askOverwrite !== undefined && { askOverwrite }),
          ...(run.mapping !== undefined && { mapping: run.mapping }),
          ...(run.reviewColumns !== undefined && { reviewColumns: run.reviewColumns }),
          signal,
          title,
          notes: run.notes,
          onProgress,
        });
      } catch (error) {
        if (error instanceof run.engine.FillCancelled) {
          return undefined;
        }
        throw error;
      }
    },
  );
}

/** The save dialog's filter names. */
const FILE_KINDS: Record<string, string> = {
  xlsx: 'Excel workbook',
  xlsm: 'Excel macro-enabled workbook',
  docx: 'Word document',
  docm: 'Word macro-enabled document',
  dotx: 'Word template',
  dotm: 'Word macro-enabled template',
};

/** The workspace folders on disk: files are written only inside them. */
function workspaceFolderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
}

export interface ChosenOutput {
  uri: vscode.Uri;
  /** The user (or the automation caller) agreed to replace a file already there. */
  replace: boolean;
}

/** Where to write: beside the original unless that file exists and the user picks another name. */
export async function chooseOutput(source: vscode.Uri, result: { extension: string }, options: FillWorkbookOptions): Promise<ChosenOutput | undefined> {
  if (options.output) {
    return { uri: options.output, replace: true };
  }
  const beside = besideOutput(source, result.extension);
  if (options.quiet) {
    return { uri: beside, replace: true };
  }
  if (!(await fileExists(beside))) {
    // Nothing there now: if a file appears before the write, it is not replaced unasked.
    return { uri: beside, replace: false };
  }
  const replace = 'Replace';
  const saveAs = 'Save As…';
  const choice = await vscode.window.showWarningMessage(
    `${baseName(beside)} already exists.`,
    { modal: true, detail: `Replace it with the newly filled ${result.extension.startsWith('.xls') ? 'workbook' : 'document'}, or save the new one under another name? The original questionnaire is not changed either way.` },
    replace,
    saveAs,
  );
  if (choice === replace) {
    return { uri: beside, replace: true };
  }
  if (choice !== saveAs) {
    return undefined;
  }
  const extension = result.extension.slice(1);
  const picked = await vscode.window.showSaveDialog({
    title: `Attest: save the filled ${extension.startsWith('xls') ? 'workbook' : 'document'} as`,
    defaultUri: beside,
    saveLabel: 'Save filled file',
    filters: { [FILE_KINDS[extension] ?? extension]: [extension] },
  });
  // The save dialog itself asks before it returns a file that exists.
  return picked && { uri: picked, replace: true };
}

/**
 * Through writeFileSafely, as the command line writes: never through a link, never onto the
 * workbook being filled, only inside the workspace, a temporary file renamed into place.
 */
export async function writeWhole(source: vscode.Uri, output: ChosenOutput, bytes: Uint8Array): Promise<string | undefined> {
  const name = baseName(output.uri);
  if (output.uri.scheme !== 'file') {
    return `Attest writes filled workbooks to files on this machine only, and ${name} is not one (${output.uri.scheme}:). Nothing was written.`;
  }
  const folders = workspaceFolderPaths();
  try {
    await writeFileSafely(output.uri.fsPath, bytes, { inputs: source.scheme === 'file' ? [source.fsPath] : [], overwrite: output.replace, within: folders });
    return undefined;
  } catch (error) {
    if (!(error instanceof SafeWriteError)) {
      throw error;
    }
    switch (error.problem) {
      case 'same_as_input':
        return `Attest never writes over the original questionnaire, and ${name} is ${baseName(source)} (or a link to it): choose another name. Nothing was written.`;
      case 'link':
        return `${name} is a symbolic link, and Attest never writes through a link: remove it or choose another name. Nothing was written.`;
      case 'outside':
        return `${name} is outside the workspace folder, and Attest writes only inside it: choose a place in the workspace. Nothing was written.`;
      case 'exists':
        return `${name} appeared while Attest was filling; it was left as it is. Run Fill Workbook again to replace it or choose another name. Nothing was written.`;
      default:
        return `Attest could not write ${name} (${error.message.replace(/^.*: cannot be written \((.*)\)\.$/, '$1')}). Nothing was written.`;
    }
  }
}

/** Reports longer than this are rendered in a worker: 10,000 entries take the host 100–200 ms. */
const RENDER_IN_WORKER_ENTRIES = 1_000;

async function reportMarkdown(result: FillResult, profile: Profile, library: FolderLibrary, today: string, source: vscode.Uri, output: vscode.Uri, overwrite: boolean): Promise<string> {
  const notes = [
    `Filled on ${today} from ${profile.organization.name}'s assurance profile${libraryNote(library)}${overwrite ? ', replacing existing answers' : ''}. The answers are in ${baseName(output)}; ${baseName(source)} itself was not changed.`,
    'Dropdown cells hold one of the values the list allows; the explanation is in the comment column. Read every answer before you send the workbook.',
    ...(result.report.notes ?? []),
  ];
  const report = { ...result.report, notes };
  const workerPath = workbookWorkerPath();
  if (workerPath !== undefined && summarizeCoverage(report).total > RENDER_IN_WORKER_ENTRIES) {
    try {
      return await renderReportInWorker(workerPath, report);
    } catch {
      // Rendering is pure; if the worker fails for any reason, render here.
    }
  }
  return renderCoverageMarkdown(report);
}

/** Shows the outcome's message and returns the result the command gives back. */
export function finish(status: FillWorkbookStatus, message: string, extra: Omit<FillWorkbookResult, 'status' | 'message'> = {}): FillWorkbookResult {
  if (message !== '') {
    if (status === 'cancelled' || status === 'no_workbook' || status === 'unsupported') {
      void vscode.window.showInformationMessage(message);
    } else if (status !== 'no_profile' && status !== 'filled') {
      void vscode.window.showErrorMessage(message);
    }
  }
  return { status, message, ...extra };
}

export async function fillWorkbook(services: Services, target?: unknown, optionsArgument?: unknown): Promise<FillWorkbookResult> {
  const options = readFillOptions(optionsArgument);
  let source = uriOf(target) ?? activeWorkbook();
  if (!source && !options.quiet) {
    source = await pickWorkbook();
    if (!source) {
      return finish('cancelled', '');
    }
  }
  if (!source) {
    return finish('no_workbook', 'Choose an Excel workbook (.xlsx or .xlsm) to fill: right-click it in the Explorer and pick Attest: Fill Workbook….');
  }
  const name = baseName(source);
  const kind = workbookKind(source);
  if (kind === 'legacy_xls') {
    return finish('invalid_workbook', `Attest could not fill ${name}: it is an old-format Excel file (.xls). Open it in Excel or LibreOffice, save it as .xlsx, and try again.`, { code: 'legacy_xls' });
  }
  if (kind === 'other') {
    return finish('unsupported', `Fill Workbook works on Excel workbooks (.xlsx, .xlsm), and ${name} is not one. For Markdown, CSV or text questionnaires, use Attest: Fill Questionnaire.`);
  }

  const found = await profileForAnswering(services, source, { purpose: 'fills workbooks', wizard: 'open' });
  if (!found.profile) {
    return finish('no_profile', found.message);
  }
  const profile = found.profile;

  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(source);
  } catch (error) {
    services.logger.warn(`Fill Workbook: cannot read ${source.toString()}: ${String(error)}`);
    return finish('read_failed', `Attest could not read ${name}${error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? ': there is no such file' : ''}.`);
  }

  const mappings = await loadWorkbookMapping();
  const beside = await mappings.mappingBeside(source);
  if (beside.problem !== undefined) {
    // The writer corrected these columns: filling with columns read afresh would undo that.
    return finish('invalid_workbook', `Attest did not fill ${name}: its column mapping ${vscode.workspace.asRelativePath(mappings.mappingPathFor(source.fsPath))} is not valid (${beside.problem}). Fix or delete it, then fill again.`, { code: 'mapping' });
  }
  const engine = await loadWorkbookEngine();
  const library = await services.libraries.forResource(source);
  const run: FillRun = {
    engine,
    bytes,
    profile,
    answerer: engine.answererFor(profile, ...(library.source ? [library.source] : [])),
    today: services.clock.today(),
    name,
    notes: engine.profileNotices(profile),
    library,
    ...(beside.mapping !== undefined && { mapping: beside.mapping }),
    ...(!options.quiet && { reviewColumns: (choices: ColumnChoice[]) => mappings.reviewWorkbookColumns(source, choices, { always: options.reviewColumns === true, within: workspaceFolderPaths() }) }),
    token: options.token,
  };
  let overwrite = options.overwrite === true;
  let result: FillResult | undefined;
  // Asked once the workbook is read and before anything is composed, so the fill runs once either way.
  const askOverwrite =
    options.overwrite === undefined && !options.quiet
      ? async (answered: number, total: number): Promise<boolean | undefined> => {
          const keep = 'Keep Existing Answers';
          const replace = 'Overwrite Them';
          const choice = await vscode.window.showWarningMessage(
            `${answered} of the ${total} questions in ${name} already ${answered === 1 ? 'has an answer' : 'have answers'}.`,
            { modal: true, detail: 'Keep them, or replace them with answers from the profile where it has one? Formula cells are never replaced, and the original workbook is not changed either way.' },
            keep,
            replace,
          );
          if (choice === replace) {
            overwrite = true;
          }
          return choice === undefined ? undefined : choice === replace;
        }
      : undefined;
  try {
    result = await runFill(run, overwrite, askOverwrite);
  } catch (error) {
    if (error instanceof engine.WorkbookError) {
      services.logger.warn(`Fill Workbook: ${source.toString()}: ${error.code}${error.detail ? ` (${error.detail})` : ''}`);
      return finish('invalid_workbook', `Attest could not fill ${name}: ${error.message}`, { code: error.code });
    }
    services.logger.error(`Fill Workbook: ${source.toString()}: ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    return finish('failed', `Attest could not fill ${name} because of an unexpected error; the details are in Output → Attest. Nothing was written.`);
  }
  if (!result) {
    return finish('cancelled', `Fill cancelled: nothing was written, and ${name} was not changed.`);
  }

  const chosen = await chooseOutput(source, result, options);
  if (!chosen) {
    return finish('cancelled', 'Fill cancelled: nothing was written.');
  }
  const output = chosen.uri;
  let refusal: string | undefined;
  try {
    refusal = await writeWhole(source, chosen, result.bytes);
  } catch (error) {
    services.logger.warn(`Fill Workbook: cannot write ${output.toString()}: ${String(error)}`);
    refusal = `Attest could not write ${baseName(output)} (is the folder read-only, or the file open in another program?). Nothing was written.`;
  }
  if (refusal !== undefined) {
    services.logger.warn(`Fill Workbook: did not write ${output.toString()}: ${refusal}`);
    return finish('write_failed', refusal);
  }

  const counts = summarizeCoverage(result.report);
  attestEvents.questionnaireFilled({ uri: output, count: counts.answered });
  const report = await coverageReports(services.context).show(source, await reportMarkdown(result, profile, run.library, run.today, source, output, overwrite));
  const summary = countsSummary(counts);
  const message = `Attest filled ${name} into ${baseName(output)}: ${summary}.`;
  services.logger.info(`Filled ${source.toString()} into ${output.toString()}: ${summary}.`);
  const reveal = 'Reveal in Explorer';
  void vscode.window.showInformationMessage(message, reveal).then((choice) => (choice === reveal ? vscode.commands.executeCommand('revealInExplorer', output) : undefined));
  return finish('filled', message, { outputUri: output, reportUri: report.uri, counts });
}

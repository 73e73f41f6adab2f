/**
 * The one editor flow for questionnaires that are packages (an Excel workbook, a Word document):
 * choose the file, get the profile and the folder's library, read the bytes, ask once about
 * answers already there, fill under a cancellable progress notification, choose where the copy
 * goes (`<name>.attest.<ext>` beside the original), write it safely, open the coverage report and
 * announce the fill. The original is only ever read. What differs per format (which files, how the
 * fill runs: the workbook in its worker with the column mapping, Word in process) is a
 * `PackageFormat` (fillWorkbook.ts, fillWordDocument.ts).
 *
 * Arguments: `(file?: Uri, options?: PackageFillOptions)`. The Explorer passes the clicked file (and
 * the selection as a second argument, which is ignored); the palette passes nothing, and the
 * command then takes the file open in the active tab or asks for one.
 */
import * as vscode from 'vscode';
import { renderCoverageMarkdown, summarizeCoverage, type CoverageCounts, type CoverageReport } from '../../domain/engine/coverage';
import type { Profile } from '../../domain/profile/schema';
import { SafeWriteError, writeFileSafely } from '../../io/safeWrite';
import { attestEvents } from '../events';
import { libraryNote, type FolderLibrary } from '../libraryService';
import { activeTabUri } from '../questionnaireDocument';
import { coverageReports } from '../questionnaireCoverage';
import { profileForAnswering, type AnsweringOptions } from '../questionnaireProfile';
import type { Services } from '../services';
import { fileExists, uriOf } from '../uris';
import { baseName, besideOutput, countsSummary } from '../workbookFiles';

/** The second argument, for automation (tasks, other extensions) and tests. */
export interface PackageFillOptions {
  /** true: replace answers already there; false: fill empty answers only; unset: ask when some are answered. */
  overwrite?: boolean;
  /** Never ask: no file picker, no overwrite question (empty answers only unless `overwrite`), an existing output is replaced. */
  quiet?: boolean;
  /** Where to write instead of `<name>.attest.<ext>` beside the original (never the original itself). */
  output?: vscode.Uri;
  /** Cancels like the progress notification's Cancel button. */
  token?: vscode.CancellationToken;
  /** Workbooks: show the columns read on every sheet before filling, not only when the reader is unsure. */
  reviewColumns?: boolean;
}

export type PackageFillStatus = 'filled' | 'cancelled' | 'no_workbook' | 'unsupported' | 'no_profile' | 'invalid_workbook' | 'read_failed' | 'write_failed' | 'failed';

export interface PackageFillResult {
  status: PackageFillStatus;
  /** The one line the user was shown (empty when nothing was said, e.g. the picker was dismissed). */
  message: string;
  /** The reader's code when the file could not be read (`corrupt`, `legacy_xls`, `no_questions`…). */
  code?: string;
  outputUri?: vscode.Uri;
  reportUri?: vscode.Uri;
  counts?: CoverageCounts;
}

/** What a format's fill hands back. */
export interface PackageFilled {
  bytes: Uint8Array;
  report: CoverageReport;
  /** The extension the copy needs (`.xlsm` and `.docm` keep their macros). */
  extension: string;
}

/** Everything a format's fill gets, once the file is read. */
export interface PackageRun {
  services: Services;
  source: vscode.Uri;
  name: string;
  bytes: Uint8Array;
  profile: Profile;
  library: FolderLibrary;
  today: string;
  options: PackageFillOptions;
  /** "Coverage of <name>". */
  title: string;
  /** Asked once after reading when some questions have answers (undefined in quiet mode or when `overwrite` is set). */
  askOverwrite?: (answered: number, total: number) => Promise<boolean | undefined>;
  overwrite: boolean;
  signal: { readonly aborted: boolean };
  onProgress: (done: number, total: number) => void;
  /** The progress notification's own token (a worker is stopped at once on it). */
  progressToken: vscode.CancellationToken;
}

export interface PackageFormat {
  /** "Fill Workbook", for logs and messages. */
  command: string;
  /** "workbook" or "document". */
  noun: string;
  /** How the profile messages say what Attest does. */
  purpose: NonNullable<AnsweringOptions['purpose']>;
  kindOf(uri: vscode.Uri): 'supported' | 'legacy' | 'other';
  /** Old binary formats: the message and its code. */
  legacy: (name: string) => { message: string; code: string };
  unsupported: (name: string) => string;
  noFile: string;
  pick(): Promise<vscode.Uri | undefined>;
  /** Why the fill cannot start (a malformed mapping file), before anything is read into the engine. */
  refuse?(source: vscode.Uri, name: string): Promise<{ message: string; code: string } | undefined>;
  /** The overwrite question's detail line. */
  overwriteDetail: string;
  /** Runs the fill; undefined when cancelled. */
  fill(run: PackageRun): Promise<PackageFilled | undefined>;
  /** The reader's own errors: a one-line message and a code (anything else is unexpected). */
  readError(error: unknown): { message: string; code: string; detail?: string } | undefined;
  /** A line for the report after "Filled on …", about this format. */
  reportHint: string;
  /** Renders the report (a workbook's large reports render in a worker). */
  render?(report: CoverageReport): Promise<string>;
}

export function readFillOptions(value: unknown): PackageFillOptions {
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
    token: token && typeof token.isCancellationRequested === 'boolean' ? (token as vscode.CancellationToken) : undefined,
    reviewColumns: raw.reviewColumns === true,
  };
}

/** Progress steps are reported at most this often (a 10,000-row fill calls back 10,000 times). */
const PROGRESS_EVERY_MS = 100;

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
export function workspaceFolderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
}

interface ChosenOutput {
  uri: vscode.Uri;
  /** The user (or the automation caller) agreed to replace a file already there. */
  replace: boolean;
}

/** Where to write: beside the original unless that file exists and the user picks another name. */
async function chooseOutput(source: vscode.Uri, filled: PackageFilled, noun: string, options: PackageFillOptions): Promise<ChosenOutput | undefined> {
  if (options.output) {
    return { uri: options.output, replace: true };
  }
  const beside = besideOutput(source, filled.extension);
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
    { modal: true, detail: `Replace it with the newly filled ${noun}, or save the new one under another name? The original questionnaire is not changed either way.` },
    replace,
    saveAs,
  );
  if (choice === replace) {
    return { uri: beside, replace: true };
  }
  if (choice !== saveAs) {
    return undefined;
  }
  const extension = filled.extension.slice(1);
  const picked = await vscode.window.showSaveDialog({
    title: `Attest: save the filled ${noun} as`,
    defaultUri: beside,
    saveLabel: `Save filled ${noun}`,
    filters: { [FILE_KINDS[extension] ?? extension]: [extension] },
  });
  // The save dialog itself asks before it returns a file that exists.
  return picked && { uri: picked, replace: true };
}

/**
 * Through writeFileSafely, as the command line writes: never through a link, never onto the
 * questionnaire being filled, only inside the workspace, a temporary file renamed into place.
 */
async function writeWhole(source: vscode.Uri, output: ChosenOutput, bytes: Uint8Array, command: string): Promise<string | undefined> {
  const name = baseName(output.uri);
  if (output.uri.scheme !== 'file') {
    return `Attest writes filled questionnaires to files on this machine only, and ${name} is not one (${output.uri.scheme}:). Nothing was written.`;
  }
  try {
    await writeFileSafely(output.uri.fsPath, bytes, { inputs: source.scheme === 'file' ? [source.fsPath] : [], overwrite: output.replace, within: workspaceFolderPaths() });
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
        return `${name} appeared while Attest was filling; it was left as it is. Run ${command} again to replace it or choose another name. Nothing was written.`;
      default:
        return `Attest could not write ${name} (${error.message.replace(/^.*: cannot be written \((.*)\)\.$/, '$1')}). Nothing was written.`;
    }
  }
}

/** Shows the outcome's message and returns the result the command gives back. */
function finish(status: PackageFillStatus, message: string, extra: Omit<PackageFillResult, 'status' | 'message'> = {}): PackageFillResult {
  if (message !== '') {
    if (status === 'cancelled' || status === 'no_workbook' || status === 'unsupported') {
      void vscode.window.showInformationMessage(message);
    } else if (status !== 'no_profile' && status !== 'filled') {
      void vscode.window.showErrorMessage(message);
    }
  }
  return { status, message, ...extra };
}

/** The file the command is about: its argument, the active tab, or one the user picks. */
async function chooseSource(format: PackageFormat, target: unknown, options: PackageFillOptions): Promise<vscode.Uri | 'cancelled' | undefined> {
  const given = uriOf(target);
  if (given) {
    return given;
  }
  const active = activeTabUri();
  if (active && format.kindOf(active) !== 'other') {
    return active;
  }
  if (options.quiet) {
    return undefined;
  }
  return (await format.pick()) ?? 'cancelled';
}

/** One fill under a cancellable progress notification, with its progress reported at most every 100 ms. */
async function underProgress(format: PackageFormat, base: Omit<PackageRun, 'signal' | 'onProgress' | 'progressToken'>): Promise<PackageFilled | undefined> {
  return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Attest: filling ${base.name}`, cancellable: true }, async (progress, progressToken) => {
    const signal = {
      get aborted(): boolean {
        return progressToken.isCancellationRequested || base.options.token?.isCancellationRequested === true;
      },
    };
    progress.report({ message: `reading the ${format.noun}…` });
    let reported = 0;
    let lastReport = 0;
    const onProgress = (done: number, total: number): void => {
      const now = Date.now();
      if (now - lastReport < PROGRESS_EVERY_MS && done < total) {
        return;
      }
      lastReport = now;
      const percent = (done / Math.max(total, 1)) * 100;
      progress.report({ message: `${done} of ${total} questions`, increment: percent - reported });
      reported = percent;
    };
    return format.fill({ ...base, signal, onProgress, progressToken });
  });
}

export async function fillPackage(services: Services, format: PackageFormat, target: unknown, optionsArgument: unknown): Promise<PackageFillResult> {
  const options = readFillOptions(optionsArgument);
  const source = await chooseSource(format, target, options);
  if (source === 'cancelled') {
    return finish('cancelled', '');
  }
  if (!source) {
    return finish('no_workbook', format.noFile);
  }
  const name = baseName(source);
  const kind = format.kindOf(source);
  if (kind === 'legacy') {
    const { message, code } = format.legacy(name);
    return finish('invalid_workbook', message, { code });
  }
  if (kind === 'other') {
    return finish('unsupported', format.unsupported(name));
  }
  const found = await profileForAnswering(services, source, { purpose: format.purpose, wizard: 'open' });
  if (!found.profile) {
    return finish('no_profile', found.message);
  }
  const profile = found.profile;
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(source);
  } catch (error) {
    services.logger.warn(`${format.command}: cannot read ${source.toString()}: ${String(error)}`);
    return finish('read_failed', `Attest could not read ${name}${error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? ': there is no such file' : ''}.`);
  }
  const refusal = await format.refuse?.(source, name);
  if (refusal !== undefined) {
    return finish('invalid_workbook', refusal.message, { code: refusal.code });
  }
  const library = await services.libraries.forResource(source);
  let overwrite = options.overwrite === true;
  // Asked once the file is read and before anything is composed, so the fill runs once either way.
  const askOverwrite =
    options.overwrite === undefined && !options.quiet
      ? async (answered: number, total: number): Promise<boolean | undefined> => {
          const keep = 'Keep Existing Answers';
          const replace = 'Overwrite Them';
          const choice = await vscode.window.showWarningMessage(
            `${answered} of the ${total} questions in ${name} already ${answered === 1 ? 'has an answer' : 'have answers'}.`,
            { modal: true, detail: format.overwriteDetail },
            keep,
            replace,
          );
          if (choice === replace) {
            overwrite = true;
          }
          return choice === undefined ? undefined : choice === replace;
        }
      : undefined;
  const today = services.clock.today();
  let filled: PackageFilled | undefined;
  try {
    filled = await underProgress(format, { services, source, name, bytes, profile, library, today, options, title: `Coverage of ${name}`, overwrite, ...(askOverwrite !== undefined && { askOverwrite }) });
  } catch (error) {
    const known = format.readError(error);
    if (known !== undefined) {
      services.logger.warn(`${format.command}: ${source.toString()}: ${known.code}${known.detail ? ` (${known.detail})` : ''}`);
      return finish('invalid_workbook', `Attest could not fill ${name}: ${known.message}`, { code: known.code });
    }
    services.logger.error(`${format.command}: ${source.toString()}: ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    return finish('failed', `Attest could not fill ${name} because of an unexpected error; the details are in Output → Attest. Nothing was written.`);
  }
  if (!filled) {
    return finish('cancelled', `Fill cancelled: nothing was written, and ${name} was not changed.`);
  }

  const chosen = await chooseOutput(source, filled, format.noun, options);
  if (!chosen) {
    return finish('cancelled', 'Fill cancelled: nothing was written.');
  }
  const output = chosen.uri;
  let writeRefusal: string | undefined;
  try {
    writeRefusal = await writeWhole(source, chosen, filled.bytes, format.command);
  } catch (error) {
    services.logger.warn(`${format.command}: cannot write ${output.toString()}: ${String(error)}`);
    writeRefusal = `Attest could not write ${baseName(output)} (is the folder read-only, or the file open in another program?). Nothing was written.`;
  }
  if (writeRefusal !== undefined) {
    services.logger.warn(`${format.command}: did not write ${output.toString()}: ${writeRefusal}`);
    return finish('write_failed', writeRefusal);
  }

  const counts = summarizeCoverage(filled.report);
  attestEvents.questionnaireFilled({ uri: output, count: counts.answered });
  const notes = [
    `Filled on ${today} from ${profile.organization.name}'s assurance profile${libraryNote(library)}${overwrite ? ', replacing existing answers' : ''}. The answers are in ${baseName(output)}; ${name} itself was not changed.`,
    format.reportHint,
    ...(filled.report.notes ?? []),
  ];
  const report = { ...filled.report, notes };
  const markdown = format.render ? await format.render(report) : renderCoverageMarkdown(report);
  const shown = await coverageReports(services.context).show(source, markdown);
  const summary = countsSummary(counts);
  const message = `Attest filled ${name} into ${baseName(output)}: ${summary}.`;
  services.logger.info(`Filled ${source.toString()} into ${output.toString()}: ${summary}.`);
  const reveal = 'Reveal in Explorer';
  void vscode.window.showInformationMessage(message, reveal).then((choice) => (choice === reveal ? vscode.commands.executeCommand('revealInExplorer', output) : undefined));
  return finish('filled', message, { outputUri: output, reportUri: shown.uri, counts });
}

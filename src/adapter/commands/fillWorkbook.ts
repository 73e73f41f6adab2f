/**
 * Attest: Fill Workbook… — answers the questions of an Excel questionnaire (.xlsx/.xlsm) from the
 * profile and the answer library into a new file beside it (`<name>.attest.xlsx`), through the one
 * package flow (packageFill.ts). What is the workbook's own: the fill runs in a worker thread (the
 * host never runs the reader; Cancel stops the worker at once), the columns remembered beside the
 * workbook are used, and the columns read are shown for correction when the reader is unsure
 * (always with `reviewColumns`, the "Checking Its Columns First" command).
 */
import * as vscode from 'vscode';
import type { CoverageReport } from '../../domain/engine/coverage';
import { renderCoverageMarkdown, summarizeCoverage } from '../../domain/engine/coverage';
import type { ColumnChoice } from '../../domain/workbook/choice';
import { loadWorkbookEngine } from '../lazy/workbook';
import { loadWorkbookMapping } from '../lazy/workbookMapping';
import type { Services } from '../services';
import { WORKBOOK_EXTENSIONS, workbookKind } from '../workbookFiles';
import { fillWorkbookInWorker, renderReportInWorker, workbookWorkerPath } from '../workbookWorker';
import { fillPackage, workspaceFolderPaths, type PackageFillOptions, type PackageFillResult, type PackageFormat, type PackageRun } from './packageFill';

export type FillWorkbookOptions = PackageFillOptions;
export type FillWorkbookResult = PackageFillResult;

/** Reports longer than this are rendered in a worker: 10,000 entries take the host 100–200 ms. */
const RENDER_IN_WORKER_ENTRIES = 1_000;

async function fillInWorkerOrHere(run: PackageRun): Promise<Awaited<ReturnType<PackageFormat['fill']>>> {
  const engine = await loadWorkbookEngine();
  const mappings = await loadWorkbookMapping();
  const beside = await mappings.mappingBeside(run.source);
  const reviewColumns = run.options.quiet ? undefined : (choices: ColumnChoice[]) => mappings.reviewWorkbookColumns(run.source, choices, { always: run.options.reviewColumns === true, within: workspaceFolderPaths() });
  const notes = engine.profileNotices(run.profile);
  try {
    // Off the host's event loop when the worker bundle is there; Cancel then stops the worker at once.
    const workerPath = workbookWorkerPath();
    if (workerPath !== undefined) {
      const fill = fillWorkbookInWorker(workerPath, engine, {
        bytes: run.bytes,
        profile: run.profile,
        today: run.today,
        overwrite: run.overwrite,
        ...(run.askOverwrite !== undefined && { askOverwrite: run.askOverwrite }),
        title: run.title,
        notes,
        library: run.library.entries,
        ...(beside.mapping !== undefined && { mapping: beside.mapping }),
        ...(reviewColumns !== undefined && { reviewColumns }),
        onProgress: run.onProgress,
        isCancelled: () => run.signal.aborted,
      });
      const cancellations = [run.progressToken.onCancellationRequested(() => fill.cancel()), run.options.token?.onCancellationRequested(() => fill.cancel())];
      if (run.signal.aborted) {
        fill.cancel();
      }
      try {
        return await fill.result;
      } finally {
        cancellations.forEach((subscription) => subscription?.dispose());
      }
    }
    return await engine.fillWorkbook(run.bytes, engine.answererFor(run.profile, ...(run.library.source ? [run.library.source] : [])), {
      today: run.today,
      overwrite: run.overwrite,
      ...(run.askOverwrite !== undefined && { askOverwrite: run.askOverwrite }),
      ...(beside.mapping !== undefined && { mapping: beside.mapping }),
      ...(reviewColumns !== undefined && { reviewColumns }),
      signal: run.signal,
      title: run.title,
      notes,
      onProgress: run.onProgress,
    });
  } catch (error) {
    if (error instanceof engine.FillCancelled) {
      return undefined;
    }
    throw error;
  }
}

async function renderLarge(report: CoverageReport): Promise<string> {
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

/** Set by the first fill: the workbook engine's error class (the engine loads on first use). */
let workbookErrorClass: (new (...args: never[]) => Error & { code: string; detail?: string }) | undefined;

const WORKBOOK: PackageFormat = {
  command: 'Fill Workbook',
  noun: 'workbook',
  purpose: 'fills workbooks',
  kindOf: (uri) => {
    const kind = workbookKind(uri);
    return kind === 'workbook' ? 'supported' : kind === 'legacy_xls' ? 'legacy' : 'other';
  },
  legacy: (name) => ({ message: `Attest could not fill ${name}: it is an old-format Excel file (.xls). Open it in Excel or LibreOffice, save it as .xlsx, and try again.`, code: 'legacy_xls' }),
  unsupported: (name) => `Fill Workbook works on Excel workbooks (.xlsx, .xlsm), and ${name} is not one. For Markdown, CSV or text questionnaires, use Attest: Fill Questionnaire.`,
  noFile: 'Choose an Excel workbook (.xlsx or .xlsm) to fill: right-click it in the Explorer and pick Attest: Fill Workbook….',
  pick: async () =>
    (
      await vscode.window.showOpenDialog({
        title: 'Attest: choose the questionnaire workbook to fill',
        openLabel: 'Fill with Attest',
        canSelectMany: false,
        canSelectFolders: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        filters: { 'Excel workbooks': [...WORKBOOK_EXTENSIONS] },
      })
    )?.[0],
  refuse: async (source, name) => {
    const mappings = await loadWorkbookMapping();
    const beside = await mappings.mappingBeside(source);
    // The writer corrected these columns: filling with columns read afresh would undo that.
    return beside.problem === undefined
      ? undefined
      : { message: `Attest did not fill ${name}: its column mapping ${vscode.workspace.asRelativePath(mappings.mappingPathFor(source.fsPath))} is not valid (${beside.problem}). Fix or delete it, then fill again.`, code: 'mapping' };
  },
  overwriteDetail: 'Keep them, or replace them with answers from the profile and the library where they have one? Formula cells are never replaced, and the original workbook is not changed either way.',
  fill: async (run) => {
    workbookErrorClass ??= (await loadWorkbookEngine()).WorkbookError;
    return fillInWorkerOrHere(run);
  },
  readError: (error) => (workbookErrorClass !== undefined && error instanceof workbookErrorClass ? { message: error.message, code: error.code, ...(error.detail !== undefined && { detail: error.detail }) } : undefined),
  reportHint: 'Dropdown cells hold one of the values the list allows; the explanation is in the comment column. Read every answer before you send the workbook.',
  render: renderLarge,
};

export function fillWorkbook(services: Services, target?: unknown, optionsArgument?: unknown): Promise<FillWorkbookResult> {
  return fillPackage(services, WORKBOOK, target, optionsArgument);
}

/**
 * The messages between the extension host and the workbook worker (src/worker/workbookFill.ts).
 * The host posts one request as workerData; the worker answers with progress messages and then
 * exactly one `done` or `failed`. Cancel is the host terminating the worker: nothing to say.
 */
import type { CoverageReport } from '../domain/engine/coverage';
import type { LibraryEntry } from '../domain/library/schema';
import type { Profile } from '../domain/profile/schema';
import type { ColumnChoice } from '../domain/workbook/choice';
import type { WorkbookMapping } from '../domain/workbook/mapping';

/** Renders a coverage report as Markdown (a 10,000-question report takes the host 100–200 ms). */
export interface ReportRenderRequest {
  kind: 'render';
  report: CoverageReport;
}

export interface WorkbookFillRequest {
  kind?: 'fill';
  /** The workbook's bytes (its buffer is transferred, not copied). */
  bytes: Uint8Array;
  /** The parsed profile; the worker builds its own answerer from it. */
  profile: Profile;
  today: string;
  /** 'ask': post `answered` when some questions have answers, and wait for the host's `overwrite` reply. */
  overwrite: boolean | 'ask';
  title: string;
  notes?: string[];
  /** The folder's answer library (parsed entries); the worker indexes it as the second answer source. */
  library?: LibraryEntry[];
  /** The writer's corrected columns, from the mapping file beside the workbook. */
  mapping?: WorkbookMapping;
  /** Post `columns` after the first read and wait for the host's ColumnsReply. */
  reviewColumns?: boolean;
}

/** The host's reply to `columns`: a corrected mapping to read again with, none, or cancel. */
export interface ColumnsReply {
  type: 'columns';
  mapping?: WorkbookMapping;
  cancelled?: boolean;
}

/** The host's reply to `answered`. */
export interface OverwriteReply {
  type: 'overwrite';
  overwrite: boolean;
}

export type WorkbookFillMessage =
  | { type: 'progress'; done: number; total: number }
  /** Some questions already have answers: the worker waits for an OverwriteReply (or is terminated to cancel). */
  | { type: 'answered'; answered: number; total: number }
  /** The columns read on each sheet: the worker waits for a ColumnsReply (or is terminated to cancel). */
  | { type: 'columns'; choices: ColumnChoice[] }
  | { type: 'rendered'; markdown: string }
  | { type: 'done'; bytes: Uint8Array; report: CoverageReport; extension: '.xlsx' | '.xlsm' }
  | {
      type: 'failed';
      /** `WorkbookError` (with its code), or anything else (an unexpected error, with its stack). */
      kind: 'workbook' | 'unexpected';
      code?: string;
      message: string;
      detail?: string;
      stack?: string;
    };

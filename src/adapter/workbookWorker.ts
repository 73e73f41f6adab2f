/**
 * Runs a workbook fill in a worker thread (dist/workbookFill.js), off the extension host's event
 * loop: the host only posts the bytes and the profile and receives progress and the result, so it
 * never stalls on a large or hostile workbook, and Cancel terminates the worker at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LibraryEntry } from '../domain/library/schema';
import type { Profile } from '../domain/profile/schema';
import type { WorkbookMapping } from '../domain/workbook/mapping';
import type { FillResult } from '../domain/workbook';
import type { CoverageReport } from '../domain/engine/coverage';
import type { ColumnChoice } from '../domain/workbook/choice';
import type { ColumnsReply, OverwriteReply, ReportRenderRequest, WorkbookFillMessage, WorkbookFillRequest } from '../worker/workbookProtocol';

type WorkbookEngine = typeof import('../domain/workbook');

export interface WorkerFillOptions {
  bytes: Uint8Array;
  profile: Profile;
  today: string;
  overwrite: boolean;
  /** Asked after reading when some questions have answers (see the engine's FillOptions.askOverwrite); `overwrite` applies when unset. */
  askOverwrite?: (answered: number, total: number) => Promise<boolean | undefined>;
  title: string;
  notes?: readonly string[];
  /** The answer library's entries (the worker builds its own index and source from them). */
  library?: readonly LibraryEntry[];
  mapping?: WorkbookMapping;
  /** Shown the columns read after the first read (see the engine's FillOptions.reviewColumns). */
  reviewColumns?: (choices: ColumnChoice[]) => Promise<WorkbookMapping | 'cancelled' | undefined>;
  onProgress?: (done: number, total: number) => void;
  /**
   * Polled after every question and every 50 ms while reading, for callers whose cancellation is
   * a flag rather than an event; when it turns true the fill is cancelled as by `cancel()`.
   */
  isCancelled?: () => boolean;
}

export interface WorkerFill {
  /** The result; rejects with the engine's WorkbookError, FillCancelled, or an Error. */
  result: Promise<FillResult>;
  /** Stops the worker now; `result` rejects with FillCancelled. */
  cancel(): void;
}

/** The worker bundle beside this one (dist/), or undefined when it was not built (then fill in-process). */
export function workbookWorkerPath(): string | undefined {
  const path = join(__dirname, 'workbookFill.js');
  return existsSync(path) ? path : undefined;
}

/** How often a flag-style cancellation is looked at while the worker reads. */
const CANCEL_POLL_MS = 50;

/** Heap for the worker: the read budget keeps a fill under about 300 MB; this is the backstop. */
const WORKER_HEAP_MB = 1024;

export function fillWorkbookInWorker(workerPath: string, engine: WorkbookEngine, options: WorkerFillOptions): WorkerFill {
  // The worker gets its own copy of the bytes, transferred, so the caller's buffer stays usable (a second fill reuses it).
  // Not `slice()`: on a Node Buffer (what workspace.fs.readFile returns) that is a view, and transferring it detached the original.
  const bytes = new Uint8Array(options.bytes);
  const request: WorkbookFillRequest = {
    bytes,
    profile: options.profile,
    today: options.today,
    overwrite: options.askOverwrite === undefined ? options.overwrite : 'ask',
    title: options.title,
    ...(options.notes !== undefined && { notes: [...options.notes] }),
    ...(options.library !== undefined && options.library.length > 0 && { library: [...options.library] }),
    ...(options.mapping !== undefined && { mapping: options.mapping }),
    ...(options.reviewColumns !== undefined && { reviewColumns: true }),
  };
  const worker = new Worker(workerPath, {
    workerData: request,
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  let settled = false;
  let cancel: () => void = () => undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  const result = new Promise<FillResult>((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      if (!settled) {
        settled = true;
        clearInterval(poll);
        outcome();
        void worker.terminate();
      }
    };
    cancel = () => finish(() => reject(new engine.FillCancelled()));
    const cancelIfAsked = (): boolean => {
      if (options.isCancelled?.() === true) {
        cancel();
        return true;
      }
      return false;
    };
    if (options.isCancelled !== undefined) {
      poll = setInterval(cancelIfAsked, CANCEL_POLL_MS);
    }
    worker.on('message', (message: WorkbookFillMessage) => {
      if (settled) {
        return;
      }
      if (message.type === 'rendered') {
        return;
      }
      if (message.type === 'columns') {
        const review = options.reviewColumns;
        if (review === undefined) {
          worker.postMessage({ type: 'columns' } satisfies ColumnsReply);
          return;
        }
        void review(message.choices).then(
          (reviewed) => {
            if (reviewed === 'cancelled') {
              cancel();
            } else if (!settled) {
              worker.postMessage({ type: 'columns', ...(reviewed !== undefined && { mapping: reviewed }) } satisfies ColumnsReply);
            }
          },
          (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
        return;
      }
      if (message.type === 'answered') {
        const ask = options.askOverwrite;
        if (ask === undefined) {
          worker.postMessage({ type: 'overwrite', overwrite: options.overwrite } satisfies OverwriteReply);
          return;
        }
        void ask(message.answered, message.total).then(
          (choice) => {
            if (choice === undefined) {
              cancel();
            } else if (!settled) {
              worker.postMessage({ type: 'overwrite', overwrite: choice } satisfies OverwriteReply);
            }
          },
          (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
        return;
      }
      if (message.type === 'progress') {
        if (!cancelIfAsked()) {
          options.onProgress?.(message.done, message.total);
        }
      } else if (message.type === 'done') {
        finish(() => resolve({ bytes: message.bytes, report: message.report, extension: message.extension }));
      } else if (message.kind === 'workbook') {
        const error = new engine.WorkbookError((message.code ?? 'corrupt') as ConstructorParameters<WorkbookEngine['WorkbookError']>[0], {
          message: message.message,
          ...(message.detail === undefined ? {} : { detail: message.detail }),
        });
        finish(() => reject(error));
      } else {
        const error = new Error(message.message);
        error.stack = message.stack ?? error.stack;
        finish(() => reject(error));
      }
    });
    worker.on('error', (error) => {
      // Out of memory in the worker (the backstop limit) ends the worker, not the extension host.
      const code = (error as { code?: string }).code;
      finish(() =>
        reject(
          code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new engine.WorkbookError('too_large', { message: `This workbook is over a safety limit and was not read: reading it needed more than ${WORKER_HEAP_MB.toLocaleString('en-US')} MB of memory (the limit is ${WORKER_HEAP_MB.toLocaleString('en-US')} MB).`, detail: String(error) })
            : error,
        ),
      );
    });
    worker.on('exit', (exitCode) => {
      finish(() => reject(new Error(`the workbook worker stopped (exit code ${exitCode}) before it answered`)));
    });
  });
  return { result, cancel: () => cancel() };
}

/** The coverage report as Markdown, rendered in a worker (the host only receives the string). */
export function renderReportInWorker(workerPath: string, report: CoverageReport): Promise<string> {
  const request: ReportRenderRequest = { kind: 'render', report };
  const worker = new Worker(workerPath, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (!settled) {
        settled = true;
        outcome();
        void worker.terminate();
      }
    };
    worker.on('message', (message: WorkbookFillMessage) => {
      if (message.type === 'rendered') {
        finish(() => resolve(message.markdown));
      } else if (message.type === 'failed') {
        finish(() => reject(new Error(message.message)));
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (exitCode) => finish(() => reject(new Error(`the report worker stopped (exit code ${exitCode}) before it answered`))));
  });
}

/**
 * The workbook fill as a worker thread (bundled as dist/workbookFill.js), and the rendering of its
 * coverage report (Markdown for thousands of questions is too slow for the host). Reading a workbook is
 * bounded, but even a bounded read of a large file takes seconds of CPU, and in the extension host
 * that would stall every other extension and ignore Cancel until it ended. Here it runs on its
 * own thread; the host terminates the worker to cancel, at once, at any point.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answererFor } from '../domain/engine/source';
import { buildLibraryIndex, librarySource } from '../domain/library';
import { fillWorkbook, WorkbookError } from '../domain/workbook';
import { renderCoverageMarkdown } from '../domain/engine/coverage';
import type { ColumnChoice } from '../domain/workbook/choice';
import type { WorkbookMapping } from '../domain/workbook/mapping';
import type { ColumnsReply, OverwriteReply, ReportRenderRequest, WorkbookFillMessage, WorkbookFillRequest } from './workbookProtocol';

function post(message: WorkbookFillMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/** Asks the host, which shows the question and replies (or terminates the worker to cancel). */
function askOverwrite(answered: number, total: number): Promise<boolean> {
  return new Promise((resolve) => {
    parentPort?.once('message', (reply: OverwriteReply) => resolve(reply.overwrite));
    post({ type: 'answered', answered, total });
  });
}

/** Shows the host the columns read; it replies with a corrected mapping, none, or cancel. */
function reviewColumns(choices: ColumnChoice[]): Promise<WorkbookMapping | 'cancelled' | undefined> {
  return new Promise((resolve) => {
    parentPort?.once('message', (reply: ColumnsReply) => resolve(reply.cancelled === true ? 'cancelled' : reply.mapping));
    post({ type: 'columns', choices });
  });
}

async function run(request: WorkbookFillRequest): Promise<void> {
  try {
    const library = request.library !== undefined && request.library.length > 0 ? [librarySource(buildLibraryIndex(request.library))] : [];
    const result = await fillWorkbook(request.bytes, answererFor(request.profile, ...library), {
      today: request.today,
      ...(request.mapping !== undefined && { mapping: request.mapping }),
      ...(request.reviewColumns === true && { reviewColumns }),
      ...(request.overwrite === 'ask' ? { askOverwrite } : { overwrite: request.overwrite }),
      title: request.title,
      ...(request.notes !== undefined && { notes: request.notes }),
      // After every question: the host looks at its cancellation flag on each one, as an in-process
      // fill does (a message costs microseconds; the host throttles what it shows).
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    // The output is a fresh buffer of its own: hand it over instead of copying it.
    const transferable = result.bytes.byteOffset === 0 && result.bytes.byteLength === result.bytes.buffer.byteLength ? [result.bytes.buffer as ArrayBuffer] : [];
    post({ type: 'done', bytes: result.bytes, report: result.report, extension: result.extension }, transferable);
  } catch (error) {
    if (error instanceof WorkbookError) {
      post({ type: 'failed', kind: 'workbook', code: error.code, message: error.message, ...(error.detail === undefined ? {} : { detail: error.detail }) });
    } else {
      post({
        type: 'failed',
        kind: 'unexpected',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}),
      });
    }
  }
}

const request = workerData as WorkbookFillRequest | ReportRenderRequest;
if (request.kind === 'render') {
  try {
    post({ type: 'rendered', markdown: renderCoverageMarkdown(request.report) });
  } catch (error) {
    post({ type: 'failed', kind: 'unexpected', message: error instanceof Error ? error.message : String(error) });
  }
} else {
  void run(request);
}

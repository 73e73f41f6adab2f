/**
 * The domain import off the extension host's thread. `importAnswers` matches every answered
 * question against the library and against the drafts so far, rebuilding the drafts' index for
 * each (a 500-question questionnaire took 3–10 s here), so in the editor it runs in a worker
 * thread that loads the library's own bundle (dist/lazy/library.js, beside this part): the editor
 * stays responsive, and Cancel terminates the worker at once. From source (no bundle) it runs in
 * process.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { AnsweredQuestion, ImportResult } from '../../domain/library/import';
import type { LibraryEntry } from '../../domain/library/schema';
import type { LibraryModule } from '../lazy/library';

/** Plain CommonJS run with `eval`: requires the library bundle and posts the import's result back. */
const WORKER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const library = require(workerData.bundle);
parentPort.postMessage(library.importAnswers(workerData.items, workerData.entries));
`;

function libraryBundlePath(): string | undefined {
  const path = join(__dirname, 'library.js');
  return existsSync(path) ? path : undefined;
}

/** The import's result, or undefined when cancelled. */
export async function importOffThread(library: LibraryModule, items: readonly AnsweredQuestion[], entries: readonly LibraryEntry[], token: vscode.CancellationToken): Promise<ImportResult | undefined> {
  const bundle = libraryBundlePath();
  if (bundle === undefined) {
    return token.isCancellationRequested ? undefined : library.importAnswers(items, entries);
  }
  return new Promise<ImportResult | undefined>((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { eval: true, workerData: { bundle, items, entries } });
    let settled = false;
    const settle = (finish: () => void): void => {
      if (!settled) {
        settled = true;
        cancellation.dispose();
        finish();
        void worker.terminate();
      }
    };
    const cancellation = token.onCancellationRequested(() => settle(() => resolve(undefined)));
    worker.once('message', (result: ImportResult) => settle(() => resolve(result)));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the import stopped unexpectedly (exit code ${code})`))));
    if (token.isCancellationRequested) {
      settle(() => resolve(undefined));
    }
  });
}

// The workbook fill in a worker thread (src/adapter/workbookWorker.ts + src/worker/workbookFill.ts):
// results, errors and Cancel cross the thread boundary intact. The worker is bundled here with
// esbuild, as scripts/build.mjs does, so the test does not depend on an earlier build.
// How long the host's event loop stalls is measured in bench/hostile.bench.ts, not here.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { fillWorkbookInWorker, renderReportInWorker } from '../../../src/adapter/workbookWorker';
import { renderCoverageMarkdown } from '../../../src/domain/engine/coverage';
import { answererFor } from '../../../src/domain/engine/source';
import * as engine from '../../../src/domain/workbook';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';
import { HOSTILE_WORKBOOKS, questionRows, sheetXml, textCell, workbookWith } from './hostile';

const root = join(__dirname, '..', '..', '..');
const profile = parseProfile(readFileSync(join(root, 'demo', '.attest', 'profile.json'), 'utf8')).profile as Profile;
const base = { profile, today: '2026-01-15', overwrite: false, title: 'Coverage' };

suite('workbook fill in a worker thread', function () {
  this.timeout(60_000);
  let dir: string;
  let workerPath: string;

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'attest-worker-test-'));
    workerPath = join(dir, 'workbookFill.js');
    await esbuild.build({ entryPoints: [join(root, 'src', 'worker', 'workbookFill.ts')], outfile: workerPath, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'silent' });
  });

  suiteTeardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('a second fill of the same Node Buffer works: the caller keeps its bytes (Keep → Overwrite Them fills twice)', async () => {
    // workspace.fs.readFile returns a Buffer; Buffer#slice is a view, and transferring its buffer once detached the caller's bytes.
    const bytes = Buffer.from(workbookWith(sheetXml()));
    const first = await fillWorkbookInWorker(workerPath, engine, { ...base, bytes }).result;
    assert.ok(bytes.byteLength > 0, 'the caller still has its bytes');
    const second = await fillWorkbookInWorker(workerPath, engine, { ...base, bytes, overwrite: true }).result;
    assert.ok(first.bytes.byteLength > 0 && second.bytes.byteLength > 0);
  });

  test('fills a workbook exactly as the in-process fill does, and hands back bytes, report and extension', async () => {
    const progress: number[] = [];
    const bytes = workbookWith(sheetXml());
    const fill = fillWorkbookInWorker(workerPath, engine, { ...base, bytes, onProgress: (done) => progress.push(done) });
    const result = await fill.result;
    const inProcess = await engine.fillWorkbook(bytes, answererFor(profile), { today: base.today, title: base.title });
    assert.equal(result.extension, '.xlsx');
    assert.deepEqual(result.report, inProcess.report);
    assert.deepEqual(Buffer.from(result.bytes), Buffer.from(inProcess.bytes));
    assert.deepEqual(result.report.sections[0]?.entries.map((entry) => entry.location), ['Questionnaire!C2', 'Questionnaire!C3']);
    assert.equal(progress.at(-1), 2);
    assert.ok(bytes.byteLength > 0, "the caller's bytes are still there (the worker got a copy)");
  });

  test('some answers already there: the worker asks once after reading, and Overwrite Them fills once, replacing them', async () => {
    // The second data row already has an answer: the question is asked before anything is composed.
    const rows = questionRows(['Do you have a SOC 2 report?', 'Is your SOC 2 report a Type 1 or Type 2?']).replace('</row><row r="3">', '</row><row r="3">').replace(/(<row r="3">.*?)<\/row>/, `$1${textCell('C3', 'Type 1 (old)')}</row>`);
    const bytes = workbookWith(sheetXml({ data: rows }));
    const asked: [number, number][] = [];
    const progress: number[] = [];
    const result = await fillWorkbookInWorker(workerPath, engine, {
      ...base,
      bytes,
      askOverwrite: (answered, total) => {
        asked.push([answered, total]);
        return Promise.resolve(true);
      },
      onProgress: (done) => progress.push(done),
    }).result;
    assert.deepEqual(asked, [[1, 2]]);
    assert.deepEqual(progress, [1, 2], 'one pass over the questions');
    assert.deepEqual(result.report.sections[0]?.entries.map((entry) => entry.status), ['answered', 'answered']);
    const kept = await fillWorkbookInWorker(workerPath, engine, { ...base, bytes, askOverwrite: () => Promise.resolve(false) }).result;
    assert.deepEqual(kept.report.sections[0]?.entries.map((entry) => entry.status), ['answered', 'already_answered']);
    await assert.rejects(fillWorkbookInWorker(workerPath, engine, { ...base, bytes, askOverwrite: () => Promise.resolve(undefined) }).result, (error: unknown) => error instanceof engine.FillCancelled);
  });

  test('the columns read go to the host after the first read; a corrected mapping reads again with it; cancel cancels', async () => {
    const bytes = workbookWith(sheetXml());
    const seen: string[] = [];
    const kept = await fillWorkbookInWorker(workerPath, engine, {
      ...base,
      bytes,
      reviewColumns: (choices) => {
        seen.push(...choices.map((choice) => `${choice.sheet}: question ${choice.question ?? '-'}, answer ${choice.answer ?? '-'}`));
        return Promise.resolve(undefined);
      },
    }).result;
    assert.deepEqual(seen, ['Questionnaire: question B, answer C']);
    assert.deepEqual(kept.report.sections[0]?.entries.map((entry) => entry.location), ['Questionnaire!C2', 'Questionnaire!C3']);
    // The writer says the answers go in column D (header row 1 unchanged): the fill writes there.
    const moved = await fillWorkbookInWorker(workerPath, engine, {
      ...base,
      bytes,
      reviewColumns: () => Promise.resolve({ sheets: new Map([['Questionnaire', { headerRow: 1, question: 2, answer: 4 }]]) }),
    }).result;
    assert.deepEqual(moved.report.sections[0]?.entries.map((entry) => entry.location), ['Questionnaire!D2', 'Questionnaire!D3']);
    await assert.rejects(fillWorkbookInWorker(workerPath, engine, { ...base, bytes, reviewColumns: () => Promise.resolve('cancelled' as const) }).result, (error: unknown) => error instanceof engine.FillCancelled);
  });

  test('in process, too: a corrected mapping from the review is read again; cancel is FillCancelled', async () => {
    const bytes = workbookWith(sheetXml());
    const moved = await engine.fillWorkbook(bytes, answererFor(profile), { today: base.today, reviewColumns: () => Promise.resolve({ sheets: new Map([['Questionnaire', { headerRow: 1, question: 2, answer: 4 }]]) }) });
    assert.deepEqual(moved.report.sections[0]?.entries.map((entry) => entry.location), ['Questionnaire!D2', 'Questionnaire!D3']);
    await assert.rejects(engine.fillWorkbook(bytes, answererFor(profile), { today: base.today, reviewColumns: () => Promise.resolve('cancelled' as const) }), (error: unknown) => error instanceof engine.FillCancelled);
  });

  test('a hostile workbook fails in the worker with the engine\'s WorkbookError and its code', async () => {
    const build = HOSTILE_WORKBOOKS['merge A1:XFD1048576'] as () => Uint8Array;
    await assert.rejects(fillWorkbookInWorker(workerPath, engine, { ...base, bytes: build() }).result, (error: unknown) => {
      assert.ok(error instanceof engine.WorkbookError);
      assert.equal(error.code, 'too_large');
      assert.match(error.message, /merged cells per sheet/);
      return true;
    });
  });

  test('Cancel stops the worker at once and writes nothing', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `Do you have a SOC 2 report for system ${i}?`);
    const fill = fillWorkbookInWorker(workerPath, engine, { ...base, bytes: workbookWith(sheetXml({ data: questionRows(many) })) });
    fill.cancel();
    await assert.rejects(fill.result, (error: unknown) => error instanceof engine.FillCancelled);
  });

  test('the coverage report renders in a worker exactly as in-process', async () => {
    const entries = Array.from({ length: 2_000 }, (_, i) => ({ status: 'answered' as const, location: `Questionnaire!C${i + 2}`, question: `Do you *encrypt* backups_${i}?` }));
    const report = { title: 'Coverage of q.xlsx', sections: [{ name: 'Questionnaire', entries }], notes: ['Filled on 2026-01-15.'] };
    assert.equal(await renderReportInWorker(workerPath, report), renderCoverageMarkdown(report));
  });

  test('a flag-style cancellation is looked at after every question, as in-process', async () => {
    const many = Array.from({ length: 200 }, (_, i) => `Do you have a SOC 2 report for system ${i}?`);
    let looks = 0;
    const fill = fillWorkbookInWorker(workerPath, engine, {
      ...base,
      bytes: workbookWith(sheetXml({ data: questionRows(many) })),
      isCancelled: () => {
        looks += 1;
        return looks >= 5;
      },
    });
    await assert.rejects(fill.result, (error: unknown) => error instanceof engine.FillCancelled);
    assert.ok(looks >= 5);
  });
});

/**
 * Hostile workbooks (issue 15): each must fail with a clear error within 2 s and 300 MB. Each
 * file is filled by the built engine (dist/workbook.js, what the extension and `attest fill`
 * load) in its own child process, so the peak RSS is that file's own. A normal two-question
 * workbook filled the same way is the baseline of the same run; times are also given as ratios to it.
 *
 *   npx tsx bench/hostile.bench.ts [--engine path/to/workbook.js]
 *
 * `--engine` measures another build of the engine (for a before/after comparison).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { HOSTILE_WORKBOOKS, questionRows, sheetXml, workbookAtTheLimits, workbookWith } from '../test/unit/workbook/hostile';

const TIME_GOAL_MS = 2_000;
const RSS_GOAL_MB = 300;
/** A reader without limits can take minutes (or the heap) on these; the bench gives up sooner. */
const CHILD_TIMEOUT_MS = 60_000;

interface ChildResult {
  ms: number;
  peakRssMb: number;
  outcome: string;
}

/**
 * The child that fills one file: plain Node and the built engine, nothing else loaded (no tsx),
 * so its peak RSS is the engine's own. argv: engine path, file.
 */
const CHILD_SCRIPT = `
const { readFileSync } = require('node:fs');
const [engine, file] = process.argv.slice(1);
const { fillWorkbook } = require(engine);
const bytes = new Uint8Array(readFileSync(file));
const answerer = (question) => ({ question, intent: 'soc2.status', confidence: 0.9, outcome: 'answered', text: 'Yes', missing: [], warnings: [] });
const started = performance.now();
fillWorkbook(bytes, answerer, { today: '2026-01-15' }).then(
  (result) => 'filled (' + result.report.sections.reduce((sum, section) => sum + section.entries.length, 0) + ' questions)',
  (error) => (error && error.code ? error.code : 'no code') + ': ' + (error instanceof Error ? error.message : String(error)),
).then((outcome) => console.log(JSON.stringify({ ms: performance.now() - started, peakRssMb: process.resourceUsage().maxRSS / 1024, outcome })));
`;

function measure(file: string, engine: string): ChildResult {
  const started = Date.now();
  // A big heap, so that a reader without limits shows what it would take rather than stopping early.
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', '-e', CHILD_SCRIPT, engine, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: CHILD_TIMEOUT_MS,
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status === 0 && line.startsWith('{')) {
    return JSON.parse(line) as ChildResult;
  }
  const how = result.error?.message.includes('ETIMEDOUT') ? `still running after ${CHILD_TIMEOUT_MS / 1000} s (killed)` : `crashed (${result.signal ?? `exit ${String(result.status)}`})`;
  return { ms: Date.now() - started, peakRssMb: Number.NaN, outcome: `${how}: ${result.stderr.trim().split('\n').slice(-1).join(' ').slice(0, 120)}` };
}

function main(): void {
  const engineAt = process.argv.indexOf('--engine');
  const engine = resolve(engineAt >= 0 ? (process.argv[engineAt + 1] as string) : join(__dirname, '..', 'dist', 'workbook.js'));
  const dir = mkdtempSync(join(tmpdir(), 'attest-hostile-bench-'));
  let failures = 0;
  try {
    const baselineFile = join(dir, 'baseline.xlsx');
    writeFileSync(baselineFile, workbookWith(sheetXml()));
    const baseline = measure(baselineFile, engine);
    console.log(`engine: ${engine}`);
    console.log(`baseline (a normal two-question workbook): ${baseline.ms.toFixed(1)} ms, ${baseline.peakRssMb.toFixed(0)} MB peak RSS, ${baseline.outcome}\n`);
    console.log('| hostile workbook | file KB | ms | × baseline | peak RSS MB | within 2 s and 300 MB | outcome |');
    console.log('|---|---:|---:|---:|---:|---|---|');
    for (const [name, build] of Object.entries(HOSTILE_WORKBOOKS)) {
      const file = join(dir, 'hostile.xlsx');
      const bytes = build();
      writeFileSync(file, bytes);
      const result = measure(file, engine);
      const failedCleanly = !result.outcome.startsWith('filled') && !result.outcome.includes('crashed') && !result.outcome.includes('killed');
      const ok = failedCleanly && result.ms <= TIME_GOAL_MS && result.peakRssMb <= RSS_GOAL_MB;
      failures += ok ? 0 : 1;
      console.log(
        `| ${name} | ${(bytes.byteLength / 1024).toFixed(0)} | ${result.ms.toFixed(0)} | ${(result.ms / Math.max(baseline.ms, 0.1)).toFixed(1)} | ${Number.isNaN(result.peakRssMb) ? '—' : result.peakRssMb.toFixed(0)} | ${ok ? 'yes' : 'NO'} | ${result.outcome.replace(/\|/g, '/')} |`,
      );
    }
    const limitsFile = join(dir, 'at-the-limits.xlsx');
    writeFileSync(limitsFile, workbookAtTheLimits());
    const atLimits = measure(limitsFile, engine);
    const limitsOk = atLimits.peakRssMb <= RSS_GOAL_MB && atLimits.outcome.startsWith('filled');
    failures += limitsOk ? 0 : 1;
    console.log(`\nNot hostile, the largest workbook the limits let through (39,989 questions, 6 cells a row, all answered): ${atLimits.ms.toFixed(0)} ms, ${atLimits.peakRssMb.toFixed(0)} MB peak RSS (goal at most ${RSS_GOAL_MB} MB: ${limitsOk ? 'met' : 'MISSED'}), ${atLimits.outcome}`);
    failures += lagTable(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(failures === 0 ? '\nEvery hostile workbook failed cleanly within 2 s and 300 MB, and the host never stalled more than 50 ms.' : `\n${failures} goal(s) missed.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

const LAG_FLAG = '--hostile-bench-lag-child';
const LAG_GOAL_MS = 50;

interface LagResult {
  ms: number;
  /** Worst lateness of a 5 ms timer (includes the OS not scheduling the thread on a loaded machine). */
  maxLagMs: number;
  /** Worst event-loop busy time between two ticks: how long the host's own thread was blocked. */
  maxBusyMs: number;
  cancelMs?: number;
  outcome: string;
}

/**
 * The host's side of a fill: how long its event loop is blocked at most (a 5 ms timer's worst
 * lateness) while a 10,000-question workbook is filled in the worker, or in-process as before;
 * and, for the worker, how long Cancel takes to end it.
 */
async function runLagChild(file: string, mode: 'worker' | 'in-process' | 'cancel'): Promise<LagResult> {
  const root = join(__dirname, '..');
  const engine = createRequire(__filename)(join(root, 'dist', 'workbook.js')) as typeof import('../src/domain/workbook');
  const { fillWorkbookInWorker } = await import('../src/adapter/workbookWorker');
  const { parseProfile } = await import('../src/domain/profile/parse');
  const { answererFor } = await import('../src/domain/engine/source');
  const profile = parseProfile(readFileSync(join(root, 'demo', '.attest', 'profile.json'), 'utf8')).profile;
  if (!profile) {
    throw new Error('the demo profile does not parse');
  }
  const bytes = new Uint8Array(readFileSync(file));
  let maxLagMs = 0;
  let maxBusyMs = 0;
  let expected = performance.now() + 5;
  let utilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - expected);
    expected = now + 5;
    // Busy time of this thread's loop since the last tick: a late timer on a loaded machine can
    // be the OS not scheduling the thread (idle), which is not the host being blocked (active).
    const delta = performance.eventLoopUtilization(utilization);
    utilization = performance.eventLoopUtilization();
    maxBusyMs = Math.max(maxBusyMs, delta.active);
  }, 5);
  const started = performance.now();
  let outcome = 'filled';
  let cancelMs: number | undefined;
  try {
    if (mode === 'in-process') {
      await engine.fillWorkbook(bytes, answererFor(profile), { today: '2026-01-15' });
    } else {
      const fill = fillWorkbookInWorker(join(root, 'dist', 'workbookFill.js'), engine, { bytes, profile, today: '2026-01-15', overwrite: false, title: 'bench' });
      if (mode === 'cancel') {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const cancelledAt = performance.now();
        fill.cancel();
        await fill.result.catch(() => undefined);
        cancelMs = performance.now() - cancelledAt;
        outcome = 'cancelled';
      } else {
        await fill.result;
      }
    }
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - started, maxLagMs, maxBusyMs, ...(cancelMs === undefined ? {} : { cancelMs }), outcome };
}

function measureLag(file: string, mode: 'worker' | 'in-process' | 'cancel'): LagResult {
  const result = spawnSync(process.execPath, [...process.execArgv, __filename, LAG_FLAG, file, mode], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: CHILD_TIMEOUT_MS });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    throw new Error(`lag child failed (${mode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  return JSON.parse(line) as LagResult;
}

function lagTable(dir: string): number {
  const file = join(dir, 'questions-10000.xlsx');
  const questions = Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? `Do you have a current SOC 2 Type 2 report for system ${i}?` : `Have you had a penetration test of application ${i}?`));
  writeFileSync(file, workbookWith(sheetXml({ data: questionRows(questions) })));
  console.log(`\nThe extension host during a fill of 10,000 questions (demo profile; load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpus().length} cores)`);
  console.log('Worst stall = the longest the event loop of the host thread was busy between two 5 ms ticks (goal at most 50 ms), median of 3 runs; timer lateness adds the OS scheduling delay.\n');
  console.log('| how | fill ms | worst stall ms | worst 5 ms timer lateness | Cancel took ms |');
  console.log('|---|---:|---:|---:|---:|');
  // Three runs each, the median run by worst stall: one major GC or a busy neighbour is not the fill.
  const medianRun = (mode: 'worker' | 'in-process' | 'cancel'): LagResult => {
    const runs = [measureLag(file, mode), measureLag(file, mode), measureLag(file, mode)].sort((a, b) => a.maxBusyMs - b.maxBusyMs);
    return runs[1] as LagResult;
  };
  const inProcess = medianRun('in-process');
  const worker = medianRun('worker');
  const cancel = medianRun('cancel');
  const row = (how: string, result: LagResult): string =>
    `| ${how} | ${result.ms.toFixed(0)} | ${result.maxBusyMs.toFixed(0)} | ${result.maxLagMs.toFixed(0)} | ${result.cancelMs === undefined ? '' : result.cancelMs.toFixed(0)} |`;
  console.log(row('in-process (as before the worker)', inProcess));
  console.log(row('worker thread', worker));
  console.log(row('worker thread, Cancel after 300 ms', cancel));
  const ok = worker.maxBusyMs <= LAG_GOAL_MS && cancel.maxBusyMs <= LAG_GOAL_MS && (cancel.cancelMs ?? 0) <= LAG_GOAL_MS;
  console.log(ok ? 'With the worker, the host thread was never busy more than 50 ms at a time, and Cancel ended the fill within 50 ms.' : 'With the worker, the host thread was busy more than 50 ms at a time (or Cancel was slow).');
  return ok ? 0 : 1;
}

const lagAt = process.argv.indexOf(LAG_FLAG);
if (lagAt >= 0) {
  const [file, mode] = process.argv.slice(lagAt + 1) as [string, 'worker' | 'in-process' | 'cancel'];
  runLagChild(file, mode)
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
} else if (require.main === module) {
  main();
}

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
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTILE_WORKBOOKS, workbookWith, sheetXml } from '../test/unit/workbook/hostile';

const CHILD_FLAG = '--hostile-bench-child';
const TIME_GOAL_MS = 2_000;
const RSS_GOAL_MB = 300;
/** A reader without limits can take minutes (or the heap) on these; the bench gives up sooner. */
const CHILD_TIMEOUT_MS = 60_000;

interface ChildResult {
  ms: number;
  peakRssMb: number;
  outcome: string;
}

async function runChild(file: string, engine: string): Promise<ChildResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const { fillWorkbook } = createRequire(__filename)(engine) as typeof import('../src/domain/workbook');
  const answerer = (question: string): import('../src/domain/answering').AnswerDecision => ({
    question,
    intent: 'soc2.status',
    confidence: 0.9,
    outcome: 'answered',
    text: 'Yes',
    missing: [],
    warnings: [],
  });
  const started = performance.now();
  let outcome: string;
  try {
    const result = await fillWorkbook(bytes, answerer, { today: '2026-01-15' });
    outcome = `filled (${result.report.sections.reduce((sum, section) => sum + section.entries.length, 0)} questions)`;
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'no code';
    outcome = `${code}: ${error instanceof Error ? error.message : String(error)}`;
  }
  return { ms: performance.now() - started, peakRssMb: process.resourceUsage().maxRSS / 1024, outcome };
}

function measure(file: string, engine: string): ChildResult {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', ...process.execArgv, __filename, CHILD_FLAG, file, engine], {
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(failures === 0 ? '\nEvery hostile workbook failed cleanly within 2 s and 300 MB.' : `\n${failures} hostile workbook(s) missed the goal.`);
  process.exitCode = failures === 0 ? 0 : 1;
}

const childAt = process.argv.indexOf(CHILD_FLAG);
if (childAt >= 0) {
  const [file, engine] = process.argv.slice(childAt + 1) as [string, string];
  runChild(file, engine)
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
} else if (require.main === module) {
  main();
}

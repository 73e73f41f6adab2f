/**
 * Workbook fill benchmark: fills questionnaires of 1,000 and 10,000 question rows with a fast
 * fake answerer (the workbook engine alone), and with the real classifier and composer on the demo
 * profile (what `attest fill` does), and measures exceljs's bare read + write of the same file as
 * the floor.
 *
 *   npx tsx bench/workbook.bench.ts
 *
 * Each measurement runs in its own child process (same Node, same loader flags, this file), so
 * the peak RSS reported is that scenario's own peak (the process's maxRSS), not whatever
 * generating the test workbooks or an earlier scenario left behind.
 *
 * Goals on the 2-core machine: 1,000 rows under 1.5 s and at most 1.2× the floor; 10,000 rows
 * under 10 s; peak RSS under 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type { AnswerDecision, AnswerOptions } from '../src/domain/answer/types';
import { median } from './types';

/** Same shape as bench/types.ts (kept local so this file runs on its own). */
export interface BenchRow {
  name: string;
  items: number;
  medianMs: number;
  perSecond: number;
  peakRssMb: number;
  accuracy?: number;
}

const CHILD_FLAG = '--workbook-bench-child';

type Scenario = 'fill' | 'fill-composer' | 'floor';

interface ChildResult {
  medianMs: number;
  peakRssMb: number;
  detected?: number;
}

/** A vendor questionnaire: title block, header on row 4, sections every 25 rows, a dropdown from a Lists sheet. */
async function buildQuestionnaire(questionCount: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Questionnaire');
  const lists = workbook.addWorksheet('Lists');
  ['Yes', 'No', 'N/A'].forEach((value, i) => {
    lists.getCell(i + 1, 1).value = value;
  });
  ws.columns = [{ width: 8 }, { width: 70 }, { width: 12 }, { width: 50 }];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = 'Supplier security questionnaire';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A2').value = 'Answer every question with the dropdown and explain in Comments.';
  ws.getRow(4).values = ['ID', 'Question', 'Response', 'Comments'];
  ws.getRow(4).font = { bold: true };
  let row = 5;
  const topics = [
    'Do you have a current SOC 2 Type 2 report for system',
    'What period does the SOC 2 report cover for system',
    'Is the office kitchen stocked for team',
    'Have you had a penetration test of application',
  ];
  for (let i = 0; i < questionCount; i++) {
    if (i % 25 === 0) {
      ws.mergeCells(`A${row}:D${row}`);
      ws.getCell(`A${row}`).value = `Section ${i / 25 + 1}`;
      ws.getCell(`A${row}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      row++;
    }
    ws.getRow(row).values = [`Q${i + 1}`, `${topics[i % topics.length] as string} ${i + 1}?`];
    ws.getCell(`B${row}`).alignment = { wrapText: true };
    row++;
  }
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`C5:C${row - 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: ['Lists!$A$1:$A$3'],
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Constant-time decisions: SOC 2 status answered, the period needs a person, the rest not recognized. */
function fastAnswerer(question: string, options: AnswerOptions): AnswerDecision {
  if (question.includes('period')) {
    return { question, intent: 'soc2.period', confidence: 0.9, outcome: 'needs_person', missing: ['[period end date]'], warnings: [] };
  }
  if (question.includes('SOC 2') || question.includes('penetration')) {
    const text =
      options.length === 'yesno'
        ? 'Yes'
        : options.length === 'sentence'
          ? 'Yes. We have a SOC 2 Type 2 report covering Security.'
          : 'Yes. Our latest SOC 2 Type 2 examination covered Security over twelve months; the report is shared under NDA.';
    return { question, intent: 'soc2.status', confidence: 0.9, outcome: 'answered', text, missing: [], warnings: [] };
  }
  return { question, intent: 'none', confidence: 0.1, outcome: 'not_recognized', missing: [], warnings: [] };
}

async function demoProfileAnswerer(): Promise<(question: string, options: AnswerOptions) => AnswerDecision> {
  const { parseProfile } = await import('../src/domain/profile/parse');
  const { answererFor } = await import('../src/domain/engine/source');
  const parsed = parseProfile(readFileSync(join(__dirname, '..', 'demo', '.attest', 'profile.json'), 'utf8'));
  if (!parsed.profile) {
    throw new Error(`the demo profile does not parse: ${parsed.errors.map((error) => error.message).join('; ')}`);
  }
  return answererFor(parsed.profile);
}

async function runScenario(scenario: Scenario, file: string, runs: number): Promise<ChildResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const times: number[] = [];
  let detected: number | undefined;
  if (scenario !== 'floor') {
    // Imported here so the floor's process never loads our code.
    const { fillScanned } = await import('../src/domain/workbook/driver');
    const { scanWorkbook } = await import('../src/domain/workbook/scan');
    // 'fill-composer' is what `attest fill` does: the real classifier and composer on the demo profile.
    const answerer = scenario === 'fill-composer' ? await demoProfileAnswerer() : fastAnswerer;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      // 'fill' is exactly fillWorkbook: the bounded XML reader, then the filler.
      const scanned = await scanWorkbook(bytes);
      const { report } = await fillScanned(scanned, answerer, { today: '2025-06-30' });
      times.push(performance.now() - start);
      detected = report.sections.reduce((sum, section) => sum + section.entries.length, 0);
    }
  } else {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      await workbook.xlsx.writeBuffer();
      times.push(performance.now() - start);
    }
  }
  return { medianMs: median(times), peakRssMb: process.resourceUsage().maxRSS / 1024, detected };
}

function runInChild(scenario: Scenario, file: string, runs: number): ChildResult {
  const result = spawnSync(process.execPath, [...process.execArgv, __filename, CHILD_FLAG, scenario, file, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    throw new Error(`benchmark child failed (${scenario}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
  return JSON.parse(line) as ChildResult;
}

export async function runWorkbookBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'attest-workbook-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const [size, runs] of [
      [1_000, 7],
      // The size the Word bench uses, for the side-by-side figure.
      [2_000, 5],
      [10_000, 3],
    ] as const) {
      const file = join(dir, `questionnaire-${size}.xlsx`);
      writeFileSync(file, await buildQuestionnaire(size));
      const label = size.toLocaleString('en-US');
      const fill = runInChild('fill', file, runs);
      const floor = runInChild('floor', file, runs);
      const fillComposer = runInChild('fill-composer', file, runs);
      rows.push({
        name: `workbook fill, ${label} questions`,
        items: size,
        medianMs: round(fill.medianMs),
        perSecond: round((size * 1000) / fill.medianMs),
        peakRssMb: round(fill.peakRssMb),
        accuracy: fill.detected === undefined ? undefined : fill.detected / size,
      });
      rows.push({
        name: `exceljs read+write floor, ${label} questions`,
        items: size,
        medianMs: round(floor.medianMs),
        perSecond: round((size * 1000) / floor.medianMs),
        peakRssMb: round(floor.peakRssMb),
      });
      rows.push({
        name: `workbook fill with the real composer (demo profile), ${label} questions`,
        items: size,
        medianMs: round(fillComposer.medianMs),
        perSecond: round((size * 1000) / fillComposer.medianMs),
        peakRssMb: round(fillComposer.peakRssMb),
        accuracy: fillComposer.detected === undefined ? undefined : fillComposer.detected / size,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function printTable(rows: BenchRow[]): void {
  console.log('| benchmark | items | median ms | per second | peak RSS MB | questions found |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const accuracy = row.accuracy === undefined ? '' : `${(row.accuracy * 100).toFixed(1)}%`;
    console.log(`| ${row.name} | ${row.items} | ${row.medianMs} | ${row.perSecond} | ${row.peakRssMb} | ${accuracy} |`);
  }
  for (let i = 0; i + 2 < rows.length; i += 3) {
    const floor = rows[i + 1] as BenchRow;
    for (const fill of [rows[i], rows[i + 2]] as BenchRow[]) {
      console.log(`${fill.name}: ${(fill.medianMs / floor.medianMs).toFixed(2)}× the exceljs floor`);
    }
  }
}

const childAt = process.argv.indexOf(CHILD_FLAG);
if (childAt >= 0) {
  const [scenario, file, runs] = process.argv.slice(childAt + 1);
  runScenario(scenario as Scenario, file as string, Number(runs))
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
} else if (require.main === module) {
  runWorkbookBench()
    .then(printTable)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}

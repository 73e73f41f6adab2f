/**
 * A standard multi-sheet layout at size: a HECVAT-style workbook of 2,000 questions (four vendor
 * sheets of 500 rows with ids, section rows, a dropdown, the vendor's comment column and the
 * customer's Analyst Notes / Score / Weight columns, a START HERE sheet, the institution's
 * evaluation sheet). Measures, beside each other:
 *   - zip floor: open the package, inflate every part, write it back unchanged (no XML parsed);
 *   - scan: read every sheet and detect the layout (no answers);
 *   - fill: scan, answer every question (a fast fake answerer, so this is the engine alone), patch
 *     and write the package;
 *   - exceljs load + write of the same bytes, for comparison with a library round trip.
 *
 *   npx tsx bench/workbook-layout.bench.ts
 */
import * as ExcelJS from 'exceljs';
import type { AnswerDecision, AnswerOptions } from '../src/domain/answer/types';
import { fillWorkbook } from '../src/domain/workbook';
import { questionCount, scanWorkbook } from '../src/domain/workbook/scan';
import { ZipArchive } from '../src/domain/workbook/zip';
import { formatBenchTable, median, peakRssMb, type BenchRow } from './types';

const QUESTIONS = 2_000;
const SHEETS = ['Organization', 'Application', 'Data', 'Datacenter'];
const RUNS = 5;

const TOPICS = [
  'Do you have a current SOC 2 Type 2 report for the service in scope?',
  'Is institutional data encrypted at rest using AES-256 or stronger?',
  'Describe how access is revoked when an employee leaves.',
  'Are critical vulnerabilities remediated within 30 days of discovery?',
  'Do you perform vulnerability scanning at least quarterly?',
  'List the subprocessors that store institutional data.',
  'Is multi-factor authentication enforced for all administrative access?',
  'Has an independent penetration test been performed in the last 12 months?',
];

async function buildWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const start = workbook.addWorksheet('START HERE');
  start.getCell('A1').value = 'Complete the Organization, Application, Data and Datacenter tabs.';
  const perSheet = QUESTIONS / SHEETS.length;
  for (const name of SHEETS) {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = [{ width: 12 }, { width: 70 }, { width: 16 }, { width: 50 }, { width: 40 }, { width: 10 }, { width: 10 }];
    sheet.getCell('A1').value = `Assessment — ${name}`;
    sheet.mergeCells('A1:G1');
    sheet.getRow(3).values = [`${name} Questions`, '', 'Vendor Answer', 'Additional Information', 'Analyst Notes', 'Score', 'Weight'];
    sheet.mergeCells('A3:B3');
    let row = 4;
    for (let i = 0; i < perSheet; i++) {
      if (i % 25 === 0) {
        sheet.getCell(`A${row}`).value = `Section ${i / 25 + 1}`;
        sheet.mergeCells(`A${row}:G${row}`);
        row++;
      }
      const topic = TOPICS[i % TOPICS.length] as string;
      sheet.getRow(row).values = [`${name.slice(0, 4).toUpperCase()}-${String(i + 1).padStart(3, '0')}`, `${topic.slice(0, -1)} (item ${i + 1})${topic.slice(-1)}`];
      sheet.getCell(`C${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No,N/A"'] };
      sheet.getCell(`F${row}`).value = { formula: `IF(C${row}="Yes",G${row},0)`, result: 0 };
      sheet.getCell(`G${row}`).value = 5;
      row++;
    }
  }
  const evaluation = workbook.addWorksheet("Institution's Evaluation");
  evaluation.getRow(1).values = ['Question ID', 'Question', 'Vendor Answer', 'Analyst Comments', 'Score'];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function fakeAnswerer(question: string, options: AnswerOptions): AnswerDecision {
  const soc = /SOC 2|encrypted|multi-factor/.test(question);
  return {
    question,
    intent: soc ? 'soc2.status' : 'none',
    confidence: 0.9,
    outcome: soc ? 'answered' : 'not_recognized',
    text: options.length === 'yesno' ? 'Yes' : 'Yes. Our SOC 2 Type 2 report covers this control; it is shared under NDA.',
    missing: [],
    warnings: [],
  };
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const timings: number[] = [];
  await run(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return median(timings);
}

function row(name: string, items: number, medianMs: number): BenchRow {
  return { name, items, medianMs, perSecond: items / (medianMs / 1000), peakRssMb: peakRssMb() };
}

async function main(): Promise<void> {
  const bytes = await buildWorkbook();
  const scanned = await scanWorkbook(bytes);
  const detected = questionCount(scanned);
  if (detected !== QUESTIONS) {
    throw new Error(`expected ${QUESTIONS} questions detected, got ${detected}`);
  }
  const zipFloor = await time(() => {
    const zip = ZipArchive.open(bytes);
    const replacements = new Map<string, Uint8Array>();
    const encoder = new TextEncoder();
    for (const entry of zip.entries) {
      // Inflate every part and hand it back as a replacement: the package read and written, nothing parsed.
      replacements.set(entry.name, encoder.encode(zip.readText(entry.name) ?? ''));
    }
    return zip.rewrite(replacements);
  });
  const scan = await time(() => scanWorkbook(bytes));
  const fill = await time(() => fillWorkbook(bytes, fakeAnswerer, { today: '2026-11-01' }));
  const excel = await time(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook.xlsx.writeBuffer();
  });
  console.log(`HECVAT-style workbook: ${SHEETS.length} vendor sheets, ${QUESTIONS.toLocaleString('en-US')} questions, ${(bytes.byteLength / 1024).toFixed(0)} KB; median of ${RUNS}`);
  console.log(
    formatBenchTable([
      row('zip read + write, no parse (floor)', QUESTIONS, zipFloor),
      row('scan: read + detect layout', QUESTIONS, scan),
      row('fill (fake answerer): scan + answer + patch + write', QUESTIONS, fill),
      row('exceljs load + write (comparison)', QUESTIONS, excel),
    ]),
  );
  console.log(`fill / zip floor: ${(fill / zipFloor).toFixed(1)}×; fill / exceljs round trip: ${(fill / excel).toFixed(2)}×`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

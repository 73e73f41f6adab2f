/**
 * `attest fill` and the workbook's columns: printed when the reader is unsure (or with
 * --show-columns), saved with --save-mapping beside the workbook, corrected there by the writer and
 * used by the next fill; a malformed mapping file is one clear line and no output.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { nodeIo } from '../../../src/cli/nodeIo';
import { runCli } from '../../../src/cli/run';
import { listValidation, loadBytes, toBytes } from './helpers';

const DEMO_PROFILE = join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json');
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'workbooks');

/** No header row; a free column B and the Yes/No dropdown in D: the reader takes B and is unsure. */
async function headerless(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Vendor');
  sheet.columns = [{ width: 70 }, { width: 30 }, { width: 30 }, { width: 12 }];
  ['Do you have a current SOC 2 Type 2 report?', 'Is customer data encrypted at rest?', 'Do you perform vulnerability scans at least quarterly?'].forEach((question, index) => {
    sheet.getRow(index + 1).values = [question, '', 'internal'];
    sheet.getCell(`D${index + 1}`).dataValidation = listValidation(['Yes', 'No']);
  });
  return toBytes(workbook);
}

suite('attest fill: the columns of a workbook', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-columns-'));
  });
  teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io = nodeIo({ stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), today: () => '2026-11-26' });
    const code = await runCli(args, io);
    return { code, stdout, stderr };
  }

  test('a layout read with confidence prints no columns; --show-columns prints every sheet with the reasons', async () => {
    const input = join(dir, 'hecvat.xlsx');
    copyFileSync(join(FIXTURES, 'hecvat-style.xlsx'), input);
    const quiet = await cli(['fill', '--profile', DEMO_PROFILE, input]);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.doesNotMatch(quiet.stdout, /Columns Attest chose/);
    rmSync(join(dir, 'hecvat.attest.xlsx'));
    const shown = await cli(['fill', '--profile', DEMO_PROFILE, input, '--show-columns']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /Sheet "Application", header row 4: question B, answer C \("Vendor Answer"\), comment D \("Additional Information"\), id A; 7 question\(s\)\n/);
    assert.match(shown.stdout, /The header over A \("Application Security Questions"\) reads as the question column, but its cells are ids/);
    assert.match(shown.stdout, /Sheet "Data", header row 4: question B, answer C \("Vendor Answers"\), comment E \("Additional Info"\)/);
    assert.match(shown.stdout, /The customer's columns are left alone: D \("Analyst Notes"\), F \("Risk"\), G \("Weight"\)/);
    assert.match(shown.stdout, /Sheet "Institution's Evaluation": The customer's own sheet/);
    assert.match(shown.stdout, /Sheet "START HERE": An instructions or cover sheet/);
  });

  test('unsure: printed; --save-mapping writes the mapping; corrected, the next fill uses it', async () => {
    const input = join(dir, 'q.xlsx');
    writeFileSync(input, await headerless());
    const first = await cli(['fill', '--profile', DEMO_PROFILE, input, '--save-mapping']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Columns Attest chose \(to correct them, write .*q\.xlsx\.attest\.json/);
    assert.match(first.stdout, /Sheet "Vendor", no header row: question A, answer B, .*\[unsure\]/);
    assert.match(first.stdout, /Wrote .*q\.xlsx\.attest\.json/);
    const mappingPath = join(dir, 'q.xlsx.attest.json');
    const saved = JSON.parse(readFileSync(mappingPath, 'utf8')) as { sheets: Record<string, { answer: string; comment: string | null }> };
    assert.deepEqual(saved.sheets.Vendor, { headerRow: 0, question: 'A', answer: 'B', comment: null, id: null });
    // The writer corrects it: the answers go into the dropdown column D.
    saved.sheets.Vendor = { ...saved.sheets.Vendor, answer: 'D' };
    writeFileSync(mappingPath, JSON.stringify(saved));
    const second = await cli(['fill', '--profile', DEMO_PROFILE, input, '--force']);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^Using the columns in .*q\.xlsx\.attest\.json\.\n/);
    assert.doesNotMatch(second.stdout, /\[unsure\]/);
    const filled = (await loadBytes(new Uint8Array(readFileSync(join(dir, 'q.attest.xlsx'))))).getWorksheet('Vendor');
    assert.ok(filled);
    assert.equal(filled.getCell('B1').text, '');
    assert.ok(['Yes', 'No'].includes(filled.getCell('D1').text), `D1 holds a dropdown value: "${filled.getCell('D1').text}"`);
  });

  test('a malformed mapping file: exit 2, one line naming the file and the place, no output', async () => {
    const input = join(dir, 'q.xlsx');
    writeFileSync(input, await headerless());
    writeFileSync(join(dir, 'q.xlsx.attest.json'), JSON.stringify({ attestWorkbookMapping: 1, sheets: { Vendor: { headerRow: 0, question: 'A', answer: 'A1' } } }));
    const result = await cli(['fill', '--profile', DEMO_PROFILE, input]);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /q\.xlsx\.attest\.json: the workbook mapping file is not valid: sheets\.Vendor\.answer: must be a column letter/);
    assert.deepEqual(readdirSync(dir).sort(), ['q.xlsx', 'q.xlsx.attest.json']);
    const missing = await cli(['fill', '--profile', DEMO_PROFILE, input, '--mapping', join(dir, 'none.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /none\.json: the workbook mapping file cannot be read \(no such file\?\)/);
  });
});

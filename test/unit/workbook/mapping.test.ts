/**
 * The mapping file: the writer's corrected columns, remembered beside the workbook and used by the
 * next scan; clear errors for a malformed one; written only through writeFileSafely.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { anyUnsure, columnChoices, correctChoice, mappingFromChoices, mergeCorrections, renderColumnChoices } from '../../../src/domain/workbook/choice';
import { mappingFileText, parseMapping } from '../../../src/domain/workbook/mapping';
import { scanWorkbook, sheetNotes, toPublicScan } from '../../../src/domain/workbook/scan';
import { MappingFileError, mappingPathFor, readMappingFile, writeMappingFile } from '../../../src/io/mappingFile';
import { SafeWriteError } from '../../../src/io/safeWrite';
import { listValidation, toBytes } from './helpers';

/** No header row, two columns that could each take the answer: the reader is unsure. */
async function headerless(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Vendor');
  sheet.columns = [{ width: 70 }, { width: 30 }, { width: 30 }, { width: 30 }];
  const rows = [
    'Do you have a current SOC 2 Type 2 report?',
    'Is customer data encrypted at rest?',
    'Do you perform quarterly vulnerability scans?',
    'Is multi-factor authentication enforced for administrators?',
  ];
  rows.forEach((question, index) => {
    sheet.getRow(index + 1).values = [question, '', 'internal note', ''];
    sheet.getCell(`D${index + 1}`).dataValidation = listValidation(['Yes', 'No']);
  });
  return toBytes(workbook);
}

suite('workbook mapping file', () => {
  test('parses a mapping, letters to columns, skip and null comment', () => {
    const parsed = parseMapping(
      JSON.stringify({ attestWorkbookMapping: 1, sheets: { Vendor: { headerRow: 0, question: 'a', answer: 'D', comment: null, id: null }, 'START HERE': { skip: true } } }),
    );
    assert.deepEqual(parsed.errors, undefined);
    assert.deepEqual(parsed.mapping?.sheets.get('Vendor'), { headerRow: 0, question: 1, answer: 4 });
    assert.deepEqual(parsed.mapping?.sheets.get('START HERE'), { skip: true });
  });

  test('a malformed mapping gets one message per problem, naming the place', () => {
    assert.match(parseMapping('{"attestWorkbookMapping": 1,').errors?.[0] ?? '', /^not valid JSON/);
    const errors = parseMapping(
      JSON.stringify({ attestWorkbookMapping: 1, sheets: { Vendor: { headerRow: -1, question: 'B2', answer: 'B', extra: 1 }, Other: { question: 'B', answer: 'B', headerRow: 1 } } }),
    ).errors;
    assert.ok(errors);
    const text = errors.join('\n');
    assert.match(text, /sheets\.Vendor/);
    assert.match(text, /column letter/);
    assert.match(parseMapping(JSON.stringify({ attestWorkbookMapping: 1, sheets: { Other: { question: 'B', answer: 'b', headerRow: 1 } } })).errors?.join('\n') ?? '', /sheets\.Other\.answer: the question and answer columns must differ/);
    assert.match(parseMapping(JSON.stringify({ attestWorkbookMapping: 2, sheets: {} })).errors?.join('\n') ?? '', /attestWorkbookMapping/);
    assert.match(parseMapping(JSON.stringify({ attestWorkbookMapping: 1, sheets: { S: { headerRow: 1, question: 'ZZZZ', answer: 'B' } } })).errors?.join('\n') ?? '', /sheets\.S\.question: must be a column letter/);
  });

  test('an unsure reading is flagged; the corrected mapping is used by the next scan', async () => {
    const bytes = await headerless();
    const first = await scanWorkbook(bytes);
    const choices = columnChoices(first);
    assert.equal(anyUnsure(choices), true);
    const printed = renderColumnChoices(choices, 'vendor.xlsx.attest.json');
    assert.match(printed, /Sheet "Vendor", no header row: question A, answer B, .*\[unsure\]/);
    assert.match(printed, /chosen by what the cells hold/);
    // The writer corrects the answer column to D (the dropdown) and keeps no comment column.
    const mapping = mappingFromChoices(choices);
    mapping.sheets.set('Vendor', { ...mapping.sheets.get('Vendor'), answer: 4, comment: undefined });
    const reparsed = parseMapping(mappingFileText(mapping, 'vendor.xlsx'));
    assert.ok(reparsed.mapping);
    const second = await scanWorkbook(bytes, { mapping: reparsed.mapping });
    const vendor = toPublicScan(second).sheets[0];
    assert.equal(vendor?.answerColumn, 'D');
    assert.equal(vendor?.commentColumn, undefined);
    assert.deepEqual(vendor?.questions.map((q) => q.answerCell), ['D1', 'D2', 'D3', 'D4']);
    assert.deepEqual(vendor?.questions[0]?.allowedValues, ['Yes', 'No']);
    assert.equal(anyUnsure(columnChoices(second)), false);
  });

  test('a mapping with a header row reads under it; skip skips; an unknown sheet is noted', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form');
    sheet.getRow(2).values = ['Ref', 'Text', 'Reply', 'Notes'];
    sheet.getRow(3).values = ['1', 'Do you have a SOC 2 report?'];
    sheet.getRow(4).values = ['2', 'Is data encrypted at rest?'];
    workbook.addWorksheet('Other').getRow(1).values = ['Question', 'Answer'];
    workbook.getWorksheet('Other')?.addRow(['Is there an incident response plan?']);
    const bytes = await toBytes(workbook);
    const parsed = parseMapping(
      JSON.stringify({ attestWorkbookMapping: 1, sheets: { Form: { headerRow: 2, question: 'B', answer: 'D', comment: 'C', id: 'A' }, Other: { skip: true }, Gone: { skip: true } } }),
    );
    assert.ok(parsed.mapping);
    const scanned = await scanWorkbook(bytes, { mapping: parsed.mapping });
    const [form, other] = toPublicScan(scanned).sheets;
    assert.deepEqual(form?.questions.map((q) => [q.id, q.answerCell, q.commentCell]), [
      ['1', 'D3', 'C3'],
      ['2', 'D4', 'C4'],
    ]);
    assert.equal(form?.headerRow, 2);
    assert.equal(other?.questions.length, 0);
    assert.match(other?.problem ?? '', /mapping file/);
    assert.ok(sheetNotes(scanned).some((note) => /"Gone" that the workbook does not have/.test(note)));
  });

  test('a correction from the editor: a column changes role, the header row, skip; merged over the file', async () => {
    const [vendor] = columnChoices(await scanWorkbook(await headerless()));
    assert.ok(vendor);
    assert.equal(vendor.unsure, true);
    // The dropdown column D becomes the answer column; B (the old answer) becomes the comment column.
    const answer = correctChoice(vendor, { role: 'answer', column: 'd' });
    assert.deepEqual([answer.answer, answer.unsure, answer.reasons], ['D', false, ['Corrected by the writer.']]);
    const comment = correctChoice(answer, { role: 'comment', column: 'B' });
    assert.equal(comment.comment, 'B');
    // Taking the question column for the answer leaves no question column: the sheet is then skipped in the mapping.
    const clash = correctChoice(comment, { role: 'answer', column: 'A' });
    assert.equal(clash.question, undefined);
    const header = correctChoice(comment, { headerRow: 2 });
    const existing = { sheets: new Map([['Other', { skip: true }]]) };
    const merged = mergeCorrections(existing, [header]);
    assert.deepEqual([...merged.sheets.entries()], [
      ['Other', { skip: true }],
      ['Vendor', { headerRow: 2, question: 1, answer: 4, comment: 2 }],
    ]);
    assert.deepEqual(mergeCorrections(undefined, [clash]).sheets.get('Vendor'), { skip: true });
    assert.deepEqual(mergeCorrections(undefined, [correctChoice(vendor, { skip: true })]).sheets.get('Vendor'), { skip: true });
  });

  test('a mapping saved for one version of a sheet is not used on a version whose header row changed', async () => {
    const build = async (answerHeader: string): Promise<Uint8Array> => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Form');
      sheet.getRow(3).values = ['Ref', 'Question', answerHeader, 'Comments'];
      sheet.getRow(4).values = ['1', 'Do you have a SOC 2 report?'];
      sheet.getRow(5).values = ['2', 'Is data encrypted at rest?'];
      return toBytes(workbook);
    };
    const first = await scanWorkbook(await build('Response'));
    const text = mappingFileText(mappingFromChoices(columnChoices(first)));
    assert.match(text, /"headers": \{\n\s+"A": "Ref",\n\s+"B": "Question",\n\s+"C": "Response",\n\s+"D": "Comments"/);
    const mapping = parseMapping(text).mapping;
    assert.ok(mapping);
    const same = toPublicScan(await scanWorkbook(await build('response'), { mapping })).sheets[0];
    assert.deepEqual([same?.answerColumn, same?.unsure, same?.reasons], ['C', undefined, ['Columns from the mapping file beside the workbook.']]);
    // Version 2: column C is now the customer's.
    const changed = toPublicScan(await scanWorkbook(await build('Reviewer Score'), { mapping })).sheets[0];
    assert.equal(changed?.unsure, true);
    assert.match(changed?.reasons?.[0] ?? '', /another version of this sheet \(row 3, column C was "Response", now "Reviewer Score"\)/);
    assert.notEqual(changed?.answerColumn, 'C');
  });

  suite('on disk', () => {
    let dir: string;
    setup(() => {
      dir = mkdtempSync(join(tmpdir(), 'attest-mapping-'));
    });
    teardown(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    test('written beside the workbook and read back; a malformed file is a MappingFileError; none is undefined', async () => {
      const workbook = join(dir, 'q.xlsx');
      writeFileSync(workbook, 'not really a workbook');
      assert.equal(await readMappingFile(mappingPathFor(workbook)), undefined);
      const path = await writeMappingFile(workbook, { sheets: new Map([['S', { headerRow: 1, question: 2, answer: 3 }]]) });
      assert.equal(path, join(dir, 'q.xlsx.attest.json'));
      assert.equal(JSON.parse(readFileSync(path, 'utf8')).workbook, 'q.xlsx');
      assert.deepEqual((await readMappingFile(path))?.sheets.get('S'), { headerRow: 1, question: 2, answer: 3 });
      writeFileSync(path, '{"attestWorkbookMapping": 1, "sheets": {"S": {"question": "B"}}}');
      await assert.rejects(readMappingFile(path), (error: unknown) => error instanceof MappingFileError && /sheets\.S/.test(error.message));
      assert.equal(readFileSync(workbook, 'utf8'), 'not really a workbook');
    });

    test('never written through a link, never onto the workbook', async () => {
      const workbook = join(dir, 'q.xlsx');
      const elsewhere = join(dir, 'elsewhere.txt');
      writeFileSync(workbook, 'workbook');
      writeFileSync(elsewhere, 'keep me');
      symlinkSync(elsewhere, mappingPathFor(workbook));
      const mapping = { sheets: new Map([['S', { skip: true }]]) };
      await assert.rejects(writeMappingFile(workbook, mapping), (error: unknown) => error instanceof SafeWriteError && error.problem === 'link');
      assert.equal(readFileSync(elsewhere, 'utf8'), 'keep me');
      await assert.rejects(writeMappingFile(workbook, mapping, { path: workbook }), (error: unknown) => error instanceof SafeWriteError && error.problem === 'same_as_input');
      assert.equal(readFileSync(workbook, 'utf8'), 'workbook');
    });
  });
});

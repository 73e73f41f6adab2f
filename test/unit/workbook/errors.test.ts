import assert from 'node:assert/strict';
import * as ExcelJS from 'exceljs';
import { fillWorkbook, readWorkbookQuestions, WorkbookError, type WorkbookErrorCode } from '../../../src/domain/workbook';
import { handMadeZip, standardAnswerer, toBytes } from './helpers';

async function expectCode(bytes: Uint8Array, code: WorkbookErrorCode): Promise<void> {
  for (const attempt of [
    () => readWorkbookQuestions(bytes),
    () => fillWorkbook(bytes, standardAnswerer(), { today: '2025-01-01' }),
  ]) {
    await assert.rejects(attempt(), (error: unknown) => {
      assert.ok(error instanceof WorkbookError, `expected a WorkbookError, got ${String(error)}`);
      assert.equal(error.code, code);
      assert.ok(error.message.length > 0 && !error.message.includes('\n'), 'one line');
      assert.doesNotMatch(error.message, /\bat \S+ \(|Error:/, 'no stack trace or raw library error in the message');
      return true;
    });
  }
}

function oleFile(streamNames: string[]): Uint8Array {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  let at = 1024;
  for (const name of streamNames) {
    Buffer.from(name, 'utf16le').copy(bytes, at);
    at += 128;
  }
  return new Uint8Array(bytes);
}

suite('workbook reading: bad input', () => {
  test('empty bytes', async () => {
    await expectCode(new Uint8Array(0), 'empty');
  });

  test('random bytes', async () => {
    const random = new Uint8Array(5000);
    let seed = 7;
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      random[i] = seed & 0xff;
    }
    await expectCode(random, 'corrupt');
  });

  test('a truncated workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Form').addRow(['Question', 'Answer']);
    const bytes = await toBytes(workbook);
    await expectCode(bytes.subarray(0, Math.floor(bytes.length * 0.6)), 'corrupt');
    await expectCode(bytes.subarray(0, 200), 'corrupt');
  });

  test('a zip whose sheet XML is damaged', async () => {
    const zip = handMadeZip({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml':
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><<<',
    });
    await assert.rejects(readWorkbookQuestions(zip), WorkbookError);
  });

  test('an OLE compound file with an EncryptedPackage stream is a password-protected workbook', async () => {
    await expectCode(oleFile(['EncryptionInfo', 'EncryptedPackage']), 'password_protected');
  });

  test('an OLE compound file without one is an old .xls', async () => {
    await expectCode(oleFile(['Workbook', 'SummaryInformation']), 'legacy_xls');
  });

  test('a zip that is not a spreadsheet', async () => {
    await expectCode(handMadeZip({ 'readme.txt': 'hello' }), 'not_xlsx');
    await assert.rejects(
      readWorkbookQuestions(handMadeZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })),
      (error: unknown) => error instanceof WorkbookError && error.code === 'not_xlsx' && /\.ods/.test(error.message),
    );
  });

  test('an empty workbook, and one with no questions', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    await expectCode(await toBytes(empty), 'no_questions');
    const prose = new ExcelJS.Workbook();
    const ws = prose.addWorksheet('Data');
    ws.addRow(['Name', 'Amount']);
    ws.addRow(['Widgets', 12]);
    ws.addRow(['Gadgets', 4]);
    await expectCode(await toBytes(prose), 'no_questions');
  });
});

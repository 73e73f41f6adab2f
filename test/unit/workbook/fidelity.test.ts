/**
 * The filled workbook must be the customer's workbook with answers in it and nothing else
 * changed. These tests open the original and the result and compare everything outside the
 * written cells: through exceljs (cells, styles, merges, widths, validations, notes, images…)
 * and at the zip level (every part other than the edited sheets is byte-identical).
 */
import assert from 'node:assert/strict';
import * as ExcelJS from 'exceljs';
import { fillWorkbook, readWorkbookQuestions } from '../../../src/domain/workbook';
import { ZipArchive } from '../../../src/domain/workbook/zip';
import { handMadeZip, internals, listValidation, loadBytes, mediaCount, standardAnswerer, toBytes } from './helpers';

const TODAY = '2025-06-30';
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function richQuestionnaire(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Customer GRC team';
  const cover = workbook.addWorksheet('Cover', { properties: { tabColor: { argb: 'FF1F4E79' } } });
  cover.getColumn(1).width = 90;
  cover.mergeCells('A1:C1');
  cover.getCell('A1').value = 'Third-party security review';
  cover.getCell('A1').font = { name: 'Calibri', size: 18, bold: true, color: { argb: 'FF1F4E79' } };
  cover.getCell('A3').value = { richText: [{ text: 'Return by ', font: { italic: true } }, { text: '30 June', font: { bold: true } }] };
  cover.getCell('A4').value = { text: 'Our policy', hyperlink: 'https://example.com/policy' };
  cover.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'B6:C9');

  const ws = workbook.addWorksheet('Questionnaire', { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.columns = [{ width: 7 }, { width: 65 }, { width: 12 }, { width: 55 }, { width: 14, hidden: true }];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = 'Information security questionnaire';
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getCell('A2').value = 'Answer in column C; explain in column D.';
  ws.getRow(5).values = ['No.', 'Question', 'Answer', 'Comments', 'Weight'];
  ws.getRow(5).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF305496' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.mergeCells('A6:D6');
  ws.getCell('A6').value = 'A. Assurance';
  ws.getCell('A6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  const rows: [string, string, string?][] = [
    ['A.1', 'Do you have a SOC 2 Type 2 report?'],
    ['A.2', 'What period does your SOC 2 report cover?'],
    ['A.3', 'Have you had an external penetration test?', 'Yes'],
    ['A.4', 'Is the canteen open on weekends?'],
  ];
  rows.forEach(([id, question, answer], i) => {
    const r = 7 + i;
    ws.getRow(r).values = [id, question, answer ?? null, null, 5];
    ws.getRow(r).height = 32;
    ws.getCell(`B${r}`).alignment = { wrapText: true, vertical: 'top' };
    ws.getCell(`C${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    ws.getCell(`C${r}`).border = { left: { style: 'thin' }, right: { style: 'thin' } };
    ws.getCell(`C${r}`).dataValidation = listValidation(['Yes', 'No', 'N/A']);
    ws.getCell(`D${r}`).alignment = { wrapText: true };
    ws.getCell(`D${r}`).font = { italic: true };
  });
  ws.getCell('C7').note = 'Pick one value';
  ws.getRow(11).values = ['', 'Completed', { formula: 'COUNTA(C7:C10)', result: 1 }];
  ws.getCell('C11').numFmt = '0';
  ws.getRow(12).values = ['', 'Internal note: do not send to vendor'];
  ws.getRow(12).hidden = true;
  ws.getCell('E12').value = 0.25;
  ws.getCell('E12').numFmt = '0.00%';
  ws.addConditionalFormatting({
    ref: 'C7:C10',
    rules: [{ type: 'expression', priority: 1, formulae: ['C7="No"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  ws.headerFooter.oddFooter = 'Page &P of &N';
  ws.autoFilter = 'A5:D10';
  workbook.definedNames.add('Questionnaire!$C$7:$C$10', 'Answers');

  const hidden = workbook.addWorksheet('Scoring');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = { formula: 'COUNTIF(Questionnaire!C7:C10,"Yes")', result: 1 };
  return toBytes(workbook);
}

function styleOf(cell: ExcelJS.Cell): string {
  return JSON.stringify(cell.style ?? {});
}

function valueOf(cell: ExcelJS.Cell): string {
  return JSON.stringify(cell.value ?? null);
}

function compareWorkbooks(before: ExcelJS.Workbook, after: ExcelJS.Workbook, written: Set<string>): void {
  assert.deepEqual(
    after.worksheets.map((ws) => [ws.name, ws.state]),
    before.worksheets.map((ws) => [ws.name, ws.state]),
  );
  assert.deepEqual(after.definedNames.model, before.definedNames.model);
  assert.equal(mediaCount(after), mediaCount(before));
  for (const ws of before.worksheets) {
    const other = after.getWorksheet(ws.name) as ExcelJS.Worksheet;
    const rows = Math.max(ws.rowCount, other.rowCount);
    const cols = Math.max(ws.columnCount, other.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const a = ws.getCell(r, c);
        const b = other.getCell(r, c);
        const key = `${ws.name}!${a.address}`;
        assert.equal(styleOf(b), styleOf(a), `style of ${key}`);
        if (!written.has(key)) {
          assert.equal(valueOf(b), valueOf(a), `value of ${key}`);
          assert.deepEqual(b.note, a.note, `note of ${key}`);
        }
      }
      assert.equal(other.getRow(r).height, ws.getRow(r).height, `height of row ${r}`);
      assert.equal(other.getRow(r).hidden, ws.getRow(r).hidden, `hidden row ${r}`);
    }
    for (let c = 1; c <= cols; c++) {
      const a = ws.getColumn(c);
      const b = other.getColumn(c);
      assert.deepEqual([b.width, b.hidden, JSON.stringify(b.style)], [a.width, a.hidden, JSON.stringify(a.style)], `column ${c} of ${ws.name}`);
    }
    const model = (sheet: ExcelJS.Worksheet): ExcelJS.WorksheetModel => sheet.model;
    assert.deepEqual([...model(other).merges].sort(), [...model(ws).merges].sort(), `merges of ${ws.name}`);
    assert.deepEqual(
      internals(other).dataValidations.model,
      internals(ws).dataValidations.model,
      `validations of ${ws.name}`,
    );
    assert.deepEqual(other.views, ws.views);
    assert.deepEqual(internals(other).conditionalFormattings, internals(ws).conditionalFormattings);
    // Image anchors point back at the worksheet, so compare what places the picture.
    const images = (sheet: ExcelJS.Worksheet): unknown =>
      sheet.getImages().map((image) => [image.imageId, image.range.tl.nativeCol, image.range.tl.nativeRow, image.range.br?.nativeCol, image.range.br?.nativeRow]);
    assert.deepEqual(images(other), images(ws));
    assert.ok(ws.name !== 'Cover' || ws.getImages().length === 1);
    assert.deepEqual(other.headerFooter, ws.headerFooter);
    assert.deepEqual(other.autoFilter, ws.autoFilter);
    assert.deepEqual(other.properties, ws.properties);
    assert.deepEqual(other.pageSetup, ws.pageSetup);
  }
}

/** The part's XML with the written cells, `spans` hints and the dimension taken out. */
function withoutCells(xml: string, addresses: string[]): string {
  let result = xml.replace(/ spans="[^"]*"/g, '').replace(/<dimension ref="[^"]*"\/>/, '');
  for (const address of addresses) {
    result = result.replace(new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`), '');
  }
  return result;
}

suite('workbook fidelity', () => {
  test('every cell, style, merge, width, validation, note, image and sheet outside the answers is kept', async () => {
    const original = await richQuestionnaire();
    const { bytes, report } = await fillWorkbook(original, standardAnswerer(), { today: TODAY });
    const written = new Set(['Questionnaire!C7', 'Questionnaire!D7']);
    assert.deepEqual(
      report.sections.flatMap((s) => s.entries.filter((e) => e.status === 'answered').map((e) => e.location)),
      ['Questionnaire!C7'],
    );
    const before = await loadBytes(original);
    const after = await loadBytes(bytes);
    assert.equal(after.getWorksheet('Questionnaire')?.getCell('C7').value, 'Yes');
    assert.match(String(after.getWorksheet('Questionnaire')?.getCell('D7').value), /SOC 2 Type 2/);
    compareWorkbooks(before, after, written);
  });

  test('at the zip level, only the edited sheet (and the recalculation flag) change', async () => {
    const original = await richQuestionnaire();
    const { bytes } = await fillWorkbook(original, standardAnswerer(), { today: TODAY });
    const a = ZipArchive.open(original);
    const b = ZipArchive.open(bytes);
    assert.deepEqual(b.entries.map((e) => e.name), a.entries.map((e) => e.name));
    const changed = a.entries.map((e) => e.name).filter((name) => !Buffer.from(a.read(name) as Uint8Array).equals(Buffer.from(b.read(name) as Uint8Array)));
    assert.deepEqual(changed.sort(), ['xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
    // The workbook has formulas (a completion count, a hidden scoring sheet): Excel recalculates on open.
    assert.match(b.readText('xl/workbook.xml') ?? '', /fullCalcOnLoad="1"/);
    assert.equal(
      (b.readText('xl/workbook.xml') ?? '').replace(/ fullCalcOnLoad="1"/, ''),
      (a.readText('xl/workbook.xml') ?? '').replace(/ fullCalcOnLoad="1"/, ''),
    );
    const sheetBefore = a.readText('xl/worksheets/sheet2.xml') as string;
    const sheetAfter = b.readText('xl/worksheets/sheet2.xml') as string;
    assert.equal(withoutCells(sheetAfter, ['C7', 'D7']), withoutCells(sheetBefore, ['C7', 'D7']));
    // The written cells keep the style index the original cells had.
    const styleIndex = (xml: string, address: string): string | undefined => new RegExp(`<c r="${address}"[^>]*? s="(\\d+)"`).exec(xml)?.[1];
    assert.equal(styleIndex(sheetAfter, 'C7'), styleIndex(sheetBefore, 'C7'));
    assert.equal(styleIndex(sheetAfter, 'D7'), styleIndex(sheetBefore, 'D7'));
  });

  test('keeps parts exceljs does not model (a chart, x14 dropdowns, custom properties) and reads the x14 dropdown', async () => {
    const { bytes, x14Sheet } = await excelStylePackage();
    const scan = await readWorkbookQuestions(bytes);
    const questions = scan.sheets.find((s) => s.name === 'Questions')?.questions ?? [];
    assert.deepEqual(questions[0]?.allowedValues, ['Yes', 'No', 'Not applicable'], 'x14 list pointing at another sheet');

    const { bytes: filled } = await fillWorkbook(bytes, standardAnswerer(), { today: TODAY });
    const a = ZipArchive.open(bytes);
    const b = ZipArchive.open(filled);
    for (const name of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'docProps/custom.xml', 'xl/printerSettings/printerSettings1.bin']) {
      assert.ok(Buffer.from(b.read(name) as Uint8Array).equals(Buffer.from(a.read(name) as Uint8Array)), `${name} kept byte for byte`);
    }
    const sheetAfter = b.readText(x14Sheet) as string;
    assert.match(sheetAfter, /<x14:dataValidations/);
    assert.match(sheetAfter, /<drawing r:id="rIdChart"\/>/);
    assert.match(sheetAfter, /<c r="B2"[^>]*t="inlineStr"><is><t xml:space="preserve">Yes<\/t><\/is><\/c>/);
  });

  test('for comparison: an exceljs read-and-write round trip of the same package drops those parts', async () => {
    const { bytes, x14Sheet } = await excelStylePackage();
    const roundTripped = await toBytes(await loadBytes(bytes));
    const zip = ZipArchive.open(roundTripped);
    assert.equal(zip.has('xl/charts/chart1.xml'), false);
    assert.equal(zip.has('xl/drawings/drawing1.xml'), false);
    assert.equal(zip.has('docProps/custom.xml'), false);
    assert.doesNotMatch(zip.readText(x14Sheet) ?? '', /x14:dataValidation/);
  });
});

/**
 * An exceljs-made workbook turned into what Excel itself writes: a dropdown whose list lives on
 * another sheet (Excel stores it in the x14 extension), a bar chart drawn on the sheet, custom
 * document properties (where sensitivity labels live), printer settings.
 */
async function excelStylePackage(): Promise<{ bytes: Uint8Array; x14Sheet: string }> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Questions');
  ws.columns = [{ width: 60 }, { width: 10 }];
  ws.addRow(['Question', 'Answer']);
  ws.addRow(['Do you have a SOC 2 report?']);
  ws.getCell('E2').value = 3;
  const lists = workbook.addWorksheet('Lists');
  ['Yes', 'No', 'Not applicable'].forEach((value, i) => {
    lists.getCell(i + 1, 1).value = value;
  });
  const zip = ZipArchive.open(await toBytes(workbook));
  const x14Sheet = 'xl/worksheets/sheet1.xml';
  const files: Record<string, Uint8Array | string> = {};
  for (const entry of zip.entries) {
    files[entry.name] = zip.read(entry.name) as Uint8Array;
  }
  const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const extension =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C8B1EA5F6A}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
    '<x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2:B200</xm:sqref></x14:dataValidation>' +
    '</x14:dataValidations></ext></extLst>';
  files[x14Sheet] = (zip.readText(x14Sheet) as string).replace('</worksheet>', `<drawing r:id="rIdChart"/>${extension}</worksheet>`);
  files['xl/worksheets/_rels/sheet1.xml.rels'] =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart" Type="${relationships}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
  files['xl/drawings/drawing1.xml'] =
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${relationships}" r:id="rId1"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  files['xl/drawings/_rels/drawing1.xml.rels'] =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/chart" Target="../charts/chart1.xml"/></Relationships>`;
  files['xl/charts/chart1.xml'] =
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Questions!$E$2:$E$2</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>';
  files['docProps/custom.xml'] =
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classification"><vt:lpwstr>Confidential</vt:lpwstr></property></Properties>';
  files['xl/printerSettings/printerSettings1.bin'] = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  files['[Content_Types].xml'] = (zip.readText('[Content_Types].xml') as string).replace(
    '</Types>',
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
  );
  return { bytes: handMadeZip(files), x14Sheet };
}

/**
 * Packages whose XML carries a namespace prefix on every element (`<x:workbook>`, `<x:row>`),
 * as the OpenXML SDK and some export tools write them. Excel opens them; exceljs 4.4 does not,
 * so these go through the built-in XML reader, and the filler must keep the prefix.
 */
import assert from 'node:assert/strict';
import { fillWorkbook, readWorkbookQuestions } from '../../../src/domain/workbook';
import { scanWorkbook } from '../../../src/domain/workbook/scan';
import { ZipArchive } from '../../../src/domain/workbook/zip';
import { handMadeZip, SOC2_TEXTS, standardAnswerer } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function prefixedWorkbook(): Uint8Array {
  const strings = ['Question', 'Answer', 'Comments', 'Do you have a SOC 2 report?', 'Is there a staff canteen?', 'Yes', 'No'];
  const sst = `<x:sst xmlns:x="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((text) => `<x:si><x:t>${text}</x:t></x:si>`)
    .join('')}</x:sst>`;
  const s = (index: number, ref: string, style = 0): string => `<x:c r="${ref}" s="${style}" t="s"><x:v>${index}</x:v></x:c>`;
  const sheet =
    `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:dimension ref="A1:C3"/>` +
    '<x:cols><x:col min="1" max="1" width="60" customWidth="1"/><x:col min="2" max="2" width="10" customWidth="1"/><x:col min="3" max="3" width="50" customWidth="1"/></x:cols>' +
    `<x:sheetData><x:row r="1">${s(0, 'A1', 1)}${s(1, 'B1', 1)}${s(2, 'C1', 1)}</x:row>` +
    `<x:row r="2">${s(3, 'A2')}<x:c r="B2" s="2"/></x:row>` +
    `<x:row r="3">${s(4, 'A3')}<x:c r="B3" s="2"/></x:row></x:sheetData>` +
    '<x:dataValidations count="1"><x:dataValidation type="list" allowBlank="1" sqref="B2:B3"><x:formula1>"Yes,No"</x:formula1></x:dataValidation></x:dataValidations>' +
    '</x:worksheet>';
  const styles =
    `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="2"><x:font><x:sz val="11"/></x:font><x:font><x:b/><x:sz val="11"/></x:font></x:fonts>` +
    '<x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders>' +
    '<x:cellStyleXfs count="1"><x:xf fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
    '<x:cellXfs count="3"><x:xf fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><x:xf fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>';
  return handMadeZip({
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Vendor form" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': sst,
    'xl/styles.xml': styles,
  });
}

suite('workbook with prefixed XML (OpenXML SDK style)', () => {
  test('is read through the built-in XML reader', async () => {
    const bytes = prefixedWorkbook();
    // exceljs 4.4 cannot load this package: the fallback reader is what reads it.
    assert.equal((await scanWorkbook(bytes)).reader, 'xml');
    const scan = await readWorkbookQuestions(bytes);
    const form = scan.sheets[0];
    assert.equal(form?.name, 'Vendor form');
    assert.deepEqual([form?.headerRow, form?.questionColumn, form?.answerColumn, form?.commentColumn], [1, 'A', 'B', 'C']);
    assert.deepEqual(form?.questions.map((q) => [q.question, q.allowedValues]), [
      ['Do you have a SOC 2 report?', ['Yes', 'No']],
      ['Is there a staff canteen?', ['Yes', 'No']],
    ]);
  });

  test('is filled with the prefix kept and the cell styles kept', async () => {
    const { bytes, report } = await fillWorkbook(prefixedWorkbook(), standardAnswerer(), { today: '2025-06-30' });
    assert.deepEqual(report.sections[0]?.entries.map((e) => e.status), ['answered', 'not_recognized']);
    const sheet = ZipArchive.open(bytes).readText('xl/worksheets/sheet1.xml') ?? '';
    assert.match(sheet, /<x:c r="B2" s="2" t="inlineStr"><x:is><x:t xml:space="preserve">Yes<\/x:t><\/x:is><\/x:c>/);
    assert.match(sheet, /<x:row r="2">.*<x:c r="C2" t="inlineStr"><x:is><x:t xml:space="preserve">/);
    assert.ok(sheet.includes(SOC2_TEXTS.paragraph));
    assert.match(sheet, /<x:row r="3">.*<x:c r="B3" s="2"\/><\/x:row>/);
    const again = await readWorkbookQuestions(bytes);
    assert.equal(again.sheets[0]?.questions[0]?.existingAnswer, 'Yes');
  });
});

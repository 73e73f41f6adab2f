// Hostile workbooks (issue 15): every limit fails with a one-line message naming it, before the
// thing it limits is allocated; positions come from the XML parser; hidden-looking content and
// locked cells are respected. Timing and memory are measured in bench/hostile.bench.ts, not here.
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { fillWorkbook, readWorkbookQuestions, WorkbookError } from '../../../src/domain/workbook';
import { LOCKED_ANSWER_CELL } from '../../../src/domain/workbook/driver';
import { requestFullCalcOnLoad } from '../../../src/domain/workbook/patch';
import { scanWorkbook, toPublicScan } from '../../../src/domain/workbook/scan';
import { ZipArchive } from '../../../src/domain/workbook/zip';
import { cellSpans, parseSheet } from '../../../src/domain/workbook/sheet';
import { StyleTable } from '../../../src/domain/workbook/parts';
import { ReadBudget, type WorkbookLimits } from '../../../src/domain/workbook/limits';
import { fakeAnswerer, SOC2_TEXTS } from './helpers';
import { bombPart, HOSTILE_WORKBOOKS, questionRows, sheetXml, textCell, workbookWith, zipOf } from './hostile';

const TODAY = '2026-01-15';

function answerer(): ReturnType<typeof fakeAnswerer> {
  return fakeAnswerer([
    { pattern: /soc ?2/i, answer: { intent: 'soc2.status', outcome: 'answered', texts: SOC2_TEXTS } },
    { pattern: /penetration/i, answer: { intent: 'assurance.pentest', outcome: 'answered', texts: { yesno: 'No', sentence: 'No.', paragraph: 'No. Not in the last twelve months.' } } },
  ]);
}

async function expectLimit(bytes: Uint8Array, names: RegExp, limits?: Partial<WorkbookLimits>): Promise<void> {
  const attempts = limits === undefined ? [() => readWorkbookQuestions(bytes), () => fillWorkbook(bytes, answerer(), { today: TODAY })] : [() => scanWorkbook(bytes, { limits })];
  for (const attempt of attempts) {
    await assert.rejects(attempt(), (error: unknown) => {
      assert.ok(error instanceof WorkbookError, `expected a WorkbookError, got ${String(error)}`);
      assert.equal(error.code, 'too_large', error.message);
      assert.ok(!error.message.includes('\n'), 'one line');
      assert.match(error.message, /the limit is/);
      assert.match(error.message, names);
      return true;
    });
  }
}

/** The filled sheet's cells, read back through the reader: address → text. */
async function filledCells(bytes: Uint8Array): Promise<Map<string, string>> {
  const scan = await scanWorkbook(bytes);
  const cells = new Map<string, string>();
  for (const row of scan.sheets[0]?.grid?.rows ?? []) {
    for (const cell of row.cells.values()) {
      cells.set(`${String.fromCharCode(64 + cell.col)}${row.row}`, cell.text);
    }
  }
  return cells;
}

function filledSheetXml(bytes: Uint8Array): string {
  return ZipArchive.open(bytes).readText('xl/worksheets/sheet1.xml') ?? '';
}

suite('workbook reading: hostile files fail on a named limit', () => {
  test('the issue\'s hostile files each fail with too_large and say which limit', async () => {
    const expected: Record<string, RegExp> = {
      'col range to column 2,000,000,000': /column 2,000,000,000.*16,384 columns/,
      'merge A1:XFD1048576': /merged ranges covering 17,179,869,184 cells/,
      'merge A100:CV100000 (10 million cells)': /merged cells per sheet/,
      'sheet unpacking to 2 GB (declared)': /sheet1\.xml unpacks to 2,048 MB.*per part/,
      'sheet unpacking to 2 GB (declared 4 KB)': /sheet1\.xml unpacks to more than 64 MB|compression ratio/,
      'five sheets of 40 MB each (declared 4 KB)': /compression ratio|in total/,
    };
    assert.deepEqual(Object.keys(HOSTILE_WORKBOOKS).sort(), Object.keys(expected).sort());
    for (const [name, build] of Object.entries(HOSTILE_WORKBOOKS)) {
      await expectLimit(build(), expected[name] as RegExp);
    }
  });

  test('a control character in a sheet name is shown escaped: the message stays one line', async () => {
    const bytes = workbookWith(sheetXml({ before: '<cols><col min="1" max="99999" width="9"/></cols>' }), [], 'Q&#10;&#13;&#9;x'); // XML 1.0 allows only these three
    await assert.rejects(readWorkbookQuestions(bytes), (error: unknown) => {
      assert.ok(error instanceof WorkbookError);
      assert.equal(error.message, 'This workbook is over a safety limit and was not read: sheet "Q\\u000a\\u000d\\u0009x" defines columns up to column 99,999 (the limit is 16,384 columns).');
      return true;
    });
  });

  test('a lying declared size is caught by the cap on the inflater itself', async () => {
    // 8 MB of whitespace declared as 4 KB, with a 1 MB part cap: the inflater stops at the cap.
    await expectLimit(workbookWith(bombPart(8, 'lie')), /unpacks to more than 1 MB.*1 MB per part/, { maxPartBytes: 1024 * 1024, maxCompressionRatio: 1e9 });
  });

  test('parts under the per-part cap are refused together over the total cap', async () => {
    // The workbook's small parts plus a 3 MB sheet, against a 2 MB total (and a 3.5 MB part cap).
    await expectLimit(workbookWith(bombPart(3, 'truth')), /in total/, { maxTotalBytes: 2 * 1024 * 1024, maxPartBytes: 3.5 * 1024 * 1024, maxCompressionRatio: 1e9 });
    assert.equal((await scanWorkbook(workbookWith(sheetXml()), { limits: { maxTotalBytes: 2 * 1024 * 1024 } })).sheets.length, 1, 'a normal file is under the same total');
  });

  test('the compression ratio is checked on the declared size before inflating', async () => {
    await expectLimit(workbookWith(bombPart(8, 'truth')), /unpacks \d[\d,]* times its packed size.*compression ratio of 200 to 1/, { ratioFloorBytes: 1024 * 1024 });
  });

  test('rows, cells, shared strings, zip entries and merges each have their limit', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `Question ${i} about SOC 2?`);
    await expectLimit(workbookWith(sheetXml({ data: questionRows(many) })), /more than 10 rows.*10 rows per sheet/, { maxRows: 10 });
    await expectLimit(workbookWith(sheetXml({ data: questionRows(many) })), /more than 20 cells/, { maxCells: 20 });
    await expectLimit(workbookWith(sheetXml()), /zip directory lists 6 entries.*5 entries/, { maxZipEntries: 5 });
    const merges = `<mergeCells>${Array.from({ length: 5 }, (_, i) => `<mergeCell ref="F${i + 1}:G${i + 1}"/>`).join('')}</mergeCells>`;
    await expectLimit(workbookWith(sheetXml({ after: merges })), /more than 3 merged ranges/, { maxMerges: 3 });
    const strings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>x</t></si>'.repeat(12)}</sst>`;
    const withStrings = workbookWith(sheetXml(), [{ name: 'xl/sharedStrings.xml', packed: new Uint8Array(deflateRawSync(Buffer.from(strings))), declaredSize: strings.length, crc: 0 }]);
    await expectLimit(withStrings, /shared-string table has more than 10 items/, { maxSharedStrings: 10 });
  });

  test('overlapping <col> ranges past the sheet\'s width are refused, a normal whole-width range is not', async () => {
    const overlapping = `<cols>${'<col min="1" max="16384" width="9"/>'.repeat(3)}</cols>`;
    await expectLimit(workbookWith(sheetXml({ before: overlapping })), /column definitions spanning 32,768 columns/);
    const scan = await readWorkbookQuestions(workbookWith(sheetXml({ before: '<cols><col min="1" max="16384" width="20" customWidth="1"/></cols>' })));
    assert.equal(scan.sheets[0]?.questions.length, 2);
  });

  test('the time budget is a limit like the others', async () => {
    await expectLimit(workbookWith(sheetXml()), /took longer than.*time budget/, { timeBudgetMs: -1 });
  });

  test('a large merge inside the limit costs what the used area costs', async () => {
    // 150,000 cells declared; only the two-question area holds cells, so only that is expanded.
    const scan = await scanWorkbook(workbookWith(sheetXml({ after: '<mergeCells><mergeCell ref="F1:O15000"/></mergeCells>' })));
    const cells = scan.sheets[0]?.grid?.rows.reduce((sum, row) => sum + row.cells.size, 0) ?? 0;
    assert.ok(cells < 100, `expanded ${cells} cells`);
    assert.equal(scan.sheets[0]?.detection.questions.length, 2);
  });
});

suite('workbook reading: malformed XML and invalid characters', () => {
  test('&#x110000; in a data-validation range is a clean "not readable" error, not an unexpected one', async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" sqref="C2:C3&#x110000;"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>';
    for (const attempt of [() => readWorkbookQuestions(workbookWith(sheetXml({ after: validation }))), () => fillWorkbook(workbookWith(sheetXml({ after: validation })), answerer(), { today: TODAY })]) {
      await assert.rejects(attempt(), (error: unknown) => {
        assert.ok(error instanceof WorkbookError);
        assert.equal(error.code, 'corrupt');
        assert.match(error.message, /xl\/worksheets\/sheet1\.xml is not well-formed XML \(.*character/);
        assert.ok(!error.message.includes('\n'));
        return true;
      });
    }
  });

  test('an entity a DOCTYPE defines is refused, not expanded', async () => {
    const xml = sheetXml().replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet').replace('Question</t>', '&b;</t>');
    await assert.rejects(readWorkbookQuestions(workbookWith(xml)), (error: unknown) => error instanceof WorkbookError && error.code === 'corrupt');
  });

  test('an empty zip is a one-line error', async () => {
    await assert.rejects(readWorkbookQuestions(zipOf([])), (error: unknown) => error instanceof WorkbookError && !error.message.includes('\n'));
  });
});

suite('workbook filling: positions come from the XML parser', () => {
  test('a commented-out row inside sheetData does not take the answer', async () => {
    const data = questionRows().replace('<row r="2">', '<!-- <row r="2"><c r="C2"/></row> --><row r="2">');
    const result = await fillWorkbook(workbookWith(sheetXml({ data })), answerer(), { today: TODAY });
    const cells = await filledCells(result.bytes);
    assert.equal(cells.get('C2'), 'Yes');
    assert.equal(cells.get('C3'), 'No');
    assert.match(filledSheetXml(result.bytes), /<!-- <row r="2"><c r="C2"\/><\/row> -->/, 'the comment is kept as it was');
  });

  test('single-quoted attributes: the answer goes into the row and column they name', async () => {
    const data = questionRows().replace(/ r="(\w+)"/g, " r='$1'").replace(/ t="inlineStr"/g, " t='inlineStr'");
    const result = await fillWorkbook(workbookWith(sheetXml({ data })), answerer(), { today: TODAY });
    const xml = filledSheetXml(result.bytes);
    assert.equal((xml.match(/<row /g) ?? []).length, 3, 'no row was added or duplicated');
    const cells = await filledCells(result.bytes);
    assert.equal(cells.get('C2'), 'Yes');
    assert.equal(cells.get('C3'), 'No');
    assert.equal(cells.get('B2'), 'Do you have a current SOC 2 Type 2 report?');
  });

  test('a comment between cells and a CDATA question: the reader and the patcher agree', async () => {
    const data = questionRows().replace('<c r="B3"', '<!-- <c r="C3"/> --><c r="B3"').replace('<t>Have you had', '<t><![CDATA[Have you had]]>');
    const result = await fillWorkbook(workbookWith(sheetXml({ data })), answerer(), { today: TODAY });
    const cells = await filledCells(result.bytes);
    assert.equal(cells.get('C3'), 'No');
    assert.equal(cells.get('B3'), 'Have you had a penetration test in the last year?');
  });

  test('text outside the BMP and CRLF line ends do not shift positions', async () => {
    const data = questionRows().replace('<row r="2">', '\r\n<row r="2">').replace('Type 2 report?', 'Type 2 report? 🔒\r\n');
    const result = await fillWorkbook(workbookWith(sheetXml({ data })), answerer(), { today: TODAY });
    const cells = await filledCells(result.bytes);
    assert.equal(cells.get('C2'), 'Yes');
    assert.equal(cells.get('B2'), 'Do you have a current SOC 2 Type 2 report? 🔒');
  });

  test('recalculation on open: a single-quoted flag is replaced, not doubled, and a commented-out calcPr is left alone', () => {
    assert.equal(
      requestFullCalcOnLoad("<workbook><sheets><sheet/></sheets><calcPr calcId='191029' fullCalcOnLoad='0'/></workbook>"),
      `<workbook><sheets><sheet/></sheets><calcPr calcId='191029' fullCalcOnLoad="1"/></workbook>`,
    );
    assert.equal(
      requestFullCalcOnLoad('<workbook><!-- <calcPr/> --><sheets><sheet/></sheets></workbook>'),
      '<workbook><!-- <calcPr/> --><sheets><sheet/></sheets><calcPr fullCalcOnLoad="1"/></workbook>',
    );
  });

  test('the positions are where the elements are', () => {
    const xml = sheetXml({ data: `<row r='4'><!-- <c r="A4"/> --><c r="B4"><v>1</v></c><c r='C4'/></row>` });
    const parsed = parseSheet('sheet', 'S', xml, [], new StyleTable([]), new ReadBudget());
    const row = parsed.positions.rows[0];
    assert.ok(row);
    assert.equal(xml.slice(row.start, row.end), `<row r='4'><!-- <c r="A4"/> --><c r="B4"><v>1</v></c><c r='C4'/></row>`);
    assert.deepEqual(cellSpans(row).map((cell) => [cell.col, xml.slice(cell.start, cell.end)]), [
      [2, '<c r="B4"><v>1</v></c>'],
      [3, "<c r='C4'/>"],
    ]);
  });
});

suite('workbook reading: content nobody can see counts as hidden', () => {
  async function questions(data: string, before = ''): Promise<string[]> {
    const scan = toPublicScan(await scanWorkbook(workbookWith(sheetXml({ before, data }))));
    return scan.sheets.flatMap((sheet) => sheet.questions.map((question) => question.question));
  }

  test('a row of near-zero height is hidden', async () => {
    const data = questionRows().replace('<row r="3">', '<row r="3" ht="0.4" customHeight="1">');
    assert.deepEqual(await questions(data), ['Do you have a current SOC 2 Type 2 report?']);
  });

  test('a zero-width question column is hidden', async () => {
    // With column B at width 0, no visible column holds questions.
    assert.deepEqual(await questions(questionRows(), '<cols><col min="2" max="2" width="0" customWidth="1"/></cols>'), []);
  });

  test('text in a 1-pt font, white text on no fill and white on a white fill are not questions', async () => {
    for (const style of [2, 3, 5]) {
      const data = questionRows().replace(`${textCell('B3', 'Have you had a penetration test in the last year?')}`, textCell('B3', 'Have you had a penetration test in the last year?', style));
      assert.deepEqual(await questions(data), ['Do you have a current SOC 2 Type 2 report?'], `style ${style}`);
    }
  });

  test('white text on a coloured fill is visible', async () => {
    const data = questionRows().replace(`${textCell('B3', 'Have you had a penetration test in the last year?')}`, textCell('B3', 'Have you had a penetration test in the last year?', 6));
    assert.equal((await questions(data)).length, 2);
  });
});

suite('workbook filling: protected sheets', () => {
  const protection = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

  test('a locked answer cell on a protected sheet is not written, and the report says why', async () => {
    const result = await fillWorkbook(workbookWith(sheetXml({ after: protection })), answerer(), { today: TODAY });
    const entries = result.report.sections[0]?.entries ?? [];
    assert.deepEqual(entries.map((entry) => entry.status), ['needs_person', 'needs_person']);
    assert.deepEqual(entries[0]?.missing, [LOCKED_ANSWER_CELL]);
    const cells = await filledCells(result.bytes);
    assert.equal(cells.get('C2'), undefined);
  });

  test('unlocked answer cells on a protected sheet are written', async () => {
    const data = questionRows()
      .replace('</row><row r="3">', `${textCell('C2', '', 4)}</row><row r="3">`)
      .replace(/<\/row>$/, `${textCell('C3', '', 4)}</row>`);
    const result = await fillWorkbook(workbookWith(sheetXml({ data, after: protection })), answerer(), { today: TODAY });
    assert.deepEqual(result.report.sections[0]?.entries.map((entry) => entry.status), ['answered', 'answered']);
    const cells = await filledCells(result.bytes);
    assert.equal(cells.get('C2'), 'Yes');
  });

  test('the same locked cells without sheet protection are written', async () => {
    const result = await fillWorkbook(workbookWith(sheetXml()), answerer(), { today: TODAY });
    assert.deepEqual(result.report.sections[0]?.entries.map((entry) => entry.status), ['answered', 'answered']);
  });
});

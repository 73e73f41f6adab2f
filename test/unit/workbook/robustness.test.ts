// Whatever a sheet's XML holds, reading and filling end in a result or a WorkbookError with one
// line: never another exception (issue 15: "nothing may take the process down"). And where the
// fill succeeds, what it wrote reads back, at the cells the report names.
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { fillWorkbook, readWorkbookQuestions, WorkbookError } from '../../../src/domain/workbook';
import { fakeAnswerer } from './helpers';
import { questionRows, sheetXml, workbookWith } from './hostile';

/** Pieces of worksheet XML, valid and not, that readers trip over. */
const PIECES = [
  '<row r="9">',
  '</row>',
  "<row r='3'>",
  '<c r="C2"/>',
  "<c r='C3' t='inlineStr'><is><t>x</t></is></c>",
  '<c r="XFE1"/>',
  '<c r="A99999999"/>',
  '<!-- <row r="2"> -->',
  '<![CDATA[<c r="C2"/>]]>',
  '<v>1</v>',
  '<f>SUM(A1)</f>',
  '&amp;',
  '&#x110000;',
  '&bogus;',
  '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>',
  '<cols><col min="1" max="3" width="0"/></cols>',
  '<sheetProtection sheet="1"/>',
  '<?pi x?>',
  '<',
  '>',
  '"',
  '\u0000',
  '🔒',
  '\r\n',
];

function answerer(): ReturnType<typeof fakeAnswerer> {
  // The same text at every length, so whatever length the sheet's layout asks for, the cell says 'Yes'.
  return fakeAnswerer([{ pattern: /soc ?2|penetration/i, answer: { intent: 'soc2.status', outcome: 'answered', texts: { yesno: 'Yes', sentence: 'Yes', paragraph: 'Yes' } } }]);
}

async function settles(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    assert.ok(error instanceof WorkbookError, `not a WorkbookError: ${error instanceof Error ? error.stack : String(error)}`);
    assert.ok(!error.message.includes('\n'), `one line: ${error.message}`);
    return error;
  }
}

suite('workbook reading: arbitrary sheet XML never throws anything but a WorkbookError', () => {
  test('insertions of XML pieces anywhere in the sheet', async () => {
    const base = sheetXml({ data: questionRows() });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: base.length }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 4 }), async (insertions) => {
        let xml = base;
        for (const [at, piece] of [...insertions].sort((a, b) => b[0] - a[0])) {
          xml = xml.slice(0, at) + piece + xml.slice(at);
        }
        const bytes = workbookWith(xml);
        await settles(() => readWorkbookQuestions(bytes));
        const filled = await settles(() => fillWorkbook(bytes, answerer(), { today: '2026-01-15' }));
        if (filled instanceof WorkbookError) {
          return;
        }
        const result = filled as Awaited<ReturnType<typeof fillWorkbook>>;
        // The output is a workbook the reader can open again, and every answered cell holds the answer.
        const reread = await readWorkbookQuestions(result.bytes).catch((error: unknown) => error);
        if (reread instanceof WorkbookError && reread.code === 'no_questions') {
          return;
        }
        assert.ok(!(reread instanceof Error), `the filled workbook reads back: ${String(reread)}`);
        const answered = result.report.sections.flatMap((section) => section.entries).filter((entry) => entry.status === 'answered');
        const cells = new Map<string, string>((reread as Awaited<ReturnType<typeof readWorkbookQuestions>>).sheets.flatMap((sheet) => sheet.questions.map((question): [string, string] => [`${sheet.name}!${question.answerCell}`, question.existingAnswer])));
        for (const entry of answered) {
          assert.equal(cells.get(entry.location), 'Yes', `${entry.location} holds the answer`);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('bytes of the zip changed anywhere (headers, sizes, compressed data)', async () => {
    const base = workbookWith(sheetXml({ data: questionRows() }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }), async (changes) => {
        const bytes = new Uint8Array(base);
        for (const [at, value] of changes) {
          bytes[at] = value;
        }
        await settles(() => readWorkbookQuestions(bytes));
        await settles(() => fillWorkbook(bytes, answerer(), { today: '2026-01-15' }));
      }),
      { numRuns: 300 },
    );
  });
});

import assert from 'node:assert/strict';
import * as ExcelJS from 'exceljs';
import { FillCancelled, fillWorkbook, WorkbookError } from '../../../src/domain/workbook';
import { ZipArchive } from '../../../src/domain/workbook/zip';
import type { AnswerDecision } from '../../../src/domain/answer/types';
import { fakeAnswerer, internals, listValidation, loadBytes, SOC2_TEXTS, standardAnswerer, toBytes } from './helpers';

const TODAY = '2025-06-30';

function text(workbook: ExcelJS.Workbook, sheet: string, address: string): string {
  const value = workbook.getWorksheet(sheet)?.getCell(address).value;
  return value === null || value === undefined ? '' : String(value);
}

/** Dropdown answers with a comment column; one pre-answered row; one needs-a-person row; one unrelated row. */
async function dropdownForm(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Assurance');
  ws.columns = [{ width: 6 }, { width: 60 }, { width: 10 }, { width: 60 }];
  ws.addRow(['#', 'Question', 'Answer', 'Comments']);
  ws.addRow([1, 'Do you have a SOC 2 report?']);
  ws.addRow([2, 'What is the SOC 2 audit period?']);
  ws.addRow([3, 'Is your SOC 2 report a Type 2?', 'No', 'Type 1 only so far']);
  ws.addRow([4, 'Do you have a cafeteria on site?']);
  ws.addRow([5, 'Have you had an external penetration test?']);
  for (let row = 2; row <= 6; row++) {
    ws.getCell(`C${row}`).dataValidation = listValidation(['Y', 'N', 'N/A']);
  }
  return toBytes(workbook);
}

suite('workbook filling', () => {
  test('writes an allowed dropdown value, puts the explanation in the comment column, and reports every row', async () => {
    const original = await dropdownForm();
    const answerer = standardAnswerer();
    const { bytes, report, extension } = await fillWorkbook(original, answerer, { today: TODAY, title: 'Coverage: form.xlsx' });
    assert.equal(extension, '.xlsx');
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Assurance', 'C2'), 'Y');
    assert.equal(text(filled, 'Assurance', 'D2'), SOC2_TEXTS.paragraph, 'a 60-wide comment column gets the paragraph');
    assert.equal(text(filled, 'Assurance', 'C3'), '', 'needs a person: left empty');
    assert.equal(text(filled, 'Assurance', 'D3'), '');
    assert.equal(text(filled, 'Assurance', 'C4'), 'No', 'already answered: left alone');
    assert.equal(text(filled, 'Assurance', 'D4'), 'Type 1 only so far');
    assert.equal(text(filled, 'Assurance', 'C5'), '', 'not recognized: left empty');
    assert.equal(text(filled, 'Assurance', 'C6'), 'N');

    assert.equal(report.title, 'Coverage: form.xlsx');
    assert.deepEqual(
      report.sections.map((section) => [section.name, section.entries.map((entry) => [entry.location, entry.status])]),
      [
        [
          'Assurance',
          [
            ['Assurance!C2', 'answered'],
            ['Assurance!C3', 'needs_person'],
            ['Assurance!C4', 'already_answered'],
            ['Assurance!C5', 'not_recognized'],
            ['Assurance!C6', 'answered'],
          ],
        ],
      ],
    );
    const needsPerson = report.sections[0]?.entries[1];
    assert.deepEqual(needsPerson?.missing, ['[period end date]']);
    assert.equal(needsPerson?.intent, 'soc2.period');
    assert.equal(needsPerson?.question, 'What is the SOC 2 audit period?');
    // The dropdown cell was asked for Yes/No, the comment for a paragraph; the pre-answered row was not asked.
    assert.deepEqual(
      answerer.calls.filter((call) => call.question === 'Do you have a SOC 2 report?').map((call) => call.options),
      [
        { length: 'yesno', today: TODAY },
        { length: 'paragraph', today: TODAY },
      ],
    );
    assert.ok(!answerer.calls.some((call) => call.question.includes('Type 2')));
  });

  test('an answer that leaves the Yes/No open: the explanation goes to the comment column, the dropdown cell is left empty', async () => {
    const original = await dropdownForm();
    // As the library answers a polar question whose Yes/No its entry does not give: no Yes/No, the entry's text.
    const answerer = (question: string, options: { length: string }): AnswerDecision =>
      /cafeteria/.test(question)
        ? options.length === 'yesno'
          ? { question, intent: 'none', confidence: 0.8, outcome: 'undetermined', missing: [], warnings: [], reasons: ['the entry has no Yes/No answer'], source: { kind: 'library', entry: 'food', title: 'Is there a cafeteria?', tier: 'strong', score: 0.8 } }
          : { question, intent: 'none', confidence: 0.8, outcome: 'answered', verdict: 'undetermined', text: 'Staff eat at the food court on the ground floor.', missing: [], warnings: [] }
        : { question, intent: 'none', confidence: 0, outcome: 'not_recognized', missing: [], warnings: [] };
    const { bytes, report } = await fillWorkbook(original, answerer, { today: TODAY, title: 'Coverage: form.xlsx' });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Assurance', 'D5'), 'Staff eat at the food court on the ground floor.');
    assert.equal(text(filled, 'Assurance', 'C5'), '', 'the Yes/No is left for a person');
    assert.deepEqual(filled.getWorksheet('Assurance')?.getCell('C5').dataValidation?.formulae, ['"Y,N,N/A"'], 'the dropdown is kept');
    assert.match(JSON.stringify(report), /the Yes\/No is left for you: the entry has no Yes\/No answer/);
  });

  test('never modifies the input bytes', async () => {
    const original = await dropdownForm();
    const copy = Uint8Array.from(original);
    const { bytes } = await fillWorkbook(original, standardAnswerer(), { today: TODAY });
    assert.deepEqual(original, copy);
    assert.notDeepEqual(bytes, original);
  });

  test('overwrite replaces existing answers and comments', async () => {
    const { bytes, report } = await fillWorkbook(await dropdownForm(), standardAnswerer(), { today: TODAY, overwrite: true });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Assurance', 'C4'), 'Y');
    assert.equal(text(filled, 'Assurance', 'D4'), SOC2_TEXTS.paragraph);
    assert.equal(report.sections[0]?.entries[2]?.status, 'answered');
  });

  test('chooses the answer length from the column: narrow Yes/No, sentence, wide paragraph', async () => {
    const workbook = new ExcelJS.Workbook();
    const narrow = workbook.addWorksheet('Narrow');
    narrow.columns = [{ width: 60 }, { width: 10 }, { width: 30 }];
    narrow.addRow(['Question', 'Answer', 'Notes']);
    narrow.addRow(['Do you have SOC 2?']);
    const header = workbook.addWorksheet('YesNoHeader');
    header.columns = [{ width: 60 }, { width: 30 }];
    header.addRow(['Question', 'Yes/No']);
    header.addRow(['Do you have SOC 2?']);
    const medium = workbook.addWorksheet('Medium');
    medium.columns = [{ width: 60 }, { width: 30 }];
    medium.addRow(['Question', 'Answer']);
    medium.addRow(['Do you have SOC 2?']);
    const wide = workbook.addWorksheet('Wide');
    wide.columns = [{ width: 60 }, { width: 80 }];
    wide.addRow(['Question', 'Response']);
    wide.addRow(['Do you have SOC 2?']);
    const { bytes } = await fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Narrow', 'B2'), 'Yes');
    assert.equal(text(filled, 'Narrow', 'C2'), SOC2_TEXTS.sentence, 'a 30-wide notes column gets the sentence');
    assert.equal(text(filled, 'YesNoHeader', 'B2'), 'Yes');
    assert.equal(text(filled, 'Medium', 'B2'), SOC2_TEXTS.sentence);
    assert.equal(text(filled, 'Wide', 'B2'), SOC2_TEXTS.paragraph);
  });

  test('maps Yes/No onto the dropdown vocabulary, and asks a person when no value fits', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.addRow(['Question', 'Answer']);
    ws.addRow(['Do you have SOC 2? (true/false)']);
    ws.addRow(['Do you have SOC 2? (compliance)']);
    ws.addRow(['Do you have SOC 2? (maturity)']);
    ws.getCell('B2').dataValidation = listValidation(['TRUE', 'FALSE']);
    ws.getCell('B3').dataValidation = listValidation(['Compliant', 'Partially compliant', 'Non-compliant']);
    ws.getCell('B4').dataValidation = listValidation(['Initial', 'Managed', 'Optimized']);
    const { bytes, report } = await fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Form', 'B2'), 'TRUE');
    assert.equal(text(filled, 'Form', 'B3'), 'Compliant');
    assert.equal(text(filled, 'Form', 'B4'), '');
    const entry = report.sections[0]?.entries[2];
    assert.equal(entry?.status, 'needs_person');
    assert.match(entry?.missing?.[0] ?? '', /Initial \/ Managed \/ Optimized/);
  });

  test('a dropdown of other values gets the one value the answer names', async () => {
    const answerer = fakeAnswerer([
      {
        pattern: /which type/i,
        answer: { intent: 'soc2.type', outcome: 'answered', texts: { yesno: 'Yes', sentence: 'Our report is a SOC 2 Type 2 covering twelve months.' } },
      },
      {
        pattern: /both/i,
        answer: { intent: 'soc2.type', outcome: 'answered', texts: { yesno: 'Yes', sentence: 'We hold a Type 2 report; a Type 1 came first.' } },
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.columns = [{ width: 50 }, { width: 10 }, { width: 30 }];
    ws.addRow(['Question', 'Answer', 'Comments']);
    ws.addRow(['Which type of SOC 2 report do you have?']);
    ws.addRow(['Which reports do you have (both)?']);
    ws.getCell('B2').dataValidation = listValidation(['Type 1', 'Type 2', 'None']);
    ws.getCell('B3').dataValidation = listValidation(['Type 1', 'Type 2', 'None']);
    const { bytes, report } = await fillWorkbook(await toBytes(workbook), answerer, { today: TODAY });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Form', 'B2'), 'Type 2');
    assert.equal(text(filled, 'Form', 'C2'), 'Our report is a SOC 2 Type 2 covering twelve months.');
    assert.equal(text(filled, 'Form', 'B3'), '', 'two values named: nothing is guessed');
    assert.equal(report.sections[0]?.entries[1]?.status, 'needs_person');
  });

  test('does not write a comment into a cell the answer is merged across', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.columns = [{ width: 50 }, { width: 10 }, { width: 40 }];
    ws.addRow(['Question', 'Answer', 'Comments']);
    ws.addRow(['Do you have SOC 2?']);
    ws.addRow(['Is your SOC 2 a Type 2?']);
    ws.mergeCells('B3:C3');
    ws.getCell('B2').dataValidation = listValidation(['Yes', 'No']);
    ws.getCell('B3').dataValidation = listValidation(['Yes', 'No']);
    const { bytes } = await fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Form', 'C2'), SOC2_TEXTS.sentence);
    assert.equal(text(filled, 'Form', 'B3'), 'Yes');
    const sheetXml = ZipArchive.open(bytes).readText('xl/worksheets/sheet1.xml') ?? '';
    assert.doesNotMatch(sheetXml, /<c r="C3"[^>]*t="inlineStr"/);
  });

  test('leaves a row empty when the explanation needs a fact even though Yes/No alone would not', async () => {
    const answerer = fakeAnswerer([
      {
        pattern: /SOC 2/,
        answer: { intent: 'soc2.status', outcome: 'answered', texts: { yesno: 'Yes' } },
      },
    ]);
    // The fake answers every length "answered" except when asked for a paragraph.
    const partial = Object.assign(
      (question: string, options: { length: 'yesno' | 'sentence' | 'paragraph'; today: string }) =>
        options.length === 'yesno'
          ? answerer(question, options)
          : { question, intent: 'soc2.status' as const, confidence: 0.9, outcome: 'needs_person' as const, text: 'Yes, covering [period].', missing: ['[period]'], warnings: [] },
      {},
    );
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.columns = [{ width: 50 }, { width: 8 }, { width: 50 }];
    ws.addRow(['Question', 'Answer', 'Comments']);
    ws.addRow(['Do you have SOC 2?']);
    const { bytes, report } = await fillWorkbook(await toBytes(workbook), partial, { today: TODAY });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Form', 'B2'), '');
    assert.deepEqual(report.sections[0]?.entries[0]?.missing, ['[period]']);
  });

  test('treats placeholder prompts and to-do markers in answer cells as unanswered', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.columns = [{ width: 50 }, { width: 30 }];
    ws.addRow(['Question', 'Answer']);
    ws.addRow(['Do you have SOC 2?', 'Please select']);
    ws.addRow(['Is there a SOC 2 Type 2?', '[Enter answer]']);
    ws.addRow(['Is the SOC 2 report current?', 'TBD']);
    const { bytes } = await fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY });
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Form', 'B2'), SOC2_TEXTS.sentence);
    assert.equal(text(filled, 'Form', 'B3'), SOC2_TEXTS.sentence);
    assert.equal(text(filled, 'Form', 'B4'), SOC2_TEXTS.sentence);
  });

  test('reports progress and throws FillCancelled when cancelled, producing nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.addRow(['Question', 'Answer']);
    for (let i = 0; i < 50; i++) {
      ws.addRow([`Do you have SOC 2 item ${i}?`]);
    }
    const bytes = await toBytes(workbook);
    const progress: [number, number][] = [];
    await fillWorkbook(bytes, standardAnswerer(), { today: TODAY, onProgress: (done, total) => progress.push([done, total]) });
    assert.equal(progress.length, 50);
    assert.deepEqual(progress[49], [50, 50]);

    const signal = { aborted: false };
    const cancelling = Object.assign(
      (question: string, options: { length: 'yesno' | 'sentence' | 'paragraph'; today: string }) => {
        if (question.includes('item 10')) {
          signal.aborted = true;
        }
        return standardAnswerer()(question, options);
      },
      {},
    );
    await assert.rejects(fillWorkbook(bytes, cancelling, { today: TODAY, signal }), (error: unknown) => {
      assert.ok(error instanceof FillCancelled);
      assert.doesNotMatch((error as Error).message, /\n/);
      return true;
    });
    await assert.rejects(fillWorkbook(bytes, standardAnswerer(), { today: TODAY, signal: { aborted: true } }), FillCancelled);
  });

  test('a workbook with no recognizable questions is a no_questions error', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    const notes = workbook.addWorksheet('Notes');
    notes.addRow(['Thanks for your business.']);
    await assert.rejects(fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY }), (error: unknown) => {
      assert.ok(error instanceof WorkbookError);
      assert.equal(error.code, 'no_questions');
      return true;
    });
  });

  test('fills two sheets and keeps the sheet name quoted in locations when it has spaces', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['Vendor Form', 'Extra']) {
      const ws = workbook.addWorksheet(name);
      ws.addRow(['Question', 'Response']);
      ws.addRow(['Do you have SOC 2?']);
    }
    const { report } = await fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY });
    assert.deepEqual(
      report.sections.map((s) => s.entries[0]?.location),
      ["'Vendor Form'!B2", 'Extra!B2'],
    );
  });

  test('fills a 10,000-row sheet', async function () {
    this.timeout(120_000);
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Big');
    ws.columns = [{ width: 8 }, { width: 60 }, { width: 10 }, { width: 40 }];
    ws.addRow(['ID', 'Question', 'Answer', 'Comments']);
    for (let i = 1; i <= 10_000; i++) {
      ws.addRow([`Q${i}`, i % 2 === 0 ? `Do you have SOC 2 coverage for system ${i}?` : `Is office ${i} painted blue?`]);
    }
    internals(ws).dataValidations.add('C2:C10001', listValidation(['Yes', 'No']));
    const { bytes, report } = await fillWorkbook(await toBytes(workbook), standardAnswerer(), { today: TODAY });
    const entries = report.sections[0]?.entries ?? [];
    assert.equal(entries.length, 10_000);
    assert.equal(entries.filter((e) => e.status === 'answered').length, 5_000);
    const filled = await loadBytes(bytes);
    assert.equal(text(filled, 'Big', 'C10001'), 'Yes');
    assert.equal(text(filled, 'Big', 'C10000'), '');
  });
});

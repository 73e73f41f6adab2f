/**
 * The property behind every layout: filling changes no cell outside the detected answer and
 * comment cells, whatever the answers are (dropdown values, long prose, XML specials, text that
 * looks like a formula) and whichever questions get answered. Cells are compared through exceljs,
 * a reader independent of the one the filler uses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import * as fc from 'fast-check';
import type { AnswerDecision, Answerer } from '../../../src/domain/answer/types';
import { fillWorkbook } from '../../../src/domain/workbook';
import { scanWorkbook } from '../../../src/domain/workbook/scan';
import { loadBytes } from './helpers';

const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'workbooks');
const FILES = ['hecvat-style.xlsx', 'caiq-style.xlsx', 'sig-lite-style.xlsx', 'vsa-style.xlsx', 'supplier-assessment-style.xlsx', 'yes-no-sections.xlsx'];
const TODAY = '2026-11-01';

function cellsOf(workbook: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify(cell.value));
      });
    });
  });
  return cells;
}

/** Answers chosen by the question's text, from the generated list; some questions are left for a person. */
function generatedAnswerer(answers: { outcome: AnswerDecision['outcome']; yesno: string; prose: string }[]): Answerer {
  return (question, options) => {
    let hash = 0;
    for (const char of question) {
      hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    }
    const answer = answers[hash % answers.length] as (typeof answers)[number];
    return {
      question,
      intent: 'soc2.status',
      confidence: 0.9,
      outcome: answer.outcome,
      text: options.length === 'yesno' ? answer.yesno : answer.prose,
      missing: answer.outcome === 'needs_person' ? ['[a fact]'] : [],
      warnings: [],
    };
  };
}

suite('workbook layouts: filling changes only the detected answer and comment cells', () => {
  const originals = new Map<string, { bytes: Uint8Array; cells: Map<string, string>; allowed: Set<string> }>();

  suiteSetup(async () => {
    for (const file of FILES) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));
      const scanned = await scanWorkbook(bytes);
      const allowed = new Set<string>();
      for (const sheet of scanned.sheets) {
        for (const question of sheet.detection.questions) {
          allowed.add(`${sheet.name}!${question.answerCell}`);
          if (question.commentCell !== undefined) {
            allowed.add(`${sheet.name}!${question.commentCell}`);
          }
        }
      }
      originals.set(file, { bytes, cells: cellsOf(await loadBytes(bytes)), allowed });
    }
  });

  test('property: every changed cell is a detected answer or comment cell', async function () {
    this.timeout(120_000);
    const text = fc.oneof(
      fc.constantFrom('Yes', 'No', 'N/A', 'Compliant', 'Y'),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('=HYPERLINK("http://x")', '<b>&amp;</b> "quoted" \'single\'', 'line one\nline two', 'Yes — see our SOC 2 Type 2 report.'),
    );
    const answer = fc.record({ outcome: fc.constantFrom<AnswerDecision['outcome']>('answered', 'answered', 'needs_person', 'not_recognized'), yesno: text, prose: text });
    let changedSomewhere = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(answer, { minLength: 1, maxLength: 6 }), fc.boolean(), async (file, answers, overwrite) => {
        const original = originals.get(file);
        assert.ok(original);
        const result = await fillWorkbook(original.bytes, generatedAnswerer(answers), { today: TODAY, overwrite });
        const after = cellsOf(await loadBytes(result.bytes));
        const keys = new Set([...original.cells.keys(), ...after.keys()]);
        for (const key of keys) {
          if (original.cells.get(key) !== after.get(key)) {
            assert.ok(original.allowed.has(key), `${file}: ${key} changed from ${original.cells.get(key) ?? '(empty)'} to ${after.get(key) ?? '(empty)'}`);
            changedSomewhere++;
          }
        }
      }),
      { numRuns: 24, seed: 1302 },
    );
    // The property is not empty: the fills did write answers.
    assert.ok(changedSomewhere > 0);
  });

  test('answering every question writes into exactly the answer column of every vendor sheet, never a customer column', async () => {
    const original = originals.get('hecvat-style.xlsx');
    assert.ok(original);
    const answerer = generatedAnswerer([{ outcome: 'answered', yesno: 'Yes', prose: 'Yes. Described in our security overview.' }]);
    const result = await fillWorkbook(original.bytes, answerer, { today: TODAY });
    const after = cellsOf(await loadBytes(result.bytes));
    const changed = [...after.keys()].filter((key) => original.cells.get(key) !== after.get(key));
    const columns = new Set(changed.map((key) => key.replace(/\d+$/, '')));
    assert.deepEqual([...columns].sort(), [
      'Application!C',
      'Application!D',
      'Data!C',
      'Data!E',
      'Datacenter!C',
      'Datacenter!D',
      'Organization!C',
      'Organization!D',
    ]);
    // 24 questions, one already answered (DOCU-01 with its comment): 23 answers and 23 comments.
    assert.equal(changed.length, 46);
  });
});

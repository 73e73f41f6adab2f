/**
 * The standard questionnaire layouts (fixtures built by scripts/make-layout-fixtures.ts): every
 * sheet's detected columns by name, the sheets skipped and why, the customer's columns left alone.
 * Detection on exceljs's grids of the same file must agree (two readers, one answer).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../../scripts/make-layout-fixtures';
import { columnChoices } from '../../../src/domain/workbook/choice';
import { buildGrid } from '../../../src/domain/workbook/grid';
import { scanWorkbook, toPublicScan } from '../../../src/domain/workbook/scan';
import type { WorkbookSheetScan } from '../../../src/domain/workbook/types';
import * as ExcelJS from 'exceljs';
import { loadBytes, toBytes } from './helpers';

export const FIXTURE_DIR = join(__dirname, '..', '..', 'fixtures', 'workbooks');

type Expected =
  | { skipped: RegExp }
  | { header: number; id?: string; question: string; answer: string; comment?: string; questions: number; customer?: string[]; firstSection?: string };

const LAYOUTS: Record<string, Record<string, Expected>> = {
  'hecvat-style.xlsx': {
    'START HERE': { skipped: /instructions or cover sheet/ },
    // "Company Overview" over the id column is a section title, not a header.
    Organization: { header: 4, id: 'A', question: 'B', answer: 'C', comment: 'D', questions: 7, customer: ['E', 'F', 'G'], firstSection: 'Company Overview' },
    // A:B merged "Application Security Questions" names the id column as the question column.
    Application: { header: 4, id: 'A', question: 'B', answer: 'C', comment: 'D', questions: 7, customer: ['E', 'F', 'G'], firstSection: 'Application Security Questions' },
    // "Analyst Notes" (D) comes before the vendor's "Additional Info" (E).
    Data: { header: 4, id: 'A', question: 'B', answer: 'C', comment: 'E', questions: 5, customer: ['D', 'F', 'G'], firstSection: 'Data Protection' },
    Datacenter: { header: 5, id: 'A', question: 'B', answer: 'C', comment: 'D', questions: 5, customer: ['E', 'F', 'G'], firstSection: 'Physical security' },
    "Institution's Evaluation": { skipped: /customer's own sheet/ },
    'Analyst Report': { skipped: /customer's own sheet/ },
    Lists: { skipped: /Hidden/ },
  },
  'caiq-style.xlsx': {
    Introduction: { skipped: /instructions or cover sheet/ },
    // The ownership dropdown (D) is not the answer; the CSC column is not the comment.
    CAIQv4: { header: 3, id: 'A', question: 'B', answer: 'C', comment: 'E', questions: 10 },
  },
  'sig-lite-style.xlsx': {
    Instructions: { skipped: /instructions or cover sheet/ },
    'Business Information': { skipped: /no column of questions/ },
    'SIG Lite': { header: 1, id: 'A', question: 'B', answer: 'C', comment: 'D', questions: 8, customer: ['F', 'G'], firstSection: 'A. Enterprise Risk Management' },
    Dashboard: { skipped: /customer's own sheet/ },
  },
  'vsa-style.xlsx': {
    'Read Me': { skipped: /instructions or cover sheet/ },
    'VSA Core': { header: 3, id: 'A', question: 'B', answer: 'C', comment: 'D', questions: 8, firstSection: '1. Policy and governance' },
    'VSA Privacy': { header: 3, id: 'A', question: 'B', answer: 'C', comment: 'D', questions: 4, firstSection: '1. Personal data' },
    Scoring: { skipped: /customer's own sheet/ },
  },
  'supplier-assessment-style.xlsx': {
    Instructions: { skipped: /instructions or cover sheet/ },
    'Cover Sheet': { skipped: /instructions or cover sheet/ },
    // Reviewer, Reviewer Comments and Risk Rating are the customer's.
    'Security Requirements': { header: 6, id: 'A', question: 'C', answer: 'D', comment: 'E', questions: 9, customer: ['G', 'H', 'I'] },
    Choices: { skipped: /Hidden/ },
  },
  'yes-no-sections.xlsx': {
    Questionnaire: { header: 4, question: 'A', answer: 'B', comment: 'C', questions: 7, customer: ['D'], firstSection: 'Access Control' },
    YesNo: { skipped: /Hidden/ },
  },
};

function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));
}

function checkSheet(file: string, sheet: WorkbookSheetScan, expected: Expected, customer: string[]): void {
  const where = `${file} / ${sheet.name}`;
  if ('skipped' in expected) {
    assert.equal(sheet.questions.length, 0, `${where}: no questions`);
    assert.match(sheet.problem ?? '', expected.skipped, where);
    return;
  }
  assert.equal(sheet.problem, undefined, `${where}: ${sheet.problem ?? ''}`);
  assert.deepEqual(
    { header: sheet.headerRow, id: sheet.idColumn, question: sheet.questionColumn, answer: sheet.answerColumn, comment: sheet.commentColumn, questions: sheet.questions.length },
    { header: expected.header, id: expected.id, question: expected.question, answer: expected.answer, comment: expected.comment, questions: expected.questions },
    where,
  );
  assert.deepEqual(customer, expected.customer ?? [], `${where}: the customer's columns`);
  if (expected.firstSection !== undefined) {
    assert.equal(sheet.questions[0]?.section, expected.firstSection, `${where}: first section`);
  }
  for (const question of sheet.questions) {
    assert.ok(question.question.length >= 12 && !/^[A-Z&]+-\d/.test(question.question), `${where}: "${question.question}" is a question, not an id`);
    if (expected.id !== undefined) {
      assert.ok(question.id !== undefined && question.id.length > 0, `${where}: ${question.address} has its id`);
    }
  }
}

suite('workbook layouts: the standard questionnaires', () => {
  for (const [file, sheets] of Object.entries(LAYOUTS)) {
    test(`${file}: ${Object.keys(sheets).join(', ')}`, async () => {
      const bytes = fixtureBytes(file);
      const scanned = await scanWorkbook(bytes);
      const scan = toPublicScan(scanned);
      const choices = columnChoices(scanned);
      assert.deepEqual(scan.sheets.map((sheet) => sheet.name), Object.keys(sheets), `${file}: the sheets, in order`);
      for (const sheet of scan.sheets) {
        const customer = choices.find((choice) => choice.sheet === sheet.name)?.customer.map((c) => c.column) ?? [];
        checkSheet(file, sheet, sheets[sheet.name] as Expected, customer);
      }
      // The same detection on exceljs's view of the file.
      const library = await loadBytes(bytes);
      const viaExcelJs = await scanWorkbook(bytes, {
        referenceGrid: (name) => {
          const worksheet = library.worksheets.find((candidate) => candidate.name === name);
          return worksheet ? buildGrid(worksheet) : undefined;
        },
      });
      assert.deepEqual(toPublicScan(viaExcelJs), scan, `${file}: exceljs's grid gives the same reading`);
    });
  }

  test('the committed fixtures are what the script builds', async () => {
    for (const fixture of FIXTURES) {
      const built = new Uint8Array((await fixture.build().xlsx.writeBuffer()) as ArrayBuffer);
      assert.deepEqual(toPublicScan(await scanWorkbook(built)), toPublicScan(await scanWorkbook(fixtureBytes(fixture.file))), `${fixture.file}: run npx tsx scripts/make-layout-fixtures.ts`);
    }
    assert.deepEqual(FIXTURES.map((fixture) => fixture.file).sort(), Object.keys(LAYOUTS).sort());
  });

  test('a question row answered with header words ("Compliant", "See details") is not taken for a header', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Controls');
    sheet.columns = [{ width: 70 }, { width: 14 }, { width: 30 }];
    sheet.getRow(1).values = ['Do you encrypt customer data at rest?', 'Compliant', 'See details'];
    sheet.getRow(2).values = ['Do you have a current SOC 2 Type 2 report?', '', ''];
    sheet.getRow(3).values = ['Is multi-factor authentication enforced for administrators?', '', ''];
    sheet.getRow(4).values = ['Do you perform vulnerability scans at least quarterly?', '', ''];
    const scan = toPublicScan(await scanWorkbook(await toBytes(workbook)));
    const controls = scan.sheets[0];
    assert.equal(controls?.headerRow, undefined);
    assert.equal(controls?.questions[0]?.question, 'Do you encrypt customer data at rest?');
    assert.equal(controls?.unsure, true);
  });

  test('the vendor\'s comment column is chosen over the customer\'s ("Company Comments", "Company Use Only")', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Requirements');
    sheet.getRow(2).values = ['Req ID', 'Requirement', 'Supplier Response', 'Company Comments', 'Supplier Comments', 'Company Use Only'];
    sheet.getRow(3).values = ['R-1', 'Describe how customer data is encrypted at rest.'];
    sheet.getRow(4).values = ['R-2', 'Do you have a SOC 2 Type 2 report?'];
    const requirements = toPublicScan(await scanWorkbook(await toBytes(workbook))).sheets[0];
    assert.deepEqual([requirements?.idColumn, requirements?.questionColumn, requirements?.answerColumn, requirements?.commentColumn], ['A', 'B', 'C', 'E']);
  });

  test('the id column taken for the question column is said in the reasons, and the id column gets the ids', async () => {
    const scan = toPublicScan(await scanWorkbook(fixtureBytes('hecvat-style.xlsx')));
    const application = scan.sheets.find((sheet) => sheet.name === 'Application');
    assert.ok(application);
    assert.deepEqual(application.questions.slice(4, 6).map((question) => [question.id, question.section]), [
      ['VULN-01', 'Vulnerability Management'],
      ['VULN-02', 'Vulnerability Management'],
    ]);
    assert.ok(application.reasons?.some((reason) => /cells are ids/.test(reason)), JSON.stringify(application.reasons));
    // No answer or comment cell lands in the customer's columns anywhere in the fixtures.
    for (const file of Object.keys(LAYOUTS)) {
      const scanned = await scanWorkbook(fixtureBytes(file));
      for (const choice of columnChoices(scanned)) {
        const customer = new Set(choice.customer.map((c) => c.column));
        assert.ok(choice.answer === undefined || !customer.has(choice.answer), `${file} / ${choice.sheet}: answer`);
        assert.ok(choice.comment === undefined || !customer.has(choice.comment), `${file} / ${choice.sheet}: comment`);
      }
    }
  });
});

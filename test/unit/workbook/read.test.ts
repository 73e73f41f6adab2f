import assert from 'node:assert/strict';
import * as ExcelJS from 'exceljs';
import { readWorkbookQuestions, type WorkbookScan, type WorkbookSheetScan } from '../../../src/domain/workbook';
import { scanWorkbook, toPublicScan } from '../../../src/domain/workbook/scan';
import { buildGrid } from '../../../src/domain/workbook/grid';
import { editPart, listValidation, loadBytes, toBytes } from './helpers';

/**
 * Reads through the public API (the bounded XML reader), and checks that detection on grids
 * exceljs builds from the same file finds exactly the same questions.
 */
async function scanBoth(workbook: ExcelJS.Workbook): Promise<WorkbookScan> {
  const bytes = await toBytes(workbook);
  const scan = await readWorkbookQuestions(bytes);
  const library = await loadBytes(bytes);
  const viaExcelJs = await scanWorkbook(bytes, {
    referenceGrid: (name) => {
      const worksheet = library.worksheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      return worksheet ? buildGrid(worksheet) : undefined;
    },
  });
  assert.equal(viaExcelJs.reader, 'reference');
  assert.deepEqual(toPublicScan(viaExcelJs), scan, 'the XML reader agrees with exceljs');
  return scan;
}

function sheet(scan: { sheets: WorkbookSheetScan[] }, name: string): WorkbookSheetScan {
  const found = scan.sheets.find((s) => s.name === name);
  assert.ok(found, `sheet ${name} in scan`);
  return found;
}

/** A vendor form: logo text, title, instructions, then the header on row 5. */
function titledQuestionnaire(workbook: ExcelJS.Workbook, name = 'Security'): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.columns = [{ width: 8 }, { width: 70 }, { width: 14 }, { width: 50 }];
  ws.getCell('A1').value = 'ACME Corp';
  ws.mergeCells('A2:D2');
  ws.getCell('A2').value = 'Vendor Security Assessment Questionnaire';
  ws.getCell('A2').font = { bold: true, size: 16 };
  ws.mergeCells('A3:D3');
  ws.getCell('A3').value =
    'Please answer every question below. Use the dropdown in the Response column and give details in the Comments column. Questions marked with an asterisk are mandatory for all suppliers.';
  ws.getRow(5).values = ['ID', 'Question', 'Response', 'Comments'];
  ws.getRow(5).font = { bold: true };
  ws.mergeCells('A6:D6');
  ws.getCell('A6').value = 'Section 1: Independent assurance';
  ws.getRow(7).values = ['1.1', 'Do you have a current SOC 2 report?'];
  ws.getRow(8).values = ['1.2', 'What period does the report cover?'];
  ws.getRow(9).values = ['1.3', 'Have you had an external penetration test in the last year?', 'Yes', 'March 2025, by an outside firm'];
  ws.mergeCells('A10:D10');
  ws.getCell('A10').value = 'Section 2: Operations';
  ws.getRow(11).values = ['2.1', 'Is there a documented backup policy?'];
  for (let row = 7; row <= 11; row++) {
    ws.getCell(`C${row}`).dataValidation = listValidation(['Yes', 'No', 'N/A']);
  }
  return ws;
}

suite('workbook reading: layouts', () => {
  test('finds a header on row 5 under a title block and reads ids, sections and existing answers', async () => {
    const workbook = new ExcelJS.Workbook();
    titledQuestionnaire(workbook);
    const scan = await scanBoth(workbook);
    const security = sheet(scan, 'Security');
    assert.equal(security.headerRow, 5);
    assert.equal(security.questionColumn, 'B');
    assert.equal(security.answerColumn, 'C');
    assert.equal(security.commentColumn, 'D');
    assert.equal(security.idColumn, 'A');
    assert.deepEqual(
      security.questions.map((q) => [q.id, q.address, q.answerCell, q.commentCell, q.section]),
      [
        ['1.1', 'B7', 'C7', 'D7', 'Section 1: Independent assurance'],
        ['1.2', 'B8', 'C8', 'D8', 'Section 1: Independent assurance'],
        ['1.3', 'B9', 'C9', 'D9', 'Section 1: Independent assurance'],
        ['2.1', 'B11', 'C11', 'D11', 'Section 2: Operations'],
      ],
    );
    assert.equal(security.questions[2]?.existingAnswer, 'Yes');
    assert.equal(security.questions[0]?.existingAnswer, '');
    assert.deepEqual(security.questions[0]?.allowedValues, ['Yes', 'No', 'N/A']);
  });

  test('two questionnaire sheets plus an instructions sheet: both are read, the instructions sheet says why it has none', async () => {
    const workbook = new ExcelJS.Workbook();
    const instructions = workbook.addWorksheet('Instructions');
    instructions.getColumn(1).width = 100;
    instructions.getCell('A1').value = 'How to complete this questionnaire';
    instructions.getCell('A2').value = 'Answer each question on the following tabs. Do not change the structure of the workbook.';
    instructions.getCell('A3').value = 'Who should complete it? The person responsible for information security.';
    instructions.getCell('A4').value = 'What happens next? We review your answers within ten business days.';
    instructions.getCell('A5').value = 'Can you attach evidence? Yes, send it with the workbook.';
    titledQuestionnaire(workbook, 'Assurance');
    const second = workbook.addWorksheet('Privacy');
    second.columns = [{ width: 60 }, { width: 40 }];
    second.addRow(['Question', 'Answer']);
    second.addRow(['Do you process personal data of EU residents?']);
    second.addRow(['Is your SOC 2 report available under NDA?']);
    const scan = await scanBoth(workbook);
    assert.deepEqual(scan.sheets.map((s) => s.name), ['Instructions', 'Assurance', 'Privacy']);
    assert.equal(sheet(scan, 'Instructions').questions.length, 0);
    assert.match(sheet(scan, 'Instructions').problem ?? '', /instructions/i);
    assert.equal(sheet(scan, 'Assurance').questions.length, 4);
    const privacy = sheet(scan, 'Privacy');
    assert.equal(privacy.headerRow, 1);
    assert.deepEqual(privacy.questions.map((q) => q.answerCell), ['B2', 'B3']);
    assert.equal(privacy.commentColumn, undefined);
  });

  test('skips hidden sheets and hidden rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const visible = workbook.addWorksheet('Form');
    visible.addRow(['Question', 'Answer']);
    visible.addRow(['Do you have SOC 2?']);
    visible.addRow(['Internal reviewer question: is this vendor strategic?']);
    visible.getRow(3).hidden = true;
    visible.addRow(['Do you encrypt data at rest?']);
    const hidden = workbook.addWorksheet('Scoring');
    hidden.state = 'hidden';
    hidden.addRow(['Question', 'Answer']);
    hidden.addRow(['Do you have ISO 27001?']);
    const veryHidden = workbook.addWorksheet('Internal');
    veryHidden.state = 'veryHidden';
    veryHidden.addRow(['Question', 'Answer']);
    veryHidden.addRow(['Do you have ISO 27001?']);
    const scan = await scanBoth(workbook);
    assert.deepEqual(sheet(scan, 'Form').questions.map((q) => q.row), [2, 4]);
    assert.equal(sheet(scan, 'Scoring').questions.length, 0);
    assert.match(sheet(scan, 'Scoring').problem ?? '', /hidden/i);
    assert.equal(sheet(scan, 'Internal').questions.length, 0);
  });

  test('reads dropdown values from an inline list, a range on a Lists sheet, and a defined name', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Questions');
    const lists = workbook.addWorksheet('Lists');
    lists.getCell('A1').value = 'Y';
    lists.getCell('A2').value = 'N';
    lists.getCell('A3').value = 'Not applicable';
    lists.getCell('B1').value = 'Compliant';
    lists.getCell('B2').value = 'Non-compliant';
    workbook.definedNames.add("'Lists'!$B$1:$B$2", 'ComplianceValues');
    ws.addRow(['Question', 'Answer']);
    ws.addRow(['Do you have SOC 2?']);
    ws.addRow(['Do you have ISO 27001?']);
    ws.addRow(['Do you run vulnerability scans?']);
    ws.getCell('B2').dataValidation = listValidation(['Yes', 'No', 'N/A']);
    ws.getCell('B3').dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$1:$A$3'] };
    ws.getCell('B4').dataValidation = { type: 'list', allowBlank: true, formulae: ['ComplianceValues'] };
    const scan = await scanBoth(workbook);
    const questions = sheet(scan, 'Questions').questions;
    assert.deepEqual(questions.map((q) => q.allowedValues), [
      ['Yes', 'No', 'N/A'],
      ['Y', 'N', 'Not applicable'],
      ['Compliant', 'Non-compliant'],
    ]);
  });

  test('treats a merged section header as a section row, and a merged instruction band as no question', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Vendor');
    ws.addRow(['Ref', 'Requirement', 'Vendor response']);
    ws.addRow(['Access Control']);
    ws.mergeCells('A2:C2');
    ws.addRow(['AC-1', 'Describe how access to production is approved.']);
    ws.addRow(['Please answer the questions below for the hosted service only, not for on-premises deployments.']);
    ws.mergeCells('A4:C4');
    ws.addRow(['AC-2', 'Is multi-factor authentication enforced for administrators?']);
    const scan = await scanBoth(workbook);
    const vendor = sheet(scan, 'Vendor');
    assert.equal(vendor.idColumn, 'A');
    assert.deepEqual(vendor.questions.map((q) => [q.id, q.row, q.section]), [
      ['AC-1', 3, 'Access Control'],
      ['AC-2', 5, 'Access Control'],
    ]);
  });

  test('finds the question and answer columns by content when there is no header row', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Sheet1');
    ws.addRow(['Supplier questionnaire 2025']);
    ws.addRow([]);
    ws.addRow(['1', 'Do you hold a SOC 2 Type 2 report?', null, null]);
    ws.addRow(['2', 'Which firm performed your most recent audit?']);
    ws.addRow(['3', 'Do you perform vulnerability scanning at least monthly?', 'Yes']);
    ws.addRow(['4', 'Describe your incident response plan.']);
    const scan = await scanBoth(workbook);
    const only = sheet(scan, 'Sheet1');
    assert.equal(only.headerRow, undefined);
    assert.equal(only.questionColumn, 'B');
    assert.equal(only.answerColumn, 'C');
    assert.equal(only.idColumn, 'A');
    assert.deepEqual(only.questions.map((q) => q.id), ['1', '2', '3', '4']);
    assert.equal(only.questions[2]?.existingAnswer, 'Yes');
  });

  test('picks the dropdown column as the answer and the second answer-like column as the explanation', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Controls');
    ws.addRow(['Control ID', 'Control', 'Control question', 'Yes/No', 'Response', 'Guidance']);
    ws.addRow(['C-1', 'Assurance', 'Do you maintain a SOC 2 Type 2 report?', null, null, 'Attach the report if you can.']);
    ws.addRow(['C-2', 'Testing', 'Do you commission annual penetration tests?', null, null, 'Name the tester.']);
    ws.getCell('D2').dataValidation = listValidation(['Yes', 'No']);
    ws.getCell('D3').dataValidation = listValidation(['Yes', 'No']);
    const scan = await scanBoth(workbook);
    const controls = sheet(scan, 'Controls');
    assert.equal(controls.idColumn, 'A');
    assert.equal(controls.questionColumn, 'C');
    assert.equal(controls.answerColumn, 'D');
    assert.equal(controls.commentColumn, 'E');
  });

  test('handles a two-line header: a merged group header over Answer and Comments', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.getRow(1).values = ['#', 'Question', 'Supplier response'];
    ws.mergeCells('C1:D1');
    ws.getRow(2).values = [null, null, 'Answer', 'Comments'];
    ws.getRow(3).values = [1, 'Do you have SOC 2?'];
    ws.getRow(4).values = [2, 'Do you have ISO 27001?'];
    const scan = await scanBoth(workbook);
    const form = sheet(scan, 'Form');
    assert.equal(form.answerColumn, 'C');
    assert.equal(form.commentColumn, 'D');
    assert.deepEqual(form.questions.map((q) => q.row), [3, 4]);
  });

  test('a question merged over two rows is one question, and its answer cell is the merge master', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.addRow(['Question', 'Answer']);
    ws.getCell('A2').value = 'Do you have a SOC 2 report, and which trust services categories does it cover?';
    ws.mergeCells('A2:A3');
    ws.mergeCells('B2:B3');
    ws.addRow([]);
    ws.getCell('A4').value = 'Do you have ISO 27001?';
    const scan = await scanBoth(workbook);
    assert.deepEqual(sheet(scan, 'Form').questions.map((q) => q.answerCell), ['B2', 'B4']);
  });

  test('skips a header repeated further down, but not questions that use header words', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.addRow(['Question', 'Answer']);
    ws.addRow(['Is each control item reviewed yearly?']);
    ws.addRow(['Question', 'Answer']);
    ws.addRow(['Describe the response plan for incidents.']);
    const scan = await scanBoth(workbook);
    assert.deepEqual(sheet(scan, 'Form').questions.map((q) => q.row), [2, 4]);
  });

  test('a cloud-controls style sheet: id, question, dropdown answer, ownership, implementation description, mapped control text', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Assessment');
    ws.mergeCells('A1:H1');
    ws.getCell('A1').value = 'Cloud controls self-assessment';
    ws.getRow(2).values = [
      'Question ID',
      'Question',
      'Provider Answer',
      'Control Ownership',
      'Provider Implementation Description',
      'Customer Responsibilities',
      'Control ID',
      'Control Specification',
    ];
    ws.getRow(3).values = ['AAC-01.1', 'Are audit policies established and reviewed at least once a year?', null, null, null, null, 'AAC-01', 'Set up, document and keep current the policies for audit and assurance work, reviewing them on a fixed schedule.'];
    ws.getRow(4).values = ['AAC-02.1', 'Are independent audits performed at least once a year?', null, null, null, null, 'AAC-02', 'Have independent auditors examine the programme at planned intervals.'];
    ws.getCell('C3').dataValidation = listValidation(['Yes', 'No', 'NA']);
    ws.getCell('C4').dataValidation = listValidation(['Yes', 'No', 'NA']);
    const scan = await scanBoth(workbook);
    const assessment = sheet(scan, 'Assessment');
    assert.deepEqual(
      [assessment.headerRow, assessment.idColumn, assessment.questionColumn, assessment.answerColumn, assessment.commentColumn],
      [2, 'A', 'B', 'C', 'E'],
    );
    assert.deepEqual(assessment.questions.map((q) => q.id), ['AAC-01.1', 'AAC-02.1']);
  });

  test('a shared-assessment style sheet: "Ques Num", "Question/Request", "Response", evidence and additional information', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Lite');
    ws.getRow(3).values = ['Ques Num', 'Question/Request', 'Response', 'Evidence Reference', 'Additional Information'];
    ws.getRow(4).values = ['A.1', 'Is there a risk assessment programme approved by management?'];
    ws.getRow(5).values = ['A.2', 'Is a SOC 2 report available for the service?'];
    const scan = await scanBoth(workbook);
    const lite = sheet(scan, 'Lite');
    assert.deepEqual([lite.idColumn, lite.questionColumn, lite.answerColumn, lite.commentColumn], ['A', 'B', 'C', 'E']);
  });

  test('reads a dropdown applied to the whole answer column (B1:B1048576)', async function () {
    this.timeout(30_000);
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Form');
    ws.addRow(['Question', 'Answer']);
    ws.addRow(['Do you have SOC 2?']);
    ws.addRow(['Do you have ISO 27001?']);
    // exceljs would expand a whole-column range into a million cells; write it into the XML directly.
    const bytes = editPart(await toBytes(workbook), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        '<pageMargins',
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B1:B1048576"><formula1>"Yes,No,N/A"</formula1></dataValidation></dataValidations><pageMargins',
      ),
    );
    const scan = await readWorkbookQuestions(bytes);
    assert.deepEqual(scan.sheets[0]?.questions.map((q) => q.allowedValues), [
      ['Yes', 'No', 'N/A'],
      ['Yes', 'No', 'N/A'],
    ]);
  });

  test('reads a 10,000-row sheet', async function () {
    this.timeout(60_000);
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Big');
    ws.addRow(['ID', 'Question', 'Answer']);
    for (let i = 1; i <= 10_000; i++) {
      ws.addRow([`Q${i}`, `Do you have control number ${i} in place?`]);
    }
    ws.getColumn(3).width = 12;
    const scan = await scanBoth(workbook);
    const big = sheet(scan, 'Big');
    assert.equal(big.questions.length, 10_000);
    assert.equal(big.questions[9_999]?.answerCell, 'C10001');
  });
});

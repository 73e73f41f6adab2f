/**
 * Writes demo/vendor-security-workbook.xlsx: a customer's vendor security questionnaire laid out the
 * way real ones are (a title block above the header, an instructions sheet, Yes/No/N/A dropdowns fed
 * from a hidden list sheet, merged section rows, a comments column, a row the vendor already
 * answered, and plenty of questions that are not about SOC 2). It is the demo's sample for
 * "Attest: Fill Workbook…" and `attest fill`.
 *
 *   npx tsx scripts/make-demo-workbook.ts [OUT.xlsx]
 *
 * The content is fixed (dates included); only the zip's own timestamps change from run to run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';

const OUT = process.argv[2] ?? join(__dirname, '..', 'demo', 'vendor-security-workbook.xlsx');
const FIXED_DATE = new Date('2026-10-01T09:00:00Z');

const NAVY = 'FF1F3864';
const HEADER_FILL = 'FF2F5597';
const SECTION_FILL = 'FFD9E2F3';
const ANSWER_FILL = 'FFFFF2CC';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFA6A6A6' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

type Row = { kind: 'section'; title: string } | { kind: 'question'; id: string; question: string; answer?: string; comment?: string; guidance?: string };

function section(title: string): Row {
  return { kind: 'section', title };
}

function question(id: string, text: string, extra: { answer?: string; comment?: string; guidance?: string } = {}): Row {
  return { kind: 'question', id, question: text, ...extra };
}

const SECURITY_ROWS: Row[] = [
  section('1. Independent assurance'),
  question('1.1', 'Do you have a current SOC 2 report for the service in scope of this review?', { guidance: 'Attach the report or explain how it can be obtained.' }),
  question('1.2', 'Is your most recent SOC 2 report a Type 2 report?'),
  question('1.3', 'Did the auditor report any exceptions or deviations in your most recent SOC 2 report?'),
  question('1.4', 'Can you share your SOC 2 report with us under NDA?', {
    answer: 'Yes',
    comment: 'Request it through our trust portal; the report is released once the mutual NDA is signed.',
  }),
  question('1.5', 'Is your organization certified to ISO/IEC 27001?'),
  question('1.6', 'Has an independent third party performed a penetration test of the service in the last 12 months?', {
    guidance: 'Provide the date of the last test and whether a summary is available.',
  }),
  question('1.7', 'Do you rely on subservice organizations (for example a cloud hosting provider) to deliver the service?'),
  section('2. Security operations'),
  question('2.1', 'Are security patches applied to production systems within a defined timeframe?'),
  question('2.2', 'Do you perform vulnerability scanning of your systems at least quarterly?'),
  question('2.3', 'Do you maintain a documented incident response plan that is tested at least annually?'),
  question('2.4', 'Are employee laptops centrally managed (MDM) with a security configuration baseline?'),
  question('2.5', 'Do employees complete security awareness training at least once a year?'),
  section('3. Data protection and privacy'),
  question('3.1', 'Is customer data encrypted at rest using AES-256 or stronger?'),
  question('3.2', 'Will any customer data be stored or processed outside the United States?', { guidance: 'If yes, list the countries.' }),
  question('3.3', 'Do you have a designated Data Protection Officer?'),
  question('3.4', 'Do you carry cyber liability insurance with coverage of at least $5M?'),
  section('4. Business continuity'),
  question('4.1', 'Do you have a business continuity plan that is tested at least annually?'),
  question('4.2', 'Are backups stored in a separate region from the primary production environment?'),
];

const DETAIL_ROWS: Row[] = [
  question('AD-1', 'Which CPA firm performed your most recent SOC 2 examination?'),
  question('AD-2', 'What period did your most recent SOC 2 report cover?'),
  question('AD-3', 'Which Trust Services Criteria categories were in scope?'),
  question('AD-4', 'If the report period ended more than three months ago, can you provide a bridge letter covering the time since?'),
  question('AD-5', 'When do you expect your next SOC 2 report to be issued?'),
  question('AD-6', 'Which complementary user entity controls (CUECs) are customers responsible for?'),
  question('AD-7', 'Describe how you review the SOC reports of your own critical vendors.'),
  question('AD-8', 'Who is the primary security contact for this engagement (name, title, email)?'),
];

function styleHeader(row: ExcelJS.Row, columns: number): void {
  row.height = 30;
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = { name: 'Calibri', size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = box;
  }
}

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Instructions', { properties: { tabColor: { argb: NAVY } }, views: [{ showGridLines: false }] });
  sheet.getColumn(1).width = 4;
  sheet.getColumn(2).width = 110;
  sheet.getCell('B2').value = 'Fabrikam Health — Vendor Security Assessment';
  sheet.getCell('B2').font = { name: 'Calibri', size: 18, bold: true, color: { argb: NAVY } };
  sheet.getCell('B3').value = 'Version 3.2 · Third-Party Risk Management · Confidential when completed';
  sheet.getCell('B3').font = { italic: true, color: { argb: 'FF595959' } };
  const lines = [
    'How to complete this assessment',
    '1. Answer every question on the "Security Questionnaire" tab by choosing Yes, No or N/A in the Response column.',
    '2. Use the Comments / Evidence column to explain your answer or reference supporting documents.',
    '3. Answer the "Assurance Details" tab in free text.',
    '4. Do not add, remove or reorder rows: the workbook is scored automatically.',
    '5. Return the completed workbook to vendor-risk@fabrikam-health.example within 15 business days.',
    '',
    'Questions about this assessment? Contact the Fabrikam Health Third-Party Risk team.',
  ];
  lines.forEach((text, i) => {
    const cell = sheet.getCell(`B${5 + i}`);
    cell.value = text;
    cell.alignment = { wrapText: true };
    if (i === 0) {
      cell.font = { bold: true, size: 13, color: { argb: NAVY } };
    }
  });
}

function addQuestionnaire(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Security Questionnaire', {
    properties: { tabColor: { argb: HEADER_FILL } },
    views: [{ state: 'frozen', ySplit: 5 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = [{ width: 7 }, { width: 52 }, { width: 11 }, { width: 100 }, { width: 30 }];

  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').value = 'Vendor Security Assessment — Security Questionnaire';
  sheet.getCell('A1').font = { size: 16, bold: true, color: { argb: NAVY } };
  sheet.getRow(1).height = 26;
  // Label and value in one rich-text cell: column A is narrow, and the text runs on into B.
  sheet.getCell('A2').value = { richText: [{ text: 'Vendor name: ', font: { bold: true } }, { text: 'Northwind Ledger, Inc.' }] };
  sheet.getCell('A3').value = { richText: [{ text: 'Date issued: ', font: { bold: true } }, { text: FIXED_DATE.toISOString().slice(0, 10) }] };
  sheet.getCell('D2').value = 'Answered:';
  sheet.getCell('D2').alignment = { horizontal: 'right' };
  sheet.getCell('D2').font = { bold: true };

  sheet.getRow(5).values = ['Ref', 'Question', 'Response', 'Comments / Evidence', 'Guidance'];
  styleHeader(sheet.getRow(5), 5);

  let r = 6;
  for (const row of SECURITY_ROWS) {
    if (row.kind === 'section') {
      sheet.mergeCells(`A${r}:E${r}`);
      const cell = sheet.getCell(`A${r}`);
      cell.value = row.title;
      cell.font = { bold: true, color: { argb: NAVY } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
      cell.border = box;
      r++;
      continue;
    }
    // Room for a paragraph in Comments, as forms that expect explanations leave.
    sheet.getRow(r).values = [row.id, row.question, row.answer ?? null, row.comment ?? null, row.guidance ?? null];
    sheet.getRow(r).height = 108;
    sheet.getCell(`A${r}`).alignment = { vertical: 'top', horizontal: 'center' };
    sheet.getCell(`B${r}`).alignment = { vertical: 'top', wrapText: true };
    const response = sheet.getCell(`C${r}`);
    response.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
    response.alignment = { vertical: 'top', horizontal: 'center' };
    response.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['YesNoNA'],
      showErrorMessage: true,
      errorTitle: 'Response',
      error: 'Choose Yes, No or N/A.',
    };
    sheet.getCell(`D${r}`).alignment = { vertical: 'top', wrapText: true };
    sheet.getCell(`E${r}`).alignment = { vertical: 'top', wrapText: true };
    sheet.getCell(`E${r}`).font = { italic: true, color: { argb: 'FF7F7F7F' } };
    for (let c = 1; c <= 5; c++) {
      sheet.getRow(r).getCell(c).border = box;
    }
    r++;
  }
  const last = r - 1;
  // The customer's own progress counter: a formula the filler must leave alone (and Excel recalculates).
  sheet.getCell('E2').value = { formula: `COUNTA(C7:C${last})&" of "&COUNTIF(A7:A${last},"*.*")`, result: `1 of ${SECURITY_ROWS.filter((x) => x.kind === 'question').length}` };
  sheet.getCell('C5').note = 'Pick Yes, No or N/A from the list.';
  sheet.autoFilter = `A5:E${last}`;
  sheet.headerFooter.oddFooter = '&LFabrikam Health — Confidential&RPage &P of &N';
}

function addDetails(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Assurance Details', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = [{ width: 8 }, { width: 50 }, { width: 120 }];
  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = 'Assurance details (free text)';
  sheet.getCell('A1').font = { size: 14, bold: true, color: { argb: NAVY } };
  sheet.getRow(3).values = ['ID', 'Question', 'Vendor Response'];
  styleHeader(sheet.getRow(3), 3);
  DETAIL_ROWS.forEach((row, i) => {
    if (row.kind !== 'question') {
      return;
    }
    const r = 4 + i;
    sheet.getRow(r).values = [row.id, row.question, null];
    sheet.getRow(r).height = 84;
    sheet.getCell(`A${r}`).alignment = { vertical: 'top' };
    sheet.getCell(`B${r}`).alignment = { vertical: 'top', wrapText: true };
    sheet.getCell(`C${r}`).alignment = { vertical: 'top', wrapText: true };
    sheet.getCell(`C${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
    for (let c = 1; c <= 3; c++) {
      sheet.getRow(r).getCell(c).border = box;
    }
  });
}

function addLists(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Lists');
  sheet.state = 'hidden';
  sheet.getCell('A1').value = 'Response';
  ['Yes', 'No', 'N/A'].forEach((value, i) => {
    sheet.getCell(`A${2 + i}`).value = value;
  });
  workbook.definedNames.add('Lists!$A$2:$A$4', 'YesNoNA');
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fabrikam Health Third-Party Risk';
  workbook.lastModifiedBy = 'Fabrikam Health Third-Party Risk';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addInstructions(workbook);
  addQuestionnaire(workbook);
  addDetails(workbook);
  addLists(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileSync(OUT, new Uint8Array(buffer as ArrayBuffer));
  console.log(`Wrote ${OUT} (${(buffer as ArrayBuffer).byteLength} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

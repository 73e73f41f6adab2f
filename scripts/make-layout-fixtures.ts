/**
 * Writes the workbook layout fixtures under test/fixtures/workbooks/: questionnaires laid out the
 * way the public standard ones are (HECVAT, CAIQ, SIG Lite, VSA, a big vendor's supplier
 * assessment, a plain Yes/No sheet with section rows), with their traps: an id column beside the
 * question, a header row whose first cell is a section title, section and instruction rows, several
 * vendor sheets, the customer's own columns ("Analyst Notes", "Score", "Reviewer") and sheets (the
 * institution's evaluation), and sheets that only point to others ("START HERE", "Instructions").
 * The texts are our own; only the structures follow the public templates.
 *
 *   npx tsx scripts/make-layout-fixtures.ts [OUT_DIR]
 *
 * The content is fixed; only the zip's own timestamps change from run to run. The unit tests in
 * test/unit/workbook/layouts.test.ts name every sheet's detected columns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';

const FIXED_DATE = new Date('2026-10-01T09:00:00Z');
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5597' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const CUSTOMER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

export interface Fixture {
  file: string;
  build: () => ExcelJS.Workbook;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Attest fixtures';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

function listValidation(values: string[]): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`] };
}

function rangeValidation(range: string): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [range] };
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
}

function listsSheet(workbook: ExcelJS.Workbook, name: string, columns: string[][]): void {
  const lists = workbook.addWorksheet(name, { state: 'hidden' });
  columns.forEach((values, index) => {
    values.forEach((value, row) => {
      lists.getCell(row + 1, index + 1).value = value;
    });
  });
}

type Item = { section: string } | { id: string; q: string; answer?: string; comment?: string };

const sec = (section: string): Item => ({ section });
const q = (id: string, text: string, extra: { answer?: string; comment?: string } = {}): Item => ({ id, q: text, ...extra });

// ---------------------------------------------------------------------------------------------
// 1. HECVAT-style: START HERE, four vendor sheets with ids (COMP-01) and the customer's columns,
//    two sheets for the institution's evaluation, a hidden lists sheet.

const HECVAT_SHEETS: { name: string; prefix: string; header: 'title-and-question' | 'merged-title' | 'title-only' | 'below-title'; items: Item[] }[] = [
  {
    name: 'Organization',
    prefix: 'COMP',
    header: 'title-and-question',
    items: [
      q('COMP-01', 'Describe your organization\'s business background and ownership structure.'),
      q('COMP-02', 'Have you had an unplanned disruption to this product or service in the last 12 months?'),
      q('COMP-03', 'Do you have a dedicated information security team?'),
      sec('Documentation'),
      q('DOCU-01', 'Do you have a current SOC 2 Type 2 report for the service in scope?', { answer: 'Yes', comment: 'Available under NDA through our trust portal.' }),
      q('DOCU-02', 'Is your organization certified to ISO/IEC 27001?'),
      q('DOCU-03', 'Do you have a well-documented business continuity plan that is tested annually?'),
      q('DOCU-04', 'Provide the date of your most recent third-party penetration test.'),
    ],
  },
  {
    name: 'Application',
    prefix: 'APPL',
    header: 'merged-title',
    items: [
      q('APPL-01', 'Are access controls for institutional accounts based on structured rules, such as role-based access control?'),
      q('APPL-02', 'Does the application support single sign-on through SAML 2.0 or OpenID Connect?'),
      q('APPL-03', 'Do you follow a documented secure software development life cycle?'),
      q('APPL-04', 'Are all code changes peer reviewed before they reach production?'),
      sec('Vulnerability Management'),
      q('VULN-01', 'Do you perform vulnerability scanning of the application at least quarterly?'),
      q('VULN-02', 'Are critical vulnerabilities remediated within 30 days of discovery?'),
      q('VULN-03', 'List the tools you use for static and dynamic application security testing.'),
    ],
  },
  {
    name: 'Data',
    prefix: 'DATA',
    header: 'title-only',
    items: [
      q('DATA-01', 'Is institutional data encrypted at rest using AES-256 or stronger?'),
      q('DATA-02', 'Is institutional data encrypted in transit with TLS 1.2 or later?'),
      q('DATA-03', 'Will institutional data be stored or processed outside the United States?'),
      q('DATA-04', 'Describe how institutional data is returned or destroyed at the end of the contract.'),
      q('DATA-05', 'Are backups of institutional data encrypted and tested for restore at least annually?'),
    ],
  },
  {
    name: 'Datacenter',
    prefix: 'DCTR',
    header: 'below-title',
    items: [
      sec('Physical security'),
      q('DCTR-01', 'Is the service hosted in a third-party data center or cloud provider?'),
      q('DCTR-02', 'Does your data center provider hold a current SOC 2 Type 2 report?'),
      q('DCTR-03', 'Are data center facilities protected by badge access and video surveillance?'),
      sec('Resilience'),
      q('DCTR-04', 'Is the service deployed across more than one availability zone or region?'),
      q('DCTR-05', 'Describe your recovery time and recovery point objectives for this service.'),
    ],
  },
];

function hecvat(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const start = workbook.addWorksheet('START HERE');
  start.getColumn(1).width = 110;
  start.getCell('A1').value = 'Higher Education Vendor Assessment — start here';
  start.getCell('A1').font = { bold: true, size: 16 };
  [
    'Vendors: complete the Organization, Application, Data and Datacenter tabs. Select an answer from the dropdown in the Vendor Answer column and explain it under Additional Information.',
    'Do not edit the Analyst Notes or Score columns; they are for the institution.',
    'The Institution\'s Evaluation and Analyst Report tabs are completed by the institution after you return the workbook.',
    'Questions? Contact the institution\'s security office.',
  ].forEach((text, index) => {
    start.getCell(`A${index + 3}`).value = text;
  });

  for (const spec of HECVAT_SHEETS) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 4 }] });
    sheet.columns = [{ width: 12 }, { width: 70 }, { width: 16 }, { width: 50 }, { width: 40 }, { width: 10 }, { width: 10 }];
    sheet.getCell('A1').value = `HECVAT-style assessment — ${spec.name}`;
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.mergeCells('A1:G1');
    sheet.getCell('A2').value = 'Please answer every question in the Vendor Answer column; use Additional Information to explain your answer.';
    sheet.mergeCells('A2:G2');
    let headerRow = 4;
    const headerValues = ['', '', 'Vendor Answer', 'Additional Information', 'Analyst Notes', 'Score', 'Weight'];
    switch (spec.header) {
      case 'title-and-question':
        headerValues[0] = 'Company Overview';
        headerValues[1] = 'Question';
        break;
      case 'merged-title':
        headerValues[0] = 'Application Security Questions';
        break;
      case 'title-only':
        // The customer's notes come before the vendor's explanation on this sheet.
        headerValues[0] = 'Data Protection';
        headerValues[2] = 'Vendor Answers';
        headerValues[3] = 'Analyst Notes';
        headerValues[4] = 'Additional Info';
        headerValues[5] = 'Risk';
        break;
      case 'below-title':
        sheet.getCell('A4').value = 'DATACENTER';
        sheet.getCell('A4').font = { bold: true };
        sheet.mergeCells('A4:G4');
        headerRow = 5;
        headerValues[0] = 'ID';
        headerValues[1] = 'Datacenter Question';
        break;
    }
    sheet.getRow(headerRow).values = headerValues;
    styleHeader(sheet.getRow(headerRow));
    if (spec.header === 'merged-title') {
      sheet.mergeCells(`A${headerRow}:B${headerRow}`);
    }
    let r = headerRow + 1;
    for (const item of spec.items) {
      if ('section' in item) {
        sheet.getCell(`A${r}`).value = item.section;
        sheet.getCell(`A${r}`).font = { bold: true };
        sheet.getCell(`A${r}`).fill = SECTION_FILL;
        sheet.mergeCells(`A${r}:G${r}`);
        r++;
        continue;
      }
      sheet.getCell(`A${r}`).value = item.id;
      sheet.getCell(`B${r}`).value = item.q;
      sheet.getCell(`B${r}`).alignment = { wrapText: true };
      const answer = sheet.getCell(`C${r}`);
      answer.dataValidation = rangeValidation('Lists!$A$1:$A$3');
      answer.fill = ANSWER_FILL;
      if (item.answer) {
        answer.value = item.answer;
      }
      const vendorComment = spec.header === 'title-only' ? 'E' : 'D';
      const analystNotes = spec.header === 'title-only' ? 'D' : 'E';
      if (item.comment) {
        sheet.getCell(`${vendorComment}${r}`).value = item.comment;
      }
      // The customer's columns: scored by formula from the vendor's answer.
      sheet.getCell(`${analystNotes}${r}`).fill = CUSTOMER_FILL;
      sheet.getCell(`F${r}`).value = { formula: `IF(C${r}="Yes",G${r},0)`, result: item.answer === 'Yes' ? 5 : 0 };
      sheet.getCell(`G${r}`).value = 5;
      r++;
    }
  }

  const evaluation = workbook.addWorksheet("Institution's Evaluation");
  evaluation.columns = [{ width: 12 }, { width: 70 }, { width: 16 }, { width: 40 }, { width: 10 }];
  evaluation.getRow(1).values = ['Question ID', 'Question', 'Vendor Answer', 'Analyst Comments', 'Score'];
  styleHeader(evaluation.getRow(1));
  let row = 2;
  for (const spec of HECVAT_SHEETS) {
    for (const item of spec.items) {
      if ('id' in item) {
        evaluation.getCell(`A${row}`).value = item.id;
        evaluation.getCell(`B${row}`).value = item.q;
        row++;
      }
    }
  }
  const report = workbook.addWorksheet('Analyst Report');
  report.getRow(1).values = ['Section', 'Score', 'Maximum', 'Analyst Summary'];
  styleHeader(report.getRow(1));
  HECVAT_SHEETS.forEach((spec, index) => {
    report.getRow(index + 2).values = [spec.name, 0, spec.items.length * 5, ''];
  });
  listsSheet(workbook, 'Lists', [['Yes', 'No', 'N/A']]);
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// 2. CAIQ-style: an introduction sheet, one big sheet with control ids (A&A-01.1), Yes/No/NA,
//    the ownership dropdown, an implementation description, and the mapped control's own texts.

const CAIQ_ROWS: { id: string; q: string; control: string; title: string; spec: string; domain: string }[] = [
  { id: 'A&A-01.1', q: 'Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?', control: 'A&A-01', title: 'Audit and Assurance Policy and Procedures', spec: 'Establish, document, approve, communicate, apply, evaluate and maintain audit and assurance policies and procedures and standards. Review and update the policies and procedures at least annually.', domain: 'Audit & Assurance' },
  { id: 'A&A-01.2', q: 'Are audit and assurance policies, procedures, and standards reviewed and updated at least annually?', control: 'A&A-01', title: 'Audit and Assurance Policy and Procedures', spec: 'Establish, document, approve, communicate, apply, evaluate and maintain audit and assurance policies and procedures and standards. Review and update the policies and procedures at least annually.', domain: 'Audit & Assurance' },
  { id: 'A&A-02.1', q: 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?', control: 'A&A-02', title: 'Independent Assessments', spec: 'Conduct independent audit and assurance assessments according to relevant standards at least annually.', domain: 'Audit & Assurance' },
  { id: 'A&A-03.1', q: 'Are independent audit and assurance assessments performed according to risk-based plans and policies?', control: 'A&A-03', title: 'Risk Based Planning Assessment', spec: 'Perform independent audit and assurance assessments according to risk-based plans and policies.', domain: 'Audit & Assurance' },
  { id: 'BCR-01.1', q: 'Are business continuity management and operational resilience policies and procedures established, documented, approved, communicated, applied, evaluated, and maintained?', control: 'BCR-01', title: 'Business Continuity Management Policy and Procedures', spec: 'Establish, document, approve, communicate, apply, evaluate and maintain business continuity management and operational resilience policies and procedures.', domain: 'Business Continuity Management and Operational Resilience' },
  { id: 'BCR-08.1', q: 'Is cloud data periodically backed up?', control: 'BCR-08', title: 'Backup', spec: 'Periodically back up data stored in the cloud. Ensure the confidentiality, integrity and availability of the backup, and verify data restoration from backup for resiliency.', domain: 'Business Continuity Management and Operational Resilience' },
  { id: 'CEK-03.1', q: 'Are data at-rest and in-transit cryptographically protected using cryptographic libraries certified to approved standards?', control: 'CEK-03', title: 'Data Encryption', spec: 'Provide cryptographic protection to data at-rest and in-transit, using cryptographic libraries certified to approved standards.', domain: 'Cryptography, Encryption & Key Management' },
  { id: 'IAM-14.1', q: 'Are processes, procedures, and technical measures for authenticating access to systems with multi-factor authentication defined, implemented, and evaluated?', control: 'IAM-14', title: 'Strong Authentication', spec: 'Define, implement and evaluate processes, procedures and technical measures for authenticating access to systems, application and data assets, including multifactor authentication for at least privileged user and sensitive data access.', domain: 'Identity & Access Management' },
  { id: 'SEF-05.1', q: 'Are metrics for information security incidents established and monitored?', control: 'SEF-05', title: 'Incident Response Metrics', spec: 'Establish and monitor information security incident metrics.', domain: 'Security Incident Management, E-Discovery, & Cloud Forensics' },
  { id: 'TVM-07.1', q: 'Are processes, procedures, and technical measures defined, implemented, and evaluated for the detection of vulnerabilities on organizationally managed assets at least monthly?', control: 'TVM-07', title: 'Vulnerability Identification', spec: 'Define, implement and evaluate processes, procedures and technical measures for the detection of vulnerabilities on organizationally managed assets at least monthly.', domain: 'Threat & Vulnerability Management' },
];

function caiq(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const intro = workbook.addWorksheet('Introduction');
  intro.getColumn(1).width = 120;
  [
    'Consensus Assessments Initiative Questionnaire (CAIQ-style)',
    'This questionnaire is a set of Yes/No/NA questions a cloud consumer may ask a cloud provider. Answer them on the CAIQ tab.',
    'Use the CSP Implementation Description column to describe how the control is met. The CCM columns are for reference and must not be edited.',
    'Read the Terms of Use before distributing the questionnaire.',
  ].forEach((text, index) => {
    intro.getCell(`A${index + 1}`).value = text;
  });
  const sheet = workbook.addWorksheet('CAIQv4', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = [{ width: 12 }, { width: 70 }, { width: 14 }, { width: 22 }, { width: 50 }, { width: 40 }, { width: 12 }, { width: 60 }, { width: 30 }, { width: 30 }];
  sheet.getCell('A1').value = 'Consensus Assessments Initiative Questionnaire v4 (style)';
  sheet.mergeCells('A1:J1');
  sheet.getRow(2).values = ['', '', 'CSP Answers', '', '', '', 'CCM Reference'];
  sheet.mergeCells('C2:F2');
  sheet.mergeCells('G2:J2');
  sheet.getRow(3).values = [
    'Question ID',
    'Question',
    'CSP CAIQ Answer',
    'SSRM Control Ownership',
    'CSP Implementation Description (Optional/Recommended)',
    'CSC Responsibilities (Optional/Recommended)',
    'CCM Control ID',
    'CCM Control Specification',
    'CCM Control Title',
    'CCM Domain Title',
  ];
  styleHeader(sheet.getRow(3));
  CAIQ_ROWS.forEach((item, index) => {
    const r = index + 4;
    sheet.getRow(r).values = [item.id, item.q, '', '', '', '', item.control, item.spec, item.title, item.domain];
    sheet.getCell(`C${r}`).dataValidation = listValidation(['Yes', 'No', 'NA']);
    sheet.getCell(`D${r}`).dataValidation = listValidation(['CSP-owned', 'CSC-owned', 'Shared CSP and CSC', 'Third-party outsourced']);
  });
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// 3. SIG-Lite-style: instructions, business information fields, one questions tab with
//    numbered section rows ("A. Enterprise Risk Management"), the assessor's columns, a dashboard.

const SIG_ITEMS: Item[] = [
  sec('A. Enterprise Risk Management'),
  q('A.1', 'Is there a formalized risk governance plan that defines the enterprise risk management program requirements?'),
  q('A.2', 'Is there a risk assessment process that is performed at least annually?'),
  sec('B. Security Policy'),
  q('B.1', 'Is there an information security policy that has been approved by management and communicated to constituents?'),
  q('B.1.1', 'Is the information security policy reviewed at least annually?'),
  sec('C. Organizational Security'),
  q('C.1', 'Is there a third party management program in place?'),
  q('C.2', 'Have you obtained an independent audit report (for example SOC 2 Type 2) in the last 12 months?'),
  sec('D. Asset and Information Management'),
  q('D.1', 'Is there an asset management program approved by management and communicated to constituents?'),
  q('D.2', 'Are encryption tools managed and maintained for scoped data?'),
];

function sigLite(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const instructions = workbook.addWorksheet('Instructions');
  instructions.getColumn(1).width = 110;
  [
    'Standardized information gathering questionnaire (SIG-Lite-style)',
    'Complete the Business Information tab first, then answer each question on the SIG Lite tab using the Response dropdown.',
    'If your response is No or N/A, use the Additional Information column to explain.',
    'The Assessor columns and the Dashboard tab are completed by the outsourcer.',
  ].forEach((text, index) => {
    instructions.getCell(`A${index + 1}`).value = text;
  });
  const info = workbook.addWorksheet('Business Information');
  info.columns = [{ width: 40 }, { width: 50 }];
  info.getRow(1).values = ['Business Information', 'Response'];
  styleHeader(info.getRow(1));
  ['Company name', 'Primary contact', 'Contact email', 'Date completed', 'Products and services in scope'].forEach((label, index) => {
    info.getCell(`A${index + 2}`).value = label;
  });

  const sheet = workbook.addWorksheet('SIG Lite');
  sheet.columns = [{ width: 10 }, { width: 80 }, { width: 14 }, { width: 50 }, { width: 12 }, { width: 40 }, { width: 10 }];
  sheet.getRow(1).values = ['Ques Num', 'Question/Request', 'Response', 'Additional Information', 'Maturity', 'Assessor Comments', 'Scoring'];
  styleHeader(sheet.getRow(1));
  let r = 2;
  for (const item of SIG_ITEMS) {
    if ('section' in item) {
      const [letter] = item.section.split('.');
      sheet.getCell(`A${r}`).value = letter ?? '';
      sheet.getCell(`B${r}`).value = item.section;
      sheet.getCell(`B${r}`).font = { bold: true };
      r++;
      continue;
    }
    sheet.getCell(`A${r}`).value = item.id;
    sheet.getCell(`B${r}`).value = item.q;
    sheet.getCell(`C${r}`).dataValidation = listValidation(['Yes', 'No', 'N/A']);
    sheet.getCell(`E${r}`).dataValidation = listValidation(['Initial', 'Managed', 'Optimized']);
    sheet.getCell(`G${r}`).value = { formula: `IF(C${r}="Yes",1,0)`, result: 0 };
    r++;
  }
  const dashboard = workbook.addWorksheet('Dashboard');
  dashboard.getRow(1).values = ['Domain', 'Questions', 'Answered', 'Percent complete'];
  styleHeader(dashboard.getRow(1));
  dashboard.getRow(2).values = ['A. Enterprise Risk Management', 2, { formula: "COUNTA('SIG Lite'!C3:C4)", result: 0 }, 0];
  dashboard.getRow(3).values = ['B. Security Policy', 2, { formula: "COUNTA('SIG Lite'!C6:C7)", result: 0 }, 0];
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// 4. VSA-style: a Read Me sheet, two vendor sheets with "#" ids, merged section bands,
//    "Yes/No" and "Comments", and the customer's scoring sheet with weights.

const VSA_CORE: Item[] = [
  sec('1. Policy and governance'),
  q('1.1', 'Do you have a documented information security program approved by management?'),
  q('1.2', 'Do you have a designated person responsible for information security?'),
  q('1.3', 'Do you have a current SOC 2 report covering the security category?'),
  sec('2. Data protection'),
  q('2.1', 'Do you encrypt customer data at rest?'),
  q('2.2', 'Do you encrypt customer data in transit over public networks?'),
  q('2.3', 'Do you retain customer data after the end of the contract?'),
  sec('3. Incident response'),
  q('3.1', 'Do you have an incident response plan that is tested at least annually?'),
  q('3.2', 'Will you notify customers of a security breach affecting their data within 72 hours?'),
];

const VSA_PRIVACY: Item[] = [
  sec('1. Personal data'),
  q('1.1', 'Do you process personal data on behalf of the customer?'),
  q('1.2', 'Do you have a documented data processing agreement template?'),
  sec('2. Subprocessors'),
  q('2.1', 'Do you maintain a public list of subprocessors?'),
  q('2.2', 'Do you notify customers before adding a new subprocessor?'),
];

function vsaSheet(workbook: ExcelJS.Workbook, name: string, items: Item[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 8 }, { width: 80 }, { width: 12 }, { width: 50 }];
  sheet.getCell('A1').value = `Vendor security assessment (VSA-style) — ${name}`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells('A1:D1');
  sheet.getRow(3).values = ['#', 'Question', 'Yes/No', 'Comments'];
  styleHeader(sheet.getRow(3));
  let r = 4;
  for (const item of items) {
    if ('section' in item) {
      sheet.getCell(`A${r}`).value = item.section;
      sheet.getCell(`A${r}`).font = { bold: true };
      sheet.getCell(`A${r}`).fill = SECTION_FILL;
      sheet.mergeCells(`A${r}:D${r}`);
      r++;
      continue;
    }
    sheet.getRow(r).values = [item.id, item.q];
    sheet.getCell(`C${r}`).dataValidation = listValidation(['Yes', 'No']);
    r++;
  }
}

function vsa(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const readMe = workbook.addWorksheet('Read Me');
  readMe.getColumn(1).width = 110;
  [
    'How to use this questionnaire',
    'Answer every question on the VSA Core tab and, if you process personal data, on the VSA Privacy tab.',
    'Select Yes or No in the Yes/No column. Comments are optional unless you answer No.',
  ].forEach((text, index) => {
    readMe.getCell(`A${index + 1}`).value = text;
  });
  vsaSheet(workbook, 'VSA Core', VSA_CORE);
  vsaSheet(workbook, 'VSA Privacy', VSA_PRIVACY);
  const scoring = workbook.addWorksheet('Scoring');
  scoring.getRow(1).values = ['#', 'Question', 'Weight', 'Score', 'Evaluation'];
  styleHeader(scoring.getRow(1));
  VSA_CORE.forEach((item, index) => {
    if ('id' in item) {
      scoring.getRow(index + 2).values = [item.id, item.q, 3, 0, ''];
    }
  });
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// 5. A big vendor's own supplier assessment: instructions that point to the tabs, a cover sheet of
//    fields, requirements worded as imperatives and statements, the supplier's and the reviewer's
//    columns side by side.

const SUPPLIER_ITEMS: Item[] = [
  sec('Governance'),
  q('SEC-001', 'Describe the structure of your information security organization and who it reports to.'),
  q('SEC-002', 'Provide a copy of your most recent SOC 2 Type 2 report or ISO/IEC 27001 certificate.'),
  q('SEC-003', 'Supplier maintains an information security policy reviewed at least annually.'),
  sec('Access control'),
  q('SEC-010', 'Supplier enforces multi-factor authentication for all remote and privileged access.'),
  q('SEC-011', 'List the roles in your organization with access to Company data.'),
  q('SEC-012', 'Explain how access is revoked when an employee leaves.'),
  sec('Operations'),
  q('SEC-020', 'Supplier applies critical security patches within 14 days of release.'),
  q('SEC-021', 'Indicate how often vulnerability scans are performed on systems that process Company data.'),
  q('SEC-022', 'Confirm that you will notify Company of a security incident within 24 hours.'),
];

function bigVendor(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const instructions = workbook.addWorksheet('Instructions');
  instructions.getColumn(1).width = 120;
  [
    'Supplier Security Assessment',
    'Thank you for taking part in the supplier security assessment. Please complete the Cover Sheet and then the Security Requirements tab.',
    'For each requirement, choose Compliant, Partially Compliant, Not Compliant or Not Applicable in the Supplier Response column and explain in Supplier Comments.',
    'Columns marked Reviewer are for Company use only.',
    'Return the completed workbook to your Company contact within 15 business days.',
  ].forEach((text, index) => {
    instructions.getCell(`A${index + 1}`).value = text;
  });
  const cover = workbook.addWorksheet('Cover Sheet');
  cover.columns = [{ width: 30 }, { width: 50 }];
  ['Supplier name:', 'Engagement:', 'Completed by:', 'Date:'].forEach((label, index) => {
    cover.getCell(`A${index + 2}`).value = label;
    cover.getCell(`A${index + 2}`).font = { bold: true };
  });

  const sheet = workbook.addWorksheet('Security Requirements');
  sheet.columns = [{ width: 10 }, { width: 16 }, { width: 70 }, { width: 22 }, { width: 50 }, { width: 24 }, { width: 20 }, { width: 40 }, { width: 14 }];
  sheet.getCell('A1').value = 'Supplier Security Assessment — Security Requirements';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells('A1:I1');
  sheet.getCell('A3').value = 'Instructions: answer every requirement below. Requirements marked * are mandatory for suppliers that host Company data.';
  sheet.mergeCells('A3:I3');
  sheet.getCell('A4').value = 'Supplier: complete columns D to F. Company: columns G to I.';
  sheet.mergeCells('A4:I4');
  sheet.getRow(6).values = ['Req ID', 'Domain', 'Requirement', 'Supplier Response', 'Supplier Comments', 'Evidence Reference', 'Reviewer', 'Reviewer Comments', 'Risk Rating'];
  styleHeader(sheet.getRow(6));
  let r = 7;
  let domain = '';
  for (const item of SUPPLIER_ITEMS) {
    if ('section' in item) {
      domain = item.section;
      continue;
    }
    sheet.getRow(r).values = [item.id, domain, item.q];
    sheet.getCell(`D${r}`).dataValidation = rangeValidation('Choices!$A$1:$A$4');
    sheet.getCell(`I${r}`).dataValidation = listValidation(['Low', 'Medium', 'High']);
    r++;
  }
  listsSheet(workbook, 'Choices', [['Compliant', 'Partially Compliant', 'Not Compliant', 'Not Applicable']]);
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// 6. A single Yes/No sheet: a title block, a header whose first cell is a title, bold section rows
//    in the question column (no id column), a Y/N dropdown, comments, and an internal-use column.

const YES_NO_ITEMS: Item[] = [
  sec('Access Control'),
  q('', 'Is multi-factor authentication required for all administrative access?'),
  q('', 'Are user access reviews performed at least quarterly?'),
  q('', 'Are shared or generic accounts prohibited?'),
  sec('Assurance'),
  q('', 'Do you have a SOC 2 Type 2 report issued within the last 12 months?'),
  q('', 'Has an independent penetration test been performed in the last 12 months?'),
  sec('Endpoint Security'),
  q('', 'Are all company laptops centrally managed with full-disk encryption enabled?'),
  q('', 'Is endpoint detection and response software installed on all workstations?'),
];

function yesNoSections(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Questionnaire');
  sheet.columns = [{ width: 80 }, { width: 10 }, { width: 50 }, { width: 30 }];
  sheet.getCell('A1').value = 'Acme Corp — Vendor Risk Questionnaire';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = 'Please answer all questions and return this form to procurement.';
  sheet.getRow(4).values = ['Security Questions', 'Y/N', 'Comments', 'Internal Use Only'];
  styleHeader(sheet.getRow(4));
  let r = 5;
  for (const item of YES_NO_ITEMS) {
    if ('section' in item) {
      sheet.getCell(`A${r}`).value = item.section;
      sheet.getCell(`A${r}`).font = { bold: true };
      r++;
      continue;
    }
    sheet.getCell(`A${r}`).value = item.q;
    sheet.getCell(`B${r}`).dataValidation = rangeValidation('YesNo!$A$1:$A$2');
    r++;
  }
  listsSheet(workbook, 'YesNo', [['Y', 'N']]);
  return workbook;
}

export const FIXTURES: Fixture[] = [
  { file: 'hecvat-style.xlsx', build: hecvat },
  { file: 'caiq-style.xlsx', build: caiq },
  { file: 'sig-lite-style.xlsx', build: sigLite },
  { file: 'vsa-style.xlsx', build: vsa },
  { file: 'supplier-assessment-style.xlsx', build: bigVendor },
  { file: 'yes-no-sections.xlsx', build: yesNoSections },
];

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(__dirname, '..', 'test', 'fixtures', 'workbooks');
  mkdirSync(dir, { recursive: true });
  for (const fixture of FIXTURES) {
    const workbook = fixture.build();
    // One page wide, landscape: a LibreOffice render shows each sheet's columns side by side.
    workbook.eachSheet((sheet) => {
      sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    });
    const buffer = await workbook.xlsx.writeBuffer();
    writeFileSync(join(dir, fixture.file), new Uint8Array(buffer as ArrayBuffer));
    process.stdout.write(`wrote ${join(dir, fixture.file)}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
}

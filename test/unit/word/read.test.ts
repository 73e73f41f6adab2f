import * as assert from 'node:assert/strict';
import { readWordQuestionnaire, type WordItem } from '../../../src/domain/word';
import { buildDocx, cell, fixture, para, run, table } from './helpers';

/** One line per item: the fields a reader of the coverage report sees. */
function summary(item: WordItem): string {
  const options = item.options?.map((option) => `${option.checked ? '[x]' : '[ ]'} ${option.label}`).join(' ');
  return [
    item.location,
    item.slot,
    item.id ?? '-',
    item.section ?? '-',
    item.question,
    `existing=${JSON.stringify(item.existing)}`,
    ...(options === undefined ? [] : [options]),
    ...(item.hasComment ? [`comment=${JSON.stringify(item.existingComment)}`] : []),
  ].join(' | ');
}

suite('Word reader: the items of each fixture', () => {
  test('docx library, table with ids, merged section rows, comment column, a header, a footer, a comment and a tracked change', () => {
    const scan = readWordQuestionnaire(fixture('docx-table.docx'));
    assert.deepEqual(scan.items.map(summary), [
      'table 1, row 3 | table-cell | A.1 | A. Independent assurance | Do you have a current SOC 2 Type 2 report for the service in scope? | existing="" | comment=""',
      'table 1, row 4 | table-cell | A.2 | A. Independent assurance | What period does your most recent SOC 2 report cover? | existing="" | comment=""',
      'table 1, row 5 | table-cell | A.3 | A. Independent assurance | Which CPA firm performed your SOC 2 examination? | existing="Example Audit LLP" | comment="Engaged since 2024."',
      'table 1, row 7 | table-cell | B.1 | B. Operations | Describe how you scan your systems for vulnerabilities. | existing="" | comment=""',
      'table 1, row 8 | table-cell | B.2 | B. Operations | Is the office kitchen stocked with coffee? | existing="" | comment=""',
    ]);
    assert.equal(scan.hasTrackedChanges, true);
    assert.equal(scan.extension, '.docx');
    assert.equal(scan.macroEnabled, false);
    assert.deepEqual(scan.items.map((item) => item.index), [0, 1, 2, 3, 4]);
  });

  test('docx library, numbered questions under headings: an empty line, an "Answer:" line, an answered line, a question as a heading', () => {
    const scan = readWordQuestionnaire(fixture('docx-numbered.docx'));
    assert.deepEqual(scan.items.map(summary), [
      'paragraph 4 | paragraph | - | Assurance reports | Do you have a SOC 2 Type 2 report? | existing=""',
      'paragraph 6 | paragraph | - | Assurance reports | When did the period of your latest SOC 2 report end? | existing=""',
      'paragraph 8 | paragraph | - | Assurance reports | Has a third party performed a penetration test in the last 12 months? | existing="Yes, in March 2026."',
      'paragraph 11 | paragraph | - | Operations | Do you have an incident response plan that is tested at least annually? | existing=""',
      'paragraph 13 | paragraph | - | Operations | Describe how laptops are centrally managed. | existing=""',
    ]);
  });

  test('docx library, checkboxes: content controls in cells, ☐ characters in a cell, boxes after the question and on the next line', () => {
    const scan = readWordQuestionnaire(fixture('docx-checkboxes.docx'));
    assert.deepEqual(scan.items.map(summary), [
      'table 1, row 2 | checkbox | - | - | Do you have a SOC 2 Type 2 report? | existing="" | [ ] Yes [ ] No | comment=""',
      'table 1, row 3 | checkbox | - | - | Are vulnerability scans run at least monthly? | existing="Yes" | [x] Yes [ ] No | comment=""',
      'table 1, row 4 | checkbox | - | - | Is data encrypted at rest? | existing="" | [ ] Yes [ ] No [ ] N/A | comment=""',
      'paragraph 4 | checkbox | 1 | Certifications | 1. Are you ISO/IEC 27001 certified? | existing="Yes" | [x] Yes [ ] No',
      'paragraph 5 | checkbox | 2 | Certifications | 2. Do you have a SOC 1 report? | existing="" | [ ] Yes [ ] No',
    ]);
  });

  test('docx library, a macro-enabled document: read, and named .docm', () => {
    const scan = readWordQuestionnaire(fixture('docx-macro.docm'));
    assert.deepEqual(scan.items.map(summary), [
      'table 1, row 2 | table-cell | - | - | Do you have a SOC 2 report? | existing=""',
      'table 1, row 3 | table-cell | - | - | Who is your cloud hosting provider? | existing=""',
    ]);
    assert.equal(scan.macroEnabled, true);
    assert.equal(scan.extension, '.docm');
  });

  test('LibreOffice round trip of the checkbox document: its own content-control boxes (the box as w:t) read the same', () => {
    const scan = readWordQuestionnaire(fixture('lo-roundtrip-checkboxes.docx'));
    assert.deepEqual(scan.items.map(summary), readWordQuestionnaire(fixture('docx-checkboxes.docx')).items.map(summary));
  });

  test('LibreOffice from HTML: header with "No." and "Additional information", colspan section rows, a table without header', () => {
    const scan = readWordQuestionnaire(fixture('lo-html-table.docx'));
    assert.deepEqual(scan.items.map(summary), [
      'table 1, row 3 | table-cell | 1.1 | 1 Documentation | Do you have a SOC 2 Type 2 report covering the Security criteria? | existing="" | comment=""',
      'table 1, row 4 | table-cell | 1.2 | 1 Documentation | Does the report include any qualified opinion or exceptions? | existing="" | comment=""',
      'table 1, row 6 | table-cell | 2.1 | 2 Application security | Do you perform annual third-party penetration tests & fix high findings within 30 days? | existing="Yes" | comment="Report available under NDA."',
      'table 1, row 7 | table-cell | 2.2 | 2 Application security | Which subservice organizations are carved out of your SOC 2 report? | existing="" | comment=""',
      'table 2, row 1 | table-cell | - | - | Is multi-factor authentication required for all administrative access? | existing=""',
      'table 2, row 2 | table-cell | - | - | How often are user access reviews performed? | existing=""',
    ]);
  });

  test('LibreOffice from flat ODT: a numbered list under outline headings, an empty line, a "Response:" line, ☐ boxes on the next line', () => {
    const scan = readWordQuestionnaire(fixture('lo-fodt-numbered.docx'));
    assert.deepEqual(scan.items.map(summary), [
      'paragraph 4 | paragraph | - | Assurance | Is your SOC 2 report a Type 1 or a Type 2 report? | existing=""',
      'paragraph 6 | paragraph | - | Assurance | Do you hold a bridge letter covering the time since your last report? | existing=""',
      'paragraph 8 | checkbox | - | Assurance | Are your endpoints centrally managed? | existing="" | [ ] Yes [ ] No',
      'paragraph 11 | paragraph | - | Privacy | Do you sell customer personal data to third parties? | existing=""',
    ]);
  });
});

suite('Word reader: layouts built by hand', () => {
  test('boxes labelled before them ("Yes ☐ No ☐"), Wingdings boxes, form-field checkboxes', async () => {
    const wingdings = (char: string): string => `<w:r><w:sym w:font="Wingdings" w:char="${char}"/></w:r>`;
    const formBox = (checked: boolean): string =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="${checked ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = [
      para(run('1. Do you have a SOC 2 report? Yes \u2610 No \u2612')),
      para(run('2. Is MFA enforced for all staff?')),
      para(wingdings('F0FE') + run(' Yes  ') + wingdings('F0A8') + run(' No')),
      para(run('3. Do you scan for vulnerabilities?')),
      para(formBox(false) + run(' Yes ') + formBox(true) + run(' No')),
    ].join('');
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map(summary), [
      'paragraph 1 | checkbox | 1 | - | 1. Do you have a SOC 2 report? | existing="No" | [ ] Yes [x] No',
      'paragraph 2 | checkbox | 2 | - | 2. Is MFA enforced for all staff? | existing="Yes" | [x] Yes [ ] No',
      'paragraph 4 | checkbox | 3 | - | 3. Do you scan for vulnerabilities? | existing="No" | [ ] Yes [x] No',
    ]);
  });

  test('"Question | Yes | No | N/A | Comments" columns of boxes; a header repeated on the next page; a row merged down is skipped', async () => {
    const body = table([
      ['#', 'Requirement', 'Yes', 'No', 'N/A', 'Comments'],
      ['1', 'Do you encrypt backups?', '\u2610', '\u2612', '\u2610', 'AES-256'],
      ['#', 'Requirement', 'Yes', 'No', 'N/A', 'Comments'],
      ['2', 'Do you test restores?', '\u2610', '\u2610', '\u2610', ''],
    ]);
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map(summary), [
      'table 1, row 2 | checkbox | 1 | - | Do you encrypt backups? | existing="No" | [ ] Yes [x] No [ ] N/A | comment="AES-256"',
      'table 1, row 4 | checkbox | 2 | - | Do you test restores? | existing="" | [ ] Yes [ ] No [ ] N/A | comment=""',
    ]);
  });

  test('a Category column merged down over its rows names the section of each question', async () => {
    const merged = (text: string, restart: boolean): string => `<w:tc><w:tcPr><w:vMerge${restart ? ' w:val="restart"' : ''}/></w:tcPr>${para(text === '' ? '' : run(text))}</w:tc>`;
    const plain = (text: string): string => `<w:tc>${para(text === '' ? '' : run(text))}</w:tc>`;
    const rows = [
      [plain('Category'), plain('Question'), plain('Response')],
      [merged('Access control', true), plain('Is MFA enforced for all users?'), plain('')],
      [merged('', false), plain('Are access reviews performed quarterly?'), plain('')],
      [merged('Assurance', true), plain('Do you have a SOC 2 report?'), plain('')],
    ];
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('')}</w:tbl>`;
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map((item) => `${item.section ?? '-'} | ${item.question}`), [
      'Access control | Is MFA enforced for all users?',
      'Access control | Are access reviews performed quarterly?',
      'Assurance | Do you have a SOC 2 report?',
    ]);
  });

  test('text nobody sees is not read: hidden runs, deleted and moved-away text, field codes, text boxes, a placeholder prompt', async () => {
    const body = table([
      ['Question', 'Response'],
      [
        para(run('Do you have ') + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN </w:t></w:r>' + '<w:del w:id="1" w:author="a"><w:r><w:delText>not </w:delText></w:r></w:del>' + '<w:moveFrom w:id="2" w:author="a"><w:r><w:t>MOVED </w:t></w:r></w:moveFrom>' + run('SOC 2?')),
        para('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>'),
      ],
    ]);
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map(summary), ['table 1, row 2 | table-cell | - | - | Do you have SOC 2? | existing=""']);
  });

  test('headings without a question are sections; a question heading with no answer line is noted, not filled', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="ListQ"><w:name w:val="Question List"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>';
    const body = [
      para(run('Security'), '<w:pPr><w:pStyle w:val="H1"/></w:pPr>'),
      para(run('Do you have a SOC 2 report?'), '<w:pPr><w:pStyle w:val="ListQ"/></w:pPr>'),
      para(run('Who is your auditor?'), '<w:pPr><w:pStyle w:val="ListQ"/></w:pPr>'),
      para(''),
      para(run('Why we ask?')),
      para(run('Because we must.')),
    ].join('');
    const scan = readWordQuestionnaire(await buildDocx(body, { styles }));
    assert.deepEqual(scan.items.map(summary), ['paragraph 3 | paragraph | - | Security | Who is your auditor? | existing=""']);
    assert.deepEqual(scan.notes, ['paragraph 2: "Do you have a SOC 2 report?" has no answer line after it; not filled.']);
  });

  test('a one-cell table under a question is its answer box', async () => {
    const body = para(run('Q1. Describe your incident response process.')) + table([['']]) + para('');
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map(summary), ['paragraph 1 | table-cell | Q1 | - | Q1. Describe your incident response process. | existing=""']);
  });

  test('a one-column table of question rows, each with its answer row under it', async () => {
    const body = table([['Section 1: Assurance'], ['1.1 Describe the scope of your SOC 2 report.'], [''], ['1.2 Who performed your last penetration test?'], ['Example Security Ltd'], ['Instructions: attach evidence.']]);
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map(summary), [
      'table 1, row 2 | table-cell | 1.1 | Section 1: Assurance | 1.1 Describe the scope of your SOC 2 report. | existing=""',
      'table 1, row 4 | table-cell | 1.2 | Section 1: Assurance | 1.2 Who performed your last penetration test? | existing="Example Security Ltd"',
    ]);
  });

  test('a nested table is read as its own table, and the outer cell keeps its own text', async () => {
    const inner = table([
      ['Question', 'Answer'],
      ['Do you have a SOC 2 report?', ''],
    ]);
    const body = `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>${para(run('Part A'))}${inner}${para('')}</w:tc></w:tr></w:tbl>`;
    const scan = readWordQuestionnaire(await buildDocx(body));
    assert.deepEqual(scan.items.map(summary), ['table 2, row 2 | table-cell | - | - | Do you have a SOC 2 report? | existing=""']);
  });

  test('a plain document with no questions is refused as no_questions', async () => {
    const bytes = await buildDocx(para(run('Meeting notes.')) + table([['Name', 'Role'], ['Ada', 'Engineer']]));
    assert.throws(() => readWordQuestionnaire(bytes), { name: 'WordError', code: 'no_questions' });
  });

  test('cells hold simple text', () => {
    assert.equal(cell('x'), '<w:tc><w:p><w:r><w:t xml:space="preserve">x</w:t></w:r></w:p></w:tc>');
  });
});

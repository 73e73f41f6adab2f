import * as assert from 'node:assert/strict';
import Papa from 'papaparse';
import * as fc from 'fast-check';
import { answerEdits, applyEdits, readQuestionnaire, type CsvLayout } from '../../../src/domain/questionnaire';
import { encodeCsvCell, sniffDelimiter, tokenizeCsv } from '../../../src/domain/questionnaire/csv';
import { assertEditsInsideAnswerRanges, assertOutsideKeptInOrder, assertSameOutsideAnswers, fill, questions } from './helpers';

function csvLayout(text: string): CsvLayout {
  const { layout } = readQuestionnaire(text, 'csv');
  assert.equal(layout.format, 'csv');
  return layout as CsvLayout;
}

const SIMPLE = [
  'ID,Question,Answer,Comments',
  'GOV-01,Do you have a designated security officer?,,',
  'SOC-01,Do you have a current SOC 2 Type 2 report?,,',
  'SOC-02,Please attach your most recent SOC 2 report.,,',
].join('\n');

suite('questionnaire csv: tokenizer', () => {
  test('quoted cells: delimiters, doubled quotes and line breaks inside; exact spans', () => {
    const text = 'a,"b, ""c""\nd",e\r\nf';
    const { records } = tokenizeCsv(text, ',');
    assert.equal(records.length, 2);
    const cells = records[0]?.cells ?? [];
    assert.deepEqual(cells.map((c) => c.value), ['a', 'b, "c"\nd', 'e']);
    assert.equal(text.slice(cells[1]?.start, cells[1]?.end), '"b, ""c""\nd"');
    assert.equal(cells[1]?.quoted, true);
    assert.equal(records[1]?.line, 2, 'the line break inside the quoted cell counts');
    assert.equal(records[1]?.cells[0]?.value, 'f');
  });

  test('an unterminated quote stops reading and says on which line', () => {
    const tokens = tokenizeCsv('a,b\nc,"d\ne,f\n', ',');
    assert.equal(tokens.records.length, 1);
    assert.equal(tokens.unterminatedQuoteLine, 1);
  });

  test('values agree with papaparse on generated files (property)', () => {
    const cellChar = fc.constantFrom('a', 'b', ' ', ',', '"', '\n', ';', '?', 'é');
    const cell = fc.array(cellChar, { maxLength: 6 }).map((chars) => chars.join(''));
    const row = fc.array(cell, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, eol, quoteAll) => {
        const text = rows.map((r) => r.map((v) => encodeCsvCell(v.replace(/\n/g, eol), ',', quoteAll)).join(',')).join(eol);
        const ours = tokenizeCsv(text, ',').records.map((r) => r.cells.map((c) => c.value));
        const theirs = Papa.parse<string[]>(text, { delimiter: ',', newline: eol as '\n' | '\r\n', quoteChar: '"' }).data;
        // A final line break ends the last record for us; papaparse reports an empty record after it.
        const lastRow = theirs[theirs.length - 1];
        if (text.endsWith(eol) && theirs.length > 1 && lastRow?.length === 1 && lastRow[0] === '') {
          theirs.pop();
        }
        assert.deepEqual(ours, theirs);
      }),
      { numRuns: 300 },
    );
  });

  test('delimiter sniffing agrees with papaparse on regular files', () => {
    for (const delimiter of [',', ';', '\t', '|'] as const) {
      const text = ['Ref', 'Question', 'Answer'].join(delimiter) + '\n' + ['1', 'Do you encrypt data at rest?', 'Yes'].join(delimiter) + '\n' + ['2', 'Is MFA enforced?', ''].join(delimiter);
      assert.equal(sniffDelimiter(text), delimiter);
      assert.equal(Papa.parse(text).meta.delimiter, delimiter);
    }
  });

  test('semicolon files whose questions hold commas are still semicolon files', () => {
    const text = 'Nr;Frage / Question;Antwort / Answer\n1;Do you, or your vendors, encrypt backups?;\n2;Is access reviewed, approved and logged?;\n3;Do you patch, scan and test?;';
    assert.equal(sniffDelimiter(text), ';');
  });
});

suite('questionnaire csv: reading', () => {
  test('header words find id, question, answer and comment columns', () => {
    const { items, layout } = readQuestionnaire(SIMPLE, 'csv');
    assert.equal(layout.format, 'csv');
    const csv = layout as CsvLayout;
    assert.deepEqual([csv.idColumn, csv.questionColumn, csv.answerColumn, csv.commentColumn], [0, 1, 2, 3]);
    assert.equal(csv.answerHeader, 'Answer');
    assert.equal(csv.headerRecord, 0);
    assert.deepEqual(questions({ items, layout }), [
      'Do you have a designated security officer?',
      'Do you have a current SOC 2 Type 2 report?',
      'Please attach your most recent SOC 2 report.',
    ]);
    assert.deepEqual(items.map((i) => i.id), ['GOV-01', 'SOC-01', 'SOC-02']);
    assert.deepEqual(items.map((i) => i.line), [1, 2, 3]);
    const first = items[0];
    assert.ok(first);
    assert.equal(SIMPLE.slice(first.questionRange.start, first.questionRange.end), 'Do you have a designated security officer?');
    assert.equal(first.answer.kind, 'csv-cell');
    assert.equal(first.answer.existing, '');
    assert.equal(first.answer.csv?.column, 2);
    assert.equal(first.answer.comment?.csv?.column, 3);
  });

  test('a header row below title rows, with a BOM and CRLF, and section rows skipped', () => {
    const text = [
      '\uFEFFAcme Vendor Security Assessment,,,',
      'Version 3 - complete every row,,,',
      ',,,',
      'Ref #,Control Question,Vendor Response,Additional Information',
      'Governance,,,',
      '1.1,Is there an information security policy approved by management?,Yes,Reviewed yearly',
      '1.2,"Describe how the policy is communicated to staff, contractors and vendors.",,',
      'Assurance,,,',
      '2.1,Do you have a SOC 2 Type 2 report?,,',
    ].join('\r\n');
    const { items, layout } = readQuestionnaire(text, 'csv');
    const csv = layout as CsvLayout;
    assert.equal(csv.hasBom, true);
    assert.equal(csv.lineEnding, '\r\n');
    assert.equal(csv.headerRecord, 3);
    assert.equal(csv.headerLine, 3);
    assert.deepEqual([csv.idColumn, csv.questionColumn, csv.answerColumn, csv.commentColumn], [0, 1, 2, 3]);
    assert.deepEqual(items.map((i) => [i.id, i.section]), [
      ['1.1', 'Governance'],
      ['1.2', 'Governance'],
      ['2.1', 'Assurance'],
    ]);
    assert.equal(items[0]?.answer.existing, 'Yes');
    assert.equal(items[0]?.answer.comment?.existing, 'Reviewed yearly');
    assert.equal(items[1]?.question, 'Describe how the policy is communicated to staff, contractors and vendors.');
  });

  test('the header row repeated further down (exports pasted together) is not a question; a row that only starts like it is', () => {
    const text = [
      'ID,Question,Answer,Comments',
      'A-1,Do you encrypt data at rest?,,',
      'ID , Question,Answer,Comments',
      'ID,Question,Answer,Do you log access?',
      'A-2,Do you encrypt data in transit?,,',
    ].join('\n');
    const { items } = readQuestionnaire(text, 'csv');
    assert.deepEqual(items.map((i) => i.question), ['Do you encrypt data at rest?', 'Question', 'Do you encrypt data in transit?']);
  });

  test('without a header: the question column by content, the empty column beside it for answers', () => {
    const text = [
      'A&A-01.1;Are audit and assurance policies established and reviewed?;',
      'A&A-02.1;Are independent audits conducted at least annually?;',
      'A&A-03.1;Is a risk-based plan for audits performed?;',
    ].join('\n');
    const layout = csvLayout(text);
    assert.equal(layout.delimiter, ';');
    assert.equal(layout.headerRecord, undefined);
    assert.equal(layout.questionColumn, 1);
    assert.equal(layout.idColumn, 0);
    assert.equal(layout.answerColumn, 2);
    const { items } = readQuestionnaire(text, 'csv');
    assert.deepEqual(items.map((i) => i.id), ['A&A-01.1', 'A&A-02.1', 'A&A-03.1']);
  });

  test('a question id in front of the text is split off when there is no id column', () => {
    const text = 'Question,Answer\n3.2 Do you encrypt data in transit?,\nQ4: Is there a bridge letter?,\n';
    const { items } = readQuestionnaire(text, 'csv');
    assert.deepEqual(items.map((i) => [i.id, i.question]), [
      ['3.2', 'Do you encrypt data in transit?'],
      ['4', 'Is there a bridge letter?'],
    ]);
  });

  test('tab and pipe delimited files', () => {
    for (const delimiter of ['\t', '|']) {
      const text = `Question${delimiter}Response\nDo you scan for vulnerabilities weekly?${delimiter}\nIs there an incident response plan?${delimiter}Yes\n`;
      const { items, layout } = readQuestionnaire(text, 'csv');
      assert.equal((layout as CsvLayout).delimiter, delimiter);
      assert.deepEqual(items.map((i) => i.answer.existing), ['', 'Yes']);
    }
  });

  test('quoted multi-line question cells', () => {
    const text = 'Question,Answer\n"Do you have a SOC 2 report?\nIf so, which type?",\n"Is the ""bridge letter"" signed by management?",\n';
    const { items } = readQuestionnaire(text, 'csv');
    assert.deepEqual(questions({ items, layout: csvLayout(text) }), ['Do you have a SOC 2 report? If so, which type?', 'Is the "bridge letter" signed by management?']);
    assert.equal(items[1]?.line, 3);
    assert.equal(items[0]?.lastLine, 2);
  });

  test('a file without a question column gives a clear problem', () => {
    const text = 'Name,Amount\nWidget,3\nGadget,4\n';
    const { items, layout } = readQuestionnaire(text, 'csv');
    assert.equal(items.length, 0);
    assert.match(layout.problem ?? '', /No question column found/);
  });

  test('an unterminated quote at the end: a problem naming the line, earlier rows still read, no throw', () => {
    const text = 'Question,Answer\nDo you have a SOC 2 report?,Yes\nIs MFA enforced?,"Yes for admins\n';
    const { items, layout } = readQuestionnaire(text, 'csv');
    assert.match(layout.problem ?? '', /Line 3: a quoted cell is never closed/);
    assert.deepEqual(questions({ items, layout }), ['Do you have a SOC 2 report?']);
  });

  test('an empty file', () => {
    const { items, layout } = readQuestionnaire('\uFEFF\r\n', 'csv');
    assert.equal(items.length, 0);
    assert.match(layout.problem ?? '', /empty/);
  });

  test('a header of short labels without strong words is still taken as the header', () => {
    const text = 'Control,Status,Notes\nEncryption at rest is enabled for all databases?,,\nDo you review access quarterly?,,\n';
    const layout = csvLayout(text);
    assert.equal(layout.headerRecord, 0);
    assert.equal(layout.answerColumn, 1);
    assert.equal(layout.commentColumn, 2);
  });
});

suite('questionnaire csv: writing', () => {
  test('answers go into the answer cells; everything else stays byte-identical (LF and CRLF)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = SIMPLE.replace(/\n/g, eol) + eol;
      const filled = fill(text, 'csv', (item) => (item.id === 'SOC-02' ? undefined : 'Yes'), (item) => (item.id === 'GOV-01' ? 'Our CISO' : undefined));
      assertSameOutsideAnswers(text, filled);
      assert.equal(filled.text, ['ID,Question,Answer,Comments', 'GOV-01,Do you have a designated security officer?,Yes,Our CISO', 'SOC-01,Do you have a current SOC 2 Type 2 report?,Yes,', 'SOC-02,Please attach your most recent SOC 2 report.,,'].join(eol) + eol);
      assert.deepEqual(filled.after.items.map((i) => i.answer.existing), ['Yes', 'Yes', '']);
    }
  });

  test('a cell is quoted only when the answer needs it; multi-line answers use the file line break', () => {
    const text = 'Question,Answer\r\nDo you have SOC 2?,\r\nIs MFA enforced?,\r\nAre logs kept?,';
    const answers = ['Yes, Type 2', 'He said "yes"', 'Yes.\nFor one year.'];
    const filled = fill(text, 'csv', (item) => answers[item.index]);
    assert.equal(filled.text, 'Question,Answer\r\nDo you have SOC 2?,"Yes, Type 2"\r\nIs MFA enforced?,"He said ""yes"""\r\nAre logs kept?,"Yes.\r\nFor one year."');
    assertSameOutsideAnswers(text, filled);
    assert.deepEqual(filled.after.items.map((i) => i.answer.existing), ['Yes, Type 2', 'He said "yes"', 'Yes.\r\nFor one year.']);
    assert.equal(encodeCsvCell('plain', ',', false), 'plain');
    assert.equal(encodeCsvCell('a;b', ';', false), '"a;b"');
  });

  test('quoted cells elsewhere keep their quotes; a quoted answer cell stays quoted', () => {
    const text = '"Question","Answer","Notes"\n"Do you have SOC 2?","",""\n"Is MFA enforced?",No,"see policy, page 2"\n';
    const filled = fill(text, 'csv', () => 'Yes');
    assert.equal(filled.text, '"Question","Answer","Notes"\n"Do you have SOC 2?","Yes",""\n"Is MFA enforced?",Yes,"see policy, page 2"\n');
    assertSameOutsideAnswers(text, filled);
  });

  test('short rows get the missing delimiters appended, answer and comment in one insertion', () => {
    const text = 'ID,Question,Answer,Comment\n1,Do you have SOC 2?\n2,Is MFA enforced?,Yes\n';
    const filled = fill(text, 'csv', () => 'Yes', () => 'Checked');
    assert.equal(filled.text, 'ID,Question,Answer,Comment\n1,Do you have SOC 2?,Yes,Checked\n2,Is MFA enforced?,Yes,Checked\n');
    assertEditsInsideAnswerRanges(filled.edits, filled.before.items);
    assertOutsideKeptInOrder(text, filled.text, filled.before.items);
  });

  test('no answer column at all: answers become a new last cell', () => {
    const text = 'Ref;Question\n1;Do you have SOC 2?\n2;Is there a bridge letter?';
    const layout = csvLayout(text);
    assert.equal(layout.answerColumn, 2);
    const filled = fill(text, 'csv', () => 'Yes; see report');
    assert.equal(filled.text, 'Ref;Question\n1;Do you have SOC 2?;"Yes; see report"\n2;Is there a bridge letter?;"Yes; see report"');
  });

  test('without a comment column the comment follows the answer in the same cell', () => {
    const text = 'Question,Answer\nDo you have SOC 2?,\n';
    const filled = fill(text, 'csv', () => 'Yes.', () => 'Type 2, period ending June.');
    assert.equal(filled.text, 'Question,Answer\nDo you have SOC 2?,"Yes. Type 2, period ending June."\n');
  });

  test('a second fill finds the answers and rewrites them in place (no duplication)', () => {
    const first = fill(SIMPLE, 'csv', () => 'Yes, see "SOC 2" report');
    const second = fill(first.text, 'csv', () => 'Yes, see "SOC 2" report');
    assert.equal(second.text, first.text);
    assert.ok(first.after.items.every((i) => i.answer.existing === 'Yes, see "SOC 2" report'));
  });

  test('a later answer for the same item wins; edits come sorted', () => {
    const { items, layout } = readQuestionnaire(SIMPLE, 'csv');
    const item = items[0];
    assert.ok(item);
    const edits = answerEdits(SIMPLE, 'csv', layout, [
      { item, answer: 'first' },
      { item, answer: 'second' },
    ]);
    assert.equal(edits.length, 1);
    assert.ok(applyEdits(SIMPLE, edits).includes('officer?,second,'));
  });
});

suite('questionnaire csv: scale', () => {
  function bigCsv(rows: number): string {
    const lines = ['Title row,,', 'ID,Question,Answer,Notes'];
    for (let i = 0; i < rows; i++) {
      lines.push(i % 500 === 0 ? `Section ${i},,,` : `Q-${i},"Do you review access for system ${i}, quarterly?",${i % 3 === 0 ? 'Yes' : ''},`);
    }
    return lines.join('\r\n');
  }

  // How the time grows with the rows is measured in the bench (bench/questionnaire.bench.ts), not here.
  test('50,000 rows are read, every one in its section', () => {
    const result = readQuestionnaire(bigCsv(50_000), 'csv');
    assert.equal(result.items.length, 50_000 - 100);
    assert.equal(result.items[result.items.length - 1]?.id, 'Q-49999');
    assert.equal(result.items[1]?.section, 'Section 0');
  });
});

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readQuestionnaire, type QuestionItem, type QuestionnaireFormat, type TextRange } from '../../../src/domain/questionnaire';
import { readCsv } from '../../../src/domain/questionnaire/csv';
import { readMarkdown } from '../../../src/domain/questionnaire/markdown';
import { readPlainText } from '../../../src/domain/questionnaire/plaintext';
import { neutralizeFormula } from '../../../src/domain/questionnaire/formula';
import { normalizeLineBreaks } from '../../../src/domain/questionnaire/text';
import { assertEditsInsideAnswerRanges, assertOutsideKeptInOrder, fill } from './helpers';

const FORMATS: readonly QuestionnaireFormat[] = ['markdown', 'csv', 'plaintext'];
/** Raise for a deeper search: ATTEST_PROPERTY_RUNS=5000 npx mocha test/unit/questionnaire/properties.test.ts */
const RUNS = Number(process.env.ATTEST_PROPERTY_RUNS ?? 200);

/** Strings made of the characters and fragments the readers care about, plus arbitrary ones. */
const tricky = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '"', ',', ';', '|', '\\|', '#', '### ', '- ', '1. ', '- [ ] ', '- [x] ', '> ', '**', '```', '<!--', '-->', '---', 'Yes', 'No', 'Answer:', 'Question', 'Do you have SOC 2', '?', 'Describe', 'A&A-01', '\uFEFF', 'é', '😀'),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

const answerText = fc
  .array(fc.constantFrom('Yes', 'No', ', ', '. ', '\n', '\r\n', '\n\n', '|', '"', ';', '\t', '> ', '# ', '- [ ] ', 'Answer: ', 'Do you?', 'x', ' '), { maxLength: 12 })
  .map((parts) => parts.join(''));

function assertRangeInside(range: TextRange, length: number, what: string): void {
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= length, `${what} ${range.start}-${range.end} outside 0-${length}`);
}

function assertItemsWellFormed(text: string, items: readonly QuestionItem[]): void {
  let previousStart = -1;
  items.forEach((item, n) => {
    assert.equal(item.index, n);
    assert.ok(item.question.length > 0);
    assertRangeInside(item.questionRange, text.length, 'question range');
    assertRangeInside(item.blockRange, text.length, 'block range');
    assertRangeInside(item.answer.range, text.length, 'answer range');
    assert.ok(item.blockRange.start >= previousStart, 'items out of document order');
    assert.ok(item.line <= item.lastLine);
    previousStart = item.blockRange.start;
  });
}

// Documents assembled from questionnaire-shaped pieces, so the write properties see many questions.
const markdownBlock = fc.oneof(
  fc.constantFrom('## Access Control', '# Title', 'Plain prose that asks nothing.', '```', 'Do you ignore fenced text?', '```', ''),
  fc.constantFrom('### 1.2 Do you have a SOC 2 report?', '1. Is MFA enforced?', '- Describe your backups.', 'Is there a bridge letter?', '> **Answer:** Yes.'),
  fc.constantFrom('1. **Title**\n   Do you encrypt data?\n   - [ ] Yes\n   - [x] No', '- [ ] Yes', '   - [ ] No'),
  fc.constantFrom('| # | Question | Answer | Notes |\n|---|---|---|---|\n| 1 | Do you scan weekly? | | |\n| 2 | Is there a DPO? | Yes |', '| Question | Response |\n| --- | --- |\n| Do you patch? |'),
);
const markdownDoc = fc
  .tuple(fc.array(markdownBlock, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.array(fc.constantFrom('', '\n'), { minLength: 14, maxLength: 14 }))
  .map(([blocks, eol, finalBreak, gaps]) => normalizeLineBreaks(blocks.map((b, n) => b + (gaps[n] ?? '')).join('\n'), eol) + (finalBreak ? eol : ''));

const csvCell = fc.constantFrom('', 'Yes', 'A-1', '3.2', 'Do you have SOC 2?', '"Is MFA, on?"', '"Multi\nline?"', '"He said ""hi"""', 'Governance', ' spaced ');
const csvDoc = fc
  .tuple(
    fc.constantFrom('', 'Title row,,\n', 'Title;;\n\n'),
    fc.constantFrom(',', ';', '\t'),
    fc.array(fc.array(csvCell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([title, delimiter, rows, eol, finalBreak]) => {
    const header = ['ID', 'Question', 'Answer', 'Comments'].join(delimiter);
    const body = rows.map((row) => row.map((cell) => (delimiter !== ',' ? cell.replace(/,/g, delimiter === ';' ? ' ' : ',') : cell)).join(delimiter));
    return normalizeLineBreaks(title + [header, ...body].join('\n'), eol) + (finalBreak ? eol : '');
  });

const textLine = fc.constantFrom('1. Do you have SOC 2?', '2) Describe your backups.', 'Answer: Yes', 'Yes, always.', 'A title', '', 'Is there anything else?', '   continued text', 'Q3: List your vendors.');
const textDoc = fc
  .tuple(fc.array(textLine, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, finalBreak]) => lines.join(eol) + (finalBreak ? eol : ''));

const docs: Record<QuestionnaireFormat, fc.Arbitrary<string>> = { markdown: markdownDoc, csv: csvDoc, plaintext: textDoc };

suite('questionnaire properties', () => {
  test('readers never throw and return well-formed items, on arbitrary strings', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        for (const read of [readMarkdown, readCsv, readPlainText]) {
          const { items } = read(text);
          assertItemsWellFormed(text, items);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  for (const format of FORMATS) {
    test(`${format}: writing arbitrary answers changes nothing outside the answer ranges`, () => {
      fc.assert(
        fc.property(fc.oneof(docs[format], tricky), fc.array(answerText, { minLength: 1, maxLength: 6 }), fc.option(answerText), (text, answers, comment) => {
          const filled = fill(
            text,
            format,
            (item) => answers[item.index % answers.length],
            () => comment ?? undefined,
          );
          assertEditsInsideAnswerRanges(filled.edits, filled.before.items);
          assertOutsideKeptInOrder(text, filled.text, filled.before.items);
          assertItemsWellFormed(filled.text, filled.after.items);
        }),
        { numRuns: RUNS },
      );
    });
  }

  test('markdown: answers never create or hide questions, and read back as written', () => {
    fc.assert(
      fc.property(markdownDoc, fc.array(answerText, { minLength: 1, maxLength: 4 }), (text, answers) => {
        const filled = fill(text, 'markdown', (item) => (item.answer.kind === 'markdown-below' ? answers[item.index % answers.length] : undefined));
        assert.deepEqual(
          filled.after.items.map((i) => i.question),
          filled.before.items.map((i) => i.question),
        );
        filled.before.items.forEach((item, n) => {
          if (item.answer.kind === 'markdown-below') {
            const written = (answers[n % answers.length] ?? '').trim();
            const expected = normalizeLineBreaks(written, '\n')
              .split('\n')
              .map((line) => line.trimEnd())
              .join('\n')
              .trim();
            assert.equal(filled.after.items[n]?.answer.existing, expected);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  test('plain text: answers never create or hide questions, and read back line by line', () => {
    fc.assert(
      fc.property(textDoc, fc.array(answerText, { minLength: 1, maxLength: 4 }), (text, answers) => {
        const filled = fill(text, 'plaintext', (item) => answers[item.index % answers.length]);
        assert.deepEqual(
          filled.after.items.map((i) => i.question),
          filled.before.items.map((i) => i.question),
        );
        filled.before.items.forEach((_item, n) => {
          const expected = normalizeLineBreaks(answers[n % answers.length] ?? '', '\n')
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== '')
            .join('\n');
          assert.equal(filled.after.items[n]?.answer.existing, expected);
        });
      }),
      { numRuns: RUNS },
    );
  });

  test('csv with a header row: answers read back exactly (quoting round-trips)', () => {
    // Non-blank answers: blanking a row's only other cell may rightly turn it into a section row.
    const nonBlank = answerText.filter((answer) => answer.trim() !== '');
    fc.assert(
      fc.property(csvDoc, fc.array(nonBlank, { minLength: 1, maxLength: 4 }), (text, answers) => {
        const before = readQuestionnaire(text, 'csv');
        fc.pre(before.items.length > 0);
        const filled = fill(text, 'csv', (item) => answers[item.index % answers.length]);
        assert.equal(filled.after.items.length, filled.before.items.length);
        const eol = filled.before.layout.lineEnding;
        filled.after.items.forEach((item, n) => {
          // A cell that would start a formula reads back with the quote that neutralizes it (formula.ts).
          assert.equal(item.answer.existing, neutralizeFormula(normalizeLineBreaks(answers[n % answers.length] ?? '', eol)).trim());
        });
      }),
      { numRuns: RUNS },
    );
  });
});

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { answerEdits, applyEdits, itemAtLine, itemAtOffset, readQuestionnaire, type MarkdownLayout, type QuestionItem } from '../../../src/domain/questionnaire';
import { assertEditsInsideAnswerRanges, assertOutsideKeptInOrder, assertSameOutsideAnswers, fill, questions } from './helpers';

const FIXTURES = path.resolve(__dirname, '../../fixtures/questionnaires');
const SHARED_VSQ = path.resolve(__dirname, '../../../../shared/fixtures/questionnaires/oge-n-sudo-grc-lab/vendor_security_questionnaire.md');

function read(text: string): { items: QuestionItem[]; layout: MarkdownLayout } {
  const result = readQuestionnaire(text, 'markdown');
  assert.equal(result.layout.format, 'markdown');
  return { items: result.items, layout: result.layout as MarkdownLayout };
}

function only<T>(values: readonly T[]): T {
  assert.equal(values.length, 1, `expected exactly one, got ${values.length}`);
  return values[0] as T;
}

suite('questionnaire markdown: finding questions', () => {
  test('question headings count; section titles, prose and instructions do not', () => {
    const text = [
      '# Vendor Security Review',
      '',
      '## Instructions',
      '',
      'Please attach supporting evidence where you can. Do you need help? Write to us.',
      '',
      '1. Describe anything unusual in a comment.',
      '',
      '## Access Control',
      '',
      'This section covers how access is granted and removed.',
      '',
      '### 1.2 Do you have a SOC 2 report?',
      '',
      '### 1.3 Describe how production access is approved',
      '',
      '### Access reviews',
      '',
      'Is there a documented joiner-mover-leaver process?',
      '',
      '```',
      'Do you ignore code blocks?',
      '```',
      '',
      '<!-- Is this a comment? -->',
    ].join('\n');
    const { items } = read(text);
    assert.deepEqual(
      items.map((i) => [i.id, i.question, i.section]),
      [
        ['1.2', 'Do you have a SOC 2 report?', 'Access Control'],
        ['1.3', 'Describe how production access is approved', 'Access Control'],
        [undefined, 'Is there a documented joiner-mover-leaver process?', 'Access reviews'],
      ],
    );
    const heading = items[0];
    assert.ok(heading);
    assert.equal(text.slice(heading.questionRange.start, heading.questionRange.end), '1.2 Do you have a SOC 2 report?');
    assert.equal(heading.line, 12);
    assert.equal(heading.answer.kind, 'markdown-below');
  });

  test('numbered and bulleted items, a bold title line, nested question items', () => {
    const text = [
      '## Assurance',
      '',
      '1. Do you have a SOC 2 Type 2 report?',
      '2) Is the report period at most twelve months old?',
      '- Provide the name of your auditor.',
      '* Encryption at rest',
      '3. **Bridge letter**',
      '   Can you provide a bridge letter for the gap since the period ended?',
      '4. Do you have subservice organizations?',
      '   1. List each one and whether it is carved out.',
    ].join('\n');
    const { items } = read(text);
    assert.deepEqual(
      items.map((i) => [i.id, i.title, i.question]),
      [
        ['1', undefined, 'Do you have a SOC 2 Type 2 report?'],
        ['2', undefined, 'Is the report period at most twelve months old?'],
        [undefined, undefined, 'Provide the name of your auditor.'],
        ['3', 'Bridge letter', 'Can you provide a bridge letter for the gap since the period ended?'],
        ['4', undefined, 'Do you have subservice organizations?'],
        ['1', undefined, 'List each one and whether it is carved out.'],
      ],
    );
    assert.deepEqual(items.map((i) => i.answer.indent), ['   ', '   ', '  ', '   ', '   ', '      ']);
  });

  test('a list item that is a control id and a short label is a question, as the same row of a CSV is; an outline number and a label is not', () => {
    const { items } = read(['## General', '', '1. GEN-01: Do you offer SSO?', '2. GEN-02: Product editions', '3. BCR-02: RTO', '', '## Notes', '', '1.2 Overview', '- Scope of this document', '- IAM-07: See the attached policy.', ''].join('\n'));
    assert.deepEqual(
      items.map((item) => [item.id, item.question]),
      [
        ['GEN-01', 'Do you offer SSO?'],
        ['GEN-02', 'Product editions'],
        ['BCR-02', 'RTO'],
      ],
    );
  });

  test('a bold title as the first paragraph and the question after a blank line', () => {
    const text = '1. **Penetration testing**\n\n   Do you commission an independent penetration test every year?\n';
    const item = only(read(text).items);
    assert.equal(item.title, 'Penetration testing');
    assert.equal(item.question, 'Do you commission an independent penetration test every year?');
  });

  test('already answered: marker blocks in several spellings, and a Yes/No paragraph right below', () => {
    const text = [
      '### Do you have a SOC 2 report?',
      '',
      '> **Answer:** Yes, a Type 2 report.',
      '> It covers twelve months.',
      '',
      '### Is MFA enforced for administrators?',
      '',
      'Answer: Yes, everywhere.',
      '',
      '### Are backups encrypted?',
      '',
      'Yes, with AES-256.',
      '',
      '1. Do you scan for vulnerabilities?',
      '   **Response**: Weekly.',
      '2. Do you run a bug bounty?',
      '',
      'Please describe the scope below.',
      '',
      '> _Answer:_ Not at this time.',
      '3. Is there a security awareness program?',
    ].join('\n');
    const { items } = read(text);
    assert.deepEqual(items.map((i) => i.answer.existing), [
      'Yes, a Type 2 report.\nIt covers twelve months.',
      'Yes, everywhere.',
      'Yes, with AES-256.',
      'Weekly.',
      'Not at this time.',
      '',
    ]);
  });
});

suite('questionnaire markdown: writing below questions', () => {
  const doc = [
    '# Security questions',
    '',
    '## SOC 2',
    '',
    '### 1.1 Do you have a SOC 2 report?',
    '',
    '### 1.2 Which trust services categories are in scope?',
    '',
    '1. Is there a bridge letter?',
    '2. Describe how subservice organizations are monitored.',
    '',
    'A closing paragraph that asks nothing.',
  ].join('\n');

  test('each answer goes below its question as a blockquote, indented inside list items (exact text)', () => {
    const filled = fill(doc, 'markdown', (item) => `Answer ${item.index + 1}.`);
    assert.equal(
      filled.text,
      [
        '# Security questions',
        '',
        '## SOC 2',
        '',
        '### 1.1 Do you have a SOC 2 report?',
        '',
        '> **Answer:** Answer 1.',
        '',
        '### 1.2 Which trust services categories are in scope?',
        '',
        '> **Answer:** Answer 2.',
        '',
        '1. Is there a bridge letter?',
        '',
        '   > **Answer:** Answer 3.',
        '',
        '2. Describe how subservice organizations are monitored.',
        '',
        '   > **Answer:** Answer 4.',
        '',
        'A closing paragraph that asks nothing.',
      ].join('\n'),
    );
    assertEditsInsideAnswerRanges(filled.edits, filled.before.items);
    assertOutsideKeptInOrder(doc, filled.text, filled.before.items);
  });

  test('a second fill recognizes the answers and rewrites them in place, never twice', () => {
    const answer = (item: QuestionItem): string => `Line one for ${item.index}.\n\nLine two.`;
    const first = fill(doc, 'markdown', answer);
    assert.deepEqual(first.after.items.map((i) => i.answer.existing), first.before.items.map((i) => `Line one for ${i.index}.\n\nLine two.`));
    const second = fill(first.text, 'markdown', answer);
    assert.equal(second.text, first.text);
    assertSameOutsideAnswers(first.text, second);
  });

  test('CRLF, no final newline, and the cut-out comparison of the round trip', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['## Assurance', '', '### Do you have a SOC 2 report?', '', '- Is there a bridge letter?', '', '### Who is your auditor?'].join(eol);
      const filled = fill(text, 'markdown', () => 'Yes.\nSee the report.');
      assertSameOutsideAnswers(text, filled);
      assert.ok(filled.text.endsWith(`### Who is your auditor?${eol}${eol}> **Answer:** Yes.${eol}> See the report.`), JSON.stringify(filled.text.slice(-80)));
      assert.equal(filled.text.includes(eol === '\n' ? '\r' : '\n\n\n'), false, 'line endings were mixed');
    }
  });

  test('a setext heading question gets its answer below the underline', () => {
    const text = 'Do you have a SOC 2 report?\n---------------------------\nNext paragraph.\n';
    const filled = fill(text, 'markdown', () => 'Yes.');
    assert.equal(filled.text, 'Do you have a SOC 2 report?\n---------------------------\n\n> **Answer:** Yes.\n\nNext paragraph.\n');
    assert.equal(filled.after.items[0]?.answer.existing, 'Yes.');
    assertSameOutsideAnswers(filled.text, fill(filled.text, 'markdown', () => 'Yes.'));
  });

  test('a comment follows the answer inside the same block', () => {
    const filled = fill('### Do you have a SOC 2 report?\n', 'markdown', () => 'Yes.', () => 'Shared under NDA.');
    assert.equal(filled.text, '### Do you have a SOC 2 report?\n\n> **Answer:** Yes.\n>\n> **Comment:** Shared under NDA.\n');
  });
});

suite('questionnaire markdown: tables', () => {
  const table = [
    '## Questions',
    '',
    '| # | Question | Vendor response | Comments |',
    '|---|:---------|-----------------|----------|',
    '| **Assurance** | | | |',
    '| A-1 | Do you have a SOC 2 Type 2 report? | | |',
    '| A-2 | Is the report shared under NDA? |Yes| via portal |',
    '| A-3 | Describe your carve-out of the cloud provider. |',
    '| A-4 | Do you use \\| pipes? | No | |',
  ].join('\n');

  test('columns from header words, ids, section rows, existing answers', () => {
    const { items, layout } = read(table);
    const t = only(layout.tables);
    assert.deepEqual([t.idColumn, t.questionColumn, t.answerColumn, t.commentColumn], [0, 1, 2, 3]);
    assert.deepEqual(items.map((i) => [i.id, i.question, i.section, i.answer.existing]), [
      ['A-1', 'Do you have a SOC 2 Type 2 report?', 'Assurance', ''],
      ['A-2', 'Is the report shared under NDA?', 'Assurance', 'Yes'],
      ['A-3', 'Describe your carve-out of the cloud provider.', 'Assurance', ''],
      ['A-4', 'Do you use | pipes?', 'Assurance', 'No'],
    ]);
    assert.ok(items.every((i) => i.answer.kind === 'markdown-table-cell'));
    assert.equal(items[1]?.answer.comment?.existing, 'via portal');
  });

  test('writing: blank cells padded, filled cells replaced in place, short rows extended, pipes escaped', () => {
    const filled = fill(table, 'markdown', (item) => (item.id === 'A-4' ? 'Yes | sometimes\nreally' : 'Yes'), (item) => (item.id === 'A-3' ? 'AWS, monitored' : undefined));
    assert.deepEqual(filled.text.split('\n').slice(5), [
      '| A-1 | Do you have a SOC 2 Type 2 report? | Yes | |',
      '| A-2 | Is the report shared under NDA? |Yes| via portal |',
      '| A-3 | Describe your carve-out of the cloud provider. | Yes | AWS, monitored |',
      '| A-4 | Do you use \\| pipes? | Yes \\| sometimes really | |',
    ]);
    assertEditsInsideAnswerRanges(filled.edits, filled.before.items);
    assertOutsideKeptInOrder(table, filled.text, filled.before.items);
    assert.deepEqual(filled.after.items.map((i) => i.answer.existing), ['Yes', 'Yes', 'Yes', 'Yes | sometimes really']);
  });

  test('no header words: question column by content, the unnamed column takes answers', () => {
    const text = ['| Ref | Item | |', '|-----|------|---|', '| 1 | Do you encrypt backups? | |', '| 2 | Is there a DPO? | |'].join('\n');
    const { items, layout } = read(text);
    assert.equal(only(layout.tables).answerColumn, 2);
    assert.deepEqual(items.map((i) => i.question), ['Do you encrypt backups?', 'Is there a DPO?']);
  });

  test('a questions table without an answer column says so; a data table is not read', () => {
    const text = ['| Question | Owner |', '|---|---|', '| Do you encrypt backups? | Ops |', '', '| Name | Amount |', '|---|---|', '| Widget | 3 |'].join('\n');
    const { items, layout } = read(text);
    assert.equal(layout.tables.length, 1);
    const item = only(items);
    assert.match(item.answer.unavailable ?? '', /no answer column/);
    assert.deepEqual(answerEdits(text, 'markdown', layout, [{ item, answer: 'Yes' }]), []);
  });
});

suite('questionnaire markdown: checkbox lists', () => {
  const text = [
    '1. **MFA**',
    '   Is multi-factor authentication enforced?',
    '   - [ ] Yes',
    '   - [x] No',
    '',
    '2. **Assurance**',
    '   Do you hold any current certifications or reports?',
    '   - [ ] ISO/IEC 27001',
    '   - [ ] SOC 2 Type II',
    '   - [ ] None',
    '',
  ].join('\n');

  test('options are read with their state; existing lists the checked ones', () => {
    const { items } = read(text);
    assert.equal(items.length, 2);
    const mfa = items[0];
    assert.ok(mfa);
    assert.equal(mfa.answer.kind, 'markdown-checkbox');
    assert.deepEqual(mfa.answer.options?.map((o) => [o.label, o.checked]), [
      ['Yes', false],
      ['No', true],
    ]);
    assert.equal(mfa.answer.existing, 'No');
    assert.equal(text.slice(mfa.answer.options?.[1]?.markRange.start, mfa.answer.options?.[1]?.markRange.end), 'x');
  });

  test('a Yes/No answer ticks the matching box (unticking the other) and adds the rest as a sentence', () => {
    const filled = fill(text, 'markdown', (item) => (item.index === 0 ? 'Yes, for every user.' : 'We have a SOC 2 Type 2 report.'));
    assert.equal(
      filled.text,
      [
        '1. **MFA**',
        '   Is multi-factor authentication enforced?',
        '   - [x] Yes',
        '   - [ ] No',
        '',
        '   > **Answer:** For every user.',
        '',
        '2. **Assurance**',
        '   Do you hold any current certifications or reports?',
        '   - [ ] ISO/IEC 27001',
        '   - [ ] SOC 2 Type II',
        '   - [ ] None',
        '',
        '   > **Answer:** We have a SOC 2 Type 2 report.',
        '',
      ].join('\n'),
    );
    assertSameOutsideAnswers(text, filled);
    assert.deepEqual(filled.after.items.map((i) => i.answer.existing), ['Yes — For every user.', 'We have a SOC 2 Type 2 report.']);
    const again = fill(filled.text, 'markdown', (item) => (item.index === 0 ? 'Yes, for every user.' : 'We have a SOC 2 Type 2 report.'));
    assert.equal(again.text, filled.text);
  });

  test('a bare "No" ticks the box and removes an older sentence; named options can be ticked', () => {
    const first = fill(text, 'markdown', () => 'Yes, always.');
    const { items, layout } = read(first.text);
    const [mfa, assurance] = items;
    assert.ok(mfa && assurance);
    const edits = answerEdits(first.text, 'markdown', layout, [
      { item: mfa, answer: 'No' },
      { item: assurance, answer: 'We hold SOC 2 Type 2.', check: ['SOC 2 Type II'] },
    ]);
    const updated = applyEdits(first.text, edits);
    const after = read(updated).items;
    assert.equal(after[0]?.answer.existing, 'No');
    assert.equal(after[1]?.answer.existing, 'SOC 2 Type II — We hold SOC 2 Type 2.');
    assert.ok(!updated.includes('Always.'));
  });
});

suite('questionnaire markdown: cursor look-ups', () => {
  test('itemAtOffset and itemAtLine find the question whose block holds the cursor', () => {
    const text = '### Do you have SOC 2?\n\n> **Answer:** Yes.\n\nSome prose.\n\n### Is MFA on for all staff?\n';
    const { items } = read(text);
    assert.equal(itemAtOffset(items, text.indexOf('Yes.'))?.index, 0);
    assert.equal(itemAtOffset(items, text.indexOf('MFA'))?.index, 1);
    assert.equal(itemAtOffset(items, text.indexOf('Some prose')), undefined);
    assert.equal(itemAtLine(items, 2)?.index, 0);
    assert.equal(itemAtLine(items, 4), undefined);
    assert.equal(itemAtLine(items, 6)?.index, 1);
  });
});

suite('questionnaire markdown: fixtures', () => {
  test('our own questionnaire fixture: questions, tables, checkboxes, answers', () => {
    const text = readFileSync(path.join(FIXTURES, 'mixed.md'), 'utf8');
    const result = read(text);
    assert.deepEqual(questions(result), [
      'Do you have a current SOC 2 report?',
      'Which type is it, and what period does it cover?',
      'Which trust services categories are in scope?',
      'Is the cloud provider carved out of the report?',
      'Describe how you monitor the cloud provider’s controls.',
      'Do you patch operating systems automatically?',
      'Are company laptops centrally managed?',
      'How often do you run vulnerability scans?',
    ]);
    const kinds = result.items.map((i) => i.answer.kind);
    assert.deepEqual(kinds, ['markdown-checkbox', 'markdown-below', 'markdown-below', 'markdown-table-cell', 'markdown-table-cell', 'markdown-below', 'markdown-below', 'markdown-below']);
    assert.equal(result.items[2]?.answer.existing, 'Security and Availability.');
    const filled = fill(text, 'markdown', () => 'Yes. Filled in.');
    assertEditsInsideAnswerRanges(filled.edits, filled.before.items);
    assertOutsideKeptInOrder(text, filled.text, filled.before.items);
    assert.ok(filled.after.items.every((i) => i.answer.existing !== ''));
    assert.equal(fill(filled.text, 'markdown', () => 'Yes. Filled in.').text, filled.text);
  });

  test('the shared vendor questionnaire (checkbox lists): 20 questions with sensible slots', function () {
    if (!existsSync(SHARED_VSQ)) {
      this.skip();
    }
    const text = readFileSync(SHARED_VSQ, 'utf8');
    const { items } = read(text);
    assert.equal(items.length, 20);
    assert.deepEqual(items.map((i) => i.id), Array.from({ length: 20 }, (_, n) => String(n + 1)));
    assert.ok(items.every((i) => i.question.endsWith('?') && i.answer.kind === 'markdown-checkbox' && i.answer.existing === ''));
    const assurance = items[2];
    assert.ok(assurance);
    assert.equal(assurance.title, 'Independent Assurance');
    assert.match(assurance.question, /independently validated security certifications or reports\?$/);
    assert.ok(assurance.answer.options?.some((o) => o.label === 'SOC 2 Type II'));
    assert.equal(items[0]?.section, '1. Information Security Governance');
    const incident = items.find((i) => i.title === 'Incident Response');
    assert.deepEqual(incident?.answer.options?.map((o) => o.label), ['Yes', 'No']);
    // Declarations, field lines and the purpose paragraph are not questions.
    assert.ok(!items.some((i) => /Vendor Name|confirms|Purpose/.test(i.question)));
    // Options whose label opens with "Yes" ("Yes", "Yes (attach policy…)", "Yes, encrypted…") get ticked.
    const hasYes = (item: QuestionItem): boolean => item.answer.options?.some((o) => /^yes\b/i.test(o.label)) ?? false;
    assert.equal(items.filter(hasYes).length, 14);
    const answer = (item: QuestionItem): string => (hasYes(item) ? 'Yes. Documented and reviewed.' : 'See our SOC 2 Type 2 report.');
    const filled = fill(text, 'markdown', answer);
    assertSameOutsideAnswers(text, filled);
    const ticked = filled.after.items.filter((i) => i.answer.options?.some((o) => o.checked));
    assert.equal(ticked.length, 14);
    assert.ok(ticked.every((i) => i.answer.options?.filter((o) => o.checked).every((o) => /^yes\b/i.test(o.label))));
    assert.ok(filled.after.items.every((i) => i.answer.existing !== ''));
    assert.equal(fill(filled.text, 'markdown', answer).text, filled.text);
  });
});

suite('questionnaire markdown: scale', () => {
  function checkboxDoc(questions: number): string {
    const parts = ['# Questionnaire', ''];
    for (let i = 0; i < questions; i++) {
      if (i % 50 === 0) {
        parts.push(`## Section ${i / 50}`, '');
      }
      parts.push(`${i + 1}. **Item ${i}**`, `   Do you encrypt backup set ${i} at rest?`, '   - [ ] Yes', '   - [ ] No', '');
    }
    return parts.join('\n');
  }

  // How the time grows with the questions is measured in the bench (bench/questionnaire.bench.ts), not here.
  test('2,000 checkbox questions are all read', () => {
    assert.equal(read(checkboxDoc(2_000)).items.length, 2_000);
  });
});

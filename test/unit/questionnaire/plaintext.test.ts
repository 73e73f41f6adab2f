import * as assert from 'node:assert/strict';
import { readQuestionnaire } from '../../../src/domain/questionnaire';
import { assertSameOutsideAnswers, fill, questions } from './helpers';

suite('questionnaire plain text', () => {
  const text = [
    'SECURITY QUESTIONNAIRE',
    '',
    'Please answer all questions and return the file.',
    '',
    '1. Do you have a SOC 2 Type 2 report?',
    '2. Describe how you monitor your cloud provider,',
    '   including the reports you review.',
    '3) List your subservice organizations.',
    '',
    'Q4: Is there a bridge letter for the months since the period ended?',
    '   Answer: Yes, signed by management.',
    '',
    'Is there anything else we should know?',
    'Thank you.',
  ].join('\n');

  test('numbered lines and paragraphs that ask something are questions; titles and instructions are not', () => {
    const result = readQuestionnaire(text, 'plaintext');
    assert.deepEqual(questions(result), [
      'Do you have a SOC 2 Type 2 report?',
      'Describe how you monitor your cloud provider, including the reports you review.',
      'List your subservice organizations.',
      'Is there a bridge letter for the months since the period ended?',
      'Is there anything else we should know? Thank you.',
    ]);
    assert.deepEqual(result.items.map((i) => i.id), ['1', '2', '3', '4', undefined]);
    assert.deepEqual(result.items.map((i) => i.answer.existing), ['', '', '', 'Yes, signed by management.', '']);
    assert.ok(result.items.every((i) => i.answer.kind === 'text-below'));
    const second = result.items[1];
    assert.ok(second);
    assert.equal(second.line, 5);
    assert.equal(second.lastLine, 6);
    assert.equal(text.slice(second.questionRange.start, second.questionRange.end), 'Describe how you monitor your cloud provider,\n   including the reports you review.');
  });

  test('answers go on the line below, aligned with the question text; a second fill rewrites in place', () => {
    for (const eol of ['\n', '\r\n']) {
      const source = text.replace(/\n/g, eol);
      const answer = (n: number): string => (n === 1 ? 'We review their SOC 2 report\nevery year.' : `Answer ${n}.`);
      const filled = fill(source, 'plaintext', (item) => answer(item.index));
      assert.equal(
        filled.text,
        [
          'SECURITY QUESTIONNAIRE',
          '',
          'Please answer all questions and return the file.',
          '',
          '1. Do you have a SOC 2 Type 2 report?',
          '   Answer: Answer 0.',
          '2. Describe how you monitor your cloud provider,',
          '   including the reports you review.',
          '   Answer: We review their SOC 2 report',
          '           every year.',
          '3) List your subservice organizations.',
          '   Answer: Answer 2.',
          '',
          'Q4: Is there a bridge letter for the months since the period ended?',
          '    Answer: Answer 3.',
          '',
          'Is there anything else we should know?',
          'Thank you.',
          'Answer: Answer 4.',
        ].join(eol),
      );
      assertSameOutsideAnswers(source, filled);
      assert.deepEqual(filled.after.items.map((i) => i.answer.existing), ['Answer 0.', 'We review their SOC 2 report\nevery year.', 'Answer 2.', 'Answer 3.', 'Answer 4.']);
      assert.equal(fill(filled.text, 'plaintext', (item) => answer(item.index)).text, filled.text);
    }
  });

  test('an unmarked Yes/No line right below a question is its answer', () => {
    const result = readQuestionnaire('1. Do you encrypt backups?\nYes, with KMS keys.\n2. Is MFA enforced?\n', 'plaintext');
    assert.deepEqual(result.items.map((i) => [i.question, i.answer.existing]), [
      ['Do you encrypt backups?', 'Yes, with KMS keys.'],
      ['Is MFA enforced?', ''],
    ]);
  });

  test('a comment goes on its own line and is read back with the answer', () => {
    const filled = fill('1. Do you have SOC 2?\n', 'plaintext', () => 'Yes.', () => 'Type 2.');
    assert.equal(filled.text, '1. Do you have SOC 2?\n   Answer: Yes.\n   Comment: Type 2.\n');
    assert.equal(filled.after.items[0]?.answer.existing, 'Yes.\nComment: Type 2.');
    assert.equal(fill(filled.text, 'plaintext', () => 'Yes.', () => 'Type 2.').text, filled.text);
  });
});

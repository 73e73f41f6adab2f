import * as assert from 'node:assert/strict';
import { parseQuestionDate, QUESTION_DATE } from '../../../src/domain/reading/dates';

// The reader skips its date rules for a sentence without a year (src/domain/reading/index.ts
// readSentence): that is only right while every date form a question can write has one.
suite('reading: question dates', () => {
  const anyDate = new RegExp(QUESTION_DATE);

  test('every date form the reader knows has a year; without one nothing is read as a date', () => {
    for (const text of ['june 30', '30 june', 'q1', 'the end of june', 'end of q2', 'system 123', 'within 12 months', 'the 3rd of march', '06/30', 'in 90 days']) {
      assert.equal(anyDate.exec(text), null, text);
      assert.equal(parseQuestionDate(text), undefined, text);
    }
  });

  test('with a year, each form is read as a range of days', () => {
    const cases: [string, string, string][] = [
      ['30 june 2026', '2026-06-30', '2026-06-30'],
      ['june 30, 2026', '2026-06-30', '2026-06-30'],
      ['2026-06-30', '2026-06-30', '2026-06-30'],
      ['june 2026', '2026-06-01', '2026-06-30'],
      ['q1 2027', '2027-01-01', '2027-03-31'],
      ['2027', '2027-01-01', '2027-12-31'],
    ];
    for (const [text, start, end] of cases) {
      assert.ok(anyDate.test(text), text);
      assert.deepEqual(parseQuestionDate(text), { start, end }, text);
    }
  });
});

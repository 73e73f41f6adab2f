import * as assert from 'node:assert/strict';
import type { AnswerDecision, AnswerOptions } from '../../../src/domain/answering';
import { FillCancelled, planTextFill } from '../../../src/domain/fill';
import { applyEdits } from '../../../src/domain/questionnaire';

/** A fake answerer: SOC 2 questions are answered, "period" needs a person, others are not recognized. */
function fakeAnswerer(question: string, options: AnswerOptions): AnswerDecision {
  const base = { question, confidence: 0.9, warnings: [] };
  if (/period/i.test(question)) {
    return { ...base, intent: 'soc2.period', outcome: 'needs_person', text: 'Ended [period end date].', missing: ['[period end date]'] };
  }
  if (/soc ?2/i.test(question)) {
    const text = options.length === 'yesno' ? 'Yes' : options.length === 'sentence' ? 'Yes, we have a Type 2 report.' : 'Yes. We have a SOC 2 Type 2 report for 2025-07-01 to 2026-06-30.';
    return { ...base, intent: 'soc2.status', outcome: 'answered', text, missing: [] };
  }
  return { ...base, intent: 'none', outcome: 'not_recognized', missing: [] };
}

const options: AnswerOptions = { length: 'paragraph', today: '2026-11-26' };

suite('planTextFill', () => {
  test('CSV with a comment column: Yes in the answer cell, the explanation beside it, nothing else touched', () => {
    const csv = 'Title,,,\r\nID,Question,Response,Comments\r\n1,Do you have a SOC 2 report?,,\r\n2,What period does it cover?,,\r\n3,How many staff?,,\r\n';
    const plan = planTextFill(csv, 'csv', fakeAnswerer, options, 'demo.csv');
    const out = applyEdits(csv, plan.edits);
    assert.equal(out, 'Title,,,\r\nID,Question,Response,Comments\r\n1,Do you have a SOC 2 report?,Yes,Yes. We have a SOC 2 Type 2 report for 2025-07-01 to 2026-06-30.\r\n2,What period does it cover?,,\r\n3,How many staff?,,\r\n');
    const statuses = plan.report.sections[0]?.entries.map((e) => e.status);
    assert.deepEqual(statuses, ['answered', 'needs_person', 'not_recognized']);
    assert.deepEqual(plan.report.sections[0]?.entries[1]?.missing, ['[period end date]']);
  });

  test('already answered questions are left alone unless overwrite is asked for', () => {
    const csv = 'Question,Answer\nDo you have a SOC 2 report?,No (old)\n';
    const kept = planTextFill(csv, 'csv', fakeAnswerer, options);
    assert.equal(kept.edits.length, 0);
    assert.equal(kept.report.sections[0]?.entries[0]?.status, 'already_answered');
    const replaced = planTextFill(csv, 'csv', fakeAnswerer, { ...options, overwrite: true });
    assert.match(applyEdits(csv, replaced.edits), /SOC 2 report\?,Yes\. We have/);
  });

  test('Markdown: answers go below recognized questions only; a second fill adds nothing', () => {
    const md = '# Review\n\n1. Do you have a SOC 2 report?\n\n2. How many staff do you have?\n';
    const first = planTextFill(md, 'markdown', fakeAnswerer, options);
    const filled = applyEdits(md, first.edits);
    assert.match(filled, /1\. Do you have a SOC 2 report\?\n[\s\S]*\*\*Answer:\*\* Yes\. We have/);
    assert.doesNotMatch(filled.split('2. How many')[1] ?? '', /Answer/);
    const second = planTextFill(filled, 'markdown', fakeAnswerer, options);
    assert.equal(second.edits.length, 0);
  });

  test('cancel stops before any edit is planned', () => {
    const signal = { aborted: false };
    const md = '1. Do you have a SOC 2 report?\n2. Is it SOC 2 Type 2?\n';
    assert.throws(
      () =>
        planTextFill(md, 'markdown', (q, o) => {
          signal.aborted = true;
          return fakeAnswerer(q, o);
        }, { ...options, signal }),
      FillCancelled,
    );
  });
});

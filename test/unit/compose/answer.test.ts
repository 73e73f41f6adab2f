import * as assert from 'node:assert/strict';
import { answerQuestion } from '../../../src/domain/answer/decide';
import { answererFor } from '../../../src/domain/engine/source';
import { classify } from '../../../src/domain/classify';
import { check } from '../../../src/domain/claims';
import { CERTIFICATION_FRAMING_WARNING, CERTIFICATION_NOTE, compose } from '../../../src/domain/compose';
import { TODAY, VARIANTS } from './profiles';

const QUESTIONS = [
  'Do you have a SOC 2 Type II report?',
  'Are you SOC 2 compliant?',
  'What is the audit period covered by your most recent SOC 2 report?',
  'Which trust services criteria are in scope?',
  'Were there any exceptions noted in your last SOC 2 audit?',
  'Which CPA firm performed your SOC 2 examination?',
  'Please provide a copy of your SOC 2 report.',
  'Can you provide a bridge letter?',
  'Is your cloud provider carved out of your SOC 2?',
  'List the complementary user entity controls.',
  'When is your next SOC 2 audit?',
  'Are devices centrally managed with MDM?',
  'Do you hold an ISO 27001 certification?',
  'Do you conduct annual third-party penetration tests?',
  'What is your favourite colour?',
  'Describe your office parking arrangements.',
];

suite('answerQuestion', () => {
  const LEADS = { yes: 'Yes.', no: 'No.', na: 'Not applicable.' } as const;
  const CELLS = { yes: 'Yes', no: 'No', na: 'N/A' } as const;
  for (const variant of VARIANTS.slice(0, 6)) {
    for (const question of QUESTIONS) {
      test(`${variant.name}: ${question}`, () => {
        const { intent, confidence } = classify(question);
        const byLength = (['yesno', 'sentence', 'paragraph'] as const).map((length) => ({ length, decision: answerQuestion(variant.profile, question, { length, today: TODAY }) }));
        for (const { length, decision } of byLength) {
          assert.equal(decision.question, question);
          assert.equal(decision.intent, intent);
          assert.equal(decision.confidence, confidence);
          if (intent === 'none') {
            assert.equal(decision.outcome, 'not_recognized');
            assert.equal(decision.text, undefined);
            assert.deepEqual(decision.missing, []);
            continue;
          }
          if (decision.outcome === 'undetermined') {
            // Nothing is written for what the facts do not decide, and the writer is told why.
            assert.equal(decision.text, undefined, `${length}: ${question}`);
            assert.ok((decision.reasons ?? []).length > 0);
            assert.ok(decision.verdict === undefined || decision.verdict === 'undetermined');
            continue;
          }
          assert.equal(decision.outcome, decision.missing.length > 0 ? 'needs_person' : 'answered');
          if (decision.shape === 'polar') {
            const verdict = decision.verdict;
            assert.ok(verdict === 'yes' || verdict === 'no' || verdict === 'na', `${question}: ${String(verdict)}`);
            if (length === 'yesno') {
              assert.equal(decision.text, CELLS[verdict]);
            } else {
              assert.ok((decision.text ?? '').startsWith(`${LEADS[verdict]} `), `${length}: ${decision.text ?? ''}`);
            }
          } else {
            // An open question is never a bare Yes/No, and its text is the composer's for the intent.
            assert.notEqual(length, 'yesno');
            assert.equal(decision.verdict, undefined);
            const composed = compose(variant.profile, intent, { length: decision.shape === 'describe' ? length : 'sentence', today: TODAY, question });
            assert.equal(decision.text, composed.text);
          }
        }
        // The cell, the sentence and the paragraph agree on the verdict.
        const verdicts = new Set(byLength.map(({ decision }) => decision.verdict));
        assert.ok(verdicts.size <= 1, `${question}: ${[...verdicts].join(', ')}`);
      });
    }
  }

  test('unrelated questions are never answered, and a sparse profile needs a person', () => {
    const full = VARIANTS[0];
    const sparse = VARIANTS.find((v) => v.name === 'no SOC 2, nothing else');
    assert.ok(full !== undefined && sparse !== undefined);
    const decide = answererFor(full.profile);
    assert.equal(decide('What is your favourite colour?', { length: 'sentence', today: TODAY }).outcome, 'not_recognized');
    const status = decide('Do you have a SOC 2 report?', { length: 'sentence', today: TODAY });
    assert.equal(status.outcome, 'answered');
    assert.match(status.text ?? '', /^Yes\. /);
    // The sparse profile cannot decide the Yes/No: nothing is written, and the reason says why.
    const patching = answerQuestion(sparse.profile, 'Are security patches applied automatically?', { length: 'sentence', today: TODAY });
    assert.equal(patching.outcome, 'undetermined');
    assert.equal(patching.text, undefined);
    assert.ok((patching.reasons ?? []).some((r) => /automated/.test(r)));
    // Asked for prose, it writes what it can with the gap visible.
    const described = answerQuestion(sparse.profile, 'Describe your patch management process.', { length: 'sentence', today: TODAY });
    assert.equal(described.outcome, 'needs_person');
    assert.ok(described.missing.length > 0);
  });

  test('the question decides the polarity of a Yes/No about exceptions and scope', () => {
    const withExceptions = VARIANTS.find((v) => v.name === 'type2 with exceptions');
    const full = VARIANTS[0];
    assert.ok(withExceptions !== undefined && full !== undefined);
    const options = { length: 'yesno' as const, today: TODAY };
    assert.equal(compose(withExceptions.profile, 'soc2.opinion', { ...options, question: 'Were any exceptions noted?' }).text, 'Yes');
    assert.equal(compose(full.profile, 'soc2.opinion', { ...options, question: 'Were any exceptions noted?' }).text, 'No');
    assert.equal(compose(full.profile, 'soc2.opinion', { ...options, question: 'Was the opinion unqualified?' }).text, 'Yes');
    assert.equal(compose(full.profile, 'soc2.opinion', { ...options, question: 'Did you receive a qualified opinion?' }).text, 'No');
    assert.equal(compose(full.profile, 'soc2.scope', { ...options, question: 'Does your SOC 2 include Privacy?' }).text, 'No');
    assert.equal(compose(full.profile, 'soc2.scope', { ...options, question: 'Does your SOC 2 include Availability?' }).text, 'Yes');
    const scope = compose(full.profile, 'soc2.scope', { length: 'sentence', today: TODAY, question: 'Does your SOC 2 include Privacy?' });
    assert.match(scope.text, /Privacy is not in scope/);
    assert.equal(compose(full.profile, 'soc2.type', { ...options, question: 'Is your report a Type 1?' }).text, 'No');
  });
});

suite('compose: a question that calls SOC 2 a certification', () => {
  const CERTIFICATION_QUESTIONS = [
    'Are you SOC 2 certified?',
    'Is your SOC2 Type II certification current?',
    'Are you compliant with SOC 2?',
    'Please confirm SOC-2 compliance.',
  ];
  const PLAIN_QUESTIONS = ['Do you have a SOC 2 report?', 'Is your ISO 27001 certification current?', 'Do you have a SOC 2 Type 2 report from a certified public accountant firm?'];

  for (const variant of VARIANTS.slice(0, 4)) {
    test(`${variant.name}: the sentence and paragraph say what a SOC 2 is; the Yes/No cell stays a value, with a warning`, () => {
      for (const question of CERTIFICATION_QUESTIONS) {
        for (const length of ['sentence', 'paragraph'] as const) {
          const answer = compose(variant.profile, 'soc2.status', { length, today: TODAY, question });
          assert.ok(answer.text.endsWith(CERTIFICATION_NOTE), `${question} (${length}): ${answer.text}`);
          assert.ok(answer.warnings.includes(CERTIFICATION_FRAMING_WARNING), question);
          assert.deepEqual(check(answer.text, { today: TODAY }), [], 'the note itself passes the claim rules');
        }
        const cell = compose(variant.profile, 'soc2.status', { length: 'yesno', today: TODAY, question });
        assert.ok(!cell.text.includes(CERTIFICATION_NOTE));
        assert.ok(cell.warnings.includes(CERTIFICATION_FRAMING_WARNING));
      }
    });
  }

  test('other questions get neither the note nor the warning', () => {
    const full = VARIANTS[0];
    assert.ok(full !== undefined);
    for (const question of PLAIN_QUESTIONS) {
      for (const intent of ['soc2.status', 'assurance.iso27001'] as const) {
        const answer = compose(full.profile, intent, { length: 'paragraph', today: TODAY, question });
        assert.ok(!answer.text.includes(CERTIFICATION_NOTE), question);
        assert.ok(!answer.warnings.includes(CERTIFICATION_FRAMING_WARNING), question);
      }
    }
    // An ISO question that says "certification" is not about SOC 2: no note even when it mentions SOC 2 elsewhere.
    const iso = compose(full.profile, 'assurance.iso27001', { length: 'sentence', today: TODAY, question: 'Are you SOC 2 certified?' });
    assert.ok(!iso.text.includes(CERTIFICATION_NOTE));
  });
});

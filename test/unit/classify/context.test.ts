import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { classify, classifyDetailed, contextAt, type QuestionContext } from '../../../src/domain/classify';
import { fillText } from '../fill/textFill';
import { INTENT_IDS, type IntentId } from '../../../src/domain/intents';
import { parseProfile } from '../../../src/domain/profile/parse';
import { readQuestionnaire } from '../../../src/domain/questionnaire';
import { CONTEXT_HELD_OUT_SEQUENCES } from './context-held-out-set';
import { CONTEXT_SEQUENCES, type ContextRole, type ContextSequence } from './context-set';
import { DEV_SET } from './dev-set';

const ROOT = join(__dirname, '..', '..', '..');

interface SequenceResult {
  readonly role: ContextRole;
  readonly question: string;
  readonly expected: IntentId;
  readonly actual: IntentId;
  /** The intent the question gets with no context. */
  readonly alone: IntentId;
}

function runSequences(sequences: readonly ContextSequence[]): SequenceResult[] {
  return sequences.flatMap((sequence) =>
    sequence.steps.map((step, i) => {
      const context: QuestionContext = { previous: sequence.steps.slice(0, i).map((before) => before.question) };
      if (sequence.section !== undefined) {
        context.section = sequence.section;
      }
      return { role: step.role, question: step.question, expected: step.intent, actual: classify(step.question, { context }).intent, alone: classify(step.question).intent };
    }),
  );
}

function summary(title: string, results: readonly SequenceResult[]): string {
  const scored = results.filter((result) => result.role !== 'anchor');
  const correct = scored.filter((result) => result.actual === result.expected).length;
  const lines = [`${title}: ${correct}/${scored.length} follow-ups and distractors right (${((100 * correct) / Math.max(1, scored.length)).toFixed(1)}%)`];
  for (const role of ['followUp', 'distractor'] as const) {
    const ofRole = results.filter((result) => result.role === role);
    const right = ofRole.filter((result) => result.actual === result.expected).length;
    const rightAlone = ofRole.filter((result) => result.alone === result.expected).length;
    lines.push(`  ${role.padEnd(11)} ${String(ofRole.length).padStart(3)}  in context ${right}/${ofRole.length}, without context ${rightAlone}/${ofRole.length}`);
  }
  for (const miss of results.filter((result) => result.actual !== result.expected)) {
    lines.push(`  miss (${miss.role}): expected ${miss.expected}, got ${miss.actual}: ${miss.question}`);
  }
  return lines.join('\n');
}

function isSoc2(intent: IntentId): boolean {
  return intent.startsWith('soc2.');
}

suite('classify in context: questionnaire sequences', () => {
  const results = runSequences(CONTEXT_SEQUENCES);
  const followUps = results.filter((result) => result.role === 'followUp');
  const distractors = results.filter((result) => result.role === 'distractor');

  test('at least 40 follow-ups that need their context, and at least as many distractors', () => {
    const needContext = followUps.filter((result) => result.alone !== result.expected);
    assert.ok(needContext.length >= 40, `only ${needContext.length} follow-ups are wrong without context`);
    assert.ok(distractors.length >= needContext.length, `${distractors.length} distractors for ${needContext.length} follow-ups`);
    const questions = results.map((result) => result.question);
    assert.equal(new Set(questions).size, questions.length, 'duplicate questions in the set');
  });

  test('at least 95% of follow-ups and distractors right in context (table printed)', () => {
    console.log(summary('context set', results));
    const scored = [...followUps, ...distractors];
    const correct = scored.filter((result) => result.actual === result.expected).length;
    assert.ok(correct / scored.length >= 0.95, `${correct} of ${scored.length}`);
  });

  test('no `none` distractor becomes a SOC 2 question', () => {
    const leaks = distractors.filter((result) => result.expected === 'none' && isSoc2(result.actual));
    assert.deepEqual(leaks.map((leak) => leak.question), []);
  });

  test('anchors keep the intent their own words give', () => {
    for (const anchor of results.filter((result) => result.role === 'anchor')) {
      assert.equal(anchor.actual, anchor.alone, anchor.question);
    }
  });

  test('held-out sequences (written after the context rules were frozen; table printed)', () => {
    const heldOut = runSequences(CONTEXT_HELD_OUT_SEQUENCES);
    console.log(summary('context held-out set', heldOut));
    const scored = heldOut.filter((result) => result.role !== 'anchor');
    const correct = scored.filter((result) => result.actual === result.expected).length;
    assert.ok(correct / scored.length >= 0.9, `${correct} of ${scored.length}`);
    const leaks = scored.filter((result) => result.expected === 'none' && isSoc2(result.actual));
    assert.deepEqual(leaks.map((leak) => leak.question), []);
  });
});

suite('classify in context: rules', () => {
  const soc2Thread: QuestionContext = { section: 'Security', previous: ['Do you have a SOC 2 report?'] };

  test('an unrelated follow-up after a SOC 2 question stays `none`', () => {
    assert.equal(classify('What is the password length?', { context: soc2Thread }).intent, 'none');
    assert.equal(classify('Do employees sign an NDA before they start?', { context: soc2Thread }).intent, 'none');
    assert.equal(classify('Are exceptions to the password policy recorded?', { context: soc2Thread }).intent, 'none');
  });

  test('a follow-up that refers back takes the SOC 2 subject', () => {
    const context: QuestionContext = { section: '1. Independent assurance', previous: ['Do you have a SOC 2 report?', 'Is your most recent SOC 2 a Type 1 or a Type 2 report?'] };
    assert.equal(classify('What period does the report cover, and when did it end?').intent, 'none');
    const detail = classifyDetailed('What period does the report cover, and when did it end?', { context });
    assert.equal(detail.intent, 'soc2.period');
    assert.equal(detail.gateFromContext, 'opened');
    assert.equal(classify('Please provide a copy of the report. Is an NDA required?', { context }).intent, 'soc2.report_request');
  });

  test('without context, or with an empty one, nothing changes', () => {
    for (const item of DEV_SET) {
      const alone = classify(item.question);
      assert.deepEqual(classify(item.question, {}), alone, item.question);
      assert.deepEqual(classify(item.question, { context: {} }), alone, item.question);
      assert.deepEqual(classify(item.question, { context: { previous: [] } }), alone, item.question);
      assert.deepEqual(classifyDetailed(item.question, { context: { previous: [] } }), classifyDetailed(item.question), item.question);
    }
  });

  test('a SOC 2 context changes only questions with a reference phrase, and leaks no development `none` question', () => {
    const context: QuestionContext = { section: 'Independent assurance', previous: ['Do you have a SOC 2 Type 2 report?'] };
    const none = DEV_SET.filter((item) => item.intent === 'none');
    const leaked = none.filter((item) => isSoc2(classify(item.question, { context }).intent));
    assert.ok(leaked.length / none.length < 0.02, `leaked: ${leaked.map((item) => item.question).join(' | ')}`);
    for (const item of DEV_SET) {
      const detail = classifyDetailed(item.question, { context });
      if (detail.gateFromContext === undefined) {
        assert.equal(detail.intent, classify(item.question).intent, item.question);
      }
    }
  });

  test('SOC 2 named in the question is not changed by any context', () => {
    const afterPentest: QuestionContext = { section: 'Penetration testing', previous: ['Do you run an annual external penetration test?'] };
    for (const item of DEV_SET.filter((labelled) => /\bSOC[\s-]?(?:2|II)\b/i.test(labelled.question))) {
      assert.equal(classify(item.question, { context: afterPentest }).intent, classify(item.question).intent, item.question);
    }
  });

  test('follow-ups carry the thread on; unrelated questions end it; the section is the fallback', () => {
    const followUps = ['Were any exceptions noted?', 'Who performed the audit?', 'What period did the audit cover?', 'Is an NDA required to see the report?', 'Was the opinion unmodified?'];
    const chain = ['Do you have a SOC 2 report?', ...followUps];
    assert.equal(classify('Can we get a copy of the report?', { context: { previous: chain } }).intent, 'soc2.report_request', 'five follow-ups after the SOC 2 question');
    const unrelated = ['Do you enforce MFA?', 'Are backups encrypted?', 'Do you screen new hires?'];
    assert.equal(classify('Can we get a copy of the report?', { context: { previous: ['Do you have a SOC 2 report?', ...unrelated.slice(0, 2)] } }).intent, 'soc2.report_request', 'two unrelated questions in between');
    assert.equal(classify('Can we get a copy of the report?', { context: { previous: ['Do you have a SOC 2 report?', ...unrelated] } }).intent, 'none', 'three unrelated questions end the thread');
    assert.equal(classify('Can we get a copy of the report?', { context: { section: 'SOC 2', previous: unrelated } }).intent, 'soc2.report_request', 'the section still says SOC 2');
    assert.equal(classify('Can we get a copy of the report?', { context: { section: 'Audit reports' } }).intent, 'soc2.report_request');
    assert.equal(classify('Can we get a copy of the report?', { context: { section: 'Access control' } }).intent, 'none');
  });

  test('"the report" and "the auditor" after another assurance or control question are that topic\'s', () => {
    const afterPentest: QuestionContext = { section: 'Independent assurance', previous: ['Do you have a SOC 2 report?', 'Do you commission an annual penetration test?'] };
    assert.equal(classify('Please attach the report.', { context: afterPentest }).intent, 'none');
    const afterIso: QuestionContext = { previous: ['Are you ISO 27001 certified?'] };
    assert.equal(classify('Who is the auditor?').intent, 'soc2.auditor', 'alone it reads as SOC 2');
    const detail = classifyDetailed('Who is the auditor?', { context: afterIso });
    assert.equal(detail.intent, 'none');
    assert.equal(detail.gateFromContext, 'closed');
    // A follow-up in between does not turn the ISO thread into a SOC 2 one.
    assert.equal(classify('Please provide the audit report.', { context: { previous: ['Are you ISO 27001 certified?', 'Who is the auditor?'] } }).intent, 'none');
  });

  test('never throws on odd context values from untyped callers', () => {
    const odd: unknown[] = [{ previous: 'not a list' }, { previous: [42, null, undefined, 'Do you have a SOC 2?'] }, { section: 7 }, { section: null, previous: null }, null];
    for (const value of odd) {
      const result = classify('Were there any exceptions?', { context: value as QuestionContext });
      assert.ok(INTENT_IDS.includes(result.intent));
    }
  });

  test('property: random contexts never throw, and a question without a reference phrase ignores them', () => {
    const questions = DEV_SET.map((item) => item.question);
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.array(fc.constantFrom(...questions), { maxLength: 12 }), fc.option(fc.constantFrom('SOC 2', 'Independent assurance', 'Security operations', 'Penetration testing')), (question, previous, section) => {
        const context: QuestionContext = section === null ? { previous } : { section, previous };
        const detail = classifyDetailed(question, { context });
        assert.ok(INTENT_IDS.includes(detail.intent));
        if (detail.gateFromContext === undefined) {
          assert.equal(detail.intent, classify(question).intent);
        }
      }),
      { numRuns: 400 },
    );
  });
});

suite('contextAt', () => {
  const items = [
    { question: 'q1', section: 'A' },
    { question: 'q2', section: 'A' },
    { question: 'q3', section: 'B' },
    { question: 'q4', section: 'B' },
    { question: 'q5', section: 'B' },
    { question: 'q6' },
  ];

  test('gives the section and the earlier questions of that section, nearest last', () => {
    assert.deepEqual(contextAt(items, 0), { section: 'A', previous: [] });
    assert.deepEqual(contextAt(items, 1), { section: 'A', previous: ['q1'] });
    assert.deepEqual(contextAt(items, 2), { section: 'B', previous: [] });
    assert.deepEqual(contextAt(items, 4), { section: 'B', previous: ['q3', 'q4'] });
    assert.equal(contextAt(items, 5), undefined, 'no section and nothing before it in the same (absent) section');
    assert.equal(contextAt(items, 99), undefined);
    assert.equal(contextAt(items, -1), undefined);
  });

  test('questions without sections share one; at most eight earlier questions', () => {
    const flat = Array.from({ length: 12 }, (_, i) => ({ question: `q${i}` }));
    assert.equal(contextAt(flat, 0), undefined);
    assert.deepEqual(contextAt(flat, 2), { previous: ['q0', 'q1'] });
    assert.deepEqual(contextAt(flat, 11)?.previous, ['q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10']);
  });
});

suite('demo questionnaire in context', () => {
  const demoPath = join(ROOT, 'demo', 'vendor-questionnaire.md');
  // What a compliance writer expects for each of the demo's 20 questions, in order.
  const EXPECTED: readonly IntentId[] = [
    'soc2.status', // 1. Do you have a SOC 2 report?
    'soc2.type', // 2. Type 1 or Type 2
    'soc2.period', // 3. What period does the report cover … (a follow-up)
    'soc2.scope', // 4. Trust Services Criteria categories in scope
    'soc2.opinion', // 5. qualifications or exceptions
    'soc2.auditor', // 6. Which CPA firm
    'soc2.report_request', // 7. a copy of the report; NDA (a follow-up)
    'soc2.bridge_letter', // 8. bridge letter
    'soc2.subservice', // 9. cloud hosting providers … carved out
    'soc2.cuecs', // 10. controls customers implement (CUECs, named only in brackets)
    'controls.patching', // 11. patches applied automatically
    'controls.endpoint_management', // 12. laptops centrally managed (MDM)
    'controls.vulnerability_scanning', // 13. vulnerability scans
    'controls.incident_response', // 14. incident response plan
    'assurance.pentest', // 15. third-party penetration test
    'assurance.iso27001', // 16. ISO/IEC 27001
    'none', // 17. password policy
    'soc2.next_audit', // 18. next SOC 2 examination
    'assurance.soc3', // 19. SOC 3
    'none', // 20. number of employees
  ];

  test('all 20 questions get the intent a compliance writer expects', function () {
    if (!existsSync(demoPath)) {
      this.skip();
    }
    const { items } = readQuestionnaire(readFileSync(demoPath, 'utf8'), 'markdown');
    assert.equal(items.length, EXPECTED.length);
    const got = items.map((item, i) => classify(item.question, { context: contextAt(items, i) }).intent);
    assert.deepEqual(got, EXPECTED);
  });

  test('Fill answers the follow-ups from the demo profile', async function () {
    const profilePath = join(ROOT, 'demo', '.attest', 'profile.json');
    if (!existsSync(demoPath) || !existsSync(profilePath)) {
      this.skip();
    }
    const { profile } = parseProfile(readFileSync(profilePath, 'utf8'));
    assert.ok(profile, 'the demo profile parses');
    const plan = await fillText(readFileSync(demoPath, 'utf8'), 'markdown', profile, { defaultLength: 'sentence', today: '2026-01-15' });
    const entries = plan.report.sections.flatMap((section) => section.entries);
    assert.equal(entries.length, EXPECTED.length);
    entries.forEach((entry, i) => {
      const expected = EXPECTED[i];
      if (expected === 'none') {
        assert.equal(entry.status, 'not_recognized', entry.question);
      } else {
        assert.notEqual(entry.status, 'not_recognized', entry.question);
        assert.equal(entry.intent, expected, entry.question);
      }
    });
  });
});

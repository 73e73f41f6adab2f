import * as assert from 'node:assert/strict';
import { classify, classifyDetailed, classifyMany } from '../../../src/domain/classify';
import { normalizeQuestion, segmentQuestion } from '../../../src/domain/classify/normalize';
import { INTENT_IDS, type IntentId } from '../../../src/domain/intents';
import { DEV_SET } from './dev-set';
import { HELD_OUT_SET } from './held-out-set';
import { HELD_OUT_SET_2 } from './held-out-set-2';
import { evaluate, formatReport } from './report';

suite('classify: development set', () => {
  const report = evaluate(DEV_SET, classify);

  test('the set is large and varied enough to mean something', () => {
    assert.ok(DEV_SET.length >= 300, `only ${DEV_SET.length} questions`);
    for (const id of INTENT_IDS) {
      const count = DEV_SET.filter((item) => item.intent === id).length;
      assert.ok(count >= 8, `${id} has ${count} questions (want at least 8)`);
    }
    const noneOrOther = DEV_SET.filter((item) => item.intent === 'none' || item.intent === 'assurance.other').length;
    assert.ok(noneOrOther * 3 >= DEV_SET.length, `none/other-framework questions: ${noneOrOther} of ${DEV_SET.length}`);
    const questions = DEV_SET.map((item) => item.question);
    assert.equal(new Set(questions).size, questions.length, 'duplicate questions in the set');
  });

  test('top-1 accuracy is at least 95% (table printed)', () => {
    console.log(formatReport('development set', report));
    assert.ok(report.accuracy >= 0.95, `accuracy ${report.accuracy}`);
  });

  test('fewer than 2% of `none` questions get a SOC 2 intent', () => {
    assert.ok(report.noneToSoc2 / report.noneTotal < 0.02, `${report.noneToSoc2} of ${report.noneTotal} leaked`);
  });
});

suite('classify: held-out sets', () => {
  test('round 2 (73/75 when first scored; its two misses since addressed, so partly seen): at least 90% top-1 and no `none` → SOC 2 leak (table printed)', () => {
    const report = evaluate(HELD_OUT_SET_2, classify);
    console.log(formatReport('held-out set, round 2 (73/75 when first scored; partly seen since)', report));
    assert.ok(HELD_OUT_SET_2.length >= 60);
    assert.ok(report.accuracy >= 0.9, `accuracy ${report.accuracy}`);
    assert.ok(report.noneToSoc2 / report.noneTotal < 0.02, `${report.noneToSoc2} of ${report.noneTotal} leaked`);
  });

  test('round 1 (scored once at the first freeze, then used for tuning) stays at or above its first score', () => {
    const report = evaluate(HELD_OUT_SET, classify);
    console.log(formatReport('held-out set, round 1 (91/100 at the first freeze; since used for tuning)', report));
    assert.ok(report.correct >= 91, `${report.correct} of ${report.total}`);
    assert.equal(report.noneToSoc2, 0);
  });

  test('the held-out questions do not repeat development questions', () => {
    const dev = new Set(DEV_SET.map((item) => item.question.toLowerCase()));
    for (const item of [...HELD_OUT_SET, ...HELD_OUT_SET_2]) {
      assert.ok(!dev.has(item.question.toLowerCase()), item.question);
    }
  });
});

suite('classify: hard cases', () => {
  const cases: readonly (readonly [string, IntentId])[] = [
    // Spelling variants and ids in front.
    ['SOC2?', 'soc2.status'],
    ['soc ii type ii', 'soc2.status'],
    ['A&A-02.1 Do you have a current SOC-2 Type II report?', 'soc2.status'],
    ['DOCU-03 Have you had an SSAE 18 / SOC 2 audit?', 'soc2.status'],
    ['1.2.3 Which trust service principles are covered by your SOC 2?', 'soc2.scope'],
    ['What is your SOC 2 audit window?', 'soc2.period'],
    ['Is your SOC II a Type I or Type II?', 'soc2.type'],
    // Passing mentions are not the question.
    ['Describe your password policy. (This is also covered by our SOC 2.)', 'none'],
    ['Is MFA enforced for all administrators, as required by SOC 2?', 'none'],
    ['Do you audit access logs?', 'none'],
    ['Do you perform internal audits?', 'none'],
    ['Do you have a SOC (security operations center) staffed 24/7?', 'none'],
    // Two questions in one cell.
    ['Do you have a SOC 2 Type 2 report? If so, please attach it.', 'soc2.status'],
    ['Describe your password policy. Do you have a SOC 2 report?', 'soc2.status'],
    // Outdated standards and third-party audits.
    ['Have you had an SSAE 16 audit?', 'soc2.status'],
    ['Please provide your SSAE 16 report on controls relevant to financial reporting.', 'assurance.soc1'],
    ['Is a SOC 2 Type 2 report available for the hosting environment (data center or cloud provider)?', 'soc2.subservice'],
    ['Are the data centers certified in some way (e.g., TIA-942, ISO 27001, SSAE-16)?', 'soc2.subservice'],
    ['Do you conduct annual third-party penetration tests?', 'assurance.pentest'],
    ['Are you ISO/IEC 27001:2022 certified?', 'assurance.iso27001'],
    ['Are you PCI DSS Level 1 compliant?', 'assurance.other'],
    ['Do you have HITRUST CSF certification?', 'assurance.other'],
    ['Is your product FedRAMP Moderate authorized?', 'assurance.other'],
    ['Can you provide a HIPAA attestation?', 'assurance.other'],
  ];
  for (const [question, expected] of cases) {
    test(`${JSON.stringify(question)} → ${expected}`, () => {
      const detail = classifyDetailed(question);
      assert.equal(detail.intent, expected, `scores: ${JSON.stringify(detail.scores)}`);
    });
  }
});

suite('classify: contract', () => {
  test('returns a valid intent and a confidence in [0, 1]', () => {
    for (const question of ['', '   ', '?', 'SOC 2', 'x'.repeat(100_000), '\u0000\uffff', '((((', ')))']) {
      const result = classify(question);
      assert.ok(INTENT_IDS.includes(result.intent));
      assert.ok(result.confidence >= 0 && result.confidence <= 1);
    }
  });

  test('empty and unrelated text is `none`', () => {
    assert.equal(classify('').intent, 'none');
    assert.equal(classify('What is the capital of France?').intent, 'none');
  });

  test('is deterministic', () => {
    const question = 'Which CPA firm performed your SOC 2 examination?';
    assert.deepEqual(classify(question), classify(question));
  });

  test('a clear question is more confident than a borderline one', () => {
    const clear = classify('Please provide a copy of your SOC 2 bridge letter.');
    const bare = classify('Anything else we should know?');
    assert.equal(clear.intent, 'soc2.bridge_letter');
    assert.ok(clear.confidence > 0.9, `clear: ${clear.confidence}`);
    assert.ok(bare.confidence < clear.confidence);
  });

  test('classifyMany keeps order and matches classify', () => {
    const questions = DEV_SET.slice(0, 25).map((item) => item.question);
    assert.deepEqual(classifyMany(questions), questions.map((question) => classify(question)));
  });
});

suite('classify: normalization', () => {
  test('folds SOC, Type, ISO and pen-test spellings', () => {
    assert.equal(normalizeQuestion('SOC2 / SOC II / SOC-2 / soc two'), 'soc 2 / soc 2 / soc 2 / soc 2');
    assert.equal(normalizeQuestion('Type II, type-1, TYPE 2'), 'type 2, type 1, type 2');
    assert.equal(normalizeQuestion('ISO/IEC 27001:2022 and iso27001'), 'iso 27001 and iso 27001');
    assert.equal(normalizeQuestion('Pen-testing and penetration tests'), 'pentest and pentest');
    assert.equal(normalizeQuestion('SSAE-16 and SSAE No. 18'), 'ssae 16 and ssae 18');
  });

  test('strips question ids but keeps the subject', () => {
    assert.equal(normalizeQuestion('A&A-02.1 Are audits done?'), 'are audits done?');
    assert.equal(normalizeQuestion('AAC-02.1 Can we see it?'), 'can we see it?');
    assert.equal(normalizeQuestion('DOCU-03 Have you?'), 'have you?');
    assert.equal(normalizeQuestion('1.2.3 Is it?'), 'is it?');
    assert.equal(normalizeQuestion('Q7) Which?'), 'which?');
    assert.equal(normalizeQuestion('SOC 2 Type 2'), 'soc 2 type 2');
    assert.equal(normalizeQuestion('ISO 27001'), 'iso 27001');
  });

  test('weighs asides and follow-ups below the question', () => {
    const segments = segmentQuestion(normalizeQuestion('Do you have X? If so, attach it. (Note: see Y.)'));
    assert.deepEqual(
      segments.map((segment) => segment.role),
      ['firstQuestion', 'followUp', 'aside'],
    );
    const clause = segmentQuestion(normalizeQuestion('Is MFA on, as required by SOC 2?'));
    assert.deepEqual(
      clause.map((segment) => [segment.role, segment.tokens.join(' ')]),
      [
        ['firstQuestion', 'is mfa on'],
        ['aside', 'as required by soc 2'],
      ],
    );
  });
});

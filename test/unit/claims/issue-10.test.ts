/**
 * The behaviours issue 10 names besides recall: quick fixes that never produce a sentence the
 * check or the profile contradicts, placeholders reported only for a document about to be sent, exact positions for the new rules, and the messages.
 */
import * as assert from 'node:assert/strict';
import { check, RULES, type Finding } from '../../../src/domain/claims';
import type { Profile } from '../../../src/domain/profile/schema';
import { RULE_TOPICS } from '../../../src/domain/catalog/ruleTopics';
import { TODAY, VARIANTS } from '../compose/profiles';
import { MISLEADING } from './dev-set';

function variant(name: string): Profile {
  const found = VARIANTS.find((v) => v.name === name);
  assert.ok(found !== undefined, name);
  return found.profile;
}

const FULL = variant('type2 full');

function fixed(text: string, finding: Finding): string {
  assert.ok(finding.fix !== undefined, `${finding.rule} has a fix`);
  return text.slice(0, finding.offset) + finding.fix.replacement + text.slice(finding.offset + finding.length);
}

suite('claims: issue 10', () => {
  test('"certified by <another firm>" gets no rewrite that keeps the other firm when the profile names a different one', () => {
    const text = 'We are SOC 2 certified by Sensiba LLP.';
    const findings = check(text, { profile: FULL, today: TODAY });
    const certified = findings.find((f) => f.rule === 'soc2-certified');
    assert.ok(certified !== undefined);
    assert.equal(certified.fix, undefined, 'the rewrite would read "has a SOC 2 Type 2 report by Sensiba LLP"');
    const firm = findings.find((f) => f.rule === 'firm-contradicts-profile');
    assert.ok(firm !== undefined, 'the other firm is reported');
    assert.equal(text.slice(firm.offset, firm.offset + firm.length), 'Sensiba LLP');
    assert.equal(fixed(text, firm), 'We are SOC 2 certified by Halvorsen & Reyes LLP.');
    // Without a profile nothing contradicts the firm, and the rewrite stays.
    const plain = check(text, { today: TODAY }).find((f) => f.rule === 'soc2-certified');
    assert.equal(plain === undefined ? '' : fixed(text, plain), 'We have a SOC 2 report by Sensiba LLP.');
  });

  test('"SOC 2 certified and our SSAE 16 …" gets both rewrites, each leaving only the other finding', () => {
    const text = 'We are SOC 2 certified and our SSAE 16 SOC 2 report is attached.';
    const findings = check(text, { today: TODAY });
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['soc2-certified', 'ssae-16'],
    );
    const [certified, ssae] = findings as [Finding, Finding];
    assert.equal(fixed(text, certified), 'We have a SOC 2 report and our SSAE 16 SOC 2 report is attached.');
    assert.equal(fixed(text, ssae), 'We are SOC 2 certified and our SOC 2 report is attached.');
    assert.deepEqual(
      check(fixed(text, certified), { today: TODAY }).map((f) => f.rule),
      ['ssae-16'],
    );
  });

  test('every fix the check offers on the development set leaves a line with no new finding', () => {
    for (const line of MISLEADING) {
      const profile = line.profile === undefined ? undefined : variant(line.profile);
      const options = { ...(profile === undefined ? {} : { profile }), today: TODAY };
      const before = check(line.text, options);
      for (const f of before.filter((g) => g.fix !== undefined)) {
        const after = check(fixed(line.text, f), options).map((g) => g.rule);
        const expected = before.filter((g) => g !== f).map((g) => g.rule);
        for (const rule of after) {
          const at = expected.indexOf(rule);
          assert.ok(at !== -1, `${line.text} → ${fixed(line.text, f)}: new ${rule}`);
          expected.splice(at, 1);
        }
      }
    }
  });

  test('a passed expected date is always reported; placeholders only for a document about to be sent', () => {
    const text = 'Our SOC 2 Type 2 report is expected by 2026-03-31; the opinion is [opinion].';
    assert.deepEqual(
      check(text, { today: TODAY }).map((f) => f.rule),
      ['expected-date-passed'],
    );
    const sending = check(text, { today: TODAY, beforeSending: true });
    assert.deepEqual(
      sending.map((f) => `${f.rule} ${f.line}:${f.column}-${f.endColumn} ${text.slice(f.offset, f.offset + f.length)}`),
      ['expected-date-passed 1:40-50 2026-03-31', 'unfilled-placeholder 1:67-76 [opinion]'],
    );
    assert.match(sending[0]?.message ?? '', /has already passed \(today is 2026-05-01\)/);
  });

  test('an expected date is the expectation\'s own: not an as-of date, not a date in the next sentence', () => {
    // Found by the composer's property test: a sentence that refers back ("The report's …") is read with the one before it.
    const composed = "A SOC 2 Type 2 examination for the period [period start date] to [period end date] is planned. The report's as-of date, 2021-01-01, is more than 12 months in the past.";
    assert.deepEqual(check(composed, { today: '2023-01-01' }), []);
    assert.deepEqual(check('Our Type 2 report is planned, with an as-of date 2021-01-01 for the Type 1.', { today: '2023-01-01' }), []);
    // The expectation and its date in one sentence are still reported.
    assert.deepEqual(
      check('A SOC 2 Type 2 examination is planned. The report is expected by 2021-01-01.', { today: '2023-01-01' }).map((f) => f.rule),
      ['expected-date-passed'],
    );
  });

  test('new rules report exact lines and columns in a multi-line document', () => {
    const text = 'Intro line.\r\n\r\n| Q | A |\n| Who audits you? | The AICPA audited our controls. |\nWe publish our full SOC 2 report on our website.\n';
    const findings = check(text, { today: TODAY });
    assert.deepEqual(
      findings.map((f) => `${f.line}:${f.column} ${f.rule} ${text.slice(f.offset, f.offset + f.length)}`),
      ['4:21 aicpa-issuer The AICPA audited', '5:4 soc2-public publish our full SOC 2 report on our website'],
    );
  });

  test('questions stay the customer’s words for the new rules too', () => {
    for (const question of ['Is your SOC 2 report valid until next year?', 'Was your SOC 2 audit performed by Vanta?', 'Do you have a SAS 70 report?', 'Is ISAE 3402 equivalent to SOC 2?']) {
      assert.deepEqual(check(question, { profile: FULL, today: TODAY }), [], question);
    }
  });

  test('messages say what is true, and every rule has an explanation topic', () => {
    const messages = new Map(
      [
        ['Our SOC 2 report was issued by the AICPA.', 'aicpa-issuer', /independent, licensed CPA firm/],
        ['Drata issued our SOC 2 report.', 'non-cpa-examiner', /Only a licensed, independent CPA firm/],
        ['We have a current SAS 70 report.', 'sas-70', /retired in 2011/],
        ['Our ISAE 3402 report is the equivalent of SOC 2.', 'isae-3402-soc2', /ISAE 3000 report on the Trust Services Criteria/],
        ['Our SOC 2 report expires in June.', 'report-expiry', /does not expire/],
        ['Our SOC 2 report is publicly available.', 'soc2-public', /restricted use/],
        ['We are SOC 3 certified.', 'soc2-certified', /A SOC 3 is an attestation report/],
      ].map(([text, rule, pattern]) => [text as string, [rule as string, pattern as RegExp] as const]),
    );
    for (const [text, [rule, pattern]] of messages) {
      const finding = check(text, { today: TODAY }).find((f) => f.rule === rule);
      assert.ok(finding !== undefined, `${rule}: ${text}`);
      assert.match(finding.message, pattern, rule);
    }
    for (const rule of RULES) {
      assert.ok(RULE_TOPICS[rule.id] !== undefined, rule.id);
    }
  });

  test('the spelling rule does not say the AICPA lists every variant', () => {
    const finding = check('Our SOC2 report is attached.', { today: TODAY }).find((f) => f.rule === 'soc-spelling');
    assert.ok(finding !== undefined);
    assert.doesNotMatch(finding.message, /"SOC2" is listed as incorrect/);
    assert.match(finding.message, /not be abbreviated or modified/);
  });
});

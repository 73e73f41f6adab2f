import * as assert from 'node:assert/strict';
import { check, RULES, type Finding } from '../../../src/domain/claims';

const TODAY = '2026-05-01';

interface Expect {
  rule: Finding['rule'];
  /** The flagged text. */
  span: string;
  /** The whole text after applying the fix; null when no fix is offered. */
  fixed?: string | null;
  severity?: Finding['severity'];
}

function applyFix(text: string, finding: Finding): string {
  assert.ok(finding.fix !== undefined);
  return text.slice(0, finding.offset) + finding.fix.replacement + text.slice(finding.offset + finding.length);
}

function assertFindings(text: string, expected: readonly Expect[]): void {
  const findings = check(text, { today: TODAY });
  assert.deepEqual(
    findings.map((f) => `${f.rule}: ${text.slice(f.offset, f.offset + f.length)}`),
    expected.map((e) => `${e.rule}: ${e.span}`),
    text,
  );
  findings.forEach((finding, i) => {
    const want = expected[i];
    if (want === undefined) {
      return;
    }
    if (want.severity !== undefined) {
      assert.equal(finding.severity, want.severity, `${text}: severity`);
    }
    if (want.fixed === null) {
      assert.equal(finding.fix, undefined, `${text}: no fix expected`);
    } else if (want.fixed !== undefined) {
      assert.equal(applyFix(text, finding), want.fixed);
      // The fixed text no longer trips the same rule.
      assert.ok(!check(want.fixed, { today: TODAY }).some((f) => f.rule === want.rule), want.fixed);
    }
  });
}

const FLAGGED: readonly [string, Expect[]][] = [
  // soc2-certified
  ['We are SOC 2 certified.', [{ rule: 'soc2-certified', span: 'are SOC 2 certified', fixed: 'We have a SOC 2 report.', severity: 'error' }]],
  ['Acme is SOC 2 Type II certified.', [{ rule: 'soc2-certified', span: 'is SOC 2 Type II certified', fixed: 'Acme has a SOC 2 Type 2 report.' }]],
  ['We have been SOC 2 certified since 2021.', [{ rule: 'soc2-certified', span: 'been SOC 2 certified', fixed: 'We have had a SOC 2 report since 2021.' }]],
  ['We are SOC 2 compliant.', [{ rule: 'soc2-certified', span: 'SOC 2 compliant', fixed: null }]],
  ['Our SOC 2 certification was renewed in March.', [{ rule: 'soc2-certified', span: 'SOC 2 certification', fixed: 'Our SOC 2 report was renewed in March.' }]],
  ['The SOC 2 certification process takes a few months.', [{ rule: 'soc2-certified', span: 'SOC 2 certification', fixed: 'The SOC 2 examination process takes a few months.' }]],
  ['We completed our SOC 2 certification audit.', [{ rule: 'soc2-certified', span: 'SOC 2 certification audit', fixed: 'We completed our SOC 2 examination.' }]],
  ['We hold a SOC 2 certificate.', [{ rule: 'soc2-certified', span: 'SOC 2 certificate', fixed: 'We hold a SOC 2 report.' }]],
  ['We are a SOC 2 certified vendor.', [{ rule: 'soc2-certified', span: 'SOC 2 certified', fixed: null }]],
  ['We are not SOC 2 certified yet.', [{ rule: 'soc2-certified', span: 'SOC 2 certified', fixed: null }]],
  ['We are compliant with SOC 2.', [{ rule: 'soc2-certified', span: 'compliant with SOC 2', fixed: null }]],
  ['We achieved SOC 2 compliance in 2024.', [{ rule: 'soc2-certified', span: 'SOC 2 compliance', fixed: null }]],
  ['The organization is certified ISO 27001 or SOC 2.', [{ rule: 'soc2-certified', span: 'certified ISO 27001 or SOC 2', fixed: null }]],
  ['We hold SOC 2 and ISO 27001 certifications.', [{ rule: 'soc2-certified', span: 'SOC 2 and ISO 27001 certifications', fixed: null }]],
  [
    'Our platform is SOC2-compliant.',
    [
      { rule: 'soc-spelling', span: 'SOC2', fixed: 'Our platform is SOC 2-compliant.' },
      { rule: 'soc2-certified', span: 'SOC2-compliant', fixed: null },
    ],
  ],
  ['"4.2","Are you SOC 2 certified?","Yes, we are SOC 2 certified."', [{ rule: 'soc2-certified', span: 'are SOC 2 certified', fixed: '"4.2","Are you SOC 2 certified?","Yes, we have a SOC 2 report."' }]],
  ['"text": "Yes, our platform is SOC 2 certified and monitored around the clock by our security team."', [{ rule: 'soc2-certified', span: 'SOC 2 certified', fixed: null }]],
  ['Please see our SOC 2 certification, attached.', [{ rule: 'soc2-certified', span: 'SOC 2 certification', fixed: 'Please see our SOC 2 report, attached.' }]],
  // ssae-16
  ['We have an SSAE 16 SOC 2 report.', [{ rule: 'ssae-16', span: 'SSAE 16 ', fixed: 'We have an SOC 2 report.', severity: 'error' }]],
  ['Our SSAE-16 audit is complete.', [{ rule: 'ssae-16', span: 'SSAE-16', fixed: null, severity: 'warning' }]],
  ['Our SOC 1 (SSAE 16) report is available.', [{ rule: 'ssae-16', span: ' (SSAE 16)', fixed: 'Our SOC 1 report is available.', severity: 'warning' }]],
  ['We have a SOC 2 report under SSAE No. 16.', [{ rule: 'ssae-16', span: 'SSAE No. 16', fixed: null, severity: 'error' }]],
  // soc-spelling
  ['Our SOC II report is available.', [{ rule: 'soc-spelling', span: 'SOC II', fixed: 'Our SOC 2 report is available.', severity: 'warning' }]],
  ['Our SOC-2 report is available.', [{ rule: 'soc-spelling', span: 'SOC-2', fixed: 'Our SOC 2 report is available.' }]],
  ['We have a SOC2 Type 2 report.', [{ rule: 'soc-spelling', span: 'SOC2', fixed: 'We have a SOC 2 Type 2 report.' }]],
  ['A SOC-1 report covers financial reporting controls.', [{ rule: 'soc-spelling', span: 'SOC-1', fixed: 'A SOC 1 report covers financial reporting controls.' }]],
  ['Our SOC III report is public.', [{ rule: 'soc-spelling', span: 'SOC III', fixed: 'Our SOC 3 report is public.' }]],
  ['We have a SOC I Type 2 report.', [{ rule: 'soc-spelling', span: 'SOC I', fixed: 'We have a SOC 1 Type 2 report.' }]],
  // criterion-unknown
  ['Firewall reviews are mapped to CC10.1.', [{ rule: 'criterion-unknown', span: 'CC10.1', fixed: null, severity: 'error' }]],
  ['Input validation is covered by PI1.6 and PI1.2.', [{ rule: 'criterion-unknown', span: 'PI1.6' }]],
  ['Our SOC 2 maps backups to A1.4.', [{ rule: 'criterion-unknown', span: 'A1.4' }]],
  ['Confidential data disposal is C1.3 in the SOC 2 criteria.', [{ rule: 'criterion-unknown', span: 'C1.3' }]],
  ['The privacy criteria under P6.0 cover disclosure.', [{ rule: 'criterion-unknown', span: 'P6.0', severity: 'info' }]],
  // type1-effectiveness
  ['Our Type 1 report shows our controls operated effectively.', [{ rule: 'type1-effectiveness', span: 'operated effectively', fixed: null, severity: 'error' }]],
  [
    'Our SOC 2 Type I report demonstrates operating effectiveness over a six-month period.',
    [
      { rule: 'type1-effectiveness', span: 'operating effectiveness' },
      { rule: 'type1-effectiveness', span: 'over a six-month period' },
    ],
  ],
  ['Throughout the period, our Type 1 controls worked.', [{ rule: 'type1-effectiveness', span: 'Throughout the period' }]],
  // bridge-letter-auditor
  ['Our auditor issued a bridge letter covering January to March.', [{ rule: 'bridge-letter-auditor', span: 'Our auditor issued a bridge letter', fixed: null }]],
  ['The bridge letter from our CPA firm covers the gap.', [{ rule: 'bridge-letter-auditor', span: 'our CPA firm', fixed: 'The bridge letter from management covers the gap.' }]],
  ['A gap letter signed by the independent auditor covers April.', [{ rule: 'bridge-letter-auditor', span: 'the independent auditor', fixed: 'A gap letter signed by management covers April.' }]],
  ['The bridge letter provides auditor assurance until June.', [{ rule: 'bridge-letter-auditor', span: 'provides auditor assurance', fixed: null }]],
  // minimum-period-claim
  ['The AICPA requires at least six months for a Type 2 period.', [{ rule: 'minimum-period-claim', span: 'requires at least six months', severity: 'warning' }]],
  ['A SOC 2 Type 2 period must cover 3 months at a minimum.', [{ rule: 'minimum-period-claim', span: 'must cover 3 months' }]],
];

const CORRECT: readonly string[] = [
  'We have a SOC 2 Type 2 report for the period 2025-01-01 to 2025-12-31.',
  'Acme has completed a SOC 2 Type 2 examination performed by an independent CPA firm.',
  'Acme is ISO/IEC 27001 certified.',
  'We are ISO 27001 certified.',
  'We hold an ISO 27001 certification and a SOC 2 Type 2 report.',
  'We hold a SOC 2 Type 2 report and an ISO/IEC 27001:2022 certification.',
  "Our auditor's SOC 2 report is available under NDA.",
  'Access reviews are mapped to CC6.1 and CC6.2.',
  'CC6.1 covers logical access; A1.2 covers backups; P8.1 covers complaints.',
  'See section A1.4 of the master services agreement.',
  'Version 1.2 of the policy replaced P1.2.3 of the old handbook.',
  'A Type 1 report addresses the design of controls at a point in time; a Type 2 report also covers operating effectiveness over a period.',
  'A Type 1 report covers design at one date, while a Type 2 report tests whether controls operated effectively throughout the period.',
  'Our Type 1 report does not cover operating effectiveness.',
  'Our SOC 2 Type 2 report covers the operating effectiveness of controls throughout the period.',
  'A bridge letter is issued by management, not by the auditor, and carries no auditor assurance.',
  'Management signed a bridge letter covering the three months after the period ended.',
  'The bridge letter carries no assurance from our auditor.',
  'SOC 2 is an attestation, not a certification.',
  'There is no such thing as SOC 2 certification.',
  "Vendors often call themselves 'SOC 2 certified', which is inaccurate.",
  'We completed a SOC 2 Type 1 examination in 2024 and a Type 2 in 2025.',
  'Our controls were tested for operating effectiveness over a 12-month period (Type 2).',
  'Attestation: SOC 2 Type 2 (Security, Availability). Certifications: ISO/IEC 27001:2022.',
  'Our SOC 2 audit was conducted under SSAE 18 (AT-C 205).',
  'The bridge letter, signed by our CFO, confirms no material changes; it is not an auditor’s opinion.',
  'Many questionnaires ask whether a vendor is "SOC 2 certified", but the accurate term is a SOC 2 report.',
  'Type 2 periods are typically 3 to 12 months; the AICPA sets no fixed minimum.',
  'There is no required minimum period of 6 months for a SOC 2 Type 2.',
  'SSAE 16 was superseded by SSAE 18 in 2017.',
  'Our SOC 2 compliance program is run by the security team.',
  'The report is available at https://trust.example.com/soc2-report.',
  'Use the `soc2-type2` snippet, or write to soc2@example.com.',
  '  "soc2": {',
  '"soc2.status","SOC2"',
  'We review AWS, whose SOC 2 Type 2 report we obtain every year.',
  'We are PCI DSS compliant and HIPAA compliant.',
  'Our SOC 1 Type 2 report and our SOC 3 report are available.',
  'Are you SOC 2 certified?',
  'Please provide your SSAE 16 report.',
  'Is your organization SOC2 compliant (Yes/No)',
  'A&A-02.1 Do you hold a SOC II certification?',
  '| Are you SOC 2 certified? | Yes, we have a SOC 2 Type 2 report. |',
  'Patches are applied within 14 days; critical ones within 72 hours.',
  'The security category is always in scope; availability is in scope too.',
];

suite('claims: wording rules', () => {
  test('every rule has metadata, and ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('soc2-certified') && ids.includes('stale-period'));
  });

  for (const [text, expected] of FLAGGED) {
    test(`flags: ${text}`, () => {
      assertFindings(text, expected);
    });
  }

  for (const text of CORRECT) {
    test(`leaves alone: ${text}`, () => {
      assertFindings(text, []);
    });
  }

  test('questions are skipped by default and reported at info (no fix) on request', () => {
    const text = 'Are you SOC 2 certified?\nWe are SOC 2 certified.';
    assert.deepEqual(
      check(text, { today: TODAY }).map((f) => [f.rule, f.line]),
      [['soc2-certified', 2]],
    );
    const withQuestions = check(text, { today: TODAY, questionFindings: true });
    assert.deepEqual(
      withQuestions.map((f) => [f.rule, f.line, f.severity]),
      [
        ['soc2-certified', 1, 'info'],
        ['soc2-certified', 2, 'error'],
      ],
    );
    assert.equal(withQuestions[0]?.fix, undefined);
  });

  test('positions are exact across CRLF lines, tables and tabs', () => {
    const text = '# Vendor answers\r\n\r\n| Question | Answer |\r\n|---|---|\r\n| Do you have SOC 2? | Yes, we are SOC 2 certified. |\r\nQ7\tWe map this to CC10.1 and SOC II.\n\tEnd';
    const findings = check(text, { today: TODAY });
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['soc2-certified', 'criterion-unknown', 'soc-spelling'],
    );
    const lines = text.split(/\r\n|\n/);
    for (const f of findings) {
      const line = lines[f.line - 1] ?? '';
      assert.equal(line.slice(f.column - 1, f.endColumn - 1), text.slice(f.offset, f.offset + f.length));
      assert.ok(f.endColumn > f.column);
    }
    assert.deepEqual(
      findings.map((f) => [f.line, f.column]),
      [
        [5, 32],
        [6, 19],
        [6, 30],
      ],
    );
  });

  test('findings come back in document order', () => {
    const text = 'Our SOC II report.\nWe are SOC 2 certified.\nMapped to CC10.1.';
    const offsets = check(text, { today: TODAY }).map((f) => f.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
    assert.equal(offsets.length, 3);
  });
});

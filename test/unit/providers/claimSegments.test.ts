import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SegmentedClaimChecker, splitSegments } from '../../../src/adapter/providers/claimSegments';
import { check, type CheckOptions } from '../../../src/domain/claims';
import { parseProfile } from '../../../src/domain/profile/parse';

const ROOT = join(__dirname, '..', '..', '..');
const profile = parseProfile(readFileSync(join(ROOT, 'test', 'fixtures', 'workspace', '.attest', 'profile.json'), 'utf8')).profile;
// The fixture's Type 2 period ended 2026-06-30: on this day it is stale and no bridge letter covers it.
const STALE_DAY = '2027-09-15';

// Lines chosen to fire every kind of rule, including the ones that read a whole paragraph.
const LINES = [
  '',
  '   ',
  'We are SOC 2 certified.',
  'Are you SOC 2 certified?',
  'Our SOC II report was prepared under SSAE 16.',
  'Our SOC 2 Type 1 report shows our controls operated effectively over the period.',
  'We have a SOC 2 Type 1 report.',
  'Our bridge letter is issued by our auditor.',
  'Our SOC 2 Type 2 period ended on 2026-06-30.',
  'The period ended June 30, 2026 and a bridge letter is available.',
  'The report covers Security and Privacy, with no exceptions.',
  'We received an unqualified opinion.',
  'We map this control to CC10.1 and CC6.1.',
  'A SOC 2 period must be at least 6 months.',
  '| 1 | Do you have SOC 2? | We are SOC 2 compliant |',
  '| 2 | Period end? | 2026-06-30 |',
  '"3","Bridge letter?","A gap letter from our CPA firm covers it"',
  '"4","SOC 2?","Yes, SOC 2 certified since 2026-06-30"',
  '4,SOC 2 period end,2026-06-30',
  'Patches are applied automatically within 7 days.',
  '- Our next report is expected in 2027.',
];

const document = fc.array(
  fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('\n', '\r\n', '\n', '\r')).map(([line, eol]) => line + eol),
  { maxLength: 120 },
).map((parts) => parts.join(''));

const OPTION_SETS: CheckOptions[] = [
  { today: '2026-11-26' },
  { today: STALE_DAY, ...(profile ? { profile } : {}) },
  { today: '2026-11-26', ...(profile ? { profile } : {}) },
];

suite('claim check in segments', () => {
  test('the fixture profile parses', () => {
    assert.ok(profile);
  });

  test('segments cover the text exactly and start at line starts', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 10 }), (text, minLines) => {
        const segments = splitSegments(text, minLines);
        assert.equal(segments.map((s) => s.text).join(''), text);
        let offset = 0;
        for (const segment of segments) {
          assert.equal(segment.start, offset);
          offset += segment.text.length;
          const before = text.slice(0, segment.start);
          assert.equal(segment.line, (before.match(/\r\n|\r|\n/g) ?? []).length);
          assert.ok(segment.start === 0 || /[\r\n]$/.test(before));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('findings are exactly those of one check over the whole text', () => {
    for (const options of OPTION_SETS) {
      fc.assert(
        fc.property(document, (text) => {
          const checker = new SegmentedClaimChecker(options);
          assert.deepEqual(checker.checkAll(text, check), check(text, options));
        }),
        { numRuns: 150 },
      );
    }
  });

  test('fine-grained cuts give the same findings too', () => {
    const options = OPTION_SETS[1] as CheckOptions;
    fc.assert(
      fc.property(document, (text) => {
        const whole = check(text, options);
        const pieces = splitSegments(text, 1).flatMap((segment) =>
          check(segment.text, options).map((f) => ({ ...f, offset: f.offset + segment.start, line: f.line + segment.line })),
        );
        assert.deepEqual(pieces, whole);
      }),
      { numRuns: 200 },
    );
  });

  test('the stale-period rule fires across segments exactly as on the whole text', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Line ${i} about patching.`).join('\n');
    const text = `${filler}\n\nOur SOC 2 Type 2 period ended on 2026-06-30.\n\n${filler}\n\nThe period ended 2026-06-30; a bridge letter is available.\n`;
    const options = OPTION_SETS[1] as CheckOptions;
    const findings = new SegmentedClaimChecker(options).checkAll(text, check);
    assert.deepEqual(findings, check(text, options));
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['stale-period'],
    );
  });

  test('an edit re-checks only the segment that changed', () => {
    const paragraph = (i: number): string => `Question ${i}: do you have a SOC 2 report?\nWe have a SOC 2 Type 2 report covering Security.\n\n`;
    const base = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('');
    const checker = new SegmentedClaimChecker({ today: '2026-11-26' });
    checker.checkAll(base, check);
    const edited = base.replace('Question 200: do you have a SOC 2 report?\nWe have', 'Question 200: do you have a SOC 2 report?\nWe are SOC 2 certified and have');
    // Counted, not timed: the characters handed to the check after the edit.
    let checked = 0;
    const counting: typeof check = (text, options) => {
      checked += text.length;
      return check(text, options);
    };
    const findings = checker.checkAll(edited, counting);
    assert.deepEqual(findings, check(edited, { today: '2026-11-26' }));
    assert.equal(findings.length, 1);
    assert.ok(checked > 0 && checked < edited.length / 10, `re-checked ${checked} characters of ${edited.length}`);
  });

  test('the yielding run gives the same findings and stops when cancelled', async () => {
    const text = Array.from({ length: 300 }, (_, i) => `Item ${i}: We are SOC 2 certified.\n\n`).join('');
    const options = { today: '2026-11-26' };
    const all = await new SegmentedClaimChecker(options).checkAllYielding(text, () => false, 0);
    assert.deepEqual(all, check(text, options));
    const stopped = await new SegmentedClaimChecker(options).checkAllYielding(text, () => true, 0);
    assert.equal(stopped, undefined);
  });
});

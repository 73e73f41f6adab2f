import * as assert from 'node:assert/strict';
import { check } from '../../../src/domain/claims';
import { datePattern } from '../../../src/domain/claims/profileRules';
import type { Profile } from '../../../src/domain/profile/schema';
import { TODAY, VARIANTS } from '../compose/profiles';

function variant(name: string): Profile {
  const found = VARIANTS.find((v) => v.name === name);
  assert.ok(found !== undefined, name);
  return found.profile;
}

const TYPE2 = variant('type2 full');
const TYPE2_SPARSE = variant('type2 sparse');
const TYPE1 = variant('type1 full with type2 under way');
const NONE = variant('no SOC 2, nothing else');
const STALE = variant('type2 stale, no bridge letter, no next date');
const STALE_BRIDGED = variant('type2 stale, bridge letter covers today');
const STALE_TYPE1 = variant('type1 stale');
const EXCEPTIONS = variant('type2 with exceptions');
const QUALIFIED = variant('type2 qualified opinion');

function flagged(text: string, profile: Profile, today = TODAY): string[] {
  return check(text, { profile, today }).map((f) => `${f.rule}: ${text.slice(f.offset, f.offset + f.length)}`);
}

const CASES: readonly [string, Profile, string, string[]][] = [
  // type-contradicts-profile
  ['type 2 profile, Type 1 claimed', TYPE2, 'We have a SOC 2 Type 1 report.', ['type-contradicts-profile: Type 1']],
  ['type 2 profile, Type 2 claimed', TYPE2, 'We have a SOC 2 Type 2 report.', []],
  ['type 2 profile, comparison', TYPE2, 'Unlike a Type 1 report, our Type 2 report covers a period.', []],
  ['type 2 profile, a provider’s report', TYPE2, "We review Google's SOC 2 Type 1 report every year.", []],
  ['type 2 profile, generic sentence', TYPE2, 'A Type 1 report speaks to one date.', []],
  ['type 1 profile, Type 2 claimed', TYPE1, 'Our SOC 2 Type II report is available under NDA.', ['type-contradicts-profile: Type II']],
  ['type 1 profile, Type 2 under way', TYPE1, 'Our SOC 2 Type 2 examination is under way.', []],
  ['type 1 profile, SOC 1 Type 2', TYPE1, 'We also have a SOC 1 Type 2 report.', []],
  ['no SOC 2, Type 2 claimed', NONE, 'We have a SOC 2 Type 2 report.', ['type-contradicts-profile: Type 2']],
  ['no SOC 2, plans', NONE, 'We plan a SOC 2 Type 2 examination next year.', []],
  // type1-effectiveness with the profile
  ['type 1 profile, effectiveness without a type', TYPE1, 'Our SOC 2 report shows that our controls operated effectively.', ['type1-effectiveness: operated effectively']],
  ['type 2 profile, effectiveness without a type', TYPE2, 'Our SOC 2 report shows that our controls operated effectively.', []],
  // category-out-of-scope
  ['privacy not in scope', TYPE2, 'Our SOC 2 report covers Privacy.', ['category-out-of-scope: Privacy']],
  ['processing integrity not in scope', TYPE2, 'The SOC 2 report includes Security and Processing Integrity.', ['category-out-of-scope: Processing Integrity']],
  ['categories in scope', TYPE2, 'Our SOC 2 report covers Security, Availability and Confidentiality.', []],
  ['a category said to be out of scope', TYPE2, 'Privacy is not in scope of our SOC 2 report.', []],
  ['privacy policy is not a category', TYPE2, 'Our SOC 2 report covers how we publish our privacy policy.', []],
  ['a generic sentence about categories', TYPE2, 'A SOC 2 report can also cover Privacy.', []],
  ['type 1 profile with privacy', TYPE1, 'Our SOC 2 Type 1 report covers Security and Privacy.', []],
  // exceptions-contradict-profile
  ['exceptions listed', EXCEPTIONS, 'Our SOC 2 report had no exceptions.', ['exceptions-contradict-profile: no exceptions']],
  ['exceptions [] in the profile', TYPE2, 'Our SOC 2 report had no exceptions.', []],
  ['exceptions unknown', TYPE2_SPARSE, 'No exceptions were noted in the tests of controls.', ['exceptions-contradict-profile: No exceptions']],
  ['hypothetical', EXCEPTIONS, 'If there were no exceptions, the report says so.', []],
  // opinion-contradicts-profile
  ['qualified opinion in the profile', QUALIFIED, 'We received an unqualified opinion.', ['opinion-contradicts-profile: unqualified opinion']],
  ['unqualified in the profile', TYPE2, 'We received an unqualified opinion.', []],
  ['opinion unknown', TYPE2_SPARSE, 'Our auditor issued a clean opinion.', ['opinion-contradicts-profile: clean opinion']],
  ['definition', QUALIFIED, 'An unqualified opinion means the criteria were met.', []],
  // stale-period
  ['stale period cited', STALE, 'Our SOC 2 Type 2 report covers 2024-01-01 to 2024-12-31.', ['stale-period: 2024-12-31']],
  ['stale period cited in words', STALE, 'Our SOC 2 Type 2 report covers the year ending December 31, 2024.', ['stale-period: December 31, 2024']],
  ['stale period acknowledged', STALE, 'Our SOC 2 Type 2 period ended on 2024-12-31, more than 12 months ago; a newer report is on its way.', []],
  ['stale period with a bridge letter that covers today', STALE_BRIDGED, 'Our SOC 2 Type 2 report covers 2024-04-01 to 2025-03-31.', []],
  ['stale Type 1 as-of date cited', STALE_TYPE1, 'Our SOC 2 Type 1 report is as of 30 June 2024.', ['stale-period: 30 June 2024']],
  ['stale date shared by another report', STALE, 'Our SOC 1 Type 2 report covers 2024-01-01 to 2024-12-31.', []],
  ['stale date shared by a penetration test', STALE, 'Our last penetration test finished on 2024-12-31.', []],
  ['stale period in a table cell', STALE, '| Report period | 2024-01-01 to 2024-12-31 |', ['stale-period: 2024-12-31']],
  ['fresh period cited', TYPE2, 'Our SOC 2 Type 2 report covers 2025-01-01 to 2025-12-31.', []],
];

suite('claims: rules that read the profile', () => {
  for (const [name, profile, text, expected] of CASES) {
    test(`${name}: ${text}`, () => {
      assert.deepEqual(flagged(text, profile), expected);
    });
  }

  test('without a profile the profile rules stay silent', () => {
    for (const [, , text] of CASES) {
      const rules = check(text, { today: TODAY }).map((f) => f.rule);
      for (const rule of ['type-contradicts-profile', 'category-out-of-scope', 'exceptions-contradict-profile', 'opinion-contradicts-profile', 'stale-period']) {
        assert.ok(!rules.includes(rule as never), `${rule} on "${text}"`);
      }
    }
  });

  test('the type fix keeps the writer’s numbering style', () => {
    const text = 'Our SOC 2 Type II report is available.';
    const [finding] = check(text, { profile: TYPE1, today: TODAY });
    assert.equal(finding?.fix?.replacement, 'Type I');
    const arabic = 'We have a SOC 2 Type 1 report.';
    const [second] = check(arabic, { profile: TYPE2, today: TODAY });
    assert.equal(second?.fix?.replacement, 'Type 2');
  });

  test('a stale period is acknowledged by the answer around it, not by another row', () => {
    const text = [
      '| Question | Answer |',
      '|---|---|',
      '| Period? | 2024-01-01 to 2024-12-31, more than 12 months ago. |',
      '| Report? | Our SOC 2 Type 2 report covers 2024-01-01 to 2024-12-31. |',
    ].join('\n');
    const findings = check(text, { profile: STALE, today: TODAY });
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line]),
      [['stale-period', 4]],
    );
  });

  test('staleness depends on today: a day after the 12 months the period is stale', () => {
    const text = 'Our SOC 2 Type 2 report covers 2025-01-01 to 2025-12-31.';
    assert.deepEqual(flagged(text, TYPE2, '2026-12-31'), []);
    assert.deepEqual(flagged(text, TYPE2, '2027-01-01').map((f) => f.split(':')[0]), ['stale-period']);
  });

  test('"certified" fixes use the profile’s type, and "compliant" is fixed only when a report exists', () => {
    const [certified] = check('We are SOC 2 certified.', { profile: TYPE2, today: TODAY });
    assert.equal(certified?.fix?.replacement, 'have a SOC 2 Type 2 report');
    const [compliant] = check('We are SOC 2 compliant.', { profile: TYPE1, today: TODAY });
    assert.equal(compliant?.fix?.replacement, 'have a SOC 2 Type 1 report');
    const [none] = check('We are SOC 2 certified.', { profile: NONE, today: TODAY });
    assert.equal(none?.rule, 'soc2-certified');
    assert.equal(none.fix, undefined);
  });

  test('date patterns accept the usual written forms and nothing else', () => {
    const pattern = datePattern('2024-12-31');
    assert.ok(pattern !== undefined);
    for (const form of ['2024-12-31', 'December 31, 2024', 'Dec 31, 2024', 'Dec. 31 2024', '31 December 2024', '31st December, 2024', '12/31/2024']) {
      assert.ok(new RegExp(pattern.source, 'i').test(form), form);
    }
    for (const form of ['2024-12-30', 'December 3, 2024', '2024-12-311', '12/31/20245']) {
      assert.ok(!new RegExp(pattern.source, 'i').test(form), form);
    }
    assert.equal(datePattern('not a date'), undefined);
  });
});

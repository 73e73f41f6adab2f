import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { soc2State } from '../../../src/domain/assurance';
import { check } from '../../../src/domain/claims';
import { compose } from '../../../src/domain/compose';
import { ANSWER_LENGTHS, INTENT_IDS } from '../../../src/domain/intents';
import { CATEGORY_IDS, type Profile } from '../../../src/domain/profile/schema';

const isoDate = (fromYear: number, toYear: number) =>
  fc.date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Profile-shaped values: right field types, any combination (schema refinements not applied). */
function profileArbitrary(text: fc.Arbitrary<string>, date: fc.Arbitrary<string>, names: fc.Arbitrary<string>, firms: fc.Arbitrary<string>): fc.Arbitrary<Profile> {
  const engagement = fc.record({
    status: fc.constantFrom('completed' as const, 'in_progress' as const, 'planned' as const),
    type: fc.constantFrom('type1' as const, 'type2' as const),
    asOf: opt(date),
    periodStart: opt(date),
    periodEnd: opt(date),
    reportDate: opt(date),
    expectedReportDate: opt(date),
    cpaFirm: opt(firms),
    opinion: opt(fc.constantFrom('unqualified' as const, 'qualified' as const, 'adverse' as const, 'disclaimer' as const)),
    exceptions: opt(fc.array(fc.record({ criterion: opt(fc.constantFrom('CC6.1', 'CC7.2', 'PI1.3', 'CC10.1', 'P1.2')), description: text }), { maxLength: 3 })),
    categories: fc.subarray([...CATEGORY_IDS]),
    system: opt(fc.record({ name: names, boundary: opt(text) })),
    subserviceOrganizations: opt(
      fc.array(fc.record({ name: names, services: opt(text), method: fc.constantFrom('carve-out' as const, 'inclusive' as const), monitoring: opt(text) }), { maxLength: 3 }),
    ),
    cuecs: opt(fc.array(text, { maxLength: 5 })),
  });
  return fc.record({
    organization: fc.record({ name: names, product: opt(names) }),
    soc2: fc.record({
      engagements: fc.array(engagement, { maxLength: 4 }),
      sharing: opt(fc.record({ nda: opt(fc.boolean()), trustPortalUrl: opt(fc.constantFrom('https://trust.example.com', 'https://portal.example.org/soc')), contact: opt(fc.constantFrom('security@example.com', 'the account team')) })),
      bridgeLetter: opt(fc.record({ coversUntil: date, issuedOn: opt(date) })),
      nextPeriod: opt(fc.record({ type: opt(fc.constantFrom('type1' as const, 'type2' as const)), start: opt(date), end: opt(date), expectedReportDate: opt(date) })),
    }),
    otherAssurance: opt(
      fc.record({
        iso27001: opt(fc.record({ certified: fc.boolean(), certificationBody: opt(firms), issued: opt(date), expires: opt(date), scope: opt(text) })),
        soc1: opt(fc.record({ type: fc.constantFrom('type1' as const, 'type2' as const), asOf: opt(date), periodStart: opt(date), periodEnd: opt(date), cpaFirm: opt(firms) })),
        soc3: opt(fc.record({ available: fc.boolean(), url: opt(fc.constant('https://example.com/soc3.pdf')), periodEnd: opt(date) })),
        penetrationTests: opt(fc.array(fc.record({ date, firm: opt(firms), scope: opt(text), summaryAvailable: opt(fc.boolean()) }), { maxLength: 3 })),
        frameworks: opt(fc.array(fc.record({ name: fc.constantFrom('PCI DSS', 'HITRUST', 'FedRAMP Moderate'), status: text }), { maxLength: 3 })),
      }),
    ),
    controls: opt(
      fc.record({
        patching: opt(fc.record({ automatedUpdates: opt(fc.boolean()), criticalWithinDays: opt(fc.integer({ min: 1, max: 60 })), highWithinDays: opt(fc.integer({ min: 1, max: 90 })), description: opt(text) })),
        endpointManagement: opt(fc.record({ centrallyManaged: opt(fc.boolean()), tool: opt(names), baselines: opt(text) })),
        vulnerabilityScanning: opt(fc.record({ cadence: opt(fc.constantFrom('continuous' as const, 'daily' as const, 'weekly' as const, 'monthly' as const, 'quarterly' as const)), tools: opt(fc.array(names, { maxLength: 3 })), scope: opt(text) })),
        incidentResponse: opt(fc.record({ planExists: opt(fc.boolean()), lastTested: opt(date), notificationCommitment: opt(text) })),
      }),
    ),
  }) as fc.Arbitrary<Profile>;
}

const intent = fc.constantFrom(...INTENT_IDS);
const length = fc.constantFrom(...ANSWER_LENGTHS);

suite('compose: properties', () => {
  test('never throws on arbitrary profile-shaped input, today and question; placeholders are listed', () => {
    const anyText = fc.string({ maxLength: 30 });
    const anyDate = fc.oneof(isoDate(1990, 2060), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(profileArbitrary(anyText, anyDate, anyText, anyText), intent, length, fc.oneof(isoDate(2000, 2040), fc.string()), fc.string(), (profile, i, l, today, question) => {
        const answer = compose(profile, i, { length: l, today, question });
        for (const placeholder of answer.missing) {
          assert.ok(answer.text.includes(placeholder));
        }
        if (l === 'yesno' && answer.missing.length === 0 && i !== 'none') {
          assert.ok(['Yes', 'No', 'N/A'].includes(answer.text), answer.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('with plain profile text, every composed answer passes the claim check and the accuracy rules', () => {
    const plain = fc.constantFrom('quarterly access review', 'Customers manage their own users', 'weekly review of alerts', 'the production platform', 'Backups were not tested once');
    const names = fc.constantFrom('Acme Cloud', 'Northwind Data', 'Zephyr Labs', 'Orbit');
    const firms = fc.constantFrom('Halvorsen & Reyes LLP', 'Ledger CPA', 'Marsh Assurance');
    fc.assert(
      fc.property(profileArbitrary(plain, isoDate(2021, 2027), names, firms), intent, length, isoDate(2023, 2028), (profile, i, l, today) => {
        const answer = compose(profile, i, { length: l, today });
        const findings = check(answer.text, { profile, today });
        assert.deepEqual(findings.map((f) => `${f.rule}: ${answer.text.slice(f.offset, f.offset + f.length)}`), [], answer.text);
        for (const sentence of answer.text.split(/(?<=[.!?])\s+/)) {
          if (/SOC\s*2/.test(sentence)) {
            assert.doesNotMatch(sentence, /certif|complian/i);
          }
        }
        if (soc2State(profile, today).status === 'type1') {
          assert.doesNotMatch(answer.text, /operating effectiveness|operated effectively|throughout the period|over a period/i);
        }
        for (const placeholder of new Set(answer.text.match(/\[[^\]]+\]/g) ?? [])) {
          assert.ok(answer.missing.includes(placeholder), `${placeholder} not listed`);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

import * as assert from 'node:assert/strict';
import {
  describeErrors,
  parseObject,
  profileWith,
  type1Engagement,
  type2Engagement,
  type JsonObject,
} from './fixtures';

/** Asserts the profile is valid. */
function accepts(profile: JsonObject): void {
  const result = parseObject(profile);
  assert.deepEqual(result.errors, [], describeErrors(result.errors));
  assert.ok(result.profile !== undefined);
}

/** Asserts exactly one error, at `path`, whose message matches. */
function rejects(profile: JsonObject, path: string, message: RegExp): void {
  const result = parseObject(profile);
  assert.equal(result.profile, undefined);
  assert.equal(result.errors.length, 1, describeErrors(result.errors));
  const [error] = result.errors;
  assert.equal(error?.path, path, describeErrors(result.errors));
  assert.match(error?.message ?? '', message);
}

const engagementPath = 'soc2.engagements[0]';

suite('profile cross-field rules: engagements', () => {
  test('valid baselines: completed Type 2, completed Type 1, in-progress and planned', () => {
    accepts(profileWith());
    accepts(profileWith({ engagements: [type1Engagement()] }));
    accepts(profileWith({ engagements: [{ status: 'in_progress', type: 'type2', periodStart: '2026-01-01', expectedReportDate: '2027-02-15' }] }));
    accepts(profileWith({ engagements: [{ status: 'planned', type: 'type1' }] }));
    accepts(profileWith({ engagements: [] }));
  });

  test('categories default to Security when left out', () => {
    const engagement = type2Engagement();
    delete engagement.categories;
    const result = parseObject(profileWith({ engagements: [engagement] }));
    assert.deepEqual(result.profile?.soc2.engagements[0]?.categories, ['security']);
  });

  test('Security must be in scope', () => {
    accepts(profileWith({ engagements: [type2Engagement({ categories: ['security', 'privacy'] })] }));
    rejects(profileWith({ engagements: [type2Engagement({ categories: ['availability'] })] }), `${engagementPath}.categories`, /Security is always in scope/);
  });

  test('each category only once', () => {
    rejects(
      profileWith({ engagements: [type2Engagement({ categories: ['security', 'availability', 'availability'] })] }),
      `${engagementPath}.categories`,
      /only once/,
    );
  });

  test('Type 1 speaks to a date: no period', () => {
    rejects(profileWith({ engagements: [type1Engagement({ periodStart: '2026-01-01' })] }), `${engagementPath}.periodStart`, /Type 1 .* single date/);
    rejects(profileWith({ engagements: [type1Engagement({ periodEnd: '2026-03-31' })] }), `${engagementPath}.periodEnd`, /use "asOf"/);
  });

  test('a completed Type 1 needs its as-of date; a planned one does not', () => {
    const noDate = type1Engagement();
    delete noDate.asOf;
    rejects(profileWith({ engagements: [noDate] }), `${engagementPath}.asOf`, /needs its "asOf" date/);
    accepts(profileWith({ engagements: [{ ...noDate, status: 'planned' }] }));
  });

  test('Type 2 covers a period: no as-of date', () => {
    rejects(profileWith({ engagements: [type2Engagement({ asOf: '2026-06-30' })] }), `${engagementPath}.asOf`, /Type 2 .* period/);
  });

  test('a completed Type 2 needs both period dates; one in progress may have only the start', () => {
    const noEnd = type2Engagement();
    delete noEnd.periodEnd;
    delete noEnd.reportDate;
    rejects(profileWith({ engagements: [noEnd] }), `${engagementPath}.periodEnd`, /needs both "periodStart" and "periodEnd"/);
    const noStart = type2Engagement();
    delete noStart.periodStart;
    rejects(profileWith({ engagements: [noStart] }), `${engagementPath}.periodStart`, /needs both/);
    accepts(profileWith({ engagements: [{ status: 'in_progress', type: 'type2', periodStart: '2026-01-01' }] }));
  });

  test('the period ends after it starts', () => {
    rejects(
      profileWith({ engagements: [type2Engagement({ periodStart: '2026-07-01', periodEnd: '2026-06-30' })] }),
      `${engagementPath}.periodEnd`,
      /end must be after the period start/,
    );
    rejects(
      profileWith({ engagements: [type2Engagement({ periodStart: '2026-06-30', periodEnd: '2026-06-30' })] }),
      `${engagementPath}.periodEnd`,
      /after the period start/,
    );
  });

  test('an impossible date is reported once, without a misleading ordering error', () => {
    rejects(profileWith({ engagements: [type2Engagement({ periodEnd: '2026-02-30' })] }), `${engagementPath}.periodEnd`, /2026-02-30 is not a calendar date/);
    rejects(profileWith({ engagements: [type2Engagement({ periodEnd: '30/06/2026' })] }), `${engagementPath}.periodEnd`, /YYYY-MM-DD/);
  });

  test('only a completed report has an opinion, exceptions and an issue date', () => {
    const inProgress = { status: 'in_progress', type: 'type2', periodStart: '2026-01-01' };
    rejects(profileWith({ engagements: [{ ...inProgress, opinion: 'unqualified' }] }), `${engagementPath}.opinion`, /Only a completed report has an opinion/);
    rejects(
      profileWith({ engagements: [{ ...inProgress, exceptions: [{ description: 'x' }] }] }),
      `${engagementPath}.exceptions`,
      /Only a completed report lists exceptions/,
    );
    rejects(profileWith({ engagements: [{ ...inProgress, reportDate: '2027-01-01' }] }), `${engagementPath}.reportDate`, /expectedReportDate/);
  });

  test('a completed report uses reportDate, not expectedReportDate', () => {
    rejects(profileWith({ engagements: [type2Engagement({ expectedReportDate: '2026-09-01' })] }), `${engagementPath}.expectedReportDate`, /use "reportDate"/);
  });

  test('the report is issued (or expected) on or after the period end / as-of date', () => {
    accepts(profileWith({ engagements: [type2Engagement({ reportDate: '2026-06-30' })] }));
    rejects(profileWith({ engagements: [type2Engagement({ reportDate: '2026-06-29' })] }), `${engagementPath}.reportDate`, /before the period end/);
    rejects(profileWith({ engagements: [type1Engagement({ reportDate: '2026-03-01' })] }), `${engagementPath}.reportDate`, /before the "asOf" date/);
    rejects(
      profileWith({ engagements: [{ status: 'in_progress', type: 'type2', periodStart: '2026-01-01', periodEnd: '2026-12-31', expectedReportDate: '2026-11-01' }] }),
      `${engagementPath}.expectedReportDate`,
      /cannot be expected before the period end/,
    );
  });

  test('an exception may have no criterion, or a real one written canonically; "clean opinion with exceptions" is allowed', () => {
    accepts(profileWith({ engagements: [type2Engagement({ exceptions: [{ description: 'One late access removal.' }] })] }));
    accepts(profileWith({ engagements: [type2Engagement({ exceptions: [{ criterion: 'CC6.2', description: 'One late access removal.' }] })] }));
    rejects(
      profileWith({ engagements: [type2Engagement({ exceptions: [{ criterion: 'CC10.1', description: 'x' }] })] }),
      `${engagementPath}.exceptions[0].criterion`,
      /CC10\.1 does not exist/,
    );
    rejects(
      profileWith({ engagements: [type2Engagement({ exceptions: [{ criterion: 'cc 6.2', description: 'x' }] })] }),
      `${engagementPath}.exceptions[0].criterion`,
      /Write the criterion id as CC6\.2/,
    );
    rejects(profileWith({ engagements: [type2Engagement({ exceptions: [{ description: '   ' }] })] }), `${engagementPath}.exceptions[0].description`, /empty/);
  });
});

suite('profile cross-field rules: soc2 level', () => {
  test('next period: ends after it starts; report expected after it ends', () => {
    accepts(profileWith({ soc2: { nextPeriod: { type: 'type2', start: '2026-07-01', end: '2027-06-30', expectedReportDate: '2027-08-31' } } }));
    rejects(profileWith({ soc2: { nextPeriod: { start: '2026-07-01', end: '2026-07-01' } } }), 'soc2.nextPeriod.end', /end after it starts/);
    rejects(
      profileWith({ soc2: { nextPeriod: { start: '2026-07-01', end: '2027-06-30', expectedReportDate: '2027-05-01' } } }),
      'soc2.nextPeriod.expectedReportDate',
      /before its period ends/,
    );
  });

  test('a bridge letter follows a completed report and covers time after its period end', () => {
    accepts(profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-09-30', issuedOn: '2026-10-02' } } }));
    rejects(profileWith({ engagements: [], soc2: { bridgeLetter: { coversUntil: '2026-09-30' } } }), 'soc2.bridgeLetter', /bridges from a completed report/);
    rejects(
      profileWith({ engagements: [{ status: 'in_progress', type: 'type2', periodStart: '2026-01-01' }], soc2: { bridgeLetter: { coversUntil: '2026-09-30' } } }),
      'soc2.bridgeLetter',
      /completed report/,
    );
    rejects(profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-06-30' } } }), 'soc2.bridgeLetter.coversUntil', /after the last report's period end \(2026-06-30\)/);
    rejects(profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-09-30', issuedOn: '2026-05-01' } } }), 'soc2.bridgeLetter.issuedOn', /signed after/);
    // A letter speaks only up to the day management signs it.
    accepts(profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-09-30', issuedOn: '2026-09-30' } } }));
    rejects(profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-09-30', issuedOn: '2026-08-15' } } }), 'soc2.bridgeLetter.coversUntil', /up to when management signed it \(2026-08-15\)/);
  });

  test('a Type 1 lists no test exceptions', () => {
    rejects(
      profileWith({ engagements: [type1Engagement({ exceptions: [{ description: 'A sampled access review was late.' }] })] }),
      `${engagementPath}.exceptions`,
      /Type 1 report has no tests of operating effectiveness/,
    );
    accepts(profileWith({ engagements: [type1Engagement({ exceptions: [] })] }));
  });

  test('the bridge letter is measured from the latest completed report (Type 1 as-of counts)', () => {
    const engagements = [type1Engagement({ asOf: '2025-03-31' }), type2Engagement()];
    rejects(profileWith({ engagements, soc2: { bridgeLetter: { coversUntil: '2026-01-31' } } }), 'soc2.bridgeLetter.coversUntil', /2026-06-30/);
    accepts(profileWith({ engagements: [type1Engagement({ asOf: '2026-03-31' })], soc2: { bridgeLetter: { coversUntil: '2026-05-31' } } }));
  });

  test('the trust portal is a web address', () => {
    accepts(profileWith({ soc2: { sharing: { nda: true, trustPortalUrl: 'https://trust.example.com' } } }));
    rejects(profileWith({ soc2: { sharing: { trustPortalUrl: 'ftp://trust.example.com' } } }), 'soc2.sharing.trustPortalUrl', /https:\/\//);
    rejects(profileWith({ soc2: { sharing: { trustPortalUrl: 'trust portal' } } }), 'soc2.sharing.trustPortalUrl', /web address/);
  });
});

suite('profile cross-field rules: other assurance and controls', () => {
  test('ISO/IEC 27001: expiry after issue; only a certified organization has an expiry', () => {
    accepts(profileWith({ otherAssurance: { iso27001: { certified: true, issued: '2025-04-15', expires: '2028-04-14' } } }));
    accepts(profileWith({ otherAssurance: { iso27001: { certified: false } } }));
    rejects(profileWith({ otherAssurance: { iso27001: { certified: true, issued: '2025-04-15', expires: '2025-04-15' } } }), 'otherAssurance.iso27001.expires', /expire after/);
    rejects(profileWith({ otherAssurance: { iso27001: { certified: false, expires: '2028-04-14' } } }), 'otherAssurance.iso27001.expires', /Only an issued certificate/);
  });

  test('SOC 1 follows the same Type 1 / Type 2 date rules', () => {
    accepts(profileWith({ otherAssurance: { soc1: { type: 'type2', periodStart: '2025-01-01', periodEnd: '2025-12-31' } } }));
    accepts(profileWith({ otherAssurance: { soc1: { type: 'type1', asOf: '2025-12-31' } } }));
    rejects(profileWith({ otherAssurance: { soc1: { type: 'type1', periodEnd: '2025-12-31' } } }), 'otherAssurance.soc1.periodEnd', /single date/);
    rejects(profileWith({ otherAssurance: { soc1: { type: 'type2', asOf: '2025-12-31' } } }), 'otherAssurance.soc1.asOf', /covers a period/);
    rejects(
      profileWith({ otherAssurance: { soc1: { type: 'type2', periodStart: '2025-12-31', periodEnd: '2025-01-01' } } }),
      'otherAssurance.soc1.periodEnd',
      /after the period start/,
    );
  });

  test('SOC 3 link only when a SOC 3 is available', () => {
    accepts(profileWith({ otherAssurance: { soc3: { available: true, url: 'https://example.com/soc3.pdf' } } }));
    rejects(profileWith({ otherAssurance: { soc3: { available: false, url: 'https://example.com/soc3.pdf' } } }), 'otherAssurance.soc3.url', /"available": true/);
  });

  test('patching deadlines: critical no longer than high; whole positive days', () => {
    accepts(profileWith({ controls: { patching: { criticalWithinDays: 7, highWithinDays: 7 } } }));
    rejects(profileWith({ controls: { patching: { criticalWithinDays: 30, highWithinDays: 14 } } }), 'controls.patching.criticalWithinDays', /longer deadline/);
    rejects(profileWith({ controls: { patching: { criticalWithinDays: 0 } } }), 'controls.patching.criticalWithinDays', /more than 0/);
    rejects(profileWith({ controls: { patching: { highWithinDays: 2.5 } } }), 'controls.patching.highWithinDays', /whole number/);
  });

  test('an incident response plan that does not exist has no last test', () => {
    accepts(profileWith({ controls: { incidentResponse: { planExists: true, lastTested: '2026-09-17' } } }));
    rejects(profileWith({ controls: { incidentResponse: { planExists: false, lastTested: '2026-09-17' } } }), 'controls.incidentResponse.lastTested', /cannot have been tested/);
  });

  test('scanning cadence is one of the listed values', () => {
    accepts(profileWith({ controls: { vulnerabilityScanning: { cadence: 'weekly', tools: ['Scanner'] } } }));
    rejects(profileWith({ controls: { vulnerabilityScanning: { cadence: 'hourly' } } }), 'controls.vulnerabilityScanning.cadence', /Expected one of "continuous", "daily"/);
  });
});

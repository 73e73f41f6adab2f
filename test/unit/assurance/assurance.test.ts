import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  addMonths,
  daysBetween,
  isMoreThanMonthsAfter,
  monthsBetween,
  parseIsoDate,
  referenceDateOf,
  soc2State,
} from '../../../src/domain/assurance';
import { ProfileSchema, type ProfileInput } from '../../../src/domain/profile/schema';

const profile = (soc2: ProfileInput['soc2']) => ProfileSchema.parse({ organization: { name: 'Acme' }, soc2 });

const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

suite('assurance: ISO date arithmetic', () => {
  test('parses only real calendar dates', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-01', '20250101', '2025-01-01T00:00:00Z', '', 'today']) {
      assert.equal(parseIsoDate(bad), undefined, bad);
    }
  });

  test('adds months with the day clamped to the month end', () => {
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2025-12-31', 12), '2026-12-31');
    assert.equal(addMonths('2025-03-15', -3), '2024-12-15');
    assert.equal(addMonths('nope', 1), undefined);
  });

  test('counts whole months and days between dates', () => {
    assert.equal(monthsBetween('2024-12-31', '2026-05-01'), 16);
    assert.equal(monthsBetween('2025-01-31', '2025-02-28'), 1);
    assert.equal(monthsBetween('2025-01-31', '2025-02-27'), 0);
    assert.equal(monthsBetween('2026-05-01', '2024-12-31'), -16);
    assert.equal(daysBetween('2024-12-31', '2025-01-01'), 1);
    assert.equal(daysBetween('2024-03-01', '2024-02-28'), -2);
  });

  test('"more than 12 months" starts the day after the anniversary', () => {
    assert.equal(isMoreThanMonthsAfter('2025-12-31', '2026-12-31', 12), false);
    assert.equal(isMoreThanMonthsAfter('2025-12-31', '2027-01-01', 12), true);
    assert.equal(isMoreThanMonthsAfter('2024-02-29', '2025-02-28', 12), false);
    assert.equal(isMoreThanMonthsAfter('2024-02-29', '2025-03-01', 12), true);
  });

  test('does not depend on the local time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'UTC']) {
        process.env.TZ = tz;
        assert.equal(addMonths('2025-12-31', 2), '2026-02-28');
        assert.equal(daysBetween('2025-03-29', '2025-03-31'), 2);
      }
    } finally {
      if (saved === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = saved;
      }
    }
  });

  test('property: a date parses exactly when the calendar has it (checked against Date.UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const utc = new Date(0);
        utc.setUTCFullYear(year, month - 1, day);
        const real = month >= 1 && month <= 12 && day >= 1 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
        assert.equal(parseIsoDate(text) !== undefined, real, text);
      }),
      { numRuns: 3000 },
    );
  });

  test('property: addMonths then monthsBetween round-trips, and order is kept', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 240 }), (date, months) => {
        const later = addMonths(date, months);
        assert.ok(later !== undefined && parseIsoDate(later) !== undefined);
        assert.ok(later >= date);
        assert.equal(monthsBetween(date, later), months);
      }),
    );
  });
});

suite('assurance: SOC 2 state', () => {
  test('no engagements → none', () => {
    const state = soc2State(profile({ engagements: [] }), '2026-05-01');
    assert.equal(state.status, 'none');
    assert.equal(state.stale, false);
    assert.equal(state.current, undefined);
  });

  test('the latest completed report by period end (or as-of date) is current, whatever the file order', () => {
    const state = soc2State(
      profile({
        engagements: [
          { status: 'completed', type: 'type2', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
          { status: 'completed', type: 'type1', asOf: '2024-06-30' },
          { status: 'completed', type: 'type2', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
        ],
      }),
      '2026-05-01',
    );
    assert.equal(state.status, 'type2');
    assert.equal(state.referenceDate, '2025-12-31');
    assert.equal(state.monthsSinceReference, 4);
    assert.equal(state.stale, false);
  });

  test('a Type 1 is current when it is the latest; freshness runs from its as-of date, not the issue date', () => {
    const state = soc2State(
      profile({ engagements: [{ status: 'completed', type: 'type1', asOf: '2025-03-31', reportDate: '2025-06-30' }] }),
      '2026-04-15',
    );
    assert.equal(state.status, 'type1');
    assert.equal(state.referenceDate, '2025-03-31');
    assert.equal(state.stale, true);
  });

  test('in progress or planned, with the next report date', () => {
    const state = soc2State(
      profile({ engagements: [{ status: 'planned', type: 'type2' }, { status: 'in_progress', type: 'type1', asOf: '2026-06-30', expectedReportDate: '2026-08-15' }] }),
      '2026-05-01',
    );
    assert.equal(state.status, 'in_progress');
    assert.equal(state.inProgress?.status, 'in_progress');
    assert.equal(state.nextReportDate, '2026-08-15');
  });

  test('a bridge letter counts only if it reaches past the current period end, and covers today only up to its date', () => {
    const base = { engagements: [{ status: 'completed' as const, type: 'type2' as const, periodStart: '2024-01-01', periodEnd: '2024-12-31' }] };
    const covering = soc2State(profile({ ...base, bridgeLetter: { coversUntil: '2026-06-30' } }), '2026-05-01');
    assert.equal(covering.stale, true);
    assert.equal(covering.bridgeCoversToday, true);
    const expired = soc2State(profile({ ...base, bridgeLetter: { coversUntil: '2025-03-31' } }), '2026-05-01');
    assert.equal(expired.bridgeLetter?.coversUntil, '2025-03-31');
    assert.equal(expired.bridgeCoversToday, false);
    // The schema rejects this one; the state must still ignore it when handed such a profile.
    const olderProfile = profile(base);
    olderProfile.soc2.bridgeLetter = { coversUntil: '2024-10-31' };
    const older = soc2State(olderProfile, '2026-05-01');
    assert.equal(older.bridgeLetter, undefined);
    assert.equal(older.bridgeCoversToday, false);
  });

  test('an invalid today claims no freshness either way', () => {
    const state = soc2State(profile({ engagements: [{ status: 'completed', type: 'type2', periodStart: '2020-01-01', periodEnd: '2020-12-31' }] }), 'yesterday');
    assert.equal(state.todayValid, false);
    assert.equal(state.stale, false);
    assert.equal(state.monthsSinceReference, undefined);
  });

  test('a reference date after today is reported, never counted as stale', () => {
    const state = soc2State(profile({ engagements: [{ status: 'completed', type: 'type1', asOf: '2026-09-30' }] }), '2026-05-01');
    assert.equal(state.referenceInFuture, true);
    assert.equal(state.stale, false);
    assert.equal(state.monthsSinceReference, 0);
  });

  test('referenceDateOf ignores the field that does not belong to the type', () => {
    assert.equal(referenceDateOf({ status: 'completed', type: 'type1', periodEnd: '2025-01-01', categories: ['security'] }), undefined);
    assert.equal(referenceDateOf({ status: 'completed', type: 'type2', periodEnd: '2025-01-01', categories: ['security'] }), '2025-01-01');
  });
});

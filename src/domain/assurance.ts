/**
 * The SOC 2 state of a profile on a given day: which report is current, how old it is, whether a
 * bridge letter covers today, and what comes next. The status bar, the wizard, the composer and the
 * claim rules all read it, so the freshness rule (PRODUCT.md) lives here once.
 *
 * Dates are ISO calendar dates (YYYY-MM-DD) handled as plain year/month/day numbers: no local
 * time zone is ever involved. `today` is always passed in, so answers are reproducible.
 */
import type { Engagement, Profile } from './profile/schema';

export type Soc2Status = 'type2' | 'type1' | 'in_progress' | 'none';

/** A report is stale when its period end (Type 2) or as-of date (Type 1) is more than this many months before today. */
export const FRESHNESS_MONTHS = 12;

/** Bridge letters usually cover up to about this many months after the period end (soc2-facts §2.3). */
export const BRIDGE_TYPICAL_MONTHS = 3;

export interface BridgeLetter {
  coversUntil: string;
  issuedOn?: string;
}

export interface Soc2State {
  /** type2 / type1: a completed report exists (the type of the latest); in_progress: an examination is under way or planned but none completed; none: no engagement at all. */
  status: Soc2Status;
  /** The latest completed engagement, ordered by its reference date (period end or as-of). */
  current?: Engagement;
  /** An engagement under way (preferred) or planned. */
  inProgress?: Engagement;
  /** The current report's period end (Type 2) or as-of date (Type 1), when the profile has it. */
  referenceDate?: string;
  /** Whole calendar months from the reference date to today (0 when the reference date is in the future). */
  monthsSinceReference?: number;
  /** More than 12 months have passed since the reference date. Freshness is never measured from the issue date. */
  stale: boolean;
  /** The reference date lies after today (a data-entry slip worth a warning). */
  referenceInFuture: boolean;
  /** The profile's bridge letter, when it speaks to the time after the current report's reference date. */
  bridgeLetter?: BridgeLetter;
  /** The bridge letter above reaches today. */
  bridgeCoversToday: boolean;
  /** When the next report is expected: the engagement under way, else the profile's next period. */
  nextReportDate?: string;
  /** `today` is a real ISO date; when not, no freshness is claimed either way. */
  todayValid: boolean;
}

// ---------------------------------------------------------------------------------------------
// ISO date arithmetic (UTC calendar only)

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Proleptic Gregorian calendar, plain arithmetic (no Date object, so no time zone). */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** Parses a strict ISO calendar date; undefined for anything else (including 2025-02-30). */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(value: string | undefined): value is string {
  return value !== undefined && parseIsoDate(value) !== undefined;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Adds calendar months, clamping the day to the end of the target month (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(value: string, months: number): string | undefined {
  const date = parseIsoDate(value);
  if (date === undefined || !Number.isInteger(months)) {
    return undefined;
  }
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index - year * 12) + 1;
  if (year < 0 || year > 9999) {
    return undefined;
  }
  return formatIsoDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | undefined {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === undefined || b === undefined) {
    return undefined;
  }
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Whole calendar months elapsed from `from` to `to` (2025-01-31 → 2025-02-28 is 1; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number | undefined {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === undefined || b === undefined) {
    return undefined;
  }
  if (to < from) {
    const back = monthsBetween(to, from);
    return back === undefined ? undefined : -back;
  }
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const landed = addMonths(from, months);
  if (landed !== undefined && landed > to) {
    months -= 1;
  }
  return months;
}

/** True when `today` is more than `months` calendar months after `reference`. */
export function isMoreThanMonthsAfter(reference: string, today: string, months: number): boolean {
  const limit = addMonths(reference, months);
  return limit !== undefined && isIsoDate(today) && today > limit;
}

// ---------------------------------------------------------------------------------------------
// SOC 2 state

/** The date freshness is measured from: the period end of a Type 2, the as-of date of a Type 1. */
export function referenceDateOf(engagement: Engagement): string | undefined {
  const date = engagement.type === 'type1' ? engagement.asOf : engagement.periodEnd;
  return isIsoDate(date) ? date : undefined;
}

function latestCompleted(engagements: readonly Engagement[]): Engagement | undefined {
  let best: Engagement | undefined;
  let bestRank = '';
  for (const engagement of engagements) {
    if (engagement.status !== 'completed') {
      continue;
    }
    // Undated reports rank below dated ones ('' sorts first); among equals the later entry in the file wins.
    const rank = referenceDateOf(engagement) ?? '';
    if (best === undefined || rank >= bestRank) {
      best = engagement;
      bestRank = rank;
    }
  }
  return best;
}

function ongoing(engagements: readonly Engagement[]): Engagement | undefined {
  return engagements.find((e) => e.status === 'in_progress') ?? engagements.find((e) => e.status === 'planned');
}

/**
 * Every composed answer and every claim check asks for the state; a fill of n questions asked n
 * times for the same profile and day. Profiles are parsed values, never edited in place.
 */
const stateByProfile = new WeakMap<Profile, Map<string, Readonly<Soc2State>>>();

export function soc2State(profile: Profile, today: string): Soc2State {
  let byDay = stateByProfile.get(profile);
  if (byDay === undefined) {
    byDay = new Map();
    stateByProfile.set(profile, byDay);
  }
  let state = byDay.get(today);
  if (state === undefined) {
    if (byDay.size >= 64) {
      byDay.clear();
    }
    state = computeSoc2State(profile, today);
    byDay.set(today, state);
  }
  return state;
}

function computeSoc2State(profile: Profile, today: string): Soc2State {
  const soc2 = profile.soc2 as Profile['soc2'] | undefined;
  const engagements = soc2?.engagements ?? [];
  const todayValid = isIsoDate(today);
  const current = latestCompleted(engagements);
  const inProgress = ongoing(engagements);
  const status: Soc2Status = current !== undefined ? current.type : inProgress !== undefined ? 'in_progress' : 'none';

  const referenceDate = current === undefined ? undefined : referenceDateOf(current);
  const months = referenceDate !== undefined && todayValid ? monthsBetween(referenceDate, today) : undefined;
  const referenceInFuture = referenceDate !== undefined && todayValid && referenceDate > today;
  const stale = referenceDate !== undefined && isMoreThanMonthsAfter(referenceDate, today, FRESHNESS_MONTHS);

  const letter = soc2?.bridgeLetter;
  // A letter only bridges the current report if it reaches past that report's reference date.
  const bridgeLetter =
    letter !== undefined && isIsoDate(letter.coversUntil) && current !== undefined && (referenceDate === undefined || letter.coversUntil > referenceDate)
      ? { coversUntil: letter.coversUntil, ...(isIsoDate(letter.issuedOn) ? { issuedOn: letter.issuedOn } : {}) }
      : undefined;
  const bridgeCoversToday = bridgeLetter !== undefined && todayValid && bridgeLetter.coversUntil >= today;

  const nextReportDate = [inProgress?.expectedReportDate, soc2?.nextPeriod?.expectedReportDate].find(isIsoDate);

  return {
    status,
    ...(current === undefined ? {} : { current }),
    ...(inProgress === undefined ? {} : { inProgress }),
    ...(referenceDate === undefined ? {} : { referenceDate }),
    ...(months === undefined ? {} : { monthsSinceReference: Math.max(0, months) }),
    stale,
    referenceInFuture,
    ...(bridgeLetter === undefined ? {} : { bridgeLetter }),
    bridgeCoversToday,
    ...(nextReportDate === undefined ? {} : { nextReportDate }),
    todayValid,
  };
}

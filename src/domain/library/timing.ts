/**
 * How often, how soon and how long, as a question asks and a library entry states it: "reviewed
 * monthly", "patched within 48 hours", "logs kept for at least two years". A question that sets
 * such a bound is answered by an entry only when every bound the entry states of that kind meets
 * it ("quarterly" meets "at least annually"; "within 7 days" does not meet "within 48 hours"),
 * and an entry that states none does not answer it. Read on `normalizeText` output (lowercase,
 * single spaces, no punctuation); the durations and numbers are the reading module's.
 */
import { parseNumber, parseUnit, type TimeUnit } from '../reading/numbers';

/** `every`: at most this many days between two runs; `within`: done at most this many days after; `keptFor`: kept at least this many days. */
export type TimeKind = 'every' | 'within' | 'keptFor';

export interface TimeBound {
  kind: TimeKind;
  days: number;
  /** The words that set it, as normalized. */
  text: string;
}

const NUMBER_WORDS = String.raw`(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty four|thirty six|forty eight|seventy two|twenty|thirty|sixty|ninety)`;
const UNIT_WORDS = String.raw`(?:hours?|hrs?|(?:business|working) days?|days?|weeks?|months?|years?|yrs?)`;

const DAYS_PER_UNIT: Record<TimeUnit, number> = { hour: 1 / 24, day: 1, business_day: 1.4, week: 7, month: 30, year: 365 };

function daysOf(amount: string, unit: string): number | undefined {
  const n = parseNumber(amount.replace(' ', '-'));
  const u = parseUnit(unit);
  return n === undefined || u === undefined ? undefined : n * DAYS_PER_UNIT[u];
}

/**
 * Cadence words and the most days they allow between two runs, the longer forms first ("semi
 * annual" before "annual", "bi weekly" before "weekly"). "Continuous" is left out: "continuous
 * integration" is not a cadence.
 */
const CADENCES: readonly (readonly [RegExp, number])[] = (
  [
    ['hourly|every hour', 1 / 24],
    ['fortnightly|biweekly|bi weekly|every other week', 14],
    ['semi ?annual(?:ly)?|bi ?annual(?:ly)?|twice (?:a|per|each) year|twice yearly|half yearly', 180],
    ['biennial(?:ly)?|every other year', 730],
    ['daily|nightly|every (?:day|night)|each day|once a day', 1],
    ['weekly|every week|each week|once a week', 7],
    ['monthly|every month|each month|once a month', 30],
    ['quarterly|every quarter|each quarter|once a quarter', 90],
    ['annual(?:ly)?|yearly|every year|each year|once a year|once per year', 365],
  ] as const
).map(([words, days]) => [new RegExp(String.raw`\b(?:at least |at a minimum |no less often than )?(?:${words})\b`, 'g'), days] as const);

const EVERY = new RegExp(String.raw`\b(?:once |at least )?every (${NUMBER_WORDS}) (${UNIT_WORDS})\b`, 'g');
/** "within the last 12 months": how recently, which is a cadence. */
const RECENTLY = new RegExp(String.raw`\b(?:within|in|during) the (?:last|past|previous|preceding) (${NUMBER_WORDS}) (${UNIT_WORDS})\b`, 'g');
const WITHIN = new RegExp(String.raw`\b(?:within|in under|in less than|no later than|not later than|no more than|inside) (?:a maximum of |at most )?(${NUMBER_WORDS}) (${UNIT_WORDS})\b`, 'g');
const KEPT_FOR = new RegExp(String.raw`\b(?:for|of) (?:at least |a minimum of |minimum of |a minimum |no less than |not less than |over )?(${NUMBER_WORDS}) (${UNIT_WORDS})\b`, 'g');
/** A "for N days" is a retention only in a sentence about keeping something. */
const KEEPING = /\b(?:retain\w*|retention|kept|keep\w*|stor(?:e|ed|es|age|ing)|archiv\w*|preserv\w*|held|hold\w*|maintain\w*)\b/;

/** The time bounds a normalized text sets. Each span of words sets one bound: a matched span is blanked before the next pattern runs. */
export function timeBounds(normalized: string): TimeBound[] {
  const bounds: TimeBound[] = [];
  let rest = normalized;
  const read = (pattern: RegExp, kind: TimeKind, days: (m: RegExpMatchArray) => number | undefined): void => {
    if (!pattern.test(rest)) {
      return;
    }
    pattern.lastIndex = 0;
    for (const m of rest.matchAll(pattern)) {
      const value = days(m);
      if (value !== undefined) {
        bounds.push({ kind, days: value, text: m[0] });
      }
    }
    rest = rest.replace(pattern, (words) => ' '.repeat(words.length));
  };
  const amount = (m: RegExpMatchArray): number | undefined => daysOf(m[1] ?? '', m[2] ?? '');
  read(EVERY, 'every', amount);
  read(RECENTLY, 'every', amount);
  for (const [pattern, days] of CADENCES) {
    read(pattern, 'every', () => days);
  }
  read(WITHIN, 'within', amount);
  if (KEEPING.test(normalized)) {
    read(KEPT_FOR, 'keptFor', amount);
  }
  return bounds;
}

/** "Quarterly" (90 days) and "every 3 months" (90) or "annually" (365) and "every 12 months" (360) are the same bound. */
const SAME_WITHIN = 1.03;

function meets(stated: TimeBound, asked: TimeBound): boolean {
  return asked.kind === 'keptFor' ? stated.days * SAME_WITHIN >= asked.days : stated.days <= asked.days * SAME_WITHIN;
}

/**
 * Why the entry's stated bounds do not answer the question's, in words for the writer, or
 * undefined when they do (or the question sets none). Every bound the entry states of a kind
 * the question asks must meet it: "critical in 7 days, high in 30" does not say high ones are
 * fixed in 14.
 */
export function unmetTimeBound(asked: readonly TimeBound[], stated: readonly TimeBound[]): string | undefined {
  for (const bound of asked) {
    const same = stated.filter((s) => s.kind === bound.kind);
    if (same.length === 0) {
      return `the question asks "${bound.text}", which the entry does not state`;
    }
    const short = same.find((s) => !meets(s, bound));
    if (short !== undefined) {
      return `the question asks "${bound.text}", and the entry says "${short.text}"`;
    }
  }
  return undefined;
}

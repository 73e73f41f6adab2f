/**
 * Durations and counts as questions write them: "48 hours", "two weeks", "a year", "12-month",
 * "twelve months". Hand-written: the few forms questionnaires use are listed here, and anything
 * else is left unread (so the question is not understood, never guessed).
 */

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
  thirty: 30, 'twenty-four': 24, 'thirty-six': 36, 'forty-eight': 48, 'seventy-two': 72, sixty: 60, ninety: 90,
};

/** A number written as digits or as one of the words above. */
export const NUMBER = String.raw`(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|sixty|ninety|twenty-four|thirty-six|forty-eight|seventy-two)`;

/** A unit of time, singular or plural, and the "12-month" compound. */
export const UNIT = String.raw`(?:hours?|hrs?|days?|business days?|working days?|weeks?|months?|years?|yrs?)`;

export function parseNumber(word: string): number | undefined {
  const trimmed = word.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  return NUMBER_WORDS[trimmed];
}

export type TimeUnit = 'hour' | 'day' | 'business_day' | 'week' | 'month' | 'year';

export interface Duration {
  amount: number;
  unit: TimeUnit;
}

export function parseUnit(word: string): TimeUnit | undefined {
  const w = word.trim().toLowerCase();
  if (/^(?:hours?|hrs?)$/.test(w)) {
    return 'hour';
  }
  if (/^(?:business|working) days?$/.test(w)) {
    return 'business_day';
  }
  if (/^days?$/.test(w)) {
    return 'day';
  }
  if (/^weeks?$/.test(w)) {
    return 'week';
  }
  if (/^months?$/.test(w)) {
    return 'month';
  }
  if (/^(?:years?|yrs?)$/.test(w)) {
    return 'year';
  }
  return undefined;
}

/** "48 hours", "two weeks", "12-month" → a duration; undefined when either part is not read. */
export function parseDuration(amount: string, unit: string): Duration | undefined {
  const n = parseNumber(amount);
  const u = parseUnit(unit);
  return n === undefined || u === undefined ? undefined : { amount: n, unit: u };
}

/** Whole months, for durations measured in months or years (a week or a day is not a month). */
export function inMonths(d: Duration): number | undefined {
  return d.unit === 'month' ? d.amount : d.unit === 'year' ? d.amount * 12 : undefined;
}

/**
 * The calendar hours a duration spans at least and at most: business days span at least as many
 * calendar days, and at most two weekend days per five plus four for holidays.
 */
export function hourBounds(d: Duration): { least: number; most: number } | undefined {
  if (d.unit === 'business_day') {
    return { least: d.amount * 24, most: (d.amount + 2 * Math.ceil(d.amount / 5) + 4) * 24 };
  }
  const hours = inHours(d);
  return hours === undefined ? undefined : { least: hours, most: hours };
}

/**
 * Hours, for durations up to weeks. Business days are left unread: how many calendar hours
 * they span depends on the day of the week, so a comparison with them is not decided.
 */
export function inHours(d: Duration): number | undefined {
  switch (d.unit) {
    case 'hour':
      return d.amount;
    case 'day':
      return d.amount * 24;
    case 'week':
      return d.amount * 7 * 24;
    default:
      return undefined;
  }
}

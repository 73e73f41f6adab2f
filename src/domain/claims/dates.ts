/**
 * Dates as vendors write them in answers, read into ISO calendar dates so rules can compare them
 * with the profile and with today: 2025-12-31, December 31, 2025, 31 December 2025, Dec 31 2025,
 * 12/31/2025 (US order), and month-only forms ("March 2026", "the end of Q1 2026").
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;

/** One date mention; `year` may be missing in "January 1 to December 31, 2025" (taken from the other end). */
export const DATE_SOURCE = String.raw`(?:${YEAR}-\d{2}-\d{2}|${MONTH}[\s\u00a0]+${DAY}(?:,?[\s\u00a0]+${YEAR})?|${DAY}[\s\u00a0]+${MONTH}(?:,?[\s\u00a0]+${YEAR})?|\d{1,2}\/\d{1,2}\/${YEAR})`;
/** A month with a year: "March 2026". */
export const MONTH_YEAR_SOURCE = String.raw`${MONTH}[\s\u00a0]+${YEAR}`;
/** A bare month ("from January to June"). */
export const MONTH_SOURCE = MONTH;

const pad = (n: number): string => String(n).padStart(2, '0');

function monthIndex(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)));
  return index === -1 ? undefined : index + 1;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ReadDate {
  /** ISO date; for a month-only mention, the last day of that month. */
  iso?: string;
  /** Month and day when the year is missing. */
  month?: number;
  day?: number;
}

/** Reads one DATE_SOURCE or MONTH_YEAR_SOURCE mention. */
export function readDate(text: string): ReadDate | undefined {
  const trimmed = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (match !== null) {
    return { iso: `${match[1]}-${match[2]}-${match[3]}` };
  }
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (match !== null) {
    return { iso: `${match[3]}-${pad(Number(match[1]))}-${pad(Number(match[2]))}` };
  }
  match = /^([A-Za-z]+)\.?[\s\u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?:,?[\s\u00a0]+(\d{4}))?$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?[\s\u00a0]+([A-Za-z]+)\.?(?:,?[\s\u00a0]+(\d{4}))?$/.exec(trimmed);
  const monthWord = match?.[1] ?? dayFirst?.[2];
  const dayText = match?.[2] ?? dayFirst?.[1];
  const yearText = match?.[3] ?? dayFirst?.[3];
  if (monthWord !== undefined && dayText !== undefined) {
    const month = monthIndex(monthWord);
    if (month === undefined) {
      return undefined;
    }
    const day = Number(dayText);
    return yearText === undefined ? { month, day } : { iso: `${yearText}-${pad(month)}-${pad(day)}` };
  }
  match = /^([A-Za-z]+)\.?[\s\u00a0]+(\d{4})$/.exec(trimmed);
  if (match !== null) {
    const month = monthIndex(match[1] ?? '');
    const year = Number(match[2]);
    return month === undefined ? undefined : { iso: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
  }
  return undefined;
}

/** Completes a date without a year from the other end of a range (same year, or the year before for a start after the end). */
export function withYear(date: ReadDate, other: string | undefined, isStart: boolean): string | undefined {
  if (date.iso !== undefined) {
    return date.iso;
  }
  if (other === undefined || date.month === undefined || date.day === undefined) {
    return undefined;
  }
  const year = Number(other.slice(0, 4));
  const candidate = `${year}-${pad(date.month)}-${pad(date.day)}`;
  if (isStart && candidate > other) {
    return `${year - 1}-${pad(date.month)}-${pad(date.day)}`;
  }
  return candidate;
}

/** The last day a "Q1 2026" or "end of 2025" mention speaks of. */
export function quarterEnd(quarter: number, year: number): string {
  const month = quarter * 3;
  return `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
}

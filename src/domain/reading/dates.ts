/**
 * Dates as questions write them, read into a range of ISO days: "30 June 2026", "June 30, 2026",
 * "2026-06-30" (one day), "June 2026" and "the end of June 2027" (that month, or its last day),
 * "Q1 2027" (the quarter), "2027" (the year). Hand-written for the same reason as the rest of the
 * reader: a form not listed here is not understood, and the question goes to a person.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;

/** One date mention in normalized (lowercase) text. */
export const QUESTION_DATE = String.raw`(?:(?:the )?end of (?:${MONTH} )?${YEAR}|${YEAR}-\d{2}-\d{2}|${DAY} ${MONTH},? ${YEAR}|${MONTH} ${DAY},? ${YEAR}|${MONTH},? ${YEAR}|q[1-4] ${YEAR}|${YEAR})`;

export interface DateRange {
  /** First day of the range. */
  start: string;
  /** Last day of the range. */
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(word: string): number | undefined {
  const index = MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3)));
  return index < 0 ? undefined : index + 1;
}

function day(year: number, month: number, d: number): string | undefined {
  return month >= 1 && month <= 12 && d >= 1 && d <= lastDay(year, month) ? `${year}-${pad(month)}-${pad(d)}` : undefined;
}

function monthRange(year: number, month: number): DateRange {
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
}

/** The range a date mention covers, or undefined when it is not a calendar date. */
export function parseQuestionDate(text: string): DateRange | undefined {
  const t = text.trim().replace(/,/g, '').replace(/\s+/g, ' ');
  let m = /^(?:the )?end of (?:([a-z]+) )?(\d{4})$/.exec(t);
  if (m !== null) {
    const year = Number(m[2]);
    const month = m[1] === undefined ? 12 : monthOf(m[1]);
    if (month === undefined) {
      return undefined;
    }
    const last = `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
    return { start: last, end: last };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m !== null) {
    const iso = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso === undefined ? undefined : { start: iso, end: iso };
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})$/.exec(t) ?? null;
  const m2 = m === null ? /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(t) : null;
  if (m !== null || m2 !== null) {
    const monthWord = m !== null ? (m[2] ?? '') : (m2?.[1] ?? '');
    const dayText = m !== null ? m[1] : m2?.[2];
    const yearText = m !== null ? m[3] : m2?.[3];
    const month = monthOf(monthWord);
    const iso = month === undefined ? undefined : day(Number(yearText), month, Number(dayText));
    return iso === undefined ? undefined : { start: iso, end: iso };
  }
  m = /^([a-z]+) (\d{4})$/.exec(t);
  if (m !== null) {
    const month = monthOf(m[1] ?? '');
    return month === undefined ? undefined : monthRange(Number(m[2]), month);
  }
  m = /^q([1-4]) (\d{4})$/.exec(t);
  if (m !== null) {
    const quarter = Number(m[1]);
    const year = Number(m[2]);
    return { start: monthRange(year, quarter * 3 - 2).start, end: monthRange(year, quarter * 3).end };
  }
  m = /^(\d{4})$/.exec(t);
  if (m !== null) {
    return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  }
  return undefined;
}

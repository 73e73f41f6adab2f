/** `--today`, checked once for every command that takes it: the pattern, then the calendar (2026-02-30 is not a day). */
import { isIsoDate } from '../domain/assurance';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a `--today` value, or undefined when it is a real day. */
export function todayProblem(value: string): string | undefined {
  if (!DATE.test(value)) {
    return `--today must be a date as YYYY-MM-DD, not "${value}".`;
  }
  if (!isIsoDate(value)) {
    return `--today ${value} is not a day of the calendar (check the month and day).`;
  }
  return undefined;
}

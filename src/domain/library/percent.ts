/**
 * Percentages a question asks at least ("99.95% or higher", "at least 99.9%", or just "99.99%
 * availability") against the ones an entry states ("99.9% monthly uptime"): like a time bound,
 * the question is answered only when every percentage the entry states meets it. One it asks at
 * most ("under 1%") or gives as an example ("e.g. 80%") is not compared. Read on the raw text: normalization drops the decimal point
 * that tells 99.95 from 99.9.
 */

const AT_LEAST_BEFORE = /(?:\b(?:at least|a minimum of|minimum of|no less than|not less than|above|over)|(?<!\b(?:no|not) )\b(?:greater|more) than)\s*$/i;
const AT_LEAST_AFTER = /^\s*(?:or (?:higher|more|better|above|greater)|\+|minimum)/i;
const AT_MOST_BEFORE = /\b(?:at most|a maximum of|maximum of|no more than|not more than|under|below|less than|fewer than|up to)\s*$/i;
const AT_MOST_AFTER = /^\s*(?:or (?:less|lower|fewer|below)|maximum|max)\b/i;
/** "e.g. 80%": an example of an answer, not a bound. */
const EXAMPLE_BEFORE = /\b(?:e\.?\s?g\.?|eg|such as|for example|for instance|like)[,:]?\s*$/i;
const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)/gi;

interface AskedPercentage {
  least: number;
  /** Asked in words ("at least 99.9%", "99.95% or higher"), not just named ("99.99% availability"). */
  explicit: boolean;
}

/** The percentages a question asks at least: every one it names but those it asks at most or gives as examples. */
function askedPercentages(text: string): AskedPercentage[] {
  const found: AskedPercentage[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(end, end + 16);
    const explicit = AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after);
    const atMost = !explicit && (AT_MOST_BEFORE.test(before) || AT_MOST_AFTER.test(after));
    if (!atMost && !EXAMPLE_BEFORE.test(before)) {
      found.push({ least: Number(m[1]), explicit });
    }
  }
  return found;
}

/** The percentages a question asks at least (`asked`), or that a text states (then every one counts). */
export function percentages(text: string, asked: boolean): number[] {
  return asked ? askedPercentages(text).map((p) => p.least) : [...text.matchAll(PERCENT)].map((m) => Number(m[1]));
}

/**
 * Why the entry does not meet a percentage the question asks at least, or undefined. One asked in
 * words must be met by every percentage the entry states; one only named ("99.99% availability")
 * by one of them (an SLA's service credits are other percentages), and an entry that states none
 * is not judged on it ("Is 100% of data encrypted?").
 */
export function unmetPercentage(question: string, entryTexts: readonly string[]): string | undefined {
  const asked = askedPercentages(question);
  if (asked.length === 0) {
    return undefined;
  }
  const stated = entryTexts.flatMap((text) => percentages(text, false));
  for (const { least, explicit } of asked) {
    if (stated.length === 0) {
      if (explicit) {
        return `the question asks at least ${least}%, which the entry does not state`;
      }
      continue;
    }
    const short = explicit ? stated.find((value) => value < least) : stated.every((value) => value < least) ? Math.max(...stated) : undefined;
    if (short !== undefined) {
      return `the question asks at least ${least}%, and the entry says ${short}%`;
    }
  }
  return undefined;
}

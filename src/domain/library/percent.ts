/**
 * Percentages a question asks at least ("99.95% or higher", "at least 99.9%") against the ones an
 * entry states ("99.9% monthly uptime"): like a time bound, the question is answered only when
 * every percentage the entry states meets it. Read on the raw text: normalization drops the
 * decimal point that tells 99.95 from 99.9.
 */

const AT_LEAST_BEFORE = /\b(?:at least|a minimum of|minimum of|no less than|not less than|above|over|greater than|more than)\s*$/i;
const AT_LEAST_AFTER = /^\s*(?:or (?:higher|more|better|above|greater)|\+|minimum)/i;
const PERCENT = /(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)/gi;

/** The percentages a question asks at least, or that a text states (then every one counts). */
export function percentages(text: string, askedOnly: boolean): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(end, end + 16);
    if (!askedOnly || AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) {
      found.push(Number(m[1]));
    }
  }
  return found;
}

/** Why the entry does not meet a percentage the question asks at least, or undefined. */
export function unmetPercentage(question: string, entryTexts: readonly string[]): string | undefined {
  const asked = percentages(question, true);
  if (asked.length === 0) {
    return undefined;
  }
  const stated = entryTexts.flatMap((text) => percentages(text, false));
  for (const least of asked) {
    if (stated.length === 0) {
      return `the question asks at least ${least}%, which the entry does not state`;
    }
    const short = stated.find((value) => value < least);
    if (short !== undefined) {
      return `the question asks at least ${least}%, and the entry says ${short}%`;
    }
  }
  return undefined;
}

/**
 * Numbers a question names that an entry must state too: "Do you have a SOC 3 report?" is not
 * answered by the SOC 2 entry, "Is ISO 27701 certified?" by the ISO 27001 one, "Do you carry at
 * least USD 10 million in cyber insurance?" by an entry that says CAD 5 million, "Do you accept TLS
 * 1.0?" by one that says TLS 1.2 or higher. The analyzer drops numbers (they are not words), so
 * without this check such questions score as if the number were not there.
 *
 * Not compared here: durations and percentages, which timing.ts and percent.ts read as bounds;
 * question and control ids ("CEK-03.2", "A.8.24", "3.13.6", "Q14.", an outline "12."); numbers inside
 * names ("2FA", "FIDO2", "AES-256", "24/7"); numbers a clause or section is cited by ("Section 7.2");
 * and examples ("e.g. 3"). Read on the raw text: normalization drops the point that tells 1.2 from 12.
 */

/** A number standing as a word of its own (not inside "IAM-02", "A.8", "2FA", "24/7", "802.1X"). */
const STANDALONE_NUMBER = /(?<![\w.\-/])(?:[$€£])?(\d+(?:[.,]\d+)?)(?![\w/%]|[.,-]\d)/g;
/** After the number: a unit of time or a percentage, which other checks compare as bounds. */
const BOUND_UNIT = /^\s*(?:%|percent\b|per ?cent\b|(?:calendar |business |working |consecutive )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|yrs?)\b)/i;
/** Before the number: a citation or an example, not something the answer must state. */
const CITED = /\b(?:sections?|clauses?|articles?|art\.?|paragraphs?|para\.?|requirements?|controls?|items?|questions?|appendix|schedule|exhibit|annex|attachment|step|part|chapter|rev\.?|version|v|e\.?\s?g\.?|eg|such as|for example|for instance|like|top)\s*$/i;
/** A dotted id of three or more parts ("3.13.6") is a control number, not a quantity. */
const DOTTED_ID = /^\d+\.\d+\.\d/;

/** A number a question names: as written, with the word before it when that word names something ("SOC" in "SOC 3"). */
export interface NamedNumber {
  number: string;
  /** The word before it, lower case, when it is a name the number is a version or kind of ("soc", "tls", "iso", "wcag"). */
  name?: string;
  /** An amount asked at least ("at least USD 10 million", "over 500 employees"): the entry must state it. */
  amount: boolean;
  /** A version asked as the only one allowed ("TLS 1.3 only", "Is TLS 1.3 mandatory?"), not as a minimum ("1.2 or higher"). */
  exclusive?: true;
}

/** Beside a version: it is the only one allowed or required. */
const EXCLUSIVE_WORD = /^(?:only|exclusively|solely|mandatory|required?|requires|enforced?|enforces|must)$/i;
/** After a version: it is a minimum, and higher ones are allowed too. */
const OR_HIGHER = /^\s*(?:\+|or (?:higher|later|above|newer|greater|better|up)\b|and (?:higher|later|above|newer|up)\b|at (?:a )?minimum\b)/i;
/** A clause that says a version is switched off, not allowed. */
const DISABLED = /\b(?:disabled|deprecated|rejected|blocked|refused|prohibited|unsupported|not|no longer|turned off|switched off)\b/i;

/** Before an amount: a lower bound or a currency. */
const AMOUNT_BEFORE = /(?:\b(?:at least|a minimum of|minimum of|no less than|not less than|more than|greater than|over|above|exceeding)|\b(?:usd|eur|gbp|cad|aud|chf)|[$€£])\s*$/i;
/** After an amount: a scale. */
const AMOUNT_AFTER = /^\s*(?:million|thousand|billion|bn|[mk]\b)/i;
const NAME_BEFORE = /([A-Za-z][A-Za-z-]*)\s*$/;

/** The numbers a question names that a library entry must state to answer it. */
export function namedNumbers(question: string): NamedNumber[] {
  const found: NamedNumber[] = [];
  for (const m of question.matchAll(STANDALONE_NUMBER)) {
    const number = m[1] as string;
    const start = m.index;
    const end = start + m[0].length;
    const before = question.slice(Math.max(0, start - 24), start);
    const after = question.slice(end, end + 24);
    // "12. What is…", "3) Do you…": an outline number at the start of the question or of a line.
    const outline = /(?:^|\n)\s*$/.test(before) && /^[.)]/.test(after);
    if (outline || DOTTED_ID.test(question.slice(start)) || BOUND_UNIT.test(after) || CITED.test(before) || found.some((named) => named.number === number)) {
      continue;
    }
    const amount = AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after);
    const name = amount ? undefined : NAME_BEFORE.exec(before)?.[1]?.toLowerCase();
    if (amount || name !== undefined) {
      const near = [...before.split(/\s+/).slice(-4), ...after.split(/\s+/).slice(0, 4)].map((word) => word.replace(/[^\w]/g, ''));
      const exclusive = name !== undefined && !OR_HIGHER.test(after) && near.some((word) => EXCLUSIVE_WORD.test(word));
      found.push({ number, amount, ...(name !== undefined && { name }), ...(exclusive && { exclusive }) });
    }
  }
  return found;
}

/** Whether `text` states `number` as a number of its own: "1.2" is not in "1.25" or "11.2", "256" is in "AES-256". */
function states(text: string, number: string): boolean {
  const escaped = number.replace(/[.,]/g, '[.,]');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

/**
 * Whether `text` states `number` after `name`, with only other numbers and "or", "and", "to",
 * "version", "including", "above" between them ("TLS 1.2 or 1.3", "TLS 1.2 and above (including
 * 1.3)", "TLS version 1.3" state 1.3): "SOC 2 report, neither Type 1 nor Type 2" does not state SOC 1.
 */
function statesAfter(text: string, name: string, number: string): boolean {
  // Most texts do not have the number at all: the pattern is not run on them.
  if (!text.includes(number) && !text.includes(number.replace(/[.,]/, (mark) => (mark === '.' ? ',' : '.')))) {
    return false;
  }
  const key = `${name} ${number}`;
  let pattern = STATES_AFTER.get(key);
  if (pattern === undefined) {
    const escapedName = name.replace(/[-]/g, '\\-');
    const escaped = number.replace(/[.,]/g, '[.,]');
    // A number between them is whole ("(?!\\d)"): split across the repeats, its digits would be tried every way.
    pattern = new RegExp(`\\b${escapedName}\\b(?:\\s|[,/&+():]|v(?=\\d)|\\d+(?:[.,]\\d+)?(?![\\d.,])|\\b(?:or|and|to|version|versions|including|above|higher|later|up)\\b){0,12}?(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'i');
    if (STATES_AFTER.size >= STATES_AFTER_LIMIT) {
      STATES_AFTER.clear();
    }
    STATES_AFTER.set(key, pattern);
  }
  return pattern.test(text);
}

/** The patterns statesAfter built, by name and number: a fill asks the same few for every entry. */
const STATES_AFTER = new Map<string, RegExp>();
const STATES_AFTER_LIMIT = 1_000;

/** The numbers `text` gives right after the word `name` ("SOC 2", "TLS 1.2 or 1.3" gives 1.2). */
function numbersAfter(text: string, name: string): string[] {
  const escaped = name.replace(/[-]/g, '\\-');
  return [...text.matchAll(new RegExp(`\\b${escaped}\\s*v?(\\d+(?:[.,]\\d+)?)(?![\\w])`, 'gi'))].map((m) => m[1] as string);
}

/**
 * Clauses of an entry's text, each read for whether it says its versions are disabled: "…, with TLS
 * 1.0 and 1.1 disabled" is one, and "and do not accept SSL" starts another.
 */
const CLAUSE_BREAK = /[.;:](?!\d)|\bwith\b|\bwhile\b|\bbut\b|\bexcept\b|\b(?:and|or),? (?=(?:we |it |they )?(?:do|does|did|will|is|are|has|have|never|no longer|cannot|can't|don't|doesn't|won't)\b)/i;

/** A lower version of `name` than `number` that the entry allows (in a clause that does not say it is disabled), or undefined. */
function allowedLower(entryTexts: readonly string[], name: string, number: string): string | undefined {
  const asked = Number(number.replace(',', '.'));
  for (const text of entryTexts) {
    for (const clause of text.split(CLAUSE_BREAK)) {
      if (DISABLED.test(clause)) {
        continue;
      }
      const lower = numbersAfter(clause, name).find((other) => Number(other.replace(',', '.')) < asked);
      if (lower !== undefined) {
        return lower;
      }
    }
  }
  return undefined;
}

/**
 * Why an entry whose texts are `entryTexts` does not answer a question that names a number, or
 * undefined: the entry gives the same name another number ("SOC 2" for "SOC 3", "TLS 1.2" for "TLS
 * 1.0") and not this one, or the question asks an amount at least that the entry does not state.
 * `asked` is namedNumbers(question), read once per question.
 */
export function unmetNumber(asked: readonly NamedNumber[], entryTexts: readonly string[]): string | undefined {
  for (const { number, name, amount, exclusive } of asked) {
    // A named number counts only near its name: "SOC 1" is not stated by "SOC 2 … 1 July 2025".
    if (entryTexts.some((text) => (name === undefined ? states(text, number) : statesAfter(text, name, number)))) {
      // "Is TLS 1.3 mandatory?" near "TLS 1.2 or 1.3": the entry allows a lower version, so 1.3 is not the only one.
      const lower = exclusive === true && name !== undefined ? allowedLower(entryTexts, name, number) : undefined;
      if (lower !== undefined) {
        return `the question asks for ${name?.toUpperCase()} ${number} only, and the entry also allows ${name?.toUpperCase()} ${lower}`;
      }
      continue;
    }
    if (amount) {
      return `the question asks for ${number} or more, which the entry does not state`;
    }
    const other = name === undefined ? undefined : entryTexts.flatMap((text) => numbersAfter(text, name))[0];
    if (name !== undefined && other !== undefined) {
      return `the question asks about ${name.toUpperCase()} ${number}, and the entry says ${name.toUpperCase()} ${other}`;
    }
  }
  return undefined;
}

/**
 * A cloud region id ("us-east4", "eu-central-1", "northamerica-northeast1", "ap-southeast-2"): a
 * place an entry must name as such. products.ts reads countries, and a region id is not one.
 */
const REGION_ID = /\b(?:us|eu|ca|sa|me|af|ap|il|mx|asia|europe|australia|northamerica|southamerica)-(?:north|south|east|west|central|northeast|northwest|southeast|southwest|gov-west|gov-east)(?:-?\d{1,2})\b/gi;

/** The cloud region ids a question names (lower case, once each). */
export function namedRegionIds(question: string): string[] {
  return [...new Set([...question.matchAll(REGION_ID)].map((m) => m[0].toLowerCase()))];
}

/**
 * Why an entry does not answer a question that names a cloud region id it does not state, or
 * undefined; of alternatives ("eu-central-1 or eu-west-1?") one is enough.
 */
export function unmetRegionId(question: string, asked: readonly string[], entryTexts: readonly string[]): string | undefined {
  const stated = entryTexts.join(' ').toLowerCase();
  const missing = asked.filter((id) => !stated.includes(id));
  const anyOf = asked.length > 1 && /\bor\b/i.test(question);
  if (missing.length === 0 || (anyOf && missing.length < asked.length)) {
    return undefined;
  }
  return `the question names the region ${missing.map((id) => `"${id}"`).join(anyOf ? ' or ' : ', ')}, which the entry does not`;
}

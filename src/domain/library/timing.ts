/**
 * How often, how soon and how long, as a question asks and a library entry states it: "reviewed
 * monthly", "patched within 48 hours", "logs kept for at least two years". A question that sets
 * such a bound is answered by an entry only when every bound the entry states of that kind meets
 * it ("quarterly" meets "at least annually"; "within 7 days" does not meet "within 48 hours";
 * "30 days before" does not meet "90 days' notice"),
 * and an entry that states none does not answer it. Read on `normalizeText` output (lowercase,
 * single spaces, no punctuation); the numbers and units are the reading module's.
 *
 * A bound is a range of days: "within 2 business days" is 2 to 8 calendar days (a weekend, a
 * holiday), "every 2 3 years" (from "every 2-3 years") 730 to 1,095. A stated range meets an asked
 * one only at its worst end. A bound whose length cannot be told ("bi-monthly": twice a month or
 * every two months; "for 35 days at most") is read as unreadable: it meets nothing and is met by nothing.
 */
import { parseNumber, parseUnit, type TimeUnit } from '../reading/numbers';

/**
 * `every`: at most this many days between two runs; `within`: done at most this many days after;
 * `keptFor`: kept at least this many days; `notice`: told at least this many days before;
 * `recoveryTime`, `recoveryPoint`: an RTO or RPO of at most this many days.
 */
export type TimeKind = 'every' | 'within' | 'keptFor' | 'notice' | 'recoveryTime' | 'recoveryPoint';

export interface TimeBound {
  kind: TimeKind;
  /** The fewest and most calendar days the words can mean; NaN when they cannot be told. */
  least: number;
  most: number;
  /** For a bound in business days, the business days themselves: two such bounds compare in them. */
  businessDays?: { least: number; most: number };
  /** The words that set it, as normalized. */
  text: string;
  /** For a deadline, the severities it is for ("critical vulnerabilities within 7 days"), when the text says. */
  severities?: readonly string[];
}

type Days = Pick<TimeBound, 'least' | 'most' | 'businessDays'>;

const NUMBER = String.raw`(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty four|thirty six|forty eight|seventy two|twenty|thirty|sixty|ninety)`;
/** A number, a range ("24 48", "2 to 3", "2 or 3") or a number written twice ("seventy two 72"). */
const AMOUNT = String.raw`(${NUMBER})(?: (?:to |or )?(${NUMBER}))?`;
/** The unit, after an optional word that does not change it ("a full year", "30 calendar days"). */
const UNIT = String.raw`(?:(?:full|whole|entire|complete|calendar|rolling|consecutive) )?(minutes?|mins?|hours?|hrs?|(?:business|working) days?|days?|weeks?|months?|quarters?|years?|yrs?)`;
/** "24h", "7d": a number and a one-letter unit run together. */
const COMPACT = String.raw`(\d{1,4})(h|hr|hrs|d)`;

const DAYS_PER_UNIT: Record<Exclude<TimeUnit, 'business_day'>, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

function amountOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : parseNumber(word.replace(' ', '-'));
}

/** The calendar days of `n` units: a range for business days, NaN for a unit not read. */
function unitDays(n: number, unit: string): { least: number; most: number } {
  if (/^mins?|^minutes?$/.test(unit)) {
    return { least: n / 1440, most: n / 1440 };
  }
  if (/^quarters?$/.test(unit)) {
    return { least: n * 90, most: n * 90 };
  }
  const u = parseUnit(unit);
  if (u === undefined) {
    return { least: NaN, most: NaN };
  }
  if (u === 'business_day') {
    // Two weekend days per five and four holidays, as the reading module bounds business days.
    return { least: n, most: n + 2 * Math.ceil(n / 5) + 4 };
  }
  return { least: n * DAYS_PER_UNIT[u], most: n * DAYS_PER_UNIT[u] };
}

/** The days of an AMOUNT UNIT match: m[1] the first number, m[2] the second (a range, or the same number in digits), m[3] the unit. */
function rangeOf(m: RegExpMatchArray): Days {
  return rangeFrom(m[1], m[2], m[3]);
}

/** The days of AMOUNT UNIT words: the first number, the second (or none), the unit. */
function rangeFrom(firstWords: string | undefined, secondWords: string | undefined, unitWords: string | undefined): Days {
  const first = amountOf(firstWords);
  const second = amountOf(secondWords) ?? first;
  if (first === undefined || second === undefined) {
    return { least: NaN, most: NaN };
  }
  const unit = unitWords ?? '';
  const low = unitDays(Math.min(first, second), unit);
  const high = unitDays(Math.max(first, second), unit);
  const business = parseUnit(unit) === 'business_day' ? { businessDays: { least: Math.min(first, second), most: Math.max(first, second) } } : {};
  return { least: low.least, most: high.most, ...business };
}

/** "24h" → one day; "7d" → seven. */
function compactDays(amount: string, unit: string): { least: number; most: number } {
  const n = Number(amount);
  return unit === 'd' ? { least: n, most: n } : { least: n / 24, most: n / 24 };
}

const fixed = (days: number) => (): { least: number; most: number } => ({ least: days, most: days });
const UNREADABLE = fixed(NaN);

/** Cadence words and the days between two runs they mean. */
const CADENCE_DAYS: Record<string, number> = { weekly: 7, monthly: 30, quarterly: 90, yearly: 365, annually: 365, annual: 365 };
/** "six-monthly", "two-yearly", "semi-monthly": a multiple of a cadence; "bi-monthly" and "bi-quarterly" are unreadable (twice, or every second?). */
function multipleOf(m: RegExpMatchArray): { least: number; most: number } {
  const base = CADENCE_DAYS[m[2] ?? ''] ?? NaN;
  const factor = m[1] === 'semi' ? 0.5 : m[1] === 'bi' ? (m[2] === 'weekly' ? 2 : NaN) : (amountOf(m[1]) ?? NaN);
  return { least: base * factor, most: base * factor };
}

const OPTIONAL_MINIMUM = '(?:at least |at a minimum |no less often than )?';

/**
 * The patterns, in the order they are read: each blanks what it matched, so the longer forms come
 * first ("semi annual" before "annual", "every 90 days" before "every day"). "Continuous" is left
 * out: "continuous integration" is not a cadence.
 */
const PATTERNS: readonly { kind: TimeKind; pattern: RegExp; days: (m: RegExpMatchArray) => Days }[] = [
  // Retention with an upper bound ("for 35 days at most", "for up to 35 days") is not a minimum.
  { kind: 'keptFor', pattern: new RegExp(String.raw`\bfor (?:up to |a maximum of |at most |no longer than |no more than )${AMOUNT} ${UNIT}\b|\bfor ${AMOUNT} ${UNIT} (?:at most|maximum|max|or less|or fewer)\b`, 'g'), days: UNREADABLE },
  // Notice ahead of a change: "90 days' notice", "told 30 days before", "notified at least 60 days in advance".
  {
    kind: 'notice',
    pattern: new RegExp(String.raw`\b(?:at least |a minimum of |no less than )?${AMOUNT} ${UNIT} (?:(?:advance |prior |written )?notice|notification|(?:in advance|before|prior|ahead)\b)|\b(?:advance |prior )?notice of (?:at least )?${AMOUNT} ${UNIT}\b`, 'g'),
    // Groups 1–3: the amount before "notice"; 4–6: after "notice of".
    days: (m) => (m[3] !== undefined ? rangeOf(m) : rangeFrom(m[4], m[5], m[6])),
  },
  { kind: 'every', pattern: new RegExp(String.raw`\b(?:once |at least )?every ${AMOUNT} ${UNIT}\b`, 'g'), days: rangeOf },
  { kind: 'every', pattern: new RegExp(String.raw`\b(?:within|in|during|over) the (?:last|past|previous|preceding) ${AMOUNT} ${UNIT}\b`, 'g'), days: rangeOf },
  { kind: 'every', pattern: /\b(?:within|in|during|over) the (?:last|past|previous|preceding) (day|week|month|quarter|year)\b/g, days: (m) => unitDays(1, m[1] ?? '') },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:fortnightly|every other week|every two weeks)\b`, 'g'), days: fixed(14) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:semi ?annual(?:ly)?|bi ?annual(?:ly)?|twice (?:a|per|each) year|twice yearly|half yearly)\b`, 'g'), days: fixed(180) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:biennial(?:ly)?|every other year)\b`, 'g'), days: fixed(730) },
  { kind: 'every', pattern: /\b(bi|semi|two|three|four|six|twelve|(?<!\d )\d{1,2}) ?(weekly|monthly|quarterly|yearly|annually|annual)\b/g, days: multipleOf },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:hourly|every hour)\b`, 'g'), days: fixed(1 / 24) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:daily|nightly|every (?:day|night)|each day|once (?:a|per) day)\b`, 'g'), days: fixed(1) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:weekly|every week|each week|once (?:a|per) week)\b`, 'g'), days: fixed(7) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:monthly|every month|each month|once (?:a|per) month)\b`, 'g'), days: fixed(30) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:quarterly|every quarter|each quarter|once (?:a|per) quarter)\b`, 'g'), days: fixed(90) },
  { kind: 'every', pattern: new RegExp(String.raw`\b${OPTIONAL_MINIMUM}(?:annual(?:ly)?|yearly|every year|each year|once (?:a|per) year|per annum)\b`, 'g'), days: fixed(365) },
  // "a session timeout of 15 minutes or less", "24 hours at most": the most it may take, a deadline ("for 35 days or less" is read above).
  { kind: 'within', pattern: new RegExp(String.raw`\b${AMOUNT} ${UNIT} (?:or less|or fewer|or shorter|or sooner|or under|at most|at the most|maximum|max)\b`, 'g'), days: rangeOf },
  // "at the latest 48 hours after we confirm": a deadline; not "looks at the latest 90 days of logs".
  { kind: 'within', pattern: new RegExp(String.raw`\bat the latest ${AMOUNT} ${UNIT}\b(?= (?:after|from|following)\b)`, 'g'), days: rangeOf },
  {
    kind: 'within',
    // "for no less than 12 months" is a retention's least, not a deadline.
    pattern: new RegExp(String.raw`\b(?:within|in under|in less than|no later than|not later than|no more than|inside|in|under|(?<!\b(?:no|not) )less than|below|at most|as (?:low|short|little) as) (?:a maximum of |at most |a |an )?(?:${AMOUNT} ${UNIT}|${COMPACT})\b`, 'g'),
    // Groups 1–3: AMOUNT UNIT; 4–5: the compact form.
    days: (m) => (m[4] !== undefined ? compactDays(m[4], m[5] ?? '') : rangeOf(m)),
  },
  { kind: 'keptFor', pattern: new RegExp(String.raw`\b(?:for|of) (?:at least |a minimum of |minimum of |a minimum |no less than |not less than |over )?${AMOUNT} ${UNIT}\b`, 'g'), days: rangeOf },
  // "Is backup retention at least 90 days?", "logs kept a minimum of one year": a least, without "for".
  { kind: 'keptFor', pattern: new RegExp(String.raw`\b(?:at least|a minimum of|minimum of|minimum|min|no less than|not less than|more than) ${AMOUNT} ${UNIT}\b`, 'g'), days: rangeOf },
];

/** "high within 30" after "critical within 7 days": the number without its unit, which the last stated one gives. */
const BARE_WITHIN = new RegExp(String.raw`\bwithin (${NUMBER})\b`, 'g');

/**
 * A part of a word that every pattern's match has (a digit, a unit, a frequency, "within"): most
 * questions have none, and the patterns one by one cost more than this one test.
 */
const MAY_BOUND_TIME = /\d|min|hour|hr|day|dail|week|month|quarter|year|yr|annu|fortnight|biennial|night|within/;

/** A "for N days" is a retention only in a sentence about keeping something. */
const KEEPING = /\b(?:retain\w*|retention|kept|keep\w*|stor(?:e|ed|es|age|ing)|archiv\w*|preserv\w*|held|hold\w*|maintain\w*)\b/;
/** "N days before" is notice only in a sentence about telling someone ("kept for 35 days before deletion" is not). */
const NOTIFYING = /\b(?:notice|notif\w*|told|tell\w*|inform\w*|advance|warn\w*|announc\w*|alert\w*)\b/;

/** "RTO", "recovery point objective": an objective's name; the group `rto` tells which one it is. */
const OBJECTIVE = String.raw`\b(?:(?<rto>rto|recovery time objectives?)|rpo|recovery point objectives?)\b`;
/** An objective's amount: AMOUNT UNIT, the compact form ("4h") or "zero". */
const OBJECTIVE_AMOUNT = String.raw`(?<amount>${NUMBER}(?: (?:to |or )?${NUMBER})? ${UNIT}|${COMPACT}|zero)`;
/** Up to six words between an objective's name and its amount that are not another name. */
const OBJECTIVE_GAP = String.raw`(?: (?!rto\b|rpo\b|recovery\b)[a-z]+){0,6}?`;
/**
 * "RTO of 4 hours", "recovery point objective must not exceed 15 minutes", and "a 4 hour RTO"
 * (not after "a" or "an", the article: "a 4" would read as one to four).
 */
const OBJECTIVE_PATTERNS = [
  new RegExp(String.raw`${OBJECTIVE}(?<gap>${OBJECTIVE_GAP}) ${OBJECTIVE_AMOUNT}\b`, 'g'),
  new RegExp(String.raw`\b(?!an? )${OBJECTIVE_AMOUNT} ${OBJECTIVE}`, 'g'),
];
/** "RTO and RPO of 4 and 1 hours", "RTO/RPO 4h/1h": which amount is which cannot be told. */
const OBJECTIVES_TOGETHER = new RegExp(String.raw`\b(?:rto|rpo|recovery time|recovery point)(?: and| or)? (?:rto|rpo|recovery (?:time|point) objectives?|(?:time|point) objectives?)\b(?:${OBJECTIVE_GAP} (?<amount>\d|${NUMBER}\b))?`, 'g');
/** "Is the RTO more than 4 hours?", "Does the RPO exceed 1 hour?": a least, not the most an objective may be ("no more than", "not exceed" are). */
const MORE_THAN = /\b(?:more|greater|above|over|exceeds?|exceeding|longer|least)\b/;
const NOT = /\b(?:no|not)\b/;
/** A later amount in the same sentence ("RTO of 4 hours for tier 1, 24 hours for others"): the objective is not one amount. */
const LATER_AMOUNT = new RegExp(String.raw`\b${AMOUNT} ${UNIT}\b`);
/** Where the next objective's name may start, or the sentence ends. */
const NEXT_NAME = /\b(?:rto|rpo|recovery)\b| \. /;
/** What every objective's pattern starts with: most texts name none ("disaster recovery" is not one). */
const OBJECTIVE_NAMED = /\b(?:rto|rpo|recovery (?:time|point))\b/;
const AMOUNT_ALONE = new RegExp(String.raw`^${AMOUNT} ${UNIT}$`);
const COMPACT_ALONE = new RegExp(String.raw`^${COMPACT}$`);

/** The days of an objective's amount. */
function objectiveDays(words: string): Days {
  if (words === 'zero') {
    return { least: 0, most: 0 };
  }
  const compact = COMPACT_ALONE.exec(words);
  if (compact !== null) {
    return compactDays(compact[1] ?? '', compact[2] ?? '');
  }
  const m = AMOUNT_ALONE.exec(words);
  return m === null ? UNREADABLE() : rangeOf(m);
}

const blanked = (words: string): string => ' '.repeat(words.length);

/**
 * The RTO and RPO a text states or asks, each bound to its own name ("our RTO is 4 hours and our
 * RPO 15 minutes": the 15 minutes are not the RTO), and the text with their words blanked.
 */
function objectiveBounds(text: string): { bounds: TimeBound[]; rest: string } {
  const bounds: TimeBound[] = [];
  if (!OBJECTIVE_NAMED.test(text)) {
    return { bounds, rest: text };
  }
  let rest = text;
  for (const together of rest.matchAll(OBJECTIVES_TOGETHER)) {
    if (together.groups?.['amount'] !== undefined) {
      bounds.push({ kind: 'recoveryTime', ...UNREADABLE(), text: together[0] }, { kind: 'recoveryPoint', ...UNREADABLE(), text: together[0] });
    }
  }
  rest = rest.replace(OBJECTIVES_TOGETHER, blanked);
  for (const pattern of OBJECTIVE_PATTERNS) {
    for (const m of rest.matchAll(pattern)) {
      const gap = m.groups?.['gap'] ?? '';
      const after = rest.slice(m.index + m[0].length);
      const stop = after.search(NEXT_NAME);
      const unreadable = (MORE_THAN.test(gap) && !NOT.test(gap)) || LATER_AMOUNT.test(stop === -1 ? after : after.slice(0, stop));
      bounds.push({ kind: m.groups?.['rto'] === undefined ? 'recoveryPoint' : 'recoveryTime', ...(unreadable ? UNREADABLE() : objectiveDays(m.groups?.['amount'] ?? '')), text: m[0] });
    }
    rest = rest.replace(pattern, blanked);
  }
  return { bounds, rest };
}

/**
 * A severity before a deadline, as the subject it is for: "critical vulnerabilities are fixed
 * within 7 days", "high within 30", "critical and high findings…". Not "high availability".
 */
const SEVERITY = '(?:critical|high|medium|moderate|low)';
const SEVERITY_BEFORE = new RegExp(String.raw`\b(${SEVERITY})(?= (?:(?:and|or|severity|risk|rated|cvss) )*(?:(?:\w+ ){0,2}(?:vulnerabilit\w*|vulns?|findings?|patch\w*|issues?|cves?|bugs?|fix\w*|remediat\w*|resolv\w*)\b|within\b|in\b|${SEVERITY}\b))`, 'g');
/** "…within 7 days for critical (vulnerabilities)", "…for critical and high". */
const SEVERITY_AFTER = new RegExp(String.raw`^ (?:for|on) (${SEVERITY}(?:(?: and| or|,)+ ${SEVERITY})*)\b`);
const SEVERITY_WORD = new RegExp(String.raw`^${SEVERITY}$`);

/** Each deadline's severities: those written between the deadline before it (or the text's start, at most 80 characters back) and it. */
function withSeverities(normalized: string, deadlines: readonly { bound: TimeBound; at: number; end: number }[]): void {
  if (deadlines.length === 0) {
    return;
  }
  const inOrder = [...deadlines].sort((a, b) => a.at - b.at);
  const before = [...normalized.matchAll(SEVERITY_BEFORE)];
  // Where the words of the deadline before end: "within 14 days for critical and within 30 days" gives the second none.
  let previousEnd = 0;
  for (const { bound, at, end } of inOrder) {
    const from = Math.max(previousEnd, at - 80);
    const found = before.filter((m) => m.index >= from && m.index < at).map((m) => m[1] as string);
    const after = SEVERITY_AFTER.exec(normalized.slice(end));
    const afterWords = after === null ? [] : (after[1] as string).split(/[ ,]+/).filter((word) => SEVERITY_WORD.test(word));
    const severities = [...new Set([...found, ...afterWords].map((word) => (word === 'moderate' ? 'medium' : word)))];
    if (severities.length > 0) {
      bound.severities = severities;
    }
    previousEnd = end + (after?.[0].length ?? 0);
  }
}

/** The time bounds a normalized text sets. Each span of words sets one bound: a matched span is blanked before the next pattern runs. */
export function timeBounds(normalized: string): TimeBound[] {
  const objectives = objectiveBounds(normalized);
  if (!MAY_BOUND_TIME.test(objectives.rest)) {
    return objectives.bounds;
  }
  const bounds: TimeBound[] = objectives.bounds;
  const keeping = KEEPING.test(normalized);
  const notifying = NOTIFYING.test(normalized);
  let rest = objectives.rest;
  /** Where each deadline with a unit was read, and its unit (for a later number without one). */
  const deadlineUnits: { at: number; unit: string }[] = [];
  const deadlines: { bound: TimeBound; at: number; end: number }[] = [];
  for (const { kind, pattern, days } of PATTERNS) {
    if ((kind === 'keptFor' && !keeping) || (kind === 'notice' && !notifying)) {
      continue;
    }
    pattern.lastIndex = 0;
    if (!pattern.test(rest)) {
      continue;
    }
    pattern.lastIndex = 0;
    for (const m of rest.matchAll(pattern)) {
      const bound: TimeBound = { kind, ...days(m), text: m[0] };
      bounds.push(bound);
      if (kind === 'within') {
        deadlines.push({ bound, at: m.index, end: m.index + m[0].length });
        if (m[3] !== undefined) {
          deadlineUnits.push({ at: m.index, unit: m[3] });
        }
      }
    }
    rest = rest.replace(pattern, blanked);
  }
  for (const bare of rest.matchAll(BARE_WITHIN)) {
    // The unit of the last deadline before it, if any; without one, it cannot be told.
    const before = deadlineUnits.filter((d) => d.at < bare.index).at(-1);
    const n = amountOf(bare[1]);
    const bound: TimeBound = { kind: 'within', ...(before === undefined || n === undefined ? UNREADABLE() : unitDays(n, before.unit)), text: bare[0] };
    bounds.push(bound);
    deadlines.push({ bound, at: bare.index, end: bare.index + bare[0].length });
  }
  withSeverities(normalized, deadlines);
  return bounds;
}

/** "Quarterly" (90 days) and "every 3 months" (90) or "annually" (365) and "every 12 months" (360) are the same bound. */
const SAME_WITHIN = 1.03;

/** Whether a stated bound meets an asked one at its worst end (NaN never does). */
function meets(stated: TimeBound, asked: TimeBound): boolean {
  // "Within one business day" meets "within one business day", whatever day of the week it starts.
  const [s, a] = stated.businessDays !== undefined && asked.businessDays !== undefined ? [stated.businessDays, asked.businessDays] : [stated, asked];
  return asked.kind === 'keptFor' || asked.kind === 'notice' ? s.least * SAME_WITHIN >= a.most : s.most <= a.least * SAME_WITHIN;
}

/**
 * Why the entry's stated bounds do not answer the question's, in words for the writer, or
 * undefined when they do (or the question sets none). Every bound the entry states of a kind
 * the question asks must meet it: "critical in 7 days, high in 30" does not say high ones are
 * fixed in 14. Where both say the severity a deadline is for, only the same severity's count, and
 * those the entry gives for every severity.
 */
export function unmetTimeBound(asked: readonly TimeBound[], stated: readonly TimeBound[]): string | undefined {
  for (const bound of asked) {
    if (Number.isNaN(bound.least)) {
      return `the question asks "${bound.text}", which cannot be compared with what the entry says`;
    }
    const ofKind = stated.filter((s) => s.kind === bound.kind);
    // "Critical within 14 days?" is met by the entry's critical deadline, whatever its high one, where the entry says which is which.
    const severities = bound.severities;
    const bySeverity = severities !== undefined && ofKind.some((s) => s.severities !== undefined);
    // A deadline the entry gives no severity ("all vulnerabilities within 30 days") is for every severity.
    const isFor = (s: TimeBound, severity: string): boolean => s.severities === undefined || s.severities.includes(severity);
    const same = bySeverity ? ofKind.filter((s) => severities.some((severity) => isFor(s, severity))) : ofKind;
    if (same.length === 0 || (bySeverity && !severities.every((severity) => same.some((s) => isFor(s, severity))))) {
      return `the question asks "${bound.text}", which the entry does not state`;
    }
    const short = same.find((s) => !meets(s, bound));
    if (short !== undefined) {
      return `the question asks "${bound.text}", and the entry says "${short.text}"`;
    }
  }
  return undefined;
}

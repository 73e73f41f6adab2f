/**
 * Rules that compare the text with the profile: a report type it does not have, categories out of
 * scope, "no exceptions" or "unqualified" it does not record, and a stale period cited without a
 * bridge letter. They run only when a profile is given.
 */
import { typeName } from '../profile/labels';
import { CATEGORY_LABELS, CATEGORY_IDS, type CategoryId, type Engagement } from '../profile/schema';
import { COMPARATIVE, FUTURE, isSelfClaim, socNumberBefore, typeMentions, type RuleContext, type SentenceRule } from './patterns';
import { blockText, hasNegation, isQuoted, type Line, type Sentence } from './text';

// ---------------------------------------------------------------------------------------------
// type-contradicts-profile

const THIRD_PARTY_BEFORE = /(?:\b(?:its|their|his|her)|[A-Z][\w&.-]*['’]s?)[\s\u00a0]+(?:(?:own|latest|current|most recent)[\s\u00a0]+)?(?:SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)[\s\u00a0,]+)?$/;

const BOTH_TYPES = /\bType[\s\u00a0-]*(?:1|I)\b[\s\u00a0]*(?:and|or|\/|&|,)[\s\u00a0]*(?:Type[\s\u00a0-]*)?(?:2|II)\b/i;
const GENERIC_AFTER = /^[\s\u00a0]+(?:report[\s\u00a0]+|reports[\s\u00a0]+)?(?:speaks?|addresses|only|is[\s\u00a0]+(?:a|about|limited)|does[\s\u00a0]+not|tests[\s\u00a0]+only|describes|covers[\s\u00a0]+only|looks)\b/i;
const UNDER_WAY_NOUN = /^[\s\u00a0]+(?:examination|period|audit|window|engagement|fieldwork)\b/i;

function completedTypes(ctx: RuleContext): Set<'type1' | 'type2'> {
  return new Set((ctx.profile?.soc2.engagements ?? []).filter((e) => e.status === 'completed').map((e) => e.type));
}

const typeContradicts: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('type')) {
    return;
  }
  const held = completedTypes(ctx);
  // Cheap test first: most sentences name only the type the profile holds.
  const mentions = typeMentions(text).filter((m) => !held.has(m.type));
  if (mentions.length === 0 || FUTURE.test(text) || COMPARATIVE.test(text) || !isSelfClaim(text, ctx)) {
    return;
  }
  const current = ctx.state?.current;
  for (const mention of mentions) {
    if (isQuoted(sentence, mention.start, mention.end)) {
      continue;
    }
    // "[ ] SOC 2 Type 1": an unticked box is an option not chosen.
    if (/\[[\s\u00a0]\][^\][]{0,20}$/.test(text.slice(Math.max(0, mention.start - 25), mention.start))) {
      continue;
    }
    const soc = socNumberBefore(text, mention.start);
    if (soc === '1' || soc === '3') {
      continue;
    }
    const before = text.slice(0, mention.start);
    // "our Type 2 examination period runs…": the engagement under way, not a report held.
    if (UNDER_WAY_NOUN.test(text.slice(mention.end)) && (ctx.profile?.soc2.engagements ?? []).some((e) => e.status !== 'completed' && e.type === mention.type)) {
      continue;
    }
    const own = THIRD_PARTY_BEFORE.exec(before.slice(-80));
    if (own !== null && !isSelfClaim(own[0], ctx)) {
      // "AWS's SOC 2 Type 2 report", "its Type 2 report": someone else's report.
      continue;
    }
    if (hasNegation(before.slice(-40))) {
      continue;
    }
    // "A Type 1 report speaks only to design…": what a Type 1 is, not a report held.
    if (/^[\s\u00a0]*(?:[-*•>]+[\s\u00a0]*)?(?:a|an|any|each|every)[\s\u00a0]+(?:SOC[\s\u00a0]*2[\s\u00a0]+)?$/i.test(before) || (/^[\s\u00a0]*(?:[-*•>]+[\s\u00a0]*)?the[\s\u00a0]+(?:SOC[\s\u00a0]*2[\s\u00a0]+)?$/i.test(before) && GENERIC_AFTER.test(text.slice(mention.end)))) {
      continue;
    }
    // "Types: Type 1 and Type 2" lists the kinds of report; it claims neither.
    if (BOTH_TYPES.test(text) && !/\b(?:have|has|had|hold|holds|held|received|issued|completed|obtained)\b/i.test(text)) {
      continue;
    }
    const message =
      current === undefined
        ? `The profile records no completed SOC 2 report, so a ${typeName(mention.type)} report cannot be claimed.`
        : `The profile's SOC 2 report is a ${typeName(current.type)} (${describe(current)}), not a ${typeName(mention.type)}.`;
    const fixType = current?.type;
    const replacementNumber =
      fixType === undefined ? undefined : /^[iI]+$/.test(mention.written) ? (fixType === 'type1' ? 'I' : 'II') : fixType === 'type1' ? '1' : '2';
    const written = text.slice(mention.start, mention.end);
    const replacement = replacementNumber === undefined ? undefined : written.replace(/(1|2|II|I|one|two)$/i, replacementNumber);
    ctx.emit({
      rule: 'type-contradicts-profile',
      message,
      severity: 'error',
      start: sentence.start + mention.start,
      end: sentence.start + mention.end,
      ...(replacement === undefined ? {} : { fix: { replacement, description: `Replace with "${replacement}" (as in the profile)` } }),
    });
  }
};

function describe(e: Engagement): string {
  if (e.type === 'type1') {
    return e.asOf === undefined ? 'as of a single date' : `as of ${e.asOf}`;
  }
  return e.periodStart !== undefined && e.periodEnd !== undefined ? `for ${e.periodStart} to ${e.periodEnd}` : 'for a period';
}

// ---------------------------------------------------------------------------------------------
// category-out-of-scope

const CATEGORY_KEY: Record<Exclude<CategoryId, 'security'>, string> = {
  availability: 'availability',
  confidentiality: 'confidentiality',
  processing_integrity: 'integrity',
  privacy: 'privacy',
};
const CATEGORY_PATTERN: Record<Exclude<CategoryId, 'security'>, RegExp> = {
  availability: /\bavailability\b/gi,
  confidentiality: /\bconfidentiality\b/gi,
  processing_integrity: /\bprocessing[\s\u00a0-]+integrity\b/gi,
  privacy: /\bprivacy\b/gi,
};
// Everyday phrases that use the same words without naming a trust services category.
const NOT_A_CATEGORY_AFTER = /^[\s\u00a0]+(?:policy|policies|notice|notices|program|programme|shield|statement|law|laws|regulations?|zones?|sets?|agreements?|clauses?|obligations?|SLA|SLAs|targets?|team|officer|impact|rights|requests?|by design|settings?|controls? (?:for|over) (?:personal|customer))/i;
const NOT_A_CATEGORY_BEFORE = /\b(?:data|high|consumer|customer|employee|user|online|personal)[\s\u00a0]+$/i;
const SCOPE_CONTEXT = /SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)|\breport\b|\bexamination\b|\baudit\b|\bscope\b|trust services|\bcategor/i;
const COVERS = /\bcategor\w*[^.:;]{0,40}:|\bscope[\s\u00a0]*:|\bpart[\s\u00a0]+of[\s\u00a0]+(?:our|the)\b|\b(?:cover(?:s|ed|ing|age)?|includ(?:es|ed|ing|e)|in[\s\u00a0]+scope|scope|address(?:es|ed|ing)?|span(?:s|ned)?|examined|tested|attest\w*)\b/i;
const EXCLUSION = /\b(?:not|no|exclud\w*|outside|neither|nor|without|except|beyond)\b|n['’]t\b|\bout[\s\u00a0]+of[\s\u00a0]+scope\b/i;
// "all five categories", "every trust services category", "all of the Trust Services Criteria".
const ALL_CATEGORIES =
  /\b(?:all|every(?:[\s\u00a0]+one)?|each(?:[\s\u00a0]+one)?)[\s\u00a0]+(?:of[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:five|5)\b(?:[\s\u00a0]+(?:trust[\s\u00a0]+services?[\s\u00a0]+)?(?:criteria[\s\u00a0]+)?(?:categor\w*|criteria|principles|TSCs?))?|\b(?:every|each)[\s\u00a0]+(?:single[\s\u00a0]+)?(?:trust[\s\u00a0]+services?[\s\u00a0]+)?(?:categor\w*|principle)\b|\ball[\s\u00a0]+(?:of[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:trust[\s\u00a0]+services?[\s\u00a0]+)?(?:categories|principles|Trust[\s\u00a0]+Services?[\s\u00a0]+Criteria|TSCs?)\b/gi;

function scopeEngagement(ctx: RuleContext, future: boolean): Engagement | undefined {
  const state = ctx.state;
  if (state === undefined) {
    return undefined;
  }
  return future ? (state.inProgress ?? state.current) : (state.current ?? state.inProgress);
}

const categoryOutOfScope: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  const allClaimed = /\b(?:all|every|each)\b/i.test(text) ? [...text.matchAll(ALL_CATEGORIES)] : [];
  if (
    (allClaimed.length === 0 && !lower.includes('availab') && !lower.includes('confidential') && !lower.includes('integrity') && !lower.includes('privacy')) ||
    !SCOPE_CONTEXT.test(text) ||
    !COVERS.test(text)
  ) {
    return;
  }
  const future = FUTURE.test(text);
  // The profile cannot contradict a plan it does not record, nor a condition ("in scope only when the report names it").
  if ((future && ctx.state?.inProgress === undefined) || /\b(?:if|unless|when|whether)\b/i.test(text)) {
    return;
  }
  // Cheap test first: a finding needs a category word outside the smallest scope that may apply.
  const smallest = new Set<CategoryId>(scopeEngagement(ctx, false)?.categories as CategoryId[] | undefined);
  if (allClaimed.length === 0 && !CATEGORY_IDS.some((id) => id !== 'security' && !smallest.has(id) && lower.includes(CATEGORY_KEY[id]))) {
    return;
  }
  // Only claims about the writer's own report: "our SOC 2", "the report", the organization's name.
  // A label such as "SOC 2 scope:" or "Trust services categories:" heads the writer's own answer.
  const labelled = /^[\s\u00a0]*(?:[-*•][\s\u00a0]*)?(?:SOC[\s\u00a0]*2[\s\u00a0]+)?(?:Type[\s\u00a0]*\w+[\s\u00a0]+)?(?:report[\s\u00a0]+)?(?:scope|(?:trust[\s\u00a0]+services?[\s\u00a0]+)?categor\w*)[^:]{0,40}:/i.test(text);
  if (!labelled && !isSelfClaim(text, ctx) && !/\bthe[\s\u00a0]+(?:(?:current|latest|most recent)[\s\u00a0]+)?(?:SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)[\s\u00a0]+)?(?:Type[\s\u00a0]*\w+[\s\u00a0]+)?(?:report|examination|audit)\b|^[\s\u00a0]*the[\s\u00a0]+SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)\b/i.test(text)) {
    return;
  }
  const engagement = scopeEngagement(ctx, future);
  if (engagement === undefined) {
    return;
  }
  const inScope = new Set<CategoryId>(engagement.categories as CategoryId[] | undefined);
  if (future && ctx.state?.current !== undefined) {
    // A sentence about the next examination may name categories of either engagement.
    for (const id of ctx.state.current.categories as CategoryId[]) {
      inScope.add(id);
    }
  }
  const scopeLabels = [...CATEGORY_IDS].filter((c) => c === 'security' || inScope.has(c)).map((c) => CATEGORY_LABELS[c]);
  if (inScope.size < CATEGORY_IDS.length && !EXCLUSION.test(text)) {
    for (const match of allClaimed) {
      if (isQuoted(sentence, match.index, match.index + match[0].length)) {
        continue;
      }
      ctx.emit({
        rule: 'category-out-of-scope',
        message: `The profile's SOC 2 ${future && ctx.state?.current === undefined ? 'examination' : 'report'} does not cover every trust services category: it covers ${scopeLabels.join(', ')}.`,
        severity: 'error',
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      });
    }
  }
  for (const id of CATEGORY_IDS) {
    if (id === 'security' || inScope.has(id)) {
      continue;
    }
    for (const match of text.matchAll(CATEGORY_PATTERN[id])) {
      const start = match.index;
      const end = start + match[0].length;
      if (
        isQuoted(sentence, start, end) ||
        NOT_A_CATEGORY_AFTER.test(text.slice(end)) ||
        NOT_A_CATEGORY_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
        EXCLUSION.test(text)
      ) {
        continue;
      }
      const labels = scopeLabels;
      ctx.emit({
        rule: 'category-out-of-scope',
        message: `${CATEGORY_LABELS[id]} is not in the scope of the profile's SOC 2 ${future && ctx.state?.current === undefined ? 'examination' : 'report'}: it covers ${labels.join(', ')}.`,
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
      });
    }
  }
};

// ---------------------------------------------------------------------------------------------
// exceptions-contradict-profile, opinion-contradicts-profile

const NO_EXCEPTIONS =
  /\b(?:no|zero|nil|not[\s\u00a0]+(?:a[\s\u00a0]+)?(?:single|one)|without(?:[\s\u00a0]+(?:any|a[\s\u00a0]+single|one[\s\u00a0]+single|a|even[\s\u00a0]+one))?|free[\s\u00a0]+of)[\s\u00a0]+(?:(?:reported|noted|identified|material|audit|testing|test|significant|control)[\s\u00a0]+)?(?:exceptions?|deviations?|findings?|issues?|failures?|qualifications?|problems?)\b|\bexception[\s\u00a0-]+free\b|\b(?:exceptions?|deviations?|findings?)(?:[\s\u00a0]+(?:noted|found|identified|reported|listed))?[\s\u00a0]*[:=–][\s\u00a0]*(?:none|nil|0|zero|no)\b|\bnone[\s\u00a0]+(?:of[\s\u00a0]+(?:them|which)[\s\u00a0]+)?(?:had|have|has|showed|contained|raised|with)[\s\u00a0]+(?:any[\s\u00a0]+)?(?:exceptions?|deviations?|findings?)\b/gi;
// "no issues", "no failures": about the SOC 2 report only when the sentence speaks of the audit or its tests.
const TESTING_CONTEXT = /SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)|\baudit|\breport\b|\bexamination\b|\btest(?:s|ed|ing)?\b|\bauditors?\b/i;

const exceptionsContradict: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('exception') && !lower.includes('deviation') && !lower.includes('finding') && !lower.includes('issue') && !lower.includes('failure') && !lower.includes('qualification') && !lower.includes('problem')) {
    return;
  }
  const current = ctx.state?.current;
  for (const match of text.matchAll(NO_EXCEPTIONS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end) || /\b(?:if|whether|unless|when)\b/i.test(text.slice(0, start))) {
      continue;
    }
    if (!/exception|deviation/i.test(match[0]) && !TESTING_CONTEXT.test(text)) {
      continue;
    }
    const listed = current?.exceptions;
    if (listed !== undefined && listed.length === 0) {
      continue;
    }
    const ids = (listed ?? []).map((e) => e.criterion).filter((c): c is string => c !== undefined && c.trim() !== '');
    ctx.emit({
      rule: 'exceptions-contradict-profile',
      message:
        current === undefined
          ? 'The profile records no completed SOC 2 report, so "no exceptions" cannot be stated.'
          : listed === undefined
            ? 'The profile does not record whether exceptions were noted: state "no exceptions" only when the tests of controls show none (set exceptions to [] in the profile).'
            : `The profile lists ${listed.length === 1 ? 'one exception' : `${listed.length} exceptions`}${ids.length > 0 ? ` (${ids.join(', ')})` : ''} in the current report.`,
      severity: listed !== undefined && listed.length > 0 ? 'error' : 'warning',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

const UNQUALIFIED =
  /\b(?:unqualified|unmodified|clean)(?:[\s\u00a0]+\((?:clean|unmodified|unqualified)\))?[\s\u00a0]+(?:SOC[\s\u00a0]*2[\s\u00a0]+(?:Type[\s\u00a0]*(?:1|2|II|I)[\s\u00a0]+)?)?(?:(?:audit|auditor['’]s)[\s\u00a0]+)?(?:opinion|report|audit)\b|\bopinion(?:[\s\u00a0]+(?:was|is)[\s\u00a0]+|[\s\u00a0]*[:=–][\s\u00a0]*)(?:unqualified|unmodified|clean)\b|\b(?:came|comes?|coming)[\s\u00a0]+(?:back|out)[\s\u00a0]+clean\b|\b(?:was|is|were)[\s\u00a0]+(?:entirely[\s\u00a0]+|completely[\s\u00a0]+)?clean\b(?=[\s\u00a0]*(?:[.,;:!)]|$))|\bclean[\s\u00a0]+bill[\s\u00a0]+of[\s\u00a0]+health\b/gi;
// "We received a qualified opinion" when the profile records an unqualified one.
const MODIFIED = /(?<![\w-])(?:(qualified|adverse)[\s\u00a0]+(?:audit[\s\u00a0]+)?opinion|(disclaimer)[\s\u00a0]+of[\s\u00a0]+opinion|opinion(?:[\s\u00a0]+(?:was|is)[\s\u00a0]+|[\s\u00a0]*[:=–][\s\u00a0]*)(qualified|adverse))\b/gi;
const HELD = /\b(?:received|receive|got|have|has|had|carries|carried|issued|gave|given|with|was|is)\b/i;

const opinionContradicts: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('qualified') && !lower.includes('unmodified') && !lower.includes('clean') && !lower.includes('adverse') && !lower.includes('disclaimer')) {
    return;
  }
  const current = ctx.state?.current;
  if (current?.opinion === 'unqualified') {
    for (const match of text.matchAll(MODIFIED)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = text.slice(0, start);
      if (isQuoted(sentence, start, end) || !isSelfClaim(text, ctx) || !HELD.test(before) || /\b(?:if|whether|unless|when)\b/i.test(before) || hasNegation(before) || COMPARATIVE.test(text)) {
        continue;
      }
      ctx.emit({
        rule: 'opinion-contradicts-profile',
        message: 'The profile records an unqualified opinion for the current SOC 2 report.',
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
      });
    }
    return;
  }
  for (const match of text.matchAll(UNQUALIFIED)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(0, start);
    // "An unqualified opinion means…" defines the term; "if the opinion is clean" is hypothetical.
    if (isQuoted(sentence, start, end) || /^\s*an?[\s\u00a0]*$/i.test(before) || /\b(?:if|whether|unless|when)\b/i.test(before) || hasNegation(before) || COMPARATIVE.test(text)) {
      continue;
    }
    // "was clean", "came back clean": about the report only in a sentence about the SOC 2 or its audit.
    if (!/opinion|report|audit|bill/i.test(match[0]) && !/SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)|\b(?:report|audit|examination|opinion|auditors?)\b/i.test(text)) {
      continue;
    }
    ctx.emit({
      rule: 'opinion-contradicts-profile',
      message:
        current === undefined
          ? 'The profile records no completed SOC 2 report, so no opinion can be stated.'
          : current.opinion === undefined
            ? "The profile does not record the auditor's opinion: state it as the opinion paragraph gives it."
            : `The profile records ${current.opinion === 'disclaimer' ? 'a disclaimer of opinion' : `a${current.opinion === 'adverse' ? 'n' : ''} ${current.opinion} opinion`}, not an unqualified one.`,
      severity: current?.opinion === undefined ? 'warning' : 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// stale-period (line rule: the acknowledgement may sit elsewhere in the same answer)

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ACKNOWLEDGED = /\b(?:more than|over|older than)[\s\u00a0]+(?:12|twelve)[\s\u00a0]+months\b|\b(?:12|twelve)\+?[\s\u00a0]+months[\s\u00a0]+ago\b|\bbridge[\s\u00a0]+letter\b|\bgap[\s\u00a0]+letter\b|\bnewer[\s\u00a0]+report\b|\bnext[\s\u00a0]+report\b|\bcurrently[\s\u00a0]+under[\s\u00a0]?way\b/i;

/** The ways a writer may cite a date: 2024-12-31, December 31, 2024, 31 December 2024, Dec 31, 2024, 12/31/2024. */
export function datePattern(iso: string): RegExp | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) {
    return undefined;
  }
  const [, y = '', m = '', d = ''] = match;
  const month = MONTH_NAMES[Number(m) - 1];
  if (month === undefined) {
    return undefined;
  }
  const day = String(Number(d));
  const mon = String.raw`${month.slice(0, 3)}(?:${month.slice(3)}|\.)?`;
  const forms = [
    `${y}-${m}-${d}`,
    String.raw`${mon}[\s\u00a0]+0?${day}(?:st|nd|rd|th)?,?[\s\u00a0]+${y}`,
    String.raw`0?${day}(?:st|nd|rd|th)?[\s\u00a0]+${mon},?[\s\u00a0]+${y}`,
    String.raw`0?${Number(m)}\/0?${day}\/${y}`,
  ];
  return new RegExp(`(?<![\\w-])(?:${forms.join('|')})(?![\\w])`, 'gi');
}

// A date cited for the SOC 2 report, not for another report or test that happens to share it.
const SOC2_REPORT_CONTEXT = new RegExp(String.raw`SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)\b|\b(?:report|period|audit|examination|attestation|window|Type[\s\u00a0-]*(?:1|2|I|II))\b`, 'i');
const OTHER_ASSURANCE = /\bSOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:1|3|I|III)\b|\bISO\b|\b27001\b|penetration|pen[\s-]?test|\bPCI\b|HITRUST|FedRAMP/i;

export function stalePeriod(lines: readonly Line[], ctx: RuleContext, sentenceAt: (line: Line, column: number) => Sentence | undefined): void {
  const state = ctx.state;
  if (state === undefined || !state.stale || state.bridgeCoversToday || state.referenceDate === undefined || state.current === undefined) {
    return;
  }
  const pattern = datePattern(state.referenceDate);
  if (pattern === undefined) {
    return;
  }
  const what = state.current.type === 'type1' ? 'as-of date' : 'period end';
  for (const line of lines) {
    if (!/\d{4}/.test(line.text)) {
      continue;
    }
    for (const match of line.text.matchAll(pattern)) {
      if (ACKNOWLEDGED.test(blockText(lines, line.index))) {
        break;
      }
      const sentence = sentenceAt(line, match.index);
      if (sentence === undefined || sentence.isQuestion || OTHER_ASSURANCE.test(sentence.text) || !SOC2_REPORT_CONTEXT.test(line.text)) {
        continue;
      }
      ctx.emit({
        rule: 'stale-period',
        message: `The report's ${what} (${state.referenceDate}) is ${state.monthsSinceReference ?? 'more than 12'} months ago and no bridge letter covers today: say so, and offer the next report date or a bridge letter from management.`,
        severity: 'warning',
        start: line.start + match.index,
        end: line.start + match.index + match[0].length,
      });
    }
  }
}

export const PROFILE_RULES: readonly SentenceRule[] = [typeContradicts, categoryOutOfScope, exceptionsContradict, opinionContradicts];

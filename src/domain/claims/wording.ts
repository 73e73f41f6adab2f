/**
 * Rules that need no profile: wording that misdescribes what a SOC 2 is or says.
 * Each rule reads one sentence and emits findings with absolute offsets.
 */
import { findCriterionIdTokens } from '../criteria';
import { typeName } from '../compose/context';
import {
  SOC2,
  SOC2_RE,
  SOC2_TYPED,
  TYPE,
  typeMentions,
  inUrlOrIdentifier,
  isSelfClaim,
  FUTURE,
  type SentenceRule,
} from './patterns';
import { hasNegation, isQuoted } from './text';

// ---------------------------------------------------------------------------------------------
// soc2-certified

const CERT_WORD = 'certified|certifications?|certificates?|compliant|compliance';
const ADJACENT = new RegExp(
  String.raw`(${SOC2_TYPED})[\s\u00a0]*[-‐‑]?[\s\u00a0]*(?:(audit|attestation|examination|report)[\s\u00a0]+)?(${CERT_WORD})\b`,
  'gi',
);
const BEFORE_SOC = new RegExp(
  String.raw`\b(certified|certification|compliant|compliance)[\s\u00a0]+(?:with|to|for|under|against|in|per|as per)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:AICPA(?:['’]s)?[\s\u00a0]+)?(${SOC2})`,
  'gi',
);
const LIST_AFTER_CERTIFIED = new RegExp(
  String.raw`\b(?:certified|certifications?)[\s\u00a0]+(?:(?:in|for|to|under|against)[\s\u00a0]+)?(?:(?:ISO(?:\/IEC)?[\s\u00a0-]*\d{4,5}(?::\d{4})?|PCI(?:[\s\u00a0-]*DSS)?|HITRUST|FedRAMP|CMMC|NIST)[\s\u00a0]*(?:,|and|or|&|\/)[\s\u00a0]*)+(${SOC2})`,
  'gi',
);
const LIST_BEFORE_CERTIFIED = new RegExp(
  String.raw`(${SOC2_TYPED})[\s\u00a0]*(?:,|and|&|\/)[\s\u00a0]*(?:ISO(?:\/IEC)?[\s\u00a0-]*\d{4,5}(?::\d{4})?|PCI(?:[\s\u00a0-]*DSS)?|HITRUST|FedRAMP)[\s\u00a0]+(certified|certifications?|compliant)\b`,
  'gi',
);

// The sentence explains why the word is wrong: it mentions the term rather than using it.
const EXPLAINING =
  /\b(?:no such|misnomer|there is no|there['’]s no|not a certification|not a certificate|incorrect(?:ly)?|inaccurate(?:ly)?|wrong(?:ly)?|mistaken(?:ly)?|rather than|instead of|myths?|misconceptions?|avoid|never say|do not say|don['’]t say|so-called|often called|sometimes called|commonly called|misleading)\b/i;

const COPULA = /\b(are|is|am|be|been|being|was|were)[\s\u00a0]+(?:(?:now|also|fully|currently|already)[\s\u00a0]+)?$|(['’]re)[\s\u00a0]+(?:(?:now|also|fully|currently|already)[\s\u00a0]+)?$/i;
const HAVE: Record<string, string> = { are: 'have', am: 'have', be: 'have', is: 'has', been: 'had', was: 'had', were: 'had', being: 'having', "'re": ' have', '’re': ' have' };
// What may follow the predicate for the rewrite to stay grammatical (not "and": "certified and monitored").
const ENDS_PHRASE = /^(?:[\s\u00a0]*$|[\s\u00a0]*[.,;:!?)]|[\s\u00a0]+(?:since|for|by|as|with|in|through|under|until|from|on|at|per)\b)/i;
const DETERMINER = /\b(?:our|a|an|the|your|their|its|this|that|my|his|her)[\s\u00a0]+(?:(?:current|latest|recent|most recent|annual|new|first|last|previous|initial)[\s\u00a0]+)?$/i;
const PROCESS_NOUN = /^[\s\u00a0]+(audit|process|program|programme|effort|efforts|journey|project|timeline|status|requirements|readiness|scope|preparation|work|engagement)\b/i;
const WINNING_VERB = /\b(?:achiev|attain|obtain|gain|earn|maintain|receiv|secur|reach|demonstrat|complet|pass)\w*[\s\u00a0]+(?:(?:full|our|its|their)[\s\u00a0]+)?$/i;

function writtenType(match: string): string {
  const mention = typeMentions(match)[0];
  return mention === undefined ? '' : ` ${typeName(mention.type)}`;
}

function certifiedMessage(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('complian')) {
    return 'A SOC 2 is an attestation report from a licensed CPA firm, not a standard one is "compliant" with: say the organization has a SOC 2 report (type and period), or has completed a SOC 2 examination.';
  }
  return 'A SOC 2 is an attestation report issued by a licensed CPA firm; there is no SOC 2 certification or certificate. Say "SOC 2 report" or "SOC 2 examination" instead.';
}

const soc2Certified: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if ((!lower.includes('certif') && !lower.includes('complian')) || !lower.includes('soc') || !SOC2_RE.test(text)) {
    return;
  }
  const emitted: [number, number][] = [];
  const overlaps = (a: number, b: number): boolean => emitted.some(([x, y]) => a < y && b > x);
  const explaining = EXPLAINING.test(text);
  const current = ctx.state?.current;
  // A fix that turns the claim into "have a SOC 2 report" is only safe when that is true (or no profile says otherwise).
  const fixAllowed = ctx.profile === undefined || current !== undefined;
  const profileType = current === undefined ? '' : ` ${typeName(current.type)}`;

  for (const match of text.matchAll(ADJACENT)) {
    const start = match.index;
    let end = start + match[0].length;
    const word = match[3] ?? '';
    const lowerWord = word.toLowerCase();
    if (isQuoted(sentence, start, end) || inUrlOrIdentifier(text, start, end) || explaining) {
      continue;
    }
    const before = text.slice(0, start);
    if (lowerWord === 'compliance' && !WINNING_VERB.test(before.slice(-40))) {
      // "SOC 2 compliance programme" names an effort, not a claim to hold anything.
      continue;
    }
    const after = text.slice(end);
    const type = writtenType(match[1] ?? '') || profileType;
    let fixStart = start;
    let fix: { replacement: string; description: string } | undefined;
    const copula = COPULA.exec(before.slice(-40));
    const negated = hasNegation(before);
    if (!negated && fixAllowed && (lowerWord === 'certified' || lowerWord === 'compliant') && copula !== null && ENDS_PHRASE.test(after)) {
      // "we are SOC 2 certified" → "we have a SOC 2 report"; "compliant" only when a profile says a report exists.
      if (lowerWord === 'certified' || current !== undefined) {
        const verb = (copula[1] ?? copula[2] ?? '').toLowerCase();
        fixStart = start - copula[0].length;
        const replacement = `${HAVE[verb] ?? 'have'} a SOC 2${type} report`;
        fix = { replacement, description: `Replace with "${replacement.trim()}"` };
      }
    } else if (!negated && /^certific/i.test(lowerWord) && !/s$/i.test(lowerWord)) {
      const noun = PROCESS_NOUN.exec(after);
      const examination = `SOC 2${writtenType(match[1] ?? '')} examination`;
      if (noun !== null && (noun[1] ?? '').toLowerCase() === 'audit') {
        // "SOC 2 certification audit" → "SOC 2 examination".
        end += noun[0].length;
        fix = { replacement: examination, description: `Replace with "${examination}"` };
      } else if (noun !== null) {
        // "SOC 2 certification process" → "SOC 2 examination process".
        fix = { replacement: examination, description: `Replace with "${examination}${noun[0]}"` };
      } else if (DETERMINER.test(before.slice(-50))) {
        // "our SOC 2 certification" → "our SOC 2 report".
        const replacement = `SOC 2${writtenType(match[1] ?? '')} report`;
        fix = { replacement, description: `Replace with "${replacement}"` };
      }
    }
    emitted.push([fixStart, end]);
    ctx.emit({
      rule: 'soc2-certified',
      message: certifiedMessage(word),
      severity: 'error',
      start: sentence.start + fixStart,
      end: sentence.start + end,
      ...(fix === undefined ? {} : { fix }),
    });
  }

  for (const pattern of [BEFORE_SOC, LIST_AFTER_CERTIFIED, LIST_BEFORE_CERTIFIED]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || isQuoted(sentence, start, end) || explaining) {
        continue;
      }
      const word = /complian/i.test(match[0]) ? 'compliant' : 'certified';
      emitted.push([start, end]);
      ctx.emit({
        rule: 'soc2-certified',
        message:
          pattern === BEFORE_SOC
            ? certifiedMessage(word)
            : 'Only the ISO/IEC 27001 (or similar) part of this can be a certification: a SOC 2 is an attestation report. Name them separately, e.g. "ISO/IEC 27001 certified, with a SOC 2 Type 2 report".',
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
      });
    }
  }
};

// ---------------------------------------------------------------------------------------------
// ssae-16

const SSAE16 = /\bSSAE[\s\u00a0-]*(?:No\.?[\s\u00a0]*)?16\b/gi;
const HISTORICAL = /\b(?:supersed\w*|replac\w*|formerly|previously|former|old|older|outdated|legacy|retired|no longer|predecessor|prior to|before 2017|until 2017|used to|obsolete|historic\w*)\b/i;
const SOC_AFTER = /^[\s\u00a0]*(?:[-/–][\s\u00a0]*)?(?=SOC\b)/i;

const ssae16: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('ssae') || HISTORICAL.test(text)) {
    return;
  }
  for (const match of text.matchAll(SSAE16)) {
    const start = match.index;
    let end = start + match[0].length;
    if (isQuoted(sentence, start, end)) {
      continue;
    }
    const aboutSoc2 = SOC2_RE.test(text);
    let fix: { replacement: string; description: string } | undefined;
    const lead = SOC_AFTER.exec(text.slice(end));
    if (lead !== null) {
      // "SSAE 16 SOC 2 report" → "SOC 2 report": dropping the outdated standard is always safe.
      end += lead[0].length;
      fix = { replacement: '', description: 'Remove "SSAE 16"' };
    } else if (text[start - 1] === '(' && text[end] === ')' && /SOC[\s\u00a0]*\w+[\s\u00a0]*$/i.test(text.slice(0, start - 1))) {
      // "SOC 1 (SSAE 16)" → "SOC 1".
      const openAt = text.lastIndexOf('(', start);
      const spaceBefore = /[\s\u00a0]*$/.exec(text.slice(0, openAt))?.[0].length ?? 0;
      ctx.emit({
        rule: 'ssae-16',
        message: aboutSoc2
          ? 'SSAE 16 never applied to SOC 2, and it was superseded by SSAE 18 in 2017: a SOC 2 examination follows the AICPA attestation standards (AT-C 105 and 205).'
          : 'SSAE 16 was superseded by SSAE 18 (reports dated on or after May 1, 2017): name the report (SOC 1) or the current standard instead.',
        severity: aboutSoc2 ? 'error' : 'warning',
        start: sentence.start + openAt - spaceBefore,
        end: sentence.start + end + 1,
        fix: { replacement: '', description: 'Remove "(SSAE 16)"' },
      });
      continue;
    }
    ctx.emit({
      rule: 'ssae-16',
      message: aboutSoc2
        ? 'SSAE 16 never applied to SOC 2, and it was superseded by SSAE 18 in 2017: a SOC 2 examination follows the AICPA attestation standards (AT-C 105 and 205).'
        : 'SSAE 16 was superseded by SSAE 18 (reports dated on or after May 1, 2017): name the report (SOC 1) or the current standard instead.',
      severity: aboutSoc2 ? 'error' : 'warning',
      start: sentence.start + start,
      end: sentence.start + end,
      ...(fix === undefined ? {} : { fix }),
    });
  }
};

// ---------------------------------------------------------------------------------------------
// soc-spelling

const SPELLING = /\bSOC(?:[\s\u00a0]*[-‐‑–][\s\u00a0]*([123])|([123])|[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(III|II|I))(?![\w])/gi;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3' };

const socSpelling: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('soc')) {
    return;
  }
  for (const match of text.matchAll(SPELLING)) {
    const start = match.index;
    const end = start + match[0].length;
    const roman = match[3]?.toUpperCase();
    const number = match[1] ?? match[2] ?? (roman === undefined ? undefined : ROMAN[roman]);
    if (number === undefined || isQuoted(sentence, start, end) || inUrlOrIdentifier(text, start, end)) {
      continue;
    }
    // "SOC I" is only a report name when a report word follows; II and III are never ordinary words.
    if (roman === 'I' && !/^[\s\u00a0]+(?:type|report|audit|exam)/i.test(text.slice(end))) {
      continue;
    }
    const replacement = `SOC ${number}`;
    ctx.emit({
      rule: 'soc-spelling',
      message: `Write "${replacement}": the AICPA names its reports SOC 1, SOC 2 and SOC 3, with a space and an Arabic numeral ("${match[0]}" is listed as incorrect).`,
      severity: 'warning',
      start: sentence.start + start,
      end: sentence.start + end,
      fix: { replacement, description: `Replace with "${replacement}"` },
    });
  }
};

// ---------------------------------------------------------------------------------------------
// criterion-unknown

const CRITERIA_CONTEXT = /SOC[\s\u00a0-]*(?:2|II)|\bTSC\b|trust services|criteri|common criteria|\bCC\d|availability|confidentiality|privacy|processing integrity/i;

const ID_QUICK = /(?:CC|PI|[ACP])\d{1,2}\.\d/;

const criterionUnknown: SentenceRule = (sentence, ctx) => {
  if (!ID_QUICK.test(sentence.text)) {
    return;
  }
  const tokens = findCriterionIdTokens(sentence.text);
  if (tokens.length === 0) {
    return;
  }
  const lineHasContext = CRITERIA_CONTEXT.test(sentence.line.text) || tokens.some((t) => t.validation.ok);
  for (const token of tokens) {
    if (token.validation.ok || isQuoted(sentence, token.start, token.end)) {
      continue;
    }
    // A1.4, C1.3 and P9.1 look like many other numbering schemes; CC and PI ids do not.
    if (!/^(?:CC|PI)/.test(token.raw) && !lineHasContext) {
      continue;
    }
    const heading = /\.0$/.test(token.raw);
    ctx.emit({
      rule: 'criterion-unknown',
      message: token.validation.message,
      severity: heading ? 'info' : 'error',
      start: sentence.start + token.start,
      end: sentence.start + token.end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// type1-effectiveness

const EFFECTIVENESS =
  /\b(?:operating[\s\u00a0-]+effectiveness|operat(?:ed|ing|es|e)[\s\u00a0]+effectively|effectively[\s\u00a0]+operat(?:ed|ing|es|e)|effective[\s\u00a0]+operation|throughout[\s\u00a0]+the[\s\u00a0]+(?:(?:audit|review|examination|reporting|entire|whole)[\s\u00a0]+)?period|over[\s\u00a0]+(?:a|the)[\s\u00a0]+(?:(?:\d+|three|six|nine|twelve)[\s\u00a0-]+month[\s\u00a0]+)?period(?:[\s\u00a0]+of[\s\u00a0]+time)?)/gi;

const type1Effectiveness: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('effective') && !lower.includes('period')) {
    return;
  }
  const mentions = typeMentions(text);
  for (const match of text.matchAll(EFFECTIVENESS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end)) {
      continue;
    }
    const before = [...mentions].reverse().find((m) => m.end <= start);
    const governing = before ?? mentions.find((m) => m.start >= end);
    if (governing !== undefined) {
      if (governing.type !== 'type1') {
        continue;
      }
      const from = Math.min(governing.start, start);
      const to = Math.max(governing.end, start);
      if (hasNegation(text.slice(from, to)) || hasNegation(text.slice(Math.max(0, start - 30), start))) {
        continue;
      }
      ctx.emit({
        rule: 'type1-effectiveness',
        message:
          'A Type 1 report speaks only to the design of controls as of one date; it does not test whether they operated effectively over a period (that is a Type 2).',
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
      });
      continue;
    }
    // No type named: with a profile whose current report is a Type 1, a claim about "our SOC 2" is still a Type 1 claim.
    const current = ctx.state?.current;
    if (
      current?.type === 'type1' &&
      ctx.state?.status === 'type1' &&
      SOC2_RE.test(text) &&
      isSelfClaim(text, ctx) &&
      !FUTURE.test(text) &&
      !hasNegation(text.slice(0, start))
    ) {
      ctx.emit({
        rule: 'type1-effectiveness',
        message: `The profile's current SOC 2 report is a Type 1${ctx.state?.referenceDate === undefined ? '' : ` as of ${ctx.state.referenceDate}`}: it speaks to the design of controls at that date, not to how they operated over a period.`,
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
      });
    }
  }
};

// ---------------------------------------------------------------------------------------------
// bridge-letter-auditor

const AUDITOR = String.raw`(?:(?:our|the|its|their|an?|your)[\s\u00a0]+)?(?:(?:independent|external|outside|third[\s\u00a0-]party|service|SOC[\s\u00a0]*2)[\s\u00a0]+)*(?:auditors?|audit[\s\u00a0]+firm|CPA(?:[\s\u00a0]+firm)?|accounting[\s\u00a0]+firm|assessors?)\b`;
const BY_AUDITOR = new RegExp(
  String.raw`\b(?:(?:issued|signed|provided|prepared|written|authored|produced|attested|certified|audited|reviewed|validated|verified|supplied|sent)[\s\u00a0]+by|from)[\s\u00a0]+(${AUDITOR})`,
  'gi',
);
const AUDITOR_ISSUES = new RegExp(
  String.raw`(${AUDITOR})(?:['’]s?)?[\s\u00a0]+(?:(?:issued|issues|will[\s\u00a0]+issue|can[\s\u00a0]+issue|signed|signs|provided|provides|will[\s\u00a0]+provide|can[\s\u00a0]+provide|prepared|prepares|wrote|writes)[\s\u00a0]+(?:a|an|the|our)?[\s\u00a0]*)?(?:bridge|gap)[\s\u00a0]+letters?`,
  'gi',
);
const ASSURANCE = /\b(?:bridge|gap)[\s\u00a0]+letters?\b[^.]*?\b((?:provides?|carries|carry|gives?|offers?|includes?|with)[\s\u00a0]+(?:(?:the|an?)[\s\u00a0]+)?(?:auditor|audit|independent|CPA|reasonable)[\s\u00a0]+assurance)/gi;

const bridgeLetterAuditor: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('letter') || !/\b(?:bridge|gap)[\s\u00a0]+letter/i.test(text)) {
    return;
  }
  const found: { start: number; end: number; fixStart?: number }[] = [];
  for (const match of text.matchAll(BY_AUDITOR)) {
    const who = match[1] ?? '';
    found.push({ start: match.index, end: match.index + match[0].length, fixStart: match.index + match[0].length - who.length });
  }
  for (const match of text.matchAll(AUDITOR_ISSUES)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(ASSURANCE)) {
    const claim = match[1] ?? '';
    const at = match.index + match[0].length - claim.length;
    found.push({ start: at, end: at + claim.length });
  }
  if (ctx.byFirmPattern !== undefined) {
    for (const match of text.matchAll(ctx.byFirmPattern)) {
      const who = match[1] ?? '';
      found.push({ start: match.index, end: match.index + match[0].length, fixStart: match.index + match[0].length - who.length });
    }
  }
  let lastEnd = -1;
  for (const hit of found.sort((a, b) => a.start - b.start)) {
    if (hit.start < lastEnd || isQuoted(sentence, hit.start, hit.end) || hasNegation(text.slice(0, hit.end))) {
      continue;
    }
    lastEnd = hit.end;
    const fixable = hit.fixStart !== undefined;
    const start = fixable ? (hit.fixStart ?? hit.start) : hit.start;
    ctx.emit({
      rule: 'bridge-letter-auditor',
      message: "A bridge letter is written and signed by the service organization's management, not by the auditor, and carries no auditor assurance.",
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + hit.end,
      ...(fixable ? { fix: { replacement: 'management', description: 'Attribute the letter to management' } } : {}),
    });
  }
};

// ---------------------------------------------------------------------------------------------
// minimum-period-claim

const MONTHS = /\b(?:\d{1,2}|one|two|three|four|five|six|nine|twelve)[\s\u00a0-]+months?\b/i;
const REQUIREMENT = /\b(?:minimum|requires?|required|requirement|mandat\w*|must)\b/i;
const PERIOD_CONTEXT = new RegExp(String.raw`\bAICPA\b|${SOC2}|${TYPE}|\bperiod\b|audit window|examination`, 'i');

const minimumPeriodClaim: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('month')) {
    return;
  }
  const months = MONTHS.exec(text);
  const requirement = REQUIREMENT.exec(text);
  if (months === null || requirement === null || Math.abs(months.index - requirement.index) > 60 || !PERIOD_CONTEXT.test(text) || hasNegation(text)) {
    return;
  }
  // Customer-facing statements about a required minimum; "typically 3 to 12 months" has no requirement word.
  const start = Math.min(months.index, requirement.index);
  const end = Math.max(months.index + months[0].length, requirement.index + requirement[0].length);
  ctx.emit({
    rule: 'minimum-period-claim',
    message: 'The AICPA sets no fixed minimum length for a SOC 2 Type 2 period; periods are typically 3 to 12 months.',
    severity: 'warning',
    start: sentence.start + start,
    end: sentence.start + end,
  });
};

export const WORDING_RULES: readonly SentenceRule[] = [soc2Certified, ssae16, socSpelling, criterionUnknown, type1Effectiveness, bridgeLetterAuditor, minimumPeriodClaim];

/** The rules that still run on a question when question findings are asked for (at 'info'). */
export const QUESTION_RULES: readonly SentenceRule[] = [soc2Certified, ssae16, socSpelling, criterionUnknown];


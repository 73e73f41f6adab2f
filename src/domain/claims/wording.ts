/**
 * Rules that need no profile: wording that misdescribes what a SOC 2 is or says.
 * Each rule reads one sentence and emits findings with absolute offsets.
 */
import { findCriterionIdTokens } from '../catalog/criteria';
import { typeName } from '../profile/labels';
import { DATE_SOURCE, MONTH_SOURCE } from './dates';
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
import { HISTORICAL } from './reportRules';
import { hasNegation, isQuoted } from './text';

// ---------------------------------------------------------------------------------------------
// soc2-certified

/** Any SOC report: SOC 1, SOC 2 or SOC 3 (and the misspellings the spelling rule reports), with its Type. */
const SOC_ANY = String.raw`\b(?:SOC|(?:Service|System)[\s\u00a0]+(?:and[\s\u00a0]+)?Organi[sz]ation[\s\u00a0]+Controls?)[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:1|2|3|III|II|I)(?![\w])(?:[\s\u00a0]*®)?`;
// "SOC 2 Type II", and the shorthand "SOC2 T2".
const SOC_ANY_TYPED = String.raw`${SOC_ANY}(?:[\s\u00a0,]*\(?[\s\u00a0]*(?:${TYPE}|\bT[\s\u00a0-]?(?:1|2|II|I)(?![\w]))[\s\u00a0]*\)?)?`;
const SOC_ANY_RE = new RegExp(SOC_ANY, 'i');
const SOC_ANY_GLOBAL_SOURCE = String.raw`\bSOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:1|2|3|III|II)(?![\w])`;
const SOC_ANY_GLOBAL = new RegExp(SOC_ANY_GLOBAL_SOURCE, 'gi');
const CERT_LABEL = /^[\s\u00a0]*(?:[-*•][\s\u00a0]*)?(?:our[\s\u00a0]+)?(?:(?:security|compliance)[\s\u00a0]+)?(?:certifications?|certificates?|accreditations?|badges?|certified|accredited|compliance[\s\u00a0]+(?:badges?|certifications?|seals?))[\s\u00a0]*(?:held[\s\u00a0]*)?[:–—-][\s\u00a0]*/i;
const CERT_WORD = 'certified|certificated|certifications?|certificates?|certs?|accredited|accreditations?|recertified|recertification|compliant|compliance';
const ADJACENT = new RegExp(
  String.raw`(${SOC_ANY_TYPED})[\s\u00a0]*(?:[-‐‑–—:][\s\u00a0]*)?(?:(audit|attestation|examination|report)[\s\u00a0]+)?(${CERT_WORD})\b`,
  'gi',
);
// "a certified SOC 2 Type II provider", "Certified: SOC 2", "accredited under SOC 2", "recertified for SOC 2".
const BEFORE_SOC = new RegExp(
  String.raw`\b(certified|certifications?|accredited|accreditations?|recertified|recertification|compliant|compliance)(?:[\s\u00a0]*:[\s\u00a0]*|[\s\u00a0]+(?:(?:with|to|for|under|against|in|per|as per|of)[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:AICPA(?:['’]s)?[\s\u00a0]+)?)(${SOC_ANY})`,
  'gi',
);
const LIST_AFTER_CERTIFIED = new RegExp(
  String.raw`\b(?:certified|certifications?)[\s\u00a0:]+(?:(?:in|for|to|under|against)[\s\u00a0]+)?(?:(?:ISO(?:\/IEC)?[\s\u00a0-]*\d{4,5}(?::\d{4})?|PCI(?:[\s\u00a0-]*DSS)?|HITRUST|FedRAMP|CMMC|NIST)[\s\u00a0]*(?:,|and|or|&|\/)[\s\u00a0]*)+(${SOC2})`,
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
// "and" only where a new clause starts ("certified and our SSAE 16 report…"), not "certified and monitored".
const ENDS_PHRASE = /^(?:[\s\u00a0]*$|[\s\u00a0]*[.,;:!?)—–]|[\s\u00a0]+(?:since|for|by|as|with|in|through|under|until|from|on|at|per)\b|[\s\u00a0]+and[\s\u00a0]+(?:our|we|the|a|an|it|its|they|their|this|that|all)\b)/i;
const DETERMINER = /\b(?:our|a|an|the|your|their|its|this|that|my|his|her)[\s\u00a0]+(?:(?:current|latest|recent|most recent|annual|new|first|last|previous|initial)[\s\u00a0]+)?$/i;
const PROCESS_NOUN = /^[\s\u00a0]+(audit|process|program|programme|effort|efforts|journey|project|timeline|status|requirements|readiness|scope|preparation|work|engagement)\b/i;
const WINNING_VERB = /\b(?:achiev|attain|obtain|gain|earn|maintain|receiv|secur|reach|demonstrat|complet|pass)\w*[\s\u00a0]+(?:(?:full|our|its|their)[\s\u00a0]+)?$/i;

function writtenType(match: string): string {
  const mention = typeMentions(match)[0];
  return mention === undefined ? '' : ` ${typeName(mention.type)}`;
}

/** The report's number as the AICPA writes it: "SOC II" → "2". */
function socNumber(match: string): '1' | '2' | '3' {
  const n = (/(?:SOC|Controls?)[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(1|2|3|III|II|I)/i.exec(match)?.[1] ?? '2').toUpperCase();
  return n === '1' || n === 'I' ? '1' : n === '3' || n === 'III' ? '3' : '2';
}

function certifiedMessage(word: string, n: '1' | '2' | '3' = '2'): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('complian')) {
    return `A SOC ${n} is an attestation report from a licensed CPA firm, not a standard one is "compliant" with: say the organization has a SOC ${n} report (type and period), or has completed a SOC ${n} examination.`;
  }
  return `A SOC ${n} is an attestation report issued by a licensed CPA firm; there is no SOC ${n} certification, certificate or accreditation. Say "SOC ${n} report" or "SOC ${n} examination" instead.`;
}

const soc2Certified: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if ((!lower.includes('cert') && !lower.includes('complian') && !lower.includes('accredit')) || (!lower.includes('soc') && !lower.includes('organi')) || !SOC_ANY_RE.test(text)) {
    return;
  }
  const emitted: [number, number][] = [];
  const overlaps = (a: number, b: number): boolean => emitted.some(([x, y]) => a < y && b > x);
  const explaining = EXPLAINING.test(text);
  const current = ctx.state?.current;
  // A fix that turns the claim into "have a SOC 2 report" is only safe when that is true (or no profile says otherwise).
  const other = ctx.profile?.otherAssurance;
  const fixAllowedFor = (n: '1' | '2' | '3'): boolean =>
    ctx.profile === undefined || (n === '2' ? current !== undefined : n === '1' ? other?.soc1 !== undefined : other?.soc3?.available === true);

  for (const match of text.matchAll(ADJACENT)) {
    const start = match.index;
    let end = start + match[0].length;
    const word = match[3] ?? '';
    const lowerWord = word.toLowerCase();
    const n = socNumber(match[1] ?? '');
    if (isQuoted(sentence, start, end) || inUrlOrIdentifier(text, start, end) || explaining) {
      continue;
    }
    const fixAllowed = fixAllowedFor(n);
    const profileType = n === '2' && current !== undefined ? ` ${typeName(current.type)}` : '';
    const before = text.slice(0, start);
    // "SOC 2 compliance programme" names an effort; "SOC 2 compliance achieved" claims a status.
    if (lowerWord === 'compliance' && !WINNING_VERB.test(before.slice(-40)) && !/^[\s\u00a0:–-]*(?:achieved|attained|obtained|earned|granted|confirmed|verified|status|certificate|badge|seal)\b/i.test(text.slice(end))) {
      // "SOC 2 compliance programme" names an effort, not a claim to hold anything.
      continue;
    }
    const after = text.slice(end);
    const type = writtenType(match[1] ?? '') || profileType;
    let fixStart = start;
    let fix: { replacement: string; description: string } | undefined;
    const copula = COPULA.exec(before.slice(-40));
    const negated = hasNegation(before);
    if (!negated && fixAllowed && /^(?:certified|compliant|accredited)$/.test(lowerWord) && copula !== null && ENDS_PHRASE.test(after)) {
      // "we are SOC 2 certified" → "we have a SOC 2 report"; "compliant" only when a profile says a report exists.
      if (lowerWord !== 'compliant' || (n === '2' ? current !== undefined : ctx.profile !== undefined)) {
        const verb = (copula[1] ?? copula[2] ?? '').toLowerCase();
        fixStart = start - copula[0].length;
        const replacement = `${HAVE[verb] ?? 'have'} a SOC ${n}${type} report`;
        fix = { replacement, description: `Replace with "${replacement.trim()}"` };
      }
    } else if (!negated && /^(?:certific|accreditation)/i.test(lowerWord) && !/s$/i.test(lowerWord)) {
      const noun = PROCESS_NOUN.exec(after);
      const examination = `SOC ${n}${writtenType(match[1] ?? '')} examination`;
      if (noun !== null && (noun[1] ?? '').toLowerCase() === 'audit') {
        // "SOC 2 certification audit" → "SOC 2 examination".
        end += noun[0].length;
        fix = { replacement: examination, description: `Replace with "${examination}"` };
      } else if (noun !== null) {
        // "SOC 2 certification process" → "SOC 2 examination process".
        fix = { replacement: examination, description: `Replace with "${examination}${noun[0]}"` };
      } else if (DETERMINER.test(before.slice(-50))) {
        // "our SOC 2 certification" → "our SOC 2 report".
        const replacement = `SOC ${n}${writtenType(match[1] ?? '')} report`;
        fix = { replacement, description: `Replace with "${replacement}"` };
      }
    }
    emitted.push([fixStart, end]);
    ctx.emit({
      rule: 'soc2-certified',
      message: certifiedMessage(word, n),
      severity: 'error',
      start: sentence.start + fixStart,
      end: sentence.start + end,
      ...(fix === undefined ? {} : { fix }),
    });
  }

  // "Certifications: ISO 27001, SOC 2", "Compliance badges: SOC 2, GDPR": a list under a certification label.
  const label = CERT_LABEL.exec(text);
  if (label !== null && !explaining) {
    for (const match of text.slice(label[0].length).matchAll(SOC_ANY_GLOBAL)) {
      const start = label[0].length + match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || isQuoted(sentence, start, end)) {
        continue;
      }
      emitted.push([start, end]);
      ctx.emit({ rule: 'soc2-certified', message: certifiedMessage('certified', socNumber(match[0])), severity: 'error', start: sentence.start + start, end: sentence.start + end });
    }
  }
  for (const pattern of [BEFORE_SOC, LIST_AFTER_CERTIFIED, LIST_BEFORE_CERTIFIED]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end) || isQuoted(sentence, start, end) || explaining) {
        continue;
      }
      const word = /complian/i.test(match[0]) ? 'compliant' : 'certified';
      if (pattern === BEFORE_SOC && hasNegation(text.slice(Math.max(0, start - 25), start))) {
        continue;
      }
      emitted.push([start, end]);
      ctx.emit({
        rule: 'soc2-certified',
        message:
          pattern === BEFORE_SOC
            ? certifiedMessage(word, socNumber(match[2] ?? ''))
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
      message: `Write "${replacement}": the AICPA names its reports SOC 1, SOC 2 and SOC 3, with a space and an Arabic numeral, and asks that the marks not be abbreviated or modified (it lists forms such as "SOC-2" and "SOC II" as incorrect).`,
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

const SP = String.raw`[\s\u00a0]`;
const COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const WHEN = String.raw`(?:${DATE_SOURCE}|${MONTH_SOURCE}(?:${SP}+(?:19|20)\d{2})?|(?:19|20)\d{2}|Q[1-4](?:${SP}+(?:19|20)\d{2})?)`;
const SPAN_UNIT = String.raw`(?:months?|years?|quarters?|weeks?|half${SP}+(?:of${SP}+)?(?:the${SP}+year|(?:19|20)\d{2}|the${SP}+period|year)|(?:audit|review|examination|reporting|observation|testing|coverage)${SP}+(?:period|window)|period|window)`;
/** Claims about how controls behaved over time: what only a Type 2 can speak to. */
const EFFECTIVENESS = new RegExp(
  [
    String.raw`\b(?:operating${SP}*[-‐]?${SP}*effectiveness|operat(?:ed|ing|es|e)${SP}+effectively|effectively${SP}+operat(?:ed|ing|es|e)|effective${SP}+operation)`,
    String.raw`\bthroughout${SP}+(?:the${SP}+)?(?:(?:audit|review|examination|reporting|entire|whole|full)${SP}+)?(?:period|year|window|quarter)`,
    String.raw`\b(?:throughout|during|across|over)${SP}+(?:(?:all|the${SP}+whole|the${SP}+year)${SP}+(?:of${SP}+)?)?(?:19|20)\d{2}\b`,
    String.raw`\bover${SP}+(?:a|the)${SP}+(?:${COUNT}${SP}*[-‐]?${SP}*month${SP}+)?period(?:${SP}+of${SP}+time)?`,
    String.raw`\bover${SP}+time\b`,
    String.raw`\b(?:from|between)${SP}+${WHEN}${SP}*(?:to|through|thru|until|till|and|[-–—])${SP}*${WHEN}`,
    String.raw`\b(?:${DATE_SOURCE}|${MONTH_SOURCE})(?:,?${SP}+(?:19|20)\d{2})?${SP}*(?:to|through|thru|until|till|[-–—])${SP}*(?:${DATE_SOURCE}|${MONTH_SOURCE})(?:,?${SP}+(?:19|20)\d{2})?`,
    String.raw`\b(?:over|across|during|throughout|for)${SP}+(?:the${SP}+|a${SP}+|an${SP}+)?(?:(?:past|last|full|whole|entire|first|second|previous|prior|preceding)${SP}+)?(?:${COUNT}${SP}*[-‐]?${SP}*)?${SPAN_UNIT}\b`,
    String.raw`\bsince${SP}+(?:${WHEN}|last${SP}+\w+|the${SP}+(?:start|beginning))`,
    String.raw`\b${COUNT}${SP}*[-‐]?${SP}*months?${SP}+of${SP}+(?:control${SP}+)?(?:operation|operating|testing|evidence)`,
  ].join('|'),
  'gi',
);

// Words that make a span of time a claim about how controls behaved (not just a date in passing).
const OPERATION = /\b(?:operat\w*|effective\w*|work(?:s|ed|ing)?|function\w*|ran|run(?:s|ning)?|perform\w*|tested|test(?:s|ing)?|sampl\w*|as (?:intended|designed)|in place|consistent\w*|continuous\w*|verif\w*|proves?|demonstrat\w*|covers?|covering|covered)\b/i;

// A span of months or dates ("Jan–Jun 2025") under a Type 1 needs no verb to be a claim over time.
const SPAN_QUICK = new RegExp(String.raw`\b(?:${DATE_SOURCE}|${MONTH_SOURCE})(?:,?${SP}+(?:19|20)\d{2})?${SP}*(?:to|through|thru|until|till|[-–—])${SP}*(?:${DATE_SOURCE}|${MONTH_SOURCE})`, 'i');

const type1Effectiveness: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  if (!OPERATION.test(text) && !SPAN_QUICK.test(text)) {
    return;
  }
  const mentions = typeMentions(text);
  // Only a Type 1 mention, or a profile whose current report is a Type 1, can make a claim over time wrong.
  if (!mentions.some((m) => m.type === 'type1') && ctx.state?.current?.type !== 'type1') {
    return;
  }
  for (const match of text.matchAll(EFFECTIVENESS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end)) {
      continue;
    }
    // "A Type 2, not a Type 1, tests…": a mention that is denied does not govern the claim.
    const asserted = mentions.filter((m) => !/\b(?:not|never|rather[\s\u00a0]+than|instead[\s\u00a0]+of|unlike)[\s\u00a0]+(?:(?:a|an|the|our)[\s\u00a0]+)?(?:SOC[\s\u00a0]*2[\s\u00a0]+)?$/i.test(text.slice(Math.max(0, m.start - 40), m.start)));
    const before = [...asserted].reverse().find((m) => m.end <= start);
    const governing = before ?? asserted.find((m) => m.start >= end);
    if (governing !== undefined) {
      if (governing.type !== 'type1') {
        continue;
      }
      const from = Math.min(governing.start, start);
      const to = Math.max(governing.end, start);
      // "ran without failure" intensifies the claim; it does not negate it.
      const unnegated = text.replace(/\bwithout[\s\u00a0]+(?:any[\s\u00a0]+)?(?:failures?|exceptions?|interruptions?|gaps?|issues?|fail)\b/gi, (m) => ' '.repeat(m.length));
      // "a Type 1 described as proving operating effectiveness" talks about the wording, it does not use it.
      const talkedAbout = /\b(?:described|presented|portrayed|misdescribed)[\s\u00a0]+as\b|\b(?:said|claimed|alleged)[\s\u00a0]+to\b|\bwording\b/i.test(text.slice(from, to));
      // A span of time in a sentence about plans, with no word about how controls behave ("a Type 1
      // examination is planned for the period …"), is a schedule, not a claim.
      const schedule = FUTURE.test(text) && !OPERATION.test(text.replace(/\b(?:covers?|covering|covered)\b/gi, ''));
      if (talkedAbout || schedule || hasNegation(unnegated.slice(from, to)) || hasNegation(unnegated.slice(Math.max(0, start - 30), start))) {
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
      !/\b(?:examination|period|window|next|bridge)\b/i.test(text) &&
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

const AUDITOR = String.raw`(?:(?:our|the|its|their|an?|your)[\s\u00a0]+)?(?:(?:independent|external|outside|third[\s\u00a0-]party|service|SOC[\s\u00a0]*2)[\s\u00a0]+)*(?:auditors?|audit(?:ing)?[\s\u00a0]+firm|CPA(?:[\s\u00a0]+firm)?|accounting[\s\u00a0]+firm|assessors?)\b`;
const BY_AUDITOR = new RegExp(
  String.raw`\b(?:(?:issued|signed|provided|prepared|written|authored|produced|attested|certified|audited|reviewed|validated|verified|supplied|sent)[\s\u00a0]+by|from)[\s\u00a0]+(${AUDITOR})`,
  'gi',
);
const AUDITOR_ISSUES = new RegExp(
  String.raw`(${AUDITOR})(?:['’]s?)?(?:[\s\u00a0]*[-‐][\s\u00a0]*(?:issued|signed|prepared|written|provided|attested|certified|audited|produced|authored)|[\s\u00a0]+(?:(?:has|have|had|will|can|would|could|also|then|may|might|should|usually|typically)[\s\u00a0]+)*(?:issued|issues|issue|signed|signs|sign|provided|provides|provide|prepared|prepares|prepare|wrote|writes|write|written|produced|produces|produce|sent|sends|send|drafted|drafts|draft|supplied|supplies|supply|gave|gives|give|furnished|furnishes|furnish|delivered|delivers|deliver|offered|offers|offer|shared|shares|share|generated|generates|generate|created|creates|create)[\s\u00a0]+(?:(?:a|an|the|our|us|you|its)[\s\u00a0]+)*)?[\s\u00a0]*(?:bridge|bridging|gap)[\s\u00a0]+letters?`,
  'gi',
);
// "Bridge letter (auditor-signed)", "bridge letter: signed by our auditor".
const LETTER_BY_AUDITOR = new RegExp(String.raw`\b(?:bridge|bridging|gap)[\s\u00a0]+letters?[\s\u00a0]*[(:,–—-]?[\s\u00a0]*(${AUDITOR})[\s\u00a0]*[-‐]?[\s\u00a0]*(?:issued|signed|prepared|written|provided|attested|certified|audited)\b`, 'gi');
// "Halvorsen & Reyes LLP issued a bridge letter": the profile's firm, named as the writer.
const FIRM_ISSUES_AFTER = String.raw`(?:['’]s?)?(?:[\s\u00a0]+(?:(?:has|have|had|will|can|would|also)[\s\u00a0]+)*(?:issued|issues|issue|signed|signs|sign|provided|provides|provide|prepared|prepares|wrote|writes|produced|sent|drafted)[\s\u00a0]+(?:(?:a|an|the|our|us|you)[\s\u00a0]+)*)?[\s\u00a0]*(?:bridge|bridging|gap)[\s\u00a0]+letters?`;
const ASSURANCE = /\b(?:bridge|bridging|gap)[\s\u00a0]+letters?\b[^.]*?\b((?:provides?|carries|carry|gives?|offers?|includes?|with)[\s\u00a0]+(?:(?:the|an?)[\s\u00a0]+)?(?:auditor|audit|independent|CPA|reasonable)[\s\u00a0]+assurance)/gi;

const bridgeLetterAuditor: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('letter') || !/\b(?:bridge|bridging|gap)[\s\u00a0]+letter/i.test(text)) {
    return;
  }
  const found: { start: number; end: number; fixStart?: number }[] = [];
  const letterAt = /\b(?:bridge|bridging|gap)[\s\u00a0]+letters?\b/i.exec(text)?.index ?? 0;
  // "issued by our auditor" speaks of the letter only when no report or examination comes between them.
  const aboutLetter = (at: number): boolean => at > letterAt && !/\b(?:report|examination|audit|attestation|opinion)\b/i.test(text.slice(letterAt, at));
  for (const match of text.matchAll(BY_AUDITOR)) {
    const who = match[1] ?? '';
    if (!aboutLetter(match.index)) {
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, fixStart: match.index + match[0].length - who.length });
  }
  for (const match of text.matchAll(AUDITOR_ISSUES)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(LETTER_BY_AUDITOR)) {
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
      if (!aboutLetter(match.index)) {
        continue;
      }
      found.push({ start: match.index, end: match.index + match[0].length, fixStart: match.index + match[0].length - who.length });
    }
  }
  if (ctx.firmPattern !== undefined) {
    const firmIssues = new RegExp(`${ctx.firmPattern.source}${FIRM_ISSUES_AFTER}`, 'gi');
    for (const match of text.matchAll(firmIssues)) {
      found.push({ start: match.index, end: match.index + match[0].length });
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


/**
 * Rules about who issues a SOC report, which standard it follows, how long it "lasts", who may
 * read it, and dates or placeholders left in an answer. None needs a profile.
 */
import { DATE_SOURCE, MONTH_YEAR_SOURCE, quarterEnd, readDate } from './dates';
import { COMPARATIVE, SOC2, SOC2_RE, type SentenceRule } from './patterns';
import { hasNegation, isQuoted } from './text';

const S = String.raw`[\s\u00a0]`;
/** Any SOC report mention: SOC 1, SOC 2, SOC 3 (any spelling). */
const ANY_SOC = String.raw`\bSOC${S}*[-‐‑–]?${S}*(?:1|2|3|III|II|I)(?![\w])`;
const ANY_SOC_RE = new RegExp(ANY_SOC, 'i');
const SOC1_OR_3 = new RegExp(String.raw`\bSOC${S}*[-‐‑–]?${S}*(?:1|3|III|I)(?![\w])`, 'i');
const SOC3_RE = new RegExp(String.raw`\bSOC${S}*[-‐‑–]?${S}*(?:3|III)(?![\w])`, 'i');

// ---------------------------------------------------------------------------------------------
// aicpa-issuer

const AICPA = String.raw`(?:(?:the${S}+)?AICPA|(?:the${S}+)?American${S}+Institute${S}+of${S}+(?:Certified${S}+Public${S}+Accountants|CPAs))`;
const ISSUER_VERB = String.raw`(?:issued|signed|granted|awarded|certified|accredited|approved|audited|examined|performed|conducted|prepared|attested|endorsed|verified|validated|licensed|given|tested|completed|reviewed|assessed|inspected)`;
const BY_AICPA = new RegExp(String.raw`\b${ISSUER_VERB}(?:${S}+[\w-]+){0,6}?${S}+(?:by|through|via)${S}+${AICPA}(?![\w-])`, 'gi');
/** A role named with its holder: "Auditor: X", "our SOC 2 auditor is X", "our auditors (X)", "Issuing body: X". */
export const ROLE = String.raw`\b(?:(?:SOC${S}*[123]${S}+(?:Type${S}*(?:1|2|II|I)${S}+)?)?(?:service${S}+)?auditors?|audit(?:ing)?${S}+firm|CPA${S}+firm|accounting${S}+firm|issuer|issuing${S}+(?:body|organi[sz]ation|firm)|issued${S}+by|audited${S}+by|performed${S}+by|examined${S}+by|attested${S}+by|examiner|certifying${S}+body|report${S}+issuer|audit(?:ing)?${S}+(?:partner|provider|vendor|body)|assessors?|attestation${S}+(?:provider|partner|firm))(?:${S}+for${S}+(?:our|the)${S}+SOC${S}*[123](?:${S}+(?:report|audit|examination))?)?(?:${S}+(?:is|was|are|were)${S}+|${S}*[:=(–—]${S}*|${S}+-${S}+)`;
const AICPA_IN_ROLE = new RegExp(String.raw`${ROLE}${AICPA}(?![\w-])`, 'gi');
// "the AICPA SOC 2 audit", "an AICPA certification": there is no audit or certificate from the AICPA.
const AICPA_AUDIT = new RegExp(String.raw`\bAICPA${S}+(?:SOC${S}*[123]${S}+)?(?:Type${S}*(?:1|2|II|I)${S}+)?(?:audits?|certifications?|certificates?|accreditations?|seal)\b`, 'gi');
// "AICPA-certified", "AICPA accredited", "AICPA-approved" (but "AICPA-issued standards" is true).
// Hyphenated it is an adjective; with a space only before the thing certified or at the end ("AICPA issued updated points of focus" is true).
const AICPA_ADJECTIVE = new RegExp(String.raw`\bAICPA${S}*[-‐‑]${S}*(?:certified|accredited|approved|issued|audited|endorsed|verified|validated|sanctioned|granted|licensed|registered)\b(?!${S}+(?:standards?|guidance|guides?|criteria|framework|rules|points|members?|firms?|CPAs?)\b)|\bAICPA${S}+(?:certified|accredited|approved|audited|endorsed|verified|validated|sanctioned|licensed|registered)\b(?=${S}*(?:[.,;:)!]|$|(?:for${S}+)?SOC\b|report|attestation|audit|company|vendor|provider|organi[sz]ation|platform|service))`, 'gi');
// "The AICPA audited our controls", "the AICPA granted us a SOC 2 Type II report".
const AICPA_VERB = String.raw`(?:issued|issues|audited|audits|examined|examines|granted|grants|awarded|awards|performed|performs|signed|signs|certified|certifies|accredited|accredits|approved|approves|conducted|conducts|tested|tests|gave|gives|provided|provides|reviewed|reviews|validated|validates|verified|verifies|attested|attests|endorsed|endorses|assessed|assesses|inspected|inspects)`;
const AICPA_ACTS = new RegExp(String.raw`${AICPA}${S}+(?:(?:has|have|had|also|then|itself)${S}+)?(?:${AICPA_VERB}${S}+(?:and|&)${S}+)?${AICPA_VERB}\b`, 'gi');
const ACTS_OBJECT = /^[^.;]{0,60}?\b(?:us|our|report|reports|SOC|attestation|opinion|examination|audit|controls|certificate|certification)\b/i;
const STANDARD_OBJECT = /^[^.;]{0,40}?\b(?:standards?|SSAE|guidance|guide|criteria|TSC|points of focus|framework|frequently asked|FAQ|description criteria|DC ?200)\b/i;
const FROM_AICPA = new RegExp(String.raw`\b(?:report|attestation|opinion|certificate|certification|audit|examination|SOC${S}*[123])\b(?:${S}+(?:comes?|came|is|was))?${S}+from${S}+${AICPA}(?![\w-])|\b(?:received|obtained|got)\b[^.;]{0,50}?\bfrom${S}+${AICPA}(?![\w-])`, 'gi');

const AICPA_MESSAGE =
  'The AICPA writes the attestation standards and the Trust Services Criteria; it does not audit organizations or issue, grant or certify SOC reports. The report is issued by an independent, licensed CPA firm: name that firm.';

const aicpaIssuer: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('aicpa') && !lower.includes('american institute')) {
    return;
  }
  const hits: [number, number][] = [];
  for (const pattern of [BY_AICPA, AICPA_ADJECTIVE, FROM_AICPA, AICPA_IN_ROLE, AICPA_AUDIT]) {
    for (const match of text.matchAll(pattern)) {
      hits.push([match.index, match.index + match[0].length]);
    }
  }
  for (const match of text.matchAll(AICPA_ACTS)) {
    const after = text.slice(match.index + match[0].length);
    if (ACTS_OBJECT.test(after) && !STANDARD_OBJECT.test(after)) {
      hits.push([match.index, match.index + match[0].length]);
    }
  }
  let lastEnd = -1;
  for (const [start, end] of hits.sort((a, b) => a[0] - b[0])) {
    if (start < lastEnd || isQuoted(sentence, start, end) || hasNegation(text.slice(Math.max(0, start - 30), end))) {
      continue;
    }
    lastEnd = end;
    ctx.emit({ rule: 'aicpa-issuer', message: AICPA_MESSAGE, severity: 'error', start: sentence.start + start, end: sentence.start + end });
  }
};

// ---------------------------------------------------------------------------------------------
// non-cpa-examiner

/** Compliance-automation platforms that help prepare for a SOC 2 but do not issue the report. */
export const PLATFORMS = ['Vanta', 'Drata', 'Secureframe', 'Sprinto', 'Scrut', 'Scytale', 'Hyperproof', 'Tugboat Logic', 'Laika', 'Anecdotes', 'TrustCloud', 'Apptega', 'Trustero', 'Comp AI', 'Delve'];
const PLATFORM = String.raw`(?:${PLATFORMS.map((p) => p.replace(/ /g, `${S}+`)).join('|')})(?:['’]s)?`;
const DET = String.raw`(?:(?:our|the|a|an|their|its)${S}+)?`;
const NON_CPA_KIND = String.raw`(?:${DET}(?:compliance(?:${S}*[-‐]?${S}*automation)?|GRC|security|cyber${S}*security|IT|trust)${S}+(?:automation${S}+)?(?:platform|tool|software|vendor|app|consultancy|consultants?|consulting${S}+(?:firm|company|partner)|advisors?|advisory(?:${S}+firm)?|partner)|${DET}(?:penetration|pen)${S}*[-‐]?${S}*test(?:ing)?${S}+(?:firm|vendor|company|provider|partner)|${DET}(?:penetration|pen)${S}*[-‐]?${S}*testers?|${DET}(?:ISO${S}+)?(?:registrar|certification${S}+body)|${DET}(?:consultancy|consultants?|MSSP))`;
const EXAMINER = String.raw`(?:${PLATFORM}|${NON_CPA_KIND})`;
const EXAM_VERB_PASSIVE = String.raw`(?:performed|conducted|completed|carried${S}+out|done|issued|signed|prepared|audited|examined|certified|attested|written|tested|granted|awarded|produced|authored|generated|created|delivered)`;
const NON_CPA_PASSIVE = new RegExp(String.raw`\b${EXAM_VERB_PASSIVE}(?:${S}+[\w-]+){0,6}?${S}+by${S}+(${EXAMINER})(?![\w-])`, 'gi');
const NON_CPA_ACTIVE = new RegExp(String.raw`(?<![\w-])(${EXAMINER})${S}+(?:(?:has|have|had|also|then)${S}+)?(?:performed|performs|conducted|conducts|completed|completes|carried${S}+out|issued|issues|signed|signs|prepared|prepares|audited|audits|examined|examines|certified|certifies|attested|wrote|writes|did|ran|runs|tested|tests)\b`, 'gi');
const ACTIVE_OBJECT = /^[^.;]{0,60}?\b(?:us|our (?:controls|systems?|platform|SOC|environment)|SOC|report|examination|audit|attestation|opinion)\b/i;
const NON_CPA_IN_ROLE = new RegExp(String.raw`${ROLE}(${EXAMINER})(?![\w-])`, 'gi');
// "completed with Vanta", "engaged Drata to perform our SOC 2 audit".
const NON_CPA_WITH = new RegExp(String.raw`\b(?:${EXAM_VERB_PASSIVE}|passed)${S}+(?:with|through|via)${S}+(${EXAMINER})(?![\w-])|\b(?:engaged|hired|retained|selected|chose|appointed|commissioned)${S}+(${EXAMINER})${S}+(?:to${S}+(?:perform|conduct|carry${S}+out|complete|do|run|audit|examine|issue|sign)|as${S}+(?:our${S}+)?(?:SOC${S}*[123]${S}+)?auditors?)\b`, 'gi');
const NON_CPA_FROM = new RegExp(String.raw`\b(?:report|attestation|audit|examination|opinion|SOC${S}*[123](?:${S}+Type${S}*(?:1|2|II|I))?)(?:${S}+(?:comes?|came|is|was|were))?${S}+(?:from|through|via)${S}+(${EXAMINER})(?![\w-])`, 'gi');
const PREPARATION = /\b(?:readiness|gap|pre-?audit|prepar\w*|evidence|monitor\w*|track\w*|collect\w*|automat(?:e|es|ed|ing)\b)/i;
const EXAM_CONTEXT = new RegExp(String.raw`${ANY_SOC}|\battestation\b|\bexamination\b|\baudit(?:ed|s)?\b|\breport\b`, 'i');

const NON_CPA_QUICK = new RegExp(String.raw`${PLATFORM}|platform|tool|software|vendor|\bapp\b|consult|advis|partner|penetration|pen${S}*-?${S}*test|registrar|certification${S}+body|MSSP`, 'i');

const nonCpaExaminer: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  // Cheap test first: every pattern names a platform or a kind of non-CPA firm.
  if (!NON_CPA_QUICK.test(text)) {
    return;
  }
  // "Auditor: Vanta" needs no SOC word: a platform is nobody's auditor.
  if (!EXAM_CONTEXT.test(text) && !/auditor|issu|examin|attest/i.test(text)) {
    return;
  }
  const hits: [number, number][] = [];
  for (const pattern of [NON_CPA_PASSIVE, NON_CPA_FROM, NON_CPA_IN_ROLE, NON_CPA_WITH]) {
    for (const match of text.matchAll(pattern)) {
      hits.push([match.index, match.index + match[0].length]);
    }
  }
  for (const match of text.matchAll(NON_CPA_ACTIVE)) {
    const after = text.slice(match.index + match[0].length);
    const object = ACTIVE_OBJECT.exec(after);
    if (object !== null && !PREPARATION.test(after.slice(0, 60))) {
      hits.push([match.index, match.index + match[0].length]);
    }
  }
  let lastEnd = -1;
  for (const [start, end] of hits.sort((a, b) => a[0] - b[0])) {
    if (start < lastEnd || isQuoted(sentence, start, end) || hasNegation(text.slice(Math.max(0, start - 30), end))) {
      continue;
    }
    lastEnd = end;
    ctx.emit({
      rule: 'non-cpa-examiner',
      message:
        'Only a licensed, independent CPA firm can perform a SOC examination and issue the report. Compliance-automation platforms and consultancies can help prepare, but cannot issue it: name the CPA firm that signed the report.',
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// sas-70

const SAS70 = new RegExp(String.raw`\bSAS${S}*[-‐‑]?${S}*(?:No\.?${S}*)?70\b`, 'gi');
/** Words that put a retired standard in the past: the sentence tells its history. */
export const HISTORICAL =
  /\b(?:supersed\w*|replac\w*|formerly|previously|former|old|older|outdated|legacy|retired|no longer|predecessor|prior to|before (?:19|20)\d\d|until (?:19|20)\d\d|in (?:19|20)(?:0\d|1[0-6])\b|used to|obsolete|historic\w*|moved (?:away )?from|migrated from|transitioned from|switched from|evolved from|successor|ask(?:s|ed|ing)? (?:for|about)|refers? to|asking|before (?:SOC|SSAE|the SOC)|in the past|back then|(?:was|were) (?:commonly|often|typically|usually|once))\b/i;

const sas70: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('sas') || HISTORICAL.test(text)) {
    return;
  }
  for (const match of text.matchAll(SAS70)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end) || hasNegation(text.slice(0, start))) {
      continue;
    }
    ctx.emit({
      rule: 'sas-70',
      message:
        'SAS 70 was retired in 2011 (replaced by SSAE 16, itself superseded by SSAE 18 in 2017); no SAS 70 report is current. Name the current report, SOC 1 or SOC 2, with its type and period.',
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// isae-3402-soc2

const ISAE3402 = new RegExp(String.raw`\bISAE${S}*[-‐]?${S}*3402\b`, 'gi');
const EQUIVALENCE = /\b(?:equivalent|equivalence|counterpart|same as|same (?:ground|scope|thing|coverage)|version of|correspond\w*|analog\w*|comparable|in place of|in lieu of|alternative to|replacement for|substitute|stands in for|serves as|interchangeabl\w*|just like|like a SOC)\b/i;
const JOINED = new RegExp(String.raw`${SOC2}(?:${S}+Type${S}*(?:1|2|II|I))?${S}*(?:\/|\(|&|\+|,|-|–|and|or)${S}*(?:\()?${S}*$|^${S}*(?:\)|\/|&|\+|-|–|and|or|\()${S}*${SOC2}`, 'i');

const isae3402Soc2: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if (!lower.includes('isae') || !SOC2_RE.test(text) || SOC1_OR_3.test(text) || COMPARATIVE.test(text.replace(/\binstead of\b/gi, '')) || hasNegation(text)) {
    return;
  }
  for (const match of text.matchAll(ISAE3402)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end)) {
      continue;
    }
    const joined = JOINED.test(text.slice(Math.max(0, start - 30), start)) || JOINED.test(text.slice(end, end + 20).replace(/^\s*(?:Type\s*(?:1|2|II|I))?/i, ''));
    const standsFor = /\b(?:is|as|serves as)[\s\u00a0]+(?:the|a|an|our)[\s\u00a0]+(?:(?:European|international|EU|global|local)[\s\u00a0]+)?SOC[\s\u00a0]*2\b/i.test(text.slice(end));
    if (!joined && !standsFor && !EQUIVALENCE.test(text)) {
      continue;
    }
    ctx.emit({
      rule: 'isae-3402-soc2',
      message:
        "ISAE 3402 is the international counterpart of SOC 1 (controls relevant to customers' financial reporting), not of SOC 2. The international counterpart of a SOC 2 is an ISAE 3000 report on the Trust Services Criteria.",
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// report-expiry

const EXPIRY = /\b(?:expir(?:es|ed|e|y|ing|ation)|laps(?:es|ed|e|ing)|runs?\s+out|valid(?:ity)?[\s:–-]+(?:until|through|thru|till|to|for|period|date|ends?)|(?:remains?|stays?|is|are|be)\s+valid\b|good\s+(?:until|through|thru|till|for)\b|valid\s+(?:12|twelve|one|1)\s+(?:months?|years?))/gi;
// The nouns an expiry word may belong to, earliest in its clause first: only a SOC report is wrong.
const SUBJECT = new RegExp(String.raw`${ANY_SOC}|\b(?:report|attestation)\b|\b(?:ISO|27001|PCI|AoC|certificates?|certifications?|NDA|non-disclosure|agreement|contract|links?|URLs?|tokens?|passwords?|keys?|bridge${S}+letter|letter|insurance|policy|polic(?:ies)|access|sessions?|licen[cs]es?|subscriptions?|quotes?|offers?|pricing)\b`, 'gi');
const REPORT_SUBJECT = new RegExp(String.raw`^(?:${ANY_SOC}|report|attestation)$`, 'i');

const reportExpiry: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  if ((!lower.includes('expir') && !lower.includes('valid') && !lower.includes('good') && !lower.includes('laps') && !lower.includes('run')) || !ANY_SOC_RE.test(text)) {
    return;
  }
  for (const match of text.matchAll(EXPIRY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end)) {
      continue;
    }
    const clauseStart = Math.max(text.lastIndexOf(';', start), text.lastIndexOf(':', start) > 0 && /expir/i.test(match[0]) ? -1 : text.lastIndexOf(':', start)) + 1;
    const clause = text.slice(clauseStart, start);
    // "The expiration date of our SOC 2 report": the subject may follow the word.
    const subject =
      [...clause.matchAll(SUBJECT)][0]?.[0] ??
      [...text.slice(0, start).matchAll(SUBJECT)][0]?.[0] ??
      /^[\s\u00a0]+(?:date[\s\u00a0]+)?(?:of|for)[\s\u00a0]+(?:(?:our|the|this|your)[\s\u00a0]+)?(?:(?:current|latest|most[\s\u00a0]+recent)[\s\u00a0]+)?(SOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:1|2|3|III|II|I)(?![\w])|report|attestation)/i.exec(text.slice(end))?.[1];
    if (subject === undefined || !REPORT_SUBJECT.test(subject.trim())) {
      continue;
    }
    // "does not expire" and "no expiry date" say what is true; "does not expire until" does not.
    if (/\b(?:not|never|no|without|n['’]t)\b[^.;]{0,20}$/i.test(text.slice(Math.max(clauseStart, start - 30), start)) && !/^\s+(?:until|till|before)\b/i.test(text.slice(end))) {
      continue;
    }
    ctx.emit({
      rule: 'report-expiry',
      message:
        'A SOC report does not expire: it speaks to a past period (or, for a Type 1, one date). Customers judge how current it is from the period end, and usually expect one that ended within the last 12 months: state the period instead.',
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// soc2-public

const PUBLIC = new RegExp(
  [
    String.raw`\b(?:publicly|freely|openly)${S}+(?:available|accessible|downloadable|shared|posted|published|viewable|distributed)\b`,
    String.raw`\b(?:available|accessible|downloadable|shared|posted|published|viewable|distributed)${S}+(?:publicly|freely|openly)\b`,
    String.raw`\b(?:make|makes|made|making)${S}+(?:[\w-]+${S}+){0,5}?public\b`,
    String.raw`\bfreely${S}+(?:download\w*|access\w*)`,
    String.raw`\bpublic${S}+(?:document|report|download|file|link)\b`,
    String.raw`\b(?:is|are)${S}+(?:fully${S}+)?public\b(?!${S}+(?:sector|cloud|key|API|interest|companies|company|entit\w*))`,
    String.raw`\bavailable${S}+to${S}+(?:the${S}+)?(?:general${S}+)?public\b`,
    String.raw`\bposted${S}+publicly\b`,
    String.raw`\bon${S}+(?:our|the|its)${S}+public${S}+(?:website|web${S}*site|site|web${S}*page|page|trust${S}+(?:center|centre|page|site)|security${S}+page|blog)\b`,
    String.raw`\bfor${S}+(?:anyone|anybody|everyone|everybody|the${S}+(?:general${S}+)?public|all)${S}+to${S}+(?:download|read|see|view|access)\b`,
    String.raw`\b(?:download(?:ed|able)?|read|viewed|accessed|seen)${S}+by${S}+(?:anyone|anybody|everyone|everybody|the${S}+(?:general${S}+)?public|all${S}+visitors)\b`,
    String.raw`\b(?:available|accessible|open)${S}+to${S}+(?:anyone|anybody|everyone|everybody|all)\b(?!${S}+(?:customers|clients|prospects|our${S}+customers))`,
    String.raw`\b(?:anyone|anybody|everyone|everybody)${S}+(?:can|may|is${S}+able${S}+to)(?:${S}+[a-z]+){0,3}?${S}+(?:download|access|view|read|get|see)\b`,
    String.raw`\bopen${S}+to${S}+(?:anyone|anybody|everyone|the${S}+public|all${S}+visitors)\b`,
    String.raw`\b(?:publish|post)(?:es|ed|ing|s)?\b[^.;]{0,40}?\bon${S}+(?:our|the)${S}+(?:public${S}+)?(?:website|web${S}*site|site|blog|homepage)\b`,
    String.raw`\bdownload${S}+(?:our|the)${S}+(?:full${S}+)?SOC${S}*2\b[^.;]{0,40}?\b(?:here|at${S}+https?:|from${S}+(?:our|the)${S}+(?:website|site|homepage))`,
    String.raw`\bdownload(?:ed|able)?(?:${S}+(?:it|them))?${S}+from${S}+(?:our|the)${S}+(?:public${S}+)?(?:website|web${S}*site|site|homepage)\b`,
    String.raw`\bno${S}+(?:login|log-?in|sign-?up|sign-?in|registration|account)${S}+(?:is${S}+)?(?:needed|required|necessary)\b`,
  ].join('|'),
  'gi',
);
const PUBLIC_QUICK = /public|freely|openly|anyone|anybody|everyone|everybody|publish|post|download|open to|accessible to|available to|no (?:login|log-?in|sign-?up|registration|account)/i;
// A gate for access: the report is shared under control, not published ("request" only gates a bare "download").
const GATED_STRONG = /\bNDA\b|non-disclosure|confidentiality agreement|\bportal\b|log ?in|sign(?:ed)? in|\baccount\b|approv\w*|registration/i;
const OTHER_PUBLIC_SUBJECT = /\bISO\b|27001|certificate|certification|\bSOC\s*(?:3|III)\b|whitepaper|white paper|policy|policies|summary|overview|trust (?:center|page)|status page/i;
const GATED = /\bNDA\b|non-disclosure|confidentiality agreement|\bportal\b|\brequest\b|log ?in|sign(?:ed)? in|\baccount\b|approv\w*|registration/i;

const soc2Public: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  if (!PUBLIC_QUICK.test(text) || !SOC2_RE.test(text) || SOC3_RE.test(text)) {
    return;
  }
  for (const match of text.matchAll(PUBLIC)) {
    const start = match.index;
    const end = start + match[0].length;
    // "no login needed" is an open door, not a gate.
    const gates = text.replace(/\b(?:no|without|not)[\s\u00a0]+(?:any[\s\u00a0]+)?(?:login|log-?in|sign-?up|sign-?in|registration|account|NDA)\b/gi, '');
    if (isQuoted(sentence, start, end) || (!/^no\b/i.test(match[0]) && hasNegation(text.slice(0, start))) || (/^download/i.test(match[0]) ? GATED : GATED_STRONG).test(gates)) {
      continue;
    }
    // "…; our ISO 27001 certificate is public": the clause is about something else.
    const clause = text.slice(text.lastIndexOf(';', start) + 1, start);
    if (!SOC2_RE.test(clause) && OTHER_PUBLIC_SUBJECT.test(clause)) {
      continue;
    }
    ctx.emit({
      rule: 'soc2-public',
      message:
        'A SOC 2 report is restricted use: it is meant for customers, prospects and others who understand the system, and is usually shared under NDA. The SOC 3 is the general-use report that can be published.',
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// expected-date-passed

const EXPECTATION = new RegExp(
  String.raw`\b(?:expect(?:s|ing)?|(?:is|are|be)${S}+expected|expected${S}+(?:(?:SOC${S}*2${S}+)?(?:report|issue|issuance|completion|delivery|release)${S}+)?date|anticipat(?:e|es|ing)|will|should|(?:is|are)${S}+(?:scheduled|due|planned|targeted|set|on${S}+track)|expected${S}+(?:by|in|on|for|around|before)|expected(?=${S}*[:–-]?${S}*(?:(?:early|mid|late)${S}+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]|\d))|scheduled${S}+for|due${S}+(?:by|in|on)|target(?:ing)?|plan${S}+to|aim${S}+to)\b|^${S}*expected\b`,
  'i',
);
const PAST_NARRATIVE = /\b(?:was|were|had been|had)\s+(?:expected|scheduled|due|planned|targeted)|\b(?:originally|initially|previously)\b|\b(?:arrived|came in)\b|\b(?:we|they|it)\s+(?:received|got)\b|\b(?:was|were|has been|have been)\s+(?:issued|delivered|received|completed|released)\b/i;
const WHEN = new RegExp(String.raw`(${DATE_SOURCE})|(${MONTH_YEAR_SOURCE})|\b(?:the${S}+)?(?:end${S}+of${S}+)?Q([1-4])${S}+((?:19|20)\d{2})\b|\b(?:the${S}+)?end${S}+of${S}+((?:19|20)\d{2})\b`, 'gi');
const REPORT_CONTEXT = new RegExp(String.raw`${ANY_SOC}|\breport\b|\bexamination\b|\baudit\b|\battestation\b|\bType${S}*(?:1|2|I|II)\b`, 'i');

const expectedDatePassed: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  if (!/\d{4}/.test(text) || !/^\d{4}-\d{2}-\d{2}$/.test(ctx.today)) {
    return;
  }
  const expectation = EXPECTATION.exec(text);
  if (expectation === null || !REPORT_CONTEXT.test(text) || PAST_NARRATIVE.test(text)) {
    return;
  }
  const from = expectation.index + expectation[0].length;
  // Only the date the expectation governs: the first one after it, not a period's ends ("planned for the period A to B").
  const first = [...text.slice(from).matchAll(WHEN)][0];
  for (const match of first === undefined ? [] : [first]) {
    const start = from + match.index;
    const end = start + match[0].length;
    const between = text.slice(from, start);
    // The date must be the expectation's own: not a period's, not an as-of date, and not in the next sentence (a sentence read with the one it refers back to).
    if (between.length > 50 || /\b(?:period|window|from|between|covering|covers|cover|as[- ]of|since|starting|beginning)\b/i.test(between) || /[.!?]["'”’)\]]*\s/.test(between) || /^\s*(?:to|through|thru|until|[-–—])\s/i.test(text.slice(end))) {
      continue;
    }
    let iso: string | undefined;
    if (match[1] !== undefined || match[2] !== undefined) {
      iso = readDate(match[0])?.iso;
    } else if (match[3] !== undefined && match[4] !== undefined) {
      iso = quarterEnd(Number(match[3]), Number(match[4]));
    } else if (match[5] !== undefined) {
      iso = `${match[5]}-12-31`;
    }
    if (iso === undefined || iso >= ctx.today || isQuoted(sentence, start, end) || hasNegation(between)) {
      continue;
    }
    ctx.emit({
      rule: 'expected-date-passed',
      message: `${match[0].trim()} has already passed (today is ${ctx.today}): say whether the report was issued, or give the new expected date.`,
      severity: 'warning',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

// ---------------------------------------------------------------------------------------------
// unfilled-placeholder

// "[period end date]", "[opinion]", "[CPA firm]", "[TBD]"; not "[x]", "[1]", "[ISP-04]", links or "[Yes]".
const PLACEHOLDER = /(?<![\w\]!\\])\[((?:[a-z][A-Za-z0-9’' /&.,-]{1,80}|[A-Z]{2,}(?:[ /-][a-z][a-z’' /-]*)+|TBD|TBC|TODO|XXX+|FIXME))\](?![([:])/g;

const unfilledPlaceholder: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  if (!text.includes('[')) {
    return;
  }
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isQuoted(sentence, start, end) && text[start - 1] === '`') {
      continue;
    }
    ctx.emit({
      rule: 'unfilled-placeholder',
      message: `"${match[0]}" is a placeholder still to fill in: replace it with the fact (or add the fact to the profile) before sending.`,
      severity: 'warning',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

export const REPORT_RULES: readonly SentenceRule[] = [aicpaIssuer, nonCpaExaminer, sas70, isae3402Soc2, reportExpiry, soc2Public, expectedDatePassed];

/** Checks for a document about to be sent (CheckOptions.beforeSending): gaps the composer leaves on purpose. */
export const SENDING_RULES: readonly SentenceRule[] = [unfilledPlaceholder];

/**
 * Rules that compare what a sentence says about the writer's SOC 2 report with the facts in the
 * profile: the CPA firm, the period, a carved-out provider's controls, and sharing under NDA.
 * They run only with a profile, and only on claims about the writer's own report.
 */
import type { Engagement, Profile } from '../profile/schema';
import { DATE_SOURCE, readDate, withYear } from './dates';
import { COMPARATIVE, FUTURE, isSelfClaim, SOC2, SOC2_RE, type RuleContext, type SentenceRule } from './patterns';
import { PLATFORMS, ROLE } from './reportRules';
import { hasNegation, isQuoted } from './text';

const S = String.raw`[\s\u00a0]`;
const OTHER_ASSURANCE = /\bSOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:1|3|I|III)\b|\bISO\b|\b27001\b|penetration|pen[\s-]?test|\bPCI\b|HITRUST|FedRAMP|\bbridge\b|\bgap letter/i;
/** Another organization's report: "AWS's SOC 2 report", "its own report". */
const THIRD_PARTY_REPORT = new RegExp(String.raw`(?:\b(?:its|their|his|her)|[A-Z][\w&.-]*['’]s?)${S}+(?:(?:own|latest|current|most${S}+recent)${S}+)?(?:${SOC2}${S}*(?:Type${S}*(?:1|2|II|I)${S}+)?)?(?:report|audit|examination)`);
const EARLIER = /\b(?:previous|prior|earlier|preceding|former|older|last year['’]s|first)\b/i;
const OWN_REPORT = new RegExp(String.raw`\bthe${S}+(?:(?:current|latest|most${S}+recent)${S}+)?(?:${SOC2}${S}*)?(?:Type${S}*(?:1|2|II|I)${S}+)?(?:report|examination|audit|audit${S}+window|examination${S}+period)\b|^${S}*${SOC2}`, 'i');

function aboutOwnSoc2(text: string, ctx: RuleContext): boolean {
  return (SOC2_RE.test(text) || /\b(?:report|examination|audit)\b/i.test(text)) && (isSelfClaim(text, ctx) || OWN_REPORT.test(text)) && !THIRD_PARTY_REPORT.test(text);
}

function completed(profile: Profile | undefined): Engagement[] {
  return (profile?.soc2.engagements ?? []).filter((e) => e.status === 'completed');
}

// ---------------------------------------------------------------------------------------------
// firm-contradicts-profile

const NAME = String.raw`[A-Z][\w&.'’-]*(?:(?:${S}+|${S}*&${S}*)(?:&|of|[A-Z][\w&.'’-]*))*`;
const FIRM_PASSIVE = new RegExp(String.raw`\b(?:issued|performed|conducted|completed|carried${S}+out|signed|prepared|audited|examined|certified|attested|done|written|tested)${S}+by${S}+(?:the${S}+firm${S}+)?(${NAME})|\b(?:report|examination|audit|attestation|opinion)${S}+(?:by|from)${S}+(${NAME})`, 'g');
const FIRM_ACTIVE = new RegExp(String.raw`(?:^|[,;:]${S}*)(${NAME})${S}+(?:(?:has|have|had|also)${S}+)?(?:performed|issued|conducted|audited|examined|signed|prepared|completed|tested)\b`, 'g');
// "We engaged Sensiba LLP to perform our SOC 2 examination".
const FIRM_ENGAGED = new RegExp(String.raw`\b(?:engaged|hired|retained|selected|chose|appointed|commissioned)${S}+(${NAME})${S}+(?:to${S}+(?:perform|conduct|carry${S}+out|complete|do|run|audit|examine|issue|sign)|as${S}+(?:our${S}+)?(?:SOC${S}*2${S}+)?(?:auditors?|CPA${S}+firm))\b`, 'g');
const FIRM_APPOSITIVE = new RegExp(String.raw`\b(?:auditors?|CPA${S}+firm|audit${S}+firm|accounting${S}+firm)${S}*,${S}*(${NAME})${S}*,|\b(?:CPA|audit(?:ing)?|accounting)${S}+firm\b[^.;]{0,60}?\b(?:is|was)${S}+(${NAME})|${ROLE}(${NAME})`, 'g');
// Every firm pattern needs one of these words (or a label's colon or bracket).
const FIRM_QUICK = /\b(?:by|from|auditors?|firm|issuer|issuing|examiner|performed|issued|conducted|audited|examined|signed|prepared|completed|tested|engaged|hired|retained|selected|chose|appointed|commissioned)\b/i;
const NOT_A_FIRM = /^(?:The|Our|We|A|An|This|That|It|Its|They|Their|Management|AICPA|American|Amazon|AWS|Google|GCP|Microsoft|Azure|Type|SOC|CC\d.*|Q[1-4]|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|I)$/;
const LEGAL_WORDS = new Set(['llp', 'llc', 'pllc', 'pc', 'inc', 'ltd', 'plc', 'gmbh', 'co', 'company', 'and', 'the', 'cpa', 'cpas', 'group', 'usa', 'us', 'partners', 'associates']);

const tokensOf = new Map<string, string[]>();

function firmTokens(name: string): string[] {
  const known = tokensOf.get(name);
  if (known !== undefined) {
    return known;
  }
  if (tokensOf.size > 512) {
    tokensOf.clear();
  }
  const tokens = name
    .toLowerCase()
    .replace(/[&.,'’]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '' && !LEGAL_WORDS.has(t));
  tokensOf.set(name, tokens);
  return tokens;
}

/** Two firm names are the same firm: same leading word after legal words are dropped ("Halvorsen & Reyes" = "Halvorsen & Reyes LLP"). */
export function sameFirm(a: string, b: string): boolean {
  const x = firmTokens(a);
  const y = firmTokens(b);
  if (x.length === 0 || y.length === 0) {
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  }
  return x[0] === y[0];
}

function otherNames(profile: Profile): string[] {
  const names: string[] = [profile.organization.name, profile.organization.product ?? ''];
  for (const e of profile.soc2.engagements) {
    names.push(e.system?.name ?? '', ...(e.subserviceOrganizations ?? []).map((s) => s.name));
  }
  const other = profile.otherAssurance;
  names.push(other?.iso27001?.certificationBody ?? '', ...(other?.penetrationTests ?? []).map((t) => t.firm ?? ''));
  return [...names, ...PLATFORMS].filter((n) => n.trim() !== '');
}

const firmContradicts: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  const profile = ctx.profile;
  if (!FIRM_QUICK.test(text)) {
    return;
  }
  const firms = [...new Set(completed(profile).map((e) => e.cpaFirm).filter((f): f is string => f !== undefined && f.trim() !== ''))];
  // "CPA firm: X" heads an answer about the SOC 2 auditor even without the words SOC 2.
  const cpaLabel = /^[\s\u00a0]*(?:our[\s\u00a0]+)?(?:(?:SOC[\s\u00a0]*2[\s\u00a0]+)?(?:CPA|audit(?:ing)?|accounting)[\s\u00a0]+firm|SOC[\s\u00a0]*2[\s\u00a0]+auditors?|service[\s\u00a0]+auditor)\b/i.test(text);
  if (profile === undefined || firms.length === 0 || !/[A-Z]/.test(text) || OTHER_ASSURANCE.test(text) || FUTURE.test(text) || EARLIER.test(text) || (!cpaLabel && !aboutOwnSoc2(text, ctx))) {
    return;
  }
  const others = otherNames(profile);
  const seen = new Set<number>();
  for (const pattern of [FIRM_PASSIVE, FIRM_ACTIVE, FIRM_APPOSITIVE, FIRM_ENGAGED]) {
    for (const match of text.matchAll(pattern)) {
      const raw = match[1] ?? match[2] ?? match[3] ?? '';
      const name = raw.replace(/[.,]+$/, '');
      const start = match.index + match[0].indexOf(raw);
      const end = start + name.length;
      const firstWord = name.split(/[\s&]+/)[0] ?? '';
      if (name === '' || seen.has(start) || NOT_A_FIRM.test(firstWord) || isQuoted(sentence, start, end) || hasNegation(text.slice(Math.max(0, start - 30), start))) {
        continue;
      }
      if (firms.some((f) => sameFirm(f, name)) || others.some((o) => sameFirm(o, name))) {
        continue;
      }
      seen.add(start);
      const only = firms.length === 1 ? firms[0] : undefined;
      ctx.emit({
        rule: 'firm-contradicts-profile',
        message: `The profile names ${firms.join(' and ')} as the CPA firm that issued the SOC 2 report, not ${name}.`,
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
        ...(only === undefined ? {} : { fix: { replacement: only, description: `Replace with "${only}" (as in the profile)` } }),
      });
    }
  }
};

// ---------------------------------------------------------------------------------------------
// period-contradicts-profile

const RANGE = new RegExp(String.raw`(${DATE_SOURCE})${S}*(?:to|through|thru|until|till|and|[-–—])${S}*(${DATE_SOURCE})`, 'gi');
const ENDED = new RegExp(String.raw`\b(?:ended|ending|ends|closed|concluded)${S}+(?:on${S}+)?(${DATE_SOURCE})`, 'gi');
const AS_OF = new RegExp(String.raw`\bas${S}+of${S}+(${DATE_SOURCE})`, 'gi');
const PERIOD_CONTEXT = new RegExp(String.raw`${SOC2}|\bType${S}*(?:1|2|I|II)\b|\b(?:audit|examination|report(?:ing)?|observation)${S}+(?:period|window)\b|\bperiod\b`, 'i');

function describePeriod(e: Engagement): string {
  return e.type === 'type1' ? `as of ${e.asOf ?? 'one date'}` : `${e.periodStart ?? '?'} to ${e.periodEnd ?? '?'}`;
}

const periodContradicts: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  const profile = ctx.profile;
  const current = ctx.state?.current;
  // Every date form the rule reads carries a year somewhere in the sentence.
  if (profile === undefined || current === undefined || !/\b(?:19|20)\d{2}\b/.test(text) || !PERIOD_CONTEXT.test(text) || OTHER_ASSURANCE.test(text) || FUTURE.test(text) || EARLIER.test(text) || !aboutOwnSoc2(text, ctx)) {
    return;
  }
  const engagements = profile.soc2.engagements;
  const next = profile.soc2.nextPeriod;
  const ranges = [...engagements.map((e) => [e.periodStart, e.periodEnd]), [next?.start, next?.end]];
  const ends = new Set([...engagements.flatMap((e) => [e.periodEnd, e.asOf]), next?.end].filter((d): d is string => d !== undefined));
  const emit = (start: number, end: number): void => {
    if (isQuoted(sentence, start, end)) {
      return;
    }
    ctx.emit({
      rule: 'period-contradicts-profile',
      message: `The profile's current SOC 2 report is ${current.type === 'type1' ? 'a Type 1' : 'a Type 2'} ${describePeriod(current)}: state that ${current.type === 'type1' ? 'date' : 'period'}, or record the other report in the profile.`,
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  };
  const covered: [number, number][] = [];
  for (const match of text.matchAll(RANGE)) {
    const first = readDate(match[1] ?? '');
    const second = readDate(match[2] ?? '');
    if (first === undefined || second === undefined) {
      continue;
    }
    const to = withYear(second, first.iso, false);
    const from = withYear(first, to, true);
    if (from === undefined || to === undefined || from >= to) {
      continue;
    }
    covered.push([match.index, match.index + match[0].length]);
    if (!ranges.some(([a, b]) => a === from && b === to)) {
      emit(match.index, match.index + match[0].length);
    }
  }
  for (const pattern of [ENDED, AS_OF]) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index + match[0].length - (match[1] ?? '').length;
      if (covered.some(([a, b]) => at >= a && at < b) || (pattern === AS_OF && current.type !== 'type1' && !/\bType[\s\u00a0]*(?:1|I)\b/i.test(text))) {
        continue;
      }
      const iso = readDate(match[1] ?? '')?.iso;
      if (iso !== undefined && !ends.has(iso)) {
        emit(at, match.index + match[0].length);
      }
    }
  }
};

// ---------------------------------------------------------------------------------------------
// carve-out-covered

const PROVIDER_ALIASES: readonly [RegExp, string][] = [
  [/amazon/i, String.raw`AWS|Amazon(?:${S}+Web${S}+Services)?`],
  [/google/i, String.raw`GCP|Google(?:${S}+Cloud(?:${S}+Platform)?)?`],
  [/azure|microsoft/i, String.raw`Azure|Microsoft(?:${S}+Azure)?`],
];
const HOSTING = /\b(?:host\w*|infrastructure|cloud|data ?cent(?:er|re)s?|colo\w*|iaas)\b/i;
const GENERIC_PROVIDER = String.raw`(?:cloud${S}+(?:hosting${S}+|infrastructure${S}+|service${S}+)?provider|hosting${S}+provider|infrastructure${S}+provider|IaaS${S}+provider|data${S}+cent(?:er|re)s?|physical${S}+(?:security|access|safeguards|and${S}+environmental)|environmental${S}+(?:controls?|protections?|safeguards)|co-?location${S}+facilit\w*)`;
const COVERAGE = /\bscope[\s\u00a0]*:|\b(?:cover(?:s|ed|ing|age)?|includ(?:es|ed|ing|e)|in[\s\u00a0]+(?:the[\s\u00a0]+)?scope|scope[\s\u00a0]+of[\s\u00a0]+our|tested|examined|audited|addressed|addresses|part[\s\u00a0]+of)\b/i;
const CARVE_OUT_WORDS = /carv\w*|exclud\w*|inclusive|\boutside\b|\bown\b|responsib\w*|\bCSOCs?\b|complementary|\bmonitor\w*|\breview\w*[^.;]{0,40}\b(?:reports?|SOC|assurance|attestations?|certificat\w*)\b|\brel(?:y|ies|ied)\b|\bexpects?\b|\bassum\w*|\bnames?\b|\bnot\b|n['’]t\b|\bnor\b/i;
// "Our SOC 2 covers our access controls over the AWS accounts": our own controls over what we run there.
const OURS_OVER = new RegExp(String.raw`(?:controls?|accounts?|configurations?|settings|resources|workloads?)${S}+(?:over|in|on|for|within)${S}+(?:the${S}+|our${S}+)?$`, 'i');
const OURS_IN = new RegExp(String.raw`^${S}+(?:environment|accounts?|workloads?|tenan\w*|resources|configuration|VPCs?|deployments?|usage|subscriptions?)\b`, 'i');

// One pattern per provider, built once: the composer checks every answer it writes.
const providerPatterns = new Map<string, RegExp>();

function providerPattern(name: string, services: string | undefined): RegExp {
  const key = `${name}\u0000${services ?? ''}`;
  let pattern = providerPatterns.get(key);
  if (pattern === undefined) {
    const alias = PROVIDER_ALIASES.find(([test]) => test.test(name))?.[1];
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const hosting = alias !== undefined || HOSTING.test(`${name} ${services ?? ''}`);
    pattern = new RegExp(String.raw`\b(?:${escaped}${alias === undefined ? '' : `|${alias}`}${hosting ? `|${GENERIC_PROVIDER}` : ''})\b`, 'gi');
    if (providerPatterns.size > 64) {
      providerPatterns.clear();
    }
    providerPatterns.set(key, pattern);
  }
  return pattern;
}

const carveOutCovered: SentenceRule = (sentence, ctx) => {
  const { text } = sentence;
  if (!COVERAGE.test(text)) {
    return;
  }
  const engagement = ctx.state?.current ?? ctx.state?.inProgress;
  const providers = engagement?.subserviceOrganizations ?? [];
  const included = new Set(providers.filter((s) => s.method === 'inclusive').map((s) => s.name.trim().toLowerCase()));
  // A name that is also the writer's own, or also listed as included, cannot tell the claims apart.
  const carved = providers.filter((s) => s.method === 'carve-out' && !included.has(s.name.trim().toLowerCase()) && !(ctx.selfPattern?.test(s.name) ?? false));
  if (carved.length === 0 || !COVERAGE.test(text) || CARVE_OUT_WORDS.test(text) || COMPARATIVE.test(text) || !aboutOwnSoc2(text.replace(THIRD_PARTY_REPORT, ''), ctx)) {
    return;
  }
  for (const provider of carved) {
    for (const match of text.matchAll(providerPattern(provider.name, provider.services))) {
      const start = match.index;
      const end = start + match[0].length;
      if (isQuoted(sentence, start, end) || OURS_OVER.test(text.slice(0, start)) || OURS_IN.test(text.slice(end)) || /\boffices?\b/i.test(text)) {
        continue;
      }
      ctx.emit({
        rule: 'carve-out-covered',
        message: `${provider.name} is carved out of the profile's SOC 2 report: its controls (such as the physical security of its data centers) are excluded from the report and were not tested. Say that it is carved out${provider.monitoring === undefined ? ', and how you monitor it' : `, and that you monitor it (${provider.monitoring})`}.`,
        severity: 'error',
        start: sentence.start + start,
        end: sentence.start + end,
      });
      break;
    }
  }
};

// ---------------------------------------------------------------------------------------------
// nda-contradicts-profile

const NDA = String.raw`(?:an?${S}+|any${S}+)?(?:NDA|non-?disclosure${S}+agreement|confidentiality${S}+agreement)`;
const WITHOUT_NDA = new RegExp(
  [
    String.raw`\bwithout(?:${S}+(?:signing|requiring|needing|asking|for|the|any|need|a|having|to|sign))*${S}+${NDA}`,
    String.raw`\bwith${S}+no${S}+${NDA}`,
    String.raw`\bno${S}+${NDA}(?:${S}+(?:is|are))?${S}*(?:required|needed|necessary|involved)?`,
    String.raw`\bno${S}+need${S}+(?:to${S}+sign|for)${S}+${NDA}`,
    String.raw`\b(?:don['’]t|do${S}+not|doesn['’]t|does${S}+not|won['’]t|will${S}+not|never)${S}+(?:need|have|require)${S}+(?:to${S}+sign${S}+)?${NDA}`,
    String.raw`\bNDA${S}*[-‐]?${S}*free\b`,
    String.raw`\b${NDA}${S}+(?:is${S}+)?(?:not|n['’]t)${S}+(?:required|needed|necessary)`,
    String.raw`\b(?:NDA|non-?disclosure${S}+agreement)${S}+(?:is${S}+)?(?:required|needed|necessary)\b[^:;.]{0,40}[:=–-]${S}*(?:no|none|not${S}+required|n\/a)\b`,
    String.raw`\b(?:NDA|non-?disclosure${S}+agreement)${S}*[:=–-]${S}*(?:not${S}+(?:required|needed|necessary)|none|no|n\/a)\b`,
  ].join('|'),
  'gi',
);

const ndaContradicts: SentenceRule = (sentence, ctx) => {
  const { text, lower } = sentence;
  // "NDA: not required" as a label needs no SOC word; any other sentence must be about the SOC 2.
  const ndaLabel = /^[\s\u00a0]*(?:[-*•][\s\u00a0]*)?(?:NDA|non-?disclosure[\s\u00a0]+agreement)\b/i.test(text);
  if (ctx.profile?.soc2.sharing?.nda !== true || (!lower.includes('nda') && !lower.includes('disclosure') && !lower.includes('confidentiality')) || (!ndaLabel && !SOC2_RE.test(text)) || /\bSOC[\s\u00a0]*(?:3|III)\b/i.test(text) || COMPARATIVE.test(text)) {
    return;
  }
  for (const match of text.matchAll(WITHOUT_NDA)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (isQuoted(sentence, start, end) || /\b(?:if|unless|whether)\b/i.test(text.slice(0, start))) {
      continue;
    }
    ctx.emit({
      rule: 'nda-contradicts-profile',
      message: 'The profile says the SOC 2 report is shared under an NDA: say it is available under NDA (or through the trust portal); the SOC 3, where there is one, is the report to share without one.',
      severity: 'error',
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
};

export const PROFILE_FACT_RULES: readonly SentenceRule[] = [firmContradicts, periodContradicts, carveOutCovered, ndaContradicts];

/**
 * Answers about the continuous controls (patching, endpoint management, vulnerability scanning,
 * incident response) and other assurance (ISO/IEC 27001, SOC 1, SOC 3, penetration tests, other
 * frameworks). Only what the profile records is stated; an unknown is a placeholder, never a No.
 */
import { isIsoDate, isMoreThanMonthsAfter } from '../assurance';
import type { AnswerableIntent } from '../intents';
import { AnswerContext, PLACEHOLDERS, clause, inline, joinAnd, midSentence, possessive, sentence } from './context';
import { typeName } from '../profile/labels';

type OtherIntent = Exclude<AnswerableIntent, `soc2.${string}`>;

const join = (parts: readonly (string | undefined | false)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');

const present = (value: string | undefined): value is string => value !== undefined && inline(value) !== '';

function olderThanAYear(ctx: AnswerContext, date: string | undefined): boolean {
  return isIsoDate(date) && isMoreThanMonthsAfter(date, ctx.options.today, 12);
}

function patching(ctx: AnswerContext): string {
  const p = ctx.profile.controls?.patching;
  const known = p !== undefined && (p.automatedUpdates !== undefined || p.criticalWithinDays !== undefined || p.highWithinDays !== undefined || present(p.description));
  if (p === undefined || !known) {
    return ctx.placeholder(PLACEHOLDERS.patching);
  }
  if (ctx.length === 'yesno') {
    if (/automat/i.test(ctx.question)) {
      return p.automatedUpdates === undefined ? ctx.placeholder(PLACEHOLDERS.patching) : p.automatedUpdates ? 'Yes' : 'No';
    }
    return p.automatedUpdates === true || p.criticalWithinDays !== undefined || p.highWithinDays !== undefined || present(p.description) ? 'Yes' : 'No';
  }
  const automated =
    p.automatedUpdates === true
      ? `${ctx.org} applies security updates through automated patching.`
      : p.automatedUpdates === false
        ? `${ctx.org} does not apply updates automatically.`
        : '';
  const timelines =
    p.criticalWithinDays !== undefined && p.highWithinDays !== undefined
      ? `Critical vulnerabilities are patched within ${p.criticalWithinDays} days and high-severity ones within ${p.highWithinDays} days.`
      : p.criticalWithinDays !== undefined
        ? `Critical vulnerabilities are patched within ${p.criticalWithinDays} days.`
        : p.highWithinDays !== undefined
          ? `High-severity vulnerabilities are patched within ${p.highWithinDays} days.`
          : '';
  const description = present(p.description) ? sentence(p.description) : '';
  if (ctx.length === 'sentence') {
    return join([automated, timelines]) || description;
  }
  return join([automated, timelines, description]);
}

function endpointManagement(ctx: AnswerContext): string {
  const e = ctx.profile.controls?.endpointManagement;
  if (e?.centrallyManaged === undefined) {
    return ctx.placeholder(PLACEHOLDERS.endpoint);
  }
  if (ctx.length === 'yesno') {
    return e.centrallyManaged ? 'Yes' : 'No';
  }
  if (!e.centrallyManaged) {
    return `${ctx.org} does not manage its devices centrally.`;
  }
  return join([
    `${ctx.org} manages its devices centrally${present(e.tool) ? ` with ${clause(e.tool)}` : ''}.`,
    present(e.baselines) && `Enforced configuration baselines: ${sentence(e.baselines)}`,
  ]);
}

const CADENCE: Record<string, string> = {
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  quarterly: 'quarterly',
};

function vulnerabilityScanning(ctx: AnswerContext): string {
  const v = ctx.profile.controls?.vulnerabilityScanning;
  const tools = (v?.tools ?? []).filter(present).map(clause);
  if (ctx.length === 'yesno') {
    return v?.cadence !== undefined || tools.length > 0 ? 'Yes' : ctx.placeholder(PLACEHOLDERS.scanCadence);
  }
  const cadence = v?.cadence;
  const using = tools.length > 0 ? ` using ${joinAnd(tools)}` : '';
  const scope = present(v?.scope) ? `, covering ${midSentence(v.scope)}` : '';
  if (cadence === undefined) {
    return `${ctx.org} scans for vulnerabilities${using}${scope} on this schedule: ${ctx.placeholder(PLACEHOLDERS.scanCadence)}.`;
  }
  return cadence === 'continuous'
    ? `${ctx.org} scans for vulnerabilities continuously${using}${scope}.`
    : `${ctx.org} runs ${CADENCE[cadence] ?? cadence} vulnerability scans${using}${scope}.`;
}

function incidentResponse(ctx: AnswerContext): string {
  const ir = ctx.profile.controls?.incidentResponse;
  if (ir !== undefined && olderThanAYear(ctx, ir.lastTested)) {
    ctx.warn(`The incident response plan was last tested on ${ir.lastTested ?? ''}, more than 12 months ago.`);
  }
  if (ctx.length === 'yesno') {
    if (/\b(test|tested|testing|exercise|tabletop)/i.test(ctx.question)) {
      return isIsoDate(ir?.lastTested) ? 'Yes' : ctx.placeholder(PLACEHOLDERS.incidentLastTested);
    }
    return ir?.planExists === undefined ? ctx.placeholder(PLACEHOLDERS.incidentPlan) : ir.planExists ? 'Yes' : 'No';
  }
  if (ir?.planExists === undefined) {
    return ctx.placeholder(PLACEHOLDERS.incidentPlan);
  }
  if (!ir.planExists) {
    return `${ctx.org} does not have a documented incident response plan.`;
  }
  const tested =
    ctx.length === 'paragraph' || ir.lastTested !== undefined
      ? `, last tested on ${ctx.date(ir.lastTested, PLACEHOLDERS.incidentLastTested)}`
      : '';
  const notify = present(ir.notificationCommitment)
    ? /^[a-z]/.test(inline(ir.notificationCommitment))
      ? `Affected customers are notified of a security incident ${clause(ir.notificationCommitment)}.`
      : `Notification commitment: ${sentence(ir.notificationCommitment)}`
    : '';
  return join([`${ctx.org} maintains a documented incident response plan${tested}.`, notify]);
}

function iso27001(ctx: AnswerContext): string {
  const iso = ctx.profile.otherAssurance?.iso27001;
  if (iso === undefined) {
    return ctx.placeholder(PLACEHOLDERS.isoStatus);
  }
  const expired = iso.certified && isIsoDate(iso.expires) && ctx.state.todayValid && iso.expires < ctx.options.today;
  if (expired) {
    ctx.warn(`The ISO/IEC 27001 certificate in the profile expired on ${iso.expires ?? ''}.`);
  }
  if (ctx.length === 'yesno') {
    return iso.certified && !expired ? 'Yes' : 'No';
  }
  if (!iso.certified) {
    const current = ctx.state.current;
    return join([
      `${ctx.org} does not currently hold an ISO/IEC 27001 certification.`,
      ctx.length === 'paragraph' && current !== undefined && `${ctx.org} does have a SOC 2 ${typeName(current.type)} report, issued by an independent CPA firm.`,
    ]);
  }
  const body = ctx.fact(iso.certificationBody, PLACEHOLDERS.isoBody);
  if (expired) {
    return `${possessive(ctx.org)} ISO/IEC 27001 certificate, issued by ${body}, expired on ${iso.expires ?? ''}.`;
  }
  const expires = ctx.length === 'paragraph' || iso.expires !== undefined ? `, valid until ${ctx.date(iso.expires, PLACEHOLDERS.isoExpiry)}` : '';
  return join([
    `${ctx.org} is certified to ISO/IEC 27001 by ${body}${expires}.`,
    ctx.length === 'paragraph' && present(iso.scope) && `The certificate's scope: ${sentence(iso.scope)}`,
    ctx.length === 'paragraph' && isIsoDate(iso.issued) && `The certificate was issued on ${iso.issued}.`,
  ]);
}

function soc1(ctx: AnswerContext): string {
  const s = ctx.profile.otherAssurance?.soc1;
  if (s === undefined) {
    return ctx.placeholder(PLACEHOLDERS.soc1Status);
  }
  if (ctx.length === 'yesno') {
    return 'Yes';
  }
  const window =
    s.type === 'type1'
      ? `as of ${ctx.date(s.asOf, PLACEHOLDERS.asOf)}`
      : `for the period ${ctx.date(s.periodStart, PLACEHOLDERS.periodStart)} to ${ctx.date(s.periodEnd, PLACEHOLDERS.periodEnd)}`;
  const reference = s.type === 'type1' ? s.asOf : s.periodEnd;
  if (olderThanAYear(ctx, reference)) {
    ctx.warn(`The SOC 1 report's ${s.type === 'type1' ? 'as-of date' : 'period end'} (${reference ?? ''}) is more than 12 months ago.`);
  }
  const firm = ctx.length === 'paragraph' || present(s.cpaFirm) ? `, issued by ${ctx.fact(s.cpaFirm, PLACEHOLDERS.cpaFirm)}` : '';
  return join([
    `${ctx.org} has a SOC 1 ${typeName(s.type)} report ${window}${firm}.`,
    ctx.length === 'paragraph' &&
      "A SOC 1 report addresses controls relevant to customers' internal control over financial reporting; security controls are the subject of a SOC 2 report.",
  ]);
}

function soc3(ctx: AnswerContext): string {
  const s = ctx.profile.otherAssurance?.soc3;
  if (s === undefined) {
    return ctx.placeholder(PLACEHOLDERS.soc3Status);
  }
  if (ctx.length === 'yesno') {
    return s.available ? 'Yes' : 'No';
  }
  if (!s.available) {
    return `${ctx.org} does not have a SOC 3 report.`;
  }
  if (olderThanAYear(ctx, s.periodEnd)) {
    ctx.warn(`The SOC 3 report's period ended on ${s.periodEnd ?? ''}, more than 12 months ago.`);
  }
  const period = isIsoDate(s.periodEnd) ? ` for the period ending ${s.periodEnd}` : '';
  const url = present(s.url) ? ` It is available at ${inline(s.url)}.` : '';
  return join([
    `${ctx.org} has a SOC 3 report${period}: a general-use summary that can be shared without a non-disclosure agreement.${url}`,
    ctx.length === 'paragraph' &&
      "It contains the auditor's opinion and management's assertion, but not the detailed system description or the tests of controls found in a SOC 2 report.",
  ]);
}

function pentest(ctx: AnswerContext): string {
  const tests = ctx.profile.otherAssurance?.penetrationTests;
  if (tests === undefined) {
    return ctx.placeholder(PLACEHOLDERS.pentest);
  }
  if (ctx.length === 'yesno') {
    return tests.length > 0 ? 'Yes' : 'No';
  }
  if (tests.length === 0) {
    return `${ctx.org} has not had an independent penetration test.`;
  }
  const latest = tests.reduce((a, b) => (b.date > a.date ? b : a));
  if (olderThanAYear(ctx, latest.date)) {
    ctx.warn(`The latest penetration test in the profile (${latest.date}) is more than 12 months old.`);
  }
  const scope = present(latest.scope) ? ` of ${midSentence(latest.scope)}` : '';
  return join([
    `${possessive(ctx.org)} most recent independent penetration test${scope} was performed by ${ctx.fact(latest.firm, PLACEHOLDERS.pentestFirm)} and completed on ${ctx.date(latest.date, PLACEHOLDERS.pentest)}.`,
    latest.summaryAvailable === true && 'A summary of the results can be shared on request.',
  ]);
}

/** Names questions use for frameworks, so a question about one the profile lacks gets a placeholder, not a guess. */
const KNOWN_FRAMEWORKS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'PCI DSS', pattern: /\bpci(?:[\s-]*dss)?\b/i },
  { name: 'HITRUST', pattern: /\bhitrust\b/i },
  { name: 'FedRAMP', pattern: /\bfedramp\b/i },
  { name: 'HIPAA', pattern: /\bhipaa\b/i },
  { name: 'GDPR', pattern: /\bgdpr\b/i },
  { name: 'CMMC', pattern: /\bcmmc\b/i },
  { name: 'NIST', pattern: /\bnist\b/i },
  { name: 'CSA STAR', pattern: /\bcsa\s+star\b|\bstar\s+(?:level|certification|attestation)\b/i },
  { name: 'ISO/IEC 27017', pattern: /\b27017\b/ },
  { name: 'ISO/IEC 27018', pattern: /\b27018\b/ },
  { name: 'ISO/IEC 27701', pattern: /\b27701\b/ },
  { name: 'TISAX', pattern: /\btisax\b/i },
  { name: 'Cyber Essentials', pattern: /\bcyber\s+essentials\b/i },
];

const compact = (value: string): string => value.toLowerCase().replace(/[^a-z0-9]/g, '');

function otherFrameworks(ctx: AnswerContext): string {
  const list = ctx.profile.otherAssurance?.frameworks;
  const asked = KNOWN_FRAMEWORKS.filter((f) => f.pattern.test(ctx.question));
  const matches = (entryName: string, f: { name: string; pattern: RegExp }): boolean =>
    f.pattern.test(entryName) || compact(entryName).includes(compact(f.name));
  const listed = (list ?? []).filter((entry) => present(entry.name));
  const unlisted = asked.filter((f) => !listed.some((entry) => matches(entry.name, f)));
  const relevant = asked.length === 0 ? listed : listed.filter((entry) => asked.some((f) => matches(entry.name, f)));

  if (list === undefined && asked.length === 0) {
    return ctx.placeholder(PLACEHOLDERS.frameworks);
  }
  const placeholders = (list === undefined ? asked : unlisted).map((f) => ctx.placeholder(PLACEHOLDERS.frameworkStatus(f.name)));
  if (ctx.length === 'yesno') {
    if (placeholders.length > 0) {
      return placeholders.join(' ');
    }
    if (asked.length === 0 && listed.length > 0) {
      ctx.warn(`The profile lists: ${listed.map((e) => clause(e.name)).join(', ')}. Check that the question asks about one of them.`);
    }
    return relevant.length > 0 ? 'Yes' : 'No';
  }
  if (relevant.length === 0 && placeholders.length === 0) {
    return `${ctx.org} does not currently hold other framework certifications or attestations.`;
  }
  const entries = relevant.map((entry) => `${clause(entry.name)} (${clause(entry.status)})`);
  const pending = (list === undefined ? asked : unlisted).map((f) => `${f.name}: ${ctx.placeholder(PLACEHOLDERS.frameworkStatus(f.name))}`);
  return join([
    entries.length > 0 && `${possessive(ctx.org)} status for other frameworks: ${entries.join('; ')}.`,
    pending.length > 0 && `${pending.join('; ')}.`,
  ]);
}

export const OTHER_COMPOSERS: Record<OtherIntent, (ctx: AnswerContext) => string> = {
  'controls.patching': patching,
  'controls.endpoint_management': endpointManagement,
  'controls.vulnerability_scanning': vulnerabilityScanning,
  'controls.incident_response': incidentResponse,
  'assurance.iso27001': iso27001,
  'assurance.soc1': soc1,
  'assurance.soc3': soc3,
  'assurance.pentest': pentest,
  'assurance.other': otherFrameworks,
};

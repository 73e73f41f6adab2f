/**
 * Answers to the SOC 2 intents, for each state a profile can be in: a Type 2 or Type 1 report,
 * an examination under way or planned, or no SOC 2 at all.
 *
 * The wording follows the accuracy rules in PRODUCT.md: a SOC 2 is a CPA firm's attestation
 * report (never a certification), a Type 1 speaks to design at one date, freshness runs from the
 * period end or as-of date, a bridge letter is management's, carved-out providers are named as
 * excluded, and opinion or exceptions are stated only as the profile records them.
 */
import { BRIDGE_TYPICAL_MONTHS, monthsBetween } from '../assurance';
import { validateCriterionId } from '../catalog/criteria';
import type { AnswerableIntent } from '../intents';
import { CATEGORY_LABELS, type CategoryId, type Engagement } from '../profile/schema';
import {
  AnswerContext,
  CATEGORY_CRITERIA,
  CATEGORY_WORDS,
  PLACEHOLDERS,
  categoriesInScope,
  categoriesOutOfScope,
  categoriesPhrase,
  clause,
  countWord,
  midSentence,
  inline,
  joinAnd,
  possessive,
  sentence,
} from './context';
import { typeName } from '../profile/labels';

type Soc2Intent = Extract<AnswerableIntent, `soc2.${string}`>;

const join = (parts: readonly (string | undefined | false)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');

// ---------------------------------------------------------------------------------------------
// Shared phrases

/** "for the period 2025-01-01 to 2025-12-31" or "as of 2025-06-30". */
function windowPhrase(ctx: AnswerContext, e: Engagement): string {
  if (e.type === 'type1') {
    return `as of ${ctx.date(e.asOf, PLACEHOLDERS.asOf)}`;
  }
  return `for the period ${ctx.date(e.periodStart, PLACEHOLDERS.periodStart)} to ${ctx.date(e.periodEnd, PLACEHOLDERS.periodEnd)}`;
}

function reportName(e: Engagement): string {
  return `SOC 2 ${typeName(e.type)} report`;
}

function firmOf(e: Engagement): string | undefined {
  return e.cpaFirm !== undefined && inline(e.cpaFirm) !== '' ? clause(e.cpaFirm) : undefined;
}

function expectedReport(ctx: AnswerContext): string {
  return ctx.date(ctx.state.nextReportDate, PLACEHOLDERS.expectedReportDate);
}

/** What a report of this type speaks to (no operating-effectiveness wording for a Type 1). */
function whatItCovers(e: Engagement): string {
  return e.type === 'type1'
    ? 'It addresses whether the controls were suitably designed at that single date.'
    : 'It addresses both the design of the controls and whether they operated effectively throughout that period.';
}

function opinionPhrase(opinion: NonNullable<Engagement['opinion']>): string {
  switch (opinion) {
    case 'unqualified':
      return 'an unqualified opinion';
    case 'qualified':
      return 'a qualified opinion';
    case 'adverse':
      return 'an adverse opinion';
    case 'disclaimer':
      return 'a disclaimer of opinion';
  }
}

function opinionMeaning(e: Engagement): string {
  switch (e.opinion) {
    case 'unqualified':
      return e.type === 'type1'
        ? "An unqualified (clean) opinion is the auditor's conclusion that the description is fairly presented and that the controls were suitably designed at that date to provide reasonable assurance that the service commitments and system requirements would be achieved based on the applicable trust services criteria; a Type 1 opinion does not conclude that they were achieved."
        : "An unqualified (clean) opinion is the auditor's conclusion that the description is fairly presented and that the controls were suitably designed and operated effectively throughout the period to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.";
    case 'qualified':
      return 'A qualified opinion means the auditor found a matter that was material but not pervasive; the report explains it.';
    case 'adverse':
      return 'An adverse opinion means the auditor found a matter that was both material and pervasive; the report explains it.';
    case 'disclaimer':
      return 'A disclaimer of opinion means the auditor could not obtain enough evidence to form an opinion; the report explains why.';
    case undefined:
      return '';
  }
}

interface ExceptionSummary {
  count: number;
  ids: string[];
  items: string[];
}

function exceptionsOf(ctx: AnswerContext, e: Engagement): ExceptionSummary | undefined {
  if (e.exceptions === undefined) {
    return undefined;
  }
  const ids: string[] = [];
  const items = e.exceptions.map((exception) => {
    let id: string | undefined;
    if (exception.criterion !== undefined && inline(exception.criterion) !== '') {
      const validation = validateCriterionId(exception.criterion);
      if (validation.ok) {
        id = validation.id;
        if (!ids.includes(id)) {
          ids.push(id);
        }
      } else {
        ctx.warn(`An exception in the profile names "${inline(exception.criterion)}", which is not a criterion id (${validation.message}); the answer leaves the id out.`);
      }
    }
    const description = clause(exception.description);
    return id === undefined ? description : `${id}: ${description}`;
  });
  return { count: e.exceptions.length, ids, items };
}

function exceptionCount(count: number): string {
  return count === 1 ? 'one exception was' : `${countWord(count)} exceptions were`;
}

/** How customers obtain the report, as the rest of a sentence whose subject is the report. */
function sharingPredicate(ctx: AnswerContext, future: boolean): string {
  const sharing = ctx.profile.soc2.sharing;
  const url = sharing?.trustPortalUrl !== undefined && inline(sharing.trustPortalUrl) !== '' ? inline(sharing.trustPortalUrl) : undefined;
  const contact = sharing?.contact !== undefined && inline(sharing.contact) !== '' ? clause(sharing.contact) : undefined;
  const nda = sharing?.nda;
  const be = future ? 'will be' : 'is';
  const can = future ? 'can then be' : 'can be';
  const routes: string[] = [];
  if (url !== undefined) {
    routes.push(`through ${ctx.orgs} trust portal at ${url}`);
  }
  if (contact !== undefined) {
    routes.push(`on request to ${contact}`);
  }
  const route = joinAnd(routes, 'or');
  if (nda === true) {
    return route === '' ? `${be} available on request under a non-disclosure agreement` : `${be} available under a non-disclosure agreement ${route}`;
  }
  if (route !== '') {
    return url !== undefined ? `${can} requested ${route}` : `${be} available ${route}`;
  }
  if (nda === false) {
    return `${be} available to customers on request`;
  }
  return `${be} shared as follows: ${ctx.placeholder(PLACEHOLDERS.sharing)}`;
}

/** Sentences for a current report whose reference date is more than 12 months old. */
function freshnessNote(ctx: AnswerContext, e: Engagement): string {
  const { state } = ctx;
  if (!state.stale || state.referenceDate === undefined) {
    return '';
  }
  const passed =
    e.type === 'type1'
      ? `The report's as-of date, ${state.referenceDate}, is more than 12 months in the past.`
      : `That period ended on ${state.referenceDate}, more than 12 months ago.`;
  if (state.bridgeCoversToday && state.bridgeLetter !== undefined) {
    return join([
      passed,
      `A bridge letter from ${ctx.orgs} management covers the time since then through ${state.bridgeLetter.coversUntil}; it is management's own statement and carries no assurance from the auditor.`,
      state.nextReportDate !== undefined && `The next report is expected by ${state.nextReportDate}.`,
    ]);
  }
  return join([passed, `A newer report is expected by ${ctx.date(state.nextReportDate, PLACEHOLDERS.nextReportDate)}.`]);
}

/** A bridge letter that covers today, mentioned for a report that is still within 12 months. */
function bridgeNoteWhenFresh(ctx: AnswerContext): string {
  const { state } = ctx;
  if (state.stale || !state.bridgeCoversToday || state.bridgeLetter === undefined) {
    return '';
  }
  return `A bridge letter from ${ctx.orgs} management covers the time since the period ended through ${state.bridgeLetter.coversUntil}; it is management's statement and carries no assurance from the auditor.`;
}

/** For a Type 1 report: when the Type 2 period started or will end (soc2-facts §4.3). */
function type2Plan(ctx: AnswerContext): string {
  const { inProgress } = ctx.state;
  if (inProgress !== undefined && inProgress.type === 'type2') {
    const verb = inProgress.status === 'planned' ? 'is planned' : 'is under way';
    return join([
      `A SOC 2 Type 2 examination ${windowPhrase(ctx, inProgress)} ${verb}.`,
      ctx.state.nextReportDate !== undefined && `Its report is expected by ${ctx.state.nextReportDate}.`,
    ]);
  }
  const next = ctx.profile.soc2.nextPeriod;
  if (next?.type === 'type2' && (next.start !== undefined || next.end !== undefined)) {
    return join([
      `The next examination, a SOC 2 Type 2, is planned for the period ${ctx.date(next.start, PLACEHOLDERS.periodStart)} to ${ctx.date(next.end, PLACEHOLDERS.periodEnd)}.`,
      ctx.state.nextReportDate !== undefined && `Its report is expected by ${ctx.state.nextReportDate}.`,
    ]);
  }
  return '';
}

/** Carved-out providers named as excluded, with how they are monitored; inclusive ones named as included. */
function subserviceSentences(ctx: AnswerContext, e: Engagement, detailed: boolean): string {
  const orgs = e.subserviceOrganizations ?? [];
  const sentences = orgs.map((sub) => {
    const name = inline(sub.name) === '' ? 'a subservice organization' : clause(sub.name);
    const services = sub.services !== undefined && inline(sub.services) !== '' ? ` (${midSentence(sub.services)})` : '';
    if (sub.method === 'inclusive') {
      return `${name}${services} is included using the inclusive method: its relevant controls are part of the system description and of the examination.`;
    }
    const monitoring = sub.monitoring !== undefined && inline(sub.monitoring) !== '' ? clause(sub.monitoring) : undefined;
    const how =
      monitoring === undefined
        ? `${ctx.org} monitors it as follows: ${ctx.placeholder(PLACEHOLDERS.monitoring(name))}.`
        : /^[a-z]/.test(monitoring)
          ? `${ctx.org} monitors it through ${monitoring}.`
          : `${possessive(ctx.org)} monitoring of it: ${sentence(monitoring)}`;
    return `${name}${services} is carved out: the report names it, but its controls are excluded from the description and from testing. ${how}`;
  });
  if (detailed && orgs.some((sub) => sub.method === 'carve-out')) {
    sentences.push("Customers who need assurance over a carved-out provider's own controls should review that provider's reports.");
  }
  return join(sentences);
}

function noReport(ctx: AnswerContext): string {
  const plan = ctx.profile.soc2.nextPeriod;
  const planned =
    plan !== undefined && (plan.start !== undefined || plan.end !== undefined || plan.expectedReportDate !== undefined)
      ? join([
          `A SOC 2${plan.type === undefined ? '' : ` ${typeName(plan.type)}`} examination is planned${
            plan.start === undefined && plan.end === undefined
              ? ''
              : plan.type === 'type1'
                ? ` as of ${ctx.date(plan.end ?? plan.start, PLACEHOLDERS.asOf)}` // a Type 1 speaks to one date, not a period
                : ` for the period ${ctx.date(plan.start, PLACEHOLDERS.periodStart)} to ${ctx.date(plan.end, PLACEHOLDERS.periodEnd)}`
          }.`,
          plan.expectedReportDate !== undefined && `Its report is expected by ${ctx.date(plan.expectedReportDate, PLACEHOLDERS.expectedReportDate)}.`,
        ])
      : '';
  return join([`${ctx.org} does not currently have a SOC 2 report.`, planned]);
}

/** Other assurance a writer would mention when there is no SOC 2 report yet. */
function otherAssuranceNote(ctx: AnswerContext): string {
  const parts: string[] = [];
  const iso = ctx.profile.otherAssurance?.iso27001;
  if (iso?.certified === true && !(iso.expires !== undefined && ctx.state.todayValid && iso.expires < ctx.options.today)) {
    const body = iso.certificationBody !== undefined && inline(iso.certificationBody) !== '' ? ` issued by ${clause(iso.certificationBody)}` : '';
    parts.push(`${ctx.org} holds an ISO/IEC 27001 certification${body}${iso.expires !== undefined ? `, valid until ${ctx.date(iso.expires, PLACEHOLDERS.isoExpiry)}` : ''}.`);
  }
  const tests = ctx.profile.otherAssurance?.penetrationTests ?? [];
  const latest = [...tests].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (latest !== undefined) {
    const firm = latest.firm !== undefined && inline(latest.firm) !== '' ? ` by ${clause(latest.firm)}` : '';
    parts.push(`The most recent independent penetration test${firm} was completed on ${ctx.date(latest.date, PLACEHOLDERS.pentest)}.`);
  }
  return join(parts);
}

// ---------------------------------------------------------------------------------------------
// Yes/No cells

function mentionsType(question: string): 'type1' | 'type2' | undefined {
  const one = /\btype[\s-]*(?:1|i)\b/i.test(question);
  const two = /\btype[\s-]*(?:2|ii)\b/i.test(question);
  return one === two ? undefined : one ? 'type1' : 'type2';
}

function categoriesNamed(question: string): CategoryId[] {
  return (Object.keys(CATEGORY_WORDS) as CategoryId[]).filter((id) => id !== 'security' && CATEGORY_WORDS[id].test(question));
}

// ---------------------------------------------------------------------------------------------
// Intents

function status(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  if (current !== undefined) {
    if (ctx.length === 'yesno') {
      return 'Yes';
    }
    const firm = ctx.fact(current.cpaFirm, PLACEHOLDERS.cpaFirm);
    const first = `Yes. ${ctx.org} has a ${reportName(current)} ${windowPhrase(ctx, current)} covering ${categoriesPhrase(current)}, issued by ${firm}, an independent CPA firm.`;
    if (ctx.length === 'sentence') {
      return join([first, current.type === 'type1' && type2Plan(ctx), freshnessNote(ctx, current)]);
    }
    const system = current.system;
    const exceptions = current.type === 'type2' ? exceptionsOf(ctx, current) : undefined;
    const opinion =
      current.opinion === undefined
        ? `The auditor's opinion: ${ctx.placeholder(PLACEHOLDERS.opinion)}.`
        : `The auditor issued ${opinionPhrase(current.opinion)}${
            exceptions === undefined
              ? '.'
              : exceptions.count === 0
                ? ', and no exceptions were noted in the tests of controls.'
                : `, and ${exceptionCount(exceptions.count)} noted in the tests of controls${exceptions.ids.length > 0 ? ` (${exceptions.ids.join(', ')})` : ''}.`
          }`;
    return join([
      first,
      system !== undefined && inline(system.name) !== '' && `The report describes the ${clause(system.name)} system.`,
      whatItCovers(current),
      opinion,
      subserviceSentences(ctx, current, false),
      freshnessNote(ctx, current),
      bridgeNoteWhenFresh(ctx),
      current.type === 'type1' && type2Plan(ctx),
      `The report ${sharingPredicate(ctx, false)}.`,
    ]);
  }
  if (inProgress !== undefined) {
    if (ctx.length === 'yesno') {
      ctx.warn('No SOC 2 report has been issued yet: the answer is No until the report is issued.');
      return 'No';
    }
    const planned = inProgress.status === 'planned';
    const firm = firmOf(inProgress);
    const first = planned
      ? `Not yet. ${ctx.org} plans a SOC 2 ${typeName(inProgress.type)} examination ${windowPhrase(ctx, inProgress)}${firm === undefined ? '' : `, to be performed by ${firm}`}, and expects the report by ${expectedReport(ctx)}.`
      : `Not yet. ${possessive(ctx.org)} SOC 2 ${typeName(inProgress.type)} examination ${windowPhrase(ctx, inProgress)} is under way${firm === undefined ? '' : `, performed by ${firm}`}, and the report is expected by ${expectedReport(ctx)}.`;
    if (ctx.length === 'sentence') {
      return first;
    }
    return join([
      first,
      !planned && firm === undefined && `The examination is performed by ${ctx.placeholder(PLACEHOLDERS.cpaFirm)}, an independent CPA firm.`,
      `The examination covers ${categoriesPhrase(inProgress)}.`,
      "Until the report is issued there is no auditor's opinion to share.",
      `Once issued, the report ${sharingPredicate(ctx, true)}.`,
      otherAssuranceNote(ctx),
    ]);
  }
  if (ctx.length === 'yesno') {
    return 'No';
  }
  const first = `No. ${noReport(ctx)}`;
  return ctx.length === 'sentence' ? first : join([first, otherAssuranceNote(ctx)]);
}

function notApplicable(ctx: AnswerContext): string {
  if (ctx.length === 'yesno') {
    return 'N/A';
  }
  return `Not applicable: ${noReport(ctx)}`;
}

/** For detail intents while only an examination is under way: there is no report yet. */
function notIssuedYet(ctx: AnswerContext, e: Engagement, rest: string): string {
  const examination = `SOC 2 ${typeName(e.type)} examination ${windowPhrase(ctx, e)}`;
  const progress =
    e.status === 'planned'
      ? `the planned ${examination} is expected to produce its report by ${expectedReport(ctx)}`
      : `the ${examination} is under way, with the report expected by ${expectedReport(ctx)}`;
  return join([`No SOC 2 report has been issued yet; ${progress}.`, rest]);
}

function type(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  if (current !== undefined) {
    if (ctx.length === 'yesno') {
      const asked = mentionsType(ctx.question) ?? 'type2';
      if (current.type !== asked) {
        ctx.warn(`The report is a ${typeName(current.type)}; the Yes/No answer assumes the question asks about a ${typeName(asked)}.`);
      }
      return current.type === asked ? 'Yes' : 'No';
    }
    const first =
      current.type === 'type2'
        ? `${possessive(ctx.org)} SOC 2 report is a Type 2 report ${windowPhrase(ctx, current)}: it covers the design of the controls and whether they operated effectively throughout that period.`
        : `${possessive(ctx.org)} SOC 2 report is a Type 1 report ${windowPhrase(ctx, current)}: it covers the design of the controls at that date.`;
    if (ctx.length === 'sentence') {
      return join([first, current.type === 'type1' && type2Plan(ctx), freshnessNote(ctx, current)]);
    }
    return join([
      first,
      current.type === 'type2'
        ? 'A Type 1 report, by contrast, speaks only to the design of controls at a single date.'
        : 'A Type 1 report does not test how the controls worked across a span of time; that testing is what a Type 2 report adds.',
      `The examination was performed by ${ctx.fact(current.cpaFirm, PLACEHOLDERS.cpaFirm)}, an independent CPA firm.`,
      current.type === 'type1' && type2Plan(ctx),
      freshnessNote(ctx, current),
    ]);
  }
  if (inProgress !== undefined) {
    if (ctx.length === 'yesno') {
      ctx.warn('No SOC 2 report has been issued yet, so a Yes/No about its type does not apply.');
      return 'N/A';
    }
    return notIssuedYet(ctx, inProgress, '');
  }
  return notApplicable(ctx);
}

function period(ctx: AnswerContext): string {
  const state = ctx.state;
  const { current, inProgress } = state;
  if (current !== undefined) {
    if (ctx.length === 'yesno') {
      if (state.stale) {
        ctx.warn('The Yes/No answer assumes the question asks whether the report is current (its period ended within the last 12 months).');
        return 'No';
      }
      return 'Yes';
    }
    const first =
      current.type === 'type2'
        ? `The SOC 2 Type 2 report covers the period ${ctx.date(current.periodStart, PLACEHOLDERS.periodStart)} to ${ctx.date(current.periodEnd, PLACEHOLDERS.periodEnd)}.`
        : `The SOC 2 Type 1 report is as of ${ctx.date(current.asOf, PLACEHOLDERS.asOf)}: a Type 1 report speaks to a single date rather than a period.`;
    const fresh =
      !state.stale && state.referenceDate !== undefined && state.todayValid && !state.referenceInFuture
        ? current.type === 'type2'
          ? 'That period ended within the last 12 months.'
          : 'That date is within the last 12 months.'
        : '';
    if (ctx.length === 'sentence') {
      return join([first, state.stale ? freshnessNote(ctx, current) : fresh]);
    }
    return join([
      first,
      current.reportDate !== undefined && `The report was issued on ${ctx.date(current.reportDate, PLACEHOLDERS.periodEnd)}.`,
      state.stale ? freshnessNote(ctx, current) : fresh,
      bridgeNoteWhenFresh(ctx),
      current.type === 'type1' ? type2Plan(ctx) : !state.stale && state.nextReportDate !== undefined && `The next report is expected by ${state.nextReportDate}.`,
    ]);
  }
  if (inProgress !== undefined) {
    if (ctx.length === 'yesno') {
      ctx.warn('No SOC 2 report has been issued yet, so a Yes/No about its period does not apply.');
      return 'N/A';
    }
    return notIssuedYet(ctx, inProgress, '');
  }
  return notApplicable(ctx);
}

function scope(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  const engagement = current ?? inProgress;
  if (engagement === undefined) {
    return notApplicable(ctx);
  }
  const named = categoriesNamed(ctx.question);
  const inScope = new Set(categoriesInScope(engagement));
  const missingNamed = named.filter((id) => !inScope.has(id));
  if (ctx.length === 'yesno') {
    if (current === undefined) {
      ctx.warn('No SOC 2 report has been issued yet, so a Yes/No about its scope does not apply.');
      return 'N/A';
    }
    if (named.length === 0) {
      ctx.warn(`In scope: ${categoriesInScope(current).map((id) => CATEGORY_LABELS[id]).join(', ')}. If the question asks about another category or system, the answer is No.`);
      return 'Yes';
    }
    return missingNamed.length === 0 ? 'Yes' : 'No';
  }
  const completed = current !== undefined;
  const system = engagement.system;
  const systemName = system !== undefined && inline(system.name) !== '' ? clause(system.name) : undefined;
  const subjectText = completed ? `${possessive(ctx.org)} ${reportName(engagement)}` : `${possessive(ctx.org)} SOC 2 ${typeName(engagement.type)} examination under way`;
  const first = `${subjectText}${completed ? ` ${windowPhrase(ctx, engagement)}` : ''} covers ${categoriesPhrase(engagement)}${systemName === undefined ? '' : ` for the ${systemName} system`}.`;
  const notInScope =
    missingNamed.length > 0
      ? `${joinAnd(missingNamed.map((id) => CATEGORY_LABELS[id]))} ${missingNamed.length === 1 ? 'is' : 'are'} not in scope.`
      : '';
  const prefix = completed ? '' : 'No SOC 2 report has been issued yet.';
  if (ctx.length === 'sentence') {
    return join([prefix, first, notInScope, completed && freshnessNote(ctx, engagement)]);
  }
  const ranges = categoriesInScope(engagement).map((id) => `${CATEGORY_LABELS[id]} (${CATEGORY_CRITERIA[id]})`);
  const outside = categoriesOutOfScope(engagement).map((id) => CATEGORY_LABELS[id]);
  return join([
    prefix,
    first,
    `The criteria in scope are those of ${joinAnd(ranges)}.`,
    outside.length > 0 && `The ${joinAnd(outside)} ${outside.length === 1 ? 'category is' : 'categories are'} not part of this ${completed ? 'report' : 'examination'}.`,
    systemName === undefined
      ? `The system described: ${ctx.placeholder(PLACEHOLDERS.systemName)}.`
      : system?.boundary !== undefined && inline(system.boundary) !== '' && `The system boundary: ${sentence(system.boundary)}`,
    subserviceSentences(ctx, engagement, false),
    completed && freshnessNote(ctx, engagement),
  ]);
}

function opinion(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  if (current !== undefined) {
    const exceptions = exceptionsOf(ctx, current);
    if (ctx.length === 'yesno') {
      const q = ctx.question;
      if (/\b(exceptions?|deviations?|findings?|issues?|observations?)\b/i.test(q)) {
        if (exceptions === undefined) {
          return ctx.placeholder(PLACEHOLDERS.exceptions);
        }
        return exceptions.count > 0 ? 'Yes' : 'No';
      }
      if (current.opinion === undefined) {
        return ctx.placeholder(PLACEHOLDERS.opinion);
      }
      if (/\b(qualified|adverse|disclaimer|disclaimed|modified)\b/i.test(q)) {
        return current.opinion === 'unqualified' ? 'No' : 'Yes';
      }
      ctx.warn('The Yes/No answer assumes the question asks whether the opinion was unqualified (clean).');
      return current.opinion === 'unqualified' ? 'Yes' : 'No';
    }
    const firm = firmOf(current) ?? 'the auditor';
    const opinionSentence =
      current.opinion === undefined
        ? `The auditor's opinion in the ${reportName(current)} ${windowPhrase(ctx, current)}: ${ctx.placeholder(PLACEHOLDERS.opinion)}.`
        : `In the ${reportName(current)} ${windowPhrase(ctx, current)}, ${firm} issued ${opinionPhrase(current.opinion)}.`;
    let exceptionSentence = '';
    if (current.type === 'type2') {
      if (exceptions === undefined) {
        exceptionSentence = `Exceptions in the tests of controls: ${ctx.placeholder(PLACEHOLDERS.exceptions)}.`;
      } else if (exceptions.count === 0) {
        exceptionSentence = 'No exceptions were noted in the tests of controls.';
      } else {
        exceptionSentence = `${exceptionCount(exceptions.count).replace(/^./, (c) => c.toUpperCase())} noted in the tests of controls${exceptions.ids.length > 0 ? ` (${exceptions.ids.join(', ')})` : ''}.`;
      }
    } else if (exceptions !== undefined && exceptions.count > 0) {
      exceptionSentence = `The report notes ${exceptions.count === 1 ? 'one exception' : `${countWord(exceptions.count)} exceptions`}${exceptions.ids.length > 0 ? ` (${exceptions.ids.join(', ')})` : ''}.`;
    }
    if (ctx.length === 'sentence') {
      return join([opinionSentence, exceptionSentence, freshnessNote(ctx, current)]);
    }
    const details = exceptions !== undefined && exceptions.count > 0 ? `The exceptions noted: ${exceptions.items.join('; ')}.` : '';
    const relation =
      exceptions !== undefined && exceptions.count > 0 && current.opinion === 'unqualified'
        ? "Exceptions are the results of individual control tests; the opinion is the auditor's overall conclusion, and it remained unqualified."
        : '';
    return join([
      opinionSentence,
      current.opinion !== undefined && opinionMeaning(current),
      exceptionSentence,
      details,
      relation,
      freshnessNote(ctx, current),
      `The full report, including the auditor's results, ${sharingPredicate(ctx, false)}.`,
    ]);
  }
  if (inProgress !== undefined) {
    if (ctx.length === 'yesno') {
      ctx.warn('No SOC 2 report has been issued yet, so there is no opinion and no exceptions to report.');
      return 'N/A';
    }
    return notIssuedYet(ctx, inProgress, "There is no auditor's opinion until the report is issued.");
  }
  return notApplicable(ctx);
}

function auditor(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  if (current !== undefined) {
    if (ctx.length === 'yesno') {
      return 'Yes';
    }
    const first = `${possessive(ctx.org)} SOC 2 ${typeName(current.type)} examination ${windowPhrase(ctx, current)} was performed by ${ctx.fact(current.cpaFirm, PLACEHOLDERS.cpaFirm)}, an independent CPA firm.`;
    if (ctx.length === 'sentence') {
      return join([first, freshnessNote(ctx, current)]);
    }
    return join([
      first,
      'Only a licensed CPA firm can perform a SOC 2 examination and issue its report.',
      current.reportDate !== undefined && `The report was issued on ${ctx.date(current.reportDate, PLACEHOLDERS.periodEnd)}.`,
      freshnessNote(ctx, current),
    ]);
  }
  if (inProgress !== undefined) {
    const firm = firmOf(inProgress);
    if (ctx.length === 'yesno') {
      return firm === undefined ? ctx.placeholder(PLACEHOLDERS.cpaFirm) : 'Yes';
    }
    const planned = inProgress.status === 'planned';
    return join([
      `${ctx.fact(inProgress.cpaFirm, PLACEHOLDERS.cpaFirm)}, an independent CPA firm, ${planned ? 'is engaged for' : 'is performing'} ${possessive(ctx.org)} SOC 2 ${typeName(inProgress.type)} examination ${windowPhrase(ctx, inProgress)}; the report is expected by ${expectedReport(ctx)}.`,
      ctx.length === 'paragraph' && 'No SOC 2 report has been issued yet.',
    ]);
  }
  return notApplicable(ctx);
}

function reportRequest(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  if (current !== undefined) {
    if (ctx.length === 'yesno') {
      return 'Yes';
    }
    const first = `${possessive(ctx.org)} ${reportName(current)} ${windowPhrase(ctx, current)} ${sharingPredicate(ctx, false)}.`;
    if (ctx.length === 'sentence') {
      return join([first, freshnessNote(ctx, current)]);
    }
    const soc3 = ctx.profile.otherAssurance?.soc3;
    return join([
      first,
      ctx.profile.soc2.sharing?.nda === true &&
        'A SOC 2 report is a restricted-use document, so it is shared with customers and prospective customers rather than published.',
      soc3?.available === true &&
        `${possessive(ctx.org)} SOC 3 report, a general-use summary, can be shared without a non-disclosure agreement${soc3.url !== undefined ? ` and is available at ${inline(soc3.url)}` : ''}.`,
      freshnessNote(ctx, current),
      bridgeNoteWhenFresh(ctx),
    ]);
  }
  if (inProgress !== undefined) {
    if (ctx.length === 'yesno') {
      ctx.warn('No SOC 2 report has been issued yet, so there is nothing to share until it is.');
      return 'No';
    }
    return notIssuedYet(ctx, inProgress, ctx.length === 'paragraph' ? `Once issued, the report ${sharingPredicate(ctx, true)}.` : '');
  }
  if (ctx.length === 'yesno') {
    return 'No';
  }
  return join([noReport(ctx), ctx.length === 'paragraph' && otherAssuranceNote(ctx)]);
}

function bridgeLetter(ctx: AnswerContext): string {
  const state = ctx.state;
  const { current, inProgress } = state;
  if (current !== undefined) {
    const letter = state.bridgeLetter;
    if (ctx.length === 'yesno') {
      if (letter === undefined) {
        ctx.warn(`The profile records no bridge letter for the current report${state.stale ? ', and its period ended more than 12 months ago' : ''}. Management can issue one; it carries no auditor assurance.`);
      } else if (!state.bridgeCoversToday) {
        ctx.warn(`The bridge letter in the profile covered only until ${letter.coversUntil}.`);
      }
      return state.bridgeCoversToday ? 'Yes' : 'No';
    }
    const ref = state.referenceDate ?? ctx.date(undefined, current.type === 'type1' ? PLACEHOLDERS.asOf : PLACEHOLDERS.periodEnd);
    const explanation = `A bridge letter is written and signed by ${possessive(ctx.org)} management, not by the auditor: it carries no auditor assurance and does not replace a report.`;
    let body: string;
    if (letter !== undefined && state.bridgeCoversToday) {
      body = join([
        `${possessive(ctx.org)} management has issued a bridge letter covering the time from the end of the ${reportName(current)} (${ref}) through ${letter.coversUntil}.`,
        state.stale && `The report's ${current.type === 'type1' ? 'as-of date' : 'period end'} is more than 12 months ago.`,
        state.nextReportDate !== undefined && `The next report is expected by ${state.nextReportDate}.`,
      ]);
    } else if (letter !== undefined) {
      body = join([
        `A bridge letter from ${possessive(ctx.org)} management covered the time after the ${reportName(current)} (${ref}) only through ${letter.coversUntil}.`,
        state.stale
          ? freshnessNote(ctx, current)
          : `The next report is expected by ${ctx.date(state.nextReportDate, PLACEHOLDERS.nextReportDate)}.`,
      ]);
    } else if (state.stale) {
      body = join([
        `The ${reportName(current)} ${current.type === 'type1' ? `is as of ${ref}, more than 12 months ago` : `covers a period that ended on ${ref}, more than 12 months ago`}, and no bridge letter covers the time since then.`,
        `A newer report is expected by ${ctx.date(state.nextReportDate, PLACEHOLDERS.nextReportDate)}.`,
      ]);
    } else {
      const within = state.todayValid && state.referenceDate !== undefined && !state.referenceInFuture ? ', within the last 12 months' : '';
      body = join([
        current.type === 'type1'
          ? `The ${reportName(current)} is as of ${ref}${within}.`
          : `The period of the ${reportName(current)} ended on ${ref}${within}.`,
        'No bridge letter has been issued for it.',
        state.nextReportDate !== undefined && `The next report is expected by ${state.nextReportDate}.`,
      ]);
      ctx.warn('The profile records no bridge letter. If the customer needs coverage after the period end, management can issue one.');
    }
    return ctx.length === 'sentence' ? body : join([body, explanation]);
  }
  if (inProgress !== undefined) {
    if (ctx.length === 'yesno') {
      return 'N/A';
    }
    return notIssuedYet(ctx, inProgress, 'A bridge letter only applies after a report period has ended.');
  }
  return notApplicable(ctx);
}

function subservice(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  const engagement = current ?? inProgress;
  if (engagement === undefined) {
    return notApplicable(ctx);
  }
  const completed = current !== undefined;
  const orgs = engagement.subserviceOrganizations;
  if (ctx.length === 'yesno') {
    if (orgs === undefined) {
      return ctx.placeholder(PLACEHOLDERS.subservice);
    }
    if (/carve/i.test(ctx.question)) {
      return orgs.some((o) => o.method === 'carve-out') ? 'Yes' : 'No';
    }
    if (/inclusive/i.test(ctx.question)) {
      return orgs.some((o) => o.method === 'inclusive') ? 'Yes' : 'No';
    }
    return orgs.length > 0 ? 'Yes' : 'No';
  }
  const about = completed ? `${possessive(ctx.org)} ${reportName(engagement)}` : `${possessive(ctx.org)} SOC 2 ${typeName(engagement.type)} examination under way`;
  // What is asked is who the providers are: the report's age is a warning for the writer, not part of this answer.
  if (orgs === undefined) {
    return `Subservice organizations in ${about}: ${ctx.placeholder(PLACEHOLDERS.subservice)}.`;
  }
  if (orgs.length === 0) {
    return `${about} presents no subservice organizations.`;
  }
  const names = orgs.map((o) => (inline(o.name) === '' ? 'a subservice organization' : clause(o.name)));
  const first = `${about} presents ${orgs.length === 1 ? 'one subservice organization' : `${countWord(orgs.length)} subservice organizations`}: ${joinAnd(names)}.`;
  return join([first, subserviceSentences(ctx, engagement, ctx.length === 'paragraph')]);
}

function cuecs(ctx: AnswerContext): string {
  const { current, inProgress } = ctx.state;
  const engagement = current ?? inProgress;
  if (engagement === undefined) {
    return notApplicable(ctx);
  }
  const list = engagement.cuecs;
  if (ctx.length === 'yesno') {
    if (list === undefined) {
      return ctx.placeholder(PLACEHOLDERS.cuecs);
    }
    return list.length > 0 ? 'Yes' : 'No';
  }
  const about = current !== undefined ? `${possessive(ctx.org)} ${reportName(engagement)}` : `The system description for ${possessive(ctx.org)} SOC 2 examination under way`;
  if (list === undefined) {
    return `Complementary user entity controls (CUECs) in ${about}: ${ctx.placeholder(PLACEHOLDERS.cuecs)}.`;
  }
  if (list.length === 0) {
    return `${about} lists no complementary user entity controls (CUECs).`;
  }
  const items = list.map(midSentence);
  // "Which controls…?" is answered at sentence length: a list of up to five is given whole; a longer one is cut at three.
  const shown = ctx.length === 'sentence' && items.length > 5 ? items.slice(0, 3) : items;
  const more = items.length - shown.length;
  const first = `${about} lists ${items.length === 1 ? 'one complementary user entity control (CUEC)' : `${countWord(items.length)} complementary user entity controls (CUECs)`}, which customers are expected to operate: ${shown.join('; ')}${more > 0 ? `; and ${countWord(more)} more listed in the report` : ''}.`;
  if (ctx.length === 'sentence') {
    return first;
  }
  return join([first, `Customers should map these to their own controls: without them, some of ${possessive(ctx.org)} commitments may not be achieved.`]);
}

function nextAudit(ctx: AnswerContext): string {
  const state = ctx.state;
  const { current, inProgress } = state;
  const next = ctx.profile.soc2.nextPeriod;
  const hasNext = next !== undefined && (next.start !== undefined || next.end !== undefined || next.expectedReportDate !== undefined || next.type !== undefined);
  if (ctx.length === 'yesno') {
    return inProgress !== undefined || hasNext ? 'Yes' : ctx.placeholder(PLACEHOLDERS.nextExamination);
  }
  let plan: string;
  if (inProgress !== undefined) {
    plan = `${possessive(ctx.org)} next SOC 2 ${typeName(inProgress.type)} examination ${windowPhrase(ctx, inProgress)} ${inProgress.status === 'planned' ? 'is planned' : 'is under way'}, and the report is expected by ${expectedReport(ctx)}.`;
  } else if (hasNext) {
    const kind = next.type === undefined ? 'SOC 2' : `SOC 2 ${typeName(next.type)}`;
    const window =
      next.start !== undefined || next.end !== undefined
        ? next.type === 'type1'
          ? ` as of ${ctx.date(next.end ?? next.start, PLACEHOLDERS.asOf)}`
          : ` for the period ${ctx.date(next.start, PLACEHOLDERS.periodStart)} to ${ctx.date(next.end, PLACEHOLDERS.periodEnd)}`
        : '';
    plan = `${possessive(ctx.org)} next ${kind} examination is planned${window}, and the report is expected by ${ctx.date(next.expectedReportDate, PLACEHOLDERS.expectedReportDate)}.`;
  } else {
    plan = `${possessive(ctx.org)} next SOC 2 examination is scheduled for ${ctx.placeholder(PLACEHOLDERS.nextExamination)}.`;
  }
  if (ctx.length === 'sentence') {
    return join([plan, current !== undefined && state.stale && freshnessNote(ctx, current)]);
  }
  let context = '';
  if (current !== undefined) {
    context = state.stale
      ? freshnessNote(ctx, current)
      : join([`The current ${reportName(current)} is ${windowPhrase(ctx, current)}.`, bridgeNoteWhenFresh(ctx)]);
  } else if (inProgress === undefined) {
    context = `${ctx.org} does not currently have a SOC 2 report.`;
  }
  return join([plan, context]);
}

/** Warnings every SOC 2 answer carries about the current report's freshness and bridge letter. */
export function freshnessWarnings(ctx: AnswerContext): void {
  const { state } = ctx;
  const current = state.current;
  if (current === undefined) {
    return;
  }
  const what = current.type === 'type1' ? 'as-of date' : 'period end';
  if (state.referenceInFuture && state.referenceDate !== undefined) {
    ctx.warn(`The current report's ${what} (${state.referenceDate}) is after today (${ctx.options.today}); check the profile.`);
  }
  if (state.stale && state.referenceDate !== undefined) {
    const months = state.monthsSinceReference ?? 12;
    ctx.warn(
      state.bridgeCoversToday && state.bridgeLetter !== undefined
        ? `The report's ${what} (${state.referenceDate}) is ${months} months ago. A bridge letter covers through ${state.bridgeLetter.coversUntil}; it is management's and carries no auditor assurance.`
        : `The report's ${what} (${state.referenceDate}) is ${months} months ago and no bridge letter covers today: customers expect a period that ended within 12 months. Offer the next report date or ask management for a bridge letter.`,
    );
  }
  const letter = ctx.profile.soc2.bridgeLetter;
  if (letter !== undefined && state.bridgeLetter === undefined && state.referenceDate !== undefined) {
    ctx.warn(`The profile's bridge letter (through ${inline(letter.coversUntil)}) does not reach past the current report's ${what} (${state.referenceDate}), so answers do not mention it.`);
  }
  if (state.bridgeLetter !== undefined && state.referenceDate !== undefined) {
    const span = monthsBetween(state.referenceDate, state.bridgeLetter.coversUntil);
    if (span !== undefined && span > BRIDGE_TYPICAL_MONTHS) {
      ctx.warn(`The bridge letter reaches ${span} months past the ${what}; bridge letters usually cover up to about ${BRIDGE_TYPICAL_MONTHS} months, and longer gaps draw questions.`);
    }
  }
  if (current.type === 'type1') {
    ctx.warn('The report is a Type 1: it speaks to the design of controls at one date, not to how they operated over a period.');
  }
  const named = current.type === 'type1' ? current.periodStart ?? current.periodEnd : current.asOf;
  if (named !== undefined) {
    ctx.warn(`The profile gives a ${current.type === 'type1' ? 'period for a Type 1' : 'as-of date for a Type 2'} report; answers ignore it.`);
  }
}

export const SOC2_COMPOSERS: Record<Soc2Intent, (ctx: AnswerContext) => string> = {
  'soc2.status': status,
  'soc2.type': type,
  'soc2.period': period,
  'soc2.scope': scope,
  'soc2.opinion': opinion,
  'soc2.auditor': auditor,
  'soc2.report_request': reportRequest,
  'soc2.bridge_letter': bridgeLetter,
  'soc2.subservice': subservice,
  'soc2.cuecs': cuecs,
  'soc2.next_audit': nextAudit,
};

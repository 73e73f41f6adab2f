/**
 * Verdicts: the claim a polar question makes, decided from the profile and today's date. Each
 * condition the reader found is evaluated on its own, with the profile paths it rests on; the
 * claim holds when all (or, for an "or" question, any) hold. Anything the profile does not
 * record, a word the reader did not understand, or a question that asks two things at once
 * leaves the verdict undetermined, and a person answers it.
 *
 * `na`: the question presupposes a completed SOC 2 report that does not exist ("Was the opinion
 * unqualified?" with no report), or a framework the profile marks not applicable.
 */
import { addMonths, daysBetween, isIsoDate, monthsBetween, referenceDateOf, soc2State } from '../assurance';
import type { IntentId } from '../intents';
import type { Engagement, Profile } from '../profile/schema';
import { conditionFamily } from '../reading';
import { hourBounds, parseDuration } from '../reading/numbers';
import type { Condition, QuestionReading, ScanCadence } from '../reading/types';
import { categoriesInScope } from '../compose/context';

export type VerdictValue = 'yes' | 'no' | 'na' | 'undetermined';

export interface Verdict {
  value: VerdictValue;
  /** Profile paths the verdict rests on, e.g. `soc2.engagements[0].opinion`. */
  facts: string[];
  /** Why the verdict is undetermined (or a note on a decided one), for the writer. */
  reasons: string[];
}

interface Outcome {
  value: VerdictValue;
  facts: string[];
  reason?: string;
}

const yes = (...facts: string[]): Outcome => ({ value: 'yes', facts });
const no = (...facts: string[]): Outcome => ({ value: 'no', facts });
const na = (reason: string, ...facts: string[]): Outcome => ({ value: 'na', facts, reason });
const unknown = (reason: string, ...facts: string[]): Outcome => ({ value: 'undetermined', facts, reason });
const bool = (value: boolean, ...facts: string[]): Outcome => (value ? yes(...facts) : no(...facts));

/** What the conditions of one question are evaluated against. */
class Facts {
  readonly engagements: readonly Engagement[];
  readonly state;
  /** The completed report the question is about: the type it names, else the latest. */
  readonly report: Engagement | undefined;
  readonly reportPath: string;
  readonly todayValid: boolean;
  /** The question is about an examination under way or planned: a type it names is that examination's. */
  readonly aboutOngoing: boolean;

  constructor(
    readonly profile: Profile,
    readonly today: string,
    reading: QuestionReading,
  ) {
    this.engagements = profile.soc2.engagements;
    this.state = soc2State(profile, today);
    this.todayValid = isIsoDate(today);
    // A type the question names picks the report; one it describes ("tests operating effectiveness") is a claim about it.
    const namedType = reading.conditions.map((c) => c.condition).find((c): c is Extract<Condition, { kind: 'soc2.type' }> => c.kind === 'soc2.type' && c.described !== true)?.type;
    const completed = this.engagements.filter((e) => e.status === 'completed');
    // The report of the type the question names; when there is none of that type, no report is (so "its opinion" is not applicable).
    const ofType = namedType === undefined ? completed : completed.filter((e) => e.type === namedType);
    this.report = namedType === undefined ? this.state.current : ofType.sort((a, b) => (referenceDateOf(a) ?? '').localeCompare(referenceDateOf(b) ?? '')).at(-1);
    this.aboutOngoing = reading.conditions.some((c) => ['soc2.underway', 'soc2.planned', 'soc2.nextScheduled', 'soc2.nextIssued', 'soc2.expected'].includes(c.condition.kind));
    this.reportPath = this.report === undefined ? 'soc2.engagements' : `soc2.engagements[${this.engagements.indexOf(this.report)}]`;
  }

  path(field: string): string {
    return `${this.reportPath}.${field}`;
  }

  /** Engagements under way (status in_progress) or planned. */
  ongoing(status: 'in_progress' | 'planned'): Engagement | undefined {
    return this.engagements.find((e) => e.status === status);
  }

  ongoingPath(e: Engagement): string {
    return `soc2.engagements[${this.engagements.indexOf(e)}]`;
  }
}

const CADENCE_RANK: Record<ScanCadence, number> = { continuous: 7, daily: 6, weekly: 5, fortnightly: 4, monthly: 3, quarterly: 2, annually: 1 };

/** "within 72 hours", "within 3 days", "within 5 business days" in the profile's notification commitment. */
function committedHours(text: string | undefined): { least: number; most: number } | undefined {
  const m = text === undefined ? null : /\bwithin (\d{1,4}) (hours?|days?|calendar days?|business days?|working days?)\b/i.exec(text);
  const duration = m === null ? undefined : parseDuration(m[1] ?? '', (m[2] ?? '').toLowerCase().replace(/^calendar /, ''));
  // The same bounds as a deadline asked in the question: business days may span more calendar days.
  return duration === undefined ? undefined : hourBounds(duration);
}

const GENERIC_FIRM_WORDS = new Set(['llp', 'llc', 'pc', 'pllc', 'inc', 'ltd', 'limited', 'co', 'and', 'the', 'cpa', 'cpas', 'group', 'partners', 'assurance', 'audit', 'firm', 'company', 'associates', 'advisory', 'services', 'of', 'us']);

function firmTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !GENERIC_FIRM_WORDS.has(t));
}

function frameworkKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/^pci$/, 'pcidss');
}

function evaluate(c: Condition, f: Facts): Outcome {
  const { state, report } = f;
  const soc2 = f.profile.soc2;
  const noReport = (): Outcome => na('The question presupposes a completed SOC 2 report, and the profile has none.', 'soc2.engagements');
  switch (c.kind) {
    case 'soc2.report':
      if (report === undefined) {
        return no('soc2.engagements');
      }
      if (c.compliance === true && report.opinion !== 'unqualified') {
        return unknown('The question asks about SOC 2 "compliance", and the report does not carry an unqualified opinion (or the profile does not record it).', f.path('opinion'));
      }
      return yes(f.path('status'));
    case 'soc2.type': {
      if (f.aboutOngoing) {
        const e = f.ongoing('in_progress') ?? f.ongoing('planned');
        const type = e?.type ?? soc2.nextPeriod?.type;
        return type === undefined ? unknown('The profile does not say which type the next examination is.', 'soc2.nextPeriod.type') : bool(type === c.type, e === undefined ? 'soc2.nextPeriod.type' : `${f.ongoingPath(e)}.type`);
      }
      if (c.described === true) {
        // "Does the report test operating effectiveness?": about the report in question, not whether some report of that type exists.
        return report === undefined ? noReport() : bool(report.type === c.type, f.path('type'));
      }
      const index = f.engagements.findIndex((e) => e.status === 'completed' && e.type === c.type);
      return index >= 0 ? yes(`soc2.engagements[${index}].type`) : no('soc2.engagements');
    }
    case 'soc2.underway': {
      const e = f.ongoing('in_progress');
      if (e !== undefined) {
        return yes(`${f.ongoingPath(e)}.status`);
      }
      const planned = f.ongoing('planned');
      const plannedStart = planned === undefined ? undefined : planned.type === 'type1' ? planned.asOf : planned.periodStart;
      if (plannedStart !== undefined && f.todayValid && plannedStart <= f.today) {
        return unknown('The planned examination should have started by now; the profile needs updating.', `${f.ongoingPath(planned as Engagement)}.status`);
      }
      const next = soc2.nextPeriod;
      if (next?.start !== undefined && f.todayValid && next.start <= f.today && (next.end === undefined || f.today <= next.end)) {
        return unknown('The next period has started, but the profile does not say whether the examination is under way.', 'soc2.nextPeriod');
      }
      return no('soc2.engagements');
    }
    case 'soc2.planned': {
      const e = f.ongoing('planned') ?? f.ongoing('in_progress');
      if (e !== undefined) {
        return yes(`${f.ongoingPath(e)}.status`);
      }
      if (soc2.nextPeriod !== undefined) {
        return yes('soc2.nextPeriod');
      }
      return unknown('The profile records no plan for a SOC 2 examination.', 'soc2.nextPeriod');
    }
    case 'soc2.nextScheduled': {
      const e = f.ongoing('in_progress') ?? f.ongoing('planned');
      if (e !== undefined) {
        return yes(`${f.ongoingPath(e)}.status`);
      }
      if (soc2.nextPeriod?.start !== undefined || soc2.nextPeriod?.expectedReportDate !== undefined) {
        return yes('soc2.nextPeriod');
      }
      return unknown('The profile records no next examination.', 'soc2.nextPeriod');
    }
    case 'soc2.nextIssued': {
      // The next report is out only once its expected date has come; before then, No. After it, the profile may be stale: a person checks.
      const e = f.ongoing('in_progress') ?? f.ongoing('planned');
      const expected = [e?.expectedReportDate, soc2.nextPeriod?.expectedReportDate].find(isIsoDate);
      const path = e !== undefined && e.expectedReportDate === expected ? `${f.ongoingPath(e)}.expectedReportDate` : 'soc2.nextPeriod.expectedReportDate';
      if (expected === undefined || !f.todayValid) {
        return unknown('The profile records no expected date for the next report.', path);
      }
      if (expected > f.today) {
        return no(path);
      }
      return unknown(`The expected date in the profile (${expected}) has passed; whether the next report is out is for a person.`, path);
    }
    case 'soc2.ageAtMost':
    case 'soc2.ageOver': {
      // "Is it current?" with no report: no; "Is it over a year old?" presupposes one.
      if (report === undefined) {
        return c.kind === 'soc2.ageAtMost' ? no('soc2.engagements') : noReport();
      }
      const ref = referenceDateOf(report);
      if (ref === undefined || !f.todayValid) {
        return unknown('The report date or today is not a calendar date.', f.path(report.type === 'type1' ? 'asOf' : 'periodEnd'));
      }
      if (ref > f.today) {
        return unknown('The report date in the profile is after today.', f.path(report.type === 'type1' ? 'asOf' : 'periodEnd'));
      }
      const limit = addMonths(ref, c.months);
      if (limit === undefined) {
        return unknown('The date could not be compared.');
      }
      const within = f.today <= limit;
      return bool(c.kind === 'soc2.ageAtMost' ? within : !within, f.path(report.type === 'type1' ? 'asOf' : 'periodEnd'));
    }
    case 'soc2.periodUnder':
    case 'soc2.periodAtLeast': {
      if (report === undefined) {
        return noReport();
      }
      if (report.type === 'type1') {
        return no(f.path('type'));
      }
      if (!isIsoDate(report.periodStart) || !isIsoDate(report.periodEnd)) {
        return unknown('The profile lacks the period dates.', f.path('periodStart'));
      }
      // A period from the 1st to the last day of a month counts its final day.
      const days = daysBetween(report.periodStart, report.periodEnd);
      const months = monthsBetween(report.periodStart, addNextDay(report.periodEnd));
      if (days === undefined || months === undefined) {
        return unknown('The period could not be measured.');
      }
      const long = months >= c.months;
      return bool(c.kind === 'soc2.periodAtLeast' ? long : !long, f.path('periodStart'), f.path('periodEnd'));
    }
    case 'soc2.category':
      if (report === undefined) {
        return noReport();
      }
      return bool(categoriesInScope(report).includes(c.category), f.path('categories'));
    case 'soc2.allCategories':
      if (report === undefined) {
        return noReport();
      }
      return bool(categoriesInScope(report).length === 5, f.path('categories'));
    case 'soc2.onlySecurity':
      if (report === undefined) {
        return noReport();
      }
      return bool(categoriesInScope(report).length === 1, f.path('categories'));
    case 'soc2.opinion':
      if (report === undefined) {
        return noReport();
      }
      if (report.opinion === undefined) {
        return unknown('The profile does not record the opinion.', f.path('opinion'));
      }
      // "Was it qualified?" of an adverse opinion: a bare No would read as clean.
      if (c.among.length === 1 && c.among[0] === 'qualified' && (report.opinion === 'adverse' || report.opinion === 'disclaimer')) {
        return unknown(`The opinion is ${report.opinion === 'adverse' ? 'adverse' : 'a disclaimer'}, not qualified; a bare No would read as a clean opinion.`, f.path('opinion'));
      }
      return bool(c.among.includes(report.opinion), f.path('opinion'));
    case 'soc2.exceptions':
      if (report === undefined) {
        return noReport();
      }
      if (report.type === 'type1') {
        return unknown('A Type 1 report has no tests of operating effectiveness, so it lists no test exceptions; say what the report does contain.', f.path('type'));
      }
      if (report.exceptions === undefined) {
        return unknown('The profile does not record whether exceptions were noted.', f.path('exceptions'));
      }
      return bool(c.any === report.exceptions.length > 0, f.path('exceptions'));
    case 'soc2.exceptionCount': {
      if (report === undefined) {
        return noReport();
      }
      if (report.type === 'type1' || report.exceptions === undefined) {
        return unknown('The profile does not record the exceptions of a Type 2 report.', f.path('exceptions'));
      }
      const count = report.exceptions.length;
      const holds = c.op === 'gt' ? count > c.n : c.op === 'lt' ? count < c.n : c.op === 'le' ? count <= c.n : c.op === 'ge' ? count >= c.n : count === c.n;
      return bool(holds, f.path('exceptions'));
    }
    case 'soc2.exceptionsAgainst': {
      if (report === undefined) {
        return noReport();
      }
      if (report.type === 'type1' || report.exceptions === undefined) {
        return unknown('The profile does not record the exceptions of a Type 2 report.', f.path('exceptions'));
      }
      if (report.exceptions.some((e) => e.criterion === undefined)) {
        return unknown('An exception in the profile names no criterion.', f.path('exceptions'));
      }
      const family = c.criterion.includes('.') ? c.criterion : `${c.criterion}.`;
      return bool(report.exceptions.some((e) => (e.criterion ?? '') === c.criterion || (e.criterion ?? '').startsWith(family)), f.path('exceptions'));
    }
    case 'soc2.subservice': {
      if (report === undefined) {
        return noReport();
      }
      const orgs = report.subserviceOrganizations;
      if (orgs === undefined) {
        return unknown('The profile does not list subservice organizations.', f.path('subserviceOrganizations'));
      }
      const where = f.path('subserviceOrganizations');
      if (c.provider === undefined) {
        if (c.method !== undefined) {
          return bool(orgs.some((o) => o.method === c.method), where);
        }
        return bool(orgs.length > 0, where);
      }
      const matching = c.provider === 'cloud' ? orgs.filter((o) => /\b(?:host|hosting|infrastructure|cloud|data ?cent|compute|colocation)/i.test(`${o.services ?? ''} ${o.name}`)) : orgs.filter((o) => providerMatches(o.name, c.provider ?? ''));
      if (matching.length === 0) {
        return unknown(`The profile does not list ${c.provider} as a subservice organization.`, where);
      }
      const methods = new Set(matching.map((o) => o.method));
      if (methods.size > 1) {
        return unknown('The providers this names are presented by different methods.', where);
      }
      const method = matching[0]?.method;
      if (c.method !== undefined) {
        return bool(method === c.method, where);
      }
      if (c.covered === true) {
        return bool(method === 'inclusive', where);
      }
      return yes(where); // "Do you use AWS?" with AWS listed
    }
    case 'soc2.cuecs':
      if (report === undefined) {
        return noReport();
      }
      if (report.cuecs === undefined) {
        return unknown('The profile does not list the CUECs.', f.path('cuecs'));
      }
      return bool(report.cuecs.length > 0, f.path('cuecs'));
    case 'soc2.shared': {
      if (report === undefined) {
        if (c.how === 'on_request') {
          return no('soc2.engagements'); // no report (of the type asked) to share
        }
        return state.inProgress !== undefined ? unknown('No report has been issued yet; how it will be shared is for a person to confirm.', 'soc2.sharing') : noReport();
      }
      const sharing = soc2.sharing;
      return ((): Outcome => {
        switch (c.how) {
          case 'nda':
            return sharing?.nda === undefined ? unknown('The profile does not say whether an NDA is required.', 'soc2.sharing.nda') : bool(sharing.nda, 'soc2.sharing.nda');
          case 'public':
            return sharing?.nda === true ? no('soc2.sharing.nda') : unknown('A SOC 2 report is restricted use; the profile does not say it is shared under an NDA, so whether it is public is for a person.', 'soc2.sharing');
          case 'portal':
            return sharing?.trustPortalUrl !== undefined ? yes('soc2.sharing.trustPortalUrl') : unknown('The profile names no trust portal.', 'soc2.sharing.trustPortalUrl');
          case 'on_request':
            return sharing !== undefined && (sharing.nda !== undefined || sharing.trustPortalUrl !== undefined || sharing.contact !== undefined)
              ? yes('soc2.sharing')
              : unknown('The profile does not say how the report is shared.', 'soc2.sharing');
        }
      })();
    }
    case 'soc2.bridge': {
      if (report === undefined) {
        return noReport();
      }
      const letter = state.bridgeLetter;
      return ((): Outcome => {
        switch (c.what) {
          case 'exists':
            return letter !== undefined ? yes('soc2.bridgeLetter') : no('soc2.bridgeLetter');
          case 'offer':
            return letter !== undefined ? yes('soc2.bridgeLetter') : unknown('The profile records no bridge letter; whether management will issue one is for a person.', 'soc2.bridgeLetter');
          case 'covers_today':
            return bool(state.bridgeCoversToday, 'soc2.bridgeLetter.coversUntil');
          case 'by_auditor':
            return no('soc2.bridgeLetter');
          case 'by_management':
            return letter !== undefined ? yes('soc2.bridgeLetter') : no('soc2.bridgeLetter');
        }
      })();
    }
    case 'soc2.auditor': {
      if (f.aboutOngoing) {
        const e = f.ongoing('in_progress') ?? f.ongoing('planned');
        if (e === undefined) {
          return unknown('The profile records no examination under way.', 'soc2.engagements');
        }
        if (e.cpaFirm === undefined) {
          return unknown('The profile does not name the firm for the examination under way.', `${f.ongoingPath(e)}.cpaFirm`);
        }
        return c.what === 'named' ? bool(sameName(e.cpaFirm, c.name ?? ''), `${f.ongoingPath(e)}.cpaFirm`) : c.what === 'cpa' ? yes(`${f.ongoingPath(e)}.cpaFirm`) : no(`${f.ongoingPath(e)}.cpaFirm`);
      }
      if (report === undefined) {
        return noReport();
      }
      if (c.what === 'non_cpa') {
        return report.cpaFirm !== undefined ? no(f.path('cpaFirm')) : unknown('The profile does not name the CPA firm.', f.path('cpaFirm'));
      }
      if (report.cpaFirm === undefined) {
        return unknown('The profile does not name the CPA firm.', f.path('cpaFirm'));
      }
      if (c.what === 'cpa') {
        return yes(f.path('cpaFirm'));
      }
      const asked = firmTokens(c.what === 'named' ? (c.name ?? '') : '');
      if (asked.length === 0) {
        return unknown('The firm named could not be read.');
      }
      return bool(sameName(report.cpaFirm, c.name ?? ''), f.path('cpaFirm'));
    }
    case 'soc2.standard': {
      if (report === undefined) {
        return noReport();
      }
      return ((): Outcome => {
        switch (c.standard) {
          case 'ssae18':
          case 'atc':
            return yes(f.path('status'));
          case 'ssae16':
          case 'sas70': {
            const ref = referenceDateOf(report);
            // SSAE 18 superseded SSAE 16 for reports dated on or after 2017-05-01; SAS 70 was retired in 2011.
            return ref !== undefined && ref >= '2017-05-01' ? no(f.path(report.type === 'type1' ? 'asOf' : 'periodEnd')) : unknown('The report predates SSAE 18; a person should say under which standard it was issued.');
          }
          case 'isae3402':
            return no(f.path('status'));
          case 'isae3000':
            return unknown('The profile does not say whether the report was also issued under ISAE 3000.');
        }
      })();
    }
    case 'soc2.system': {
      const target = f.aboutOngoing ? (f.ongoing('in_progress') ?? f.ongoing('planned')) : report;
      if (target === undefined) {
        return noReport();
      }
      const described = [target.system?.name, f.profile.organization.product, f.profile.organization.name].filter((n): n is string => n !== undefined);
      return described.some((n) => sameName(n, c.name)) ? yes(target.system === undefined ? 'organization' : `${f.path('system.name')}`) : unknown(`The profile does not say that the report describes ${c.name}.`, f.path('system'));
    }
    case 'soc2.expected': {
      const e = f.ongoing('in_progress') ?? f.ongoing('planned');
      const expected = [e?.expectedReportDate, soc2.nextPeriod?.expectedReportDate].find(isIsoDate);
      if (expected === undefined) {
        return unknown('The profile records no expected report date.', 'soc2.nextPeriod.expectedReportDate');
      }
      if (f.todayValid && expected < f.today) {
        return unknown(`The expected date in the profile (${expected}) has passed; the profile needs updating.`, 'soc2.nextPeriod.expectedReportDate');
      }
      const path = e?.expectedReportDate === expected ? `${f.ongoingPath(e)}.expectedReportDate` : 'soc2.nextPeriod.expectedReportDate';
      return bool(compareDate(expected, c.op, c.date), path);
    }
    case 'soc2.asOf': {
      if (report === undefined) {
        return noReport();
      }
      if (report.type !== 'type1') {
        return no(f.path('type'));
      }
      return report.asOf === undefined ? unknown('The profile lacks the as-of date.', f.path('asOf')) : bool(within(report.asOf, c.date), f.path('asOf'));
    }
    case 'soc2.periodIs': {
      if (!f.aboutOngoing) {
        // Any completed report for that period; a period still under way, or one whose report is overdue, is for a person.
        const matches = (e: Engagement): boolean => e.type === 'type2' && e.periodStart !== undefined && e.periodEnd !== undefined && within(e.periodStart, c.from) && within(e.periodEnd, c.to);
        const index = f.engagements.findIndex((e) => e.status === 'completed' && matches(e));
        if (index >= 0) {
          return yes(`soc2.engagements[${index}].periodStart`, `soc2.engagements[${index}].periodEnd`);
        }
        const next = soc2.nextPeriod;
        const upcoming = f.engagements.some((e) => e.status !== 'completed' && matches(e)) || (next?.start !== undefined && next.end !== undefined && within(next.start, c.from) && within(next.end, c.to));
        if (upcoming) {
          return unknown('That period is the next examination in the profile; whether its report has been issued is for a person to confirm.', 'soc2.nextPeriod');
        }
        return report === undefined ? noReport() : no('soc2.engagements');
      }
      const target = f.ongoing('in_progress') ?? f.ongoing('planned');
      if (target === undefined) {
        return no('soc2.engagements');
      }
      if (target.type !== 'type2') {
        return no(`${f.ongoingPath(target)}.type`);
      }
      if (target.periodStart === undefined || target.periodEnd === undefined) {
        return unknown('The profile lacks the period dates.', `${f.ongoingPath(target)}.periodStart`);
      }
      return bool(within(target.periodStart, c.from) && within(target.periodEnd, c.to), `${f.ongoingPath(target)}.periodStart`, `${f.ongoingPath(target)}.periodEnd`);
    }
    case 'soc2.bridgeAfter': {
      if (report === undefined) {
        return noReport();
      }
      const letter = state.bridgeLetter;
      return letter === undefined ? no('soc2.bridgeLetter') : bool(letter.coversUntil >= c.date.end, 'soc2.bridgeLetter.coversUntil');
    }
    case 'dated': {
      const dated =
        c.what === 'ir_test'
          ? { date: f.profile.controls?.incidentResponse?.lastTested, path: 'controls.incidentResponse.lastTested' }
          : c.what === 'pentest'
            ? { date: latestPentest(f)?.date, path: 'otherAssurance.penetrationTests' }
            : { date: f.profile.otherAssurance?.iso27001?.expires, path: 'otherAssurance.iso27001.expires' };
      if (dated.date === undefined || !isIsoDate(dated.date)) {
        return unknown('The profile does not record that date.', dated.path);
      }
      if (c.what !== 'iso_expiry' && f.todayValid && dated.date > f.today) {
        return unknown('The date in the profile is after today.', dated.path);
      }
      // "Tested since March 2026" / "in 2026": the latest date decides; an earlier test does not make it No when the latest one is inside.
      const op = c.op === 'since' ? 'after_start' : c.op;
      return bool(compareDate(dated.date, op, c.date), dated.path);
    }
    case 'pentest.firm': {
      const latest = latestPentest(f);
      return latest?.firm === undefined ? unknown('The profile does not name the firm that performed the test.', 'otherAssurance.penetrationTests') : bool(sameName(latest.firm, c.name), 'otherAssurance.penetrationTests[].firm');
    }
    case 'iso.body': {
      const body = f.profile.otherAssurance?.iso27001?.certificationBody;
      return body === undefined ? unknown('The profile does not name the certification body.', 'otherAssurance.iso27001.certificationBody') : bool(sameName(body, c.name), 'otherAssurance.iso27001.certificationBody');
    }
    case 'patch.within': {
      const p = f.profile.controls?.patching;
      const days = c.severity === 'critical' ? p?.criticalWithinDays : p?.highWithinDays;
      const path = `controls.patching.${c.severity === 'critical' ? 'criticalWithinDays' : 'highWithinDays'}`;
      if (days === undefined) {
        return unknown(`The profile does not record the ${c.severity}-severity patch deadline.`, path);
      }
      if (days * 24 <= c.hours) {
        return yes(path);
      }
      // A window asked in business days may reach further than its calendar-day count.
      return c.upTo === undefined || days * 24 > c.upTo ? no(path) : unknown('The window asked is in business days; whether the deadline fits depends on the calendar.', path);
    }
    case 'patch.automated': {
      const value = f.profile.controls?.patching?.automatedUpdates;
      return value === undefined ? unknown('The profile does not say whether updates are automated.', 'controls.patching.automatedUpdates') : bool(value, 'controls.patching.automatedUpdates');
    }
    case 'patch.process': {
      const p = f.profile.controls?.patching;
      return p !== undefined && (p.automatedUpdates === true || p.criticalWithinDays !== undefined || p.highWithinDays !== undefined || (p.description ?? '').trim() !== '')
        ? yes('controls.patching')
        : unknown('The profile does not describe patch management.', 'controls.patching');
    }
    case 'tool': {
      const tools = c.area === 'scanning' ? (f.profile.controls?.vulnerabilityScanning?.tools ?? []) : [f.profile.controls?.endpointManagement?.tool ?? ''];
      return tools.some((t) => sameName(t, c.name) || t.toLowerCase().includes(c.name.toLowerCase()))
        ? yes(c.area === 'scanning' ? 'controls.vulnerabilityScanning.tools' : 'controls.endpointManagement.tool')
        : unknown(`The profile does not name ${c.name}.`);
    }
    case 'scan.performed': {
      const s = f.profile.controls?.vulnerabilityScanning;
      return s?.cadence !== undefined || (s?.tools?.length ?? 0) > 0 ? yes('controls.vulnerabilityScanning') : unknown('The profile does not describe vulnerability scanning.', 'controls.vulnerabilityScanning');
    }
    case 'scan.atLeast': {
      const cadence = f.profile.controls?.vulnerabilityScanning?.cadence;
      if (cadence === undefined) {
        return unknown('The profile does not record the scanning cadence.', 'controls.vulnerabilityScanning.cadence');
      }
      const rank = CADENCE_RANK[cadence];
      return bool(c.strictly === true ? rank > CADENCE_RANK[c.cadence] : rank >= CADENCE_RANK[c.cadence], 'controls.vulnerabilityScanning.cadence');
    }
    case 'endpoint.managed': {
      const value = f.profile.controls?.endpointManagement?.centrallyManaged;
      return value === undefined ? unknown('The profile does not say whether endpoints are centrally managed.', 'controls.endpointManagement.centrallyManaged') : bool(value, 'controls.endpointManagement.centrallyManaged');
    }
    case 'endpoint.encrypted': {
      const baselines = f.profile.controls?.endpointManagement?.baselines ?? '';
      // Free text can say that encryption is enforced; its silence is not a No.
      return /\bencrypt/i.test(baselines) && !/\b(?:no|not|without)\b[^.]{0,30}encrypt/i.test(baselines)
        ? yes('controls.endpointManagement.baselines')
        : unknown('The profile’s endpoint baselines do not mention encryption.', 'controls.endpointManagement.baselines');
    }
    case 'endpoint.baseline': {
      const baselines = f.profile.controls?.endpointManagement?.baselines ?? '';
      const words: Record<typeof c.safeguard, RegExp> = {
        edr: /\b(?:edr|endpoint detection and response)\b/i,
        antimalware: /\b(?:anti-?malware|anti-?virus|antivirus)\b/i,
        screen_lock: /\bscreen[- ]?lock/i,
        firewall: /\bfirewall/i,
      };
      // The enforced baselines can name a safeguard; their silence is not a No.
      return words[c.safeguard].test(baselines) ? yes('controls.endpointManagement.baselines') : unknown('The profile’s endpoint baselines do not name this safeguard.', 'controls.endpointManagement.baselines');
    }
    case 'ir.plan': {
      const value = f.profile.controls?.incidentResponse?.planExists;
      return value === undefined ? unknown('The profile does not say whether an incident response plan exists.', 'controls.incidentResponse.planExists') : bool(value, 'controls.incidentResponse.planExists');
    }
    case 'ir.testedWithin': {
      const ir = f.profile.controls?.incidentResponse;
      if (ir?.planExists === false) {
        return no('controls.incidentResponse.planExists');
      }
      const last = ir?.lastTested;
      if (c.cadence === true && last !== undefined && f.todayValid && last <= f.today && f.today <= (addMonths(last, c.months) ?? '')) {
        return unknown('The profile records the last test, not a testing cadence; a recent test does not show that tests recur.', 'controls.incidentResponse.lastTested');
      }
      if (last === undefined || !f.todayValid) {
        return unknown('The profile does not record when the plan was last tested.', 'controls.incidentResponse.lastTested');
      }
      if (last > f.today) {
        return unknown('The test date in the profile is after today.', 'controls.incidentResponse.lastTested');
      }
      const limit = addMonths(last, c.months);
      return limit === undefined ? unknown('The date could not be compared.') : bool(f.today <= limit, 'controls.incidentResponse.lastTested');
    }
    case 'ir.notifyWithin': {
      const committed = committedHours(f.profile.controls?.incidentResponse?.notificationCommitment);
      const path = 'controls.incidentResponse.notificationCommitment';
      if (committed === undefined) {
        return unknown('The profile’s notification commitment names no deadline in hours or days.', path);
      }
      if (committed.least > (c.upTo ?? c.hours)) {
        return no(path);
      }
      return committed.most <= c.hours ? yes(path) : unknown('The commitment or the deadline asked is in business days, which may or may not fit.', path);
    }
    case 'iso.certified': {
      const iso = f.profile.otherAssurance?.iso27001;
      if (iso === undefined) {
        return unknown('The profile does not record ISO/IEC 27001.', 'otherAssurance.iso27001');
      }
      if (!iso.certified) {
        return no('otherAssurance.iso27001.certified');
      }
      if (iso.expires !== undefined && f.todayValid && iso.expires < f.today) {
        return no('otherAssurance.iso27001.expires');
      }
      return yes('otherAssurance.iso27001.certified');
    }
    case 'iso.version': {
      const iso = f.profile.otherAssurance?.iso27001;
      if (iso?.version === undefined || !iso.certified) {
        return unknown('The profile does not record the edition certified against.', 'otherAssurance.iso27001.version');
      }
      return bool(iso.version === c.version, 'otherAssurance.iso27001.version');
    }
    case 'soc1.report': {
      const soc1 = f.profile.otherAssurance?.soc1;
      return soc1 === undefined ? unknown('The profile does not record a SOC 1.', 'otherAssurance.soc1') : yes('otherAssurance.soc1');
    }
    case 'soc1.current': {
      const soc1 = f.profile.otherAssurance?.soc1;
      const ref = soc1 === undefined ? undefined : soc1.type === 'type1' ? soc1.asOf : soc1.periodEnd;
      if (ref === undefined || !isIsoDate(ref) || !f.todayValid || ref > f.today) {
        return unknown('The profile does not date the SOC 1 report.', 'otherAssurance.soc1');
      }
      return bool(f.today <= (addMonths(ref, 12) ?? ''), 'otherAssurance.soc1');
    }
    case 'soc3.current': {
      const soc3 = f.profile.otherAssurance?.soc3;
      if (soc3 === undefined || !soc3.available) {
        return soc3 === undefined ? unknown('The profile does not record a SOC 3.', 'otherAssurance.soc3') : no('otherAssurance.soc3.available');
      }
      if (soc3.periodEnd === undefined || !f.todayValid || soc3.periodEnd > f.today) {
        return unknown('The profile does not date the SOC 3 report.', 'otherAssurance.soc3.periodEnd');
      }
      return bool(f.today <= (addMonths(soc3.periodEnd, 12) ?? ''), 'otherAssurance.soc3.periodEnd');
    }
    case 'soc3.available': {
      const soc3 = f.profile.otherAssurance?.soc3;
      return soc3 === undefined ? unknown('The profile does not record a SOC 3.', 'otherAssurance.soc3') : bool(soc3.available, 'otherAssurance.soc3.available');
    }
    case 'pentest.performed': {
      const tests = f.profile.otherAssurance?.penetrationTests;
      return tests === undefined || tests.length === 0 ? unknown('The profile records no penetration test.', 'otherAssurance.penetrationTests') : yes('otherAssurance.penetrationTests');
    }
    case 'pentest.within': {
      const tests = (f.profile.otherAssurance?.penetrationTests ?? []).filter((t) => isIsoDate(t.date) && (!f.todayValid || t.date <= f.today));
      if (tests.length === 0 || !f.todayValid) {
        return unknown('The profile records no completed penetration test.', 'otherAssurance.penetrationTests');
      }
      const latest = tests.map((t) => t.date).sort().at(-1) ?? '';
      const limit = addMonths(latest, c.months);
      return limit === undefined ? unknown('The date could not be compared.') : bool(f.today <= limit, 'otherAssurance.penetrationTests');
    }
    case 'pentest.cadence': {
      const dates = (f.profile.otherAssurance?.penetrationTests ?? [])
        .map((t) => t.date)
        .filter((d) => isIsoDate(d) && (!f.todayValid || d <= f.today))
        .sort();
      const latest = dates.at(-1);
      if (latest === undefined || !f.todayValid) {
        return unknown('The profile records no completed penetration test.', 'otherAssurance.penetrationTests');
      }
      if (f.today > (addMonths(latest, c.months) ?? '')) {
        return no('otherAssurance.penetrationTests');
      }
      // Test dates show when tests happened, not a practice: the profile has no testing cadence to say Yes from.
      return unknown('The profile records test dates but no testing cadence; a recent test does not show that tests recur.', 'otherAssurance.penetrationTests');
    }
    case 'pentest.withinDays': {
      const latest = latestPentest(f);
      if (latest === undefined || !f.todayValid) {
        return unknown('The profile records no completed penetration test.', 'otherAssurance.penetrationTests');
      }
      const days = daysBetween(latest.date, f.today);
      return days === undefined ? unknown('The date could not be compared.') : bool(days <= c.days, 'otherAssurance.penetrationTests');
    }
    case 'pentest.independent': {
      const latest = latestPentest(f);
      return latest?.firm !== undefined ? yes('otherAssurance.penetrationTests[].firm') : unknown('The profile does not name the firm that performed the test.', 'otherAssurance.penetrationTests');
    }
    case 'pentest.summary': {
      const latest = latestPentest(f);
      return latest?.summaryAvailable === undefined ? unknown('The profile does not say whether a summary can be shared.', 'otherAssurance.penetrationTests') : bool(latest.summaryAvailable, 'otherAssurance.penetrationTests[].summaryAvailable');
    }
    case 'framework': {
      const list = f.profile.otherAssurance?.frameworks ?? [];
      const index = list.findIndex((fw) => frameworkKey(fw.name).startsWith(frameworkKey(c.name)) || frameworkKey(c.name).startsWith(frameworkKey(fw.name)));
      const entry = list[index];
      if (entry === undefined) {
        return unknown(`The profile does not record ${c.name}.`, 'otherAssurance.frameworks');
      }
      const path = `otherAssurance.frameworks[${index}].state`;
      if (c.claim === 'in_progress') {
        return entry.state === undefined ? unknown(`The profile describes ${entry.name} in free text only.`, `otherAssurance.frameworks[${index}]`) : bool(entry.state === 'in_progress', path);
      }
      if (c.claim === 'applicable') {
        return entry.state === undefined ? unknown(`The profile describes ${entry.name} in free text only.`, `otherAssurance.frameworks[${index}]`) : bool(entry.state !== 'not_applicable', path);
      }
      switch (entry.state) {
        case undefined:
          return unknown(`The profile describes ${entry.name} in free text only; give it a "state" to decide Yes/No questions.`, `otherAssurance.frameworks[${index}]`);
        case 'not_applicable':
          return na(`${entry.name} is not applicable, according to the profile.`, path);
        case 'in_progress':
        case 'not_pursued':
          return no(path);
        case 'compliant':
          return c.claim === 'certified' || c.claim === 'attested' ? unknown(`The profile says compliant; the question asks whether ${entry.name} is ${c.claim}.`, path) : yes(path);
        case 'certified':
        case 'attested':
          return c.claim === 'any' || c.claim === 'compliant' || c.claim === entry.state ? yes(path) : unknown(`The profile says ${entry.state}; the question asks whether it is ${c.claim}.`, path);
      }
    }
  }
}

function within(date: string, span: { start: string; end: string }): boolean {
  return date >= span.start && date <= span.end;
}

/** A date against a named date: by (no later than its end), before (earlier than its start), in, after (later than its end), after_start (on or after its start). */
function compareDate(date: string, op: 'by' | 'before' | 'in' | 'after' | 'after_start', span: { start: string; end: string }): boolean {
  switch (op) {
    case 'by':
      return date <= span.end;
    case 'before':
      return date < span.start;
    case 'in':
      return within(date, span);
    case 'after':
      return date > span.end;
    case 'after_start':
      return date >= span.start;
  }
}

function sameName(a: string, b: string): boolean {
  const tokensA = firmTokens(a);
  const tokensB = firmTokens(b);
  return tokensA.length > 0 && tokensB.length > 0 && (tokensA.every((t) => tokensB.includes(t)) || tokensB.every((t) => tokensA.includes(t)));
}

function latestPentest(f: Facts): NonNullable<NonNullable<Profile['otherAssurance']>['penetrationTests']>[number] | undefined {
  const tests = (f.profile.otherAssurance?.penetrationTests ?? []).filter((t) => !f.todayValid || t.date <= f.today);
  return [...tests].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

function addNextDay(date: string): string {
  const next = daysBetween('1970-01-01', date);
  if (next === undefined) {
    return date;
  }
  const d = new Date(Date.UTC(1970, 0, 1 + next + 1));
  return d.toISOString().slice(0, 10);
}

function providerMatches(name: string, asked: string): boolean {
  const n = name.toLowerCase();
  const a = asked.toLowerCase();
  const aliases: Record<string, string[]> = {
    aws: ['amazon web services', 'aws', 'amazon'],
    amazon: ['amazon web services', 'aws', 'amazon'],
    'amazon web services': ['amazon web services', 'aws', 'amazon'],
    azure: ['azure', 'microsoft'],
    'microsoft azure': ['azure', 'microsoft'],
    gcp: ['google cloud', 'gcp', 'google'],
    'google cloud': ['google cloud', 'gcp', 'google'],
    'google cloud platform': ['google cloud', 'gcp', 'google'],
  };
  return (aliases[a] ?? [a]).some((alias) => n.includes(alias));
}


/** Heads about a report's content: a type named beside them selects the report rather than being claimed. */
const SELECTING_HEADS = new Set<Condition['kind']>([
  'soc2.opinion', 'soc2.exceptions', 'soc2.exceptionCount', 'soc2.exceptionsAgainst', 'soc2.periodUnder', 'soc2.asOf', 'soc2.periodIs', 'soc2.bridgeAfter', 'soc2.category', 'soc2.allCategories', 'soc2.onlySecurity', 'soc2.subservice',
  'soc2.cuecs', 'soc2.shared', 'soc2.bridge', 'soc2.auditor', 'soc2.standard', 'soc2.periodAtLeast', 'soc2.ageOver',
]);

/**
 * The verdict for a read question. Only polar questions of a family Attest has facts for get
 * one; `undefined` means the question is not a Yes/No question at all.
 */
export function decideVerdict(profile: Profile, intent: IntentId, reading: QuestionReading, today: string): Verdict | undefined {
  if (reading.shape !== 'polar') {
    return undefined;
  }
  if (intent === 'none') {
    return { value: 'undetermined', facts: [], reasons: ['Not a question Attest answers.'] };
  }
  if (reading.parts !== undefined && reading.offTopic.length === 0) {
    // Several Yes/No questions in one cell: one answer only when the facts answer each the same way.
    const verdicts = reading.parts.map((part) => decideVerdict(profile, intent, { ...reading, ...part, several: false, parts: undefined }, today));
    const values = new Set(verdicts.map((v) => v?.value));
    const facts = [...new Set(verdicts.flatMap((v) => v?.facts ?? []))];
    const [only] = values;
    if (values.size === 1 && only !== undefined && only !== 'undetermined') {
      return { value: only, facts, reasons: [] };
    }
    return { value: 'undetermined', facts, reasons: ['The cell asks more than one question, and the facts do not answer them all the same way.', ...verdicts.flatMap((v) => v?.reasons ?? [])] };
  }
  const reasons: string[] = [];
  if (reading.notUnderstood.length > 0) {
    reasons.push(`Not understood: ${reading.notUnderstood.map((w) => `"${w}"`).join(', ')}.`);
  }
  if (reading.several) {
    reasons.push('The cell asks more than one question.');
  }
  if (reading.conditions.length === 0) {
    reasons.push('The question asks something the profile does not hold.');
  }
  const facts = new Facts(profile, today, reading);
  // "Is the Type 2 opinion unqualified?": the type picks the report; it is a claim only when the question asks whether a report exists.
  const typeIsClaim = !reading.conditions.some((c) => SELECTING_HEADS.has(c.condition.kind));
  const claims = reading.conditions.filter((c) => typeIsClaim || c.condition.kind !== 'soc2.type' || c.condition.described === true);
  const outcomes = claims.map((c) => evaluate(c.condition, facts));
  const allFacts = [...new Set(outcomes.flatMap((o) => o.facts))];
  for (const outcome of outcomes) {
    // Written for the writer: the reader's own notation for the condition ("pentest.cadence(months=12)") stays out of it.
    if (outcome.reason !== undefined && outcome.value === 'undetermined' && !reasons.includes(outcome.reason)) {
      reasons.push(outcome.reason);
    }
  }
  // "Qualified or adverse?": one condition that holds answers an "or" question.
  const anyHolds = reading.combine === 'any' && outcomes.some((o) => o.value === 'yes');
  if (reasons.length > 0 && !(anyHolds && reading.notUnderstood.length === 0 && !reading.several && reading.conditions.length > 0)) {
    return { value: 'undetermined', facts: allFacts, reasons };
  }
  const values = outcomes.map((o) => o.value);
  const families = new Set(claims.map((c) => conditionFamily(c.condition)));
  // "Current and unqualified?", "all five categories with no exceptions?": two claims the facts answer differently are for a person.
  const heads = new Set(claims.filter((c) => SELECTING_HEADS.has(c.condition.kind)).map((c) => c.condition.kind));
  const providers = reading.conditions.filter((c) => c.condition.kind === 'soc2.subservice' && c.condition.provider !== undefined);
  if ((families.size > 1 || providers.length > 1 || heads.size > 1 || (heads.size === 1 && claims.some((c) => c.condition.kind === 'soc2.ageAtMost'))) && new Set(values).size > 1) {
    // "A SOC 2 and an ISO 27001?", "both Equinix and AWS?": two claims that differ are two answers.
    return { value: 'undetermined', facts: allFacts, reasons: ['The question asks about several things, and the facts answer them differently.'] };
  }
  let value: VerdictValue;
  if (reading.combine === 'any') {
    value = values.includes('yes') ? 'yes' : values.every((v) => v === 'no') ? 'no' : 'undetermined';
  } else {
    value = values.includes('no') ? 'no' : values.includes('na') ? 'na' : values.every((v) => v === 'yes') ? 'yes' : 'undetermined';
  }
  if (value === 'no' && reading.ifNot) {
    return { value: 'undetermined', facts: allFacts, reasons: ['The answer to the first question is No, and the "If not, …" question after it is for a person.'] };
  }
  const notes = outcomes.filter((o) => o.value === 'na' && o.reason !== undefined).map((o) => o.reason ?? '');
  const completed = profile.soc2.engagements.filter((e) => e.status === 'completed');
  if (intent.startsWith('soc2.') && completed.length > 1 && facts.report !== undefined) {
    notes.push(`The profile lists ${completed.length} completed reports; this verdict is about the ${facts.report.type === 'type1' ? 'Type 1' : 'Type 2'} ${facts.report.type === 'type1' ? `as of ${facts.report.asOf ?? '?'}` : `for the period ending ${facts.report.periodEnd ?? '?'}`}.`);
  }
  return { value, facts: allFacts, reasons: notes };
}

/**
 * What every intent composer shares: the profile, the SOC 2 state for today, the placeholders it
 * had to leave (a missing fact is never guessed), the warnings for the writer, and small
 * formatting helpers so the wording stays consistent across intents.
 */
import { isIsoDate, soc2State, type Soc2State } from '../assurance';
import type { AnswerLength } from '../intents';
import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId, type Engagement, type Profile } from '../profile/schema';

export interface ComposeOptions {
  length: AnswerLength;
  /** ISO date that "today" means for freshness. */
  today: string;
  /**
   * The question, when known. Only used to pick the polarity of a Yes/No cell ("Were there
   * exceptions?" vs "Was the opinion unqualified?") and to name categories or types it asks about.
   */
  question?: string;
}

export interface ComposedAnswer {
  /** The answer; for `yesno` exactly "Yes", "No" or "N/A" unless a fact is missing (then the placeholder). */
  text: string;
  /** Notes for the writer (never part of the answer). */
  warnings: string[];
  /** Every placeholder left in `text`, e.g. `[period end date]`. */
  missing: string[];
}

/** The placeholders the composer may leave. Functions take a name from the profile. */
export const PLACEHOLDERS = {
  organization: '[organization name]',
  periodStart: '[period start date]',
  periodEnd: '[period end date]',
  asOf: '[as-of date]',
  cpaFirm: '[CPA firm]',
  opinion: '[opinion]',
  exceptions: '[exceptions noted]',
  sharing: '[how the report is shared]',
  expectedReportDate: '[expected report date]',
  nextReportDate: '[next report date]',
  nextExamination: '[next examination date]',
  systemName: '[system name]',
  subservice: '[subservice organizations]',
  monitoring: (name: string): string => `[how ${name} is monitored]`,
  cuecs: '[complementary user entity controls]',
  patching: '[patch management practice]',
  endpoint: '[endpoint management]',
  scanCadence: '[scanning cadence]',
  incidentPlan: '[incident response plan]',
  incidentLastTested: '[date the plan was last tested]',
  isoStatus: '[ISO/IEC 27001 status]',
  isoBody: '[certification body]',
  isoExpiry: '[certificate expiry date]',
  soc1Status: '[SOC 1 status]',
  soc3Status: '[SOC 3 status]',
  pentest: '[penetration testing]',
  pentestFirm: '[penetration test firm]',
  frameworks: '[other frameworks]',
  frameworkStatus: (name: string): string => `[${name} status]`,
} as const;

/** Free text from the profile, made safe to sit inside a sentence and a placeholder. */
export function inline(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A profile phrase used mid-sentence: no trailing full stop or semicolon. */
export function clause(value: string): string {
  return inline(value).replace(/[\s.;,]+$/, '');
}

/**
 * A profile phrase placed mid-sentence: a capital that only began the field goes ("Production
 * hosts, container images" → "production hosts, …"), while names keep theirs ("Amazon Inspector",
 * "AWS", "Jamf Pro"); brackets inside it become a colon, so a phrase shown in brackets never nests them.
 */
export function midSentence(value: string): string {
  const text = clause(value).replace(/\s*\(([^()]*)\)/g, ': $1');
  return /^[A-Z][a-z]+(?:[\s,;:]+[a-z]|$)/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** Ends a sentence once, whatever the free text already ended with. */
export function sentence(value: string): string {
  const trimmed = inline(value);
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) {
    return items[0] ?? '';
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Numbers below ten in words, as careful prose writes them. */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Security first, then the named optional categories in their usual order; Security is always in scope. */
export function categoriesInScope(engagement: Engagement | undefined): CategoryId[] {
  const named = new Set<CategoryId>(engagement?.categories ?? []);
  named.add('security');
  return CATEGORY_IDS.filter((id) => named.has(id));
}

export function categoriesOutOfScope(engagement: Engagement | undefined): CategoryId[] {
  const inScope = new Set(categoriesInScope(engagement));
  return CATEGORY_IDS.filter((id) => !inScope.has(id));
}

/** "the Security category" / "the Security and Availability categories". */
export function categoriesPhrase(engagement: Engagement | undefined): string {
  const labels = categoriesInScope(engagement).map((id) => CATEGORY_LABELS[id]);
  return `the ${joinAnd(labels)} trust services ${labels.length === 1 ? 'category' : 'categories'}`;
}

/** The ids that make up each category, written as ranges of real criteria. */
export const CATEGORY_CRITERIA: Record<CategoryId, string> = {
  security: 'the common criteria, CC1.1 to CC9.2',
  availability: 'A1.1 to A1.3',
  confidentiality: 'C1.1 to C1.2',
  processing_integrity: 'PI1.1 to PI1.5',
  privacy: 'P1.1 to P8.1',
};

/** Words a question uses for each optional category. */
export const CATEGORY_WORDS: Record<CategoryId, RegExp> = {
  security: /\bsecurity\b/i,
  availability: /\bavailability\b/i,
  confidentiality: /\bconfidentiality\b/i,
  processing_integrity: /\bprocessing[\s-]+integrity\b/i,
  privacy: /\bprivacy\b/i,
};

export class AnswerContext {
  readonly state: Soc2State;
  readonly warnings: string[] = [];
  private readonly placeholders: string[] = [];

  constructor(
    readonly profile: Profile,
    readonly options: ComposeOptions,
  ) {
    this.state = soc2State(profile, options.today);
    if (!this.state.todayValid) {
      this.warn(`"${inline(options.today)}" is not an ISO date (YYYY-MM-DD), so the answer does not say whether the report is current.`);
    }
  }

  get length(): AnswerLength {
    return this.options.length;
  }

  get question(): string {
    return this.options.question ?? '';
  }

  /** The organization's name as answers write it. */
  get org(): string {
    const name = (this.profile.organization as Profile['organization'] | undefined)?.name;
    return typeof name === 'string' && inline(name) !== '' ? inline(name) : this.placeholder(PLACEHOLDERS.organization);
  }

  get orgs(): string {
    return possessive(this.org);
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) {
      this.warnings.push(message);
    }
  }

  /** Leaves a visible placeholder and records it. */
  placeholder(text: string): string {
    const safe = `[${text.replace(/^\[|\]$/g, '').replace(/[[\]]/g, '')}]`;
    if (!this.placeholders.includes(safe)) {
      this.placeholders.push(safe);
    }
    return safe;
  }

  /** The profile's text for a fact, or a placeholder. */
  fact(value: string | undefined, placeholder: string): string {
    return value !== undefined && inline(value) !== '' ? clause(value) : this.placeholder(placeholder);
  }

  /** An ISO date from the profile, or a placeholder (a malformed date is never repeated). */
  date(value: string | undefined, placeholder: string): string {
    if (isIsoDate(value)) {
      return value;
    }
    if (value !== undefined) {
      this.warn(`The profile has "${inline(value)}" where an ISO date (YYYY-MM-DD) belongs; the answer leaves a placeholder instead.`);
    }
    return this.placeholder(placeholder);
  }

  /** The placeholders that ended up in `text`, in the order they were first used. */
  missingIn(text: string): string[] {
    return this.placeholders.filter((p) => text.includes(p));
  }
}

/**
 * What the question reader makes of a question: its answer shape, the claim it asks about (as a
 * list of conditions that must all hold, or any of them for an "or" question), and what it did
 * not understand. The verdict module evaluates the conditions against the profile.
 */
import type { CategoryId, Opinion, ReportType } from '../profile/schema';

/**
 * polar: a Yes/No question ("Do you…", "Is the…", "Confirm whether…", a bare row label);
 * choice: one of named alternatives ("Type 1 or Type 2?"); which: asks for a fact (what, which,
 * when, who, how often, how many); describe: asks for prose or a document (describe, provide,
 * list, attach).
 */
export type AnswerShape = 'polar' | 'choice' | 'which' | 'describe';

export type ScanCadence = 'continuous' | 'daily' | 'weekly' | 'fortnightly' | 'monthly' | 'quarterly' | 'annually';

/** A date a question names, as the range of days it covers ("June 2027" is the whole month). */
export interface DateSpan {
  start: string;
  end: string;
}

export type FrameworkClaim = 'compliant' | 'certified' | 'attested' | 'any' | 'in_progress' | 'applicable';

export type Condition =
  /** A completed SOC 2 report exists (of the named type, when a type condition is present). */
  | { kind: 'soc2.report'; compliance?: boolean }
  /** `described`: the question says what the report does ("tests operating effectiveness"), a claim rather than which report it means. */
  | { kind: 'soc2.type'; type: ReportType; described?: boolean }
  /** An examination is under way now ("currently undergoing", "in progress"). */
  | { kind: 'soc2.underway' }
  /** An examination is planned or scheduled ("plan to obtain", "working toward"). */
  | { kind: 'soc2.planned' }
  /** The report's reference date (period end / as-of) is no more than this many months ago. */
  | { kind: 'soc2.ageAtMost'; months: number }
  /** The report's reference date is more than this many months ago. */
  | { kind: 'soc2.ageOver'; months: number }
  /** The Type 2 period spans at least this many months. */
  | { kind: 'soc2.periodAtLeast'; months: number }
  /** The Type 2 period is shorter than this many months. */
  | { kind: 'soc2.periodUnder'; months: number }
  | { kind: 'soc2.category'; category: CategoryId }
  | { kind: 'soc2.allCategories' }
  | { kind: 'soc2.onlySecurity' }
  /** The opinion is one of these. */
  | { kind: 'soc2.opinion'; among: readonly Opinion[] }
  /** Exceptions were noted (any: true) or none were (any: false). */
  | { kind: 'soc2.exceptions'; any: boolean }
  /** More (or fewer) than this many exceptions were noted. */
  | { kind: 'soc2.exceptionCount'; op: 'gt' | 'lt' | 'eq' | 'le' | 'ge'; n: number }
  /** Exceptions were noted against criteria of this id or prefix (CC8, CC6.2). */
  | { kind: 'soc2.exceptionsAgainst'; criterion: string }
  /** Subservice organizations: any at all, a method, or a named provider (covered = its controls are in the report). */
  | { kind: 'soc2.subservice'; method?: 'carve-out' | 'inclusive'; provider?: string; covered?: boolean }
  | { kind: 'soc2.cuecs' }
  | { kind: 'soc2.shared'; how: 'on_request' | 'nda' | 'public' | 'portal' }
  /** offer: "Can you provide a bridge letter?" (management can issue one; only an issued one decides Yes). */
  | { kind: 'soc2.bridge'; what: 'exists' | 'offer' | 'covers_today' | 'by_auditor' | 'by_management' }
  | { kind: 'soc2.auditor'; what: 'cpa' | 'non_cpa' | 'named'; name?: string }
  | { kind: 'soc2.standard'; standard: 'ssae18' | 'ssae16' | 'atc' | 'sas70' | 'isae3402' | 'isae3000' }
  | { kind: 'soc2.nextScheduled' }
  /** "Is your next SOC 2 report already available / issued / complete?": whether the next report is out. */
  | { kind: 'soc2.nextIssued' }
  /** The next report is expected by / before / in / after a date. */
  | { kind: 'soc2.expected'; op: 'by' | 'before' | 'in' | 'after'; date: DateSpan }
  /** The (Type 1) report is as of this date. */
  | { kind: 'soc2.asOf'; date: DateSpan }
  /** The report's (or the examination's) period runs from one date to another. */
  | { kind: 'soc2.periodIs'; from: DateSpan; to: DateSpan }
  /** The bridge letter covers time after this date. */
  | { kind: 'soc2.bridgeAfter'; date: DateSpan }
  /** A dated fact (the last incident-response test, the last pentest, the ISO certificate's expiry) compared with a date. */
  | { kind: 'dated'; what: 'ir_test' | 'pentest' | 'iso_expiry'; op: 'since' | 'in' | 'before' | 'after'; date: DateSpan }
  /** The report describes this system or product (one of the profile's own names). */
  | { kind: 'soc2.system'; name: string }
  /** Patched within this many calendar hours (`upTo`: a window in business days may span up to this many). */
  | { kind: 'patch.within'; severity: 'critical' | 'high'; hours: number; upTo?: number }
  | { kind: 'patch.automated' }
  | { kind: 'patch.process' }
  | { kind: 'scan.performed' }
  /** A scanning or endpoint tool the profile names. */
  | { kind: 'tool'; area: 'scanning' | 'endpoint'; name: string }
  | { kind: 'scan.atLeast'; cadence: ScanCadence; strictly?: boolean }
  | { kind: 'endpoint.managed' }
  | { kind: 'endpoint.encrypted' }
  /** The enforced baselines name this safeguard (EDR, anti-malware, screen lock, firewall). */
  | { kind: 'endpoint.baseline'; safeguard: 'edr' | 'antimalware' | 'screen_lock' | 'firewall' }
  | { kind: 'ir.plan' }
  /** Tested within this many months; `cadence`: the question asks for a recurring practice ("at least annually"). */
  | { kind: 'ir.testedWithin'; months: number; cadence?: boolean }
  | { kind: 'ir.notifyWithin'; hours: number; upTo?: number }
  | { kind: 'iso.certified' }
  | { kind: 'iso.version'; version: '2013' | '2022' }
  | { kind: 'soc1.report' }
  | { kind: 'soc1.current' }
  | { kind: 'soc3.available' }
  | { kind: 'soc3.current' }
  | { kind: 'pentest.performed' }
  | { kind: 'pentest.within'; months: number }
  | { kind: 'pentest.withinDays'; days: number }
  /** Tests recur at least this often (two or more dated tests, the latest within it). */
  | { kind: 'pentest.cadence'; months: number }
  | { kind: 'pentest.independent' }
  | { kind: 'pentest.summary' }
  | { kind: 'pentest.firm'; name: string }
  | { kind: 'iso.body'; name: string }
  | { kind: 'framework'; name: string; claim: FrameworkClaim };

export type ConditionKind = Condition['kind'];

/** Names the profile uses, so a question that names one is read as about it (not as unknown words). */
export interface KnownNames {
  /** CPA firms of the engagements. */
  cpaFirms: readonly string[];
  /** Subservice organizations. */
  providers: readonly string[];
  /** The organization, its product and the systems the reports describe. */
  own: readonly string[];
  /** Scanning and endpoint-management tools. */
  scanTools: readonly string[];
  endpointTools: readonly string[];
  /** Penetration-test firms. */
  pentestFirms: readonly string[];
  /** The ISO/IEC 27001 certification body. */
  isoBodies: readonly string[];
}

export interface ReadCondition {
  condition: Condition;
  /** The words of the question it was read from. */
  text: string;
}

export interface QuestionReading {
  shape: AnswerShape;
  /** The conditions of the claim a polar question asks about. */
  conditions: ReadCondition[];
  /** How the conditions combine: "Is it qualified or adverse?" is any; everything else all. */
  combine: 'all' | 'any';
  /** Words of the asked question the reader could not place; any makes the verdict undetermined. */
  notUnderstood: string[];
  /** The cell asks more than one Yes/No question (an "If so, …" instruction does not count). */
  several: boolean;
  /**
   * Each Yes/No of a cell that asks several ("Do you hold a Type 1, and is a Type 2 under way?"),
   * read on its own; decided only when every part is decided the same way.
   */
  parts?: { conditions: ReadCondition[]; combine: 'all' | 'any'; notUnderstood: string[] }[];
  /** An "If not, …?" question follows: a No to the first leaves the second to a person. */
  ifNot: boolean;
  /** Subjects the question names that Attest's facts do not cover (insurance, breach history, server hardening, …). */
  offTopic: string[];
  /** The question, normalized (lowercase, canonical spellings), as the reader saw it. */
  normalized: string;
}

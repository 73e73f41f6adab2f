/** The claim checker's public shapes. */

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'soc2-certified'
  | 'ssae-16'
  | 'soc-spelling'
  | 'criterion-unknown'
  | 'type1-effectiveness'
  | 'bridge-letter-auditor'
  | 'minimum-period-claim'
  | 'type-contradicts-profile'
  | 'stale-period'
  | 'category-out-of-scope'
  | 'exceptions-contradict-profile'
  | 'opinion-contradicts-profile'
  | 'aicpa-issuer'
  | 'non-cpa-examiner'
  | 'sas-70'
  | 'isae-3402-soc2'
  | 'report-expiry'
  | 'soc2-public'
  | 'expected-date-passed'
  | 'unfilled-placeholder'
  | 'nda-contradicts-profile'
  | 'carve-out-covered'
  | 'firm-contradicts-profile'
  | 'period-contradicts-profile';

export interface Fix {
  /** Replaces exactly the finding's range (offset … offset + length). */
  replacement: string;
  description: string;
}

export interface Finding {
  /** A stable id, e.g. `soc2-certified`. */
  rule: RuleId;
  message: string;
  severity: Severity;
  /** 1-based line. */
  line: number;
  /** 1-based column of the first character (UTF-16 code units, as editors count). */
  column: number;
  /** 1-based column just after the last character (exclusive). */
  endColumn: number;
  /** 0-based offset into the checked text. */
  offset: number;
  length: number;
  fix?: Fix;
}

export interface RuleInfo {
  id: RuleId;
  title: string;
  /** Needs a profile to run. */
  needsProfile: boolean;
  /** The usual severity (some findings of a rule may be milder). */
  severity: Severity;
  /** Whether some findings of this rule carry a quick fix. */
  hasFix: boolean;
}

export const RULES: readonly RuleInfo[] = [
  { id: 'soc2-certified', title: 'A SOC report called a certification, accreditation or compliance', needsProfile: false, severity: 'error', hasFix: true },
  { id: 'ssae-16', title: 'SSAE 16 named for a SOC report', needsProfile: false, severity: 'error', hasFix: true },
  { id: 'soc-spelling', title: 'SOC II, SOC-2 or SOC2 instead of SOC 2', needsProfile: false, severity: 'warning', hasFix: true },
  { id: 'criterion-unknown', title: 'A criterion id that does not exist', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'type1-effectiveness', title: 'A Type 1 report said to show operating effectiveness', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'bridge-letter-auditor', title: 'A bridge letter attributed to the auditor', needsProfile: false, severity: 'error', hasFix: true },
  { id: 'minimum-period-claim', title: 'A fixed minimum period length claimed', needsProfile: false, severity: 'warning', hasFix: false },
  { id: 'type-contradicts-profile', title: 'A report type the profile contradicts', needsProfile: true, severity: 'error', hasFix: true },
  { id: 'stale-period', title: 'A period that ended over 12 months ago, with no bridge letter', needsProfile: true, severity: 'warning', hasFix: false },
  { id: 'category-out-of-scope', title: 'A trust services category claimed that is not in scope', needsProfile: true, severity: 'error', hasFix: false },
  { id: 'exceptions-contradict-profile', title: '"No exceptions" when the profile lists some or does not say', needsProfile: true, severity: 'error', hasFix: false },
  { id: 'opinion-contradicts-profile', title: 'An opinion ("unqualified", "clean", "qualified") the profile does not record', needsProfile: true, severity: 'error', hasFix: false },
  { id: 'aicpa-issuer', title: 'The AICPA named as the issuer, grantor or auditor of a report', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'non-cpa-examiner', title: 'A compliance platform or non-CPA firm named as having performed the examination', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'sas-70', title: 'A SAS 70 report presented as current', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'isae-3402-soc2', title: 'ISAE 3402 offered as the equivalent of a SOC 2', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'report-expiry', title: 'A SOC report said to expire or be valid until a date', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'soc2-public', title: 'A SOC 2 report said to be public or freely downloadable', needsProfile: false, severity: 'error', hasFix: false },
  { id: 'expected-date-passed', title: 'An expected date that has already passed, stated as future', needsProfile: false, severity: 'warning', hasFix: false },
  { id: 'unfilled-placeholder', title: 'A placeholder such as [period end date] still to fill in', needsProfile: false, severity: 'warning', hasFix: false },
  { id: 'nda-contradicts-profile', title: 'The report said to be shared without an NDA when the profile says NDA', needsProfile: true, severity: 'error', hasFix: false },
  { id: 'carve-out-covered', title: "A carved-out provider's controls claimed as covered by the report", needsProfile: true, severity: 'error', hasFix: false },
  { id: 'firm-contradicts-profile', title: 'A CPA firm the profile does not name', needsProfile: true, severity: 'error', hasFix: true },
  { id: 'period-contradicts-profile', title: 'A period or as-of date the profile does not record', needsProfile: true, severity: 'error', hasFix: false },
];

/**
 * Which explanation each claim rule links to. Kept apart from topics.ts (which the extension
 * host loads lazily) because the diagnostics need it at once.
 */
import type { RuleId } from '../claims';

export const TYPES_TOPIC_KEY = 'type1-vs-type2';

/** For each claim rule, the explanation that says why the wording is wrong (linked from diagnostics). */
export const RULE_TOPICS: Readonly<Record<RuleId, string>> = {
  'soc2-certified': 'soc2-certified',
  'ssae-16': 'ssae-18-at-c',
  'soc-spelling': 'soc1-soc2-soc3',
  'criterion-unknown': 'trust-services-criteria',
  'type1-effectiveness': TYPES_TOPIC_KEY,
  'bridge-letter-auditor': 'bridge-letter',
  'minimum-period-claim': TYPES_TOPIC_KEY,
  'type-contradicts-profile': TYPES_TOPIC_KEY,
  'stale-period': 'bridge-letter',
  'category-out-of-scope': 'trust-services-criteria',
  'exceptions-contradict-profile': 'exceptions-vs-opinion',
  'opinion-contradicts-profile': 'opinion-types',
  'aicpa-issuer': 'service-auditor',
  'non-cpa-examiner': 'service-auditor',
  'sas-70': 'ssae-18-at-c',
  'isae-3402-soc2': 'isae-3000-3402',
  'report-expiry': TYPES_TOPIC_KEY,
  'soc2-public': 'report-sharing',
  'expected-date-passed': TYPES_TOPIC_KEY,
  'unfilled-placeholder': TYPES_TOPIC_KEY,
  'nda-contradicts-profile': 'report-sharing',
  'carve-out-covered': 'carve-out-vs-inclusive',
  'firm-contradicts-profile': 'service-auditor',
  'period-contradicts-profile': TYPES_TOPIC_KEY,
};

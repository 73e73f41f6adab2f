/**
 * Which explanation each claim rule links to. Kept apart from topics.ts (which the extension
 * host loads lazily) because the diagnostics need it at once.
 */
import type { RuleId } from './claims';

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
};

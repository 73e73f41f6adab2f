/**
 * Scores the claim check on its development set (dev-set.ts): recall per rule on the misleading
 * lines, false flags per rule on the correct look-alikes, with and without a profile. Prints the
 * table and fails below the goals (≥ 95% recall, ≤ 1% false flags).
 *
 * First-time figures, the set written before any rule was changed for it:
 * - the rules as they were (12 rules): recall 82/353 runs = 23.2%, false flags 7/426 runs = 1.6%.
 * - the first run of the new and widened rules (24 rules), written from the issue's classes before
 *   they were run on the set: recall 341/353 = 96.6%, false flags 6/426 = 1.4%. The same person
 *   wrote the set and the rules, so the figure on wording neither has seen will be lower.
 * Then tuned on the misses (dates such as "January 2026" read as January 20, "as intended" taken for
 * future tense, "ran without failure" taken for a negation) and the false flags (a readiness
 * assessment by a consultancy, an ISO certificate "is public", a Type 2 examination under way).
 */
import * as assert from 'node:assert/strict';
import { check, type Finding } from '../../../src/domain/claims';
import type { Profile } from '../../../src/domain/profile/schema';
import { TODAY, VARIANTS } from '../compose/profiles';
import { CORRECT, MISLEADING, type CorrectLine, type MisleadingLine } from './dev-set';
import {
  HELD_OUT_2_CORRECT,
  HELD_OUT_2_MISLEADING,
  HELD_OUT_3_CORRECT,
  HELD_OUT_3_MISLEADING,
  HELD_OUT_4_CORRECT,
  HELD_OUT_4_MISLEADING,
  HELD_OUT_5_CORRECT,
  HELD_OUT_5_MISLEADING,
  HELD_OUT_6_CORRECT,
  HELD_OUT_6_MISLEADING,
  HELD_OUT_7_CORRECT,
  HELD_OUT_7_MISLEADING,
  HELD_OUT_8_CORRECT,
  HELD_OUT_8_MISLEADING,
  HELD_OUT_9_CORRECT,
  HELD_OUT_9_MISLEADING,
  HELD_OUT_10_CORRECT,
  HELD_OUT_10_MISLEADING,
  HELD_OUT_CORRECT,
  HELD_OUT_MISLEADING,
} from './held-out-set';

const DEFAULT_PROFILE = 'type2 full';
const RECALL_GOAL = 0.95;
const FALSE_FLAG_GOAL = 0.01;

function profileNamed(name: string): Profile {
  const found = VARIANTS.find((v) => v.name === name);
  assert.ok(found !== undefined, `no profile variant "${name}"`);
  return found.profile;
}

function findings(text: string, profile: Profile | undefined): Finding[] {
  // As `attest check` and Check Document run it: with the checks for a document about to be sent.
  return check(text, { ...(profile === undefined ? {} : { profile }), today: TODAY, beforeSending: true });
}

interface Run {
  label: string;
  profile: Profile | undefined;
}

/** The runs a line is scored in: its own profile, or none and the default profile. */
function runsFor(profileName: string | undefined): Run[] {
  return profileName === undefined
    ? [
        { label: 'no profile', profile: undefined },
        { label: 'profile', profile: profileNamed(DEFAULT_PROFILE) },
      ]
    : [{ label: 'profile', profile: profileNamed(profileName) }];
}

interface RuleScore {
  lines: number;
  caught: number;
  falseFlags: number;
}

export interface Score {
  rules: Map<string, RuleScore>;
  misleadingRuns: number;
  caughtRuns: number;
  correctRuns: number;
  flaggedCorrectRuns: number;
  missed: string[];
  falselyFlagged: string[];
}

export function score(misleading: readonly MisleadingLine[] = MISLEADING, correct: readonly CorrectLine[] = CORRECT): Score {
  const rules = new Map<string, RuleScore>();
  const of = (rule: string): RuleScore => {
    let entry = rules.get(rule);
    if (entry === undefined) {
      entry = { lines: 0, caught: 0, falseFlags: 0 };
      rules.set(rule, entry);
    }
    return entry;
  };
  const result: Score = { rules, misleadingRuns: 0, caughtRuns: 0, correctRuns: 0, flaggedCorrectRuns: 0, missed: [], falselyFlagged: [] };
  for (const line of misleading) {
    for (const run of runsFor(line.profile)) {
      const entry = of(line.rule);
      entry.lines += 1;
      result.misleadingRuns += 1;
      if (findings(line.text, run.profile).some((f) => f.rule === line.rule)) {
        entry.caught += 1;
        result.caughtRuns += 1;
      } else {
        result.missed.push(`[${line.rule}, ${run.label}] ${line.text}`);
      }
    }
  }
  // A correct line that names its profile is true of that profile, not necessarily of the default one.
  const correctRuns = (profileName: string | undefined): Run[] =>
    profileName === undefined ? runsFor(undefined) : [{ label: 'no profile', profile: undefined }, ...runsFor(profileName)];
  for (const line of correct) {
    for (const run of correctRuns(line.profile)) {
      result.correctRuns += 1;
      const flagged = findings(line.text, run.profile);
      if (flagged.length > 0) {
        result.flaggedCorrectRuns += 1;
      }
      for (const rule of new Set(flagged.map((f) => f.rule))) {
        of(rule).falseFlags += 1;
        result.falselyFlagged.push(`[${rule}, ${run.label}] ${line.text}`);
      }
    }
  }
  return result;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

export function table(s: Score): string {
  const rows = [...s.rules.entries()].sort(([a], [b]) => a.localeCompare(b));
  const out = [`${'rule'.padEnd(32)} ${'lines'.padStart(5)} ${'caught'.padStart(6)} recall  false flags (of ${s.correctRuns} correct runs)`];
  for (const [rule, r] of rows) {
    out.push(`${rule.padEnd(32)} ${String(r.lines).padStart(5)} ${String(r.caught).padStart(6)} ${percent(r.caught, r.lines)}  ${String(r.falseFlags).padStart(3)} ${percent(r.falseFlags, s.correctRuns)}`);
  }
  out.push(
    `${'all'.padEnd(32)} ${String(s.misleadingRuns).padStart(5)} ${String(s.caughtRuns).padStart(6)} ${percent(s.caughtRuns, s.misleadingRuns)}  ${String(s.flaggedCorrectRuns).padStart(3)} ${percent(s.flaggedCorrectRuns, s.correctRuns)}`,
  );
  return out.join('\n');
}

suite('claims: development set', () => {
  const s = score();

  test('has at least 150 misleading lines and as many correct look-alikes', () => {
    assert.ok(MISLEADING.length >= 150, `${MISLEADING.length} misleading lines`);
    assert.ok(CORRECT.length >= 150 && CORRECT.length >= MISLEADING.length * 0.8, `${CORRECT.length} correct lines`);
  });

  test('recall and false flags per rule (table)', () => {
    console.log(`\n${table(s)}\ngoals: recall ≥ ${RECALL_GOAL * 100}%, false flags ≤ ${FALSE_FLAG_GOAL * 100}% (per rule and in all)\n`);
    if (process.env.ATTEST_DEVSET_VERBOSE === '1') {
      console.log(['missed:', ...s.missed, 'falsely flagged:', ...s.falselyFlagged].join('\n'));
    }
  });

  test(`recall is at least ${RECALL_GOAL * 100}% for every rule and in all`, () => {
    assert.ok(s.caughtRuns / s.misleadingRuns >= RECALL_GOAL, `all: ${s.caughtRuns}/${s.misleadingRuns}\n${s.missed.join('\n')}`);
    for (const [rule, r] of s.rules) {
      if (r.lines > 0) {
        assert.ok(r.caught / r.lines >= RECALL_GOAL, `${rule}: ${r.caught}/${r.lines}\n${s.missed.filter((m) => m.startsWith(`[${rule},`)).join('\n')}`);
      }
    }
  });

  test(`false flags are at most ${FALSE_FLAG_GOAL * 100}% for every rule and in all`, () => {
    assert.ok(s.flaggedCorrectRuns / s.correctRuns <= FALSE_FLAG_GOAL, `all: ${s.flaggedCorrectRuns}/${s.correctRuns}\n${s.falselyFlagged.join('\n')}`);
    for (const [rule, r] of s.rules) {
      assert.ok(r.falseFlags / s.correctRuns <= FALSE_FLAG_GOAL, `${rule}: ${r.falseFlags}/${s.correctRuns}`);
    }
  });

  for (const [name, misleading, correct] of [
    ['held-out round 1 (its misses since fixed)', HELD_OUT_MISLEADING, HELD_OUT_CORRECT],
    ['held-out round 2 (its misses since fixed)', HELD_OUT_2_MISLEADING, HELD_OUT_2_CORRECT],
    ['held-out round 3 (its misses since fixed)', HELD_OUT_3_MISLEADING, HELD_OUT_3_CORRECT],
    ['held-out round 4 (its misses since fixed)', HELD_OUT_4_MISLEADING, HELD_OUT_4_CORRECT],
    ['held-out round 5 (its misses since fixed)', HELD_OUT_5_MISLEADING, HELD_OUT_5_CORRECT],
    ['held-out round 6 (its misses since fixed)', HELD_OUT_6_MISLEADING, HELD_OUT_6_CORRECT],
    ['held-out round 7 (its misses since fixed)', HELD_OUT_7_MISLEADING, HELD_OUT_7_CORRECT],
    ['held-out round 8 (its misses since fixed)', HELD_OUT_8_MISLEADING, HELD_OUT_8_CORRECT],
    ['held-out round 9 (its misses since fixed)', HELD_OUT_9_MISLEADING, HELD_OUT_9_CORRECT],
    ['held-out round 10 (its misses since fixed)', HELD_OUT_10_MISLEADING, HELD_OUT_10_CORRECT],
  ] as const) {
    test(`${name}: recall and false flags (printed, not held to the goals)`, () => {
      const held = score(misleading, correct);
      console.log(`\n${name}: ${misleading.length} misleading, ${correct.length} correct lines\n${table(held)}\n`);
      if (process.env.ATTEST_DEVSET_VERBOSE === '1') {
        console.log(['missed:', ...held.missed, 'falsely flagged:', ...held.falselyFlagged].join('\n'));
      }
      assert.ok(held.misleadingRuns > 0 && held.correctRuns > 0);
    });
  }

  test('every rule of the issue’s classes has lines in the set', () => {
    const classes = ['soc2-certified', 'aicpa-issuer', 'non-cpa-examiner', 'sas-70', 'ssae-16', 'isae-3402-soc2', 'report-expiry', 'soc2-public', 'nda-contradicts-profile', 'type1-effectiveness', 'bridge-letter-auditor', 'carve-out-covered', 'category-out-of-scope', 'firm-contradicts-profile', 'period-contradicts-profile', 'opinion-contradicts-profile', 'exceptions-contradict-profile', 'expected-date-passed', 'unfilled-placeholder'];
    for (const rule of classes) {
      assert.ok((s.rules.get(rule)?.lines ?? 0) >= 8, `${rule}: ${s.rules.get(rule)?.lines ?? 0} runs`);
    }
  });
});

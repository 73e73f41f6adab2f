/**
 * The verdict development set (devset.ts, written apart from the reader): every case's verdict,
 * scored the way the issue measures it. A wrong verdict is a decided Yes/No/N/A that differs from
 * the expected one (for an undetermined case, any decided verdict). Near-topic questions must get
 * no text at all.
 */
import * as assert from 'node:assert/strict';
import { answerQuestion } from '../../../src/domain/answer/decide';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';
import { NEAR_TOPIC, PROFILES, VERDICT_CASES, type VerdictCase } from './devset';
import { HOLDOUT_CASES } from './holdout';

/** The cases sit in a SOC 2 section of a questionnaire, as follow-ups usually do. */
const CONTEXT = { section: 'Independent assurance (SOC 2)' };

function profileOf(name: string): Profile {
  const input = PROFILES[name];
  assert.ok(input !== undefined, `no profile named ${name}`);
  const parsed = parseProfile(JSON.stringify(input));
  assert.ok(parsed.profile !== undefined, `profile ${name} is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.profile;
}

interface Scored {
  c: VerdictCase;
  got: string;
  text: string | undefined;
  reasons: string[];
}

function verdictOf(c: VerdictCase): Scored {
  const profile = profileOf(c.profile);
  const decision = answerQuestion(profile, c.question, { length: 'yesno', today: c.today, context: CONTEXT });
  const got = decision.outcome === 'not_recognized' ? 'undetermined' : (decision.verdict ?? 'undetermined');
  return { c, got, text: decision.text, reasons: decision.reasons ?? [] };
}

/** `minDecided`: the share of decidable cases that must be decided (the issue's goal on the development set; a regression floor on the hold-out set). */
function scoreSet(name: string, cases: readonly VerdictCase[], minDecided: number): void {
  suite(name, () => {
    const scored = cases.map(verdictOf);
    const wrong = scored.filter((s) => s.got !== 'undetermined' && s.got !== s.c.expected);
    const decidable = scored.filter((s) => s.c.expected !== 'undetermined');
    const decided = decidable.filter((s) => s.got === s.c.expected);

    test('report', () => {
      const lines = [
        `cases: ${scored.length} (${decidable.length} decidable)`,
        `wrong verdicts: ${wrong.length}`,
        `decided share of decidable: ${((100 * decided.length) / Math.max(1, decidable.length)).toFixed(1)}%`,
      ];
      console.log(`      ${lines.join('\n      ')}`);
      if (process.env.ATTEST_DEVSET_VERBOSE === '1') {
        for (const s of scored.filter((x) => x.got !== x.c.expected)) {
          console.log(`      [${s.c.expected} → ${s.got}] (${s.c.profile}, ${s.c.today}) ${s.c.question}\n         ${s.reasons.join(' ')}`);
        }
      }
    });

    test('no wrong verdict: a Yes/No the facts contradict or cannot support', () => {
      assert.deepEqual(
        wrong.map((s) => `${s.c.question} [${s.c.profile} ${s.c.today}] expected ${s.c.expected}, got ${s.got}`),
        [],
      );
    });

    test(`at least ${Math.round(minDecided * 100)}% of the decidable cases are decided`, () => {
      assert.ok(decided.length >= minDecided * decidable.length, `${decided.length} of ${decidable.length}`);
    });

    test('an undetermined verdict never writes a bare Yes/No', () => {
      for (const s of scored.filter((x) => x.got === 'undetermined')) {
        assert.equal(s.text, undefined, s.c.question);
      }
    });

    test('the cell, the sentence and the paragraph agree on the verdict', () => {
      for (const c of cases) {
        const profile = profileOf(c.profile);
        const verdicts = (['yesno', 'sentence', 'paragraph'] as const).map((length) => answerQuestion(profile, c.question, { length, today: c.today, context: CONTEXT }));
        const leading = verdicts.map((d) => (d.text === undefined ? 'none' : /^Yes\b/.test(d.text) ? 'yes' : /^No\b/.test(d.text) ? 'no' : /^(?:N\/A|Not applicable)\b/.test(d.text) ? 'na' : 'other'));
        const [cell, ...prose] = leading;
        if (verdicts[0]?.shape !== 'polar') {
          continue; // an open question: no cell, and prose that does not start with a verdict
        }
        for (const lead of prose) {
          assert.ok(lead === cell || (cell === 'none' && lead === 'none'), `${c.question}: ${leading.join(', ')}`);
        }
      }
    });
  });
}

scoreSet('verdict development set', VERDICT_CASES, 0.9);
// Written apart from the reader, blind to it; its first run (5 wrong, 29.8% decided) is in the issue note. Every
// wrong verdict it showed was fixed, so 0 wrong is required; the decided share is held at its floor.
scoreSet('verdict hold-out set', HOLDOUT_CASES, 0.5);

suite('verdict sets: shape and near-topic questions', () => {
  test('the set is the size the issue asks for, on valid profiles', () => {
    assert.ok(VERDICT_CASES.length >= 300, String(VERDICT_CASES.length));
    assert.ok(NEAR_TOPIC.length >= 60, String(NEAR_TOPIC.length));
    for (const name of Object.keys(PROFILES)) {
      profileOf(name);
    }
  });

  test('near-topic questions get no control or assurance paragraph', () => {
    const profile = profileOf(Object.keys(PROFILES)[0] ?? '');
    const answered: string[] = [];
    for (const near of NEAR_TOPIC) {
      for (const length of ['yesno', 'paragraph'] as const) {
        const decision = answerQuestion(profile, near.question, { length, today: '2026-12-03', context: CONTEXT });
        if (decision.text !== undefined && decision.intent !== 'none') {
          answered.push(`${near.question} (${length}, ${decision.intent}): ${decision.text.slice(0, 80)}`);
        }
      }
    }
    assert.deepEqual(answered, []);
  });
});

import * as assert from 'node:assert/strict';
import { soc2State } from '../../../src/domain/assurance';
import { check } from '../../../src/domain/claims';
import { compose, PLACEHOLDERS } from '../../../src/domain/compose';
import { ANSWER_LENGTHS, INTENT_IDS, type IntentId } from '../../../src/domain/intents';
import { CATEGORY_IDS, CATEGORY_LABELS } from '../../../src/domain/profile/schema';
import { TODAY, VARIANTS, profileStrings } from './profiles';

/** Intents whose answer is about something other than the report's freshness. */
const ABOUT_SOMETHING_ELSE = new Set(['soc2.subservice', 'soc2.cuecs']);

const ANSWERABLE = INTENT_IDS.filter((i): i is Exclude<IntentId, 'none'> => i !== 'none');
const SOC2_INTENTS = ANSWERABLE.filter((i) => i.startsWith('soc2.'));

/** Sentences of a composed answer (it never contains abbreviations with full stops mid-sentence). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z[])/);
}

const PLACEHOLDER_RE = /\[[^\]]+\]/g;

suite('compose: every intent × every profile variant × every length', () => {
  test('the variants cover every SOC 2 status, and their state is as described', () => {
    const statuses = new Set(VARIANTS.map((v) => v.status));
    assert.deepEqual([...statuses].sort(), ['in_progress', 'none', 'type1', 'type2']);
    for (const v of VARIANTS) {
      const state = soc2State(v.profile, TODAY);
      assert.equal(state.status, v.status, v.name);
      assert.equal(state.stale, v.stale, `${v.name}: stale`);
      assert.equal(state.bridgeCoversToday, v.bridgeCoversToday, `${v.name}: bridge`);
    }
  });

  for (const variant of VARIANTS) {
    suite(variant.name, () => {
      const state = soc2State(variant.profile, TODAY);
      const facts = profileStrings(variant.profile);
      for (const intent of ANSWERABLE) {
        for (const length of ANSWER_LENGTHS) {
          test(`${intent} / ${length}`, () => {
            const answer = compose(variant.profile, intent, { length, today: TODAY });
            const { text, missing } = answer;
            assert.notEqual(text, '', 'an answerable intent always gets text');

            // Placeholders appear exactly when listed in `missing`.
            const shown = [...new Set(text.match(PLACEHOLDER_RE) ?? [])];
            assert.deepEqual([...shown].sort(), [...missing].sort(), `placeholders in "${text}"`);

            if (length === 'yesno') {
              if (missing.length === 0) {
                assert.ok(['Yes', 'No', 'N/A'].includes(text), `yes/no cell: "${text}"`);
              } else {
                assert.equal(text.replace(PLACEHOLDER_RE, '').trim(), '', `an undecidable cell holds only placeholders: "${text}"`);
              }
            }

            // Never "certified", "certification" or "compliant" in a sentence about SOC 2.
            for (const sentence of sentencesOf(text)) {
              if (/SOC\s*2/.test(sentence)) {
                assert.doesNotMatch(sentence, /certif|complian/i, sentence);
              }
            }
            assert.doesNotMatch(text, /SSAE[\s-]*16|SOC[\s-]*II\b|SOC-2|SOC2/i);
            assert.doesNotMatch(text, /\b(?:minimum|at least)\b[^.]*\bmonths?\b/i, 'no minimum period is claimed');

            // A Type 1 answer never speaks of operating effectiveness or a period of operation.
            if (state.status === 'type1') {
              assert.doesNotMatch(text, /operating effectiveness|operated effectively|operate effectively|throughout the period|over a period/i);
            }

            // Nothing invented: every date is the profile's, and every "by X" names a firm from the profile.
            for (const date of text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []) {
              assert.ok([...facts].some((fact) => fact.includes(date)), `date ${date} is not in the profile`);
            }
            for (const match of text.matchAll(/\b(?:issued|performed) by (.+?)(?=[,.;]|\sand\s|$)/g)) {
              const who = (match[1] ?? '').trim();
              const allowed = facts.has(who) || /^\[[^\]]+\]$/.test(who) || who === 'an independent CPA firm' || /management$/.test(who);
              assert.ok(allowed, `"${who}" is not a firm named in the profile`);
            }

            // "No exceptions" and "unqualified" only when the profile says so.
            if (/no exceptions/i.test(text)) {
              assert.deepEqual(state.current?.exceptions, []);
            }
            if (/unqualified/i.test(text)) {
              assert.equal(state.current?.opinion, 'unqualified');
            }

            // The composer and the checker agree.
            const findings = check(text, { profile: variant.profile, today: TODAY });
            assert.deepEqual(
              findings.map((f) => `${f.rule}: ${text.slice(f.offset, f.offset + f.length)}`),
              [],
              text,
            );
            assert.ok(!answer.warnings.some((w) => w.includes('claim check')), answer.warnings.join(' | '));
          });
        }
      }

      if (state.current !== undefined) {
        test('stale reports are said to be stale, with a bridge letter or the next report date', () => {
          for (const intent of SOC2_INTENTS) {
            for (const length of ['sentence', 'paragraph'] as const) {
              const { text, warnings } = compose(variant.profile, intent, { length, today: TODAY });
              if (ABOUT_SOMETHING_ELSE.has(intent)) {
                // Who the providers are, or what customers must do, is the answer; the report's age is the writer's warning.
                assert.doesNotMatch(text, /more than 12 months|bridge letter/, `${intent}/${length}`);
                assert.equal(warnings.some((w) => /months ago/.test(w)), state.stale, `${intent}/${length}`);
                continue;
              }
              if (!state.stale) {
                assert.doesNotMatch(text, /more than 12 months/, `${intent}/${length}`);
                continue;
              }
              assert.match(text, /more than 12 months/, `${intent}/${length}: ${text}`);
              if (state.bridgeCoversToday) {
                assert.match(text, /bridge letter/, `${intent}/${length}`);
                assert.match(text, /management/, `${intent}/${length}`);
              } else {
                assert.match(text, /newer report is expected by|next report is expected by/, `${intent}/${length}: ${text}`);
              }
            }
          }
        });

        test('status states the type, window, categories and firm (or placeholders for them)', () => {
          const current = state.current;
          assert.ok(current !== undefined);
          const { text, missing } = compose(variant.profile, 'soc2.status', { length: 'sentence', today: TODAY });
          assert.match(text, current.type === 'type1' ? /\bType 1 report as of / : /\bType 2 report for the period /);
          if (current.type === 'type2') {
            assert.ok(text.includes(current.periodStart ?? PLACEHOLDERS.periodStart));
            assert.ok(text.includes(current.periodEnd ?? PLACEHOLDERS.periodEnd));
          } else {
            assert.ok(text.includes(current.asOf ?? PLACEHOLDERS.asOf));
          }
          assert.ok(text.includes(current.cpaFirm ?? PLACEHOLDERS.cpaFirm));
          assert.equal(missing.includes(PLACEHOLDERS.cpaFirm), current.cpaFirm === undefined);
          for (const id of CATEGORY_IDS) {
            assert.equal(text.includes(CATEGORY_LABELS[id]), id === 'security' || current.categories.includes(id), `${id} in "${text}"`);
          }
        });

        test('the paragraph says how the report is shared, or leaves a placeholder', () => {
          const { text, missing } = compose(variant.profile, 'soc2.report_request', { length: 'sentence', today: TODAY });
          const sharing = variant.profile.soc2.sharing;
          assert.equal(missing.includes(PLACEHOLDERS.sharing), sharing === undefined);
          if (sharing?.nda === true) {
            assert.match(text, /non-disclosure agreement/);
          }
          if (sharing?.trustPortalUrl !== undefined) {
            assert.ok(text.includes(sharing.trustPortalUrl));
          }
        });
      }

      const carvedOut = (state.current ?? state.inProgress)?.subserviceOrganizations?.filter((s) => s.method === 'carve-out') ?? [];
      if (carvedOut.length > 0) {
        test('carved-out providers are named as excluded, with how they are monitored', () => {
          for (const length of ['sentence', 'paragraph'] as const) {
            const { text, missing } = compose(variant.profile, 'soc2.subservice', { length, today: TODAY });
            for (const sub of carvedOut) {
              assert.ok(text.includes(`${sub.name}`), text);
              assert.match(text, /carved out/);
              assert.match(text, /controls are excluded/);
              if (sub.monitoring === undefined) {
                assert.ok(missing.includes(PLACEHOLDERS.monitoring(sub.name)), missing.join());
              } else {
                assert.ok(text.includes(sub.monitoring), text);
              }
            }
          }
        });
      }
    });
  }

  test('the none intent gets no text and a warning, for every profile', () => {
    for (const variant of VARIANTS) {
      for (const length of ANSWER_LENGTHS) {
        const answer = compose(variant.profile, 'none', { length, today: TODAY });
        assert.equal(answer.text, '');
        assert.deepEqual(answer.missing, []);
        assert.equal(answer.warnings.length, 1);
      }
    }
  });
});

suite('compose: the CUEC list at sentence length (what a "Which controls…?" question gets)', () => {
  const full = VARIANTS.find((v) => v.status === 'type2' && (v.profile.soc2.engagements[0]?.cuecs?.length ?? 0) === 4);

  test('four CUECs are listed whole; a list longer than five is cut at three with the count left', () => {
    assert.ok(full !== undefined, 'a Type 2 variant with four CUECs');
    const four = compose(full.profile, 'soc2.cuecs', { length: 'sentence', today: TODAY });
    for (const cuec of full.profile.soc2.engagements[0]?.cuecs ?? []) {
      assert.ok(four.text.toLowerCase().includes(cuec.toLowerCase().slice(0, 24)), `${cuec} in: ${four.text}`);
    }
    assert.doesNotMatch(four.text, /more listed in the report/);
    const seven = structuredClone(full.profile);
    const engagement = seven.soc2.engagements[0];
    assert.ok(engagement !== undefined);
    engagement.cuecs = [...(engagement.cuecs ?? []), 'Customers rotate their webhook secrets', 'Customers report suspected incidents', 'Customers restrict exports'];
    const long = compose(seven, 'soc2.cuecs', { length: 'sentence', today: TODAY });
    assert.match(long.text, /lists seven complementary user entity controls .*; and four more listed in the report\./);
  });
});

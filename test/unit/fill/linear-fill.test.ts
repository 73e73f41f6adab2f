// The caches that make a fill linear in its rows (issue 15) must not change what a fill says.
// Timing is measured in `npm run bench` (questionnaire bench), never here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSlot, readTextQuestionnaire } from '../../../src/domain/engine';
import { soc2State } from '../../../src/domain/assurance';
import { check } from '../../../src/domain/claims';
import { fillText } from './textFill';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';

const demoText = readFileSync(join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json'), 'utf8');
const demo = parseProfile(demoText).profile as Profile;

suite('linear-time fill: caches keep every answer the same', () => {
  test('the Yes/No column reason is per read: a second read of other cells gets its own answer', () => {
    const yesNo = readTextQuestionnaire('Question,Answer\nDo you have a SOC 2 report?,Yes\nDo you encrypt data?,No\nDo you have a pen test?,\n', 'csv');
    const prose = readTextQuestionnaire('Question,Answer\nDo you have a SOC 2 report?,We do.\nDo you encrypt data?,At rest.\nDo you have a pen test?,\n', 'csv');
    const last = (read: typeof yesNo): NonNullable<(typeof yesNo.items)[number]> => read.items[2] as NonNullable<(typeof yesNo.items)[number]>;
    assert.equal(planSlot(last(yesNo), 'paragraph').answer, 'yesno');
    assert.equal(planSlot(last(prose), 'paragraph').answer, 'paragraph');
  });

  test('a fill of many rows gives every row of a column the same slot plan as a fill of three', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `Q${i},Do you have a SOC 2 report? (row ${i}),${i < 3 ? 'Yes' : ''},`);
    const csv = ['ID,Question,Response,Comments', ...rows].join('\n') + '\n';
    const plan = await fillText(csv, 'csv', demo, { defaultLength: 'paragraph', today: '2026-11-26' });
    const answered = plan.report.sections[0]?.entries.filter((entry) => entry.status === 'answered') ?? [];
    assert.equal(answered.length, 397);
    const cells = new Set(plan.edits.map((edit) => edit.newText).filter((text) => !text.includes(' ')));
    assert.deepEqual([...cells], ['Yes']);
  });

  test('the claim check gives the same findings twice, and a caller editing one cannot change the next', () => {
    const text = 'We are SOC 2 certified.';
    const first = check(text, { profile: demo, today: '2026-11-26' });
    assert.ok(first.length > 0);
    (first[0] as { message: string }).message = 'edited';
    const second = check(text, { profile: demo, today: '2026-11-26' });
    assert.notEqual(second[0]?.message, 'edited');
    assert.deepEqual(second, check(text, { profile: demo, today: '2026-11-26' }));
  });

  test('the SOC 2 state follows the day asked about', () => {
    const early = soc2State(demo, '2020-01-01');
    const late = soc2State(demo, '2040-01-01');
    assert.notDeepEqual(early, late);
    assert.deepEqual(soc2State(demo, '2040-01-01'), late);
  });
});

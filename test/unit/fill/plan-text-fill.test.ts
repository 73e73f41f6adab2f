import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FillCancelled } from '../../../src/domain/engine';
import { fillText, type TextFillOptions } from './textFill';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';
import { applyEdits } from '../../../src/domain/questionnaire';

const demo = parseProfile(readFileSync(join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json'), 'utf8')).profile as Profile;
const options: TextFillOptions = { defaultLength: 'paragraph', today: '2026-11-26' };

suite('the text fill through the engine (the command line fill, same rules as the editor)', () => {
  test('CSV with a Yes/No column: Yes in the answer cell, the explanation in Comments, other rows untouched', async () => {
    const csv = 'Title,,,\r\nID,Question,Yes/No,Comments\r\n1,Do you have a SOC 2 report?,,\r\n2,How many staff do you have?,,\r\n';
    const plan = await fillText(csv, 'csv', demo, options, 'demo.csv');
    const out = applyEdits(csv, plan.edits);
    const rows = out.split('\r\n');
    assert.equal(rows[0], 'Title,,,');
    assert.equal(rows[1], 'ID,Question,Yes/No,Comments');
    assert.match(rows[2] ?? '', /^1,Do you have a SOC 2 report\?,Yes,"Yes\. Northwind Ledger, Inc\. has a SOC 2 Type 2 report/);
    assert.equal(rows[3], '2,How many staff do you have?,,');
    assert.deepEqual(plan.report.sections[0]?.entries.map((e) => e.status), ['answered', 'not_recognized']);
  });

  test('already answered questions are left alone unless overwrite is asked for', async () => {
    const csv = 'Question,Answer\nDo you have a SOC 2 report?,No (old)\n';
    const kept = await fillText(csv, 'csv', demo, options);
    assert.equal(kept.edits.length, 0);
    assert.equal(kept.report.sections[0]?.entries[0]?.status, 'already_answered');
    const replaced = await fillText(csv, 'csv', demo, { ...options, overwrite: true });
    assert.match(applyEdits(csv, replaced.edits), /SOC 2 report\?,"Yes\. Northwind/);
  });

  test('a missing fact is written as a visible placeholder and counted as needing a person', async () => {
    const sparse = parseProfile(JSON.stringify({ organization: { name: 'Acme' }, soc2: { engagements: [{ status: 'completed', type: 'type2', periodStart: '2026-01-01', periodEnd: '2026-06-30' }] } })).profile as Profile;
    const md = '1. Which CPA firm performed your SOC 2 examination?\n';
    const plan = await fillText(md, 'markdown', sparse, options);
    assert.match(applyEdits(md, plan.edits), /\[CPA firm\]/);
    const entry = plan.report.sections[0]?.entries[0];
    assert.equal(entry?.status, 'needs_person');
    assert.ok(entry?.missing?.includes('[CPA firm]'));
  });

  test('Markdown: answers go below recognized questions only; a second fill adds nothing', async () => {
    const md = '# Review\n\n1. Do you have a SOC 2 report?\n\n2. How many staff do you have?\n';
    const filled = applyEdits(md, (await fillText(md, 'markdown', demo, options)).edits);
    assert.match(filled, /1\. Do you have a SOC 2 report\?\n[\s\S]*\*\*Answer:\*\* Yes\. Northwind/);
    assert.doesNotMatch(filled.split('2. How many')[1] ?? '', /Answer/);
    assert.equal((await fillText(filled, 'markdown', demo, options)).edits.length, 0);
  });

  test('cancel stops before any edit is planned', async () => {
    const signal = { aborted: false };
    const md = '1. Do you have a SOC 2 report?\n2. Is it a SOC 2 Type 2?\n';
    await assert.rejects(fillText(md, 'markdown', demo, { ...options, signal, onProgress: () => (signal.aborted = true) }), FillCancelled);
  });
});

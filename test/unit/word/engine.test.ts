import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerDecision, Answerer } from '../../../src/domain/answer/types';
import { fillWord, wordDocument } from '../../../src/domain/engine/drivers/word';
import { answererFor } from '../../../src/domain/engine/source';
import { parseProfile } from '../../../src/domain/profile/parse';
import { readWordQuestionnaire } from '../../../src/domain/word';
import { buildDocx, fixture, para, run, table } from './helpers';

const TODAY = '2026-11-15';

function demoAnswerer(): Answerer {
  const parsed = parseProfile(readFileSync(join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json'), 'utf8'));
  assert.ok(parsed.profile, 'the demo profile parses');
  return answererFor(parsed.profile);
}

/** SOC 2 questions answered Yes (with a sentence), everything else not recognized. */
const fakeAnswerer: Answerer = (question, options): AnswerDecision =>
  /SOC 2/.test(question)
    ? { question, intent: 'soc2.status', confidence: 0.9, outcome: 'answered', text: options.length === 'yesno' ? 'Yes' : 'Yes. We have a SOC 2 Type 2 report.', missing: [], warnings: [] }
    : { question, intent: 'none', confidence: 0.1, outcome: 'not_recognized', missing: [], warnings: [] };

suite('Word driver: a .docx through the questionnaire engine', () => {
  test('the demo profile fills a table questionnaire: SOC 2 rows answered, the kitchen left alone, the rest of the package kept', async () => {
    const bytes = fixture('docx-table.docx');
    const { bytes: filled, report, extension } = await fillWord(bytes, demoAnswerer(), { today: TODAY });
    assert.equal(extension, '.docx');
    const entries = report.sections.flatMap((section) => section.entries);
    assert.equal(entries.length, 5);
    const status = new Map(entries.map((entry) => [entry.location, entry.status]));
    assert.equal(status.get('table 1, row 3'), 'answered', 'Do you have a current SOC 2 Type 2 report');
    assert.equal(status.get('table 1, row 5'), 'already_answered', 'the CPA firm was filled in by the customer');
    assert.equal(status.get('table 1, row 8'), 'not_recognized', 'the kitchen');
    const after = readWordQuestionnaire(filled);
    const soc2 = after.items[0];
    assert.ok(soc2 !== undefined && soc2.existing.length > 0, 'an answer is in the Response cell');
    assert.doesNotMatch(soc2.existing, /certif/i);
    assert.equal(after.items[2]?.existing, 'Example Audit LLP', 'kept');
    assert.equal(after.items[4]?.existing, '', 'nothing written for the kitchen');
    for (const entry of entries.filter((e) => e.status === 'answered')) {
      const item = after.items.find((i) => i.location === entry.location);
      assert.ok(item !== undefined && item.existing !== '', `${entry.location} holds its answer`);
    }
  });

  test('checkboxes through the engine: the box the answer names is ticked, the explanation goes to the comment cell', async () => {
    const bytes = fixture('docx-checkboxes.docx');
    const { bytes: filled, report } = await fillWord(bytes, fakeAnswerer, { today: TODAY, defaultLength: 'sentence' });
    const after = readWordQuestionnaire(filled);
    assert.deepEqual(after.items[0]?.options, [
      { label: 'Yes', checked: true },
      { label: 'No', checked: false },
    ]);
    assert.equal(after.items[0]?.existingComment, 'Yes. We have a SOC 2 Type 2 report.');
    // Not recognized by the fake: left exactly as they were.
    assert.deepEqual(after.items[1]?.options?.map((o) => o.checked), [true, false]);
    assert.deepEqual(after.items[4]?.options?.map((o) => o.checked), [false, false]);
    assert.deepEqual(
      report.sections.flatMap((s) => s.entries).map((e) => e.status),
      ['answered', 'already_answered', 'not_recognized', 'already_answered', 'not_recognized'],
    );
  });

  test('a comment column under two fifths of the table takes a sentence, at the paragraph length too; a wide one a paragraph', async () => {
    const narrow = wordDocument(fixture('docx-checkboxes.docx'));
    const share = narrow.scan.items[0]?.commentWidth ?? assert.fail('the fixture gives its column widths');
    assert.ok(share < 0.4, `comment column share ${share}`);
    assert.equal(narrow.items[0]?.slot.commentLength, 'sentence');
    const asked: string[] = [];
    const recording: Answerer = (question, options) => {
      asked.push(options.length);
      return fakeAnswerer(question, options);
    };
    await fillWord(fixture('docx-checkboxes.docx'), recording, { today: TODAY, defaultLength: 'paragraph' });
    assert.ok(asked.includes('sentence') && !asked.includes('paragraph'), asked.join(', '));
    const wide = await buildDocx(table([['Question', 'Answer', 'Comments'], ['Do you have a SOC 2 Type 2 report?', '☐ Yes ☐ No', '']], { widths: [3000, 1000, 6000] }));
    const read = wordDocument(wide);
    assert.equal(read.scan.items[0]?.commentWidth, 0.6);
    assert.equal(read.items[0]?.slot.commentLength, undefined, 'a wide comment column takes the default length');
  });

  test('a .docm is filled as a .docm', async () => {
    const { extension, report } = await fillWord(fixture('docx-macro.docm'), fakeAnswerer, { today: TODAY });
    assert.equal(extension, '.docm');
    assert.ok(report.notes?.some((note) => /macros/.test(note)));
  });

  test('items the writer cannot touch are blocked, not failed: an old answer in a tracked change, boxes that are not Yes/No', async () => {
    const bytes = await buildDocx(
      table([
        ['Question', 'Answer'],
        ['Do you have a SOC 2 report?', para(`<w:ins w:id="3" w:author="a">${run('Pending')}</w:ins>`)],
      ]) +
        para(run('1. Which SOC 2 type do you have? \u2610 Type 1 \u2610 Type 2')) +
        para(run('2. Do you have a SOC 2 report?')) +
        para(run('\u2610 Yes, Type 2   \u2610 Yes, Type 1   \u2610 No')),
    );
    const document = wordDocument(bytes);
    assert.match(document.items[0]?.slot.blocked ?? '', /tracked change/);
    assert.match(document.items[1]?.slot.blocked ?? '', /not Yes\/No/);
    assert.match(document.items[2]?.slot.blocked ?? '', /more than one box starts with the same answer \(Yes, Type 2, Yes, Type 1, No\)/);
    const { bytes: filled, report } = await fillWord(bytes, fakeAnswerer, { today: TODAY, overwrite: true });
    assert.deepEqual(
      report.sections.flatMap((s) => s.entries).map((e) => e.status),
      ['needs_person', 'needs_person', 'needs_person'],
    );
    assert.deepEqual(readWordQuestionnaire(filled).items[2]?.options?.map((o) => o.checked), [false, false, false], 'no Yes ticked in a box that may be the wrong one');
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_ENGAGEMENT_WARNING, answererFor, isAnswered, planOne, planSlot, readTextQuestionnaire, type PlannedItem, type TextQuestionnaire } from '../../../src/domain/engine';
import type { AnswerLength } from '../../../src/domain/intents';
import { compose } from '../../../src/domain/compose';
import { parseProfile } from '../../../src/domain/profile/parse';
import { profileTemplate } from '../../../src/domain/profile/template';
import type { Profile } from '../../../src/domain/profile/schema';
import { applyEdits, type QuestionnaireFormat } from '../../../src/domain/questionnaire';

const TODAY = '2026-11-26';
const ROOT = join(__dirname, '..', '..', '..');

function demoProfile(): Profile {
  const parsed = parseProfile(readFileSync(join(ROOT, 'test', 'fixtures', 'workspace', '.attest', 'profile.json'), 'utf8'));
  assert.ok(parsed.profile, JSON.stringify(parsed.errors));
  return parsed.profile;
}

function read(text: string, format: QuestionnaireFormat): TextQuestionnaire {
  return readTextQuestionnaire(text, format);
}

function decideAnswer(question: string, profile: Profile, length: AnswerLength, today: string): ReturnType<ReturnType<typeof answererFor>> {
  return answererFor(profile)(question, { length, today });
}

/** The written text after one planned answer. */
function written(document: TextQuestionnaire, planned: PlannedItem): string {
  return applyEdits(document.text, document.write(planned.write ? [planned.write] : []));
}

suite('answer in place: planning one answer', () => {
  const profile = demoProfile();
  const settings = { defaultLength: 'paragraph' as const, today: TODAY };
  const answerer = answererFor(profile);
  const planAnswer = (document: TextQuestionnaire, index: number, overwrite = false): PlannedItem => {
    const item = document.items[index];
    assert.ok(item);
    return planOne(document, item, answerer, { ...settings, overwrite });
  };

  test('decideAnswer: an unrelated question is not recognized and carries no text', () => {
    const decision = decideAnswer('Describe your password policy.', profile, 'paragraph', TODAY);
    assert.equal(decision.outcome, 'not_recognized');
    assert.equal(decision.intent, 'none');
    assert.equal(decision.text, undefined);
  });

  test('decideAnswer: a fact the profile lacks makes it needs_person, with the placeholder in the text', () => {
    // A Yes/No the profile cannot decide is left for a person with nothing written…
    const polar = decideAnswer('Do you have a SOC 1 report?', profile, 'sentence', TODAY);
    assert.equal(polar.outcome, 'undetermined');
    assert.equal(polar.text, undefined);
    // …while a request for prose is written with the gap visible.
    const decision = decideAnswer('Please describe your SOC 1 report.', profile, 'sentence', TODAY);
    assert.equal(decision.outcome, 'needs_person');
    assert.ok(decision.missing.length > 0);
    for (const placeholder of decision.missing) {
      assert.ok(decision.text?.includes(placeholder));
    }
  });

  test('decideAnswer follows compose for the chosen length', () => {
    const question = 'Is your SOC 2 a Type 1 or Type 2?';
    // A choice is never a bare Yes/No; its answer is the fact, in a sentence at most.
    assert.equal(decideAnswer(question, profile, 'yesno', TODAY).outcome, 'undetermined');
    for (const length of ['sentence', 'paragraph'] as const) {
      const decision = decideAnswer(question, profile, length, TODAY);
      assert.equal(decision.outcome, 'answered');
      assert.equal(decision.text, compose(profile, 'soc2.type', { length: 'sentence', today: TODAY, question }).text);
    }
    const describe = 'Describe your SOC 2 report.';
    for (const length of ['sentence', 'paragraph'] as const) {
      assert.equal(decideAnswer(describe, profile, length, TODAY).text, compose(profile, 'soc2.status', { length, today: TODAY, question: describe }).text);
    }
  });

  test('a profile with no SOC 2 examination: SOC 2 answers say so, with a warning to the writer', () => {
    const bare = parseProfile(profileTemplate('Acme')).profile;
    assert.ok(bare);
    const soc2 = decideAnswer('Do you have a SOC 2 report?', bare, 'sentence', TODAY);
    assert.ok(soc2.warnings.includes(NO_ENGAGEMENT_WARNING));
    const other = decideAnswer('Are patches applied automatically?', bare, 'sentence', TODAY);
    assert.ok(!other.warnings.includes(NO_ENGAGEMENT_WARNING));
    assert.ok(!decideAnswer('Do you have a SOC 2 report?', profile, 'sentence', TODAY).warnings.includes(NO_ENGAGEMENT_WARNING));
  });

  test('Yes/No column by header: bare Yes in the cell, the explanation in the comment column', () => {
    const text = 'Question,Yes / No,Comments\nDo you have a SOC 2 Type 2 report?,,\n';
    const document = read(text, 'csv');
    const item = document.items[0];
    assert.ok(item);
    assert.match(item.slot.bareReason ?? '', /header/);
    assert.deepEqual(planSlot(item, 'paragraph'), { answer: 'yesno', explanation: 'paragraph', reason: item.slot.bareReason });
    const planned = planAnswer(document, 0);
    assert.equal(planned.write?.answer, 'Yes');
    assert.match(planned.write?.comment ?? '', /SOC 2 Type 2 report/);
  });

  test('Yes/No column by content: two or more bare Yes/No answers already there', () => {
    const text = 'Question,Response\nIs MFA enforced?,Yes\nDo you encrypt backups?,No\nDo you have a SOC 2 report?,\n';
    const document = read(text, 'csv');
    const last = document.items[2];
    assert.ok(last);
    assert.match(last.slot.bareReason ?? '', /already/);
    const planned = planAnswer(document, 2);
    assert.equal(planned.write?.answer, 'Yes');
    assert.equal(planned.write?.comment, undefined, 'no comment column: no explanation is written');
  });

  test('a free-text column gets the default length; one Yes answer in it is not enough to call it Yes/No', () => {
    const text = 'Question,Response\nIs MFA enforced?,Yes\nDo you have a SOC 2 report?,\n';
    const document = read(text, 'csv');
    const item = document.items[1];
    assert.ok(item);
    assert.equal(item.slot.bareReason, undefined);
    assert.deepEqual(planSlot(item, 'sentence'), { answer: 'sentence' });
    assert.equal(planSlot(item, 'yesno').answer, 'yesno');
  });

  test('Markdown table with a Y/N column', () => {
    const text = '| Question | Y/N | Notes |\n|---|---|---|\n| Do you have a SOC 2 report? | | |\n';
    const document = read(text, 'markdown');
    const planned = planAnswer(document, 0);
    assert.equal(planned.write?.answer, 'Yes');
    const out = written(document, planned);
    assert.match(out, /^\| Do you have a SOC 2 report\? \| Yes \| .*Type 2.* \|$/m);
  });

  test('checkbox options: the matching box is ticked, the explanation written under the options', () => {
    const text = '1. Do you have a SOC 2 report?\n   - [ ] Yes\n   - [ ] No\n';
    const document = read(text, 'markdown');
    const planned = planAnswer(document, 0);
    assert.deepEqual(planned.write?.check, ['Yes']);
    const out = written(document, planned);
    assert.match(out, /- \[x\] Yes\n {3}- \[ \] No\n\n {3}> \*\*Answer:\*\* \S/);
  });

  test('checkbox options that do not say Yes/No keep their state; the answer is written out', () => {
    const text = '1. Do you have a SOC 2 report?\n   - [x] Planned\n   - [ ] Other\n';
    const document = read(text, 'markdown');
    // A ticked box counts as an answer: Answer This Question asks, then plans it as a replacement.
    const planned = planAnswer(document, 0, true);
    const out = written(document, planned);
    assert.ok(out.startsWith('1. Do you have a SOC 2 report?\n   - [x] Planned\n   - [ ] Other\n'));
    assert.match(out, /> \*\*Answer:\*\* /);
  });

  test('an existing comment is kept unless overwriting', () => {
    const text = 'Question,Yes/No,Comments\nDo you have a SOC 2 report?,,See portal\n';
    const document = read(text, 'csv');
    assert.equal(planAnswer(document, 0).write?.comment, undefined);
    assert.ok(planAnswer(document, 0, true).write?.comment);
  });

  test('isAnswered: blanks, prompts and to-do notes are not answers', () => {
    const text = 'Question,Answer\nQ1?,\nQ2?,TBD\nQ3?,Please select\nQ4?,[answer]\nQ5?,?\nQ6?,No\nQ7?,"We do, weekly."\n';
    const { items } = read(text, 'csv');
    assert.deepEqual(
      items.map((item) => isAnswered(item)),
      [false, false, false, false, false, true, true],
    );
  });

  test('not recognized and unavailable slots write nothing', () => {
    const text = '| Question | Owner |\n|---|---|\n| Do you have a SOC 2 report? | Ana |\n';
    const document = read(text, 'markdown');
    const item = document.items[0];
    assert.ok(item);
    assert.match(item.slot.blocked ?? '', /no answer column/);
    const nowhere = planAnswer(document, 0);
    assert.equal(nowhere.decision?.intent, 'soc2.status');
    assert.equal(nowhere.status, 'needs_person');
    assert.equal(nowhere.write, undefined);
    const csv = read('Question,Answer\nHow many staff?,\n', 'csv');
    const planned = planAnswer(csv, 0);
    assert.equal(planned.decision?.outcome, 'not_recognized');
    assert.equal(planned.write, undefined);
  });
});

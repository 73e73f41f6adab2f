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
import { buildLibraryIndex, librarySource } from '../../../src/domain/library';
import type { AnswerDecision, Answerer } from '../../../src/domain/answer/types';
import { entry } from '../library/helpers';

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

  test('checkboxes no Yes/No decides: the library\'s answer is written under the options, no box is ticked, and the item stays with a person', () => {
    const library = librarySource(
      buildLibraryIndex([
        entry({ id: 'keys', question: 'How are encryption keys managed?', sentence: 'Keys are held in AWS KMS and rotated every year.' }),
        entry({ id: 'security-team', question: 'Who is responsible for information security?', sentence: 'Our Head of Security leads a dedicated security team.' }),
        entry({ id: 'sell', question: 'Do you sell customer data?', yesno: 'no', sentence: 'We never sell customer data.' }),
      ]),
    );
    const withLibrary = answererFor(profile, library);
    const plan = (text: string): PlannedItem => {
      const document = read(text, 'markdown');
      return planOne(document, document.items[0] as (typeof document.items)[number], withLibrary, { ...settings, overwrite: false });
    };
    // Options that are not Yes/No, for a question that is not polar.
    const keys = plan('1. How are encryption keys managed?\n   - [ ] Vendor-managed keys\n   - [ ] Customer-managed keys supported\n');
    assert.equal(keys.status, 'needs_person');
    assert.deepEqual(keys.write?.check, []);
    assert.equal(keys.write?.answer, 'Keys are held in AWS KMS and rotated every year.');
    assert.match(keys.missing[0] ?? '', /^\[the options are left for you to tick: /);
    assert.equal(keys.decision?.source?.kind, 'library', 'the answer traces to its entry');
    // A polar question whose Yes/No the entry does not give: its sentence, no Yes/No and no tick.
    const team = plan('1. Do you have a designated team responsible for information security?\n   - [ ] Yes\n   - [ ] No\n');
    assert.deepEqual([team.status, team.write?.check, team.write?.answer], ['needs_person', [], 'Our Head of Security leads a dedicated security team.']);
    // A Yes/No the entry gives is ticked as before.
    const sell = plan('1. Do you sell customer data?\n   - [ ] Yes\n   - [ ] No\n');
    assert.deepEqual([sell.status, sell.write?.check], ['answered', ['No']]);
    // Nothing near: nothing written.
    assert.equal(plan('1. Which colour is your logo?\n   - [ ] Blue\n   - [ ] Green\n').write, undefined);
  });

  test('a Yes/No cell with a comment cell: an answer that leaves the Yes/No open goes to the comment, the Yes/No cell stays blank for a person', () => {
    const library = librarySource(
      buildLibraryIndex([
        // No Yes/No: the entry describes the log and leaves the Yes/No to whoever asks.
        entry({ id: 'audit-log', question: 'Do you provide audit logs to customer administrators?', sentence: 'The in-app audit log records sign-ins and permission changes for 12 months.' }),
        entry({ id: 'sell', question: 'Do you sell customer data?', yesno: 'no', sentence: 'No. We never sell customer data.' }),
      ]),
    );
    const withLibrary = answererFor(profile, library);
    const text = 'ID,Question,Response,Comments\nLOG-05,Do you provide audit logs to customer administrators?,,\nPRV-01,Do you sell customer data?,,\nPRV-02,Do you sell customer data to brokers?,,Ask legal\n';
    const document = read(text, 'csv');
    const plan = (index: number): PlannedItem => planOne(document, document.items[index] as (typeof document.items)[number], withLibrary, { ...settings, overwrite: false });
    const open = plan(0);
    assert.equal(open.status, 'needs_person');
    assert.equal(open.write?.answer, '', 'the Yes/No cell is left as it was');
    assert.equal(open.write?.comment, 'The in-app audit log records sign-ins and permission changes for 12 months.');
    assert.match(open.missing[0] ?? '', /^\[the Yes\/No is left for you: /);
    assert.equal(open.decision?.source?.kind, 'library');
    assert.equal(written(document, open), text.replace('customer administrators?,,', 'customer administrators?,,The in-app audit log records sign-ins and permission changes for 12 months.'));
    // A Yes/No the entry gives goes in its cell, as before.
    const sell = plan(1);
    assert.deepEqual([sell.status, sell.write?.answer], ['answered', 'No']);
    // The facts explain a question that is not Yes/No in a Yes/No cell; one they leave open they are not asked to explain.
    const facts = read('Question,Yes / No,Comments\nWhich Trust Services Criteria categories are in scope for your SOC 2 report?,,\nIs your SOC 2 report qualified?,,\n', 'csv');
    const scope = planOne(facts, facts.items[0] as (typeof facts.items)[number], withLibrary, { ...settings, overwrite: false });
    assert.equal(scope.write?.answer, '');
    assert.match(scope.write?.comment ?? '', /Security/);
    assert.equal(scope.decision?.source?.kind, 'profile');
    // A comment someone wrote is kept: nothing is written.
    assert.deepEqual([plan(2).status, plan(2).write], ['needs_person', undefined]);
  });

  test('checkboxes the facts leave open get nothing written when the text would say a Yes/No', () => {
    // An answerer whose prose leads with a Yes its Yes/No does not give (none of ours should): the prose is not written either.
    const yesText: Answerer = (question, options): AnswerDecision => ({
      question,
      intent: 'none',
      confidence: 1,
      missing: [],
      warnings: [],
      ...(options.length === 'yesno' ? { outcome: 'undetermined', reasons: ['the facts do not decide it'] } : { outcome: 'answered', text: 'Yes. We do.' }),
    });
    const document = read('1. Do you do it?\n   - [ ] Yes\n   - [ ] No\n', 'markdown');
    const planned = planOne(document, document.items[0] as (typeof document.items)[number], yesText, { ...settings, overwrite: false });
    assert.deepEqual([planned.status, planned.write], ['needs_person', undefined]);
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

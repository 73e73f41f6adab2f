// The pure side of "Import Answers from a Questionnaire…": which answers the engine's items hold,
// where each draft goes without taking a name, which conflicts belong to which draft, and what
// the preview, the summary and the report say.
import * as assert from 'node:assert/strict';
import type { EngineItem } from '../../../src/domain/engine/driver';
import { importAnswers } from '../../../src/domain/library';
import { answeredQuestions, conflictsOfDraft, draftDetail, importCounts, importReportMarkdown, importSummary, libraryConflicts, topicFolder, withFreeName, type ImportOutcome } from '../../../src/domain/library/importPlan';
import { entry } from './helpers';

function item(question: string, existing: string, extra: Partial<EngineItem> & { comment?: string } = {}): EngineItem {
  const { comment, ...rest } = extra;
  return {
    index: 0,
    question,
    location: rest.line !== undefined ? `line ${rest.line + 1}` : "'Vendor'!C7",
    slot: { kind: 'text', existing, formulaRisk: false, ...(comment !== undefined && { comment: { existing: comment, writable: true } }) },
    ...rest,
  };
}

suite('library: the editor import plan', () => {
  test('answeredQuestions: text items by line, workbook items by cell; a bare Yes with a comment is both', () => {
    const answered = answeredQuestions(
      [
        item('Do you have a hotline?', 'Yes. Through EthicsPoint.', { line: 4, section: 'People' }),
        item('Is data encrypted?', 'Yes', { comment: 'AES-256 on every volume.' }),
        item('Formula row?', '=A1', { slot: { kind: 'text', existing: '=A1', keep: true, formulaRisk: false } }),
        item('Unanswered?', ''),
        item('Comment only?', '', { comment: 'We do this monthly.' }),
        item('Long answer with notes?', 'We rotate keys yearly.', { comment: 'Reviewer: fine' }),
      ],
      'past.xlsx',
    );
    assert.deepEqual(answered, [
      { question: 'Do you have a hotline?', answer: 'Yes. Through EthicsPoint.', at: 'past.xlsx:5', section: 'People' },
      { question: 'Is data encrypted?', answer: 'Yes. AES-256 on every volume.', at: "past.xlsx 'Vendor'!C7" },
      { question: 'Unanswered?', answer: '', at: "past.xlsx 'Vendor'!C7" },
      { question: 'Comment only?', answer: 'We do this monthly.', at: "past.xlsx 'Vendor'!C7" },
      { question: 'Long answer with notes?', answer: 'We rotate keys yearly.', at: "past.xlsx 'Vendor'!C7" },
    ]);
  });

  test('topicFolder: a safe folder name, never empty or climbing out', () => {
    assert.equal(topicFolder('Identity & Access'), 'identity-access');
    assert.equal(topicFolder('../../etc'), 'etc');
    assert.equal(topicFolder('   '), 'imported');
    assert.equal(topicFolder('a'.repeat(39) + ' b'), 'a'.repeat(39));
  });

  test('withFreeName: a taken name (file, link or id) gets -2, -3…, and the id follows the name', () => {
    const [draft] = importAnswers([{ question: 'Do you have a whistleblower hotline?', answer: 'Yes.', at: 'q.md:3' }], []).drafts;
    assert.ok(draft);
    assert.equal(withFreeName(draft, new Set()).id, 'whistleblower-hotline');
    assert.equal(withFreeName(draft, new Set(['whistleblower-hotline', 'whistleblower-hotline-2'])).id, 'whistleblower-hotline-3');
    assert.equal(draft.id, 'whistleblower-hotline', 'the draft itself is not changed');
  });

  test('conflicts: within the file belong to the merged draft; against the library to none', () => {
    const library = [entry({ id: 'at-rest', question: 'Is customer data encrypted at rest?', yesno: 'yes' })];
    const result = importAnswers(
      [
        { question: 'Do you have a whistleblower hotline?', answer: 'Yes. Through EthicsPoint.', at: 'q.csv:2' },
        { question: 'Is there an anonymous hotline for whistleblowers?', answer: 'No', at: 'q.csv:3' },
        { question: 'Is customer data encrypted at rest?', answer: 'No', at: 'q.csv:4' },
        { question: 'What languages does support speak?', answer: 'English and Spanish.', at: 'q.csv:5', section: 'Support' },
      ],
      library,
    );
    const [hotline, languages] = result.drafts;
    assert.ok(hotline && languages);
    assert.equal(conflictsOfDraft(hotline, result.conflicts).length, 1);
    assert.deepEqual(conflictsOfDraft(languages, result.conflicts), []);
    assert.deepEqual(libraryConflicts(result).map((c) => c.slice(0, 8)), ['q.csv:4:']);
    const detail = draftDetail(hotline, result.conflicts);
    assert.match(detail, /merged 1 variant: "Is there an anonymous hotline for whistleblowers\?"/);
    assert.match(detail, /^⚠ 1 conflict: Yes\/No left out \(see the report\) {2}· {2}merged 1 variant/);
    assert.match(draftDetail(languages, result.conflicts), /^English and Spanish\.$/);

    const outcome: ImportOutcome = { written: [{ draft: hotline, path: '.attest/library/imported/whistleblower-hotline.md' }], refused: [], notChosen: 1, cancelled: false };
    assert.deepEqual(importCounts(result, outcome), { created: 1, merged: 1, skipped: 2, conflicts: 2 });
    assert.equal(importSummary(result, outcome), 'Created 1 draft entry (1 question merged as variants); skipped 2 (1 already in the library, 1 not chosen); 2 conflicts to decide.');
    const report = importReportMarkdown('q.csv', '.attest/library', result, outcome);
    assert.match(report, /^# Import into the answer library from q\.csv/);
    assert.match(report, /## Conflicts\n\nAnswers that disagree.*\n\n- q\.csv:3: .*\n- q\.csv:4: .*library's "at-rest"/);
    assert.match(report, /## Created\n\n- `\.attest\/library\/imported\/whistleblower-hotline\.md`: "Do you have a whistleblower hotline\?" \(1 variant merged: .*\), from q\.csv:2, q\.csv:3/);
    assert.match(report, /## Already in the library \(\.attest\/library\)\n\n.*\n\n- q\.csv:4: "Is customer data encrypted at rest\?" → `at-rest`/);
  });

  test('a cancelled import says which drafts were not written, and a refusal is listed', () => {
    const result = importAnswers(
      [
        { question: 'Do you have a whistleblower hotline?', answer: 'Yes.', at: 'q.md:1' },
        { question: 'What languages does support speak?', answer: 'English.', at: 'q.md:2' },
        { question: 'Do you sponsor open source?', answer: 'Yes.', at: 'q.md:3' },
      ],
      [],
    );
    const [first, second] = result.drafts;
    assert.ok(first && second);
    const outcome: ImportOutcome = { written: [{ draft: first, path: 'lib/imported/a.md' }], refused: [{ draft: second, path: 'lib/imported/b.md', problem: 'lib/imported leads outside the workspace folder through a symbolic link; nothing was written there.' }], notChosen: 0, cancelled: true };
    assert.equal(importSummary(result, outcome), 'Created 1 draft entry; skipped 2 (1 refused, 1 not written after Cancel).');
    const report = importReportMarkdown('q.md', 'lib', result, outcome);
    assert.match(report, /\*\*Cancelled:\*\*/);
    assert.match(report, /## Not written\n\n- `lib\/imported\/b\.md`: lib\/imported leads outside/);
  });
});

import * as assert from 'node:assert/strict';
import { readQuestionnaire, type QuestionItem, type QuestionnaireFormat } from '../../../src/domain/questionnaire';
import { anchorFor, anchorForLine, anchorForSpan, anchorsFor, parseQuestionAnchor, relocateLine, relocateQuestion, relocateSpan, type QuestionAnchor } from '../../../src/domain/questionnaire/anchor';

function items(text: string, format: QuestionnaireFormat = 'markdown'): QuestionItem[] {
  return readQuestionnaire(text, format).items;
}

/** The anchor of the question that contains `needle`. */
function anchorOf(text: string, needle: string, format: QuestionnaireFormat = 'markdown', nth = 0): QuestionAnchor {
  const all = items(text, format);
  const item = all.filter((i) => i.question.includes(needle))[nth];
  assert.ok(item, `a question with "${needle}"`);
  return anchorFor(all, item);
}

const QUESTIONNAIRE = ['# Supplier questions', '', '1. Do you have a SOC 2 report?', '', '2. Describe your password policy.', '', '3. Which CPA firm performed your most recent SOC 2 examination?', ''].join('\n');

suite('question anchors: finding the question again after edits', () => {
  test('unchanged document: the same question, not moved', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Which CPA firm');
    const found = relocateQuestion(items(QUESTIONNAIRE), anchor);
    assert.equal(found.kind, 'found');
    assert.ok(found.kind === 'found');
    assert.equal(found.moved, false);
    assert.match(found.target.question, /Which CPA firm/);
  });

  test('a paragraph added above: found on its new line, and the stored line now holds another question', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Describe your password policy');
    const edited = QUESTIONNAIRE.replace('1. Do you', 'Some context the writer added.\nIt spans two lines.\n\n1. Do you');
    const current = items(edited);
    const found = relocateQuestion(current, anchor);
    assert.ok(found.kind === 'found');
    assert.equal(found.moved, true);
    assert.equal(found.target.line, anchor.line + 3);
    assert.match(found.target.question, /password policy/);
    // What the old line-based lookup would have answered: not this question.
    const atOldLine = current.find((i) => i.line <= anchor.line && anchor.line <= i.lastLine);
    assert.ok(atOldLine === undefined || !/password policy/.test(atOldLine.question));
  });

  test('a question moved to another place in the same section is followed', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Do you have a SOC 2 report');
    const moved = ['# Supplier questions', '', '2. Describe your password policy.', '', '3. Which CPA firm performed your most recent SOC 2 examination?', '', '1. Do you have a SOC 2 report?', ''].join('\n');
    const found = relocateQuestion(items(moved), anchor);
    assert.ok(found.kind === 'found');
    assert.equal(found.target.line, 6);
  });

  test('renumbering, spacing and letter case do not lose it', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Which CPA firm');
    const edited = QUESTIONNAIRE.replace('3. Which CPA firm performed your most recent SOC 2 examination?', '7.  which CPA firm  performed your most recent SOC 2 examination?');
    const found = relocateQuestion(items(edited), anchor);
    assert.ok(found.kind === 'found');
    assert.equal(found.target.id, '7');
  });

  test('edited question text: missing (the writer changed what is asked)', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Which CPA firm');
    const edited = QUESTIONNAIRE.replace('Which CPA firm performed', 'Which audit firm performed');
    assert.deepEqual(relocateQuestion(items(edited), anchor), { kind: 'missing' });
  });

  test('deleted question: missing', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Describe your password policy');
    const edited = QUESTIONNAIRE.replace('2. Describe your password policy.\n\n', '');
    assert.deepEqual(relocateQuestion(items(edited), anchor), { kind: 'missing' });
  });

  test('same question in another section: the section decides', () => {
    const text = ['## Hosting', '', '1. Do you have a SOC 2 report?', '', '## Payroll', '', '1. Do you have a SOC 2 report?', ''].join('\n');
    const anchor = anchorOf(text, 'SOC 2 report', 'markdown', 1);
    assert.equal(anchor.section, 'Payroll');
    assert.equal(anchor.occurrences, 1, 'unique within its section');
    const edited = `Intro paragraph.\n\n${text}`;
    const found = relocateQuestion(items(edited), anchor);
    assert.ok(found.kind === 'found');
    assert.equal(found.target.section, 'Payroll');
    assert.equal(found.target.line, 8);
    // The section's heading renamed: no longer the question that was meant.
    assert.deepEqual(relocateQuestion(items(text.replace('## Payroll', '## People')), anchor), { kind: 'missing' });
  });

  test('duplicate questions in one section: found by position while their count holds', () => {
    const text = ['# Questions', '', '- Do you have a SOC 2 report?', '', '- Describe your password policy.', '', '- Do you have a SOC 2 report?', ''].join('\n');
    const anchor = anchorOf(text, 'SOC 2 report', 'markdown', 1);
    assert.equal(anchor.occurrence, 1);
    assert.equal(anchor.occurrences, 2);
    const found = relocateQuestion(items(`Added above.\n\n${text}`), anchor);
    assert.ok(found.kind === 'found');
    assert.equal(found.target.line, 8);
  });

  test('duplicate questions: a copy pasted or one deleted makes it ambiguous (never a guess)', () => {
    const text = ['# Questions', '', '- Do you have a SOC 2 report?', '', '- Describe your password policy.', '', '- Do you have a SOC 2 report?', ''].join('\n');
    const second = anchorOf(text, 'SOC 2 report', 'markdown', 1);
    // The anchored (second) copy deleted: the first is a different question that happens to read the same.
    const cut = text.lastIndexOf('- Do you have a SOC 2 report?');
    const deleted = text.slice(0, cut) + text.slice(cut + '- Do you have a SOC 2 report?\n'.length);
    assert.deepEqual(relocateQuestion(items(deleted), second), { kind: 'ambiguous', lines: [2] });
    // A unique question, then a copy of it pasted above.
    const unique = anchorOf(QUESTIONNAIRE, 'Which CPA firm');
    const pasted = QUESTIONNAIRE.replace('1. Do you', '3. Which CPA firm performed your most recent SOC 2 examination?\n\n1. Do you');
    const result = relocateQuestion(items(pasted), unique);
    assert.equal(result.kind, 'ambiguous');
    assert.ok(result.kind === 'ambiguous');
    assert.equal(result.lines.length, 2);
  });

  test('CSV: identical questions told apart by their unique ids, even after rows are added above', () => {
    const csv = ['ID,Question,Answer', 'A-1,Do you have a SOC 2 report?,', 'B-1,Describe your password policy.,', 'C-1,Do you have a SOC 2 report?,', ''].join('\n');
    const anchor = anchorOf(csv, 'SOC 2 report', 'csv', 1);
    assert.equal(anchor.id, 'C-1');
    assert.equal(anchor.idUnique, true);
    const edited = csv.replace('A-1,', 'Z-9,Do you have a SOC 2 report?,\nA-1,');
    const found = relocateQuestion(items(edited, 'csv'), anchor);
    assert.ok(found.kind === 'found', JSON.stringify(found));
    assert.equal(found.target.id, 'C-1');
    assert.equal(found.target.line, 4);
  });

  test('a line that is not a question is found by its text; a blank line has no anchor', () => {
    const text = 'Intro\n\nPlease describe your SOC 2 situation here\n\nOutro\n';
    const anchor = anchorForLine(text, 2);
    assert.ok(anchor);
    const found = relocateLine(`New first line\n${text}`, anchor);
    assert.deepEqual(found, { kind: 'found', target: 3, moved: true });
    assert.deepEqual(relocateLine(text.replace('Please describe', 'Describe'), anchor), { kind: 'missing' });
    assert.deepEqual(relocateLine(`${text}Please describe your SOC 2 situation here\n`, anchor), { kind: 'ambiguous', lines: [2, 5] });
    assert.equal(anchorForLine(text, 1), undefined);
  });

  test('anchorsFor gives every item the anchor anchorFor gives it', () => {
    const text = ['## A', '', '- Do you have a SOC 2 report?', '- Do you have a SOC 2 report?', '', '## B', '', '- Do you have a SOC 2 report?', '- Describe your password policy.', ''].join('\n');
    const all = items(text);
    assert.deepEqual(anchorsFor(all), all.map((item) => anchorFor(all, item)));
  });

  test('parseQuestionAnchor accepts what anchorFor makes and nothing malformed', () => {
    const anchor = anchorOf(QUESTIONNAIRE, 'Which CPA firm');
    assert.deepEqual(parseQuestionAnchor(JSON.parse(JSON.stringify(anchor)) as unknown), anchor);
    for (const bad of [undefined, null, 3, 'x', { ...anchor, occurrence: 2, occurrences: 1 }, { ...anchor, line: -1 }, { ...anchor, question: '' }, { ...anchor, extra: true }]) {
      assert.equal(parseQuestionAnchor(bad), undefined, JSON.stringify(bad));
    }
  });
});

suite('span anchors: a panel inserts where the selection or cursor was', () => {
  const TEXT = 'Intro line\n\nOur SOC 2 report: TBD\n\nClosing line\n';

  test('a selection moved by an edit above is found by its text; the same text twice is ambiguous; gone is missing', () => {
    const start = TEXT.indexOf('TBD');
    const anchor = anchorForSpan(TEXT, start, start + 3, 2, 18);
    assert.ok(anchor);
    const edited = `Added first.\n${TEXT}`;
    assert.deepEqual(relocateSpan(edited, anchor), { kind: 'found', target: { start: start + 13, end: start + 16 }, moved: true });
    assert.deepEqual(relocateSpan(`${edited}TBD\n`, anchor), { kind: 'ambiguous', lines: [3, 6] });
    assert.deepEqual(relocateSpan(edited.replace('TBD', 'done'), anchor), { kind: 'missing' });
  });

  test('one of several identical selections keeps its position while their count holds', () => {
    const text = 'TBD\nTBD\nTBD\n';
    const anchor = anchorForSpan(text, 4, 7, 1, 0);
    assert.ok(anchor?.kind === 'selection' && anchor.occurrence === 1 && anchor.occurrences === 3);
    assert.deepEqual(relocateSpan(`x\n${text}`, anchor), { kind: 'found', target: { start: 6, end: 9 }, moved: true });
    assert.equal(relocateSpan(text.slice(4), anchor).kind, 'ambiguous');
  });

  test('a cursor is found by its line and keeps its column; a cursor on a blank line has no anchor', () => {
    const anchor = anchorForSpan(TEXT, 0, 0, 2, 4);
    assert.ok(anchor);
    assert.deepEqual(relocateSpan(`New\n\n${TEXT}`, anchor), { kind: 'found', target: { line: 4, column: 4 }, moved: true });
    assert.equal(anchorForSpan(TEXT, 11, 11, 1, 0), undefined);
  });
});

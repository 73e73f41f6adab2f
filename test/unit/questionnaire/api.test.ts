import * as assert from 'node:assert/strict';
import { applyEdits, formatFromFileName, itemAtLine, itemAtOffset, readQuestionnaire, writableRanges } from '../../../src/domain/questionnaire';

suite('questionnaire api', () => {
  test('formatFromFileName: extension first, then the language id', () => {
    assert.equal(formatFromFileName('/q/vendor.md'), 'markdown');
    assert.equal(formatFromFileName('C:\\q\\Vendor.CSV'), 'csv');
    assert.equal(formatFromFileName('answers.tsv'), 'csv');
    assert.equal(formatFromFileName('notes.txt'), 'plaintext');
    assert.equal(formatFromFileName('Untitled-1', 'markdown'), 'markdown');
    assert.equal(formatFromFileName('Untitled-2', 'csv (semicolon)'), 'csv');
    assert.equal(formatFromFileName('data.csv', 'plaintext'), 'csv');
    assert.equal(formatFromFileName('book.xlsx'), undefined);
    assert.equal(formatFromFileName('.md'), undefined);
  });

  test('applyEdits: in order, insertions at one offset keep their order, overlaps throw', () => {
    assert.equal(
      applyEdits('abcdef', [
        { start: 4, end: 6, newText: 'XY' },
        { start: 1, end: 1, newText: '1' },
        { start: 1, end: 1, newText: '2' },
        { start: 1, end: 3, newText: '-' },
      ]),
      'a12-dXY',
    );
    assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 4, newText: '' }, { start: 3, end: 5, newText: '' }]), RangeError);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), RangeError);
  });

  test('CSV look-ups: the row under the cursor, including a multi-line cell', () => {
    const text = 'Question,Answer\n"Do you have\nSOC 2?",\nIs MFA enforced?,Yes\n';
    const { items } = readQuestionnaire(text, 'csv');
    assert.equal(itemAtOffset(items, text.indexOf('SOC 2'))?.index, 0);
    assert.equal(itemAtOffset(items, text.indexOf('Yes'))?.index, 1);
    assert.equal(itemAtOffset(items, 3), undefined, 'the header row is not a question');
    assert.equal(itemAtLine(items, 2)?.index, 0);
    assert.equal(itemAtLine(items, 3)?.index, 1);
    assert.equal(itemAtLine(items, 0), undefined);
  });

  test('writableRanges lists the answer, the comment cell and every checkbox', () => {
    const md = readQuestionnaire('1. Do you have SOC 2?\n   - [ ] Yes\n   - [ ] No\n', 'markdown');
    const item = md.items[0];
    assert.ok(item);
    assert.equal(writableRanges(item).length, 3);
    const csv = readQuestionnaire('Question,Answer,Comment\nDo you have SOC 2?,,\n', 'csv');
    assert.ok(csv.items[0]);
    assert.equal(writableRanges(csv.items[0]).length, 2);
  });
});

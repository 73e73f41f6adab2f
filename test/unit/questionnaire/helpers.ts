import * as assert from 'node:assert/strict';
import {
  answerEdits,
  applyEdits,
  readQuestionnaire,
  writableRanges,
  type AnswerToWrite,
  type QuestionItem,
  type QuestionnaireFormat,
  type QuestionnaireReadResult,
  type TextEdit,
  type TextRange,
} from '../../../src/domain/questionnaire';

/** The text between the given ranges, in order (what must survive a write unchanged). */
export function outsideRanges(text: string, ranges: readonly TextRange[]): string[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let cursor = 0;
  for (const range of sorted) {
    pieces.push(text.slice(cursor, Math.max(cursor, range.start)));
    cursor = Math.max(cursor, range.end);
  }
  pieces.push(text.slice(cursor));
  return pieces;
}

export function allWritableRanges(items: readonly QuestionItem[]): TextRange[] {
  return items.flatMap((item) => writableRanges(item));
}

/** Every edit lies inside (or, for an insertion, on the edge of) a writable range of an answered item. */
export function assertEditsInsideAnswerRanges(edits: readonly TextEdit[], items: readonly QuestionItem[]): void {
  const ranges = allWritableRanges(items);
  for (const edit of edits) {
    const inside = ranges.some((range) => edit.start >= range.start && edit.end <= range.end);
    assert.ok(inside, `edit ${edit.start}-${edit.end} ${JSON.stringify(edit.newText)} is outside every answer range`);
  }
}

/**
 * The updated text still holds every piece of the original outside the answer ranges, in order:
 * the first piece at the start, the last at the end. Independent of how the edits were built.
 */
export function assertOutsideKeptInOrder(original: string, updated: string, items: readonly QuestionItem[]): void {
  const pieces = outsideRanges(original, allWritableRanges(items));
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  assert.ok(updated.startsWith(first), 'text before the first answer range changed');
  assert.ok(updated.endsWith(last), 'text after the last answer range changed');
  let cursor = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const at = updated.indexOf(piece, cursor);
    assert.ok(at >= 0, `piece ${JSON.stringify(piece.slice(0, 60))} missing or out of order`);
    cursor = at + piece.length;
  }
  assert.ok(cursor <= updated.length - last.length || pieces.length === 1, 'pieces overlap the tail');
}

export interface Filled {
  before: QuestionnaireReadResult;
  edits: TextEdit[];
  text: string;
  after: QuestionnaireReadResult;
}

export function fill(text: string, format: QuestionnaireFormat, answerFor: (item: QuestionItem) => string | undefined, comment?: (item: QuestionItem) => string | undefined): Filled {
  const before = readQuestionnaire(text, format);
  const answers: AnswerToWrite[] = [];
  for (const item of before.items) {
    const answer = answerFor(item);
    if (answer !== undefined) {
      const entry: AnswerToWrite = { item, answer };
      const note = comment?.(item);
      if (note !== undefined) {
        entry.comment = note;
      }
      answers.push(entry);
    }
  }
  const edits = answerEdits(text, format, before.layout, answers);
  const updated = applyEdits(text, edits);
  return { before, edits, text: updated, after: readQuestionnaire(updated, format) };
}

/**
 * The brief's round-trip check: cut the answer ranges out of the original and out of the re-read
 * result; what is left must be identical. Holds whenever a write adds nothing outside its slot.
 */
export function assertSameOutsideAnswers(original: string, filled: Filled): void {
  assert.equal(filled.after.items.length, filled.before.items.length, 'the filled document has a different number of questions');
  assert.deepEqual(outsideRanges(filled.text, allWritableRanges(filled.after.items)), outsideRanges(original, allWritableRanges(filled.before.items)));
}

export function questions(result: QuestionnaireReadResult): string[] {
  return result.items.map((item) => item.question);
}

/**
 * Questionnaire readers and writers for Markdown, CSV and plain text. Pure: strings in, plain
 * objects out. Readers never throw; writers return edits that touch only answer ranges.
 */
import { csvAnswerEdits, readCsv } from './csv';
import { markdownAnswerEdits, readMarkdown } from './markdown';
import { plainTextAnswerEdits, readPlainText } from './plaintext';
import { detectLineEnding } from './text';
import type {
  AnswerToWrite,
  QuestionItem,
  QuestionnaireFormat,
  QuestionnaireLayout,
  QuestionnaireReadResult,
  TextEdit,
  TextRange,
} from './types';

export type * from './types';
export type { MarkdownAnswer } from './markdown';

export function readQuestionnaire(text: string, format: QuestionnaireFormat): QuestionnaireReadResult {
  try {
    switch (format) {
      case 'markdown':
        return readMarkdown(text);
      case 'csv':
        return readCsv(text);
      case 'plaintext':
        return readPlainText(text);
    }
  } catch (error) {
    // A reader bug must not take the editor down: report it as the document's problem instead.
    const problem = `The questionnaire could not be read: ${error instanceof Error ? error.message : String(error)}`;
    const lineEnding = detectLineEnding(text);
    const layout: QuestionnaireLayout =
      format === 'csv'
        ? { format, lineEnding, problem, delimiter: ',', hasBom: text.charCodeAt(0) === 0xfeff, headers: [], recordCount: 0 }
        : format === 'markdown'
          ? { format, lineEnding, problem, tables: [] }
          : { format, lineEnding, problem };
    return { items: [], layout };
  }
}

const EXTENSION_FORMATS: Record<string, QuestionnaireFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  psv: 'csv',
  txt: 'plaintext',
  text: 'plaintext',
};

const LANGUAGE_FORMATS: Record<string, QuestionnaireFormat> = {
  markdown: 'markdown',
  csv: 'csv',
  tsv: 'csv',
  'csv (semicolon)': 'csv',
  'csv (pipe)': 'csv',
  'csv (whitespace)': 'csv',
  plaintext: 'plaintext',
};

/** The file's extension decides; an untitled or unknown file falls back to the editor's language id. */
export function formatFromFileName(name: string, languageId?: string): QuestionnaireFormat | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const byExtension = EXTENSION_FORMATS[extension];
  if (byExtension) {
    return byExtension;
  }
  return languageId === undefined ? undefined : LANGUAGE_FORMATS[languageId.toLowerCase()];
}

/** The question whose block (question, options, answer) holds the offset; the smallest block wins. */
export function itemAtOffset(items: readonly QuestionItem[], offset: number): QuestionItem | undefined {
  let best: QuestionItem | undefined;
  for (const item of items) {
    const { start, end } = item.blockRange;
    if (offset >= start && offset <= end && (!best || end - start < best.blockRange.end - best.blockRange.start)) {
      best = item;
    }
  }
  return best;
}

export function itemAtLine(items: readonly QuestionItem[], line: number): QuestionItem | undefined {
  let best: QuestionItem | undefined;
  for (const item of items) {
    if (line >= item.line && line <= item.lastLine && (!best || item.lastLine - item.line < best.lastLine - best.line)) {
      best = item;
    }
  }
  return best;
}

/** Every range an answer to `item` may change: the answer, the comment cell, the checkboxes. */
export function writableRanges(item: QuestionItem): TextRange[] {
  const ranges: TextRange[] = [item.answer.range];
  if (item.answer.comment) {
    ranges.push(item.answer.comment.range);
  }
  for (const option of item.answer.options ?? []) {
    ranges.push(option.markRange);
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The edits that write `answers` (one per item; a later answer to the same item wins), sorted by
 * position. Items whose slot is `unavailable` get no edit. `check` ticks named checkbox options.
 */
export function answerEdits(
  text: string,
  format: QuestionnaireFormat,
  layout: QuestionnaireLayout,
  answers: readonly AnswerToWrite[],
): TextEdit[] {
  const latest = new Map<number, AnswerToWrite>();
  for (const answer of answers) {
    latest.set(answer.item.index, answer);
  }
  const unique = [...latest.values()];
  let edits: TextEdit[] = [];
  if (format === 'csv' && layout.format === 'csv') {
    edits = csvAnswerEdits(layout, unique);
  } else if (format === 'markdown' && layout.format === 'markdown') {
    edits = markdownAnswerEdits(text, layout, unique);
  } else if (format === 'plaintext' && layout.format === 'plaintext') {
    edits = plainTextAnswerEdits(text, layout, unique);
  }
  return edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map(({ edit }) => edit);
}

/** Apply non-overlapping edits (insertions at one offset keep their order). Throws on overlap or out-of-range edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map(({ edit }) => edit);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`Edit ${edit.start}–${edit.end} overlaps another edit or lies outside the text.`);
    }
    out += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

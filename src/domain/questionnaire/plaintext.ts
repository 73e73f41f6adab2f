/**
 * Plain-text questionnaires: numbered (or id-prefixed, or bulleted) lines and paragraphs that ask
 * something, and free paragraphs ending in "?". The answer goes on an `Answer:` line right below.
 */
import {
  answerMarkerLength,
  asksWithQuestionMark,
  collapseWhitespace,
  detectLineEnding,
  indentWidth,
  looksLikeQuestion,
  normalizeLineBreaks,
  splitLeadingId,
  splitLines,
  startsLikeAnswer,
  type SourceLine,
} from './text';
import type { AnswerToWrite, PlainTextLayout, QuestionItem, QuestionnaireReadResult, TextEdit } from './types';

const BULLET = /^[-*•]\s+(?=\S)/;
const COMMENT_MARKER = /^(comments?|notes?)\s*:/i;

interface Opening {
  id?: string;
  /** Offset in the line text where the question text starts. */
  textAt: number;
  numbered: boolean;
}

function opening(line: SourceLine): Opening {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.slice(lead);
  const bullet = BULLET.exec(body);
  if (bullet) {
    return { textAt: lead + bullet[0].length, numbered: true };
  }
  const split = splitLeadingId(body);
  const result: Opening = { textAt: lead + split.consumed, numbered: split.id !== undefined };
  if (split.id !== undefined) {
    result.id = split.id;
  }
  return result;
}

function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

function isAnswerLine(line: SourceLine): boolean {
  return answerMarkerLength(line.text.trimStart()) >= 0;
}

interface Found {
  existing: string;
  first: number;
  last: number;
}

/** The `Answer:` line (and its indented continuation) after line `after`, or a Yes/No line right below. */
function findAnswer(lines: readonly SourceLine[], after: number): Found | undefined {
  let j = after + 1;
  const directlyBelow = !isBlank(lines[j]);
  while (j < lines.length && isBlank(lines[j])) {
    j++;
  }
  const line = lines[j];
  if (!line) {
    return undefined;
  }
  const marked = isAnswerLine(line);
  const questionEnds = (lines[after]?.text ?? '').trimEnd().endsWith('?');
  if (!marked && !(directlyBelow && questionEnds && startsLikeAnswer(line.text))) {
    return undefined;
  }
  const baseIndent = indentWidth(line.text);
  let last = j;
  while (last + 1 < lines.length) {
    const next = lines[last + 1];
    if (!next || isBlank(next)) {
      break;
    }
    const nextBody = next.text.trimStart();
    const continues = marked
      ? indentWidth(next.text) > baseIndent || (indentWidth(next.text) === baseIndent && COMMENT_MARKER.test(nextBody))
      : !opening(next).numbered;
    if (!continues) {
      break;
    }
    last++;
  }
  const parts: string[] = [];
  for (let k = j; k <= last; k++) {
    let body = (lines[k]?.text ?? '').trim();
    if (k === j && marked) {
      body = body.slice(Math.max(answerMarkerLength(body), 0)).trim();
    }
    parts.push(body);
  }
  return { existing: parts.join('\n').trim(), first: j, last };
}

export function readPlainText(text: string): QuestionnaireReadResult {
  const eol = detectLineEnding(text);
  const lines = splitLines(text);
  const layout: PlainTextLayout = { format: 'plaintext', lineEnding: eol };
  const items: QuestionItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (!first || isBlank(first) || isAnswerLine(first)) {
      continue;
    }
    const open = opening(first);
    // The block: this line and the lines that continue it (not a new numbered line, not an answer).
    let last = i;
    while (last + 1 < lines.length) {
      const next = lines[last + 1];
      if (!next || isBlank(next) || isAnswerLine(next) || opening(next).numbered) {
        break;
      }
      if ((lines[last]?.text ?? '').trimEnd().endsWith('?') && startsLikeAnswer(next.text)) {
        break;
      }
      last++;
    }
    const parts: string[] = [first.text.slice(open.textAt)];
    for (let k = i + 1; k <= last; k++) {
      parts.push(lines[k]?.text ?? '');
    }
    const question = collapseWhitespace(parts.join(' '));
    const asks = open.numbered ? looksLikeQuestion(question) : asksWithQuestionMark(question);
    if (!asks) {
      i = last;
      continue;
    }
    const lastLine = lines[last] ?? first;
    const found = findAnswer(lines, last);
    const answerFirst = found ? lines[found.first] : undefined;
    const answerLast = found ? lines[found.last] : undefined;
    const item: QuestionItem = {
      index: items.length,
      question,
      questionRange: { start: first.start + open.textAt, end: lastLine.start + lastLine.text.trimEnd().length },
      line: i,
      blockRange: { start: first.start, end: answerLast ? answerLast.end : lastLine.end },
      lastLine: found ? found.last : last,
      answer: {
        kind: 'text-below',
        existing: found?.existing ?? '',
        range: { start: lastLine.end, end: answerLast ? answerLast.end : lastLine.end },
        indent: ' '.repeat(open.numbered ? indentWidth(first.text.slice(0, open.textAt).replace(/\S/g, ' ')) : indentWidth(first.text)),
        before: answerFirst ? text.slice(lastLine.end, answerFirst.start) : eol,
        after: '',
      },
    };
    if (open.id !== undefined) {
      item.id = open.id;
    }
    items.push(item);
    i = found ? found.last : last;
  }
  return { items, layout };
}

/** `Answer: …` with continuation lines aligned under the text (blank lines would end the block, so they are dropped). */
export function renderTextAnswer(answer: string, comment: string | undefined, indent: string, eol: string): string {
  const hang = `${indent}${' '.repeat('Answer: '.length)}`;
  const lines = normalizeLineBreaks(answer.trim(), '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const out = [`${indent}Answer: ${lines[0] ?? ''}`.trimEnd(), ...lines.slice(1).map((line) => hang + line)];
  if (comment !== undefined && comment.trim() !== '') {
    const commentLines = normalizeLineBreaks(comment.trim(), '\n')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    out.push(`${indent}Comment: ${commentLines[0] ?? ''}`, ...commentLines.slice(1).map((line) => `${indent}         ${line}`));
  }
  return out.join(eol);
}

export function plainTextAnswerEdits(text: string, layout: PlainTextLayout, answers: readonly AnswerToWrite[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const { item, answer, comment } of answers) {
    const slot = item.answer;
    if (slot.kind !== 'text-below' || slot.range.end > text.length) {
      continue;
    }
    const block = renderTextAnswer(answer, comment, slot.indent ?? '', layout.lineEnding);
    edits.push({ start: slot.range.start, end: slot.range.end, newText: (slot.before ?? layout.lineEnding) + block + (slot.after ?? '') });
  }
  return edits;
}

/**
 * Markdown questionnaires: question headings, numbered / bulleted question items (with a bold title
 * line, as many templates have), free paragraphs that ask something, tables with question and
 * answer columns, and checkbox options under a question. A line scanner rather than `marked`:
 * `marked` gives no source offsets, and every answer slot needs exact ones.
 */
import { addEvidence, emptyEvidence, pickColumns, type ColumnEvidence } from './columns';
import {
  answerMarkerLength,
  asksWithQuestionMark,
  collapseWhitespace,
  detectLineEnding,
  indentWidth,
  isInstructionTitle,
  looksLikeQuestion,
  normalizeLineBreaks,
  splitLeadingId,
  splitLines,
  startsLikeAnswer,
  stripInlineMarkup,
  type SourceLine,
} from './text';
import type {
  AnswerToWrite,
  CheckboxOption,
  LineEnding,
  MarkdownLayout,
  MarkdownTableLayout,
  QuestionItem,
  QuestionnaireReadResult,
  TextEdit,
  TextRange,
} from './types';

type LineKind = 'blank' | 'heading' | 'list' | 'quote' | 'hr' | 'table' | 'skip' | 'text';

interface ListMarker {
  ordered: boolean;
  number?: string;
  /** Column where the item's text starts. */
  contentIndent: number;
  /** Offset (in the line text) where the item's text starts. */
  contentAt: number;
  checkbox?: { checked: boolean; markAt: number; labelAt: number };
}

interface MdLine extends SourceLine {
  kind: LineKind;
  indent: number;
  /** `underline`: the `===` / `---` line of a setext heading. */
  heading: { level: number; contentAt: number; contentEnd: number; underline?: number } | undefined;
  list: ListMarker | undefined;
  table: number | undefined;
}

const HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|(\d{1,9})[.)])([ \t]+|$)/;
const CHECKBOX = /^\[([ xX])\](?=[ \t]|$)[ \t]*/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function parseListMarker(text: string): ListMarker | undefined {
  const match = LIST_ITEM.exec(text);
  if (!match) {
    return undefined;
  }
  const lead = match[1] ?? '';
  const marker = match[2] ?? '';
  const spaces = match[4] ?? '';
  const indent = indentWidth(lead);
  const gap = spaces.length === 0 ? 1 : spaces.length > 4 ? 1 : spaces.length;
  const contentAt = lead.length + marker.length + (spaces.length > 4 ? 1 : spaces.length);
  const result: ListMarker = { ordered: match[3] !== undefined, contentIndent: indent + marker.length + gap, contentAt };
  if (match[3] !== undefined) {
    result.number = match[3];
  }
  const box = CHECKBOX.exec(text.slice(contentAt));
  if (box) {
    result.checkbox = { checked: box[1] !== ' ', markAt: contentAt + 1, labelAt: contentAt + box[0].length };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface RowCell {
  /** Between the pipes. */
  segment: TextRange;
  /** Trimmed content (empty range at the segment's start when blank). */
  content: TextRange;
  raw: string;
}

interface TableRow {
  cells: RowCell[];
  closingPipe: boolean;
  /** Where a missing cell is added: after the closing pipe, or after the last content. */
  appendAt: number;
}

function unescapedPipes(text: string): number[] {
  const pipes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '|') {
      pipes.push(i);
    }
  }
  return pipes;
}

function splitRow(line: SourceLine): TableRow {
  const text = line.text;
  const pipes = unescapedPipes(text);
  const firstNonSpace = text.length - text.trimStart().length;
  const lastNonSpace = text.trimEnd().length - 1;
  const leading = pipes[0] === firstNonSpace;
  const closingPipe = pipes.length > 0 && pipes[pipes.length - 1] === lastNonSpace && !(leading && pipes.length === 1);
  const bounds: Array<[number, number]> = [];
  let segmentStart = leading ? (pipes[0] ?? 0) + 1 : 0;
  for (let p = leading ? 1 : 0; p < pipes.length; p++) {
    const at = pipes[p] ?? 0;
    bounds.push([segmentStart, at]);
    segmentStart = at + 1;
  }
  if (!closingPipe) {
    bounds.push([segmentStart, text.length]);
  }
  const cells = bounds.map(([from, to]): RowCell => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const contentStart = trimmed === '' ? from : from + lead;
    return {
      segment: { start: line.start + from, end: line.start + to },
      content: { start: line.start + contentStart, end: line.start + contentStart + trimmed.length },
      raw: trimmed,
    };
  });
  const appendAt = closingPipe ? line.start + lastNonSpace + 1 : line.start + Math.max(lastNonSpace + 1, 0);
  return { cells, closingPipe, appendAt };
}

function tableCellText(raw: string): string {
  return stripInlineMarkup(raw.replace(/\\\|/g, '|'));
}

function tableCellExisting(raw: string): string {
  return raw
    .replace(/\\\|/g, '|')
    .replace(/<br\s*\/?>/gi, '\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Line classification

function classify(lines: readonly SourceLine[]): MdLine[] {
  // One object shape for every line (all fields present) keeps property access fast on big files.
  const out: MdLine[] = lines.map((line) => ({
    index: line.index,
    start: line.start,
    end: line.end,
    next: line.next,
    text: line.text,
    kind: 'text',
    indent: indentWidth(line.text),
    heading: undefined,
    list: undefined,
    table: undefined,
  }));
  let fence: { char: string; length: number } | undefined;
  let htmlComment = false;
  // Front matter: a YAML block at the very top.
  if (out[0]?.text === '---') {
    const close = out.findIndex((line, i) => i > 0 && (line.text === '---' || line.text === '...'));
    if (close > 0) {
      for (let i = 0; i <= close; i++) {
        const line = out[i];
        if (line) {
          line.kind = 'skip';
        }
      }
    }
  }
  for (const line of out) {
    if (line.kind === 'skip') {
      continue;
    }
    const text = line.text;
    if (fence) {
      line.kind = 'skip';
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (htmlComment) {
      line.kind = 'skip';
      htmlComment = !text.includes('-->');
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (open?.[1]) {
      line.kind = 'skip';
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      continue;
    }
    if (/^\s*<!--/.test(text)) {
      line.kind = 'skip';
      htmlComment = !text.includes('-->');
      continue;
    }
    if (text.trim() === '') {
      line.kind = 'blank';
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      const content = heading[3] ?? '';
      const contentAt = content === '' ? text.length : text.indexOf(content, (heading[1] ?? '').length + (heading[2] ?? '').length);
      line.kind = 'heading';
      line.heading = { level: (heading[2] ?? '#').length, contentAt, contentEnd: contentAt + content.length };
      continue;
    }
    if (RULE.test(text)) {
      line.kind = 'hr';
      continue;
    }
    const list = parseListMarker(text);
    if (list) {
      line.kind = 'list';
      line.list = list;
      continue;
    }
    if (/^\s*>/.test(text)) {
      line.kind = 'quote';
    }
  }
  // Setext headings: a one-line paragraph underlined with === or ---.
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i];
    const under = out[i + 1];
    const previous = out[i - 1];
    if (!line || !under || line.kind !== 'text' || (previous && previous.kind === 'text')) {
      continue;
    }
    const underline = /^ {0,3}(=+|-+)[ \t]*$/.exec(under.text);
    if (underline && (under.kind === 'text' || under.kind === 'hr')) {
      const contentAt = line.text.length - line.text.trimStart().length;
      line.kind = 'heading';
      line.heading = { level: underline[1]?.startsWith('=') ? 1 : 2, contentAt, contentEnd: line.text.trimEnd().length, underline: i + 1 };
      under.kind = 'skip';
      i++;
    }
  }
  return out;
}

/** Tables: a row with pipes, a delimiter row with as many cells, then rows with pipes. */
function findTables(lines: MdLine[]): Array<{ header: number; last: number }> {
  const tables: Array<{ header: number; last: number }> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    const delimiter = lines[i + 1];
    if (!head || !delimiter || head.kind !== 'text' || delimiter.kind === 'skip') {
      continue;
    }
    if (!head.text.includes('|') || !delimiter.text.includes('|') || !TABLE_DELIMITER.test(delimiter.text)) {
      continue;
    }
    if (splitRow(head).cells.length !== splitRow(delimiter).cells.length) {
      continue;
    }
    let last = i + 1;
    while (last + 1 < lines.length) {
      const next = lines[last + 1];
      if (!next || next.kind === 'blank' || next.kind === 'skip' || !next.text.includes('|')) {
        break;
      }
      last++;
    }
    for (let j = i; j <= last; j++) {
      const line = lines[j];
      if (line) {
        line.kind = 'table';
        line.table = tables.length;
      }
    }
    tables.push({ header: i, last });
    i = last;
  }
  return tables;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface ReadState {
  text: string;
  lines: MdLine[];
  eol: LineEnding;
  items: QuestionItem[];
  section?: string;
  inInstructions: boolean;
}

/** Text of a line after blockquote markers and indentation. */
function unquote(line: string): string {
  return line.replace(/^\s*>[ ]?/, '');
}

function strippedStart(line: string): string {
  return unquote(line).trimStart();
}

interface FoundAnswer {
  existing: string;
  range: TextRange;
  before: string;
  lastLine: number;
}

/** A paragraph or blockquote starting at `j`: its last line. */
function blockEnd(lines: readonly MdLine[], j: number): number {
  const kind = lines[j]?.kind;
  let end = j;
  while (end + 1 < lines.length) {
    const next = lines[end + 1];
    if (!next || next.kind !== kind) {
      break;
    }
    end++;
  }
  return end;
}

function answerFromBlock(state: ReadState, first: number, last: number, prevEnd: number, marked: boolean): FoundAnswer {
  const texts: string[] = [];
  for (let j = first; j <= last; j++) {
    const line = state.lines[j];
    if (!line) {
      continue;
    }
    let body = line.kind === 'quote' ? unquote(line.text) : line.text.trim();
    if (j === first) {
      body = body.trimStart();
      if (marked) {
        body = body.slice(Math.max(answerMarkerLength(body), 0));
      }
    }
    texts.push(body.trimEnd());
  }
  const firstLine = state.lines[first];
  const lastLine = state.lines[last];
  const start = firstLine?.start ?? prevEnd;
  return {
    existing: texts.join('\n').trim(),
    range: { start: prevEnd, end: lastLine?.end ?? start },
    before: state.text.slice(prevEnd, start),
    lastLine: last,
  };
}

/**
 * The answer already written for the question whose content ends on `after`: a block opening with
 * "Answer:" (also further down, past guidance paragraphs), or a Yes/No paragraph right below.
 */
function findExistingAnswer(state: ReadState, after: number, allowUnmarked: boolean): FoundAnswer | undefined {
  const lines = state.lines;
  let prevNonBlank = after;
  let firstBlock = true;
  for (let j = after + 1; j < lines.length; ) {
    const line = lines[j];
    if (!line) {
      break;
    }
    if (line.kind === 'blank') {
      j++;
      continue;
    }
    if (line.kind !== 'quote' && line.kind !== 'text') {
      return undefined;
    }
    const last = blockEnd(lines, j);
    const opening = strippedStart(line.text);
    const prevEnd = lines[prevNonBlank]?.end ?? line.start;
    if (answerMarkerLength(opening) >= 0) {
      return answerFromBlock(state, j, last, prevEnd, true);
    }
    if (firstBlock && allowUnmarked && startsLikeAnswer(opening) && !asksWithQuestionMark(opening)) {
      return answerFromBlock(state, j, last, prevEnd, false);
    }
    if (line.kind === 'text' && isQuestionCandidate('paragraph', splitQuestion(paragraphText(lines, j, last)))) {
      return undefined;
    }
    firstBlock = false;
    prevNonBlank = last;
    j = last + 1;
  }
  return undefined;
}

function paragraphText(lines: readonly MdLine[], first: number, last: number): string {
  const parts: string[] = [];
  for (let j = first; j <= last; j++) {
    parts.push(lines[j]?.text ?? '');
  }
  return stripInlineMarkup(parts.join(' '));
}

/** Consecutive text lines after `from` that continue its paragraph (an answer line ends it). */
function continuation(lines: readonly MdLine[], from: number): number {
  let end = from;
  while (end + 1 < lines.length) {
    const next = lines[end + 1];
    if (!next || next.kind !== 'text') {
      break;
    }
    const opening = next.text.trimStart();
    const previous = (lines[end]?.text ?? '').trimEnd();
    if (answerMarkerLength(opening) >= 0 || (previous.endsWith('?') && startsLikeAnswer(opening))) {
      break;
    }
    end++;
  }
  return end;
}

interface Candidate {
  first: number;
  last: number;
  /** Offset where the question text starts on `first` (after `#` or the list marker). */
  textStart: number;
  listNumber?: string;
  kind: 'heading' | 'list' | 'paragraph';
  contentIndent: number;
}

interface QuestionText {
  question: string;
  title?: string;
  id?: string;
}

function questionText(state: ReadState, candidate: Candidate): QuestionText {
  const parts: string[] = [];
  for (let j = candidate.first; j <= candidate.last; j++) {
    const line = state.lines[j];
    if (!line) {
      continue;
    }
    const raw = j === candidate.first ? state.text.slice(candidate.textStart, line.end) : line.text;
    parts.push(candidate.kind === 'heading' ? raw.replace(/[ \t]+#+[ \t]*$/, '') : raw);
  }
  const result: QuestionText = { question: '' };
  let body = parts;
  const titleMatch = /^\s*(\*\*|__)(.+?)\1\s*:?\s*$/.exec(parts[0] ?? '');
  if (titleMatch?.[2] !== undefined && parts.length > 1) {
    const joinedRest = stripInlineMarkup(parts.slice(1).join(' '));
    if (!looksLikeQuestion(stripInlineMarkup(titleMatch[2])) || looksLikeQuestion(joinedRest)) {
      result.title = stripInlineMarkup(titleMatch[2]);
      body = parts.slice(1);
    }
  }
  const clean = stripInlineMarkup(body.join(' '));
  const split = splitLeadingId(clean);
  result.question = collapseWhitespace(split.rest);
  if (split.id !== undefined) {
    result.id = split.id;
  } else if (candidate.listNumber !== undefined) {
    result.id = candidate.listNumber;
  }
  return result;
}

function splitQuestion(clean: string): QuestionText {
  const split = splitLeadingId(clean);
  const result: QuestionText = { question: collapseWhitespace(split.rest) };
  if (split.id !== undefined) {
    result.id = split.id;
  }
  return result;
}

function isQuestionCandidate(kind: Candidate['kind'], text: QuestionText): boolean {
  if (text.question === '') {
    return false;
  }
  if (kind === 'paragraph') {
    return asksWithQuestionMark(text.question) || (text.id !== undefined && looksLikeQuestion(text.question));
  }
  return looksLikeQuestion(text.question) || (kind === 'list' && isIdLabel(text));
}

/** Words in a row label ("GEN-02: Product editions", "BCR-02: RTO"): a short title, not a sentence. */
const LABEL_WORDS = 8;

/**
 * A list item that is a control id and a short label, as a CSV row is ("GEN-02: Product editions"):
 * a question, as the CSV reader reads it. An outline number ("1.2 Overview") is not such an id.
 */
function isIdLabel(text: QuestionText): boolean {
  // isQuestionCandidate has already refused an empty question.
  return text.id !== undefined && /^[A-Z]/.test(text.id) && /\d/.test(text.id) && text.question.split(/\s+/).length <= LABEL_WORDS && /^[A-Za-z(]/.test(text.question) && !/[:.]$/.test(text.question);
}

/** Checkbox options right after the question (blank lines allowed between them). */
function readOptions(state: ReadState, after: number): { options: CheckboxOption[]; last: number } {
  const options: CheckboxOption[] = [];
  let last = after;
  let j = after + 1;
  for (;;) {
    while (state.lines[j]?.kind === 'blank') {
      j++;
    }
    const line = state.lines[j];
    const box = line?.list?.checkbox;
    if (!line || line.kind !== 'list' || !box) {
      break;
    }
    options.push({
      label: stripInlineMarkup(line.text.slice(box.labelAt)),
      checked: box.checked,
      markRange: { start: line.start + box.markAt, end: line.start + box.markAt + 1 },
      line: line.index,
    });
    last = j;
    j++;
    while (state.lines[j]?.kind === 'text') {
      last = j;
      j++;
    }
  }
  return { options, last };
}

function addQuestion(state: ReadState, candidate: Candidate, text: QuestionText): number {
  const lines = state.lines;
  const firstLine = lines[candidate.first];
  const lastQuestionLine = lines[candidate.last];
  if (!firstLine || !lastQuestionLine) {
    return candidate.last;
  }
  const { options, last: lastOption } = readOptions(state, candidate.last);
  const underline = firstLine.heading?.underline;
  const contentLast = options.length > 0 ? lastOption : (underline ?? candidate.last);
  const contentLine = lines[contentLast] ?? lastQuestionLine;
  const found = findExistingAnswer(state, contentLast, options.length === 0);
  // Inside a list item the answer is indented to the item's text; under options, no deeper than
  // the options themselves (templates often under-indent them, and deeper would make a code block).
  const indentColumns =
    candidate.kind === 'heading'
      ? 0
      : candidate.kind === 'paragraph'
        ? firstLine.indent
        : options.length > 0
          ? Math.min(candidate.contentIndent, contentLine.indent)
          : candidate.contentIndent;
  const nextLine = lines[contentLast + 1];
  const insertAt = contentLine.end;
  const questionEnd = lastQuestionLine.start + lastQuestionLine.text.trimEnd().length;
  const item: QuestionItem = {
    index: state.items.length,
    question: text.question,
    questionRange: { start: candidate.textStart, end: Math.max(questionEnd, candidate.textStart) },
    line: candidate.first,
    blockRange: { start: firstLine.start, end: found ? found.range.end : contentLine.end },
    lastLine: found ? found.lastLine : contentLast,
    answer: {
      kind: options.length > 0 ? 'markdown-checkbox' : 'markdown-below',
      existing: found?.existing ?? '',
      range: found?.range ?? { start: insertAt, end: insertAt },
      indent: ' '.repeat(indentColumns),
      before: found?.before ?? state.eol + state.eol,
      after: found || !nextLine || nextLine.kind === 'blank' || contentLast + 1 >= lines.length ? '' : state.eol,
    },
  };
  if (text.id !== undefined) {
    item.id = text.id;
  }
  if (text.title !== undefined) {
    item.title = text.title;
  }
  if (state.section !== undefined) {
    item.section = state.section;
  }
  if (options.length > 0) {
    item.answer.options = options;
    const checked = options.filter((option) => option.checked).map((option) => option.label);
    item.answer.existing = [checked.join(', '), found?.existing ?? ''].filter((part) => part !== '').join(' — ');
  }
  state.items.push(item);
  return item.lastLine;
}

function readTable(state: ReadState, layoutTables: MarkdownTableLayout[], header: number, last: number): void {
  const lines = state.lines;
  const headerLine = lines[header];
  if (!headerLine) {
    return;
  }
  const headers = splitRow(headerLine).cells.map((cell) => tableCellText(cell.raw));
  const rows: Array<{ line: MdLine; row: TableRow }> = [];
  for (let j = header + 2; j <= last; j++) {
    const line = lines[j];
    if (line) {
      rows.push({ line, row: splitRow(line) });
    }
  }
  const width = Math.max(headers.length, ...rows.map((r) => r.row.cells.length));
  const evidence: ColumnEvidence[] = Array.from({ length: width }, emptyEvidence);
  for (const { row } of rows) {
    row.cells.forEach((cell, c) => {
      const e = evidence[c];
      if (e) {
        addEvidence(e, tableCellText(cell.raw));
      }
    });
  }
  const roles = pickColumns(headers, evidence, rows.length, headers.length);
  if (roles.question === undefined) {
    return;
  }
  const tableIndex = layoutTables.length;
  const table: MarkdownTableLayout = { headerLine: header, lastLine: last, headers, questionColumn: roles.question };
  const answerColumn = roles.answer !== undefined && roles.answer < headers.length ? roles.answer : undefined;
  if (answerColumn !== undefined) {
    table.answerColumn = answerColumn;
  }
  if (roles.id !== undefined) {
    table.idColumn = roles.id;
  }
  if (roles.comment !== undefined) {
    table.commentColumn = roles.comment;
  }
  layoutTables.push(table);
  const questionEvidence = evidence[roles.question] ?? emptyEvidence();
  const sectionsLookLikeTitles = roles.id !== undefined || questionEvidence.questionLike * 2 >= questionEvidence.nonEmpty;

  for (const { line, row } of rows) {
    const filled = row.cells.filter((cell) => cell.raw !== '');
    const questionCell = row.cells[roles.question];
    const questionRaw = questionCell ? tableCellText(questionCell.raw) : '';
    if (filled.length === 1 && (questionRaw === '' || (sectionsLookLikeTitles && !looksLikeQuestion(questionRaw)))) {
      state.section = tableCellText(filled[0]?.raw ?? '');
      continue;
    }
    if (!questionCell || questionRaw === '') {
      continue;
    }
    const idRaw = roles.id !== undefined ? tableCellText(row.cells[roles.id]?.raw ?? '') : '';
    let id = idRaw !== '' ? idRaw : undefined;
    let question = questionRaw;
    if (id === undefined) {
      const split = splitLeadingId(questionRaw);
      if (split.id !== undefined) {
        id = split.id;
        question = collapseWhitespace(split.rest);
      }
    }
    const item: QuestionItem = {
      index: state.items.length,
      question,
      questionRange: questionCell.content,
      line: line.index,
      blockRange: { start: line.start, end: line.end },
      lastLine: line.index,
      answer: { kind: 'markdown-table-cell', existing: '', range: { start: row.appendAt, end: row.appendAt } },
    };
    if (id !== undefined) {
      item.id = id;
    }
    if (state.section !== undefined) {
      item.section = state.section;
    }
    if (answerColumn === undefined) {
      item.answer.unavailable = 'This table has no answer column: add an "Answer" column to answer in place.';
    } else {
      const cell = row.cells[answerColumn];
      item.answer.tableCell = { table: tableIndex, column: answerColumn, cellCount: row.cells.length, closingPipe: row.closingPipe };
      if (cell) {
        item.answer.existing = tableCellExisting(cell.raw);
        item.answer.range = cell.raw === '' ? cell.segment : cell.content;
      }
    }
    if (roles.comment !== undefined) {
      const cell = row.cells[roles.comment];
      item.answer.comment = {
        existing: cell ? tableCellExisting(cell.raw) : '',
        range: cell ? (cell.raw === '' ? cell.segment : cell.content) : { start: row.appendAt, end: row.appendAt },
        tableCell: { table: tableIndex, column: roles.comment, cellCount: row.cells.length, closingPipe: row.closingPipe },
      };
    }
    state.items.push(item);
  }
}

export function readMarkdown(text: string): QuestionnaireReadResult {
  const eol = detectLineEnding(text);
  const lines = classify(splitLines(text));
  const tables = findTables(lines);
  const layout: MarkdownLayout = { format: 'markdown', lineEnding: eol, tables: [] };
  const state: ReadState = { text, lines, eol, items: [], inInstructions: false };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      continue;
    }
    if (line.kind === 'table') {
      const table = tables[line.table ?? -1];
      if (table) {
        readTable(state, layout.tables, table.header, table.last);
        i = table.last;
      }
      continue;
    }
    let candidate: Candidate | undefined;
    if (line.kind === 'heading' && line.heading) {
      candidate = {
        first: i,
        last: i,
        textStart: line.start + line.heading.contentAt,
        kind: 'heading',
        contentIndent: 0,
      };
    } else if (line.kind === 'list' && line.list && !line.list.checkbox) {
      let last = continuation(lines, i);
      candidate = { first: i, last, textStart: line.start + line.list.contentAt, kind: 'list', contentIndent: line.list.contentIndent };
      if (line.list.number !== undefined) {
        candidate.listNumber = line.list.number;
      }
      // "1. **Title**" then, after a blank line, the question as the item's second paragraph.
      const onlyTitle = /^\s*(\*\*|__).+\1\s*:?\s*$/.test(state.text.slice(candidate.textStart, lines[last]?.end ?? line.end));
      if (onlyTitle) {
        let k = last + 1;
        while (lines[k]?.kind === 'blank') {
          k++;
        }
        const next = lines[k];
        if (next && next.kind === 'text' && next.indent >= line.list.contentIndent) {
          last = continuation(lines, k);
          const joined = questionText(state, { ...candidate, last });
          if (looksLikeQuestion(joined.question)) {
            candidate.last = last;
          }
        }
      }
    } else if (line.kind === 'text') {
      const last = continuation(lines, i);
      candidate = { first: i, last, textStart: line.start + (line.text.length - line.text.trimStart().length), kind: 'paragraph', contentIndent: line.indent };
    }
    if (!candidate) {
      continue;
    }
    const text2 = questionText(state, candidate);
    const asks = !state.inInstructions && isQuestionCandidate(candidate.kind, text2);
    if (asks) {
      i = Math.max(i, addQuestion(state, candidate, text2));
      continue;
    }
    if (candidate.kind === 'heading') {
      const title = stripInlineMarkup(state.text.slice(candidate.textStart, line.end).replace(/[ \t]+#+[ \t]*$/, ''));
      state.section = title;
      state.inInstructions = isInstructionTitle(title);
    } else {
      // Lines of a paragraph (or list item) that asks nothing are not read again on their own.
      i = candidate.last;
    }
  }
  return { items: state.items, layout };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The `> **Answer:** …` block, each line indented to stay inside its list item. */
export function renderMarkdownAnswer(answer: string, comment: string | undefined, indent: string, eol: string): string {
  const answerLines = normalizeLineBreaks(answer.trim(), '\n').split('\n');
  const out: string[] = [];
  answerLines.forEach((line, n) => {
    const body = n === 0 ? `**Answer:** ${line}`.trimEnd() : line.trimEnd();
    out.push(body === '' ? `${indent}>` : `${indent}> ${body}`);
  });
  if (comment !== undefined && comment.trim() !== '') {
    out.push(`${indent}>`);
    normalizeLineBreaks(comment.trim(), '\n')
      .split('\n')
      .forEach((line, n) => {
        const body = n === 0 ? `**Comment:** ${line}`.trimEnd() : line.trimEnd();
        out.push(body === '' ? `${indent}>` : `${indent}> ${body}`);
      });
  }
  return out.join(eol);
}

/** A table cell holds one line: `|` escaped, line breaks become spaces. */
export function encodeTableCell(value: string): string {
  return collapseWhitespace(value).replace(/\\?\|/g, '\\|');
}

/** "Yes, we …" → the option to tick ("Yes") and the rest of the sentence ("We …"). */
function splitYesNo(answer: string): { word?: 'yes' | 'no'; rest: string } {
  const match = /^\s*(yes|no)\b[\s.,;:!—–-]*/i.exec(answer);
  if (!match?.[1]) {
    return { rest: answer.trim() };
  }
  const rest = answer.slice(match[0].length).trim();
  return { word: match[1].toLowerCase() === 'yes' ? 'yes' : 'no', rest: rest.charAt(0).toUpperCase() + rest.slice(1) };
}

function chooseOptions(options: readonly CheckboxOption[], answer: string, check: readonly string[] | undefined): { chosen?: Set<number>; sentence: string } {
  const normalized = (label: string): string => label.trim().toLowerCase();
  if (check !== undefined) {
    const wanted = check.map(normalized);
    const chosen = new Set<number>();
    options.forEach((option, n) => {
      const label = normalized(option.label);
      if (wanted.some((w) => label === w || label.startsWith(`${w} `) || label.startsWith(`${w},`) || label.startsWith(`${w}(`))) {
        chosen.add(n);
      }
    });
    return { chosen, sentence: answer.trim() };
  }
  const { word, rest } = splitYesNo(answer);
  if (!word) {
    return { sentence: answer.trim() };
  }
  const firstWord = (label: string): string => normalized(label).split(/[\s,.;:(]+/)[0] ?? '';
  let index = options.findIndex((option) => normalized(option.label) === word);
  if (index < 0) {
    index = options.findIndex((option) => firstWord(option.label) === word);
  }
  return index < 0 ? { sentence: answer.trim() } : { chosen: new Set([index]), sentence: rest };
}

/** Kept for callers that name it; `check` now lives on `AnswerToWrite`. */
export type MarkdownAnswer = AnswerToWrite;

export function markdownAnswerEdits(text: string, layout: MarkdownLayout, answers: readonly AnswerToWrite[]): TextEdit[] {
  const eol = layout.lineEnding;
  const edits: TextEdit[] = [];
  for (const { item, answer, comment, check } of answers) {
    const slot = item.answer;
    if (slot.unavailable !== undefined || slot.range.end > text.length) {
      continue;
    }
    if (slot.kind === 'markdown-below') {
      const block = renderMarkdownAnswer(answer, comment, slot.indent ?? '', eol);
      edits.push({ start: slot.range.start, end: slot.range.end, newText: (slot.before ?? '') + block + (slot.after ?? '') });
    } else if (slot.kind === 'markdown-checkbox') {
      const options = slot.options ?? [];
      const { chosen, sentence } = chooseOptions(options, answer, check);
      if (chosen) {
        options.forEach((option, n) => {
          const want = chosen.has(n);
          if (want !== option.checked) {
            edits.push({ start: option.markRange.start, end: option.markRange.end, newText: want ? 'x' : ' ' });
          }
        });
      }
      const hasText = sentence !== '' || (comment !== undefined && comment.trim() !== '');
      if (hasText) {
        const block = renderMarkdownAnswer(sentence, comment, slot.indent ?? '', eol);
        edits.push({ start: slot.range.start, end: slot.range.end, newText: (slot.before ?? '') + block + (slot.after ?? '') });
      } else if (slot.range.end > slot.range.start) {
        // Only a box this time: the old sentence would contradict it.
        edits.push({ start: slot.range.start, end: slot.range.end, newText: '' });
      }
    } else if (slot.kind === 'markdown-table-cell' && slot.tableCell) {
      edits.push(...tableCellEdits(text, item, answer, comment));
    }
  }
  return edits;
}

function tableCellEdits(text: string, item: QuestionItem, answer: string, comment: string | undefined): TextEdit[] {
  const slot = item.answer;
  const cellRef = slot.tableCell;
  if (!cellRef) {
    return [];
  }
  const commentSlot = slot.comment;
  const answerText = encodeTableCell(commentSlot === undefined && comment !== undefined ? `${answer} ${comment}` : answer);
  const writes: Array<{ column: number; value: string; range: TextRange }> = [{ column: cellRef.column, value: answerText, range: slot.range }];
  if (commentSlot?.tableCell && comment !== undefined) {
    writes.push({ column: commentSlot.tableCell.column, value: encodeTableCell(comment), range: commentSlot.range });
  }
  const edits: TextEdit[] = [];
  const missing: Array<{ column: number; value: string; range: TextRange }> = [];
  for (const write of writes) {
    if (write.column >= cellRef.cellCount) {
      missing.push(write);
      continue;
    }
    // A blank cell is replaced padding and all; a filled one only in its content, keeping its padding.
    const blank = text.slice(write.range.start, write.range.end).trim() === '';
    edits.push({ start: write.range.start, end: write.range.end, newText: blank ? ` ${write.value} ` : write.value });
  }
  const lastMissing = Math.max(-1, ...missing.map((w) => w.column));
  if (lastMissing >= 0) {
    const cells: string[] = [];
    for (let column = cellRef.cellCount; column <= lastMissing; column++) {
      cells.push(missing.find((w) => w.column === column)?.value ?? '');
    }
    const newText = cellRef.closingPipe ? cells.map((v) => ` ${v} |`).join('') : cells.map((v) => ` | ${v}`).join('');
    // Every missing cell shares one insertion point: the row's end.
    const at = missing[0]?.range.start ?? slot.range.start;
    edits.push({ start: at, end: at, newText });
  }
  return edits;
}

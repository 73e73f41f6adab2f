/**
 * CSV questionnaires. A small RFC 4180 tokenizer of our own gives each cell's exact source span
 * (papaparse returns values only, so it cannot say where a cell starts or whether it was quoted);
 * the unit tests cross-check its values against papaparse on generated files.
 */
import { addEvidence, emptyEvidence, pickColumns, scoreHeader, type ColumnEvidence } from './columns';
import { neutralizeFormula } from './formula';
import { collapseWhitespace, detectLineEnding, looksLikeId, looksLikeQuestion, normalizeLineBreaks, splitLeadingId } from './text';
import type { AnswerToWrite, CsvDelimiter, CsvLayout, QuestionItem, QuestionnaireReadResult, TextEdit } from './types';

export interface CsvCell {
  /** Raw span, quotes included. */
  start: number;
  end: number;
  /** Span of the content (inside the quotes for a quoted cell). */
  valueStart: number;
  valueEnd: number;
  /** Unquoted value ("" turned into "). */
  value: string;
  quoted: boolean;
  line: number;
}

export interface CsvRecord {
  cells: CsvCell[];
  /** From the first cell to just before the line break. */
  start: number;
  end: number;
  line: number;
  lastLine: number;
}

export interface CsvTokens {
  records: CsvRecord[];
  /** Set when a quoted cell is never closed; `records` holds what came before it. */
  unterminatedQuoteLine?: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      count++;
    }
  }
  return count;
}

/** Single pass, linear in the text length. Lenient like most readers: a quote inside an unquoted cell is literal. */
export function tokenizeCsv(text: string, delimiter: string, from = 0, maxRecords = Number.POSITIVE_INFINITY): CsvTokens {
  const records: CsvRecord[] = [];
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  let i = from;
  let line = 0;
  while (i < n && records.length < maxRecords) {
    const cells: CsvCell[] = [];
    const recordStart = i;
    const recordLine = line;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const cellStart = i;
        const cellLine = line;
        let segmentStart = i + 1;
        let search = i + 1;
        let value = '';
        let valueEnd: number;
        for (;;) {
          const q = text.indexOf('"', search);
          if (q === -1) {
            return { records, unterminatedQuoteLine: cellLine };
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segmentStart, q + 1);
            search = q + 2;
            segmentStart = search;
            continue;
          }
          value += text.slice(segmentStart, q);
          valueEnd = q;
          i = q + 1;
          break;
        }
        line += countLineBreaks(text, cellStart, i);
        // Characters after the closing quote ("a"b) are kept, as lenient readers do.
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === CR || c === LF) {
            break;
          }
          k++;
        }
        value += text.slice(i, k);
        i = k;
        cells.push({ start: cellStart, end: i, valueStart: cellStart + 1, valueEnd, value, quoted: true, line: cellLine });
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === CR || c === LF) {
            break;
          }
          k++;
        }
        cells.push({ start: i, end: k, valueStart: i, valueEnd: k, value: text.slice(i, k), quoted: false, line });
        i = k;
      }
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        continue;
      }
      break;
    }
    records.push({ cells, start: recordStart, end: i, line: recordLine, lastLine: line });
    if (i < n) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) {
        i += 2;
      } else {
        i += 1;
      }
      line++;
    }
  }
  return { records };
}

const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';', '|'];

function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.value.trim() === '');
}

/**
 * The delimiter that splits the first records most consistently: for each candidate, how many
 * records share the most common cell count above one, unless only one candidate yields a header
 * row. Title rows (one cell) are neutral.
 */
export function sniffDelimiter(text: string, from = 0): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const { records, unterminatedQuoteLine } = tokenizeCsv(text, delimiter, from, 60);
    const frequency = new Map<number, number>();
    for (const record of records) {
      if (record.cells.length > 1 && !isBlankRecord(record)) {
        frequency.set(record.cells.length, (frequency.get(record.cells.length) ?? 0) + 1);
      }
    }
    let modal = 0;
    let multiCell = 0;
    for (const count of frequency.values()) {
      modal = Math.max(modal, count);
      multiCell += count;
    }
    // Consistency first; records that split but disagree count half (breaks ties in tiny files);
    // a delimiter under which a header row names the columns wins over mere consistency.
    // A quote left open is what a wrong delimiter typically produces (a quoted cell not at a cell start).
    const header = modal > 0 && strongHeaderRecord(records) !== undefined ? records.length : 0;
    const score = modal + (multiCell - modal) / 2 + header - (unterminatedQuoteLine !== undefined ? records.length : 0);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function cellText(record: CsvRecord | undefined, column: number | undefined): string {
  if (record === undefined || column === undefined) {
    return '';
  }
  return collapseWhitespace(record.cells[column]?.value ?? '');
}

/** The header row: among the first records, the one whose cells best name question/answer columns. */
function findHeaderRecord(records: readonly CsvRecord[]): number | undefined {
  return strongHeaderRecord(records) ?? weakHeaderRecord(records);
}

function strongHeaderRecord(records: readonly CsvRecord[]): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  const limit = Math.min(records.length, 30);
  for (let r = 0; r < limit; r++) {
    const record = records[r];
    if (!record) {
      continue;
    }
    const filled = record.cells.filter((cell) => cell.value.trim() !== '');
    if (filled.length < 2 || filled.some((cell) => cell.value.trim().endsWith('?'))) {
      continue;
    }
    let question = 0;
    let answer = 0;
    let other = 0;
    for (const cell of filled) {
      const s = scoreHeader(cell.value);
      question = Math.max(question, s.question);
      answer = Math.max(answer, s.answer);
      other += s.comment > 0 || s.id > 0 ? 1 : 0;
    }
    const score = (question >= 2 ? 3 : question) + (answer >= 3 ? 3 : answer) + Math.min(other, 2) * 0.5;
    if (question > 0 && score >= 3 && score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

/** "Control, Status, Notes": the first multi-cell row, when it is short labels and one of them names a role. */
function weakHeaderRecord(records: readonly CsvRecord[]): number | undefined {
  const limit = Math.min(records.length, 30);
  for (let r = 0; r < limit; r++) {
    const record = records[r];
    const filled = record ? record.cells.map((cell) => collapseWhitespace(cell.value)).filter((v) => v !== '') : [];
    if (filled.length < 2) {
      continue;
    }
    const labels = filled.every((v) => v.length <= 40 && !looksLikeQuestion(v) && !looksLikeId(v));
    const names = filled.some((v) => {
      const s = scoreHeader(v);
      return s.question + s.answer + s.comment + s.id > 0;
    });
    return labels && names ? r : undefined;
  }
  return undefined;
}

function emptyLayout(text: string, delimiter: CsvDelimiter, hasBom: boolean, recordCount: number, problem?: string): CsvLayout {
  const layout: CsvLayout = { format: 'csv', lineEnding: detectLineEnding(text), delimiter, hasBom, headers: [], recordCount };
  if (problem !== undefined) {
    layout.problem = problem;
  }
  return layout;
}

const EVIDENCE_SAMPLE = 2000;

export function readCsv(text: string): QuestionnaireReadResult {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const from = hasBom ? 1 : 0;
  if (text.slice(from).trim() === '') {
    return { items: [], layout: emptyLayout(text, ',', hasBom, 0, 'The document is empty.') };
  }
  const delimiter = sniffDelimiter(text, from);
  const tokens = tokenizeCsv(text, delimiter, from);
  const records = tokens.records;
  const problems: string[] = [];
  if (tokens.unterminatedQuoteLine !== undefined) {
    problems.push(
      `Line ${tokens.unterminatedQuoteLine + 1}: a quoted cell is never closed (a " is missing), so the rows from there on were not read.`,
    );
  }

  const headerRecord = findHeaderRecord(records);
  const firstData = headerRecord === undefined ? 0 : headerRecord + 1;
  const header = headerRecord === undefined ? undefined : records[headerRecord];
  const headers = header ? header.cells.map((cell) => collapseWhitespace(cell.value)) : [];

  let width = headers.length;
  const evidence: ColumnEvidence[] = [];
  let sampled = 0;
  for (let r = firstData; r < records.length && sampled < EVIDENCE_SAMPLE; r++) {
    const record = records[r];
    if (!record || isBlankRecord(record)) {
      continue;
    }
    sampled++;
    width = Math.max(width, record.cells.length);
    record.cells.forEach((cell, c) => {
      const e = evidence[c] ?? emptyEvidence();
      evidence[c] = e;
      addEvidence(e, cell.value);
    });
  }
  const roles = pickColumns(headers, evidence, sampled, width);

  const layout = emptyLayout(text, delimiter, hasBom, records.length);
  layout.headers = headers;
  if (header && headerRecord !== undefined) {
    layout.headerRecord = headerRecord;
    layout.headerLine = header.line;
  }
  if (roles.question === undefined) {
    problems.push(
      records.length === 0
        ? 'No rows could be read.'
        : 'No question column found: no header cell names a question, control or requirement, and no column holds cells that read like questions.',
    );
    layout.problem = problems.join(' ');
    return { items: [], layout };
  }
  if (problems.length > 0) {
    layout.problem = problems.join(' ');
  }
  layout.questionColumn = roles.question;
  layout.answerColumn = roles.answer;
  if (roles.id !== undefined) {
    layout.idColumn = roles.id;
  }
  if (roles.comment !== undefined) {
    layout.commentColumn = roles.comment;
  }
  if (roles.answer !== undefined && headers[roles.answer]) {
    layout.answerHeader = headers[roles.answer];
  }
  if (roles.comment !== undefined && headers[roles.comment]) {
    layout.commentHeader = headers[roles.comment];
  }

  const items: QuestionItem[] = [];
  let section: string | undefined;
  const questionEvidence = evidence[roles.question] ?? emptyEvidence();
  // A lone cell in the question column is a section title only where real questions look different:
  // they read as questions, or carry an id. Terse requirement lists ("Encryption at rest") keep theirs.
  const sectionsLookLikeTitles = roles.id !== undefined || questionEvidence.questionLike * 2 >= questionEvidence.nonEmpty;
  for (let r = firstData; r < records.length; r++) {
    const record = records[r];
    if (!record || isBlankRecord(record)) {
      continue;
    }
    const item = csvItem(record, r, roles.question, layout, items.length, section, headers, sectionsLookLikeTitles);
    if (typeof item === 'string') {
      section = item;
    } else if (item) {
      items.push(item);
    }
  }
  return { items, layout };
}

/** The header row again (a questionnaire pasted from several exports): cell by cell, first cell first, so most rows stop at one comparison. */
function repeatsHeader(record: CsvRecord, headers: readonly string[]): boolean {
  if (record.cells.length !== headers.length || record.cells.length === 0) {
    return false;
  }
  return record.cells.every((cell, column) => collapseWhitespace(cell.value) === headers[column]);
}

/** A question item, a section name (string), or undefined for a row that is neither. */
function csvItem(
  record: CsvRecord,
  recordIndex: number,
  questionColumn: number,
  layout: CsvLayout,
  index: number,
  section: string | undefined,
  headers: readonly string[],
  sectionsLookLikeTitles: boolean,
): QuestionItem | string | undefined {
  let filledCount = 0;
  let firstFilled: CsvCell | undefined;
  for (const cell of record.cells) {
    if (cell.value.trim() !== '') {
      filledCount++;
      firstFilled ??= cell;
    }
  }
  const questionCell = record.cells[questionColumn];
  const questionRaw = cellText(record, questionColumn);
  const idRaw = cellText(record, layout.idColumn);
  if (filledCount === 1 && (questionRaw === '' || (sectionsLookLikeTitles && !looksLikeQuestion(questionRaw)))) {
    return collapseWhitespace(firstFilled?.value ?? '');
  }
  if (!questionCell || questionRaw === '') {
    return undefined;
  }
  if (repeatsHeader(record, headers)) {
    return undefined;
  }
  // "A&A" + "Audit & Assurance": a section code (no digits) with a title is a section row.
  if (idRaw !== '' && !/\d/.test(idRaw) && !looksLikeQuestion(questionRaw) && filledCount === 2) {
    return questionRaw;
  }

  let id: string | undefined = idRaw !== '' ? idRaw : undefined;
  let question = questionRaw;
  if (id === undefined) {
    const split = splitLeadingId(questionRaw);
    if (split.id !== undefined) {
      id = split.id;
      question = collapseWhitespace(split.rest);
    }
  }
  const { start: questionStart, end: questionEnd } = trimmedSpan(questionCell);

  const item: QuestionItem = {
    index,
    question,
    questionRange: { start: questionStart, end: questionEnd },
    line: questionCell.line,
    blockRange: { start: record.start, end: record.end },
    lastLine: record.lastLine,
    answer: { kind: 'csv-cell', existing: '', range: { start: record.end, end: record.end } },
  };
  if (id !== undefined) {
    item.id = id;
  }
  if (section !== undefined) {
    item.section = section;
  }
  const answerColumn = layout.answerColumn ?? record.cells.length;
  const answerCell = record.cells[answerColumn];
  item.answer.csv = { record: recordIndex, column: answerColumn, cellCount: record.cells.length, quoted: answerCell?.quoted ?? false };
  if (answerCell) {
    item.answer.range = { start: answerCell.start, end: answerCell.end };
    item.answer.existing = answerCell.value.trim();
  }
  if (layout.commentColumn !== undefined) {
    const commentCell = record.cells[layout.commentColumn];
    item.answer.comment = {
      existing: commentCell?.value.trim() ?? '',
      range: commentCell ? { start: commentCell.start, end: commentCell.end } : { start: record.end, end: record.end },
      csv: { record: recordIndex, column: layout.commentColumn, cellCount: record.cells.length, quoted: commentCell?.quoted ?? false },
    };
  }
  return item;
}

function trimmedSpan(cell: CsvCell): { start: number; end: number } {
  const raw = cell.value;
  if (cell.quoted) {
    return { start: cell.valueStart, end: cell.valueEnd };
  }
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return raw.trim() === '' ? { start: cell.start, end: cell.end } : { start: cell.start + lead, end: cell.end - trail };
}

/**
 * Quote only when the value needs it, or when the cell it replaces was quoted (keeps that cell's
 * style). A value a spreadsheet would run as a formula gets a leading single quote, in quotes (formula.ts).
 */
export function encodeCsvCell(value: string, delimiter: string, keepQuoted: boolean): string {
  const text = neutralizeFormula(value);
  const needsQuotes = text !== value || text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes || keepQuoted ? `"${text.replace(/"/g, '""')}"` : text;
}

interface CellWrite {
  column: number;
  value: string;
}

export function csvAnswerEdits(layout: CsvLayout, answers: readonly AnswerToWrite[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const { item, answer, comment } of answers) {
    const slot = item.answer;
    if (slot.kind !== 'csv-cell' || !slot.csv) {
      continue;
    }
    const eol = layout.lineEnding;
    const commentSlot = slot.comment;
    const writes: CellWrite[] = [];
    const answerText = normalizeLineBreaks(
      commentSlot === undefined && comment !== undefined && comment.trim() !== '' ? `${answer} ${comment}` : answer,
      eol,
    );
    writes.push({ column: slot.csv.column, value: answerText });
    if (commentSlot?.csv && comment !== undefined) {
      writes.push({ column: commentSlot.csv.column, value: normalizeLineBreaks(comment, eol) });
    }
    const cellCount = slot.csv.cellCount;
    const appended = writes.filter((w) => w.column >= cellCount).sort((a, b) => a.column - b.column);
    for (const write of writes) {
      if (write.column >= cellCount) {
        continue;
      }
      const isAnswer = write.column === slot.csv.column;
      const range = isAnswer ? slot.range : commentSlot?.range;
      const quoted = isAnswer ? slot.csv.quoted : (commentSlot?.csv?.quoted ?? false);
      if (range) {
        edits.push({ start: range.start, end: range.end, newText: encodeCsvCell(write.value, layout.delimiter, quoted) });
      }
    }
    const last = appended[appended.length - 1];
    if (last) {
      // A short row: add the missing cells after its last one, in a single insertion.
      let newText = '';
      for (let column = cellCount; column <= last.column; column++) {
        const write = appended.find((w) => w.column === column);
        newText += layout.delimiter + (write ? encodeCsvCell(write.value, layout.delimiter, false) : '');
      }
      const at = item.blockRange.end;
      edits.push({ start: at, end: at, newText });
    }
  }
  return edits;
}

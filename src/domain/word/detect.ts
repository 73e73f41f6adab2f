/**
 * Finds the questions of a Word questionnaire in the document model (document.ts):
 *  - tables with a question column and an answer column, found by their header words (the
 *    workbook reader's own header vocabulary, src/domain/workbook/detect.ts) or, without a header,
 *    by content (a column of questions with a column beside it); an id column; section rows (a
 *    cell merged across the question and answer columns, or a title where the ids are empty);
 *    "Yes | No | N/A" columns of boxes; a comment column;
 *  - numbered paragraphs, headings and paragraphs typed with a number ("1.2", "Q7") that ask
 *    something, followed by the place of the answer: an empty line, an "Answer:" line, a line of
 *    boxes, a one-cell table, or a paragraph already answered; a plain paragraph ending in "?" only
 *    when an empty line, an "Answer:" line or boxes follow;
 *  - Yes/No boxes: content-control checkboxes, legacy form-field checkboxes and ☐ ☒ ☑ characters,
 *    labelled by the words after them ("☐ Yes ☐ No") or before them ("Yes ☐ No ☐").
 * What is not clearly a question with a place for its answer is left alone: a blank is fine.
 */
import { headerRole, isQuestionLike, normalizeSpace } from '../workbook/detect';
import type { Box, CellNode, DocumentModel, ParagraphNode, RowNode, Segment, Styles, TableNode } from './document';
import type { WordItem } from './types';

export type AnswerTarget =
  | { kind: 'cell'; cell: CellNode }
  /** The answer is the paragraph's text from `from` on (after an "Answer:" label, or all of it). */
  | { kind: 'paragraph'; paragraph: ParagraphNode; from: number };

export interface DetectedItem extends WordItem {
  answerTarget?: AnswerTarget;
  boxes?: { label: string; box: Box }[];
  commentCell?: CellNode;
  /** Where the question starts in the part (document order). */
  order: number;
}

export interface Detection {
  items: DetectedItem[];
  notes: string[];
}

const MAX_NOTES = 20;
const MAX_LABEL = 60;
const MAX_QUESTION = 2000;

const CHOICE_HEADER = /^(yes|no|y|n|n\/?a|not applicable|partial(ly)?|true|false|in place|not in place|planned)$/i;
const MANUAL_NUMBER = /^((?:\d{1,3}(?:\.\d{1,3}){0,4}|[A-Z]{1,6}[-.]?\d{1,3}(?:\.\d{1,3}){0,3}|Q\d{1,4}|\(?[a-z]\))[.):]?)\s+/;
/** "Answer:", "Response:", "A:", "Vendor response – " (a dash only with a space before it: "Answer-1" is no label). */
const ANSWER_LABEL = /^\s*((vendor |supplier |your )?(answer|response|reply)|a)\s*(:|：|\s[-–—](?=\s|$))\s*/i;

function norm(text: string): string {
  return normalizeSpace(text);
}

const cellTexts = new WeakMap<CellNode, string>();

/** A cell's text, whitespace collapsed (asked for many times per cell: kept). */
function cellText(cell: CellNode | undefined): string {
  if (cell === undefined) {
    return '';
  }
  let text = cellTexts.get(cell);
  if (text === undefined) {
    text = norm(cell.paragraphs.map((p) => p.text).join('\n'));
    cellTexts.set(cell, text);
  }
  return text;
}

function cellSegments(cell: CellNode): Segment[] {
  const segments: Segment[] = [];
  cell.paragraphs.forEach((paragraph, i) => {
    if (i > 0) {
      segments.push({ kind: 'text', text: '\n' });
    }
    segments.push(...paragraph.segments);
  });
  return segments;
}

function boxCount(segments: readonly Segment[]): number {
  return segments.reduce((n, s) => n + (s.kind === 'box' ? 1 : 0), 0);
}

function cleanLabel(text: string): string {
  // A label ends at a tab, a line break or a wide gap ("☐ No    (explain below)").
  const first = text.replace(/^[\s/|,;:]+/, '').split(/\t|\n| {2,}/)[0] ?? '';
  const label = norm(first).replace(/[\s/|,;:]+$/, '');
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** The short label at the end of a text ("… you? Yes" → "Yes"). */
function tailLabel(text: string): { label: string; rest: string } {
  const trimmed = text.replace(/[\s/|,;]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('?'), trimmed.lastIndexOf(':'), trimmed.lastIndexOf('\t'), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('  '));
  const label = norm(trimmed.slice(cut + 1));
  if (label.length > 0 && label.length <= 30) {
    return { label: label.replace(/[\s:]+$/, ''), rest: trimmed.slice(0, cut + 1) };
  }
  const words = trimmed.split(/\s+/);
  const last = words.pop() ?? '';
  return { label: last, rest: words.join(' ') };
}

/**
 * The boxes of some segments with their labels, and the text before the first box that is not
 * a label (the question, when the boxes follow it in the same paragraph).
 */
export function labelBoxes(segments: readonly Segment[]): { boxes: { label: string; box: Box }[]; lead: string } {
  const texts: string[] = [''];
  const boxes: Box[] = [];
  for (const segment of segments) {
    if (segment.kind === 'box') {
      boxes.push(segment.box);
      texts.push('');
    } else {
      texts[texts.length - 1] += segment.text;
    }
  }
  const after = boxes.map((_, i) => cleanLabel(texts[i + 1] ?? ''));
  if (after.every((label) => label.length > 0)) {
    return { boxes: boxes.map((box, i) => ({ box, label: after[i] as string })), lead: norm(texts[0] ?? '') };
  }
  const before = boxes.map((_, i) => tailLabel(texts[i] ?? ''));
  if (before.every(({ label }) => label.length > 0) && norm(texts[texts.length - 1] ?? '').length === 0) {
    return { boxes: boxes.map((box, i) => ({ box, label: (before[i] as { label: string }).label })), lead: norm((before[0] as { rest: string }).rest) };
  }
  // Unlabelled boxes: numbered so that a person can still tell them apart.
  return { boxes: boxes.map((box, i) => ({ box, label: after[i] || `box ${i + 1}` })), lead: norm(texts[0] ?? '') };
}

/** Prompts and blanks people leave where the answer goes; such a place still counts as unanswered. */
export function isPrompt(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    t.length === 0 ||
    /^[-–—_.\s]+$/.test(t) ||
    /^(tbd|tbc|to ?do|\?+)\W*$/.test(t) ||
    /^click (or tap )?here to (enter|add|type)/.test(t) ||
    /^(please )?(enter|type|insert|add|provide) (your )?(answer|response|comments?|text|details)( here)?\W*$/.test(t) ||
    /^(answer|response|comments?) here\W*$/.test(t) ||
    /^\[[^\]]*\]$/.test(t)
  );
}

function existingOf(text: string): string {
  const value = norm(text);
  return isPrompt(value) ? '' : value;
}

function checkedLabels(boxes: readonly { label: string; box: Box }[]): string {
  return boxes
    .filter(({ box }) => box.checked)
    .map(({ label }) => label)
    .join(', ');
}

function manualNumber(text: string): string | undefined {
  const match = MANUAL_NUMBER.exec(text.trim());
  return match ? (match[1] as string).replace(/[.):]$/, '').replace(/^\(/, '') : undefined;
}

/* ---------------------------------------------------------------- tables */

interface TableColumns {
  question: number;
  answer?: number;
  comment?: number;
  id?: number;
  /** A "Category" / "Domain" column: its cell (merged down over its rows) names the section. */
  category?: number;
  /** Grid column → label, for "Yes | No | N/A" columns of boxes. */
  choices: Map<number, string>;
  /** Index into rows of the first row under the header. */
  firstRow: number;
  byHeader: boolean;
  headerTexts?: string[];
  answerHeader?: string;
}

function cellAt(row: RowNode, col: number | undefined): CellNode | undefined {
  if (col === undefined) {
    return undefined;
  }
  return row.cells.find((cell) => cell.col <= col && col < cell.col + cell.span);
}

function columnsByHeader(table: TableNode): TableColumns | undefined {
  const limit = Math.min(3, table.rows.length);
  for (let index = 0; index < limit; index++) {
    const row = table.rows[index] as RowNode;
    const roles = new Map<number, string>();
    const choices = new Map<number, string>();
    // Header cells are labels: a row holding a long text or a question is content, not a header.
    if (row.cells.some((cell) => cellText(cell).length > 60 || cellText(cell).endsWith('?'))) {
      continue;
    }
    for (const cell of row.cells) {
      const text = cellText(cell);
      if (text.length === 0 || text.length > 60) {
        continue;
      }
      if (CHOICE_HEADER.test(text)) {
        choices.set(cell.col, text);
        continue;
      }
      const role = headerRole(text);
      if (role !== undefined && ![...roles.values()].includes(role)) {
        roles.set(cell.col, role);
      }
    }
    const colOf = (role: string): number | undefined => [...roles.entries()].find(([, r]) => r === role)?.[0];
    let question = colOf('question');
    let answer = colOf('answer');
    let comment = colOf('comment');
    const id = colOf('id');
    const category = colOf('category');
    if (question === undefined && (answer !== undefined || choices.size >= 2)) {
      // "ID | Control | Response" where the question column's header is not a known word: the
      // column left of the answer with the longest text under the header.
      const right = answer ?? Math.min(...choices.keys());
      const candidates = row.cells.filter((cell) => cell.col < right && cell.col !== id && !roles.has(cell.col));
      question = candidates.sort((a, b) => columnLength(table, index + 1, b.col) - columnLength(table, index + 1, a.col))[0]?.col;
    }
    if (question === undefined) {
      continue;
    }
    if (answer === undefined && choices.size < 2 && comment !== undefined) {
      // "Question | Comments": the only place to write is the answer's place.
      answer = comment;
      comment = undefined;
    }
    if (answer === undefined && choices.size < 2) {
      continue;
    }
    return {
      question,
      ...(answer === undefined ? {} : { answer }),
      ...(comment === undefined ? {} : { comment }),
      ...(id === undefined ? {} : { id }),
      ...(category === undefined ? {} : { category }),
      choices: choices.size >= 2 ? choices : new Map(),
      firstRow: index + 1,
      byHeader: true,
      headerTexts: row.cells.map(cellText),
      ...(answer === undefined ? {} : { answerHeader: cellText(cellAt(row, answer)) }),
    };
  }
  return undefined;
}

function columnLength(table: TableNode, from: number, col: number): number {
  let total = 0;
  for (const row of table.rows.slice(from, from + 50)) {
    total += cellText(cellAt(row, col)).length;
  }
  return total;
}

function looksLikeId(text: string): boolean {
  return text.length > 0 && text.length <= 16 && /^([A-Za-z]{1,8}[-_. ]?)?\d{1,4}([.-]\d{1,4})*[a-z]?\.?$/.test(text);
}

function columnsByContent(table: TableNode): TableColumns | undefined {
  if (table.gridColumns < 2 || table.rows.length === 0) {
    return undefined;
  }
  let best: { col: number; count: number } | undefined;
  for (let col = 0; col < table.gridColumns - 1; col++) {
    let count = 0;
    let filled = 0;
    for (const row of table.rows) {
      const cell = cellAt(row, col);
      const text = cell === undefined || cell.col !== col ? '' : cellText(cell);
      if (text.length > 0) {
        filled++;
        if (isQuestionLike(text) && text.length >= 8) {
          count++;
        }
      }
    }
    if (count > 0 && count * 5 >= filled * 2 && (!best || count > best.count)) {
      best = { col, count };
    }
  }
  if (!best) {
    return undefined;
  }
  const question = best.col;
  let id: number | undefined;
  if (question > 0) {
    const texts = table.rows.map((row) => cellText(cellAt(row, question - 1))).filter((text) => text.length > 0);
    if (texts.length > 0 && texts.filter(looksLikeId).length * 5 >= texts.length * 3) {
      id = question - 1;
    }
  }
  return { question, ...(id === undefined ? {} : { id }), choices: new Map(), firstRow: 0, byHeader: false };
}

function answerCellOf(row: RowNode, question: CellNode, columns: TableColumns): CellNode | undefined {
  if (columns.answer !== undefined) {
    return cellAt(row, columns.answer);
  }
  if (columns.choices.size > 0) {
    return undefined;
  }
  // By content: the cell right of the question.
  return row.cells.find((cell) => cell.col === question.col + question.span);
}

function withWidth<K extends 'answerWidth' | 'commentWidth'>(key: K, share: number | undefined): Partial<Record<K, number>> {
  return share === undefined ? {} : ({ [key]: share } as Partial<Record<K, number>>);
}

/** The cell's share of the table's width, from the grid's column widths (nothing when they are not all given). */
function widthShare(table: TableNode, cell: CellNode): number | undefined {
  const widths = table.gridWidths;
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (widths.length < cell.col + cell.span || widths.some((width) => width === 0) || total === 0) {
    return undefined;
  }
  const own = widths.slice(cell.col, cell.col + cell.span).reduce((sum, width) => sum + width, 0);
  return Math.round((own / total) * 100) / 100;
}

/**
 * A table of one column (each row one cell across): a question row, then the row its answer goes
 * in (empty, or already answered when the question is numbered or asks with "?").
 */
function detectStackedTable(table: TableNode, items: DetectedItem[]): boolean {
  if (table.rows.length < 2 || !table.rows.every((row) => row.cells.length === 1)) {
    return false;
  }
  let section: string | undefined;
  let found = false;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] as RowNode;
    const cell = row.cells[0] as CellNode;
    const text = cellText(cell);
    if (text.length === 0) {
      continue;
    }
    const next = table.rows[i + 1]?.cells[0];
    const nextText = cellText(next);
    const asks = text.length >= 8 && text.length <= MAX_QUESTION && isQuestionLike(text);
    const answerable = next !== undefined && boxCount(cellSegments(next)) === 0 && (isPrompt(nextText) || ((text.includes('?') || manualNumber(text) !== undefined) && !isQuestionLike(nextText)));
    if (!asks || !answerable) {
      if (!asks && text.length <= 120 && nextText.length > 0 && isQuestionLike(nextText)) {
        section = text;
      }
      continue;
    }
    const number = manualNumber(text);
    items.push({
      index: 0,
      ...(number === undefined ? {} : { id: number }),
      question: text,
      ...(section === undefined ? {} : { section }),
      location: `table ${table.number}, row ${row.number}`,
      order: cell.start,
      existing: existingOf(nextText),
      slot: 'table-cell',
      answerTarget: { kind: 'cell', cell: next },
    });
    found = true;
    i++;
  }
  return found;
}

function detectTable(table: TableNode, items: DetectedItem[], notes: string[]): void {
  if (detectStackedTable(table, items)) {
    return;
  }
  const columns = columnsByHeader(table) ?? columnsByContent(table);
  if (!columns) {
    return;
  }
  const idFilled = columns.id === undefined ? 0 : table.rows.slice(columns.firstRow).filter((row) => cellText(cellAt(row, columns.id)).length > 0).length;
  const hasIds = idFilled * 2 >= Math.max(1, table.rows.length - columns.firstRow);
  let section: string | undefined;
  let found = 0;
  for (const row of table.rows.slice(columns.firstRow)) {
    const questionCell = cellAt(row, columns.question);
    const categoryCell = cellAt(row, columns.category);
    if (categoryCell !== undefined && categoryCell !== questionCell && categoryCell.vMerge !== 'continue' && cellText(categoryCell).length > 0) {
      section = cellText(categoryCell);
    }
    const texts = row.cells.map(cellText);
    const nonEmpty = texts.filter((text) => text.length > 0);
    if (nonEmpty.length === 0 || questionCell === undefined || questionCell.vMerge === 'continue') {
      continue;
    }
    if (columns.headerTexts !== undefined && texts.join('\u0000') === columns.headerTexts.join('\u0000')) {
      continue; // the header repeated
    }
    const questionText = cellText(questionCell);
    const answerCell = answerCellOf(row, questionCell, columns);
    const location = `table ${table.number}, row ${row.number}`;
    // A title across the row: one cell over the question and answer columns, or the whole width.
    const spansAnswer = answerCell === questionCell || (columns.choices.size > 0 && [...columns.choices.keys()].some((col) => cellAt(row, col) === questionCell));
    if (spansAnswer || (row.cells.length === 1 && table.gridColumns > 1)) {
      section = nonEmpty.join(' ');
      continue;
    }
    if (questionText.length === 0) {
      // "A. Governance" in the id column, nothing else: a section.
      if (nonEmpty.length === 1 && columns.id !== undefined && cellText(cellAt(row, columns.id)).length > 0) {
        section = nonEmpty[0];
      }
      continue;
    }
    const idText = columns.id === undefined ? '' : cellText(cellAt(row, columns.id));
    const answerText = answerCell === undefined ? '' : cellText(answerCell);
    const questionLike = isQuestionLike(questionText);
    if (!questionLike) {
      if (!columns.byHeader) {
        continue;
      }
      const shortTitle = questionText.split(' ').length <= 6 && !/[.;:]$/.test(questionText);
      if (answerText.length === 0 && idText.length === 0 && (hasIds || (shortTitle && nonEmpty.length === 1))) {
        section = questionText;
        continue;
      }
    }
    if (questionText.length > MAX_QUESTION) {
      continue;
    }
    const commentCandidate = columns.comment === undefined ? undefined : cellAt(row, columns.comment);
    const commentCell = commentCandidate !== undefined && commentCandidate !== answerCell && commentCandidate !== questionCell ? commentCandidate : undefined;
    const base = {
      index: 0,
      ...(idText.length > 0 ? { id: idText } : manualNumber(questionText) ? { id: manualNumber(questionText) as string } : {}),
      question: questionText,
      ...(section === undefined ? {} : { section }),
      location,
      ...(columns.answerHeader === undefined ? {} : { answerHeader: columns.answerHeader }),
      ...withWidth('answerWidth', answerCell === undefined ? undefined : widthShare(table, answerCell)),
      ...withWidth('commentWidth', commentCell === undefined ? undefined : widthShare(table, commentCell)),
      order: questionCell.start,
      ...(commentCell === undefined ? {} : { hasComment: true, existingComment: existingOf(cellText(commentCell)), commentCell }),
    };
    if (answerCell !== undefined && boxCount(cellSegments(answerCell)) > 0) {
      const { boxes } = labelBoxes(cellSegments(answerCell));
      items.push({ ...base, existing: checkedLabels(boxes), slot: 'checkbox', options: boxes.map(({ label, box }) => ({ label, checked: box.checked })), boxes });
      found++;
      continue;
    }
    if (columns.choices.size > 0) {
      const boxes: { label: string; box: Box }[] = [];
      for (const [col, label] of columns.choices) {
        const cell = cellAt(row, col);
        const box = cell === undefined ? undefined : cellSegments(cell).find((s): s is Extract<Segment, { kind: 'box' }> => s.kind === 'box');
        if (box) {
          boxes.push({ label, box: box.box });
        }
      }
      if (boxes.length >= 2) {
        items.push({ ...base, existing: checkedLabels(boxes), slot: 'checkbox', options: boxes.map(({ label, box }) => ({ label, checked: box.checked })), boxes });
        found++;
      } else if (notes.length < MAX_NOTES) {
        notes.push(`${location}: the answer is marked in ${[...columns.choices.values()].join(' / ')} columns without boxes; not filled.`);
      }
      continue;
    }
    if (answerCell === undefined || answerCell.vMerge === 'continue') {
      if (notes.length < MAX_NOTES) {
        notes.push(`${location}: "${questionText.slice(0, 60)}" has no answer cell of its own; not filled.`);
      }
      continue;
    }
    items.push({ ...base, existing: existingOf(answerText), slot: 'table-cell', answerTarget: { kind: 'cell', cell: answerCell } });
    found++;
  }
  if (found === 0 && columns.byHeader && notes.length < MAX_NOTES) {
    notes.push(`table ${table.number}: a questionnaire header but no question rows under it.`);
  }
}

/* ------------------------------------------------------------ paragraphs */

function isEmptyParagraph(paragraph: ParagraphNode): boolean {
  return paragraph.text.trim().length === 0 && boxCount(paragraph.segments) === 0;
}

function detectParagraphs(model: DocumentModel, styles: Styles, items: DetectedItem[], notes: string[], tablesUsed: Set<TableNode>): void {
  const blocks = model.blocks;
  let section: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'paragraph') {
      continue;
    }
    const paragraph = block.paragraph;
    const text = norm(paragraph.text);
    if (text.length === 0 && boxCount(paragraph.segments) === 0) {
      continue;
    }
    const heading = styles.headingLevel(paragraph);
    const numbered = styles.numbered(paragraph);
    const number = manualNumber(text);
    const ownBoxes = boxCount(paragraph.segments) > 0 ? labelBoxes(paragraph.segments) : undefined;
    const questionText = ownBoxes ? ownBoxes.lead : text;
    const asks = questionText.length >= 8 && questionText.length <= MAX_QUESTION && isQuestionLike(questionText);
    const marked = heading !== undefined || numbered || number !== undefined;
    if (heading !== undefined && !asks) {
      if (text.length <= 200) {
        section = text;
      }
      continue;
    }
    if (!asks || (!marked && !questionText.includes('?'))) {
      continue;
    }
    const location = `paragraph ${paragraph.bodyIndex ?? 0}`;
    const base = {
      index: 0,
      ...(number === undefined ? {} : { id: number }),
      question: questionText,
      ...(section === undefined ? {} : { section }),
      location,
      order: paragraph.start,
    };
    if (ownBoxes && ownBoxes.boxes.length > 0) {
      items.push({ ...base, existing: checkedLabels(ownBoxes.boxes), slot: 'checkbox', options: ownBoxes.boxes.map(({ label, box }) => ({ label, checked: box.checked })), boxes: ownBoxes.boxes });
      continue;
    }
    const next = blocks[i + 1];
    if (next?.kind === 'table') {
      const only = next.table.rows.length === 1 && next.table.rows[0]?.cells.length === 1 ? next.table.rows[0].cells[0] : undefined;
      if (only !== undefined) {
        // A one-cell table under the question: the answer box.
        tablesUsed.add(next.table);
        const segments = cellSegments(only);
        if (boxCount(segments) > 0) {
          const { boxes } = labelBoxes(segments);
          items.push({ ...base, existing: checkedLabels(boxes), slot: 'checkbox', options: boxes.map(({ label, box }) => ({ label, checked: box.checked })), boxes });
        } else {
          items.push({ ...base, existing: existingOf(cellText(only)), slot: 'table-cell', answerTarget: { kind: 'cell', cell: only } });
        }
        i++;
        continue;
      }
    }
    const answer = next?.kind === 'paragraph' ? next.paragraph : undefined;
    if (answer === undefined) {
      if (marked && notes.length < MAX_NOTES) {
        notes.push(`${location}: "${questionText.slice(0, 60)}" has no answer line after it; not filled.`);
      }
      continue;
    }
    const answerText = norm(answer.text);
    const label = ANSWER_LABEL.exec(answer.text);
    if (isEmptyParagraph(answer)) {
      items.push({ ...base, existing: '', slot: 'paragraph', answerTarget: { kind: 'paragraph', paragraph: answer, from: 0 } });
      i++;
      continue;
    }
    if (boxCount(answer.segments) > 0) {
      const { boxes, lead } = labelBoxes(answer.segments);
      if (lead.length === 0 || ANSWER_LABEL.test(lead)) {
        items.push({ ...base, existing: checkedLabels(boxes), slot: 'checkbox', options: boxes.map(({ label: l, box }) => ({ label: l, checked: box.checked })), boxes });
        i++;
        continue;
      }
    }
    if (label) {
      const from = label[0].length;
      items.push({ ...base, existing: existingOf(answer.text.slice(from)), slot: 'paragraph', answerTarget: { kind: 'paragraph', paragraph: answer, from } });
      i++;
      continue;
    }
    const answerIsQuestionOrTitle =
      styles.headingLevel(answer) !== undefined ||
      styles.numbered(answer) ||
      (isQuestionLike(answerText) && (answerText.includes('?') || manualNumber(answerText) !== undefined));
    if (marked && !answerIsQuestionOrTitle && boxCount(answer.segments) === 0) {
      // A paragraph that already answers (or, in the worst case, guidance): kept as the existing answer.
      items.push({ ...base, existing: existingOf(answerText), slot: 'paragraph', answerTarget: { kind: 'paragraph', paragraph: answer, from: 0 } });
      i++;
      continue;
    }
    if (marked && notes.length < MAX_NOTES) {
      notes.push(`${location}: "${questionText.slice(0, 60)}" has no answer line after it; not filled.`);
    }
  }
}

export function detectItems(model: DocumentModel, styles: Styles): Detection {
  const items: DetectedItem[] = [];
  const notes: string[] = [];
  const tablesUsed = new Set<TableNode>();
  detectParagraphs(model, styles, items, notes, tablesUsed);
  for (const table of model.tables) {
    if (!tablesUsed.has(table)) {
      detectTable(table, items, notes);
    }
  }
  items.sort((a, b) => a.order - b.order);
  items.forEach((item, index) => {
    item.index = index;
  });
  return { items, notes };
}

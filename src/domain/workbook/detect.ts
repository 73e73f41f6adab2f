/**
 * Finds the questionnaire in one sheet: the header row (wherever it is), the question, answer,
 * comment and id columns (by header words, then by content), and which rows are questions
 * rather than section titles, instructions, blank lines or repeated headers.
 * Works on the plain SheetGrid only; the editor imports it, so it must never import exceljs.
 */
import { cellAddress, columnLetters } from './address';
import type { GridCell, GridRow, SheetGrid } from './grid';
import { CUSTOMER_SHEET_NOTE, isCustomerHeader, isVendorHeader, POINTER_NOTE, sheetPurpose } from './layout';
import type { SheetColumnsMapping } from './mapping';
import type { WorkbookQuestion } from './types';

/** `customer`: a column the customer fills or reads ("Analyst Notes", "Score"): never written. */
export type ColumnRole = 'id' | 'question' | 'answer' | 'comment' | 'guidance' | 'category' | 'customer';

export interface Dropdown {
  /** Undefined when the sheet has a list validation here that we cannot evaluate. */
  values?: string[];
}

/** The list validation on a cell, if any. */
export type DropdownLookup = (row: number, col: number) => Dropdown | undefined;

export interface DetectedQuestion extends WorkbookQuestion {
  answerIsFormula: boolean;
  existingComment: string;
  commentIsFormula: boolean;
  /** The answer cell has a list validation we could not evaluate. */
  unresolvedDropdown: boolean;
}

export interface SheetDetection {
  headerRow?: number;
  questionColumn?: number;
  answerColumn?: number;
  commentColumn?: number;
  idColumn?: number;
  answerHeader?: string;
  commentHeader?: string;
  problem?: string;
  questions: DetectedQuestion[];
  /** How the columns were chosen: a header row, the cells' content alone, or the mapping file. */
  source?: 'header' | 'content' | 'mapping';
  /** Why the sheet was skipped without looking for columns. */
  skipped?: 'pointer' | 'customer' | 'mapping';
  /** The reader is not sure of its choice: the writer should look at it (see `reasons`). */
  unsure?: boolean;
  /** What the choice rests on, where it is not plain (one line each). */
  reasons?: string[];
  /** The header row's texts by column (for showing the choice and correcting it). */
  headers?: Map<number, string>;
  /** Columns whose headers say they are the customer's (left alone). */
  customerColumns?: number[];
}

/** How many rows from the top a header row may sit (title blocks, logos, instructions above it). */
const HEADER_SEARCH_ROWS = 80;
/** Header cells are labels; longer text is an instruction paragraph. */
const MAX_HEADER_LENGTH = 60;

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ID_HEADER =
  /^(#|no\.?|nr\.?|num\.?|number|s\.? ?no\.?|sr\.? ?no\.?|sl\.? ?no\.?|id|ref\.?|ref(erence)? ?(no\.?|#|id|number)?|item ?(#|no\.?|id|number)|(question|ques|control|requirement|req\.?|criteria|criterion|item|line|q)\.? ?(id|#|no\.?|num|number|ref(erence)?)|qid|q ?#)$/;
const CATEGORY_HEADER =
  /^(section|sections|category|categories|sub-?category|domain|sub-?domain|area|topic|group|heading|family|chapter|theme)( name)?$/;
const GUIDANCE_HEADER =
  /guidance|instruction|help|hint|example|how to|expected|scor(e|ing)|weight|points|mapping|maps? to|framework ref/;
const COMMENT_HEADER =
  /comment|explanation|explain|\bnotes?\b|remark|justification|\bdetails?\b|additional|evidence|supporting|clarif|elaborat|narrative|description of|implementation (description|details|statement)|compensating|context|rationale/;
/** Comment headers that clearly want prose (preferred over "Evidence", "Supporting documents"). */
const PROSE_COMMENT_HEADER = /comment|explanation|explain|\bnotes?\b|remark|justification|\bdetails?\b|additional|description|narrative/;
const ANSWER_HEADER =
  /answer|response|respond|reply|yes ?\/ ?no|\by ?\/ ?n\b|yes or no|compliant|compliance|\bstatus\b|selection|choice|implemented|in place|\binput\b/;
const QUESTION_HEADER =
  /question|requirement|control|query|queries|\bitem\b|description|criteria|criterion|\bask\b|request|statement|topic|inquiry/;
const YES_NO_HEADER = /yes ?\/ ?no|\by ?\/ ?n\b|yes or no|true ?\/ ?false|\(y\/n\)/;

export function headerRole(text: string): ColumnRole | undefined {
  const label = normalizeSpace(text)
    .toLowerCase()
    .replace(/[:*]+$/, '')
    .trim();
  if (label.length === 0 || label.length > MAX_HEADER_LENGTH) {
    return undefined;
  }
  if (ID_HEADER.test(label)) {
    return 'id';
  }
  if (isCustomerHeader(label)) {
    return 'customer';
  }
  if (CATEGORY_HEADER.test(label)) {
    return 'category';
  }
  if (GUIDANCE_HEADER.test(label)) {
    return 'guidance';
  }
  if (COMMENT_HEADER.test(label)) {
    return 'comment';
  }
  if (ANSWER_HEADER.test(label)) {
    return 'answer';
  }
  if (QUESTION_HEADER.test(label)) {
    return 'question';
  }
  return undefined;
}

export function isYesNoHeader(text: string | undefined): boolean {
  return text !== undefined && YES_NO_HEADER.test(text.toLowerCase());
}

const NUMBERING = /^(\(?\d+(\.\d+)*[.)]?|\(?[a-z][.)]|[a-z]{1,6}[-.]?\d+(\.\d+)*[.):]?|q\d+[.:)]?)\s+/i;
const QUESTION_START =
  /^(do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|must|please|describe|provide|list|explain|indicate|confirm|specify|state|identify|outline|attach|upload|submit|share|detail|how|what|when|where|which|who|whose|why|if)\b/i;

export function isQuestionLike(text: string): boolean {
  if (text.includes('?')) {
    return true;
  }
  return QUESTION_START.test(text.replace(NUMBERING, ''));
}

const INSTRUCTION_START =
  /^(note|notes|nb|instructions?|guidance|please (complete|answer|fill|read|use|select|respond|ensure|note|return|submit this)|for each (question|item|row)|answer (all|each|the following)|if (you|your) answer(ed)?|select (a|an|one)|use the (drop|list)|complete (this|the|all|each)|the following (questions|section|items)|this (questionnaire|section|form|sheet|workbook))\b/i;

function isInstruction(text: string, hasId: boolean): boolean {
  if (text.includes('?') && (hasId || !INSTRUCTION_START.test(text))) {
    return false;
  }
  if (INSTRUCTION_START.test(text)) {
    return true;
  }
  return !hasId && text.length > 250 && !isQuestionLike(text);
}

/** "1.2.3", "Q12", "VULN-01", "A&A-02.1", "SEC-001", "A.1.2", "IAM-14.1a". */
const ID_VALUE = /^([A-Za-z]{1,8}([&/][A-Za-z]{1,8})?[-_. ]?)?\d{1,4}([.-]\d{1,4})*[a-z]?\.?$/;

function looksLikeId(text: string): boolean {
  return text.length <= 16 && ID_VALUE.test(text);
}

/** Ids are short, patterned and unique: the share of a column's filled cells that look like one. */
function idShare(rows: GridRow[], col: number): { share: number; filled: number } {
  let filled = 0;
  let ids = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const text = textAt(row, col);
    if (text.length === 0) {
      continue;
    }
    filled++;
    if (looksLikeId(text) && !seen.has(text)) {
      ids++;
    }
    seen.add(text);
  }
  return { share: filled === 0 ? 0 : ids / filled, filled };
}

/** The share of a column's filled cells that read as questions (or imperatives), and how many. */
function questionShare(rows: GridRow[], col: number): { share: number; count: number } {
  let filled = 0;
  let questions = 0;
  for (const row of rows) {
    const text = textAt(row, col);
    if (text.length === 0) {
      continue;
    }
    filled++;
    if (text.length >= 12 && (isQuestionLike(text) || wordCount(text) >= 6) && !looksLikeId(text)) {
      questions++;
    }
  }
  return { share: filled === 0 ? 0 : questions / filled, count: questions };
}

function wordCount(text: string): number {
  return text.split(' ').filter((word) => word.length > 0).length;
}

/** Grid texts are already whitespace-normalized. */
function textAt(row: GridRow | undefined, col: number | undefined): string {
  if (!row || col === undefined) {
    return '';
  }
  return row.cells.get(col)?.text ?? '';
}

function masterTexts(row: GridRow): { col: number; text: string }[] {
  const result: { col: number; text: string }[] = [];
  for (const cell of row.cells.values()) {
    if (!cell.mergedInto && cell.text.length > 0) {
      result.push({ col: cell.col, text: cell.text });
    }
  }
  return result.sort((a, b) => a.col - b.col);
}

/** Whether the row has text only in the given columns. */
function onlyIn(row: GridRow, allowed: (number | undefined)[]): boolean {
  for (const cell of row.cells.values()) {
    if (!cell.mergedInto && cell.text.length > 0 && !allowed.includes(cell.col)) {
      return false;
    }
  }
  return true;
}

const INSTRUCTION_SHEET =
  /instruction|read ?me|guide|cover|intro|overview|^lists?$|lookup|drop ?downs?|definitions|glossary|change ?log|version|about|legend|scoring|summary/i;

interface Columns {
  headerIndex?: number;
  firstDataIndex: number;
  question: number;
  answer?: number;
  comment?: number;
  id?: number;
  category?: number;
  headers: Map<number, string>;
  /** A section title the header row carries in its first cell ("Company Overview | Question | …"). */
  initialSection?: string;
  customer?: number[];
  reasons?: string[];
  unsure?: boolean;
}

export interface DetectOptions {
  /** The writer's correction for this sheet, from the mapping file beside the workbook. */
  mapping?: SheetColumnsMapping;
}

export function detectSheet(grid: SheetGrid, dropdownAt: DropdownLookup, options: DetectOptions = {}): SheetDetection {
  const visible = grid.rows.filter((row) => !row.hidden);
  const { mapping } = options;
  if (mapping?.skip === true) {
    return { problem: 'Skipped: the mapping file says so.', skipped: 'mapping', source: 'mapping', questions: [] };
  }
  if (mapping) {
    const stale = staleHeader(visible, mapping);
    if (stale === undefined) {
      return detectWithMapping(grid, visible, mapping, dropdownAt);
    }
    // A new version of the questionnaire: read it afresh and say why the mapping was not used.
    const fresh = detectSheet(grid, dropdownAt);
    return { ...fresh, unsure: true, reasons: [stale, ...(fresh.reasons ?? [])] };
  }
  if (visible.length === 0) {
    return { problem: 'The sheet is empty.', questions: [] };
  }
  const purpose = sheetPurpose(grid.name);
  if (purpose === 'customer') {
    return { problem: CUSTOMER_SHEET_NOTE, skipped: 'customer', questions: [] };
  }
  const byHeader = findColumnsByHeader(grid, visible, dropdownAt);
  if (purpose === 'pointer' && (byHeader === undefined || byHeader.answer === undefined || byHeader.unsure === true)) {
    // Named as instructions and without a plain questionnaire table: it only points to the others.
    return { problem: POINTER_NOTE, skipped: 'pointer', questions: [] };
  }
  const columns = byHeader ?? findColumnsByContent(grid, visible, dropdownAt);
  if (typeof columns === 'string') {
    return { problem: columns, questions: [] };
  }
  return detectionFrom(visible, columns, byHeader ? 'header' : 'content', dropdownAt);
}

function detectionFrom(visible: GridRow[], columns: Columns, source: 'header' | 'content' | 'mapping', dropdownAt: DropdownLookup): SheetDetection {
  const headerRow = columns.headerIndex === undefined ? undefined : visible[columns.headerIndex]?.row;
  const reasons = [...(columns.reasons ?? [])];
  let unsure = columns.unsure === true;
  if (source === 'content') {
    reasons.push('No header row names the columns: the question and answer columns were chosen by what the cells hold.');
    unsure = true;
  }
  const common = {
    headerRow,
    questionColumn: columns.question,
    source,
    headers: columns.headers,
    ...(columns.customer && columns.customer.length > 0 ? { customerColumns: columns.customer } : {}),
    ...(columns.id === undefined ? {} : { idColumn: columns.id }),
  };
  if (columns.answer === undefined) {
    return { ...common, unsure: true, reasons, problem: 'No answer column found beside the questions.', questions: [] };
  }
  const questions = readQuestions(visible, columns, columns.answer, dropdownAt);
  return {
    ...common,
    answerColumn: columns.answer,
    commentColumn: columns.comment,
    answerHeader: columns.headers.get(columns.answer),
    commentHeader: columns.comment === undefined ? undefined : columns.headers.get(columns.comment),
    problem: questions.length === 0 ? 'No question rows under the header.' : undefined,
    unsure,
    reasons,
    questions,
  };
}

/** Why the mapping no longer fits the sheet (its header row says something else now), or undefined. */
function staleHeader(visible: GridRow[], mapping: SheetColumnsMapping): string | undefined {
  if (!mapping.headers || mapping.headers.size === 0) {
    return undefined;
  }
  const header = visible.find((row) => row.row === mapping.headerRow);
  for (const [col, text] of mapping.headers) {
    const now = header ? textAt(header, col) : '';
    if (normalizeSpace(now).toLowerCase() !== normalizeSpace(text).toLowerCase()) {
      return `The mapping file is for another version of this sheet (row ${mapping.headerRow ?? 0}, column ${columnLetters(col)} was "${text}", now "${now}"): not used; the columns were read afresh.`;
    }
  }
  return undefined;
}

/** The writer said which columns: read the rows under the given header row with them. */
function detectWithMapping(grid: SheetGrid, visible: GridRow[], mapping: SheetColumnsMapping, dropdownAt: DropdownLookup): SheetDetection {
  const headerRow = mapping.headerRow ?? 0;
  const headerIndex = visible.findIndex((row) => row.row === headerRow);
  const firstDataIndex = visible.findIndex((row) => row.row > headerRow);
  const headers = new Map<number, string>();
  const header = headerIndex >= 0 ? visible[headerIndex] : undefined;
  if (header) {
    for (const { col, text } of masterTexts(header)) {
      headers.set(col, text);
    }
  }
  if (firstDataIndex < 0 || mapping.question === undefined || mapping.answer === undefined) {
    return {
      ...(headerIndex >= 0 ? { headerRow } : {}),
      source: 'mapping',
      headers,
      problem: mapping.question === undefined || mapping.answer === undefined ? 'The mapping file names no question or answer column for this sheet.' : 'The mapping file\'s header row is below every row of the sheet.',
      questions: [],
    };
  }
  void grid;
  const columns: Columns = {
    ...(headerIndex >= 0 ? { headerIndex } : {}),
    firstDataIndex,
    question: mapping.question,
    answer: mapping.answer,
    ...(mapping.comment === undefined ? {} : { comment: mapping.comment }),
    ...(mapping.id === undefined ? {} : { id: mapping.id }),
    headers,
    reasons: ['Columns from the mapping file beside the workbook.'],
  };
  const detection = detectionFrom(visible, columns, 'mapping', dropdownAt);
  return { ...detection, ...(headerIndex >= 0 ? {} : { headerRow: undefined }), unsure: false };
}

interface HeaderCandidate {
  index: number;
  roles: Map<number, ColumnRole>;
  headers: Map<number, string>;
  score: number;
  /** The row names no question column: it is found by content (a section title in the first cell). */
  noQuestionHeader: boolean;
}

function findColumnsByHeader(grid: SheetGrid, visible: GridRow[], dropdownAt: DropdownLookup): Columns | undefined {
  const candidates: HeaderCandidate[] = [];
  const limit = Math.min(visible.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const row = visible[index] as GridRow;
    const roles = new Map<number, ColumnRole>();
    const headers = new Map<number, string>();
    let longCells = 0;
    for (const { col, text } of masterTexts(row)) {
      if (text.length > MAX_HEADER_LENGTH) {
        longCells++;
        continue;
      }
      headers.set(col, text);
      const role = headerRole(text);
      if (role && !grid.hiddenColumns.has(col)) {
        roles.set(col, role);
      }
    }
    const present = new Set(roles.values());
    const hasQuestion = present.has('question');
    if (!(present.has('answer') || (hasQuestion && present.has('comment')))) {
      continue;
    }
    if (!hasQuestion && ([...roles.keys()].filter((col) => roles.get(col) !== 'customer').length < 2 || longCells > 0 || masterTexts(row).some(({ text }) => isQuestionLike(text)))) {
      // Without a question header, a row is a header only when it is all labels: an answer word
      // alone ("Response") is not one, nor a question row answered "Compliant" with "see details".
      continue;
    }
    const score =
      [...present].filter((role) => role !== 'guidance' && role !== 'customer').length + (present.has('answer') ? 1 : 0) - longCells - (hasQuestion ? 0 : 1.5);
    candidates.push({ index, roles, headers, score, noQuestionHeader: !hasQuestion });
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  for (const candidate of candidates.slice(0, 4)) {
    const columns = columnsFromHeader(grid, visible, candidate, dropdownAt);
    if (columns) {
      return columns;
    }
  }
  return undefined;
}

function columnsFromHeader(grid: SheetGrid, visible: GridRow[], best: HeaderCandidate, dropdownAt: DropdownLookup): Columns | undefined {
  const roles = new Map(best.roles);
  const headers = new Map(best.headers);
  const reasons: string[] = [];
  let unsure = false;
  let firstDataIndex = best.index + 1;
  // A second header line under a merged group header ("Response" over "Yes/No" | "Comments").
  const next = visible[firstDataIndex];
  if (next) {
    const cells = masterTexts(next);
    const subRoles = cells.map(({ text }) => headerRole(text));
    if (
      cells.length > 0 &&
      subRoles.every((role) => role === 'answer' || role === 'comment' || role === 'id' || role === 'customer') &&
      subRoles.some((role) => role !== 'customer') &&
      !cells.some(({ text }) => isQuestionLike(text))
    ) {
      cells.forEach(({ col, text }, i) => {
        roles.set(col, subRoles[i] as ColumnRole);
        headers.set(col, text);
      });
      firstDataIndex++;
    }
  }
  const byRole = (role: ColumnRole): number[] =>
    [...roles.entries()]
      .filter(([, r]) => r === role)
      .map(([col]) => col)
      .sort((a, b) => a - b);
  const sample = visible.slice(firstDataIndex, firstDataIndex + 200);
  const label = (col: number): string => `${columnLetters(col)} ("${headers.get(col) ?? ''}")`;

  // The question column: the one the header names, unless its cells are ids ("VULN-01"): a header
  // row whose first cell is a section title names the id column. Then the cells decide.
  const named = byRole('question');
  const idLikeByColumn = new Map<number, boolean>();
  const idLike = (col: number): boolean => {
    let known = idLikeByColumn.get(col);
    if (known === undefined) {
      const { share, filled } = idShare(sample, col);
      known = filled >= 2 && share >= 0.6;
      idLikeByColumn.set(col, known);
    }
    return known;
  };
  const namedQuestions = named.filter((col) => !idLike(col) && questionShare(sample, col).count > 0);
  let question = maxBy(namedQuestions, (col) => questionContentScore(sample, col));
  let switchedFrom: number | undefined;
  if (question === undefined) {
    const taken = new Set([...roles.entries()].filter(([, role]) => role !== 'question' && role !== 'category').map(([col]) => col));
    const columns = new Set<number>();
    for (const row of sample) {
      for (const { col } of masterTexts(row)) {
        if (!taken.has(col) && !grid.hiddenColumns.has(col) && !idLike(col)) {
          columns.add(col);
        }
      }
    }
    const byContent = maxBy(
      [...columns].filter((col) => {
        const { share, count } = questionShare(sample, col);
        return count >= 2 && share >= 0.5;
      }),
      (col) => questionContentScore(sample, col),
    );
    if (byContent === undefined) {
      return undefined;
    }
    question = byContent;
    const idNamed = named.find((col) => idLike(col));
    if (idNamed !== undefined) {
      switchedFrom = idNamed;
      reasons.push(`The header over ${label(idNamed)} reads as the question column, but its cells are ids; the questions are in column ${columnLetters(question)}.`);
    } else {
      reasons.push(`The header row names no question column; column ${columnLetters(question)} was chosen because its cells read as questions.`);
    }
    if (questionShare(sample, question).share < 0.8) {
      unsure = true;
    }
  }

  const answerCandidates = byRole('answer');
  const answerScore = (col: number): number => {
    const validated = sample.slice(0, 50).some((row) => dropdownAt(row.row, col) !== undefined);
    return (validated ? 4 : 0) + (isYesNoHeader(headers.get(col)) ? 2 : 0) + (isVendorHeader(headers.get(col)) ? 2 : 0) + (col > question ? 1 : 0) - col / 1e5;
  };
  const answer = maxBy(answerCandidates, answerScore);
  if (answer !== undefined) {
    const rivals = answerCandidates.filter((col) => col !== answer && Math.abs(answerScore(col) - answerScore(answer)) < 1);
    const rival = rivals[0];
    if (rival !== undefined) {
      unsure = true;
      reasons.push(`Two columns could take the answer: ${label(answer)} was chosen over ${label(rival)}.`);
    }
  }
  const commentCandidates = byRole('comment');
  let comment = maxBy(commentCandidates, (col) => {
    const prose = PROSE_COMMENT_HEADER.test((headers.get(col) ?? '').toLowerCase()) ? 4 : 0;
    const afterAnswer = answer !== undefined && col > answer ? 2 : 0;
    return prose + afterAnswer + (isVendorHeader(headers.get(col)) ? 3 : 0) - col / 1e5;
  });
  let chosenAnswer = answer;
  if (chosenAnswer === undefined && comment !== undefined) {
    chosenAnswer = comment;
    comment = undefined;
    unsure = true;
    reasons.push(`No column is headed as the answer; the answers go into ${label(chosenAnswer)}.`);
  }
  if (comment === undefined && chosenAnswer !== undefined) {
    // "Yes/No" then "Response": the second answer-like column takes the explanation.
    comment = answerCandidates.find((col) => col > (chosenAnswer as number));
  }
  const customer = byRole('customer');
  if (customer.length > 0) {
    reasons.push(`The customer's columns are left alone: ${customer.map(label).join(', ')}.`);
  }
  const idCandidates = [...byRole('id'), ...(switchedFrom === undefined ? [] : [switchedFrom])].filter((col) => col !== question);
  const id = idCandidates[0] ?? idColumnByContent(sample, question);
  const category = byRole('category')[0];
  // A section title in the header row's first cell heads the questions under it.
  const header = visible[best.index] as GridRow;
  const first = masterTexts(header)[0];
  const firstRole = first ? roles.get(first.col) : undefined;
  const initialSection =
    first && first.col !== question && (firstRole === undefined || first.col === switchedFrom) && first.col !== chosenAnswer && first.col !== comment
      ? first.text
      : undefined;
  if (initialSection !== undefined && first) {
    // A section title, not the header of its column.
    headers.delete(first.col);
  }
  return {
    headerIndex: best.index,
    firstDataIndex,
    question,
    answer: chosenAnswer,
    comment,
    id,
    category,
    headers,
    ...(initialSection === undefined ? {} : { initialSection }),
    customer,
    reasons,
    unsure,
  };
}

function maxBy(values: number[], score: (value: number) => number): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const value of values) {
    const s = score(value);
    if (s > bestScore) {
      best = value;
      bestScore = s;
    }
  }
  return best;
}

function questionContentScore(rows: GridRow[], col: number): number {
  let score = 0;
  for (const row of rows) {
    const text = textAt(row, col);
    if (text.length > 0) {
      score += (isQuestionLike(text) ? 3 : 1) + Math.min(text.length, 200) / 50;
    }
  }
  return score;
}

function idColumnByContent(rows: GridRow[], questionCol: number): number | undefined {
  const counts = new Map<number, { ids: number; total: number }>();
  for (const row of rows) {
    if (textAt(row, questionCol).length === 0) {
      continue;
    }
    for (let col = 1; col < questionCol; col++) {
      const text = textAt(row, col);
      const count = counts.get(col) ?? { ids: 0, total: 0 };
      count.total++;
      if (looksLikeId(text)) {
        count.ids++;
      }
      counts.set(col, count);
    }
  }
  for (const [col, { ids, total }] of [...counts.entries()].sort((a, b) => b[0] - a[0])) {
    if (ids >= 2 && ids >= total * 0.6) {
      return col;
    }
  }
  return undefined;
}

/** No header row: the column most full of question-like text, and the first free column to its right. */
function findColumnsByContent(grid: SheetGrid, visible: GridRow[], dropdownAt: DropdownLookup): Columns | string {
  if (INSTRUCTION_SHEET.test(grid.name)) {
    return 'No header row with a question column and an answer column (looks like an instructions or lists sheet).';
  }
  const questionCounts = new Map<number, number>();
  const filled = new Map<number, number>();
  for (const row of visible) {
    for (const { col, text } of masterTexts(row)) {
      if (grid.hiddenColumns.has(col)) {
        continue;
      }
      filled.set(col, (filled.get(col) ?? 0) + 1);
      if (text.length >= 12 && isQuestionLike(text) && !INSTRUCTION_START.test(text)) {
        questionCounts.set(col, (questionCounts.get(col) ?? 0) + 1);
      }
    }
  }
  const question = maxBy(
    [...questionCounts.entries()]
      .filter(([col, count]) => count >= 3 && count >= (filled.get(col) ?? 0) * 0.4)
      .map(([col]) => col),
    (col) => questionCounts.get(col) ?? 0,
  );
  if (question === undefined) {
    return 'No header row with a question column and an answer column, and no column of questions.';
  }
  const firstDataIndex = visible.findIndex((row) => {
    const text = textAt(row, question);
    return text.length >= 12 && isQuestionLike(text);
  });
  const questionRows = visible.slice(firstDataIndex).filter((row) => isQuestionLike(textAt(row, question)));
  // Skip the columns the question cells are merged across.
  let start = question + 1;
  for (const row of questionRows) {
    const range = row.cells.get(question)?.mergeRange;
    if (range && range.right >= start) {
      start = range.right + 1;
    }
  }
  let answer: number | undefined;
  for (let col = start; col < start + 8 && answer === undefined; col++) {
    if (grid.hiddenColumns.has(col)) {
      continue;
    }
    if (questionRows.some((row) => dropdownAt(row.row, col) !== undefined)) {
      answer = col;
      break;
    }
    const texts = questionRows.map((row) => textAt(row, col));
    const busy = texts.filter((text) => text.length > 0 && !/^(yes|no|n\/?a|y|n)\b/i.test(text)).length;
    if (busy <= questionRows.length * 0.5) {
      answer = col;
    }
  }
  const sample = visible.slice(firstDataIndex, firstDataIndex + 200);
  return {
    firstDataIndex,
    question,
    answer,
    id: idColumnByContent(sample, question),
    headers: new Map(),
  };
}

function readQuestions(
  visible: GridRow[],
  columns: Columns,
  answerCol: number,
  dropdownAt: DropdownLookup,
): DetectedQuestion[] {
  const questions: DetectedQuestion[] = [];
  const questionCol = columns.question;
  let section: string | undefined = columns.initialSection;
  for (const row of visible.slice(columns.firstDataIndex)) {
    if (columns.category !== undefined) {
      const category = textAt(row, columns.category);
      if (category.length > 0) {
        section = category;
      }
    }
    const questionCell = row.cells.get(questionCol);
    if (questionCell?.mergedInto) {
      const master = questionCell.mergedInto;
      if (master.row === row.row) {
        // A band merged in from the left (a section title across the table).
        const text = row.cells.get(master.col)?.text ?? '';
        if (text.length > 0 && text.length <= 120 && !isInstruction(text, false)) {
          section = text;
        }
      }
      // Otherwise the second line of a question merged over several rows.
      continue;
    }
    const text = questionCell?.text ?? '';
    if (!/\p{L}/u.test(text)) {
      const others = masterTexts(row);
      const only = others[0];
      if (others.length === 1 && only && only.text.length <= 120 && !isQuestionLike(only.text)) {
        section = only.text;
      }
      continue;
    }
    const idText = columns.id === undefined ? '' : textAt(row, columns.id);
    if (spansAnswer(questionCell, answerCol)) {
      if (!isInstruction(text, idText.length > 0) && text.length <= 120) {
        section = text;
      }
      continue;
    }
    const answerCell = row.cells.get(answerCol);
    if (answerCell?.mergedInto && (answerCell.mergedInto.col !== answerCol || answerCell.mergedInto.row !== row.row)) {
      // The answer cell belongs to a band or to the row above: not a question of its own.
      continue;
    }
    const questionHeader = columns.headers.get(questionCol);
    if (questionHeader !== undefined && text.toLowerCase() === questionHeader.toLowerCase()) {
      // The header repeated further down (a second table, or a header on every printed page).
      continue;
    }
    if (isInstruction(text, idText.length > 0)) {
      continue;
    }
    const dropdown = dropdownAt(row.row, answerCol);
    const commentText = columns.comment === undefined ? '' : textAt(row, columns.comment);
    const otherwiseEmpty = onlyIn(row, [questionCol, columns.id]);
    if (isSectionTitle(text, idText, columns.id !== undefined, questionCell?.bold === true, otherwiseEmpty, dropdown !== undefined)) {
      section = text;
      continue;
    }
    const commentCell = columns.comment === undefined ? undefined : row.cells.get(columns.comment);
    questions.push({
      row: row.row,
      address: cellAddress(row.row, questionCol),
      ...(idText ? { id: idText } : {}),
      question: text,
      ...(section ? { section } : {}),
      existingAnswer: answerCell?.text ?? '',
      answerCell: cellAddress(row.row, answerCol),
      // A comment cell swallowed by a merge (the answer merged across it) cannot take text.
      ...(columns.comment === undefined || commentCell?.mergedInto ? {} : { commentCell: cellAddress(row.row, columns.comment) }),
      ...(dropdown?.values ? { allowedValues: dropdown.values } : {}),
      answerIsFormula: answerCell?.formula === true,
      existingComment: commentText,
      commentIsFormula: commentCell?.formula === true,
      unresolvedDropdown: dropdown !== undefined && dropdown.values === undefined,
    });
  }
  return questions;
}

function spansAnswer(cell: GridCell | undefined, answerCol: number): boolean {
  const range = cell?.mergeRange;
  return range !== undefined && range.left <= answerCol && range.right >= answerCol;
}

function isSectionTitle(
  text: string,
  id: string,
  hasIdColumn: boolean,
  bold: boolean,
  otherwiseEmpty: boolean,
  hasDropdown: boolean,
): boolean {
  if (isQuestionLike(text) || text.length > 100) {
    return false;
  }
  if (/^(section|part|domain|category|chapter)\b/i.test(text)) {
    return true;
  }
  if (hasDropdown) {
    return false;
  }
  if (hasIdColumn && id.length === 0 && wordCount(text) <= 12) {
    return true;
  }
  return bold && otherwiseEmpty && wordCount(text) <= 8 && !text.endsWith('.');
}

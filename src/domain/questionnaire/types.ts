/**
 * The questionnaire readers' public contract. Pure data: offsets are UTF-16 code-unit offsets
 * into the document text exactly as given (the same unit as VS Code's `document.offsetAt`), lines
 * are 0-based and count CRLF, LF and lone CR as one line break each.
 *
 * Functions (from `./index`):
 *   readQuestionnaire(text, format): QuestionnaireReadResult        never throws
 *   formatFromFileName(name, languageId?): QuestionnaireFormat | undefined
 *   itemAtOffset(items, offset) / itemAtLine(items, line): QuestionItem | undefined
 *   answerEdits(text, format, layout, answers: AnswerToWrite[]): TextEdit[]   only inside answer ranges;
 *     one answer per item (the last wins); edits sorted by position
 *   applyEdits(text, edits): string
 *   writableRanges(item): TextRange[]   every range an answer to `item` may change
 */

export type QuestionnaireFormat = 'markdown' | 'csv' | 'plaintext';

/** Half-open span `[start, end)` of the document text. An empty span is an insertion point. */
export interface TextRange {
  start: number;
  end: number;
}

export type LineEnding = '\r\n' | '\n' | '\r';

export type AnswerSlotKind =
  /** Markdown: a `> **Answer:** …` block under the question (heading, list item or paragraph). */
  | 'markdown-below'
  /** Markdown: the answer column of a table row. */
  | 'markdown-table-cell'
  /** Markdown: a question followed by `- [ ] Yes` / `- [ ] No` style options. */
  | 'markdown-checkbox'
  /** CSV: the answer cell of the question's row. */
  | 'csv-cell'
  /** Plain text: an `Answer: …` line under the question. */
  | 'text-below';

/** One `- [ ] Label` option of a checkbox-list question. */
export interface CheckboxOption {
  /** The label, markup removed ("Yes (attach policy or summary)"). */
  label: string;
  checked: boolean;
  /** The single character between the brackets (' ', 'x' or 'X'); writing replaces it. */
  markRange: TextRange;
  line: number;
}

/** Where a CSV cell lives. `column` may be past the end of a short row: the writer then appends delimiters. */
export interface CsvCellRef {
  /** 0-based record index (a quoted multi-line cell keeps its record on one index). */
  record: number;
  column: number;
  /** How many cells the record has; a write to `column >= cellCount` appends delimiters. */
  cellCount: number;
  /** True when the cell was written in double quotes; a rewrite keeps that cell quoted. */
  quoted: boolean;
}

/** Where a Markdown table cell lives. `column` may be past the end of a short row. */
export interface TableCellRef {
  /** Index into `MarkdownLayout.tables`. */
  table: number;
  column: number;
  cellCount: number;
  /** The row ends with a closing `|`. */
  closingPipe: boolean;
}

export interface CommentSlot {
  existing: string;
  range: TextRange;
  csv?: CsvCellRef;
  tableCell?: TableCellRef;
}

export interface AnswerSlot {
  kind: AnswerSlotKind;
  /**
   * The current answer, '' when there is none. For checkbox lists: the checked labels joined by
   * ", ", followed by " — " and the answer paragraph when there is one.
   */
  existing: string;
  /**
   * What a new answer replaces: the existing answer block or cell, or (empty) where a new answer
   * is inserted. For checkbox lists this is the answer paragraph; the boxes are in `options`.
   */
  range: TextRange;
  /** CSV answer cell. */
  csv?: CsvCellRef;
  /** Markdown table answer cell. */
  tableCell?: TableCellRef;
  /** Comment / notes / explanation cell of the same row, when the document has such a column. */
  comment?: CommentSlot;
  /** Checkbox options, in document order (kind `markdown-checkbox`). */
  options?: CheckboxOption[];
  /** Indentation of each written answer line (keeps an answer inside its list item). */
  indent?: string;
  /** Text written before / after the answer when `range` is an insertion point (blank lines). */
  before?: string;
  after?: string;
  /**
   * Set when the question was found but there is nowhere to write its answer (a Markdown table
   * without an answer column). `answerEdits` writes nothing for such an item.
   */
  unavailable?: string;
}

export interface QuestionItem {
  /** 0-based position among the document's questions. */
  index: number;
  /** Question id when the document gives one: "A&A-02.1", "3.2", "CC6.1", or the list number. */
  id?: string;
  /** The question, id and markup removed, whitespace collapsed. */
  question: string;
  /** A bold title in front of the question ("**Security Ownership**"), when there is one. */
  title?: string;
  /** The nearest section heading or CSV section row above the question. */
  section?: string;
  /** Source span of the question text (from an inline id on, without list markers or `#`). */
  questionRange: TextRange;
  /** 0-based line of `questionRange.start`. */
  line: number;
  /** Everything that belongs to the question: text, options, answer (or the CSV record). */
  blockRange: TextRange;
  /** 0-based last line of `blockRange`. */
  lastLine: number;
  answer: AnswerSlot;
}

interface LayoutBase {
  /** The document's first line break (LF when it has none); written answers use it. */
  lineEnding: LineEnding;
  /** Why questions could not be read (or were read only in part). Readers never throw. */
  problem?: string;
}

export interface CsvLayout extends LayoutBase {
  format: 'csv';
  delimiter: CsvDelimiter;
  /** The text starts with a byte-order mark (offsets still count it). */
  hasBom: boolean;
  /** Record index of the header row, when there is one. */
  headerRecord?: number;
  /** 0-based line of the header row. */
  headerLine?: number;
  headers: string[];
  idColumn?: number;
  questionColumn?: number;
  /** May be past the widest row: then every answer is appended as a new last cell. */
  answerColumn?: number;
  commentColumn?: number;
  answerHeader?: string;
  commentHeader?: string;
  recordCount: number;
}

export type CsvDelimiter = ',' | ';' | '\t' | '|';

export interface MarkdownTableLayout {
  /** 0-based lines of the header row and of the last body row. */
  headerLine: number;
  lastLine: number;
  headers: string[];
  idColumn?: number;
  questionColumn: number;
  answerColumn?: number;
  commentColumn?: number;
}

export interface MarkdownLayout extends LayoutBase {
  format: 'markdown';
  tables: MarkdownTableLayout[];
}

export interface PlainTextLayout extends LayoutBase {
  format: 'plaintext';
}

export type QuestionnaireLayout = CsvLayout | MarkdownLayout | PlainTextLayout;

export interface QuestionnaireReadResult {
  items: QuestionItem[];
  layout: QuestionnaireLayout;
}

export interface AnswerToWrite {
  item: QuestionItem;
  answer: string;
  /** Goes to the comment column when there is one; otherwise it follows the answer. */
  comment?: string;
  /**
   * Checkbox lists only: tick exactly the options whose labels start with these (and untick the
   * rest), instead of ticking the option named by a leading "Yes"/"No" in `answer`.
   */
  check?: readonly string[];
}

/** Replace `[start, end)` of the original text with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

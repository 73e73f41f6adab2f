/** The plain-object result of reading a Word questionnaire (no parser types leak out). */

export type WordSlot = 'table-cell' | 'paragraph' | 'checkbox';

export interface WordOption {
  /** The words beside the box ("Yes", "No", "N/A"), or the column header it sits under. */
  label: string;
  checked: boolean;
}

export interface WordItem {
  /** 0-based, in document order; the key a write refers to. */
  index: number;
  /** From the table's id column, or a number typed before the question ("1.2", "Q7"). */
  id?: string;
  /** The question as it reads in the document (whitespace collapsed): how the coverage report links to it. */
  question: string;
  /** The nearest section row of the table or heading above, when there is one. */
  section?: string;
  /** What the answer place holds now ('' when empty or a prompt such as "Click here to enter text"); for checkboxes the checked labels, joined with ", ". */
  existing: string;
  /** Where the answer goes: a table cell, a paragraph, or a set of Yes/No boxes. */
  slot: WordSlot;
  /** The boxes of a checkbox slot, in document order. */
  options?: WordOption[];
  /** The table has a comment/explanation column beside the answer. */
  hasComment?: boolean;
  /** What that comment cell holds now ('' when empty). */
  existingComment?: string;
  /** Where a person finds it: "table 2, row 5" or "paragraph 14" (1-based, top-level paragraphs outside tables). */
  location: string;
  /** The header of the table's answer column ("Response", "Yes/No"), when it has one. */
  answerHeader?: string;
  /** The answer column's share of the table's width (0–1), when the table gives its column widths. */
  answerWidth?: number;
  /** The comment column's share of the table's width (0–1), likewise. */
  commentWidth?: number;
  /** Why an answer cannot be written here (the old answer sits in a tracked change or a field): left for a person. */
  blocked?: string;
}

export interface WordScan {
  items: WordItem[];
  /** The document carries VBA macros (a .docm): a fill keeps them, so the output must keep `extension`. */
  macroEnabled: boolean;
  /** The extension the filled file needs to open in Word: `.docx`, `.docm` (macros), `.dotx` or `.dotm` (templates). */
  extension: '.docx' | '.docm' | '.dotx' | '.dotm';
  /** Tracked changes (insertions, deletions, moves) are present; they are kept as they are. */
  hasTrackedChanges: boolean;
  /** Things a person should know: tables that were not read as questionnaires, questions with no answer place. */
  notes: string[];
}

export interface WordWrite {
  /** `WordItem.index`. */
  index: number;
  /** Text for a table-cell or paragraph slot (replaces what is there). Newlines become line breaks. */
  answer?: string;
  /** Text for the comment cell (items with `hasComment`). */
  comment?: string;
  /** Labels of the boxes to check on a checkbox slot (case-insensitive); every other box of the item is cleared. */
  check?: string[];
}

/** The plain-object result of reading a questionnaire workbook (no library types leak out). */

export interface WorkbookQuestion {
  /** 1-based row number in the sheet. */
  row: number;
  /** Address of the question's cell, e.g. `C7`. */
  address: string;
  /** The question id from the id column, when the sheet has one and the row fills it. */
  id?: string;
  question: string;
  /** The nearest section row above this question, when the sheet has section rows. */
  section?: string;
  /** What the answer cell holds now ('' when empty). */
  existingAnswer: string;
  /** Address of the cell the answer goes into. */
  answerCell: string;
  /** Address of the comment/explanation cell, when the sheet has such a column. */
  commentCell?: string;
  /** Values a list data validation on the answer cell allows (a dropdown), in its order. */
  allowedValues?: string[];
}

export interface WorkbookSheetScan {
  name: string;
  /** 1-based row of the header, when one was found. */
  headerRow?: number;
  /** Column letters, e.g. `B`. */
  questionColumn?: string;
  answerColumn?: string;
  commentColumn?: string;
  idColumn?: string;
  /** Why this sheet yields no questions (hidden, no question column, …). */
  problem?: string;
  /** The reader is not sure of the columns it chose; `reasons` says why (show the choice to the writer). */
  unsure?: boolean;
  /** What the column choice rests on, where it is not plain. */
  reasons?: string[];
  questions: WorkbookQuestion[];
}

export interface WorkbookScan {
  sheets: WorkbookSheetScan[];
}

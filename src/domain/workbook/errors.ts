/** Typed failures of the workbook reader and filler: a code for callers, one clear line for people. */

export type WorkbookErrorCode =
  /** Zero bytes. */
  | 'empty'
  /** Not a zip, or a damaged/truncated one, or parts that cannot be parsed. */
  | 'corrupt'
  /** An encrypted OLE compound file wrapping an .xlsx (Excel's "Encrypt with Password"). */
  | 'password_protected'
  /** An OLE compound file that is not an encrypted package: the old binary .xls format. */
  | 'legacy_xls'
  /** A zip, but not a spreadsheet package (a .docx, an .ods, a plain archive…). */
  | 'not_xlsx'
  /** Readable, but no visible sheet has a question column with answer cells. */
  | 'no_questions'
  /** Over one of the reader's safety limits (sizes, counts, time; see limits.ts): the message names it. */
  | 'too_large';

const MESSAGES: Record<WorkbookErrorCode, string> = {
  empty: 'The file is empty.',
  corrupt: 'This file is not a readable Excel workbook: the .xlsx data is damaged or incomplete.',
  password_protected:
    'This workbook is password-protected; open it in Excel, remove the password, save it, and try again.',
  legacy_xls:
    'This is an old-format Excel file (.xls); open it in Excel or LibreOffice, save it as .xlsx, and try again.',
  not_xlsx: 'This file is a zip archive but not an Excel workbook (.xlsx).',
  no_questions:
    'No questions found: no visible sheet has a question column with answer cells beside it.',
  too_large: 'This workbook is over a safety limit of the reader and was not read.',
};

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** Technical detail for logs (never shown as the message). */
  readonly detail?: string;

  constructor(code: WorkbookErrorCode, options: { message?: string; detail?: string } = {}) {
    super(options.message ?? MESSAGES[code]);
    this.name = 'WorkbookError';
    this.code = code;
    this.detail = options.detail;
  }
}

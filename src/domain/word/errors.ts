/** Typed failures of the Word reader and writer: a code for callers, one clear line for people. */
import { WorkbookError } from '../workbook/errors';
import { printable } from '../workbook/limits';
import { ZipFormatError } from '../workbook/zip';

export type WordErrorCode =
  /** Zero bytes. */
  | 'empty'
  /** Not a zip, a damaged or truncated one, or a document part that is not well-formed XML. */
  | 'corrupt'
  /** An encrypted OLE compound file wrapping a .docx (Word's "Encrypt with Password"). */
  | 'password_protected'
  /** An OLE compound file that is not an encrypted package: the old binary .doc format. */
  | 'legacy_doc'
  /** A zip, but not a Word package (an .xlsx, an .odt, a plain archive…). */
  | 'not_docx'
  /** Saved as "Strict Open XML Document": other namespaces, which Word itself writes only on request. */
  | 'strict_ooxml'
  /** Readable, but no table, numbered paragraph or heading holds a question with a place for its answer. */
  | 'no_questions'
  /** Over one of the reader's safety limits (sizes, counts, time): the message names it. */
  | 'too_large'
  /** The scan given to the writer does not describe these bytes (another file, or an edited one). */
  | 'scan_mismatch'
  /** A write the writer cannot make without touching more than the answer (the message says where). */
  | 'cannot_write';

const MESSAGES: Record<WordErrorCode, string> = {
  empty: 'The file is empty.',
  corrupt: 'This file is not a readable Word document: the .docx data is damaged or incomplete.',
  password_protected:
    'This document is password-protected; open it in Word, remove the password (File > Info > Protect Document), save it, and try again.',
  legacy_doc:
    'This is an old-format Word file (.doc); open it in Word or LibreOffice, save it as .docx, and try again.',
  not_docx: 'This file is a zip archive but not a Word document (.docx).',
  strict_ooxml:
    'This document is saved as Strict Open XML, which Attest does not fill; save it in Word as "Word Document (.docx)" and try again.',
  no_questions:
    'No questions found: no table, numbered paragraph or heading holds a question with a place for its answer.',
  too_large: 'This document is over a safety limit of the reader and was not read.',
  scan_mismatch: 'The document changed since it was read; read it again before filling it.',
  cannot_write: 'An answer could not be written without changing more than the answer.',
};

export class WordError extends Error {
  readonly code: WordErrorCode;
  /** Technical detail for logs (never shown as the message). */
  readonly detail?: string;

  constructor(code: WordErrorCode, options: { message?: string; detail?: string } = {}) {
    super(options.message ?? MESSAGES[code]);
    this.name = 'WordError';
    this.code = code;
    this.detail = options.detail;
  }
}

/**
 * The shared zip reader, XML parser and read budget speak of workbooks (they were written for
 * .xlsx first); their failures are said again here in a document's words, on one line.
 */
export function asWordError(error: unknown): unknown {
  if (error instanceof WordError) {
    return error;
  }
  if (error instanceof ZipFormatError) {
    return new WordError('corrupt', { detail: error.message });
  }
  if (error instanceof WorkbookError) {
    if (error.code === 'too_large') {
      return new WordError('too_large', {
        message: error.message.replace(/^This workbook is/, 'This document is'),
        ...(error.detail === undefined ? {} : { detail: error.detail }),
      });
    }
    if (error.code === 'corrupt') {
      // parseXml's detail is "<part>: <parser message>".
      const detail = error.detail ?? error.message;
      const colon = detail.indexOf(': ');
      const part = colon < 0 ? 'a part' : detail.slice(0, colon);
      const reason = colon < 0 ? detail : detail.slice(colon + 2);
      return new WordError('corrupt', {
        message: `This file is not a readable Word document: ${printable(part)} is not well-formed XML (${printable(reason.replace(/\s+/g, ' ').trim())}).`,
        detail,
      });
    }
    return new WordError('corrupt', { detail: `${error.code}: ${error.detail ?? error.message}` });
  }
  return error;
}

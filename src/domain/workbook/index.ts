/**
 * Excel questionnaires: find the questions and answer cells on every visible sheet, and fill
 * them into a new workbook. This is the only entry into the workbook code: it is bundled on
 * its own and loaded lazily, so nothing else in src/domain imports it or the library behind it.
 *
 * Library: exceljs (4.4). Why: it reads .xlsx with everything a questionnaire carries (styles,
 * merged cells, data validations, comments, column widths, hidden rows and sheets), it is pure
 * JavaScript with no native code (so it runs in the extension host and the CLI alike), it is
 * maintained and widely used, and it loads from a Buffer/Uint8Array (no file system here).
 *
 * How writing works, and why not through exceljs: a read-then-write round trip through
 * exceljs re-serializes the whole package and drops what it does not model (charts, pivot
 * tables, shapes, x14 extensions such as dropdowns that list values from another sheet,
 * named cell styles, macros…), and its handling of a whole-column dropdown takes seconds and
 * hundreds of MB. So exceljs only reads; the filler edits the answer cells' XML inside the zip
 * and copies every other part byte for byte (see zip.ts and patch.ts).
 */
import { scanWorkbook, sheetNotes, questionCount, toPublicScan } from './scan';
import { WorkbookError } from './errors';
import type { WorkbookScan } from './types';

export { fillWorkbook, type FillOptions, type FillResult } from './fill';
export { FillCancelledError, WorkbookError, type WorkbookErrorCode } from './errors';
export type { WorkbookQuestion, WorkbookScan, WorkbookSheetScan } from './types';

/**
 * Finds the questions on every visible sheet. Hidden sheets are listed with a `problem` and no
 * questions. Throws WorkbookError for unreadable input, and `no_questions` when no sheet has any.
 */
export async function readWorkbookQuestions(bytes: Uint8Array): Promise<WorkbookScan> {
  const scanned = await scanWorkbook(bytes);
  if (questionCount(scanned) === 0) {
    throw new WorkbookError('no_questions', { detail: sheetNotes(scanned).join('; ') });
  }
  return toPublicScan(scanned);
}

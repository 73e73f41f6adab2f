/**
 * Excel questionnaires: find the questions and answer cells on every visible sheet, and fill
 * them into a new workbook. This is the only entry into the workbook code: it is bundled on
 * its own and loaded lazily, so nothing else in src/domain imports it or the library behind it.
 *
 * Reading: one pass over the package with saxes (a maintained streaming XML parser that reports
 * positions), within a read budget (limits.ts). Chosen over bounding exceljs (issue 15), which was
 * the reader until then. exceljs cannot be bounded from outside: it inflates every part with no
 * cap (a 300 KB zip became 2 GB), expands `<col>` ranges and merged ranges cell by cell as it
 * parses (a 2 KB file exhausted the heap; a smaller merge stalled the host for 21 s), and offers no
 * time budget or cancellation. Pre-scanning and stripping the hostile parts before handing it the
 * package would mean parsing every part ourselves anyway, with limits, only to have exceljs parse
 * them again, slower and with more memory (a 10,000-row read took seconds and 240 MB). And the
 * patcher needs the position of every `<row>` and `<c>` element, which only a parser that reports
 * positions gives (regular expressions put answers inside XML comments and missed single-quoted
 * attributes). So:
 *  - zip.ts reads the central directory; `readBounded` checks each part's declared size against
 *    the per-part, total and ratio limits before inflating, and caps the inflater itself, since
 *    declared sizes can lie;
 *  - parts.ts reads relationships, the workbook part, content types, shared strings and styles
 *    (bold, text nobody can see, locked cells); sheet.ts reads each sheet once into the grid the
 *    detector works on, its list validations, its protection and every row's and cell's position;
 *    every count (rows, cells, `<col>` spans, merged cells, validation ranges, shared strings) is
 *    charged to the budget before it is stored, and the time budget is checked as it goes;
 *  - a file over a limit fails with WorkbookError('too_large') and a message naming the limit.
 * exceljs stays a development dependency: the tests build workbooks with it and check that
 * detection on its grids (grid.ts `buildGrid`) agrees with detection on ours.
 *
 * In the editor the fill runs in a worker thread (src/worker/workbookFill.ts), so even a bounded
 * read of a large file never stalls the extension host and Cancel stops it at once.
 */
import { scanWorkbook, sheetNotes, questionCount, toPublicScan } from './scan';
import { WorkbookError } from './errors';
import type { WorkbookScan } from './types';

export { fillWorkbook, workbookDocument, type FillOptions, type FillResult } from './driver';
// A scan with the writer's mapping file, then the fill of that scan (attest fill prints the columns it read).
export { fillScanned } from './driver';
export { scanWorkbook, type ScanOptions, type ScannedWorkbook } from './scan';
export { FillCancelled } from '../engine/fill';
// The answerer comes with the engine, so the editor's in-process fill needs nothing else loaded.
export { answererFor, profileNotices } from '../engine/source';
export { WorkbookError, type WorkbookErrorCode } from './errors';
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

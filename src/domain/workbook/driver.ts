/**
 * The workbook driver of the questionnaire engine: a scanned workbook's questions as engine items
 * (one group per sheet), and the engine's writes patched into a copy of the package: only the
 * answer and comment cells change, every other part is copied as it was.
 */
import { columnChoices, type ColumnChoice } from './choice';
import type { WorkbookMapping } from './mapping';
import type { Answerer } from '../answer/types';
import type { EngineItem, ReadDocument, SlotWrite } from '../engine/driver';
import { fillDocument, FillCancelled } from '../engine/fill';
import type { CoverageReport } from '../engine/coverage';
import type { AnswerLength } from '../intents';
import { isYesNoHeader } from '../engine/slotValues';
import { neutralizeFormula } from '../questionnaire/formula';
import { parseCellAddress, qualifiedAddress } from './address';
import type { DetectedQuestion } from './detect';
import { WorkbookError } from './errors';
import { addWrite, patchSheetXml, requestFullCalcOnLoad, type CellWrites } from './patch';
import { questionCount, scanWorkbook, sheetNotes, type ScannedSheet, type ScannedWorkbook } from './scan';

export interface FillOptions {
  /** ISO date (YYYY-MM-DD) that "today" means for freshness. */
  today: string;
  /** Replace answers already in the workbook (formula cells are never replaced). */
  overwrite?: boolean;
  /** Looked at between questions; when it turns true the fill throws FillCancelled. */
  signal?: { readonly aborted: boolean };
  /** Called as the fill goes with (questions done, questions in total). */
  onProgress?: (done: number, total: number) => void;
  /** Title of the coverage report; defaults to "Workbook coverage". */
  title?: string;
  /** Lines for the top of the report. */
  notes?: readonly string[];
  /**
   * Asked once, after reading and before anything is composed, when some questions already have an
   * answer: true replaces them, false keeps them, undefined cancels (FillCancelled). Unset: `overwrite` decides.
   */
  askOverwrite?: (answered: number, total: number) => Promise<boolean | undefined>;
  /** The writer's corrected columns (the mapping file beside the workbook), for the read. */
  mapping?: WorkbookMapping;
  /**
   * Shown the columns read on each sheet after the first read (the editor's picker shows them
   * when the reader is unsure): a mapping reads the workbook again with it; 'cancelled' cancels
   * (FillCancelled); undefined keeps the columns as read.
   */
  reviewColumns?: (choices: ColumnChoice[]) => Promise<WorkbookMapping | 'cancelled' | undefined>;
}

export interface FillResult {
  /** The filled workbook: a new buffer; the input bytes are never modified. */
  bytes: Uint8Array;
  report: CoverageReport;
  /** `.xlsm` when the workbook carries macros (Excel refuses a macro workbook named .xlsx). */
  extension: '.xlsx' | '.xlsm';
}

/** Column widths are in Excel's character units (the default column is about 8.43). */
export const NARROW_COLUMN = 16;
export const WIDE_COLUMN = 45;

/** What the report says for an answer cell Excel keeps locked. */
export const LOCKED_ANSWER_CELL = '[the answer cell is locked on a protected sheet: not written; unprotect the sheet or answer it in Excel]';

/** A paragraph in a column at least 45 characters wide, a sentence in a narrower one or one whose width is not set. */
function lengthForWidth(width: number | undefined): AnswerLength {
  return width !== undefined && width >= WIDE_COLUMN ? 'paragraph' : 'sentence';
}

/** A cell the sheet's protection keeps from being edited. */
function isLockedCell(sheet: ScannedSheet, address: string): boolean {
  const parsed = sheet.parsed;
  const ref = parseCellAddress(address);
  return parsed !== undefined && parsed.protected && ref !== undefined && parsed.locked(ref.row, ref.col);
}

function widthOf(sheet: ScannedSheet, col: number | undefined): number | undefined {
  const grid = sheet.grid;
  return col === undefined || !grid ? undefined : (grid.widths.get(col) ?? grid.defaultWidth);
}

function engineItem(index: number, sheet: ScannedSheet, question: DetectedQuestion): EngineItem {
  const { detection } = sheet;
  const answerWidth = widthOf(sheet, detection.answerColumn);
  const dropdown = question.allowedValues !== undefined || question.unresolvedDropdown;
  const bareReason = isYesNoHeader(detection.answerHeader)
    ? `the column header "${detection.answerHeader ?? ''}" asks for Yes/No`
    : answerWidth !== undefined && answerWidth < NARROW_COLUMN
      ? 'the answer column is narrow'
      : undefined;
  return {
    index,
    ...(question.id !== undefined && { id: question.id }),
    question: question.question,
    ...(question.section !== undefined && { section: question.section }),
    group: sheet.name,
    location: qualifiedAddress(sheet.name, question.answerCell),
    slot: {
      kind: dropdown ? 'dropdown' : 'text',
      existing: question.existingAnswer,
      ...(question.allowedValues !== undefined && { allowedValues: question.allowedValues }),
      ...(question.commentCell !== undefined && {
        comment: { existing: question.existingComment, writable: !question.commentIsFormula && !isLockedCell(sheet, question.commentCell) },
      }),
      ...(question.answerIsFormula && { keep: true }),
      // Excel would refuse this edit; writing it anyway would hand back a sheet the customer locked.
      ...(isLockedCell(sheet, question.answerCell) && { blocked: LOCKED_ANSWER_CELL }),
      ...(bareReason !== undefined && { bareReason }),
      length: lengthForWidth(answerWidth),
      commentLength: lengthForWidth(widthOf(sheet, detection.commentColumn)),
      formulaRisk: true,
    },
  };
}

/** Whether a sheet has a formula cell; a sheet that cannot be read is assumed to have one (a recalculation is harmless). */
function hasFormulaCells(scanned: ScannedWorkbook, sheetName: string): boolean {
  try {
    return scanned.source.sheet(sheetName)?.grid.hasFormulas ?? false;
  } catch {
    return true;
  }
}

/** The patched package: each written sheet at the parser's positions, and a recalculation on load when formulas may depend on answers. */
function writeWorkbook(scanned: ScannedWorkbook, cells: readonly { sheet: ScannedSheet; question: DetectedQuestion }[], writes: readonly SlotWrite[]): Uint8Array {
  const writesByPart = new Map<string, { sheet: ScannedSheet; writes: CellWrites }>();
  for (const write of writes) {
    const cell = cells[write.item.index];
    if (cell === undefined) {
      continue;
    }
    let part = writesByPart.get(cell.sheet.partName);
    if (!part) {
      part = { sheet: cell.sheet, writes: new Map() };
      writesByPart.set(cell.sheet.partName, part);
    }
    // A dropdown value is one the customer's own list offers: written as it is. Free text may start a formula.
    addWrite(part.writes, cell.question.answerCell, write.item.slot.kind === 'dropdown' ? write.answer : neutralizeFormula(write.answer));
    if (write.comment !== undefined && cell.question.commentCell !== undefined) {
      addWrite(part.writes, cell.question.commentCell, neutralizeFormula(write.comment));
    }
  }
  const replacements = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [partName, { sheet, writes: cellWrites }] of writesByPart) {
    // Only sheets with questions get writes, and those were parsed: patch at the parser's positions.
    const xml = sheet.xml ?? scanned.source.partText(partName) ?? '';
    replacements.set(partName, encoder.encode(patchSheetXml(xml, cellWrites, sheet.parsed?.positions)));
  }
  if (replacements.size > 0) {
    const hasFormulas = scanned.info.sheets.some((sheet) => hasFormulaCells(scanned, sheet.name));
    const workbookXml = scanned.source.partText(scanned.info.workbookPart);
    if (hasFormulas && workbookXml !== undefined) {
      const updated = requestFullCalcOnLoad(workbookXml);
      if (updated !== workbookXml) {
        replacements.set(scanned.info.workbookPart, encoder.encode(updated));
      }
    }
  }
  return scanned.zip.rewrite(replacements);
}

/** A scanned workbook as the engine reads it. Throws WorkbookError('no_questions') when no sheet has any. */
export function workbookDocument(scanned: ScannedWorkbook): ReadDocument<Uint8Array> {
  if (questionCount(scanned) === 0) {
    throw new WorkbookError('no_questions', { detail: sheetNotes(scanned).join('; ') });
  }
  const cells: { sheet: ScannedSheet; question: DetectedQuestion }[] = [];
  const items: EngineItem[] = [];
  const groups: string[] = [];
  for (const sheet of scanned.sheets) {
    if (sheet.detection.questions.length === 0) {
      continue;
    }
    groups.push(sheet.name);
    for (const question of sheet.detection.questions) {
      items.push(engineItem(cells.length, sheet, question));
      cells.push({ sheet, question });
    }
  }
  const notes = sheetNotes(scanned);
  return {
    items,
    groups,
    ...(notes.length > 0 && { notes }),
    writesPlaceholders: false,
    write: (writes) => writeWorkbook(scanned, cells, writes),
  };
}

export async function fillWorkbook(bytes: Uint8Array, answerer: Answerer, options: FillOptions): Promise<FillResult> {
  if (options.signal?.aborted) {
    throw new FillCancelled();
  }
  let scanned = await scanWorkbook(bytes, options.mapping ? { mapping: options.mapping } : {});
  if (options.reviewColumns !== undefined) {
    const reviewed = await options.reviewColumns(columnChoices(scanned));
    if (reviewed === 'cancelled' || options.signal?.aborted) {
      throw new FillCancelled();
    }
    if (reviewed !== undefined) {
      scanned = await scanWorkbook(bytes, { mapping: reviewed });
    }
  }
  return fillScanned(scanned, answerer, options);
}

/** The fill after reading; separate so the benchmark can compare readers. */
export async function fillScanned(scanned: ScannedWorkbook, answerer: Answerer, options: FillOptions): Promise<FillResult> {
  if (options.signal?.aborted) {
    throw new FillCancelled();
  }
  const document = workbookDocument(scanned);
  const result = await fillDocument(document, answerer, {
    today: options.today,
    // Each cell's length comes from its column's width (engineItem); the setting does not apply.
    defaultLength: 'paragraph',
    title: options.title ?? 'Workbook coverage',
    ...(options.overwrite !== undefined && { overwrite: options.overwrite }),
    ...(options.askOverwrite !== undefined && { askOverwrite: options.askOverwrite }),
    ...(options.signal !== undefined && { signal: options.signal }),
    ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    ...(options.notes !== undefined && { notes: options.notes }),
  });
  return { bytes: result.output, report: result.report, extension: scanned.info.macroEnabled ? '.xlsm' : '.xlsx' };
}

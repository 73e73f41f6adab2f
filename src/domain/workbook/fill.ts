/** Answers every detected question and writes the answers into a copy of the workbook. */
import type { AnswerDecision, Answerer } from '../answer/types';
import { contextAt, type QuestionContext } from '../classify';
import { questionShape } from '../reading';
import { verdictOf, type CoverageEntry, type CoverageReport } from '../engine/coverage';
import { formulaWarnings, neutralizeFormula } from '../questionnaire/formula';
import { parseCellAddress, qualifiedAddress } from './address';
import { allowedValueNamedIn, isPlaceholder, pickAllowedValue, planAnswer, yesNoKind } from './answers';
import type { DetectedQuestion } from './detect';
import { FillCancelledError, WorkbookError } from './errors';
import { addWrite, patchSheetXml, requestFullCalcOnLoad, type CellWrites } from './patch';
import { questionCount, scanWorkbook, sheetNotes, type ScannedSheet, type ScannedWorkbook } from './scan';

export interface FillOptions {
  /** ISO date (YYYY-MM-DD) that "today" means for freshness. */
  today: string;
  /** Replace answers already in the workbook (formula cells are never replaced). */
  overwrite?: boolean;
  /** Checked between questions; when it turns true the fill throws FillCancelledError. */
  signal?: { aborted: boolean };
  /** Called after each question with (questions done, questions in total). */
  onProgress?: (done: number, total: number) => void;
  /** Title of the coverage report; defaults to "Workbook coverage". */
  title?: string;
}

export interface FillResult {
  /** The filled workbook: a new buffer; the input bytes are never modified. */
  bytes: Uint8Array;
  report: CoverageReport;
  /** `.xlsm` when the workbook carries macros (Excel refuses a macro workbook named .xlsx). */
  extension: '.xlsx' | '.xlsm';
}

/** Let the host's event loop run (so a Cancel click can land) at most this often. */
const YIELD_EVERY_MS = 25;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function checkCancelled(signal: { aborted: boolean } | undefined): void {
  if (signal?.aborted) {
    throw new FillCancelledError();
  }
}

interface SheetColumnsInfo {
  answerWidth?: number;
  commentWidth?: number;
}

function columnWidths(sheet: ScannedSheet): SheetColumnsInfo {
  const { grid, detection } = sheet;
  const width = (col: number | undefined): number | undefined =>
    col === undefined || !grid ? undefined : (grid.widths.get(col) ?? grid.defaultWidth);
  return { answerWidth: width(detection.answerColumn), commentWidth: width(detection.commentColumn) };
}

/** What the report says for an answer cell Excel keeps locked. */
export const LOCKED_ANSWER_CELL = '[the answer cell is locked on a protected sheet: not written; unprotect the sheet or answer it in Excel]';

/** A cell the sheet's protection keeps from being edited. */
function isLockedCell(sheet: ScannedSheet, address: string): boolean {
  const parsed = sheet.parsed;
  const ref = parseCellAddress(address);
  return parsed !== undefined && parsed.protected && ref !== undefined && parsed.locked(ref.row, ref.col);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function answerOne(
  question: DetectedQuestion,
  sheet: ScannedSheet,
  widths: SheetColumnsInfo,
  answerer: Answerer,
  options: FillOptions,
  writes: CellWrites,
  context: QuestionContext | undefined,
): CoverageEntry {
  const location = qualifiedAddress(sheet.name, question.answerCell);
  const base = { location, question: question.question };
  const answered = !isPlaceholder(question.existingAnswer);
  if (question.answerIsFormula || (answered && !options.overwrite)) {
    return { ...base, status: 'already_answered' };
  }
  if (isLockedCell(sheet, question.answerCell)) {
    // Excel would refuse this edit; writing it anyway would hand back a sheet the customer locked.
    return { ...base, status: 'needs_person', missing: [LOCKED_ANSWER_CELL] };
  }
  const hasDropdown = question.allowedValues !== undefined || question.unresolvedDropdown;
  const plan = planAnswer({
    hasDropdown,
    answerHeader: sheet.detection.answerHeader,
    answerWidth: widths.answerWidth,
    hasCommentCell: question.commentCell !== undefined,
    commentWidth: widths.commentWidth,
    polar: questionShape(question.question) === 'polar',
  });
  const main = answerer(question.question, { length: plan.cell, today: options.today, ...(context && { context }) });
  if (main.outcome === 'not_recognized') {
    return { ...base, status: 'not_recognized', intent: main.intent };
  }
  if (main.outcome === 'undetermined') {
    // The facts do not decide what the row asks: the cell is left for a person, with the reasons.
    return { ...base, status: 'needs_person', intent: main.intent, missing: main.reasons ?? [], ...verdictOf(main) };
  }
  const explanation: AnswerDecision | undefined =
    plan.comment === undefined ? undefined : answerer(question.question, { length: plan.comment, today: options.today, ...(context && { context }) });
  const needsPerson = (missing: string[]): CoverageEntry => ({ ...base, status: 'needs_person', intent: main.intent, missing });
  if (main.outcome === 'needs_person' || explanation?.outcome === 'needs_person') {
    return needsPerson(unique([...main.missing, ...(explanation?.missing ?? [])]));
  }
  const text = main.text?.trim() ?? '';
  if (text.length === 0) {
    return needsPerson([]);
  }
  let cellText = text;
  if (hasDropdown) {
    const kind = yesNoKind(text);
    const allowed = question.allowedValues;
    let choice: string | undefined;
    if (allowed) {
      // A Yes/No answer maps onto the dropdown's vocabulary; otherwise (Type 1 / Type 2 / None)
      // take the one value the answer or its explanation names.
      choice =
        (kind ? pickAllowedValue(kind, allowed) : undefined) ??
        allowedValueNamedIn(text, allowed) ??
        allowedValueNamedIn(explanation?.text ?? '', allowed);
    }
    if (choice === undefined) {
      const shown = allowed ? allowed.join(' / ') : 'a list we cannot read';
      return needsPerson([`[a dropdown value for "${text}" (the cell offers ${shown})]`]);
    }
    cellText = choice;
  }
  // A dropdown value is one the customer's own list offers: written as it is. Free text may start a formula.
  const answerWritten = hasDropdown ? cellText : neutralizeFormula(cellText);
  addWrite(writes, question.answerCell, answerWritten);
  const explanationText = explanation?.text?.trim() ?? '';
  let commentWritten: string | undefined;
  const commentFree = !question.commentIsFormula && (options.overwrite || isPlaceholder(question.existingComment));
  if (question.commentCell && explanationText.length > 0 && commentFree && !isLockedCell(sheet, question.commentCell)) {
    commentWritten = explanationText;
    addWrite(writes, question.commentCell, neutralizeFormula(explanationText));
  }
  const warnings = formulaWarnings([hasDropdown ? undefined : cellText, commentWritten]);
  return { ...base, status: 'answered', intent: main.intent, ...(warnings.length > 0 && { warnings }), ...verdictOf(main) };
}

/** Whether a sheet has a formula cell; a sheet that cannot be read is assumed to have one (a recalculation is harmless). */
function hasFormulaCells(scanned: ScannedWorkbook, sheetName: string): boolean {
  try {
    return scanned.source.sheet(sheetName)?.grid.hasFormulas ?? false;
  } catch {
    return true;
  }
}

export async function fillWorkbook(bytes: Uint8Array, answerer: Answerer, options: FillOptions): Promise<FillResult> {
  checkCancelled(options.signal);
  return fillScanned(await scanWorkbook(bytes), answerer, options);
}

/** The fill after reading; separate so the benchmark can compare readers. */
export async function fillScanned(scanned: ScannedWorkbook, answerer: Answerer, options: FillOptions): Promise<FillResult> {
  checkCancelled(options.signal);
  const total = questionCount(scanned);
  if (total === 0) {
    throw new WorkbookError('no_questions', { detail: sheetNotes(scanned).join('; ') });
  }
  const sections: CoverageReport['sections'] = [];
  const writesByPart = new Map<string, CellWrites>();
  let done = 0;
  let lastYield = Date.now();
  for (const sheet of scanned.sheets) {
    if (sheet.detection.questions.length === 0) {
      continue;
    }
    const widths = columnWidths(sheet);
    const writes: CellWrites = new Map();
    const entries: CoverageEntry[] = [];
    for (const [index, question] of sheet.detection.questions.entries()) {
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = Date.now();
      }
      checkCancelled(options.signal);
      // Its section and the rows above it in that section, so a follow-up row reads as what it follows.
      const context = contextAt(sheet.detection.questions, index);
      entries.push(answerOne(question, sheet, widths, answerer, options, writes, context));
      done++;
      options.onProgress?.(done, total);
    }
    sections.push({ name: sheet.name, entries });
    if (writes.size > 0) {
      writesByPart.set(sheet.partName, writes);
    }
  }
  await yieldToEventLoop();
  checkCancelled(options.signal);

  const replacements = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [partName, writes] of writesByPart) {
    // Only sheets with questions get writes, and those were parsed: patch at the parser's positions.
    const sheet = scanned.sheets.find((candidate) => candidate.partName === partName);
    const xml = sheet?.xml ?? scanned.source.partText(partName) ?? '';
    replacements.set(partName, encoder.encode(patchSheetXml(xml, writes, sheet?.parsed?.positions)));
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
  const output = scanned.zip.rewrite(replacements);
  checkCancelled(options.signal);
  const notes = sheetNotes(scanned);
  return {
    bytes: output,
    report: { title: options.title ?? 'Workbook coverage', sections, ...(notes.length > 0 ? { notes } : {}) },
    extension: scanned.info.macroEnabled ? '.xlsm' : '.xlsx',
  };
}

/** Answers every detected question and writes the answers into a copy of the workbook. */
import type { AnswerDecision, Answerer } from '../answering';
import { contextAt, type QuestionContext } from '../classify';
import type { CoverageEntry, CoverageReport } from '../coverage';
import { qualifiedAddress } from './address';
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
  const hasDropdown = question.allowedValues !== undefined || question.unresolvedDropdown;
  const plan = planAnswer({
    hasDropdown,
    answerHeader: sheet.detection.answerHeader,
    answerWidth: widths.answerWidth,
    hasCommentCell: question.commentCell !== undefined,
    commentWidth: widths.commentWidth,
  });
  const main = answerer(question.question, { length: plan.cell, today: options.today, ...(context && { context }) });
  if (main.outcome === 'not_recognized') {
    return { ...base, status: 'not_recognized', intent: main.intent };
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
  addWrite(writes, question.answerCell, cellText);
  const explanationText = explanation?.text?.trim() ?? '';
  const commentFree = !question.commentIsFormula && (options.overwrite || isPlaceholder(question.existingComment));
  if (question.commentCell && explanationText.length > 0 && commentFree) {
    addWrite(writes, question.commentCell, explanationText);
  }
  return { ...base, status: 'answered', intent: main.intent };
}

const FORMULA_ELEMENT = /<(\w+:)?f[\s>/]/;

/** Whether a worksheet part has a formula cell (only the cell data counts, not x14 lists). */
function hasFormulaCells(sheetXml: string): boolean {
  const start = sheetXml.search(/<(\w+:)?sheetData\b/);
  const end = sheetXml.search(/<\/(\w+:)?sheetData>/);
  return start >= 0 && end > start && FORMULA_ELEMENT.test(sheetXml.slice(start, end));
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
  const sheetXml = (partName: string): string =>
    scanned.sheets.find((sheet) => sheet.partName === partName)?.xml ?? scanned.zip.readText(partName) ?? '';
  for (const [partName, writes] of writesByPart) {
    replacements.set(partName, encoder.encode(patchSheetXml(sheetXml(partName), writes)));
  }
  if (replacements.size > 0) {
    const hasFormulas = scanned.info.sheets.some((sheet) => hasFormulaCells(sheetXml(sheet.partName)));
    const workbookXml = scanned.zip.readText(scanned.info.workbookPart);
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

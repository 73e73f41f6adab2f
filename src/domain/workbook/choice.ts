/**
 * The columns the reader chose on each sheet, as plain data the command line prints and the editor
 * shows (and lets the writer correct): sheet, header row, question, answer, comment and id columns,
 * the customer's columns it left alone, whether it is unsure and why. `mappingFromChoices` turns a
 * (corrected) choice into the mapping file's content, so the next scan reads the sheet the same way.
 */
import { columnLetters, columnNumber } from './address';
import type { SheetColumnsMapping, WorkbookMapping } from './mapping';
import type { ScannedWorkbook } from './scan';

export interface ColumnHeader {
  /** Column letters, e.g. `C`. */
  column: string;
  header: string;
}

export interface ColumnChoice {
  sheet: string;
  /** Why the sheet gives no questions (skipped, hidden, no answer column…). */
  problem?: string;
  skipped?: 'pointer' | 'customer' | 'mapping' | 'hidden';
  headerRow?: number;
  question?: string;
  answer?: string;
  comment?: string;
  id?: string;
  /** The customer's columns, left alone. */
  customer: ColumnHeader[];
  /** The header row's cells, for a picker that corrects a column. */
  headers: ColumnHeader[];
  questions: number;
  source?: 'header' | 'content' | 'mapping';
  unsure: boolean;
  reasons: string[];
}

const letters = (col: number | undefined): string | undefined => (col === undefined ? undefined : columnLetters(col));

export function columnChoices(scanned: ScannedWorkbook): ColumnChoice[] {
  return scanned.sheets.map((sheet) => {
    const { detection } = sheet;
    const headers = [...(detection.headers ?? new Map<number, string>()).entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, header]) => ({ column: columnLetters(col), header }));
    const headerOf = (col: number): string => detection.headers?.get(col) ?? '';
    const skipped = sheet.state !== 'visible' ? 'hidden' : detection.skipped;
    return {
      sheet: sheet.name,
      ...(detection.problem === undefined ? {} : { problem: detection.problem }),
      ...(skipped === undefined ? {} : { skipped }),
      ...(detection.headerRow === undefined ? {} : { headerRow: detection.headerRow }),
      ...(detection.questionColumn === undefined ? {} : { question: letters(detection.questionColumn) }),
      ...(detection.answerColumn === undefined ? {} : { answer: letters(detection.answerColumn) }),
      ...(detection.commentColumn === undefined ? {} : { comment: letters(detection.commentColumn) }),
      ...(detection.idColumn === undefined ? {} : { id: letters(detection.idColumn) }),
      customer: (detection.customerColumns ?? []).map((col) => ({ column: columnLetters(col), header: headerOf(col) })),
      headers,
      questions: detection.questions.length,
      ...(detection.source === undefined ? {} : { source: detection.source }),
      unsure: detection.unsure === true,
      reasons: [...(detection.reasons ?? [])],
    };
  });
}

/** Whether any sheet's choice should be shown to the writer before trusting the fill. */
export function anyUnsure(choices: ColumnChoice[]): boolean {
  return choices.some((choice) => choice.unsure);
}

function named(choice: ColumnChoice, column: string | undefined): string {
  if (column === undefined) {
    return 'none';
  }
  const header = choice.headers.find((cell) => cell.column === column)?.header;
  return header ? `${column} ("${header}")` : column;
}

/** One block per sheet, for the terminal. */
export function renderColumnChoices(choices: ColumnChoice[], mappingPath?: string): string {
  const lines: string[] = [];
  lines.push(
    mappingPath === undefined
      ? 'Columns Attest chose:'
      : `Columns Attest chose (to correct them, write ${mappingPath}; see attest fill --save-mapping):`,
  );
  for (const choice of choices) {
    if (choice.questions === 0) {
      lines.push(`  Sheet "${choice.sheet}": ${choice.problem ?? 'no questions.'}`);
      continue;
    }
    const where = choice.headerRow === undefined ? 'no header row' : `header row ${choice.headerRow}`;
    const flag = choice.unsure ? '  [unsure]' : '';
    lines.push(
      `  Sheet "${choice.sheet}", ${where}: question ${named(choice, choice.question)}, answer ${named(choice, choice.answer)}, comment ${named(choice, choice.comment)}, id ${named(choice, choice.id)}; ${choice.questions} question(s)${flag}`,
    );
    for (const reason of choice.reasons) {
      lines.push(`    - ${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The header texts of a choice's mapped columns, to tell later whether the sheet still matches. */
function mappedHeaders(choice: ColumnChoice): Map<number, string> | undefined {
  if (choice.headerRow === undefined || choice.headerRow === 0) {
    return undefined;
  }
  const headers = new Map<number, string>();
  for (const column of [choice.question, choice.answer, choice.comment, choice.id]) {
    const header = column === undefined ? undefined : choice.headers.find((cell) => cell.column === column)?.header;
    if (column !== undefined && header !== undefined && header.length > 0) {
      headers.set(columnNumber(column), header);
    }
  }
  return headers.size > 0 ? headers : undefined;
}

/** The mapping file's content for these choices: every sheet with questions by its columns, the others skipped. */
export function mappingFromChoices(choices: ColumnChoice[]): WorkbookMapping {
  const sheets = new Map<string, SheetColumnsMapping>();
  for (const choice of choices) {
    if (choice.skipped === 'hidden') {
      continue;
    }
    if (choice.question === undefined || choice.answer === undefined || choice.questions === 0) {
      sheets.set(choice.sheet, { skip: true });
      continue;
    }
    sheets.set(choice.sheet, {
      headerRow: choice.headerRow ?? 0,
      question: columnNumber(choice.question),
      answer: columnNumber(choice.answer),
      ...(choice.comment === undefined ? {} : { comment: columnNumber(choice.comment) }),
      ...(choice.id === undefined ? {} : { id: columnNumber(choice.id) }),
      ...(mappedHeaders(choice) === undefined ? {} : { headers: mappedHeaders(choice) }),
    });
  }
  return { sheets };
}

export type ColumnRoleName = 'question' | 'answer' | 'comment' | 'id';

/** The writer's correction of one sheet's choice: a column for a role (undefined: none), the header row, or skip. */
export type ChoiceCorrection = { role: ColumnRoleName; column: string | undefined } | { headerRow: number } | { skip: true };

/** The choice after a correction: no longer unsure, and it says the writer chose. */
export function correctChoice(choice: ColumnChoice, correction: ChoiceCorrection): ColumnChoice {
  const base: ColumnChoice = { ...choice, unsure: false, source: 'mapping', reasons: ['Corrected by the writer.'] };
  if ('skip' in correction) {
    const { question: _q, answer: _a, comment: _c, id: _i, ...rest } = base;
    return { ...rest, questions: 0, skipped: 'mapping', problem: 'Skipped: the mapping file says so.' };
  }
  if ('headerRow' in correction) {
    // The header texts were those of the old header row: not kept, so they are not saved as the new one's.
    return { ...base, headerRow: correction.headerRow, headers: [] };
  }
  const next: ColumnChoice = { ...base };
  if (correction.column === undefined) {
    delete next[correction.role];
  } else {
    next[correction.role] = correction.column.toUpperCase();
    // A column has one role: the one it had gives it up.
    for (const role of ['question', 'answer', 'comment', 'id'] as const) {
      if (role !== correction.role && next[role] === next[correction.role]) {
        delete next[role];
      }
    }
  }
  if (next.skipped === 'mapping' && next.question !== undefined && next.answer !== undefined) {
    delete next.skipped;
    delete next.problem;
  }
  return next;
}

/** The mapping to write: the sheets the writer corrected now, over what the mapping file already held. */
export function mergeCorrections(existing: WorkbookMapping | undefined, corrected: ColumnChoice[]): WorkbookMapping {
  const sheets = new Map(existing?.sheets ?? []);
  for (const choice of corrected) {
    if (choice.skipped === 'mapping' || choice.question === undefined || choice.answer === undefined) {
      sheets.set(choice.sheet, { skip: true });
      continue;
    }
    sheets.set(choice.sheet, {
      headerRow: choice.headerRow ?? 0,
      question: columnNumber(choice.question),
      answer: columnNumber(choice.answer),
      ...(choice.comment === undefined ? {} : { comment: columnNumber(choice.comment) }),
      ...(choice.id === undefined ? {} : { id: columnNumber(choice.id) }),
      ...(mappedHeaders(choice) === undefined ? {} : { headers: mappedHeaders(choice) }),
    });
  }
  return { sheets };
}

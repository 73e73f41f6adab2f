/**
 * The mapping file: which sheet, header row and question, answer, comment and id columns a
 * workbook uses, as the writer corrected them. It lives beside the workbook
 * (`<name>.xlsx.attest.json`, see src/io/mappingFile.ts) and the next scan uses it.
 * One zod schema validates it; a malformed file gets messages that name the place.
 *
 *   {
 *     "attestWorkbookMapping": 1,
 *     "sheets": {
 *       "Application": { "headerRow": 4, "question": "B", "answer": "C", "comment": "D", "id": "A" },
 *       "START HERE": { "skip": true }
 *     }
 *   }
 *
 * Sheets the file does not name are read as usual. `"comment": null` means no comment column.
 * `"headers"` (optional, written by Attest) holds the mapped columns' header texts when it was
 * saved: a sheet whose header row says something else now is read afresh, not with the old columns.
 */
// zod/mini: the classic API adds ~190 KB to every bundle (lint rule).
import { z } from 'zod/mini';
import { columnLetters, columnNumber, MAX_COLS, MAX_ROWS } from './address';

/** One sheet's columns, as numbers (1-based), the way detect.ts works with them. */
export interface SheetColumnsMapping {
  skip?: boolean;
  /** 1-based header row; 0 when the questions start on row 1 with no header. */
  headerRow?: number;
  question?: number;
  answer?: number;
  comment?: number;
  id?: number;
  /**
   * The header texts of the mapped columns when the mapping was saved (column → text). When the
   * sheet's header row no longer says the same, the mapping is stale (a new version of the
   * questionnaire) and is not used: answers must not land in a column that now means something else.
   */
  headers?: Map<number, string>;
}

export interface WorkbookMapping {
  sheets: Map<string, SheetColumnsMapping>;
}

const Column = z.string().check(
  z.trim(),
  z.regex(/^[A-Za-z]{1,3}$/, { message: 'must be a column letter such as "C"' }),
  z.refine((letters) => columnNumber(letters.toUpperCase()) <= MAX_COLS, { message: `must be a column no further right than ${columnLetters(MAX_COLS)}` }),
);

const SkipSchema = z.strictObject({ skip: z.literal(true) });
const ColumnsSchema = z.strictObject({
  headerRow: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_ROWS)),
  question: Column,
  answer: Column,
  comment: z.optional(z.nullable(Column)),
  id: z.optional(z.nullable(Column)),
  headers: z.optional(z.record(Column, z.string())),
}).check(
  z.refine((sheet) => sheet.question.toUpperCase() !== sheet.answer.toUpperCase(), { message: 'the question and answer columns must differ', path: ['answer'] }),
  z.refine((sheet) => !sheet.comment || sheet.comment.toUpperCase() !== sheet.answer.toUpperCase(), { message: 'the comment column must differ from the answer column', path: ['comment'] }),
);

export const WorkbookMappingSchema = z.strictObject({
  attestWorkbookMapping: z.literal(1),
  /** The workbook it was made for, to tell people; not checked. */
  workbook: z.optional(z.string()),
  sheets: z.record(z.string().check(z.minLength(1)), z.union([SkipSchema, ColumnsSchema])),
});

export type WorkbookMappingFile = z.infer<typeof WorkbookMappingSchema>;

export type MappingParse = { mapping: WorkbookMapping; errors?: undefined } | { mapping?: undefined; errors: string[] };

function columnOf(letters: string | null | undefined): number | undefined {
  return letters ? columnNumber(letters.trim().toUpperCase()) : undefined;
}

export function mappingFromFile(file: WorkbookMappingFile): WorkbookMapping {
  const sheets = new Map<string, SheetColumnsMapping>();
  for (const [name, sheet] of Object.entries(file.sheets)) {
    if ('skip' in sheet) {
      sheets.set(name, { skip: true });
      continue;
    }
    sheets.set(name, {
      headerRow: sheet.headerRow,
      question: columnOf(sheet.question),
      answer: columnOf(sheet.answer),
      ...(columnOf(sheet.comment) === undefined ? {} : { comment: columnOf(sheet.comment) }),
      ...(columnOf(sheet.id) === undefined ? {} : { id: columnOf(sheet.id) }),
      ...(sheet.headers && Object.keys(sheet.headers).length > 0
        ? { headers: new Map(Object.entries(sheet.headers).map(([letters, text]) => [columnOf(letters) as number, text])) }
        : {}),
    });
  }
  return { sheets };
}

/** Where a JSON.parse error is, as line:column, when the engine says. */
function jsonErrorPlace(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) {
    return '';
  }
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** Reads the mapping file's text: the mapping, or one message per problem, each naming its place. */
export function parseMapping(text: string): MappingParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { errors: [`not valid JSON${jsonErrorPlace(text, message)}: ${message}`] };
  }
  const result = WorkbookMappingSchema.safeParse(json);
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.');
        return `${path === '' ? '(top level)' : path}: ${issue.message}`;
      }),
    };
  }
  return { mapping: mappingFromFile(result.data) };
}

/** The file's JSON for a mapping (what Attest writes when the writer corrects a choice). */
export function mappingFileText(mapping: WorkbookMapping, workbook?: string): string {
  const sheets: WorkbookMappingFile['sheets'] = {};
  for (const [name, sheet] of mapping.sheets) {
    if (sheet.skip === true || sheet.question === undefined || sheet.answer === undefined) {
      sheets[name] = { skip: true };
      continue;
    }
    sheets[name] = {
      headerRow: sheet.headerRow ?? 0,
      question: columnLetters(sheet.question),
      answer: columnLetters(sheet.answer),
      comment: sheet.comment === undefined ? null : columnLetters(sheet.comment),
      id: sheet.id === undefined ? null : columnLetters(sheet.id),
      ...(sheet.headers && sheet.headers.size > 0
        ? { headers: Object.fromEntries([...sheet.headers.entries()].sort((a, b) => a[0] - b[0]).map(([col, text]) => [columnLetters(col), text])) }
        : {}),
    };
  }
  const file: WorkbookMappingFile = { attestWorkbookMapping: 1, ...(workbook === undefined ? {} : { workbook }), sheets };
  // Checked against the schema it will be read with, so Attest never writes a file it then refuses.
  WorkbookMappingSchema.parse(file);
  return `${JSON.stringify(file, null, 2)}\n`;
}

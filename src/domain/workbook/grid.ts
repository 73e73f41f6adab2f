/**
 * A plain view of one worksheet: the text of every non-empty cell, merges, hidden rows and
 * columns, column widths. The detector works on this. sheet.ts builds it from the XML; `buildGrid`
 * builds it from exceljs's model, and only the tests use that, to cross-check the two readers
 * (nothing in the product imports a value from this file, so exceljs is not bundled).
 */
import * as ExcelJS from 'exceljs';
import type { CellRef, Rect } from './address';

export interface GridCell {
  col: number;
  /** Display text, whitespace collapsed and trimmed ('' for the covered cells of a merge). */
  text: string;
  bold: boolean;
  formula: boolean;
  /** For a cell covered by a merge: the merge's top-left cell. */
  mergedInto?: CellRef;
  /** For the top-left cell of a merge: the merged rectangle. */
  mergeRange?: Rect;
}

export interface GridRow {
  row: number;
  hidden: boolean;
  cells: Map<number, GridCell>;
}

export interface SheetGrid {
  name: string;
  /** Rows that have at least one cell, in order (hidden ones included, flagged). */
  rows: GridRow[];
  /** Column widths in characters, where the sheet sets them. */
  widths: Map<number, number>;
  defaultWidth?: number;
  hiddenColumns: Set<number>;
  hasFormulas: boolean;
}

type CellValue = ExcelJS.CellValue;

export function valueText(value: CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText(value.result ?? null);
  }
  if ('hyperlink' in value) {
    // The library sometimes hands the link text over as rich text.
    return valueText(value.text as CellValue);
  }
  if ('error' in value) {
    return value.error;
  }
  return '';
}

export function buildGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: GridRow[] = [];
  const masters = new Map<string, { master: CellRef; rect: Rect }>();
  let hasFormulas = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, GridCell>();
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const key = `${master.row}:${master.col}`;
        let merge = masters.get(key);
        if (!merge) {
          merge = {
            master: { row: Number(master.row), col: Number(master.col) },
            rect: { top: Number(master.row), left: Number(master.col), bottom: rowNumber, right: colNumber },
          };
          masters.set(key, merge);
        }
        merge.rect.bottom = Math.max(merge.rect.bottom, rowNumber);
        merge.rect.right = Math.max(merge.rect.right, colNumber);
        cells.set(colNumber, { col: colNumber, text: '', bold: false, formula: false, mergedInto: merge.master });
        return;
      }
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      hasFormulas ||= isFormula;
      const text = valueText(cell.value).replace(/\s+/g, ' ').trim();
      cells.set(colNumber, { col: colNumber, text, bold: cell.font?.bold === true, formula: isFormula });
    });
    if (cells.size > 0) {
      rows.push({ row: rowNumber, hidden: row.hidden === true, cells });
    }
  });
  const byRow = new Map(rows.map((row) => [row.row, row]));
  for (const { master, rect } of masters.values()) {
    const cell = byRow.get(master.row)?.cells.get(master.col);
    if (cell) {
      cell.mergeRange = rect;
    }
  }
  const widths = new Map<number, number>();
  const hiddenColumns = new Set<number>();
  const columnCount = worksheet.columnCount;
  for (let col = 1; col <= columnCount; col++) {
    const column = worksheet.getColumn(col);
    if (typeof column.width === 'number') {
      widths.set(col, column.width);
    }
    if (column.hidden) {
      hiddenColumns.add(col);
    }
  }
  const defaultWidth = worksheet.properties.defaultColWidth;
  return { name: worksheet.name, rows, widths, defaultWidth, hiddenColumns, hasFormulas };
}

/** Non-empty texts of a rectangle (clamped to the used area), for dropdown source ranges. */
export function rangeTexts(worksheet: ExcelJS.Worksheet, rect: Rect, limit = 500): string[] {
  const texts: string[] = [];
  const bottom = Math.min(rect.bottom, worksheet.rowCount);
  const right = Math.min(rect.right, worksheet.columnCount);
  for (let r = rect.top; r <= bottom && texts.length < limit; r++) {
    const row = worksheet.findRow(r);
    if (!row) {
      continue;
    }
    for (let c = rect.left; c <= right && texts.length < limit; c++) {
      const text = valueText(row.findCell(c)?.value ?? null).trim();
      if (text.length > 0) {
        texts.push(text);
      }
    }
  }
  return texts;
}

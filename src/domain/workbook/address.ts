/** A1-style cell addresses: column letters ↔ numbers, cells and rectangles (all 1-based). */

export interface CellRef {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let letters = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCellAddress(address: string): CellRef | undefined {
  const match = CELL_PATTERN.exec(address.trim());
  if (!match) {
    return undefined;
  }
  return { col: columnNumber(match[1] as string), row: Number(match[2]) };
}

/** `B2`, `B2:C9`, whole columns `C:C` and whole rows `3:3`. */
export function parseRange(range: string): Rect | undefined {
  const [first, second] = range.trim().split(':');
  if (first === undefined) {
    return undefined;
  }
  if (second === undefined) {
    const cell = parseCellAddress(first);
    return cell ? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col } : undefined;
  }
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (a && b) {
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  }
  const columns = /^\$?([A-Za-z]{1,3})$/;
  const ca = columns.exec(first);
  const cb = columns.exec(second);
  if (ca && cb) {
    const left = columnNumber(ca[1] as string);
    const right = columnNumber(cb[1] as string);
    return { top: 1, bottom: MAX_ROWS, left: Math.min(left, right), right: Math.max(left, right) };
  }
  const rows = /^\$?(\d{1,7})$/;
  const ra = rows.exec(first);
  const rb = rows.exec(second);
  if (ra && rb) {
    const top = Number(ra[1]);
    const bottom = Number(rb[1]);
    return { left: 1, right: MAX_COLS, top: Math.min(top, bottom), bottom: Math.max(top, bottom) };
  }
  return undefined;
}

export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** `Sheet1!C7`, quoting the sheet name the way Excel does when it needs quotes. */
export function qualifiedAddress(sheetName: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  return plain ? `${sheetName}!${address}` : `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

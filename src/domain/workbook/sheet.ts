/**
 * One worksheet part in one streaming pass: the grid the detector works on, the list validations
 * (classic and x14), whether the sheet is protected and which cells are locked, and where every
 * `<row>` and `<c>` element sits in the part's text, so the patcher edits exactly the elements
 * the reader saw (an XML comment or a single-quoted attribute cannot move an answer).
 *
 * Every count is charged to the read budget before it is stored: rows, cells, `<col>` ranges,
 * merged cells, validation ranges. Merges are expanded only over the area that holds cells.
 */
import { MAX_COLS, MAX_ROWS, parseCellAddress, parseRange, type Rect } from './address';
import type { GridCell, GridRow, SheetGrid } from './grid';
import { limitError, ReadBudget, SheetBudget } from './limits';
import type { ListValidation } from './package';
import { RunText, StyleTable } from './parts';
import { parseXml, type XmlElement } from './xml';

/** Where one `<c>` element sits in the part's text. */
export interface CellSpan {
  col: number;
  start: number;
  end: number;
  /** The `s` attribute as written (the patcher keeps a rewritten cell's style). */
  style?: string;
}

/** Where one `<row>` element sits, and its cells. */
export interface RowSpan {
  row: number;
  start: number;
  /** Just after the start tag's `>`. */
  openEnd: number;
  /** Just after the end tag (or the self-closing start tag). */
  end: number;
  selfClosing: boolean;
  /** The row's `s` attribute, and whether `customFormat` makes it apply to the row's new cells. */
  style?: string;
  customFormat: boolean;
  /**
   * Its `<c>` elements, four numbers each (column, start, end, style or -1): a sheet can hold a
   * million cells, and numbers in one array cost a fraction of an object per cell. See `cellSpans`.
   */
  cellData: number[];
}

/** The `<c>` elements of a row, in document order. */
export function cellSpans(row: RowSpan): CellSpan[] {
  const spans: CellSpan[] = [];
  for (let i = 0; i + 3 < row.cellData.length; i += 4) {
    const style = row.cellData[i + 3] as number;
    spans.push({ col: row.cellData[i] as number, start: row.cellData[i + 1] as number, end: row.cellData[i + 2] as number, ...(style < 0 ? {} : { style: String(style) }) });
  }
  return spans;
}

export interface SheetPositions {
  /** The namespace prefix the sheet writes its elements with (`x:` or ''). */
  prefix: string;
  sheetData?: { start: number; openEnd: number; end: number; selfClosing: boolean; prefix: string };
  rows: RowSpan[];
  /** `<col>` style attributes, for cells the patcher creates. */
  columnStyles: { min: number; max: number; style: string }[];
}

export interface ParsedSheet {
  grid: SheetGrid;
  validations: ListValidation[];
  positions: SheetPositions;
  /** `<sheetProtection sheet="1">`: locked cells cannot be edited in Excel. */
  protected: boolean;
  /** Whether Excel would refuse to edit the cell (only meaningful on a protected sheet). */
  locked(row: number, col: number): boolean;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Rows this short, and columns this narrow, show nothing: they count as hidden. */
const MIN_VISIBLE_ROW_HEIGHT = 2;
const MIN_VISIBLE_COLUMN_WIDTH = 0.5;

function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) {
    return undefined;
  }
  return Number(value);
}

function cellText(type: string | undefined, value: string, inline: string | undefined, sharedStrings: readonly string[]): string {
  if (type === 'inlineStr') {
    return inline ?? '';
  }
  switch (type) {
    case 's':
      return sharedStrings[Number(value)] ?? '';
    case 'b':
      return value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return value;
    default: {
      if (value.trim() === '') {
        return '';
      }
      const number = Number(value);
      return Number.isFinite(number) ? String(number) : value;
    }
  }
}

interface OpenCell {
  col: number;
  /** Where its four numbers start in the row's cellData. */
  spanAt: number;
  type?: string;
  style?: number;
  value: string;
  inValue: boolean;
  inline?: RunText;
  formula: boolean;
}

interface OpenValidation {
  list: boolean;
  sqref: string;
  formula: string;
  inFormula: number;
  inSqref: boolean;
}

export function parseSheet(
  part: string,
  sheetName: string,
  xml: string,
  sharedStrings: readonly string[],
  styles: StyleTable,
  budget: ReadBudget,
): ParsedSheet {
  const sheet = new SheetBudget(budget, sheetName);
  const widths = new Map<number, number>();
  const hiddenColumns = new Set<number>();
  const columnStyles: SheetPositions['columnStyles'] = [];
  const rowsByNumber = new Map<number, GridRow>();
  const rowStyles = new Map<number, number>();
  const merges: Rect[] = [];
  const validations: ListValidation[] = [];
  const positions: SheetPositions = { prefix: '', rows: [], columnStyles };
  let defaultWidth: number | undefined;
  let rowsHiddenByDefault = false;
  let hasFormulas = false;
  let isProtected = false;
  let implicitRow = 0;
  let implicitCol = 0;
  let currentRow: { grid: GridRow; span: RowSpan } | undefined;
  let cell: OpenCell | undefined;
  let validation: OpenValidation | undefined;
  let maxRow = 0;
  let maxCol = 0;

  const columnNumberOf = (reference: string | undefined): number => {
    if (reference === undefined) {
      return implicitCol + 1;
    }
    const parsed = parseCellAddress(reference);
    if (parsed === undefined) {
      return implicitCol + 1;
    }
    if (parsed.col > MAX_COLS || parsed.row > MAX_ROWS) {
      throw limitError(`sheet "${sheetName}" has a cell at ${reference}`, `${MAX_COLS.toLocaleString('en-US')} columns and ${MAX_ROWS.toLocaleString('en-US')} rows`);
    }
    return parsed.col;
  };

  const openRow = (element: XmlElement): void => {
    sheet.addRow();
    const attributes = element.attributes;
    const numbered = positiveInteger(attributes.get('r'));
    const rowNumber = numbered ?? implicitRow + 1;
    if (rowNumber < 1 || rowNumber > MAX_ROWS) {
      throw limitError(`sheet "${sheetName}" has a row numbered ${rowNumber.toLocaleString('en-US')}`, `${MAX_ROWS.toLocaleString('en-US')} rows`);
    }
    implicitRow = rowNumber;
    implicitCol = 0;
    const height = attributes.has('ht') ? Number(attributes.get('ht')) : undefined;
    const tooShort = height !== undefined && Number.isFinite(height) && height < MIN_VISIBLE_ROW_HEIGHT;
    const hidden = isTrue(attributes.get('hidden')) || tooShort || (rowsHiddenByDefault && height === undefined);
    const existing = rowsByNumber.get(rowNumber);
    const grid: GridRow = existing ?? { row: rowNumber, hidden, cells: new Map() };
    grid.hidden ||= hidden;
    rowsByNumber.set(rowNumber, grid);
    if (isTrue(attributes.get('customFormat')) && attributes.has('s')) {
      rowStyles.set(rowNumber, Number(attributes.get('s')));
    }
    const rowStyle = attributes.get('s');
    const span: RowSpan = {
      row: rowNumber,
      start: element.start,
      openEnd: element.openEnd,
      end: element.openEnd,
      selfClosing: element.selfClosing,
      ...(rowStyle === undefined ? {} : { style: rowStyle }),
      customFormat: isTrue(attributes.get('customFormat')),
      cellData: [],
    };
    positions.rows.push(span);
    currentRow = { grid, span };
    maxRow = Math.max(maxRow, rowNumber);
  };

  const openCell = (element: XmlElement): void => {
    budget.addCell();
    const col = columnNumberOf(element.attributes.get('r'));
    implicitCol = col;
    const styleText = element.attributes.get('s');
    const style = styleText === undefined ? undefined : Number(styleText);
    const data = currentRow?.span.cellData ?? [];
    const spanAt = data.length;
    data.push(col, element.start, element.openEnd, style !== undefined && Number.isInteger(style) && style >= 0 ? style : -1);
    cell = { col, spanAt, type: element.attributes.get('t'), ...(style === undefined ? {} : { style }), value: '', inValue: false, formula: false };
  };

  const closeCell = (end: number): void => {
    if (cell === undefined || currentRow === undefined) {
      return;
    }
    currentRow.span.cellData[cell.spanAt + 2] = end;
    const { col } = cell;
    const style = styles.get(cell.style ?? rowStyles.get(currentRow.grid.row));
    const raw = cellText(cell.type, cell.value, cell.inline?.take(), sharedStrings);
    // Text set in a 1-pt font or white on white is there to be read by machines, not people.
    const text = style.invisibleText ? '' : raw.replace(/\s+/g, ' ').trim();
    hasFormulas ||= cell.formula;
    if (text.length > 0 || cell.formula) {
      currentRow.grid.cells.set(col, { col, text, bold: style.bold, formula: cell.formula });
      maxCol = Math.max(maxCol, col);
    }
    cell = undefined;
  };

  parseXml(part, xml, {
    open: (element) => {
      const parent = element.parent?.name;
      switch (element.name) {
        case 'worksheet':
          positions.prefix = element.prefix;
          return;
        case 'sheetFormatPr': {
          const width = element.attributes.get('defaultColWidth');
          defaultWidth = width === undefined ? undefined : Number(width);
          const defaultHeight = Number(element.attributes.get('defaultRowHeight') ?? '15');
          rowsHiddenByDefault = isTrue(element.attributes.get('zeroHeight')) || (Number.isFinite(defaultHeight) && defaultHeight < MIN_VISIBLE_ROW_HEIGHT);
          return;
        }
        case 'col': {
          if (parent !== 'cols') {
            return;
          }
          const min = positiveInteger(element.attributes.get('min'));
          const max = positiveInteger(element.attributes.get('max'));
          if (min === undefined || max === undefined || min < 1 || max < min) {
            return;
          }
          if (max > MAX_COLS) {
            throw limitError(`sheet "${sheetName}" defines columns up to column ${max.toLocaleString('en-US')}`, `${MAX_COLS.toLocaleString('en-US')} columns`);
          }
          sheet.addColumnRange(max - min + 1);
          const widthText = element.attributes.get('width');
          const width = widthText === undefined ? undefined : Number(widthText);
          const hidden = isTrue(element.attributes.get('hidden')) || (width !== undefined && Number.isFinite(width) && width < MIN_VISIBLE_COLUMN_WIDTH);
          const style = element.attributes.get('style');
          if (style !== undefined) {
            columnStyles.push({ min, max, style });
          }
          for (let col = min; col <= max; col++) {
            if (width !== undefined) {
              widths.set(col, width);
            }
            if (hidden) {
              hiddenColumns.add(col);
            }
          }
          return;
        }
        case 'sheetData':
          positions.sheetData = { start: element.start, openEnd: element.openEnd, end: element.openEnd, selfClosing: element.selfClosing, prefix: element.prefix };
          return;
        case 'row':
          if (parent === 'sheetData') {
            openRow(element);
          }
          return;
        case 'c':
          if (parent === 'row' && currentRow !== undefined) {
            openCell(element);
          }
          return;
        case 'v':
          if (cell !== undefined && parent === 'c') {
            cell.inValue = true;
          }
          return;
        case 'f':
          if (cell !== undefined && parent === 'c') {
            cell.formula = true;
          } else if (validation !== undefined && validation.inFormula > 0) {
            validation.inFormula += 1;
          }
          return;
        case 'is':
          if (cell !== undefined && parent === 'c') {
            cell.inline = new RunText();
          }
          return;
        case 'mergeCell': {
          const rect = parseRange(element.attributes.get('ref') ?? '');
          if (rect === undefined) {
            return;
          }
          if (rect.right > MAX_COLS || rect.bottom > MAX_ROWS) {
            throw limitError(`sheet "${sheetName}" merges cells up to ${element.attributes.get('ref') ?? ''}`, `${MAX_COLS.toLocaleString('en-US')} columns and ${MAX_ROWS.toLocaleString('en-US')} rows`);
          }
          sheet.addMerge((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1));
          merges.push(rect);
          return;
        }
        case 'dataValidation':
          validation = { list: element.attributes.get('type') === 'list', sqref: element.attributes.get('sqref') ?? '', formula: '', inFormula: 0, inSqref: false };
          return;
        case 'formula1':
          if (validation !== undefined) {
            validation.inFormula = 1;
          }
          return;
        case 'sqref':
          if (validation !== undefined) {
            validation.inSqref = true;
          }
          return;
        case 'sheetProtection':
          isProtected = isTrue(element.attributes.get('sheet'));
          return;
        default:
          if (cell?.inline !== undefined) {
            cell.inline.open(element.name);
          }
      }
    },
    text: (text, parent) => {
      if (cell !== undefined) {
        if (cell.inValue) {
          cell.value += text;
        } else if (cell.inline !== undefined) {
          cell.inline.add(text, parent?.name);
        }
      } else if (validation !== undefined) {
        if (validation.inFormula > 0) {
          validation.formula += text;
        } else if (validation.inSqref) {
          validation.sqref += text;
        }
      }
    },
    close: (element, end) => {
      switch (element.name) {
        case 'c':
          if (cell !== undefined && element.parent?.name === 'row') {
            closeCell(end);
          }
          return;
        case 'v':
          if (cell !== undefined) {
            cell.inValue = false;
          }
          return;
        case 'row':
          if (currentRow !== undefined && element.parent?.name === 'sheetData') {
            currentRow.span.end = end;
            currentRow = undefined;
          }
          return;
        case 'sheetData':
          if (positions.sheetData !== undefined) {
            positions.sheetData.end = end;
          }
          return;
        case 'f':
        case 'formula1':
          if (validation !== undefined && validation.inFormula > 0) {
            validation.inFormula -= 1;
          }
          return;
        case 'sqref':
          if (validation !== undefined) {
            validation.inSqref = false;
          }
          return;
        case 'dataValidation':
          if (validation !== undefined) {
            addValidation(validation, validations, sheet);
            validation = undefined;
          }
          return;
        default:
          if (cell?.inline !== undefined) {
            cell.inline.close(element.name);
          }
      }
    },
  }, budget);

  expandMerges(merges, rowsByNumber, maxRow, maxCol);
  const rows = [...rowsByNumber.values()].filter((row) => row.cells.size > 0).sort((a, b) => a.row - b.row);
  const grid: SheetGrid = {
    name: sheetName,
    rows,
    widths,
    ...(defaultWidth === undefined || !Number.isFinite(defaultWidth) ? {} : { defaultWidth }),
    hiddenColumns,
    hasFormulas,
  };
  const columnStyleAt = (col: number): number | undefined => {
    const found = columnStyles.find((style) => col >= style.min && col <= style.max);
    return found === undefined ? undefined : Number(found.style);
  };
  let rowSpans: Map<number, RowSpan> | undefined;
  const cellStyleAt = (row: number, col: number): number | undefined => {
    rowSpans ??= new Map(positions.rows.map((span) => [span.row, span]));
    const data = rowSpans.get(row)?.cellData ?? [];
    for (let i = 0; i + 3 < data.length; i += 4) {
      if (data[i] === col) {
        return (data[i + 3] as number) < 0 ? undefined : data[i + 3];
      }
    }
    return undefined;
  };
  return {
    grid,
    validations,
    positions,
    protected: isProtected,
    locked: (row, col) => styles.get(cellStyleAt(row, col) ?? rowStyles.get(row) ?? columnStyleAt(col)).locked,
  };
}

/** Only the positions (for the patcher, when the caller has no parse of the sheet at hand). */
export function sheetPositions(xml: string, part = 'worksheet'): SheetPositions {
  return parseSheet(part, part, xml, [], new StyleTable([]), new ReadBudget()).positions;
}

function addValidation(open: OpenValidation, validations: ListValidation[], sheet: SheetBudget): void {
  const formula = open.formula.trim();
  if (!open.list || formula.length === 0) {
    return;
  }
  const rects: Rect[] = [];
  for (const piece of open.sqref.split(/\s+/)) {
    if (piece.length === 0) {
      continue;
    }
    sheet.addValidationRange();
    const rect = parseRange(piece);
    if (rect !== undefined) {
      rects.push(rect);
    }
  }
  if (rects.length > 0) {
    validations.push({ rects, formula });
  }
}

/**
 * Marks the cells a merge covers, over the area that holds cells only (a merge of a whole sheet
 * costs what the used area costs). The budget has already refused merges covering too much.
 */
function expandMerges(merges: readonly Rect[], rowsByNumber: Map<number, GridRow>, maxRow: number, maxCol: number): void {
  for (const rect of merges) {
    const master = { row: rect.top, col: rect.left };
    const bottom = Math.min(rect.bottom, Math.max(maxRow, rect.top));
    const right = Math.min(rect.right, Math.max(maxCol, rect.left));
    for (let r = rect.top; r <= bottom; r++) {
      let row = rowsByNumber.get(r);
      if (!row) {
        row = { row: r, hidden: false, cells: new Map() };
        rowsByNumber.set(r, row);
      }
      for (let c = rect.left; c <= right; c++) {
        if (r === master.row && c === master.col) {
          const existing = row.cells.get(c) ?? { col: c, text: '', bold: false, formula: false };
          const masterCell: GridCell = { ...existing, mergeRange: rect };
          row.cells.set(c, masterCell);
        } else {
          row.cells.set(c, { col: c, text: '', bold: false, formula: false, mergedInto: master });
        }
      }
    }
  }
}

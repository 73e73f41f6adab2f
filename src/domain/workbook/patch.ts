/**
 * Writes text into cells by editing a worksheet part's XML in place: only the `<c>` elements of
 * the written cells change (and new `<c>`/`<row>` elements where the cells did not exist yet);
 * every other byte of the part is kept. Written cells keep their style (`s`); text goes in as
 * an inline string, so the shared-string table is not touched.
 */
import { cellAddress, columnLetters, parseRange, parseCellAddress } from './address';
import { cellSpans, sheetPositions, type RowSpan, type SheetPositions } from './sheet';
import { parseXml, type XmlElement } from './xml';

/** row → col → text */
export type CellWrites = Map<number, Map<number, string>>;

export function addWrite(writes: CellWrites, address: string, text: string): void {
  const ref = parseCellAddress(address);
  if (!ref) {
    throw new Error(`not a cell address: ${address}`);
  }
  let row = writes.get(ref.row);
  if (!row) {
    row = new Map();
    writes.set(ref.row, row);
  }
  row.set(ref.col, text);
}

export function escapeXmlText(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

function escapeAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;');
}

/** Excel refuses cells longer than this. */
const MAX_CELL_TEXT = 32_767;

interface ColumnStyle {
  min: number;
  max: number;
  style: string;
}

/**
 * `positions`: where the reader's parse found the sheet's rows and cells; parsed here when not
 * given. The elements edited are the ones the XML parser sees, so a commented-out row or a
 * single-quoted attribute cannot send an answer to the wrong place.
 */
export function patchSheetXml(xml: string, writes: CellWrites, positions: SheetPositions = sheetPositions(xml)): string {
  if (writes.size === 0) {
    return xml;
  }
  const sheetData = positions.sheetData;
  if (!sheetData) {
    throw new Error('worksheet has no sheetData');
  }
  const prefix = sheetData.prefix;
  const columnStyles = positions.columnStyles;
  const selfClosing = sheetData.selfClosing;
  const bodyStart = sheetData.openEnd;
  const closeTag = `</${prefix}sheetData>`;
  const bodyEnd = selfClosing ? bodyStart : xml.lastIndexOf('</', sheetData.end - 1);
  const pending = [...writes.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let cursor = bodyStart;
  for (const row of positions.rows) {
    // New rows that belong before this one.
    while (next < pending.length && (pending[next] as number) < row.row) {
      const target = pending[next] as number;
      out.push(xml.slice(cursor, row.start), newRow(target, writes.get(target) as Map<number, string>, prefix, columnStyles));
      cursor = row.start;
      next++;
    }
    if (next < pending.length && pending[next] === row.row) {
      out.push(xml.slice(cursor, row.start), patchRow(xml, row, writes.get(row.row) as Map<number, string>, prefix, columnStyles));
      cursor = row.end;
      next++;
    }
  }
  out.push(xml.slice(cursor, bodyEnd));
  while (next < pending.length) {
    const target = pending[next] as number;
    out.push(newRow(target, writes.get(target) as Map<number, string>, prefix, columnStyles));
    next++;
  }
  const newBody = out.join('');
  const head = selfClosing ? xml.slice(0, sheetData.start) + `<${prefix}sheetData>` : xml.slice(0, bodyStart);
  const tail = selfClosing ? closeTag + xml.slice(bodyStart) : xml.slice(bodyEnd);
  return widenDimension(head, writes, prefix) + newBody + tail;
}

function inlineCell(address: string, style: string | undefined, text: string, prefix: string): string {
  const styleAttribute = style === undefined ? '' : ` s="${escapeAttribute(style)}"`;
  const value = escapeXmlText(text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);
  return `<${prefix}c r="${address}"${styleAttribute} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${value}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** The style a new cell would get from Excel: the row's, when the row has one, else the column's. */
function defaultStyle(rowAttributes: Map<string, string> | undefined, col: number, columnStyles: ColumnStyle[]): string | undefined {
  if (rowAttributes && rowAttributes.get('customFormat') === '1' && rowAttributes.has('s')) {
    return rowAttributes.get('s');
  }
  return columnStyles.find((style) => col >= style.min && col <= style.max)?.style;
}

function newRow(row: number, cells: Map<number, string>, prefix: string, columnStyles: ColumnStyle[]): string {
  const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]);
  const content = sorted
    .map(([col, text]) => inlineCell(cellAddress(row, col), defaultStyle(undefined, col, columnStyles), text, prefix))
    .join('');
  return `<${prefix}row r="${row}">${content}</${prefix}row>`;
}

function patchRow(xml: string, row: RowSpan, cells: Map<number, string>, prefix: string, columnStyles: ColumnStyle[]): string {
  const rowAttributes = new Map<string, string>([...(row.customFormat ? [['customFormat', '1'] as const] : []), ...(row.style === undefined ? [] : [['s', row.style] as const])]);
  const startTag = xml.slice(row.start, row.openEnd);
  // The start tag's attributes as written (between the name and `>` or `/>`), to keep them byte for byte.
  const attributeSource = startTag.slice(startTag.search(/[\s/>]/), row.selfClosing ? startTag.lastIndexOf('/') : startTag.length - 1);
  const contentEnd = row.selfClosing ? row.openEnd : xml.lastIndexOf('</', row.end - 1);
  const pending = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let cursor = row.openEnd;
  for (const cell of cellSpans(row)) {
    const col = cell.col;
    while (next < pending.length && (pending[next] as number) < col) {
      const target = pending[next] as number;
      out.push(xml.slice(cursor, cell.start), inlineCell(cellAddress(row.row, target), defaultStyle(rowAttributes, target, columnStyles), cells.get(target) as string, prefix));
      cursor = cell.start;
      next++;
    }
    if (next < pending.length && pending[next] === col) {
      out.push(xml.slice(cursor, cell.start), inlineCell(cellAddress(row.row, col), cell.style, cells.get(col) as string, prefix));
      cursor = cell.end;
      next++;
    }
  }
  out.push(xml.slice(cursor, contentEnd));
  while (next < pending.length) {
    const target = pending[next] as number;
    out.push(inlineCell(cellAddress(row.row, target), defaultStyle(rowAttributes, target, columnStyles), cells.get(target) as string, prefix));
    next++;
  }
  const openTag = `<${prefix}row${widenSpans(attributeSource, pending)}>`;
  return `${openTag}${out.join('')}</${prefix}row>`;
}

/** Keeps the row's optional `spans` hint true when a cell is added outside it. */
function widenSpans(attributeSource: string, cols: number[]): string {
  return attributeSource.replace(/\bspans="(\d+):(\d+)"/, (whole, low: string, high: string) => {
    const min = Math.min(Number(low), ...cols);
    const max = Math.max(Number(high), ...cols);
    return min === Number(low) && max === Number(high) ? whole : `spans="${min}:${max}"`;
  }).replace(/\s*\/$/, '');
}

/** Keeps `<dimension ref>` covering every written cell. */
function widenDimension(head: string, writes: CellWrites, prefix: string): string {
  const pattern = new RegExp(`(<${prefix}dimension\\b[^>]*?\\bref=")([^"]*)(")`);
  return head.replace(pattern, (whole, before: string, ref: string, after: string) => {
    const rect = parseRange(ref);
    if (!rect) {
      return whole;
    }
    let { top, left, bottom, right } = rect;
    for (const [row, cells] of writes) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      for (const col of cells.keys()) {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
    if (top === rect.top && left === rect.left && bottom === rect.bottom && right === rect.right) {
      return whole;
    }
    return `${before}${columnLetters(left)}${top}:${columnLetters(right)}${bottom}${after}`;
  });
}

/**
 * Asks Excel to recalculate on open, so formulas that read the written answers (scores,
 * completion counters) do not show stale cached results.
 */
export function requestFullCalcOnLoad(workbookXml: string): string {
  // Where the elements are, from the XML parser: a calcPr inside a comment is not the calcPr.
  let calcPr: XmlElement | undefined;
  const ends = new Map<string, { end: number; prefix: string }>();
  parseXml('workbook', workbookXml, {
    open: (element) => {
      if (element.name === 'calcPr' && element.parent?.parent === undefined) {
        calcPr ??= element;
      }
    },
    close: (element, end) => {
      if (element.parent !== undefined && element.parent.parent === undefined) {
        ends.set(element.name, { end, prefix: element.prefix });
      }
    },
  });
  if (calcPr) {
    if (/^(1|true)$/.test(calcPr.attributes.get('fullCalcOnLoad') ?? '')) {
      return workbookXml;
    }
    const tag = workbookXml.slice(calcPr.start, calcPr.openEnd);
    const cleaned = tag.replace(/\s+fullCalcOnLoad\s*=\s*(?:"[^"]*"|'[^']*')/, '').replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
    return workbookXml.slice(0, calcPr.start) + cleaned + workbookXml.slice(calcPr.openEnd);
  }
  // calcPr follows these elements, in this order, in CT_Workbook.
  for (const name of ['definedNames', 'externalReferences', 'functionGroups', 'sheets']) {
    const close = ends.get(name);
    if (close) {
      return `${workbookXml.slice(0, close.end)}<${close.prefix}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(close.end)}`;
    }
  }
  return workbookXml;
}

/**
 * Writes text into cells by editing a worksheet part's XML in place: only the `<c>` elements of
 * the written cells change (and new `<c>`/`<row>` elements where the cells did not exist yet);
 * every other byte of the part is kept. Written cells keep their style (`s`); text goes in as
 * an inline string, so the shared-string table is not touched.
 */
import { cellAddress, columnLetters, parseRange, parseCellAddress } from './address';
import { parseAttributes } from './package';

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

export function patchSheetXml(xml: string, writes: CellWrites): string {
  if (writes.size === 0) {
    return xml;
  }
  const open = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) {
    throw new Error('worksheet has no sheetData');
  }
  const prefix = open[1] ?? '';
  const columnStyles = readColumnStyles(xml, prefix);
  const selfClosing = open[2] === '/';
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${prefix}sheetData>`;
  const bodyEnd = selfClosing ? bodyStart : xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) {
    throw new Error('worksheet sheetData is not closed');
  }
  const body = xml.slice(bodyStart, bodyEnd);
  const pending = [...writes.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let cursor = 0;
  let implicitRow = 0;
  const rowPattern = new RegExp(`<${prefix}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}row>)`, 'g');
  for (const match of body.matchAll(rowPattern)) {
    const reference = /\br="(\d+)"/.exec(match[1] as string);
    const rowNumber = reference ? Number(reference[1]) : implicitRow + 1;
    implicitRow = rowNumber;
    // New rows that belong before this one.
    while (next < pending.length && (pending[next] as number) < rowNumber) {
      const target = pending[next] as number;
      out.push(body.slice(cursor, match.index), newRow(target, writes.get(target) as Map<number, string>, prefix, columnStyles));
      cursor = match.index;
      next++;
    }
    if (next < pending.length && pending[next] === rowNumber) {
      out.push(body.slice(cursor, match.index), patchRow(match[1] as string, match[2], rowNumber, writes.get(rowNumber) as Map<number, string>, prefix, columnStyles));
      cursor = match.index + match[0].length;
      next++;
    }
  }
  out.push(body.slice(cursor));
  while (next < pending.length) {
    const target = pending[next] as number;
    out.push(newRow(target, writes.get(target) as Map<number, string>, prefix, columnStyles));
    next++;
  }
  const newBody = out.join('');
  const head = selfClosing ? xml.slice(0, open.index) + `<${prefix}sheetData>` : xml.slice(0, bodyStart);
  const tail = selfClosing ? closeTag + xml.slice(bodyStart) : xml.slice(bodyEnd);
  return widenDimension(head, writes, prefix) + newBody + tail;
}

function readColumnStyles(xml: string, prefix: string): ColumnStyle[] {
  const cols = new RegExp(`<${prefix}cols\\b[^>]*>([\\s\\S]*?)</${prefix}cols>`).exec(xml);
  if (!cols) {
    return [];
  }
  const styles: ColumnStyle[] = [];
  for (const match of (cols[1] as string).matchAll(new RegExp(`<${prefix}col\\b([^>]*?)/?>`, 'g'))) {
    const attributes = parseAttributes(match[1] as string);
    const style = attributes.get('style');
    if (style !== undefined) {
      styles.push({ min: Number(attributes.get('min')), max: Number(attributes.get('max')), style });
    }
  }
  return styles;
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

function patchRow(
  attributeSource: string,
  inner: string | undefined,
  row: number,
  cells: Map<number, string>,
  prefix: string,
  columnStyles: ColumnStyle[],
): string {
  const rowAttributes = parseAttributes(attributeSource);
  const pending = [...cells.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  let cursor = 0;
  let implicitCol = 0;
  const content = inner ?? '';
  const cellPattern = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}c>)`, 'g');
  for (const match of content.matchAll(cellPattern)) {
    const attributes = parseAttributes(match[1] as string);
    const reference = attributes.get('r');
    const col = reference ? (parseCellAddress(reference)?.col ?? implicitCol + 1) : implicitCol + 1;
    implicitCol = col;
    while (next < pending.length && (pending[next] as number) < col) {
      const target = pending[next] as number;
      out.push(content.slice(cursor, match.index), inlineCell(cellAddress(row, target), defaultStyle(rowAttributes, target, columnStyles), cells.get(target) as string, prefix));
      cursor = match.index;
      next++;
    }
    if (next < pending.length && pending[next] === col) {
      out.push(content.slice(cursor, match.index), inlineCell(cellAddress(row, col), attributes.get('s'), cells.get(col) as string, prefix));
      cursor = match.index + match[0].length;
      next++;
    }
  }
  out.push(content.slice(cursor));
  while (next < pending.length) {
    const target = pending[next] as number;
    out.push(inlineCell(cellAddress(row, target), defaultStyle(rowAttributes, target, columnStyles), cells.get(target) as string, prefix));
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
  const calcPr = /<(\w+:)?calcPr\b([^>]*?)(\/?)>/.exec(workbookXml);
  if (calcPr) {
    const attributes = calcPr[2] as string;
    if (/\bfullCalcOnLoad="(1|true)"/.test(attributes)) {
      return workbookXml;
    }
    const cleaned = attributes.replace(/\s*\bfullCalcOnLoad="[^"]*"/, '');
    const replacement = `<${calcPr[1] ?? ''}calcPr${cleaned} fullCalcOnLoad="1"${calcPr[3]}>`;
    return workbookXml.slice(0, calcPr.index) + replacement + workbookXml.slice(calcPr.index + calcPr[0].length);
  }
  // calcPr follows these elements, in this order, in CT_Workbook.
  for (const name of ['definedNames', 'externalReferences', 'functionGroups', 'sheets']) {
    const close = new RegExp(`</(\\w+:)?${name}>`).exec(workbookXml);
    if (close) {
      const at = close.index + close[0].length;
      return `${workbookXml.slice(0, at)}<${close[1] ?? ''}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
    }
  }
  return workbookXml;
}

/**
 * The fallback reader: builds the same SheetGrid straight from the package XML, for workbooks
 * exceljs cannot load. The known case is a package whose elements carry a namespace prefix
 * (`<x:workbook>`, `<x:row>`: written by the OpenXML SDK and several export tools), which
 * exceljs 4.4 rejects with "Cannot read properties of undefined (reading 'sheets')" although
 * Excel opens it. The tests check that both readers agree on every layout they build.
 */
import { MAX_COLS, parseCellAddress, parseRange, type Rect } from './address';
import type { GridCell, GridRow, SheetGrid } from './grid';
import { decodeXml, parseAttributes, type PackageInfo } from './package';
import type { ZipArchive } from './zip';

/** Column ranges in `<cols>` can run to column XFD; widths past this are not needed. */
const WIDTH_COLUMNS = 1024;
/** A merge bigger than this many cells is a layout band, not something to expand cell by cell. */
const MAX_MERGE_CELLS = 20_000;

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Excel escapes control characters in strings as `_xHHHH_`. */
function decodeExcelEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic guides. */
function runText(body: string): string {
  const cleaned = body.replace(/<(\w+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, '');
  let text = '';
  for (const match of cleaned.matchAll(/<(\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1?t>)/g)) {
    text += decodeExcelEscapes(decodeXml(match[2] ?? ''));
  }
  return text;
}

function readSharedStrings(zip: ZipArchive, info: PackageInfo): string[] {
  const folder = info.workbookPart.split('/').slice(0, -1).join('/');
  const xml = zip.readText(`${folder}/sharedStrings.xml`) ?? '';
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1?si>)/g)) {
    strings.push(runText(match[2] ?? ''));
  }
  return strings;
}

/** Bold flag per cell style index (cellXfs → font). */
function readBoldStyles(zip: ZipArchive, info: PackageInfo): boolean[] {
  const folder = info.workbookPart.split('/').slice(0, -1).join('/');
  const xml = zip.readText(`${folder}/styles.xml`) ?? '';
  const fontsBlock = /<(\w+:)?fonts\b[^>]*>([\s\S]*?)<\/\1?fonts>/.exec(xml)?.[2] ?? '';
  const fonts = [...fontsBlock.matchAll(/<(\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1?font>)/g)].map((match) => {
    const bold = /<(?:\w+:)?b\b([^>]*)\/?>/.exec(match[2] ?? '');
    return bold !== null && !/val="(0|false)"/.test(bold[1] ?? '');
  });
  const xfsBlock = /<(\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/\1?cellXfs>/.exec(xml)?.[2] ?? '';
  return [...xfsBlock.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].map((match) => {
    const fontId = Number(parseAttributes(match[1] as string).get('fontId') ?? 0);
    return fonts[fontId] === true;
  });
}

function cellText(type: string | undefined, body: string, sharedStrings: readonly string[]): string {
  if (type === 'inlineStr') {
    const inline = /<(\w+:)?is\b[^>]*>([\s\S]*?)<\/\1?is>/.exec(body);
    return inline ? runText(inline[2] ?? '') : '';
  }
  const raw = /<(\w+:)?v\b[^>]*>([\s\S]*?)<\/\1?v>/.exec(body)?.[2];
  if (raw === undefined) {
    return '';
  }
  const value = decodeXml(raw);
  switch (type) {
    case 's':
      return sharedStrings[Number(value)] ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return decodeExcelEscapes(value);
    default: {
      const number = Number(value);
      return Number.isFinite(number) ? String(number) : value;
    }
  }
}

export class XmlGridReader {
  private readonly sharedStrings: string[];
  private readonly boldStyles: boolean[];
  private readonly grids = new Map<string, SheetGrid | undefined>();

  constructor(
    private readonly zip: ZipArchive,
    private readonly info: PackageInfo,
  ) {
    this.sharedStrings = readSharedStrings(zip, info);
    this.boldStyles = readBoldStyles(zip, info);
  }

  grid(sheetName: string, xml?: string): SheetGrid | undefined {
    const key = sheetName.toLowerCase();
    if (!this.grids.has(key)) {
      const sheet = this.info.sheets.find((candidate) => candidate.name.toLowerCase() === key);
      const source = xml ?? (sheet ? this.zip.readText(sheet.partName) : undefined);
      this.grids.set(key, sheet && source !== undefined ? this.build(sheet.name, source) : undefined);
    }
    return this.grids.get(key);
  }

  /** Non-empty texts of a rectangle on a sheet, for dropdown source ranges. */
  rangeValues(sheetName: string, rect: Rect, limit = 500): string[] | undefined {
    const grid = this.grid(sheetName);
    if (!grid) {
      return undefined;
    }
    const texts: string[] = [];
    for (const row of grid.rows) {
      if (row.row < rect.top || row.row > rect.bottom) {
        continue;
      }
      const cols = [...row.cells.keys()].filter((col) => col >= rect.left && col <= rect.right).sort((a, b) => a - b);
      for (const col of cols) {
        const text = row.cells.get(col)?.text ?? '';
        if (text.length > 0 && texts.length < limit) {
          texts.push(text);
        }
      }
    }
    return texts;
  }

  private build(name: string, xml: string): SheetGrid {
    const widths = new Map<number, number>();
    const hiddenColumns = new Set<number>();
    const cols = /<(\w+:)?cols\b[^>]*>([\s\S]*?)<\/\1?cols>/.exec(xml)?.[2] ?? '';
    for (const match of cols.matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
      const attributes = parseAttributes(match[1] as string);
      const min = Number(attributes.get('min'));
      const max = Math.min(Number(attributes.get('max')), WIDTH_COLUMNS);
      const width = attributes.get('width');
      for (let col = min; col <= max; col++) {
        if (width !== undefined) {
          widths.set(col, Number(width));
        }
        if (isTrue(attributes.get('hidden'))) {
          hiddenColumns.add(col);
        }
      }
    }
    const formatMatch = /<(?:\w+:)?sheetFormatPr\b([^>]*?)\/?>/.exec(xml);
    const defaultWidthText = formatMatch ? parseAttributes(formatMatch[1] as string).get('defaultColWidth') : undefined;

    const rowsByNumber = new Map<number, GridRow>();
    let hasFormulas = false;
    const dataStart = xml.search(/<(\w+:)?sheetData\b/);
    const dataEnd = xml.search(/<\/(\w+:)?sheetData>/);
    const data = dataStart >= 0 && dataEnd > dataStart ? xml.slice(dataStart, dataEnd) : '';
    let implicitRow = 0;
    for (const rowMatch of data.matchAll(/<(\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?row>)/g)) {
      const attributes = parseAttributes(rowMatch[2] as string);
      const rowNumber = Number(attributes.get('r') ?? implicitRow + 1);
      implicitRow = rowNumber;
      const cells = new Map<number, GridCell>();
      let implicitCol = 0;
      for (const cellMatch of (rowMatch[3] ?? '').matchAll(/<(\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?c>)/g)) {
        // Three attributes matter here; a targeted match is much cheaper than parsing them all.
        const attributeSource = cellMatch[2] as string;
        const reference = /(?:^|\s)r="([^"]*)"/.exec(attributeSource)?.[1];
        const col = reference ? (parseCellAddress(reference)?.col ?? implicitCol + 1) : implicitCol + 1;
        implicitCol = col;
        const body = cellMatch[3] ?? '';
        const formula = /<(\w+:)?f[\s>/]/.test(body);
        hasFormulas ||= formula;
        const type = /(?:^|\s)t="([^"]*)"/.exec(attributeSource)?.[1];
        const text = cellText(type, body, this.sharedStrings).replace(/\s+/g, ' ').trim();
        const style = Number(/(?:^|\s)s="(\d+)"/.exec(attributeSource)?.[1] ?? 0);
        if (text.length > 0 || formula) {
          cells.set(col, { col, text, bold: this.boldStyles[style] === true, formula });
        }
      }
      rowsByNumber.set(rowNumber, { row: rowNumber, hidden: isTrue(attributes.get('hidden')), cells });
    }

    const mergeBlock = /<(\w+:)?mergeCells\b[^>]*>([\s\S]*?)<\/\1?mergeCells>/.exec(xml)?.[2] ?? '';
    for (const match of mergeBlock.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
      const rect = parseRange(parseAttributes(match[1] as string).get('ref') ?? '');
      if (!rect || (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_MERGE_CELLS || rect.right > MAX_COLS) {
        continue;
      }
      const master = { row: rect.top, col: rect.left };
      for (let r = rect.top; r <= rect.bottom; r++) {
        let row = rowsByNumber.get(r);
        if (!row) {
          row = { row: r, hidden: false, cells: new Map() };
          rowsByNumber.set(r, row);
        }
        for (let c = rect.left; c <= rect.right; c++) {
          if (r === master.row && c === master.col) {
            const cell = row.cells.get(c) ?? { col: c, text: '', bold: false, formula: false };
            cell.mergeRange = rect;
            row.cells.set(c, cell);
          } else {
            row.cells.set(c, { col: c, text: '', bold: false, formula: false, mergedInto: master });
          }
        }
      }
    }
    const rows = [...rowsByNumber.values()].filter((row) => row.cells.size > 0).sort((a, b) => a.row - b.row);
    return {
      name,
      rows,
      widths,
      defaultWidth: defaultWidthText === undefined ? undefined : Number(defaultWidthText),
      hiddenColumns,
      hasFormulas,
    };
  }
}

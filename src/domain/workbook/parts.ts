/**
 * The package's small parts, read with the XML parser within the read budget: relationships,
 * the workbook part (sheets and their states, defined names), content types (macros), the
 * shared-string table and the cell styles the detector needs (bold, invisible text, locked).
 */
import { WorkbookError } from './errors';
import type { ReadBudget } from './limits';
import { limitError } from './limits';
import type { DefinedName, PackageInfo, PackageSheet } from './package';
import { parseXml } from './xml';
import type { ZipArchive } from './zip';

/** A part's text within the budget; undefined when the package has no such part. */
export function readPart(zip: ZipArchive, part: string, budget: ReadBudget): string | undefined {
  return zip.readTextBounded(part, budget);
}

function relationships(zip: ZipArchive, relsPart: string, budget: ReadBudget): Map<string, { type: string; target: string }> {
  const result = new Map<string, { type: string; target: string }>();
  const xml = readPart(zip, relsPart, budget);
  if (xml === undefined) {
    return result;
  }
  parseXml(relsPart, xml, {
    open: (element) => {
      if (element.name !== 'Relationship') {
        return;
      }
      const id = element.attributes.get('Id');
      const target = element.attributes.get('Target');
      if (id && target && element.attributes.get('TargetMode') !== 'External') {
        result.set(id, { type: element.attributes.get('Type') ?? '', target });
      }
    },
  }, budget);
  return result;
}

function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) {
    return target.slice(1);
  }
  const base = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') {
      base.pop();
    } else if (segment !== '.' && segment !== '') {
      base.push(segment);
    }
  }
  return base.join('/');
}

function relsPartFor(part: string): string {
  const segments = part.split('/');
  const file = segments.pop() ?? '';
  return [...segments, '_rels', `${file}.rels`].join('/');
}

/** Undefined when the package has no spreadsheet workbook part. */
export function readPackage(zip: ZipArchive, budget: ReadBudget): PackageInfo | undefined {
  const rootRels = relationships(zip, '_rels/.rels', budget);
  const officeDocument = [...rootRels.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPart = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  const workbookXml = readPart(zip, workbookPart, budget);
  if (workbookXml === undefined) {
    return undefined;
  }
  let isWorkbook = false;
  const sheetElements: Map<string, string>[] = [];
  const definedNames: DefinedName[] = [];
  let definedName: { attributes: Map<string, string>; formula: string } | undefined;
  parseXml(workbookPart, workbookXml, {
    open: (element) => {
      if (element.parent === undefined) {
        isWorkbook = element.name === 'workbook';
      } else if (element.name === 'sheet' && element.parent.name === 'sheets') {
        sheetElements.push(element.attributes);
      } else if (element.name === 'definedName') {
        definedName = { attributes: element.attributes, formula: '' };
      }
    },
    text: (text, parent) => {
      if (definedName !== undefined && parent?.name === 'definedName') {
        definedName.formula += text;
      }
    },
    close: (element) => {
      if (element.name === 'definedName' && definedName !== undefined) {
        const name = definedName.attributes.get('name');
        const local = definedName.attributes.get('localSheetId');
        if (name) {
          definedNames.push({ name, localSheetIndex: local === undefined ? undefined : Number(local), formula: definedName.formula });
        }
        definedName = undefined;
      }
    },
  }, budget);
  if (!isWorkbook) {
    return undefined;
  }
  const rels = relationships(zip, relsPartFor(workbookPart), budget);
  const sheets: PackageSheet[] = [];
  for (const attributes of sheetElements) {
    const rel = rels.get(attributes.get('id') ?? '');
    const name = attributes.get('name');
    if (!rel || name === undefined || !rel.type.endsWith('/worksheet')) {
      // Chart sheets and dialog sheets hold no cells.
      continue;
    }
    const state = attributes.get('state');
    sheets.push({ name, state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', partName: resolvePart(workbookPart, rel.target) });
  }
  let macroEnabled = zip.has('xl/vbaProject.bin');
  const contentTypes = readPart(zip, '[Content_Types].xml', budget);
  if (contentTypes !== undefined) {
    parseXml('[Content_Types].xml', contentTypes, {
      open: (element) => {
        macroEnabled ||= /macroEnabled\.main\+xml/i.test(element.attributes.get('ContentType') ?? '');
      },
    }, budget);
  }
  // Strict Open XML (ISO/IEC 29500 Strict) names its relationships under purl.oclc.org.
  const strict = officeDocument?.type.startsWith('http://purl.oclc.org/ooxml/') === true;
  return { workbookPart, sheets, definedNames, macroEnabled, ...(strict ? { strict } : {}) };
}

/** Excel escapes control characters in strings as `_xHHHH_`. */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * Collects the text of string items (`<si>` in the table, `<is>` in a cell): their `<t>` runs,
 * without phonetic guides (`<rPh>`). Feed it the parser's events.
 */
export class RunText {
  private depthInPhonetic = 0;
  text = '';

  open(name: string): void {
    if (name === 'rPh') {
      this.depthInPhonetic += 1;
    }
  }

  close(name: string): void {
    if (name === 'rPh') {
      this.depthInPhonetic -= 1;
    }
  }

  add(text: string, parentName: string | undefined): void {
    if (parentName === 't' && this.depthInPhonetic === 0) {
      this.text += text;
    }
  }

  take(): string {
    const text = decodeExcelEscapes(this.text);
    this.text = '';
    this.depthInPhonetic = 0;
    return text;
  }
}

export function readSharedStrings(zip: ZipArchive, info: PackageInfo, budget: ReadBudget): string[] {
  const folder = info.workbookPart.split('/').slice(0, -1).join('/');
  const part = `${folder}/sharedStrings.xml`;
  const xml = readPart(zip, part, budget);
  const strings: string[] = [];
  if (xml === undefined) {
    return strings;
  }
  const run = new RunText();
  let inItem = false;
  parseXml(part, xml, {
    open: (element) => {
      if (element.name === 'si') {
        if (strings.length >= budget.limits.maxSharedStrings) {
          throw limitError(`its shared-string table has more than ${budget.limits.maxSharedStrings.toLocaleString('en-US')} items`, `${budget.limits.maxSharedStrings.toLocaleString('en-US')} shared strings`);
        }
        inItem = true;
        run.take();
      } else if (inItem) {
        run.open(element.name);
      }
    },
    text: (text, parent) => {
      if (inItem) {
        run.add(text, parent?.name);
      }
    },
    close: (element) => {
      if (element.name === 'si') {
        strings.push(run.take());
        inItem = false;
      } else if (inItem) {
        run.close(element.name);
      }
    },
  }, budget);
  return strings;
}

export interface CellStyle {
  bold: boolean;
  /** Text nobody sees: a font of 2 pt or less, or white on a white (or no) fill. */
  invisibleText: boolean;
  /** Locked when the sheet is protected (Excel's default for every style). */
  locked: boolean;
}

const DEFAULT_STYLE: CellStyle = { bold: false, invisibleText: false, locked: true };

interface Font {
  bold: boolean;
  size?: number;
  white: boolean;
}

/** White as styles write it: ARGB FFFFFF, indexed colour 9 (white) or theme colour 0 (background 1). */
function isWhite(attributes: Map<string, string>): boolean {
  const rgb = attributes.get('rgb')?.toUpperCase();
  if (rgb !== undefined) {
    return rgb.slice(-6) === 'FFFFFF';
  }
  return attributes.get('indexed') === '9' || (attributes.get('theme') === '0' && (attributes.get('tint') ?? '0') === '0');
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The style of each cellXfs index (`s` on a cell). Missing indexes read as the default style. */
export class StyleTable {
  constructor(private readonly styles: CellStyle[]) {}

  get(index: number | undefined): CellStyle {
    return this.styles[index ?? 0] ?? this.styles[0] ?? DEFAULT_STYLE;
  }
}

export function readStyles(zip: ZipArchive, info: PackageInfo, budget: ReadBudget): StyleTable {
  const folder = info.workbookPart.split('/').slice(0, -1).join('/');
  const part = `${folder}/styles.xml`;
  const xml = readPart(zip, part, budget);
  if (xml === undefined) {
    return new StyleTable([]);
  }
  const fonts: Font[] = [];
  /** Whether each fill leaves the cell white: no pattern, or a solid white one. */
  const fillsWhite: boolean[] = [];
  const xfs: { fontId: number; fillId: number; locked: boolean }[] = [];
  let font: Font | undefined;
  let fill: { pattern?: string; white?: boolean; gradient: boolean } | undefined;
  let xf: { fontId: number; fillId: number; locked: boolean } | undefined;
  parseXml(part, xml, {
    open: (element) => {
      const parent = element.parent?.name;
      if (element.name === 'font' && parent === 'fonts') {
        font = { bold: false, white: false };
      } else if (font !== undefined && parent === 'font') {
        if (element.name === 'b') {
          font.bold = element.attributes.get('val') === undefined || isTrue(element.attributes.get('val'));
        } else if (element.name === 'sz') {
          font.size = Number(element.attributes.get('val'));
        } else if (element.name === 'color') {
          font.white = isWhite(element.attributes);
        }
      } else if (element.name === 'fill' && parent === 'fills') {
        fill = { gradient: false };
      } else if (fill !== undefined && element.name === 'patternFill') {
        fill.pattern = element.attributes.get('patternType') ?? 'none';
      } else if (fill !== undefined && element.name === 'gradientFill') {
        fill.gradient = true;
      } else if (fill !== undefined && element.name === 'fgColor' && parent === 'patternFill') {
        fill.white = isWhite(element.attributes);
      } else if (element.name === 'xf' && parent === 'cellXfs') {
        xf = { fontId: Number(element.attributes.get('fontId') ?? 0), fillId: Number(element.attributes.get('fillId') ?? 0), locked: true };
      } else if (xf !== undefined && element.name === 'protection' && parent === 'xf') {
        const locked = element.attributes.get('locked');
        xf.locked = locked === undefined || isTrue(locked);
      }
    },
    close: (element) => {
      if (element.name === 'font' && font !== undefined) {
        fonts.push(font);
        font = undefined;
      } else if (element.name === 'fill' && fill !== undefined) {
        const pattern = fill.pattern ?? 'none';
        fillsWhite.push(!fill.gradient && (pattern === 'none' || (pattern === 'solid' && fill.white === true)));
        fill = undefined;
      } else if (element.name === 'xf' && xf !== undefined) {
        xfs.push(xf);
        xf = undefined;
      }
    },
  }, budget);
  return new StyleTable(
    xfs.map(({ fontId, fillId, locked }) => {
      const xfFont = fonts[fontId];
      const size = xfFont?.size;
      const tiny = size !== undefined && Number.isFinite(size) && size <= 2;
      const whiteOnWhite = xfFont?.white === true && (fillsWhite[fillId] ?? true);
      return { bold: xfFont?.bold === true, invisibleText: tiny || whiteOnWhite, locked };
    }),
  );
}

export function asCorrupt(error: unknown): WorkbookError {
  return error instanceof WorkbookError ? error : new WorkbookError('corrupt', { detail: error instanceof Error ? error.message : String(error) });
}

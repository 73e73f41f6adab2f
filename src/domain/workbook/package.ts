/**
 * The parts of an .xlsx package the workbook library does not give us (or gives too slowly):
 * which zip entry holds which sheet, defined names, list data validations (including the
 * `x14:dataValidation` extension Excel uses for dropdowns that point at another sheet, which
 * the library ignores), and whether the workbook carries macros.
 *
 * Regular expressions are enough here: these parts are machine-written XML, and each pattern
 * accepts an optional namespace prefix because some writers (the OpenXML SDK) prefix everything.
 */
import { parseRange, type Rect } from './address';
import type { ZipArchive } from './zip';

export interface PackageSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The zip entry name, e.g. `xl/worksheets/sheet1.xml`. */
  partName: string;
}

export interface DefinedName {
  name: string;
  /** Index into the workbook's sheet list when the name is local to one sheet. */
  localSheetIndex?: number;
  formula: string;
}

export interface PackageInfo {
  workbookPart: string;
  sheets: PackageSheet[];
  definedNames: DefinedName[];
  macroEnabled: boolean;
}

export interface ListValidation {
  rects: Rect[];
  /** formula1 as written, e.g. `"Yes,No,N/A"`, `Lists!$A$1:$A$3`, `YesNo`. */
  formula: string;
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** Attributes by local name (prefix dropped: `r:id` → `id`), values decoded. */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const local = match[2] as string;
    const value = match[3] ?? match[4] ?? '';
    if (!attributes.has(local) || match[1] === undefined) {
      attributes.set(local, decodeXml(value));
    }
  }
  return attributes;
}

function relationships(zip: ZipArchive, relsPart: string): Map<string, { type: string; target: string }> {
  const result = new Map<string, { type: string; target: string }>();
  const xml = zip.readText(relsPart);
  if (xml === undefined) {
    return result;
  }
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attributes = parseAttributes(match[1] as string);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id && target && attributes.get('TargetMode') !== 'External') {
      result.set(id, { type: attributes.get('Type') ?? '', target });
    }
  }
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
export function readPackageInfo(zip: ZipArchive): PackageInfo | undefined {
  const rootRels = relationships(zip, '_rels/.rels');
  const officeDocument = [...rootRels.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPart = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  const workbookXml = zip.readText(workbookPart);
  if (workbookXml === undefined || !/<(?:\w+:)?workbook\b/.test(workbookXml)) {
    return undefined;
  }
  const rels = relationships(zip, relsPartFor(workbookPart));
  const sheets: PackageSheet[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1] as string);
    const rel = rels.get(attributes.get('id') ?? '');
    const name = attributes.get('name');
    if (!rel || name === undefined || !rel.type.endsWith('/worksheet')) {
      // Chart sheets and dialog sheets hold no cells.
      continue;
    }
    const state = attributes.get('state');
    sheets.push({
      name,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      partName: resolvePart(workbookPart, rel.target),
    });
  }
  const definedNames: DefinedName[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attributes = parseAttributes(match[1] as string);
    const name = attributes.get('name');
    if (name) {
      const local = attributes.get('localSheetId');
      definedNames.push({
        name,
        localSheetIndex: local === undefined ? undefined : Number(local),
        formula: decodeXml(match[2] as string),
      });
    }
  }
  const contentTypes = zip.readText('[Content_Types].xml') ?? '';
  return {
    workbookPart,
    sheets,
    definedNames,
    macroEnabled: /macroEnabled\.main\+xml/i.test(contentTypes) || zip.has('xl/vbaProject.bin'),
  };
}

/** Every list validation in a sheet part: the classic element and the x14 extension alike. */
export function readListValidations(sheetXml: string): ListValidation[] {
  const validations: ListValidation[] = [];
  const pattern = /<(\w+:)?dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?dataValidation>)/g;
  for (const match of sheetXml.matchAll(pattern)) {
    const attributes = parseAttributes(match[2] as string);
    if (attributes.get('type') !== 'list') {
      continue;
    }
    const body = match[3] ?? '';
    const formulaMatch = /<(?:\w+:)?formula1\b[^>]*>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(body);
    if (!formulaMatch) {
      continue;
    }
    // x14 wraps the formula in <xm:f> and puts the ranges in <xm:sqref>.
    const formula = decodeXml((formulaMatch[1] as string).replace(/<[^>]+>/g, '')).trim();
    const sqref = attributes.get('sqref') ?? decodeXml(/<(?:\w+:)?sqref\b[^>]*>([\s\S]*?)<\//.exec(body)?.[1] ?? '');
    const rects = sqref
      .split(/\s+/)
      .filter((part) => part.length > 0)
      .map(parseRange)
      .filter((rect): rect is Rect => rect !== undefined);
    if (rects.length > 0 && formula.length > 0) {
      validations.push({ rects, formula });
    }
  }
  return validations;
}

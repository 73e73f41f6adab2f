/**
 * Hostile workbooks, built in code (no checked-in binaries), for the tests and for
 * `npm run bench` (bench/hostile.bench.ts). Each is a small, otherwise valid .xlsx: one
 * questionnaire sheet with a header row and two questions, plus the one thing that attacks the
 * reader. The zip is written here byte by byte, so declared sizes can lie and a part can be a
 * deflate stream that unpacks to gigabytes without ever being held uncompressed.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src/domain/workbook/zip';

interface ZipPart {
  name: string;
  /** Raw deflate data. */
  packed: Uint8Array;
  /** What the directory claims the part unpacks to (the truth, unless a test wants a lie). */
  declaredSize: number;
  crc: number;
}

function packed(name: string, content: string): ZipPart {
  const data = Buffer.from(content, 'utf8');
  return { name, packed: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) };
}

/** A zip of the parts, local headers and central directory both giving each part's declared size. */
export function zipOf(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.packed.length, 18);
    local.writeUInt32LE(Math.min(part.declaredSize, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.packed.length, 20);
    central.writeUInt32LE(Math.min(part.declaredSize, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.packed));
    centrals.push(central, name);
    offset += local.length + name.length + part.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Questionnaire" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/**
 * Styles by index: 0 normal, 1 bold, 2 a 1-pt font, 3 white text on no fill, 4 normal but
 * unlocked (for protected sheets), 5 white text on a solid white fill, 6 white text on dark blue.
 */
export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><sz val="1"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F3864"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="0" fontId="3" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="3" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs></styleSheet>`;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An inline-string cell. */
export function textCell(address: string, text: string, style?: number): string {
  return `<c r="${address}"${style === undefined ? '' : ` s="${style}"`} t="inlineStr"><is><t>${escapeText(text)}</t></is></c>`;
}

/** The questionnaire's rows: header on row 1 (ID, Question, Response, Comments), questions from row 2. */
export const QUESTIONS = ['Do you have a current SOC 2 Type 2 report?', 'Have you had a penetration test in the last year?'];

export function questionRows(questions: readonly string[] = QUESTIONS, questionStyle?: number): string {
  const header = `<row r="1">${textCell('A1', 'ID', 1)}${textCell('B1', 'Question', 1)}${textCell('C1', 'Response', 1)}${textCell('D1', 'Comments', 1)}</row>`;
  const rows = questions.map((question, i) => `<row r="${i + 2}">${textCell(`A${i + 2}`, `Q${i + 1}`)}${textCell(`B${i + 2}`, question, questionStyle)}</row>`);
  return header + rows.join('');
}

export interface SheetPieces {
  /** Between `<worksheet>` and `<sheetData>` (sheetFormatPr, cols). */
  before?: string;
  /** The content of `<sheetData>`; the two-question questionnaire by default. */
  data?: string;
  /** After `</sheetData>` (sheetProtection, mergeCells, dataValidations). */
  after?: string;
}

export function sheetXml(pieces: SheetPieces = {}): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pieces.before ?? ''}<sheetData>${pieces.data ?? questionRows()}</sheetData>${pieces.after ?? ''}</worksheet>`;
}

/** A whole workbook whose one sheet is `sheet` (a part, so it may be a bomb); `sheetName` as XML text. */
export function workbookWith(sheet: ZipPart | string, extra: ZipPart[] = [], sheetName = 'Questionnaire'): Uint8Array {
  const sheetPart = typeof sheet === 'string' ? packed('xl/worksheets/sheet1.xml', sheet) : sheet;
  return zipOf([
    packed('[Content_Types].xml', CONTENT_TYPES),
    packed('_rels/.rels', ROOT_RELS),
    packed('xl/workbook.xml', WORKBOOK.replace('name="Questionnaire"', `name="${sheetName}"`)),
    packed('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    packed('xl/styles.xml', STYLES),
    sheetPart,
    ...extra,
  ]);
}

/**
 * A sheet part that unpacks to `megabytes` MB: the XML start, then whitespace, then the end. The
 * whitespace is one deflated megabyte repeated (full-flush blocks can be concatenated), so
 * building a 2 GB bomb costs a few milliseconds and a few MB. `declare`: the size the zip claims.
 */
export function bombPart(megabytes: number, declare: 'truth' | 'lie' = 'truth', name = 'xl/worksheets/sheet1.xml'): ZipPart {
  const [head, tail] = sheetXml().split('<sheetData>') as [string, string];
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const start = deflateRawSync(Buffer.from(`${head}<sheetData>`), flush);
  const megabyte = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush);
  const end = deflateRawSync(Buffer.from(tail));
  const chunks = [start, ...Array.from({ length: megabytes }, () => megabyte), end];
  const size = Buffer.byteLength(`${head}<sheetData>`) + megabytes * 1024 * 1024 + Buffer.byteLength(tail);
  return { name, packed: new Uint8Array(Buffer.concat(chunks)), declaredSize: declare === 'truth' ? size : 4096, crc: 0 };
}

/** The hostile files of issue 15, by name: what each does to a reader without limits. */
export const HOSTILE_WORKBOOKS: Record<string, () => Uint8Array> = {
  /** `<col>` to column 2,000,000,000: exceljs allocated until the heap ran out. */
  'col range to column 2,000,000,000': () => workbookWith(sheetXml({ before: '<cols><col min="1" max="2000000000" width="12" customWidth="1"/></cols>' })),
  /** A merge of the whole sheet: the same, through the merge expansion. */
  'merge A1:XFD1048576': () => workbookWith(sheetXml({ after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' })),
  /** A smaller merge that stalled the event loop for 21 s. */
  'merge A100:CV100000 (10 million cells)': () => workbookWith(sheetXml({ after: '<mergeCells count="1"><mergeCell ref="A100:CV100000"/></mergeCells>' })),
  /** A zip whose sheet unpacks to 2 GB, with its true size declared. */
  'sheet unpacking to 2 GB (declared)': () => workbookWith(bombPart(2048, 'truth')),
  /** The same bomb declaring 4 KB: only a cap on the inflater itself stops it. */
  'sheet unpacking to 2 GB (declared 4 KB)': () => workbookWith(bombPart(2048, 'lie')),
  /** Many parts, each under the per-part cap, together over the total. */
  'five sheets of 40 MB each (declared 4 KB)': () => {
    const sheets = Array.from({ length: 5 }, (_, i) => bombPart(40, 'lie', `xl/worksheets/sheet${i + 1}.xml`));
    const [first, ...others] = sheets as [ZipPart, ...ZipPart[]];
    const workbook = WORKBOOK.replace('</sheets>', `${others.map((_, i) => `<sheet name="S${i + 2}" sheetId="${i + 2}" r:id="rIdS${i + 2}"/>`).join('')}</sheets>`);
    const rels = WORKBOOK_RELS.replace(
      '</Relationships>',
      `${others.map((_, i) => `<Relationship Id="rIdS${i + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 2}.xml"/>`).join('')}</Relationships>`,
    );
    return zipOf([
      packed('[Content_Types].xml', CONTENT_TYPES),
      packed('_rels/.rels', ROOT_RELS),
      packed('xl/workbook.xml', workbook),
      packed('xl/_rels/workbook.xml.rels', rels),
      packed('xl/styles.xml', STYLES),
      first,
      ...others,
    ]);
  },
};

/**
 * Not hostile: the largest workbook the default limits let through (39,989 question rows of six
 * cells, just under 40,000 rows and 250,000 cells), to measure what a read and fill cost at most.
 */
export function workbookAtTheLimits(): Uint8Array {
  const header = ['ID', 'Question', 'Response', 'Comments', 'Weight', 'Score'].map((title, i) => textCell(`${String.fromCharCode(65 + i)}1`, title, 1)).join('');
  const rows = [`<row r="1">${header}</row>`];
  for (let r = 2; r < 39_991; r++) {
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c>${textCell(`B${r}`, `Do you have a current SOC 2 report for system ${r}?`)}<c r="C${r}"/><c r="D${r}"/><c r="E${r}"><v>3</v></c><c r="F${r}"><v>0</v></c></row>`);
  }
  return workbookWith(sheetXml({ data: rows.join('') }));
}

/** Shared helpers for the Word tests: fixtures, hand-built packages, an independent look at document.xml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { ZipArchive } from '../../../src/domain/workbook/zip';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'word');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';

/** A minimal package around a body (the third producer: XML written by hand, for the cases the others cannot make). */
export async function buildDocx(body: string, options: { rootRelType?: string; contentType?: string; styles?: string; extraParts?: Record<string, string> } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const contentType = options.contentType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${contentType}"/>${options.styles === undefined ? '' : '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${options.rootRelType ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'}" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:w14="${W14_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  if (options.styles !== undefined) {
    zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
    zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${options.styles}</w:styles>`);
  }
  for (const [name, text] of Object.entries(options.extraParts ?? {})) {
    zip.file(name, text);
  }
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

export function run(text: string, rPr = ''): string {
  return `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function para(inner: string, pPr = ''): string {
  return `<w:p>${pPr}${inner}</w:p>`;
}

export function cell(inner: string): string {
  return `<w:tc>${inner.startsWith('<w:p') ? inner : para(inner === '' ? '' : run(inner))}</w:tc>`;
}

/** A table; `widths` gives the grid columns' widths (twentieths of a point), as Word writes them. */
export function table(rows: string[][], options: { widths?: number[] } = {}): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const grid = options.widths ? options.widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('') : '<w:gridCol/>'.repeat(columns);
  return `<w:tbl><w:tblPr/><w:tblGrid>${grid}</w:tblGrid>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export function documentXml(bytes: Uint8Array): string {
  const text = ZipArchive.open(bytes).readText('word/document.xml');
  if (text === undefined) {
    throw new Error('no word/document.xml');
  }
  return text;
}

export interface ParagraphSpan {
  start: number;
  end: number;
  /** Text of its w:t elements. */
  text: string;
  /** Its w:pPr as written ('' when none). */
  pPr: string;
}

/**
 * Every `w:p` element of a document part, outermost first in document order, read with saxes
 * directly (not with the code under test).
 */
export function paragraphSpans(xml: string): ParagraphSpan[] {
  const parser = new SaxesParser({ position: true });
  const spans: ParagraphSpan[] = [];
  const open: { span: ParagraphSpan; pPrStart?: number }[] = [];
  let inText = false;
  parser.on('opentag', (tag) => {
    const start = xml.lastIndexOf('<', parser.position - 1);
    if (tag.name === 'w:p') {
      const span: ParagraphSpan = { start, end: tag.isSelfClosing ? parser.position : -1, text: '', pPr: '' };
      spans.push(span);
      open.push({ span });
    } else if (tag.name === 'w:pPr' && open.length > 0) {
      (open[open.length - 1] as { pPrStart?: number }).pPrStart = start;
    } else if (tag.name === 'w:t') {
      inText = true;
    }
  });
  parser.on('text', (text) => {
    if (inText) {
      for (const { span } of open) {
        span.text += text;
      }
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') {
      inText = false;
    } else if (tag.name === 'w:pPr' && open.length > 0) {
      const top = open[open.length - 1] as { span: ParagraphSpan; pPrStart?: number };
      if (top.pPrStart !== undefined && top.span.pPr === '') {
        top.span.pPr = xml.slice(top.pPrStart, parser.position);
      }
    } else if (tag.name === 'w:p') {
      const top = open.pop();
      if (top) {
        top.span.end = parser.position;
      }
    }
  });
  parser.write(xml).close();
  return spans;
}

/** The part with the given paragraphs cut out (the skeleton that must not change). */
export function withoutParagraphs(xml: string, spans: readonly ParagraphSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) {
      continue; // nested in one already cut
    }
    out += xml.slice(at, span.start) + '<cut/>';
    at = span.end;
  }
  return out + xml.slice(at);
}

/** Entry name → uncompressed bytes, for every entry of a package. */
export function entries(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = ZipArchive.open(bytes);
  return new Map(zip.entries.map((entry) => [entry.name, zip.read(entry.name) as Uint8Array]));
}

/** Entry name → compressed bytes as stored (what "copied verbatim" means). */
export function storedEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = ZipArchive.open(bytes);
  return new Map(zip.entries.map((entry) => [entry.name, bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)]));
}

/**
 * Opens a Word package, or says precisely why not: the signature (empty, OLE: encrypted or an old
 * .doc), the zip (the shared bounded reader, src/domain/workbook/zip.ts), the main document part
 * from the package relationships, its content type (document, template, macro-enabled), Strict
 * Open XML, and the styles part the detector needs for headings and list styles.
 */
import { ReadBudget, type WorkbookLimits } from '../workbook/limits';
import { parseXml } from '../workbook/xml';
import { ZipArchive } from '../workbook/zip';
import { asWordError, WordError } from './errors';
import type { WordScan } from './types';

export interface WordPackage {
  zip: ZipArchive;
  budget: ReadBudget;
  /** The main document part, e.g. `word/document.xml`. */
  documentPart: string;
  /** The styles part, when the document has one. */
  stylesPart?: string;
  /**
   * Word's "Restrict Editing", when enforced (settings `w:documentProtection`): `forms` lets a person
   * fill in form fields and content controls only; `readOnly`, `comments` and `trackedChanges`
   * allow no plain edits.
   */
  protection?: 'forms' | 'readOnly' | 'comments' | 'trackedChanges';
  macroEnabled: boolean;
  extension: WordScan['extension'];
  notes: string[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const STRICT_PREFIX = 'http://purl.oclc.org/ooxml/';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** Rejects what is not a .docx before any parsing, with the reason a person can act on. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) {
    throw new WordError('empty');
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Old .doc files and password-encrypted .docx files are both OLE compound files; the
    // encrypted ones carry an "EncryptedPackage" stream (its directory name is UTF-16LE).
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const encrypted = buffer.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0;
    throw new WordError(encrypted ? 'password_protected' : 'legacy_doc');
  }
  if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    throw new WordError('corrupt', { detail: 'no zip signature' });
  }
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(zip: ZipArchive, relsPart: string, budget: ReadBudget): Relationship[] {
  const xml = zip.readTextBounded(relsPart, budget);
  const result: Relationship[] = [];
  if (xml === undefined) {
    return result;
  }
  parseXml(relsPart, xml, {
    open: (element) => {
      const target = element.attributes.get('Target');
      if (element.name === 'Relationship' && target !== undefined && element.attributes.get('TargetMode') !== 'External') {
        result.push({ type: element.attributes.get('Type') ?? '', target });
      }
    },
  }, budget);
  return result;
}

export function resolvePart(fromPart: string, target: string): string {
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

/** Content types by part name (Override) and by extension (Default). */
function contentTypeOf(zip: ZipArchive, part: string, budget: ReadBudget): string | undefined {
  const xml = zip.readTextBounded('[Content_Types].xml', budget);
  if (xml === undefined) {
    return undefined;
  }
  let override: string | undefined;
  let byExtension: string | undefined;
  const extension = part.includes('.') ? part.slice(part.lastIndexOf('.') + 1).toLowerCase() : '';
  parseXml('[Content_Types].xml', xml, {
    open: (element) => {
      if (element.name === 'Override' && (element.attributes.get('PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()) {
        override = element.attributes.get('ContentType');
      } else if (element.name === 'Default' && (element.attributes.get('Extension') ?? '').toLowerCase() === extension) {
        byExtension = element.attributes.get('ContentType');
      }
    },
  }, budget);
  return override ?? byExtension;
}

function notAWordPackage(zip: ZipArchive, budget: ReadBudget): WordError {
  const mimetype = zip.readTextBounded('mimetype', budget) ?? '';
  if (mimetype.includes('opendocument.text')) {
    return new WordError('not_docx', { message: 'This is an OpenDocument text (.odt); save it as .docx and try again.' });
  }
  if (zip.has('xl/workbook.xml')) {
    return new WordError('not_docx', { message: 'This is an Excel workbook, not a Word document; fill it as a workbook.' });
  }
  return new WordError('not_docx');
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** The enforced editing restriction of the settings part, if any. */
function readProtection(zip: ZipArchive, part: string, budget: ReadBudget): WordPackage['protection'] {
  const xml = zip.readTextBounded(part, budget);
  if (xml === undefined) {
    return undefined;
  }
  let protection: WordPackage['protection'];
  parseXml(part, xml, {
    open: (element) => {
      if (element.name === 'documentProtection' && isOn(element.attributes.get('enforcement'))) {
        const edit = element.attributes.get('edit');
        if (edit === 'forms' || edit === 'readOnly' || edit === 'comments' || edit === 'trackedChanges') {
          protection = edit;
        }
      }
    },
  }, budget);
  return protection;
}

export function openWordPackage(bytes: Uint8Array, limits: Partial<WorkbookLimits> = {}): WordPackage {
  checkSignature(bytes);
  const budget = new ReadBudget(limits);
  try {
    const zip = ZipArchive.open(bytes, budget.limits.maxZipEntries);
    const rootRels = relationships(zip, '_rels/.rels', budget);
    const main = rootRels.find((rel) => rel.type.endsWith('/officeDocument'));
    if (main?.type.startsWith(STRICT_PREFIX) === true) {
      throw new WordError('strict_ooxml');
    }
    const documentPart = main ? resolvePart('', main.target) : 'word/document.xml';
    if (!zip.has(documentPart)) {
      throw notAWordPackage(zip, budget);
    }
    const contentType = (contentTypeOf(zip, documentPart, budget) ?? '').toLowerCase();
    const isWord = contentType.includes('wordprocessingml') || contentType.includes('ms-word');
    if (!isWord) {
      throw notAWordPackage(zip, budget);
    }
    const template = contentType.includes('template');
    const macroEnabled = contentType.includes('macroenabled');
    const extension: WordScan['extension'] = template ? (macroEnabled ? '.dotm' : '.dotx') : macroEnabled ? '.docm' : '.docx';
    const notes: string[] = [];
    const documentRels = relationships(zip, relsPartFor(documentPart), budget);
    if (documentRels.some((rel) => rel.type.startsWith(STRICT_PREFIX))) {
      throw new WordError('strict_ooxml');
    }
    if (!macroEnabled && documentRels.some((rel) => rel.type.endsWith('/vbaProject'))) {
      notes.push('The package holds a VBA project, which Word ignores in a .docx; it is kept as it is.');
    }
    const settings = documentRels.find((rel) => rel.type.endsWith('/settings'));
    const protection = settings === undefined ? undefined : readProtection(zip, resolvePart(documentPart, settings.target), budget);
    if (protection !== undefined) {
      notes.push(
        protection === 'forms'
          ? 'The document restricts editing to filling in forms (Restrict Editing): only its form fields and content controls are written.'
          : 'The document restricts editing (Restrict Editing): nothing is written until the restriction is removed in Word.',
      );
    }
    const styles = documentRels.find((rel) => rel.type.endsWith('/styles'));
    const stylesPart = styles ? resolvePart(documentPart, styles.target) : undefined;
    return {
      zip,
      budget,
      documentPart,
      ...(stylesPart !== undefined && zip.has(stylesPart) ? { stylesPart } : {}),
      macroEnabled,
      extension,
      notes,
      ...(protection === undefined ? {} : { protection }),
    };
  } catch (error) {
    throw asWordError(error);
  }
}

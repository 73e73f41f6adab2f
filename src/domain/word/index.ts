/**
 * Word questionnaires (.docx, .docm, .dotx): find the questions and their answer places, and write
 * answers into a new package. Pure: bytes in, plain objects and bytes out (no vscode, no fs).
 *
 * Layouts read (detect.ts): tables with question / answer / comment / id / category columns found
 * by header words or by content, section rows, repeated headers, "Yes | No | N/A" columns of boxes;
 * one-column tables of question rows with an answer row under each; numbered paragraphs, headings
 * and typed numbers ("1.2", "Q7") followed by an empty line, an "Answer:" line, a line of boxes, a
 * one-cell table or an answered line; boxes as content controls (w14:checkbox), form fields
 * (FORMCHECKBOX), ☐ ☒ ☑ characters and Wingdings symbols. Answer places may be content controls
 * showing their prompt or FORMTEXT fields.
 *
 *   const scan = readWordQuestionnaire(bytes);            // WordScan: items, extension, notes
 *   const out = writeWordAnswers(bytes, scan, [{ index: 0, answer: 'Yes' }, { index: 3, check: ['No'] }]);
 *
 * Reading is bounded like the workbook reader's, with its code: the zip reader
 * (src/domain/workbook/zip.ts) checks each part's declared and real size against the limits of
 * src/domain/workbook/limits.ts before and while inflating, saxes parses each part once
 * (src/domain/workbook/xml.ts: positions, no DOCTYPE entities), the time budget is checked as it
 * goes, and paragraphs and table cells are counted (document.ts). Writing edits only the main
 * document part, at the positions the parser reported (write.ts), and the zip rewriter copies every
 * other entry's compressed bytes as they are: styles, numbering, headers, footers, comments,
 * settings, macros (a .docm keeps its VBA project; use `scan.extension` for the output's name).
 *
 * Refused with a one-line WordError (errors.ts) and no output: an empty file, a password-protected
 * (encrypted) document, an old .doc, a truncated or damaged zip, malformed XML, Strict Open XML,
 * another kind of package, a file over a limit, and a document with no questions.
 */
import { WorkbookError } from '../workbook/errors';
import type { WorkbookLimits } from '../workbook/limits';
import { parseXml } from '../workbook/xml';
import { crc32 } from '../workbook/zip';
import { detectItems, type DetectedItem } from './detect';
import { DEFAULT_DOCUMENT_LIMITS, readDocument, readStyles, type DocumentLimits, type DocumentModel, type ParagraphNode } from './document';
import { asWordError, WordError } from './errors';
import { openWordPackage, type WordPackage } from './package';
import type { WordItem, WordScan, WordWrite } from './types';
import { patchDocument, writeBlocked } from './write';

export { WordError, type WordErrorCode } from './errors';
export type { WordItem, WordOption, WordScan, WordSlot, WordWrite } from './types';

export interface WordReadOptions {
  /** Tighter (or, in tests, other) limits than the workbook reader's defaults (sizes, entries, time). */
  limits?: Partial<WorkbookLimits>;
  /** Tighter limits on paragraphs and table cells than DEFAULT_DOCUMENT_LIMITS. */
  documentLimits?: Partial<DocumentLimits>;
}

interface Scanned {
  pkg: WordPackage;
  model: DocumentModel;
  items: DetectedItem[];
  scan: WordScan;
}

/**
 * Scans of this process, so a write right after a read does not parse the document again; the
 * checksum makes sure the bytes were not changed in between (the caller may reuse its buffer).
 */
const scans = new WeakMap<WordScan, { bytes: Uint8Array; length: number; checksum: number; scanned: Scanned }>();

function scanBytes(bytes: Uint8Array, options: WordReadOptions = {}): Scanned {
  const pkg = openWordPackage(bytes, options.limits);
  try {
    const xml = pkg.zip.readTextBounded(pkg.documentPart, pkg.budget);
    if (xml === undefined) {
      throw new WordError('corrupt', { detail: `no ${pkg.documentPart}` });
    }
    const styles = readStyles(pkg.stylesPart ?? 'word/styles.xml', pkg.stylesPart === undefined ? undefined : pkg.zip.readTextBounded(pkg.stylesPart, pkg.budget), pkg.budget);
    const model = readDocument(pkg.documentPart, xml, pkg.budget, { ...DEFAULT_DOCUMENT_LIMITS, ...options.documentLimits });
    if (model.blocks.length === 0 && model.tables.length === 0 && !hasBody(pkg.documentPart, xml)) {
      throw new WordError('not_docx', { detail: 'the main part has no w:body' });
    }
    const detection = detectItems(model, styles);
    const items = detection.items;
    for (const item of items) {
      const blocked = protectionBlock(pkg.protection, item) ?? writeBlocked(model, item);
      if (blocked !== undefined) {
        item.blocked = blocked;
      }
    }
    const scan: WordScan = {
      items: items.map(publicItem),
      macroEnabled: pkg.macroEnabled,
      extension: pkg.extension,
      hasTrackedChanges: model.hasTrackedChanges,
      notes: [...pkg.notes, ...detection.notes],
    };
    return { pkg, model, items, scan };
  } catch (error) {
    throw asWordError(error);
  }
}

/**
 * What Word's "Restrict Editing" keeps a person from writing, Attest does not write either (as with
 * a locked cell in a protected sheet): under "filling in forms", only content controls showing
 * their prompt and form-field or content-control checkboxes; under the other restrictions, nothing.
 */
function protectionBlock(protection: WordPackage['protection'], item: DetectedItem): string | undefined {
  if (protection === undefined) {
    return undefined;
  }
  if (protection === 'forms') {
    const formBoxes = item.boxes !== undefined && item.boxes.every(({ box }) => box.kind === 'sdt' || box.kind === 'formfield');
    const target = item.answerTarget;
    const formPlace = (p: ParagraphNode): boolean => p.placeholderFlag !== undefined || p.hasTextField === true || p.pieces.some((piece) => piece.placeholder);
    const formText = target !== undefined && (target.kind === 'cell' ? target.cell.paragraphs.some(formPlace) : formPlace(target.paragraph));
    if ((item.slot === 'checkbox' && formBoxes) || (item.slot !== 'checkbox' && formText)) {
      return undefined;
    }
    return '[the document is protected for filling in forms only, and this answer is not in a form field: not written; answer it in Word, or remove the restriction and fill again]';
  }
  return `[the document is protected (Restrict Editing: ${protection === 'readOnly' ? 'no changes' : protection === 'comments' ? 'comments only' : 'tracked changes only'}): not written; remove the restriction in Word and fill again]`;
}

function hasBody(part: string, xml: string): boolean {
  let body = false;
  parseXml(part, xml, {
    open: (element) => {
      body ||= element.name === 'body' && element.parent?.name === 'document';
    },
  });
  return body;
}

function publicItem(item: DetectedItem): WordItem {
  return {
    index: item.index,
    ...(item.id === undefined ? {} : { id: item.id }),
    question: item.question,
    ...(item.section === undefined ? {} : { section: item.section }),
    existing: item.existing,
    slot: item.slot,
    ...(item.options === undefined ? {} : { options: item.options.map((option) => ({ ...option })) }),
    ...(item.hasComment === undefined ? {} : { hasComment: item.hasComment }),
    ...(item.existingComment === undefined ? {} : { existingComment: item.existingComment }),
    location: item.location,
    ...(item.answerHeader === undefined ? {} : { answerHeader: item.answerHeader }),
    ...(item.answerWidth === undefined ? {} : { answerWidth: item.answerWidth }),
    ...(item.commentWidth === undefined ? {} : { commentWidth: item.commentWidth }),
    ...(item.blocked === undefined ? {} : { blocked: item.blocked }),
  };
}

/**
 * The questions of a Word questionnaire, in document order, each with where its answer goes.
 * Throws WordError for unreadable input, and `no_questions` when there is none.
 */
export function readWordQuestionnaire(bytes: Uint8Array, options: WordReadOptions = {}): WordScan {
  const scanned = scanBytes(bytes, options);
  if (scanned.items.length === 0) {
    throw new WordError('no_questions', { detail: scanned.scan.notes.join('; ') });
  }
  scans.set(scanned.scan, { bytes, length: bytes.byteLength, checksum: crc32(bytes), scanned });
  return scanned.scan;
}

/**
 * A new package with the answers written: only the answer runs and boxes of the main document
 * part change, every other entry is copied byte for byte. `scan` must be the scan of these bytes
 * (WordError('scan_mismatch') otherwise). The input bytes are never modified.
 */
export function writeWordAnswers(bytes: Uint8Array, scan: WordScan, writes: readonly WordWrite[], options: WordReadOptions = {}): Uint8Array {
  const cached = scans.get(scan);
  const same = cached !== undefined && cached.bytes === bytes && cached.length === bytes.byteLength && cached.checksum === crc32(bytes);
  const scanned = same ? cached.scanned : scanBytes(bytes, options);
  if (scanned.items.length !== scan.items.length || scanned.items.some((item, i) => item.question !== scan.items[i]?.question || item.location !== scan.items[i]?.location)) {
    throw new WordError('scan_mismatch');
  }
  const seen = new Set<number>();
  const itemWrites = writes.map((write) => {
    const item = scanned.items[write.index];
    if (item === undefined || seen.has(write.index)) {
      throw new WordError('cannot_write', { message: `No question ${write.index} to write (the scan has ${scanned.items.length}), or it is written twice.` });
    }
    seen.add(write.index);
    if (item.blocked !== undefined) {
      throw new WordError('cannot_write', { message: `Not written at ${item.location}: ${item.blocked.replace(/^\[|\]$/g, '')}.` });
    }
    return { item, ...(write.answer === undefined ? {} : { answer: write.answer }), ...(write.comment === undefined ? {} : { comment: write.comment }), ...(write.check === undefined ? {} : { check: write.check }) };
  });
  const pieces: string[] = [];
  const xml = patchDocument(scanned.model, itemWrites, pieces);
  if (xml === scanned.model.xml) {
    return scanned.pkg.zip.rewrite(new Map());
  }
  try {
    // What was put in must be well-formed, each piece on its own (edits sit between the parser's
    // elements, so balanced pieces keep the part well-formed): one parse of the pieces, not of the part.
    parseXml('the answers written', `<attest>${pieces.map((piece) => `<e>${piece}</e>`).join('')}</attest>`, {});
  } catch (error) {
    const reason = error instanceof WorkbookError ? (error.detail ?? error.message) : String(error);
    throw new WordError('cannot_write', { message: 'The answers could not be written: the edited document would not be well-formed; nothing was written.', detail: reason });
  }
  return scanned.pkg.zip.rewrite(new Map([[scanned.pkg.documentPart, new TextEncoder().encode(xml)]]));
}

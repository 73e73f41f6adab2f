/**
 * Opens workbook bytes (or says precisely why not) and finds the questions on every visible sheet.
 * Reading is bounded: see limits.ts for every limit and reader.ts for how the package is read.
 */
import { columnLetters } from './address';
import { detectSheet, type Dropdown, type SheetDetection } from './detect';
import { WorkbookError } from './errors';
import type { SheetGrid } from './grid';
import { pointsToSheets } from './layout';
import { ReadBudget, type WorkbookLimits } from './limits';
import type { WorkbookMapping } from './mapping';
import type { ListValidation, PackageInfo } from './package';
import { asCorrupt, readPackage } from './parts';
import { WorkbookReader } from './reader';
import type { ParsedSheet } from './sheet';
import type { WorkbookScan } from './types';
import { resolveListValues, ValidationIndex } from './validation';
import { ZipArchive } from './zip';

export interface ScanOptions {
  /** Tighter (or, in tests, other) limits than DEFAULT_LIMITS. */
  limits?: Partial<WorkbookLimits>;
  /**
   * Tests only: grids from another reader (exceljs) in place of the parsed ones, to check that
   * detection on both agrees. Everything else (validations, positions) still comes from the parser.
   */
  referenceGrid?: (sheetName: string) => SheetGrid | undefined;
  /** The writer's corrections (the mapping file beside the workbook): sheets it names use its columns. */
  mapping?: WorkbookMapping;
}

export interface ScannedSheet {
  name: string;
  partName: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  grid?: SheetGrid;
  /** The worksheet part's XML, kept for the filler (visible sheets only). */
  xml?: string;
  /** The parse of `xml`: element positions for the patcher, protection and locked cells. */
  parsed?: ParsedSheet;
  detection: SheetDetection;
}

export interface ScannedWorkbook {
  zip: ZipArchive;
  info: PackageInfo;
  sheets: ScannedSheet[];
  /** Which reader produced the grids. */
  reader: 'xml' | 'reference';
  /** The reader (and its budget), for parts the filler needs later. */
  source: WorkbookReader;
  /** Sheets the mapping file names that the workbook does not have. */
  unknownMappedSheets?: string[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Rejects what is not an .xlsx before any parsing, with the reason a person can act on. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) {
    throw new WorkbookError('empty');
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Both old .xls files and password-encrypted .xlsx files are OLE compound files; the
    // encrypted ones carry an "EncryptedPackage" stream (its directory name is UTF-16LE).
    const encrypted = asBuffer(bytes).indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0;
    throw new WorkbookError(encrypted ? 'password_protected' : 'legacy_xls');
  }
  if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    throw new WorkbookError('corrupt', { detail: 'no zip signature' });
  }
}

function openZip(bytes: Uint8Array, budget: ReadBudget): { zip: ZipArchive; info: PackageInfo } {
  let zip: ZipArchive;
  let info: PackageInfo | undefined;
  try {
    zip = ZipArchive.open(bytes, budget.limits.maxZipEntries);
    info = readPackage(zip, budget);
  } catch (error) {
    throw asCorrupt(error);
  }
  if (!info) {
    let mimetype = '';
    try {
      mimetype = zip.readTextBounded('mimetype', budget) ?? '';
    } catch (error) {
      throw asCorrupt(error);
    }
    if (mimetype.includes('opendocument.spreadsheet')) {
      throw new WorkbookError('not_xlsx', {
        message: 'This is an OpenDocument spreadsheet (.ods); save it as .xlsx and try again.',
      });
    }
    throw new WorkbookError('not_xlsx');
  }
  if (info.strict === true) {
    // Its dates, namespaces and relationship names differ; a fill could hand back a file Excel repairs.
    throw new WorkbookError('not_xlsx', {
      message: 'This workbook is saved as Strict Open XML; open it in Excel, save it as "Excel Workbook (.xlsx)", and try again.',
    });
  }
  return { zip, info };
}

export async function scanWorkbook(bytes: Uint8Array, options: ScanOptions = {}): Promise<ScannedWorkbook> {
  checkSignature(bytes);
  const budget = new ReadBudget(options.limits);
  const { zip, info } = openZip(bytes, budget);
  const reader = new WorkbookReader(zip, info, budget);
  const sheets: ScannedSheet[] = [];
  info.sheets.forEach((sheet, sheetIndex) => {
    const base = { name: sheet.name, partName: sheet.partName, state: sheet.state };
    if (sheet.state !== 'visible') {
      sheets.push({ ...base, detection: { problem: 'Hidden sheet: skipped.', questions: [] } });
      return;
    }
    let parsed: ParsedSheet | undefined;
    try {
      parsed = reader.sheet(sheet.name);
    } catch (error) {
      throw asCorrupt(error);
    }
    const sheetXml = reader.partText(sheet.partName);
    const grid = options.referenceGrid ? options.referenceGrid(sheet.name) : parsed?.grid;
    if (!grid || !parsed || sheetXml === undefined) {
      sheets.push({ ...base, detection: { problem: 'The sheet could not be read.', questions: [] } });
      return;
    }
    const index = new ValidationIndex(parsed.validations);
    const resolved = new Map<ListValidation, Dropdown>();
    let lookups = 0;
    const dropdownAt = (row: number, col: number): Dropdown | undefined => {
      // Detection asks once per candidate cell; the time budget covers it too.
      if (++lookups % 1024 === 0) {
        budget.checkTime();
      }
      const validation = index.find(row, col);
      if (!validation) {
        return undefined;
      }
      let dropdown = resolved.get(validation);
      if (!dropdown) {
        const values = resolveListValues(validation.formula, {
          sheetName: sheet.name,
          sheetIndex,
          definedNames: info.definedNames,
          rangeValues: (sheetName, rect) => reader.rangeValues(sheetName, rect),
        });
        dropdown = values ? { values } : {};
        resolved.set(validation, dropdown);
      }
      return dropdown;
    };
    let detection: SheetDetection;
    try {
      const mapping = options.mapping?.sheets.get(sheet.name);
      detection = detectSheet(grid, dropdownAt, mapping ? { mapping } : {});
      if (detection.questions.length === 0 && detection.skipped === undefined && detection.source !== 'mapping') {
        // No questions, and its text sends the vendor to other sheets: it only points to them.
        const named = pointsToSheets(grid, info.sheets.filter((other) => other.state === 'visible').map((other) => other.name));
        if (named.length > 0) {
          detection = { ...detection, skipped: 'pointer', problem: `It points to other sheets (${named.map((name) => `"${name}"`).join(', ')}) and has no questions of its own: skipped.` };
        }
      }
    } catch (error) {
      throw asCorrupt(error);
    }
    sheets.push({ ...base, grid, xml: sheetXml, parsed, detection });
  });
  const known = new Set(info.sheets.map((sheet) => sheet.name));
  const unknown = options.mapping ? [...options.mapping.sheets.keys()].filter((name) => !known.has(name)) : [];
  return {
    zip,
    info,
    sheets,
    reader: options.referenceGrid ? 'reference' : 'xml',
    source: reader,
    ...(unknown.length > 0 ? { unknownMappedSheets: unknown } : {}),
  };
}

export function toPublicScan(scanned: ScannedWorkbook): WorkbookScan {
  return {
    sheets: scanned.sheets.map(({ name, detection }) => ({
      name,
      ...(detection.headerRow === undefined ? {} : { headerRow: detection.headerRow }),
      ...(detection.questionColumn === undefined ? {} : { questionColumn: columnLetters(detection.questionColumn) }),
      ...(detection.answerColumn === undefined ? {} : { answerColumn: columnLetters(detection.answerColumn) }),
      ...(detection.commentColumn === undefined ? {} : { commentColumn: columnLetters(detection.commentColumn) }),
      ...(detection.idColumn === undefined ? {} : { idColumn: columnLetters(detection.idColumn) }),
      ...(detection.problem === undefined ? {} : { problem: detection.problem }),
      ...(detection.unsure === true ? { unsure: true } : {}),
      ...(detection.reasons && detection.reasons.length > 0 ? { reasons: [...detection.reasons] } : {}),
      questions: detection.questions.map((question) => ({
        row: question.row,
        address: question.address,
        ...(question.id === undefined ? {} : { id: question.id }),
        question: question.question,
        ...(question.section === undefined ? {} : { section: question.section }),
        existingAnswer: question.existingAnswer,
        answerCell: question.answerCell,
        ...(question.commentCell === undefined ? {} : { commentCell: question.commentCell }),
        ...(question.allowedValues === undefined ? {} : { allowedValues: [...question.allowedValues] }),
      })),
    })),
  };
}

/** The sheets' problems in one line each, for the "no questions" error and the report notes. */
export function sheetNotes(scanned: ScannedWorkbook): string[] {
  return [
    ...scanned.sheets
      .filter((sheet) => sheet.detection.problem !== undefined)
      .map((sheet) => `Sheet "${sheet.name}": ${sheet.detection.problem as string}`),
    ...(scanned.unknownMappedSheets ?? []).map((name) => `The mapping file names a sheet "${name}" that the workbook does not have.`),
  ];
}

export function questionCount(scanned: ScannedWorkbook): number {
  return scanned.sheets.reduce((sum, sheet) => sum + sheet.detection.questions.length, 0);
}

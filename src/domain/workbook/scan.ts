/** Opens workbook bytes (or says precisely why not) and finds the questions on every visible sheet. */
import * as ExcelJS from 'exceljs';
import { columnLetters, type Rect } from './address';
import { detectSheet, type Dropdown, type SheetDetection } from './detect';
import { WorkbookError } from './errors';
import { buildGrid, rangeTexts, type SheetGrid } from './grid';
import { readListValidations, readPackageInfo, type ListValidation, type PackageInfo } from './package';
import type { WorkbookScan } from './types';
import { resolveListValues, ValidationIndex } from './validation';
import { XmlGridReader } from './xmlgrid';
import { ZipArchive } from './zip';

/** `auto`: exceljs, and the built-in XML reader when exceljs cannot load the file. */
export type ReaderChoice = 'auto' | 'exceljs' | 'xml';

/** Where sheet grids come from: exceljs's model or the package XML. */
interface GridSource {
  reader: 'exceljs' | 'xml';
  grid(sheetName: string, xml: string): SheetGrid | undefined;
  rangeValues(sheetName: string, rect: Rect): string[] | undefined;
}

export interface ScannedSheet {
  name: string;
  partName: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  grid?: SheetGrid;
  /** The worksheet part's XML, kept for the filler (visible sheets only). */
  xml?: string;
  detection: SheetDetection;
}

export interface ScannedWorkbook {
  zip: ZipArchive;
  info: PackageInfo;
  sheets: ScannedSheet[];
  /** Which reader produced the grids. */
  reader: 'exceljs' | 'xml';
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

function openZip(bytes: Uint8Array): { zip: ZipArchive; info: PackageInfo } {
  let zip: ZipArchive;
  let info: PackageInfo | undefined;
  try {
    zip = ZipArchive.open(bytes);
    info = readPackageInfo(zip);
  } catch (error) {
    throw new WorkbookError('corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (!info) {
    const mimetype = zip.readText('mimetype') ?? '';
    if (mimetype.includes('opendocument.spreadsheet')) {
      throw new WorkbookError('not_xlsx', {
        message: 'This is an OpenDocument spreadsheet (.ods); save it as .xlsx and try again.',
      });
    }
    throw new WorkbookError('not_xlsx');
  }
  return { zip, info };
}

async function loadWithLibrary(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Validations are read from the XML ourselves: the library expands every validated range
  // into one entry per cell, which takes seconds for a whole-column dropdown (C:C), and it
  // ignores the x14 extension. Extension lists and conditional formats are not needed to read.
  await workbook.xlsx.load(asBuffer(bytes) as unknown as ExcelJS.Buffer, {
    ignoreNodes: ['dataValidations', 'extLst', 'conditionalFormatting'],
  });
  return workbook;
}

function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.getWorksheet(name) ?? workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

function librarySource(workbook: ExcelJS.Workbook): GridSource {
  return {
    reader: 'exceljs',
    grid: (sheetName) => {
      const worksheet = findWorksheet(workbook, sheetName);
      return worksheet ? buildGrid(worksheet) : undefined;
    },
    rangeValues: (sheetName, rect) => {
      const worksheet = findWorksheet(workbook, sheetName);
      return worksheet ? rangeTexts(worksheet, rect) : undefined;
    },
  };
}

function xmlSource(zip: ZipArchive, info: PackageInfo): GridSource {
  const reader = new XmlGridReader(zip, info);
  return {
    reader: 'xml',
    grid: (sheetName, xml) => reader.grid(sheetName, xml),
    rangeValues: (sheetName, rect) => reader.rangeValues(sheetName, rect),
  };
}

function technical(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function gridSource(bytes: Uint8Array, zip: ZipArchive, info: PackageInfo, choice: ReaderChoice): Promise<GridSource> {
  if (choice !== 'xml') {
    try {
      return librarySource(await loadWithLibrary(bytes));
    } catch (error) {
      if (choice === 'exceljs') {
        throw new WorkbookError('corrupt', { detail: technical(error) });
      }
      // Fall through: some valid packages (prefixed XML) are beyond exceljs; our reader copes.
    }
  }
  try {
    return xmlSource(zip, info);
  } catch (error) {
    throw new WorkbookError('corrupt', { detail: technical(error) });
  }
}

export async function scanWorkbook(bytes: Uint8Array, choice: ReaderChoice = 'auto'): Promise<ScannedWorkbook> {
  checkSignature(bytes);
  const { zip, info } = openZip(bytes);
  const source = await gridSource(bytes, zip, info, choice);
  const sheets: ScannedSheet[] = [];
  info.sheets.forEach((sheet, sheetIndex) => {
    const base = { name: sheet.name, partName: sheet.partName, state: sheet.state };
    if (sheet.state !== 'visible') {
      sheets.push({ ...base, detection: { problem: 'Hidden sheet: skipped.', questions: [] } });
      return;
    }
    let sheetXml: string | undefined;
    let grid: SheetGrid | undefined;
    try {
      sheetXml = zip.readText(sheet.partName);
      grid = sheetXml === undefined ? undefined : source.grid(sheet.name, sheetXml);
    } catch (error) {
      throw new WorkbookError('corrupt', { detail: technical(error) });
    }
    if (!grid || sheetXml === undefined) {
      sheets.push({ ...base, detection: { problem: 'The sheet could not be read.', questions: [] } });
      return;
    }
    const index = new ValidationIndex(readListValidations(sheetXml));
    const resolved = new Map<ListValidation, Dropdown>();
    const dropdownAt = (row: number, col: number): Dropdown | undefined => {
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
          rangeValues: (sheetName, rect) => source.rangeValues(sheetName, rect),
        });
        dropdown = values ? { values } : {};
        resolved.set(validation, dropdown);
      }
      return dropdown;
    };
    sheets.push({ ...base, grid, xml: sheetXml, detection: detectSheet(grid, dropdownAt) });
  });
  return { zip, info, sheets, reader: source.reader };
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
  return scanned.sheets
    .filter((sheet) => sheet.detection.problem !== undefined)
    .map((sheet) => `Sheet "${sheet.name}": ${sheet.detection.problem as string}`);
}

export function questionCount(scanned: ScannedWorkbook): number {
  return scanned.sheets.reduce((sum, sheet) => sum + sheet.detection.questions.length, 0);
}

/**
 * The workbook reader: the package read once, part by part, within one read budget. Shared
 * strings and styles are read on first need; a sheet is parsed once (visible ones for their
 * questions, hidden ones only when a dropdown lists values from them).
 */
import type { Rect } from './address';
import { ReadBudget } from './limits';
import type { PackageInfo } from './package';
import { readPart, readSharedStrings, readStyles, type StyleTable } from './parts';
import { parseSheet, type ParsedSheet } from './sheet';
import type { ZipArchive } from './zip';

export class WorkbookReader {
  private sharedStrings?: string[];
  private styles?: StyleTable;
  private readonly sheets = new Map<string, ParsedSheet | undefined>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(
    readonly zip: ZipArchive,
    readonly info: PackageInfo,
    readonly budget: ReadBudget,
  ) {}

  /** A part's text, inflated once within the budget. */
  partText(part: string): string | undefined {
    if (!this.texts.has(part)) {
      this.texts.set(part, readPart(this.zip, part, this.budget));
    }
    return this.texts.get(part);
  }

  /** The parsed sheet (by name, case-insensitive, as Excel compares them). */
  sheet(sheetName: string): ParsedSheet | undefined {
    const key = sheetName.toLowerCase();
    if (!this.sheets.has(key)) {
      const sheet = this.info.sheets.find((candidate) => candidate.name.toLowerCase() === key);
      const xml = sheet === undefined ? undefined : this.partText(sheet.partName);
      this.sharedStrings ??= readSharedStrings(this.zip, this.info, this.budget);
      this.styles ??= readStyles(this.zip, this.info, this.budget);
      this.sheets.set(
        key,
        sheet === undefined || xml === undefined ? undefined : parseSheet(sheet.partName, sheet.name, xml, this.sharedStrings, this.styles, this.budget),
      );
    }
    return this.sheets.get(key);
  }

  /** Non-empty texts of a rectangle on a sheet, top to bottom, left to right, for dropdown source ranges. */
  rangeValues(sheetName: string, rect: Rect, limit = 500): string[] | undefined {
    const grid = this.sheet(sheetName)?.grid;
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
}

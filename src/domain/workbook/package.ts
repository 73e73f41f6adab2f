/**
 * The shapes of what the reader takes from an .xlsx package besides the cells: which zip entry
 * holds which sheet, defined names, list data validations (including the `x14:dataValidation`
 * extension Excel uses for dropdowns that point at another sheet), and whether the workbook
 * carries macros. parts.ts and sheet.ts read them with the XML parser.
 */
import type { Rect } from './address';

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
  /** Saved as Strict Open XML, which the reader and the patcher are not built for. */
  strict?: boolean;
}

export interface ListValidation {
  rects: Rect[];
  /** formula1 as written, e.g. `"Yes,No,N/A"`, `Lists!$A$1:$A$3`, `YesNo`. */
  formula: string;
}

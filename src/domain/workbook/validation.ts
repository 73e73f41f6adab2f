/** Which list validation (dropdown) applies to a cell, and which values it allows. */
import { parseRange, type Rect } from './address';
import type { DefinedName, ListValidation } from './package';

/** Rectangles wider than this are checked one by one instead of being indexed per column. */
const WIDE_RECT = 64;

export class ValidationIndex {
  private readonly byColumn = new Map<number, { rect: Rect; validation: ListValidation }[]>();
  private readonly wide: { rect: Rect; validation: ListValidation }[] = [];

  constructor(validations: readonly ListValidation[]) {
    for (const validation of validations) {
      for (const rect of validation.rects) {
        if (rect.right - rect.left + 1 > WIDE_RECT) {
          this.wide.push({ rect, validation });
          continue;
        }
        for (let col = rect.left; col <= rect.right; col++) {
          let list = this.byColumn.get(col);
          if (!list) {
            list = [];
            this.byColumn.set(col, list);
          }
          list.push({ rect, validation });
        }
      }
    }
    for (const list of this.byColumn.values()) {
      list.sort((a, b) => a.rect.top - b.rect.top);
    }
  }

  find(row: number, col: number): ListValidation | undefined {
    const list = this.byColumn.get(col);
    if (list) {
      // Validations never overlap in a valid file, so the last one starting at or above the
      // row is the only candidate.
      let low = 0;
      let high = list.length - 1;
      let candidate = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if ((list[mid] as { rect: Rect }).rect.top <= row) {
          candidate = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      const hit = list[candidate];
      if (hit && hit.rect.bottom >= row) {
        return hit.validation;
      }
    }
    return this.wide.find(({ rect }) => row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right)
      ?.validation;
  }
}

export interface ListContext {
  /** Sheet the validated cell is on (used for unqualified ranges and sheet-local names). */
  sheetName: string;
  sheetIndex: number;
  definedNames: readonly DefinedName[];
  /** Non-empty cell texts of a range on a sheet, top to bottom, left to right; undefined if no such sheet. */
  rangeValues: (sheetName: string, rect: Rect) => string[] | undefined;
}

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!:]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})$/;
const NAME = /^[A-Za-z_\\][\w.\\]*$/;

/**
 * The values a list validation offers: an inline list (`"Yes,No,N/A"`), a range on any sheet
 * (`Lists!$A$1:$A$3`), or a defined name for either. Undefined when the formula is something we
 * cannot evaluate (INDIRECT, OFFSET…) or yields nothing.
 */
export function resolveListValues(formula: string, context: ListContext, depth = 0): string[] | undefined {
  const text = formula.trim().replace(/^=/, '');
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    const values = text
      .slice(1, -1)
      .replace(/""/g, '"')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    return values.length > 0 ? values : undefined;
  }
  const reference = REFERENCE.exec(text);
  if (reference) {
    const sheet = reference[1]?.replace(/''/g, "'") ?? reference[2] ?? context.sheetName;
    const rect = parseRange(reference[3] as string);
    const values = rect ? context.rangeValues(sheet, rect) : undefined;
    return values && values.length > 0 ? dedupe(values) : undefined;
  }
  if (NAME.test(text) && depth < 3) {
    const lower = text.toLowerCase();
    const candidates = context.definedNames.filter((name) => name.name.toLowerCase() === lower);
    const chosen =
      candidates.find((name) => name.localSheetIndex === context.sheetIndex) ??
      candidates.find((name) => name.localSheetIndex === undefined);
    return chosen ? resolveListValues(chosen.formula, context, depth + 1) : undefined;
  }
  return undefined;
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

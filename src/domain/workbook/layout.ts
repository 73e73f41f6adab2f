/**
 * What a sheet is for, before its columns are looked at: a sheet that only points to the others
 * ("START HERE", "Instructions", "Read me", a cover sheet) or a sheet that belongs to the customer
 * (the institution's evaluation, the analyst's report, scoring). And which header words name the
 * customer's own columns ("Analyst Notes", "Reviewer", "Score", "Risk", "Weight"), which are never
 * where the vendor's answer goes. Pure: works on names and the plain SheetGrid.
 */
import type { SheetGrid } from './grid';

/** Sheet names of instructions and cover sheets: they tell the vendor where to answer. */
const POINTER_SHEET =
  /^\s*(\d+[.)]?\s*)?(start( here)?|instructions?|how to (use|complete|fill)\b.*|read ?me( first)?|cover( sheet| page)?|intro(duction)?|overview|guidance|welcome|about|terms( of use)?|getting started)\s*$/i;

/** Sheet names of the customer's own work on the answers. */
const CUSTOMER_SHEET =
  /\b(evaluation|evaluator|analyst|assessor|reviewer|scoring|score ?card|scores|dashboard|results|for (internal|institution|customer|client) use|internal use( only)?)\b|^\s*summary\s*$/i;
/** …unless the name says the vendor fills it ("Vendor Self-Evaluation"). */
const VENDOR_SHEET = /\b(vendor|supplier|self|provider|respondent)\b/i;

export type SheetPurpose = 'pointer' | 'customer' | 'questionnaire';

export function sheetPurpose(name: string): SheetPurpose {
  if (POINTER_SHEET.test(name)) {
    return 'pointer';
  }
  if (CUSTOMER_SHEET.test(name) && !VENDOR_SHEET.test(name)) {
    return 'customer';
  }
  return 'questionnaire';
}

export const POINTER_NOTE = 'An instructions or cover sheet (it points to the questionnaire sheets): skipped.';
export const CUSTOMER_SHEET_NOTE = "The customer's own sheet (evaluation, scoring or report), not the vendor's: skipped.";

/**
 * Header words of the customer's columns. Checked before the answer and comment words, so
 * "Analyst Notes", "Reviewer Comments" and "Assessor Response" are never taken for the vendor's.
 */
const CUSTOMER_HEADER =
  /analyst|reviewer|\breview(ed)? by\b|institution|\bscor(e|es|ed|ing)\b|\brisk\b|evaluat|assessor|\bweight(ing|s)?\b|\bpoints\b|\brating\b|(internal|office|customer|client|company|buyer|purchaser) use|\bfor (the )?(customer|client|company|institution|buyer)\b|\bauditor'?s? (notes?|comments?)\b|\bfollow[- ]?up\b|\bfindings?\b|\bverified\b|\bvalidated\b|\bcsc use\b/;
/** A header that says the vendor fills the column ("Vendor Answer", "Supplier Comments", "CSP …"). */
// Not "company": in a customer's own form "Company" is the customer ("Company Use Only", "Company Comments").
const VENDOR_HEADER = /^(vendor|supplier|csp|provider|service provider|respondent|your|third[- ]party|bidder|contractor)('?s)?\b/;

export function isCustomerHeader(label: string): boolean {
  return CUSTOMER_HEADER.test(label) && !VENDOR_HEADER.test(label);
}

export function isVendorHeader(label: string | undefined): boolean {
  return label !== undefined && VENDOR_HEADER.test(label.toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the sheet's text names another sheet ("see the Organization tab"): it points there. */
export function pointsToSheets(grid: SheetGrid, otherSheets: string[]): string[] {
  const names = otherSheets.filter((name) => name.trim().length >= 3 && name !== grid.name);
  if (names.length === 0) {
    return [];
  }
  const patterns = names.map((name) => ({ name, pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.trim())}($|[^\\p{L}\\p{N}])`, 'iu') }));
  const found = new Set<string>();
  let rows = 0;
  for (const row of grid.rows) {
    if (++rows > 200) {
      break;
    }
    for (const cell of row.cells.values()) {
      if (cell.text.length < 8) {
        continue;
      }
      for (const { name, pattern } of patterns) {
        if (!found.has(name) && pattern.test(cell.text)) {
          found.add(name);
        }
      }
    }
  }
  return [...found];
}

/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet program runs a cell that starts with
 * =, +, -, @, a tab or a carriage return as a formula (=HYPERLINK(…), =cmd|…). Answers are built
 * from profile text, which may come from anyone with write access to the repository, so every such
 * cell Attest writes is neutralized the way OWASP describes: a single quote in front, inside a quoted
 * cell, so the program shows it as text. The fill reports each answer this happened to.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as it is safe to put at the start of a spreadsheet cell. */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

export const FORMULA_NEUTRALIZED =
  "The answer started with a character a spreadsheet runs as a formula (=, +, -, @, tab or carriage return), so Attest put a single quote (') in front of it: check the profile text it came from before sending.";

/** The coverage warning for the cells a fill writes, when any of them had to be neutralized. */
export function formulaWarnings(cells: readonly (string | undefined)[]): string[] {
  return cells.some((cell) => cell !== undefined && startsLikeFormula(cell)) ? [FORMULA_NEUTRALIZED] : [];
}

/**
 * An explanation inserted at the cursor is a text of its own: it must not be glued to the word or
 * sentence before it ("…our controls.CC6.1 covers…"), nor to the word after. Pure, unit-tested.
 */

/** The text to insert between `before` (the line up to the insertion) and `after` (the rest of the line). */
export function spacedInsert(before: string, after: string, text: string): string {
  let result = text;
  if (before !== '' && !/\s$/.test(before) && !/^\s/.test(result)) {
    result = ` ${result}`;
  }
  if (after !== '' && !/^\s/.test(after) && !/\s$/.test(result)) {
    result = `${result} `;
  }
  return result;
}

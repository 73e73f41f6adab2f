/**
 * Text for a terminal. Sheet names, questions and file names come from the input, and a raw ESC,
 * BEL or carriage return in them would act on the terminal (colour, a bell, overwriting the summary
 * line). Every C0 control except tab and newline, DEL and every C1 control is shown as a \uXXXX escape.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function escapeControlCharacters(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

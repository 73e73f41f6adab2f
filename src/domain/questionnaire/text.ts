/** Text helpers shared by the questionnaire readers: lines, question heuristics, ids, markup. */
import type { LineEnding } from './types';

export interface SourceLine {
  index: number;
  /** Offset of the first character (after a byte-order mark on line 0). */
  start: number;
  /** Offset just before the line break. */
  end: number;
  /** Offset of the next line (after the line break); equals `end` on the last line. */
  next: number;
  text: string;
}

/** Every line, including the empty one after a final line break (as editors count them). */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ index: lines.length, start, end: i, next, text: text.slice(start, i) });
      start = next;
      i = next;
    } else {
      i++;
    }
  }
  lines.push({ index: lines.length, start, end: n, next: n, text: text.slice(start, n) });
  return lines;
}

export function detectLineEnding(text: string): LineEnding {
  const match = /\r\n|\n|\r/.exec(text);
  return (match?.[0] as LineEnding | undefined) ?? '\n';
}

/** Line breaks of any kind become `eol`. */
export function normalizeLineBreaks(value: string, eol: string): string {
  return value.replace(/\r\n|\r|\n/g, eol);
}

export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Leading whitespace width in columns (a tab counts 4, as CommonMark's tab stop). */
export function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') {
      width += 1;
    } else if (ch === '\t') {
      width += 4 - (width % 4);
    } else {
      break;
    }
  }
  return width;
}

/** Inline Markdown to plain words: emphasis, code, links, images, tags and escapes removed. */
export function stripInlineMarkup(value: string): string {
  if (!/[<![`*_~\\]/.test(value)) {
    return collapseWhitespace(value);
  }
  return collapseWhitespace(
    value
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/\*\*|__|~~/g, '')
      .replace(/(^|[^\w*])[*_](\S(?:[^*_]*\S)?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'),
  );
}

const AUXILIARIES = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would',
  'should', 'shall', 'may', 'might', 'must',
]);
/** Words after an auxiliary that make "Do you …" / "Is there …" a question even without "?". */
const QUESTION_SUBJECTS = new Set([
  'you', 'your', 'the', 'there', 'it', 'this', 'that', 'these', 'a', 'an', 'any', 'all', 'we', 'they',
  'our', 'customer', 'customers', 'vendor', 'vendors', 'data', 'users', 'employees', 'staff',
  'personnel', 'access', 'production', 'security', 'backups', 'logs', 'encryption', 'mfa',
]);
const WH_WORDS = new Set(['how', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why']);
/** Second words that make "What types …", "How often …" a question without "?". */
const WH_FOLLOWERS = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have',
  'often', 'frequently', 'many', 'much', 'long', 'type', 'types', 'kind', 'kinds', 'controls', 'measures',
]);
const IMPERATIVES = new Set([
  'describe', 'provide', 'list', 'explain', 'attach', 'confirm', 'indicate', 'specify', 'identify',
  'outline', 'detail', 'summarize', 'summarise', 'share', 'upload', 'enumerate', 'give', 'clarify',
  'supply', 'demonstrate', 'define',
]);

function words(value: string): string[] {
  return value
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9/]+$/g, ''))
    .filter((w) => w.length > 0);
}

/** The text asks something: a sentence ending in "?", or an interrogative / imperative opening. */
export function looksLikeQuestion(raw: string): boolean {
  const text = raw.trim();
  if (text.length === 0) {
    return false;
  }
  const w = words(text);
  if (/\?["'”’)\]*_]*\s*$/.test(text) || /\?\s+\S/.test(text)) {
    return w.length >= 2;
  }
  const [first = '', second = ''] = w;
  if (IMPERATIVES.has(first)) {
    return w.length >= 3 && second !== 'of';
  }
  if (first === 'please') {
    return IMPERATIVES.has(second) && w.length >= 3;
  }
  if (AUXILIARIES.has(first)) {
    return w.length >= 4 && QUESTION_SUBJECTS.has(second);
  }
  if (WH_WORDS.has(first)) {
    return w.length >= 4 && WH_FOLLOWERS.has(second);
  }
  return false;
}

/** "?" ends a sentence in the text (stricter than `looksLikeQuestion`, for free paragraphs). */
export function asksWithQuestionMark(raw: string): boolean {
  const text = raw.trim();
  return (/\?["'”’)\]*_]*\s*$/.test(text) || /\?\s+\S/.test(text)) && words(text).length >= 3;
}

/** An answer written without a marker usually opens with one of these. */
export function startsLikeAnswer(raw: string): boolean {
  return /^(yes|no|n\/a|not applicable)\b/i.test(raw.trim());
}

/** "Answer:", "**Answer:**", "**Response**:", "A:" at the start of a (blockquote-stripped) line. */
const ANSWER_MARKER = /^(?:\*\*|__|\*|_)?(?:answer|response|vendor response|reply|a)(?:\s*:\s*(?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_)\s*:)[ \t]*/i;

export function answerMarkerLength(line: string): number {
  const match = ANSWER_MARKER.exec(line);
  return match ? match[0].length : -1;
}

/** Question-id shapes in a cell of their own: "1", "1.2", "3.2a", "A&A-02.1", "CC6.1", "Q12". */
const ID_CELL = /^(?:[A-Z][A-Za-z&]{0,11}[-_. ]?)?\d+(?:[.-]\d+)*[a-z]?\.?$/;

export function looksLikeId(value: string): boolean {
  const text = value.trim();
  return text.length > 0 && text.length <= 24 && ID_CELL.test(text);
}

export interface IdSplit {
  id?: string;
  /** Characters consumed at the start of the text (id, punctuation, spaces). */
  consumed: number;
  rest: string;
}

/**
 * A question id written in front of the text: "1.2 Do…", "Q3: Do…", "3) Do…", "A&A-02.1 Do…".
 * A bare integer needs punctuation ("3." / "3)" / "3:") or a "Q" so "24 hour monitoring?" keeps its number.
 */
export function splitLeadingId(text: string): IdSplit {
  const patterns: RegExp[] = [
    /^(?:Q(?:uestion)?\s*#?\s*)(\d+(?:\.\d+)*[a-z]?)(?:[.):]|\s+[-–—]|\s)\s*(?=\S)/i,
    /^(\d+(?:\.\d+)+[a-z]?)(?:[.):]|\s+[-–—]|\s)\s*(?=\S)/,
    /^(\d+[a-z]?)(?:[.):]|\s+[-–—])\s*(?=\S)/,
    /^([A-Z][A-Z&]{0,11}(?:[-_.][A-Z&]{1,6})?[-_.]?\d+(?:[.-]\d+)*[a-z]?)(?:[.):]|\s+[-–—]|\s)\s*(?=\S)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) {
      return { id: match[1], consumed: match[0].length, rest: text.slice(match[0].length) };
    }
  }
  const bareLabel = /^(?:Q|Question)\s*[:.]\s*(?=\S)/i.exec(text);
  if (bareLabel) {
    return { consumed: bareLabel[0].length, rest: text.slice(bareLabel[0].length) };
  }
  return { consumed: 0, rest: text };
}

/** Section titles under which nothing is a question (instructions, declarations…). */
export function isInstructionTitle(title: string): boolean {
  return /\b(instructions?|how to (complete|use|fill|respond|answer)|guidance|guidelines|purpose|about this|declaration|introduction|glossary|definitions|submission)\b/i.test(
    title,
  );
}

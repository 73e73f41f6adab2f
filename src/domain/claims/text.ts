/**
 * Splitting a questionnaire document into the pieces the claim rules read: lines, table cells and
 * sentences, each with its absolute offset, and whether it is a question (the customer's words).
 * Nothing here knows SOC 2; it only keeps positions exact (UTF-16 offsets, as editors count).
 */

export interface Line {
  /** 0-based. */
  index: number;
  /** Absolute offset of the first character. */
  start: number;
  /** The line without its end-of-line characters. */
  text: string;
}

export interface Sentence {
  text: string;
  /** `text` in lower case, for cheap `includes` pre-checks before any regular expression runs. */
  lower: string;
  /** Absolute offset of `text[0]` in the document. */
  start: number;
  line: Line;
  /** A question or a request ("Provide your SOC 2 report"): the customer's wording, not a claim. */
  isQuestion: boolean;
  /** Ranges (relative to `text`) inside quotation marks or backticks: a term mentioned, not used. */
  quoted: readonly (readonly [number, number])[];
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ index, start, text: text.slice(start, i) });
      if (code === 13 && text.charCodeAt(i + 1) === 10) {
        i += 1;
      }
      start = i + 1;
      index += 1;
    }
  }
  lines.push({ index, start, text: text.slice(start) });
  return lines;
}

export function isTableRow(line: string): boolean {
  return /^\s*\|/.test(line);
}

/** Cells of a line: Markdown table cells and tab-separated fields; other lines are one cell. */
function cells(line: string): [number, number][] {
  if (line.indexOf('|') === -1 && line.indexOf('\t') === -1) {
    return [[0, line.length]];
  }
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if ((code === 124 /* | */ && line.charCodeAt(i - 1) !== 92) /* \ */ || code === 9 /* tab */) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  ranges.push([start, line.length]);
  return ranges;
}

// Words before a full stop that do not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|no|nos|inc|ltd|co|corp|llc|llp|mr|ms|mrs|dr|st|approx|fig|sec|cf|u\.s|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const TERMINATOR = /[.!?]/g;

/** Sentence ranges inside one cell. A boundary is . ! or ? followed by space (or a closing quote) and more text. */
function sentences(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  TERMINATOR.lastIndex = from;
  for (let found = TERMINATOR.exec(text); found !== null && found.index < to; found = TERMINATOR.exec(text)) {
    const i = found.index;
    const ch = found[0];
    let end = i + 1;
    while (end < to && CLOSERS.has(text[end] ?? '')) {
      end += 1;
    }
    const atEnd = end >= to;
    const next = text.charCodeAt(end);
    if (!atEnd && next !== 32 && next !== 160 && next !== 44) {
      continue;
    }
    if (ch === '.') {
      if (ABBREVIATION.test(text.slice(Math.max(from, i - 8), i))) {
        continue;
      }
      // A full stop followed by a lower-case word is an abbreviation we did not list ("approx. five").
      if (!atEnd && /^[\s,]+[a-z]/.test(text.slice(end, end + 3))) {
        continue;
      }
    }
    ranges.push([start, end]);
    start = end;
    TERMINATOR.lastIndex = end;
  }
  if (start < to) {
    ranges.push([start, to]);
  }
  return ranges;
}

// List markers, heading marks and question ids that may come before a question ("4.2", "A&A-02.1", "DOCU-03:").
const LEADING = /^(?:\s|[-*+>#,;]|\d+(?:\.\d+)*[.):]?(?=\s)|\(?[a-z]\)(?=\s)|[A-Z][A-Za-z&]*-\d+(?:\.\d+)*[.:)]?(?=\s)|["“'‘])*/;
const INTERROGATIVE =
  /^(?:do|does|did|are|is|was|were|have|has|had|can|could|will|would|should|shall|may|must|which|what|when|where|who|whom|whose|why|how|if so|(?:please|kindly)(?!\s+(?:see|refer|find|note|contact|reach|review|visit|request|ask|email|e-mail|write|consult|check)\b)|provide|describe|list|attach|upload|submit|indicate|confirm|explain|state|specify|identify|share|detail|outline|summari[sz]e|tell us|select|choose)\b/i;

const YES_NO = /\(\s*(?:yes\s*\/\s*no|y\s*\/\s*n)\s*\)/i;

export function isQuestion(sentence: string): boolean {
  const lead = LEADING.exec(sentence)?.[0].length ?? 0;
  // Ends with "?" (allowing closing quotes, brackets and spaces after it).
  let end = sentence.length - 1;
  while (end >= lead && /["'”’)\]\s]/.test(sentence[end] ?? '')) {
    end -= 1;
  }
  if (end < lead) {
    return false;
  }
  if (sentence[end] === '?') {
    return true;
  }
  if (sentence.includes('/') && YES_NO.test(sentence)) {
    return true;
  }
  return INTERROGATIVE.test(lead === 0 ? sentence : sentence.slice(lead));
}

const NO_RANGES: readonly (readonly [number, number])[] = [];

function quotedRanges(text: string): readonly (readonly [number, number])[] {
  if (!/[`"“‘']/.test(text)) {
    return NO_RANGES;
  }
  const ranges: [number, number][] = [];
  // Straight single quotes only where they cannot be apostrophes: not after a letter, not before one.
  const pattern = /`[^`]*`|"[^"]*"|“[^”]*”|‘[^’]*’|(?<![\w'])'[^'\n]{1,60}'(?![\w])/g;
  for (const match of text.matchAll(pattern)) {
    if (!match[0].startsWith('`')) {
      // Quotes that open a field (CSV cells, JSON strings) or hold a whole passage wrap the writer's
      // own words; only a short quotation inside a sentence mentions a term without using it.
      // A single quoted token ("soc2" as a JSON key) is a name, never a claim.
      const before = text.slice(0, match.index).trimEnd();
      const singleToken = !/\s/.test(match[0]);
      if (!singleToken && (before === '' || /[,;:\t|=[(]$/.test(before) || match[0].split(/\s+/).length > 8)) {
        continue;
      }
    }
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

export function splitSentences(line: Line): Sentence[] {
  const result: Sentence[] = [];
  for (const [cellStart, cellEnd] of cells(line.text)) {
    for (const [from, to] of sentences(line.text, cellStart, cellEnd)) {
      // Trim leading spaces so offsets point at the first word.
      let start = from;
      while (start < to && (line.text.charCodeAt(start) === 32 || line.text.charCodeAt(start) === 160 || line.text.charCodeAt(start) === 9)) {
        start += 1;
      }
      if (start >= to) {
        continue;
      }
      const text = line.text.slice(start, to);
      result.push({ text, lower: text.toLowerCase(), start: line.start + start, line, isQuestion: isQuestion(text), quoted: quotedRanges(text) });
    }
  }
  return result;
}

/**
 * Sentences read together with what they answer: an answer cell with the cell before it in its
 * table row ("| Auditor | AICPA |" reads as "Auditor:  AICPA", the pipe turned into a colon of the
 * same width), and a sentence that refers back ("It expires in June.") with the sentence before it
 * in its line. `from` is where the answer starts: only findings that reach past it belong to it.
 * Offsets stay exact because the text is the line's own, same length.
 */
const REFERS_BACK = /\b(?:it|its|this|that|these|they|them|the (?:report|audit|examination|attestation))\b/i;

export interface ContextSentence {
  sentence: Sentence;
  from: number;
  /** The answer is a bare "Yes" to a statement label ("| Privacy in scope | Yes |"): it affirms the label, so the label's findings are the answer's. */
  affirms?: { start: number; end: number };
}

export function contextSentences(line: Line, own: readonly Sentence[], mentionsReport: (text: string) => boolean): ContextSentence[] {
  const result: ContextSentence[] = [];
  const make = (startInLine: number, text: string, from: number, affirms?: ContextSentence['affirms']): void => {
    result.push({ sentence: { text, lower: text.toLowerCase(), start: line.start + startInLine, line, isQuestion: false, quoted: quotedRanges(text) }, from, ...(affirms === undefined ? {} : { affirms }) });
  };
  if (isTableRow(line.text)) {
    const ranges = cells(line.text).filter(([a, b]) => line.text.slice(a, b).trim() !== '');
    for (let i = 1; i < ranges.length; i += 1) {
      const [labelStart, labelEnd] = ranges[i - 1] as [number, number];
      const [valueStart, valueEnd] = ranges[i] as [number, number];
      const label = line.text.slice(labelStart, labelEnd).trim();
      const value = line.text.slice(valueStart, valueEnd);
      // A short label ("Auditor", "Opinion") always frames its value; a longer one, such as the
      // customer's question, only for an answer that leans on it ("Yes, it is public.").
      const framing = label.length <= 40 && !isQuestion(label) ? true : !mentionsReport(value) && REFERS_BACK.test(value);
      if (!framing || label.length > 200 || isQuestion(value.trim()) || label.endsWith(':')) {
        continue;
      }
      // "Label |" becomes "Label:" plus spaces, the same number of characters.
      const between = line.text.slice(labelStart, valueStart);
      const joined = between.replace(/\s*\|\s*$/, (m) => `:${' '.repeat(m.length - 1)}`);
      const lead = /^\s*/.exec(joined)?.[0].length ?? 0;
      const yes = /^(\s*)(yes|true|y)\b[.!]?\s*$/i.exec(value);
      const affirms = yes !== null && !isQuestion(label) ? { start: line.start + valueStart + (yes[1] ?? '').length, end: line.start + valueStart + (yes[1] ?? '').length + (yes[2] ?? '').length } : undefined;
      const valueLead = /^\s*/.exec(value)?.[0].length ?? 0;
      make(labelStart + lead, joined.slice(lead) + value, line.start + valueStart + valueLead, affirms);
    }
  }
  for (let i = 1; i < own.length; i += 1) {
    const previous = own[i - 1] as Sentence;
    const current = own[i] as Sentence;
    const sameCell = !line.text.slice(previous.start - line.start, current.start - line.start).includes('|');
    if (sameCell && !current.isQuestion && !mentionsReport(current.text) && mentionsReport(previous.text) && REFERS_BACK.test(current.text)) {
      const startInLine = previous.start - line.start;
      const endInLine = current.start - line.start + current.text.length;
      make(startInLine, line.text.slice(startInLine, endInLine), current.start);
    }
  }
  return result;
}

export function isQuoted(sentence: Sentence, from: number, to: number): boolean {
  return sentence.quoted.some(([a, b]) => from >= a && to <= b);
}

/**
 * The paragraph a line belongs to: the run of adjacent non-blank lines, except that a table row
 * or a CSV-like row stands alone (each row is one question and its answer).
 */
export function blockText(lines: readonly Line[], index: number): string {
  const line = lines[index];
  if (line === undefined) {
    return '';
  }
  const standalone = (text: string): boolean => isTableRow(text) || text.trim() === '' || text.includes('","');
  if (standalone(line.text)) {
    return line.text;
  }
  let first = index;
  let last = index;
  while (first > 0 && !standalone(lines[first - 1]?.text ?? '')) {
    first -= 1;
  }
  while (last < lines.length - 1 && !standalone(lines[last + 1]?.text ?? '')) {
    last += 1;
  }
  return lines
    .slice(first, last + 1)
    .map((l) => l.text)
    .join(' ');
}

const NEGATION = /\b(?:not|no|never|without|neither|nor|cannot|none)\b|n['’]t\b|\brather than\b|\binstead of\b/i;

/** A negation word anywhere in `text` (used on the part of a sentence before a claim). */
export function hasNegation(text: string): boolean {
  return NEGATION.test(text);
}

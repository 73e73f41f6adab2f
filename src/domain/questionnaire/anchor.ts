/**
 * Finding a question again after the document changed. A deferred insert (the wizard's Insert, a
 * CodeLens or light-bulb command, a prompt the writer answers later) must not trust the line it
 * saw: a paragraph added above moves every question below it, and the stored line then points at
 * another question (whose answer the insert would replace). Instead it keeps an anchor, the
 * question's text and section (plus its id and which of several identical questions it was), and
 * finds that question in the current text. When it cannot tell which question was meant, it says
 * so and the caller writes nothing. Pure: no 'vscode'.
 */
import * as z from 'zod/mini';
import type { QuestionItem } from './types';

/** Identifies a question by what it says, not where it is. Plain JSON: it travels as a command argument. */
export interface QuestionAnchor {
  /** The question as the reader gives it (id and markup removed). */
  question: string;
  /** The nearest section heading (or CSV section row) above it, when there is one. */
  section?: string;
  /** The question's id ("A&A-02.1", "3"), when the document gives one; tells identical questions apart. */
  id?: string;
  /** True when no other question with the same text and section had this id. */
  idUnique: boolean;
  /** Which of the questions with this text and section it was (0-based), and how many there were. */
  occurrence: number;
  occurrences: number;
  /** 0-based line when the anchor was taken: for messages and `moved`, never for finding. */
  line: number;
}

/** A line that is not a recognized question (the wizard answers it "below the line"). */
export interface LineAnchor {
  /** The line's text, trimmed. */
  text: string;
  occurrence: number;
  occurrences: number;
  line: number;
}

export type Relocation<T> =
  | { kind: 'found'; target: T; moved: boolean }
  | { kind: 'missing' }
  /** Several questions could be the one meant; `lines` are their 0-based lines. */
  | { kind: 'ambiguous'; lines: number[] };

const MAX_TEXT = 20_000;

/** Command arguments come from anywhere (other extensions, keybindings): accept only a well-formed anchor. */
const QuestionAnchorShape = z.strictObject({
  question: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  section: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  id: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  idUnique: z.boolean(),
  occurrence: z.number().check(z.int(), z.nonnegative()),
  occurrences: z.number().check(z.int(), z.positive()),
  line: z.number().check(z.int(), z.nonnegative()),
});

export function parseQuestionAnchor(value: unknown): QuestionAnchor | undefined {
  const parsed = QuestionAnchorShape.safeParse(value);
  if (!parsed.success || parsed.data.occurrence >= parsed.data.occurrences) {
    return undefined;
  }
  const { question, section, id, idUnique, occurrence, occurrences, line } = parsed.data;
  return { question, ...(section === undefined ? {} : { section }), ...(id === undefined ? {} : { id }), idUnique, occurrence, occurrences, line };
}

/** Whitespace and letter case do not make a question another question. */
function normalize(text: string | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function sameQuestion(item: QuestionItem, question: string, section: string): boolean {
  return normalize(item.question) === question && normalize(item.section) === section;
}

/** The anchor for `item`, one of `items` (the document's questions in order). */
export function anchorFor(items: readonly QuestionItem[], item: QuestionItem): QuestionAnchor {
  const question = normalize(item.question);
  const section = normalize(item.section);
  const group = items.filter((other) => sameQuestion(other, question, section));
  const occurrence = Math.max(0, group.indexOf(item));
  const idUnique = item.id !== undefined && group.filter((other) => other.id === item.id).length === 1;
  return {
    question: item.question,
    ...(item.section === undefined ? {} : { section: item.section }),
    ...(item.id === undefined ? {} : { id: item.id }),
    idUnique,
    occurrence,
    occurrences: Math.max(1, group.length),
    line: item.line,
  };
}

/** Every item's anchor in one pass (a CodeLens per question must not cost the square of the rows). */
export function anchorsFor(items: readonly QuestionItem[]): QuestionAnchor[] {
  const keys = items.map((item) => `${normalize(item.section)}\u0000${normalize(item.question)}`);
  const counts = new Map<string, number>();
  const idCounts = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  items.forEach((item, index) => {
    const key = keys[index] ?? '';
    bump(counts, key);
    if (item.id !== undefined) {
      bump(idCounts, `${key}\u0000${item.id}`);
    }
  });
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const key = keys[index] ?? '';
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const idUnique = item.id !== undefined && idCounts.get(`${key}\u0000${item.id}`) === 1;
    return {
      question: item.question,
      ...(item.section === undefined ? {} : { section: item.section }),
      ...(item.id === undefined ? {} : { id: item.id }),
      idUnique,
      occurrence,
      occurrences: counts.get(key) ?? 1,
      line: item.line,
    };
  });
}

/**
 * The question `anchor` was taken from, in the current `items`: same text and section. Among
 * identical questions, a unique id decides; otherwise the position among them, but only while
 * there are as many as when the anchor was taken (an added or deleted copy makes it ambiguous:
 * the deleted one may be the one meant).
 */
export function relocateQuestion(items: readonly QuestionItem[], anchor: QuestionAnchor): Relocation<QuestionItem> {
  const question = normalize(anchor.question);
  const section = normalize(anchor.section);
  const group = items.filter((item) => sameQuestion(item, question, section));
  const found = (item: QuestionItem): Relocation<QuestionItem> => ({ kind: 'found', target: item, moved: item.line !== anchor.line });
  const only = group[0];
  if (only === undefined) {
    return { kind: 'missing' };
  }
  if (anchor.occurrences === 1 && group.length === 1) {
    return found(only);
  }
  if (anchor.id !== undefined && anchor.idUnique) {
    const byId = group.filter((item) => item.id === anchor.id);
    const match = byId[0];
    if (match !== undefined && byId.length === 1) {
      return found(match);
    }
  }
  const positional = group[anchor.occurrence];
  if (group.length === anchor.occurrences && positional !== undefined) {
    return found(positional);
  }
  return { kind: 'ambiguous', lines: group.map((item) => item.line) };
}

/** The lines of `text` (CRLF, LF and lone CR each end one, as the readers count them). */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** An anchor for a line that is not a recognized question; undefined for a blank line (nothing to find it by). */
export function anchorForLine(text: string, line: number): LineAnchor | undefined {
  const lines = linesOf(text);
  const wanted = normalize(lines[line]);
  if (wanted === '') {
    return undefined;
  }
  const matches = lines.flatMap((candidate, index) => (normalize(candidate) === wanted ? [index] : []));
  return { text: (lines[line] ?? '').trim(), occurrence: Math.max(0, matches.indexOf(line)), occurrences: Math.max(1, matches.length), line };
}

/** The line `anchor` was taken from, in the current text, by the same rules as `relocateQuestion`. */
export function relocateLine(text: string, anchor: LineAnchor): Relocation<number> {
  const wanted = normalize(anchor.text);
  const matches = wanted === '' ? [] : linesOf(text).flatMap((candidate, index) => (normalize(candidate) === wanted ? [index] : []));
  const found = (line: number): Relocation<number> => ({ kind: 'found', target: line, moved: line !== anchor.line });
  if (matches.length === 0) {
    return { kind: 'missing' };
  }
  const positional = matches[anchor.occurrence];
  if (matches.length === anchor.occurrences && positional !== undefined) {
    return found(positional);
  }
  return { kind: 'ambiguous', lines: matches };
}

/**
 * Where a panel's "Insert into editor" goes: the writer's selection (replaced) or cursor, taken
 * when the panel opened. A selection is found again by its exact text; a cursor by its line's text
 * and column.
 */
export type SpanAnchor =
  | { kind: 'selection'; selected: string; occurrence: number; occurrences: number; start: number }
  | { kind: 'cursor'; line: LineAnchor; column: number };

/** Every start offset of `needle` in `text`, not overlapping. */
function occurrencesOf(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && needle !== ''; at = text.indexOf(needle, at + needle.length)) {
    starts.push(at);
  }
  return starts;
}

/** The anchor of `[start, end)` (a cursor when empty, at `line`/`column`); undefined for a cursor on a blank line. */
export function anchorForSpan(text: string, start: number, end: number, line: number, column: number): SpanAnchor | undefined {
  if (end > start) {
    const selected = text.slice(start, end);
    const starts = occurrencesOf(text, selected);
    const occurrence = starts.indexOf(start);
    // An overlapping repeat ("aaa" in "aaaa") is not found by a non-overlapping scan: count it as its own.
    return occurrence >= 0 ? { kind: 'selection', selected, occurrence, occurrences: starts.length, start } : { kind: 'selection', selected, occurrence: 0, occurrences: 1, start };
  }
  const lineAnchor = anchorForLine(text, line);
  return lineAnchor === undefined ? undefined : { kind: 'cursor', line: lineAnchor, column };
}

export type SpanRelocation = Relocation<{ start: number; end: number } | { line: number; column: number }>;

/** The span in the current text, by the rules of `relocateQuestion`: unique, or the same position among as many copies. */
export function relocateSpan(text: string, anchor: SpanAnchor): SpanRelocation {
  if (anchor.kind === 'cursor') {
    const found = relocateLine(text, anchor.line);
    return found.kind === 'found' ? { kind: 'found', target: { line: found.target, column: anchor.column }, moved: found.moved } : found;
  }
  const starts = occurrencesOf(text, anchor.selected);
  const lineOf = (offset: number): number => linesOf(text.slice(0, offset)).length - 1;
  if (starts.length === 0) {
    return { kind: 'missing' };
  }
  const only = starts[0];
  const positional = starts[anchor.occurrence];
  const start = anchor.occurrences === 1 && starts.length === 1 ? only : starts.length === anchor.occurrences ? positional : undefined;
  if (start === undefined) {
    return { kind: 'ambiguous', lines: starts.slice(0, 20).map(lineOf) };
  }
  return { kind: 'found', target: { start, end: start + anchor.selected.length }, moved: start !== anchor.start };
}

/**
 * Attest's snippets as data, and the two questions the editor asks about a prefix being typed:
 * does the text before the cursor end with a whole snippet prefix (Tab expands it), and is a
 * finding only the start of a prefix the writer is still typing (no squiggle on `soc2-ty|`).
 * No 'vscode' here: unit-tested in plain Node.
 */
import { parse as parseJsonc } from 'jsonc-parser';

export interface SnippetDefinition {
  name: string;
  prefix: string;
  body: string;
  description?: string;
}

/** Reads a `.code-snippets` file (JSON with comments): one prefix per snippet, body lines joined. */
export function parseSnippets(text: string): SnippetDefinition[] {
  const raw: unknown = parseJsonc(text);
  if (typeof raw !== 'object' || raw === null) {
    return [];
  }
  const snippets: SnippetDefinition[] = [];
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) {
      continue;
    }
    const { prefix, body, description } = value as { prefix?: unknown; body?: unknown; description?: unknown };
    const prefixes = typeof prefix === 'string' ? [prefix] : Array.isArray(prefix) ? prefix.filter((p): p is string => typeof p === 'string') : [];
    const text = typeof body === 'string' ? body : Array.isArray(body) ? body.filter((b): b is string => typeof b === 'string').join('\n') : undefined;
    if (text === undefined) {
      continue;
    }
    for (const p of prefixes) {
      snippets.push({ name, prefix: p, body: text, ...(typeof description === 'string' && { description }) });
    }
  }
  return snippets;
}

/** The run of non-space characters that ends at `end` in `line` (the word a prefix is typed as). */
function tokenEndingAt(line: string, end: number): { start: number; token: string } {
  let start = end;
  while (start > 0 && !/\s/.test(line.charAt(start - 1))) {
    start--;
  }
  return { start, token: line.slice(start, end) };
}

/**
 * The snippet whose whole prefix ends at the cursor, typed as a word of its own (after a space, a
 * line start, or a Markdown list or quote marker), and where it starts on the line.
 */
export function prefixBeforeCursor(line: string, cursor: number, snippets: readonly SnippetDefinition[]): { snippet: SnippetDefinition; start: number } | undefined {
  if (cursor < line.length && !/\s/.test(line.charAt(cursor))) {
    return undefined;
  }
  const { start, token } = tokenEndingAt(line, cursor);
  if (token === '') {
    return undefined;
  }
  const snippet = snippets.find((s) => s.prefix === token);
  return snippet ? { snippet, start } : undefined;
}

/**
 * Whether a finding at [start, end) of the text is only a snippet prefix being typed: the finding
 * lies inside a word that a cursor ends, and that word is the start of one of the prefixes
 * (`soc2`, `soc2-`, `soc2-type2`). A finding elsewhere, or a word that no prefix starts with
 * (`soc2-certified`), is kept.
 */
export function isPrefixBeingTyped(text: string, start: number, end: number, cursors: readonly number[], prefixes: readonly string[]): boolean {
  return cursors.some((cursor) => {
    if (cursor < end || (cursor < text.length && !/\s/.test(text.charAt(cursor)))) {
      return false;
    }
    let wordStart = cursor;
    while (wordStart > 0 && !/\s/.test(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart > start) {
      return false;
    }
    const word = text.slice(wordStart, cursor);
    return word.length > 0 && prefixes.some((prefix) => prefix.startsWith(word));
  });
}

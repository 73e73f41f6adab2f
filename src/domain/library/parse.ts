/**
 * Reads one library entry file (Markdown with a YAML front matter). Never throws: syntax errors
 * (from the `yaml` package, which reports positions) and schema errors (the zod schema, located
 * through the YAML node at the failing path) come back with the file, line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { FrontMatterSchema, type LibraryEntry, type SourceSpan } from './schema';

export interface LibraryError {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  message: string;
  /** The front-matter path, e.g. `answer.yesno` ('' for the file). */
  path: string;
}

export interface EntryParseResult {
  entry?: LibraryEntry;
  errors: LibraryError[];
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

function lineColumnAt(text: string, offset: number): SourceSpan {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The node at a path (a number indexes a sequence), or the deepest one that exists. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): { node: Node | undefined; key: Node | undefined } {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) {
        return { node: node as Node, key };
      }
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) {
        return { node: node as Node, key };
      }
      node = item;
    } else {
      break;
    }
  }
  return { node: (node as Node | null) ?? undefined, key };
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const { node, key } = nodeAt(doc, path);
  return (node?.range?.[0] ?? key?.range?.[0]) ?? undefined;
}

/**
 * @param file the path reported in errors and kept on the entry
 * @param text the file's text
 * @param topic the folder under the library root ('' at the root)
 */
export function parseEntry(file: string, text: string, topic: string): EntryParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const errors: LibraryError[] = [];
  const fail = (offset: number, message: string, path = ''): EntryParseResult => {
    const at = lineColumnAt(source, offset);
    errors.push({ file, line: at.line, column: at.column, message, path });
    return { errors };
  };
  const open = OPEN.exec(source);
  if (open === null) {
    return fail(0, 'a library entry starts with a YAML front matter: a line "---", the fields (id, question, answer, owner…), and a closing "---"');
  }
  const yamlStart = open[0].length;
  const rest = source.slice(yamlStart);
  const close = CLOSE.exec(rest);
  if (close === null) {
    return fail(0, 'the front matter is not closed: add a line "---" after the last field');
  }
  const yamlText = rest.slice(0, close.index);
  const afterClose = yamlStart + close.index + close[0].length;
  const bodyOffset = source[afterClose] === '\r' ? afterClose + 2 : source[afterClose] === '\n' ? afterClose + 1 : afterClose;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      // The parser finds a missing closing quote where the text ends; the writer needs the quote that was opened.
      const quote = error.code === 'MISSING_CHAR' ? /Missing closing (["'])quote/.exec(error.message)?.[1] : undefined;
      const opened = quote === undefined ? undefined : openingQuote(yamlText, error.pos[0] ?? 0, quote);
      const at = lineColumnAt(source, yamlStart + (opened ?? error.pos[0] ?? 0));
      const message = opened === undefined ? (error.message.split('\n')[0] ?? error.message) : `the ${quote === '"' ? 'double' : 'single'} quote opened here is not closed`;
      errors.push({ file, line: at.line, column: at.column, message: `YAML: ${message}`, path: '' });
    }
    return { errors };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 10 });
  // YAML reads `reviewed: 2026-01-31` as a string with the core schema; a Date would only come
  // from a custom tag, so dates stay text.
  const parsed = FrontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        // Each unknown field at its own key, not at the start of the mapping that holds it ("anwser:" on line 4).
        const fields = path.length === 0 ? 'the fields are id, question, variants, answer, owner, reviewed, reviewEvery, visibility, tags, evidence' : path.join('.') === 'answer' ? 'the fields of answer are yesno and sentence' : undefined;
        for (const key of issue.keys) {
          const at = lineColumnAt(source, yamlStart + (nodeAt(doc, [...path, key]).key?.range?.[0] ?? offsetOf(doc, path) ?? 0));
          const name = [...path, key].map(String).join('.');
          errors.push({ file, line: at.line, column: at.column, message: `unknown field "${key}"${fields === undefined ? '' : ` (${fields})`}`, path: name });
        }
        continue;
      }
      const offset = offsetOf(doc, path) ?? 0;
      const at = lineColumnAt(source, yamlStart + offset);
      const name = path.length > 0 ? path.map(String).join('.') : '';
      const message = issue.code === 'invalid_type' && issue.input === undefined ? `${name || 'field'} is required` : `${name ? `${name} ` : ''}${issue.message}`;
      errors.push({ file, line: at.line, column: at.column, message, path: name });
    }
    return { errors };
  }
  const spanAt = (path: readonly PropertyKey[]): SourceSpan | undefined => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : lineColumnAt(source, yamlStart + offset);
  };
  const front = parsed.data;
  const sentenceOffset = front.answer.sentence === undefined ? undefined : offsetOf(doc, ['answer', 'sentence']);
  const entry: LibraryEntry = {
    ...front,
    topic,
    file,
    paragraph: source.slice(bodyOffset).trim(),
    spans: {
      id: spanAt(['id']) ?? { line: 1, column: 1 },
      question: spanAt(['question']) ?? { line: 1, column: 1 },
      owner: front.owner === undefined ? undefined : spanAt(['owner']),
      reviewed: front.reviewed === undefined ? undefined : spanAt(['reviewed']),
      yesno: front.answer.yesno === undefined ? undefined : spanAt(['answer', 'yesno']),
      sentence: front.answer.sentence === undefined ? undefined : spanAt(['answer', 'sentence']),
      sentenceOffset: sentenceOffset === undefined ? undefined : yamlStart + sentenceOffset,
      variants: front.variants.map((_, i) => spanAt(['variants', i]) ?? { line: 1, column: 1 }),
      evidence: front.evidence.map((_, i) => spanAt(['evidence', i]) ?? { line: 1, column: 1 }),
      bodyOffset: bodyOffset + (source.slice(bodyOffset).length - source.slice(bodyOffset).trimStart().length),
      bodyLine: lineColumnAt(source, bodyOffset + (source.slice(bodyOffset).length - source.slice(bodyOffset).trimStart().length)).line,
    },
  };
  return { entry, errors };
}

export interface LibraryFile {
  /** The path reported in errors. */
  path: string;
  text: string;
}

export interface LoadedLibrary {
  entries: LibraryEntry[];
  errors: LibraryError[];
}

/** The topic of a file from its path under the root: `identity/sso.md` → `identity`. */
export function topicOf(root: string, path: string): string {
  const normalizedRoot = root.replace(/\\/g, '/').replace(/\/+$/, '');
  let relative = path.replace(/\\/g, '/');
  if (normalizedRoot !== '' && relative.startsWith(`${normalizedRoot}/`)) {
    relative = relative.slice(normalizedRoot.length + 1);
  }
  const slash = relative.lastIndexOf('/');
  return slash < 0 ? '' : relative.slice(0, slash);
}

/**
 * Parses every `.md` file given; an id used in two or more files answers from none of them (see
 * withUniqueIds).
 */
export function loadLibrary(root: string, files: readonly LibraryFile[]): LoadedLibrary {
  const parsed: LibraryEntry[] = [];
  const errors: LibraryError[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!/\.md$/i.test(file.path)) {
      continue;
    }
    const result = parseEntry(file.path, file.text, topicOf(root, file.path));
    errors.push(...result.errors);
    if (result.entry !== undefined) {
      parsed.push(result.entry);
    }
  }
  const unique = withUniqueIds(parsed);
  return { entries: unique.entries, errors: [...errors, ...unique.errors] };
}

/**
 * The entries whose id no other entry uses, and an error at each one that shares its id: which
 * one the id means is for a person, so none of them answers (a new file that reuses an id must
 * not replace the entry that has it, nor the other way round).
 */
export function withUniqueIds(entries: readonly LibraryEntry[]): LoadedLibrary {
  const filesById = new Map<string, string[]>();
  for (const entry of entries) {
    const files = filesById.get(entry.id);
    if (files === undefined) {
      filesById.set(entry.id, [entry.file]);
    } else {
      files.push(entry.file);
    }
  }
  const unique: LibraryEntry[] = [];
  const errors: LibraryError[] = [];
  for (const entry of entries) {
    const files = filesById.get(entry.id) ?? [];
    if (files.length > 1) {
      const others = files.filter((file) => file !== entry.file).join(', ');
      errors.push({ file: entry.file, ...entry.spans.id, message: `id "${entry.id}" is also used by ${others}: neither answers until one is renamed`, path: 'id' });
    } else {
      unique.push(entry);
    }
  }
  return { entries: unique, errors };
}

/**
 * The offset of the quote left open before `end`: the last line before it with an odd number of
 * such quotes (an escaped \" or a doubled '' does not count), at its last one.
 */
function openingQuote(yamlText: string, end: number, quote: string): number | undefined {
  const lines = yamlText.slice(0, end).split('\n');
  let offset = yamlText.slice(0, end).length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    offset -= line.length + (i < lines.length - 1 ? 1 : 0);
    const bare = quote === '"' ? line.replace(/\\./g, '  ') : line.replace(/''/g, '  ');
    const count = bare.split(quote).length - 1;
    if (count % 2 === 1) {
      return offset + bare.lastIndexOf(quote);
    }
  }
  return undefined;
}

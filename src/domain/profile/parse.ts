/**
 * Reads `.attest/profile.json` (JSON with comments and trailing commas) and validates it against
 * the zod schema. Every problem, syntax or schema, comes back with its exact place in the text
 * so the editor can underline it and the command line can print FILE:LINE:COL. Never throws.
 */
import { findNodeAtLocation, getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import * as z from 'zod/mini';
import { ProfileSchema, type Profile } from './schema';

export interface ProfileError {
  /** Where in the profile, e.g. `soc2.engagements[0].periodEnd` ('' for the whole file). */
  path: string;
  message: string;
  /** 1-based line and column (UTF-16 units) of the start. */
  line: number;
  column: number;
  /** 1-based line and column of the end (exclusive). */
  endLine: number;
  endColumn: number;
  /** Start offset and length in UTF-16 units of the input text. */
  offset: number;
  length: number;
}

export interface ProfileParseResult {
  /** Present only when there are no errors. */
  profile?: Profile;
  errors: ProfileError[];
}

type PathSegment = string | number;

/** `soc2.engagements[0].periodEnd` */
export function formatProfilePath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$]*$/.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  }
  return out;
}

/** Maps offsets to 1-based line/column, counting \r\n, \r and \n as line breaks (as editors do). */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) {
          i++;
        }
        this.starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

function makeError(lines: LineIndex, path: string, message: string, offset: number, length: number): ProfileError {
  const start = lines.position(offset);
  const end = lines.position(offset + length);
  return { path, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, length };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon after the property name',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: "Expected '}' to close the object",
  CloseBracketExpected: "Expected ']' to close the list",
  EndOfFileExpected: 'Expected the end of the file: the profile is a single JSON object',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unterminated comment: close it with */',
  UnexpectedEndOfString: 'Unterminated string: add the closing double quote',
  UnexpectedEndOfNumber: 'Incomplete number',
  InvalidUnicode: 'Invalid \\u escape: use four hexadecimal digits',
  InvalidEscapeCharacter: 'Invalid escape sequence in the string',
  InvalidCharacter: 'Invalid character in the string: control characters must be escaped',
};

/** The innermost object or array that starts before `offset` and was never closed. */
function unclosedContainer(root: Node | undefined, text: string, offset: number): Node | undefined {
  let found: Node | undefined;
  const visit = (node: Node): void => {
    if ((node.type === 'object' || node.type === 'array') && node.offset < offset) {
      const closer = node.type === 'object' ? '}' : ']';
      const last = text.charAt(node.offset + node.length - 1);
      if (node.length <= 1 || last !== closer) {
        found = node;
      }
    }
    for (const child of node.children ?? []) {
      if (child.offset <= offset) {
        visit(child);
      }
    }
  };
  if (root !== undefined) {
    visit(root);
  }
  return found;
}

function syntaxMessage(error: ParseError, text: string, root: Node | undefined, lines: LineIndex): string {
  const code = printParseErrorCode(error.error);
  let message = SYNTAX_MESSAGES[code] ?? 'Invalid JSON';
  if (code === 'InvalidSymbol') {
    const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
    message += ` ${JSON.stringify(found)}`;
    if (found.startsWith("'")) {
      message += ': strings and property names need double quotes';
    }
  }
  const atEnd = text.slice(error.offset).trim() === '';
  if (atEnd && (code === 'CloseBraceExpected' || code === 'CloseBracketExpected' || code === 'ValueExpected' || code === 'CommaExpected')) {
    const open = unclosedContainer(root, text, error.offset);
    if (open !== undefined) {
      const where = lines.position(open.offset);
      const what = open.type === 'object' ? "object '{'" : "list '['";
      return `The file ends too early: the ${what} opened at line ${where.line}, column ${where.column} is never closed (is the file truncated?)`;
    }
    if (text.trim() === '' || code === 'ValueExpected') {
      return 'The file is empty: it should hold one JSON object, for example { "organization": { "name": "Example, Inc." } }';
    }
  }
  return message;
}

/** Converts the syntax tree to a plain value; keys are own properties even when named `__proto__`. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode !== undefined && typeof keyNode.value === 'string') {
          Object.defineProperty(out, keyNode.value, {
            value: valueNode === undefined ? undefined : nodeValue(valueNode),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value as unknown;
  }
}

/** Duplicate keys are legal JSON, but which one wins depends on the reader: reject them. */
function duplicateKeyErrors(root: Node, lines: LineIndex): ProfileError[] {
  const errors: ProfileError[] = [];
  const visit = (node: Node, path: PathSegment[]): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || typeof keyNode.value !== 'string') {
          continue;
        }
        const key = keyNode.value;
        if (seen.has(key)) {
          errors.push(
            makeError(lines, formatProfilePath([...path, key]), `Duplicate property "${key}": keep only one.`, keyNode.offset, keyNode.length),
          );
        }
        seen.add(key);
        if (valueNode !== undefined) {
          visit(valueNode, [...path, key]);
        }
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => visit(child, [...path, index]));
    }
  };
  visit(root, []);
  return errors;
}

/** The node a schema path points at, with the property-name node when the value sits in an object. */
function locate(root: Node, path: readonly PathSegment[]): { node: Node | undefined; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as PathSegment[]);
    if (node !== undefined) {
      return { node, depth };
    }
  }
  return { node: undefined, depth: 0 };
}

function keyNodeOf(valueNode: Node): Node | undefined {
  const parent = valueNode.parent;
  return parent?.type === 'property' ? parent.children?.[0] : undefined;
}

/** The range to underline for a value: small values whole; a multi-line object/array by its key or opening bracket. */
function rangeForValue(node: Node, text: string): { offset: number; length: number } {
  const spansLines = /[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
  if ((node.type === 'object' || node.type === 'array') && spansLines) {
    const key = keyNodeOf(node);
    return key !== undefined ? { offset: key.offset, length: key.length } : { offset: node.offset, length: 1 };
  }
  return { offset: node.offset, length: node.length };
}

/** Small edit distance for "did you mean" on unknown keys. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The property names the schema allows in the object at `path` (walking through optional/default/arrays). */
function allowedKeysAt(path: readonly PathSegment[]): string[] {
  // ProfileSchema is built with zod/mini, so its nodes are the mini classes. (Using `z.core` at run
  // time would pull all of zod's core, JSON Schema and compiler included, into every bundle.)
  let schema: z.core.$ZodType = ProfileSchema;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    let current = s;
    for (let guard = 0; guard < 10; guard++) {
      if (current instanceof z.ZodMiniOptional || current instanceof z.ZodMiniDefault || current instanceof z.ZodMiniNullable) {
        current = current._zod.def.innerType;
      } else if (current instanceof z.ZodMiniPipe) {
        current = current._zod.def.in;
      } else {
        break;
      }
    }
    return current;
  };
  for (const segment of path) {
    schema = unwrap(schema);
    if (typeof segment === 'number' && schema instanceof z.ZodMiniArray) {
      schema = schema._zod.def.element;
    } else if (typeof segment === 'string' && schema instanceof z.ZodMiniObject) {
      const next = (schema._zod.def.shape as Record<string, z.core.$ZodType | undefined>)[segment];
      if (next === undefined) {
        return [];
      }
      schema = next;
    } else {
      return [];
    }
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodMiniObject ? Object.keys(schema._zod.def.shape) : [];
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const close = allowed
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= Math.max(1, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = close !== undefined ? ` Did you mean "${close.candidate}"?` : '';
  const list = allowed.length > 0 ? ` Allowed here: ${allowed.map((k) => `"${k}"`).join(', ')}.` : '';
  return `Unknown property "${key}".${hint}${list}`;
}

function describeValue(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 27)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

/** Per-parse messages: readable wording for zod's built-in issues (schema-level messages still win). */
const issueMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      const last = issue.path?.[issue.path.length - 1];
      if (issue.input === undefined && typeof last === 'string') {
        return `Missing required property "${last}".`;
      }
      return `Expected ${expected}, found ${describeValue(issue.input)}.`;
    }
    case 'invalid_value':
      if (issue.input === undefined && typeof issue.path?.[issue.path.length - 1] === 'string') {
        return `Missing required property "${String(issue.path[issue.path.length - 1])}".`;
      }
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'array') {
        return `List at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`;
      }
      if (issue.origin === 'number' || issue.origin === 'int') {
        return `Must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}.`;
      }
      return undefined;
    default:
      return undefined;
  }
};

function schemaErrors(root: Node, text: string, lines: LineIndex, value: unknown): { profile?: Profile; errors: ProfileError[] } {
  const result = ProfileSchema.safeParse(value, { error: issueMessages });
  if (result.success) {
    return { profile: result.data, errors: [] };
  }
  const errors: ProfileError[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
    if (issue.code === 'unrecognized_keys') {
      const objectNode = findNodeAtLocation(root, path);
      const allowed = allowedKeysAt(path);
      for (const key of issue.keys) {
        const property = objectNode?.children?.find((p) => p.children?.[0]?.value === key);
        const keyNode = property?.children?.[0];
        const where = keyNode ?? objectNode ?? root;
        errors.push(makeError(lines, formatProfilePath([...path, key]), unknownKeyMessage(key, allowed), where.offset, keyNode !== undefined ? keyNode.length : 1));
      }
      continue;
    }
    const { node, depth } = locate(root, path);
    const target = node ?? root;
    let range: { offset: number; length: number };
    if (depth === path.length) {
      range = rangeForValue(target, text);
    } else {
      // The property is missing: point at the object that should hold it (its key, or its brace).
      const key = keyNodeOf(target);
      range = key !== undefined ? { offset: key.offset, length: key.length } : { offset: target.offset, length: 1 };
    }
    errors.push(makeError(lines, formatProfilePath(path), issue.message, range.offset, range.length));
  }
  return { errors };
}

function byPosition(a: ProfileError, b: ProfileError): number {
  return a.offset - b.offset || a.length - b.length;
}

/** Parses and validates profile text. Syntax errors stop validation (a half-read file would give misleading schema errors). */
export function parseProfile(text: string): ProfileParseResult;
export function parseProfile(bytes: Uint8Array): ProfileParseResult;
export function parseProfile(input: string | Uint8Array): ProfileParseResult {
  if (typeof input !== 'string') {
    return parseProfileBytes(input);
  }
  // A leading byte-order mark is harmless: blank it (same length, so offsets stay true to the input).
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  const lines = new LineIndex(text);
  try {
    const parseErrors: ParseError[] = [];
    const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    if (parseErrors.length > 0 || root === undefined) {
      const errors = parseErrors.map((error) => {
        const path = formatProfilePath(getLocation(text, error.offset).path);
        return makeError(lines, path, syntaxMessage(error, text, root, lines), error.offset, error.length);
      });
      // Several unclosed brackets at the end of a truncated file give the same message: keep one.
      const unique = errors.filter(
        (error, index) => errors.findIndex((other) => other.offset === error.offset && other.message === error.message) === index,
      );
      if (unique.length === 0) {
        unique.push(makeError(lines, '', syntaxMessage({ error: 4, offset: text.length, length: 0 }, text, root, lines), text.length, 0));
      }
      return { errors: unique.sort(byPosition) };
    }
    const duplicates = duplicateKeyErrors(root, lines);
    const validated = schemaErrors(root, text, lines, nodeValue(root));
    const errors = [...duplicates, ...validated.errors].sort(byPosition);
    return errors.length === 0 && validated.profile !== undefined ? { profile: validated.profile, errors } : { errors };
  } catch (error) {
    // Pathological input (for example nesting deep enough to exhaust the stack) must not crash the caller.
    const reason = error instanceof RangeError ? 'the file is nested too deeply to read' : 'the file could not be read';
    return { errors: [makeError(lines, '', `Invalid profile: ${reason}.`, 0, 0)] };
  }
}

/** Index of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let needed: number;
    let min: number;
    if (b0 < 0x80) {
      i++;
      continue;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      needed = 1;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      needed = 2;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      needed = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = b0 & (0x3f >> needed);
    for (let k = 1; k <= needed; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) {
        return i;
      }
      codePoint = (codePoint << 6) | (b & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return i;
    }
    i += needed + 1;
  }
  return -1;
}

/**
 * Parses a profile file's bytes. It must be UTF-8 (a UTF-8 byte-order mark is accepted and
 * skipped); UTF-16 files and invalid byte sequences are reported at the place they occur.
 * Offsets refer to the decoded text (without the byte-order mark).
 */
export function parseProfileBytes(bytes: Uint8Array): ProfileParseResult {
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isUtf16) {
    return {
      errors: [
        { path: '', message: 'The profile is saved as UTF-16: save it as UTF-8.', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, length: 0 },
      ],
    };
  }
  const invalidAt = firstInvalidUtf8(body);
  if (invalidAt >= 0) {
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, invalidAt));
    const lines = new LineIndex(before);
    const byteNumber = invalidAt + (hasUtf8Bom ? 3 : 0);
    return {
      errors: [makeError(lines, '', `The profile is not valid UTF-8 (at byte offset ${byteNumber}): save it with UTF-8 encoding.`, before.length, 0)],
    };
  }
  return parseProfile(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body));
}

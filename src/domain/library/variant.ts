/**
 * Adding a question to an entry's `variants` (Save Answer to Library). The `yaml` package's
 * Document API locates the list in the front matter; the change is one text edit at that place
 * (re-serializing the whole document would realign comments and requote strings), which the
 * editor applies as an undoable edit touching only the `variants` lines.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify } from 'yaml';
import { normalizeText } from './analyze';

export interface EntryTextEdit {
  /** Offsets in the entry file's text. */
  start: number;
  end: number;
  newText: string;
}

export type AddVariantResult =
  | { kind: 'added'; text: string; edit: EntryTextEdit }
  /** The question is already the entry's question or one of its variants (after normalizing). */
  | { kind: 'present'; as: string }
  | { kind: 'invalid'; problem: string };

const OPEN = /^(\uFEFF?)---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/** The front matter's span in the file: [start, end) of the YAML between the two `---` lines. */
export function frontMatterSpan(text: string): { start: number; end: number } | undefined {
  const open = OPEN.exec(text);
  if (open === null) {
    return undefined;
  }
  const start = open[0].length;
  const close = CLOSE.exec(text.slice(start));
  return close === null ? undefined : { start, end: start + close.index };
}

/** The offset just past the end of the line `offset` is on (the text's end when it has no newline). */
function afterLine(text: string, offset: number): number {
  if (offset > 0 && text.charCodeAt(offset - 1) === 10) {
    return offset;
  }
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

type ParsedFrontMatter = ReturnType<typeof parseDocument>;

/** The front matter's data without `variants`, to check that an edit changed nothing else. */
function withoutVariants(doc: ParsedFrontMatter): unknown {
  const data = doc.toJS({ maxAliasCount: 10 }) as Record<string, unknown> | null;
  if (data === null || typeof data !== 'object') {
    return data;
  }
  const { variants: _variants, ...rest } = data;
  return rest;
}

/**
 * Adds `question` to the entry's variants. The yaml Document finds the `variants` node and its
 * source range; the new item, rendered by yaml in the quoting of the list's first item (double
 * quotes when there is none, as the scaffolds write), is spliced into the text there, so every
 * other byte (aligned comments, quoting, blank lines, the body) stays as it was. A block list
 * gets a line in its own indentation, an empty `variants: []` becomes a block list, a flow list
 * gets `, "…"`, and a missing list is added under the question. The result is parsed again and
 * refused unless the only change is the one variant. Refuses a file that is not an entry.
 */
export function addVariant(text: string, question: string): AddVariantResult {
  const variant = question.replace(/\s+/g, ' ').trim();
  if (variant === '') {
    return { kind: 'invalid', problem: 'the question is empty' };
  }
  const span = frontMatterSpan(text);
  if (span === undefined) {
    return { kind: 'invalid', problem: 'it has no front matter between two "---" lines' };
  }
  const yamlText = text.slice(span.start, span.end);
  const eol = yamlText.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { kind: 'invalid', problem: `its front matter is not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'syntax error'})` };
  }
  const contents = doc.contents;
  const questionPair = isMap(contents) ? contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'question') : undefined;
  const questionNode = questionPair?.value;
  if (!isScalar(questionNode) || typeof questionNode.value !== 'string') {
    return { kind: 'invalid', problem: 'its front matter has no question' };
  }
  const existing = doc.get('variants', true);
  const seq = isSeq(existing) ? existing : undefined;
  const isEmptyValue = doc.has('variants') && (existing === null || existing === undefined || (isScalar(existing) && existing.value === null));
  if (doc.has('variants') && seq === undefined && !isEmptyValue) {
    return { kind: 'invalid', problem: 'its variants field is not a list' };
  }
  const known = [questionNode.value, ...(seq?.items ?? []).map((item) => (isScalar(item) ? String(item.value) : ''))];
  const wanted = normalizeText(variant);
  const same = known.find((k) => normalizeText(k) === wanted);
  if (same !== undefined) {
    return { kind: 'present', as: same };
  }
  const first = seq?.items[0];
  const style = isScalar(first) && (first.type === Scalar.QUOTE_SINGLE || first.type === Scalar.PLAIN) ? first.type : Scalar.QUOTE_DOUBLE;
  const item = stringify(variant, { defaultStringType: style, lineWidth: 0 }).trimEnd();
  let insert: EntryTextEdit;
  if (seq?.range && seq.flow === true && seq.items.length > 0) {
    const close = yamlText.lastIndexOf(']', seq.range[1]);
    insert = { start: close, end: close, newText: `, ${item}` };
  } else if (seq?.range && seq.flow === true) {
    // From the colon on: `variants: []` becomes `variants:` and the item's line.
    let start = seq.range[0];
    while (start > 0 && (yamlText[start - 1] === ' ' || yamlText[start - 1] === '\t')) {
      start--;
    }
    insert = { start, end: seq.range[1], newText: `${eol}  - ${item}` };
  } else if (seq?.range) {
    const indent = ' '.repeat(seq.range[0] - lineStartOf(yamlText, seq.range[0]));
    const at = afterLine(yamlText, seq.range[1]);
    insert = { start: at, end: at, newText: `${at === yamlText.length && !yamlText.endsWith('\n') ? eol : ''}${indent}- ${item}${eol}` };
  } else {
    // No list yet: under `variants:` when the key is there with no value, else under the question.
    const keyPair = isMap(contents) ? contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'variants') : undefined;
    const anchor = isEmptyValue && isScalar(keyPair?.key) ? keyPair.key.range?.[1] : questionNode.range?.[1];
    if (anchor === undefined) {
      return { kind: 'invalid', problem: 'Attest could not find where its variants go' };
    }
    const at = afterLine(yamlText, anchor);
    const lead = at === yamlText.length && !yamlText.endsWith('\n') ? eol : '';
    insert = { start: at, end: at, newText: `${lead}${isEmptyValue ? '' : `variants:${eol}`}  - ${item}${eol}` };
  }
  const edited = yamlText.slice(0, insert.start) + insert.newText + yamlText.slice(insert.end);
  const check = parseDocument(edited, { uniqueKeys: true });
  const variants: unknown = check.errors.length === 0 ? check.toJS({ maxAliasCount: 10 })?.variants : undefined;
  const before = (seq?.items ?? []).map((node) => (isScalar(node) ? node.value : undefined));
  if (!Array.isArray(variants) || JSON.stringify(variants) !== JSON.stringify([...before, variant]) || JSON.stringify(withoutVariants(check)) !== JSON.stringify(withoutVariants(doc))) {
    return { kind: 'invalid', problem: 'its variants list is written in a way Attest cannot add to without changing other lines (edit it by hand)' };
  }
  const edit = { start: span.start + insert.start, end: span.start + insert.end, newText: insert.newText };
  return { kind: 'added', text: text.slice(0, edit.start) + edit.newText + text.slice(edit.end), edit };
}

/**
 * Writes answers into the main document part by editing its XML in place, at the positions the
 * parser reported: only the answer's runs (and the boxes) change; every other byte of the part is
 * kept, and every other part of the package is copied verbatim by the zip rewriter.
 *
 * - A cell or paragraph answer replaces the plain runs that hold the old answer (none, when empty)
 *   with one new run; it takes the old answer's run properties, or else the paragraph mark's (the
 *   formatting Word gives text typed into that empty paragraph), without the mark's own tracked
 *   change markers. An "Answer:" label before it is kept. Bookmarks, comment anchors and other
 *   empty markers stay where they are.
 * - A content control still showing its placeholder prompt is replaced by the answer run.
 * - The old answer is never cut through a tracked change, a field, a hyperlink or a content control
 *   holding text: such a write fails with WordError('cannot_write') naming the place.
 * - A content-control checkbox gets `w14:checked` and the state's character; a form-field checkbox
 *   its `w:checked`; a ☐ character becomes ☒ (☑ when the document uses that) and back.
 * - Text is XML-escaped; control characters are dropped; a newline becomes `w:br`, a tab `w:tab`.
 */
import type { Box, CellNode, DocumentModel, ParagraphNode, Range, SymElement, TextNode } from './document';
import type { AnswerTarget, DetectedItem } from './detect';
import { WordError } from './errors';

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Drops what XML 1.0 cannot hold and what a cell should not: C0/C1 controls (tab and newline kept), U+FFFE/U+FFFF, lone surrogates. */
export function cleanAnswerText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u2028\u2029]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      // A box character in an answer would read back as a checkbox the customer never put there.
      .replace(/\u2610/g, '[ ]')
      .replace(/[\u2611\u2612]/g, '[x]')
  );
}

function cannotWrite(location: string, why: string): WordError {
  return new WordError('cannot_write', { message: `Could not write the answer at ${location}: ${why}; it was left for a person.` });
}

/** The run properties a new run takes: the old answer's, else the paragraph mark's (its tracked-change markers left out). */
function runPropertiesFor(xml: string, paragraph: ParagraphNode, from?: Range): string {
  if (from !== undefined) {
    return xml.slice(from.start, from.end);
  }
  const mark = paragraph.markRPr;
  if (mark === undefined || mark.end <= mark.start) {
    return '';
  }
  let out = '';
  let at = mark.start;
  for (const drop of [...mark.drop].sort((a, b) => a.start - b.start)) {
    out += xml.slice(at, drop.start);
    at = drop.end;
  }
  return out + xml.slice(at, mark.end);
}

function runXml(prefix: string, rPr: string, text: string): string {
  const parts: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) {
      parts.push(`<${prefix}br/>`);
    }
    line.split('\t').forEach((chunk, j) => {
      if (j > 0) {
        parts.push(`<${prefix}tab/>`);
      }
      if (chunk.length > 0) {
        parts.push(`<${prefix}t xml:space="preserve">${escapeText(chunk)}</${prefix}t>`);
      }
    });
  });
  return `<${prefix}r>${rPr}${parts.join('')}</${prefix}r>`;
}

/**
 * A paragraph inside a content control that shows its prompt: the prompt's runs go, the answer run
 * takes their place, and the control stops showing a placeholder (else Word would grey the answer
 * out and clear it on the first click).
 */
function promptEdits(xml: string, paragraph: ParagraphNode, flag: Range, text: string): Edit[] {
  const edits: Edit[] = [{ start: flag.start, end: flag.end, text: '' }];
  const runs = paragraph.pieces.filter((piece) => piece.kind === 'run');
  for (const piece of runs) {
    edits.push({ start: piece.start, end: piece.end, text: '' });
  }
  const at = runs[0]?.start ?? paragraph.closeStart;
  const run = runXml(paragraph.prefix, runPropertiesFor(xml, paragraph), text);
  if (paragraph.selfClosing) {
    const tag = xml.slice(paragraph.start, paragraph.end).replace(/\s*\/>$/, '>');
    return [edits[0] as Edit, { start: paragraph.start, end: paragraph.end, text: `${tag}${run}</${paragraph.prefix}p>` }];
  }
  edits.push({ start: at, end: at, text: run });
  return edits;
}

/** Edits that put `text` in place of the paragraph's text from `from` on. */
function paragraphEdits(xml: string, paragraph: ParagraphNode, from: number, text: string, location: string): Edit[] {
  if (paragraph.placeholderFlag !== undefined && from === 0) {
    return promptEdits(xml, paragraph, paragraph.placeholderFlag, text);
  }
  const edits: Edit[] = [];
  let insertAt: number | undefined;
  let rPrFrom: Range | undefined;
  let cutRun = false;
  for (const piece of paragraph.pieces) {
    const hasText = piece.textEnd > piece.textStart;
    if (piece.placeholder) {
      if (piece.textEnd > piece.textStart) {
        throw cannotWrite(location, 'a content control there holds other text');
      }
      if (piece.textStart >= from) {
        // The prompt of an empty content control: the answer goes in its place.
        edits.push({ start: piece.start, end: piece.end, text: '' });
        insertAt ??= piece.start;
      }
      continue;
    }
    if (!hasText || piece.textEnd <= from) {
      continue;
    }
    if (!piece.plain || piece.hasBox || piece.tracked) {
      throw cannotWrite(location, piece.tracked ? 'the answer there is a tracked change' : 'the answer there is inside a field, a link or a content control');
    }
    if (piece.textStart < from) {
      // The run holds the label and the start of the old answer: keep the label's text only.
      const keep = paragraph.text.slice(piece.textStart, from);
      const rPr = piece.rPr === undefined ? '' : xml.slice(piece.rPr.start, piece.rPr.end);
      edits.push({ start: piece.start, end: piece.end, text: runXml(paragraph.prefix, rPr, keep.replace(/\s+$/, ' ')) });
      insertAt = piece.end;
      cutRun = true;
      continue;
    }
    rPrFrom ??= piece.rPr ?? { start: 0, end: 0 };
    edits.push({ start: piece.start, end: piece.end, text: '' });
    insertAt ??= piece.start;
  }
  if (insertAt === undefined) {
    // Nothing to replace: after the label's last piece, else at the end of the paragraph.
    const before = paragraph.pieces.filter((piece) => piece.textEnd > piece.textStart && piece.textEnd <= from);
    const last = before[before.length - 1];
    insertAt = last !== undefined ? last.end : paragraph.closeStart;
  }
  const label = paragraph.text.slice(0, from);
  const spacer = from > 0 && !cutRun && !/\s$/.test(label) ? ' ' : '';
  const run = runXml(paragraph.prefix, runPropertiesFor(xml, paragraph, cutRun || from > 0 ? undefined : rPrFrom), spacer + text);
  if (paragraph.selfClosing) {
    // <w:p …/> becomes <w:p …>run</w:p>, its attributes kept.
    const tag = xml.slice(paragraph.start, paragraph.end).replace(/\s*\/>$/, '>');
    return [{ start: paragraph.start, end: paragraph.end, text: `${tag}${run}</${paragraph.prefix}p>` }];
  }
  edits.push({ start: insertAt, end: insertAt, text: run });
  return edits;
}

function isRemovable(paragraph: ParagraphNode): boolean {
  // Plain runs and spelling marks only: a bookmark, comment anchor or field would go with it.
  return paragraph.pieces.every((piece) => piece.plain || piece.name === 'proofErr');
}

/** Edits that make the cell hold `text`: into its first paragraph with text (or its first), later text paragraphs removed. */
function cellEdits(xml: string, cell: CellNode, text: string, location: string): Edit[] {
  const withText = cell.paragraphs.filter((paragraph) => paragraph.text.trim().length > 0);
  const target = withText[0] ?? cell.paragraphs[0];
  if (target === undefined) {
    // A cell must hold a paragraph; one without is damaged, and is given one.
    return [{ start: cell.openEnd, end: cell.openEnd, text: `<w:p>${runXml('w:', '', text)}</w:p>` }];
  }
  const edits = paragraphEdits(xml, target, 0, text, location);
  for (const paragraph of withText.slice(1)) {
    if (!isRemovable(paragraph)) {
      throw cannotWrite(location, 'the old answer runs over paragraphs with fields, links, comments or tracked changes');
    }
    edits.push({ start: paragraph.start, end: paragraph.end, text: '' });
  }
  return edits;
}

function answerEdits(xml: string, target: AnswerTarget, text: string, location: string): Edit[] {
  return target.kind === 'cell' ? cellEdits(xml, target.cell, text, location) : paragraphEdits(xml, target.paragraph, target.from, text, location);
}

/** Box edits; ☐ characters sharing one `w:t` are gathered into one edit of that node. */
class BoxEdits {
  private readonly glyphs = new Map<TextNode, Map<number, string>>();
  readonly edits: Edit[] = [];

  constructor(private readonly model: DocumentModel) {}

  set(box: Box, checked: boolean, location: string): void {
    if (box.checked === checked) {
      return;
    }
    switch (box.kind) {
      case 'glyph':
        this.glyph(box.node, box.offset, checked ? this.model.checkedGlyph : '\u2610');
        return;
      case 'sdt': {
        const p = box.checkedElement?.prefix ?? box.checkboxPrefix;
        const element = `<${p}checked ${p}val="${checked ? 1 : 0}"/>`;
        if (box.checkedElement) {
          this.edits.push({ start: box.checkedElement.start, end: box.checkedElement.end, text: element });
        } else if (this.model.xml[box.checkboxOpenEnd - 2] !== '/') {
          this.edits.push({ start: box.checkboxOpenEnd, end: box.checkboxOpenEnd, text: element });
        } else {
          throw cannotWrite(location, 'a checkbox there has no state to set');
        }
        if (box.glyphSym) {
          this.sym(box.glyphSym, checked ? box.checkedChar : box.uncheckedChar, checked ? box.checkedFont : box.uncheckedFont);
        } else if (box.glyph) {
          const from = checked ? box.uncheckedChar : box.checkedChar;
          const at = box.glyph.text.indexOf(from);
          if (at >= 0) {
            this.glyph(box.glyph, at, checked ? box.checkedChar : box.uncheckedChar, from.length);
          } else {
            this.replaceNode(box.glyph, checked ? box.checkedChar : box.uncheckedChar);
          }
        }
        return;
      }
      case 'sym': {
        const wingdings = /^wingdings$/i.test(box.element.font ?? '');
        const char = wingdings ? String.fromCharCode(checked ? 0xf0fe : 0xf0a8) : checked ? this.model.checkedGlyph : '\u2610';
        this.sym(box.element, char, box.element.font);
        return;
      }
      case 'formfield': {
        const p = box.prefix;
        const element = checked ? `<${p}checked/>` : `<${p}checked ${p}val="0"/>`;
        if (box.checkedElement) {
          this.edits.push({ start: box.checkedElement.start, end: box.checkedElement.end, text: element });
        } else {
          const at = box.defaultEnd ?? box.checkBoxOpenEnd;
          this.edits.push({ start: at, end: at, text: element });
        }
        return;
      }
    }
  }

  private readonly widths = new Map<TextNode, Map<number, number>>();

  /** A `w:sym` written again with the new character (and the state's font, when the checkbox names one). */
  private sym(element: SymElement, char: string, font: string | undefined): void {
    const p = element.prefix;
    const hex = (char.codePointAt(0) ?? 0x2610).toString(16).toUpperCase().padStart(4, '0');
    const face = font ?? element.font;
    this.edits.push({ start: element.start, end: element.end, text: `<${p}sym ${p}font="${escapeText(face ?? '').replace(/"/g, '&quot;')}" ${p}char="${hex}"/>`.replace(` ${p}font=""`, '') });
  }

  private glyph(node: TextNode, offset: number, char: string, width = 1): void {
    let chars = this.glyphs.get(node);
    if (!chars) {
      chars = new Map();
      this.glyphs.set(node, chars);
      this.widths.set(node, new Map());
    }
    chars.set(offset, char);
    this.widths.get(node)?.set(offset, width);
  }

  private replaceNode(node: TextNode, text: string): void {
    this.edits.push({ start: node.contentStart, end: node.contentEnd, text: escapeText(text) });
  }

  finish(): Edit[] {
    for (const [node, chars] of this.glyphs) {
      const widths = this.widths.get(node) ?? new Map<number, number>();
      let text = '';
      let at = 0;
      for (const offset of [...chars.keys()].sort((a, b) => a - b)) {
        text += node.text.slice(at, offset) + (chars.get(offset) as string);
        at = offset + (widths.get(offset) ?? 1);
      }
      this.replaceNode(node, text + node.text.slice(at));
    }
    return this.edits;
  }
}

/** Why an answer cannot be written into the item's place, or undefined when it can (a dry run of the edits). */
export function writeBlocked(model: DocumentModel, item: DetectedItem): string | undefined {
  if (item.answerTarget === undefined) {
    return undefined;
  }
  try {
    answerEdits(model.xml, item.answerTarget, 'x', item.location);
    return undefined;
  } catch (error) {
    if (error instanceof WordError) {
      return error.message;
    }
    throw error;
  }
}

export interface ItemWrite {
  item: DetectedItem;
  answer?: string;
  comment?: string;
  check?: string[];
}

/**
 * The document part's new text, or the part unchanged when nothing is written. `inserted`, when
 * given, receives the text of every edit (for the caller's well-formedness check).
 */
export function patchDocument(model: DocumentModel, writes: readonly ItemWrite[], inserted?: string[]): string {
  const xml = model.xml;
  const edits: Edit[] = [];
  const boxes = new BoxEdits(model);
  for (const { item, answer, comment, check } of writes) {
    let checkLabels = check;
    if (answer !== undefined && (item.slot !== 'checkbox' || answer.trim().length > 0)) {
      if (item.slot === 'checkbox') {
        // An answer on a set of boxes is the box it names.
        checkLabels = [...(check ?? []), answer];
      } else if (item.answerTarget) {
        edits.push(...answerEdits(xml, item.answerTarget, cleanAnswerText(answer), item.location));
      }
    }
    if (checkLabels !== undefined) {
      if (item.slot !== 'checkbox' || item.boxes === undefined) {
        throw cannotWrite(item.location, 'it has no boxes to check');
      }
      const wanted = new Set(checkLabels.map((label) => label.trim().toLowerCase()));
      for (const label of wanted) {
        if (!item.boxes.some((box) => box.label.toLowerCase() === label)) {
          throw cannotWrite(item.location, `it has no box labelled "${label}" (boxes: ${item.boxes.map((box) => box.label).join(', ')})`);
        }
      }
      for (const { label, box } of item.boxes) {
        boxes.set(box, wanted.has(label.toLowerCase()), item.location);
      }
    }
    if (comment !== undefined) {
      if (item.commentCell === undefined) {
        throw cannotWrite(item.location, 'it has no comment cell');
      }
      edits.push(...cellEdits(xml, item.commentCell, cleanAnswerText(comment), item.location));
    }
  }
  edits.push(...boxes.finish());
  if (edits.length === 0) {
    return xml;
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) {
      throw new WordError('cannot_write', { message: 'Two answers would be written into the same place; nothing was written.', detail: `overlap at ${edit.start}` });
    }
    out.push(xml.slice(at, edit.start), edit.text);
    inserted?.push(edit.text);
    at = edit.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}

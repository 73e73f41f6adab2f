/**
 * One streaming pass (saxes, through src/domain/workbook/xml.ts) over the main document part into
 * a small model: the body's top-level paragraphs and tables in order, every table's rows and cells
 * (grid column, span, vertical merge), every paragraph's visible text, its checkboxes, and the
 * position of each piece the writer may touch. Nothing here is a regular expression over XML: the
 * parser says where every element starts and ends, so a commented-out paragraph or a quoted `>`
 * cannot move an answer.
 *
 * What counts as a paragraph's text: `w:t` in runs (inserted text included, deleted and moved-away
 * text not), tabs, breaks and non-breaking hyphens; not hidden runs (`w:vanish`), field codes, text
 * boxes or the fallback copy of drawings, nor the prompt of a content control still showing its
 * placeholder ("Click or tap here to enter text.").
 */
import type { ReadBudget } from '../workbook/limits';
import { limitError } from '../workbook/limits';
import { parseXml, type XmlElement } from '../workbook/xml';

export interface Range {
  start: number;
  end: number;
}

/** A `w:t` element: where its content sits, and that content decoded. */
export interface TextNode {
  /** Just after `<w:t …>`. */
  contentStart: number;
  /** At `</w:t>`. */
  contentEnd: number;
  text: string;
}

export type Box =
  | {
      /** A Word content-control checkbox (`w14:checkbox` in a `w:sdt`). */
      kind: 'sdt';
      checked: boolean;
      /** The `w14:checked` element, when written (absent means unchecked). */
      checkedElement?: Range & { prefix: string };
      /** Just after `<w14:checkbox>`, where a missing `w14:checked` goes; the prefix it was written with. */
      checkboxOpenEnd: number;
      checkboxPrefix: string;
      checkedChar: string;
      uncheckedChar: string;
      checkedFont?: string;
      uncheckedFont?: string;
      /** The `w:t` that shows the box (its one character). */
      glyph?: TextNode;
      /** Or the `w:sym` that shows it. */
      glyphSym?: SymElement;
    }
  | {
      /** A `w:sym` box: ☐ ☒ ☑ by code point in any font, or Wingdings' box and checked box. */
      kind: 'sym';
      checked: boolean;
      element: SymElement;
    }
  | {
      /** A ☐ / ☒ / ☑ character typed in the text. */
      kind: 'glyph';
      checked: boolean;
      node: TextNode;
      /** UTF-16 offset of the character in `node.text`. */
      offset: number;
    }
  | {
      /** A legacy form-field checkbox (`w:ffData/w:checkBox`, FORMCHECKBOX). */
      kind: 'formfield';
      checked: boolean;
      checkedElement?: Range & { prefix: string };
      defaultEnd?: number;
      checkBoxOpenEnd: number;
      prefix: string;
    };

/** A `w:sym` element: a character of a symbol font. */
export interface SymElement extends Range {
  prefix: string;
  /** The char attribute as written (hex). */
  char: string;
  font?: string;
}

/** Wingdings' empty box (0xA8, 0x6F) and checked boxes (0xFE ☑, 0xFD ☒), as Word's Insert Symbol writes them (F0xx). */
const WINGDINGS_UNCHECKED = new Set(['a8', '6f']);
const WINGDINGS_CHECKED = new Set(['fe', 'fd']);

/** Whether a `w:sym` shows a box, and whether it is checked. */
export function symBox(char: string, font: string | undefined): { checked: boolean } | undefined {
  const code = char.toLowerCase().replace(/^f0/, '');
  if (/^wingdings$/i.test(font ?? '')) {
    return WINGDINGS_UNCHECKED.has(code) ? { checked: false } : WINGDINGS_CHECKED.has(code) ? { checked: true } : undefined;
  }
  const value = parseInt(char, 16);
  return value === 0x2610 ? { checked: false } : value === 0x2612 || value === 0x2611 ? { checked: true } : undefined;
}

export type Segment = { kind: 'text'; text: string } | { kind: 'box'; box: Box };

/**
 * A direct child of a paragraph (other than its properties): a run, or a wrapper (hyperlink,
 * tracked change, content control, field, smart tag), or a marker (bookmark, comment range).
 */
export interface Piece extends Range {
  kind: 'run' | 'other';
  /** The element's local name (`r`, `hyperlink`, `ins`, `bookmarkStart`, `proofErr`…). */
  name: string;
  /** Offsets of the text it contributes, in the paragraph's `text`. */
  textStart: number;
  textEnd: number;
  /** A run of plain text only (t, tab, br…), not hidden, no checkbox: the writer may replace it. */
  plain: boolean;
  /** Holds a checkbox. */
  hasBox: boolean;
  /** A tracked change (w:ins, w:del, w:moveFrom, w:moveTo) or holds one. */
  tracked: boolean;
  /** A content control showing its placeholder prompt. */
  placeholder: boolean;
  /** The run's `w:rPr`, for a run. */
  rPr?: Range;
  /** Text nodes of a plain run, for cutting it. */
  texts: TextNode[];
}

export interface ParagraphNode extends Range {
  openEnd: number;
  selfClosing: boolean;
  /** At `</w:p>` (equal to `end` when self-closing). */
  closeStart: number;
  prefix: string;
  pPr?: Range;
  /** The paragraph mark's run properties (`w:pPr/w:rPr`), and the children a new run does not take (tracked-change markers, spacer sizes). */
  markRPr?: Range & { drop: Range[] };
  styleId?: string;
  /** Has `w:numPr` with a list (numId not 0) in its own properties. */
  numbered: boolean;
  /** `w:numPr` with numId 0: numbering switched off even when the style has it. */
  numberingOff: boolean;
  outlineLevel?: number;
  /** Visible text; checkbox characters are not in it (they are segments). */
  text: string;
  segments: Segment[];
  pieces: Piece[];
  /** 1-based among the body's top-level paragraphs; undefined inside a table. */
  bodyIndex?: number;
  /**
   * The paragraph is inside a content control (around it, or around its cell) that shows its
   * placeholder prompt: its runs are the prompt, and the control's `w:showingPlcHdr` is here.
   */
  placeholderFlag?: Range;
  /** Holds a legacy text form field (FORMTEXT): a place Restrict Editing "filling in forms" lets a person write. */
  hasTextField?: boolean;
}

export interface CellNode extends Range {
  openEnd: number;
  /** 0-based grid column where the cell starts. */
  col: number;
  span: number;
  vMerge?: 'restart' | 'continue';
  paragraphs: ParagraphNode[];
}

export interface RowNode extends Range {
  /** 1-based within its table. */
  number: number;
  header: boolean;
  cells: CellNode[];
}

export interface TableNode extends Range {
  /** 1-based, document order (nested tables counted where they start). */
  number: number;
  depth: number;
  rows: RowNode[];
  gridColumns: number;
  /** `w:gridCol` widths (twentieths of a point), one per grid column, 0 where not given. */
  gridWidths: number[];
}

export type Block = { kind: 'paragraph'; paragraph: ParagraphNode } | { kind: 'table'; table: TableNode };

export interface DocumentModel {
  xml: string;
  /** Top-level blocks of the body, in order (block content controls are looked through). */
  blocks: Block[];
  tables: TableNode[];
  hasTrackedChanges: boolean;
  /** The character a checked ☐ becomes: ☑ when the document already uses it, else ☒. */
  checkedGlyph: string;
}

export interface DocumentLimits {
  maxParagraphs: number;
  maxTableCells: number;
}

export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = { maxParagraphs: 400_000, maxTableCells: 250_000 };

const UNCHECKED = '\u2610';
const CHECKED_X = '\u2612';
const CHECKED_V = '\u2611';
const BOX_CHARS = new Set([UNCHECKED, CHECKED_X, CHECKED_V]);

/** Children of a run that keep it a plain run of text. */
const PLAIN_RUN_CHILDREN = new Set(['rPr', 't', 'tab', 'br', 'cr', 'lastRenderedPageBreak', 'softHyphen', 'noBreakHyphen']);
/** Children of a paragraph mark's rPr that a run's rPr may not hold. */
const MARK_ONLY = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange']);
const TRACKED = new Set(['ins', 'del', 'moveFrom', 'moveTo']);
/** Subtrees whose text is not the paragraph's own. */
const SKIPPED = new Set(['txbxContent', 'Fallback', 'instrText', 'delInstrText', 'footnoteReference', 'endnoteReference']);

/**
 * A font size under 6 pt on an empty paragraph's mark is a spacer, not a format for text (LibreOffice
 * gives the empty cells of an imported HTML table 2 pt): an answer written there does not take it.
 */
function isSpacerSize(element: XmlElement): boolean {
  return (element.name === 'sz' || element.name === 'szCs') && Number(element.attributes.get('val')) < 12;
}

function isFalse(value: string | undefined): boolean {
  return value === '0' || value === 'false' || value === 'off';
}

function hexChar(value: string | undefined, fallback: string): string {
  const code = value === undefined ? NaN : parseInt(value, 16);
  return Number.isFinite(code) && code > 0x1f && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

interface SdtState {
  element: XmlElement;
  box?: Extract<Box, { kind: 'sdt' }>;
  placeholder: boolean;
  /** The `w:showingPlcHdr` element, which the writer removes when it writes into the control. */
  placeholderElement?: Range;
  inContent: boolean;
}

interface RunState {
  element: XmlElement;
  hidden: boolean;
  plain: boolean;
  hasBox: boolean;
  rPr?: Range;
  texts: TextNode[];
}

interface ParagraphState {
  node: ParagraphNode;
  /** The direct child being read, with where its text started. */
  piece?: { element: XmlElement; textStart: number; plain: boolean; hasBox: boolean; tracked: boolean; placeholder: boolean; rPr?: Range; texts: TextNode[] };
  textParts: string[];
  length: number;
}

interface TableState {
  table: TableNode;
  row?: RowNode;
  cell?: CellNode;
  col: number;
}

export function readDocument(part: string, xml: string, budget: ReadBudget, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): DocumentModel {
  const blocks: Block[] = [];
  const tables: TableNode[] = [];
  const tableStack: TableState[] = [];
  const sdtStack: SdtState[] = [];
  let paragraph: ParagraphState | undefined;
  let run: RunState | undefined;
  let textNode: { element: XmlElement; parts: string[] } | undefined;
  let skipDepth = 0;
  let trackedDepth = 0;
  let movedAwayDepth = 0;
  let hasTrackedChanges = false;
  let paragraphs = 0;
  let bodyParagraphs = 0;
  let cells = 0;
  let usesCheckV = false;
  let usesCheckX = false;
  /** The legacy checkbox being read inside `w:ffData`. */
  let formBox: Extract<Box, { kind: 'formfield' }> | undefined;
  /** The last `w:sym` opened, to learn where a `<w:sym …></w:sym>` ends. */
  let openSym: SymElement | undefined;

  const currentSdt = (): SdtState | undefined => sdtStack[sdtStack.length - 1];
  const inPlaceholder = (): boolean => sdtStack.some((sdt) => sdt.placeholder && sdt.inContent);
  const checkboxContent = (): SdtState | undefined => {
    for (let i = sdtStack.length - 1; i >= 0; i--) {
      const sdt = sdtStack[i] as SdtState;
      if (sdt.box !== undefined && sdt.inContent) {
        return sdt;
      }
    }
    return undefined;
  };

  const addText = (text: string): void => {
    if (paragraph === undefined || text.length === 0) {
      return;
    }
    paragraph.textParts.push(text);
    paragraph.length += text.length;
    const last = paragraph.node.segments[paragraph.node.segments.length - 1];
    if (last?.kind === 'text') {
      last.text += text;
    } else {
      paragraph.node.segments.push({ kind: 'text', text });
    }
  };

  const addBox = (box: Box): void => {
    if (paragraph === undefined) {
      return;
    }
    paragraph.node.segments.push({ kind: 'box', box });
    if (paragraph.piece) {
      paragraph.piece.hasBox = true;
    }
    if (run) {
      run.hasBox = true;
      run.plain = false;
    }
  };

  parseXml(part, xml, {
    open: (element) => {
      const name = element.name;
      if (skipDepth > 0 || SKIPPED.has(name)) {
        skipDepth += element.selfClosing ? 0 : 1;
        if (run && name !== 'Fallback') {
          run.plain = false;
        }
        return;
      }
      const parentName = element.parent?.name;
      // Where the element sits in the paragraph: a direct child starts a piece.
      if (paragraph && element.parent?.start === paragraph.node.start && name !== 'pPr') {
        paragraph.piece = { element, textStart: paragraph.length, plain: name === 'r', hasBox: false, tracked: TRACKED.has(name), placeholder: false, texts: [] };
      }
      if (TRACKED.has(name) && parentName !== 'rPr' && parentName !== 'trPr' && parentName !== 'tcPr' && parentName !== 'pPr') {
        hasTrackedChanges = true;
        trackedDepth += element.selfClosing ? 0 : 1;
        if (paragraph?.piece) {
          paragraph.piece.tracked = true;
        }
        if (name === 'moveFrom') {
          movedAwayDepth += element.selfClosing ? 0 : 1;
        }
      }
      switch (name) {
        case 'tbl': {
          const table: TableNode = { number: tables.length + 1, depth: tableStack.length, rows: [], gridColumns: 0, gridWidths: [], start: element.start, end: element.start };
          tables.push(table);
          if (tableStack.length === 0) {
            blocks.push({ kind: 'table', table });
          }
          tableStack.push({ table, col: 0 });
          return;
        }
        case 'gridCol': {
          const state = tableStack[tableStack.length - 1];
          if (state && parentName === 'tblGrid') {
            state.table.gridColumns += 1;
            const width = Number(element.attributes.get('w'));
            state.table.gridWidths.push(Number.isFinite(width) && width > 0 ? Math.min(width, 100_000) : 0);
          }
          return;
        }
        case 'tr': {
          const state = tableStack[tableStack.length - 1];
          if (state) {
            state.row = { number: state.table.rows.length + 1, header: false, cells: [], start: element.start, end: element.start };
            state.table.rows.push(state.row);
            state.col = 0;
          }
          return;
        }
        case 'tblHeader': {
          const state = tableStack[tableStack.length - 1];
          if (state?.row && parentName === 'trPr' && !isFalse(element.attributes.get('val'))) {
            state.row.header = true;
          }
          return;
        }
        case 'gridBefore': {
          const state = tableStack[tableStack.length - 1];
          if (state && parentName === 'trPr') {
            state.col += Math.max(0, Math.min(64, Number(element.attributes.get('val') ?? 0) || 0));
          }
          return;
        }
        case 'tc': {
          const state = tableStack[tableStack.length - 1];
          if (state?.row) {
            cells += 1;
            if (cells > limits.maxTableCells) {
              throw limitError(`it has more than ${limits.maxTableCells.toLocaleString('en-US')} table cells`, `${limits.maxTableCells.toLocaleString('en-US')} table cells`);
            }
            state.cell = { col: state.col, span: 1, paragraphs: [], start: element.start, openEnd: element.openEnd, end: element.start };
            state.row.cells.push(state.cell);
          }
          return;
        }
        case 'gridSpan': {
          const state = tableStack[tableStack.length - 1];
          if (state?.cell && parentName === 'tcPr') {
            state.cell.span = Math.max(1, Math.min(64, Number(element.attributes.get('val') ?? 1) || 1));
          }
          return;
        }
        case 'vMerge': {
          const state = tableStack[tableStack.length - 1];
          if (state?.cell && parentName === 'tcPr') {
            state.cell.vMerge = element.attributes.get('val') === 'restart' ? 'restart' : 'continue';
          }
          return;
        }
        case 'p': {
          paragraphs += 1;
          if (paragraphs > limits.maxParagraphs) {
            throw limitError(`it has more than ${limits.maxParagraphs.toLocaleString('en-US')} paragraphs`, `${limits.maxParagraphs.toLocaleString('en-US')} paragraphs`);
          }
          const node: ParagraphNode = {
            start: element.start,
            openEnd: element.openEnd,
            end: element.openEnd,
            closeStart: element.openEnd,
            selfClosing: element.selfClosing,
            prefix: element.prefix,
            numbered: false,
            numberingOff: false,
            text: '',
            segments: [],
            pieces: [],
          };
          const state = tableStack[tableStack.length - 1];
          if (state?.cell) {
            state.cell.paragraphs.push(node);
          } else if (state === undefined) {
            bodyParagraphs += 1;
            node.bodyIndex = bodyParagraphs;
            blocks.push({ kind: 'paragraph', paragraph: node });
          }
          const prompt = sdtStack.find((sdt) => sdt.placeholder && sdt.inContent);
          if (prompt?.placeholderElement !== undefined) {
            node.placeholderFlag = prompt.placeholderElement;
          }
          paragraph = { node, textParts: [], length: 0 };
          return;
        }
        case 'pStyle':
          if (paragraph && parentName === 'pPr') {
            paragraph.node.styleId = element.attributes.get('val');
          }
          return;
        case 'numId':
          if (paragraph && parentName === 'numPr' && element.parent?.parent?.name === 'pPr') {
            const value = element.attributes.get('val') ?? '0';
            paragraph.node.numbered = value !== '0';
            paragraph.node.numberingOff = value === '0';
          }
          return;
        case 'outlineLvl':
          if (paragraph && parentName === 'pPr') {
            const level = Number(element.attributes.get('val'));
            if (Number.isInteger(level) && level >= 0 && level < 9) {
              paragraph.node.outlineLevel = level;
            }
          }
          return;
        case 'rPr':
          if (paragraph && parentName === 'pPr') {
            paragraph.node.markRPr = { start: element.start, end: element.start, drop: [] };
          } else if (run && element.parent?.start === run.element.start) {
            run.rPr = { start: element.start, end: element.start };
          }
          return;
        case 'r':
          run = { element, hidden: false, plain: true, hasBox: false, texts: [] };
          return;
        case 't':
          if (run && parentName === 'r') {
            textNode = { element, parts: [] };
          }
          return;
        case 'vanish':
          if (run && parentName === 'rPr' && element.parent?.parent?.start === run.element.start && !isFalse(element.attributes.get('val'))) {
            run.hidden = true;
            run.plain = false;
          }
          return;
        case 'tab':
          if (run && parentName === 'r') {
            addText('\t');
          }
          break;
        case 'br':
        case 'cr':
          if (run && parentName === 'r') {
            addText('\n');
          }
          break;
        case 'noBreakHyphen':
          if (run && parentName === 'r') {
            addText('-');
          }
          break;
        case 'sym':
          if (run && parentName === 'r' && !run.hidden && movedAwayDepth === 0) {
            const sym: SymElement = { start: element.start, end: element.openEnd, prefix: element.prefix, char: element.attributes.get('char') ?? '', font: element.attributes.get('font') };
            openSym = sym;
            const sdtBox = checkboxContent();
            if (sdtBox?.box) {
              sdtBox.box.glyphSym ??= sym;
            } else if (!inPlaceholder()) {
              const state = symBox(sym.char, sym.font);
              if (state) {
                addBox({ kind: 'sym', checked: state.checked, element: sym });
              }
            }
          }
          break;
        case 'sdt':
          sdtStack.push({ element, placeholder: false, inContent: false });
          return;
        case 'showingPlcHdr': {
          const sdt = currentSdt();
          if (sdt && parentName === 'sdtPr' && !isFalse(element.attributes.get('val'))) {
            sdt.placeholder = true;
            sdt.placeholderElement = { start: element.start, end: element.openEnd };
          }
          return;
        }
        case 'checkbox': {
          // w14:checkbox (lower-case b) inside the content control's properties.
          const sdt = currentSdt();
          if (sdt && parentName === 'sdtPr') {
            sdt.box = { kind: 'sdt', checked: false, checkboxOpenEnd: element.openEnd, checkboxPrefix: element.prefix, checkedChar: CHECKED_X, uncheckedChar: UNCHECKED };
          }
          return;
        }
        case 'checkedState':
        case 'uncheckedState': {
          const box = currentSdt()?.box;
          if (box && parentName === 'checkbox') {
            const font = element.attributes.get('font');
            if (name === 'checkedState') {
              box.checkedChar = hexChar(element.attributes.get('val'), CHECKED_X);
              box.checkedFont = font;
            } else {
              box.uncheckedChar = hexChar(element.attributes.get('val'), UNCHECKED);
              box.uncheckedFont = font;
            }
          }
          return;
        }
        case 'textInput':
          if (parentName === 'ffData' && paragraph) {
            paragraph.node.hasTextField = true;
          }
          return;
        case 'checkBox':
          // The legacy form field's checkbox, inside w:fldChar/w:ffData.
          if (parentName === 'ffData') {
            formBox = { kind: 'formfield', checked: false, checkBoxOpenEnd: element.openEnd, prefix: element.prefix };
          }
          return;
        case 'default':
          if (formBox && parentName === 'checkBox' && formBox.checkedElement === undefined) {
            formBox.checked = !isFalse(element.attributes.get('val'));
          }
          return;
        case 'sdtContent': {
          const sdt = currentSdt();
          if (sdt && element.parent?.start === sdt.element.start) {
            sdt.inContent = true;
            if (sdt.placeholder && paragraph?.piece) {
              paragraph.piece.placeholder = true;
            }
          }
          return;
        }
        default:
          break;
      }
      if (run && parentName === 'r' && !PLAIN_RUN_CHILDREN.has(name)) {
        run.plain = false;
      }
    },
    text: (text, parent) => {
      if (skipDepth === 0 && textNode && parent === textNode.element) {
        textNode.parts.push(text);
      }
    },
    close: (element, end) => {
      const name = element.name;
      if (skipDepth > 0) {
        if (!element.selfClosing) {
          skipDepth -= 1;
        }
        return;
      }
      const parentName = element.parent?.name;
      if (TRACKED.has(name) && parentName !== 'rPr' && parentName !== 'trPr' && parentName !== 'tcPr' && parentName !== 'pPr' && !element.selfClosing) {
        trackedDepth -= 1;
        if (name === 'moveFrom') {
          movedAwayDepth -= 1;
        }
      }
      if (paragraph?.node.markRPr && element.parent?.name === 'rPr' && element.parent.parent?.name === 'pPr' && (MARK_ONLY.has(name) || isSpacerSize(element))) {
        paragraph.node.markRPr.drop.push({ start: element.start, end });
      }
      switch (name) {
        case 'tbl': {
          const state = tableStack.pop();
          if (state) {
            state.table.end = end;
            const widest = Math.max(0, ...state.table.rows.map((row) => row.cells.reduce((sum, cell) => Math.max(sum, cell.col + cell.span), 0)));
            state.table.gridColumns = Math.max(state.table.gridColumns, widest);
          }
          return;
        }
        case 'tr': {
          const state = tableStack[tableStack.length - 1];
          if (state?.row) {
            state.row.end = end;
            state.row = undefined;
          }
          return;
        }
        case 'tc': {
          const state = tableStack[tableStack.length - 1];
          if (state?.cell) {
            state.cell.end = end;
            state.col = state.cell.col + state.cell.span;
            state.cell = undefined;
          }
          return;
        }
        case 'pPr':
          if (paragraph && element.parent?.start === paragraph.node.start) {
            paragraph.node.pPr = { start: element.start, end };
          }
          return;
        case 'rPr':
          if (paragraph?.node.markRPr && parentName === 'pPr' && paragraph.node.markRPr.start === element.start) {
            paragraph.node.markRPr.end = end;
          } else if (run?.rPr && run.rPr.start === element.start) {
            run.rPr.end = end;
          }
          return;
        case 't': {
          if (textNode && textNode.element === element) {
            const decoded = textNode.parts.join('');
            textNode = undefined;
            if (run === undefined || run.hidden || movedAwayDepth > 0) {
              return;
            }
            const node: TextNode = {
              contentStart: element.openEnd,
              contentEnd: element.selfClosing ? element.openEnd : xml.lastIndexOf('</', end - 1),
              text: decoded,
            };
            const sdtBox = checkboxContent();
            if (sdtBox?.box) {
              sdtBox.box.glyph ??= node;
              run.plain = false;
              return;
            }
            if (inPlaceholder()) {
              run.plain = false;
              return;
            }
            run.texts.push(node);
            let from = 0;
            for (let i = 0; i < decoded.length; i++) {
              const ch = decoded[i] as string;
              if (BOX_CHARS.has(ch)) {
                addText(decoded.slice(from, i));
                usesCheckV ||= ch === CHECKED_V;
                usesCheckX ||= ch === CHECKED_X;
                addBox({ kind: 'glyph', checked: ch !== UNCHECKED, node, offset: i });
                from = i + 1;
              }
            }
            addText(decoded.slice(from));
          }
          return;
        }
        case 'r': {
          if (run && run.element === element) {
            if (paragraph?.piece && paragraph.piece.element === element) {
              paragraph.piece.plain = run.plain && !run.hasBox && trackedDepth === 0;
              paragraph.piece.rPr = run.rPr;
              paragraph.piece.texts = run.texts;
            }
            run = undefined;
          }
          break;
        }
        case 'checked': {
          const sdt = currentSdt();
          if (sdt?.box && parentName === 'checkbox') {
            sdt.box.checked = !isFalse(element.attributes.get('val'));
            sdt.box.checkedElement = { start: element.start, end, prefix: element.prefix };
          } else if (formBox && parentName === 'checkBox') {
            formBox.checked = !isFalse(element.attributes.get('val'));
            formBox.checkedElement = { start: element.start, end, prefix: element.prefix };
          }
          return;
        }
        case 'default':
          if (formBox && parentName === 'checkBox') {
            formBox.defaultEnd = end;
          }
          return;
        case 'showingPlcHdr': {
          const sdt = currentSdt();
          if (sdt?.placeholderElement?.start === element.start) {
            sdt.placeholderElement.end = end;
          }
          return;
        }
        case 'sym':
          if (openSym && openSym.start === element.start) {
            openSym.end = end;
            openSym = undefined;
          }
          break;
        case 'ffData':
          if (formBox) {
            const box = formBox;
            formBox = undefined;
            if (run && !run.hidden && movedAwayDepth === 0) {
              addBox(box);
            }
          }
          return;
        case 'sdt': {
          const sdt = sdtStack.pop();
          if (sdt?.box && !inPlaceholder() && movedAwayDepth === 0) {
            addBox(sdt.box);
          }
          break;
        }
        default:
          break;
      }
      if (paragraph && paragraph.piece && paragraph.piece.element === element) {
        const piece = paragraph.piece;
        paragraph.node.pieces.push({
          kind: name === 'r' ? 'run' : 'other',
          name,
          start: element.start,
          end,
          textStart: piece.textStart,
          textEnd: paragraph.length,
          plain: name === 'r' && piece.plain,
          hasBox: piece.hasBox,
          tracked: piece.tracked,
          placeholder: piece.placeholder,
          ...(piece.rPr === undefined ? {} : { rPr: piece.rPr }),
          texts: piece.texts,
        });
        paragraph.piece = undefined;
      }
      if (name === 'p' && paragraph && paragraph.node.start === element.start) {
        const node = paragraph.node;
        node.end = end;
        node.closeStart = element.selfClosing ? end : xml.lastIndexOf('</', end - 1);
        node.text = paragraph.textParts.join('');
        paragraph = undefined;
      }
    },
  }, budget);
  return { xml, blocks, tables, hasTrackedChanges, checkedGlyph: usesCheckV && !usesCheckX ? CHECKED_V : CHECKED_X };
}

/** Paragraph styles: which are headings, which carry list numbering (through `basedOn` too). */
export interface StyleInfo {
  name: string;
  basedOn?: string;
  numbered?: boolean;
  outlineLevel?: number;
}

export class Styles {
  constructor(private readonly byId: Map<string, StyleInfo>) {}

  private resolve<T>(styleId: string | undefined, pick: (style: StyleInfo) => T | undefined): T | undefined {
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < 16; depth++) {
      const style = this.byId.get(id);
      if (!style) {
        return undefined;
      }
      const value = pick(style);
      if (value !== undefined) {
        return value;
      }
      id = style.basedOn;
    }
    return undefined;
  }

  /** Heading level 1–9, from the style's name ("heading 2") or an outline level. */
  headingLevel(paragraph: ParagraphNode): number | undefined {
    if (paragraph.outlineLevel !== undefined) {
      return paragraph.outlineLevel + 1;
    }
    const byName = this.resolve(paragraph.styleId, (style) => {
      const match = /^heading (\d)$/i.exec(style.name.trim());
      return match ? Number(match[1]) : undefined;
    });
    if (byName !== undefined) {
      return byName;
    }
    const level = this.resolve(paragraph.styleId, (style) => style.outlineLevel);
    if (level !== undefined) {
      return level + 1;
    }
    // Without a styles part, Word's own ids still say it.
    const id = /^Heading(\d)$/i.exec(paragraph.styleId ?? '');
    return id ? Number(id[1]) : undefined;
  }

  numbered(paragraph: ParagraphNode): boolean {
    if (paragraph.numbered) {
      return true;
    }
    if (paragraph.numberingOff) {
      return false;
    }
    return this.resolve(paragraph.styleId, (style) => style.numbered) === true;
  }
}

export function readStyles(part: string, xml: string | undefined, budget: ReadBudget): Styles {
  const byId = new Map<string, StyleInfo>();
  if (xml === undefined) {
    return new Styles(byId);
  }
  let current: StyleInfo | undefined;
  parseXml(part, xml, {
    open: (element) => {
      const parentName = element.parent?.name;
      if (element.name === 'style' && element.attributes.get('type') === 'paragraph') {
        const id = element.attributes.get('styleId');
        current = { name: '' };
        if (id !== undefined) {
          byId.set(id, current);
        }
      } else if (current && (element.parent?.parent?.name === 'style' || element.parent?.parent?.parent?.name === 'style')) {
        if (element.name === 'numId' && parentName === 'numPr' && element.parent?.parent?.name === 'pPr') {
          current.numbered = (element.attributes.get('val') ?? '0') !== '0';
        } else if (element.name === 'outlineLvl' && parentName === 'pPr') {
          const level = Number(element.attributes.get('val'));
          if (Number.isInteger(level) && level >= 0 && level < 9) {
            current.outlineLevel = level;
          }
        }
      } else if (current && parentName === 'style') {
        if (element.name === 'name') {
          current.name = element.attributes.get('val') ?? '';
        } else if (element.name === 'basedOn') {
          current.basedOn = element.attributes.get('val');
        }
      }
    },
    close: (element) => {
      if (element.name === 'style') {
        current = undefined;
      }
    },
  }, budget);
  return new Styles(byId);
}

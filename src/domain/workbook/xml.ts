/**
 * One streaming pass over an XML part with saxes, reporting each element with its local name
 * (prefix dropped: OpenXML SDK files write `<x:row>`), its attributes by local name, and where
 * it sits in the part's text (UTF-16 offsets, as JavaScript strings count). Comments, CDATA,
 * processing instructions and single- or double-quoted attributes are the parser's business, so
 * the reader and the patcher see the same elements at the same places.
 *
 * saxes expands only the five XML entities and character references; a DOCTYPE's own entities are
 * an error (no entity expansion attacks), and so is a reference to a code point XML cannot hold
 * (`&#x110000;`). Every parse error becomes WorkbookError('corrupt') naming the part and place.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { WorkbookError } from './errors';
import { printable, type ReadBudget } from './limits';

export interface XmlElement {
  /** Local name: `row` for both `<row>` and `<x:row>`. */
  name: string;
  /** The prefix as written (`x:` or ''), so a patch can write new elements the same way. */
  prefix: string;
  /** Attributes by local name (`r:id` → `id`); an unprefixed attribute wins over a prefixed one. */
  attributes: Map<string, string>;
  /** Offset of the element's `<`. */
  start: number;
  /** Offset just after its start tag's `>`. */
  openEnd: number;
  selfClosing: boolean;
  /** The enclosing element. */
  parent: XmlElement | undefined;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  /** `end`: offset just after the end tag's `>` (or the self-closing start tag's). */
  close?(element: XmlElement, end: number): void;
  /** Character data directly inside the innermost open element. */
  text?(text: string, parent: XmlElement | undefined): void;
}

function localName(name: string): { local: string; prefix: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { local: name, prefix: '' } : { local: name.slice(colon + 1), prefix: name.slice(0, colon + 1) };
}

function attributesOf(tag: SaxesTagPlain): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(tag.attributes)) {
    const { local, prefix } = localName(name);
    if (prefix === 'xmlns:' || name === 'xmlns') {
      continue;
    }
    if (!attributes.has(local) || prefix === '') {
      attributes.set(local, value);
    }
  }
  return attributes;
}

/** How often (in elements) the time budget is looked at: often enough, and nearly free. */
const TIME_CHECK_EVERY = 2048;

/** Parses `xml` (the text of `part`) in one pass; throws WorkbookError for malformed XML. */
export function parseXml(part: string, xml: string, handlers: XmlHandlers, budget?: ReadBudget): void {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let elements = 0;
  let failure: unknown;
  parser.on('error', (error) => {
    failure ??= error;
    throw error;
  });
  parser.on('opentag', (tag) => {
    elements += 1;
    if (budget !== undefined && elements % TIME_CHECK_EVERY === 0) {
      budget.checkTime();
    }
    const { local, prefix } = localName(tag.name);
    const openEnd = parser.position;
    // The parser reports where a start tag ends; it starts at the last '<' before that.
    const start = xml.lastIndexOf('<', openEnd - 1);
    const element: XmlElement = { name: local, prefix, attributes: attributesOf(tag as SaxesTagPlain), start, openEnd, selfClosing: tag.isSelfClosing, parent: stack[stack.length - 1] };
    handlers.open?.(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element !== undefined) {
      handlers.close?.(element, parser.position);
    }
  });
  if (handlers.text !== undefined) {
    const onText = handlers.text;
    parser.on('text', (text) => onText(text, stack[stack.length - 1]));
    parser.on('cdata', (text) => onText(text, stack[stack.length - 1]));
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof WorkbookError) {
      throw error;
    }
    const reason = (failure ?? error) instanceof Error ? ((failure ?? error) as Error).message : String(failure ?? error);
    throw new WorkbookError('corrupt', {
      message: `This file is not a readable Excel workbook: ${printable(part)} is not well-formed XML (${printable(reason.replace(/\s+/g, ' ').trim())}).`,
      detail: `${part}: ${reason}`,
    });
  }
}

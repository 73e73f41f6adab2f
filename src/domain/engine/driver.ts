/**
 * What a questionnaire format gives the engine, and what it takes back. One driver per format
 * (Markdown, CSV and plain text in drivers/text.ts; workbooks in ../workbook/driver.ts, loaded on
 * first use; Word documents next). A driver reads a document into items, each with its answer slot
 * described in the engine's terms, and turns the engine's writes back into the format's output:
 * text edits for text formats, the bytes of a new package for workbooks and Word files.
 *
 * To add a format: read its document into `EngineItem`s, implement `write`, and hand the
 * `ReadDocument` to `fillDocument` (./fill.ts). Nothing else in the pipeline changes.
 */
import type { AnswerLength } from '../intents';

export type SlotKind =
  /** Free text: a cell, a paragraph, an `Answer:` line. */
  | 'text'
  /** Options to tick ("- [ ] Yes / - [ ] No", Word checkboxes); `options` lists them. */
  | 'checkbox'
  /** A cell that only takes one of a list of values; `allowedValues` lists them (absent: the list could not be read). */
  | 'dropdown';

export interface SlotOption {
  label: string;
  checked: boolean;
}

export interface EngineSlot {
  kind: SlotKind;
  /** The current answer, '' when there is none. */
  existing: string;
  options?: readonly SlotOption[];
  allowedValues?: readonly string[];
  /** The row's comment / explanation slot, when the document has one. `writable: false` for a formula or locked cell. */
  comment?: { existing: string; writable: boolean };
  /** The answer slot holds something Attest never replaces (a formula): counted as already answered. */
  keep?: boolean;
  /** The answer cannot be written here (a locked cell, no answer column): left for a person with this reason. */
  blocked?: string;
  /** Why the slot takes a bare Yes/No (its column header says so, the column is narrow, it offers checkboxes). */
  bareReason?: string;
  /** The answer length the slot fits when it is not bare (from its column width); the setting otherwise. */
  length?: AnswerLength;
  /** The length of the explanation in the comment slot; the setting (or a paragraph) otherwise. */
  commentLength?: AnswerLength;
  /** A spreadsheet may run free text that starts like a formula: what is written is neutralized and the writer told. */
  formulaRisk: boolean;
}

export interface EngineItem {
  /** Position among the document's items. */
  index: number;
  id?: string;
  question: string;
  /** The nearest section heading or section row. */
  section?: string;
  /** The part of the document the item belongs to (a workbook sheet); the coverage report groups by it. */
  group?: string;
  /** Where the answer goes, for people: `line 12`, `'Vendor Form'!D12`. */
  location: string;
  /** 0-based line of the question in a text document. */
  line?: number;
  slot: EngineSlot;
}

/** What the engine writes into one item's slots. */
export interface SlotWrite {
  item: EngineItem;
  /** The answer slot's new text; for checkbox slots the text written under the options ('' for none). */
  answer: string;
  comment?: string;
  /** Checkbox slots: tick exactly these options. */
  check?: readonly string[];
}

/** A document read by its driver: the items, and how to write answers back. */
export interface ReadDocument<Output> {
  items: readonly EngineItem[];
  /** The groups in document order (sheets), when the document has several. */
  groups?: readonly string[];
  /** Things worth knowing that are not about one item (a sheet skipped, and why). */
  notes?: readonly string[];
  /** Why the document could not be read (or only in part). */
  problem?: string;
  /**
   * Whether an answer still holding placeholders ("[period end date]") is written. Text documents
   * are edited in front of the writer, who sees and finishes them (and one Ctrl+Z undoes the fill);
   * packages (workbooks, Word files) are copies that go to the customer, so those slots stay blank.
   */
  writesPlaceholders: boolean;
  write(writes: readonly SlotWrite[]): Output;
}

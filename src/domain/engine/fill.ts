/**
 * The fill: runs the plan over every item of a read document, with progress and cancellation,
 * and returns the writes (in the driver's output) and the coverage report. The command line, Fill
 * Questionnaire, Fill Workbook (in its worker) and Answer This Question all come through here.
 */
import type { Answerer } from '../answer/types';
import { contextAt } from '../classify';
import type { EngineItem, ReadDocument, SlotWrite } from './driver';
import { coverageEntryOf, type CoverageReport, type CoverageSection } from './coverage';
import { isAnswered, planItem, type AnswerSettings, type PlannedItem } from './plan';

export class FillCancelled extends Error {
  constructor() {
    super('Filling was cancelled; nothing was changed.');
    this.name = 'FillCancelled';
  }
}

export interface FillOptions extends AnswerSettings {
  /** Replace answers that are already there (default: leave them alone). */
  overwrite?: boolean;
  /** Looked at before every item and before writing; when it is set the fill throws FillCancelled. */
  signal?: { readonly aborted: boolean };
  /** Called with (items done, items in total) as the fill goes. */
  onProgress?: (done: number, total: number) => void;
  /** Title of the coverage report. */
  title: string;
  /** Lines for the top of the report (what was filled, with which profile). */
  notes?: readonly string[];
  /**
   * Asked once before anything is composed when some items already have an answer: true replaces
   * them, false keeps them, undefined cancels (FillCancelled). Unset: `overwrite` decides.
   */
  askOverwrite?: (answered: number, total: number) => Promise<boolean | undefined>;
}

export interface FillResult<Output> {
  output: Output;
  report: CoverageReport;
  planned: PlannedItem[];
  writes: SlotWrite[];
}

/** `options` with the writer's answer to "N questions already have an answer" (asked only when some have). */
async function withOverwriteAnswer<Output>(document: ReadDocument<Output>, options: FillOptions): Promise<FillOptions> {
  if (options.askOverwrite === undefined) {
    return options;
  }
  const answered = document.items.filter(isAnswered).length;
  if (answered === 0) {
    return options;
  }
  const choice = await options.askOverwrite(answered, document.items.length);
  if (choice === undefined) {
    throw new FillCancelled();
  }
  return { ...options, overwrite: choice };
}

/** Let the event loop run (so a Cancel click can land) at most this often. */
const YIELD_EVERY_MS = 25;

/** setImmediate, not setTimeout(0): it lets pending events run without the 1 ms timer floor (4% of a long fill). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function checkCancelled(signal: { readonly aborted: boolean } | undefined): void {
  if (signal?.aborted) {
    throw new FillCancelled();
  }
}

/**
 * The context of each item: its section and the questions before it in the same group (sheet), so
 * a follow-up ("Were there any exceptions?") reads as what it follows.
 */
function contextOf(items: readonly EngineItem[], position: number, groupStart: number): ReturnType<typeof contextAt> {
  return contextAt(items.slice(Math.max(groupStart, position - 8), position + 1), Math.min(position - groupStart, 8));
}

/** Plans one item of a read document, in its context (Answer This Question, the hover, the view). */
export function planOne(document: ReadDocument<unknown>, item: EngineItem, answerer: Answerer, settings: AnswerSettings & { overwrite?: boolean }): PlannedItem {
  const items = document.items;
  const position = items[item.index] === item ? item.index : items.indexOf(item);
  let groupStart = position;
  while (groupStart > 0 && items[groupStart - 1]?.group === item.group) {
    groupStart--;
  }
  return planItem(item, answerer, {
    ...settings,
    overwrite: settings.overwrite === true,
    writesPlaceholders: document.writesPlaceholders,
    ...(position >= 0 && { context: contextOf(items, position, groupStart) }),
  });
}

interface EachOptions extends AnswerSettings {
  overwrite?: boolean;
}

/** The one loop over a document's items: each planned in its context (its section, the questions before it in its group). */
function* planEach(document: ReadDocument<unknown>, answerer: Answerer, options: EachOptions): Generator<PlannedItem> {
  const { items } = document;
  let groupStart = 0;
  for (const [position, item] of items.entries()) {
    if (position > 0 && items[position - 1]?.group !== item.group) {
      groupStart = position;
    }
    yield planItem(item, answerer, {
      defaultLength: options.defaultLength,
      today: options.today,
      overwrite: options.overwrite === true,
      writesPlaceholders: document.writesPlaceholders,
      context: contextOf(items, position, groupStart),
    });
  }
}

/**
 * What a fill would do, without writing: every item planned and the coverage report (the
 * questionnaire view, the hover). Synchronous; for a document of thousands of items prefer `fillDocument`.
 */
export function previewDocument(document: ReadDocument<unknown>, answerer: Answerer, options: Omit<FillOptions, 'signal' | 'onProgress'>): { planned: PlannedItem[]; report: CoverageReport } {
  const planned = [...planEach(document, answerer, options)];
  return { planned, report: coverageOf(document, planned, options) };
}

/** Every item, planned and written, with progress, cancellation and a yield to the event loop every 25 ms. */
export async function fillDocument<Output>(document: ReadDocument<Output>, answerer: Answerer, given: FillOptions): Promise<FillResult<Output>> {
  checkCancelled(given.signal);
  const options = await withOverwriteAnswer(document, given);
  const total = document.items.length;
  const planned: PlannedItem[] = [];
  const writes: SlotWrite[] = [];
  let lastYield = Date.now();
  for (const one of planEach(document, answerer, options)) {
    planned.push(one);
    if (one.write) {
      writes.push(one.write);
    }
    options.onProgress?.(planned.length, total);
    if (Date.now() - lastYield >= YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = Date.now();
    }
    checkCancelled(options.signal);
  }
  // Last chance to cancel: after this the output is made whole or not at all.
  await yieldToEventLoop();
  checkCancelled(options.signal);
  const output = document.write(writes);
  checkCancelled(options.signal);
  return { output, report: coverageOf(document, planned, options), planned, writes };
}

function coverageOf(document: ReadDocument<unknown>, planned: readonly PlannedItem[], options: FillOptions): CoverageReport {
  const sections = new Map<string, CoverageSection>();
  for (const name of document.groups ?? []) {
    sections.set(name, { name, entries: [] });
  }
  for (const one of planned) {
    const name = one.item.group ?? options.title;
    let section = sections.get(name);
    if (!section) {
      section = { name, entries: [] };
      sections.set(name, section);
    }
    section.entries.push(coverageEntryOf(one));
  }
  const notes = [...(options.notes ?? []), ...(document.notes ?? [])];
  return { title: options.title, sections: [...sections.values()].filter((s) => s.entries.length > 0), ...(notes.length > 0 && { notes }) };
}

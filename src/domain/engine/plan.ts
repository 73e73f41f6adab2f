/**
 * What "answer in place" writes for one question of a Markdown, CSV or plain-text questionnaire:
 * the decision (the domain's answerQuestion), the length each slot gets, and whether a slot already holds
 * an answer. No 'vscode' here, so the rules are unit-tested in plain Node.
 *
 * Answer length (documented in the README):
 *  - Every slot gets the `attest.defaultAnswerLength` setting, except
 *  - a CSV or Markdown-table answer column that is a Yes/No column: its header says so ("Yes/No",
 *    "Y/N", "Yes or No", "True/False"), or at least two of its cells are already answered and all
 *    of those hold a bare Yes / No / N/A. Such a cell gets a bare Yes / No / N/A (or a placeholder),
 *    and the explanation at the default length goes to the row's comment column when it has one.
 *  - A Markdown checkbox question ("- [ ] Yes / - [ ] No") gets its box ticked from the Yes/No
 *    answer and the explanation at the default length written under the options.
 */
import type { AnswerDecision } from '../answer/types';
import { answerClassified, answerQuestion } from '../answer/decide';
import { contextAt, type Classification, type QuestionContext } from '../classify';
import type { AnswerLength } from '../intents';
import type { Profile } from '../profile/schema';
import type { MarkdownAnswer, QuestionItem, QuestionnaireLayout } from '../questionnaire';
import { formulaWarnings } from '../questionnaire/formula';
import { isPlaceholder, yesNoKind } from '../workbook/answers';
import { isYesNoHeader } from '../workbook/detect';
import { questionShape } from '../reading';

export interface AnswerSettings {
  /** The `attest.defaultAnswerLength` setting. */
  defaultLength: AnswerLength;
  /** ISO date that "today" means for freshness. */
  today: string;
}

/**
 * Classify (unless `classified` says the intent already), then compose from the profile (the
 * domain's answerQuestion, shared with the workbook and the CLI).
 */
export function decideAnswer(question: string, profile: Profile, length: AnswerLength, today: string, context?: QuestionContext, classified?: Classification): AnswerDecision {
  const options = context === undefined ? { length, today } : { length, today, context };
  const decision = classified === undefined ? answerQuestion(profile, question, options) : answerClassified(profile, question, classified, options);
  const warnings = decision.intent.startsWith('soc2.') && profile.soc2.engagements.length === 0 ? [...decision.warnings, NO_ENGAGEMENT_WARNING] : decision.warnings;
  // An empty composition is not an answer: a person has to write it.
  const empty = decision.outcome === 'answered' && (decision.text ?? '').trim() === '';
  return { ...decision, warnings, outcome: empty ? 'needs_person' : decision.outcome };
}

/**
 * A new profile lists no SOC 2 examination, and the composer then says there is no report. That is
 * right only if it is true, so the writer is told where the answer came from.
 */
export const NO_ENGAGEMENT_WARNING =
  'The profile lists no SOC 2 examination, so the answer says there is no SOC 2 report. If you have one (or one is under way), add it under "soc2" → "engagements" in the profile first.';

/** Which length the answer slot gets and, for a bare Yes/No slot, the explanation beside it. */
export interface SlotPlan {
  /** Length of the text written into the answer slot (or used to tick a checkbox). */
  answer: AnswerLength;
  /** Length of the explanation: in the comment column, or under a checkbox list. */
  explanation?: AnswerLength;
  /** Why the slot is a Yes/No slot, for the writer ("the column header says Yes/No"). */
  reason?: string;
}

const BARE_YES_NO = /^(yes|no|y|n|n\/a|na|not applicable|true|false)\.?$/i;

/** The answer column's header and the other questions that share the column. */
function columnOf(item: QuestionItem, layout: QuestionnaireLayout, items: readonly QuestionItem[]): { header?: string; peers: QuestionItem[] } {
  if (item.answer.kind === 'csv-cell' && layout.format === 'csv') {
    return { header: layout.answerHeader, peers: items.filter((other) => other.answer.kind === 'csv-cell') };
  }
  const cell = item.answer.tableCell;
  if (item.answer.kind === 'markdown-table-cell' && cell && layout.format === 'markdown') {
    const table = layout.tables[cell.table];
    const header = table?.answerColumn === undefined ? undefined : table.headers[table.answerColumn];
    return { header, peers: items.filter((other) => other.answer.tableCell?.table === cell.table) };
  }
  return { peers: [] };
}

/**
 * Every item of a column gets the same reason, and a fill asks once per item: without this the
 * whole column was re-scanned per item, so filling n rows took n² steps (50,000 CSV rows: 7 min).
 * Keyed by the items array and layout a read returned; reads never mutate them afterwards.
 */
const columnReasons = new WeakMap<readonly QuestionItem[], WeakMap<QuestionnaireLayout, Map<string, string | undefined>>>();

function columnKey(item: QuestionItem, layout: QuestionnaireLayout): string | undefined {
  if (item.answer.kind === 'csv-cell' && layout.format === 'csv') {
    return 'csv';
  }
  const cell = item.answer.tableCell;
  return item.answer.kind === 'markdown-table-cell' && cell && layout.format === 'markdown' ? `table:${cell.table}` : undefined;
}

/** A Yes/No column: its header says so, or the answers already in it are all bare Yes/No/N/A. */
export function yesNoColumnReason(item: QuestionItem, layout: QuestionnaireLayout, items: readonly QuestionItem[]): string | undefined {
  const key = columnKey(item, layout);
  if (key === undefined) {
    return undefined;
  }
  let byLayout = columnReasons.get(items);
  if (!byLayout) {
    byLayout = new WeakMap();
    columnReasons.set(items, byLayout);
  }
  let byColumn = byLayout.get(layout);
  if (!byColumn) {
    byColumn = new Map();
    byLayout.set(layout, byColumn);
  }
  if (!byColumn.has(key)) {
    byColumn.set(key, computeYesNoColumnReason(item, layout, items));
  }
  return byColumn.get(key);
}

function computeYesNoColumnReason(item: QuestionItem, layout: QuestionnaireLayout, items: readonly QuestionItem[]): string | undefined {
  const { header, peers } = columnOf(item, layout, items);
  if (peers.length === 0) {
    return undefined;
  }
  if (isYesNoHeader(header)) {
    return `the column header "${header ?? ''}" asks for Yes/No`;
  }
  const filled = peers.map((peer) => peer.answer.existing.trim()).filter((existing) => !isPlaceholder(existing));
  if (filled.length >= 2 && filled.every((existing) => BARE_YES_NO.test(existing))) {
    return 'the answers already in the column are all Yes/No';
  }
  return undefined;
}

export function planSlot(item: QuestionItem, layout: QuestionnaireLayout, items: readonly QuestionItem[], defaultLength: AnswerLength): SlotPlan {
  const explanation = defaultLength === 'yesno' ? undefined : defaultLength;
  if (item.answer.kind === 'markdown-checkbox') {
    return { answer: 'yesno', explanation, reason: 'the question offers checkboxes' };
  }
  const reason = yesNoColumnReason(item, layout, items);
  if (reason !== undefined) {
    return { answer: 'yesno', explanation: item.answer.comment ? explanation : undefined, reason };
  }
  // A response column beside a comments column: the verdict in the response, the explanation beside it.
  if (item.answer.comment !== undefined && explanation !== undefined && questionShape(item.question) === 'polar') {
    return { answer: 'yesno', explanation, reason: 'the question asks Yes/No and the row has a comments column' };
  }
  return { answer: defaultLength };
}

/** Notes people leave where an answer will go; they do not count as answers. */
const TO_DO = /^(tbd|tbc|tba|to ?do|pending|\?+)\W*$/i;

/** The slot already holds a real answer (not blank, not "Select…", "TBD" or a lone "[placeholder]"). */
export function isAnswered(item: QuestionItem): boolean {
  const existing = item.answer.existing.trim();
  return !isPlaceholder(existing) && !TO_DO.test(existing);
}

export interface PlannedAnswer {
  item: QuestionItem;
  plan: SlotPlan;
  /** The decision for the answer slot (intent, outcome, text). */
  decision: AnswerDecision;
  /** What to write; undefined when nothing is written (not recognized, or nowhere to write). */
  write?: MarkdownAnswer;
  /** Every placeholder left in what is written. */
  missing: string[];
  warnings: string[];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The answer for one question item. `overwriteComment` lets the explanation replace text already
 * in the comment cell (only when the writer chose to overwrite answers).
 */
export function planAnswer(
  item: QuestionItem,
  layout: QuestionnaireLayout,
  items: readonly QuestionItem[],
  profile: Profile,
  settings: AnswerSettings,
  overwriteComment = false,
): PlannedAnswer {
  const plan = planSlot(item, layout, items, settings.defaultLength);
  // Its section and the questions before it, as the CodeLens reads it: a follow-up reads as what it follows.
  // item.index is its place in the read's list; indexOf only for lists a caller built itself (O(n) per item).
  const position = items[item.index] === item ? item.index : items.indexOf(item);
  const context = contextAt(items, position >= 0 ? position : item.index);
  const decision = decideAnswer(item.question, profile, plan.answer, settings.today, context);
  if (decision.outcome === 'not_recognized' || decision.outcome === 'undetermined' || item.answer.unavailable !== undefined) {
    return { item, plan, decision, missing: [], warnings: decision.warnings };
  }
  const main = decision.text ?? '';
  // The same question at another length: its classification is already known.
  const explained = plan.explanation === undefined ? undefined : decideAnswer(item.question, profile, plan.explanation, settings.today, context, decision);
  const explanation = explained?.outcome === 'undetermined' ? undefined : explained;
  const missing = unique([...decision.missing, ...(explanation?.missing ?? [])]);
  const warnings = unique([...decision.warnings, ...(explanation?.warnings ?? [])]);
  let write: MarkdownAnswer;
  if (item.answer.kind === 'markdown-checkbox') {
    // Tick the box the Yes/No answer names; the explanation goes under the options.
    const kind = yesNoKind(main);
    const word = kind === 'yes' ? 'yes' : kind === 'no' ? 'no' : kind === 'na' ? 'n/a' : undefined;
    const option = word === undefined ? undefined : item.answer.options?.find((o) => o.label.trim().toLowerCase().split(/[\s,.;:(]+/)[0] === word);
    if (option === undefined) {
      // No option says what the answer says: write the answer out and leave the boxes alone.
      write = { item, answer: explanation?.text ?? main, check: item.answer.options?.filter((o) => o.checked).map((o) => o.label) ?? [] };
    } else {
      write = { item, answer: explanation?.text ?? '', check: [option.label] };
    }
  } else {
    write = { item, answer: main };
    const commentFree = overwriteComment || item.answer.comment === undefined || isPlaceholder(item.answer.comment.existing);
    if (explanation?.text && item.answer.comment !== undefined && commentFree) {
      write.comment = explanation.text;
    }
  }
  // The CSV encoder neutralizes a cell that would start a formula (questionnaire/formula.ts): the writer is told.
  const formula = layout.format === 'csv' ? formulaWarnings([write.answer, write.comment]) : [];
  return { item, plan, decision: { ...decision, outcome: missing.length > 0 ? 'needs_person' : decision.outcome }, write, missing, warnings: unique([...warnings, ...formula]) };
}

/** What a fill does with one question: its coverage status and, unless nothing is written, the answer. */
export interface FilledItem {
  status: 'answered' | 'needs_person' | 'not_recognized' | 'already_answered';
  intent?: PlannedAnswer['decision']['intent'];
  missing?: string[];
  write?: MarkdownAnswer;
  /** The decision behind it, for the coverage report's verdict and facts. */
  decision?: AnswerDecision;
}

/**
 * One question of a "fill every question" run, the same in the editor and the command line:
 * answered questions are left alone unless `overwrite`; an answer that needs facts the profile
 * lacks is written with its visible placeholders and counted as needing a person.
 */
export function fillItem(
  item: QuestionItem,
  layout: QuestionnaireLayout,
  items: readonly QuestionItem[],
  profile: Profile,
  settings: AnswerSettings,
  overwrite: boolean,
): FilledItem {
  if (isAnswered(item) && !overwrite) {
    return { status: 'already_answered' };
  }
  const planned = planAnswer(item, layout, items, profile, settings, overwrite);
  const intent = planned.decision.intent;
  const decision = planned.decision;
  if (decision.outcome === 'not_recognized') {
    return { status: 'not_recognized', intent };
  }
  if (decision.outcome === 'undetermined') {
    return { status: 'needs_person', intent, missing: decision.reasons ?? [], decision };
  }
  if (!planned.write) {
    return { status: 'needs_person', intent, missing: [item.answer.unavailable ?? 'a place to write the answer'], decision };
  }
  return planned.missing.length > 0
    ? { status: 'needs_person', intent, missing: planned.missing, write: planned.write, decision }
    : { status: 'answered', intent, write: planned.write, decision };
}

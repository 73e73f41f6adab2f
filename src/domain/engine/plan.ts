/**
 * The plan step: what goes into one item's slots. The same rules for every format (the driver
 * describes the slot; see driver.ts), documented in the README:
 *
 * Length of the answer slot:
 *  - a bare Yes/No when the slot says so (`bareReason`: a Yes/No column header, a narrow column,
 *    checkboxes), when it is a dropdown, or when the question asks Yes/No and the row has a comment
 *    slot for the explanation (a reviewer reads the Response column, not a paragraph);
 *  - otherwise the slot's own length (from its column width) or the `attest.defaultAnswerLength` setting.
 * The explanation goes to the comment slot (at its length, or the setting), or under the options of
 * a checkbox slot; never when the setting itself is Yes/No.
 *
 * What is written:
 *  - nothing when the question is not recognized, the facts do not decide what it asks
 *    (undetermined: left for a person with the reasons), or the slot is blocked;
 *  - an answer with placeholders only where the driver writes them (text documents);
 *  - a dropdown gets the one allowed value that says what the answer says, or nothing;
 *  - a checkbox slot gets the option the Yes/No names ticked, the explanation under the options;
 *    where no Yes/No decides the boxes, the answer is written under them and none is ticked (needs a person);
 *  - an existing comment is replaced only when the writer chose to overwrite.
 */
import type { AnswerDecision, Answerer } from '../answer/types';
import type { QuestionContext } from '../classify';
import type { AnswerLength } from '../intents';
import { formulaWarnings } from '../questionnaire/formula';
import { questionShape } from '../reading';
import { allowedValueNamedIn, isPlaceholder, pickAllowedValue, yesNoKind } from './slotValues';
import type { EngineItem, SlotWrite } from './driver';

export interface AnswerSettings {
  /** The `attest.defaultAnswerLength` setting. */
  defaultLength: AnswerLength;
  /** ISO date that "today" means for freshness. */
  today: string;
}

/** Which length the answer slot gets and, for a bare Yes/No slot, the explanation beside it. */
export interface SlotPlan {
  answer: AnswerLength;
  explanation?: AnswerLength;
  /** Why the slot is a Yes/No slot, for the writer ("the column header says Yes/No"). */
  reason?: string;
}

export function planSlot(item: EngineItem, defaultLength: AnswerLength): SlotPlan {
  const { slot } = item;
  const fallback = defaultLength === 'yesno' ? undefined : defaultLength;
  const commentLength = slot.comment === undefined ? undefined : defaultLength === 'yesno' ? undefined : (slot.commentLength ?? fallback);
  if (slot.kind === 'checkbox') {
    // Boxes with a comment cell beside them explain there, at that cell's length; otherwise under the options.
    return { answer: 'yesno', explanation: slot.comment === undefined ? fallback : commentLength, reason: slot.bareReason ?? 'the question offers checkboxes' };
  }
  if (slot.kind === 'dropdown') {
    return { answer: 'yesno', explanation: commentLength, reason: slot.bareReason ?? 'the answer cell is a dropdown' };
  }
  if (slot.bareReason !== undefined) {
    return { answer: 'yesno', explanation: commentLength, reason: slot.bareReason };
  }
  if (commentLength !== undefined && questionShape(item.question) === 'polar') {
    return { answer: 'yesno', explanation: commentLength, reason: 'the question asks Yes/No and the row has a comments column' };
  }
  return { answer: slot.length ?? defaultLength };
}

/** Notes people leave where an answer will go; they do not count as answers (isPlaceholder covers them). */
export function isAnswered(item: EngineItem): boolean {
  return item.slot.keep === true || !isPlaceholder(item.slot.existing);
}

export type ItemStatus = 'answered' | 'needs_person' | 'not_recognized' | 'already_answered';

/** One item's plan: its coverage status, the decision behind it, and what to write (if anything). */
export interface PlannedItem {
  item: EngineItem;
  status: ItemStatus;
  plan?: SlotPlan;
  decision?: AnswerDecision;
  write?: SlotWrite;
  /** Placeholders left in what is written, or why nothing could be written. */
  missing: string[];
  /** What the writer should know about the answer (from the decision and the slot). */
  warnings: string[];
  /** What the coverage report says about what was written (a formula neutralized). */
  notices: string[];
}

export interface PlanOptions extends AnswerSettings {
  /** Replace answers (and comments) already there. */
  overwrite: boolean;
  /** Written answers may keep visible placeholders (text documents); otherwise such a slot stays blank. */
  writesPlaceholders: boolean;
  context?: QuestionContext;
}

/** The boxes ticked now: a write that decides none keeps them as they are. */
function checkedLabels(item: EngineItem): string[] {
  return item.slot.options?.filter((o) => o.checked).map((o) => o.label) ?? [];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Where the Yes/No is left open, the answer at the explanation's length may still be written, if it
 * says no Yes/No itself (a library entry's text with its "Yes." taken off): that answer, or undefined.
 */
function explanationWithoutYesNo(plan: SlotPlan, ask: (length: AnswerLength) => AnswerDecision): { explained: AnswerDecision; text: string } | undefined {
  if (plan.explanation === undefined) {
    return undefined;
  }
  const explained = ask(plan.explanation);
  const text = explained.text?.trim() ?? '';
  const decidesYesNo = (explained.verdict !== undefined && explained.verdict !== 'undetermined') || yesNoKind(text) !== undefined;
  return explained.outcome !== 'answered' || text === '' || decidesYesNo || explained.missing.length > 0 ? undefined : { explained, text };
}

/** An item left with a person, with the explanation written where the slot takes it, and why. */
function leftWithExplanation(item: EngineItem, plan: SlotPlan, explained: AnswerDecision, write: SlotWrite, left: string): PlannedItem {
  return { item, plan, decision: explained, status: 'needs_person', write, missing: [left], warnings: unique(explained.warnings), notices: [] };
}

/**
 * Checkboxes no Yes/No decides ("How are keys managed? ☐ Vendor-managed ☐ Customer-managed", or a
 * Yes/No the facts leave open): the explanation is written under the options, as for a question
 * with a free-text answer, and no box is ticked: the item stays with a person, the reasons saying why.
 */
function answerUnderOptions(item: EngineItem, decision: AnswerDecision, plan: SlotPlan, ask: (length: AnswerLength) => AnswerDecision): PlannedItem | undefined {
  const found = explanationWithoutYesNo(plan, ask);
  return found && leftWithExplanation(item, plan, found.explained, { item, answer: found.text, check: checkedLabels(item) }, `[the options are left for you to tick: ${decision.reasons?.[0] ?? 'no Yes/No decides them'}]`);
}

/**
 * A Yes/No cell with a comment cell beside it, and an answer that leaves the Yes/No open (a library
 * entry close to the question whose Yes/No does not answer it as asked): the explanation goes to
 * the comment cell, and the Yes/No cell is left as it is for a person, as a Markdown questionnaire
 * gets the explanation with no Yes/No.
 */
function explainBeside(item: EngineItem, decision: AnswerDecision, plan: SlotPlan, ask: (length: AnswerLength) => AnswerDecision, options: PlanOptions): PlannedItem | undefined {
  const comment = item.slot.comment;
  // The facts write nothing for a Yes/No question they leave open, so they are not asked again; a library entry may
  // explain it, and the facts may explain a question that is not Yes/No ("Which categories are in scope?") in a Yes/No cell.
  const reasked = decision.source?.kind === 'library' || decision.shape !== 'polar';
  if (!reasked || plan.answer !== 'yesno' || comment === undefined || !comment.writable || !(options.overwrite || isPlaceholder(comment.existing))) {
    return undefined;
  }
  const found = explanationWithoutYesNo(plan, ask);
  // Why the answer written leaves the Yes/No open, or else why no Yes/No was decided.
  return found && leftWithExplanation(item, plan, found.explained, { item, answer: item.slot.existing, comment: found.text }, `[the Yes/No is left for you: ${found.explained.reasons?.[0] ?? decision.reasons?.[0] ?? 'the answer does not decide it'}]`);
}

/** What one answer to one item is: decided by `answerer`, fitted to the slot. */
export function planItem(item: EngineItem, answerer: Answerer, options: PlanOptions): PlannedItem {
  const { slot } = item;
  if (isAnswered(item) && (!options.overwrite || slot.keep === true)) {
    return { item, status: 'already_answered', missing: [], warnings: [], notices: [] };
  }
  const plan = planSlot(item, options.defaultLength);
  const ask = (length: AnswerLength): AnswerDecision =>
    answerer(item.question, { length, today: options.today, ...(options.context !== undefined && { context: options.context }) });
  const decision = ask(plan.answer);
  if (decision.outcome === 'not_recognized') {
    return { item, plan, decision, status: 'not_recognized', missing: [], warnings: [], notices: [] };
  }
  if (decision.outcome === 'undetermined') {
    const written =
      slot.blocked !== undefined ? undefined : slot.kind === 'checkbox' ? answerUnderOptions(item, decision, plan, ask) : explainBeside(item, decision, plan, ask, options);
    if (written !== undefined) {
      return written;
    }
    // The facts do not decide what it asks: nothing is written, and the reasons say why.
    return { item, plan, decision, status: 'needs_person', missing: decision.reasons ?? [], warnings: decision.warnings, notices: [] };
  }
  if (slot.blocked !== undefined) {
    return { item, plan, decision, status: 'needs_person', missing: [slot.blocked], warnings: decision.warnings, notices: [] };
  }
  const explained = plan.explanation === undefined ? undefined : ask(plan.explanation);
  const explanation = explained === undefined || explained.outcome === 'undetermined' || explained.outcome === 'not_recognized' ? undefined : explained;
  const missing = unique([...decision.missing, ...(explanation?.missing ?? [])]);
  const warnings = unique([...decision.warnings, ...(explanation?.warnings ?? [])]);
  if (missing.length > 0 && !options.writesPlaceholders) {
    return { item, plan, decision, status: 'needs_person', missing, warnings, notices: [] };
  }
  const main = decision.text?.trim() ?? '';
  if (main === '') {
    return { item, plan, decision, status: 'needs_person', missing, warnings, notices: [] };
  }
  const explanationText = explanation?.text?.trim() ?? '';
  const commentFree = slot.comment !== undefined && slot.comment.writable && (options.overwrite || isPlaceholder(slot.comment.existing));
  let write: SlotWrite;
  if (slot.kind === 'checkbox') {
    // Tick the box the Yes/No answer names; the explanation goes under the options.
    const kind = yesNoKind(main);
    const word = kind === 'yes' ? 'yes' : kind === 'no' ? 'no' : kind === 'na' ? 'n/a' : undefined;
    const option = word === undefined ? undefined : slot.options?.find((o) => o.label.trim().toLowerCase().split(/[\s,.;:(]+/)[0] === word);
    write =
      option === undefined
        ? // No option says what the answer says: write the answer out and leave the boxes as they are.
          { item, answer: explanationText || main, check: checkedLabels(item) }
        : { item, answer: explanationText, check: [option.label] };
  } else if (slot.kind === 'dropdown') {
    const allowed = slot.allowedValues;
    const kind = yesNoKind(main);
    // A Yes/No maps onto the list's words; otherwise (Type 1 / Type 2 / None) the one value the answer names.
    const choice = allowed === undefined ? undefined : ((kind ? pickAllowedValue(kind, allowed) : undefined) ?? allowedValueNamedIn(main, allowed) ?? allowedValueNamedIn(explanationText, allowed));
    if (choice === undefined) {
      const shown = allowed ? allowed.join(' / ') : 'a list we cannot read';
      return { item, plan, decision, status: 'needs_person', missing: [`[a dropdown value for "${main}" (the cell offers ${shown})]`], warnings, notices: [] };
    }
    write = { item, answer: choice, ...(commentFree && explanationText !== '' && { comment: explanationText }) };
  } else {
    write = { item, answer: main, ...(commentFree && explanationText !== '' && { comment: explanationText }) };
  }
  // The encoder neutralizes a cell that would start a formula (questionnaire/formula.ts): the writer is told.
  // A dropdown value is one the customer's own list offers, written as it is.
  const formula = slot.formulaRisk ? formulaWarnings([slot.kind === 'dropdown' ? undefined : write.answer, write.comment]) : [];
  return { item, plan, decision, status: missing.length > 0 ? 'needs_person' : 'answered', write, missing, warnings: unique([...warnings, ...formula]), notices: formula };
}

/**
 * Plans "fill every question" for a text questionnaire (Markdown, CSV, plain text): which
 * answers to write, as edits that touch only answer ranges, plus the coverage report. Shared by
 * the editor's Fill Questionnaire command and `attest fill`.
 */
import type { AnswerOptions, Answerer } from './answering';
import { contextAt } from './classify';
import type { CoverageEntry, CoverageReport } from './coverage';
import { readQuestionnaire } from './questionnaire';
import type { AnswerToWrite, QuestionItem, QuestionnaireFormat, QuestionnaireLayout, TextEdit } from './questionnaire/types';
import { answerEdits } from './questionnaire';

export interface TextFillOptions extends AnswerOptions {
  /** Replace answers that are already there (default: leave them alone). */
  overwrite?: boolean;
  /** Checked between questions; when it becomes true the plan stops with FillCancelled. */
  signal?: { readonly aborted: boolean };
  onProgress?: (done: number, total: number) => void;
}

export interface TextFillPlan {
  edits: TextEdit[];
  report: CoverageReport;
  layout: QuestionnaireLayout;
  /** Why the document could not be read as a questionnaire, when that is the case. */
  problem?: string;
  items: QuestionItem[];
}

export class FillCancelled extends Error {
  constructor() {
    super('Filling was cancelled; nothing was changed.');
    this.name = 'FillCancelled';
  }
}

/** Where an item is, for people: "line 12" (1-based), or the CSV row with its id. */
export function itemLocation(item: QuestionItem): string {
  return `line ${item.line + 1}`;
}

export function planTextFill(
  text: string,
  format: QuestionnaireFormat,
  answerer: Answerer,
  options: TextFillOptions,
  title = 'Questionnaire',
): TextFillPlan {
  const { items, layout } = readQuestionnaire(text, format);
  const entries: CoverageEntry[] = [];
  const toWrite: AnswerToWrite[] = [];
  const notes: string[] = [];
  const commentColumn = layout.format === 'csv' && layout.commentColumn !== undefined;
  items.forEach((item, done) => {
    if (options.signal?.aborted) {
      throw new FillCancelled();
    }
    options.onProgress?.(done, items.length);
    const base = { location: itemLocation(item), question: item.question };
    if (item.answer.unavailable) {
      notes.push(`${base.location}: ${item.answer.unavailable}`);
    }
    // The section and the questions before it: follow-ups ("Were there any exceptions?") read as what they follow.
    const context = contextAt(items, done);
    const decision = answerer(item.question, context === undefined ? options : { ...options, context });
    if (decision.outcome === 'not_recognized') {
      entries.push({ ...base, status: 'not_recognized' });
      return;
    }
    if (item.answer.existing.trim() !== '' && !options.overwrite) {
      entries.push({ ...base, status: 'already_answered', intent: decision.intent });
      return;
    }
    if (decision.outcome === 'needs_person' || decision.text === undefined || item.answer.unavailable) {
      entries.push({ ...base, status: 'needs_person', intent: decision.intent, missing: decision.missing });
      return;
    }
    // A row with a comment column gets the short answer in its answer cell and the explanation beside it.
    if (commentColumn && item.answer.comment) {
      const short = answerer(item.question, { ...options, length: 'yesno', ...(context && { context }) });
      const explanation = options.length === 'yesno' ? answerer(item.question, { ...options, length: 'sentence', ...(context && { context }) }) : decision;
      toWrite.push({ item, answer: short.text ?? decision.text, comment: explanation.text });
    } else {
      toWrite.push({ item, answer: decision.text });
    }
    entries.push({ ...base, status: 'answered', intent: decision.intent });
  });
  options.onProgress?.(items.length, items.length);
  const edits = answerEdits(text, format, layout, toWrite);
  return {
    edits,
    items,
    layout,
    problem: layout.problem,
    report: { title, sections: [{ name: title, entries }], notes: notes.length > 0 ? notes : undefined },
  };
}

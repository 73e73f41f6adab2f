/**
 * Plans "fill every question" for a text questionnaire (Markdown, CSV, plain text) for the command
 * line: the same per-question rules as the editor's Fill Questionnaire (answerPlan.fillItem), as
 * edits that touch only answer ranges, plus the coverage report.
 */
import { fillItem, type AnswerSettings } from './plan';
import { verdictOf, type CoverageEntry, type CoverageReport } from './coverage';
import type { Profile } from '../profile/schema';
import { answerEdits, readQuestionnaire } from '../questionnaire';
import { formulaWarnings } from '../questionnaire/formula';
import type { MarkdownAnswer } from '../questionnaire';
import type { QuestionItem, QuestionnaireFormat, QuestionnaireLayout, TextEdit } from '../questionnaire/types';

export interface TextFillOptions extends AnswerSettings {
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

export function planTextFill(text: string, format: QuestionnaireFormat, profile: Profile, options: TextFillOptions, title = 'Questionnaire'): TextFillPlan {
  const { items, layout } = readQuestionnaire(text, format);
  const entries: CoverageEntry[] = [];
  const writes: MarkdownAnswer[] = [];
  items.forEach((item, done) => {
    if (options.signal?.aborted) {
      throw new FillCancelled();
    }
    options.onProgress?.(done, items.length);
    const filled = fillItem(item, layout, items, profile, options, options.overwrite === true);
    if (filled.write) {
      writes.push(filled.write);
    }
    const question = item.id ? `${item.id} ${item.question}` : item.question;
    const warnings = format === 'csv' ? formulaWarnings([filled.write?.answer, filled.write?.comment]) : [];
    entries.push({ location: `line ${item.line + 1}`, question, status: filled.status, intent: filled.intent, missing: filled.missing, ...(warnings.length > 0 && { warnings }), ...verdictOf(filled.decision) });
  });
  options.onProgress?.(items.length, items.length);
  return {
    edits: answerEdits(text, format, layout, writes),
    items,
    layout,
    problem: layout.problem,
    report: { title, sections: [{ name: title, entries }] },
  };
}

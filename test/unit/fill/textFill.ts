/** What `attest fill` does for a text questionnaire, through the engine, for tests that look at the edits and the report. */
import { answererFor, fillDocument, profileNotices, readTextQuestionnaire, type CoverageReport, type FillOptions } from '../../../src/domain/engine';
import type { Profile } from '../../../src/domain/profile/schema';
import type { QuestionItem, QuestionnaireFormat, QuestionnaireLayout, TextEdit } from '../../../src/domain/questionnaire';

export type TextFillOptions = Omit<FillOptions, 'title'>;

export interface TextFill {
  edits: TextEdit[];
  report: CoverageReport;
  items: readonly QuestionItem[];
  layout: QuestionnaireLayout;
  problem?: string;
}

export async function fillText(text: string, format: QuestionnaireFormat, profile: Profile, options: TextFillOptions, title = 'Questionnaire'): Promise<TextFill> {
  const document = readTextQuestionnaire(text, format);
  const filled = await fillDocument(document, answererFor(profile), { ...options, title, notes: profileNotices(profile) });
  return { edits: filled.output, report: filled.report, items: document.questions, layout: document.layout, ...(document.problem !== undefined && { problem: document.problem }) };
}

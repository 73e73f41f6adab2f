/**
 * The questionnaire engine: one pipeline for every format and every surface.
 *
 *   driver.read ──► items ──► plan (per item) ──────────────────────────► driver.write ──► output
 *                              │  classify → read the question → decide     (text edits,
 *                              │  (verdict) → compose, from the sources      or a new package)
 *                              └► coverage entry (status, source, facts) ──► coverage report
 *
 * Drivers: drivers/text.ts (Markdown, CSV, plain text); ../workbook/driver.ts (Excel) and
 * drivers/word.ts (Word), both bundled apart and loaded on first use. Sources: source.ts (the
 * profile's facts first, then the library's `librarySource`, ../library/source.ts).
 * Surfaces: the command line (src/cli/run.ts), Fill Questionnaire, Fill Workbook (in its worker),
 * Fill Word Document, Answer This Question and the wizard's Insert all call `fillDocument` or
 * `planOne`; the questionnaire view plans with `fillDocument` and drops the writes.
 *
 * Example (what `attest fill` does for a CSV):
 *   const document = readTextQuestionnaire(text, 'csv');
 *   const answerer = answerFromSources([profileSource(profile)]);
 *   const { output: edits, report, planned } = await fillDocument(document, answerer, { today, defaultLength, title });
 *   // planned[i] lines up with document.items[i]: status, decision (intent, verdict, source), missing facts.
 */
export type { EngineItem, EngineSlot, ReadDocument, SlotKind, SlotWrite } from './driver';
export { FillCancelled, fillDocument, planOne, previewDocument, type FillOptions, type FillResult } from './fill';
export { isAnswered, planSlot, type AnswerSettings, type ItemStatus, type PlannedItem, type SlotPlan } from './plan';
export { NO_ENGAGEMENT_WARNING, answerFromSources, answererFor, profileNotices, profileSource, type AnswerSource } from './source';
export { readTextQuestionnaire, type TextQuestionnaire } from './drivers/text';
export * from './coverage';

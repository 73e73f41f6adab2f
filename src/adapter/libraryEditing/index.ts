/**
 * The answer library's editing commands (Import Answers from a Questionnaire…, Save Answer to
 * Library, Review Library Suggestion…) as one lazily loaded part: dist/lazy/libraryEditing.js,
 * loaded the first time one of them runs (src/adapter/lazy/libraryEditing.ts). The host's thin commands in
 * src/adapter/commands/ pass in what the host already has loaded (LibraryEditingDeps).
 */
export type { LibraryEditingDeps } from './deps';
export { importAnswers, type ImportAnswersOptions, type ImportAnswersResult, type ImportAnswersStatus } from './importAnswers';
export { saveAnswerToLibrary, type SaveAnswerOptions, type SaveAnswerResult, type SaveAnswerStatus } from './saveAnswer';
export { confirmLibrarySuggestion, type ConfirmSuggestionOptions, type ConfirmSuggestionResult, type ConfirmSuggestionStatus } from './confirmSuggestion';

/** Identifiers shared by the host, the webview and the tests. Kept `as const` so esbuild can inline them. */
export const ExtensionId = 'attest.attest';

export const CommandId = {
  explainTypes: 'attest.explainTypes',
  answerQuestion: 'attest.answerQuestion',
  fillQuestionnaire: 'attest.fillQuestionnaire',
  createProfile: 'attest.createProfile',
  checkDocument: 'attest.checkDocument',
  lookupCriterion: 'attest.lookupCriterion',
  explainTerm: 'attest.explainTerm',
  openSampleQuestionnaire: 'attest.openSampleQuestionnaire',
  openWizard: 'attest.openWizard',
  fillWorkbook: 'attest.fillWorkbook',
  fillWordDocument: 'attest.fillWordDocument',
  fillWorkbookCheckingColumns: 'attest.fillWorkbookCheckingColumns',
  showCoverage: 'attest.showCoverage',
  viewAnswer: 'attest.view.answer',
  viewOpenWizard: 'attest.view.openWizard',
  viewReveal: 'attest.view.reveal',
  expandSnippet: 'attest.expandSnippet',
  importAnswers: 'attest.importAnswers',
  saveAnswerToLibrary: 'attest.saveAnswerToLibrary',
  confirmLibrarySuggestion: 'attest.confirmLibrarySuggestion',
  newLibraryEntry: 'attest.newLibraryEntry',
  searchLibrary: 'attest.searchLibrary',
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];

export const ViewType = {
  explain: 'attest.explain',
  wizard: 'attest.wizard',
} as const;
export type ViewType = (typeof ViewType)[keyof typeof ViewType];

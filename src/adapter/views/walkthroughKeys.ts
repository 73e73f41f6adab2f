/**
 * The context keys the "Get started with Attest" walkthrough completes on (package.json
 * `completionEvents: ["onContext:<key>"]`). Each is set when the thing the step asks for has
 * happened, not when its command was started. No 'vscode' here: the manifest test reads them.
 */
export const WalkthroughKey = {
  /** A valid assurance profile is loaded (created now or already there); set by the status bar. */
  hasProfile: 'attest.hasProfile',
  /** An answer was written into a questionnaire (Answer This Question, a CodeLens, the view, the wizard). */
  answerInserted: 'attest.walkthrough.answerInserted',
  /** Fill Questionnaire or Fill Workbook finished and wrote answers. */
  questionnaireFilled: 'attest.walkthrough.questionnaireFilled',
  /** An explanation (Type 1 vs Type 2, a criterion, a term) was shown in the explanation panel. */
  explanationOpened: 'attest.walkthrough.explanationOpened',
} as const;
export type WalkthroughKey = (typeof WalkthroughKey)[keyof typeof WalkthroughKey];

/**
 * The context keys the "Get started with Attest" walkthrough completes on (package.json
 * `completionEvents`). Each is set when the thing the step asks for has happened, not when its
 * command was started. No 'vscode' here: the manifest test reads them.
 *
 * Why two values per key: VS Code (checked in 1.100's walkthroughsService) records an `onContext`
 * event that already matches when the walkthrough is registered as seen, without completing the
 * step, and never completes it later in that session. Extension walkthroughs can be registered
 * seconds after activation (or only when the Welcome page is first shown), by which time "the
 * profile exists" is long true: that is why the profile step was never ticked. So each key takes
 * the value 1 or 2, the step completes on either (`key == 1`, `key == 2`), and Attest flips the
 * value when a Welcome or walkthrough tab appears: at most one of the two was swallowed at
 * registration, and the flip fires the other.
 */
export const WalkthroughKey = {
  /** A valid assurance profile is loaded (created now or already there). */
  profile: 'attest.walkthrough.profile',
  /** An answer was written into a questionnaire (Answer This Question, a CodeLens, the view, the wizard). */
  answerInserted: 'attest.walkthrough.answerInserted',
  /** Fill Questionnaire or Fill Workbook finished and wrote answers. */
  questionnaireFilled: 'attest.walkthrough.questionnaireFilled',
  /** An explanation (Type 1 vs Type 2, a criterion, a term) was shown in the explanation panel. */
  explanationOpened: 'attest.walkthrough.explanationOpened',
} as const;
export type WalkthroughKey = (typeof WalkthroughKey)[keyof typeof WalkthroughKey];

/** The completion events of a step done when `key` is set (either value). */
export function completionEventsFor(key: WalkthroughKey): string[] {
  return [`onContext:${key} == 1`, `onContext:${key} == 2`];
}

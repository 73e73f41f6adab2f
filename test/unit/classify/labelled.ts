import type { IntentId } from '../../../src/domain/intents';

/** One labelled questionnaire question; `why` records the labelling rule for the borderline ones. */
export interface LabelledQuestion {
  readonly intent: IntentId;
  readonly question: string;
  readonly why?: string;
}

/** Builds a labelled set from `[intent, question, why?]` rows (keeps the data files compact). */
export function labelled(rows: readonly (readonly [IntentId, string] | readonly [IntentId, string, string])[]): LabelledQuestion[] {
  return rows.map(([intent, question, why]) => (why === undefined ? { intent, question } : { intent, question, why }));
}

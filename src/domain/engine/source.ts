/**
 * Answer sources: where the engine gets an answer for a question. The profile's facts come first
 * and decide everything they cover; a further source (the answer library) is asked only for a
 * question the facts do not cover: one the classifier does not recognize (`not_recognized`), or
 * one it recognized but whose reading says it is about something else (`outOfScope`).
 *
 * A further source is an `AnswerSource`: a name and an `Answerer` (question and options in, an
 * `AnswerDecision` out, with `source` saying which entry it came from). It is held to the same
 * rules as the profile: a Yes/No only when its entry answers that polarity, `undetermined` with
 * reasons otherwise, `not_recognized` when it has nothing. Combine with `answerFromSources`.
 */
import { answerQuestion } from '../answer/decide';
import type { AnswerDecision, AnswerOptions, Answerer } from '../answer/types';
import type { Profile } from '../profile/schema';

export interface AnswerSource {
  /** "profile", "library". */
  name: string;
  answer: Answerer;
}

/**
 * A new profile lists no SOC 2 examination, and the composer then says there is no report. That is
 * right only if it is true, so the writer is told where the answer came from.
 */
export const NO_ENGAGEMENT_WARNING =
  'The profile lists no SOC 2 examination, so the answer says there is no SOC 2 report. If you have one (or one is under way), add it under "soc2" → "engagements" in the profile first.';

/** The profile's facts as a source: classify, read, decide, compose (answer/decide.ts). */
export function profileSource(profile: Profile): AnswerSource {
  return {
    name: 'profile',
    answer: (question, options) => {
      const decision = answerQuestion(profile, question, options);
      const warnings = decision.intent.startsWith('soc2.') && profile.soc2.engagements.length === 0 ? [...decision.warnings, NO_ENGAGEMENT_WARNING] : decision.warnings;
      // An empty composition is not an answer: a person has to write it.
      const empty = decision.outcome === 'answered' && (decision.text ?? '').trim() === '';
      const answered = decision.outcome === 'answered' || decision.outcome === 'needs_person';
      // The decision is a fresh object of this call: completed in place (a spread of it is a slow generic copy in a long fill).
      decision.warnings = warnings;
      if (empty) {
        decision.outcome = 'needs_person';
      }
      if (answered) {
        decision.source = { kind: 'profile', facts: decision.facts ?? [] };
      }
      return decision;
    },
  };
}

/** The facts did not cover the question: another source may answer it. */
function deferred(decision: AnswerDecision): boolean {
  return decision.outcome === 'not_recognized' || (decision.outcome === 'undetermined' && decision.outOfScope === true);
}

/** The first source whose decision is not deferred; when every source defers, the first one's decision (it says why). */
export function answerFromSources(sources: readonly AnswerSource[]): Answerer {
  return (question: string, options: AnswerOptions): AnswerDecision => {
    let first: AnswerDecision | undefined;
    for (const source of sources) {
      const decision = source.answer(question, options);
      if (!deferred(decision)) {
        return decision;
      }
      first ??= decision;
    }
    if (first === undefined) {
      throw new Error('answerFromSources needs at least one source.');
    }
    return first;
  };
}

/** The answerer every surface uses: the profile's facts first, then the further sources in order. */
export function answererFor(profile: Profile, ...further: readonly AnswerSource[]): Answerer {
  return answerFromSources([profileSource(profile), ...further]);
}

/** What every coverage report says about the profile itself (a profile with no SOC 2 examination). */
export function profileNotices(profile: Profile): string[] {
  return profile.soc2.engagements.length === 0 ? [NO_ENGAGEMENT_WARNING] : [];
}

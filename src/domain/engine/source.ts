/**
 * Answer sources: where the engine gets an answer for a question. The profile's facts come first
 * and decide everything they cover; a further source (the answer library) is asked only for a
 * question the facts do not cover: one the classifier does not recognize (`not_recognized`), one
 * it recognized but whose reading says it is about something else (`outOfScope`), or one outside
 * SOC 2 whose topic the profile records nothing for (`unrecorded`), where only an answer replaces
 * the facts' decision.
 *
 * A further source is an `AnswerSource`: a name and an `Answerer` (question and options in, an
 * `AnswerDecision` out, with `source` saying which entry it came from). It is held to the same
 * rules as the profile: a Yes/No only when its entry answers that polarity, `undetermined` with
 * reasons otherwise, `not_recognized` when it has nothing. Combine with `answerFromSources`.
 */
import { answerQuestion } from '../answer/decide';
import type { AnswerDecision, AnswerOptions, Answerer } from '../answer/types';
import type { IntentId } from '../intents';
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

/**
 * Outside SOC 2, whether the profile records anything for an intent's topic. Where it records
 * nothing ("How often do you scan?" with no vulnerabilityScanning at all), a later source's answer
 * may replace the facts' decision; where it records something, the facts decide, even if a fact
 * the answer needs is missing (a placeholder), so no library text contradicts them.
 */
const RECORDS: Partial<Record<IntentId, (profile: Profile) => boolean>> = {
  'controls.patching': (profile) => profile.controls?.patching !== undefined,
  'controls.endpoint_management': (profile) => profile.controls?.endpointManagement !== undefined,
  'controls.vulnerability_scanning': (profile) => profile.controls?.vulnerabilityScanning !== undefined,
  'controls.incident_response': (profile) => profile.controls?.incidentResponse !== undefined,
  'assurance.iso27001': (profile) => profile.otherAssurance?.iso27001 !== undefined,
  'assurance.soc1': (profile) => profile.otherAssurance?.soc1 !== undefined,
  'assurance.soc3': (profile) => profile.otherAssurance?.soc3 !== undefined,
  'assurance.pentest': (profile) => (profile.otherAssurance?.penetrationTests ?? []).length > 0,
  'assurance.other': (profile) => (profile.otherAssurance?.frameworks ?? []).length > 0,
};

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
      if ((decision.outcome === 'needs_person' || decision.outcome === 'undetermined') && RECORDS[decision.intent]?.(profile) === false) {
        decision.unrecorded = true;
      }
      return decision;
    },
  };
}

/** The facts did not cover the question: another source may answer it. */
function deferred(decision: AnswerDecision): boolean {
  return decision.outcome === 'not_recognized' || (decision.outcome === 'undetermined' && decision.outOfScope === true);
}

/**
 * The facts know the topic but record nothing for it (see RECORDS): a later source's answer may
 * replace this decision, and nothing else does. "How often do you scan for vulnerabilities?" with
 * no vulnerability scanning in the profile takes the library's answer instead of "[scanning
 * cadence]". SOC 2, and any topic the profile records, stays with the facts alone.
 */
function unsettled(decision: AnswerDecision): boolean {
  return decision.unrecorded === true;
}

/**
 * The first source whose decision is not deferred; when every source defers, the first one's
 * decision (it says why). A decision that is only unsettled gives way to a later source's answer.
 */
export function answerFromSources(sources: readonly AnswerSource[]): Answerer {
  return (question: string, options: AnswerOptions): AnswerDecision => {
    let first: AnswerDecision | undefined;
    let unsettledDecision: AnswerDecision | undefined;
    for (const source of sources) {
      const decision = source.answer(question, options);
      if (unsettledDecision !== undefined) {
        if (decision.outcome === 'answered') {
          return decision;
        }
        continue;
      }
      if (!deferred(decision)) {
        if (!unsettled(decision)) {
          return decision;
        }
        unsettledDecision = decision;
        continue;
      }
      first ??= decision;
    }
    if (unsettledDecision !== undefined) {
      return unsettledDecision;
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

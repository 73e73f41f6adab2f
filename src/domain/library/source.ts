/**
 * The answer library as an engine answer source (src/domain/engine/source.ts): asked only for the
 * questions the profile's facts do not cover, and held to the same rules:
 *
 * - an exact or strong match to a public or NDA entry answers (`answered`, with the entry, tier,
 *   score, matched words, owner and review date as its `source`; a strong one is marked for review
 *   in its warnings, a stale one too);
 * - a Yes/No only from an entry whose Yes/No answers the question as asked (see matchLibrary);
 *   otherwise `undetermined` with the reason, and a sentence or paragraph loses a leading
 *   "Yes." / "No." so that it states the entry's facts without answering the polarity;
 * - a weak match is a suggestion: `undetermined`, named in the reasons, nothing written (so is a
 *   close match that does not answer what is asked: see `LibraryMatch.unmetBound`);
 * - an internal entry, or one whose answer is still a scaffold ("TODO: …"), is never written:
 *   `undetermined`, with the reason; an NDA one is, with a warning;
 * - nothing near: `not_recognized`.
 *
 *   const answerer = answererFor(profile, librarySource(buildLibraryIndex(entries)));
 */
import type { AnswerDecision, AnswerOptions } from '../answer/types';
import type { AnswerSource } from '../engine/source';
import { questionShape } from '../reading';
import { matchAnswer, scaffoldText } from './answer';
import { reviewDue } from './check';
import { matchLibrary, type LibraryIndex, type LibraryMatch } from './match';

/**
 * A Yes/No that leads an answer as a word of its own ("Yes.", "No,", "**Yes.**", "Yes — …"), not the
 * first word of a sentence: "No customer data leaves the EU" must keep its "No".
 */
const LEADING_YESNO = /^\s*(?:\*\*|__)?(?:yes|no)(?:\*\*|__)?(?:\s*[.,;:!]+(?:\*\*|__)?|\s+[—–-]\s+|\s*$)\s*/i;
/** An answer that opens with a list or a heading: its Yes/No goes on a line of its own. */
const OPENS_WITH_BLOCK = /^\s*(?:[-*+]\s|\d+[.)]\s|#)/;

function base(question: string, match: LibraryMatch | undefined): Pick<AnswerDecision, 'question' | 'intent' | 'confidence' | 'missing' | 'warnings'> {
  return { question, intent: 'none', confidence: match?.score ?? 0, missing: [], warnings: [] };
}

function describe(match: LibraryMatch): string {
  return `"${match.entry.id}" (${match.entry.file}, ${match.tier}, score ${match.score.toFixed(2)})`;
}

export function librarySource(index: LibraryIndex): AnswerSource {
  // A fill asks for a row's Yes/No and then its explanation: the same question, matched once.
  let last: { question: string; shape: ReturnType<typeof questionShape>; match: LibraryMatch | undefined } | undefined;
  const matched = (question: string): { shape: ReturnType<typeof questionShape>; match: LibraryMatch | undefined } => {
    if (last?.question !== question) {
      const shape = questionShape(question);
      last = { question, shape, match: matchLibrary(index, question, { polar: shape === 'polar' }).match };
    }
    return last;
  };
  return {
    name: 'library',
    answer: (question: string, options: AnswerOptions): AnswerDecision => {
      const { shape, match } = matched(question);
      const polar = shape === 'polar';
      if (match === undefined) {
        return { ...base(question, match), outcome: 'not_recognized' };
      }
      if (!match.writable) {
        const scaffold = scaffoldText(match.entry);
        const why =
          scaffold === undefined
            ? `The library entry that matches, ${describe(match)}, is internal only: it is never written into a questionnaire.`
            : `The library entry that matches, ${describe(match)}, is still a draft ("${scaffold}"): write its answer, and it is used from then on.`;
        return { ...base(question, match), outcome: 'undetermined', shape, reasons: [why] };
      }
      if (match.tier === 'weak') {
        const suggestion = { entry: match.entry.id, title: match.entry.question, file: match.entry.file, topic: match.entry.topic, score: match.score, ...(match.unmetBound !== undefined && { unmet: match.unmetBound }) };
        return {
          ...base(question, match),
          outcome: 'undetermined',
          shape,
          reasons: [
            match.unmetBound === undefined
              ? `A suggestion from the library, not close enough to fill: ${describe(match)}, matched on ${match.matched.join(', ')}.`
              : `A suggestion from the library, not filled because ${match.unmetBound}: ${describe(match)}.`,
          ],
          suggestion,
        };
      }
      const entry = match.entry;
      const stale = entry.reviewed === undefined ? undefined : reviewDue(entry.reviewed, entry.reviewEvery) < options.today;
      const source = {
        kind: 'library' as const,
        entry: entry.id,
        title: entry.question,
        file: entry.file,
        tier: match.tier as 'exact' | 'strong',
        score: match.score,
        matched: match.matched,
        ...(entry.owner !== undefined && { owner: entry.owner }),
        ...(entry.reviewed !== undefined && { reviewed: entry.reviewed }),
        ...(stale !== undefined && { stale }),
        ...(entry.visibility === 'nda' && { nda: true as const }),
      };
      const warnings: string[] = [];
      if (match.tier === 'strong') {
        warnings.push(`From the library entry ${describe(match)}: a close match, not a known variant of the question; review it.`);
      }
      if (entry.visibility === 'nda') {
        warnings.push(`The library entry "${entry.id}" is shared under NDA only: check that this customer has one before sending.`);
      }
      if (stale === true) {
        warnings.push(`The library entry "${entry.id}" is past its review date (reviewed ${entry.reviewed ?? ''}, every ${entry.reviewEvery ?? '12 months'}).`);
      }
      const verdict = match.yesno;
      const undeterminedYesNo = polar && (verdict === undefined || verdict === 'undetermined');
      const decidedYesNo = polar && (verdict === 'yes' || verdict === 'no');
      if (options.length === 'yesno') {
        const text = matchAnswer(match, 'yesno');
        if (text === undefined) {
          return { ...base(question, match), outcome: 'undetermined', shape, verdict: 'undetermined', reasons: [match.yesnoReason ?? `The library entry ${describe(match)} gives no Yes/No for this question.`], source };
        }
        return { ...base(question, match), outcome: 'answered', shape, verdict, text, warnings, source };
      }
      let text = matchAnswer(match, options.length);
      if (text === undefined || text.trim() === '') {
        return { ...base(question, match), outcome: 'undetermined', shape, reasons: [`The library entry ${describe(match)} has no answer text.`], source };
      }
      if (!decidedYesNo && LEADING_YESNO.test(text)) {
        // The entry's "Yes." was not checked against this question (it is not polar, or its Yes/No is left to a person): it is not written.
        text = text.replace(LEADING_YESNO, '');
        text = text.charAt(0).toUpperCase() + text.slice(1);
        if (undeterminedYesNo) {
          warnings.push(`The Yes/No is left to you: ${match.yesnoReason ?? 'the entry does not answer it'}.`);
        }
      } else if (decidedYesNo && !LEADING_YESNO.test(text)) {
        // As an answer from the facts does: the Yes/No the entry gives to this question leads its text.
        text = `${verdict === 'yes' ? 'Yes' : 'No'}.${OPENS_WITH_BLOCK.test(text) ? '\n\n' : ' '}${text}`;
      }
      // An answer whose Yes/No is left open says why, as an undetermined one does.
      const reasons = undeterminedYesNo ? [match.yesnoReason ?? 'the entry does not answer it'] : undefined;
      return { ...base(question, match), outcome: 'answered', shape, ...(polar && { verdict: verdict ?? 'undetermined' }), text, warnings, source, ...(reasons !== undefined && { reasons }) };
    },
  };
}

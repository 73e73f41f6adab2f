/**
 * Question in, decision out: classify the question, then compose the answer from the profile.
 * `none` is never answered; an answer that still holds a placeholder needs a person.
 */
import type { AnswerDecision, AnswerOptions } from './answering';
import { classify, type Classification } from './classify';
import { compose, NOT_RECOGNIZED_WARNING } from './compose';
import type { Profile } from './profile/schema';

export function answerQuestion(profile: Profile, question: string, options: AnswerOptions): AnswerDecision {
  return answerClassified(profile, question, classify(question, { context: options.context }), options);
}

/** The same for a question already classified, such as a second length of the same question. */
export function answerClassified(profile: Profile, question: string, { intent, confidence }: Classification, options: AnswerOptions): AnswerDecision {
  if (intent === 'none') {
    return { question, intent, confidence, outcome: 'not_recognized', missing: [], warnings: [NOT_RECOGNIZED_WARNING] };
  }
  const answer = compose(profile, intent, { length: options.length, today: options.today, question });
  return {
    question,
    intent,
    confidence,
    outcome: answer.missing.length > 0 ? 'needs_person' : 'answered',
    text: answer.text,
    missing: answer.missing,
    warnings: answer.warnings,
  };
}

/** The same, bound to one profile: the `Answerer` the editor, workbook and CLI flows take. */
export function answererFor(profile: Profile): (question: string, options: AnswerOptions) => AnswerDecision {
  return (question, options) => answerQuestion(profile, question, options);
}

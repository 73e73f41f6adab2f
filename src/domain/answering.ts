/**
 * The shape every "answer a question" flow shares (editor, workbook, command line): a question
 * goes in, and out comes what to write, or why nothing is written.
 */
import type { QuestionContext } from './classify';
import type { AnswerLength, IntentId } from './intents';

export interface AnswerOptions {
  length: AnswerLength;
  /** ISO date (YYYY-MM-DD) that "today" means for freshness; injected so answers are reproducible. */
  today: string;
  /**
   * Where the question sits in its questionnaire (its section and the questions before it), so a
   * follow-up such as "Were there any exceptions?" is read as the SOC 2 question it continues.
   * Build it with `contextAt` from './classify'.
   */
  context?: QuestionContext;
}

export type AnswerOutcome =
  /** A complete answer composed from the profile. */
  | 'answered'
  /** Recognized, but the profile lacks a fact the answer needs: a person must finish it. */
  | 'needs_person'
  /** Not a question Attest answers (`none`): nothing is written. */
  | 'not_recognized';

export interface AnswerDecision {
  question: string;
  intent: IntentId;
  confidence: number;
  outcome: AnswerOutcome;
  /** The answer text (with visible placeholders such as `[period end date]` when outcome is needs_person). */
  text?: string;
  /** Facts the profile lacks, as placeholders, e.g. `[period end date]`. */
  missing: string[];
  warnings: string[];
}

export type Answerer = (question: string, options: AnswerOptions) => AnswerDecision;

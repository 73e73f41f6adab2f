/**
 * The shape every "answer a question" flow shares (editor, workbook, command line): a question
 * goes in, and out comes what to write, or why nothing is written.
 */
import type { QuestionContext } from '../classify';
import type { AnswerLength, IntentId } from '../intents';
import type { AnswerShape } from '../reading/types';
import type { VerdictValue } from './verdict';

export interface AnswerOptions {
  length: AnswerLength;
  /** ISO date (YYYY-MM-DD) that "today" means for freshness; injected so answers are reproducible. */
  today: string;
  /**
   * Where the question sits in its questionnaire (its section and the questions before it), so a
   * follow-up such as "Were there any exceptions?" is read as the SOC 2 question it continues.
   * Build it with `contextAt` from '../classify'.
   */
  context?: QuestionContext;
}

export type AnswerOutcome =
  /** A complete answer composed from the profile. */
  | 'answered'
  /** Recognized, but the profile lacks a fact the answer needs: a person must finish it. */
  | 'needs_person'
  /** Not a question Attest answers (`none`): nothing is written. */
  | 'not_recognized'
  /**
   * Recognized, but the facts do not decide what it asks (a Yes/No the profile cannot support, a
   * word the reader did not understand, a near-topic question): nothing is written, and the
   * reasons say why.
   */
  | 'undetermined';

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
  /** What the question asks for: a Yes/No (polar), one of alternatives, a fact, or prose. */
  shape?: AnswerShape;
  /** For a polar question: the verdict the facts decide (undetermined when they do not). */
  verdict?: VerdictValue;
  /** Profile paths the answer rests on, e.g. `soc2.engagements[0].opinion`. */
  facts?: string[];
  /** Words of the question the reader could not place. */
  notUnderstood?: string[];
  /** Why the answer is undetermined, in words for the writer. */
  reasons?: string[];
  /**
   * The question is about something the profile's facts do not cover (a near-topic question): the
   * next answer source (the library) may answer it. Unset when the facts decide, or cannot decide, what it asks.
   */
  outOfScope?: boolean;
  /** Where the answer came from, for the coverage report and the hover. */
  source?: AnswerProvenance;
  /** A library entry near the question but not close enough to fill (a weak match), for the writer. */
  suggestion?: LibrarySuggestion;
}

export interface LibrarySuggestion {
  entry: string;
  title: string;
  file?: string;
  /** The entry's topic folder (`identity`), to group what is left by topic. */
  topic: string;
  score: number;
  /** Why the close match does not answer what is asked (matchLibrary's `unmetBound`): not offered for confirming. */
  unmet?: string;
}

/** Where an answer came from: the profile's facts, or a reviewed library entry. */
export type AnswerProvenance =
  | { kind: 'profile'; facts: string[] }
  | {
      kind: 'library';
      /** The entry's id and title, and its file relative to the library folder. */
      entry: string;
      title: string;
      file?: string;
      /** exact: a known variant of the question; strong: filled and marked for review. */
      tier: 'exact' | 'strong';
      score: number;
      /** The words that matched. */
      matched?: string[];
      owner?: string;
      /** ISO date of the last review, and whether it is past its review cycle. */
      reviewed?: string;
      stale?: boolean;
      /** The entry is shared under NDA only: the writer checks that this customer has one. */
      nda?: true;
    };

export type Answerer = (question: string, options: AnswerOptions) => AnswerDecision;

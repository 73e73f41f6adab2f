/**
 * What to write where: which answer length a cell gets, how a Yes/No answer maps onto a
 * dropdown's allowed values, and which cell contents count as "not answered yet".
 * The editor imports this module too, so it must never import exceljs (directly or not).
 */
import type { AnswerLength } from '../intents';
import { isYesNoHeader } from './detect';

/** Column widths are in Excel's character units (the default column is about 8.43). */
export const NARROW_COLUMN = 16;
export const WIDE_COLUMN = 45;

export interface AnswerPlan {
  /** Length written into the answer cell. */
  cell: AnswerLength;
  /** Length written into the comment cell (only when the answer cell holds a bare Yes/No). */
  comment?: AnswerLength;
}

export interface PlanInput {
  hasDropdown: boolean;
  answerHeader?: string;
  answerWidth?: number;
  hasCommentCell: boolean;
  commentWidth?: number;
  /** The question asks Yes/No: with a comment cell beside it, the verdict goes in the answer cell. */
  polar?: boolean;
}

/**
 * The rules, in order:
 * 1. a dropdown on the answer cell → the cell gets Yes/No (an allowed value), the explanation
 *    goes to the comment column;
 * 2. a "Yes/No"-style header, or a column narrower than 16 characters → Yes/No, explanation
 *    in the comment column;
 * 3. a Yes/No question with a comment cell beside it → the verdict in the answer cell, the
 *    explanation in the comment cell (a reviewer reads the Response column, not a paragraph);
 * 4. otherwise the answer cell gets the whole answer: a paragraph when the column is at least
 *    45 characters wide, a sentence when it is narrower or its width is not set.
 * The explanation in a comment column is a paragraph when that column is at least 45 wide,
 * otherwise a sentence.
 */
export function planAnswer(input: PlanInput): AnswerPlan {
  const bare =
    input.hasDropdown ||
    isYesNoHeader(input.answerHeader) ||
    (input.answerWidth !== undefined && input.answerWidth < NARROW_COLUMN) ||
    (input.polar === true && input.hasCommentCell);
  if (bare) {
    return input.hasCommentCell ? { cell: 'yesno', comment: lengthForWidth(input.commentWidth) } : { cell: 'yesno' };
  }
  return { cell: lengthForWidth(input.answerWidth) };
}

function lengthForWidth(width: number | undefined): AnswerLength {
  return width !== undefined && width >= WIDE_COLUMN ? 'paragraph' : 'sentence';
}

export type YesNoKind = 'yes' | 'no' | 'na';

/** Reads the answerer's Yes/No text: it begins with "Yes" or "No", or is "N/A". */
export function yesNoKind(text: string): YesNoKind | undefined {
  const t = text.trim().toLowerCase();
  if (/^yes\b/.test(t)) {
    return 'yes';
  }
  if (/^(n\/a|n\.a\.?|not applicable)(\W|$)/.test(t) || t === 'na') {
    return 'na';
  }
  if (/^no\b/.test(t)) {
    return 'no';
  }
  return undefined;
}

/** Exact dropdown values that mean the same, best first. */
const SYNONYMS: Record<YesNoKind, string[]> = {
  yes: ['yes', 'y', 'true', 'implemented', 'fully implemented', 'in place', 'compliant', 'fully compliant', 'agree'],
  no: ['no', 'n', 'false', 'not implemented', 'not in place', 'non-compliant', 'not compliant', 'disagree'],
  na: ['n/a', 'na', 'n.a.', 'n.a', 'not applicable'],
};

const PREFIX: Record<YesNoKind, RegExp> = {
  yes: /^yes\b/,
  no: /^no\b/,
  na: /^(n\/a|not applicable)\b/,
};

/** The dropdown value that says what the answer says, or undefined when none does. */
export function pickAllowedValue(kind: YesNoKind, allowed: readonly string[]): string | undefined {
  let best: { value: string; rank: number } | undefined;
  for (const value of allowed) {
    const normalized = value.trim().toLowerCase();
    const rank = SYNONYMS[kind].indexOf(normalized);
    if (rank >= 0 && (!best || rank < best.rank)) {
      best = { value, rank };
    }
  }
  if (best) {
    return best.value;
  }
  // "Yes - fully", "No (planned)": a value that starts with the word.
  return allowed.find((value) => PREFIX[kind].test(value.trim().toLowerCase()));
}

/** Prompts and to-do markers people leave in answer cells; such a cell still counts as unanswered. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    t.length === 0 ||
    /^(tbd|tbc|tba|to ?do|pending|\?+)\W*$/.test(t) ||
    /^[-–—_.\s]+$/.test(t) ||
    /^(please )?(select|choose|pick)( (one|an? (option|value|answer|response)|from (the )?(list|drop-?down)))?\W*$/.test(t) ||
    /^(enter|type|insert|add) (your )?(answer|response|comment|text)s?( here)?\W*$/.test(t) ||
    /^(answer|response|comments?) here\W*$/.test(t) ||
    /^\[[^\]]*\]$/.test(t)
  );
}

/**
 * For dropdowns whose values are not Yes/No ("Type 1", "Type 2", "None"): the one allowed value
 * the answer names, as a whole phrase. Undefined when none or several appear, so nothing is guessed.
 */
export function allowedValueNamedIn(text: string, allowed: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const named = allowed.filter((value) => {
    const phrase = value.trim().toLowerCase();
    if (phrase.length < 2) {
      return false;
    }
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower);
  });
  return named.length === 1 ? named[0] : undefined;
}

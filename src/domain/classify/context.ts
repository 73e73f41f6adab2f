/**
 * The context a questionnaire gives one of its questions: its section and the questions before
 * it in that section. Built the same way by every caller (text fill, workbook fill, the editor's
 * CodeLens and Answer This Question), so a follow-up gets the same intent wherever it is answered.
 */
import type { QuestionContext } from './index';

/** More preceding questions than the classifier looks at (it scans at most CONTEXT_SCAN_LIMIT). */
const MAX_PREVIOUS = 8;

/** Anything with a question text and, when the reader found one, the section it is in. */
export interface ContextSource {
  readonly question: string;
  readonly section?: string;
}

/**
 * The context of `items[index]`: its section, and the texts of the questions right before it
 * that are in the same section (nearest last, at most MAX_PREVIOUS). Questions without a section
 * count as one section. Undefined when there is nothing to tell (the first question, with no
 * section) or the index is outside the list, so callers pass exactly what they passed before.
 */
export function contextAt(items: readonly ContextSource[], index: number): QuestionContext | undefined {
  const item = items[index];
  if (item === undefined) {
    return undefined;
  }
  const previous: string[] = [];
  for (let i = index - 1; i >= 0 && previous.length < MAX_PREVIOUS; i -= 1) {
    const before = items[i];
    if (before === undefined || before.section !== item.section) {
      break;
    }
    previous.push(before.question);
  }
  previous.reverse();
  if (item.section === undefined) {
    return previous.length === 0 ? undefined : { previous };
  }
  return { section: item.section, previous };
}

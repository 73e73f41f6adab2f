/** The text a library entry gives in the lengths questionnaires want. */
import type { AnswerLength } from '../intents';
import type { LibraryMatch } from './match';
import type { LibraryEntry } from './schema';

const YESNO_TEXT = { yes: 'Yes', no: 'No', na: 'N/A' } as const;

function firstSentence(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z(]|$)/.exec(plain);
  return end === null ? plain : plain.slice(0, end.index + 1);
}

/**
 * The entry's answer at a length, or undefined when it has none to give:
 * - 'yesno': "Yes" / "No" / "N/A" from `answer.yesno` (undefined when the entry has no Yes/No);
 * - 'sentence': `answer.sentence`, else the paragraph's first sentence;
 * - 'paragraph': the Markdown body, else the sentence.
 *
 * An internal entry gives nothing: it is never written into a questionnaire. This does not judge
 * whether the entry answers a particular question: use `matchAnswer` for a match.
 */
export function libraryAnswer(entry: LibraryEntry, length: AnswerLength): string | undefined {
  if (entry.visibility === 'internal') {
    return undefined;
  }
  const paragraph = entry.paragraph.trim();
  const sentence = entry.answer.sentence ?? (paragraph === '' ? undefined : firstSentence(paragraph));
  switch (length) {
    case 'yesno':
      return entry.answer.yesno === undefined ? undefined : YESNO_TEXT[entry.answer.yesno];
    case 'sentence':
      return sentence;
    case 'paragraph':
      return paragraph === '' ? sentence : paragraph;
  }
}

/**
 * The answer a match may write at a length: nothing for a weak match or an internal entry; for a
 * Yes/No, only the Yes/No the match decided (never one it left undetermined).
 */
export function matchAnswer(match: LibraryMatch, length: AnswerLength): string | undefined {
  if (!match.fills) {
    return undefined;
  }
  if (length === 'yesno') {
    return match.yesno === undefined || match.yesno === 'undetermined' ? undefined : YESNO_TEXT[match.yesno];
  }
  return libraryAnswer(match.entry, length);
}

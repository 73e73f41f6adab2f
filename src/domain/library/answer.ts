/** The text a library entry gives in the lengths questionnaires want. */
import type { AnswerLength } from '../intents';
import type { LibraryMatch } from './match';
import type { LibraryEntry } from './schema';

const YESNO_TEXT = { yes: 'Yes', no: 'No', na: 'N/A' } as const;

/**
 * Full stops before a capital that do not end a sentence: "e.g. AWS", "U.S. Regions". (A sentence
 * only ends before a capital, so "Northwind Ledger, Inc. has…" is one sentence anyway.)
 */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|vs|approx|incl|u\.s|u\.k|dr|mr|ms|mrs)$/i;
/** A first sentence that is only the Yes/No ("Yes. Backups are encrypted."): the sentence goes on to the next. */
const BARE_YESNO = /^(?:yes|no|n\/a)[.!]$/i;

/** The first sentence of a text (one line; a full stop after an abbreviation, or a bare "Yes.", does not end it). */
export function firstSentence(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const ends = /[.!?](?=\s+[A-Z(]|$)/g;
  for (let m = ends.exec(plain); m !== null; m = ends.exec(plain)) {
    const sentence = plain.slice(0, m.index + 1);
    if ((m[0] !== '.' || !ABBREVIATION.test(plain.slice(0, m.index))) && !BARE_YESNO.test(sentence)) {
      return sentence;
    }
  }
  return plain;
}

/** What a scaffold leaves for the writer ("TODO: the answer in one sentence."): never sent to a customer. */
const SCAFFOLD = /\b(?:TODO|TBD|FIXME)\b/;

/** The scaffold text in one text ("TODO: the answer…", up to the line's end), or undefined. */
export function scaffoldIn(text: string): string | undefined {
  const found = SCAFFOLD.exec(text);
  return found === null ? undefined : text.slice(found.index, found.index + 60).split('\n')[0]?.trim();
}

/** The scaffold text still in an entry's answer (its sentence, else its paragraph), or undefined. */
export function scaffoldText(entry: LibraryEntry): string | undefined {
  return scaffoldIn(entry.answer.sentence ?? '') ?? scaffoldIn(entry.paragraph);
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

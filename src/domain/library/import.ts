/**
 * Draft library entries from a questionnaire someone already answered (`attest library import`).
 *
 * - Each answered question becomes a draft; a leading "Yes" / "No" / "N/A" becomes its Yes/No and
 *   the rest its sentence and paragraph.
 * - Near-duplicate questions (the matcher's exact or strong tier) are merged into one draft as
 *   variants; when their Yes/No disagree, the conflict is reported and the draft keeps none.
 * - A question the library already answers is not imported (nothing in the library is overwritten);
 *   one whose Yes/No disagrees with the library's entry is reported as a conflict.
 * - Drafts are `visibility: internal` with no owner and no review date: nothing imported is written
 *   into a questionnaire until a person has reviewed it, set an owner, a date and a visibility.
 */
import { normalizeText } from './analyze';
import { buildLibraryIndex, matchLibrary, type LibraryIndex } from './match';
import type { LibraryEntry, YesNo } from './schema';
import { entrySlug } from './template';

export interface AnsweredQuestion {
  question: string;
  answer: string;
  /** Where it came from, for messages: "vendor.csv:12". */
  at: string;
  section?: string;
}

export interface DraftEntry {
  id: string;
  topic: string;
  question: string;
  variants: string[];
  yesno?: YesNo;
  sentence?: string;
  paragraph: string;
  /** Where each question came from. */
  from: string[];
}

export interface ImportResult {
  drafts: DraftEntry[];
  /** Questions the library already answers: [where, entry id]. */
  known: { at: string; question: string; entry: string }[];
  /** Answers that disagree, in words. */
  conflicts: string[];
  /** Questions with no answer to import. */
  unanswered: number;
}

const YESNO_LEAD = /^\s*(yes|no|n\/a|na|not applicable)\b[\s.,;:—–-]*/i;

/** "Yes. We do X." → yes + "We do X."; "We do X." → no Yes/No. */
export function splitAnswer(answer: string): { yesno?: YesNo; text: string } {
  const lead = YESNO_LEAD.exec(answer);
  if (lead === null) {
    return { text: answer.trim() };
  }
  const word = (lead[1] ?? '').toLowerCase();
  const yesno: YesNo = word === 'yes' ? 'yes' : word === 'no' ? 'no' : 'na';
  const rest = answer.slice(lead[0].length).trim();
  return { yesno, text: rest === '' ? '' : rest.charAt(0).toUpperCase() + rest.slice(1) };
}

function firstSentence(text: string): string {
  const end = /[.!?](?=\s|$)/.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}

function draftEntry(draft: DraftEntry): LibraryEntry {
  return {
    id: draft.id,
    question: draft.question,
    variants: draft.variants,
    answer: { ...(draft.yesno !== undefined && { yesno: draft.yesno }) },
    visibility: 'internal',
    tags: [],
    evidence: [],
    topic: draft.topic,
    file: draft.id,
    paragraph: draft.paragraph,
    spans: { id: { line: 1, column: 1 }, question: { line: 1, column: 1 }, variants: [], evidence: [], bodyOffset: 0, bodyLine: 1 },
  };
}

export function importAnswers(items: readonly AnsweredQuestion[], library: readonly LibraryEntry[], options: { topic?: string } = {}): ImportResult {
  const result: ImportResult = { drafts: [], known: [], conflicts: [], unanswered: 0 };
  const libraryIndex: LibraryIndex = buildLibraryIndex(library);
  const usedIds = new Set(library.map((e) => e.id));
  for (const item of items) {
    const question = item.question.replace(/\s+/g, ' ').trim();
    const { yesno, text } = splitAnswer(item.answer);
    if (question === '' || (text === '' && yesno === undefined)) {
      result.unanswered++;
      continue;
    }
    const known = matchLibrary(libraryIndex, question, { polar: false }).match;
    if (known !== undefined && known.tier !== 'weak') {
      result.known.push({ at: item.at, question, entry: known.entry.id });
      const theirs = known.entry.answer.yesno;
      if (yesno !== undefined && theirs !== undefined && yesno !== theirs) {
        result.conflicts.push(`${item.at}: "${question}" was answered ${yesno}, but the library's "${known.entry.id}" (${known.entry.file}) says ${theirs}.`);
      }
      continue;
    }
    // Merge with a draft of the same question (index rebuilt per draft: imports are small).
    const draftIndex = buildLibraryIndex(result.drafts.map(draftEntry));
    const near = result.drafts.length === 0 ? undefined : matchLibrary(draftIndex, question, { polar: false }).match;
    if (near !== undefined && near.tier !== 'weak') {
      const draft = result.drafts.find((d) => d.id === near.entry.id) as DraftEntry;
      if (normalizeText(question) !== normalizeText(draft.question) && !draft.variants.some((v) => normalizeText(v) === normalizeText(question))) {
        draft.variants.push(question);
      }
      draft.from.push(item.at);
      if (yesno !== undefined && draft.yesno !== undefined && yesno !== draft.yesno) {
        result.conflicts.push(`${item.at}: "${question}" was answered ${yesno}, but ${draft.from[0] ?? ''} answered the same question ${draft.yesno}; the draft "${draft.id}" keeps no Yes/No until someone decides.`);
        delete draft.yesno;
      }
      if (draft.paragraph === '' && text !== '') {
        draft.paragraph = text;
        draft.sentence = firstSentence(text);
      }
      continue;
    }
    const topic = options.topic ?? (item.section !== undefined && normalizeText(item.section) !== '' ? normalizeText(item.section).replace(/ /g, '-').slice(0, 40) : 'imported');
    let id = entrySlug(question);
    for (let n = 2; usedIds.has(id); n++) {
      id = `${entrySlug(question)}-${n}`;
    }
    usedIds.add(id);
    result.drafts.push({ id, topic, question, variants: [], ...(yesno !== undefined && { yesno }), ...(text !== '' && { sentence: firstSentence(text) }), paragraph: text, from: [item.at] });
  }
  return result;
}

/** The Markdown file of a draft. */
export function draftText(draft: DraftEntry): string {
  const lines = [
    '---',
    `id: ${draft.id}`,
    `question: ${JSON.stringify(draft.question)}`,
    ...(draft.variants.length === 0 ? ['variants: []'] : ['variants:', ...draft.variants.map((v) => `  - ${JSON.stringify(v)}`)]),
    'answer:',
    ...(draft.yesno === undefined ? [] : [`  yesno: ${draft.yesno}`]),
    ...(draft.sentence === undefined ? [] : [`  sentence: ${JSON.stringify(draft.sentence)}`]),
    `# imported from ${draft.from.join(', ')}`,
    '# owner: Name (Team)  # who answers for this entry',
    '# reviewed: YYYY-MM-DD',
    'reviewEvery: 12 months',
    '# Imported as a draft: internal until reviewed. Set public or nda (and owner, reviewed) to use it.',
    'visibility: internal',
    'tags: [imported]',
    'evidence: []',
    '---',
    draft.paragraph,
    '',
  ];
  return lines.join('\n');
}

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
import { firstSentence } from './answer';
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

/** An answered question to import: its question with spaces collapsed, and its answer split into Yes/No and text. */
interface Candidate {
  item: AnsweredQuestion;
  question: string;
  yesno?: YesNo;
  text: string;
}

/**
 * The imported questions as one index, built once (a pseudo-entry per question, id `q<n>`), so an
 * import is linear in its size: each question is matched against the others, not against an index
 * of the drafts rebuilt per question (that was quadratic: 4,000 questions took 148 s).
 */
function questionIndex(candidates: readonly Candidate[]): LibraryIndex {
  return buildLibraryIndex(
    candidates.map((c, n) => draftEntry({ id: `q${n}`, topic: 'imported', question: c.question, variants: [], paragraph: c.text, from: [] })),
  );
}

/** Drafts beside the near ones in the index that decides a merge: a fixed number, so an import stays linear. */
const RECENT_DRAFTS = 20;
/** A draft's latest variants that take part (a draft many questions merged into stays one bounded text set). */
const WEIGHED_VARIANTS = 8;

export function importAnswers(items: readonly AnsweredQuestion[], library: readonly LibraryEntry[], options: { topic?: string } = {}): ImportResult {
  const result: ImportResult = { drafts: [], known: [], conflicts: [], unanswered: 0 };
  const libraryIndex: LibraryIndex = buildLibraryIndex(library);
  const usedIds = new Set(library.map((e) => e.id));
  const candidates: Candidate[] = [];
  for (const item of items) {
    const question = item.question.replace(/\s+/g, ' ').trim();
    const { yesno, text } = splitAnswer(item.answer);
    if (question === '' || (text === '' && yesno === undefined)) {
      result.unanswered++;
      continue;
    }
    candidates.push({ item, question, text, ...(yesno !== undefined && { yesno }) });
  }
  const imported = questionIndex(candidates);
  /** The draft each imported question went into (undefined: the library already answers it). */
  const draftOf: (DraftEntry | undefined)[] = [];
  candidates.forEach(({ item, question, yesno, text }, n) => {
    draftOf.push(undefined);
    const known = matchLibrary(libraryIndex, question, { polar: false }).match;
    if (known !== undefined && known.tier !== 'weak') {
      result.known.push({ at: item.at, question, entry: known.entry.id });
      const theirs = known.entry.answer.yesno;
      if (yesno !== undefined && theirs !== undefined && yesno !== theirs) {
        result.conflicts.push(`${item.at}: "${question}" was answered ${yesno}, but the library's "${known.entry.id}" (${known.entry.file}) says ${theirs}.`);
      }
      return;
    }
    // Merge with the draft of an earlier question that asks the same. The imported questions' index
    // finds the earlier ones that may (any tier); the library's test (exact or strong) decides, on an
    // index of their drafts and the most recent ones (so word weights are not those of two texts).
    const nearDrafts = [
      ...new Set(
        matchLibrary(imported, question, { polar: false, exclude: `q${n}` })
          .candidates.map((c) => Number(c.entry.id.slice(1)))
          .filter((k) => k < n)
          .map((k) => draftOf[k])
          .filter((d): d is DraftEntry => d !== undefined),
      ),
    ];
    const weighed = [...new Set([...nearDrafts, ...result.drafts.slice(-RECENT_DRAFTS)])];
    const near = nearDrafts.length === 0 ? undefined : matchLibrary(buildLibraryIndex(weighed.map((d) => draftEntry({ ...d, variants: d.variants.slice(-WEIGHED_VARIANTS) }))), question, { polar: false }).match;
    const draft = near === undefined || near.tier === 'weak' ? undefined : nearDrafts.find((d) => d.id === near.entry.id);
    if (draft !== undefined) {
      draftOf[n] = draft;
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
      return;
    }
    const topic = options.topic ?? (item.section !== undefined && normalizeText(item.section) !== '' ? normalizeText(item.section).replace(/ /g, '-').slice(0, 40) : 'imported');
    let id = entrySlug(question);
    for (let k = 2; usedIds.has(id); k++) {
      id = `${entrySlug(question)}-${k}`;
    }
    usedIds.add(id);
    const created: DraftEntry = { id, topic, question, variants: [], ...(yesno !== undefined && { yesno }), ...(text !== '' && { sentence: firstSentence(text) }), paragraph: text, from: [item.at] };
    result.drafts.push(created);
    draftOf[n] = created;
  });
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

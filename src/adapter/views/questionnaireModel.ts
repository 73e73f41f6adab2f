/**
 * What the questionnaire view shows for one document: every question with its state, where its
 * answer comes from, and what a person has to supply. Pure (no 'vscode'): the view renders it, the
 * coverage preview prints it, unit tests check it.
 *
 * The per-question decision is the fill engine's preview (`previewDocument`, the same plan as Fill
 * Questionnaire, nothing written), so the view and a fill always agree; the one call is `planStates`.
 *
 * Two states the engine cannot know come from what the view saw earlier (`FillMemory`): an answer
 * Attest wrote that was edited afterwards ("changed since it was filled"), and one written before
 * the profile changed ("filled before the profile changed").
 */
import type { AnswerSource, CoverageEntry } from '../../domain/engine';
import type { EngineModule } from '../lazy/engine';
import { classify, contextAt } from '../../domain/classify';
import { INTENT_LABELS, type AnswerLength, type IntentId } from '../../domain/intents';
import type { Profile } from '../../domain/profile/schema';
import { anchorsFor, type QuestionAnchor } from '../../domain/questionnaire/anchor';
import { readQuestionnaire, type QuestionItem, type QuestionnaireFormat } from '../../domain/questionnaire';

export type QuestionState = 'facts' | 'filled' | 'library' | 'needs_person' | 'no_profile' | 'not_recognized' | 'already_answered' | 'changed' | 'stale';

/** How each state reads in the view, the tooltip and the coverage preview. */
export const STATE_LABELS: Record<QuestionState, string> = {
  facts: 'Answered from the facts',
  filled: 'Filled from the facts',
  library: 'Answered from the library',
  needs_person: 'Needs a person',
  no_profile: 'Needs an assurance profile',
  not_recognized: 'Not recognized',
  already_answered: 'Already answered',
  changed: 'Changed since it was filled',
  stale: 'Filled before the profile changed',
};

/** States a person should look at: the view's badge counts them. */
export const NEEDS_PERSON: ReadonlySet<QuestionState> = new Set(['needs_person', 'no_profile', 'stale']);

export interface QuestionView {
  index: number;
  /** `3.2 Do you have SOC 2?` */
  label: string;
  question: string;
  section?: string;
  line: number;
  anchor: QuestionAnchor;
  state: QuestionState;
  intent?: IntentId;
  /** Profile paths the answer rests on (`soc2.engagements[0].periodEnd`). */
  facts: string[];
  /** The library entry the answer came from (`entry` title and file), when it came from the library. */
  libraryEntry?: string;
  /** Facts the profile lacks (`[period end date]`), for needs_person. */
  missing: string[];
  /** Why a Yes/No question was left for a person, and what the writer should know. */
  notes: string[];
  /** The answer Attest would write now, or the one that is there. */
  existing: string;
}

export interface SectionView {
  name: string;
  questions: QuestionView[];
}

export interface QuestionnaireView {
  sections: SectionView[];
  questions: QuestionView[];
  counts: Record<QuestionState, number>;
  /** How many need a person (the badge). */
  needsPerson: number;
  /** How many answers Attest would write appeared in this read, in one go (a fill, an insert). */
  newlyWritten: number;
  problem?: string;
}

/**
 * Answers the view saw Attest write in a document (by question label), and the profile they were
 * written with; kept by the view per document for the session.
 */
export interface FillMemory {
  written: Map<string, { text: string; profileKey: string; facts: string[]; intent?: IntentId; state: 'filled' | 'library' | 'needs_person'; missing: string[]; libraryEntry?: string }>;
}

export interface ModelOptions {
  today: string;
  defaultLength: AnswerLength;
  profile: Profile | undefined;
  /** The profile's content as a string ('' without one): tells "the profile changed". */
  profileKey: string;
  memory: FillMemory;
  /** True when the edits since the last look inserted whole answers (a fill, an insert, a paste), not keystrokes. */
  bulkEdit: boolean;
  /** What the view showed last time for this document, to see answers appear. */
  previous?: QuestionnaireView;
  /** The answer sources behind the profile (the folder's library), asked as a fill asks them. */
  sources?: readonly AnswerSource[];
  /** The fill engine (loaded on first use by the host; needed when there is a profile). */
  engine?: Pick<EngineModule, 'answerFromSources' | 'coverageEntryOf' | 'fillDocument' | 'profileSource' | 'readTextQuestionnaire'>;
  /** Set when a newer read supersedes this one: the read stops (FillCancelled from the engine, or `undefined`). */
  signal?: { readonly aborted: boolean };
}

/** Let the event loop run (typing, other providers) at most this often while reading without a profile. */
const YIELD_EVERY_MS = 25;

const NO_SECTION = 'Questions';

function entryState(entry: CoverageEntry | undefined): QuestionState {
  switch (entry?.status) {
    case 'answered':
      return entry.source?.kind === 'library' ? 'library' : 'facts';
    case 'needs_person':
      return 'needs_person';
    case 'already_answered':
      return 'already_answered';
    default:
      return 'not_recognized';
  }
}

/**
 * The one call into the fill engine: per question, its coverage entry (status, source, missing
 * facts). `fillDocument` plans exactly as Fill Questionnaire does and yields to the event loop every
 * 25 ms (a 5,000-line questionnaire must not hold the extension host); its edits are dropped.
 */
async function planStates(text: string, format: QuestionnaireFormat, profile: Profile, options: ModelOptions): Promise<{ items: readonly QuestionItem[]; entries: CoverageEntry[]; problem?: string }> {
  const engine = options.engine;
  if (!engine) {
    throw new Error('The fill engine is needed to read a questionnaire with a profile.');
  }
  const { answerFromSources, coverageEntryOf, fillDocument, profileSource, readTextQuestionnaire } = engine;
  const document = readTextQuestionnaire(text, format);
  const { planned } = await fillDocument(document, answerFromSources([profileSource(profile), ...(options.sources ?? [])]), {
    today: options.today,
    defaultLength: options.defaultLength,
    title: 'Questionnaire',
    ...(options.signal !== undefined && { signal: options.signal }),
  });
  return { items: document.questions, entries: planned.map(coverageEntryOf), ...(document.problem !== undefined && { problem: document.problem }) };
}

/** Without a profile: which questions Attest recognizes (they need a profile), which it does not. */
async function classifyOnly(text: string, format: QuestionnaireFormat, signal: { readonly aborted: boolean } | undefined): Promise<{ items: readonly QuestionItem[]; entries: CoverageEntry[]; problem?: string } | undefined> {
  const { items, layout } = readQuestionnaire(text, format);
  const entries: CoverageEntry[] = [];
  let lastYield = Date.now();
  for (const [index, item] of items.entries()) {
    if (Date.now() - lastYield >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
      if (signal?.aborted) {
        return undefined;
      }
    }
    const location = `line ${item.line + 1}`;
    if (item.answer.existing.trim() !== '') {
      entries.push({ status: 'already_answered', location, question: item.question });
      continue;
    }
    const { intent } = classify(item.question, { context: contextAt(items, index) });
    entries.push(intent === 'none' ? { status: 'not_recognized', location, question: item.question } : { status: 'needs_person', location, question: item.question, intent });
  }
  return { items, entries, ...(layout.problem !== undefined && { problem: layout.problem }) };
}

/** The view of a questionnaire; undefined when `options.signal` aborted the read. */
export async function questionnaireView(text: string, format: QuestionnaireFormat, options: ModelOptions): Promise<QuestionnaireView | undefined> {
  let read: Awaited<ReturnType<typeof classifyOnly>>;
  try {
    read = options.profile ? await planStates(text, format, options.profile, options) : await classifyOnly(text, format, options.signal);
  } catch (error) {
    if (options.signal?.aborted) {
      return undefined;
    }
    throw error;
  }
  if (!read || options.signal?.aborted) {
    return undefined;
  }
  const { items, entries, problem } = read;
  const anchors = anchorsFor(items);
  const before = new Map((options.previous?.questions ?? []).map((q) => [q.label, q]));
  let newlyWritten = 0;
  const questions = items.map((item, index): QuestionView => {
    const entry = entries[index];
    const label = item.id ? `${item.id} ${item.question}` : item.question;
    const existing = item.answer.existing.trim();
    let state = entryState(entry);
    if (!options.profile && state === 'needs_person') {
      state = 'no_profile';
    }
    let facts = entry?.source?.kind === 'profile' ? entry.source.facts : (entry?.facts ?? []);
    let intent = entry?.intent;
    let missing = options.profile ? (entry?.missing ?? []) : state === 'no_profile' ? ['an assurance profile (.attest/profile.json)'] : [];
    if (state === 'already_answered') {
      const earlier = before.get(label);
      let written = options.memory.written.get(label);
      if (earlier && (earlier.state === 'facts' || earlier.state === 'library' || earlier.state === 'needs_person') && earlier.existing === '' && options.bulkEdit) {
        // The answer Attest would have written appeared in one go (a fill, an insert): remember it as Attest's.
        // An answer written with placeholders still needs a person, with the same missing facts.
        // An answer from the library stays "from the library": it is not a fact of the profile.
        const kept = earlier.state === 'needs_person' ? 'needs_person' : earlier.state === 'library' ? 'library' : 'filled';
        written = {
          text: existing,
          profileKey: options.profileKey,
          facts: earlier.facts,
          ...(earlier.intent !== undefined && { intent: earlier.intent }),
          state: kept,
          missing: earlier.missing,
          ...(earlier.libraryEntry !== undefined && { libraryEntry: earlier.libraryEntry }),
        };
        options.memory.written.set(label, written);
        newlyWritten++;
      }
      if (written && written.text !== existing) {
        state = 'changed';
      } else if (written && written.profileKey !== options.profileKey) {
        state = 'stale';
      } else if (written) {
        // Still what Attest wrote.
        state = written.state;
      }
      if (written) {
        facts = written.facts;
        intent = written.intent;
        if (state === 'needs_person') {
          missing = written.missing;
        }
      }
    }
    const notes = [...(entry?.reasons ?? []), ...(entry?.warnings ?? [])];
    return {
      index,
      label,
      question: item.question,
      ...(item.section !== undefined && { section: item.section }),
      line: item.line,
      anchor: anchors[index] ?? { question: item.question, idUnique: true, occurrence: 0, occurrences: 1, line: item.line },
      state,
      ...(intent !== undefined && { intent }),
      facts,
      ...(entry?.source?.kind === 'library' ? { libraryEntry: entry.source.file ?? entry.source.title } : state === 'library' && options.memory.written.get(label)?.libraryEntry !== undefined ? { libraryEntry: options.memory.written.get(label)?.libraryEntry } : {}),
      missing,
      notes,
      existing,
    };
  });
  // Forget answers whose question is gone.
  const labels = new Set(questions.map((q) => q.label));
  for (const label of options.memory.written.keys()) {
    if (!labels.has(label)) {
      options.memory.written.delete(label);
    }
  }
  const sections: SectionView[] = [];
  for (const question of questions) {
    const name = question.section ?? NO_SECTION;
    const last = sections[sections.length - 1];
    if (last?.name === name) {
      last.questions.push(question);
    } else {
      sections.push({ name, questions: [question] });
    }
  }
  const counts = Object.fromEntries(Object.keys(STATE_LABELS).map((s) => [s, 0])) as Record<QuestionState, number>;
  for (const question of questions) {
    counts[question.state]++;
  }
  const needsPerson = questions.filter((q) => NEEDS_PERSON.has(q.state)).length;
  return { sections, questions, counts, needsPerson, newlyWritten, ...(problem !== undefined && { problem }) };
}

/** "5 from the facts · 2 need a person · 3 not recognized" (zero counts left out). */
export function summaryLine(view: QuestionnaireView): string {
  const parts: string[] = [];
  const add = (count: number, text: string): void => {
    if (count > 0) {
      parts.push(`${count} ${text}`);
    }
  };
  add(view.counts.facts, 'from the facts');
  add(view.counts.filled, 'filled from the facts');
  add(view.counts.library, 'from the library');
  add(view.counts.needs_person, view.counts.needs_person === 1 ? 'needs a person' : 'need a person');
  add(view.counts.no_profile, view.counts.no_profile === 1 ? 'needs a profile' : 'need a profile');
  add(view.counts.changed, 'changed since filled');
  add(view.counts.stale, 'filled before the profile changed');
  add(view.counts.already_answered, 'already answered');
  add(view.counts.not_recognized, 'not recognized');
  return parts.length === 0 ? 'No questions found' : parts.join(' · ');
}

/** What the question's answer rests on, in words: the intent and the profile facts, or why there is none. */
export function sourceText(question: QuestionView): string {
  const topic = question.intent !== undefined && question.intent !== 'none' ? INTENT_LABELS[question.intent] : undefined;
  switch (question.state) {
    case 'facts':
    case 'filled':
    case 'stale':
      return `${topic ?? 'Assurance profile'}${question.facts.length > 0 ? ` — ${question.facts.join(', ')}` : ''}`;
    case 'needs_person':
    case 'no_profile': {
      // Placeholders are facts to add ("missing [period end date]"); anything else is the engine's reason, said as is.
      const facts = question.missing.filter((m) => /^\[.*\]$/.test(m.trim()) || question.state === 'no_profile');
      const reasons = question.missing.filter((m) => !facts.includes(m));
      const parts = [...(facts.length > 0 ? [`missing ${facts.join(', ')}`] : []), ...reasons];
      return [topic, parts.join('; ')].filter((p) => p !== undefined && p !== '').join(' — ');
    }
    case 'library':
      return `Answer library${question.libraryEntry !== undefined ? ` — ${question.libraryEntry}` : ''}`;
    case 'already_answered':
    case 'changed':
      return topic ?? 'Written in the document';
    case 'not_recognized':
      return 'Not a question Attest answers';
  }
}

/** The development library as real entry files: rendered to Markdown and read by the parser. */
import { parseEntry } from '../../../../src/domain/library/parse';
import type { LibraryEntry } from '../../../../src/domain/library/schema';
import { DEV_ENTRIES, type DevEntry } from './entries';
import type { Labelled } from './questions';
import { buildLibraryIndex, matchLibrary, type LibraryIndex } from '../../../../src/domain/library/match';

export function renderDevEntry(entry: DevEntry): string {
  const lines = ['---', `id: ${entry.id}`, `question: ${JSON.stringify(entry.question)}`];
  if (entry.variants !== undefined && entry.variants.length > 0) {
    lines.push('variants:', ...entry.variants.map((v) => `  - ${JSON.stringify(v)}`));
  }
  lines.push('answer:');
  if (entry.yesno !== undefined) {
    lines.push(`  yesno: ${entry.yesno}`);
  }
  lines.push(`  sentence: ${JSON.stringify(entry.sentence)}`, 'owner: Dev Set (Security)', 'reviewed: 2026-06-01', 'reviewEvery: 12 months', `visibility: ${entry.visibility ?? 'public'}`, `tags: [${entry.topic}]`, '---', entry.sentence, '');
  return lines.join('\n');
}

/** Entries as real entry files: each rendered to Markdown and read back by the parser. */
export function libraryOf(entries: readonly DevEntry[]): LibraryEntry[] {
  return entries.map((dev) => {
    const result = parseEntry(`devset/${dev.topic}/${dev.id}.md`, renderDevEntry(dev), dev.topic);
    if (result.entry === undefined) {
      throw new Error(`${dev.id}: ${result.errors.map((e) => e.message).join('; ')}`);
    }
    return result.entry;
  });
}

export function devLibrary(): LibraryEntry[] {
  return libraryOf(DEV_ENTRIES);
}

export interface Evaluation {
  questions: number;
  answerable: number;
  filled: number;
  filledCorrect: number;
  /** Filled with an entry when the label is another entry or none. */
  wrong: { question: string; expected: string | null; got: string; score: number; tier: string }[];
  /** Answerable, not filled, and the right entry is among the suggestions. */
  suggested: number;
  missed: { question: string; expected: string; best?: string; score?: number }[];
  precision: number;
  recall: number;
}

export function evaluate(questions: readonly Labelled[], index: LibraryIndex = buildLibraryIndex(devLibrary())): Evaluation {
  const result: Evaluation = { questions: questions.length, answerable: 0, filled: 0, filledCorrect: 0, wrong: [], suggested: 0, missed: [], precision: 1, recall: 1 };
  for (const [question, expected] of questions) {
    if (expected !== null) {
      result.answerable++;
    }
    const { match, candidates } = matchLibrary(index, question);
    // Filled = what is written: an exact or strong match of a writable entry. An internal entry, or a
    // draft, matched strongly writes nothing: that is a cell left to a person, not a fill.
    const filled = match !== undefined && match.fills;
    if (filled) {
      result.filled++;
      if (match.entry.id === expected) {
        result.filledCorrect++;
      } else {
        result.wrong.push({ question, expected, got: match.entry.id, score: match.score, tier: match.tier });
      }
    } else if (expected !== null) {
      if (candidates.some((c) => c.entry.id === expected)) {
        result.suggested++;
      }
      result.missed.push({ question, expected, best: match?.entry.id, score: match?.score });
    }
  }
  result.precision = result.filled === 0 ? 1 : result.filledCorrect / result.filled;
  result.recall = result.answerable === 0 ? 1 : result.filledCorrect / result.answerable;
  return result;
}

/** A read set's wrong fills and misses, a line each: what the report scripts print with -v (never for a set read only as a figure). */
export function errorLines(result: Evaluation): string[] {
  return [
    ...result.wrong.map((w) => `  WRONG ${w.tier} ${w.score} ${w.got} <- ${w.expected} | ${w.question.slice(0, 110)}`),
    ...result.missed.map((m) => `  MISS ${m.score} ${m.best} <- ${m.expected} | ${m.question.slice(0, 110)}`),
  ];
}

/**
 * The one-line figure of a library's set that is read only as a figure (third-report.ts,
 * fourth-report.ts), after checking that entry ids are unique and every label is an entry.
 */
export function setFigure(name: string, file: string, devEntries: readonly DevEntry[], set: readonly Labelled[]): string {
  const entries = libraryOf(devEntries);
  const ids = new Set(entries.map((e) => e.id));
  if (ids.size !== entries.length) {
    throw new Error(`${file}: duplicate entry ids`);
  }
  for (const [question, label] of set) {
    if (label !== null && !ids.has(label)) {
      throw new Error(`${file}: ${question} → ${label}, no such entry`);
    }
  }
  const e = evaluate(set, buildLibraryIndex(entries));
  return `${name}: ${e.questions} questions, ${e.answerable} answerable; filled ${e.filled}, correct ${e.filledCorrect}; precision ${(e.precision * 100).toFixed(1)}%, recall ${(e.recall * 100).toFixed(1)}%`;
}

/** Accuracy figures for a labelled set, and a printable per-intent table. */
import { INTENT_IDS, type IntentId } from '../../../src/domain/intents';
import type { Classification } from '../../../src/domain/classify';
import type { LabelledQuestion } from './labelled';

export interface Miss {
  readonly question: string;
  readonly expected: IntentId;
  readonly actual: IntentId;
  readonly confidence: number;
}

export interface AccuracyReport {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly perIntent: ReadonlyMap<IntentId, { total: number; correct: number }>;
  /** `none` questions given any soc2.* intent. */
  readonly noneToSoc2: number;
  /** `none` questions given any intent other than `none`. */
  readonly noneToAny: number;
  readonly noneTotal: number;
  readonly misses: readonly Miss[];
}

export function evaluate(set: readonly LabelledQuestion[], classifier: (question: string) => Classification): AccuracyReport {
  const perIntent = new Map<IntentId, { total: number; correct: number }>();
  for (const id of INTENT_IDS) {
    perIntent.set(id, { total: 0, correct: 0 });
  }
  const misses: Miss[] = [];
  let correct = 0;
  let noneToSoc2 = 0;
  let noneToAny = 0;
  let noneTotal = 0;
  for (const item of set) {
    const result = classifier(item.question);
    const row = perIntent.get(item.intent);
    if (row !== undefined) {
      row.total += 1;
    }
    if (item.intent === 'none') {
      noneTotal += 1;
      if (result.intent !== 'none') {
        noneToAny += 1;
      }
      if (result.intent.startsWith('soc2.')) {
        noneToSoc2 += 1;
      }
    }
    if (result.intent === item.intent) {
      correct += 1;
      if (row !== undefined) {
        row.correct += 1;
      }
    } else {
      misses.push({ question: item.question, expected: item.intent, actual: result.intent, confidence: result.confidence });
    }
  }
  return { total: set.length, correct, accuracy: set.length === 0 ? 0 : correct / set.length, perIntent, noneToSoc2, noneToAny, noneTotal, misses };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

/** A plain-text table: one row per intent, then the totals and the `none` leak rates. */
export function formatReport(title: string, report: AccuracyReport): string {
  const lines = [`${title}: ${report.correct}/${report.total} = ${percent(report.correct, report.total)} top-1`];
  lines.push(`  ${'intent'.padEnd(32)} ${'n'.padStart(4)} ${'correct'.padStart(8)} ${'acc'.padStart(7)}`);
  for (const [intent, row] of report.perIntent) {
    if (row.total > 0) {
      lines.push(`  ${intent.padEnd(32)} ${String(row.total).padStart(4)} ${String(row.correct).padStart(8)} ${percent(row.correct, row.total).padStart(7)}`);
    }
  }
  lines.push(`  none → soc2.*: ${report.noneToSoc2}/${report.noneTotal} = ${percent(report.noneToSoc2, report.noneTotal)}; none → any intent: ${report.noneToAny}/${report.noneTotal} = ${percent(report.noneToAny, report.noneTotal)}`);
  for (const miss of report.misses) {
    lines.push(`  miss: expected ${miss.expected}, got ${miss.actual} (${miss.confidence}): ${miss.question}`);
  }
  return lines.join('\n');
}

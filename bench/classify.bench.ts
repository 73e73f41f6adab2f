/**
 * Classifier benchmark: `npx tsx bench/classify.bench.ts [--full]`.
 *
 * Classifies 1,000 and 10,000 questions (development-set questions with label-preserving noise:
 * ids in front, SOC/Type spelling variants, case, trailing "(Yes/No)"), and does the same work
 * with a naive baseline in the same run: the nearest development-set exemplar found by fuse.js,
 * its intent taken as the answer, scored leave-one-out (the exemplar a question was made from is
 * excluded). The baseline uses Fuse's token search (TF-IDF over words), which on this data is
 * both faster and more accurate than its default Bitap character matching. It is about three
 * orders of magnitude slower than the classifier, so by default it runs once on 1,000 questions
 * and on the held-out set; `--full` adds the 10,000-question pass (several minutes).
 *
 * Accuracy on the noisy development questions is optimistic for the classifier (its cues were
 * tuned on those questions); the held-out rows are the honest comparison.
 */
import * as os from 'node:os';
import Fuse from 'fuse.js';
import { classify } from '../src/domain/classify';
import type { IntentId } from '../src/domain/intents';
import { DEV_SET } from '../test/unit/classify/dev-set';
import { HELD_OUT_SET_2 } from '../test/unit/classify/held-out-set-2';
import type { LabelledQuestion } from '../test/unit/classify/labelled';
import { formatBenchTable, type BenchRow, median, peakRssMb } from './types';
import { pick, seededRandom } from './random';

interface BenchQuestion {
  readonly question: string;
  readonly intent: IntentId;
  /** Index of the development-set question it was made from (-1: not from the set). */
  readonly source: number;
}

const SOC2_SPELLINGS = ['SOC2', 'SOC II', 'SOC-2', 'soc 2', 'SOC 2®', 'SOC 2'];
const TYPE2_SPELLINGS = ['Type II', 'Type 2', 'type-2', 'TYPE II'];
const ID_PREFIXES = ['A&A-02.1 ', '3.4.1 ', 'Q12) ', 'DOCU-07 ', '(b) ', 'SEC-114: ', '12. '];
const SUFFIXES = [' (Yes/No)', '  ', '\n', ' Please explain.', ' *', ' (required)'];

/** Label-preserving noise: the intent of the question does not change. */
const NOISE: readonly ((question: string, random: () => number) => string)[] = [
  (question, random) => question.replace(/\bSOC[\s-]?(?:2|II)\b/gi, () => pick(random, SOC2_SPELLINGS)),
  (question, random) => question.replace(/\bType[\s-]?(?:2|II)\b/gi, () => pick(random, TYPE2_SPELLINGS)),
  (question, random) => pick(random, ID_PREFIXES) + question,
  (question, random) => question + pick(random, SUFFIXES),
  (question) => question.toLowerCase(),
  (question) => question.toUpperCase(),
  (question) => question.replace(/ /g, '  '),
];

export function makeBenchQuestions(count: number, seed = 20250101): BenchQuestion[] {
  const random = seededRandom(seed);
  const questions: BenchQuestion[] = [];
  for (let i = 0; i < count; i += 1) {
    const source = Math.floor(random() * DEV_SET.length);
    const item = DEV_SET[source];
    if (item === undefined) {
      continue;
    }
    let question = item.question;
    const noiseCount = Math.floor(random() * 4);
    for (let n = 0; n < noiseCount; n += 1) {
      question = pick(random, NOISE)(question, random);
    }
    questions.push({ question, intent: item.intent, source });
  }
  return questions;
}

/** Times `runs` passes of `answer` over the questions (after a warm-up pass unless told not to) and scores the last pass. */
function measure(name: string, questions: readonly BenchQuestion[], runs: number, answer: (item: BenchQuestion) => IntentId, warmUp = true): BenchRow {
  let answers = warmUp ? questions.map(answer) : [];
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    answers = questions.map(answer);
    times.push(performance.now() - started);
  }
  const medianMs = median(times);
  const correct = answers.filter((intent, i) => intent === questions[i]?.intent).length;
  return {
    name,
    items: questions.length,
    medianMs,
    perSecond: medianMs > 0 ? questions.length / (medianMs / 1000) : Number.POSITIVE_INFINITY,
    peakRssMb: peakRssMb(),
    accuracy: questions.length === 0 ? undefined : correct / questions.length,
  };
}

interface Exemplar {
  readonly question: string;
  readonly intent: IntentId;
}

/** The naive baseline: the intent of the nearest exemplar by fuse.js, excluding the question's own source. */
function fuseBaseline(exemplars: readonly LabelledQuestion[]): (item: BenchQuestion) => IntentId {
  const fuse = new Fuse<Exemplar>(
    exemplars.map((exemplar) => ({ question: exemplar.question, intent: exemplar.intent })),
    { keys: ['question'], useTokenSearch: true, includeScore: true },
  );
  return (item) => {
    const hits = fuse.search(item.question, { limit: 3 });
    const nearest = hits.find((hit) => hit.refIndex !== item.source);
    return nearest?.item.intent ?? 'none';
  };
}

/** Questions per second of CPU time used by this process: 10,000 questions, median of 5 passes. */
export function classifyCpuRate(): number {
  const questions = makeBenchQuestions(10_000, 7).map((item) => item.question);
  questions.forEach((question) => classify(question));
  const rates: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const before = process.cpuUsage();
    questions.forEach((question) => classify(question));
    const used = process.cpuUsage(before);
    rates.push(questions.length / ((used.user + used.system) / 1e6));
  }
  return median(rates);
}

export async function runClassifyBench(options: { full?: boolean } = {}): Promise<BenchRow[]> {
  const full = options.full ?? process.argv.includes('--full');
  const thousand = makeBenchQuestions(1_000);
  const tenThousand = makeBenchQuestions(10_000, 7);
  const heldOut: BenchQuestion[] = HELD_OUT_SET_2.map((item) => ({ question: item.question, intent: item.intent, source: -1 }));
  const devClean: BenchQuestion[] = DEV_SET.map((item, source) => ({ question: item.question, intent: item.intent, source }));
  const ours = (item: BenchQuestion): IntentId => classify(item.question).intent;
  const baseline = fuseBaseline(DEV_SET);

  const rows: BenchRow[] = [
    measure('classify: 1,000 noisy dev questions', thousand, 9, ours),
    measure('classify: 10,000 noisy dev questions', tenThousand, 5, ours),
    measure('classify: held-out set 2 (honest)', heldOut, 25, ours),
  ];
  // The baseline is slow: one timed pass each, no warm-up pass.
  rows.push(measure('fuse.js nearest exemplar: 1,000 noisy, leave-one-out', thousand, 1, baseline, false));
  if (full) {
    rows.push(measure('fuse.js nearest exemplar: 10,000 noisy, leave-one-out', tenThousand, 1, baseline, false));
  }
  rows.push(measure('fuse.js nearest exemplar: dev set, leave-one-out', devClean, 1, baseline, false));
  rows.push(measure('fuse.js nearest exemplar: held-out set 2', heldOut, 1, baseline, false));
  await Promise.resolve();
  return rows;
}

if (require.main === module) {
  runClassifyBench()
    .then((rows) => {
      console.log(formatBenchTable(rows));
      // Wall-clock rates depend on what else runs on the machine; say how busy it was.
      console.log(`\nload average (1 min) ${os.loadavg()[0]?.toFixed(2) ?? '?'} on ${os.cpus().length} cores`);
      console.log(`classify, CPU time instead of wall time (unaffected by other processes): ${Math.round(classifyCpuRate()).toLocaleString('en-US')} questions/s`);
      if (!process.argv.includes('--full')) {
        console.log('\n(fuse.js on 10,000 questions skipped: add --full; it takes several minutes)');
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}

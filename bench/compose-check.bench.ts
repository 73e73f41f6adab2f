/**
 * Composer and claim-check benchmark: `npx tsx bench/compose-check.bench.ts`.
 *
 * - compose: 1,000 and 10,000 answers (intent known; every intent and length in turn) from a
 *   full profile, and as many noisy questions through answerQuestion (classify + compose), with
 *   the outcome counts (answered / needs a person / not recognized);
 * - check: a generated 5,000-line questionnaire (Markdown tables, headings, prose) with and
 *   without a profile; goal under 200 ms on the 2-core machine;
 * - baseline: a naive regex scan of the same document for "certified|compliant|SSAE 16", in
 *   the same run. Both are scored per line against the line's label (does it hold a misleading
 *   claim?), so speed and accuracy sit side by side.
 */
import { loadavg } from 'node:os';
import { answerQuestion } from '../src/domain/answer/decide';
import { check } from '../src/domain/claims';
import { compose } from '../src/domain/compose';
import { ANSWER_LENGTHS, INTENT_IDS, type AnswerLength, type IntentId } from '../src/domain/intents';
import type { Profile } from '../src/domain/profile/schema';
import { TODAY, VARIANTS } from '../test/unit/compose/profiles';
import { makeBenchQuestions } from './classify.bench';
import { formatBenchTable, type BenchRow, median, peakRssMb } from './types';
import { pick, seededRandom } from './random';

/** answerQuestion outcomes per question count, for the notes under the table. */
export const coverage = new Map<number, { answered: number; needs_person: number; not_recognized: number }>();

/** CPU milliseconds per pass, by row name: wall time on a shared 2-core machine also measures the neighbours. */
export const cpuMsByRow = new Map<string, number>();

function time<T>(runs: number, work: () => T): { medianMs: number; cpuMs: number; result: T } {
  let result = work(); // warm-up
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { medianMs: median(times), cpuMs: (cpu.user + cpu.system) / 1000 / runs, result };
}

function timedRow<T>(name: string, items: number, measured: { medianMs: number; cpuMs: number; result: T }, accuracy?: number): BenchRow {
  cpuMsByRow.set(name, measured.cpuMs);
  return row(name, items, measured.medianMs, accuracy);
}

function row(name: string, items: number, medianMs: number, accuracy?: number): BenchRow {
  return {
    name,
    items,
    medianMs,
    perSecond: medianMs > 0 ? items / (medianMs / 1000) : Number.POSITIVE_INFINITY,
    peakRssMb: peakRssMb(),
    ...(accuracy === undefined ? {} : { accuracy }),
  };
}

// ---------------------------------------------------------------------------------------------
// The questionnaire document

/** Answers that mislead (true) or are correct (false); questions are the customer's words (never misleading). */
const ANSWERS: readonly [string, boolean][] = [
  ['Yes, we are SOC 2 certified.', true],
  ['Our SOC II Type 2 report is available on request.', true],
  ['We hold an SSAE 16 SOC 2 report.', true],
  ['Access reviews are mapped to CC10.1.', true],
  ['Our Type 1 report shows that controls operated effectively.', true],
  ['The bridge letter is issued by our auditor.', true],
  ['We are SOC2 compliant.', true],
  ['The AICPA requires a minimum of 6 months for a Type 2 period.', true],
  ['Our SOC 2 report covers Privacy.', true],
  ['Our SOC 2 Type 1 report is available under NDA.', true],
  ['Yes. We have a SOC 2 Type 2 report for the period 2025-01-01 to 2025-12-31.', false],
  ['We are ISO/IEC 27001 certified.', false],
  ['Access reviews are mapped to CC6.1 and CC6.2.', false],
  ['A bridge letter is signed by management and carries no auditor assurance.', false],
  ['We are PCI DSS compliant.', false],
  ['Our SOC 2 compliance program is run by the security team.', false],
  ['Patches are applied within 14 days; critical ones within 72 hours.', false],
  ['A Type 1 report speaks to design at one date, while a Type 2 report also covers operating effectiveness.', false],
];

const QUESTIONS: readonly string[] = [
  'Are you SOC 2 certified?',
  'Please provide your SSAE 16 report.',
  'Is your organization SOC2 compliant (Yes/No)',
  'Describe your change management process.',
  'Do you have a SOC 2 Type II report?',
  'Which trust services criteria are in scope?',
  'Provide a bridge letter if the report is older than 12 months.',
];

interface Document {
  text: string;
  /** Per line: does it hold a misleading claim? */
  labels: boolean[];
}

function composedAnswers(profile: Profile): string[] {
  const texts: string[] = [];
  for (const intent of INTENT_IDS) {
    if (intent === 'none') {
      continue;
    }
    for (const length of ['sentence', 'paragraph'] as const) {
      texts.push(compose(profile, intent, { length, today: TODAY }).text);
    }
  }
  return texts;
}

export function makeDocument(lineCount: number, profile: Profile, seed = 42): Document {
  const random = seededRandom(seed);
  const composed = composedAnswers(profile);
  const lines: string[] = [];
  const labels: boolean[] = [];
  const push = (line: string, bad: boolean): void => {
    lines.push(line);
    labels.push(bad);
  };
  let section = 1;
  let item = 1;
  while (lines.length < lineCount) {
    const kind = random();
    if (kind < 0.03) {
      push(`## ${section}. Security assurance`, false);
      push('', false);
      push('| # | Question | Answer |', false);
      push('|---|---|---|', false);
      section += 1;
    } else if (kind < 0.65) {
      const useComposed = random() < 0.4;
      const [answer, bad] = useComposed ? [pick(random, composed), false] : pick(random, ANSWERS);
      push(`| ${section}.${item} | ${pick(random, QUESTIONS)} | ${answer} |`, bad);
      item += 1;
    } else if (kind < 0.8) {
      push(`${item}. ${pick(random, QUESTIONS)}`, false);
      item += 1;
    } else {
      const [answer, bad] = random() < 0.5 ? [pick(random, composed), false] : pick(random, ANSWERS);
      push(answer, bad);
    }
  }
  return { text: lines.slice(0, lineCount).join('\n'), labels: labels.slice(0, lineCount) };
}

/** Share of lines where "flagged" matches the label. */
function lineAccuracy(labels: readonly boolean[], flaggedLines: ReadonlySet<number>): number {
  let correct = 0;
  labels.forEach((bad, index) => {
    if (bad === flaggedLines.has(index + 1)) {
      correct += 1;
    }
  });
  return correct / labels.length;
}

const NAIVE = /certified|compliant|SSAE 16/gi;

function naiveScan(text: string): Set<number> {
  const flagged = new Set<number>();
  text.split('\n').forEach((line, index) => {
    NAIVE.lastIndex = 0;
    if (NAIVE.test(line)) {
      flagged.add(index + 1);
    }
  });
  return flagged;
}

// ---------------------------------------------------------------------------------------------

export async function runComposeCheckBench(): Promise<BenchRow[]> {
  const full = VARIANTS[0];
  if (full === undefined) {
    throw new Error('no profile variant');
  }
  const profile = full.profile;
  const rows: BenchRow[] = [];

  const answerable = INTENT_IDS.filter((i): i is Exclude<IntentId, 'none'> => i !== 'none');
  for (const count of [1_000, 10_000]) {
    const jobs: [IntentId, AnswerLength][] = Array.from({ length: count }, (_, i) => [
      answerable[i % answerable.length] ?? 'soc2.status',
      ANSWER_LENGTHS[Math.floor(i / answerable.length) % ANSWER_LENGTHS.length] ?? 'sentence',
    ]);
    const composeRun = time(count > 1_000 ? 3 : 7, () => jobs.map(([intent, length]) => compose(profile, intent, { length, today: TODAY })));
    rows.push(timedRow(`compose (intent known): ${count.toLocaleString('en-US')} answers`, count, composeRun));

    const questions = makeBenchQuestions(count, count);
    const answerRun = time(count > 1_000 ? 3 : 7, () =>
      questions.map((q, i) => answerQuestion(profile, q.question, { length: ANSWER_LENGTHS[i % 3] ?? 'sentence', today: TODAY })),
    );
    const outcomes = { answered: 0, needs_person: 0, not_recognized: 0, undetermined: 0 };
    for (const decision of answerRun.result) {
      outcomes[decision.outcome] += 1;
    }
    coverage.set(count, outcomes);
    rows.push(timedRow(`answerQuestion (classify + compose): ${count.toLocaleString('en-US')} questions`, count, answerRun));
  }

  const document = makeDocument(5_000, profile);
  const lineCount = document.labels.length;
  const flaggedLines = (findings: ReturnType<typeof check>): Set<number> =>
    new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.line));

  const withoutProfile = time(9, () => check(document.text, { today: TODAY }));
  rows.push(timedRow('check: 5,000-line questionnaire, no profile', lineCount, withoutProfile, lineAccuracy(document.labels, flaggedLines(withoutProfile.result))));
  const withProfile = time(9, () => check(document.text, { profile, today: TODAY }));
  rows.push(timedRow('check: 5,000-line questionnaire, with profile', lineCount, withProfile, lineAccuracy(document.labels, flaggedLines(withProfile.result))));
  const naive = time(9, () => naiveScan(document.text));
  rows.push(timedRow('baseline: regex certified|compliant|SSAE 16, same document', lineCount, naive, lineAccuracy(document.labels, naive.result)));

  await Promise.resolve();
  return rows;
}

if (require.main === module) {
  runComposeCheckBench()
    .then((rows) => {
      console.log(formatBenchTable(rows));
      console.log('\nCPU ms per pass (wall time above includes waiting for other processes on a shared machine):');
      for (const benchRow of rows) {
        console.log(`  ${benchRow.name}: ${(cpuMsByRow.get(benchRow.name) ?? Number.NaN).toFixed(1)} ms`);
      }
      console.log(`load average: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
      for (const [count, outcome] of coverage) {
        console.log(`answerQuestion on ${count.toLocaleString('en-US')} questions: ${outcome.answered} answered, ${outcome.needs_person} need a person, ${outcome.not_recognized} not recognized (about a third of the questions are deliberately off-topic)`);
      }
      console.log('\naccuracy (check rows): share of lines whose flagged / not-flagged state matches the line\'s label.');
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}

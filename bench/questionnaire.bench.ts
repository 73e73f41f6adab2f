/**
 * Questionnaire reader/writer timings. Run: `npx tsx bench/questionnaire.bench.ts`.
 * Prints the median of several runs, and rows (or questions) per second.
 */
import { answerEdits, applyEdits, readQuestionnaire } from '../src/domain/questionnaire';
import { median } from './types';

const RUNS = 7;

function time(run: () => void): number {
  const times: number[] = [];
  run(); // warm-up
  for (let n = 0; n < RUNS; n++) {
    const started = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

function csv(rows: number): string {
  const lines = ['Vendor assessment,,,', '', 'ID,Question,Vendor response,Comments'];
  for (let i = 0; i < rows; i++) {
    lines.push(i % 250 === 0 ? `Section ${i / 250},,,` : `Q-${i},"Do you review access to system ${i}, and how often?",${i % 4 === 0 ? 'Yes' : ''},`);
  }
  return lines.join('\r\n') + '\r\n';
}

function markdown(questions: number): string {
  const parts = ['# Questionnaire', ''];
  for (let i = 0; i < questions; i++) {
    if (i % 50 === 0) {
      parts.push(`## Section ${i / 50}`, '');
    }
    parts.push(`${i + 1}. **Item ${i}**`, `   Do you encrypt backup set ${i} at rest?`, '   - [ ] Yes', '   - [ ] No', '');
  }
  return parts.join('\n');
}

function report(label: string, units: number, unitName: string, ms: number): void {
  const perSecond = Math.round((units / ms) * 1000);
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms   ${perSecond.toLocaleString('en-US').padStart(10)} ${unitName}/s`);
}

const csvText = csv(50_000);
const csvRead = readQuestionnaire(csvText, 'csv');
report(`CSV read, 50,000 rows (${(csvText.length / 1e6).toFixed(1)} MB)`, 50_000, 'rows', time(() => readQuestionnaire(csvText, 'csv')));
report(
  `CSV answer all ${csvRead.items.length.toLocaleString('en-US')} rows + apply`,
  csvRead.items.length,
  'rows',
  time(() => applyEdits(csvText, answerEdits(csvText, 'csv', csvRead.layout, csvRead.items.map((item) => ({ item, answer: 'Yes, quarterly' }))))),
);

const mdText = markdown(5_000);
const mdRead = readQuestionnaire(mdText, 'markdown');
report('Markdown read, 5,000 checkbox questions', mdRead.items.length, 'questions', time(() => readQuestionnaire(mdText, 'markdown')));
report(
  'Markdown answer all + apply',
  mdRead.items.length,
  'questions',
  time(() => applyEdits(mdText, answerEdits(mdText, 'markdown', mdRead.layout, mdRead.items.map((item) => ({ item, answer: 'Yes. Encrypted with managed keys.' }))))),
);

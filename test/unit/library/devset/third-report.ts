// The third library's figure (Fabrikam Health, third-library.ts):
// npx tsx test/unit/library/devset/third-report.ts
// Prints one line for THIRD_BLIND, which is only ever a figure: there is no option to list its errors.
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { evaluate, libraryOf } from './library';
import { THIRD_BLIND, THIRD_ENTRIES } from './third-library';

const entries = libraryOf(THIRD_ENTRIES);
const ids = new Set(entries.map((e) => e.id));
if (ids.size !== entries.length) {
  throw new Error('third-library.ts: duplicate entry ids');
}
for (const [question, label] of THIRD_BLIND) {
  if (label !== null && !ids.has(label)) {
    throw new Error(`third-library.ts: ${question} → ${label}, no such entry`);
  }
}
const index = buildLibraryIndex(entries);
const e = evaluate(THIRD_BLIND, index);
console.log(`third-blind: ${e.questions} questions, ${e.answerable} answerable; filled ${e.filled}, correct ${e.filledCorrect}; precision ${(e.precision * 100).toFixed(1)}%, recall ${(e.recall * 100).toFixed(1)}%`);

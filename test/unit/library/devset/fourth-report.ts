// The fourth library's figure (Tallyfold, fourth-library.ts):
// npx tsx test/unit/library/devset/fourth-report.ts
// Prints one line for FOURTH_BLIND, which is only ever a figure: there is no option to list its errors.
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { evaluate, libraryOf } from './library';
import { FOURTH_BLIND, FOURTH_ENTRIES } from './fourth-library';

const entries = libraryOf(FOURTH_ENTRIES);
const ids = new Set(entries.map((e) => e.id));
if (ids.size !== entries.length) {
  throw new Error('fourth-library.ts: duplicate entry ids');
}
for (const [question, label] of FOURTH_BLIND) {
  if (label !== null && !ids.has(label)) {
    throw new Error(`fourth-library.ts: ${question} → ${label}, no such entry`);
  }
}
const index = buildLibraryIndex(entries);
const e = evaluate(FOURTH_BLIND, index);
console.log(`fourth-blind: ${e.questions} questions, ${e.answerable} answerable; filled ${e.filled}, correct ${e.filledCorrect}; precision ${(e.precision * 100).toFixed(1)}%, recall ${(e.recall * 100).toFixed(1)}%`);

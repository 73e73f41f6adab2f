// The second library's figures (Northwind Analytics, other-library.ts and other-dev2.ts):
// npx tsx test/unit/library/devset/other-report.ts [-v]
// -v lists the wrong fills and misses of OTHER_DEV and OTHER_DEV2 only; OTHER_BLIND is only ever a figure.
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { errorLines, evaluate, libraryOf } from './library';
import { OTHER_BLIND, OTHER_DEV, OTHER_ENTRIES } from './other-library';
import { OTHER_DEV2 } from './other-dev2';

const entries = libraryOf(OTHER_ENTRIES);
const ids = new Set(entries.map((e) => e.id));
if (ids.size !== entries.length) {
  throw new Error('other-library.ts: duplicate entry ids');
}
for (const [question, label] of [...OTHER_DEV, ...OTHER_DEV2, ...OTHER_BLIND]) {
  if (label !== null && !ids.has(label)) {
    throw new Error(`Northwind sets: ${question} → ${label}, no such entry`);
  }
}
const index = buildLibraryIndex(entries);
const verbose = process.argv.includes('-v');
const sets = { 'other-dev': OTHER_DEV, 'other-dev2': OTHER_DEV2, 'other-blind': OTHER_BLIND };
// The sets whose errors are read; never OTHER_BLIND.
const readable = new Set(['other-dev', 'other-dev2']);
for (const [name, questions] of Object.entries(sets)) {
  const e = evaluate(questions, index);
  console.log(`${name}: ${e.questions} questions, ${e.answerable} answerable; filled ${e.filled}, correct ${e.filledCorrect}; precision ${(e.precision * 100).toFixed(1)}%, recall ${(e.recall * 100).toFixed(1)}%`);
  if (verbose && readable.has(name)) {
    for (const line of errorLines(e)) {
      console.log(line);
    }
  }
}

// The seventh library's figures (Corvane, seventh-library.ts):
// npx tsx test/unit/library/devset/seventh-report.ts [-v]
// SEVENTH_DEV is read error by error (-v lists its wrong fills and misses); SEVENTH_BLIND prints one line only.
import { evaluate, libraryOf, setFigure } from './library';
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { SEVENTH_BLIND, SEVENTH_DEV, SEVENTH_ENTRIES } from './seventh-library';

console.log(setFigure('seventh-dev', 'seventh-library.ts', SEVENTH_ENTRIES, SEVENTH_DEV));
if (process.argv.includes('-v')) {
  const result = evaluate(SEVENTH_DEV, buildLibraryIndex(libraryOf(SEVENTH_ENTRIES)));
  for (const w of result.wrong) {
    console.log('  WRONG', w.tier, w.score, w.got, '<-', w.expected, '|', w.question.slice(0, 110));
  }
  for (const m of result.missed) {
    console.log('  MISS', m.score, m.best, '<-', m.expected, '|', m.question.slice(0, 110));
  }
}
console.log(setFigure('seventh-blind', 'seventh-library.ts', SEVENTH_ENTRIES, SEVENTH_BLIND));

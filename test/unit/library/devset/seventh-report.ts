// The seventh library's figures (Corvane, seventh-library.ts):
// npx tsx test/unit/library/devset/seventh-report.ts [-v]
// SEVENTH_DEV is read error by error (-v lists its wrong fills and misses); SEVENTH_BLIND prints one line only.
import { errorLines, evaluate, libraryOf, setFigure } from './library';
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { SEVENTH_BLIND, SEVENTH_DEV, SEVENTH_ENTRIES } from './seventh-library';

console.log(setFigure('seventh-dev', 'seventh-library.ts', SEVENTH_ENTRIES, SEVENTH_DEV));
if (process.argv.includes('-v')) {
  for (const line of errorLines(evaluate(SEVENTH_DEV, buildLibraryIndex(libraryOf(SEVENTH_ENTRIES))))) {
    console.log(line);
  }
}
console.log(setFigure('seventh-blind', 'seventh-library.ts', SEVENTH_ENTRIES, SEVENTH_BLIND));

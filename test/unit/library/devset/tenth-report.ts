// The tenth library's figures (Marlowe Legal Cloud, tenth-library.ts):
// npx tsx test/unit/library/devset/tenth-report.ts [-v]
// TENTH_DEV is read error by error (-v lists its wrong fills and misses); TENTH_BLIND prints one line only.
import { errorLines, evaluate, libraryOf, setFigure } from './library';
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { TENTH_BLIND, TENTH_DEV, TENTH_ENTRIES } from './tenth-library';

console.log(setFigure('tenth-dev', 'tenth-library.ts', TENTH_ENTRIES, TENTH_DEV));
if (process.argv.includes('-v')) {
  for (const line of errorLines(evaluate(TENTH_DEV, buildLibraryIndex(libraryOf(TENTH_ENTRIES))))) {
    console.log(line);
  }
}
console.log(setFigure('tenth-blind', 'tenth-library.ts', TENTH_ENTRIES, TENTH_BLIND));

// The fifth library's figures (Quayside Health, fifth-library.ts):
// npx tsx test/unit/library/devset/fifth-report.ts [-v]
// FIFTH_DEV is read error by error (-v lists its wrong fills and misses); FIFTH_BLIND prints one line only.
import { errorLines, evaluate, libraryOf, setFigure } from './library';
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { FIFTH_BLIND, FIFTH_DEV, FIFTH_ENTRIES } from './fifth-library';

console.log(setFigure('fifth-dev', 'fifth-library.ts', FIFTH_ENTRIES, FIFTH_DEV));
if (process.argv.includes('-v')) {
  for (const line of errorLines(evaluate(FIFTH_DEV, buildLibraryIndex(libraryOf(FIFTH_ENTRIES))))) {
    console.log(line);
  }
}
console.log(setFigure('fifth-blind', 'fifth-library.ts', FIFTH_ENTRIES, FIFTH_BLIND));

// The ninth library's figures (Kestrel Fleet Systems, ninth-library.ts):
// npx tsx test/unit/library/devset/ninth-report.ts [-v]
// NINTH_DEV is read error by error (-v lists its wrong fills and misses); NINTH_BLIND prints one line only.
import { errorLines, evaluate, libraryOf, setFigure } from './library';
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { NINTH_BLIND, NINTH_DEV, NINTH_ENTRIES } from './ninth-library';

console.log(setFigure('ninth-dev', 'ninth-library.ts', NINTH_ENTRIES, NINTH_DEV));
if (process.argv.includes('-v')) {
  for (const line of errorLines(evaluate(NINTH_DEV, buildLibraryIndex(libraryOf(NINTH_ENTRIES))))) {
    console.log(line);
  }
}
console.log(setFigure('ninth-blind', 'ninth-library.ts', NINTH_ENTRIES, NINTH_BLIND));

// The fifth library's figures (Quayside Health, fifth-library.ts):
// npx tsx test/unit/library/devset/fifth-report.ts [-v]
// FIFTH_DEV is read error by error (-v lists its wrong fills and misses); FIFTH_BLIND prints one line only.
import { evaluate, libraryOf, setFigure } from './library';
import { buildLibraryIndex } from '../../../../src/domain/library/match';
import { FIFTH_BLIND, FIFTH_DEV, FIFTH_ENTRIES } from './fifth-library';

console.log(setFigure('fifth-dev', 'fifth-library.ts', FIFTH_ENTRIES, FIFTH_DEV));
if (process.argv.includes('-v')) {
  const result = evaluate(FIFTH_DEV, buildLibraryIndex(libraryOf(FIFTH_ENTRIES)));
  for (const w of result.wrong) {
    console.log('  WRONG', w.tier, w.score, w.got, '<-', w.expected, '|', w.question.slice(0, 110));
  }
  for (const m of result.missed) {
    console.log('  MISS', m.score, m.best, '<-', m.expected, '|', m.question.slice(0, 110));
  }
}
console.log(setFigure('fifth-blind', 'fifth-library.ts', FIFTH_ENTRIES, FIFTH_BLIND));

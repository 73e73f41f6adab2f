// The eighth library's figure (Brolga Education, eighth-library.ts):
// npx tsx test/unit/library/devset/eighth-report.ts
// Prints one line for EIGHTH_BLIND: it is read only as a figure, never error by error.
import { setFigure } from './library';
import { EIGHTH_BLIND, EIGHTH_ENTRIES } from './eighth-library';

console.log(setFigure('eighth-blind', 'eighth-library.ts', EIGHTH_ENTRIES, EIGHTH_BLIND));

// The fourth library's figure (Tallyfold, fourth-library.ts):
// npx tsx test/unit/library/devset/fourth-report.ts
// Prints one line for FOURTH_BLIND: no option lists its errors (they were read once, after its first run).
import { setFigure } from './library';
import { FOURTH_BLIND, FOURTH_ENTRIES } from './fourth-library';

console.log(setFigure('fourth-blind', 'fourth-library.ts', FOURTH_ENTRIES, FOURTH_BLIND));

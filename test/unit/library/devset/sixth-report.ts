// The sixth library's figure (Lumenvale, sixth-library.ts):
// npx tsx test/unit/library/devset/sixth-report.ts
// Prints one line for SIXTH_BLIND: it is read only as a figure, never error by error.
import { setFigure } from './library';
import { SIXTH_BLIND, SIXTH_ENTRIES } from './sixth-library';

console.log(setFigure('sixth-blind', 'sixth-library.ts', SIXTH_ENTRIES, SIXTH_BLIND));

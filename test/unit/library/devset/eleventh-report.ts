// The eleventh library's figure (Tidewater Clinical Systems, eleventh-library.ts):
// npx tsx test/unit/library/devset/eleventh-report.ts
// ELEVENTH_BLIND is read only as a figure: this prints one line and nothing of its questions.
import { setFigure } from './library';
import { ELEVENTH_BLIND, ELEVENTH_ENTRIES } from './eleventh-library';

console.log(setFigure('eleventh-blind', 'eleventh-library.ts', ELEVENTH_ENTRIES, ELEVENTH_BLIND));

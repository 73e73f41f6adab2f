// The twelfth library's figure (Kestrel Civic Software, twelfth-library.ts):
// npx tsx test/unit/library/devset/twelfth-report.ts
// There is no dev set; TWELFTH_BLIND prints one line only and is never read question by question.
import { setFigure } from './library';
import { TWELFTH_BLIND, TWELFTH_ENTRIES } from './twelfth-library';

console.log(setFigure('twelfth-blind', 'twelfth-library.ts', TWELFTH_ENTRIES, TWELFTH_BLIND));

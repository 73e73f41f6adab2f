// The third library's figure (Fabrikam Health, third-library.ts):
// npx tsx test/unit/library/devset/third-report.ts
// Prints one line for THIRD_BLIND, which is only ever a figure: there is no option to list its errors.
import { setFigure } from './library';
import { THIRD_BLIND, THIRD_ENTRIES } from './third-library';

console.log(setFigure('third-blind', 'third-library.ts', THIRD_ENTRIES, THIRD_BLIND));

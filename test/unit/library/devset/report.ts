// The development-set figures: npx tsx test/unit/library/devset/report.ts [-v] (-v lists the wrong fills
// and misses of the sets that are read; fresh8, fresh9 and fresh10 are never read and print their figure only).
import { errorLines, evaluate } from './library';
import { DEV_QUESTIONS } from './questions';
import { vsaqQuestions } from './vsaq';
import { HELD_OUT } from './held-out';
import { FRESH } from './fresh';
import { FRESH2 } from './fresh2';
import { FRESH3 } from './fresh3';
import { FRESH4 } from './fresh4';
import { FRESH5 } from './fresh5';
import { FRESH6 } from './fresh6';
import { FRESH7 } from './fresh7';
import { FRESH8 } from './fresh8';
import { FRESH9 } from './fresh9';
import { FRESH10 } from './fresh10';
const sets = { own: DEV_QUESTIONS, vsaq: vsaqQuestions() ?? [], 'held-out': HELD_OUT, fresh: FRESH, fresh2: FRESH2, fresh3: FRESH3, fresh4: FRESH4, fresh5: FRESH5, fresh6: FRESH6, fresh7: FRESH7, fresh8: FRESH8, fresh9: FRESH9, fresh10: FRESH10 };
const verbose = process.argv.includes('-v');
const neverRead = new Set(['fresh8', 'fresh9', 'fresh10']);
for (const [name, qs] of Object.entries(sets)) {
  const e = evaluate(qs);
  console.log(`${name}: ${e.questions} questions, ${e.answerable} answerable; filled ${e.filled}, correct ${e.filledCorrect}; precision ${(e.precision*100).toFixed(1)}%, recall ${(e.recall*100).toFixed(1)}%, right entry suggested for ${e.suggested} of ${e.missed.length} unfilled`);
  if (verbose && !neverRead.has(name)) {
    for (const line of errorLines(e)) {
      console.log(line);
    }
  }
}

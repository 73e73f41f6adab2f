import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { classify, classifyDetailed, classifyMany } from '../../../src/domain/classify';
import { INTENT_IDS } from '../../../src/domain/intents';
import { DEV_SET } from './dev-set';

function assertValid(question: string): void {
  const result = classify(question);
  assert.ok(INTENT_IDS.includes(result.intent), `invalid intent ${String(result.intent)}`);
  assert.ok(Number.isFinite(result.confidence) && result.confidence >= 0 && result.confidence <= 1, `confidence ${result.confidence}`);
}

/** Pieces of real questions, punctuation and brackets: random text that actually reaches the cues. */
const questionPieces = fc.constantFrom(
  ...DEV_SET.flatMap((item) => item.question.split(/\s+/)).slice(0, 400),
  '(',
  ')',
  '[',
  ']',
  '?',
  '.',
  ':',
  ';',
  ',',
  '\n',
  'Note:',
  'e.g.',
  'as required by',
  'If so,',
  'SOC-II',
  'Type-I',
  'A&A-02.1',
  '1.2.3',
);

suite('classify: properties (fast-check)', () => {
  test('never throws on arbitrary unicode strings; always a valid intent and confidence', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertValid(text)), { numRuns: 1500 });
  });

  test('never throws on arbitrary grapheme strings (combining marks, emoji, RTL)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => assertValid(text)), { numRuns: 800 });
  });

  test('never throws on shuffled fragments of real questions', () => {
    fc.assert(
      fc.property(fc.array(questionPieces, { maxLength: 60 }), (pieces) => assertValid(pieces.join(' '))),
      { numRuns: 1500 },
    );
  });

  test('never throws on huge strings, and stays fast on them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.integer({ min: 1_000, max: 60_000 }), (unit, times) => {
        const huge = unit.repeat(times);
        const started = Date.now();
        assertValid(huge);
        assert.ok(Date.now() - started < 500, `a ${huge.length}-char string took ${Date.now() - started} ms`);
      }),
      { numRuns: 40 },
    );
    assertValid('SOC 2 '.repeat(200_000));
    assertValid('('.repeat(100_000));
  });

  test('scores are finite, and the winner beats what it had to beat', () => {
    fc.assert(
      fc.property(fc.array(questionPieces, { maxLength: 40 }), (pieces) => {
        const detail = classifyDetailed(pieces.join(' '));
        for (const score of Object.values(detail.scores)) {
          assert.ok(Number.isFinite(score) && score >= 0);
        }
        if (detail.intent !== 'none') {
          assert.ok(detail.scores[detail.intent] > detail.scores.none);
        }
      }),
      { numRuns: 800 },
    );
  });

  test('classifyMany is classify, element by element', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 20 }), (questions) => {
        assert.deepEqual(classifyMany(questions), questions.map((question) => classify(question)));
      }),
      { numRuns: 200 },
    );
  });

  test('tolerates non-string input from untyped callers (JavaScript, parsed JSON)', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      assertValid(value as unknown as string);
    }
  });
});

/**
 * The development set (devset/): a library of 139 entries and questions in real questionnaire
 * phrasing, each labelled with the entry that answers it or none. Figures:
 * `npx tsx test/unit/library/devset/report.ts -v`.
 *
 * Filled = exact or strong. Precision = filled with the labelled entry / filled (a question with
 * no entry that gets filled counts against it); recall = filled correctly / questions with an entry.
 */
import * as assert from 'node:assert/strict';
import { DEV_ENTRIES } from './devset/entries';
import { devLibrary, evaluate } from './devset/library';
import { DEV_QUESTIONS } from './devset/questions';
import { HELD_OUT } from './devset/held-out';
import { FRESH } from './devset/fresh';
import { FRESH2 } from './devset/fresh2';
import { FRESH3 } from './devset/fresh3';
import { vsaqItemCount, vsaqQuestions } from './devset/vsaq';

suite('library: development set', () => {
  test('at least 120 entries, all valid, ids unique; every label names an entry', () => {
    assert.ok(DEV_ENTRIES.length >= 120);
    const entries = devLibrary();
    assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
    const ids = new Set(entries.map((e) => e.id));
    for (const [question, label] of [...DEV_QUESTIONS, ...(vsaqQuestions() ?? [])]) {
      assert.ok(label === null || ids.has(label), `${question} → ${label}`);
    }
    // Every entry is the answer to some question, and some questions have none.
    for (const id of ids) {
      assert.ok(DEV_QUESTIONS.some(([, label]) => label === id), id);
    }
    assert.ok(DEV_QUESTIONS.filter(([, label]) => label === null).length >= 50);
  });

  test('at least 600 questions with the public VSAQ items (skipped without ../shared)', function () {
    const vsaq = vsaqQuestions();
    if (vsaq === undefined) {
      this.skip();
    }
    // The labels were written against the 245 answerable items of the four files, in order.
    assert.equal(vsaqItemCount(), 245);
    assert.ok(DEV_QUESTIONS.length + vsaq.length >= 600, `${DEV_QUESTIONS.length + vsaq.length}`);
  });

  test('our questions: precision of filled answers ≥ 98%, recall ≥ 70% (measured 99.4% / 72.6%)', () => {
    const result = evaluate(DEV_QUESTIONS);
    assert.ok(result.precision >= 0.98, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.7, `recall ${(result.recall * 100).toFixed(1)}%`);
  });

  test('VSAQ items: precision ≥ 90%, recall ≥ 20% (measured 95.7% / 23.9%; skipped without ../shared)', function () {
    const vsaq = vsaqQuestions();
    if (vsaq === undefined) {
      this.skip();
    }
    const result = evaluate(vsaq);
    assert.ok(result.precision >= 0.9, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.2, `recall ${(result.recall * 100).toFixed(1)}%`);
  });

  test('held-out set (never tuned on): ≥ 150 questions; precision ≥ 88%, recall ≥ 40% (first run 90.4% / 43.7%, now 93.7% / 58.9%)', () => {
    assert.ok(HELD_OUT.length >= 150);
    const result = evaluate(HELD_OUT);
    assert.ok(result.precision >= 0.88, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.4, `recall ${(result.recall * 100).toFixed(1)}%`);
  });

  test('fresh held-out set (written before the recall work, never tuned on): ≥ 150 questions, ~20% with no entry; precision ≥ 88%, recall ≥ 40% (first run 90.0% / 44.5%, now 97.2% / 61.8%)', () => {
    assert.ok(FRESH.length >= 150);
    const ids = new Set(DEV_ENTRIES.map((e) => e.id));
    for (const [question, label] of FRESH) {
      assert.ok(label === null || ids.has(label), `${question} → ${label}`);
    }
    const none = FRESH.filter(([, label]) => label === null).length;
    assert.ok(none >= FRESH.length * 0.18, `${none} with no entry`);
    const result = evaluate(FRESH);
    assert.ok(result.precision >= 0.88, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.4, `recall ${(result.recall * 100).toFixed(1)}%`);
  });

  test('fresh2 held-out set (new words, written 2026-12-04 before the time-bound check): ≥ 300 questions, ~20% with no entry; precision ≥ 93%, recall ≥ 45% (first run 87.2% / 48.9%, now 97.5% / 48.9%)', () => {
    assert.ok(FRESH2.length >= 300);
    const ids = new Set(DEV_ENTRIES.map((e) => e.id));
    for (const [question, label] of FRESH2) {
      assert.ok(label === null || ids.has(label), `${question} → ${label}`);
    }
    const none = FRESH2.filter(([, label]) => label === null).length;
    assert.ok(none >= FRESH2.length * 0.18, `${none} with no entry`);
    const result = evaluate(FRESH2);
    assert.ok(result.precision >= 0.93, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.45, `recall ${(result.recall * 100).toFixed(1)}%`);
  });

  test('fresh3 held-out set (new words, many questions with the customer as the actor; written 2026-12-04 before the deadline-unit and customer-actor checks): ≥ 240 questions, ~25% with no entry; precision ≥ 85%, recall ≥ 20% (first run 83.3% / 22.1%, now 90.9% / 22.1%)', () => {
    assert.ok(FRESH3.length >= 240);
    const ids = new Set(DEV_ENTRIES.map((e) => e.id));
    for (const [question, label] of FRESH3) {
      assert.ok(label === null || ids.has(label), `${question} → ${label}`);
    }
    const none = FRESH3.filter(([, label]) => label === null).length;
    assert.ok(none >= FRESH3.length * 0.2, `${none} with no entry`);
    const result = evaluate(FRESH3);
    assert.ok(result.precision >= 0.85, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.2, `recall ${(result.recall * 100).toFixed(1)}%`);
  });
});

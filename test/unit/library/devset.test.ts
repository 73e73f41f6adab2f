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
import { buildLibraryIndex } from '../../../src/domain/library/match';
import { devLibrary, evaluate, libraryOf } from './devset/library';
import { OTHER_BLIND, OTHER_DEV, OTHER_ENTRIES } from './devset/other-library';
import { OTHER_DEV2 } from './devset/other-dev2';
import { THIRD_BLIND, THIRD_ENTRIES } from './devset/third-library';
import { FOURTH_BLIND, FOURTH_ENTRIES } from './devset/fourth-library';
import { FIFTH_BLIND, FIFTH_DEV, FIFTH_ENTRIES } from './devset/fifth-library';
import { SIXTH_BLIND, SIXTH_ENTRIES } from './devset/sixth-library';
import { DEV_QUESTIONS, type Labelled } from './devset/questions';
import { HELD_OUT } from './devset/held-out';
import { FRESH } from './devset/fresh';
import { FRESH2 } from './devset/fresh2';
import { FRESH3 } from './devset/fresh3';
import { FRESH4 } from './devset/fresh4';
import { FRESH5 } from './devset/fresh5';
import { FRESH6 } from './devset/fresh6';
import { FRESH7 } from './devset/fresh7';
import { FRESH8 } from './devset/fresh8';
import { FRESH9 } from './devset/fresh9';
import { FRESH10 } from './devset/fresh10';
import { vsaqItemCount, vsaqQuestions } from './devset/vsaq';

/** A held-out set: at least `size` questions, every label an entry, a share with no entry; precision and recall at least the bounds. */
function assertHeldOut(set: readonly Labelled[], bounds: { size: number; noEntry: number; precision: number; recall: number }): void {
  assert.ok(set.length >= bounds.size);
  const ids = new Set(DEV_ENTRIES.map((e) => e.id));
  for (const [question, label] of set) {
    assert.ok(label === null || ids.has(label), `${question} → ${label}`);
  }
  const none = set.filter(([, label]) => label === null).length;
  assert.ok(none >= set.length * bounds.noEntry, `${none} with no entry`);
  const result = evaluate(set);
  assert.ok(result.precision >= bounds.precision, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
  assert.ok(result.recall >= bounds.recall, `recall ${(result.recall * 100).toFixed(1)}%`);
}

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

  test('held-out set (never tuned on): ≥ 150 questions; precision ≥ 88%, recall ≥ 40% (first run 90.4% / 43.7%, now 94.7% / 58.9%)', () => {
    assert.ok(HELD_OUT.length >= 150);
    const result = evaluate(HELD_OUT);
    assert.ok(result.precision >= 0.88, `precision ${(result.precision * 100).toFixed(1)}%: ${JSON.stringify(result.wrong.slice(0, 5))}`);
    assert.ok(result.recall >= 0.4, `recall ${(result.recall * 100).toFixed(1)}%`);
  });

  test('fresh held-out set (written before the recall work, never tuned on): ≥ 150 questions, ~20% with no entry; precision ≥ 88%, recall ≥ 40% (first run 90.0% / 44.5%, now 97.8% / 61.8%)', () => {
    assertHeldOut(FRESH, { size: 150, noEntry: 0.18, precision: 0.88, recall: 0.4 });
  });

  test('fresh2 held-out set (new words, written 2026-12-04 before the time-bound check): ≥ 300 questions, ~20% with no entry; precision ≥ 93%, recall ≥ 45% (first run 87.2% / 48.9%, now 97.5% / 48.9%)', () => {
    assertHeldOut(FRESH2, { size: 300, noEntry: 0.18, precision: 0.93, recall: 0.45 });
  });

  test('fresh3 held-out set (new words, many questions with the customer as the actor; written 2026-12-04 before the deadline-unit and customer-actor checks): ≥ 240 questions, ~25% with no entry; precision ≥ 85%, recall ≥ 20% (first run 83.3% / 22.1%, now 90.9% / 22.1%)', () => {
    assertHeldOut(FRESH3, { size: 240, noEntry: 0.2, precision: 0.85, recall: 0.2 });
  });

  test('fresh4 held-out set (new words; ids of SIG, CAIQ, HECVAT, NIST CSF and 800-53; written 2026-12-04 before it was measured): ≥ 290 questions, ~28% with no entry; precision ≥ 88%, recall ≥ 29% (first run 79.5% / 29.4%, now 90.1% / 30.3%, read from its errors)', () => {
    assertHeldOut(FRESH4, { size: 290, noEntry: 0.25, precision: 0.88, recall: 0.29 });
  });

  test('fresh5 held-out set (new words; context-first RFP questions, insurance, HIPAA and DORA forms, third person; written 2026-12-04 after the fresh4 fixes, before it was measured): ≥ 270 questions, ~27% with no entry; precision ≥ 95%, recall ≥ 27% (first run 93.3% / 28.3%, now 96.6% / 28.3%, read from its errors)', () => {
    assertHeldOut(FRESH5, { size: 270, noEntry: 0.25, precision: 0.95, recall: 0.27 });
  });

  test('fresh6 held-out set (CAIQ v4, SIG Lite, state procurement, informal email, non-native, select-all and table-label styles; written 2026-12-05 by a helper that had not read the matcher): ≥ 270 questions, ~25% with no entry; precision ≥ 92%, recall ≥ 25% (first run 91.5% / 26.2%, now 93.9% / 30.1%, read from its errors: "optional" and "prevent" as senses, "If no, explain" and "so that no…" not negations)', () => {
    assertHeldOut(FRESH6, { size: 270, noEntry: 0.2, precision: 0.92, recall: 0.25 });
  });

  test('fresh7 held-out set (HECVAT rows, bank TPRM, HIPAA Security Rule, ISO 27001 Annex A, public-sector RFP, terse column headers, context-first, British spelling, typos and inverted polarity; written 2026-12-07 by a helper that had not read the matcher): ≥ 270 questions, ~25% with no entry; precision ≥ 90%, recall ≥ 27% (first run 92.8% / 29.9%, now 97.0% / 29.9%, read from its errors: "≥ 90 days", "&" joining two questions, "the Bank" as the customer)', () => {
    assertHeldOut(FRESH7, { size: 270, noEntry: 0.2, precision: 0.9, recall: 0.27 });
  });

  test('fresh8 held-out set (SIG Core long form, NIST 800-171 / CMMC practices, HITRUST-like healthcare forms, Canadian and Australian public sector, sales-call chat, quoted contract clauses, multi-line preambles, document and evidence requests, agree/disagree and negative statements, percentages and counts; written 2026-12-07 by a helper that had not read the matcher): ≥ 270 questions, ~25% with no entry; precision ≥ 93%, recall ≥ 26% (first run 95.2% / 28.5%)', () => {
    assertHeldOut(FRESH8, { size: 270, noEntry: 0.2, precision: 0.93, recall: 0.26 });
  });

  test('fresh9 held-out set (CAIQ v4 policy wording, GDPR Article 28 processor questions, PCI DSS SAQ requirements, non-native English, control ids with sub-items, spreadsheet-header fragments, long multi-clause questions, Describe/Explain/List requests, the customer\'s own obligations, conditional and negative or inverted questions; written 2026-12-07 by a helper that had not read the matcher): ≥ 310 questions, ~25% with no entry; precision ≥ 91%, recall ≥ 29% (first run 93.6% / 31.2%, measured while 7903734…beb6551 were being made; never read)', () => {
    assertHeldOut(FRESH9, { size: 310, noEntry: 0.24, precision: 0.91, recall: 0.29 });
  });

  test('fresh10 held-out set (state and university RFP tables, HECVAT Lite and SIG Core ids, cyber-underwriting, HIPAA, bank, K-12 student-privacy, accessibility and AI-governance forms, headers, checkbox rows, numeric bounds, procurement emails; written 2026-12-07 by a helper that had not read the matcher): ≥ 370 questions, ~30% with no entry; precision ≥ 90%, recall ≥ 42% (first run 92.8% / 44.4% at 6afd078; never read)', () => {
    assertHeldOut(FRESH10, { size: 370, noEntry: 0.28, precision: 0.9, recall: 0.42 });
  });
});

/** A library written by someone else, in other styles, and the sets labelled against it. */
function assertOtherLibrary(entries: Parameters<typeof libraryOf>[0], set: readonly Labelled[], bounds: { size: number; noEntry: number; precision: number; recall: number }): void {
  const library = libraryOf(entries);
  const ids = new Set(library.map((e) => e.id));
  assert.equal(ids.size, library.length, 'entry ids are unique');
  assert.ok(set.length >= bounds.size);
  for (const [question, label] of set) {
    assert.ok(label === null || ids.has(label), `${question} → ${label}`);
  }
  assert.ok(set.filter(([, label]) => label === null).length >= set.length * bounds.noEntry);
  const result = evaluate(set, buildLibraryIndex(library));
  assert.ok(result.precision >= bounds.precision, `precision ${(result.precision * 100).toFixed(1)}%`);
  assert.ok(result.recall >= bounds.recall, `recall ${(result.recall * 100).toFixed(1)}%`);
}

suite('library: libraries written by others (matcher never tuned on their blind sets)', () => {
  test('Northwind (97 entries: a third titles, some statements, few variants), its dev set: precision ≥ 93%, recall ≥ 54% (first run 91.0% / 52.1%, read from its errors)', () => {
    assertOtherLibrary(OTHER_ENTRIES, OTHER_DEV, { size: 150, noEntry: 0.2, precision: 0.93, recall: 0.54 });
  });

  test('Northwind second dev set (hard cases: a title\'s words asking what its answer does not say, siblings, stricter bounds, unnamed products and regions, what the customer configures): precision ≥ 87%, recall ≥ 28% (first run 82.9% / 30.6%, read from its errors)', () => {
    assertOtherLibrary(OTHER_ENTRIES, OTHER_DEV2, { size: 300, noEntry: 0.25, precision: 0.87, recall: 0.28 });
  });

  test('Northwind blind set: precision ≥ 85%, recall ≥ 47% (first run 87.0% / 48.8%; never read)', () => {
    assertOtherLibrary(OTHER_ENTRIES, OTHER_BLIND, { size: 150, noEntry: 0.2, precision: 0.85, recall: 0.47 });
  });

  test('Fabrikam Health (114 entries imported from past questionnaires, long wordings and many variants), blind set: precision ≥ 93%, recall ≥ 41% (first run 95.1% / 43.3%; never read)', () => {
    assertOtherLibrary(THIRD_ENTRIES, THIRD_BLIND, { size: 290, noEntry: 0.2, precision: 0.93, recall: 0.41 });
  });

  test('Tallyfold (110 entries: short canonical questions and statements, few variants, long British answers covering several points), blind set: precision ≥ 77%, recall ≥ 37% (first run 79.8% / 39.1% at 52b2b03, the weakest figure; its wrong fills read once after that, two mended)', () => {
    assertOtherLibrary(FOURTH_ENTRIES, FOURTH_BLIND, { size: 290, noEntry: 0.25, precision: 0.77, recall: 0.37 });
  });

  test('Quayside Health (144 entries imported from past questionnaires: long questions, half with variants, mixed answers), dev set: precision ≥ 88%, recall ≥ 48% (first run 90.6% / 50.5% at 73d6891, then read)', () => {
    assertOtherLibrary(FIFTH_ENTRIES, FIFTH_DEV, { size: 300, noEntry: 0.25, precision: 0.88, recall: 0.48 });
  });

  test('Quayside Health, blind set: precision ≥ 79%, recall ≥ 33% (first run 81.7% / 35.0% at 73d6891; never read)', () => {
    assertOtherLibrary(FIFTH_ENTRIES, FIFTH_BLIND, { size: 200, noEntry: 0.25, precision: 0.79, recall: 0.33 });
  });

  test('Lumenvale (129 entries: titles, canonical and long questions mixed, 41% with variants, German-English answers), blind set: precision ≥ 91%, recall ≥ 40% (first run 93.6% / 42.0% at e5c1e4f; never read)', () => {
    assertOtherLibrary(SIXTH_ENTRIES, SIXTH_BLIND, { size: 250, noEntry: 0.25, precision: 0.91, recall: 0.4 });
  });
});

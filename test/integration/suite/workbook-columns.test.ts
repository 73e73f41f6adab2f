/**
 * The editor's correction of a workbook's columns (src/adapter/workbookMapping.ts) in the real
 * workbench: the sheet list shows the reader's choice, the writer picks a sheet, a role and a column
 * with the keyboard, and the correction is written beside the workbook; Escape writes nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { reviewWorkbookColumns } from '../../../src/adapter/workbookMapping';
import type { ColumnChoice } from '../../../src/domain/workbook/choice';
import { activateExtension, closeAllEditors, sleep, waitFor, workspaceFile } from './helpers';

/** What the reader chose on a headerless sheet: answers in B, though the dropdown is in D. */
const UNSURE: ColumnChoice[] = [
  {
    sheet: 'Vendor',
    question: 'A',
    answer: 'B',
    customer: [],
    headers: [
      { column: 'A', header: 'Question' },
      { column: 'B', header: 'Notes' },
      { column: 'C', header: 'Owner' },
      { column: 'D', header: 'Yes / No' },
    ],
    questions: 4,
    source: 'content',
    unsure: true,
    reasons: ['No header row names the columns: the question and answer columns were chosen by what the cells hold.'],
  },
];

async function run(keys: string[], choices: ColumnChoice[], workbook: vscode.Uri): Promise<Awaited<ReturnType<typeof reviewWorkbookColumns>>> {
  let done = false;
  const running = reviewWorkbookColumns(workbook, choices).finally(() => {
    done = true;
  });
  await sleep(600);
  for (const key of keys) {
    await vscode.commands.executeCommand(key);
    await sleep(250);
  }
  await waitFor('the review to finish', () => done, 10_000);
  return running;
}

suite('Workbook columns: the writer corrects the reader', () => {
  let workbook: vscode.Uri;
  let mappingPath: string;

  suiteSetup(async () => {
    await activateExtension();
    workbook = workspaceFile('columns-review.xlsx');
    fs.writeFileSync(workbook.fsPath, 'a workbook stands here');
    mappingPath = `${workbook.fsPath}.attest.json`;
  });
  setup(() => {
    fs.rmSync(mappingPath, { force: true });
  });
  suiteTeardown(async () => {
    fs.rmSync(mappingPath, { force: true });
    fs.rmSync(workbook.fsPath, { force: true });
    await closeAllEditors();
  });

  test('sheet → Answer column → D, then "Use these columns": the mapping is written beside the workbook', async () => {
    const next = 'workbench.action.quickOpenSelectNext';
    const accept = 'workbench.action.acceptSelectedQuickOpenItem';
    // Sheet list: "Use these columns", then "Vendor". Roles: Question, Answer… Columns: A, B, C, D.
    const result = await run([next, accept, next, accept, next, next, next, accept, accept], UNSURE, workbook);
    assert.ok(result && result !== 'cancelled', `a mapping: ${String(result)}`);
    assert.deepEqual(result.sheets.get('Vendor'), { headerRow: 0, question: 1, answer: 4 });
    const written = JSON.parse(fs.readFileSync(mappingPath, 'utf8')) as { sheets: Record<string, unknown> };
    assert.deepEqual(written.sheets.Vendor, { headerRow: 0, question: 'A', answer: 'D', comment: null, id: null });
    assert.equal(fs.readFileSync(workbook.fsPath, 'utf8'), 'a workbook stands here');
  });

  test('Escape on the sheet list: cancelled, nothing written; a sure reading shows no picker', async () => {
    const result = await run(['workbench.action.closeQuickOpen'], UNSURE, workbook);
    assert.equal(result, 'cancelled');
    assert.equal(fs.existsSync(mappingPath), false);
    const sure = await reviewWorkbookColumns(workbook, [{ ...UNSURE[0], unsure: false } as ColumnChoice]);
    assert.equal(sure, undefined);
  });
});

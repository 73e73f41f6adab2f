// Hostile workbooks through Fill Workbook in the real extension host (issue 15): each gets one
// clear line naming the limit, nothing is written, and the host survives; a long fill in the
// worker is cancelled by the progress token's event at once. Timings are in bench/hostile.bench.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FillWorkbookResult } from '../../../src/adapter/commands/fillWorkbook';
import { CommandId } from '../../../src/shared/ids';
import { HOSTILE_WORKBOOKS, questionRows, sheetXml, workbookWith } from '../../unit/workbook/hostile';
import { activateExtension, closeAllEditors, workspaceFile } from './helpers';

const FOLDER = 'workbook-hostile-it';

async function write(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceFile(FOLDER, name);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

async function listing(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(workspaceFile(FOLDER))).map(([name]) => name).sort();
}

async function fill(target: vscode.Uri, options: Record<string, unknown>): Promise<FillWorkbookResult> {
  return (await vscode.commands.executeCommand<FillWorkbookResult>(CommandId.fillWorkbook, target, options)) ?? assert.fail('the command returns its result');
}

suite('Fill Workbook: hostile workbooks', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday('2026-11-26');
    await api.services.profiles.ready;
    await vscode.workspace.fs.createDirectory(workspaceFile(FOLDER));
  });
  teardown(closeAllEditors);
  suiteTeardown(async () => {
    (await activateExtension()).setToday(undefined);
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true, useTrash: false });
  });

  test('every hostile file: one line naming the limit, nothing written, the host still answers', async () => {
    let index = 0;
    for (const [name, build] of Object.entries(HOSTILE_WORKBOOKS)) {
      const source = await write(`hostile-${index++}.xlsx`, build());
      const before = await listing();
      const result = await fill(source, { quiet: true });
      assert.equal(result.status, 'invalid_workbook', `${name}: ${result.message}`);
      assert.equal(result.code, 'too_large', name);
      assert.ok(!result.message.includes('\n'), `one line: ${result.message}`);
      assert.match(result.message, /the limit is/, name);
      assert.deepEqual(await listing(), before, `${name}: nothing written`);
      await vscode.workspace.fs.delete(source);
    }
    // The host is alive and still runs commands.
    const again = await fill(await write('normal.xlsx', workbookWith(sheetXml())), { quiet: true });
    assert.equal(again.status, 'filled', again.message);
  });

  test('a long report (1,500 questions) is rendered off the host and opens with every question', async () => {
    const questions = Array.from({ length: 1_500 }, (_, i) => `Do you have a current SOC 2 Type 2 report for system ${i}?`);
    const source = await write('report.xlsx', workbookWith(sheetXml({ data: questionRows(questions) })));
    const result = await fill(source, { quiet: true });
    assert.equal(result.status, 'filled', result.message);
    const reportUri = result.reportUri ?? assert.fail('a report');
    const markdown = (await vscode.workspace.openTextDocument(reportUri)).getText();
    assert.match(markdown, /1,?500 questions/);
    assert.match(markdown, /Questionnaire!C1501/);
  });

  test('Cancel (the token firing) stops a long fill in the worker; nothing is written', async () => {
    const questions = Array.from({ length: 20_000 }, (_, i) => `Do you have a current SOC 2 Type 2 report for system ${i}?`);
    const source = await write('long.xlsx', workbookWith(sheetXml({ data: questionRows(questions) })));
    const before = await listing();
    const cancellation = new vscode.CancellationTokenSource();
    setTimeout(() => cancellation.cancel(), 300);
    const result = await fill(source, { quiet: true, token: cancellation.token });
    assert.equal(result.status, 'cancelled', result.message);
    assert.deepEqual(await listing(), before, 'no output, no partial file');
    cancellation.dispose();
  });
});

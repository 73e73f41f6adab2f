// Hostile files and paths in the real VS Code (issue 15): planted links around Fill Workbook's
// output, attest.profilePath leading out of the workspace, and profile text in the status bar's
// Markdown tooltip. Links and folders outside the workspace are made here, under the OS temp folder.
import * as assert from 'node:assert/strict';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import type { CreateProfileResult } from '../../../src/adapter/commands/createProfile';
import type { FillWorkbookResult } from '../../../src/adapter/commands/fillWorkbook';
import type { AttestTestApi } from '../../../src/extension';
import { CommandId } from '../../../src/shared/ids';
import { keepFilesUnsaved, revertAll } from './editorHelpers';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

const FOLDER = 'boundary-it';

async function questionnaireWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Questions');
  sheet.columns = [{ width: 60 }, { width: 60 }];
  sheet.addRow(['Question', 'Response']);
  sheet.addRow(['Do you have a SOC 2 report?', '']);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function fillWorkbook(target: vscode.Uri, options: Record<string, unknown>): Promise<FillWorkbookResult> {
  return (await vscode.commands.executeCommand<FillWorkbookResult>(CommandId.fillWorkbook, target, options)) ?? assert.fail('the command returns its result');
}

suite('Hostile paths (workspace boundary, safe writes)', () => {
  let api: AttestTestApi;
  let outside: string;
  let folderPath: string;
  let source: vscode.Uri;

  suiteSetup(async () => {
    api = await activateExtension();
    await api.services.profiles.ready;
    outside = mkdtempSync(join(tmpdir(), 'attest-it-outside-'));
    folderPath = workspaceFile(FOLDER).fsPath;
    mkdirSync(folderPath, { recursive: true });
    source = vscode.Uri.file(join(folderPath, 'book.xlsx'));
    writeFileSync(source.fsPath, await questionnaireWorkbook());
  });
  teardown(closeAllEditors);
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await api.services.profiles.reloadAll();
    rmSync(folderPath, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('Fill Workbook refuses a symbolic link planted at the output; the file it points to is untouched', async () => {
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const planted = join(folderPath, 'book.attest.xlsx');
    symlinkSync(victim, planted);
    try {
      const result = await fillWorkbook(source, { quiet: true });
      assert.equal(result.status, 'write_failed', result.message);
      assert.match(result.message, /symbolic link/);
      assert.equal(readFileSync(victim, 'utf8'), 'keep me');
    } finally {
      unlinkSync(planted);
    }
  });

  test("a link planted at the old temporary name (.book.attest.xlsx.attest-partial) is never written through", async () => {
    const victim = join(outside, 'partial-victim.txt');
    writeFileSync(victim, 'keep me');
    const planted = join(folderPath, '.book.attest.xlsx.attest-partial');
    symlinkSync(victim, planted);
    try {
      const result = await fillWorkbook(source, { quiet: true });
      assert.equal(result.status, 'filled', result.message);
      assert.equal(readFileSync(victim, 'utf8'), 'keep me');
      assert.ok(readFileSync(join(folderPath, 'book.attest.xlsx')).subarray(0, 2).equals(Buffer.from('PK')), 'the workbook went to its own name');
    } finally {
      unlinkSync(planted);
    }
  });

  test('an output that is the workbook under another name (hard link) or lies outside the workspace is refused', async () => {
    const hard = join(folderPath, 'hard.xlsx');
    linkSync(source.fsPath, hard);
    const before = readFileSync(source.fsPath);
    const aliased = await fillWorkbook(source, { quiet: true, output: vscode.Uri.file(hard) });
    assert.equal(aliased.status, 'write_failed');
    assert.match(aliased.message, /never writes over the original questionnaire/);
    assert.ok(readFileSync(source.fsPath).equals(before));
    const away = await fillWorkbook(source, { quiet: true, output: vscode.Uri.file(join(outside, 'away.xlsx')) });
    assert.equal(away.status, 'write_failed');
    assert.match(away.message, /outside the workspace/);
    assert.equal(existsSync(join(outside, 'away.xlsx')), false);
  });

  test('attest.profilePath climbing out of the workspace is not read, and Create Profile creates nothing there', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0] ?? assert.fail('a workspace folder');
    const escape = join('..', `${outside.split(/[\\/]/).pop() ?? ''}`, 'escaped', 'profile.json');
    await vscode.workspace.getConfiguration('attest').update('profilePath', escape, vscode.ConfigurationTarget.Workspace);
    const refusal = await waitFor('the path to be refused', () => api.services.profiles.refusal(folder));
    assert.match(refusal, /climbs out of the workspace folder/);
    assert.equal(api.services.profiles.get(folder.uri), undefined, 'nothing loaded');
    const created = await vscode.commands.executeCommand<CreateProfileResult>(CommandId.createProfile, { organizationName: 'Outside Co' });
    assert.equal(created?.outcome, 'refused');
    assert.equal(existsSync(join(outside, 'escaped')), false, 'no folder created outside');
  });

  test('attest.profilePath through a link pointing out of the workspace is not read', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0] ?? assert.fail('a workspace folder');
    const linkedFolder = join(outside, 'linked-profile');
    mkdirSync(linkedFolder);
    writeFileSync(join(linkedFolder, 'profile.json'), readFileSync(workspaceFile('.attest', 'profile.json').fsPath));
    symlinkSync(linkedFolder, join(folderPath, 'link-out'));
    await vscode.workspace.getConfiguration('attest').update('profilePath', `${FOLDER}/link-out/profile.json`, vscode.ConfigurationTarget.Workspace);
    const refusal = await waitFor('the link to be refused', () => api.services.profiles.refusal(folder));
    assert.match(refusal, /symbolic link/);
    assert.equal(api.services.profiles.get(folder.uri), undefined);
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the default profile again', () => api.services.profiles.get(folder.uri)?.profile);
  });
});

suite('Hostile paths: profile text in the status bar tooltip', () => {
  keepFilesUnsaved(['.attest', 'profile.json']);
  let api: AttestTestApi;
  suiteSetup(async () => {
    api = await activateExtension();
    await api.services.profiles.ready;
  });
  teardown(revertAll);

  test('Markdown, links, HTML and $(icons) in the organization name and CPA firm are shown as text', async () => {
    const editor = await vscode.window.showTextDocument(workspaceFile('.attest', 'profile.json'));
    const text = editor.document.getText();
    const hostileName = '**Evil** [open](command:workbench.action.terminal.new) <img src=x> $(zap)';
    const replace = async (from: string, to: string): Promise<void> => {
      const start = editor.document.positionAt(editor.document.getText().indexOf(from));
      await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, from.length)), to));
    };
    assert.ok(text.includes('"Northwind Ledger, Inc."') && text.includes('"Ashgrove & Pell CPAs LLP"'));
    await replace('"Northwind Ledger, Inc."', JSON.stringify(hostileName));
    await replace('"Ashgrove & Pell CPAs LLP"', JSON.stringify('_Firm_ `x` # | ~'));
    const status = await waitFor('the tooltip to show the new name', () => {
      const s = api.statusBar();
      return s?.tooltip.includes('Evil') ? s : undefined;
    });
    assert.ok(status.tooltip.includes('\\*\\*Evil\\*\\* \\[open\\](command:workbench.action.terminal.new) \\<img src=x\\> \\$(zap)'), status.tooltip);
    assert.ok(status.tooltip.includes('\\_Firm\\_ \\`x\\` \\# \\| \\~'), status.tooltip);
    assert.doesNotMatch(status.tooltip, /[^\\]\[open\]/, 'no link');
  });
});

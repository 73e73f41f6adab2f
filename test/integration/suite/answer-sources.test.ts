// The answer library as the second answer source in the real VS Code (issue 12): Fill
// Questionnaire, Answer This Question, Fill Workbook (through its worker) and Fill Word Document
// answer what the profile's facts do not from the folder's library; an internal entry is never
// written; attest.libraryPath leading out of the workspace through a link is not read.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import type { FillWorkbookResult } from '../../../src/adapter/commands/fillWorkbook';
import type { AttestTestApi } from '../../../src/extension';
import { CommandId } from '../../../src/shared/ids';
import { INTERNAL_ENTRY, SSO_ENTRY } from '../../support/libraryEntries';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

const FOLDER = 'sources-it';
const LIBRARY = `${FOLDER}/library`;


const MARKDOWN = `# Vendor review

1. Do you support single sign-on for customer users?

2. What discounts do you offer for multi-year contracts?

3. Do you have a SOC 2 report?
`;

function sha256(path: string): string {
  return createHash('sha256').update(new Uint8Array(readFileSync(path))).digest('hex');
}

async function setLibraryPath(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('attest').update('libraryPath', value, vscode.ConfigurationTarget.Workspace);
}

async function workbookWithSso(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Questions');
  sheet.columns = [{ width: 60 }, { width: 80 }];
  sheet.addRow(['Question', 'Response']);
  sheet.addRow(['Is SAML SSO supported?', '']);
  sheet.addRow(['What discounts do you offer for multi-year contracts?', '']);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

suite('Answer sources: the library behind the profile', () => {
  let api: AttestTestApi;
  let outside: string;

  suiteSetup(async () => {
    api = await activateExtension();
    await api.services.profiles.ready;
    mkdirSync(workspaceFile(LIBRARY, 'identity').fsPath, { recursive: true });
    mkdirSync(workspaceFile(LIBRARY, 'sales').fsPath, { recursive: true });
    writeFileSync(workspaceFile(LIBRARY, 'identity', 'sso.md').fsPath, SSO_ENTRY);
    writeFileSync(workspaceFile(LIBRARY, 'sales', 'discounts.md').fsPath, INTERNAL_ENTRY);
    outside = mkdtempSync(join(tmpdir(), 'attest-it-library-outside-'));
    mkdirSync(join(outside, 'identity'));
    writeFileSync(join(outside, 'identity', 'sso.md'), SSO_ENTRY);
    await setLibraryPath(LIBRARY);
  });
  teardown(async () => {
    // Scratch files written by each test: saving them is simpler than waiting for a revert to land under load.
    await vscode.workspace.saveAll(false);
    await closeAllEditors();
  });
  suiteTeardown(async () => {
    await setLibraryPath(undefined);
    rmSync(workspaceFile(FOLDER).fsPath, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('Fill Questionnaire answers the SSO question from the library, leaves the internal entry out, and the report names the entry', async () => {
    const uri = workspaceFile(FOLDER, 'review.md');
    writeFileSync(uri.fsPath, MARKDOWN);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const result = await vscode.commands.executeCommand<{ outcome: string; counts?: { answered: number }; report?: vscode.Uri }>(CommandId.fillQuestionnaire, { overwrite: false });
    assert.equal(result?.outcome, 'filled');
    const text = editor.document.getText();
    assert.match(text, /single sign-on for customer users\?\n\n\s*> \*\*Answer:\*\* .*SAML 2\.0/);
    assert.doesNotMatch(text, /18%/, 'an internal entry is never written');
    assert.match(text, /SOC 2 Type 2/, 'the profile still answers SOC 2');
    const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result?.report?.toString());
    const markdown = report?.getText() ?? assert.fail('the coverage report is open');
    assert.match(markdown, /and the answer library \(2 entries\)/);
    assert.match(markdown, /from the library: Do you support single sign-on for customer users\?\* \(.*owner Identity team/, 'the library entry is named as the source, with its owner');
  });

  test('a question the library fills gets "Answer · from library: …" above it; an internal entry gets none', async () => {
    const uri = workspaceFile(FOLDER, 'lenses.md');
    writeFileSync(uri.fsPath, MARKDOWN);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const titles = await waitFor('the library lens', async () => {
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
      const found = lenses.map((lens) => `${lens.range.start.line}: ${lens.command?.title ?? ''}`);
      return found.some((title) => title.includes('from library')) ? found : undefined;
    });
    assert.ok(titles.includes('2: Answer · from library: Do you support single sign-on for customer…'), titles.join('\n'));
    assert.ok(!titles.some((title) => title.startsWith('4: ')), `the internal entry's question has no lens:\n${titles.join('\n')}`);
    assert.ok(titles.some((title) => title.startsWith('6: Answer · SOC 2')), titles.join('\n'));
  });

  test('Answer This Question answers from the library entry and says so', async () => {
    const uri = workspaceFile(FOLDER, 'one.md');
    writeFileSync(uri.fsPath, '# Review\n\n1. Is SAML SSO supported?\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const result = await vscode.commands.executeCommand<{ outcome: string; inserted: boolean }>(CommandId.answerQuestion, uri, 2);
    assert.equal(result?.inserted, true, JSON.stringify(result));
    assert.match(editor.document.getText(), /SAML 2\.0 single sign-on/);
  });

  test('Fill Workbook answers from the library in its worker; the internal entry stays out', async () => {
    const source = workspaceFile(FOLDER, 'sso.xlsx');
    writeFileSync(source.fsPath, await workbookWithSso());
    const result = (await vscode.commands.executeCommand<FillWorkbookResult>(CommandId.fillWorkbook, source, { quiet: true })) ?? assert.fail('a result');
    assert.equal(result.status, 'filled', result.message);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(result.outputUri?.fsPath ?? assert.fail('an output'));
    const sheet = filled.getWorksheet('Questions') ?? assert.fail('the sheet');
    assert.match(String(sheet.getCell('B2').value ?? ''), /SAML 2\.0/);
    assert.equal(String(sheet.getCell('B3').value ?? ''), '');
  });

  test('Fill Word Document fills beside the original, which keeps its bytes', async () => {
    const fixture = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'word', 'docx-table.docx');
    const source = workspaceFile(FOLDER, 'review.docx');
    writeFileSync(source.fsPath, readFileSync(fixture));
    const before = sha256(source.fsPath);
    const result = (await vscode.commands.executeCommand<FillWorkbookResult>(CommandId.fillWordDocument, source, { quiet: true })) ?? assert.fail('a result');
    assert.equal(result.status, 'filled', result.message);
    assert.equal(result.outputUri?.path.endsWith('/review.attest.docx'), true, result.outputUri?.toString());
    assert.ok((result.counts?.answered ?? 0) > 0, result.message);
    assert.equal(sha256(source.fsPath), before, 'the original is only read');
    assert.match(result.message, /^Attest filled review\.docx into review\.attest\.docx/);
  });

  test('Fill Questionnaire on a Word document fills it beside the original through Fill Word Document', async () => {
    const fixture = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'word', 'docx-numbered.docx');
    const source = workspaceFile(FOLDER, 'numbered.docx');
    writeFileSync(source.fsPath, readFileSync(fixture));
    const result = await vscode.commands.executeCommand<{ outcome: string; counts?: { answered: number }; report?: vscode.Uri }>(CommandId.fillQuestionnaire, { uri: source, overwrite: false });
    assert.equal(result?.outcome, 'filled', JSON.stringify(result));
    assert.ok((result.counts?.answered ?? 0) > 0);
    assert.ok(readFileSync(workspaceFile(FOLDER, 'numbered.attest.docx').fsPath).byteLength > 0);
  });

  test('attest.libraryPath through a link out of the workspace is not read: the question is left for a person', async () => {
    symlinkSync(outside, workspaceFile(FOLDER, 'linked-library').fsPath, 'dir');
    await setLibraryPath(`${FOLDER}/linked-library`);
    try {
      const library = await waitFor('the library refused', async () => {
        const read = await api.services.libraries.forResource(workspaceFile(FOLDER, 'x.md'));
        return read.problem !== undefined ? read : undefined;
      });
      assert.equal(library.source, undefined);
      assert.match(library.problem ?? '', /leads outside the workspace folder/);
      const uri = workspaceFile(FOLDER, 'linked.md');
      writeFileSync(uri.fsPath, '# Review\n\n1. Is SAML SSO supported?\n');
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const result = await vscode.commands.executeCommand<{ outcome: string }>(CommandId.fillQuestionnaire, { overwrite: false });
      assert.doesNotMatch(editor.document.getText(), /SAML 2\.0/, `${result?.outcome ?? ''}: nothing from outside the workspace`);
    } finally {
      await setLibraryPath(LIBRARY);
    }
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AttestTestApi } from '../../../src/extension';
import { keepFilesUnsaved, revertAll } from './editorHelpers';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

// The fixture profile: a completed Type 2 whose period ended 2026-06-30, no bridge letter.
// Whole calendar months count: 30 Jun 2026 to 26 Nov 2026 is 4 months (and 27 days).
const FOUR_MONTHS_LATER = '2026-11-26';
const FOURTEEN_MONTHS_LATER = '2027-09-15';

suite('Status bar', () => {
  keepFilesUnsaved(['.attest', 'profile.json']);
  let api: AttestTestApi;
  suiteSetup(async () => {
    api = await activateExtension();
    await api.services.profiles.ready;
  });
  teardown(revertAll);
  suiteTeardown(async () => {
    api.setToday(undefined);
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('shows the report type and how long ago the period ended, with details in the tooltip', () => {
    api.setToday(FOUR_MONTHS_LATER);
    const status = api.statusBar();
    assert.ok(status?.visible);
    assert.equal(status.text, '$(shield) SOC 2 Type 2 · period ended 4 months ago');
    assert.equal(status.backgroundColor, undefined, 'no warning colour while fresh');
    assert.match(status.tooltip, /Ashgrove & Pell CPAs LLP/);
    assert.match(status.tooltip, /1 Jul 2025 to 30 Jun 2026/);
    assert.match(status.tooltip, /Security, Availability, Confidentiality/);
    assert.match(status.tooltip, /1 exception/);
    assert.equal(status.command, 'vscode.open');
    assert.equal(String(status.arguments?.[0]), workspaceFile('.attest', 'profile.json').toString());
  });

  test('past 12 months with no bridge letter, it turns to the warning colour', () => {
    api.setToday(FOURTEEN_MONTHS_LATER);
    const status = api.statusBar();
    assert.equal(status?.text, '$(shield) SOC 2 Type 2 · period ended 14 months ago');
    assert.equal(status?.backgroundColor, 'statusBarItem.warningBackground');
    assert.match(status?.tooltip ?? '', /no bridge letter covers today/);
  });

  test('a bridge letter that covers today keeps it calm', async () => {
    api.setToday(FOURTEEN_MONTHS_LATER);
    const editor = await vscode.window.showTextDocument(workspaceFile('.attest', 'profile.json'));
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('"nextPeriod"'));
    await editor.edit((b) => b.insert(at, '"bridgeLetter": { "coversUntil": "2027-09-15", "issuedOn": "2027-09-15" },\n    '));
    const status = await waitFor('the bridge letter to count', () => {
      const s = api.statusBar();
      return s?.tooltip.includes('Bridge letter') ? s : undefined;
    });
    assert.equal(status.backgroundColor, undefined);
    assert.match(status.tooltip, /covers until 15 Sep 2027/);
  });

  test('a profile with errors says how many, and a click opens it at the first one', async () => {
    api.setToday(FOUR_MONTHS_LATER);
    const editor = await vscode.window.showTextDocument(workspaceFile('.attest', 'profile.json'));
    const text = editor.document.getText();
    const start = editor.document.positionAt(text.indexOf('"type2"'));
    await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, 7)), '"type3"'));
    const status = await waitFor('the problem count', () => {
      const s = api.statusBar();
      return s?.text.startsWith('$(warning)') ? s : undefined;
    });
    assert.equal(status.text, '$(warning) Attest profile has 1 problem');
    assert.equal(status.backgroundColor, 'statusBarItem.warningBackground');
    await closeAllEditors();
    await vscode.commands.executeCommand(status.command ?? '', ...(status.arguments ?? []));
    const active = await waitFor('the profile editor', () => vscode.window.activeTextEditor);
    assert.equal(active.document.uri.toString(), workspaceFile('.attest', 'profile.json').toString());
    assert.equal(active.selection.active.line, start.line, 'the cursor is on the problem');
  });

  test('hidden when the workspace has no profile', async () => {
    api.setToday(FOUR_MONTHS_LATER);
    assert.ok(api.statusBar()?.visible);
    await vscode.workspace.getConfiguration('attest').update('profilePath', '.attest/missing.json', vscode.ConfigurationTarget.Workspace);
    await waitFor('the item to hide', () => api.statusBar()?.visible === false);
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the item to come back', () => api.statusBar()?.visible === true);
  });
});

// Runs only in the Restricted Mode pass of scripts/vscode/run-integration.ts (ATTEST_RESTRICTED=1):
// the fixture workspace is untrusted, and its .vscode/settings.json sets attest.profilePath to
// restricted-alt/profile.json (and attest.libraryPath to restricted-alt/library). Both are restricted settings, so Attest must ignore
// that value and use the default profile, and still answer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AttestTestApi } from '../../../src/extension';
import { activateExtension, waitFor } from './helpers';

suite('Restricted Mode', () => {
  let api: AttestTestApi;
  suiteSetup(async function () {
    if (process.env.ATTEST_RESTRICTED !== '1') {
      this.skip();
    }
    api = await activateExtension();
    await api.services.profiles.ready;
  });

  test('the workspace is untrusted and the extension runs', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension('attest.attest')?.isActive);
  });

  test("the repository's attest.profilePath is ignored: the default profile is read", async () => {
    const folder = vscode.workspace.workspaceFolders?.[0] ?? assert.fail('a workspace folder');
    const settings = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')));
    assert.match(settings, /"attest\.profilePath": "restricted-alt\/profile\.json"/, 'the repository sets it');
    // Restricted Mode drops the workspace's value altogether (inspect() does not show it either).
    assert.equal(vscode.workspace.getConfiguration('attest').inspect<string>('profilePath')?.workspaceValue, undefined);
    assert.equal(vscode.workspace.getConfiguration('attest').get('profilePath'), '.attest/profile.json', 'VS Code does not apply it');
    const loaded = await waitFor('the profile', () => api.services.profiles.get()?.profile);
    assert.equal(loaded.organization.name, 'Northwind Ledger, Inc.');
    assert.doesNotMatch(api.services.profiles.get()?.uri.path ?? '', /restricted-alt/);
  });

  test("the repository's attest.libraryPath is ignored: its library is not read", async () => {
    assert.equal(vscode.workspace.getConfiguration('attest').inspect<string>('libraryPath')?.workspaceValue, undefined);
    assert.equal(vscode.workspace.getConfiguration('attest').get('libraryPath'), '.attest/library');
    const folder = vscode.workspace.workspaceFolders?.[0] ?? assert.fail('a workspace folder');
    const library = await api.services.libraries.forResource(folder.uri);
    assert.equal(library.source, undefined, 'the fixture has no .attest/library, and restricted-alt/library is not read');
    assert.equal(library.entries.length, 0);
  });

  test('answers still come from the profile', () => {
    const status = api.statusBar();
    assert.ok(status?.visible);
    assert.match(status?.text ?? '', /SOC 2 Type 2/);
  });
});

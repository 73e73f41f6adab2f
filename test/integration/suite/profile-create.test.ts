import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseProfile } from '../../../src/domain/profile/parse';
import { CommandId } from '../../../src/shared/ids';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

interface CreateResult {
  outcome: string;
  uri?: vscode.Uri;
}

const SCRATCH_PATH = '.attest/answer-created-profile.json';

async function create(request?: Record<string, unknown>): Promise<CreateResult> {
  return (await vscode.commands.executeCommand<CreateResult>(CommandId.createProfile, request)) ?? assert.fail('the command returns its result');
}

async function bytes(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('Answer in place: Create Assurance Profile', () => {
  setup(closeAllEditors);
  suiteTeardown(async () => {
    await closeAllEditors();
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceFile(...SCRATCH_PATH.split('/'))).then(undefined, () => undefined);
    // Other suites answer from the demo profile: wait until it is the one in use again.
    await waitFor('the demo profile again', () => (api.services.profiles.get()?.profile?.organization.name === 'Northwind Ledger, Inc.' ? true : undefined));
  });

  test('an existing profile is opened, never overwritten', async () => {
    const uri = workspaceFile('.attest', 'profile.json');
    const before = await bytes(uri);
    const result = await create({ organizationName: 'Someone Else, Inc.' });
    assert.equal(result.outcome, 'exists');
    assert.equal(await bytes(uri), before);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the existing profile is shown');
  });

  test('creates the scaffold at the configured path: it parses with zero errors and becomes the profile in use', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', SCRATCH_PATH, vscode.ConfigurationTarget.Workspace);
    const uri = workspaceFile(...SCRATCH_PATH.split('/'));
    await waitFor('the profile service to follow the setting', async () => ((await api.services.profiles.checkedProfileUri(vscode.workspace.workspaceFolders![0]!)).uri?.toString() === uri.toString() ? true : undefined));
    const result = await create({ organizationName: '  Harbor & Finch, Ltd.  ' });
    assert.equal(result.outcome, 'created');
    assert.equal(result.uri?.toString(), uri.toString());
    const text = await bytes(uri);
    assert.match(text, /^\/\/ /, 'the scaffold explains itself in comments');
    const parsed = parseProfile(text);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.profile?.organization.name, 'Harbor & Finch, Ltd.');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new profile is open');
    await waitFor('the new profile in use', () => (api.services.profiles.get(uri)?.profile?.organization.name === 'Harbor & Finch, Ltd.' ? true : undefined));

    const again = await create({ organizationName: 'Other' });
    assert.equal(again.outcome, 'exists');
    assert.equal(await bytes(uri), text, 'running it again changes nothing');
  });
});

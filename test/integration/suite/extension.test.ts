import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId, ViewType } from '../../../src/shared/ids';
import { EXTENSION_ID, activateExtension, closeAllEditors, waitFor, webviewTabs } from './helpers';

suite('Extension', () => {
  suiteTeardown(closeAllEditors);

  test('activates in the real VS Code and reports where it runs', async () => {
    await activateExtension();
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, remote ${vscode.env.remoteName ?? 'none'})`);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  test('every contributed command is registered, and only those', async () => {
    await activateExtension();
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string }[] } })
      .contributes.commands.map((c) => c.command)
      .sort();
    // The workbench adds its own commands for each contributed view (attest.questionnaire.focus, …).
    const views = ((vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { views?: Record<string, { id: string }[]> } }).contributes.views ?? {}) as Record<string, { id: string }[]>;
    const viewIds = Object.values(views).flat().map((view) => `${view.id}.`);
    const registered = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith('attest.') && !viewIds.some((prefix) => id.startsWith(prefix))).sort();
    assert.deepEqual(registered, contributed);
    assert.deepEqual([...Object.values(CommandId)].sort(), contributed);
  });
});

suite('Explain SOC 2 Type 1 vs Type 2', () => {
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('the command opens the explanation panel', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand(CommandId.explainTypes);
    const tab = await waitFor('the explain tab', () => webviewTabs(ViewType.explain)[0]);
    assert.match(tab.label, /Type 1 vs Type 2/);
    assert.equal(api.explainPanel()?.topic, 'type1-vs-type2');
  });

  test('running it again reuses the one panel', async () => {
    await activateExtension();
    await vscode.commands.executeCommand(CommandId.explainTypes);
    await vscode.commands.executeCommand(CommandId.explainTypes);
    await waitFor('the explain tab', () => webviewTabs(ViewType.explain)[0]);
    assert.equal(webviewTabs(ViewType.explain).length, 1);
  });

  test('"Copy customer-safe summary" puts the summary on the clipboard', async () => {
    const api = await activateExtension();
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand(CommandId.explainTypes);
    const panel = await waitFor('the panel', () => api.explainPanel());
    await panel.receive({ type: 'copySummary' });
    const copied = await vscode.env.clipboard.readText();
    assert.notEqual(copied, 'before');
    assert.match(copied, /Type 2/);
    assert.doesNotMatch(copied, /certified|certification|compliant/i);
  });

  test('hostile or malformed messages from the page change nothing', async () => {
    const api = await activateExtension();
    await vscode.env.clipboard.writeText('untouched');
    await vscode.commands.executeCommand(CommandId.explainTypes);
    const panel = await waitFor('the panel', () => api.explainPanel());
    for (const message of [
      null,
      42,
      'copySummary',
      { type: 'copySummary', extra: 'x' },
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: '__proto__' },
      { type: 'insertSummary', text: '<script>' },
      JSON.parse('{"type":"copySummary","__proto__":{"polluted":true}}') as unknown,
    ]) {
      await panel.receive(message);
    }
    assert.equal(await vscode.env.clipboard.readText(), 'untouched');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(webviewTabs(ViewType.explain).length, 1);
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId, ViewType } from '../../../src/shared/ids';
import { activateExtension, closeAllEditors, sleep, waitFor, webviewTabs, workspaceFile } from './helpers';

type Outcome = { action: 'open' | 'insert' | 'copy'; topic: string } | undefined;

/**
 * Runs a look-up command that shows a QuickPick, then drives the picker with the workbench's own
 * commands (as the keyboard would) until the command finishes.
 */
async function pick(command: string, arg: unknown, keys: string[]): Promise<Outcome> {
  let done = false;
  const running = Promise.resolve(vscode.commands.executeCommand<Outcome>(command, arg)).finally(() => {
    done = true;
  });
  await sleep(400); // the picker opens and ranks the prefilled query
  for (const key of keys) {
    await vscode.commands.executeCommand(key);
    await sleep(150);
  }
  for (let i = 0; i < 40 && !done; i++) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(150);
  }
  return running;
}

suite('Look-ups from the palette', () => {
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('"cc 6.1" finds CC6.1 and Enter shows its explanation', async () => {
    const api = await activateExtension();
    const outcome = await pick(CommandId.lookupCriterion, { query: 'cc 6.1' }, []);
    assert.deepEqual(outcome, { action: 'open', topic: 'CC6.1' });
    await waitFor('the explain tab', () => webviewTabs(ViewType.explain)[0]);
    assert.equal(api.explainPanel()?.topic, 'CC6.1');
    assert.match(webviewTabs(ViewType.explain)[0]?.label ?? '', /CC6\.1/);
  });

  test('"access removal" finds the criterion about removing users', async () => {
    const outcome = await pick(CommandId.lookupCriterion, { query: 'access removal' }, []);
    assert.deepEqual(outcome, { action: 'open', topic: 'CC6.2' });
  });

  test('without a query, the catalog is listed in order and arrow keys move through it', async () => {
    const outcome = await pick(CommandId.lookupCriterion, undefined, ['workbench.action.quickOpenSelectNext']);
    assert.deepEqual(outcome, { action: 'open', topic: 'CC1.2' });
  });

  test('Escape closes the picker and does nothing', async () => {
    let done = false;
    const running = Promise.resolve(vscode.commands.executeCommand<Outcome>(CommandId.lookupCriterion)).finally(() => {
      done = true;
    });
    await sleep(400);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await waitFor('the command to finish', () => done);
    assert.equal(await running, undefined);
    assert.equal(webviewTabs(ViewType.explain).length, 0);
  });

  test('Explain a Term: "bridge letter" opens the bridge letter explanation', async () => {
    const api = await activateExtension();
    const outcome = await pick(CommandId.explainTerm, { query: 'bridge letter' }, []);
    assert.deepEqual(outcome, { action: 'open', topic: 'bridge-letter' });
    assert.equal(api.explainPanel()?.topic, 'bridge-letter');
  });

  test('Explain a Term lists Type 1 vs Type 2 first', async () => {
    const outcome = await pick(CommandId.explainTerm, undefined, []);
    assert.deepEqual(outcome, { action: 'open', topic: 'type1-vs-type2' });
  });

  test('a selected id in the editor starts the look-up on it', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Controls map to A1.2 and CC7.4.' });
    const editor = await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('CC7.4');
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 5));
    const outcome = await pick(CommandId.lookupCriterion, undefined, []);
    assert.deepEqual(outcome, { action: 'open', topic: 'CC7.4' });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an id that does not exist is refused with the reason', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand(CommandId.explainTypes);
    await waitFor('the panel', () => api.explainPanel());
    const result = await vscode.commands.executeCommand(CommandId.lookupCriterion, 'CC10.1');
    assert.equal(result, undefined);
    assert.equal(api.explainPanel()?.topic, 'type1-vs-type2', 'the panel still shows what it showed');
  });

  test('the Insert action of the panel puts the customer-safe text at the cursor of the editor it came from', async () => {
    const api = await activateExtension();
    // A file of its own, not an untitled document: a new untitled document may take the name (and,
    // while the earlier one is still being reverted, the buffer) of the previous test's.
    const uri = workspaceFile('lookup-insert.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Answer: \n'));
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 8, 0, 8);
    await vscode.commands.executeCommand(CommandId.lookupCriterion, 'CC6.1');
    const panel = await waitFor('the panel', () => (api.explainPanel()?.topic === 'CC6.1' ? api.explainPanel() : undefined));
    await panel.receive({ type: 'insertSummary' });
    const text = await waitFor('the inserted text', () => (document.getText().length > 20 ? document.getText() : undefined));
    assert.match(text, /^Answer: CC6\.1 \(logical access protections\) is one of the AICPA Trust Services Criteria/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });
});

suite('Sample questionnaire', () => {
  suiteTeardown(closeAllEditors);

  test('opens unsaved, in Markdown, and its misleading answer is flagged', async () => {
    await activateExtension();
    const uri = await vscode.commands.executeCommand<vscode.Uri>(CommandId.openSampleQuestionnaire);
    assert.ok(uri);
    assert.equal(uri.scheme, 'untitled');
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.languageId, 'markdown');
    assert.match(document?.getText() ?? '', /Do you have a current SOC 2 report\?/);
    const diagnostic = await waitFor('the claim diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Attest'));
    assert.equal(document?.getText(diagnostic.range), 'are SOC 2 certified');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

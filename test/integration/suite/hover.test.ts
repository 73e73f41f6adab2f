import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../../src/shared/ids';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

/** The text of every hover at a position (all providers), as Markdown source. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; ranges: vscode.Range[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const text = hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
  return { text, ranges: hovers.map((h) => h.range).filter((r): r is vscode.Range => r !== undefined) };
}

function positionOf(document: vscode.TextDocument, needle: string, into = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, needle);
  return document.positionAt(offset + into);
}

function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

suite('Hovers', () => {
  let document: vscode.TextDocument;
  suiteSetup(async () => {
    await activateExtension();
    document = await vscode.workspace.openTextDocument(workspaceFile('hover-terms.md'));
    await vscode.window.showTextDocument(document);
  });
  suiteTeardown(closeAllEditors);

  test('"bridge letter" explains what a bridge letter is, with a link to the full explanation', async () => {
    const { text, ranges } = await hoverText(document.uri, positionOf(document, 'bridge letter', 8));
    assert.match(text, /Bridge letter/);
    assert.match(text, /management/);
    assert.match(text, /no assurance from the auditor/);
    assert.match(text, /\[Open full explanation\]\(command:attest\.explainTerm\?/);
    assert.match(decodeURIComponent(text), /\["bridge-letter"\]/);
    assert.ok(ranges.some((r) => r.isEqual(rangeOf(document, 'bridge letter'))), 'the hover covers the whole term');
  });

  test('"CC6.1" shows the criterion', async () => {
    const { text, ranges } = await hoverText(document.uri, positionOf(document, 'CC6.1', 2));
    assert.match(text, /CC6\.1 · Logical access protections/);
    assert.match(text, /Security/);
    assert.match(text, /command:attest\.lookupCriterion\?/);
    assert.ok(ranges.some((r) => r.isEqual(rangeOf(document, 'CC6.1'))));
  });

  test('"CC10.1" says it does not exist', async () => {
    const { text } = await hoverText(document.uri, positionOf(document, 'CC10.1', 2));
    assert.match(text, /CC10\.1 is not a Trust Services Criterion/);
    assert.match(text, /does not exist/);
  });

  test('carve-out and CUEC have hovers; a plain line has none from Attest', async () => {
    assert.match((await hoverText(document.uri, positionOf(document, 'carved out', 3))).text, /Carve-out vs inclusive/);
    assert.match((await hoverText(document.uri, positionOf(document, 'CUECs', 2))).text, /complementary user entity controls/i);
    const plain = await hoverText(document.uri, positionOf(document, 'Nothing to explain', 3));
    assert.doesNotMatch(plain.text, /Open full explanation|Trust Services Criterion/);
  });

  test('files outside the questionnaire globs get no Attest hover', async () => {
    const json = await vscode.workspace.openTextDocument(workspaceFile('hover-terms.json'));
    const { text } = await hoverText(json.uri, positionOf(json, 'bridge letter', 3));
    assert.doesNotMatch(text, /Open full explanation/);
  });

  test('the hover link opens the full explanation', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand(CommandId.explainTerm, 'bridge-letter');
    await waitFor('the bridge letter explanation', () => api.explainPanel()?.topic === 'bridge-letter');
    await vscode.commands.executeCommand(CommandId.lookupCriterion, 'CC6.1');
    await waitFor('the CC6.1 explanation', () => api.explainPanel()?.topic === 'CC6.1');
  });
});

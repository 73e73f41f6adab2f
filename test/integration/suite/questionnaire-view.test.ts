// Issue 14 in the real extension host: the Questionnaire view follows the active questionnaire and
// its edits, its Go to action finds the question by its anchor after an edit above it, the coverage
// panel draws the same states, snippet prefix + Tab, and no claim finding on a prefix being typed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../../src/shared/ids';
import { activateExtension, closeAllEditors, sleep, waitFor, workspaceFile } from './helpers';

async function untitled(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document, { preview: false });
}

suite('Questionnaire view', () => {
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('shows the active questionnaire, follows an edit, and Go to finds the question by its text', async () => {
    const api = await activateExtension();
    const view = api.questionnaireView();
    assert.ok(view);
    const editor = await untitled('# Vendor review\n\n1. Do you have a SOC 2 report?\n\n2. Which CPA firm performed the examination?\n\n3. What is your favourite colour?\n');
    const shown = await waitFor('the view to read the questionnaire', async () => {
      const result = await view.refresh();
      return result && result.questions.length === 3 ? result : undefined;
    });
    assert.equal(view.snapshot().uri?.toString(), editor.document.uri.toString());
    assert.equal(shown.questions[2]?.state, 'not_recognized');
    assert.notEqual(shown.questions[0]?.state, 'not_recognized');
    const anchor = shown.questions[1]?.anchor;
    assert.ok(anchor);

    // A paragraph above every question: the line the view saw is now another line.
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'Intro paragraph.\n\nMore intro.\n\n'));
    const line = await vscode.commands.executeCommand<number | undefined>(CommandId.viewReveal, { uri: editor.document.uri.toString(), anchor });
    assert.equal(line, 8, 'the CPA firm question, found by its text on its new line');
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 8);

    // The view reads the edit after its pause.
    const after = await waitFor('the view to follow the edit', () => {
      const current = view.snapshot().view;
      return current?.questions[1]?.line === 8 ? current : undefined;
    });
    assert.equal(after.questions.length, 3);
  });

  test('the coverage panel draws every question with its state, and follows an edit', async () => {
    const api = await activateExtension();
    const preview = api.coveragePreview();
    assert.ok(preview);
    const document = await vscode.workspace.openTextDocument(workspaceFile('vendor-questionnaire.md'));
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand(CommandId.showCoverage, document.uri);
    const html = await waitFor('the coverage panel', () => {
      const snapshot = preview.snapshot();
      return snapshot.source?.toString() === document.uri.toString() && snapshot.html.includes('Coverage of vendor-questionnaire.md') ? snapshot.html : undefined;
    });
    assert.match(html, /data-question="0"/);
    assert.doesNotMatch(html, /href="(?!#")/);
    const questions = api.questionnaireView()?.snapshot().view?.questions.length ?? 0;
    assert.ok(questions > 0);
    assert.equal([...html.matchAll(/<li class="entry/g)].length >= questions, true, 'every question is listed');
  });
});

suite('Snippet prefix + Tab', () => {
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('attest.expandSnippet replaces a whole prefix before the cursor with the snippet', async () => {
    await activateExtension();
    const editor = await untitled('Answer: soc2-type2');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await sleep(100);
    const expanded = await vscode.commands.executeCommand<boolean>(CommandId.expandSnippet);
    assert.equal(expanded, true);
    const text = editor.document.getText();
    assert.match(text, /^Answer: Yes\. Our company has a SOC 2 Type 2 report covering/);
    assert.doesNotMatch(text, /soc2-type2/);
  });

  test('without a whole prefix before the cursor it is a plain Tab', async () => {
    await activateExtension();
    const editor = await untitled('soc2-typ');
    const end = editor.document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    const expanded = await vscode.commands.executeCommand<boolean>(CommandId.expandSnippet);
    assert.equal(expanded, false);
    assert.ok(editor.document.getText().startsWith('soc2-typ'));
  });
});

suite('No claim finding on a snippet prefix being typed', () => {
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('the prefix at the cursor is held back; once the cursor leaves it, it is flagged', async () => {
    const api = await activateExtension();
    const editor = await untitled('Our report.\n\nsoc2-ty');
    const end = editor.document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await sleep(600);
    const attest = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Attest');
    assert.equal(attest().length, 0, 'nothing while the prefix is typed');
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
    await waitFor('the finding once the cursor left', () => (attest().length > 0 ? true : undefined));
    assert.ok(api);
  });
});

/**
 * Snippet prefix + Tab in Markdown and plain text, as the README says. VS Code's own snippets need
 * the suggest widget there (Markdown turns quick suggestions off, and `editor.tabCompletion` is off by
 * default), so Tab would insert spaces. Attest keeps a context key, `attest.snippetPrefixAtCursor`,
 * true while a whole prefix of its own snippets ends at the cursor; a Tab keybinding guarded by it
 * (package.json) runs attest.expandSnippet, which inserts the snippet with its tab stops. With the
 * key false, Tab is untouched; if the text changed in between, the command falls back to a plain Tab.
 */
import * as vscode from 'vscode';
import { parseSnippets, prefixBeforeCursor, type SnippetDefinition } from './snippetPrefixRules';

export const SNIPPET_PREFIX_CONTEXT = 'attest.snippetPrefixAtCursor';
const LANGUAGES = new Set(['markdown', 'plaintext']);

let loaded: SnippetDefinition[] = [];
let loading: Promise<SnippetDefinition[]> | undefined;

/** The snippets contributed in package.json, read once from the extension's snippets file. */
export function loadSnippets(extensionUri: vscode.Uri): Promise<SnippetDefinition[]> {
  loading ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'questionnaire.code-snippets'))).then(
    (bytes) => (loaded = parseSnippets(new TextDecoder().decode(bytes))),
    () => (loaded = []),
  );
  return loading;
}

/** The prefixes known so far (empty until the file is read, a few milliseconds after activation). */
export function snippetPrefixes(): string[] {
  return loaded.map((s) => s.prefix);
}

function prefixAt(editor: vscode.TextEditor): ReturnType<typeof prefixBeforeCursor> {
  if (!LANGUAGES.has(editor.document.languageId) || editor.selections.length !== 1 || !editor.selection.isEmpty) {
    return undefined;
  }
  const position = editor.selection.active;
  return prefixBeforeCursor(editor.document.lineAt(position.line).text, position.character, loaded);
}

export class SnippetTab implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private current = false;

  constructor(extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((event) => this.update(event.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.update(editor)),
    );
    void loadSnippets(extensionUri).then(() => this.update(vscode.window.activeTextEditor));
  }

  private update(editor: vscode.TextEditor | undefined): void {
    const value = editor !== undefined && editor === vscode.window.activeTextEditor && prefixAt(editor) !== undefined;
    if (value !== this.current) {
      this.current = value;
      void vscode.commands.executeCommand('setContext', SNIPPET_PREFIX_CONTEXT, value);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** attest.expandSnippet: the Tab key on a snippet prefix. */
export async function expandSnippet(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const found = editor ? prefixAt(editor) : undefined;
  if (!editor || !found) {
    await vscode.commands.executeCommand('tab');
    return false;
  }
  const position = editor.selection.active;
  const range = new vscode.Range(position.line, found.start, position.line, position.character);
  return editor.insertSnippet(new vscode.SnippetString(found.snippet.body), range);
}

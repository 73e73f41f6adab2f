/**
 * The import report as a read-only virtual Markdown document (`attest-import:`), opened beside the
 * questionnaire: no "Save?" prompt when it closes. The provider is registered on first use (this
 * module is part of a lazily loaded bundle) and disposed with the extension.
 */
import * as vscode from 'vscode';

const SCHEME = 'attest-import';

class ImportReports implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }

  async show(source: vscode.Uri, markdown: string): Promise<vscode.Uri> {
    const name = source.path.split('/').pop() ?? 'questionnaire';
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/Import from ${name}.md`, query: source.toString() });
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    this.reports.set(uri.toString(), markdown);
    if (open !== undefined && open.getText() !== markdown) {
      // An open report takes its new text asynchronously: wait for it, so callers read the new one.
      const updated = new Promise<void>((resolve) => {
        const timer = setTimeout(done, 2_000);
        const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
          if (event.document === open && open.getText() === markdown) {
            done();
          }
        });
        function done(): void {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        }
      });
      this.changed.fire(uri);
      await updated;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') {
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    }
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

let reports: ImportReports | undefined;

/** Opens (or refreshes) the report of an import from `source` beside the active editor. */
export async function showImportReport(context: vscode.ExtensionContext, source: vscode.Uri, markdown: string): Promise<vscode.Uri> {
  if (reports === undefined) {
    const created = new ImportReports();
    context.subscriptions.push(created, vscode.workspace.registerTextDocumentContentProvider(SCHEME, created));
    reports = created;
  }
  return reports.show(source, markdown);
}

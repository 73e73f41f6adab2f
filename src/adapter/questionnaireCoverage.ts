/**
 * Coverage reports as read-only virtual Markdown documents (`attest-coverage:`): no "Save?" prompt
 * when they close, and they can be opened beside the questionnaire or in the Markdown preview.
 * Each `[line N][LN]` reference link opens the questionnaire at that line (a `#L<n>` fragment, which
 * the editor's link opener turns into a selection); a link provider makes those links work without relying on
 * the Markdown extension.
 */
import * as vscode from 'vscode';
import { ENTRY_LINK, LINK_DEFINITION } from '../domain/engine/coverage';

export const COVERAGE_SCHEME = 'attest-coverage';

export class CoverageReports implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registrations: vscode.Disposable[];

  constructor() {
    this.registrations = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(COVERAGE_SCHEME, this),
      vscode.languages.registerDocumentLinkProvider({ scheme: COVERAGE_SCHEME }, this),
    ];
  }

  /** The report's address for a questionnaire: one report per questionnaire, replaced on each fill. */
  uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'questionnaire';
    return vscode.Uri.from({ scheme: COVERAGE_SCHEME, path: `/Coverage of ${name}.md`, query: source.toString() });
  }

  /** Stores the Markdown and opens it beside the questionnaire, keeping focus where it was. */
  async show(source: vscode.Uri, markdown: string): Promise<vscode.TextDocument> {
    const uri = this.uriFor(source);
    this.reports.set(uri.toString(), markdown);
    await this.refreshOpen(uri, markdown);
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'markdown') {
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    }
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return document;
  }

  /** An open report takes its new text asynchronously: wait for it, so callers read the new report. */
  private async refreshOpen(uri: vscode.Uri, markdown: string): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!open || open.getText() === markdown) {
      this.changed.fire(uri);
      return;
    }
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      };
      const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === open && open.getText() === markdown) {
          done();
        }
      });
      const timer = setTimeout(done, 3000);
      this.changed.fire(uri);
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '# Coverage report\n\nThis report belongs to an earlier session. Run **Attest: Fill Questionnaire** again to see it.\n';
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const targets = new Map<string, vscode.Uri>();
    for (let line = 0; line < document.lineCount; line++) {
      const definition = LINK_DEFINITION.exec(document.lineAt(line).text);
      if (definition?.[1] && definition[2]) {
        try {
          targets.set(definition[1], vscode.Uri.parse(definition[2], true));
        } catch {
          // not a URI we wrote: no link
        }
      }
    }
    const links: vscode.DocumentLink[] = [];
    for (let line = 0; line < document.lineCount; line++) {
      for (const match of document.lineAt(line).text.matchAll(ENTRY_LINK)) {
        const [, label = '', reference = ''] = match;
        const target = targets.get(reference);
        if (target) {
          const start = (match.index ?? 0) + 1;
          const link = new vscode.DocumentLink(new vscode.Range(line, start, line, start + label.length), target);
          link.tooltip = 'Go to the question';
          links.push(link);
        }
      }
    }
    return links;
  }

  dispose(): void {
    this.registrations.forEach((d) => d.dispose());
  }
}

const instances = new WeakMap<vscode.ExtensionContext, CoverageReports>();

/** One report store per activation, created (and registered) on first use. */
export function coverageReports(context: vscode.ExtensionContext): CoverageReports {
  let reports = instances.get(context);
  if (!reports) {
    reports = new CoverageReports();
    instances.set(context, reports);
    context.subscriptions.push(reports);
  }
  return reports;
}

/**
 * "Attest: Show Coverage of This Questionnaire": the view's coverage summary as a rendered
 * Markdown preview (a read-only virtual document, `attest-coverage-view:`, shown with the built-in
 * `markdown.showPreview`, not as raw source). It is written again whenever the view reads the
 * document again (each edit, fill, profile or settings change), so its links (`#L<n>` of the
 * question's line now) always land on the question.
 */
import * as vscode from 'vscode';
import { coverageMarkdown } from './coverageMarkdown';
import type { QuestionnaireViewProvider } from './questionnaireView';

export const COVERAGE_VIEW_SCHEME = 'attest-coverage-view';

export class CoveragePreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly texts = new Map<string, string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly view: QuestionnaireViewProvider) {
    this.disposables = [this.changed, vscode.workspace.registerTextDocumentContentProvider(COVERAGE_VIEW_SCHEME, this), view.onDidUpdate(() => this.update())];
  }

  /** The report's address for a questionnaire: `Coverage of vendor.md` (no second `.md` in the title). */
  uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'questionnaire';
    return vscode.Uri.from({ scheme: COVERAGE_VIEW_SCHEME, path: `/Coverage of ${name}`, query: source.toString() });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '# Coverage\n\nOpen the questionnaire to see its coverage.';
  }

  /** The Markdown now shown for a questionnaire (tests read it). */
  markdownFor(source: vscode.Uri): string | undefined {
    return this.texts.get(this.uriFor(source).toString());
  }

  private update(): void {
    const { uri, view } = this.view.snapshot();
    if (!uri || !view) {
      return;
    }
    const name = uri.path.split('/').pop() ?? uri.path;
    const markdown = coverageMarkdown(name, view, (question) => uri.with({ fragment: `L${question.line + 1}` }).toString());
    const report = this.uriFor(uri);
    if (this.texts.get(report.toString()) !== markdown) {
      this.texts.set(report.toString(), markdown);
      this.changed.fire(report);
    }
  }

  /** Opens the rendered preview beside the questionnaire. */
  async show(source: vscode.Uri): Promise<vscode.Uri> {
    const active = vscode.window.activeTextEditor;
    if (active?.document.uri.toString() !== source.toString()) {
      await vscode.window.showTextDocument(source, { preserveFocus: false });
    }
    await this.view.refresh();
    this.update();
    const report = this.uriFor(source);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
    return report;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

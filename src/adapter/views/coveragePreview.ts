/**
 * "Attest: Show Coverage of This Questionnaire": the view's coverage summary, rendered in a
 * webview panel beside the questionnaire (not raw Markdown source). It is drawn again whenever the
 * view reads the document again (each edit, fill, profile or settings change). A click on a
 * question finds it by its anchor (text, section, id) in the document as it is then, never by a
 * line number captured when the summary was drawn.
 *
 * The page: CSP `default-src 'none'`, styles from media/ only, one inline script allowed by nonce
 * that posts `{ type: 'reveal', question: <n> }` or `{ type: 'newEntry', question: <n> }` (a question
 * left for a person gets "New library entry…"); the host accepts only those shapes.
 */
import * as vscode from 'vscode';
import { CommandId } from '../../shared/ids';
import { buildWebviewHtml } from '../panels/html';
import { asWebviewUris, createNonce, webviewOptions } from '../panels/webviewBasics';
import { coverageHtml } from './coverageHtml';
import type { QuestionAnchor } from '../../domain/questionnaire/anchor';
import type { QuestionnaireView } from './questionnaireModel';
import type { QuestionnaireViewProvider, QuestionRef } from './questionnaireView';

export const COVERAGE_VIEW_TYPE = 'attest.coverage';

const SCRIPT = `const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const entry = target ? target.closest('a[data-new-entry]') : null;
  if (entry) {
    event.preventDefault();
    vscode.postMessage({ type: 'newEntry', question: Number(entry.getAttribute('data-new-entry')) });
    return;
  }
  const link = target ? target.closest('a[data-question]') : null;
  if (link) {
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', question: Number(link.getAttribute('data-question')) });
  }
});`;

export class CoveragePreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private source: vscode.Uri | undefined;
  /** The anchors of the questions as last drawn, by their index in that drawing. */
  private anchors = new Map<number, QuestionAnchor>();
  private html = '';
  private readonly disposables: vscode.Disposable[];
  private readonly revealed = new vscode.EventEmitter<QuestionRef>();
  /** Fires when a question link was clicked (tests). */
  readonly onDidReveal = this.revealed.event;

  constructor(
    private readonly view: QuestionnaireViewProvider,
    private readonly extensionUri: vscode.Uri,
    private readonly reveal: (ref: QuestionRef) => Promise<unknown>,
  ) {
    this.disposables = [this.revealed, view.onDidUpdate(() => this.update())];
  }

  /** The body last drawn (tests read it), and for which questionnaire. */
  snapshot(): { source: vscode.Uri | undefined; html: string; visible: boolean } {
    return { source: this.source, html: this.html, visible: this.panel?.visible === true };
  }

  private update(): void {
    const { uri, view } = this.view.snapshot();
    if (!this.panel || !uri || !view || uri.toString() !== this.source?.toString()) {
      return;
    }
    this.draw(uri, view);
  }

  private draw(uri: vscode.Uri, view: QuestionnaireView): void {
    if (!this.panel) {
      return;
    }
    const name = uri.path.split('/').pop() ?? uri.path;
    this.anchors = new Map(view.questions.map((q) => [q.index, q.anchor]));
    const body = coverageHtml(name, view);
    if (body === this.html) {
      return;
    }
    this.html = body;
    this.panel.title = `Coverage of ${name}`;
    const nonce = createNonce();
    const webview = this.panel.webview;
    const page = buildWebviewHtml({ cspSource: webview.cspSource, nonce, title: `Coverage of ${name}`, scriptUris: [], styleUris: asWebviewUris(webview, this.extensionUri, ['media', 'attest.css'], ['media', 'coverage.css']), bodyHtml: body });
    webview.html = page.replace('</body>', `<script nonce="${nonce}">${SCRIPT}</script>\n  </body>`);
  }

  /** Opens (or retargets) the panel beside the questionnaire. */
  async show(source: vscode.Uri): Promise<void> {
    const active = vscode.window.activeTextEditor;
    if (active?.document.uri.toString() !== source.toString()) {
      await vscode.window.showTextDocument(source, { preserveFocus: false });
    }
    const view = await this.view.refresh();
    this.source = source;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(COVERAGE_VIEW_TYPE, 'Coverage', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...webviewOptions(this.extensionUri), enableFindWidget: true });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.html = '';
      });
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message));
    } else {
      this.panel.reveal(undefined, true);
    }
    this.html = '';
    if (view) {
      this.draw(source, view);
    }
  }

  private async receive(message: unknown): Promise<void> {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type !== 'reveal' && type !== 'newEntry') {
      return;
    }
    const index = (message as { question?: unknown }).question;
    const anchor = typeof index === 'number' ? this.anchors.get(index) : undefined;
    if (!anchor || !this.source) {
      return;
    }
    if (type === 'newEntry') {
      // The question's own words (from the anchor, not the page) seed the entry, in this folder's library.
      await vscode.commands.executeCommand(CommandId.newLibraryEntry, { question: anchor.question, folder: this.source });
      return;
    }
    const ref = { uri: this.source, anchor };
    this.revealed.fire(ref);
    await this.reveal(ref);
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

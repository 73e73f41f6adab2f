import * as vscode from 'vscode';
import { ExplainState, ExplainToHost, type HostToExplain } from '../../shared/protocol';
import { ViewType } from '../../shared/ids';
import { loadMarkdown } from '../lazy/markdown';
import type { Logger } from '../logger';
import { buildWebviewHtml, escapeText } from './html';
import { asWebviewUris, captureOrigin, createNonce, insertAtOrigin, webviewOptions, type EditorOrigin } from './webviewBasics';

/** Something the panel can explain: a glossary entry, Type 1 vs Type 2, or a criterion. */
export interface ExplainTopic {
  key: string;
  title: string;
  markdown: string;
  /** One paragraph a writer can paste into a customer's questionnaire. */
  customerSafe: string;
}

export interface ExplainPanelDeps {
  extensionUri: vscode.Uri;
  logger: Logger;
  resolveTopic(key: string): Promise<ExplainTopic | undefined>;
}

/** One reusable panel that renders explanations with "Copy" and "Insert" actions. */
export class ExplainPanel implements vscode.Disposable {
  private static current: ExplainPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private topic: ExplainTopic;
  private origin: EditorOrigin | undefined;

  static show(deps: ExplainPanelDeps, topic: ExplainTopic): ExplainPanel {
    const origin = captureOrigin(vscode.window.activeTextEditor);
    if (ExplainPanel.current) {
      ExplainPanel.current.origin = origin ?? ExplainPanel.current.origin;
      ExplainPanel.current.render(topic);
      ExplainPanel.current.panel.reveal(undefined, false);
      return ExplainPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(ViewType.explain, topic.title, vscode.ViewColumn.Beside, webviewOptions(deps.extensionUri));
    ExplainPanel.current = new ExplainPanel(panel, deps, topic, origin);
    return ExplainPanel.current;
  }

  /** Restores a panel after a window reload from the state its page saved. */
  static async revive(panel: vscode.WebviewPanel, deps: ExplainPanelDeps, state: unknown): Promise<void> {
    panel.webview.options = webviewOptions(deps.extensionUri);
    const parsed = ExplainState.safeParse(state);
    const topic = (parsed.success ? await deps.resolveTopic(parsed.data.topic) : undefined) ?? (await deps.resolveTopic('type1-vs-type2'));
    if (!topic) {
      panel.dispose();
      return;
    }
    ExplainPanel.current?.dispose();
    ExplainPanel.current = new ExplainPanel(panel, deps, topic, undefined);
  }

  static get active(): ExplainPanel | undefined {
    return ExplainPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: ExplainPanelDeps,
    topic: ExplainTopic,
    origin: EditorOrigin | undefined,
  ) {
    this.topic = topic;
    this.origin = origin;
    this.panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'attest.svg');
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
    );
    this.render(topic);
  }

  get topicKey(): string {
    return this.topic.key;
  }

  /** Entry point for every message from the page; also used by tests to send hostile input. */
  async receive(message: unknown): Promise<void> {
    const parsed = ExplainToHost.safeParse(message);
    if (!parsed.success) {
      this.deps.logger.warn(`Explain panel: dropped an invalid message: ${JSON.stringify(message)?.slice(0, 200) ?? String(message)}`);
      return;
    }
    switch (parsed.data.type) {
      case 'ready':
        return;
      case 'copySummary':
        await vscode.env.clipboard.writeText(this.topic.customerSafe);
        await this.post({ type: 'status', text: 'Customer-safe summary copied to the clipboard.' });
        return;
      case 'insertSummary': {
        if (!this.origin) {
          await this.post({ type: 'status', text: 'Open a document and place the cursor where the summary should go, then try again.' });
          return;
        }
        const outcome = await insertAtOrigin(this.origin, this.topic.customerSafe);
        await this.post({ type: 'status', text: outcome.message });
        return;
      }
    }
  }

  private async post(message: HostToExplain): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  /** Sets the title at once and the page when the Markdown renderer has loaded (the last topic shown wins). */
  private render(topic: ExplainTopic): void {
    this.topic = topic;
    this.panel.title = topic.title;
    void loadMarkdown().then(
      ({ renderMarkdown }) => {
        if (this.topic === topic) {
          this.renderPage(topic, renderMarkdown(topic.markdown));
        }
      },
      (error: unknown) => this.deps.logger.error(`Explain panel: the Markdown renderer did not load: ${String(error)}`),
    );
  }

  private renderPage(topic: ExplainTopic, articleHtml: string): void {
    const webview = this.panel.webview;
    const nonce = createNonce();
    const [script] = asWebviewUris(webview, this.deps.extensionUri, ['dist', 'webview', 'explain.js']);
    const [style] = asWebviewUris(webview, this.deps.extensionUri, ['media', 'attest.css']);
    const body = `
    <main class="explain" aria-labelledby="explain-title">
      <div class="toolbar" role="toolbar" aria-label="Actions">
        <button id="copy-summary" type="button">Copy customer-safe summary</button>
        <button id="insert-summary" type="button" class="secondary">Insert into editor</button>
        <span id="status" role="status" aria-live="polite"></span>
      </div>
      <article class="markdown-body" id="explain-title-container">${articleHtml}</article>
      <section class="customer-safe" aria-labelledby="customer-safe-heading">
        <h2 id="customer-safe-heading">Customer-safe summary</h2>
        <blockquote id="customer-safe">${escapeText(topic.customerSafe)}</blockquote>
      </section>
    </main>`;
    webview.html = buildWebviewHtml({
      cspSource: webview.cspSource,
      nonce,
      title: topic.title,
      scriptUris: script ? [script] : [],
      styleUris: style ? [style] : [],
      bodyHtml: body,
      bodyAttributes: { 'data-topic': topic.key },
    });
  }

  dispose(): void {
    if (ExplainPanel.current === this) {
      ExplainPanel.current = undefined;
    }
    this.panel.dispose();
    while (this.disposables.length > 0) {
      this.disposables.pop()?.dispose();
    }
  }
}

import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { Profile } from '../../domain/profile/schema';
import { formFromProfile } from '../../domain/wizard/mapping';
import { INTENT_LABELS } from '../../domain/intents';
import type { PreviewTarget } from '../../domain/wizard/preview';
import { ViewType } from '../../shared/ids';
import { HostToWizard, WizardToHost, WizardUiState, type WizardForm, type WizardPreview } from '../../shared/wizardProtocol';
import { getSettings } from '../config';
import { loadWizardPage } from '../lazy/wizardPage';
import { loadWizardPreview } from '../lazy/wizardPreview';
import { targetAt } from '../questionTarget';
import type { Services } from '../services';
import { describeOrigin, focusOrigin, insertAnswerAt, type WizardOrigin } from './wizardInsert';
import { saveWizardToProfile, type SaveOutcome } from './wizardSave';
import { asWebviewUris, createNonce, webviewOptions } from './webviewBasics';

export type WizardDeps = Pick<Services, 'extensionUri' | 'logger' | 'clock' | 'profiles'>;

/**
 * What a panel reports as it runs, for whoever watches (the test API's observer; the product
 * attaches none). The panel itself keeps no timings, logs or counters.
 */
export interface WizardPanelObserver {
  /** A panel was created; `startedAt` is performance.now() when the command (or the reload) began. */
  opened?(panel: WizardPanel, startedAt: number): void;
  /** Its HTML is set (the page starts loading). */
  pageSet?(panel: WizardPanel): void;
  /** The command brought the open panel to a question again. */
  retargeted?(panel: WizardPanel, startedAt: number): void;
  /** A message from the page, as parsed; undefined when it was off the protocol and dropped. */
  received?(panel: WizardPanel, message: WizardToHost | undefined): void;
  /** A message the host posted to the page. */
  posted?(panel: WizardPanel, message: HostToWizard): void;
}

/** Lets the webview's guard reject without logging a whole hostile payload. */
function describe(message: unknown): string {
  try {
    return (JSON.stringify(message) ?? String(message)).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(message);
  }
}

/** The SOC 2 follow-up wizard: one panel, reused; the form lives in the page, the facts on the host. */
export class WizardPanel implements vscode.Disposable {
  private static current: WizardPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private disposed = false;
  private origin: WizardOrigin | undefined;
  private static observer: WizardPanelObserver | undefined;
  /** The save in progress (or settled); the next save starts after it. */
  private saveQueue: Promise<void> = Promise.resolve();
  private pendingSaves = 0;
  /** What the answer addresses: the origin question's intent (soc2.status unless it is another SOC 2 question). */
  private target: PreviewTarget = {};

  /** Opens the wizard (or brings it forward) for a question; `commandStart` is performance.now() when the command began. */
  static show(deps: WizardDeps, origin: WizardOrigin | undefined, commandStart: number): WizardPanel {
    const existing = WizardPanel.current;
    if (existing) {
      existing.origin = origin ?? existing.origin;
      if (existing.ready) {
        WizardPanel.observer?.retargeted?.(existing, commandStart);
      }
      existing.panel.reveal(undefined, false);
      void existing.sendInit(false);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(ViewType.wizard, 'SOC 2 follow-ups', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(deps.extensionUri));
    WizardPanel.current = new WizardPanel(panel, deps, origin, commandStart);
    return WizardPanel.current;
  }

  /** After a window reload: the page restores its draft from setState; the host re-sends the facts after `ready`. */
  static revive(panel: vscode.WebviewPanel, deps: WizardDeps, state: unknown): void {
    panel.webview.options = webviewOptions(deps.extensionUri);
    if (state !== undefined && !WizardUiState.safeParse(state).success) {
      deps.logger.warn('Wizard: the saved page state did not validate; starting from the profile.');
    }
    WizardPanel.current?.dispose();
    WizardPanel.current = new WizardPanel(panel, deps, undefined, performance.now());
  }

  static get active(): WizardPanel | undefined {
    return WizardPanel.current;
  }

  /** Watches every panel opened from now on (one observer at a time; the test API's). */
  static observe(observer: WizardPanelObserver): vscode.Disposable {
    WizardPanel.observer = observer;
    return new vscode.Disposable(() => {
      if (WizardPanel.observer === observer) {
        WizardPanel.observer = undefined;
      }
    });
  }

  /** The page has said `ready` (the host may post). */
  get isReady(): boolean {
    return this.ready;
  }

  /** Where the answer goes: the question the wizard was opened on, once known. */
  get questionOrigin(): WizardOrigin | undefined {
    return this.origin;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: WizardDeps,
    origin: WizardOrigin | undefined,
    commandStart: number,
  ) {
    this.origin = origin;
    this.panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'attest.svg');
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      // The facts changed (saved here or edited by hand): re-send them; the page keeps a dirty draft.
      deps.profiles.onDidChange(() => {
        if (this.ready) {
          void this.sendInit(false);
        }
      }),
    );
    WizardPanel.observer?.opened?.(this, commandStart);
    void this.render().then(
      () => {
        if (!this.disposed) {
          WizardPanel.observer?.pageSet?.(this);
        }
      },
      (error: unknown) => this.deps.logger.error(`Wizard: the page could not be built: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
  }

  /** Entry point for every message from the page; tests use it to send hostile input. */
  async receive(message: unknown): Promise<void> {
    const parsed = WizardToHost.safeParse(message);
    WizardPanel.observer?.received?.(this, parsed.success ? parsed.data : undefined);
    if (!parsed.success) {
      this.deps.logger.warn(`Wizard: dropped an invalid message from the page: ${describe(message)}`);
      return;
    }
    const data = parsed.data;
    switch (data.type) {
      case 'ready':
        this.ready = true;
        await this.sendInit(false);
        return;
      case 'update':
        await this.post({ type: 'preview', preview: await this.preview(data.form, data.seq) });
        return;
      case 'insert':
        await this.insert(data.form, data.length);
        return;
      case 'copy': {
        const text = (await this.preview(data.form, 0)).answers[data.length];
        if (text === '') {
          await this.status('Choose an answer to "Do you have a SOC 2 report?" first.', 'error');
          return;
        }
        await vscode.env.clipboard.writeText(text);
        await this.status('Answer copied to the clipboard.', 'info');
        return;
      }
      case 'save':
        await this.save(data.form);
        return;
      case 'reset':
        await this.sendInit(true);
        await this.status('Reset to what the profile says.', 'info');
        return;
      case 'focusEditor': {
        const origin = this.resolveOrigin();
        if (origin) {
          await focusOrigin(origin);
        }
        return;
      }
    }
  }

  private base(): { profile?: Profile; exists: boolean; problems: number; path: string } {
    const loaded = this.deps.profiles.get(this.origin?.uri);
    const folder = (this.origin ? vscode.workspace.getWorkspaceFolder(this.origin.uri) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
    const path = getSettings(folder).profilePath;
    if (loaded === undefined) {
      return { exists: false, problems: 0, path };
    }
    return { ...(loaded.profile ? { profile: loaded.profile } : {}), exists: true, problems: loaded.errors.length, path };
  }

  private async preview(form: WizardForm, seq: number): Promise<WizardPreview> {
    const { wizardPreview } = await loadWizardPreview();
    return wizardPreview(this.base().profile, form, this.deps.clock.today(), seq, this.target);
  }

  /** The questionnaire to write into: where the wizard was opened, else the editor beside it. */
  private resolveOrigin(): WizardOrigin | undefined {
    if (this.origin) {
      return this.origin;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'file' || e.document.uri.scheme === 'untitled' || e.document.uri.scheme === 'vscode-remote');
    if (editor) {
      const line = editor.selection.active.line;
      this.origin = { uri: editor.document.uri, line, target: targetAt(editor.document, line), ...(editor.viewColumn === undefined ? {} : { viewColumn: editor.viewColumn }) };
    }
    return this.origin;
  }

  private async insert(form: WizardForm, length: 'yesno' | 'sentence' | 'paragraph'): Promise<void> {
    const text = (await this.preview(form, 0)).answers[length];
    if (text === '') {
      await this.status('Choose an answer to "Do you have a SOC 2 report?" first.', 'error');
      return;
    }
    const origin = this.resolveOrigin();
    if (!origin) {
      await this.status('No questionnaire is open: open one, put the cursor on the question and run the command again, or use Copy.', 'error');
      return;
    }
    const outcome = await insertAnswerAt(origin, text);
    await this.status(outcome.message, outcome.ok ? 'info' : 'error');
  }

  /**
   * Saves run one after another, in the order the writer clicked: each edit is computed on the
   * text the previous one left (two at once would both edit the same text and one would be lost).
   */
  private save(form: WizardForm): Promise<void> {
    this.pendingSaves++;
    const run = this.saveQueue.then(() => this.saveNow(form)).finally(() => this.pendingSaves--);
    this.saveQueue = run.catch(() => undefined);
    return run;
  }

  private async saveNow(form: WizardForm): Promise<void> {
    let outcome: SaveOutcome;
    try {
      outcome = await saveWizardToProfile(this.deps.profiles, this.origin?.uri, form, this.deps.clock.today());
    } catch (error) {
      // The status must never keep saying "saved" after a save that failed.
      this.deps.logger.error(`Wizard: saving to the profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      outcome = { ok: false, message: `Not saved: ${error instanceof Error ? error.message : String(error)}` };
    }
    // Only the last queued save resets the form: an earlier one would replace what the writer sent next.
    if (outcome.ok && outcome.saved && this.pendingSaves === 1) {
      await this.sendInit(true, outcome.saved);
    }
    await this.status(outcome.message, outcome.ok ? 'info' : 'error');
  }

  private async sendInit(replaceDraft: boolean, saved?: Profile): Promise<void> {
    if (!this.ready) {
      return;
    }
    const base = this.base();
    const profile = saved ?? base.profile;
    const origin = this.resolveOrigin();
    const [question, { wizardIntent }] = await Promise.all([origin ? describeOrigin(origin) : undefined, loadWizardPreview()]);
    const intent = wizardIntent(question?.intent);
    this.target = { intent, ...(question === undefined ? {} : { question: question.text }) };
    const target =
      question === undefined
        ? null
        : { question: question.question, file: question.file, topic: INTENT_LABELS[intent], recognized: question.intent !== undefined && question.intent === intent };
    await this.post({
      type: 'init',
      form: formFromProfile(profile, this.deps.clock.today()),
      replaceDraft,
      profile: { exists: saved !== undefined || base.exists, path: base.path, problems: saved !== undefined ? 0 : base.problems },
      target,
      defaultLength: getSettings(origin?.uri).defaultAnswerLength,
      today: this.deps.clock.today(),
    });
  }

  private async status(text: string, kind: 'info' | 'error'): Promise<void> {
    await this.post({ type: 'status', text, kind });
  }

  /** Every outbound message is checked too: the page would drop anything off-protocol. */
  private async post(message: HostToWizard): Promise<void> {
    const checked = HostToWizard.safeParse(message);
    if (!checked.success) {
      this.deps.logger.error(`Wizard: not posting an off-protocol ${message.type} message: ${checked.error.issues[0]?.message ?? ''}`);
      return;
    }
    WizardPanel.observer?.posted?.(this, checked.data);
    await this.panel.webview.postMessage(checked.data);
  }

  private async render(): Promise<void> {
    const { buildWizardHtml } = await loadWizardPage();
    if (this.disposed) {
      return; // closed while the page's part was loading
    }
    const webview = this.panel.webview;
    const [script] = asWebviewUris(webview, this.deps.extensionUri, ['dist', 'webview', 'wizard.js']);
    const styles = asWebviewUris(webview, this.deps.extensionUri, ['media', 'attest.css'], ['media', 'wizard.css']);
    webview.html = buildWizardHtml({
      cspSource: webview.cspSource,
      scriptNonce: createNonce(),
      // A separate value: the style nonce is published in a meta tag for the toolkit; the script nonce never is.
      styleNonce: randomBytes(16).toString('base64'),
      scriptUri: script ?? '',
      styleUris: styles,
    });
  }

  dispose(): void {
    this.disposed = true;
    if (WizardPanel.current === this) {
      WizardPanel.current = undefined;
    }
    this.panel.dispose();
    while (this.disposables.length > 0) {
      this.disposables.pop()?.dispose();
    }
  }
}

/**
 * Claim diagnostics: squiggles on wording that would mislead a customer about SOC 2 ("SOC 2
 * certified", "SSAE 16", a Type 1 said to prove operating effectiveness, a stale period…) in the
 * questionnaire documents the settings select. Checks are debounced while typing, re-run when
 * the profile, the settings or "today" change, and never hold the extension host for long: big
 * documents are checked in slices, and only the paragraphs that changed are checked again.
 */
import * as vscode from 'vscode';
import type { Finding, Severity } from '../../domain/claims';
import type { Profile } from '../../domain/profile/schema';
import { RULE_TOPICS } from '../../domain/catalog/ruleTopics';
import { CommandId } from '../../shared/ids';
import { getSettings, onDidChangeSettings } from '../config';
import type { Services } from '../services';
import { SegmentedClaimChecker } from './claimSegments';
import { isPrefixBeingTyped } from './snippetPrefixRules';
import { snippetPrefixes } from './snippetTab';

export const DIAGNOSTIC_SOURCE = 'Attest';
export const TYPING_DELAY_MS = 300;
/** VS Code stops syncing documents to extensions far above this; a questionnaire never gets near it. */
const MAX_CHECKED_LENGTH = 5_000_000;
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);
const UNTITLED_LANGUAGES = new Set(['markdown', 'plaintext']);

/** Where the claim code actions and hovers are offered; each then checks the settings' globs. */
export const QUESTIONNAIRE_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'vscode-remote' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
];

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

interface DocumentState {
  checker: SegmentedClaimChecker;
  /** The options the checker was made for: the profile's content and today. */
  profileKey: string;
  today: string;
  /** The findings for `version`, once a run has finished. */
  version?: number;
  findings: Finding[];
  /** The check under way, shared by the diagnostics run and code-action requests. */
  pending?: { version: number; promise: Promise<Finding[] | undefined> };
  timer?: ReturnType<typeof setTimeout>;
  run: number;
}

/** A link from a diagnostic's code to the explanation of why the wording is wrong. */
function explanationUri(topicKey: string): vscode.Uri {
  return vscode.Uri.parse(`command:${CommandId.explainTerm}?${encodeURIComponent(JSON.stringify([topicKey]))}`);
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.offset + finding.length));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: explanationUri(RULE_TOPICS[finding.rule]) };
  return diagnostic;
}

/**
 * A questionnaire document, as the settings define it: a file matching `diagnostics.include` and
 * not `diagnostics.exclude`, or an untitled Markdown or plain-text document.
 */
export function isQuestionnaireDocument(document: vscode.TextDocument): boolean {
  if (!CHECKED_SCHEMES.has(document.uri.scheme)) {
    return false;
  }
  if (document.uri.scheme === 'untitled') {
    return UNTITLED_LANGUAGES.has(document.languageId);
  }
  const settings = getSettings(document.uri);
  const matches = (globs: readonly string[]): boolean => globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  return matches(settings['diagnostics.include']) && !matches(settings['diagnostics.exclude']);
}

/**
 * The offsets of the cursors (in visible editors of the document) that end a word some snippet
 * prefix starts with; read from the cursor's line only, so moving the cursor stays cheap.
 */
function prefixCursors(document: vscode.TextDocument, prefixes: readonly string[]): number[] {
  if (prefixes.length === 0) {
    return [];
  }
  const cursors: number[] = [];
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document !== document) {
      continue;
    }
    for (const { active } of editor.selections) {
      const line = document.lineAt(active.line).text;
      const word = /\S*$/.exec(line.slice(0, active.character))?.[0] ?? '';
      const after = line.charAt(active.character);
      if (word !== '' && (after === '' || /\s/.test(after)) && prefixes.some((prefix) => prefix.startsWith(word))) {
        cursors.push(document.offsetAt(active));
      }
    }
  }
  return cursors;
}

const fingerprints = new WeakMap<Profile, string>();

/** The profile's content as a string: a reload that changes nothing keeps the cached findings. */
function profileFingerprint(profile: Profile | undefined): string {
  if (!profile) {
    return '';
  }
  let fingerprint = fingerprints.get(profile);
  if (fingerprint === undefined) {
    fingerprint = JSON.stringify(profile);
    fingerprints.set(profile, fingerprint);
  }
  return fingerprint;
}

/** The length without copying the text (getText() joins every line). */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export class ClaimDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('attest');
  private readonly states = new Map<string, DocumentState>();
  /** Whether the last publish of a document held a finding back (a snippet prefix at a cursor). */
  private readonly published = new Map<string, boolean>();
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private profileTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after the diagnostics of a document were replaced (tests wait on it). */
  readonly onDidUpdate = this.changed.event;

  constructor(private readonly services: Services) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          this.schedule(event.document, TYPING_DELAY_MS);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      // A snippet prefix is not flagged while it is being typed; once the cursor leaves it, it is.
      vscode.window.onDidChangeTextEditorSelection((event) => this.republish(event.textEditor.document)),
      onDidChangeSettings(() => this.refreshAll()),
      // Profile edits arrive per keystroke: wait for a pause before re-checking every document.
      services.profiles.onDidChange(() => {
        clearTimeout(this.profileTimer);
        this.profileTimer = setTimeout(() => this.refreshAll(), TYPING_DELAY_MS);
      }),
    );
    this.refreshAll();
  }

  /** Whether the claim check runs on this document (settings: enabled, include, exclude). */
  isChecked(document: vscode.TextDocument): boolean {
    return getSettings(document.uri)['diagnostics.enabled'] && isQuestionnaireDocument(document) && documentLength(document) <= MAX_CHECKED_LENGTH;
  }

  /** Re-checks every open document (after a change of settings, profile or today). */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.schedule(document, 0);
    }
    // Documents that were closed while a setting changed cannot linger.
    this.collection.forEach((uri) => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
        this.forget(uri);
      }
    });
  }

  /**
   * The findings for the document as it is now, for the quick fixes: the last run's when it is
   * current, else the check under way, else a new one (unchanged paragraphs come from the cache).
   * Never checks in one blocking go: a big document is checked in slices.
   */
  async findings(document: vscode.TextDocument): Promise<Finding[]> {
    if (!this.isChecked(document)) {
      return [];
    }
    // A check made moot by new options (the profile reloaded, today changed) is run again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const findings = await this.compute(document, this.stateFor(document));
      if (findings !== undefined) {
        return findings;
      }
      if (document.isClosed || document.version !== version) {
        break;
      }
    }
    return [];
  }

  private compute(document: vscode.TextDocument, state: DocumentState): Promise<Finding[] | undefined> {
    const version = document.version;
    if (state.version === version) {
      return Promise.resolve(state.findings);
    }
    if (state.pending?.version === version) {
      return state.pending.promise;
    }
    const key = document.uri.toString();
    // An edit, a close, or new options (profile, today) make this check moot.
    const superseded = (): boolean => document.isClosed || document.version !== version || this.states.get(key) !== state;
    const promise = state.checker.checkAllYielding(document.getText(), superseded).then((findings) => {
      if (state.pending?.promise === promise) {
        state.pending = undefined;
      }
      if (findings === undefined || superseded()) {
        return undefined;
      }
      state.findings = findings;
      state.version = version;
      return findings;
    });
    state.pending = { version, promise };
    return promise;
  }

  /** Checks a document now and publishes the result; resolves with the number of findings. */
  async checkNow(document: vscode.TextDocument): Promise<number> {
    const state = this.states.get(document.uri.toString());
    clearTimeout(state?.timer);
    await this.run(document);
    return this.collection.get(document.uri)?.length ?? 0;
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.isChecked(document)) {
      this.forget(document.uri);
      return;
    }
    const state = this.stateFor(document);
    clearTimeout(state.timer);
    state.run += 1;
    state.timer = setTimeout(() => void this.run(document), delayMs);
  }

  private stateFor(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    const profile = this.services.profiles.get(document.uri)?.profile;
    const profileKey = profileFingerprint(profile);
    const today = this.services.clock.today();
    let state = this.states.get(key);
    if (!state || state.profileKey !== profileKey || state.today !== today) {
      const checker = new SegmentedClaimChecker({ today, ...(profile ? { profile } : {}) });
      state = { checker, profileKey, today, findings: [], run: state?.run ?? 0 };
      this.states.set(key, state);
    }
    return state;
  }

  private async run(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !this.isChecked(document)) {
      this.forget(document.uri);
      return;
    }
    const key = document.uri.toString();
    const state = this.stateFor(document);
    const run = ++state.run;
    const started = performance.now();
    const findings = await this.compute(document, state);
    // A newer run publishes instead of this one.
    if (findings === undefined || state.run !== run || this.states.get(key) !== state || document.isClosed) {
      return;
    }
    this.publish(document, findings);
    const elapsed = performance.now() - started;
    if (elapsed > 50) {
      this.services.logger.debug(`Claim check of ${document.uri.fsPath}: ${findings.length} finding(s) in ${elapsed.toFixed(0)} ms`);
    }
    this.changed.fire(document.uri);
  }

  /**
   * Sets the document's diagnostics, leaving out a finding that is only an Attest snippet prefix
   * being typed at a cursor (`soc2-type2` before Tab would otherwise get the "SOC 2" spelling squiggle).
   */
  private publish(document: vscode.TextDocument, findings: readonly Finding[]): void {
    const prefixes = snippetPrefixes();
    const cursors = prefixCursors(document, prefixes);
    const text = cursors.length > 0 ? document.getText() : '';
    const shown = text === '' ? findings : findings.filter((f) => !isPrefixBeingTyped(text, f.offset, f.offset + f.length, cursors, prefixes));
    this.collection.set(
      document.uri,
      shown.map((finding) => toDiagnostic(document, finding)),
    );
    this.published.set(document.uri.toString(), shown.length !== findings.length);
  }

  /** After the cursor moved: publish again when a finding was held back, or one may be now. */
  private republish(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri.toString());
    if (!state || state.version !== document.version || state.pending !== undefined) {
      return;
    }
    const heldBack = this.published.get(document.uri.toString()) === true;
    if (heldBack || (state.findings.length > 0 && prefixCursors(document, snippetPrefixes()).length > 0)) {
      const before = this.collection.get(document.uri)?.length ?? 0;
      this.publish(document, state.findings);
      if ((this.collection.get(document.uri)?.length ?? 0) !== before) {
        this.changed.fire(document.uri);
      }
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) {
      clearTimeout(state.timer);
      state.run += 1;
      this.states.delete(key);
    }
    this.published.delete(key);
    if (this.collection.has(uri)) {
      this.collection.delete(uri);
      this.changed.fire(uri);
    }
  }

  dispose(): void {
    clearTimeout(this.profileTimer);
    for (const state of this.states.values()) {
      clearTimeout(state.timer);
    }
    this.states.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}

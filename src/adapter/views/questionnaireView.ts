/**
 * The Questionnaire view (Attest's own activity-bar container): the questionnaire in the active
 * editor as sections and questions, each with its state (answered from the facts, needs a person
 * and which facts are missing, not recognized, already answered, changed since it was filled…),
 * its source, and actions (answer, open the wizard, go to it). A coverage line on top opens the
 * rendered coverage preview. It follows the active editor and its edits (debounced), the profile,
 * the settings and finished fills; the badge counts the questions that need a person.
 *
 * Every action finds its question by its anchor (text, section, id) in the document as it is when
 * clicked, never by a line captured earlier.
 */
import * as vscode from 'vscode';
import { INTENT_LABELS } from '../../domain/intents';
import { relocateQuestion, type QuestionAnchor } from '../../domain/questionnaire/anchor';
import { CommandId } from '../../shared/ids';
import { getSettings, onDidChangeSettings } from '../config';
import { attestEvents } from '../events';
import { loadEngine, type EngineModule } from '../lazy/engine';
import { readOpenQuestionnaire, type OpenQuestionnaire } from '../questionnaireDocument';
import type { Services } from '../services';
import { NEEDS_PERSON, STATE_LABELS, questionnaireView, sourceText, summaryLine, type FillMemory, type QuestionState, type QuestionView, type QuestionnaireView, type SectionView } from './questionnaireModel';

export const QUESTIONNAIRE_VIEW_ID = 'attest.questionnaire';
/** Edits settle for this long before the view reads the document again. */
export const VIEW_REFRESH_DELAY_MS = 400;
/** Above this, the view does not read the document as you type (a fill or a save still refreshes it). */
const MAX_LIVE_LENGTH = 2_000_000;
/** An inserted text at least this long is an answer arriving in one go (a fill, an insert, a paste). */
const BULK_INSERT = 12;

export type ViewNode =
  | { kind: 'summary'; uri: vscode.Uri; view: QuestionnaireView }
  | { kind: 'section'; uri: vscode.Uri; section: SectionView }
  | { kind: 'question'; uri: vscode.Uri; question: QuestionView }
  | { kind: 'message'; text: string };

const ICONS: Record<QuestionState, { icon: string; color: string }> = {
  facts: { icon: 'pass', color: 'testing.iconPassed' },
  filled: { icon: 'pass-filled', color: 'testing.iconPassed' },
  library: { icon: 'library', color: 'charts.blue' },
  needs_person: { icon: 'person', color: 'list.warningForeground' },
  no_profile: { icon: 'person', color: 'list.warningForeground' },
  not_recognized: { icon: 'circle-slash', color: 'disabledForeground' },
  already_answered: { icon: 'check', color: 'descriptionForeground' },
  changed: { icon: 'diff-modified', color: 'gitDecoration.modifiedResourceForeground' },
  stale: { icon: 'history', color: 'list.warningForeground' },
};

function profileKey(profile: unknown): string {
  return profile === undefined ? '' : JSON.stringify(profile);
}

interface DocumentMemory extends FillMemory {
  bulkEdit: boolean;
  last?: QuestionnaireView;
}

export class QuestionnaireViewProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  static current: QuestionnaireViewProvider | undefined;
  private readonly changed = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly updated = new vscode.EventEmitter<QuestionnaireView | undefined>();
  /** Fires after the view read a document again (tests and the coverage preview follow it). */
  readonly onDidUpdate = this.updated.event;
  readonly treeView: vscode.TreeView<ViewNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly memories = new Map<string, DocumentMemory>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private document: vscode.TextDocument | undefined;
  private view: QuestionnaireView | undefined;
  private roots: ViewNode[] = [];
  private engine: EngineModule | undefined;
  private generation = 0;
  private fingerprint: string | undefined;
  private abort = { aborted: false };

  constructor(private readonly services: Services) {
    this.treeView = vscode.window.createTreeView(QUESTIONNAIRE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.treeView,
      this.changed,
      this.updated,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) {
          return;
        }
        const memory = this.memories.get(event.document.uri.toString());
        if (memory && (event.contentChanges.length > 1 || event.contentChanges.some((c) => c.text.length >= BULK_INSERT))) {
          memory.bulkEdit = true;
        }
        if (event.document === this.document && this.liveLength(event.document)) {
          this.refreshSoon(VIEW_REFRESH_DELAY_MS);
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) => (document === this.document ? this.refreshSoon(0) : undefined)),
      vscode.workspace.onDidCloseTextDocument((document) => this.memories.delete(document.uri.toString())),
      services.profiles.onDidChange(() => this.refreshSoon(VIEW_REFRESH_DELAY_MS)),
      services.libraries.onDidChange(() => this.refreshSoon(VIEW_REFRESH_DELAY_MS)),
      onDidChangeSettings(() => this.refreshSoon(0)),
      attestEvents.onQuestionnaireFilled(() => this.refreshSoon(0)),
      attestEvents.onAnswerInserted(() => this.refreshSoon(0)),
      this.treeView.onDidChangeVisibility(() => this.refreshSoon(0)),
    );
    QuestionnaireViewProvider.current = this;
    this.refreshSoon(0);
  }

  private liveLength(document: vscode.TextDocument): boolean {
    return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) <= MAX_LIVE_LENGTH;
  }

  /** The questionnaire the view shows, as last read. */
  snapshot(): { uri: vscode.Uri | undefined; view: QuestionnaireView | undefined } {
    return { uri: this.document?.uri, view: this.view };
  }

  refreshSoon(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  /** Reads the active questionnaire again now and redraws the view. */
  async refresh(): Promise<QuestionnaireView | undefined> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    // Focus in the view or a webview leaves no active editor: keep showing the last questionnaire.
    const document = editor?.document ?? (this.document && !this.document.isClosed ? this.document : undefined);
    const open = document ? readOpenQuestionnaire(document) : undefined;
    if (!document || !open) {
      if (editor !== undefined || !this.document || this.document.isClosed) {
        this.show(undefined, undefined);
      }
      return undefined;
    }
    if (!this.engine && this.services.profiles.get(document.uri)?.profile !== undefined) {
      this.engine = await loadEngine();
      if (generation !== this.generation) {
        return this.view;
      }
    }
    this.abort.aborted = true;
    const abort = { aborted: false };
    this.abort = abort;
    const view = await this.read(readOpenQuestionnaire(document) ?? open, abort);
    // A newer read (an edit, another editor) supersedes this one.
    if (!view || abort.aborted || generation !== this.generation) {
      return this.view;
    }
    this.show(document, view);
    return view;
  }

  private async read(open: OpenQuestionnaire, signal: { readonly aborted: boolean }): Promise<QuestionnaireView | undefined> {
    const key = open.document.uri.toString();
    let memory = this.memories.get(key);
    if (!memory) {
      memory = { written: new Map(), bulkEdit: false };
      this.memories.set(key, memory);
    }
    const settings = getSettings(open.document.uri);
    const profile = this.services.profiles.get(open.document.uri)?.profile;
    const sources = profile === undefined ? [] : await this.services.libraries.sourcesFor(open.document.uri);
    if (signal.aborted) {
      return undefined;
    }
    const started = performance.now();
    const view = await questionnaireView(open.text, open.format, {
      signal,
      today: this.services.clock.today(),
      defaultLength: settings.defaultAnswerLength,
      profile,
      profileKey: profileKey(profile),
      sources,
      memory,
      bulkEdit: memory.bulkEdit,
      ...(memory.last !== undefined && { previous: memory.last }),
      ...(this.engine !== undefined && { engine: this.engine }),
    });
    if (!view) {
      return undefined;
    }
    const elapsed = performance.now() - started;
    if (elapsed > 50) {
      this.services.logger.debug(`Questionnaire view of ${open.document.uri.fsPath}: ${view.questions.length} question(s) in ${elapsed.toFixed(0)} ms`);
    }
    memory.last = view;
    memory.bulkEdit = false;
    return view;
  }

  private show(document: vscode.TextDocument | undefined, view: QuestionnaireView | undefined): void {
    // Redraw only when something shown changed (lines are not shown: a paragraph added above
    // redraws nothing). A redraw replaces every row's command, and a click that lands during one
    // finds its command gone ("Actual command not found").
    const fingerprint = document && view ? `${document.uri.toString()}\n${view.problem ?? ''}\n${view.questions.map((q) => `${q.label}|${q.state}|${q.facts.join(',')}|${q.missing.join(',')}|${q.notes.join(',')}`).join('\n')}` : '';
    this.document = document;
    this.view = view;
    if (fingerprint === this.fingerprint) {
      this.updated.fire(view);
      return;
    }
    this.fingerprint = fingerprint;
    if (!document || !view) {
      this.roots = [];
      this.treeView.message = undefined;
      this.treeView.description = undefined;
      this.treeView.badge = undefined;
    } else {
      const uri = document.uri;
      const name = uri.path.split('/').pop() ?? uri.path;
      this.treeView.description = name;
      this.treeView.message = view.problem;
      this.roots =
        view.questions.length === 0
          ? [{ kind: 'message', text: 'No questions found in this document.' }]
          : [{ kind: 'summary', uri, view }, ...(view.sections.length === 1 ? view.sections[0]!.questions.map((question): ViewNode => ({ kind: 'question', uri, question })) : view.sections.map((section): ViewNode => ({ kind: 'section', uri, section })))];
      this.treeView.badge = view.needsPerson > 0 ? { value: view.needsPerson, tooltip: `${view.needsPerson} question${view.needsPerson === 1 ? '' : 's'} in ${name} need${view.needsPerson === 1 ? 's' : ''} a person` } : undefined;
    }
    this.changed.fire(undefined);
    this.updated.fire(view);
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (!node) {
      return this.roots;
    }
    if (node.kind === 'section') {
      return node.section.questions.map((question) => ({ kind: 'question', uri: node.uri, question }));
    }
    return [];
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    switch (node.kind) {
      case 'message':
        return new vscode.TreeItem(node.text);
      case 'summary': {
        const item = new vscode.TreeItem('Coverage', vscode.TreeItemCollapsibleState.None);
        item.description = summaryLine(node.view);
        item.iconPath = new vscode.ThemeIcon('graph');
        item.tooltip = new vscode.MarkdownString(`**Coverage of this questionnaire**\n\n${summaryLine(node.view)}\n\nClick to open the coverage report.`);
        item.command = { command: CommandId.showCoverage, title: 'Show Coverage', arguments: [node.uri] };
        item.accessibilityInformation = { label: `Coverage: ${summaryLine(node.view)}. Opens the coverage report.`, role: 'button' };
        item.contextValue = 'coverage';
        return item;
      }
      case 'section': {
        const item = new vscode.TreeItem(node.section.name, vscode.TreeItemCollapsibleState.Expanded);
        const needs = node.section.questions.filter((q) => NEEDS_PERSON.has(q.state)).length;
        item.description = `${node.section.questions.length} question${node.section.questions.length === 1 ? '' : 's'}${needs > 0 ? ` · ${needs} for a person` : ''}`;
        item.iconPath = new vscode.ThemeIcon('list-tree');
        item.accessibilityInformation = { label: `Section ${node.section.name}, ${item.description}` };
        item.id = `${node.uri.toString()}#section:${node.section.name}:${node.section.questions[0]?.index ?? 0}`;
        item.contextValue = 'section';
        return item;
      }
      case 'question':
        return questionItem(node.uri, node.question);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    if (QuestionnaireViewProvider.current === this) {
      QuestionnaireViewProvider.current = undefined;
    }
    this.disposables.forEach((d) => d.dispose());
  }
}

function questionItem(uri: vscode.Uri, question: QuestionView): vscode.TreeItem {
  const item = new vscode.TreeItem(question.label, vscode.TreeItemCollapsibleState.None);
  const state = STATE_LABELS[question.state];
  const source = sourceText(question);
  item.description = source === '' ? state : `${state} · ${source}`;
  const { icon, color } = ICONS[question.state];
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`$(${icon}) **${state}**\n\n`);
  tooltip.appendText(question.label);
  tooltip.appendMarkdown('\n\n');
  if (question.intent !== undefined && question.intent !== 'none') {
    tooltip.appendText(`Topic: ${INTENT_LABELS[question.intent]}`);
    tooltip.appendMarkdown('\n\n');
  }
  if (question.facts.length > 0) {
    tooltip.appendText(`From the profile: ${question.facts.join(', ')}`);
    tooltip.appendMarkdown('\n\n');
  }
  if (question.missing.length > 0) {
    tooltip.appendText(`For a person: ${question.missing.join('; ')}`);
    tooltip.appendMarkdown('\n\n');
  }
  for (const note of question.notes) {
    tooltip.appendText(note);
    tooltip.appendMarkdown('\n\n');
  }
  tooltip.appendText('Click to go to the question (found by its text when you click).');
  item.tooltip = tooltip;
  item.id = `${uri.toString()}#q:${question.index}:${question.label}`;
  const answerable = question.intent !== undefined && question.intent !== 'none';
  // "answered": an answer is there (the writer's or Attest's), so Save Answer to Library applies.
  const answered = question.existing !== '';
  item.contextValue = ['question', answerable ? 'answerable' : '', answerable && (question.intent?.startsWith('soc2.') ?? false) ? 'wizard' : '', answered ? 'answered' : ''].filter((s) => s !== '').join(' ');
  item.command = { command: CommandId.viewReveal, title: 'Go to the Question', arguments: [{ uri: uri.toString(), anchor: question.anchor }] };
  const stop = /[.?!:]$/.test(question.label) ? ' ' : '. ';
  item.accessibilityInformation = { label: `${question.label}${stop}${state}${source !== '' ? `, ${source}` : ''}.` };
  return item;
}

/** A question as the view's commands get it: from a clicked node, or `{ uri, anchor }` from an item's command. */
export interface QuestionRef {
  uri: vscode.Uri;
  anchor: QuestionAnchor;
}

export function questionRef(arg: unknown): QuestionRef | undefined {
  if (typeof arg !== 'object' || arg === null) {
    return undefined;
  }
  const node = arg as Partial<{ kind: string; uri: unknown; question: QuestionView; anchor: QuestionAnchor }>;
  if (node.kind === 'question' && node.uri instanceof vscode.Uri && node.question) {
    return { uri: node.uri, anchor: node.question.anchor };
  }
  if (typeof node.uri === 'string' && node.anchor && typeof node.anchor.question === 'string') {
    return { uri: vscode.Uri.parse(node.uri), anchor: node.anchor };
  }
  return undefined;
}

/** The question's current line in the open document, found by its anchor now. */
export async function locate(ref: QuestionRef): Promise<{ document: vscode.TextDocument; line: number } | { problem: string }> {
  const document = await vscode.workspace.openTextDocument(ref.uri);
  const open = readOpenQuestionnaire(document);
  if (!open) {
    return { problem: 'The document is no longer read as a questionnaire.' };
  }
  const found = relocateQuestion(open.read.items, ref.anchor);
  if (found.kind === 'missing') {
    return { problem: `"${ref.anchor.question}" is no longer in the document.` };
  }
  if (found.kind === 'ambiguous') {
    return { problem: `"${ref.anchor.question}" now appears ${found.lines.length} times; Attest cannot tell which one was meant.` };
  }
  return { document, line: found.target.line };
}

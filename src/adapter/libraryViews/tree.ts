/**
 * The Answer Library view's nodes: topics (the folders under the library root), then entries,
 * each marked from the same findings the diagnostics show: stale, conflicting (the same question
 * twice, or near-duplicates whose Yes/No disagree), other problems, NDA or internal visibility.
 * A file left out for its errors is listed under its topic too. The view is read by screen
 * readers from each item's accessibility label; every icon is a theme icon.
 */
import * as vscode from 'vscode';
import type { LibraryEntry, LibraryError, LibraryFinding } from '../../domain/library';
import { fileUri, type FolderModel } from './model';

export interface LibraryNode {
  kind: 'folder' | 'topic' | 'entry' | 'invalid' | 'message';
  item: vscode.TreeItem;
  children?: readonly LibraryNode[];
  /** The entry's id (entry nodes), for tests and commands. */
  entryId?: string;
  uri?: vscode.Uri;
}

const CONFLICT_RULES: ReadonlySet<string> = new Set(['duplicate-question', 'conflicting-yesno']);
/** The other entry a conflict finding names (checkLibrary writes `…also answered by "id"` and `…the near-duplicate "id"`). */
const PARTNER = /(?:also answered by|near-duplicate) "([a-z0-9][a-z0-9-]*)"/;

interface Marks {
  stale?: LibraryFinding;
  conflicts: { finding: LibraryFinding; other: string }[];
  others: LibraryFinding[];
}

function marksOf(model: FolderModel): Map<string, Marks> {
  const marks = new Map<string, Marks>(model.entries.map((entry) => [entry.id, { conflicts: [], others: [] }]));
  for (const finding of model.findings) {
    const own = marks.get(finding.entry);
    if (own === undefined) {
      continue;
    }
    if (finding.rule === 'stale') {
      own.stale = finding;
    } else if (CONFLICT_RULES.has(finding.rule)) {
      const other = PARTNER.exec(finding.message)?.[1];
      own.conflicts.push({ finding, other: other ?? '' });
      // Both entries of a conflict are marked: either may be the one to change.
      const theirs = other === undefined ? undefined : marks.get(other);
      theirs?.conflicts.push({ finding, other: finding.entry });
    } else {
      own.others.push(finding);
    }
  }
  return marks;
}

const VISIBILITY_TEXT = { public: 'public', nda: 'NDA only', internal: 'internal, never written into a questionnaire' } as const;

function entryIcon(entry: LibraryEntry, marks: Marks): vscode.ThemeIcon {
  if (marks.conflicts.length > 0) {
    return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'));
  }
  if (marks.stale !== undefined) {
    return new vscode.ThemeIcon('history', new vscode.ThemeColor('list.warningForeground'));
  }
  if (marks.others.some((f) => f.severity !== 'info')) {
    return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  }
  return new vscode.ThemeIcon(entry.visibility === 'internal' ? 'lock' : entry.visibility === 'nda' ? 'shield' : 'book');
}

/** The short words a sighted user reads from the icon, for the description and the screen reader. */
function markWords(marks: Marks): string[] {
  return [...(marks.conflicts.length > 0 ? ['conflicting'] : []), ...(marks.stale !== undefined ? ['stale'] : []), ...(marks.others.length > 0 ? [`${marks.others.length} other ${marks.others.length === 1 ? 'problem' : 'problems'}`] : [])];
}

/** "stale" → "Stale.", "Do you…?" kept: what a screen reader reads as separate sentences. */
function asSentence(text: string): string {
  const capital = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return /[.?!]$/.test(capital) ? capital : `${capital}.`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

function entryTooltip(entry: LibraryEntry, marks: Marks): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMarkdown(entry.question)}**\n\n`);
  const answer = [entry.answer.yesno === undefined ? undefined : entry.answer.yesno === 'na' ? 'N/A' : entry.answer.yesno === 'yes' ? 'Yes' : 'No', entry.answer.sentence].filter((part) => part !== undefined).join('. ');
  if (answer !== '') {
    tooltip.appendMarkdown(`${escapeMarkdown(answer)}\n\n`);
  }
  for (const conflict of marks.conflicts) {
    tooltip.appendMarkdown(`$(warning) Conflicting${conflict.other !== '' ? ` with \`${conflict.other}\`` : ''}: ${escapeMarkdown(conflict.finding.message)}\n\n`);
  }
  if (marks.stale !== undefined) {
    tooltip.appendMarkdown(`$(history) ${escapeMarkdown(marks.stale.message.replace(/^stale: /, 'Stale: '))}\n\n`);
  }
  for (const other of marks.others) {
    tooltip.appendMarkdown(`$(warning) ${escapeMarkdown(`${other.rule}: ${other.message}`)}\n\n`);
  }
  const facts = [`Owner: ${entry.owner ?? 'none'}`, `Reviewed: ${entry.reviewed ?? 'never'}${entry.reviewEvery !== undefined ? `, every ${entry.reviewEvery}` : ''}`, `Visibility: ${VISIBILITY_TEXT[entry.visibility]}`, entry.file];
  tooltip.appendMarkdown(facts.map(escapeMarkdown).join('  \n'));
  return tooltip;
}

function entryNode(model: FolderModel, entry: LibraryEntry, marks: Marks): LibraryNode {
  const uri = fileUri(model.folder, entry.file);
  const item = new vscode.TreeItem(entry.question, vscode.TreeItemCollapsibleState.None);
  item.id = `entry:${model.folder.uri.toString()}:${entry.file}`;
  const visibility = entry.visibility === 'public' ? [] : [entry.visibility === 'nda' ? 'NDA' : 'internal'];
  const facts = [entry.owner ?? 'no owner', entry.reviewed !== undefined ? `reviewed ${entry.reviewed}` : 'not reviewed', ...visibility];
  const words = markWords(marks);
  item.description = [...words, ...facts].join(' · ');
  item.iconPath = entryIcon(entry, marks);
  item.tooltip = entryTooltip(entry, marks);
  item.resourceUri = uri;
  item.contextValue = 'attest.libraryEntry';
  item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri] };
  item.accessibilityInformation = {
    label: [entry.question, words.join(', '), `owner ${entry.owner ?? 'none'}, ${entry.reviewed !== undefined ? `reviewed ${entry.reviewed}` : 'never reviewed'}, ${VISIBILITY_TEXT[entry.visibility]}`].filter((part) => part !== '').map(asSentence).join(' '),
    role: 'treeitem',
  };
  return { kind: 'entry', item, entryId: entry.id, uri };
}

function invalidNode(model: FolderModel, file: string, errors: readonly LibraryError[]): LibraryNode {
  const uri = fileUri(model.folder, file);
  const first = errors[0];
  const item = new vscode.TreeItem(file.slice(file.lastIndexOf('/') + 1), vscode.TreeItemCollapsibleState.None);
  item.id = `invalid:${model.folder.uri.toString()}:${file}`;
  item.description = `not valid, left out: ${first?.message ?? ''}`;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`$(error) **${escapeMarkdown(file)}** is left out of the library until it is fixed:\n\n`);
  tooltip.appendMarkdown(errors.map((error) => escapeMarkdown(`line ${error.line}, column ${error.column}: ${error.message}`)).join('  \n'));
  item.tooltip = tooltip;
  item.resourceUri = uri;
  item.contextValue = 'attest.libraryInvalid';
  const at = first === undefined ? undefined : new vscode.Range(first.line - 1, first.column - 1, first.line - 1, first.column - 1);
  item.command = { command: 'vscode.open', title: 'Open Entry', arguments: [uri, ...(at !== undefined ? [{ selection: at }] : [])] };
  item.accessibilityInformation = { label: `${file}: not valid, left out of the library. ${errors.map((e) => `Line ${e.line}: ${e.message}`).join('. ')}`, role: 'treeitem' };
  return { kind: 'invalid', item, uri };
}

function topicNode(model: FolderModel, topic: string, children: LibraryNode[], counts: { entries: number; stale: number; conflicting: number; invalid: number }): LibraryNode {
  const label = topic === '' ? '(top level)' : topic;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `topic:${model.folder.uri.toString()}:${topic}`;
  const parts = [`${counts.entries} ${counts.entries === 1 ? 'entry' : 'entries'}`, ...(counts.conflicting > 0 ? [`${counts.conflicting} conflicting`] : []), ...(counts.stale > 0 ? [`${counts.stale} stale`] : []), ...(counts.invalid > 0 ? [`${counts.invalid} not valid`] : [])];
  item.description = parts.join(' · ');
  item.iconPath = new vscode.ThemeIcon('folder-library');
  item.tooltip = `${model.relativeRoot ?? ''}/${topic}: ${parts.join(', ')}`;
  item.contextValue = 'attest.libraryTopic';
  item.accessibilityInformation = { label: `Topic ${label}, ${parts.join(', ')}`, role: 'treeitem' };
  return { kind: 'topic', item, children };
}

export function messageNode(text: string, detail?: string): LibraryNode {
  const item = new vscode.TreeItem(text, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.tooltip = detail ?? text;
  item.accessibilityInformation = { label: detail ?? text, role: 'treeitem' };
  return { kind: 'message', item };
}

function topicsOf(model: FolderModel): LibraryNode[] {
  const marks = marksOf(model);
  const byTopic = new Map<string, { entries: LibraryEntry[]; invalid: Map<string, LibraryError[]> }>();
  const slot = (topic: string): { entries: LibraryEntry[]; invalid: Map<string, LibraryError[]> } => {
    let found = byTopic.get(topic);
    if (found === undefined) {
      found = { entries: [], invalid: new Map() };
      byTopic.set(topic, found);
    }
    return found;
  };
  for (const entry of model.entries) {
    slot(entry.topic).entries.push(entry);
  }
  const root = model.relativeRoot ?? '';
  for (const error of model.errors) {
    const relative = error.file.startsWith(`${root}/`) ? error.file.slice(root.length + 1) : error.file;
    const topic = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    const files = slot(topic).invalid;
    files.set(error.file, [...(files.get(error.file) ?? []), error]);
  }
  return [...byTopic.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([topic, { entries, invalid }]) => {
      const sorted = [...entries].sort((a, b) => a.question.localeCompare(b.question));
      const children = [...sorted.map((entry) => entryNode(model, entry, marks.get(entry.id) ?? { conflicts: [], others: [] })), ...[...invalid].map(([file, errors]) => invalidNode(model, file, errors))];
      return topicNode(model, topic, children, {
        entries: entries.length,
        stale: entries.filter((e) => marks.get(e.id)?.stale !== undefined).length,
        conflicting: entries.filter((e) => (marks.get(e.id)?.conflicts.length ?? 0) > 0).length,
        invalid: invalid.size,
      });
    });
}

/** The view's first level: topics (under a node per workspace folder when several have a library); [] shows the welcome view. */
export function libraryRoots(models: readonly FolderModel[]): LibraryNode[] {
  const shown = models.filter((model) => model.problem !== undefined || model.entries.length > 0 || model.errors.length > 0);
  if (shown.length === 1 && shown[0] !== undefined) {
    const model = shown[0];
    return model.problem !== undefined ? [messageNode(`${model.folder.name}: the answer library is not read`, model.problem)] : topicsOf(model);
  }
  return shown.map((model) => {
    if (model.problem !== undefined) {
      return messageNode(`${model.folder.name}: the answer library is not read`, model.problem);
    }
    const item = new vscode.TreeItem(model.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `folder:${model.folder.uri.toString()}`;
    item.description = `${model.relativeRoot ?? ''} · ${model.entries.length} entries`;
    item.iconPath = new vscode.ThemeIcon('root-folder');
    item.accessibilityInformation = { label: `Workspace folder ${model.folder.name}, ${model.entries.length} entries`, role: 'treeitem' };
    return { kind: 'folder', item, children: topicsOf(model) };
  });
}

/** "45 entries · 2 stale" for the view's title bar; '' without a library. */
export function librarySummary(models: readonly FolderModel[]): string {
  const entries = models.reduce((n, m) => n + m.entries.length, 0);
  const stale = models.reduce((n, m) => n + m.findings.filter((f) => f.rule === 'stale').length, 0);
  const invalid = models.reduce((n, m) => n + new Set(m.errors.map((e) => e.file)).size, 0);
  if (entries + invalid === 0) {
    return '';
  }
  return [`${entries} ${entries === 1 ? 'entry' : 'entries'}`, ...(stale > 0 ? [`${stale} stale`] : []), ...(invalid > 0 ? [`${invalid} not valid`] : [])].join(' · ');
}

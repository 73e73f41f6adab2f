/**
 * Attest: Search Library… — a QuickPick over every entry of the workspace's libraries. Empty, it
 * lists them by topic; as a question is typed, the matcher ranks the entries that would answer it
 * (tier and score, as a fill would see them), then the entries sharing words with it (the field's
 * analyzer: stems, synonyms), and VS Code's own filter finds the rest by their words. Enter opens
 * the entry's file.
 *
 * Argument (optional): `{ query }` to start with that text (tests, other commands).
 */
import * as vscode from 'vscode';
import type { LibraryEntry, LibraryMatch } from '../../domain/library';
import type { LibraryViewsDeps } from './deps';
import { fileUri, type FolderModel } from './model';

interface EntryItem extends vscode.QuickPickItem {
  uri?: vscode.Uri;
  entryId?: string;
}

export interface SearchResult {
  /** The entry opened, when one was picked. */
  opened?: { id: string; uri: vscode.Uri };
}

/** How many ranked entries are shown before VS Code's own filter takes over. */
const RANKED = 30;

interface Searchable {
  model: FolderModel;
  entry: LibraryEntry;
  tokens: ReadonlySet<string>;
}

function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function answerLine(entry: LibraryEntry): string {
  const yesno = entry.answer.yesno === undefined ? '' : `${entry.answer.yesno === 'na' ? 'N/A' : entry.answer.yesno === 'yes' ? 'Yes' : 'No'}. `;
  return clip(`${yesno}${entry.answer.sentence ?? entry.paragraph}`);
}

function item(searchable: Searchable, description: string, alwaysShow: boolean): EntryItem {
  const { model, entry } = searchable;
  return {
    label: entry.question,
    description,
    detail: answerLine(entry),
    uri: fileUri(model.folder, entry.file),
    entryId: entry.id,
    ...(alwaysShow && { alwaysShow: true }),
  };
}

function topicLabel(entry: LibraryEntry): string {
  return entry.topic === '' ? '(top level)' : entry.topic;
}

/** The items for what is typed. */
function itemsFor(deps: LibraryViewsDeps, searchables: readonly Searchable[], models: readonly FolderModel[], query: string): EntryItem[] {
  const typed = query.trim();
  if (typed === '') {
    const items: EntryItem[] = [];
    let topic: string | undefined;
    for (const searchable of [...searchables].sort((a, b) => topicLabel(a.entry).localeCompare(topicLabel(b.entry)) || a.entry.question.localeCompare(b.entry.question))) {
      if (topicLabel(searchable.entry) !== topic) {
        topic = topicLabel(searchable.entry);
        items.push({ label: topic, kind: vscode.QuickPickItemKind.Separator });
      }
      items.push(item(searchable, [searchable.entry.owner, searchable.entry.visibility === 'public' ? undefined : searchable.entry.visibility === 'nda' ? 'NDA' : 'internal'].filter((p) => p !== undefined).join(' · '), false));
    }
    return items;
  }
  const ranked: EntryItem[] = [];
  const seen = new Set<Searchable>();
  const keyOf = (model: FolderModel, entry: LibraryEntry): string => `${model.folder.uri.toString()}\u0000${entry.id}`;
  const byKey = new Map(searchables.map((s) => [keyOf(s.model, s.entry), s]));
  // 1. What the matcher would answer the question with.
  const matches: { model: FolderModel; match: LibraryMatch }[] = models.flatMap((model) => (model.index === undefined ? [] : deps.library.matchLibrary(model.index, typed, { polar: false }).candidates.map((match) => ({ model, match }))));
  for (const { model, match } of matches.sort((a, b) => b.match.score - a.match.score)) {
    const searchable = byKey.get(keyOf(model, match.entry));
    if (searchable !== undefined && !seen.has(searchable)) {
      seen.add(searchable);
      ranked.push(item(searchable, `${match.tier} match · ${match.score.toFixed(2)} · ${topicLabel(match.entry)}${match.matched.length > 0 ? ` · ${match.matched.join(', ')}` : ''}`, true));
    }
  }
  // 2. Entries sharing the question's analyzed words (stems and synonyms), most shared first.
  const words = new Set(deps.library.analyze(typed));
  if (words.size > 0) {
    const sharing = searchables
      .filter((s) => !seen.has(s))
      .map((s) => ({ s, shared: [...words].filter((w) => s.tokens.has(w)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || a.s.entry.question.localeCompare(b.s.entry.question))
      .slice(0, Math.max(0, RANKED - ranked.length));
    for (const { s, shared } of sharing) {
      seen.add(s);
      ranked.push(item(s, `${shared} of ${words.size} ${words.size === 1 ? 'word' : 'words'} · ${topicLabel(s.entry)}`, true));
    }
  }
  // 3. The rest, for VS Code's filter (a partly typed word, an owner's name).
  const rest = searchables.filter((s) => !seen.has(s)).map((s) => item(s, `${topicLabel(s.entry)}${s.entry.owner !== undefined ? ` · ${s.entry.owner}` : ''}`, false));
  return [...ranked, ...(ranked.length > 0 && rest.length > 0 ? [{ label: 'other entries', kind: vscode.QuickPickItemKind.Separator }] : []), ...rest];
}

export function showLibrarySearch(deps: LibraryViewsDeps, models: readonly FolderModel[], initialQuery?: string): Promise<SearchResult> {
  const searchables: Searchable[] = models.flatMap((model) =>
    model.entries.map((entry) => ({ model, entry, tokens: new Set(deps.library.analyze([entry.question, ...entry.variants, entry.answer.sentence ?? '', entry.tags.join(' '), entry.topic.replace(/[-/]/g, ' ')].join('\n'))) })),
  );
  const picker = vscode.window.createQuickPick<EntryItem>();
  picker.title = 'Attest: Search the Answer Library';
  picker.placeholder = searchables.length > 0 ? `Type a question or words to find the entry that answers it (${searchables.length} entries)` : 'The answer library has no entries yet';
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  const update = (value: string): void => {
    picker.items = itemsFor(deps, searchables, models, value);
  };
  update(initialQuery ?? '');
  if (initialQuery !== undefined) {
    picker.value = initialQuery;
  }
  return new Promise<SearchResult>((resolve) => {
    let result: SearchResult = {};
    const disposables: vscode.Disposable[] = [
      picker.onDidChangeValue(update),
      picker.onDidAccept(() => {
        const chosen = picker.activeItems[0] ?? picker.selectedItems[0];
        if (chosen?.uri === undefined || chosen.entryId === undefined) {
          return;
        }
        result = { opened: { id: chosen.entryId, uri: chosen.uri } };
        picker.hide();
      }),
      picker.onDidHide(() => {
        disposables.forEach((d) => d.dispose());
        picker.dispose();
        const opened = result.opened;
        if (opened === undefined) {
          resolve(result);
          return;
        }
        void vscode.window.showTextDocument(opened.uri).then(
          () => resolve(result),
          (error: unknown) => {
            void vscode.window.showErrorMessage(`Attest could not open ${opened.uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
            resolve({});
          },
        );
      }),
    ];
    picker.show();
  });
}

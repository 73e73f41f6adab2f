/**
 * The answer library's editor surfaces (issue 12 items 1 and 5) as one lazily loaded part,
 * dist/lazy/libraryViews.js: the Answer Library tree view's nodes, the live diagnostics on library
 * files, Search Library… and New Library Entry. The host keeps only the tree view, the diagnostic
 * collection and the events (src/adapter/views/libraryView.ts), and loads this the first time a
 * library file is opened, the view is shown or one of the commands runs.
 */
import type * as vscode from 'vscode';
import type { Services } from '../services';
import type { LibraryViewsDeps } from './deps';
import { publishDiagnostics } from './diagnostics';
import { newLibraryEntry, type NewEntryResult } from './newEntry';
import { workspaceModels, type FolderModel } from './model';
import { showLibrarySearch, type SearchResult } from './search';
import { libraryRoots, librarySummary, type LibraryNode } from './tree';

export type { LibraryViewsDeps } from './deps';
export type { LibraryNode } from './tree';
export type { SearchResult } from './search';
export type { NewEntryResult, NewEntryStatus } from './newEntry';

/** What the view and the diagnostics show, computed once per change for both. */
export class LibrarySurfaces {
  private models: FolderModel[] | undefined;
  private running: Promise<FolderModel[]> | undefined;
  private again = false;

  constructor(
    private readonly services: Services,
    private readonly deps: LibraryViewsDeps,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly treeView: vscode.TreeView<LibraryNode>,
  ) {}

  /** Reads every folder's library again (with the open documents' text) and publishes the diagnostics. */
  refresh(): Promise<FolderModel[]> {
    if (this.running !== undefined) {
      // One run at a time; a change during a run gets one more run after it.
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const models = await workspaceModels(this.services, this.deps);
          this.models = models;
          publishDiagnostics(this.collection, models, this.deps);
          this.treeView.description = librarySummary(models);
        } while (this.again);
        return this.models;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async current(): Promise<FolderModel[]> {
    return this.running ?? this.models ?? this.refresh();
  }

  async roots(): Promise<LibraryNode[]> {
    return libraryRoots(await this.current());
  }

  /** Attest: New Library Entry. */
  newEntry(argument?: unknown): Promise<NewEntryResult> {
    return newLibraryEntry(this.services, this.deps, argument);
  }

  async search(argument?: unknown): Promise<SearchResult> {
    const query = typeof argument === 'object' && argument !== null && typeof (argument as { query?: unknown }).query === 'string' ? (argument as { query: string }).query : undefined;
    return showLibrarySearch(this.deps, await this.current(), query);
  }
}

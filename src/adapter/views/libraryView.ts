/**
 * The host's side of the answer library's editor surfaces: the Answer Library view in the
 * Explorer (`attest.library`), the "Attest library" diagnostic collection, and the events that
 * refresh both. Registering them costs nothing at activation; the part that reads the library and
 * builds the nodes and diagnostics (src/adapter/libraryViews/, loaded lazily) starts only when a
 * library file is opened, the view is shown, or New Library Entry / Search Library… runs.
 */
import * as vscode from 'vscode';
import { loadLibraryModule } from '../lazy/library';
import { loadLibraryViews } from '../lazy/libraryViews';
import type { LibraryNode, LibrarySurfaces } from '../libraryViews';
import { readOpenQuestionnaire } from '../questionnaireDocument';
import type { Services } from '../services';

export const LIBRARY_VIEW_ID = 'attest.library';
/** Typing in a library file, or a burst of file events, settles for this long before the library is checked again. */
export const LIBRARY_REFRESH_DELAY_MS = 400;

export class LibraryView implements vscode.TreeDataProvider<LibraryNode>, vscode.Disposable {
  static current: LibraryView | undefined;
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly collection = vscode.languages.createDiagnosticCollection('attest-library');
  readonly treeView: vscode.TreeView<LibraryNode>;
  private readonly disposables: vscode.Disposable[];
  private surfaces: Promise<LibrarySurfaces> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `claimChecked`: whether the claim check covers an open document (its squiggles are not repeated). */
  constructor(
    private readonly services: Services,
    private readonly claimChecked: (document: vscode.TextDocument) => boolean,
  ) {
    this.treeView = vscode.window.createTreeView(LIBRARY_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    const touched = (document: vscode.TextDocument, delay: number): void => {
      if (services.libraries.isLibraryFile(document.uri)) {
        this.refreshSoon(delay, true);
      }
    };
    this.disposables = [
      this.treeView,
      this.changed,
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => touched(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => (event.contentChanges.length > 0 ? touched(event.document, LIBRARY_REFRESH_DELAY_MS) : undefined)),
      // Closing an unsaved entry leaves the file as it was on disk.
      vscode.workspace.onDidCloseTextDocument((document) => touched(document, 0)),
      services.libraries.onDidChange(() => this.refreshSoon(LIBRARY_REFRESH_DELAY_MS)),
      services.profiles.onDidChange(() => this.refreshSoon(LIBRARY_REFRESH_DELAY_MS)),
    ];
    // Entries restored with the window are opened before activation.
    vscode.workspace.textDocuments.forEach((document) => touched(document, 0));
    LibraryView.current = this;
  }

  /** The part, with what it needs from the host (loaded once; a failed load is tried again next time). */
  part(): Promise<LibrarySurfaces> {
    this.surfaces ??= Promise.all([loadLibraryViews(), loadLibraryModule()]).then(
      ([views, library]) => new views.LibrarySurfaces(this.services, { library, readOpenQuestionnaire, claimChecked: this.claimChecked }, this.collection, this.treeView),
      (error: unknown) => {
        this.surfaces = undefined;
        throw error;
      },
    );
    return this.surfaces;
  }

  /**
   * Checks the library again after `delayMs` and redraws the view. Until a library file was opened
   * or the view shown (`start`), nothing is read: most workspaces never need the part.
   */
  refreshSoon(delayMs: number, start = false): void {
    if (this.surfaces === undefined && !start) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private async refresh(): Promise<void> {
    try {
      await (await this.part()).refresh();
    } catch (error) {
      this.services.logger.error(`Checking the answer library failed: ${error instanceof Error && error.stack ? error.stack : String(error)}`);
    }
    this.changed.fire(undefined);
  }

  getTreeItem(node: LibraryNode): vscode.TreeItem {
    return node.item;
  }

  /** Called by VS Code only while the view is visible: the first call reads the library. */
  async getChildren(node?: LibraryNode): Promise<LibraryNode[]> {
    if (node !== undefined) {
      return [...(node.children ?? [])];
    }
    try {
      return await (await this.part()).roots();
    } catch (error) {
      this.services.logger.error(`The Answer Library view failed: ${String(error)}`);
      return [];
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
    if (LibraryView.current === this) {
      LibraryView.current = undefined;
    }
  }
}

function view(): LibraryView {
  if (LibraryView.current === undefined) {
    throw new Error('the Answer Library view did not start (see Output → Attest).');
  }
  return LibraryView.current;
}

/** Attest: New Library Entry (src/adapter/libraryViews/newEntry.ts); the view and diagnostics follow at once. */
export async function newLibraryEntry(_services: Services, argument?: unknown): Promise<unknown> {
  const current = view();
  return (await current.part()).newEntry(argument).finally(() => current.refreshSoon(0));
}

/** Attest: Search Library… (src/adapter/libraryViews/search.ts). */
export async function searchLibrary(_services: Services, argument?: unknown): Promise<unknown> {
  return (await view().part()).search(argument);
}

/**
 * What the library commands get from the host instead of importing it: the modules the host loads
 * lazily (importing their loaders here would compile those modules into this bundle a second time)
 * and the host's questionnaire reader with its per-version cache.
 */
import type * as vscode from 'vscode';
import type { LibraryModule } from '../lazy/library';
import type { WordModule } from '../lazy/word';
import type { WorkbookEngine } from '../lazy/workbook';
import type { OpenQuestionnaire } from '../questionnaireDocument';

export interface LibraryEditingDeps {
  library: LibraryModule;
  loadWorkbookEngine(): Promise<WorkbookEngine>;
  loadWord(): Promise<WordModule>;
  readOpenQuestionnaire(document: vscode.TextDocument): OpenQuestionnaire | undefined;
}

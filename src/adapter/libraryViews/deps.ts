/**
 * What the library's editor surfaces get from the host instead of importing it: the library module
 * the host loads lazily (importing its loader here would compile the module into this bundle a
 * second time), the host's questionnaire reader, and whether the claim check already covers an
 * open document (its squiggles have the quick fixes, so the library's own copy is left out there).
 */
import type * as vscode from 'vscode';
import type { LibraryModule } from '../lazy/library';
import type { OpenQuestionnaire } from '../questionnaireDocument';

export interface LibraryViewsDeps {
  library: LibraryModule;
  readOpenQuestionnaire(document: vscode.TextDocument): OpenQuestionnaire | undefined;
  claimChecked(document: vscode.TextDocument): boolean;
}

/**
 * Attest: Import Answers from a Questionnaire… and Attest: Save Answer to Library. The commands
 * live in a lazily loaded part (src/adapter/libraryEditing/); these handlers load it, hand it the
 * modules the host loads lazily, and turn a Questionnaire view row into a document and a line.
 */
import * as vscode from 'vscode';
import { loadLibraryModule } from '../lazy/library';
import { loadLibraryEditing } from '../lazy/libraryEditing';
import { loadWord } from '../lazy/word';
import { loadWorkbookEngine } from '../lazy/workbook';
import type { LibraryEditingDeps } from '../libraryEditing/deps';
import { readOpenQuestionnaire } from '../questionnaireDocument';
import type { Services } from '../services';
import { locate, questionRef } from '../views/questionnaireView';

async function deps(): Promise<LibraryEditingDeps> {
  return { library: await loadLibraryModule(), loadWorkbookEngine, loadWord, readOpenQuestionnaire };
}

export async function importAnswers(services: Services, target?: unknown, options?: unknown): Promise<unknown> {
  const [part, given] = await Promise.all([loadLibraryEditing(), deps()]);
  return part.importAnswers(services, given, target, options);
}

export async function saveAnswerToLibrary(services: Services, target?: unknown, line?: unknown, options?: unknown): Promise<unknown> {
  const [part, given] = await Promise.all([loadLibraryEditing(), deps()]);
  // A Questionnaire view row (or a { uri, anchor } reference): the question found by its anchor now.
  const ref = target instanceof vscode.Uri ? undefined : questionRef(target);
  if (ref !== undefined) {
    const found = await locate(ref);
    if ('problem' in found) {
      void vscode.window.showWarningMessage(`Attest: ${found.problem}`);
      return { status: 'no_question', message: found.problem };
    }
    return part.saveAnswerToLibrary(services, given, found.document.uri, found.line, line);
  }
  return part.saveAnswerToLibrary(services, given, target, line, options);
}

/**
 * Attest: Import Answers from a Questionnaire…, Attest: Save Answer to Library and Attest: Review
 * Library Suggestion…. The commands live in a lazily loaded part (src/adapter/libraryEditing/);
 * these handlers load it, hand it the modules the host loads lazily (and Answer This Question),
 * and turn a Questionnaire view row into a document and a line.
 */
import * as vscode from 'vscode';
import { loadLibraryModule } from '../lazy/library';
import { loadLibraryEditing } from '../lazy/libraryEditing';
import { loadWord } from '../lazy/word';
import { loadWorkbookEngine } from '../lazy/workbook';
import type { LibraryEditingDeps } from '../libraryEditing/deps';
import { readOpenQuestionnaire } from '../questionnaireDocument';
import { resolveTarget } from '../questionTarget';
import { answerQuestion } from './answerQuestion';
import type { Services } from '../services';
import { locate, questionRef } from '../views/questionnaireView';

async function deps(services: Services): Promise<LibraryEditingDeps> {
  return {
    library: await loadLibraryModule(),
    loadWorkbookEngine,
    loadWord,
    readOpenQuestionnaire,
    resolveTarget,
    answerQuestion: (uri, line, options) => answerQuestion(services, uri, line, options),
  };
}

export async function importAnswers(services: Services, target?: unknown, options?: unknown): Promise<unknown> {
  const [part, given] = await Promise.all([loadLibraryEditing(), deps(services)]);
  return part.importAnswers(services, given, target, options);
}

export async function saveAnswerToLibrary(services: Services, target?: unknown, line?: unknown, options?: unknown): Promise<unknown> {
  const [part, given] = await Promise.all([loadLibraryEditing(), deps(services)]);
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

export async function confirmLibrarySuggestion(services: Services, target?: unknown, line?: unknown, options?: unknown): Promise<unknown> {
  const [part, given] = await Promise.all([loadLibraryEditing(), deps(services)]);
  return part.confirmLibrarySuggestion(services, given, target, line, options);
}

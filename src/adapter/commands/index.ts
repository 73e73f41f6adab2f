import * as vscode from 'vscode';
import { CommandId } from '../../shared/ids';
import type { Services } from '../services';
import { answerQuestion } from './answerQuestion';
import { checkDocument } from './checkDocument';
import { createProfile } from './createProfile';
import { explainTerm } from './explainTerm';
import { explainTypes } from './explainTypes';
import { fillQuestionnaire } from './fillQuestionnaire';
import { fillWorkbook } from './fillWorkbook';
import { fillWordDocument } from './fillWordDocument';
import { confirmLibrarySuggestion, importAnswers, saveAnswerToLibrary } from './libraryEditing';
import { lookupCriterion } from './lookupCriterion';
import { openWizard } from './openWizard';
import { openSampleQuestionnaire } from './openSampleQuestionnaire';
import { expandSnippet } from '../providers/snippetTab';
import { showCoverage, viewAnswer, viewOpenWizard, viewReveal } from '../views/viewCommands';
import { newLibraryEntry, searchLibrary } from '../views/libraryView';

/** A command handler: gets the services, returns a promise, never reaches for globals. */
export type CommandHandler = (services: Services, ...args: unknown[]) => Promise<unknown>;

/** The one table of commands. A unit test checks it against package.json's contributes.commands. */
export const COMMAND_HANDLERS: Record<CommandId, CommandHandler> = {
  [CommandId.explainTypes]: explainTypes,
  [CommandId.answerQuestion]: answerQuestion,
  [CommandId.fillQuestionnaire]: fillQuestionnaire,
  [CommandId.createProfile]: createProfile,
  [CommandId.checkDocument]: checkDocument,
  [CommandId.lookupCriterion]: lookupCriterion,
  [CommandId.explainTerm]: explainTerm,
  [CommandId.openSampleQuestionnaire]: openSampleQuestionnaire,
  [CommandId.openWizard]: openWizard,
  [CommandId.fillWorkbook]: fillWorkbook,
  [CommandId.fillWordDocument]: fillWordDocument,
  // The same fill, showing the columns read on every sheet first (corrections are remembered beside the workbook).
  [CommandId.fillWorkbookCheckingColumns]: (services, target, options) => fillWorkbook(services, target, { ...(typeof options === 'object' && options !== null && !Array.isArray(options) ? options : {}), reviewColumns: true }),
  [CommandId.showCoverage]: showCoverage,
  [CommandId.viewAnswer]: viewAnswer,
  [CommandId.viewOpenWizard]: viewOpenWizard,
  [CommandId.viewReveal]: viewReveal,
  [CommandId.expandSnippet]: () => expandSnippet(),
  [CommandId.importAnswers]: importAnswers,
  [CommandId.saveAnswerToLibrary]: saveAnswerToLibrary,
  [CommandId.confirmLibrarySuggestion]: confirmLibrarySuggestion,
  [CommandId.newLibraryEntry]: newLibraryEntry,
  [CommandId.searchLibrary]: searchLibrary,
};

export function registerCommands(services: Services): vscode.Disposable[] {
  return Object.entries(COMMAND_HANDLERS).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(services, ...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        services.logger.error(`${id} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        void vscode.window.showErrorMessage(`Attest: ${message}`);
        return undefined;
      }
    }),
  );
}

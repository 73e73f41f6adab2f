/**
 * In the light bulb (Ctrl+.): "Attest: Answer this question" on a recognized question's line or on
 * a selection that reads as a SOC 2 or assurance question; "Attest: Save answer to library" on an
 * answered question or its answer (the answer a writer just edited becomes a variant or an entry).
 */
import * as vscode from 'vscode';
import { classify } from '../../domain/classify';
import { itemAtLine } from '../../domain/questionnaire';
import { anchorFor } from '../../domain/questionnaire/anchor';
import { isPlaceholder } from '../../domain/engine/slotValues';
import { CommandId } from '../../shared/ids';
import { QUESTIONNAIRE_SELECTOR, classifiedItems, readOpenQuestionnaire } from '../questionnaireDocument';

export const ANSWER_ACTION_KIND = vscode.CodeActionKind.RefactorRewrite.append('attest.answer');
export const SAVE_ANSWER_ACTION_KIND = vscode.CodeActionKind.Refactor.append('attest.saveAnswer');

/** Longer selections are not one question; do not classify them on every cursor move. */
const MAX_SELECTION = 2_000;

export class AnswerCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [ANSWER_ACTION_KIND, SAVE_ANSWER_ACTION_KIND] };

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const open = readOpenQuestionnaire(document);
    if (!open) {
      return [];
    }
    const title = 'Attest: Answer this question';
    const item = itemAtLine(open.read.items, range.start.line);
    // On an answered question or its answer (one line): save that answer to the library.
    const saves: vscode.CodeAction[] = [];
    if (item !== undefined && range.isSingleLine && !isPlaceholder(item.answer.existing)) {
      const saveTitle = 'Attest: Save answer to library';
      const save = new vscode.CodeAction(saveTitle, SAVE_ANSWER_ACTION_KIND);
      save.command = { title: saveTitle, command: CommandId.saveAnswerToLibrary, arguments: [document.uri, item.line] };
      saves.push(save);
    }
    if (range.isEmpty || range.isSingleLine) {
      // On a question's line (or inside its block): answer that question.
      const classifiedItem = item && classifiedItems(open).find((c) => c.item === item);
      if (classifiedItem && classifiedItem.intent !== 'none' && (range.isEmpty || range.start.line === item?.line)) {
        const action = new vscode.CodeAction(title, ANSWER_ACTION_KIND);
        action.command = { title, command: CommandId.answerQuestion, arguments: [document.uri, classifiedItem.item.line, { question: anchorFor(open.read.items, classifiedItem.item) }] };
        return [action, ...saves];
      }
      if (range.isEmpty) {
        return saves;
      }
    }
    // A selection that is not a recognized item: offer it when the text reads as a question Attest answers.
    const text = document.getText(range);
    if (open.format === 'csv' || text.length > MAX_SELECTION || classify(text).intent === 'none') {
      return saves;
    }
    const action = new vscode.CodeAction(title, ANSWER_ACTION_KIND);
    // No arguments: the command answers the editor's current selection.
    action.command = { title, command: CommandId.answerQuestion };
    return [action, ...saves];
  }
}

export function registerAnswerCodeAction(): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(QUESTIONNAIRE_SELECTOR, new AnswerCodeActionProvider(), AnswerCodeActionProvider.metadata);
}

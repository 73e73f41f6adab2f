/**
 * What happened in Attest that other parts of the editor follow: the questionnaire view refreshes
 * after a fill, the walkthrough ticks "Answer a question" and "Fill a whole questionnaire" when it
 * really happened (not when the command was started). The commands that write answers fire these;
 * nothing here knows who listens.
 */
import * as vscode from 'vscode';

export interface AnswerWritten {
  /** The questionnaire (a text document, or for a workbook the file written beside the original). */
  uri: vscode.Uri;
  /** How many answers were written (1 for Answer This Question). */
  count: number;
}

const answerInserted = new vscode.EventEmitter<AnswerWritten>();
const questionnaireFilled = new vscode.EventEmitter<AnswerWritten>();

export const attestEvents = {
  /** Fire after one answer was inserted into a document (Answer This Question, CodeLens, wizard Insert). */
  answerInserted: (event: AnswerWritten): void => answerInserted.fire(event),
  /** Fire after Fill Questionnaire or Fill Workbook wrote its answers (count may be 0: a fill that found nothing to write). */
  questionnaireFilled: (event: AnswerWritten): void => questionnaireFilled.fire(event),
  onAnswerInserted: answerInserted.event,
  onQuestionnaireFilled: questionnaireFilled.event,
};

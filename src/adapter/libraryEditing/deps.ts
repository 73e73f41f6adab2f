/**
 * What the library commands get from the host instead of importing it: the modules the host loads
 * lazily (importing their loaders here would compile those modules into this bundle a second time)
 * and the host's questionnaire reader with its per-version cache, and Answer This Question.
 */
import type * as vscode from 'vscode';
import type { LibraryModule } from '../lazy/library';
import type { WordModule } from '../lazy/word';
import type { WorkbookEngine } from '../lazy/workbook';
import type { AnswerQuestionResult } from '../commands/answerQuestion';
import type { QuestionAnchor } from '../../domain/questionnaire/anchor';
import type { OpenQuestionnaire } from '../questionnaireDocument';
import type { resolveTarget } from '../questionTarget';

export interface LibraryEditingDeps {
  library: LibraryModule;
  loadWorkbookEngine(): Promise<WorkbookEngine>;
  loadWord(): Promise<WordModule>;
  readOpenQuestionnaire(document: vscode.TextDocument): OpenQuestionnaire | undefined;
  resolveTarget: typeof resolveTarget;
  /** Attest: Answer This Question on the question at `line` (found by `question` if it moved). */
  answerQuestion(uri: vscode.Uri, line: number, options: { question?: QuestionAnchor }): Promise<AnswerQuestionResult>;
}

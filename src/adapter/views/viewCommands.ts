/**
 * The questionnaire view's commands. Each finds the question by its anchor in the document as it
 * is when clicked (a line captured when the view was drawn may belong to another question by now).
 */
import * as vscode from 'vscode';
import { CommandId } from '../../shared/ids';
import { attestEvents } from '../events';
import type { Services } from '../services';
import type { CoveragePreview } from './coveragePreview';
import { QuestionnaireViewProvider, locate, questionRef, type QuestionRef } from './questionnaireView';

let preview: CoveragePreview | undefined;

/** Set once by extension.ts: the preview the coverage command opens. */
export function useCoveragePreview(value: CoveragePreview): vscode.Disposable {
  preview = value;
  return { dispose: () => (preview = preview === value ? undefined : preview) };
}

function refOrThrow(arg: unknown): QuestionRef {
  const ref = questionRef(arg);
  if (!ref) {
    throw new Error('Pick a question in the Questionnaire view first.');
  }
  return ref;
}

/** Opens the document at the question's line, as it is now. */
async function reveal(ref: QuestionRef): Promise<{ editor: vscode.TextEditor; line: number } | undefined> {
  const found = await locate(ref);
  if ('problem' in found) {
    void vscode.window.showWarningMessage(`Attest: ${found.problem}`);
    void QuestionnaireViewProvider.current?.refresh();
    return undefined;
  }
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === found.document);
  const editor = await vscode.window.showTextDocument(found.document, { ...(visible?.viewColumn !== undefined && { viewColumn: visible.viewColumn }), preserveFocus: false });
  const position = new vscode.Position(found.line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { editor, line: found.line };
}

/** attest.view.reveal: go to the question. */
export async function viewReveal(_services: Services, arg?: unknown): Promise<number | undefined> {
  return (await reveal(refOrThrow(arg)))?.line;
}

/** attest.view.answer: Answer This Question on the question, found again now. */
export async function viewAnswer(_services: Services, arg?: unknown): Promise<unknown> {
  const ref = refOrThrow(arg);
  const shown = await reveal(ref);
  if (!shown) {
    return undefined;
  }
  const result: unknown = await vscode.commands.executeCommand(CommandId.answerQuestion, ref.uri, shown.line, { question: ref.anchor });
  if (typeof result === 'object' && result !== null && (result as { inserted?: unknown }).inserted === true) {
    attestEvents.answerInserted({ uri: ref.uri, count: 1 });
  }
  return result;
}

/** attest.view.openWizard: the SOC 2 follow-up wizard for the question. */
export async function viewOpenWizard(_services: Services, arg?: unknown): Promise<void> {
  const ref = refOrThrow(arg);
  const shown = await reveal(ref);
  if (shown) {
    await vscode.commands.executeCommand(CommandId.openWizard, ref.uri, shown.line, ref.anchor);
  }
}

/** attest.showCoverage: the rendered coverage of the questionnaire (the active one, or the one given). */
export async function showCoverage(_services: Services, arg?: unknown): Promise<vscode.Uri> {
  const source = arg instanceof vscode.Uri ? arg : (vscode.window.activeTextEditor?.document.uri ?? QuestionnaireViewProvider.current?.snapshot().uri);
  if (!source) {
    throw new Error('Open a questionnaire first (Markdown, CSV or plain text).');
  }
  if (!preview) {
    throw new Error('The coverage preview is not ready.');
  }
  await preview.show(source);
  return source;
}

/** Goes to a question found by its anchor now (the coverage panel's links). */
export async function revealQuestion(ref: QuestionRef): Promise<number | undefined> {
  return (await reveal(ref))?.line;
}

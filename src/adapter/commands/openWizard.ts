import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { WizardPanel } from '../panels/wizardPanel';
import { parseQuestionAnchor } from '../../domain/questionnaire/anchor';
import type { WizardOrigin } from '../panels/wizardInsert';
import { resolvedLine, resolveTarget, targetAt, type QuestionTarget } from '../questionTarget';
import type { Services } from '../services';
import { uriOf } from '../uris';

/** A line from a caller: a number, or a Position/Range/Selection (CodeLens and code actions pass those). */
function lineOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return value;
  }
  if (value instanceof vscode.Position) {
    return value.line;
  }
  if (value instanceof vscode.Range) {
    return value.start.line;
  }
  return undefined;
}

/**
 * What the wizard will write under. A CodeLens passes the question's anchor (its line may be stale
 * by the time the lens is clicked): that anchor is kept, and the line is where it is now.
 * Otherwise the question (or line) at `line` as the document reads now.
 */
async function originTarget(uri: vscode.Uri, line: number, anchorArgument: unknown): Promise<{ line: number; target: QuestionTarget }> {
  const anchor = parseQuestionAnchor(anchorArgument);
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    // Insert reports the missing document; a blank target can never be written under.
    return { line, target: anchor ? { kind: 'question', anchor } : { kind: 'blank', line, version: -1 } };
  }
  if (anchor === undefined) {
    return { line, target: targetAt(document, line) };
  }
  const target: QuestionTarget = { kind: 'question', anchor };
  const resolved = resolveTarget(document, target);
  return { line: resolved.kind === 'refused' ? line : resolvedLine(resolved), target };
}

/**
 * Attest: Answer "Do you have SOC 2?"… — opens the follow-up wizard for the question at the
 * cursor, or for `(uri, line[, anchor])` when a CodeLens or "Answer this question" passes them.
 */
export async function openWizard(services: Services, uriArgument?: unknown, lineArgument?: unknown, anchorArgument?: unknown): Promise<void> {
  const started = performance.now();
  const editor = vscode.window.activeTextEditor;
  const uri = uriOf(uriArgument);
  let origin: WizardOrigin | undefined;
  if (uri !== undefined) {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const requested = lineOf(lineArgument) ?? (visible ?? editor)?.selection.active.line ?? 0;
    const viewColumn = visible?.viewColumn;
    const { line, target } = await originTarget(uri, requested, anchorArgument);
    origin = { uri, line, target, ...(viewColumn === undefined ? {} : { viewColumn }) };
  } else if (editor !== undefined && editor.document.uri.scheme !== 'output') {
    const line = editor.selection.active.line;
    origin = {
      uri: editor.document.uri,
      line,
      target: targetAt(editor.document, line),
      ...(editor.viewColumn === undefined ? {} : { viewColumn: editor.viewColumn }),
    };
  }
  await services.profiles.ready;
  WizardPanel.show(services, origin, started);
}

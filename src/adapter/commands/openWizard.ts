import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { WizardPanel } from '../panels/wizardPanel';
import type { WizardOrigin } from '../panels/wizardInsert';
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
 * Attest: Answer "Do you have SOC 2?"… — opens the follow-up wizard for the question at the
 * cursor, or for `(uri, line)` when a CodeLens or "Answer this question" passes them.
 */
export async function openWizard(services: Services, uriArgument?: unknown, lineArgument?: unknown): Promise<void> {
  const started = performance.now();
  const editor = vscode.window.activeTextEditor;
  const uri = uriOf(uriArgument);
  let origin: WizardOrigin | undefined;
  if (uri !== undefined) {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const line = lineOf(lineArgument) ?? (visible ?? editor)?.selection.active.line ?? 0;
    const viewColumn = visible?.viewColumn;
    origin = { uri, line, ...(viewColumn === undefined ? {} : { viewColumn }) };
  } else if (editor !== undefined && editor.document.uri.scheme !== 'output') {
    origin = {
      uri: editor.document.uri,
      line: editor.selection.active.line,
      ...(editor.viewColumn === undefined ? {} : { viewColumn: editor.viewColumn }),
    };
  }
  await services.profiles.ready;
  WizardPanel.show(services, origin, started);
}

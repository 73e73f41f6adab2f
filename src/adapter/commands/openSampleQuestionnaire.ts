import * as vscode from 'vscode';
import type { Services } from '../services';

/**
 * Attest: Open a Sample Questionnaire. A practice questionnaire in a new, unsaved Markdown tab
 * (nothing is written to the workspace), for the walkthrough and for trying the commands.
 */
export async function openSampleQuestionnaire(services: Services): Promise<vscode.Uri> {
  const file = vscode.Uri.joinPath(services.extensionUri, 'media', 'walkthrough', 'sample-questionnaire.md');
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document.uri;
}

/**
 * The profile an answer comes from, and what the writer is told when there is none (or it has
 * errors). Messages never block the command: their buttons act when clicked.
 */
import * as vscode from 'vscode';
import type { Profile } from '../domain/profile/schema';
import type { QuestionAnchor } from '../domain/questionnaire/anchor';
import { CommandId } from '../shared/ids';
import { getSettings } from './config';
import type { Services } from './services';

/** Opens the profile, at a 1-based line when given. */
export async function openProfile(uri: vscode.Uri, line?: number, column?: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (line !== undefined) {
    const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, (column ?? 1) - 1));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }
}

export interface WizardTarget {
  uri: vscode.Uri;
  /** 0-based line of the question. */
  line: number;
  /** The question itself: the button may be clicked after edits have moved it off `line`. */
  question?: QuestionAnchor;
}

/**
 * The valid profile for a document, or undefined after telling the writer why there is none:
 * no profile → "Create profile" (and "Answer with the wizard" when that command exists);
 * a profile with errors → "Open profile" at the first error.
 */
export async function profileForAnswering(services: Services, resource: vscode.Uri, wizard?: WizardTarget): Promise<Profile | undefined> {
  await services.profiles.ready;
  const loaded = services.profiles.get(resource);
  if (loaded?.profile) {
    return loaded.profile;
  }
  const first = loaded?.errors[0];
  if (loaded && first) {
    const count = loaded.errors.length;
    const message = `The assurance profile has ${count === 1 ? 'a problem' : `${count} problems`} (line ${first.line}: ${first.message}). Attest answers only from a valid profile: fix it, then try again.`;
    void vscode.window.showWarningMessage(message, 'Open profile').then((choice) => (choice ? openProfile(loaded.uri, first.line, first.column) : undefined));
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
  const path = getSettings(folder?.uri).profilePath;
  const refusal = folder && services.profiles.refusal(folder);
  if (refusal) {
    // The configured path leads out of the workspace: say so rather than offer to create it there.
    void vscode.window.showWarningMessage(refusal);
    return undefined;
  }
  const actions = wizard ? ['Create profile', 'Answer with the wizard'] : ['Create profile'];
  const message = `Attest answers from the facts in an assurance profile (${path}), and this workspace has none yet.`;
  void vscode.window.showInformationMessage(message, ...actions).then(async (choice) => {
    if (choice === 'Create profile') {
      await vscode.commands.executeCommand(CommandId.createProfile);
    } else if (choice === 'Answer with the wizard' && wizard) {
      await vscode.commands.executeCommand(CommandId.openWizard, wizard.uri, wizard.line, wizard.question);
    }
  });
  return undefined;
}

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

export type AnsweringProfile = { profile: Profile; message?: undefined } | { profile?: undefined; message: string };

export interface AnsweringOptions {
  /** How the messages say what Attest does with the profile: "answers" (default) or "fills workbooks". */
  purpose?: 'answers' | 'fills workbooks' | 'fills Word questionnaires';
  /**
   * "Answer with the wizard" at this question, or 'open' for "Open the wizard" on its own (a
   * workbook has no line to return to; the wizard saves the SOC 2 facts into the profile).
   */
  wizard?: WizardTarget | 'open';
}

/**
 * The valid profile for a document, or the message the writer was shown about why there is none:
 * no profile → "Create profile" (and the wizard when asked for); a profile with errors → "Open
 * profile" at the first error; a configured path leading out of the workspace → that refusal.
 * Messages never block the command: their buttons act when clicked.
 */
export async function profileForAnswering(services: Services, resource: vscode.Uri, options: AnsweringOptions = {}): Promise<AnsweringProfile> {
  const purpose = options.purpose ?? 'answers';
  await services.profiles.ready;
  const loaded = services.profiles.get(resource);
  if (loaded?.profile) {
    return { profile: loaded.profile };
  }
  const first = loaded?.errors[0];
  if (loaded && first) {
    const count = loaded.errors.length;
    const message = `The assurance profile has ${count === 1 ? 'a problem' : `${count} problems`} (line ${first.line}: ${first.message}). Attest ${purpose} only from a valid profile: fix it, then try again.`;
    void vscode.window.showWarningMessage(message, 'Open profile').then((choice) => (choice ? openProfile(loaded.uri, first.line, first.column) : undefined));
    return { message };
  }
  const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
  const path = getSettings(folder?.uri).profilePath;
  const refusal = folder && services.profiles.refusal(folder);
  if (refusal) {
    // The configured path leads out of the workspace: say so rather than offer to create it there.
    void vscode.window.showWarningMessage(refusal);
    return { message: refusal };
  }
  const wizard = options.wizard;
  const wizardAction = wizard === undefined ? undefined : wizard === 'open' ? 'Open the wizard' : 'Answer with the wizard';
  const actions = wizardAction === undefined ? ['Create profile'] : ['Create profile', wizardAction];
  const message = `Attest ${purpose} from the facts in an assurance profile (${path}), and this workspace has none yet.`;
  void vscode.window.showInformationMessage(message, ...actions).then(async (choice) => {
    if (choice === 'Create profile') {
      await vscode.commands.executeCommand(CommandId.createProfile);
    } else if (choice !== undefined && choice === wizardAction) {
      await (wizard === 'open' || wizard === undefined ? vscode.commands.executeCommand(CommandId.openWizard) : vscode.commands.executeCommand(CommandId.openWizard, wizard.uri, wizard.line, wizard.question));
    }
  });
  return { message };
}

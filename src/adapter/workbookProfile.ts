/**
 * The profile a workbook is filled from, and what the user is told when there is none or it has
 * errors. A workbook has no line to return to, so the wizard is offered on its own (it saves the
 * SOC 2 facts into the profile) rather than "at the question" as in text questionnaires.
 */
import * as vscode from 'vscode';
import type { Profile } from '../domain/profile/schema';
import { CommandId } from '../shared/ids';
import { getSettings } from './config';
import { openProfile } from './questionnaireProfile';
import type { Services } from './services';

export type WorkbookProfile = { profile: Profile } | { profile?: undefined; message: string };

const CREATE = 'Create profile';
const WIZARD = 'Open the wizard';
const OPEN = 'Open profile';

/** The valid profile for a workbook, or the message shown (with buttons that act when clicked). */
export async function profileForWorkbook(services: Services, workbook: vscode.Uri): Promise<WorkbookProfile> {
  await services.profiles.ready;
  const loaded = services.profiles.get(workbook);
  if (loaded?.profile) {
    return { profile: loaded.profile };
  }
  const first = loaded?.errors[0];
  if (loaded && first) {
    const count = loaded.errors.length;
    const message = `The assurance profile has ${count === 1 ? 'a problem' : `${count} problems`} (line ${first.line}: ${first.message}). Attest fills workbooks only from a valid profile: fix it, then try again.`;
    void vscode.window.showWarningMessage(message, OPEN).then((choice) => (choice === OPEN ? openProfile(loaded.uri, first.line, first.column) : undefined));
    return { message };
  }
  const folder = vscode.workspace.getWorkspaceFolder(workbook) ?? vscode.workspace.workspaceFolders?.[0];
  const path = getSettings(folder?.uri).profilePath;
  const refusal = folder && services.profiles.refusal(folder);
  if (refusal) {
    // The configured path leads out of the workspace: say so rather than offer to create it there.
    void vscode.window.showWarningMessage(refusal);
    return { message: refusal };
  }
  const actions = [CREATE, WIZARD];
  const message = `Attest fills workbooks from the facts in an assurance profile (${path}), and this workspace has none yet.`;
  void vscode.window.showInformationMessage(message, ...actions).then(async (choice) => {
    if (choice === CREATE) {
      await vscode.commands.executeCommand(CommandId.createProfile);
    } else if (choice === WIZARD) {
      await vscode.commands.executeCommand(CommandId.openWizard);
    }
  });
  return { message };
}

import * as vscode from 'vscode';
import { SafeWriteError, writeFileSafely } from '../../io/safeWrite';
import { getSettings } from '../config';
import { loadProfileTemplate } from '../lazy/profileTemplate';
import type { Services } from '../services';
import { fileExists } from '../uris';

/** Optional first argument, for callers that already know the answers (and for tests). */
interface CreateProfileRequest {
  folder?: vscode.Uri;
  organizationName?: string;
}

export interface CreateProfileResult {
  outcome: 'created' | 'exists' | 'cancelled' | 'no_folder' | 'refused';
  uri?: vscode.Uri;
}

function readRequest(value: unknown): CreateProfileRequest {
  if (value instanceof vscode.Uri) {
    return { folder: value };
  }
  if (typeof value !== 'object' || value === null) {
    return {};
  }
  const raw = value as Record<string, unknown>;
  return {
    folder: raw.folder instanceof vscode.Uri ? raw.folder : undefined,
    organizationName: typeof raw.organizationName === 'string' ? raw.organizationName : undefined,
  };
}

const MAX_NAME = 200;

/** Why a name cannot be used, or undefined when it can. Shown under the input box as the user types. */
export function organizationNameProblem(value: string): string | undefined {
  const name = value.trim();
  if (name === '') {
    return 'Enter the organization name as it should appear in answers (for example "Example Cloud, Inc.").';
  }
  if (name.length > MAX_NAME) {
    return `Keep it under ${MAX_NAME} characters.`;
  }
  if (/[\r\n]/.test(value)) {
    return 'One line only.';
  }
  return undefined;
}

async function pickFolder(request: CreateProfileRequest): Promise<vscode.WorkspaceFolder | undefined | 'none'> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    return 'none';
  }
  if (request.folder) {
    return vscode.workspace.getWorkspaceFolder(request.folder) ?? 'none';
  }
  if (folders.length === 1) {
    return folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder gets the assurance profile?', ignoreFocusOut: true });
}

/**
 * Creates the scaffold through writeFileSafely: never replacing a file, never through a link,
 * only inside the workspace folder (checked again after its folder is created). The reason when not.
 */
async function writeScaffold(folder: vscode.WorkspaceFolder, uri: vscode.Uri, text: string): Promise<string | undefined> {
  if (uri.scheme !== 'file') {
    return 'Attest creates the profile only in folders on this machine.';
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  try {
    await writeFileSafely(uri.fsPath, text, { overwrite: false, within: [folder.uri.fsPath] });
    return undefined;
  } catch (error) {
    if (error instanceof SafeWriteError) {
      return error.problem === 'exists' ? 'the file appeared meanwhile and was left as it is.' : error.message;
    }
    throw error;
  }
}

/**
 * Attest: Create Assurance Profile. Writes the commented scaffold at the configured path of the
 * chosen workspace folder and opens it; an existing profile is opened, never replaced.
 */
export async function createProfile(services: Services, requestArg?: unknown): Promise<CreateProfileResult> {
  const request = readRequest(requestArg);
  const folder = await pickFolder(request);
  if (folder === 'none') {
    void vscode.window
      .showInformationMessage('Attest keeps the assurance profile in a workspace folder, and no folder is open. Open the folder that holds your questionnaires, then run Create Assurance Profile again.', 'Open Folder…')
      .then((choice) => (choice ? vscode.commands.executeCommand('workbench.action.files.openFolder') : undefined));
    return { outcome: 'no_folder' };
  }
  if (!folder) {
    return { outcome: 'cancelled' };
  }
  const checked = await services.profiles.checkedProfileUri(folder);
  if (checked.problem !== undefined) {
    void vscode.window.showWarningMessage(`Attest did not create the profile: ${checked.problem}`);
    return { outcome: 'refused' };
  }
  const uri = checked.uri;
  const relative = getSettings(folder).profilePath;
  if (await fileExists(uri)) {
    await vscode.window.showTextDocument(uri, { preview: false });
    void vscode.window.showInformationMessage(`${relative} already exists in ${folder.name}; Attest opened it and left it unchanged.`);
    return { outcome: 'exists', uri };
  }
  const name =
    request.organizationName ??
    (await vscode.window.showInputBox({
      title: 'Attest: Create Assurance Profile',
      prompt: `Your organization's name, as it should appear in answers. The profile is created at ${relative} in ${folder.name}.`,
      placeHolder: 'Example Cloud, Inc.',
      ignoreFocusOut: true,
      validateInput: organizationNameProblem,
    }));
  if (name === undefined) {
    return { outcome: 'cancelled' };
  }
  const problem = organizationNameProblem(name);
  if (problem !== undefined) {
    void vscode.window.showWarningMessage(problem);
    return { outcome: 'cancelled' };
  }
  // Checked again: the file may have appeared while the input box was open.
  if (await fileExists(uri)) {
    await vscode.window.showTextDocument(uri, { preview: false });
    void vscode.window.showInformationMessage(`${relative} appeared in ${folder.name} meanwhile; Attest opened it and left it unchanged.`);
    return { outcome: 'exists', uri };
  }
  const { profileTemplate } = await loadProfileTemplate();
  const refusal = await writeScaffold(folder, uri, profileTemplate(name.trim()));
  if (refusal !== undefined) {
    void vscode.window.showWarningMessage(`Attest did not create ${relative}: ${refusal}`);
    return { outcome: 'refused' };
  }
  await services.profiles.reload(folder);
  await vscode.window.showTextDocument(uri, { preview: false });
  void vscode.window.showInformationMessage(
    `Created ${relative} for ${name.trim()}. Add the facts from your latest reports before answering (hover a property for help): while it lists no SOC 2 examination, Attest answers that there is no SOC 2 report.`,
  );
  services.logger.info(`Created the assurance profile ${uri.toString()}`);
  return { outcome: 'created', uri };
}

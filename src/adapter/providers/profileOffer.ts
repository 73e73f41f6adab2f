/**
 * The one-time offer to create the assurance profile: the first time a questionnaire with
 * questions Attest recognizes is open in a workspace folder that has no profile, a non-modal
 * notification says so and offers "Create Profile". Whatever the answer (or none: the
 * notification can just be left), it is not offered again in that workspace. Claim checks,
 * CodeLens and the questionnaire view work without a profile meanwhile.
 */
import * as vscode from 'vscode';
import { CommandId } from '../../shared/ids';
import { classifiedItems, readOpenQuestionnaire } from '../questionnaireDocument';
import type { Services } from '../services';

export const PROFILE_OFFER_KEY = 'attest.profileOffer.shown';
export const CREATE_PROFILE_ACTION = 'Create Profile';

export class ProfileOffer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private offered: boolean;
  private readonly shown = new vscode.EventEmitter<string>();
  /** Fires with the message when the offer is shown (tests wait on it). */
  readonly onDidShow = this.shown.event;

  constructor(private readonly services: Services) {
    this.offered = services.context.workspaceState.get<boolean>(PROFILE_OFFER_KEY) === true;
    if (this.offered) {
      return;
    }
    this.disposables.push(
      this.shown,
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.consider(editor?.document)),
      services.profiles.onDidChange(() => void this.consider(vscode.window.activeTextEditor?.document)),
    );
    void this.consider(vscode.window.activeTextEditor?.document);
  }

  private async consider(document: vscode.TextDocument | undefined): Promise<void> {
    if (this.offered || !document) {
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? (document.isUntitled ? vscode.workspace.workspaceFolders?.[0] : undefined);
    if (!folder) {
      return;
    }
    await this.services.profiles.ready;
    // A profile that exists (valid or not) is not offered again; a folder Attest refuses to read is not either.
    if (this.offered || this.services.profiles.get(document.uri) !== undefined || this.services.profiles.refusal(folder) !== undefined) {
      return;
    }
    const open = readOpenQuestionnaire(document);
    if (!open || !classifiedItems(open).some((c) => c.intent !== 'none')) {
      return;
    }
    this.offered = true;
    await this.services.context.workspaceState.update(PROFILE_OFFER_KEY, true);
    const message = `Attest recognizes SOC 2 and security questions in ${document.uri.path.split('/').pop() ?? 'this file'}. To answer them from your own facts, create an assurance profile (${folder.name}/.attest/profile.json). Claim checks work without one.`;
    this.shown.fire(message);
    const choice = await vscode.window.showInformationMessage(message, CREATE_PROFILE_ACTION);
    if (choice === CREATE_PROFILE_ACTION) {
      await vscode.commands.executeCommand(CommandId.createProfile, folder.uri);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

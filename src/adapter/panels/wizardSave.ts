import * as vscode from 'vscode';
import { parseProfile } from '../../domain/profile/parse';
import type { Profile } from '../../domain/profile/schema';
import type { WizardForm } from '../../shared/wizardProtocol';
import type { ProfileService } from '../profileService';
import { fileExists } from '../uris';
import { loadWizardSave } from '../lazy/wizardSave';

export interface SaveOutcome {
  ok: boolean;
  message: string;
  /** The profile as saved (so the wizard can show exactly what the file now says). */
  saved?: Profile;
}

/** The smallest single replacement that turns `before` into `after` (common prefix and suffix kept). */
export function minimalReplacement(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}

/** What the status says when the profile editor had unsaved changes: they stay unsaved, and so does the wizard's edit. */
export const SAVED_INTO_EDITOR = 'Saved into the open profile editor; save the file to keep it';

/**
 * Writes the wizard's answers into the profile: one WorkspaceEdit on the profile document (so
 * Ctrl+Z in that file undoes it), then a save. A missing profile is created from the commented
 * scaffold. Only the fields the wizard owns change (see domain/wizard/save.ts). When the profile
 * is open with unsaved changes, the edit goes into that editor on top of them and the file is not
 * saved: saving would write the writer's unfinished edits to disk without asking. Callers must not
 * run two saves at once (the second would compute its edit on text the first is still changing).
 */
export async function saveWizardToProfile(profiles: ProfileService, resource: vscode.Uri | undefined, form: WizardForm, today: string): Promise<SaveOutcome> {
  const folder = (resource ? vscode.workspace.getWorkspaceFolder(resource) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) {
    return { ok: false, message: 'Open a folder first: the profile lives in the workspace (.attest/profile.json).' };
  }
  const checked = await profiles.checkedProfileUri(folder);
  if (checked.problem !== undefined) {
    return { ok: false, message: `Not saved: ${checked.problem}` };
  }
  const uri = checked.uri;
  const relative = vscode.workspace.asRelativePath(uri, false);
  const { saveFormToProfile } = await loadWizardSave();
  if (!(await fileExists(uri)) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
    const result = saveFormToProfile(undefined, form, today);
    if (!result.ok) {
      return { ok: false, message: result.reason === 'form-invalid' ? `Not saved: ${result.messages[0] ?? 'the form has errors.'}` : 'Not saved: the profile scaffold did not validate.' };
    }
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(result.text) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      return { ok: false, message: `Could not create ${relative}.` };
    }
    await profiles.reload(folder);
    return { ok: true, message: `Created ${relative} with your answers.`, saved: parseProfile(result.text).profile };
  }

  const document = await vscode.workspace.openTextDocument(uri);
  // Read before the edit: after it the document is dirty either way.
  const hadUnsavedChanges = document.isDirty;
  const text = document.getText();
  const result = saveFormToProfile(text, form, today);
  if (!result.ok) {
    if (result.reason === 'profile-invalid') {
      const first = result.errors[0];
      return {
        ok: false,
        message: `Not saved: ${relative} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} to fix first${first ? ` (line ${first.line}: ${first.message})` : ''}.`,
      };
    }
    return { ok: false, message: `Not saved: ${result.messages[0] ?? 'the form has errors.'}` };
  }
  if (!result.changed) {
    return { ok: true, message: `${relative} already says this; nothing to change.`, saved: parseProfile(text).profile };
  }
  const change = minimalReplacement(text, result.text);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    return { ok: false, message: `${relative} did not accept the change (is it read-only?).` };
  }
  if (hadUnsavedChanges) {
    await profiles.reload(folder);
    return {
      ok: true,
      message: `${SAVED_INTO_EDITOR} (${relative} had unsaved changes, which are kept; only the wizard's fields changed, Ctrl+Z in that file undoes it).`,
      saved: parseProfile(result.text).profile,
    };
  }
  if (!(await document.save())) {
    return { ok: false, message: `Updated ${relative}, but it could not be saved: save it yourself.` };
  }
  await profiles.reload(folder);
  return { ok: true, message: `Saved to ${relative}: only the wizard's fields changed; Ctrl+Z in that file undoes it.`, saved: parseProfile(result.text).profile };
}

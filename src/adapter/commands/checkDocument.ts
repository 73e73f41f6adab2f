import * as vscode from 'vscode';
import type { Finding } from '../../domain/claims';
import { loadClaims } from '../lazy/claims';
import { displayName } from '../questionnaireDocument';
import type { Services } from '../services';

export interface CheckDocumentResult {
  outcome: 'checked' | 'no_document';
  findings: number;
  /** Whether the profile rules ran too (a valid profile was found). */
  withProfile?: boolean;
}

const ICONS: Record<Finding['severity'], string> = { error: '$(error)', warning: '$(warning)', info: '$(info)' };

interface FindingItem extends vscode.QuickPickItem {
  range: vscode.Range;
}

function reveal(editor: vscode.TextEditor, range: vscode.Range, select: boolean): void {
  if (select) {
    editor.selection = new vscode.Selection(range.start, range.end);
  }
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Attest: Check Document. Runs the claim rules on the active document now and lists what they
 * find in a QuickPick: moving through the list shows each place, Enter selects it. (The live
 * squiggles come from the diagnostics provider; this is the on-demand pass over the whole text.)
 */
export async function checkDocument(services: Services): Promise<CheckDocumentResult> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open the document to check (a questionnaire or an answer), then run Check Document.');
    return { outcome: 'no_document', findings: 0 };
  }
  const document = editor.document;
  await services.profiles.ready;
  const profile = services.profiles.isProfile(document.uri) ? undefined : services.profiles.get(document.uri)?.profile;
  const { check } = await loadClaims();
  const findings = check(document.getText(), { profile, today: services.clock.today(), beforeSending: true }).sort((a, b) => a.offset - b.offset);
  const name = displayName(document);
  const scope = profile ? 'the wording rules and the rules that compare it with your profile' : 'the wording rules (without a valid profile, the rules that compare answers with your facts did not run)';
  if (findings.length === 0) {
    void vscode.window.showInformationMessage(`No misleading SOC 2 claims found in ${name}. Checked: ${scope}.`);
    return { outcome: 'checked', findings: 0, withProfile: profile !== undefined };
  }
  const items: FindingItem[] = findings.map((finding) => {
    const range = new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.offset + finding.length));
    const flagged = document.getText(range).replace(/\s+/g, ' ');
    return {
      label: `${ICONS[finding.severity]} Line ${finding.line}: "${flagged.length > 60 ? `${flagged.slice(0, 59)}…` : flagged}"`,
      description: finding.rule,
      detail: finding.fix ? `${finding.message} Suggested: "${finding.fix.replacement}".` : finding.message,
      range,
    };
  });
  const pick = vscode.window.createQuickPick<FindingItem>();
  pick.title = `Attest: ${findings.length} ${findings.length === 1 ? 'claim' : 'claims'} to review in ${name}`;
  pick.placeholder = 'Arrow keys show each place; Enter selects it';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items;
  pick.onDidChangeActive(([active]) => {
    if (active) {
      reveal(editor, active.range, false);
    }
  });
  pick.onDidAccept(() => {
    const [chosen] = pick.selectedItems;
    pick.hide();
    if (chosen) {
      void vscode.window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false }).then((shown) => reveal(shown, chosen.range, true));
    }
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return { outcome: 'checked', findings: findings.length, withProfile: profile !== undefined };
}

/**
 * Quick fixes for claim diagnostics: the safe rewrite of each finding that has one, "Fix all in
 * file" as a quick fix, and `source.fixAll.attest` for "Fix All" and `editor.codeActionsOnSave`.
 * Every fix-all is one WorkspaceEdit, so one Ctrl+Z undoes it. Each finding also offers its
 * explanation ("Why is this wrong?").
 */
import * as vscode from 'vscode';
import type { Finding } from '../../domain/claims';
import { RULE_TOPICS } from '../../domain/catalog/ruleTopics';
import { CommandId } from '../../shared/ids';
import { loadTopics } from '../lazy/topics';
import { DIAGNOSTIC_SOURCE, type ClaimDiagnostics } from './claimDiagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('attest');
export const FIX_ALL_TITLE = 'Fix all Attest claim problems';
export const FIX_ALL_IN_FILE_TITLE = 'Fix all Attest claim problems in this file';

type FixableFinding = Finding & { fix: NonNullable<Finding['fix']> };

function isFixable(finding: Finding): finding is FixableFinding {
  return finding.fix !== undefined;
}

function rangeOf(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.offset + finding.length));
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Every safe fix in one edit; where two fixes overlap, the first one wins and the other waits for the next run. */
export function fixAllEdit(document: vscode.TextDocument, findings: readonly Finding[]): { edit: vscode.WorkspaceEdit; count: number } {
  const edit = new vscode.WorkspaceEdit();
  let count = 0;
  let lastEnd = -1;
  for (const finding of [...findings].filter(isFixable).sort((a, b) => a.offset - b.offset)) {
    if (finding.offset < lastEnd) {
      continue;
    }
    edit.replace(document.uri, rangeOf(document, finding), finding.fix.replacement);
    lastEnd = finding.offset + finding.length;
    count += 1;
  }
  return { edit, count };
}

export class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: ClaimDiagnostics) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const findings = await this.diagnostics.findings(document);
    if (findings.length === 0 || token.isCancellationRequested) {
      return [];
    }
    const fixable = findings.filter(isFixable);
    const actions: vscode.CodeAction[] = [];

    if (wants(vscode.CodeActionKind.QuickFix)) {
      const here = findings.filter((f) => rangeOf(document, f).intersection(range) !== undefined);
      for (const finding of here) {
        const diagnostic = this.matchingDiagnostic(document, finding, context);
        if (isFixable(finding)) {
          const action = new vscode.CodeAction(finding.fix.description, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.replace(document.uri, rangeOf(document, finding), finding.fix.replacement);
          // Preferred (Ctrl+. then Enter, "auto fix") only when no other fix competes for the same words.
          action.isPreferred = !fixable.some((other) => other !== finding && overlaps(other, finding) && other.fix.replacement !== finding.fix.replacement);
          action.diagnostics = diagnostic ? [diagnostic] : [];
          actions.push(action);
        }
      }
      if (fixable.length > 1 && here.some(isFixable)) {
        const { edit, count } = fixAllEdit(document, fixable);
        const action = new vscode.CodeAction(`${FIX_ALL_IN_FILE_TITLE} (${count})`, vscode.CodeActionKind.QuickFix);
        action.edit = edit;
        actions.push(action);
      }
      // Explanations last, once per rule under the cursor.
      const { resolveTopic } = await loadTopics();
      for (const rule of new Set(here.map((f) => f.rule))) {
        const topic = resolveTopic(RULE_TOPICS[rule]);
        if (topic) {
          const action = new vscode.CodeAction(`Explain: ${topic.title}`, vscode.CodeActionKind.QuickFix);
          action.command = { command: CommandId.explainTerm, title: action.title, arguments: [topic.key] };
          actions.push(action);
        }
      }
    }

    if (fixable.length > 0 && wants(FIX_ALL_KIND)) {
      const action = new vscode.CodeAction(FIX_ALL_TITLE, FIX_ALL_KIND);
      action.edit = fixAllEdit(document, fixable).edit;
      actions.push(action);
    }
    return actions;
  }

  private matchingDiagnostic(document: vscode.TextDocument, finding: Finding, context: vscode.CodeActionContext): vscode.Diagnostic | undefined {
    const range = rangeOf(document, finding);
    return context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(range) && codeValue(d) === finding.rule);
  }
}

function codeValue(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.value : code;
}

/**
 * Hovers in questionnaire documents: on the terms the knowledge base explains (Type 1/Type 2,
 * bridge letter, carve-out, CUEC, CSOC, SOC 1/2/3, …) and on criterion ids (CC6.1). An id that
 * does not exist (CC10.1) gets a hover that says so. Each hover links to the full explanation
 * through a command link; only Attest's two look-up commands are enabled in that Markdown.
 */
import * as vscode from 'vscode';
import { findCriterionIdTokens, getCriterion } from '../../domain/catalog/criteria';
import { CommandId } from '../../shared/ids';
import { loadKnowledge } from '../lazy/knowledge';
import { loadTopics } from '../lazy/topics';
import { isQuestionnaireDocument } from './claimDiagnostics';

const HOVER_COMMANDS = [CommandId.explainTerm, CommandId.lookupCriterion];

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${title}")`;
}

function markdown(value: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(value);
  result.isTrusted = { enabledCommands: HOVER_COMMANDS };
  result.supportHtml = false;
  return result;
}

/** The hover for one line at a character offset, or undefined when nothing there is explained. */
export async function hoverForLine(lineText: string, character: number): Promise<{ start: number; end: number; contents: vscode.MarkdownString } | undefined> {
  const [{ findTerms }, { criterionCategoryLabel, resolveTopic }] = await Promise.all([loadKnowledge(), loadTopics()]);
  const term = findTerms(lineText).find((m) => m.start <= character && character < m.end);
  if (term) {
    if (term.kind === 'criterion') {
      const criterion = getCriterion(term.key);
      if (criterion) {
        const text = [
          `**${criterion.id} · ${criterion.title}**`,
          '',
          `_${criterionCategoryLabel(criterion)} · ${criterion.groupTitle}_`,
          '',
          criterion.summary,
          '',
          commandLink('Open full explanation', CommandId.lookupCriterion, [criterion.id]),
        ].join('\n');
        return { start: term.start, end: term.end, contents: markdown(text) };
      }
    } else {
      const topic = resolveTopic(term.key);
      if (topic) {
        const text = [`**${topic.title}**`, '', topic.customerSafe, '', commandLink('Open full explanation', CommandId.explainTerm, [topic.key])].join('\n');
        return { start: term.start, end: term.end, contents: markdown(text) };
      }
    }
  }
  const unknown = findCriterionIdTokens(lineText).find((t) => !t.validation.ok && t.start <= character && character < t.end);
  if (unknown && !unknown.validation.ok) {
    const suggestion = unknown.validation.suggestion ? ` Did you mean ${unknown.validation.suggestion}?` : '';
    const text = [
      // The token matched the id pattern (letters, digits, one dot): nothing in it is Markdown.
      `**${unknown.raw} is not a Trust Services Criterion**`,
      '',
      unknown.validation.message + suggestion,
      '',
      commandLink('Look up a criterion', CommandId.lookupCriterion, []),
    ].join('\n');
    return { start: unknown.start, end: unknown.end, contents: markdown(text) };
  }
  return undefined;
}

export class TermHoverProvider implements vscode.HoverProvider {
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    // The same documents as the claim check (include/exclude globs), even with diagnostics off.
    if (!isQuestionnaireDocument(document)) {
      return undefined;
    }
    const line = document.lineAt(position.line);
    const hover = await hoverForLine(line.text, position.character);
    if (!hover) {
      return undefined;
    }
    return new vscode.Hover(hover.contents, new vscode.Range(position.line, hover.start, position.line, hover.end));
  }
}

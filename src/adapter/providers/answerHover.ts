/**
 * The hover on an answer in a questionnaire: what Attest reads the question as asking, the verdict
 * the profile's facts decide on the day, and the profile paths it rests on, so every Yes or No can
 * be traced. When the answer written there disagrees with the verdict, the hover says so.
 */
import * as vscode from 'vscode';
import { contextAt } from '../../domain/classify';
import { escapeMarkdown } from '../../domain/engine/coverage';
import { INTENT_LABELS } from '../../domain/intents';
import { yesNoKind } from '../../domain/engine/slotValues';
import { loadAnswer } from '../lazy/answer';
import { readOpenQuestionnaire } from '../questionnaireDocument';
import type { Services } from '../services';

const VERDICT_WORDS = { yes: 'Yes', no: 'No', na: 'N/A', undetermined: 'undetermined' } as const;

export class AnswerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const open = readOpenQuestionnaire(document);
    const profile = this.services.profiles.get(document.uri)?.profile;
    if (open === undefined || profile === undefined) {
      return undefined;
    }
    const offset = document.offsetAt(position);
    const items = open.read.items;
    const index = items.findIndex((item) => item.answer.existing.trim() !== '' && offset >= item.answer.range.start && offset <= item.answer.range.end);
    const item = items[index];
    if (item === undefined) {
      return undefined;
    }
    const { answerQuestion } = await loadAnswer();
    const decision = answerQuestion(profile, item.question, { length: 'yesno', today: this.services.clock.today(), context: contextAt(items, index) });
    if (decision.intent === 'none' || decision.verdict === undefined) {
      return undefined;
    }
    const lines = [`**Attest** · ${escapeMarkdown(INTENT_LABELS[decision.intent])} — verdict **${VERDICT_WORDS[decision.verdict]}**`];
    if (decision.facts !== undefined && decision.facts.length > 0) {
      lines.push(`From the profile: ${decision.facts.map((fact) => `\`${fact.replace(/`/g, '')}\``).join(', ')}`);
    }
    if (decision.verdict === 'undetermined' && decision.reasons !== undefined) {
      lines.push(`Left for a person: ${escapeMarkdown(decision.reasons.join(' '))}`);
    }
    const written = yesNoKind(item.answer.existing.replace(/^[\s>*]*(?:answer:\s*)?[*]*\s*/i, ''));
    if (written !== undefined && decision.verdict !== 'undetermined' && written !== decision.verdict) {
      lines.push(`$(warning) The answer here says **${VERDICT_WORDS[written]}**; the profile's facts say **${VERDICT_WORDS[decision.verdict]}** (as of ${this.services.clock.today()}).`);
    }
    const contents = new vscode.MarkdownString(lines.join('\n\n'), true);
    contents.isTrusted = false;
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(item.answer.range.start), document.positionAt(item.answer.range.end)));
  }
}

/**
 * The coverage summary as Markdown for the rendered preview: counts, then every question under its
 * section with its state, source and missing facts, each linked to the question. Pure: the caller
 * supplies the link (rendered again on every change, so a link always points at the question's
 * line in the document as it is now).
 */
import { NEEDS_PERSON, STATE_LABELS, sourceText, summaryLine, type QuestionView, type QuestionnaireView } from './questionnaireModel';

/** Markdown's special characters in text taken from the document, made literal. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function coverageMarkdown(name: string, view: QuestionnaireView, link: (question: QuestionView) => string): string {
  const lines = [`# Coverage of ${escapeMarkdownText(name)}`, '', summaryLine(view), ''];
  const needs = view.questions.filter((q) => NEEDS_PERSON.has(q.state));
  if (needs.length > 0) {
    lines.push(`## For a person (${needs.length})`, '');
    for (const question of needs) {
      lines.push(entry(question, link));
    }
    lines.push('');
  }
  for (const section of view.sections) {
    lines.push(`## ${escapeMarkdownText(section.name)}`, '');
    for (const question of section.questions) {
      lines.push(entry(question, link));
    }
    lines.push('');
  }
  if (view.problem !== undefined) {
    lines.push(`> ${escapeMarkdownText(view.problem)}`, '');
  }
  return lines.join('\n');
}

function entry(question: QuestionView, link: (question: QuestionView) => string): string {
  const source = sourceText(question);
  return `- [${escapeMarkdownText(question.label)}](<${link(question)}>) — **${STATE_LABELS[question.state]}**${source === '' ? '' : ` · ${escapeMarkdownText(source)}`}`;
}

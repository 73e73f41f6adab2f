/**
 * The coverage summary as the body of the coverage panel: counts, the questions for a person
 * first, then every question under its section with its state, source and missing facts. Each
 * question is a link that carries only its position in this rendering; the panel keeps the anchors
 * and finds the question by its anchor in the document as it is when the link is clicked. Pure:
 * every text from the document is escaped.
 */
import { NEEDS_PERSON, STATE_LABELS, sourceText, summaryLine, type QuestionView, type QuestionnaireView } from './questionnaireModel';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Left for a person and not a SOC 2 fact the profile lacks: a library entry would answer it next time. */
function wantsLibraryEntry(question: QuestionView): boolean {
  return (question.state === 'needs_person' || question.state === 'not_recognized') && (question.intent === undefined || question.intent === 'none');
}

function entry(question: QuestionView): string {
  const source = sourceText(question);
  const action = wantsLibraryEntry(question) ? ` <a href="#" class="action" data-new-entry="${question.index}" title="Scaffold a library entry for this question">New library entry…</a>` : '';
  return `<li class="entry state-${question.state}"><a href="#" data-question="${question.index}">${escapeHtml(question.label)}</a><span class="state"> — ${escapeHtml(STATE_LABELS[question.state])}</span>${source === '' ? '' : `<span class="source"> · ${escapeHtml(source)}</span>`}${action}</li>`;
}

export function coverageHtml(name: string, view: QuestionnaireView): string {
  const parts = [`<main class="coverage"><h1>Coverage of ${escapeHtml(name)}</h1>`, `<p class="summary" role="status">${escapeHtml(summaryLine(view))}</p>`];
  const needs = view.questions.filter((q) => NEEDS_PERSON.has(q.state));
  if (needs.length > 0) {
    parts.push(`<h2>For a person (${needs.length})</h2><ul>${needs.map(entry).join('')}</ul>`);
  }
  for (const section of view.sections) {
    parts.push(`<h2>${escapeHtml(section.name)}</h2><ul>${section.questions.map(entry).join('')}</ul>`);
  }
  if (view.problem !== undefined) {
    parts.push(`<p class="problem">${escapeHtml(view.problem)}</p>`);
  }
  parts.push('</main>');
  return parts.join('\n');
}

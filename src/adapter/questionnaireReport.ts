/**
 * The coverage summary of "Fill Questionnaire" as Markdown, each entry linking to its question.
 * Pure (no 'vscode'): the caller supplies the link for each entry.
 */
import { countEntries, escapeMarkdown, verdictSuffix, warningsSuffix, type CoverageEntry, type CoverageStatus } from '../domain/engine/coverage';
import { INTENT_LABELS } from '../domain/intents';

export interface LinkedCoverageEntry extends CoverageEntry {
  /** 0-based line of the question. */
  line: number;
  /** Where the entry's link goes (a URI string with `#L<n>`). */
  link: string;
}

export interface LinkedCoverageReport {
  title: string;
  entries: LinkedCoverageEntry[];
  /** Lines shown under the totals (what was filled, with which profile, when). */
  notes: string[];
}

const GROUPS: readonly { status: CoverageStatus; heading: string; hint: string }[] = [
  { status: 'needs_person', heading: 'Needs a person', hint: 'Answered with visible placeholders, or left blank because the facts do not decide what the question asks: complete them, or add the facts to the profile and fill again.' },
  { status: 'not_recognized', heading: 'Not recognized', hint: 'Not SOC 2 or assurance questions Attest answers; nothing was written.' },
  { status: 'answered', heading: 'Answered', hint: 'Answered from the profile. Read each answer before sending.' },
  { status: 'already_answered', heading: 'Already answered', hint: 'Left as they were.' },
];

/**
 * `[line 12][L12]`, a reference link: its target (`[L12]: <file:///…#L12>`) is listed once at the
 * end of the report, so each entry still reads as a short line in the editor.
 */
export function entryLink(entry: LinkedCoverageEntry): string {
  return `[line ${entry.line + 1}][L${entry.line + 1}]`;
}

/** `[L12]: <file:///…#L12>`; the angle brackets keep spaces and parentheses in the URI safe. */
export function linkDefinition(entry: LinkedCoverageEntry): string {
  return `[L${entry.line + 1}]: <${entry.link.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** Matches the entry links: group 1 is the link text, group 2 the reference label. */
export const ENTRY_LINK = /\[(line \d+)\]\[(L\d+)\]/g;

/** Matches a link definition line: group 1 is the label, group 2 the target. */
export const LINK_DEFINITION = /^\[(L\d+)\]: <([^>]+)>$/;

export function renderLinkedCoverage(report: LinkedCoverageReport): string {
  const counts = countEntries(report.entries);
  const total = `${counts.total} ${counts.total === 1 ? 'question' : 'questions'}: ${counts.answered} answered, ${counts.needs_person} ${counts.needs_person === 1 ? 'needs' : 'need'} a person, ${counts.not_recognized} not recognized, ${counts.already_answered} already answered.`;
  const lines = [`# ${escapeMarkdown(report.title)}`, '', total, ''];
  for (const note of report.notes) {
    lines.push(`> ${escapeMarkdown(note)}`, '');
  }
  for (const { status, heading, hint } of GROUPS) {
    const entries = report.entries.filter((entry) => entry.status === status);
    if (entries.length === 0) {
      continue;
    }
    lines.push(`## ${heading} (${entries.length})`, '', hint, '');
    for (const entry of entries) {
      let line = `- ${entryLink(entry)} ${escapeMarkdown(entry.question)}`;
      if (entry.status === 'needs_person' && entry.missing && entry.missing.length > 0) {
        line += ` — missing: ${entry.missing.map(escapeMarkdown).join(', ')}`;
      } else if (entry.status === 'answered' && entry.intent) {
        line += ` — *${escapeMarkdown(INTENT_LABELS[entry.intent])}*`;
      }
      line += verdictSuffix(entry);
      line += warningsSuffix(entry);
      lines.push(line);
    }
    lines.push('');
  }
  // Every question has its own line, so each label is defined once.
  lines.push(...report.entries.map(linkDefinition));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The coverage report every fill flow returns (workbook, CSV, Markdown): which questions were
 * answered, which need a person (and the facts they need), which Attest did not recognize,
 * and which already had an answer.
 */
import type { IntentId } from '../intents';
import type { AnswerDecision } from '../answer/types';
import type { VerdictValue } from '../answer/verdict';

export type CoverageStatus = 'answered' | 'needs_person' | 'not_recognized' | 'already_answered';

export interface CoverageEntry {
  status: CoverageStatus;
  /** Where the answer goes: a cell (`Sheet1!C7`, `'Vendor Form'!D12`) or a line (`line 12`). */
  location: string;
  question: string;
  intent?: IntentId;
  /** Facts the profile lacks, for `needs_person`, e.g. `[period end date]`. */
  missing?: string[];
  /** What the writer should know about what was written (e.g. a formula neutralized). */
  warnings?: string[];
  /** For a Yes/No question: the verdict the facts decided, or undetermined. */
  verdict?: VerdictValue;
  /** Profile paths the answer rests on. */
  facts?: string[];
  /** Why a Yes/No question was left for a person. */
  reasons?: string[];
}

export interface CoverageSection {
  /** A sheet name, or a document section. */
  name: string;
  entries: CoverageEntry[];
}

export interface CoverageReport {
  title: string;
  sections: CoverageSection[];
  /** Things worth knowing that are not about one question (a sheet skipped, and why). */
  notes?: string[];
}

export interface CoverageCounts {
  total: number;
  answered: number;
  needs_person: number;
  not_recognized: number;
  already_answered: number;
}

export function countEntries(entries: readonly CoverageEntry[]): CoverageCounts {
  const counts: CoverageCounts = { total: 0, answered: 0, needs_person: 0, not_recognized: 0, already_answered: 0 };
  for (const entry of entries) {
    counts.total++;
    counts[entry.status]++;
  }
  return counts;
}

export function summarizeCoverage(report: CoverageReport): CoverageCounts {
  return countEntries(report.sections.flatMap((section) => section.entries));
}

/** Escapes text for inline Markdown (and table-free lists): no raw HTML, no accidental syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (ch) => `\\${ch}`)
    // Only an ampersand that would start an entity needs escaping; "A&A-02.1" stays readable.
    .replace(/&(?=#?\w+;)/g, '\\&');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 answered, 1 needs a person, 2 not recognized, 0 already answered" */
export function countsLine(counts: CoverageCounts): string {
  return [
    `${counts.answered} answered`,
    `${counts.needs_person} ${counts.needs_person === 1 ? 'needs' : 'need'} a person`,
    `${counts.not_recognized} not recognized`,
    `${counts.already_answered} already answered`,
  ].join(', ');
}

const GROUPS: { status: CoverageStatus; heading: string }[] = [
  { status: 'needs_person', heading: 'Needs a person' },
  { status: 'not_recognized', heading: 'Not recognized' },
  { status: 'answered', heading: 'Answered' },
  { status: 'already_answered', heading: 'Already answered (left as it was)' },
];

/** The verdict fields of a coverage entry, from the decision behind it. */
export function verdictOf(decision: Pick<AnswerDecision, 'verdict' | 'facts' | 'reasons'> | undefined): Pick<CoverageEntry, 'verdict' | 'facts' | 'reasons'> {
  if (decision?.verdict === undefined) {
    return {};
  }
  return {
    verdict: decision.verdict,
    ...(decision.facts !== undefined && decision.facts.length > 0 ? { facts: decision.facts } : {}),
    ...(decision.reasons !== undefined && decision.reasons.length > 0 ? { reasons: decision.reasons } : {}),
  };
}

const VERDICT_LABELS: Record<VerdictValue, string> = { yes: 'Yes', no: 'No', na: 'N/A', undetermined: 'undetermined' };

/** ` — verdict No, from soc2.engagements[0].opinion` (or why it is undetermined); empty for questions without a verdict. */
export function verdictSuffix(entry: CoverageEntry): string {
  if (entry.verdict === undefined) {
    return '';
  }
  const from = entry.facts !== undefined && entry.facts.length > 0 ? `, from ${entry.facts.map((f) => `\`${f.replace(/`/g, '')}\``).join(', ')}` : '';
  const why = entry.verdict === 'undetermined' && entry.reasons !== undefined && entry.reasons.length > 0 ? `: ${entry.reasons.map(escapeMarkdown).join(' ')}` : '';
  return ` — verdict ${VERDICT_LABELS[entry.verdict]}${from}${why}`;
}

/** ` — ⚠ …` for each of an entry's warnings, escaped; empty when it has none. */
export function warningsSuffix(entry: CoverageEntry): string {
  return (entry.warnings ?? []).map((warning) => ` — ⚠ ${escapeMarkdown(warning)}`).join('');
}

/** The full report, per section: needs a person (with the missing facts), not recognized, answered, already answered. */
export function renderCoverageMarkdown(report: CoverageReport): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  const total = summarizeCoverage(report);
  lines.push(`${plural(total.total, 'question', 'questions')}: ${countsLine(total)}.`, '');
  for (const note of report.notes ?? []) {
    lines.push(`> ${escapeMarkdown(note)}`, '');
  }
  for (const section of report.sections) {
    const counts = countEntries(section.entries);
    lines.push(`## ${escapeMarkdown(section.name)}`, '', `${countsLine(counts)}.`, '');
    for (const { status, heading } of GROUPS) {
      const entries = section.entries.filter((entry) => entry.status === status);
      if (entries.length === 0) {
        continue;
      }
      lines.push(`### ${heading} (${entries.length})`, '');
      for (const entry of entries) {
        let line = `- **${escapeMarkdown(entry.location)}** ${escapeMarkdown(entry.question)}`;
        if (entry.status === 'needs_person' && entry.missing && entry.missing.length > 0) {
          line += ` — missing: ${entry.missing.map(escapeMarkdown).join(', ')}`;
        }
        line += verdictSuffix(entry);
        line += warningsSuffix(entry);
        lines.push(line);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A few lines for a terminal: the totals, then one line per section. */
export function renderCoverageText(report: CoverageReport): string {
  const total = summarizeCoverage(report);
  const lines = [`${report.title}: ${plural(total.total, 'question', 'questions')} — ${countsLine(total)}`];
  if (report.sections.length > 1) {
    for (const section of report.sections) {
      lines.push(`  ${section.name}: ${countsLine(countEntries(section.entries))}`);
    }
  }
  for (const note of report.notes ?? []) {
    lines.push(`  note: ${note}`);
  }
  for (const section of report.sections) {
    for (const entry of section.entries) {
      for (const warning of entry.warnings ?? []) {
        lines.push(`  warning: ${entry.location}: ${warning}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

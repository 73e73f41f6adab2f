/**
 * The coverage report every fill flow returns (workbook, CSV, Markdown): which questions were
 * answered, which need a person (and the facts they need), which Attest did not recognize,
 * and which already had an answer.
 */
import { INTENT_LABELS, type IntentId } from '../intents';
import type { AnswerDecision, AnswerProvenance, LibrarySuggestion } from '../answer/types';
import type { VerdictValue } from '../answer/verdict';
import type { PlannedItem } from './plan';

export type CoverageStatus = 'answered' | 'needs_person' | 'not_recognized' | 'already_answered';

export interface CoverageEntry {
  status: CoverageStatus;
  /** Where the answer goes: a cell (`Sheet1!C7`, `'Vendor Form'!D12`) or a line (`line 12`). */
  location: string;
  /** The question's id in the document ("A&A-02.1"), when it has one. */
  id?: string;
  question: string;
  /** 0-based line of the question in a text document. */
  line?: number;
  intent?: IntentId;
  /** Where the answer came from: the profile's facts, or a library entry. */
  source?: AnswerProvenance;
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
  /** The library entry near it, when one is (not close enough to fill). */
  suggestion?: LibrarySuggestion;
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

const GROUPS: readonly { status: CoverageStatus; heading: string; hint: string }[] = [
  { status: 'needs_person', heading: 'Needs a person', hint: 'Answered with visible placeholders, or left blank because the facts do not decide what the question asks: complete them, or add the facts to the profile and fill again.' },
  { status: 'not_recognized', heading: 'Not recognized', hint: 'Not questions Attest answers from the profile or the library; nothing was written.' },
  { status: 'answered', heading: 'Answered', hint: "Answered from the profile's facts or the answer library, as each answer says. Read each answer before sending." },
  { status: 'already_answered', heading: 'Already answered', hint: 'Left as they were.' },
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
export function verdictSuffix(entry: CoverageEntry, alreadySaid: readonly string[] = []): string {
  if (entry.verdict === undefined) {
    return '';
  }
  const from = entry.facts !== undefined && entry.facts.length > 0 ? `, from ${entry.facts.map((f) => `\`${f.replace(/`/g, '')}\``).join(', ')}` : '';
  // A reason the line already gave (as what is missing) is not repeated.
  const reasons = (entry.reasons ?? []).filter((reason) => !alreadySaid.includes(reason));
  const why = entry.verdict === 'undetermined' && reasons.length > 0 ? `: ${reasons.map(escapeMarkdown).join(' ')}` : '';
  return ` — verdict ${VERDICT_LABELS[entry.verdict]}${from}${why}`;
}

/** ` — ⚠ …` for each of an entry's warnings, escaped; empty when it has none. */
export function warningsSuffix(entry: CoverageEntry): string {
  return (entry.warnings ?? []).map((warning) => ` — ⚠ ${escapeMarkdown(warning)}`).join('');
}

/** How a rendered entry links to its question; without it the entry shows its location in bold. */
export interface CoverageLinks {
  /** The target of the entry's link (a URI string), or undefined for no link. */
  target(entry: CoverageEntry): string | undefined;
}

/** `[line 12][L12]`: a reference link whose target is listed once at the end, so each entry stays a short line. */
export function entryLink(entry: CoverageEntry): string {
  return `[${entry.location}][L${(entry.line ?? 0) + 1}]`;
}

/** Matches the entry links: group 1 is the link text, group 2 the reference label. */
export const ENTRY_LINK = /\[(line \d+)\]\[(L\d+)\]/g;

/** Matches a link definition line: group 1 is the label, group 2 the target. */
export const LINK_DEFINITION = /^\[(L\d+)\]: <([^>]+)>$/;

/** `[L12]: <file:///…#L12>`; the angle brackets keep spaces and parentheses in the URI safe. */
export function linkDefinition(entry: CoverageEntry, target: string): string {
  return `[L${(entry.line ?? 0) + 1}]: <${target.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** ` — from the library: Encryption at rest (encryption/at-rest.md, strong match 0.82, owner …, reviewed …)`, or the intent's label. */
function sourceSuffix(entry: CoverageEntry): string {
  const source = entry.source;
  if (source?.kind === 'library') {
    const details = [source.file, `${source.tier} match ${source.score.toFixed(2)}`, source.owner && `owner ${source.owner}`, source.reviewed && `reviewed ${source.reviewed}`, source.stale === true && 'past its review date'].filter(
      (part): part is string => typeof part === 'string' && part !== '',
    );
    return ` — *from the library: ${escapeMarkdown(source.title)}* (${escapeMarkdown(details.join(', '))})`;
  }
  return entry.status === 'answered' && entry.intent ? ` — *${escapeMarkdown(INTENT_LABELS[entry.intent])}*` : '';
}

function renderEntry(entry: CoverageEntry, links: CoverageLinks | undefined): string {
  const target = links?.target(entry);
  const where = target === undefined ? `**${escapeMarkdown(entry.location)}**` : entryLink(entry);
  const question = entry.id ? `${entry.id} ${entry.question}` : entry.question;
  let line = `- ${where} ${escapeMarkdown(question)}`;
  const missing = entry.status === 'needs_person' ? (entry.missing ?? []) : [];
  if (missing.length > 0) {
    line += ` — missing: ${missing.map(escapeMarkdown).join(', ')}`;
  }
  line += sourceSuffix(entry);
  line += verdictSuffix(entry, missing);
  line += warningsSuffix(entry);
  return line;
}

/**
 * The report as Markdown: the totals and notes, then per section (a sheet; no section level for a
 * one-section document) the groups: needs a person (with the missing facts), not recognized,
 * answered (with the source), already answered. With `links`, each entry links to its question.
 */
export function renderCoverageMarkdown(report: CoverageReport, links?: CoverageLinks): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  const total = summarizeCoverage(report);
  lines.push(`${plural(total.total, 'question', 'questions')}: ${countsLine(total)}.`, '');
  for (const note of report.notes ?? []) {
    lines.push(`> ${escapeMarkdown(note)}`, '');
  }
  const single = report.sections.length === 1;
  const definitions: string[] = [];
  for (const section of report.sections) {
    const level = single ? '##' : '###';
    if (!single) {
      lines.push(`## ${escapeMarkdown(section.name)}`, '', `${countsLine(countEntries(section.entries))}.`, '');
    }
    for (const { status, heading, hint } of GROUPS) {
      const entries = section.entries.filter((entry) => entry.status === status);
      if (entries.length === 0) {
        continue;
      }
      lines.push(`${level} ${heading} (${entries.length})`, '', hint, '');
      for (const entry of entries) {
        lines.push(renderEntry(entry, links));
      }
      lines.push('');
    }
    for (const entry of section.entries) {
      const target = links?.target(entry);
      if (target !== undefined) {
        definitions.push(linkDefinition(entry, target));
      }
    }
  }
  lines.push(...byTopic(report));
  // Every question has its own line, so each label is defined once.
  lines.push(...definitions);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The topic the library would file a left question under: its nearest entry's, or none. */
const NO_TOPIC = 'no library entry near';
/** Questions named per topic, before "and N more". */
const TOPIC_EXAMPLES = 3;

/**
 * What is left for a person (and not a SOC 2 fact the profile lacks), by the library topic its
 * nearest entry sits in: where a new entry (attest library new TOPIC "QUESTION") would go.
 */
function byTopic(report: CoverageReport): string[] {
  const left = report.sections.flatMap((section) => section.entries).filter((entry) => (entry.status === 'needs_person' && (entry.intent === undefined || entry.intent === 'none')) || entry.status === 'not_recognized');
  // Only where a library took part: without one, every question is "not near an entry".
  const libraryUsed = report.sections.some((section) => section.entries.some((entry) => entry.source?.kind === 'library' || entry.suggestion !== undefined));
  if (left.length === 0 || !libraryUsed) {
    return [];
  }
  const topics = new Map<string, CoverageEntry[]>();
  for (const entry of left) {
    const topic = entry.suggestion?.topic || NO_TOPIC;
    topics.set(topic, [...(topics.get(topic) ?? []), entry]);
  }
  const ordered = [...topics.entries()].sort(([a, x], [b, y]) => (a === NO_TOPIC ? 1 : b === NO_TOPIC ? -1 : y.length - x.length || (a < b ? -1 : 1)));
  const lines = ['## Left for a person, by library topic', '', 'Questions neither the profile nor the library answers, under the topic of the nearest library entry: add an entry there (Attest: New Library Entry, or attest library new TOPIC "QUESTION") to answer them next time.', ''];
  for (const [topic, entries] of ordered) {
    const named = entries.slice(0, TOPIC_EXAMPLES).map((entry) => `“${escapeMarkdown(entry.question)}”`);
    const more = entries.length > TOPIC_EXAMPLES ? `, and ${entries.length - TOPIC_EXAMPLES} more` : '';
    lines.push(`- **${escapeMarkdown(topic)}** (${entries.length}): ${named.join('; ')}${more}`);
  }
  lines.push('');
  return lines;
}

/** The coverage entry of one planned item. */
export function coverageEntryOf(planned: PlannedItem): CoverageEntry {
  const { item, decision } = planned;
  const intent = decision?.intent;
  const missing = planned.status === 'needs_person' ? planned.missing : undefined;
  const source = planned.status === 'not_recognized' ? undefined : decision?.source;
  const warnings = source?.kind === 'library' && source.nda === true ? [...planned.notices, `"${source.entry}" is shared under NDA only: check this customer has one.`] : planned.notices;
  return {
    status: planned.status,
    location: item.location,
    ...(item.id !== undefined && { id: item.id }),
    question: item.question,
    ...(item.line !== undefined && { line: item.line }),
    ...(intent !== undefined && planned.status !== 'already_answered' && { intent }),
    ...(missing !== undefined && { missing }),
    ...(warnings.length > 0 && { warnings }),
    ...(source !== undefined && { source }),
    ...(decision?.suggestion !== undefined && planned.status === 'needs_person' && { suggestion: decision.suggestion }),
    ...verdictOf(decision),
  };
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

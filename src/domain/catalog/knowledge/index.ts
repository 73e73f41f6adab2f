/**
 * The knowledge base: explanations of SOC 2 terms for the palette, hovers and `attest explain`,
 * each with a paragraph a writer can paste to a customer. Pure data and string functions.
 */
import { CATEGORY_LABELS } from '../../profile/categories';
import { CRITERION_GROUPS, findCriterionIdTokens, getCriterion, validateCriterionId } from '../criteria';
import { ENTRIES } from './entries';
import type { KnowledgeEntry } from './types';

export type { KnowledgeEntry } from './types';

export const KNOWLEDGE: readonly KnowledgeEntry[] = ENTRIES;

const entryByKey = new Map<string, KnowledgeEntry>(KNOWLEDGE.map((e) => [e.key, e]));

function normalizeKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** An entry by key, tolerant of case and of spaces or underscores for hyphens (`Bridge Letter` → `bridge-letter`). */
export function getEntry(key: string): KnowledgeEntry | undefined {
  return entryByKey.get(normalizeKey(key));
}

/** The entries in reading order (Type 1 vs Type 2 first), as key and title. */
export function listEntries(): Array<{ key: string; title: string }> {
  return KNOWLEDGE.map((e) => ({ key: e.key, title: e.title }));
}

// ---------------------------------------------------------------------------------------------
// Terms in text (for hovers)

export interface TermMatch {
  /** Entry key, or the canonical criterion id when kind is 'criterion'. */
  key: string;
  kind: 'entry' | 'criterion';
  /** The text as written in the document. */
  text: string;
  /** UTF-16 offsets into the searched text. */
  start: number;
  end: number;
}

function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

interface TermIndex {
  regex: RegExp;
  keyByTerm: Map<string, string>;
}

let termIndex: TermIndex | undefined;

function canonicalTerm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function buildTermIndex(): TermIndex {
  const keyByTerm = new Map<string, string>();
  for (const entry of KNOWLEDGE) {
    for (const term of entry.terms) {
      keyByTerm.set(canonicalTerm(term), entry.key);
    }
  }
  // Longest first, so "SOC 2 certified" wins over "SOC 2" at the same position.
  const alternatives = [...keyByTerm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(termPattern);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return { regex, keyByTerm };
}

/**
 * Every knowledge-base term in `text` (case-insensitive, whole words, any run of spaces between
 * words), plus real criterion ids (CC6.1) unless `criteria` is false. Sorted by position.
 */
export function findTerms(text: string, options: { criteria?: boolean } = {}): TermMatch[] {
  termIndex ??= buildTermIndex();
  const matches: TermMatch[] = [];
  for (const match of text.matchAll(termIndex.regex)) {
    const key = termIndex.keyByTerm.get(canonicalTerm(match[0]));
    if (key !== undefined) {
      matches.push({ key, kind: 'entry', text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  if (options.criteria !== false) {
    for (const token of findCriterionIdTokens(text)) {
      if (token.validation.ok) {
        matches.push({ key: token.validation.id, kind: 'criterion', text: token.raw, start: token.start, end: token.end });
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** The term (or criterion id) under `offset`, e.g. the hover position within a line. */
export function findTermAt(text: string, offset: number): TermMatch | undefined {
  return findTerms(text).find((m) => m.start <= offset && offset < m.end);
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** The entry's Markdown followed by its customer-safe paragraph. */
export function renderEntry(entry: KnowledgeEntry): string {
  return `${entry.markdown.trimEnd()}\n\n## Customer-safe explanation\n\n${entry.customerSafe}\n`;
}

/** A customer-safe sentence or two about a criterion. */
export function criterionCustomerSafe(id: string): string | undefined {
  const criterion = getCriterion(id);
  if (criterion === undefined) {
    return undefined;
  }
  const label = CATEGORY_LABELS[criterion.category];
  const scope =
    criterion.category === 'security'
      ? 'which every SOC 2 report covers'
      : 'which a SOC 2 report covers only when it names that category';
  return `${criterion.id} (${criterion.title.toLowerCase()}) is one of the AICPA Trust Services Criteria that SOC 2 examinations evaluate controls against, in the ${label} category, ${scope}. In short: ${criterion.summary}`;
}

/** Markdown explaining a criterion; for an id that does not exist, says so and what does. */
export function explainCriterion(id: string): string {
  const validation = validateCriterionId(id);
  if (!validation.ok) {
    return `# ${id.trim() || 'Unknown criterion'}\n\n${validation.message}\n`;
  }
  const criterion = getCriterion(validation.id);
  const customerSafe = criterionCustomerSafe(validation.id);
  if (criterion === undefined || customerSafe === undefined) {
    return `# ${validation.id}\n`;
  }
  const label = CATEGORY_LABELS[criterion.category];
  const categoryLine =
    criterion.category === 'security'
      ? `${label} (the common criteria, always in scope of a SOC 2)`
      : `${label} (in scope only when the report names it)`;
  const group = CRITERION_GROUPS.find((g) => g.id === criterion.group);
  const facts = [
    `**Category:** ${categoryLine}`,
    `**Group:** ${criterion.group}, ${criterion.groupTitle}${group?.note === undefined ? '' : ` (${group.note})`}`,
    ...(criterion.cosoPrinciple === undefined ? [] : [`**COSO 2013 principle:** ${criterion.cosoPrinciple}`]),
  ];
  return [
    `# ${criterion.id}: ${criterion.title}`,
    '',
    facts.map((f) => `- ${f}`).join('\n'),
    '',
    criterion.summary,
    '',
    `Related words: ${criterion.keywords.join(', ')}.`,
    '',
    '## Customer-safe explanation',
    '',
    customerSafe,
    '',
    "_Titles and summaries are Attest's own paraphrases, not the AICPA wording._",
    '',
  ].join('\n');
}

export type Topic =
  | { kind: 'entry'; key: string; markdown: string }
  | { kind: 'criterion'; id: string; markdown: string };

/**
 * Resolves what a person typed (an entry key, one of its terms, or a criterion id) to Markdown.
 * Undefined when nothing matches; callers can then list the entries, or show
 * `validateCriterionId(topic)` for an id-shaped topic that does not exist.
 */
export function explainTopic(topic: string): Topic | undefined {
  const criterion = getCriterion(topic);
  if (criterion !== undefined) {
    return { kind: 'criterion', id: criterion.id, markdown: explainCriterion(criterion.id) };
  }
  termIndex ??= buildTermIndex();
  const entry = getEntry(topic) ?? entryByKey.get(termIndex.keyByTerm.get(canonicalTerm(topic.trim())) ?? '');
  return entry === undefined ? undefined : { kind: 'entry', key: entry.key, markdown: renderEntry(entry) };
}

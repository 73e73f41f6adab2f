/**
 * What the palette look-ups, the hovers and the explanation panel can show: Type 1 vs Type 2,
 * every glossary entry of the knowledge base, and each of the 61 criteria. Pure: the adapter
 * renders these, and `criterionLookup` ranks criteria for the "Look up a criterion" picker.
 */
import { CRITERIA, getCriterion, searchCriteria, type Criterion } from './criteria';
import { KNOWLEDGE, criterionCustomerSafe, explainCriterion, explainTopic, getEntry, type KnowledgeEntry } from './knowledge';
import { CATEGORY_LABELS } from '../profile/categories';
import { TYPES_TOPIC_KEY } from './ruleTopics';

/** Something the explanation panel can show, with the paragraph a writer may paste to a customer. */
export interface Topic {
  /** Canonical key: an entry key (`bridge-letter`) or a criterion id (`CC6.1`). */
  key: string;
  title: string;
  /** The explanation, without the customer-safe paragraph (the panel shows that on its own). */
  markdown: string;
  customerSafe: string;
}

const CUSTOMER_SAFE_SECTION = /\n## Customer-safe explanation\n\n[^\n]*\n/;

function entryTopic(entry: KnowledgeEntry): Topic {
  return { key: entry.key, title: entry.title, markdown: entry.markdown, customerSafe: entry.customerSafe };
}

function criterionTopic(criterion: Criterion): Topic {
  // explainCriterion ends with the customer-safe paragraph; the panel renders that separately.
  const markdown = explainCriterion(criterion.id).replace(CUSTOMER_SAFE_SECTION, '\n');
  return {
    key: criterion.id,
    title: `${criterion.id}: ${criterion.title}`,
    markdown,
    customerSafe: criterionCustomerSafe(criterion.id) ?? criterion.summary,
  };
}

/**
 * Resolves a key to a topic: `type1-vs-type2`, a glossary key (case and spacing tolerated:
 * `Bridge Letter`) or one of its terms (`gap letter`), or a criterion id (`cc 6.1`). Undefined for anything else, including ids
 * that do not exist (CC10.1).
 */
export function resolveTopic(key: string): Topic | undefined {
  const criterion = getCriterion(key);
  if (criterion !== undefined) {
    return criterionTopic(criterion);
  }
  // A key, or one of an entry's terms ("bridge letters", "CUEC").
  const explained = explainTopic(key);
  const entry = getEntry(key) ?? (explained?.kind === 'entry' ? getEntry(explained.key) : undefined);
  return entry === undefined ? undefined : entryTopic(entry);
}

/** The glossary for "Explain a term…": Type 1 vs Type 2 first, then the entries in reading order. */
export function glossaryTopics(): Array<Topic & { terms: readonly string[] }> {
  const ordered = [...KNOWLEDGE].sort((a, b) => Number(b.key === TYPES_TOPIC_KEY) - Number(a.key === TYPES_TOPIC_KEY));
  return ordered.map((entry) => ({ ...entryTopic(entry), terms: entry.terms }));
}


/** "Security (common criteria, always in scope)" and the like, for picker descriptions and hovers. */
export function criterionCategoryLabel(criterion: Criterion): string {
  const label = CATEGORY_LABELS[criterion.category];
  return criterion.category === 'security' ? `${label} · common criteria` : label;
}

// ---------------------------------------------------------------------------------------------
// Ranking for the criterion picker

const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'for', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with', 'how', 'what', 'which', 'do', 'does', 'we', 'our', 'you', 'your']);

// Longest first, so "removal" and "removing" both reduce to "remov".
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'als', 'al', 'ies', 'ed', 'es', 's', 'e', 'y'];

/** A crude stem: enough to make "removal", "removing" and "removes" meet. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 4) {
      return lower.slice(0, -suffix.length);
    }
  }
  return lower;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

interface CriterionStems {
  /** Title and keywords: what the criterion is about. */
  strong: Set<string>;
  summary: Set<string>;
  /** The group title is shared by the whole group, so it only breaks ties. */
  group: Set<string>;
}

let stemsByCriterion: Map<string, CriterionStems> | undefined;

function stemSet(...texts: readonly string[]): Set<string> {
  return new Set(words(texts.join(' ')).map(stem));
}

function criterionStems(criterion: Criterion): CriterionStems {
  stemsByCriterion ??= new Map(
    CRITERIA.map((c) => [c.id, { strong: stemSet(c.title, ...c.keywords), summary: stemSet(c.summary), group: stemSet(c.groupTitle) }]),
  );
  return stemsByCriterion.get(criterion.id) ?? { strong: new Set(), summary: new Set(), group: new Set() };
}

/** How well a criterion's words cover every query stem; 0 when one stem is missing. */
function stemScore(criterion: Criterion, queryStems: readonly string[]): number {
  const stems = criterionStems(criterion);
  let score = 0;
  for (const s of queryStems) {
    const weight = stems.strong.has(s) ? 4 : stems.summary.has(s) ? 2 : stems.group.has(s) ? 1 : 0;
    if (weight === 0) {
      return 0;
    }
    score += weight;
  }
  return score;
}

/**
 * Criteria for what the user typed in the picker. Ids (`cc 6.1`, `CC6`) and fuzzy words come from
 * `searchCriteria`; criteria whose words share a stem with every query word ("access removal"
 * finds "removing users") are ranked first, so near-synonyms the fuzzy search misses still show.
 */
export function criterionLookup(query: string): Criterion[] {
  const fuzzy = searchCriteria(query);
  const queryStems = words(query)
    .filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
  if (queryStems.length === 0 || getCriterion(query) !== undefined) {
    return fuzzy;
  }
  const fuzzyRank = new Map(fuzzy.map((c, index) => [c.id, index]));
  // Stem matches first (best coverage, then the fuzzy search's order, then catalog order), then
  // whatever else the fuzzy search found.
  const stemmed = CRITERIA.map((c) => ({ c, score: stemScore(c, queryStems) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || (fuzzyRank.get(a.c.id) ?? Infinity) - (fuzzyRank.get(b.c.id) ?? Infinity))
    .map((x) => x.c);
  const stemmedIds = new Set(stemmed.map((c) => c.id));
  return [...stemmed, ...fuzzy.filter((c) => !stemmedIds.has(c.id))];
}

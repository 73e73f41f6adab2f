/**
 * The criteria catalog: the 61 Trust Services Criteria ids (and only those), with look-up by id
 * (tolerant of case and spacing), by words, and a validator whose messages say what does exist.
 * The claim checker uses `CRITERION_ID_REGEX` / `findCriterionIdTokens` to find id-shaped tokens
 * in prose and `validateCriterionId` to reject the ones that do not exist (CC10.1, PI1.6, …).
 */
import Fuse from 'fuse.js';
import { CATEGORY_LABELS, type CategoryId } from '../profile/categories';
import { CRITERION_GROUPS, CRITERION_RECORDS, type CriterionGroup } from './criteriaData';

export type { CriterionGroup } from './criteriaData';

export interface Criterion {
  /** Canonical id, e.g. `CC6.1`. */
  readonly id: string;
  readonly category: CategoryId;
  /** e.g. `CC6`, `A1`, `P6`. */
  readonly group: string;
  /** e.g. "Logical and Physical Access Controls". */
  readonly groupTitle: string;
  /** Short title in Attest's own words. */
  readonly title: string;
  /** One-sentence summary in Attest's own words. */
  readonly summary: string;
  /** Extra words people search for (MFA, vendor management, …). */
  readonly keywords: readonly string[];
  /** COSO 2013 principle number, for CC1–CC5. */
  readonly cosoPrinciple?: number;
}

const groupById = new Map<string, CriterionGroup>(CRITERION_GROUPS.map((g) => [g.id, g]));

function groupOf(id: string): CriterionGroup {
  const group = groupById.get(id);
  if (group === undefined) {
    throw new Error(`criteria data: unknown group ${id}`);
  }
  return group;
}

export const CRITERIA: readonly Criterion[] = Object.freeze(
  CRITERION_RECORDS.map((record): Criterion => {
    const group = groupOf(record.group);
    return Object.freeze({
      id: record.id,
      category: group.category,
      group: group.id,
      groupTitle: group.title,
      title: record.title,
      summary: record.summary,
      keywords: record.keywords,
      ...(record.cosoPrinciple === undefined ? {} : { cosoPrinciple: record.cosoPrinciple }),
    });
  }),
);

export const CRITERION_IDS: readonly string[] = Object.freeze(CRITERIA.map((c) => c.id));

export { CRITERION_GROUPS };

const criterionById = new Map<string, Criterion>(CRITERIA.map((c) => [c.id, c]));

/**
 * Finds criterion-shaped tokens in prose: `CC6.1`, `A1.2`, `C1.3`, `PI1.6`, `P8.1`, and also
 * ones that do not exist (`CC10.1`, `PI1.6`) so the claim checker can flag them. Upper-case
 * only, as ids are written. It does not match inside other identifiers (`A&A-02.1`, `SP1.2`,
 * `v1.2`) nor the first part of a longer dotted number (`P1.2.3`).
 * It is global: use it with `String.prototype.matchAll` (which copies it) rather than `exec`.
 */
export const CRITERION_ID_REGEX = /(?<![\w.&])(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}(?![\w]|\.\d)/g;

interface IdShape {
  prefix: 'CC' | 'PI' | 'PP' | 'A' | 'C' | 'P';
  group: number;
  /** undefined when only a group was written (`CC6`). */
  number: number | undefined;
}

// Letters, optional separator, group number, then optionally "." and the criterion number.
// Spaces are tolerated anywhere between the parts ('cc 6.1', 'Cc 6 .1').
const ID_SHAPE = /^\s*(CC|PI|PP|A|C|P)\s*[-_]?\s*(\d{1,3})\s*(?:\.\s*(\d{1,3}))?\s*$/i;

function parseIdShape(raw: string): IdShape | undefined {
  const match = ID_SHAPE.exec(raw);
  if (match === null) {
    return undefined;
  }
  const [, letters = '', groupDigits = '', numberDigits] = match;
  return {
    prefix: letters.toUpperCase() as IdShape['prefix'],
    group: Number.parseInt(groupDigits, 10),
    number: numberDigits === undefined ? undefined : Number.parseInt(numberDigits, 10),
  };
}

function formatShape(shape: IdShape): string {
  return `${shape.prefix}${shape.group}${shape.number === undefined ? '' : `.${shape.number}`}`;
}

/** The canonical id (`CC6.1`) for a real criterion written loosely (`cc 6.1`), else undefined. */
export function normalizeCriterionId(raw: string): string | undefined {
  const shape = parseIdShape(raw);
  if (shape === undefined || shape.number === undefined) {
    return undefined;
  }
  const id = formatShape(shape);
  return criterionById.has(id) ? id : undefined;
}

export function isCriterionId(raw: string): boolean {
  return normalizeCriterionId(raw) !== undefined;
}

export function getCriterion(raw: string): Criterion | undefined {
  const id = normalizeCriterionId(raw);
  return id === undefined ? undefined : criterionById.get(id);
}

export function criteriaInGroup(groupId: string): readonly Criterion[] {
  return CRITERIA.filter((c) => c.group === groupId);
}

export function criteriaInCategory(category: CategoryId): readonly Criterion[] {
  return CRITERIA.filter((c) => c.category === category);
}

export type CriterionValidation =
  | { ok: true; id: string }
  | {
      ok: false;
      message: string;
      /** A real id the writer probably meant, when there is an obvious one (PP1.1 → PI1.1). */
      suggestion?: string;
    };

/** "CC9.1–CC9.2", or "only CC8.1" for a one-criterion group. */
function describeRange(members: readonly Criterion[]): string {
  const first = members[0];
  const last = members[members.length - 1];
  if (first === undefined || last === undefined) {
    return 'no criteria';
  }
  return first === last ? `only ${first.id}` : `${first.id}–${last.id}`;
}

const SINGLE_GROUP_PREFIX: Partial<Record<IdShape['prefix'], CategoryId>> = {
  A: 'availability',
  C: 'confidentiality',
  PI: 'processing_integrity',
};

function quoted(raw: string): string {
  const shown = raw.trim();
  return shown.length > 40 ? `"${shown.slice(0, 37)}…"` : `"${shown}"`;
}

/** Says whether `raw` names one of the 61 criteria; if not, explains what does exist. */
export function validateCriterionId(raw: string): CriterionValidation {
  const shape = parseIdShape(raw);
  if (shape === undefined) {
    return {
      ok: false,
      message: `${quoted(raw)} is not a criterion id: ids look like CC6.1, A1.2, C1.1, PI1.3 or P6.1.`,
    };
  }
  const written = formatShape(shape);

  if (shape.prefix === 'PP') {
    const suggestion = shape.number === undefined ? undefined : normalizeCriterionId(`PI${shape.group}.${shape.number}`);
    return {
      ok: false,
      message: `${written} is not a criterion id: the Processing Integrity criteria are PI1.1–PI1.5${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}.`,
      ...(suggestion === undefined ? {} : { suggestion }),
    };
  }

  const groupId = `${shape.prefix}${shape.group}`;
  const members = criteriaInGroup(groupId);
  const singleGroupCategory = SINGLE_GROUP_PREFIX[shape.prefix];

  if (members.length === 0) {
    if (shape.prefix === 'CC') {
      return { ok: false, message: `${written} does not exist: the common criteria run from CC1 to CC9 (CC1.1–CC9.2).` };
    }
    if (shape.prefix === 'P') {
      return { ok: false, message: `${written} does not exist: the privacy criteria run from P1 to P8 (P1.1–P8.1).` };
    }
    const category = singleGroupCategory ?? 'security';
    return {
      ok: false,
      message: `${written} does not exist: ${CATEGORY_LABELS[category]} has ${describeRange(criteriaInCategory(category))}.`,
    };
  }

  if (shape.number === undefined) {
    return { ok: false, message: `${written} is a group, not a single criterion: it has ${describeRange(members)}.` };
  }
  if (shape.number === 0) {
    // "P6.0"-style ids are group headings in some mappings.
    return { ok: false, message: `${written} is the heading of the ${groupId} group, not a criterion: it has ${describeRange(members)}.` };
  }

  const id = `${groupId}.${shape.number}`;
  if (criterionById.has(id)) {
    return { ok: true, id };
  }
  if (singleGroupCategory !== undefined) {
    return { ok: false, message: `${id} does not exist: ${CATEGORY_LABELS[singleGroupCategory]} has ${describeRange(members)}.` };
  }
  return { ok: false, message: `${id} does not exist: the ${groupId} group has ${describeRange(members)}.` };
}

export interface CriterionIdToken {
  /** The token as written. */
  raw: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  validation: CriterionValidation;
}

/** Every criterion-shaped token in `text`, each with its validation (for the claim checker and hovers). */
export function findCriterionIdTokens(text: string): CriterionIdToken[] {
  const tokens: CriterionIdToken[] = [];
  for (const match of text.matchAll(CRITERION_ID_REGEX)) {
    const start = match.index;
    tokens.push({ raw: match[0], start, end: start + match[0].length, validation: validateCriterionId(match[0]) });
  }
  return tokens;
}

interface SearchDocument {
  criterion: Criterion;
  title: string;
  summary: string;
  keywords: readonly string[];
  groupTitle: string;
  category: string;
}

// fuse.js token search: each query word is matched fuzzily (typos such as "vendr", plurals,
// word stems) and ranked by TF-IDF across weighted fields. Hand-written substring matching
// missed both typos and ranking; fuse is small, deterministic and already a dependency.
let fuseIndex: Fuse<SearchDocument> | undefined;
let fuseIndexAny: Fuse<SearchDocument> | undefined;

function searchIndex(tokenMatch: 'all' | 'any'): Fuse<SearchDocument> {
  const documents: SearchDocument[] = CRITERIA.map((criterion) => ({
    criterion,
    title: criterion.title,
    summary: criterion.summary,
    keywords: criterion.keywords,
    groupTitle: criterion.groupTitle,
    category: CATEGORY_LABELS[criterion.category],
  }));
  return new Fuse(documents, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'keywords', weight: 2.5 },
      { name: 'summary', weight: 1.5 },
      { name: 'groupTitle', weight: 1 },
      { name: 'category', weight: 1 },
    ],
    useTokenSearch: true,
    tokenMatch,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.2,
  });
}

// Loose prefixes of an id: "CC6", "cc 6.", "P", "PI1". Whole ids are handled before this.
const ID_PREFIX = /^(CC|PI|A|C|P)(\d{1,2}\.?\d{0,2})?$/;

/**
 * Criteria matching `query`: an exact id (any spacing/case) first; an id prefix ("CC6", "P6.")
 * gives that group; otherwise words are matched against titles, summaries, keywords, group and
 * category names. An empty query returns the whole catalog in order.
 */
export function searchCriteria(query: string, limit?: number): Criterion[] {
  const max = limit === undefined ? CRITERIA.length : Math.max(0, Math.floor(limit));
  const trimmed = query.trim();
  if (trimmed === '') {
    return CRITERIA.slice(0, max);
  }
  const exact = getCriterion(trimmed);
  if (exact !== undefined) {
    return [exact].slice(0, max);
  }
  const compact = trimmed.replace(/\s+/g, '').toUpperCase();
  if (ID_PREFIX.test(compact)) {
    const byPrefix = CRITERIA.filter((c) => c.id.startsWith(compact));
    if (byPrefix.length > 0) {
      return byPrefix.slice(0, max);
    }
  }
  fuseIndex ??= searchIndex('all');
  let results = fuseIndex.search(trimmed, { limit: max });
  if (results.length === 0) {
    fuseIndexAny ??= searchIndex('any');
    results = fuseIndexAny.search(trimmed, { limit: max });
  }
  return results.map((r) => r.item.criterion);
}

/**
 * Text preparation for the classifier: one canonical spelling per term, question ids removed,
 * and the cell split into weighted segments (the asked question counts more than an aside).
 */

/** Longer cells are cut here: questions are short, and the cap bounds the cost of pathological input. */
export const MAX_QUESTION_CHARS = 4000;

/** How much a segment's cues count, by the role the segment plays in the cell. */
export const SEGMENT_WEIGHTS = {
  /** The first question (or the only sentence) in the cell. */
  firstQuestion: 1,
  /** A further question in the same cell. */
  laterQuestion: 0.85,
  /** "If so, …" / "If yes, …" follow-ups after the first sentence. */
  followUp: 0.6,
  /** A statement next to a question ("We require vendors to … . Do you …?"). */
  statement: 0.6,
  /** Parentheses, brackets, "Note: …", and clauses such as "…, as required by SOC 2". */
  aside: 0.25,
} as const;

export type SegmentRole = keyof typeof SEGMENT_WEIGHTS;

export interface Segment {
  readonly tokens: readonly string[];
  readonly role: SegmentRole;
  readonly weight: number;
}

/** Typographic characters folded to ASCII (only run when the text has non-ASCII characters). */
const TYPOGRAPHIC_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/[\u2018\u2019\u201b\u2032`]/g, "'"],
  [/[\u201c\u201d\u201f\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u00a0/g, ' '],
];

/**
 * Spelling variants folded into one form, applied in order to lowercase text. Each rule runs
 * only when its trigger substring occurs (a cheap test that skips most of them for most cells).
 */
const CANONICAL_SPELLINGS: readonly (readonly [string, RegExp, string])[] = [
  // "e.g." and friends keep their meaning but lose the dots that would end a sentence.
  ['.', /\b(e\.g|i\.e|etc|vs|approx|incl|no)\./g, '$1'],
  ['soc', /\bsoc\s*[-_]?\s*(?:2|ii|two)(?![a-z0-9])/g, 'soc 2'],
  ['soc', /\bsoc\s*[-_]?\s*(?:3|iii|three)(?![a-z0-9])/g, 'soc 3'],
  ['soc', /\bsoc\s*[-_]?\s*(?:1|i|one)(?![a-z0-9])/g, 'soc 1'],
  ['type', /\btype\s*[-_]?\s*(?:2|ii|two)(?![a-z0-9])/g, 'type 2'],
  ['type', /\btype\s*[-_]?\s*(?:1|i|one)(?![a-z0-9])/g, 'type 1'],
  ['sa', /\b(ssae|isae|sas)\s*[-_]?\s*no\s*(\d+)/g, '$1 $2'],
  ['sa', /\b(ssae|isae|sas)\s*[-_]?\s*(\d+)/g, '$1 $2'],
  ['iso', /\biso\s*(?:\/\s*iec)?\s*[-_]?\s*(\d{4,5})(?:\s*:\s*\d{4})?/g, 'iso $1'],
  ['at', /\bat\s*-\s*c\s*(\d{3})/g, 'atc $1'],
  ['pen', /\b(?:pen(?:etration)?[\s-]*test(?:s|ing|ed|er|ers)?|pentest(?:s|ing|ed|er|ers)?)\b/g, 'pentest'],
  ['sub', /\bsub[\s-]+(service|processor|contractor)/g, 'sub$1'],
  ['3rd', /\b3rd[\s-]+part(y|ies)\b/g, 'third part$1'],
  ['carv', /\bcarve[ds]?[\s-]*outs?\b/g, 'carve out'],
  ['carv', /\bcarving[\s-]*out\b/g, 'carve out'],
];

/** Question ids in front of the text: "A&A-02.1", "AAC-02.1", "DOCU-03", "1.2.3", "Q7)", "(b)". */
const LEADING_ID = /^\s*(?:[a-z][a-z&]{0,7}[-_]?\d+(?:[.-]\d+)*[a-z]?[.):-]?|\d+(?:\.\d+)+\.?|\d+[.)]|\(?[a-z]\))(?:\s+|$)/;

/** Clause openers after which the rest of the clause only mentions, and does not ask about, a topic. */
const ASIDE_OPENERS = [
  'as required by',
  'as required under',
  'as per',
  'in accordance with',
  'in line with',
  'consistent with',
  'as covered by',
  'also covered by',
  'as described in',
  'as documented in',
  'as mentioned in',
  'as noted in',
  'as stated in',
  'as part of our',
  'for our soc',
  'for soc 2 purposes',
  'note:',
  'note that',
];
const ASIDE_OPENER = new RegExp(`(?:^|[,;]\\s*|\\s)(?:${ASIDE_OPENERS.map(escapeRegExp).join('|')})`);

/** Sentences that only give examples ("For example, a PCI DSS programme may …") are asides. */
const EXAMPLE_SENTENCE = /^(?:for example|for instance|e\.?g\b|examples? (?:of|include|includes))/;

const QUESTION_OPENERS = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should', 'shall', 'have', 'has', 'had',
  'may', 'what', 'which', 'when', 'who', 'whom', 'whose', 'how', 'where', 'why', 'please', 'provide', 'describe', 'list',
  'attach', 'upload', 'send', 'confirm', 'specify', 'indicate', 'explain', 'share', 'state', 'summarize', 'summarise',
  'name', 'identify', 'detail', 'outline', 'submit', 'include', 'enter', 'select', 'give', 'link',
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The last few questions normalized: a fill reads each question several times in a row (classify,
 * the reading, the slot plan), and the rules below are the costliest part of that.
 */
const RECENT_NORMALIZED = new Map<string, string>();
const RECENT_LIMIT = 16;

/** Lowercase, canonical spellings, question ids removed. */
export function normalizeQuestion(question: string): string {
  const known = RECENT_NORMALIZED.get(question);
  if (known !== undefined) {
    return known;
  }
  const text = normalizeFresh(question);
  if (RECENT_NORMALIZED.size >= RECENT_LIMIT) {
    // Maps iterate in insertion order: the first key is the oldest.
    RECENT_NORMALIZED.delete(RECENT_NORMALIZED.keys().next().value as string);
  }
  RECENT_NORMALIZED.set(question, text);
  return text;
}

function normalizeFresh(question: string): string {
  let text = question.length > MAX_QUESTION_CHARS ? question.slice(0, MAX_QUESTION_CHARS) : question;
  // eslint-disable-next-line no-control-regex -- ASCII test: NFKC only when something is not ASCII.
  const hasNonAscii = /[^\x00-\x7f]/.test(text);
  if (hasNonAscii) {
    text = text.normalize('NFKC');
  }
  text = text.toLowerCase();
  if (hasNonAscii) {
    for (const [pattern, replacement] of TYPOGRAPHIC_FOLDS) {
      text = text.replace(pattern, replacement);
    }
  }
  for (const [trigger, pattern, replacement] of CANONICAL_SPELLINGS) {
    if (text.includes(trigger)) {
      text = text.replace(pattern, replacement);
    }
  }
  // Ids can be stacked ("1.2 AAC-02.1 …"); two passes cover what questionnaires do.
  text = text.replace(LEADING_ID, '').replace(LEADING_ID, '');
  return text;
}

export function tokenize(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((token) => token.length > 0);
}

interface RawPiece {
  readonly text: string;
  readonly aside: boolean;
}

/** Splits off bracketed text and "…, as required by X" clauses as asides. */
function splitAsides(sentence: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  if (!sentence.includes('(') && !sentence.includes('[')) {
    return splitAsideClause(sentence, pieces);
  }
  let main = '';
  let depth = 0;
  let bracketed = '';
  for (const char of sentence) {
    if (char === '(' || char === '[') {
      depth += 1;
      if (depth === 1) {
        continue;
      }
    } else if ((char === ')' || char === ']') && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        pieces.push({ text: bracketed, aside: true });
        bracketed = '';
        main += ' ';
        continue;
      }
    }
    if (depth > 0) {
      bracketed += char;
    } else {
      main += char;
    }
  }
  if (bracketed.length > 0) {
    pieces.push({ text: bracketed, aside: true });
  }
  return splitAsideClause(main, pieces);
}

/** Adds the main text of a sentence to `pieces`, as an aside when it only gives examples, with "…, as required by X" split off. */
function splitAsideClause(sentence: string, pieces: RawPiece[]): RawPiece[] {
  let main = sentence;
  if (EXAMPLE_SENTENCE.test(main.trim())) {
    pieces.unshift({ text: main, aside: true });
    return pieces;
  }
  const opener = ASIDE_OPENER.exec(main);
  if (opener !== null) {
    pieces.push({ text: main.slice(opener.index), aside: true });
    main = main.slice(0, opener.index);
  }
  pieces.unshift({ text: main, aside: false });
  return pieces;
}

/**
 * Splits a normalized cell into segments and weighs them: the first question counts fully,
 * follow-ups and statements less, asides least. A cell without any question sentence
 * (a row label such as "SOC 2 Type II") counts its statements fully.
 */
export function segmentQuestion(normalized: string): Segment[] {
  // Sentence ends: ? ! ; newlines, a colon followed by more text, and a full stop before a space or the end.
  // "Note: …" stays in one piece so that the whole note becomes an aside.
  const sentences = normalized.split(/(?<=[?!;\n])|(?<=\.)(?=\s|$)|(?<=(?<!\bnote\s?):)(?=\s*\S)/);
  interface Draft {
    tokens: string[];
    kind: 'question' | 'followUp' | 'statement' | 'aside';
  }
  const drafts: Draft[] = [];
  let sentenceIndex = 0;
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed.length === 0) {
      continue;
    }
    for (const piece of splitAsides(trimmed)) {
      const tokens = tokenize(piece.text);
      if (tokens.length === 0) {
        continue;
      }
      if (piece.aside) {
        drafts.push({ tokens, kind: 'aside' });
        continue;
      }
      const first = tokens[0] ?? '';
      const isQuestion = trimmed.endsWith('?') || QUESTION_OPENERS.has(first);
      const kind = first === 'if' && sentenceIndex > 0 ? 'followUp' : isQuestion ? 'question' : 'statement';
      drafts.push({ tokens, kind });
    }
    sentenceIndex += 1;
  }
  const hasQuestion = drafts.some((draft) => draft.kind === 'question' || draft.kind === 'followUp');
  const hasMain = drafts.some((draft) => draft.kind !== 'aside');
  let questionsSeen = 0;
  return drafts.map((draft): Segment => {
    let role: SegmentRole;
    if (draft.kind === 'aside') {
      // Only brackets in the whole cell ("(SOC 2)") are the cell's subject, not an aside.
      role = hasMain ? 'aside' : 'firstQuestion';
    } else if (draft.kind === 'followUp') {
      role = 'followUp';
    } else if (draft.kind === 'statement') {
      role = hasQuestion ? 'statement' : 'firstQuestion';
    } else {
      role = questionsSeen === 0 ? 'firstQuestion' : 'laterQuestion';
      questionsSeen += 1;
    }
    return { tokens: draft.tokens, role, weight: SEGMENT_WEIGHTS[role] };
  });
}

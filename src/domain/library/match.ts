/**
 * Matching a customer's question to the library entry that answers it: deterministic, offline.
 *
 * Candidates come from a MiniSearch full-text index (BM25 over the analyzer's tokens, one document
 * per entry question, per variant, and per first part of a compound one). Each candidate is then
 * scored with a calibrated similarity that does not depend on the size of the library: the
 * IDF-weighted share of the question's words the entry has in its questions and variants (a word
 * found only in the entry's answer or tags counts CONTEXT_WEIGHT), and of the entry text's words
 * the question has, combined as a weighted geometric mean (1 = the same words). Light words
 * (analyze.ts LIGHT: "available", "controls", numbers, "annually") weigh LIGHT_WEIGHT. Tiers:
 *
 * - **exact**: the question is one of the entry's questions or variants, normalized (same
 *   analyzed words in any order, same negation words);
 * - **strong**: score ≥ STRONG, at least MIN_QUESTION_COVERAGE of the question and MIN_COVERAGE of
 *   the entry text shared, every subject concept of the question (a thesaurus concept that is not
 *   a facet such as "employees") found somewhere in the entry, and MARGIN ahead of the next entry
 *   that passes that check too (filled, marked for review); or, when every word of the question
 *   is found in the entry (its questions, answer or tags), a lower bar: score ≥ STRONG_ALL_WORDS
 *   and MIN_COVERAGE_ALL_WORDS of the entry text;
 * - **weak**: score ≥ WEAK (offered as a suggestion, never filled).
 *
 * A Yes/No comes only from an entry whose `answer.yesno` answers the question as asked: the
 * question must be polar, have the same negation words and the same restrictive or permissive
 * sense ("restricted" / "allowed") as the entry question it matched ("Do you ever share…?"
 * against "Do you share…?" is left to a person), and every qualifier it adds (a
 * number, a frequency, "at least", "all") must appear in the entry's own text; otherwise the
 * Yes/No is undetermined. Internal entries are matched (so the writer sees them) but never written.
 */
import MiniSearch from 'minisearch';
import { questionShape } from '../reading';
import { analyze, analyzeNormalized, askedText, CONCEPTS, exactKeyNormalized, FACETS, isLight, normalizeText, SYNONYMS } from './analyze';
import { namedNumbers, namedRegionIds, unmetNumber, unmetRegionId, type NamedNumber } from './numbers';
import { unmetPercentage } from './percent';
import { scaffoldText } from './answer';
import { namedProducts, namesRegion, planNames, unmentionedName, unmetPlan, unmetProduct } from './products';
import { timeBounds, unmetTimeBound, type TimeBound } from './timing';
import type { LibraryEntry, YesNo } from './schema';

/** Calibrated on the development set (test/unit/library/devset): see the README there. */
export const STRONG = 0.6;
export const WEAK = 0.3;
/** A strong match must lead the next entry by this much, or it is only a suggestion. */
export const MARGIN = 0.1;
/**
 * …or by NEAR_SAME_MARGIN when it scores NEAR_SAME or more: nearly the same words as the question
 * ("What are your support hours?" against "What are your customer support hours?", 0.90, with
 * "Can support staff access customer data?" at 0.82).
 */
export const NEAR_SAME = 0.9;
export const NEAR_SAME_MARGIN = 0.05;
/**
 * A strong match also needs this share of the entry text's own words in the question: a short
 * question ("Do you have a SOC 2 report?") inside a longer entry question ("How do you review the
 * SOC reports of your vendors?") is a suggestion, not an answer.
 */
export const MIN_COVERAGE = 0.5;
/**
 * …or this share, when every subject concept of the entry text is in the question too: the entry
 * only says more about the same subject ("…an acceptable use policy that employees acknowledge?").
 */
export const MIN_COVERAGE_SAME_SUBJECT = 0.3;
/** How much a question word found only in an entry's answer (not its questions) counts. */
export const CONTEXT_WEIGHT = 0.7;
/** The weight of a word no entry question uses, relative to the rarest word. */
export const UNKNOWN_WEIGHT = 0.5;
/**
 * The score is coverage(question) ^ (1 − ALPHA) × coverage(entry text) ^ ALPHA: a question may
 * carry words the entry does not need ("please describe…"), less so the other way round.
 */
export const ALPHA = 0.4;
/** How much a light word (see analyze.ts LIGHT: "available", "controls", "annually") counts. */
export const LIGHT_WEIGHT = 0.25;
/** A strong match must also have this share of the question's words (weighted) in the entry. */
export const MIN_QUESTION_COVERAGE = 0.6;
/**
 * The lower bar for a question every word of which the entry has somewhere ("Do you use an EDR
 * solution?" near "Do you run anti-malware or endpoint detection and response on company
 * devices?"): the question then asks nothing the entry leaves out, and a shorter question inside
 * a longer entry question is enough. Measured on every set: the fills it adds were about 90% right
 * on the sets read error by error and all right on those never read.
 */
export const STRONG_ALL_WORDS = 0.5;
export const MIN_COVERAGE_ALL_WORDS = 0.3;

export type MatchTier = 'exact' | 'strong' | 'weak';

export interface LibraryMatch {
  entry: LibraryEntry;
  tier: MatchTier;
  /** 0…1. */
  score: number;
  /** The question's words that the entry has (as written in the question). */
  matched: string[];
  /** The entry text (its question or a variant) that matched best. */
  matchedText: string;
  /**
   * The Yes/No for a polar question: the entry's, when it answers what is asked; 'undetermined'
   * when the question is polar but the entry cannot say (see `yesnoReason`); undefined for a
   * question that is not polar.
   */
  yesno?: YesNo | 'undetermined';
  yesnoReason?: string;
  /**
   * Why a close match is only a suggestion: the question sets a time bound or a percentage the
   * entry does not state or meet, names a product or country the entry does not, asks what the
   * customer may do, or one of its parts ("… and …") is another entry's question.
   */
  unmetBound?: string;
  /** False for an internal entry or a scaffold ("TODO: …"): shown to the writer, never written into a questionnaire. */
  writable: boolean;
  /** exact or strong, and writable: the answer may be written (strong ones marked for review). */
  fills: boolean;
}

export interface LibraryMatchResult {
  /** The best entry at weak tier or above. */
  match?: LibraryMatch;
  /**
   * Up to three entries at weak tier or above, best first (the match included); the entries that
   * have every subject concept of the question come before those that lack one.
   */
  candidates: LibraryMatch[];
}

interface IndexedText {
  id: number;
  entry: number;
  text: string;
  tokens: string[];
  set: Set<string>;
  weight: number;
  negations: string;
  /** The exact-tier key; '' for a compound question's first part, which is not an exact variant. */
  exact: string;
  /** Its subject concepts (thesaurus concepts that are not facets). */
  subjects: string[];
}

/**
 * A compound entry question ("Do you have a disaster recovery plan, and how often is it tested?")
 * also answers its first part: the part before ", and", ";" or ", how/what/when…" is indexed too.
 * So does the first question of several ("Do you test penetration yearly? Describe the scope.").
 */
const COMPOUND = /^(.*?[a-z0-9)])\s*(?:;|,\s*(?:and|or)\b|,\s*(?:how|what|when|where|which|who|whom|within)\b)/i;

/**
 * Examples or inclusions set off from the question, between commas or at its end ("…baselines,
 * such as the CIS Benchmarks, with…"; "…devices, e.g. laptops?") or in parentheses ("…stored
 * (e.g. Vault)…"): the question without them is answered too. Only those words go: "Are all
 * laptops, including contractor devices, encrypted?" keeps "encrypted". Without a comma they may
 * carry the predicate ("removable media such as USB drives restricted?") and stay.
 */
const EXAMPLES_SET_OFF = /\s*,\s*(?:such as|e\.?\s?g\.?|for example|for instance|including)[\s,][^,?]*(,|\?|$)/gi;
const EXAMPLES_IN_PARENTHESES = /\s*\((?:such as|e\.?\s?g\.?|for example|for instance|including)[\s,][^()]*\)/gi;

/** The shorter questions an entry question also answers: its first part or first sentence, and it without its examples. */
function shorterForm(text: string): string | undefined {
  const sentence = /^(.*?\?)\s+[A-Z(]/.exec(text)?.[1];
  const compound = COMPOUND.exec(sentence ?? text)?.[1];
  const head = compound === undefined ? sentence : `${compound}?`;
  const base = head ?? text;
  const withoutExamples = base.replace(EXAMPLES_IN_PARENTHESES, '').replace(EXAMPLES_SET_OFF, (_, end: string) => (end === ',' ? ' ' : end)).replace(/\s+/g, ' ');
  return withoutExamples === base ? head : withoutExamples;
}

export interface LibraryIndex {
  readonly entries: readonly LibraryEntry[];
  /** @internal */
  readonly texts: readonly IndexedText[];
  /** @internal */
  readonly search: MiniSearch<{ id: number; tokens: string }>;
  /** @internal */
  readonly idf: ReadonlyMap<string, number>;
  /** @internal */
  readonly unknownIdf: number;
  /** @internal the IDF under which a word is too common to find candidates with */
  readonly commonIdf: number;
  /** @internal */
  readonly exact: ReadonlyMap<string, number>;
  /** @internal the normalized words of each entry's texts and answers, for qualifiers */
  readonly entryWords: readonly Set<string>[];
  /** Per entry: how often, how soon and how long its questions and answer say things are done. */
  readonly entryTimes: readonly (readonly TimeBound[])[];
  /** Per entry: the products, providers, standards and regions it names (see products.ts), in its questions, answer or tags. */
  readonly entryProducts: readonly (readonly string[])[];
  /**
   * @internal Per entry: the names its own question and variants give (what it is about, not what
   * its answer mentions), read when first needed (few questions name anything): see askedProductsOf.
   */
  readonly entryAskedProducts: (readonly string[] | undefined)[];
  /** @internal Per entry: the words its answer says only as absent, read when first needed: see saidOnlyAsAbsent. */
  readonly entryAbsent: (ReadonlySet<string> | undefined)[];
  /** @internal Per entry: whether its every question names your vendors or suppliers, read when first needed: see aboutThirdParties. */
  readonly entryAboutThirdParties: (boolean | undefined)[];
  /** Per entry: whether its answer may be written (not internal, not a scaffold still saying "TODO"). */
  readonly entryWritable: readonly boolean[];
  /** @internal the analyzed tokens of each entry's texts, answers and tags (weaker evidence) */
  readonly entryContext: readonly Set<string>[];
  /** @internal the analyzed tokens of each entry's question and variants together */
  readonly entryOwn: readonly Set<string>[];
  /** The plans the entries name ("Team", "Business", "Enterprise"), in lower case: see unmetPlan. */
  readonly plans: ReadonlySet<string>;
  /** @internal each known token's weight: its IDF, LIGHT_WEIGHT of it for a light word */
  readonly weights: ReadonlyMap<string, number>;
}

const NEGATIONS = new Set(['not', 'never', 'no', 'ever', 'without', 'nor', 'dont', 'doesnt', 'isnt', 'arent', 'cannot', 'cant', 'wont', 'prohibit', 'prohibited', 'forbid', 'forbidden', 'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined']);
/** One form per negation, so that "forbid" and "prohibited", "cannot" and "not" are the same sense. */
const NEGATION_FORMS = new Map([
  ...['dont', 'doesnt', 'isnt', 'arent', 'cannot', 'cant', 'wont'].map((word) => [word, 'not'] as const),
  ...['prohibited', 'forbid', 'forbidden'].map((word) => [word, 'prohibit'] as const),
  ...['refuses', 'refused', 'decline', 'declines', 'declined'].map((word) => [word, 'refuse'] as const),
]);
/** The negations that turn what a question asks around; "ever" only sharpens it ("Is data ever copied…?"). */
const TURNING = new Set(['not', 'never', 'no', 'without', 'nor', 'prohibit', 'refuse']);

/**
 * Words that turn a Yes into a No when one phrasing has them and the other does not: "Is removable
 * media restricted?" (Yes) against "Is removable media allowed?" (No). A question that asks in one
 * sense of an entry written in the other (or in neither) gets no Yes/No from it.
 */
const RESTRICTIVE = new Set(['restrict', 'restricts', 'restricted', 'block', 'blocks', 'blocked', 'prevent', 'prevents', 'prevented', 'prohibit', 'prohibits', 'prohibited', 'forbid', 'forbids', 'forbidden', 'deny', 'denies', 'denied', 'disallow', 'disallows', 'disallowed', 'ban', 'bans', 'banned']);
const PERMISSIVE = new Set(['allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'permissible']);
/** Before a REQUIRED word, these make it an option ("can require"), a sense of its own. */
const OPTION_WORDS = new Set(['can', 'could', 'may', 'able', 'option', 'choose', 'optionally', 'possible']);
/**
 * "Is TLS 1.3 required?" against an entry that supports TLS 1.2 or 1.3, "Is SSO mandatory for
 * customer users?" against one where customers can turn it on: a Yes to "supported" is not a Yes
 * to "required", so a question asks in this sense only of an entry written in it.
 */
/** The opposite of the REQUIRED sense: "Is MFA optional for employees?" asks "Is it not required?". */
const OPTIONAL = new Set(['optional', 'voluntary']);
const REQUIRED = new Set(['require', 'required', 'requires', 'requiring', 'mandatory', 'mandated', 'compulsory', 'obligatory', 'must', 'enforce', 'enforced', 'enforces', 'enforcing']);

const COMPARATIVES = new Set(['less', 'more', 'later', 'fewer', 'earlier', 'greater', 'longer', 'shorter', 'sooner']);
/** "no less than 30 days", "not later than 72 hours", "without undue delay": a bound, not a negation. */
function boundIdiom(words: readonly string[], i: number): boolean {
  const word = words[i];
  if (word === 'no' || word === 'not') {
    return COMPARATIVES.has(words[i + 1] ?? '') && words[i + 2] === 'than';
  }
  return word === 'without' && (words[i + 1] === 'undue' || words[i + 1] === 'unreasonable' || words[i + 1] === 'delay');
}

/**
 * The negation that the word at `i` makes, in its one form ("decline" → "refuse", "free of" → "not"),
 * or undefined: "… supported? Yes/No/N/A" is an answer format, "no less than" a bound.
 */
function negationAt(words: readonly string[], i: number): string | undefined {
  const word = words[i] as string;
  const answerFormat = word === 'no' && (words[i - 1] === 'yes' || (words[i - 1] === 'or' && words[i - 2] === 'yes'));
  if (NEGATIONS.has(word) && !answerFormat && !boundIdiom(words, i)) {
    return NEGATION_FORMS.get(word) ?? word;
  }
  // "Is the application free of tracking cookies?" asks "Does it use none?".
  return word === 'free' && (words[i + 1] === 'of' || words[i + 1] === 'from') ? 'not' : undefined;
}

/** The negation words of a normalized text's words, and its restrictive, permissive or required sense, sorted: "", "never", "ever not", "allowed:"… */
function negationsOf(words: readonly string[]): string {
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const negation = negationAt(words, i);
    if (negation !== undefined) {
      found.add(negation);
    }
    if (RESTRICTIVE.has(word)) {
      found.add('restricted:');
    } else if (PERMISSIVE.has(word)) {
      found.add('allowed:');
    } else if (OPTIONAL.has(word)) {
      found.add('optional:');
    } else if (REQUIRED.has(word)) {
      // "Can we enforce MFA?", "customers may require SSO": an option someone can turn on, not a requirement.
      found.add(words.slice(Math.max(0, i - 3), i).some((before) => OPTION_WORDS.has(before)) ? 'can-require:' : 'required:');
    }
  }
  return [...found].sort().join(' ');
}

/**
 * "Are standard users denied local admin rights?" near "Do regular users have local administrator
 * rights?", whose No says they do not have them: the question asks the restriction, the entry the
 * thing restricted, so its No is the question's Yes. Only for an entry whose No answers a question
 * asked neither as allowed nor as restricted; a Yes there ("Is access granted on a least-privilege
 * basis?") is usually the restriction's own sense.
 */
function restrictedOfHaving(negations: string, entryNegations: string, yesno: YesNo | undefined, questionWords: readonly string[]): string | undefined {
  const asked = negations.split(' ');
  const own = entryNegations.split(' ');
  // "Can we restrict logins to our IP ranges?" asks whether a restriction is offered: the entry's No
  // answers it. Only the question's first words ask that ("Are users who may need it denied…?" does not).
  const offered = questionWords.slice(0, 3).some((word) => OPTION_WORDS.has(word));
  if (yesno === 'no' && !offered && asked.includes('restricted:') && !asked.includes('allowed:') && !own.includes('restricted:') && !own.includes('allowed:')) {
    return "the question asks whether it is restricted where the entry's No says whether it is had or done: its answer may answer the opposite";
  }
  return undefined;
}

/** The words that open a purpose clause, whose negations say what a control is for. */
const PURPOSE = new Set(['so that', 'such that', 'to ensure', 'in order', 'ensuring that', 'to prevent', 'to stop']);

/**
 * Why a question asks the other way round from the entry text it matched, or undefined: a negation
 * one has and the other not ("Can developers merge code without a second approval?" near "Is every
 * change peer reviewed?"), or one permissive where the other is restrictive ("Is USB storage
 * permitted?" near "Is removable media restricted?"). The entry's answer would answer the opposite
 * question: it is a suggestion, left to a person.
 */
function turnedAround(negations: string, entryNegations: string, questionWords: readonly string[]): string | undefined {
  const senses = (key: string): string[] => key.split(' ').filter((word) => word !== '');
  const asked = senses(negations);
  const own = senses(entryNegations);
  const turning = (list: readonly string[]): string => [...new Set(list.filter((word) => TURNING.has(word)))].sort().join(' ');
  // "…enforced so that no developer can approve their own change": the purpose of the control, not the other way round.
  const purpose = questionWords.findIndex((word, i) => PURPOSE.has(`${word} ${questionWords[i + 1] ?? ''}`));
  const asking = questionWords.slice(0, purpose === -1 ? undefined : purpose);
  const askedTurning = turning(asking.map((_, i) => negationAt(asking, i) ?? ''));
  if (askedTurning !== turning(own)) {
    if (askedTurning === '') {
      return `the entry's question says "${turning(own)}" where this question does not: its answer may answer the opposite`;
    }
    // The question's own words ("decline", "free of"), not the form they are read as.
    const written = asking.flatMap((word, i) => (TURNING.has(negationAt(asking, i) ?? '') ? [word === 'free' ? `free ${asking[i + 1] ?? ''}` : word] : []));
    return `the question says "${[...new Set(written)].join('", "')}" where the entry's question does not: its answer may answer the opposite`;
  }
  const opposite = (a: readonly string[], b: readonly string[]): boolean => a.includes('allowed:') && !a.includes('restricted:') && b.includes('restricted:') && !b.includes('allowed:');
  if ((asked.includes('optional:') && own.includes('required:')) || (own.includes('optional:') && asked.includes('required:'))) {
    return `the question asks whether it is ${asked.includes('optional:') ? 'optional' : 'required'} where the entry says whether it is ${own.includes('optional:') ? 'optional' : 'required'}: its answer may answer the opposite`;
  }
  if (opposite(asked, own) || opposite(own, asked)) {
    return `the question asks whether it is ${asked.includes('allowed:') ? 'allowed' : 'restricted'} where the entry says whether it is ${own.includes('allowed:') ? 'allowed' : 'restricted'}: its answer may answer the opposite`;
  }
  return undefined;
}

function exactKeyOf(normalized: string, negations: string): string {
  return `${exactKeyNormalized(normalized)}|${negations}`;
}

/** An entry's words that say it states deadlines, though not as "within N days" ("Remediation timelines: critical 14 days"). */
const DEADLINE_WORDS = ['deadline', 'deadlines', 'timeline', 'timelines', 'timeframe', 'timeframes', 'sla', 'slas'];

/** Builds the index once per library; matching then only fills its lazy caches (entryAskedProducts, entryAbsent, entryAboutThirdParties). */
export function buildLibraryIndex(entries: readonly LibraryEntry[]): LibraryIndex {
  const texts: IndexedText[] = [];
  const df = new Map<string, number>();
  const entryWords: Set<string>[] = [];
  const entryTimes: TimeBound[][] = [];
  const entryProducts: string[][] = [];
  const entryAskedProducts: (string[] | undefined)[] = new Array<string[] | undefined>(entries.length);
  const entryAbsent: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(entries.length);
  const entryAboutThirdParties: (boolean | undefined)[] = new Array<boolean | undefined>(entries.length);
  /** A word's tokens read alone; words repeat across entries. */
  const wordTokens = new Map<string, string[]>();
  const entryWritable: boolean[] = [];
  const entryContext: Set<string>[] = [];
  const entryOwn: Set<string>[] = [];
  entries.forEach((entry, index) => {
    const own = new Set<string>();
    const add = (text: string, exact: boolean): void => {
      const tokens = analyze(text);
      const normalized = normalizeText(askedText(text));
      const negations = negationsOf(normalized.split(' '));
      const set = new Set(tokens);
      const subjects = [...set].filter((token) => CONCEPTS.has(token) && !FACETS.has(token));
      texts.push({ id: texts.length, entry: index, text, tokens, set, weight: 0, negations, exact: exact ? exactKeyOf(normalized, negations) : '', subjects });
      for (const token of tokens) {
        own.add(token);
      }
    };
    for (const text of [entry.question, ...entry.variants]) {
      add(text, true);
      const head = shorterForm(text);
      if (head !== undefined) {
        add(head, false);
        // A first part of light words only ("How often…") says nothing alone.
        const last = texts[texts.length - 1] as IndexedText;
        if (!last.tokens.some((token) => !isLight(token))) {
          texts.pop();
        }
      }
    }
    for (const token of own) {
      df.set(token, (df.get(token) ?? 0) + 1);
    }
    entryOwn.push(own);
    // The answer is normalized once, for the qualifier words and for the context tokens.
    const answer = normalizeText(entry.paragraph === entry.answer.sentence ? entry.paragraph : `${entry.answer.sentence ?? ''} ${entry.paragraph}`);
    const words = new Set(answer.split(' '));
    for (const text of [entry.question, ...entry.variants]) {
      for (const word of normalizeText(text).split(' ')) {
        words.add(word);
      }
    }
    entryWords.push(words);
    entryTimes.push(timeBounds([answer, ...[entry.question, ...entry.variants].map(normalizeText)].join(' . ')));
    entryWritable.push(entry.visibility !== 'internal' && scaffoldText(entry) === undefined);
    entryProducts.push(namedProducts([entry.answer.sentence ?? '', entry.paragraph, entry.tags.join(' '), entry.question, ...entry.variants].join(' . '), { examplesToo: true }));
    const context = new Set(own);
    for (const token of analyzeNormalized(`${answer} ${normalizeText(entry.tags.join(' '))}`).tokens) {
      context.add(token);
    }
    // Each word also counts alone, though a phrase took it: "Security logs are kept for 400 days"
    // reads as logs, and still says "security" to "How long do you retain security event logs?".
    for (const word of words) {
      let alone = wordTokens.get(word);
      if (alone === undefined) {
        alone = analyzeNormalized(word).tokens;
        wordTokens.set(word, alone);
      }
      for (const token of alone) {
        context.add(token);
      }
    }
    // An entry that names a country or region ("EU hosting in Frankfurt") says where data is, though it never says "location".
    if (namesRegion(entryProducts[entryProducts.length - 1] ?? [])) {
      context.add('residency');
    }
    // An entry that states a deadline ("fixed within 7 days") or names its timelines answers what a "remediation SLA" asks (analyze.ts `deadline`).
    if ((entryTimes[entryTimes.length - 1] ?? []).some((bound) => bound.kind === 'within') || DEADLINE_WORDS.some((word) => words.has(word))) {
      context.add('deadline');
    }
    // A subprocessor is a party the data is shared with: an entry on them answers "Do you share our data with sub-processors?".
    if (context.has('subprocessor')) {
      context.add('datashare');
    }
    entryContext.push(context);
  });
  const n = Math.max(1, entries.length);
  const idf = new Map<string, number>();
  for (const [token, count] of df) {
    idf.set(token, Math.log(1 + n / count));
  }
  // A word the library never uses counts against a match, but less than the rarest known word.
  const unknownIdf = UNKNOWN_WEIGHT * Math.log(1 + n);
  const weights = new Map<string, number>();
  for (const [token, value] of idf) {
    weights.set(token, isLight(token) ? LIGHT_WEIGHT * value : value);
  }
  for (const text of texts) {
    let weight = 0;
    for (const token of text.set) {
      weight += weights.get(token) ?? unknownIdf;
    }
    text.weight = weight;
  }
  const exact = new Map<string, number>();
  for (const text of texts) {
    if (text.exact !== '' && !exact.has(text.exact)) {
      exact.set(text.exact, text.id);
    }
  }
  // MiniSearch indexes the analyzed tokens as they are (our analyzer already stemmed them).
  const search = new MiniSearch<{ id: number; tokens: string }>({
    fields: ['tokens'],
    storeFields: [],
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR', prefix: false, fuzzy: false },
  });
  search.addAll(texts.map((t) => ({ id: t.id, tokens: t.tokens.join(' ') })));
  const plans = planNames(entries.flatMap((entry) => [entry.answer.sentence ?? '', entry.paragraph, entry.question, ...entry.variants]));
  return { entries, texts, search, idf, unknownIdf, commonIdf: Math.log(1 + 1 / COMMON), exact, entryWords, entryTimes, entryProducts, entryAskedProducts, entryAbsent, entryAboutThirdParties, entryWritable, entryContext, entryOwn, weights, plans };
}

const FREQUENCY_WORDS = new Set(['annually', 'annual', 'yearly', 'biannually', 'semiannually', 'quarterly', 'monthly', 'weekly', 'daily', 'hourly', 'continuously', 'continuous', 'realtime']);
const QUANTIFIERS = ['at least', 'at a minimum', 'or stronger', 'or better', 'or higher', 'or more', 'no later than', 'within', 'all', 'every', 'always', 'only'];

/** Names with a digit that are a subject, not a quantity ("2FA", "FIDO2", "WPA3", "24x7"). */
const DIGIT_NAMES: ReadonlySet<string> = new Set(
  Object.values(SYNONYMS)
    .flat()
    .map((phrase) => normalizeText(phrase))
    .filter((phrase) => !phrase.includes(' ') && /\d/.test(phrase) && /[a-z]/.test(phrase)),
);

/**
 * Light words that still decide a Yes/No: "Is your bug bounty programme public?" against an entry
 * whose Yes answers "Do you run a bug bounty?" and whose answer says "private". The match may
 * ignore them; the Yes/No needs them in the entry's own text. ("written" and "automatically" were
 * tried too: they only took away right Yes answers.)
 */
const DECIDING_WORDS = new Set(['public', 'publicly', 'published']);

/** The qualifiers a question adds that the entry's own text does not have. */
function missingQualifiers(normalizedQuestion: string, entryWords: ReadonlySet<string>): string[] {
  const normalized = ` ${normalizedQuestion} `;
  const missing: string[] = [];
  for (const word of normalizedQuestion.split(' ')) {
    if (((/\d/.test(word) && !DIGIT_NAMES.has(word)) || FREQUENCY_WORDS.has(word) || DECIDING_WORDS.has(word)) && !entryWords.has(word)) {
      missing.push(word);
    }
  }
  for (const phrase of QUANTIFIERS) {
    if (normalized.includes(` ${phrase} `)) {
      const words = phrase.split(' ');
      if (!words.every((w) => entryWords.has(w))) {
        missing.push(phrase);
      }
    }
  }
  return missing;
}

interface Scored {
  text: IndexedText;
  score: number;
  /** The share of the entry text's words the question has. */
  coverage: number;
  /** The share of the question's words the entry has (its context counting CONTEXT_WEIGHT). */
  questionCoverage: number;
  /**
   * A subject concept of the question (a thesaurus concept that is not a facet) that this entry has
   * nowhere, not in its questions, answer or tags: the question asks about something else too.
   */
  missingKey: boolean;
  /** Every word of the question is in the entry: its questions, answer or tags. */
  allWordsFound: boolean;
}

function yesnoFor(
  entry: LibraryEntry,
  normalized: string,
  negations: string,
  text: IndexedText,
  exact: boolean,
  polar: boolean,
  words: ReadonlySet<string>,
  unaskedWordsOf: () => readonly string[],
): Pick<LibraryMatch, 'yesno' | 'yesnoReason'> {
  if (!polar) {
    return {};
  }
  const own = entry.answer.yesno;
  if (own === undefined) {
    return { yesno: 'undetermined', yesnoReason: 'the entry has no Yes/No answer' };
  }
  if (negations !== text.negations) {
    const shown = (key: string): string => key.replace(/:/g, '');
    return { yesno: 'undetermined', yesnoReason: `the question is phrased ${negations === '' ? 'without' : `with "${shown(negations)}"`} where the entry's question is ${text.negations === '' ? 'not' : `"${shown(text.negations)}"`}: its Yes/No may not answer it` };
  }
  // "Are passwords kept in plain text?" near "Are passwords stored hashed?": the same subject asked the other way round.
  const plainText = PLAIN_TEXT.test(normalized);
  if (plainText !== PLAIN_TEXT.test(normalizeText(text.text))) {
    return { yesno: 'undetermined', yesnoReason: `the question ${plainText ? 'asks' : 'does not ask'} about plain text where the entry's question ${plainText ? 'does not' : 'does'}: its Yes/No may answer the opposite` };
  }
  if (!exact) {
    const unasked = unaskedWordsOf();
    if (unasked.length > 0) {
      // "Is production data used in test environments?" near "Are test and production separated?": the same subject, maybe the opposite Yes.
      // A word the entry's question has too, read there as part of a phrase ("test" in "test environments"), is not said to be missing.
      const entryQuestionWords = new Set(normalizeText(text.text).split(' '));
      const absent = unasked.filter((word) => !word.split(' ').every((part) => entryQuestionWords.has(part)));
      return {
        yesno: 'undetermined',
        yesnoReason:
          absent.length > 0
            ? `the question asks about ${absent.map((w) => `"${w}"`).join(', ')}, which the entry's question it matched ("${text.text}") does not: its Yes/No may not answer it`
            : `the question reads ${unasked.map((w) => `"${w}"`).join(', ')} otherwise than the entry's question it matched ("${text.text}"): its Yes/No may not answer it`,
      };
    }
    const missing = missingQualifiers(normalized, words);
    if (missing.length > 0) {
      return { yesno: 'undetermined', yesnoReason: `the question asks something narrower (${missing.map((m) => `"${m}"`).join(', ')}) than the entry says` };
    }
  }
  return { yesno: own };
}

/** Plain text is the opposite of hashed or encrypted: a Yes to one is a No to the other. */
const PLAIN_TEXT = /\b(?:plain ?text|clear ?text|unencrypted|unhashed)\b/;

/**
 * The question's words (as written) whose analyzed token is not light and not in the entry question
 * or variant it matched: what the question asks beyond it. A Yes/No is the answer to that one
 * wording, so it answers a question only when the question asks nothing more. Not the words of all
 * the variants together: "Can the engineers whose actions are logged alter or delete those logs?"
 * takes its words from three variants of an entry whose Yes answers "Are logs protected from
 * tampering?", and a library that has learned many variants would answer it Yes.
 */
function unaskedWords(tokens: readonly string[], words: readonly string[], matchedText: ReadonlySet<string>): string[] {
  const unasked: string[] = [];
  tokens.forEach((token, i) => {
    const word = words[i] as string;
    // Negation and restrictive or permissive words are compared as a sense (negationsOf), not as words.
    const sense = NEGATIONS.has(word) || RESTRICTIVE.has(word) || PERMISSIVE.has(word) || REQUIRED.has(word) || OPTIONAL.has(word);
    if (!sense && !isLight(token) && !matchedText.has(token) && !unasked.includes(word)) {
      unasked.push(word);
    }
  });
  return unasked;
}

/**
 * A question about what the customer may do or choose ("Can we choose…", "Do you allow customers
 * to perform…", "Does the platform let us configure…", "customer-initiated penetration tests",
 * "Can the Bank perform…", "Can our admins set…": the customer by its role in the questionnaire;
 * "configurable by the customer", "customer-defined", "train our own models"),
 * as opposed to what the vendor does.
 */
const CUSTOMER_ACTS = /\b(?:(?:allow|permit|let)s? (?:the )?(?:customers?|clients?|us|tenants?) (?:to )?(?:choose|perform|conduct|run|host|configure|set|decide|audit|test|select|change|adjust|extend|shorten|restrict|limit|train|fine tune)|customers? (?:can |may |(?:are |is )?able to )?(?:choose|perform|conduct|run|configure|set|decide|select|manage|trigger|initiate)|(?:can|may) (?:we|our (?:organi[sz]ation|company|team|admins?|administrators?|staff|users|people)|(?:the )?(?:customers?|clients?|tenants?|bank|agency|state|institution|university|college|district|county|city|school|hospital|licensee|purchaser|subscriber)) (?:choose|perform|conduct|run|host|configure|set|decide|audit|test|select|change|adjust|extend|shorten|restrict|limit|trigger|initiate|rotate|revoke|postpone|defer|delay|schedule|pause|train|fine tune)|(?:configurable|adjustable|customi[sz]able|selectable|changeable) by (?:the )?(?:customers?|clients?|tenants?|us|users|admins?|administrators?)|(?:customer|client|tenant|user|admin)[- ](?:configurable|adjustable|selectable|defined)|(?:customers?|clients?|tenants?)(?:[- ](?:initiated|led|run|driven|performed|conducted))? (?:penetration test\w*|pen ?tests?|pen ?testing|security test\w*|vulnerability scan\w*|on ?site audits?)|(?:train|fine tune|build|bring) (?:our|their) own (?:ai |ml |machine learning |language )?models?)\b/;

/**
 * The respondent's own suppliers, in the plural: "the Vendor" is often the respondent itself, and
 * contractors are its workforce, but "vendors", "suppliers" and "subprocessors" are third parties.
 */
const THIRD_PARTIES = /\b(?:vendors|suppliers|subcontractors|service providers|sub processors|subprocessors)\b/;
/** A question that names third parties in any form ("vendor", "third party", "supply chain"): an entry about them may answer it. */
const THIRD_PARTY_WORDS = /\b(?:vendors?|suppliers?|subcontractors?|service providers|sub processors?|subprocessors?|third part(?:y|ies)|3rd part(?:y|ies)|supply chain|outsourc\w*|partners|fourth part(?:y|ies)|subservice organi[sz]ations?|sub service organi[sz]ations?)\b/;

/** The customer's own people: in a questionnaire "our" is the customer writing, "your" the vendor; "the Covered Entity's own staff" are the customer's too. */
const CUSTOMER_PEOPLE = /\b(?:our|the (?:customer|client|covered entity|institution|agency|state|university|bank|licensee|purchaser|subscriber)) (?:own )?(?:employees|staff|analysts|users|people|team|teams|workforce|personnel|engineers|developers|admins|administrators)\b/;

function askedProductsOf(index: LibraryIndex, entry: number): readonly string[] {
  let names = index.entryAskedProducts[entry];
  if (names === undefined) {
    const own = index.entries[entry];
    names = own === undefined ? [] : namedProducts([own.question, ...own.variants].join(' . '), { examplesToo: true });
    index.entryAskedProducts[entry] = names;
  }
  return names;
}

/**
 * Why a fill is another entry's question: a name the question gives (a region, a product) that this
 * entry's own questions do not, while a close entry of the same topic asks about it. Undefined when
 * no such entry is close.
 */
function namedByAnother(index: LibraryIndex, asked: readonly string[], entry: number, ranked: readonly Scored[]): string | undefined {
  const own = askedProductsOf(index, entry);
  const missing = asked.filter((name) => !own.includes(name));
  if (missing.length === 0) {
    return undefined;
  }
  for (const other of ranked) {
    // A sibling: an entry of the same topic (folder). A privacy entry on transfers out of the EU is not the EU-hosting one's rival.
    if (other.text.entry !== entry && other.score >= WEAK && index.entries[other.text.entry]?.topic === index.entries[entry]?.topic) {
      const named = missing.find((name) => askedProductsOf(index, other.text.entry).includes(name));
      if (named !== undefined) {
        return `the question names "${named}", which "${index.entries[other.text.entry]?.id ?? ''}" asks about and this entry only mentions`;
      }
    }
  }
  return undefined;
}

/** At most this many parts of a question joined by "and" are read on their own. */
const MAX_PARTS = 4;

/**
 * The id of another entry that a part of the question, read on its own, fills (exact or strong)
 * while this entry is not even near that part, or undefined. Only parts joined by "and" are read: "at rest and in transit" asks two things,
 * and an entry that answers one of them does not answer the question.
 */
function partAnsweredElsewhere(index: LibraryIndex, asked: string, entryId: string): string | undefined {
  // Split as written, so that each part keeps its punctuation ("TLS 1.2+" is not "TLS 1").
  const parts = asked.split(/\s+(?:and|&)\s+/i);
  if (parts.length < 2 || parts.length > MAX_PARTS) {
    return undefined;
  }
  // "Backup frequency and retention": a later part of one word may be read with the first part's words but its last ("Backup retention").
  const headWords = (parts[0] as string).trim().split(/\s+/);
  const prefix = headWords.slice(0, -1).join(' ');
  // Not where dropping the last word breaks a phrase ("Do you run a bug bounty and VDP?" is not "a bug VDP"); read only for a question that has a one-word part.
  let borrows: boolean | undefined;
  const canBorrow = (): boolean => {
    if (borrows === undefined) {
      const headTokens = new Set(analyze(parts[0] as string));
      borrows = prefix !== '' && analyze(prefix).every((token) => headTokens.has(token));
    }
    return borrows;
  };
  for (const [i, part] of parts.entries()) {
    if (i > 0 && !/\s/.test(part.trim()) && canBorrow() && analyze(part).filter((token) => !isLight(token)).length === 1) {
      const borrowed = matchLibrary(index, `${prefix} ${part}`, { polar: false, compound: false });
      const read = borrowed.match;
      // Read so, the part is this entry's, or another's ("Backup retention and encryption?": backup encryption); weak, the word is read alone.
      if (read !== undefined && read.tier !== 'weak') {
        if (read.entry.id === entryId || borrowed.candidates.some((c) => c.entry.id === entryId && c.score >= STRONG_ALL_WORDS)) {
          continue;
        }
        return read.entry.id;
      }
    }
    const { match, candidates } = matchLibrary(index, part, { polar: false, compound: false });
    // The entry near that part too ("provisioning and deprovisioning" in a SCIM entry), on the lowest bar anything is filled at, answers it.
    if (match !== undefined && match.tier !== 'weak' && match.entry.id !== entryId && !candidates.some((c) => c.entry.id === entryId && c.score >= STRONG_ALL_WORDS)) {
      return match.entry.id;
    }
  }
  return undefined;
}

const ABSENT_NEGATIONS = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'isnt', 'arent', 'cannot', 'cant', 'wont']);
const ABSENT_PREDICATES = new Set(['support', 'supported', 'supports', 'offer', 'offered', 'offers', 'available', 'provide', 'provided', 'provides', 'accepted', 'accept', 'accepts', 'allowed', 'allow', 'permitted', 'enabled', 'included', 'include', 'includes', 'scope', 'covered', 'cover', 'covers']);
/** Words that say by themselves that something is left out ("Privacy is excluded", "out of scope"). */
const ABSENT_WORDS = new Set(['excluded', 'unsupported', 'unavailable']);
/** How many words either side of "not offered" / "does not support" the thing said to be absent may be. */
const ABSENT_REACH = 6;

/**
 * A word of the question that the entry's answer uses only beside "not offered", "is not
 * supported", "does not support" ("OpenID Connect is not supported", "not available on the
 * Essentials or Professional tiers"), and nowhere else in its questions or answer; or undefined.
 * Such an entry's Yes answers something else, and its answer to this question is No.
 */
function saidOnlyAsAbsent(questionWords: readonly string[], index: LibraryIndex, entry: number): string | undefined {
  let absent = index.entryAbsent[entry];
  if (absent === undefined) {
    absent = absentWords(index.entries[entry] as LibraryEntry);
    index.entryAbsent[entry] = absent;
  }
  return questionWords.find((word) => absent.has(word));
}

/**
 * The words an entry's answer uses only beside "not offered" and the like, never in its questions,
 * that could name what a question asks about (not the negation itself, nor a light word).
 */
function absentWords(entry: LibraryEntry): Set<string> {
  const own = new Set(normalizeText([entry.question, ...entry.variants].join(' ')).split(' '));
  const absent = new Set<string>();
  const present = new Set<string>();
  for (const clause of `${entry.answer.sentence ?? ''}. ${entry.paragraph}`.split(/[.;:!?()]|\bbut\b|—/)) {
    const words = normalizeText(clause).split(' ');
    const saysAbsent = (i: number): boolean => {
      const word = words[i] as string;
      return (
        ABSENT_WORDS.has(word) ||
        (word === 'out' && words[i + 1] === 'of' && words[i + 2] === 'scope') ||
        (ABSENT_NEGATIONS.has(word) && words.slice(i + 1, i + 4).some((next) => ABSENT_PREDICATES.has(next))) ||
        (ABSENT_PREDICATES.has(word) && words.slice(i + 1, i + 3).some((next) => ABSENT_NEGATIONS.has(next)))
      );
    };
    const at = words.flatMap((_, i) => (saysAbsent(i) ? [i] : []));
    words.forEach((word, i) => (at.some((h) => Math.abs(h - i) <= ABSENT_REACH) ? absent : present).add(word));
  }
  for (const word of absent) {
    if (present.has(word) || own.has(word) || word.length <= 2 || ABSENT_NEGATIONS.has(word) || ABSENT_PREDICATES.has(word) || ABSENT_WORDS.has(word) || !analyze(word).some((token) => !isLight(token))) {
      absent.delete(word);
    }
  }
  return absent;
}

/** Whether every question and variant of the entry names your vendors or suppliers, read when first needed. */
function aboutThirdParties(index: LibraryIndex, entry: number): boolean {
  let about = index.entryAboutThirdParties[entry];
  if (about === undefined) {
    const own = index.entries[entry] as LibraryEntry;
    about = [own.question, ...own.variants].every((text) => THIRD_PARTIES.test(normalizeText(text)));
    index.entryAboutThirdParties[entry] = about;
  }
  return about;
}

/** Whether a score is far enough ahead of the next entry's to fill: MARGIN, or NEAR_SAME_MARGIN for a near-identical wording. */
function leadsBy(score: number, next: number): boolean {
  return score - next >= MARGIN || (score >= NEAR_SAME && score - next >= NEAR_SAME_MARGIN);
}

/** At most this many full-text hits are scored (they come best first). */
const CANDIDATES = 20;
/** Words in more than this share of the entries find no candidates (they still count in the score). */
const COMMON = 0.05;

/**
 * The library entry that answers `question`, if any, with its tier, score and matched words.
 *
 * @param polar whether the question wants a Yes/No; by default read from the question's shape
 *   (src/domain/reading `questionShape`), only when some entry matches
 * @param exclude an entry id left out (checkLibrary looks for an entry's near-duplicates)
 * @param compound false: the question is not read as parts joined by "and" (a part is read so)
 * @param checkSuggestions every candidate, not only a fill, is checked against what the question
 *   asks, and a polar question's candidate with a Yes/No phrased in another sense gets that as its
 *   `unmetBound`: Review Library Suggestion offers only the candidates without one, since the one
 *   picked makes the question its variant, an exact match with its Yes/No
 */
export function matchLibrary(index: LibraryIndex, question: string, options: { polar?: boolean; exclude?: string; compound?: boolean; checkSuggestions?: boolean } = {}): LibraryMatchResult {
  const asked = askedText(question);
  const normalized = normalizeText(asked);
  const { tokens, words } = analyzeNormalized(normalized);
  if (tokens.length === 0 || index.texts.length === 0) {
    return { candidates: [] };
  }
  const querySet = new Set(tokens);
  const questionWords = normalized.split(' ');
  const negations = negationsOf(questionWords);
  let exactId = index.exact.get(exactKeyOf(normalized, negations));
  if (exactId !== undefined && options.exclude !== undefined && index.entries[index.texts[exactId]?.entry ?? -1]?.id === options.exclude) {
    exactId = undefined;
  }
  const weightOf = (token: string): number => index.weights.get(token) ?? (isLight(token) ? LIGHT_WEIGHT * index.unknownIdf : index.unknownIdf);
  const queryTokens = [...querySet];
  const queryWeights = queryTokens.map(weightOf);
  const querySubjects = queryTokens.map((token) => CONCEPTS.has(token) && !FACETS.has(token));
  let queryWeight = 0;
  for (const weight of queryWeights) {
    queryWeight += weight;
  }
  // Best text per entry.
  const perEntry = new Map<number, Scored>();
  const consider = (text: IndexedText): void => {
    if (options.exclude !== undefined && index.entries[text.entry]?.id === options.exclude) {
      return;
    }
    let inText = 0;
    let shared = 0;
    let context = 0;
    let missingKey = false;
    let allWordsFound = true;
    const entryOwn = index.entryOwn[text.entry] as Set<string>;
    const entryContext = index.entryContext[text.entry] as Set<string>;
    for (let i = 0; i < queryTokens.length; i++) {
      const token = queryTokens[i] as string;
      const weight = queryWeights[i] as number;
      if (text.set.has(token)) {
        inText += weight;
      }
      if (entryOwn.has(token)) {
        shared += weight;
      } else if (entryContext.has(token)) {
        context += weight;
      } else {
        allWordsFound = false;
        missingKey ||= querySubjects[i] === true;
      }
    }
    if (inText === 0) {
      return;
    }
    const coverage = inText / text.weight;
    const questionCoverage = Math.min(1, (shared + CONTEXT_WEIGHT * context) / queryWeight);
    const score = questionCoverage ** (1 - ALPHA) * coverage ** ALPHA;
    const previous = perEntry.get(text.entry);
    if (previous === undefined || score > previous.score) {
      perEntry.set(text.entry, { text, score, coverage, questionCoverage, missingKey, allWordsFound });
    }
  };
  if (exactId !== undefined) {
    consider(index.texts[exactId] as IndexedText);
  } else {
    // Candidates from the distinctive words (all words when none is distinctive).
    const distinctive = [...querySet].filter((token) => (index.idf.get(token) ?? index.unknownIdf) >= index.commonIdf);
    // A word the library never uses finds nothing: it is not looked up (a third of the words asked).
    const searched = (distinctive.length > 0 ? distinctive : [...querySet]).filter((token) => index.idf.has(token));
    const hits = searched.length === 0 ? [] : index.search.search(searched.join(' '));
    for (let i = 0; i < hits.length && i < CANDIDATES; i++) {
      consider(index.texts[(hits[i] as { id: number }).id] as IndexedText);
    }
  }
  // Best first; an entry that lacks a subject concept of the question cannot fill it, so the
  // suggestions that could come first (the fill, if any, is the first of them).
  const byScore = [...perEntry.values()].sort((a, b) => b.score - a.score || a.text.entry - b.text.entry);
  const complete = (s: Scored): boolean => !s.missingKey && s.score >= WEAK;
  const ranked = [...byScore.filter(complete), ...byScore.filter((s) => !complete(s))];
  let polar = options.polar;
  let askedTimes: TimeBound[] | undefined;
  let askedProducts: string[] | undefined;
  let askedNumbers: NamedNumber[] | undefined;
  let askedRegionIds: string[] | undefined;
  const candidates: LibraryMatch[] = [];
  for (let rank = 0; rank < ranked.length && candidates.length < 3; rank++) {
    const { text, score: raw, coverage, questionCoverage, missingKey, allWordsFound } = ranked[rank] as Scored;
    const isExact = exactId !== undefined && index.texts[exactId]?.entry === text.entry;
    const score = isExact ? 1 : raw;
    // The margin is kept over the next entry that could answer the whole question too: not one
    // that lacks a subject concept of it, or whose time bounds do not meet the question's
    // ("Will you notify us within 72 hours…?" near the breach-history entry, which states none).
    let next = ranked.find((other, i) => i > rank && !other.missingKey)?.score ?? 0;
    if (rank === 0 && !isExact && !missingKey && !leadsBy(score, next)) {
      // Read the time bounds only when the nearest other entry stands in the way.
      const times = (askedTimes ??= timeBounds(normalized));
      next = ranked.find((other, i) => i > rank && !other.missingKey && (times.length === 0 || unmetTimeBound(times, index.entryTimes[other.text.entry] ?? []) === undefined))?.score ?? 0;
    }
    let tier: MatchTier | undefined;
    if (isExact) {
      tier = 'exact';
    } else if (
      rank === 0 &&
      !missingKey &&
      leadsBy(score, next) &&
      ((score >= STRONG &&
        (coverage >= MIN_COVERAGE || (coverage >= MIN_COVERAGE_SAME_SUBJECT && text.subjects.length > 0 && text.subjects.every((token) => querySet.has(token)))) &&
        questionCoverage >= MIN_QUESTION_COVERAGE) ||
        // A part of a compound question is held to the usual bar, so that the lower one does not split more questions.
        (allWordsFound && options.compound !== false && score >= STRONG_ALL_WORDS && coverage >= MIN_COVERAGE_ALL_WORDS))
    ) {
      tier = 'strong';
    } else if (score >= WEAK) {
      tier = 'weak';
    }
    if (tier === undefined) {
      break;
    }
    const entry = index.entries[text.entry] as LibraryEntry;
    const matched: string[] = [];
    tokens.forEach((token, i) => {
      const word = words[i] as string;
      if (text.set.has(token) && !matched.includes(word)) {
        matched.push(word);
      }
    });
    // An internal entry, or one whose answer is still a scaffold ("TODO: …"), is matched but never written.
    const writable = index.entryWritable[text.entry] === true;
    polar ??= questionShape(question) === 'polar';
    // Checks in turn, the first reason found making a close match a suggestion.
    let unmetBound: string | undefined;
    const checked = tier === 'exact' || tier === 'strong' || options.checkSuggestions === true;
    if (checked) {
      // "Is the application hosted in Azure?" near an entry that says AWS: the same concept, another product.
      askedProducts ??= namedProducts(asked);
      unmetBound = unmetProduct(normalized, askedProducts, index.entryProducts[text.entry] ?? [], tier === 'exact');
      // "Do you offer data residency in the EU?" near the data-location entry, whose answer mentions
      // the EU, and the EU-hosting entry, which asks about it: the question is the other one's.
      if (unmetBound === undefined && tier === 'strong' && askedProducts.length > 0) {
        unmetBound = namedByAnother(index, askedProducts, text.entry, ranked);
      }
    }
    if (checked && tier !== 'exact' && unmetBound === undefined) {
      // A name no list knows ("Cloudflare", "Doppler") that the entry never uses: it may name another product.
      const context = index.entryContext[text.entry] as Set<string>;
      const entryWords = index.entryWords[text.entry] as Set<string>;
      const known = (word: string): boolean => {
        const analyzed = analyze(word);
        return entryWords.has(word.toLowerCase()) || (analyzed.length > 0 && analyzed.every((token) => context.has(token)));
      };
      const name = unmentionedName(asked, known);
      unmetBound = name === undefined ? undefined : `the question names "${name}", which the entry does not`;
    }
    if (checked && tier !== 'exact' && unmetBound === undefined) {
      // "Are access rights reviewed monthly?" near an entry that says quarterly: the entry does not answer it.
      askedTimes ??= timeBounds(normalized);
      unmetBound = askedTimes.length === 0 ? undefined : unmetTimeBound(askedTimes, index.entryTimes[text.entry] ?? []);
      const entryTexts = [entry.answer.sentence ?? '', entry.paragraph, entry.question, ...entry.variants];
      unmetBound ??= unmetPercentage(question, entryTexts);
      // "Do you have a SOC 3 report?" near the SOC 2 entry, "at least USD 10 million" near one that says 5.
      askedNumbers ??= namedNumbers(asked);
      unmetBound ??= askedNumbers.length === 0 ? undefined : unmetNumber(askedNumbers, entryTexts);
      askedRegionIds ??= namedRegionIds(asked);
      unmetBound ??= askedRegionIds.length === 0 ? undefined : unmetRegionId(asked, askedRegionIds, entryTexts);
      unmetBound ??= unmetPlan(asked, entryTexts, index.plans);
      unmetBound ??= turnedAround(negations, text.negations, questionWords);
      unmetBound ??= restrictedOfHaving(negations, text.negations, entry.answer.yesno, questionWords);
      // "Can we choose how long backups are kept?" near an entry on how long we keep them: what the customer may do is another question.
      if (unmetBound === undefined && CUSTOMER_ACTS.test(normalized) && ![entry.question, ...entry.variants].some((own) => CUSTOMER_ACTS.test(normalizeText(own)))) {
        unmetBound = 'the question asks what the customer may do, and the entry says what you do';
      }
      // "Are vendors required to carry cyber insurance?" near the entry on your own insurance: the question is about your suppliers.
      if (unmetBound === undefined && THIRD_PARTIES.test(normalized) && !['vendorrisk', 'subprocessor'].some((token) => index.entryContext[text.entry]?.has(token) === true)) {
        unmetBound = 'the question asks about your vendors or suppliers, and the entry never mentions them';
      }
      // "Do you have a SOC 1 report?" near "How do you review the SOC reports of your critical vendors?": the entry is about your suppliers' reports.
      if (unmetBound === undefined && !THIRD_PARTY_WORDS.test(normalized) && aboutThirdParties(index, text.entry)) {
        unmetBound = 'the entry is about your vendors or suppliers, and the question does not mention them';
      }
      // "Can we force all of our analysts to use 2FA?" near the entry on your staff's MFA: "our" people are the customer's.
      if (unmetBound === undefined && CUSTOMER_PEOPLE.test(normalized) && index.entryOwn[text.entry]?.has('staff') === true) {
        unmetBound = "the question asks about the customer's own people, and the entry about your staff";
      }
      // "Do you support SAML SSO and SCIM provisioning?": a part that another entry answers makes the question two.
      const alsoAsked = unmetBound === undefined && options.compound !== false ? partAnsweredElsewhere(index, asked, entry.id) : undefined;
      if (alsoAsked !== undefined) {
        unmetBound = `the question also asks what "${alsoAsked}" answers`;
      }
    }
    if (checked && tier !== 'exact' && unmetBound === undefined && entry.answer.yesno !== 'no') {
      // "Is SMS offered as an MFA option?" near an entry whose Yes says "SMS codes are not offered": it answers the other way.
      const absent = saidOnlyAsAbsent(questionWords, index, text.entry);
      if (absent !== undefined) {
        unmetBound = `the entry mentions "${absent}" only to say it is not offered`;
      }
    }
    if (unmetBound !== undefined) {
      tier = 'weak';
    }
    const yesno = yesnoFor(entry, normalized, negations, text, tier === 'exact', polar, index.entryWords[text.entry] as Set<string>, () => unaskedWords(tokens, words, text.set));
    if (options.checkSuggestions === true && unmetBound === undefined && polar && entry.answer.yesno !== undefined && negations !== text.negations) {
      // "Is MFA required?" near "Is MFA supported?" (Yes): once it is the entry's variant, that Yes would be its answer.
      unmetBound = yesno.yesnoReason;
      tier = 'weak';
    }
    candidates.push({
      entry,
      tier,
      score: Math.round(score * 1000) / 1000,
      matched,
      matchedText: text.text,
      ...yesno,
      writable,
      fills: writable && tier !== 'weak',
      ...(unmetBound !== undefined && { unmetBound }),
    });
  }
  return { match: candidates[0], candidates };
}

/**
 * Question-intent classifier: `classify(question) → { intent, confidence }` over the intent ids
 * of PRODUCT.md. Deterministic, offline, no language model.
 *
 * How it works
 *  1. normalize.ts folds spellings ("SOC2", "SOC II", "SOC-2" → "soc 2"; "Type II" → "type 2";
 *     "ISO/IEC 27001:2022" → "iso 27001"; "pen-testing" → "pentest"), removes question ids in
 *     front ("A&A-02.1", "AAC-02.1", "DOCU-03", "1.2.3", "Q7)"), and splits the cell into weighted
 *     segments: the first question 1.0, later questions 0.85, "If so, …" follow-ups and
 *     statements next to a question 0.6, asides (brackets, "Note: …", "For example, …",
 *     "…, as required by SOC 2") 0.25, so an aside alone never outweighs `none`.
 *  2. phrase-index.ts finds the cue phrases of cues.ts in each segment in one pass over a token
 *     trie (exact tokens and `word*` prefixes).
 *  3. Each cue that fires adds `weight × segment weight` to its intent (once per cue, at its best
 *     segment). soc2.* cues count only when the cell carries enough SOC 2 evidence (the gate:
 *     "soc 2", "attestation report", "third-party audit", "CPA firm", …; "internal audit",
 *     "audit log", "our SOC 2" count against it), except cues whose own phrases are unambiguous
 *     ("bridge letter", "carve-out", "CUECs").
 *  4. Contributions to one intent combine with diminishing returns (strongest + ½ next + ¼ …).
 *  5. An intent must beat `none`: NONE_BASE_SCORE plus the foreign topics (passwords, encryption,
 *     backups, GDPR, HR, insurance, logging, …, capped) of the segment its strongest cue came
 *     from. The highest-scoring intent that beats its `none` wins (ties: earlier in INTENT_IDS);
 *     otherwise `none`. Confidence = logistic(1.5 × margin), the margin being the distance to the
 *     nearest flip (to `none` or to the runner-up): about 0.5 near a tie, about 0.9 for `none` with
 *     no cue at all, near 1 for a clear win.
 *  6. Context (optional: `classify(question, { context: { section, previous } })`). A follow-up
 *     such as "What period does the report cover?" names no SOC 2, so alone it is `none`. When
 *     the cell has a reference phrase (CONTEXT_REFERENCES: "the report", "the auditor", "the
 *     period", "exceptions", "an NDA", …) and no SOC 2 evidence of its own, the context decides
 *     the gate: the preceding questions are read in order (at most CONTEXT_SCAN_LIMIT); a SOC 2
 *     question makes the subject SOC 2, a pen-test, ISO, scanning or other non-`none` question
 *     makes it "other", follow-ups in between carry the subject on, and CONTEXT_LOOKBACK
 *     unrelated questions in a row end it; with no subject left, the section title decides (a
 *     SOC 2 or assurance title: "Independent assurance", "SOC 2", "Audit reports"). Subject
 *     SOC 2 opens the gate, and foreign topics then count CONTEXT_TOPIC_FACTOR times against the
 *     SOC 2 reading (context is weaker evidence than the question's own words). Subject "other"
 *     shuts a gate that only generic words opened ("Who is the auditor?" after an ISO question is
 *     not the SOC 2 auditor). A question without a reference phrase, or one that names SOC 2
 *     itself, is classified exactly as without context; so is every question when no context is
 *     given. The preceding questions' own readings are memoized, so a fill that walks a
 *     questionnaire in order classifies each of them about once.
 *
 * Labelling rules (what the classifier is built to do; the dev set follows them)
 *  - soc2.* only when the question asks about the SOC 2 report or examination, or about an
 *    independent/third-party audit or attestation of the security programme with no framework
 *    named (CAIQ A&A-02.1, VSAQ "third-party audits"): the SOC 2 is what answers those. The facet
 *    asked picks the intent (scope of the audits → soc2.scope, who the auditors are → auditor,
 *    sharing a summary → report_request).
 *  - A passing mention is not the question: "Describe your password policy. (This is also covered
 *    by our SOC 2.)" and "Is MFA enforced, as required by SOC 2?" are `none`. "Is X covered by
 *    your SOC 2?" asks about the report's scope → soc2.scope.
 *  - Two questions in one cell: the assurance question wins over a non-assurance one (answering
 *    the SOC 2 half is useful, and the writer sees the rest); among assurance questions the first
 *    asked dominates ("Do you have a SOC 2? If so, attach it." → soc2.status), because the status
 *    answer already states type, period, firm and how to get the report.
 *  - "SSAE 16" / "SAS 70" (outdated): with financial-reporting cues (ICFR, SOX, financial
 *    statement auditors) or SOC 1 / ISAE 3402 → assurance.soc1; otherwise, as in most security
 *    questionnaires, shorthand for "an independent controls audit" → soc2.* (the claim checker
 *    flags the outdated term). "SSAE 18 / SOC 2" → soc2.status.
 *  - Audits or certifications of the data centre / hosting / cloud provider (HECVAT DCTR-02, VSAQ
 *    dc_certifications "TIA-942, ISO 27001, SSAE-16") → soc2.subservice: the answer names the
 *    carved-out provider and how its reports are reviewed. So does reviewing the hosting or cloud
 *    provider's SOC 2. Reviewing the SOC reports of one's own vendors in general ("your critical
 *    vendors", "subprocessors", "suppliers") is vendor management → `none`: the profile knows the
 *    subservice organizations of the vendor's own report, not its vendor programme, and a
 *    subservice answer ("Yes") would claim more than it knows.
 *  - "Is the platform covered by a (any) SOC 2?" asks whether there is one → soc2.status; "covered
 *    by your SOC 2" asks the scope of the report there is → soc2.scope. "The service in scope of
 *    this review / assessment / engagement" is the customer's review, not the report's scope.
 *  - In context: a follow-up after SOC 2 questions (or under a SOC 2 section) is labelled by the
 *    facet it asks ("Were there any exceptions?" → soc2.opinion); after a pen-test, ISO, scanning
 *    or incident question, "the report" / "the auditor" / "findings" are that topic's → no SOC 2
 *    intent (`none`, unless its own words name another intent); an unrelated question keeps its
 *    own intent whatever precedes it.
 *  - A third-party technical assessment of systems or applications (HECVAT VULN-04) →
 *    assurance.pentest; of the programme → soc2.status.
 *  - Internal audits, audit logs and trails, a customer's right to audit, audited financial
 *    statements, audit policies and audit-management processes (CAIQ A&A-01/04/05) → none.
 *  - Named assessed frameworks (PCI DSS, HITRUST, FedRAMP, HIPAA, CSA STAR, ISO 27017/27018/
 *    27701, NIST, CMMC, …) → assurance.other; privacy laws (GDPR, CCPA) → none. When SOC 2 is
 *    named together with others ("your SOC2/ISO 27001 reports"), the SOC 2 reading wins, unless
 *    the question asks for frameworks "besides SOC 2".
 *  - Mentions of SOC 2 in the question but about the customer's own audit ("For our SOC 2
 *    purposes, describe …") are `none`.
 *
 * Why hand-weighted cues and not a search library
 *  fuse.js (installed) is measured as the naive baseline in bench/classify.bench.ts: nearest
 *  development-set exemplar by fuzzy string match, scored leave-one-out. Fuse's Bitap matching is
 *  built for typo-tolerant look-up of short strings; questionnaire questions differ in wording
 *  and length, and the intent often turns on one word ("Type", "bridge", "internal" vs
 *  "third-party", "our" vs "your") or on where a term sits (asked vs mentioned in passing), which
 *  character similarity over whole questions does not see. It is also about two orders of
 *  magnitude slower. MiniSearch-style BM25 retrieval would weigh rare words better but has the
 *  same blindness to position and negation, and needs a dependency that is not installed. The
 *  cue tables keep every decision traceable (classifyDetailed shows the scores) and are cheap to
 *  extend with a new phrasing.
 */
import { INTENT_IDS, type IntentId } from '../intents';
import {
  ASSURANCE_SECTION,
  CONTEXT_LOOKBACK,
  CONTEXT_REFERENCES,
  CONTEXT_SCAN_LIMIT,
  CONTEXT_TOPIC_FACTOR,
  CUES,
  EVIDENCE_THRESHOLD,
  NONE_BASE_SCORE,
  NONE_TOPIC_CAP,
  SOC2_EVIDENCE,
} from './cues';
import { normalizeQuestion, segmentQuestion } from './normalize';
import { PhraseIndex } from './phraseIndex';

export interface Classification {
  intent: IntentId;
  /** 0..1: how clearly the decision beat the runner-up (0.5 ≈ a tie). */
  confidence: number;
}

/** Where a question sits in its questionnaire (see "Context" above). */
export interface QuestionContext {
  /** The heading or section row the question is under. */
  section?: string;
  /** The questions before it in the same section, in document order (nearest last). */
  previous?: readonly string[];
}

export interface ClassifyOptions {
  context?: QuestionContext;
}

export interface ClassificationDetail extends Classification {
  /** Score of every intent (0 where nothing fired); `none` is the score the winner (or, for a `none` result, the closest intent) had to beat. */
  scores: Record<IntentId, number>;
  /** SOC 2 evidence in the cell; soc2.* gated cues count only at EVIDENCE_THRESHOLD or above. */
  soc2Evidence: number;
  runnerUp: IntentId;
  /**
   * Set when the context changed the SOC 2 gate: `opened` for a follow-up that took the SOC 2
   * subject from the questions before it, `closed` for one whose "the auditor" / "the report"
   * points at another assurance or control topic.
   */
  gateFromContext?: 'opened' | 'closed';
}

/** Each further cue of an intent counts this fraction of the one before it. */
const DIMINISHING_FACTOR = 0.5;

/** Steepness of the margin → confidence curve. */
const CONFIDENCE_SLOPE = 1.5;

/**
 * Cues and evidence terms compiled to one list of rules. A rule fires in a segment when every
 * group has a phrase there and no `unless` phrase is there. Postings (phrase → rule, group bit)
 * mean a segment only touches the rules its phrases occur in.
 */
const enum RuleKind {
  Cue,
  Evidence,
}

interface CompiledRule {
  /** Index into CUES or SOC2_EVIDENCE, by `kind`. */
  readonly source: number;
  readonly kind: RuleKind;
  readonly fullMask: number;
  readonly unless: Int32Array;
}

interface CompiledCue {
  readonly intentIndex: number;
  readonly weight: number;
  readonly gated: boolean;
  readonly isNoneTopic: boolean;
}

const NONE_INDEX = INTENT_IDS.indexOf('none');
const phraseIndex = new PhraseIndex();
const rules: CompiledRule[] = [];
/** postings[phraseId] = flat pairs [ruleIndex, groupBit, ruleIndex, groupBit, …]. */
const postings: number[][] = [];

function compileRule(source: number, kind: RuleKind, groups: readonly (readonly string[])[], unless: readonly string[]): void {
  if (groups.length === 0 || groups.length > 30) {
    throw new Error(`A cue needs 1 to 30 phrase groups (rule ${source}).`);
  }
  const ruleIndex = rules.length;
  groups.forEach((group, g) => {
    for (const phrase of group) {
      const id = phraseIndex.add(phrase);
      (postings[id] ??= []).push(ruleIndex, 1 << g);
    }
  });
  rules.push({
    source,
    kind,
    fullMask: (1 << groups.length) - 1,
    unless: Int32Array.from(unless.map((phrase) => phraseIndex.add(phrase))),
  });
}

const compiledCues: readonly CompiledCue[] = CUES.map((cue, c) => {
  compileRule(c, RuleKind.Cue, cue.all, cue.unless ?? []);
  return {
    intentIndex: INTENT_IDS.indexOf(cue.intent),
    weight: cue.weight,
    gated: cue.intent.startsWith('soc2.') && cue.ungated !== true,
    isNoneTopic: cue.intent === 'none',
  };
});
SOC2_EVIDENCE.forEach((term, e) => compileRule(e, RuleKind.Evidence, term.all, []));

/**
 * Reference phrases have an index of their own, scanned only when a context is given, so that
 * classifying without context does exactly the work it did before contexts existed.
 */
const referenceIndex = new PhraseIndex();
const referenceTerms = CONTEXT_REFERENCES.map((term) => ({
  groups: term.all.map((group) => Int32Array.from(group.map((phrase) => referenceIndex.add(phrase)))),
  unless: Int32Array.from((term.unless ?? []).map((phrase) => referenceIndex.add(phrase))),
}));
const referenceSeen = new Uint32Array(referenceIndex.size);
let referenceStamp = 0;

function markReference(phraseId: number): void {
  referenceSeen[phraseId] = referenceStamp;
}

function anyReferenceSeen(phraseIds: Int32Array): boolean {
  for (let i = 0; i < phraseIds.length; i += 1) {
    if (referenceSeen[phraseIds[i] ?? 0] === referenceStamp) {
      return true;
    }
  }
  return false;
}

/** Whether a segment holds a CONTEXT_REFERENCES term (every group present, no `unless` phrase). */
function hasReferenceIn(tokens: readonly string[]): boolean {
  referenceStamp += 1;
  if (referenceStamp >= 0xffffffff) {
    referenceSeen.fill(0);
    referenceStamp = 1;
  }
  referenceIndex.scan(tokens, markReference);
  return referenceTerms.some((term) => term.groups.every(anyReferenceSeen) && !anyReferenceSeen(term.unless));
}

/** seenStamp[phraseId] === currentStamp ⇔ the phrase occurs in the segment being evaluated. */
const seenStamp = new Uint32Array(phraseIndex.size);
const seenInSegment: number[] = [];
/** Per rule: which groups have matched in the current segment (valid when ruleStamp === currentStamp). */
const ruleStamp = new Uint32Array(rules.length);
const ruleMask = new Int32Array(rules.length);
const touchedRules: number[] = [];
let currentStamp = 0;

function markSeen(phraseId: number): void {
  if (seenStamp[phraseId] !== currentStamp) {
    seenStamp[phraseId] = currentStamp;
    seenInSegment.push(phraseId);
  }
}

function anySeen(phraseIds: Int32Array): boolean {
  for (let i = 0; i < phraseIds.length; i += 1) {
    if (seenStamp[phraseIds[i] ?? 0] === currentStamp) {
      return true;
    }
  }
  return false;
}

function nextStamp(): void {
  currentStamp += 1;
  if (currentStamp >= 0xffffffff) {
    seenStamp.fill(0);
    ruleStamp.fill(0);
    currentStamp = 1;
  }
}

/** Scans one segment and calls `onFire(rule)` for each rule that fires in it. */
function fireRules(tokens: readonly string[], onFire: (rule: CompiledRule) => void): void {
  nextStamp();
  seenInSegment.length = 0;
  touchedRules.length = 0;
  phraseIndex.scan(tokens, markSeen);
  for (const phraseId of seenInSegment) {
    const list = postings[phraseId];
    if (list === undefined) {
      continue;
    }
    for (let i = 0; i < list.length; i += 2) {
      const ruleIndex = list[i] ?? 0;
      if (ruleStamp[ruleIndex] !== currentStamp) {
        ruleStamp[ruleIndex] = currentStamp;
        ruleMask[ruleIndex] = 0;
        touchedRules.push(ruleIndex);
      }
      ruleMask[ruleIndex] = (ruleMask[ruleIndex] ?? 0) | (list[i + 1] ?? 0);
    }
  }
  for (const ruleIndex of touchedRules) {
    const rule = rules[ruleIndex];
    if (rule !== undefined && ruleMask[ruleIndex] === rule.fullMask && !anySeen(rule.unless)) {
      onFire(rule);
    }
  }
}

/** What one question scored; the arrays are reused by the next call (copy what you keep). */
interface Decision {
  readonly winner: number;
  readonly runnerUp: number;
  readonly margin: number;
  readonly soc2Evidence: number;
  /** An evidence term marked `specific` (SOC 2 by name, Type 1/2, CUECs, …) fired. */
  readonly specificEvidence: boolean;
  /** A CONTEXT_REFERENCES phrase ("the report", "exceptions") occurs in the cell (looked for only when asked). */
  readonly hasReference: boolean;
  /** Per intent index; at NONE_INDEX the score the decision had to beat. */
  readonly scores: Float64Array;
}

/**
 * How the SOC 2 gate is set: by the cell's own evidence, or held open / shut by the context
 * (an open gate from context makes foreign topics count CONTEXT_TOPIC_FACTOR times).
 */
const enum Gate {
  Own,
  OpenFromContext,
  ClosedByContext,
}

// Work buffers, reused across calls: classification is synchronous, so no call sees another's.
const cueBest = new Float64Array(compiledCues.length);
const cueBestSegment = new Int32Array(compiledCues.length);
const firedCues: number[] = [];
const evidenceBest = new Float64Array(SOC2_EVIDENCE.length);
const topicsBySegment: number[] = [];
const scoreList = new Float64Array(INTENT_IDS.length);
const nextFactor = new Float64Array(INTENT_IDS.length);
const strongestSegment = new Int32Array(INTENT_IDS.length);
const noneToBeat = new Float64Array(INTENT_IDS.length);

function decide(question: unknown, gate: Gate, findReferences = false): Decision {
  const text = typeof question === 'string' ? question : '';
  let hasReference = false;
  const segments = segmentQuestion(normalizeQuestion(text));
  for (const c of firedCues) {
    cueBest[c] = 0;
  }
  firedCues.length = 0;
  evidenceBest.fill(0);
  topicsBySegment.length = 0;

  segments.forEach((segment, s) => {
    topicsBySegment.push(0);
    if (findReferences && !hasReference) {
      hasReference = hasReferenceIn(segment.tokens);
    }
    fireRules(segment.tokens, (rule) => {
      if (rule.kind === RuleKind.Evidence) {
        if (segment.weight > (evidenceBest[rule.source] ?? 0)) {
          evidenceBest[rule.source] = segment.weight;
        }
        return;
      }
      const cue = compiledCues[rule.source];
      if (cue === undefined) {
        return;
      }
      if (cue.isNoneTopic) {
        // Per segment: how strongly its own words are about a non-assurance topic.
        topicsBySegment[s] = (topicsBySegment[s] ?? 0) + cue.weight * segment.weight;
        return;
      }
      const previous = cueBest[rule.source] ?? 0;
      if (previous === 0) {
        firedCues.push(rule.source);
      }
      if (segment.weight > previous) {
        // Per cue: the weight of the strongest segment it fired in, and which segment that was.
        cueBest[rule.source] = segment.weight;
        cueBestSegment[rule.source] = s;
      }
    });
  });

  let soc2Evidence = 0;
  let specificEvidence = false;
  for (let e = 0; e < evidenceBest.length; e += 1) {
    const seen = evidenceBest[e] ?? 0;
    const term = SOC2_EVIDENCE[e];
    soc2Evidence += (term?.weight ?? 0) * seen;
    if (seen > 0 && term?.specific === true) {
      specificEvidence = true;
    }
  }
  const gateOpen = gate === Gate.OpenFromContext || (gate === Gate.Own && soc2Evidence >= EVIDENCE_THRESHOLD);
  const topicFactor = gate === Gate.OpenFromContext ? CONTEXT_TOPIC_FACTOR : 1;

  // Contributions per intent, strongest first, with diminishing returns (strongest + ½ next +
  // ¼ …): several weak hints must not outweigh one specific cue.
  scoreList.fill(0);
  nextFactor.fill(1);
  const counted = firedCues.filter((c) => !((compiledCues[c]?.gated ?? false) && !gateOpen));
  counted.sort((a, b) => (compiledCues[b]?.weight ?? 0) * (cueBest[b] ?? 0) - (compiledCues[a]?.weight ?? 0) * (cueBest[a] ?? 0) || a - b);
  for (const c of counted) {
    const cue = compiledCues[c];
    if (cue === undefined) {
      continue;
    }
    const i = cue.intentIndex;
    const factor = nextFactor[i] ?? 0;
    if (factor === 1) {
      strongestSegment[i] = cueBestSegment[c] ?? 0;
    }
    scoreList[i] = (scoreList[i] ?? 0) + cue.weight * (cueBest[c] ?? 0) * factor;
    nextFactor[i] = factor * DIMINISHING_FACTOR;
  }
  // `none` to beat, per intent: the base score plus the foreign topics of the segment the
  // intent's strongest cue came from. A SOC 2 question next to a password question still wins;
  // a cyber-insurance question that mentions breaches does not become incident response.
  for (let i = 0; i < noneToBeat.length; i += 1) {
    noneToBeat[i] = NONE_BASE_SCORE + ((scoreList[i] ?? 0) > 0 ? Math.min(NONE_TOPIC_CAP, topicFactor * (topicsBySegment[strongestSegment[i] ?? 0] ?? 0)) : 0);
  }

  // The winner is the highest-scoring intent that beats its `none`; if none does, `none`.
  let winner = NONE_INDEX;
  for (let i = 0; i < scoreList.length; i += 1) {
    const score = scoreList[i] ?? 0;
    if (i !== NONE_INDEX && score > (noneToBeat[i] ?? 0) && (winner === NONE_INDEX || score > (scoreList[winner] ?? 0))) {
      winner = i;
    }
  }
  // Margin: how far the decision is from flipping, to `none` or to another intent.
  let margin = Number.POSITIVE_INFINITY;
  let runnerUp = NONE_INDEX;
  for (let i = 0; i < scoreList.length; i += 1) {
    if (i === NONE_INDEX || i === winner) {
      continue;
    }
    const score = scoreList[i] ?? 0;
    const gap = winner === NONE_INDEX ? (noneToBeat[i] ?? 0) - score : (scoreList[winner] ?? 0) - score;
    if (gap < margin) {
      margin = gap;
      runnerUp = i;
    }
  }
  if (winner !== NONE_INDEX) {
    const overNone = (scoreList[winner] ?? 0) - (noneToBeat[winner] ?? 0);
    if (overNone < margin) {
      margin = overNone;
      runnerUp = NONE_INDEX;
    }
  }
  scoreList[NONE_INDEX] = noneToBeat[winner === NONE_INDEX ? runnerUp : winner] ?? NONE_BASE_SCORE;
  return { winner, runnerUp, margin, soc2Evidence, specificEvidence, hasReference, scores: scoreList };
}

/** The subject a thread of questions is about, as far as context goes. */
const enum Subject {
  /** No assurance subject: "the report" refers to nothing known. */
  None,
  /** A SOC 2 question: "the report" after it is the SOC 2 report. */
  Soc2,
  /** Another assurance or control question (pen test, ISO, scanning, …): "the report" is its report. */
  Other,
}

/** What one text says on its own, for the questions after it. */
interface Facts {
  readonly subject: Subject;
  /** A follow-up: it refers back ("the report", "the auditor") and names no SOC 2 of its own, so it continues a thread rather than starting one. */
  readonly followUp: boolean;
}

/**
 * Facts about recently seen questions and section titles (kept apart: the same text reads
 * differently as a title). A fill walks a questionnaire in order, so most look-ups repeat.
 */
const questionFacts = new Map<string, Facts>();
const sectionFacts = new Map<string, Facts>();
const FACTS_MEMO_LIMIT = 512;
const MEMO_KEY_MAX_CHARS = 1_000;

/** The condition under which a question consults its context (also used for the questions before it). */
function isFollowUp(decision: Decision): boolean {
  return decision.hasReference && decision.soc2Evidence >= 0 && !(decision.soc2Evidence >= EVIDENCE_THRESHOLD && decision.specificEvidence);
}

/** Context-free facts of a preceding question (`asSection`: of a section title, where naming assurance work is enough). */
function factsOf(value: unknown, asSection: boolean): Facts {
  const text = typeof value === 'string' ? value : '';
  const memo = asSection ? sectionFacts : questionFacts;
  const known = memo.get(text);
  if (known !== undefined) {
    return known;
  }
  const decision = decide(text, Gate.Own, !asSection);
  const intent = INTENT_IDS[decision.winner] ?? 'none';
  let subject = intent.startsWith('soc2.') ? Subject.Soc2 : intent === 'none' ? Subject.None : Subject.Other;
  if (asSection && subject === Subject.None && (decision.soc2Evidence >= EVIDENCE_THRESHOLD || ASSURANCE_SECTION.test(normalizeQuestion(text)))) {
    subject = Subject.Soc2;
  }
  const facts: Facts = { subject, followUp: !asSection && isFollowUp(decision) };
  if (text.length <= MEMO_KEY_MAX_CHARS) {
    if (memo.size >= FACTS_MEMO_LIMIT) {
      memo.clear();
    }
    memo.set(text, facts);
  }
  return facts;
}

/**
 * The subject a follow-up inherits. The preceding questions (at most CONTEXT_SCAN_LIMIT) are
 * read in order: a question about a report or a control sets the subject (SOC 2 or another);
 * a follow-up continues the subject it found (so "Who is the auditor?" after an ISO question
 * carries ISO on, although alone it reads as SOC 2); after CONTEXT_LOOKBACK unrelated questions
 * in a row the thread is lost. With no subject left, the section title decides.
 */
function contextSubject(context: QuestionContext): Subject {
  const previous = Array.isArray(context.previous) ? context.previous : [];
  let subject = Subject.None;
  let unrelated = 0;
  for (let i = Math.max(0, previous.length - CONTEXT_SCAN_LIMIT); i < previous.length; i += 1) {
    const facts = factsOf(previous[i], false);
    if (facts.followUp && subject !== Subject.None) {
      unrelated = 0;
    } else if (facts.subject !== Subject.None) {
      subject = facts.subject;
      unrelated = 0;
    } else if (!facts.followUp) {
      unrelated += 1;
      if (unrelated >= CONTEXT_LOOKBACK) {
        subject = Subject.None;
      }
    }
  }
  if (subject === Subject.None && typeof context.section === 'string') {
    subject = factsOf(context.section, true).subject;
  }
  return subject;
}

/**
 * The decision for a question in its questionnaire. Only a follow-up (a reference phrase, no
 * evidence against SOC 2, SOC 2 not named) consults the context; otherwise, and with no context
 * given, this is the context-free decision.
 */
function decideInContext(question: unknown, options: ClassifyOptions | undefined): { decision: Decision; gateFromContext?: 'opened' | 'closed' } {
  const context: unknown = options?.context;
  const own = decide(question, Gate.Own, typeof context === 'object' && context !== null);
  // SOC 2 named in the question itself (or "the auditor" next to "Type 2"): context cannot change that.
  if (typeof context !== 'object' || context === null || !isFollowUp(own)) {
    return { decision: own };
  }
  const openOnItsOwn = own.soc2Evidence >= EVIDENCE_THRESHOLD;
  // Computing the subject classifies other text, which reuses the work buffers: decide again after.
  const subject = contextSubject(context as QuestionContext);
  if (!openOnItsOwn && subject === Subject.Soc2) {
    return { decision: decide(question, Gate.OpenFromContext), gateFromContext: 'opened' };
  }
  if (openOnItsOwn && subject === Subject.Other) {
    return { decision: decide(question, Gate.ClosedByContext), gateFromContext: 'closed' };
  }
  return { decision: decide(question, Gate.Own) };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function confidenceOf(margin: number): number {
  return round3(1 / (1 + Math.exp(-CONFIDENCE_SLOPE * margin)));
}

/** Full scoring, for tests and for explaining a decision. */
export function classifyDetailed(question: string, options?: ClassifyOptions): ClassificationDetail {
  const { decision, gateFromContext } = decideInContext(question, options);
  const scores = {} as Record<IntentId, number>;
  INTENT_IDS.forEach((id, i) => {
    scores[id] = round3(decision.scores[i] ?? 0);
  });
  return {
    intent: INTENT_IDS[decision.winner] ?? 'none',
    confidence: confidenceOf(decision.margin),
    scores,
    soc2Evidence: round3(decision.soc2Evidence),
    runnerUp: INTENT_IDS[decision.runnerUp] ?? 'none',
    ...(gateFromContext === undefined ? {} : { gateFromContext }),
  };
}

/**
 * The intent a questionnaire question asks about, and how clearly (0..1). Never throws.
 * `options.context` (the section and the questions before it) lets a follow-up such as "Were
 * there any exceptions?" be read as the SOC 2 question it continues.
 */
export function classify(question: string, options?: ClassifyOptions): Classification {
  const { decision } = options?.context === undefined ? { decision: decide(question, Gate.Own) } : decideInContext(question, options);
  return { intent: INTENT_IDS[decision.winner] ?? 'none', confidence: confidenceOf(decision.margin) };
}

export function classifyMany(questions: readonly string[]): Classification[] {
  return questions.map((question) => classify(question));
}

export { contextAt, type ContextSource } from './context';

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
 *    carved-out provider and how its reports are reviewed. So do "Do you review your vendors'
 *    SOC 2 reports?" questions.
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
import { CUES, EVIDENCE_THRESHOLD, NONE_BASE_SCORE, NONE_TOPIC_CAP, SOC2_EVIDENCE } from './cues';
import { normalizeQuestion, segmentQuestion } from './normalize';
import { PhraseIndex } from './phrase-index';

export interface Classification {
  intent: IntentId;
  /** 0..1: how clearly the decision beat the runner-up (0.5 ≈ a tie). */
  confidence: number;
}

export interface ClassificationDetail extends Classification {
  /** Score of every intent (0 where nothing fired); `none` is the score the winner (or, for a `none` result, the closest intent) had to beat. */
  scores: Record<IntentId, number>;
  /** SOC 2 evidence in the cell; soc2.* gated cues count only at EVIDENCE_THRESHOLD or above. */
  soc2Evidence: number;
  runnerUp: IntentId;
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
interface CompiledRule {
  /** Index into CUES, or into SOC2_EVIDENCE when `isEvidence`. */
  readonly source: number;
  readonly isEvidence: boolean;
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

function compileRule(source: number, isEvidence: boolean, groups: readonly (readonly string[])[], unless: readonly string[]): void {
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
    isEvidence,
    fullMask: (1 << groups.length) - 1,
    unless: Int32Array.from(unless.map((phrase) => phraseIndex.add(phrase))),
  });
}

const compiledCues: readonly CompiledCue[] = CUES.map((cue, c) => {
  compileRule(c, false, cue.all, cue.unless ?? []);
  return {
    intentIndex: INTENT_IDS.indexOf(cue.intent),
    weight: cue.weight,
    gated: cue.intent.startsWith('soc2.') && cue.ungated !== true,
    isNoneTopic: cue.intent === 'none',
  };
});
SOC2_EVIDENCE.forEach((term, e) => compileRule(e, true, term.all, []));

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
  /** Per intent index; at NONE_INDEX the score the decision had to beat. */
  readonly scores: Float64Array;
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

function decide(question: unknown): Decision {
  const text = typeof question === 'string' ? question : '';
  const segments = segmentQuestion(normalizeQuestion(text));
  for (const c of firedCues) {
    cueBest[c] = 0;
  }
  firedCues.length = 0;
  evidenceBest.fill(0);
  topicsBySegment.length = 0;

  segments.forEach((segment, s) => {
    topicsBySegment.push(0);
    fireRules(segment.tokens, (rule) => {
      if (rule.isEvidence) {
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
  for (let e = 0; e < evidenceBest.length; e += 1) {
    soc2Evidence += (SOC2_EVIDENCE[e]?.weight ?? 0) * (evidenceBest[e] ?? 0);
  }
  const gateOpen = soc2Evidence >= EVIDENCE_THRESHOLD;

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
    noneToBeat[i] = NONE_BASE_SCORE + ((scoreList[i] ?? 0) > 0 ? Math.min(NONE_TOPIC_CAP, topicsBySegment[strongestSegment[i] ?? 0] ?? 0) : 0);
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
  return { winner, runnerUp, margin, soc2Evidence, scores: scoreList };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function confidenceOf(margin: number): number {
  return round3(1 / (1 + Math.exp(-CONFIDENCE_SLOPE * margin)));
}

/** Full scoring, for tests and for explaining a decision. */
export function classifyDetailed(question: string): ClassificationDetail {
  const decision = decide(question);
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
  };
}

/** The intent a questionnaire question asks about, and how clearly (0..1). Never throws. */
export function classify(question: string): Classification {
  const decision = decide(question);
  return { intent: INTENT_IDS[decision.winner] ?? 'none', confidence: confidenceOf(decision.margin) };
}

export function classifyMany(questions: readonly string[]): Classification[] {
  return questions.map((question) => classify(question));
}

/**
 * Question in, decision out: classify the question, read what it asks, decide a verdict for a
 * Yes/No question, then compose the answer from the profile. `none` is never answered; a Yes/No
 * question the facts do not decide is `undetermined` and nothing is written; an answer that still
 * holds a placeholder needs a person.
 *
 * The leading word of every answer comes from the verdict, never from the composer: a Yes/No cell
 * is exactly the verdict, and the sentence and paragraph start with it and go on with what is true
 * ("No. Our current report is a SOC 2 Type 1 as of …").
 */
import type { AnswerDecision, AnswerOptions } from './types';
import { classify, type Classification, type QuestionContext } from '../classify';
import { ASSURANCE_SECTION } from '../classify/cues';
import { normalizeQuestion } from '../classify/normalize';
import { compose, NOT_RECOGNIZED_WARNING } from '../compose';
import type { AnswerableIntent, AnswerLength } from '../intents';
import type { Profile } from '../profile/schema';
import { intentByReading, readQuestion, type KnownNames } from '../reading';
import type { Condition, QuestionReading } from '../reading/types';
import { decideVerdict, type Verdict } from './verdict';

export function answerQuestion(profile: Profile, question: string, options: AnswerOptions): AnswerDecision {
  const classification = classify(question, { context: options.context });
  const names = knownNamesOf(profile);
  if (classification.intent === 'none') {
    // A Yes/No the reader understands in full, in a context where it can only mean our facts.
    const byReading = intentByReading(question, soc2Context(options.context), names);
    if (byReading !== undefined) {
      return answerClassified(profile, question, { intent: byReading, confidence: READER_CONFIDENCE }, options);
    }
    return answerClassified(profile, question, classification, options);
  }
  const reading = readQuestion(question, classification.intent, names);
  if (reading.shape === 'polar' && reading.notUnderstood.length > 0) {
    // "Are high-rated findings closed within 30 days?" under a SOC 2 heading: the words are a patching question.
    const soc2Named = /\bsoc 2\b/.test(reading.normalized);
    // Away from another framework's reading, SOC 2 only when the question names it.
    const byReading = intentByReading(question, classification.intent.startsWith('soc2.') ? false : soc2Named, names, classification.intent);
    if (byReading !== undefined) {
      return answerClassified(profile, question, { intent: byReading, confidence: READER_CONFIDENCE }, options);
    }
  }
  return answerClassified(profile, question, classification, options);
}

const NAMES = new WeakMap<Profile, KnownNames>();

/** The names a question may use for what the profile describes (one object per profile, so readings are memoized). */
function knownNamesOf(profile: Profile): KnownNames {
  const known = NAMES.get(profile);
  if (known !== undefined) {
    return known;
  }
  const names = collectNames(profile);
  NAMES.set(profile, names);
  return names;
}

function collectNames(profile: Profile): KnownNames {
  const engagements = profile.soc2.engagements;
  const present = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))];
  return {
    cpaFirms: present(engagements.map((e) => e.cpaFirm)),
    providers: present(engagements.flatMap((e) => (e.subserviceOrganizations ?? []).map((o) => o.name))),
    own: present([profile.organization.name, profile.organization.product, ...engagements.map((e) => e.system?.name)]),
    scanTools: present(profile.controls?.vulnerabilityScanning?.tools ?? []),
    endpointTools: present([profile.controls?.endpointManagement?.tool]),
    pentestFirms: present((profile.otherAssurance?.penetrationTests ?? []).map((t) => t.firm)),
    isoBodies: present([profile.otherAssurance?.iso27001?.certificationBody]),
  };
}

/** The confidence reported for an intent the reader chose where the classifier saw none. */
const READER_CONFIDENCE = 0.6;

/** The question sits under an assurance heading, or right after a SOC 2 question. */
function soc2Context(context: QuestionContext | undefined): boolean {
  if (context === undefined) {
    return false;
  }
  const section = context.section === undefined ? undefined : normalizeQuestion(context.section);
  if (section !== undefined && (ASSURANCE_SECTION.test(section) || /\bsoc 2\b/.test(section))) {
    return true;
  }
  const previous = context.previous ?? [];
  return previous.slice(-2).some(isSoc2Question);
}

/** Each question of a fill is a "previous" question for the next two: its SOC 2 test is remembered (bounded). */
const SOC2_QUESTIONS = new Map<string, boolean>();

function isSoc2Question(question: string): boolean {
  let soc2 = SOC2_QUESTIONS.get(question);
  if (soc2 === undefined) {
    soc2 = classify(question).intent.startsWith('soc2.');
    if (SOC2_QUESTIONS.size >= 256) {
      SOC2_QUESTIONS.clear();
    }
    SOC2_QUESTIONS.set(question, soc2);
  }
  return soc2;
}

/** The intent whose composer says what is true about a condition. */
function intentFor(condition: Condition, hasReport: boolean): AnswerableIntent | undefined {
  switch (condition.kind) {
    case 'soc2.underway':
    case 'soc2.planned':
    case 'soc2.nextScheduled':
    case 'soc2.nextIssued':
      return hasReport ? 'soc2.next_audit' : 'soc2.status';
    case 'soc2.periodAtLeast':
    case 'soc2.periodUnder':
      return 'soc2.period';
    case 'soc2.category':
    case 'soc2.allCategories':
    case 'soc2.onlySecurity':
      return 'soc2.scope';
    case 'soc2.opinion':
    case 'soc2.exceptions':
    case 'soc2.exceptionCount':
    case 'soc2.exceptionsAgainst':
      return 'soc2.opinion';
    case 'soc2.subservice':
      return 'soc2.subservice';
    case 'soc2.cuecs':
      return 'soc2.cuecs';
    case 'soc2.shared':
      return 'soc2.report_request';
    case 'soc2.bridge':
      return 'soc2.bridge_letter';
    case 'soc2.auditor':
    case 'soc2.standard':
      return 'soc2.auditor';
    case 'soc2.system':
      return 'soc2.scope';
    case 'soc2.expected':
      return hasReport ? 'soc2.next_audit' : 'soc2.status';
    case 'soc2.asOf':
    case 'soc2.periodIs':
      return 'soc2.period';
    case 'soc2.bridgeAfter':
      return 'soc2.bridge_letter';
    case 'dated':
      return condition.what === 'ir_test' ? 'controls.incident_response' : condition.what === 'pentest' ? 'assurance.pentest' : 'assurance.iso27001';
    case 'patch.within':
    case 'patch.automated':
    case 'patch.process':
      return 'controls.patching';
    case 'tool':
      return condition.area === 'scanning' ? 'controls.vulnerability_scanning' : 'controls.endpoint_management';
    case 'scan.performed':
    case 'scan.atLeast':
      return 'controls.vulnerability_scanning';
    case 'endpoint.managed':
    case 'endpoint.encrypted':
    case 'endpoint.baseline':
      return 'controls.endpoint_management';
    case 'ir.plan':
    case 'ir.testedWithin':
    case 'ir.notifyWithin':
      return 'controls.incident_response';
    case 'iso.certified':
    case 'iso.version':
      return 'assurance.iso27001';
    case 'soc1.report':
    case 'soc1.current':
      return 'assurance.soc1';
    case 'soc3.available':
    case 'soc3.current':
      return 'assurance.soc3';
    case 'pentest.performed':
    case 'pentest.within':
    case 'pentest.independent':
    case 'pentest.summary':
    case 'pentest.firm':
    case 'pentest.withinDays':
    case 'pentest.cadence':
      return 'assurance.pentest';
    case 'iso.body':
      return 'assurance.iso27001';
    case 'framework':
      return 'assurance.other';
    case 'soc2.ageOver':
      return 'soc2.period';
    case 'soc2.report':
    case 'soc2.type':
    case 'soc2.ageAtMost':
      return undefined;
  }
}

/** The composer for the body of a Yes/No answer: the one for what the question asks, not only its topic. */
function bodyIntent(intent: AnswerableIntent, reading: QuestionReading, hasReport: boolean): AnswerableIntent {
  for (const { condition } of reading.conditions) {
    const specific = intentFor(condition, hasReport);
    if (specific !== undefined) {
      return specific;
    }
  }
  if (reading.conditions.some((c) => c.condition.kind === 'soc2.ageAtMost' || c.condition.kind === 'soc2.ageOver')) {
    return intent === 'soc2.status' || intent === 'soc2.type' ? intent : 'soc2.period';
  }
  return intent === 'soc2.type' ? 'soc2.type' : intent.startsWith('soc2.') ? 'soc2.status' : intent;
}

/** Intents whose Yes/No body is a sentence even where a paragraph is asked for. */
const DETAIL_INTENTS = new Set<AnswerableIntent>(['soc2.opinion', 'soc2.scope', 'soc2.auditor', 'soc2.period', 'soc2.bridge_letter', 'soc2.cuecs', 'controls.patching', 'controls.vulnerability_scanning', 'controls.endpoint_management']);

/** The composer's own leading word, which the verdict replaces. */
const LEADING_WORD = /^(?:Yes|No|Not yet|Not applicable)[.:,]\s*/;

const VERDICT_WORDS = { yes: { cell: 'Yes', lead: 'Yes.' }, no: { cell: 'No', lead: 'No.' }, na: { cell: 'N/A', lead: 'Not applicable.' } } as const;

/** A "which / when / who" question or a choice needs the fact, not a paragraph around it. */
function lengthForShape(reading: QuestionReading, length: AnswerLength): AnswerLength {
  return (reading.shape === 'which' || reading.shape === 'choice') && length === 'paragraph' ? 'sentence' : length;
}

function undetermined(base: Omit<AnswerDecision, 'outcome' | 'missing' | 'warnings'>, reasons: string[], warnings: string[] = []): AnswerDecision {
  // Built field by field, not with `...base`: a spread of objects of many shapes is a slow generic
  // copy in V8, and this runs for most questions of a long fill (measured 118 → 96 µs a question).
  const decision: AnswerDecision = { question: base.question, intent: base.intent, confidence: base.confidence, outcome: 'undetermined', missing: [], warnings: [...warnings, `Left for a person: ${reasons.join(' ')}`], reasons };
  if (base.shape !== undefined) {
    decision.shape = base.shape;
  }
  if (base.verdict !== undefined) {
    decision.verdict = base.verdict;
  }
  if (base.facts !== undefined) {
    decision.facts = base.facts;
  }
  if (base.notUnderstood !== undefined) {
    decision.notUnderstood = base.notUnderstood;
  }
  return decision;
}

/** The same for a question already classified, such as a second length of the same question. */
export function answerClassified(profile: Profile, question: string, { intent, confidence }: Classification, options: AnswerOptions): AnswerDecision {
  if (intent === 'none') {
    return { question, intent, confidence, outcome: 'not_recognized', missing: [], warnings: [NOT_RECOGNIZED_WARNING] };
  }
  const reading = readQuestion(question, intent, knownNamesOf(profile));
  const verdict = decideVerdict(profile, intent, reading, options.today);
  const base = {
    question,
    intent,
    confidence,
    shape: reading.shape,
    notUnderstood: reading.notUnderstood,
    facts: verdict?.facts ?? [],
    // Off-topic: the verdict was about something else (our report, not the provider's); say so.
    ...(verdict === undefined ? {} : { verdict: reading.offTopic.length > 0 ? ('undetermined' as const) : verdict.value }),
  };
  if (reading.offTopic.length > 0) {
    return { ...undetermined(base, [`The question is about ${reading.offTopic.map((t) => `"${t}"`).join(', ')}, which the profile's facts do not cover.`]), outOfScope: true };
  }
  if (verdict === undefined) {
    if (options.length === 'yesno') {
      return undetermined(base, ['An open question: a bare Yes/No cannot answer it.']);
    }
    return composed(profile, question, intent, lengthForShape(reading, options.length), options.today, base);
  }
  if (verdict.value === 'undetermined') {
    return undetermined(base, verdict.reasons);
  }
  return polarAnswer(profile, question, intent, reading, verdict, options, base);
}

function composed(profile: Profile, question: string, intent: AnswerableIntent, length: AnswerLength, today: string, base: Omit<AnswerDecision, 'outcome' | 'missing' | 'warnings'>): AnswerDecision {
  const answer = compose(profile, intent, { length, today, question });
  return { ...base, outcome: answer.missing.length > 0 ? 'needs_person' : 'answered', text: answer.text, missing: answer.missing, warnings: answer.warnings };
}

function polarAnswer(
  profile: Profile,
  question: string,
  intent: AnswerableIntent,
  reading: QuestionReading,
  verdict: Verdict,
  options: AnswerOptions,
  base: Omit<AnswerDecision, 'outcome' | 'missing' | 'warnings'>,
): AnswerDecision {
  const words = VERDICT_WORDS[verdict.value as keyof typeof VERDICT_WORDS];
  const notes = verdict.reasons;
  if (options.length === 'yesno') {
    // The composer still runs for its warnings (a stale report, a certification framing).
    const warnings = compose(profile, intent, { length: 'yesno', today: options.today, question }).warnings.filter((w) => !/^The Yes\/No answer assumes/.test(w));
    return { ...base, outcome: 'answered', text: words.cell, missing: [], warnings: [...notes, ...warnings] };
  }
  const hasReport = profile.soc2.engagements.some((e) => e.status === 'completed');
  const asked = bodyIntent(intent, reading, hasReport);
  // A Yes/No about one detail (an exception, a provider, a category) needs that detail, not the whole report's paragraph.
  const length = options.length === 'paragraph' && DETAIL_INTENTS.has(asked) ? 'sentence' : options.length;
  const body = compose(profile, asked, { length, today: options.today, question });
  const rest = body.text.replace(LEADING_WORD, '');
  const text = rest === '' ? words.cell : `${words.lead} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  return {
    ...base,
    outcome: body.missing.length > 0 ? 'needs_person' : 'answered',
    text,
    missing: body.missing,
    warnings: [...notes, ...body.warnings],
  };
}

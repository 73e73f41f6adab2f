/**
 * The question reader: what a question asks, not only what it is about. For the asked sentence
 * it reads the answer shape (Yes/No, one of alternatives, a fact, prose), the conditions of the
 * claim (report type, currency, period length, categories, a named provider, sharing, opinion
 * kind, exceptions, who performed it, the standard, thresholds such as "within 48 hours"), and
 * every word it could not place. The verdict module decides the claim from the profile; a word
 * not understood makes it undetermined, so an unfamiliar phrasing goes to a person, never to a
 * guessed Yes.
 *
 * Why hand-written rules and not an English parser (compromise, wink): the claims questionnaires
 * make about assurance are a closed, domain-specific set; a part-of-speech tagger does not say
 * that "free of findings" means "no exceptions" or that "non-CPA" negates the auditor, and a
 * reader that must refuse what it does not know needs an explicit vocabulary anyway. Each rule
 * below is a regular expression over the classifier's normalized text (one spelling per term), and
 * the residual check turns anything outside the rules and the vocabulary into "not understood".
 */
import { normalizeQuestion } from '../classify/normalize';
import type { IntentId } from '../intents';
import { QUESTION_DATE, parseQuestionDate } from './dates';
import { NUMBER, UNIT, hourBounds, inMonths, parseDuration, parseNumber } from './numbers';
import type { AnswerShape, Condition, KnownNames, QuestionReading, ReadCondition, ScanCadence } from './types';

export type { AnswerShape, Condition, ConditionKind, KnownNames, QuestionReading, ReadCondition } from './types';

export const NO_NAMES: KnownNames = { cpaFirms: [], providers: [], own: [], scanTools: [], endpointTools: [], pentestFirms: [], isoBodies: [] };

/** Words that never make up a firm's name: "a partner of the CPA firm", "one of the Big Four", "18 December 2026". */
const NOT_NAME_WORDS = /\b(?:your|our|their|soc|report|reports|signed|sign|by|of|one|same|firm|firms|partner|partners|lined|up|as|big|four|any|which|that|who|this|these|those|accounting|audit|auditor|auditors|opinion|type|period|issued|issue|\d+|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/;

/** A phrase that can stand for a firm's name: one to five words, none of them generic. */
function looksLikeName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 5 && !NOT_NAME_WORDS.test(phrase) && /^[a-z]/.test(phrase.trim());
}

/** A name as the normalized question writes it: lowercase, company suffixes and punctuation gone. */
function nameForm(name: string): string {
  return normalizeQuestion(name)
    .replace(/[^a-z0-9&]+/g, ' ')
    .replace(/\b(?:inc|llc|llp|ltd|limited|plc|gmbh|pc|pllc|co|corp|corporation|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const NAME_PATTERNS = new Map<string, RegExp | undefined>();

/** The pattern that finds a profile name in normalized text (compiled once per name). */
function namePattern(name: string): RegExp | undefined {
  if (NAME_PATTERNS.has(name)) {
    return NAME_PATTERNS.get(name);
  }
  const form = nameForm(name);
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`[\s,.-]+`);
  const pattern = form.length < 3 ? undefined : new RegExp(String.raw`\b${escaped}(?:[\s,]+(?:inc|llc|llp|ltd|limited|plc|gmbh|pc|pllc|co|corp)\b\.?)*`);
  if (NAME_PATTERNS.size > 500) {
    NAME_PATTERNS.clear();
  }
  NAME_PATTERNS.set(name, pattern);
  return pattern;
}

/** Where the profile's names occur in a sentence: each gives a condition about it, and its words are understood. */
function nameConditions(sentence: string, family: Family, names: KnownNames, spans: [number, number][]): ReadCondition[] {
  const found: ReadCondition[] = [];
  const look = (list: readonly string[], make: (name: string) => Condition | undefined): void => {
    for (const name of list) {
      const pattern = namePattern(name);
      if (pattern === undefined) {
        continue;
      }
      const match = pattern.exec(sentence);
      if (match !== null && !spans.some(([s, e]) => match.index >= s && match.index + match[0].length <= e)) {
        spans.push([match.index, match.index + match[0].length]);
        const condition = make(name);
        if (condition !== undefined) {
          found.push({ condition, text: match[0] });
        }
      }
    }
  };
  look(names.own, (name) => (family === 'soc2' ? { kind: 'soc2.system', name } : undefined));
  if (family === 'soc2') {
    look(names.cpaFirms, (name) => ({ kind: 'soc2.auditor', what: 'named', name }));
    look(names.providers, (provider) => ({ kind: 'soc2.subservice', provider }));
  }
  if (family === 'scanning') {
    look(names.scanTools, (name) => ({ kind: 'tool', area: 'scanning', name }));
  }
  if (family === 'endpoint') {
    look(names.endpointTools.flatMap((t) => t.split(/\s+(?:and|or|\+)\s+|\s*[,;/]\s*/)).map((t) => t.replace(/\s*\(.*$/, '')), (name) => ({ kind: 'tool', area: 'endpoint', name }));
  }
  if (family === 'pentest') {
    look(names.pentestFirms, (name) => ({ kind: 'pentest.firm', name }));
  }
  if (family === 'iso') {
    look(names.isoBodies, (name) => ({ kind: 'iso.body', name }));
  }
  return found;
}

type Family = 'soc2' | 'patching' | 'endpoint' | 'scanning' | 'incident' | 'iso' | 'soc1' | 'soc3' | 'pentest' | 'other';

function familyOf(intent: IntentId): Family | undefined {
  if (intent.startsWith('soc2.')) {
    return 'soc2';
  }
  switch (intent) {
    case 'controls.patching':
      return 'patching';
    case 'controls.endpoint_management':
      return 'endpoint';
    case 'controls.vulnerability_scanning':
      return 'scanning';
    case 'controls.incident_response':
      return 'incident';
    case 'assurance.iso27001':
      return 'iso';
    case 'assurance.soc1':
      return 'soc1';
    case 'assurance.soc3':
      return 'soc3';
    case 'assurance.pentest':
      return 'pentest';
    case 'assurance.other':
      return 'other';
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Sentences and shape

const WH_WORDS = new Set(['what', 'which', 'when', 'who', 'whom', 'whose', 'how', 'where', 'why']);
const DESCRIBE_VERBS = new Set([
  'describe', 'explain', 'provide', 'list', 'detail', 'outline', 'attach', 'upload', 'share', 'summarize', 'summarise', 'give',
  'specify', 'identify', 'name', 'submit', 'include', 'enter', 'select', 'link', 'send', 'supply', 'document', 'elaborate',
]);

/** Openers that make a statement a Yes/No question: "Please confirm whether …", "Y/N: …". */
const POLAR_PREAMBLE =
  /^(?:(?:y\/n|yes\/no|yes or no)\s*[:-]?\s*)?(?:please\s+)?(?:(?:can you |could you |kindly )?(?:(?:confirm|indicate|state|specify|verify|tell us|advise|attest)\s+(?:whether|if|that)(?: or not)?|confirm|verify)\s+)/;
const ANSWER_FORMAT_HINT = /\(\s*(?:y\/n|yes\/no|yes or no|y or n)\s*\)|\b(?:y\/n|yes\/no)\s*[:.]?\s*$|^\s*(?:y\/n|yes\/no)\s*[:.-]\s*/g;
/** "If so, …", "If yes, please attach …": instructions that follow the asked question. */
const FOLLOW_UP = /^(?:if (?:so|yes|applicable|not|no|available|you do|you have|so,|there are|any)\b|please\b|kindly\b|provide\b|attach\b|upload\b|include\b|describe\b|explain\b|list\b|share\b|where\b|and if\b|otherwise\b|note\b|e\.?g\b|for example\b)/;

interface Sentence {
  text: string;
  shape: AnswerShape;
}

/** Openers of a statement ("We also want your bridge letter"): a request for prose, not a Yes/No. */
const STATEMENT_OPENERS = new Set(['we', 'our', 'i', 'us', 'they', 'their', 'customers', 'vendors', 'the', 'this', 'these', 'there']);

/**
 * A header that names the value it wants ("Last pen test – date", "Log retention (months)",
 * "Security contact (name / email)", "Date of last penetration test", "Backup frequency"): not a
 * Yes/No, whatever else it says. A unit or a date at the end names the value only when set apart
 * ("– date", "(months)", "date:"): "patched within 30 days" and "certificate in date" are claims.
 */
const VALUE_NOUNS = String.raw`(?:names?|e ?mails?|frequency|freq|versions?|numbers?|count|providers?|vendors?|urls?|links?|contacts?|owners?|period|duration|time ?frame|window|percentage|regions?|locations?|algorithms?|protocols?|tools?|products?|methods?|types?|values?|details)`;
const UNIT_NOUNS = String.raw`(?:dates?|months|days|years|hours|hrs|mins|minutes)`;
const VALUE_HEADER = new RegExp(String.raw`(?:\b${VALUE_NOUNS}\W*$|(?:[-–—(/:]\s*|\b)(?:${VALUE_NOUNS}|${UNIT_NOUNS})(?:\s*\)|\s*:)\s*$|[-–—(/]\s*${UNIT_NOUNS}\W*$|^(?:${VALUE_NOUNS}|${UNIT_NOUNS}) of\b)`);

/** A sentence that opens with one asks Yes/No even without its question mark ("Are backups kept for 30 days"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'must']);

/** A preposition before the question word ("Within how many hours…?", "In which regions…?", "For how long…?"): the question word still opens it. */
const PREPOSITION_BEFORE_WH = /^(?:within|in|for|at|to|by|from|under|on|with|through|after|before|during|of|over|until|up to)\s+(?=(?:what|which|when|who|whom|whose|how|where|why)\b)/;

function shapeOf(asWritten: string, endsWithQuestionMark = true, yesNoAsked = false): AnswerShape {
  const sentence = asWritten.replace(PREPOSITION_BEFORE_WH, '');
  const first = /^[a-z']+/.exec(sentence)?.[0] ?? '';
  if (!endsWithQuestionMark && STATEMENT_OPENERS.has(first)) {
    return 'describe';
  }
  if (!endsWithQuestionMark && !yesNoAsked && !WH_WORDS.has(first) && !DESCRIBE_VERBS.has(first) && !AUXILIARIES.has(first) && VALUE_HEADER.test(sentence)) {
    return 'which';
  }
  if (WH_WORDS.has(first)) {
    return /^how (?:do|does|did|is|are|will|would|can|should)\b/.test(sentence) ? 'describe' : 'which';
  }
  if (DESCRIBE_VERBS.has(first) || first === 'please') {
    return 'describe';
  }
  return 'polar';
}

/** "Do you have a Type 1 or Type 2 report?" asks whether either exists; "Is it a Type 1 or Type 2?" asks which. */
const HAVE_EITHER = /^(?:do|does|did|have|has)\b.*\b(?:have|hold|maintain|possess|obtain(?:ed)?|completed?|undergone|receive[d]?)\b/;
const CHOICE = /\b(?:type 1 or (?:a )?type 2|type 2 or (?:a )?type 1|carve out or (?:the )?(?:inclusive|include[sd]?)|(?:inclusive|include[sd]?) or (?:the )?carve out|qualified or unqualified|unqualified or qualified|point in time or (?:over )?a period)\b/;

function splitSentences(normalized: string): string[] {
  return normalized
    .replace(ANSWER_FORMAT_HINT, ' ')
    .split(/(?<=[?!;\n])|(?<=\.)(?=\s|$)/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[a-z0-9]/.test(s));
}

/** The asked sentences of a cell: the first question, and any further question that is not an instruction. */
function askedSentences(normalized: string): Sentence[] {
  // "… within 30 days (Y/N)": the answer format says Yes/No, whatever the header names.
  ANSWER_FORMAT_HINT.lastIndex = 0;
  const yesNoAsked = ANSWER_FORMAT_HINT.test(normalized);
  ANSWER_FORMAT_HINT.lastIndex = 0;
  const sentences = splitSentences(normalized);
  const asked: Sentence[] = [];
  sentences.forEach((raw, index) => {
    let text = raw.replace(/[?!.;]+$/, '').trim();
    const preamble = POLAR_PREAMBLE.exec(text);
    if (preamble !== null) {
      text = text.slice(preamble[0].length).trim();
      asked.push({ text, shape: CHOICE.test(text) && !HAVE_EITHER.test(text) ? 'choice' : 'polar' });
      return;
    }
    if (index > 0 && asked.length > 0 && FOLLOW_UP.test(text)) {
      return;
    }
    if (index > 0 && asked.length > 0 && !raw.endsWith('?')) {
      return; // a statement after the question ("We require this for onboarding.")
    }
    const shape = shapeOf(text, raw.endsWith('?'), yesNoAsked);
    asked.push({ text, shape: shape === 'polar' && CHOICE.test(text) && !HAVE_EITHER.test(text) ? 'choice' : shape });
  });
  return asked;
}

// ---------------------------------------------------------------------------------------------
// Rules

interface Rule {
  /** Applies only when the question's intent is of this family; undefined: always (the words name the subject). */
  family?: Family;
  pattern: RegExp;
  read: (match: RegExpExecArray, sentence: string) => Condition | undefined;
}

/** Names of the criteria groups, as questions write them, and the criterion id prefix each stands for. */
const CRITERION_TOPIC_IDS: readonly (readonly [RegExp, string])[] = [
  [/^change[- ]management$/, 'CC8'],
  [/^(?:logical (?:and physical )?access|access control)$/, 'CC6'],
  [/^system operations$/, 'CC7'],
  [/^risk mitigation$/, 'CC9'],
  [/^monitoring activities$/, 'CC4'],
  [/^risk assessment$/, 'CC3'],
  [/^control environment$/, 'CC1'],
  [/^communication and information$/, 'CC2'],
  [/^control activities$/, 'CC5'],
];
const CRITERION_TOPICS = String.raw`change[- ]management|logical (?:and physical )?access|access control|system operations|risk mitigation|monitoring activities|risk assessment|control environment|communication and information|control activities`;

function criterionForTopic(topic: string): string | undefined {
  return CRITERION_TOPIC_IDS.find(([pattern]) => pattern.test(topic.trim()))?.[1];
}

const EXCEPTION_WORDS = String.raw`(?:(?:testing |test |control |audit )?(?:exceptions?|deviations?|findings?)|control failures?|issues? noted|noted exceptions?)`;
const PERIOD_WORDS = String.raw`(?:last|past|previous|preceding|prior|most recent)`;

function monthsFrom(amount: string | undefined, unit: string | undefined, fallback = 12): number | undefined {
  if (unit === undefined) {
    return fallback;
  }
  const d = parseDuration(amount ?? 'one', unit);
  return d === undefined ? undefined : inMonths(d);
}

function hoursFrom(amount: string, unit: string): { least: number; most: number } | undefined {
  const d = parseDuration(amount, unit);
  return d === undefined ? undefined : hourBounds(d);
}

const CADENCES: readonly (readonly [RegExp, ScanCadence])[] = [
  [/fortnight(?:ly)?|bi-?weekly|every (?:two|2) weeks/, 'fortnightly'],
  [/continuous(?:ly)?|real[- ]time/, 'continuous'],
  [/daily|every day|once a day|each day|every (?:24|twenty-four) hours/, 'daily'],
  [/weekly|every week|once a week|each week/, 'weekly'],
  [/monthly|every month|once a month|each month/, 'monthly'],
  [/quarterly|every quarter|once a quarter|every three months|each quarter/, 'quarterly'],
  [/annually|yearly|every year|once a year|each year/, 'annually'],
];
const CADENCE_WORDS = String.raw`(?:continuous(?:ly)?|real[- ]time|daily|weekly|fortnightly|fortnight|bi-?weekly|monthly|quarterly|annually|yearly|(?:every|once a|each) (?:day|week|month|quarter|year)|every (?:two|2|three|3) (?:weeks|months)|every (?:24|twenty-four) hours)`;

function cadenceOf(text: string): ScanCadence | undefined {
  return CADENCES.find(([pattern]) => pattern.test(text))?.[1];
}

const PROVIDERS = String.raw`(?:amazon web services|aws|amazon|microsoft azure|azure|google cloud platform|google cloud|gcp|oracle cloud|ibm cloud|digitalocean|digital ocean|heroku|cloudflare|equinix|rackspace|snowflake|mongodb atlas|salesforce|linode|ovh|hetzner|vercel|netlify)`;
const GENERIC_PROVIDER = String.raw`(?:(?:your |the |its |our )?(?:cloud|hosting|infrastructure|iaas|paas|colocation|co-location)(?: service)? (?:providers?|vendors?|hosts?|platforms?)|(?:third[- ]party |your |the )?data cent(?:er|re)s?)`;

const NON_CPA_NAMES = /\b(?:vanta|drata|secureframe|sprinto|thoropass|laika|tugboat logic|tugboat|hyperproof|strike graph|scrut|compliance (?:automation )?(?:platform|tool|software)|aicpa|non[- ]?cpa|not a cpa|internal audit(?:ors?| team)?|your own staff|self[- ]assess\w*)\b/;
const CPA_WORDS = /\b(?:cpa|cpas|certified public account\w*|independent|third[- ]party|external|licensed|audit(?:ing)? firm|accounting firm|auditors?|assessors?|attestation firm)\b/;

const FRAMEWORKS = String.raw`(?:pci[- ]?dss|pci|hitrust(?: csf)?|fedramp(?: moderate| high| low)?|stateramp|hipaa|gdpr|ccpa|cmmc|nist(?: 800[- ]53| 800[- ]171| csf| cybersecurity framework)?|csa star|iso 27017|iso 27018|iso 27701|iso 22301|iso 9001|tisax|cyber essentials(?: plus)?|irap|ens|c5|sox|glba|ferpa|cjis|itar|dora|nis ?2)`;

const D = String.raw`(${QUESTION_DATE})`;

/** Reads the dates of a match; undefined when one is not a calendar date. */
function datesOf(...texts: (string | undefined)[]): { start: string; end: string }[] | undefined {
  const dates = texts.map((t) => (t === undefined ? undefined : parseQuestionDate(t)));
  return dates.every((d) => d !== undefined) ? (dates as { start: string; end: string }[]) : undefined;
}

const DATE_RULES: readonly Rule[] = [
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:expected|due|scheduled|anticipated|planned|targeted)(?: to be (?:issued|delivered|released|completed|available))? (by|before|in|during|after|no later than|not later than) ${D}`, 'g'),
    read: (m) => {
      const [date] = datesOf(m[2]) ?? [];
      const word = m[1] ?? '';
      const op = /^(?:by|no later|not later)/.test(word) ? 'by' : word === 'before' ? 'before' : word === 'after' ? 'after' : 'in';
      return date === undefined ? undefined : { kind: 'soc2.expected', op, date };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:expect|anticipate)s? (?:the |your |our )?(?:next |first |new )?(?:soc 2 )?(?:type [12] )?report (by|before|in|during|after) ${D}`, 'g'),
    read: (m) => {
      const [date] = datesOf(m[2]) ?? [];
      const word = m[1] ?? '';
      const op = word === 'by' ? 'by' : word === 'before' ? 'before' : word === 'after' ? 'after' : 'in';
      return date === undefined ? undefined : { kind: 'soc2.expected', op, date };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\bas of ${D}`, 'g'),
    read: (m) => {
      const [date] = datesOf(m[1]) ?? [];
      return date === undefined ? undefined : { kind: 'soc2.asOf', date };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:(?:from|for|covering|covers|cover|spanning|spans|span|period(?: of)?|window(?: of)?|period was|window was) )?(?:the period )?${D} (?:to|through|until|till|thru|-) ${D}`, 'g'),
    read: (m, sentence) => {
      const dates = datesOf(m[1], m[2]);
      if (dates === undefined) {
        return undefined;
      }
      const [from, to] = dates as [{ start: string; end: string }, { start: string; end: string }];
      // "Does the bridge letter cover the gap from … to …?" asks how far the letter reaches.
      return /\b(?:bridge|gap)\b/.test(sentence) ? { kind: 'soc2.bridgeAfter', date: { start: to.start, end: to.start } } : { kind: 'soc2.periodIs', from, to };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:for |covering |covers |cover )?(?:the )?(?:period|time|gap|months?) (?:after|since|following) ${D}|\bsince ${D}|\breach(?:es)? into ${D}`, 'g'),
    read: (m, sentence) => {
      const [date] = datesOf(m[1] ?? m[2] ?? m[3]) ?? [];
      return date === undefined || !/\b(?:bridge|gap)\b/.test(sentence) ? undefined : { kind: 'soc2.bridgeAfter', date };
    },
  },
  {
    family: 'incident',
    pattern: new RegExp(String.raw`\b(?:in )?${D} or later|\b(since|after|in|during|before)(?: the end of)? ${D}`, 'g'),
    read: (m) => {
      const [date] = datesOf(m[1] ?? m[3]) ?? [];
      const word = m[2] ?? 'since';
      const op = word === 'in' || word === 'during' ? 'in' : word === 'before' ? 'before' : word === 'after' ? 'after' : 'since';
      return date === undefined ? undefined : { kind: 'dated', what: 'ir_test', op, date };
    },
  },
  {
    family: 'pentest',
    pattern: new RegExp(String.raw`\b(?:in )?${D} or later|\b(since|after|in|during|before) ${D}`, 'g'),
    read: (m) => {
      const [date] = datesOf(m[1] ?? m[3]) ?? [];
      const word = m[2] ?? 'since';
      const op = word === 'in' || word === 'during' ? 'in' : word === 'before' ? 'before' : word === 'after' ? 'after' : 'since';
      return date === undefined ? undefined : { kind: 'dated', what: 'pentest', op, date };
    },
  },
  {
    family: 'iso',
    pattern: new RegExp(String.raw`\b(?:valid|in date|current|good) (beyond|after|past|until|through|till) ${D}|\b(?:due to )?expir(?:e|es|ing|y)(?: date)? (before|after|in|during|by) ${D}`, 'g'),
    read: (m) => {
      const [date] = datesOf(m[2] ?? m[4]) ?? [];
      const word = m[1] ?? m[3] ?? '';
      if (date === undefined) {
        return undefined;
      }
      // "valid until June 2027" holds when it expires no earlier than that; "expires before 2028" when earlier.
      if (/^(?:beyond|after|past)$/.test(word) || (m[1] !== undefined && /^(?:until|through|till)$/.test(word))) {
        return { kind: 'dated', what: 'iso_expiry', op: 'after', date: /^(?:until|through|till)$/.test(word) ? { start: date.end, end: date.end } : date };
      }
      return { kind: 'dated', what: 'iso_expiry', op: word === 'before' || word === 'by' ? 'before' : word === 'after' ? 'after' : 'in', date };
    },
  },
];

const DATE_RULE_SET = new Set<Rule>(DATE_RULES);

const RULES: readonly Rule[] = [
  ...DATE_RULES,
  // Report type
  { pattern: /\btype (1|2)\b/g, read: (m) => ({ kind: 'soc2.type', type: m[1] === '1' ? 'type1' : 'type2' }) },
  { family: 'soc2', pattern: /\bpoint[- ]in[- ]time\b/g, read: () => ({ kind: 'soc2.type', type: 'type1', described: true }) },
  {
    family: 'soc2',
    pattern: /\b(?:test(?:s|ed|ing)? (?:of |the )?)?operat(?:ing|ional) effectiveness(?: of (?:the )?controls)?(?: (?:over|throughout|across) (?:a|the) (?:period|review period|span of time)| over time)?\b/g,
    read: () => ({ kind: 'soc2.type', type: 'type2', described: true }),
  },
  // Under way, planned, next
  {
    family: 'soc2',
    pattern: /\b(?:currently |presently |now )?(?:(?:in|within|during|inside) (?:an? |the |your )?(?:soc 2 )?(?:type [12] )?(?:observation|audit|review|testing|examination) (?:period|window)|(?:started|begun|commenced|kicked off|begin|start)(?! date)|working on|in-progress|undergoing|in progress|under ?way|in the process of (?:obtaining|completing|undergoing|getting)|in the middle of|ongoing|being (?:audited|conducted|performed|examined))\b/g,
    read: () => ({ kind: 'soc2.underway' }),
  },
  {
    family: 'soc2',
    pattern: /\b(?:plan(?:s|ned|ning)? to (?:obtain|get|pursue|undergo|complete|achieve|have|receive|renew)|intend(?:s|ing)? to (?:obtain|get|pursue|undergo|complete|achieve|have)|working (?:towards?|on (?:obtaining|getting|achieving))|pursuing|on (?:the |your )?roadmap|roadmap|aim(?:s|ing)? to (?:obtain|get|achieve))\b/g,
    read: () => ({ kind: 'soc2.planned' }),
  },
  // Before "next report" and "upcoming": whether the next report is out already is another question than whether one is scheduled.
  {
    family: 'soc2',
    pattern:
      /\b(?:next|upcoming|forthcoming|planned) (?:soc 2 )?(?:type [12] )?(?:audit|examination|exam|report|assessment|attestation) (?:(?:is|has|been|already|now|yet) )*(?:available|issued|complete|completed|finished|finalized|finalised|released|published|delivered|done|out|ready)\b|\b(?:already )?(?:have|hold|received?|got|obtained) (?:your |the |our )?(?:next|upcoming|forthcoming) (?:soc 2 )?(?:type [12] )?(?:audit |examination )?report\b/g,
    read: () => ({ kind: 'soc2.nextIssued' }),
  },
  { family: 'soc2', pattern: /\b(?:the |your )?(?:planned|upcoming|forthcoming)\b/g, read: () => ({ kind: 'soc2.planned' }) },
  {
    family: 'soc2',
    pattern: /\bnext (?:soc 2 )?(?:type [12] )?(?:audit|examination|exam|report|assessment|period|attestation)(?: (?:been |already )?(?:scheduled|planned|booked|confirmed|arranged|engaged|set))?\b|\b(?:scheduled|planned|booked) (?:your |the )?next (?:soc 2 )?(?:audit|examination|exam|report|assessment)\b/g,
    read: () => ({ kind: 'soc2.nextScheduled' }),
  },
  // Currency
  { family: 'soc2', pattern: /\b(?:current|up[- ]to[- ]date|(?<!most )recent|in date|fresh)\b(?! date)(?: as (?:of|at) today)?/g, read: () => ({ kind: 'soc2.ageAtMost', months: 12 }) },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:within|in|during|over|for|from)? ?(?:the )?${PERIOD_WORDS} (?:(${NUMBER}) )?(months?|years?|yrs?|twelve months)\b`, 'g'),
    read: (m) => {
      const months = m[2] === 'twelve months' ? 12 : monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'soc2.ageAtMost', months };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:less|fewer|no more) than (${NUMBER})[\s-]+(months?|years?)(?: old)?\b|\bnot (?:be )?(?:more than|older than) (${NUMBER})[\s-]+(months?|years?)(?: old)?\b|\bunder (${NUMBER})[\s-]+(months?|years?) old\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]);
      return months === undefined ? undefined : { kind: 'soc2.ageAtMost', months };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:older|more|greater) than (${NUMBER})[\s-]+(months?|years?)(?: old)?\b|\bover (${NUMBER})[\s-]+(months?|years?) old\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1] ?? m[3], m[2] ?? m[4]);
      return months === undefined ? undefined : { kind: 'soc2.ageOver', months };
    },
  },
  { family: 'soc2', pattern: /\b(?:out[- ]of[- ]date|outdated|overdue|stale)\b/g, read: () => ({ kind: 'soc2.ageOver', months: 12 }) },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(more|over|less|fewer|under) than (${NUMBER}|half a)[\s-]+(months?|years?) ago\b|\bwithin (${NUMBER})[\s-]+(months?|years?) of (?:its |the |their )?(?:period end|period ending|as[- ]of date|end of (?:the |its )?period)\b`, 'g'),
    read: (m) => {
      if (m[4] !== undefined) {
        const within = monthsFrom(m[4], m[5]);
        return within === undefined ? undefined : { kind: 'soc2.ageAtMost', months: within };
      }
      const months = m[2] === 'half a' ? (/year/.test(m[3] ?? '') ? 6 : undefined) : monthsFrom(m[2], m[3]);
      if (months === undefined) {
        return undefined;
      }
      return /^(?:more|over)/.test(m[1] ?? '') ? { kind: 'soc2.ageOver', months } : { kind: 'soc2.ageAtMost', months };
    },
  },
  // Period length
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:at least|a minimum of|minimum of|no less than|not less than|a full|the full|full) (?:(${NUMBER})[\s-]+)?(months?|years?)(?: (?:review |observation |audit |examination |reporting )?(?:period|window))?\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'soc2.periodAtLeast', months };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:an? |the )?(${NUMBER})[\s-]+(months?|years?)(?: long)? (?:review |observation |audit |examination |reporting |testing )?(?:period|window)\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'soc2.periodAtLeast', months };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:span(?:s|ning)?|cover(?:s|ing)?|last(?:s|ing)?) (?:at least |a full |the full |a minimum of )?(?:an? |the )?(${NUMBER})[\s-]+(months?|years?)(?: (?:period|window))?\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'soc2.periodAtLeast', months };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:shorter than|less than|under|fall(?:s)? short of|fewer than) (?:a |an |the )?(${NUMBER})[\s-]+(months?|years?)\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'soc2.periodUnder', months };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:meets? )?(?:an? |the )?(${NUMBER})[\s-]+(months?|years?)[\s-]+minimum\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'soc2.periodAtLeast', months };
    },
  },
  // Categories
  { family: 'soc2', pattern: /\bavailability\b/g, read: () => ({ kind: 'soc2.category', category: 'availability' }) },
  { family: 'soc2', pattern: /\bconfidentiality\b(?! agreement)/g, read: () => ({ kind: 'soc2.category', category: 'confidentiality' }) },
  { family: 'soc2', pattern: /\bprocessing integrity\b/g, read: () => ({ kind: 'soc2.category', category: 'processing_integrity' }) },
  { family: 'soc2', pattern: /\bprivacy\b/g, read: () => ({ kind: 'soc2.category', category: 'privacy' }) },
  {
    family: 'soc2',
    pattern: /\b(?:the )?(?:security (?:category|criteria|principle|tsc|trust services? (?:criteria|category|principle))|common criteria)\b/g,
    read: () => ({ kind: 'soc2.category', category: 'security' }),
  },
  {
    family: 'soc2',
    pattern: /\ball (?:five |5 )?(?:of the )?(?:five |5 )?(?:trust services? |tsc )?(?:categories|criteria categories|principles|tscs|trust services criteria)\b|\b(?:all|every) (?:five|5) (?:trust services? )?(?:criteria|categories|principles|tscs?)\b/g,
    read: () => ({ kind: 'soc2.allCategories' }),
  },
  { family: 'soc2', pattern: /\b(?:limited to (?:the )?security(?: category| criteria| principle)?(?: only)?|only (?:the )?security(?: category| criteria| principle)?|security(?: category| criteria)? only|just (?:the )?security(?: category| criteria)?)\b/g, read: () => ({ kind: 'soc2.onlySecurity' }) },
  // Opinion
  { family: 'soc2', pattern: /\b(?:unqualified|unmodified|clean (?:audit |soc 2 )?opinion)\b/g, read: () => ({ kind: 'soc2.opinion', among: ['unqualified'] }) },
  {
    family: 'soc2',
    pattern: /\b(?:(?:been|was|were|is|opinion|report) (?:it )?qualified|qualified (?:audit )?(?:opinion|report)|qualifications?(?! of (?:the |your )?(?:auditor|firm|staff|personnel|team)))\b/g,
    read: () => ({ kind: 'soc2.opinion', among: ['qualified'] }),
  },
  {
    family: 'soc2',
    pattern: /\b(?:modified|modify|modifies|modification(?: of (?:the|its) opinion)?)(?: (?:audit )?opinion)?(?: in any way| of any kind)?\b/g,
    read: () => ({ kind: 'soc2.opinion', among: ['qualified', 'adverse', 'disclaimer'] }),
  },
  { family: 'soc2', pattern: /\bqualif(?:y|ied|ies) (?:their|its|the|his|her) opinion\b/g, read: () => ({ kind: 'soc2.opinion', among: ['qualified'] }) },
  {
    family: 'soc2',
    pattern: /^(?:is|was) ([a-z0-9&.' -]+?) (?:your|the) (?:soc 2 )?(?:service )?(?:auditor|audit firm|cpa firm|cpa)(?: (?:on|for) (?:your |the )?soc 2)?$/g,
    read: (m) => (looksLikeName(m[1] ?? '') ? { kind: 'soc2.auditor', what: 'named', name: (m[1] ?? '').trim() } : undefined),
  },
  { family: 'soc2', pattern: /\bexcept for\b(?:["'] ?)?(?: opinion)?/g, read: () => ({ kind: 'soc2.opinion', among: ['qualified'] }) },
  {
    family: 'soc2',
    pattern: /\b(?:disclaim(?:s|ed)? (?:an |any )?opinion|decline[sd]? to (?:express|give|issue|form) (?:an |any )?opinion|(?:unable|not able) to (?:express|give|issue|form) (?:an |any )?opinion)\b/g,
    read: () => ({ kind: 'soc2.opinion', among: ['disclaimer'] }),
  },
  { family: 'soc2', pattern: /\badverse(?: opinion)?\b/g, read: () => ({ kind: 'soc2.opinion', among: ['adverse'] }) },
  { family: 'soc2', pattern: /\bdisclaim(?:er|ed)(?: of opinion| an opinion)?\b/g, read: () => ({ kind: 'soc2.opinion', among: ['disclaimer'] }) },
  // Exceptions: the negative forms first; a positive mention only where no negative one matched.
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:free (?:of|from)|without|with no|no|zero|nil|not any|absent any) (?:any )?(?:reported |noted |identified |significant )?${EXCEPTION_WORDS}\b`, 'g'),
    read: () => ({ kind: 'soc2.exceptions', any: false }),
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(more than|fewer than|less than|no more than|at most|exactly|over) (${NUMBER}|zero|one) (?:reported |noted |identified )?${EXCEPTION_WORDS}\b|\b(?:number|count) of ${EXCEPTION_WORDS}(?: noted| reported| identified)? (greater than|more than|above|fewer than|less than|below|equal to|of) (${NUMBER}|zero)\b`, 'g'),
    read: (m) => {
      const word = (m[1] ?? m[3] ?? '').trim();
      const n = (m[2] ?? m[4]) === 'zero' ? 0 : parseNumber(m[2] ?? m[4] ?? '');
      if (n === undefined) {
        return undefined;
      }
      const op = /^(?:more|over|greater|above)/.test(word) ? 'gt' : /^(?:fewer|less|below)/.test(word) ? 'lt' : /^(?:no more|at most)/.test(word) ? 'le' : 'eq';
      return { kind: 'soc2.exceptionCount', op, n };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(${NUMBER}) or more (?:reported |noted |identified )?${EXCEPTION_WORDS}\b`, 'g'),
    read: (m) => {
      const n = parseNumber(m[1] ?? '');
      return n === undefined ? undefined : { kind: 'soc2.exceptionCount', op: 'ge', n };
    },
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b(?:multiple|several|more than one) (?:reported |noted |identified )?${EXCEPTION_WORDS}\b`, 'g'),
    read: () => ({ kind: 'soc2.exceptionCount', op: 'gt', n: 1 }),
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b${EXCEPTION_WORDS}(?: noted| reported| identified| raised)? (?:against|for|under|in|on|related to|relating to|regarding|concerning|about) (?:the )?(?:criteri(?:on|a) )?(?:(${CRITERION_TOPICS}) )?(?:criteria |controls? |\()?(cc\s?\d(?:\.\d{1,2})?|a1(?:\.\d)?|c1(?:\.\d)?|pi1(?:\.\d)?|p\d(?:\.\d)?)\)?|\b(cc\s?\d(?:\.\d{1,2})?) ${EXCEPTION_WORDS}\b`, 'g'),
    read: (m) => ({ kind: 'soc2.exceptionsAgainst', criterion: (m[2] ?? m[3] ?? '').replace(/\s/g, '').toUpperCase() }),
  },
  {
    family: 'soc2',
    pattern: new RegExp(String.raw`\b${EXCEPTION_WORDS}(?: noted| reported| identified| raised)? (?:against|for|under|in|on|related to|relating to|regarding|concerning|about) (?:the )?(${CRITERION_TOPICS})(?: criteria| controls?)?\b|\b(${CRITERION_TOPICS})[- ]${EXCEPTION_WORDS}\b`, 'g'),
    read: (m) => {
      const criterion = criterionForTopic(m[1] ?? m[2] ?? '');
      return criterion === undefined ? undefined : { kind: 'soc2.exceptionsAgainst', criterion };
    },
  },
  { family: 'soc2', pattern: new RegExp(String.raw`\b${EXCEPTION_WORDS}\b`, 'g'), read: () => ({ kind: 'soc2.exceptions', any: true }) },
  // Subservice organizations
  {
    family: 'soc2',
    pattern: /\b(?:subservice (?:organi[sz]ations?|providers?|orgs?|vendors?|companies)|subservice)\b/g,
    read: () => ({ kind: 'soc2.subservice' }),
  },
  { family: 'soc2', pattern: /\b(?:carve out|carved out|carve-out|exclude[sd]?|excluding)(?: method)?\b/g, read: () => ({ kind: 'soc2.subservice', method: 'carve-out' }) },
  { family: 'soc2', pattern: /\binclusive(?: method)?\b/g, read: () => ({ kind: 'soc2.subservice', method: 'inclusive' }) },
  // CUECs
  {
    family: 'soc2',
    pattern: /\b(?:cuecs?|complementary user entity controls?|user entity controls?|complementary (?:user )?controls?|user control considerations?)\b/g,
    read: () => ({ kind: 'soc2.cuecs' }),
  },
  // Sharing
  {
    family: 'soc2',
    pattern: /\b(?:(?:only )?(?:under|with|subject to|after|once|upon|following|requires?|required|require an?|need(?:s|ed)? an?|depends? on|conditional on|contingent on)|(?:only )?(?:released|shared|provided|available|distributed|given) (?:only )?under) (?:(?:a|an|the|signing|signature of|execution of|executing|signed|executed|mutual|confidentiality) )*(?:nda|non[- ]disclosure(?: agreement)?|confidentiality (?:agreement|terms))\b|\b(?:nda|non[- ]disclosure agreement) (?:is )?(?:required|needed)\b|\b(?:distribution|use|access) (?:is )?restricted(?: to (?:customers|parties|clients|prospects)(?: under (?:an? )?(?:nda|non[- ]disclosure agreement|confidentiality terms))?)?\b|\brestricted[- ](?:use|distribution)\b/g,
    read: () => ({ kind: 'soc2.shared', how: 'nda' }),
  },
  {
    family: 'soc2',
    pattern: /\b(?:(?:for |to the )?general (?:distribution|use|public)|general-use|publicly(?: available| accessible| posted| shared)?|published|freely(?: available| downloadable)?|anyone|general public|without (?:executing |signing |a signed |an executed )?(?:an? |any )?(?:nda|non[- ]disclosure(?: agreement)?|restrictions?)|download(?:able|ed)?(?: it)?(?: from)?(?: (?:your|the|our) (?:website|web site|site|web page))?|(?:on|from|via) (?:your|the|our) (?:public )?(?:website|web site|public site|web page|internet site))\b/g,
    read: () => ({ kind: 'soc2.shared', how: 'public' }),
  },
  { family: 'soc2', pattern: /\b(?:trust (?:portal|center|centre|page|site)|security (?:portal|center|centre))\b/g, read: () => ({ kind: 'soc2.shared', how: 'portal' }) },
  {
    family: 'soc2',
    pattern: /\b(?:share|shared|provide|provided|send|sent|furnish|furnished|make (?:it |the report |a copy )?available|made available|available (?:to|for) (?:customers|clients|us|review|prospects)|(?:be )?available|obtain a copy|request (?:a copy|it|the report)|access to|copy of|review (?:it|the report|a copy))\b/g,
    read: () => ({ kind: 'soc2.shared', how: 'on_request' }),
  },
  // Bridge letter
  { pattern: /\b(?:bridge|gap)(?:[- ]letters?)\b|\bbridge letters?\b/g, read: (_m, sentence) => ({ kind: 'soc2.bridge', what: /^(?:can|could|would|will) you (?:provide|produce|issue|supply|share|obtain|furnish|get|prepare|send)\b/.test(sentence) ? 'offer' : 'exists' }) },
  {
    family: 'soc2',
    pattern: /\b(?:(?:cover(?:s|ing)?|runs?|extends?|reach(?:es)?) )?(?:through|until|up to|to|into) (?:the )?(?:today|present(?: day| date)?|now|current date|date of this questionnaire)\b|\bcover(?:s|ing)? (?:the )?(?:today|present|current date)\b/g,
    read: () => ({ kind: 'soc2.bridge', what: 'covers_today' }),
  },
  {
    family: 'soc2',
    pattern: /\b(?:issued|signed|written|provided|prepared|from|attested) by (?:your |the |an? |its )?(?:independent |external )?(?:auditors?|cpa(?: firm)?|audit(?:ing)? firm|service auditor)\b|\b(?:auditor|cpa firm|audit firm)(?:'s)? (?:issued|signed|bridge|gap)\b|\b(?:provides?|carr(?:y|ies)|gives?|offers?|includes?)(?: any| an?)? (?:auditor|cpa|independent|audit) (?:assurance|opinion|sign[- ]off)\b|\b(?:audited|assured|attested|reviewed) by (?:the |your )?auditors?\b/g,
    read: (_m, sentence) => (/\b(?:bridge|gap)\b/.test(sentence) ? { kind: 'soc2.bridge', what: 'by_auditor' } : undefined),
  },
  {
    family: 'soc2',
    pattern: /\b(?:issued|signed|written|provided|prepared|from) by (?:your |the |its )?management\b|\bmanagement(?:'s)? (?:bridge|gap|letter)\b/g,
    read: () => ({ kind: 'soc2.bridge', what: 'by_management' }),
  },
  // Who performed it
  {
    family: 'soc2',
    pattern: /\b(?:performed|conducted|issued|audited|carried out|completed|done|prepared|signed|attested|examined|undertaken) by ((?:an? |the |your |its )?[a-z0-9&.' -]+?)(?=$| and | or |,|;| for | under | in | to | with | as | that | which | who )/g,
    read: (m) => {
      const who = (m[1] ?? '').trim();
      if (/\bmanagement\b/.test(who) || /^(?:you|us|we|our|your (?:team|staff|company|organi[sz]ation)|yourselves|customers?|the customer|user entities)\b/.test(who)) {
        return undefined; // management's bridge letter (read above), or the customer's controls: not the auditor
      }
      if (NON_CPA_NAMES.test(who)) {
        return { kind: 'soc2.auditor', what: 'non_cpa' };
      }
      if (CPA_WORDS.test(who)) {
        // "an independent CPA firm" says what the auditor is; "a partner of the CPA firm" says something else.
        const rest = who.replace(/\b(?:an?|the|your|its|independent|licensed|registered|certified|public|accounting|accountants?|firms?|cpas?|third|party|third-party|external|auditors?|audit|auditing|qualified|reputable|accredited|service|attestation|assessors?|us|u\.s\.)\b/g, '').trim();
        return rest === '' ? { kind: 'soc2.auditor', what: 'cpa' } : undefined;
      }
      const name = who.replace(/^(?:an? |the |your |its )/, '').trim();
      return looksLikeName(name) ? { kind: 'soc2.auditor', what: 'named', name } : undefined;
    },
  },
  {
    family: 'soc2',
    pattern: /\b(?:is |was )?(?:your |the )?(?:auditor|audit firm|service auditor)(?: is| was)? (?:an? )?(?:licensed |registered |independent |certified |third[- ]party )*(?:cpa(?: firm)?|certified public accountants?|accounting firm)\b|\b(?:auditor|audit firm) (?:is |was )?independent\b/g,
    read: () => ({ kind: 'soc2.auditor', what: 'cpa' }),
  },
  // Standard
  { pattern: /\bssae 18\b/g, read: () => ({ kind: 'soc2.standard', standard: 'ssae18' }) },
  { pattern: /\batc (?:105|205)(?: (?:and|&) (?:atc )?(?:105|205))?\b/g, read: () => ({ kind: 'soc2.standard', standard: 'atc' }) },
  { pattern: /\bssae 16\b/g, read: () => ({ kind: 'soc2.standard', standard: 'ssae16' }) },
  { pattern: /\bsas 70\b/g, read: () => ({ kind: 'soc2.standard', standard: 'sas70' }) },
  { pattern: /\bisae 3402\b/g, read: () => ({ kind: 'soc2.standard', standard: 'isae3402' }) },
  { pattern: /\bisae 3000\b/g, read: () => ({ kind: 'soc2.standard', standard: 'isae3000' }) },
  { family: 'soc2', pattern: /\baicpa (?:standards?|attestation standards?|guidelines|guidance|rules)\b/g, read: () => ({ kind: 'soc2.standard', standard: 'ssae18' }) },
  // Patching
  {
    family: 'patching',
    pattern: new RegExp(String.raw`\b(critical|high)(?:[- ](?:severity|risk|rated|priority|impact))?(?: (?:and|or) (critical|high)(?:[- ](?:severity|risk|rated|priority|impact))?)?\b(?:[a-z ,/-]*?)\b(?:within|in|under|inside|sla(?: is| of)?|deadline(?: is| of)?|timeline(?: is| of)?)(?: calendar)?\s+(${NUMBER})[\s-]+((?:calendar )?${UNIT})(?: or (?:fewer|less|sooner))?\b`, 'g'),
    read: (m) => {
      const bounds = hoursFrom(m[3] ?? '', (m[4] ?? '').replace(/^calendar /, ''));
      const severity = m[2] === 'critical' || m[2] === 'high' ? (m[1] === 'high' || m[2] === 'high' ? 'high' : 'critical') : m[1] === 'high' ? 'high' : 'critical';
      return bounds === undefined ? undefined : { kind: 'patch.within', severity, hours: bounds.least, ...(bounds.most > bounds.least ? { upTo: bounds.most } : {}) };
    },
  },
  {
    family: 'patching',
    pattern: /\b(?:automat(?:ic|ed|ically|ion)|auto[- ]?updat(?:e|es|ing)|unattended|without manual (?:intervention|steps|action))(?: (?:security |software |os |operating system )?(?:updates?|patch(?:es|ing)?|deployment|installation))?\b/g,
    read: () => ({ kind: 'patch.automated' }),
  },
  {
    family: 'patching',
    pattern: /\bpatch(?:ing)? management(?: (?:process|policy|program(?:me)?|procedures?))?\b|\bpatch(?:ing)? (?:process|policy|program(?:me)?|procedures?)\b|\bpatch(?:es|ing)? (?:your |its )?(?:systems|servers|software|operating systems?)(?: regularly)?\b/g,
    read: () => ({ kind: 'patch.process' }),
  },
  // Vulnerability scanning
  {
    family: 'scanning',
    pattern: new RegExp(String.raw`\b(?:at least |a minimum of |no less (?:often|frequently) than |(more (?:frequent(?:ly)?|often) than) )?${CADENCE_WORDS}(?: or more (?:often|frequently))?\b`, 'g'),
    read: (m) => {
      const cadence = cadenceOf(m[0].replace(/^more (?:frequent(?:ly)?|often) than /, ''));
      return cadence === undefined ? undefined : { kind: 'scan.atLeast', cadence, ...(m[1] !== undefined ? { strictly: true } : {}) };
    },
  },
  { family: 'scanning', pattern: /\b(?:vulnerability |vuln )?scan(?:s|ning|ned)?(?: for vulnerabilities)?\b|\bvulnerability (?:assessments?|management)\b/g, read: () => ({ kind: 'scan.performed' }) },
  // Endpoint management
  {
    family: 'endpoint',
    pattern: /\b(?:centrally (?:managed|administered|administer|manage|controlled)|central(?:ly)? manage(?:d|ment)?|central management|managed centrally|mdm|mobile device management|endpoint management|unified endpoint management|managed (?:devices|endpoints|laptops|workstations))\b/g,
    read: () => ({ kind: 'endpoint.managed' }),
  },
  { family: 'endpoint', pattern: /\b(?:(?:full[- ]disk |disk |device |hard drive |drive )?encrypt(?:ed|ion)?(?: (?:with|using|via) (?:bitlocker|filevault)(?: (?:or|and) (?:bitlocker|filevault))?)?|bitlocker|filevault)\b/g, read: () => ({ kind: 'endpoint.encrypted' }) },
  { family: 'endpoint', pattern: /\b(?:an? )?(?:edr|endpoint detection and response)(?: agents?| tools?| software)?\b/g, read: () => ({ kind: 'endpoint.baseline', safeguard: 'edr' }) },
  { family: 'endpoint', pattern: /\b(?:anti-?malware|anti-?virus|antivirus)(?: software| protection| agents?)?\b/g, read: () => ({ kind: 'endpoint.baseline', safeguard: 'antimalware' }) },
  { family: 'endpoint', pattern: /\b(?:automatic )?screen[- ]?lock(?:ing)?\b/g, read: () => ({ kind: 'endpoint.baseline', safeguard: 'screen_lock' }) },
  { family: 'endpoint', pattern: /\b(?:host |local |personal )?firewalls?(?: (?:enabled|on|turned on))?\b/g, read: () => ({ kind: 'endpoint.baseline', safeguard: 'firewall' }) },
  // Incident response
  {
    family: 'incident',
    pattern: /\b(?:(?:documented|formal|written|established|maintained) )?(?:security )?(?:incident (?:response|management|handling)|ir)(?: (?:plan|policy|procedures?|process|program(?:me)?|playbooks?))?\b|\birp\b/g,
    read: () => ({ kind: 'ir.plan' }),
  },
  {
    family: 'incident',
    pattern: new RegExp(String.raw`\b(?:tested|exercised|tabletop(?:ped)?|rehearsed|drilled|test(?:ed)? (?:it|the plan)|(?:an? )?(?:exercise|tabletop(?: exercise)?|drill|test) (?:held|run|conducted|performed|carried out))\b(?:(?: (?:at least|once))? (?:annually|yearly|every year|(?:once )?(?:a|per) year|every twelve months)| (?:with)?in the ${PERIOD_WORDS} (?:(${NUMBER}) )?(months?|years?))?`, 'g'),
    read: (m) => {
      if (m[2] !== undefined) {
        const months = monthsFrom(m[1], m[2]);
        return months === undefined ? undefined : { kind: 'ir.testedWithin', months };
      }
      return /annual|year|twelve/.test(m[0]) ? { kind: 'ir.testedWithin', months: 12, cadence: true } : { kind: 'ir.testedWithin', months: 1200 };
    },
  },
  {
    family: 'incident',
    pattern: new RegExp(String.raw`\b(?:notif(?:y|ies|ied|ying|ication)|notice|inform(?:s|ed|ing)?|alert(?:s|ed|ing)?|tell|told)\b[a-z ,'-]*?\b(?:within|sla(?: is| of)?|deadline(?: is| of)?)\s+(${NUMBER})[\s-]+(${UNIT})(?: or (?:less|fewer|sooner))?\b`, 'g'),
    read: (m) => {
      const bounds = hoursFrom(m[1] ?? '', m[2] ?? '');
      return bounds === undefined ? undefined : { kind: 'ir.notifyWithin', hours: bounds.least, ...(bounds.most > bounds.least ? { upTo: bounds.most } : {}) };
    },
  },
  {
    family: 'incident',
    pattern: /\b(?:notif(?:y|ies|ied|ying|ication)|notice|inform(?:s|ed|ing)?)\b[a-z ,'-]*?\bwithin (?:a|one) (?:calendar )?month\b/g,
    read: () => ({ kind: 'ir.notifyWithin', hours: 28 * 24 }),
  },
  // Other assurance
  { pattern: /\biso 27001\b/g, read: () => ({ kind: 'iso.certified' }) },
  { family: 'iso', pattern: /\b(?:version |edition )?(2013|2022)(?: version| edition)?\b/g, read: (m) => ({ kind: 'iso.version', version: m[1] === '2013' ? '2013' : '2022' }) },
  { pattern: /\bsoc 1\b/g, read: () => ({ kind: 'soc1.report' }) },
  { pattern: /\bsoc 3\b/g, read: () => ({ kind: 'soc3.available' }) },
  { family: 'soc3', pattern: /\b(?:current|up[- ]to[- ]date|recent|in date)\b/g, read: () => ({ kind: 'soc3.current' }) },
  { family: 'soc1', pattern: /\b(?:current|up[- ]to[- ]date|recent|in date)\b/g, read: () => ({ kind: 'soc1.current' }) },
  { pattern: /\bpentest\b/g, read: () => ({ kind: 'pentest.performed' }) },
  {
    family: 'pentest',
    pattern: new RegExp(String.raw`\b(?:(?:at least |a minimum of )?(?:annual(?:ly)?|yearly|every year|every twelve months|once (?:a|per) year)|at least (?:once )?(?:a|per|each) year|once (?:a|per) year|(?:with)?in the ${PERIOD_WORDS} (?:(${NUMBER}) )?(months?|years?))\b`, 'g'),
    read: (m) => {
      if (m[2] === undefined) {
        // "Annually", "every year": a practice, not only the date of the last test.
        return { kind: 'pentest.cadence', months: 12 };
      }
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'pentest.within', months };
    },
  },
  {
    family: 'pentest',
    pattern: new RegExp(String.raw`\b(?:less|fewer) than (${NUMBER}|a|an)[\s-]+(months?|years?) ago\b`, 'g'),
    read: (m) => {
      const months = monthsFrom(m[1], m[2]);
      return months === undefined ? undefined : { kind: 'pentest.within', months };
    },
  },
  {
    family: 'pentest',
    pattern: new RegExp(String.raw`\b(?:with)?in the ${PERIOD_WORDS} (${NUMBER}) days?\b`, 'g'),
    read: (m) => {
      const days = parseNumber(m[1] ?? '');
      return days === undefined ? undefined : { kind: 'pentest.withinDays', days };
    },
  },
  {
    family: 'pentest',
    pattern: /\b(?:performed|conducted|carried out|done|completed|delivered|run) by ((?!an? (?:independent|third|external|qualified|outside))[a-z0-9&.' -]+?)(?=$|,|;| and | or | in | on | for )/g,
    read: (m) => {
      const name = (m[1] ?? '').replace(/^(?:the|your) /, '').trim();
      return looksLikeName(name) ? { kind: 'pentest.firm', name } : undefined;
    },
  },
  {
    family: 'iso',
    pattern: /\b(?:issued|granted|awarded|certified|audited) by ([a-z0-9&.' -]+?)(?=$|,|;| and | or | for | in | against )/g,
    read: (m) => {
      const name = (m[1] ?? '').replace(/^(?:the|an?|your) /, '').trim();
      // "a UKAS-accredited body" says what kind of body, not which: not a name to compare.
      return /\b(?:body|bodies|accredited|registrar|certification|independent|third|recognized|recognised|approved)\b/.test(name) || !looksLikeName(name) ? undefined : { kind: 'iso.body', name };
    },
  },
  {
    family: 'pentest',
    pattern: /\b(?:by )?(?:an? )?(?:independent|third[- ]party|external|qualified external|outside)(?: (?:security )?(?:firm|company|vendor|tester|testers|party|assessor|provider))?\b/g,
    read: () => ({ kind: 'pentest.independent' }),
  },
  {
    family: 'pentest',
    pattern: /\b(?:executive )?summary(?: report)?|letter of attestation|attestation letter|results?(?: summary)?\b/g,
    read: () => ({ kind: 'pentest.summary' }),
  },
  {
    pattern: new RegExp(String.raw`\b${FRAMEWORKS}\b(?:[a-z ]{0,20}?\b(compliant|compliance|certified|certification|certificate|attested|attestation|authori[sz]ed|authori[sz]ation|validated|aoc|roc))?|\b(compliant|certified|comply|complies) (?:with |to |against |under )?(?:the )?${FRAMEWORKS}\b`, 'g'),
    read: (m, sentence) => {
      const name = new RegExp(FRAMEWORKS).exec(m[0])?.[0] ?? m[0];
      const word = m[1] ?? m[2] ?? '';
      const claim = /certif/.test(word) ? 'certified' : /attest|aoc|roc|validated/.test(word) ? 'attested' : /complian/.test(word) ? 'compliant' : 'any';
      // "Is a HITRUST assessment in progress?", "Is HIPAA applicable?": the state asked about, not compliance.
      if (/\b(?:in progress|under ?way|pursuing|working towards?|in the process)\b/.test(sentence)) {
        return { kind: 'framework', name, claim: 'in_progress' };
      }
      if (/\b(?:applicable|apply|applies|relevant)\b/.test(sentence)) {
        return { kind: 'framework', name, claim: 'applicable' };
      }
      return { kind: 'framework', name, claim };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The words that carry no claim of their own

const COMMON_WORDS = `
a an the this that these those it its it's they them their there here of in on at to for from by with within as into onto
about per via and also both either any some such than then so
i we us our ours you your yours yourself yourselves he she his her
do does did is are was were be been being has have had having can could will would shall should may might must
currently presently still now already ever yet again today's
please kindly confirm indicate state specify verify advise whether if or
organization organisation organizations organisations company companies business entity firm's vendor supplier
provider service product platform system application environment infrastructure
hold holds held maintain maintains maintained possess possesses obtain obtained obtaining receive received achieve achieved
undergo undergone underwent complete completed completion get got gotten produce produced conduct conducted perform performed
exist exists existing in-place place
most latest last recent recently newest
report reports reporting audit audits audited auditing auditor's examination examinations exam exams attestation
attestations assessment assessments
independent third-party third party external annual
security information cyber cybersecurity controls control program programme compliance
yes no y n
`;

const FAMILY_WORDS: Record<Family, string> = {
  soc2: `
    soc soc2 type trust services criteria criterion category categories principles principle tsc tscs scope scoped in-scope include includes
    included including cover covers covered covering address addresses addressed test tests tested testing opinion opinions
    auditors cpa cpas firm firms issue issued issuing licensed certified public accountant accountants accounting
    copy available availability share shared sharing provide provided customers customer clients client prospects prospective
    review reviewed request requested upon access
    period periods window windows date dated time
    letter letters bridge gap
    organizations organisations orgs providers vendors
    description compliant certification certificate accredited accreditation attested
    auditor service noted note notes found identified reported raised listed documented observed contain contains contained
    full entire complete first treated management follow follows followed identify identifies identified express expressed expresses issue render rendered give gave receive received find
    accessible obtainable retrievable observation testing as-of extend extends fall falls
    under through using against standard ended ending end ends since one new another list
  `,
  patching: `
    patch patches patched patching update updates updated updating apply applied remediate remediated remediation fix fixes fixed
    vulnerabilities vulnerability security severity rated operating os software servers endpoints packages components
    production timely regularly regular identified discovered disclosed known published release released
    deployed deploy installed install enforced all enabled rolled out closed resolved addressed mitigated issues findings
    calendar sla fixes updates
  `,
  endpoint: `
    laptops laptop workstations workstation endpoints endpoint devices device computers computer desktops desktop macs
    company-owned corporate employee employees staff managed manage management tool tools solution enforce enforced
    policies policy configuration configurations baseline baselines use enrolled enforced enabled all
    installed deployed agent agents running another
  `,
  scanning: `
    vulnerability vulnerabilities perform performed run conduct conducted regular regularly routine tools tool
    production hosts servers network networks applications application infrastructure systems environment all
    defined cadence schedule scheduled basis frequency use using run runs operate operates process program programme
  `,
  incident: `
    commit committed confirming confirmation exercise exercises held incident incidents response plan plans policy procedure procedures process documented formal written established
    maintain have team breach breaches customers customer affected notify notified notification notice inform informed
    security data event events confirmed discovery discovered detection detected reviewed updated
  `,
  iso: `iso 27001 certified certification certificate certificates accredited body current hold against standard version edition under valid isms in-date date still`,
  soc1: `report type issued`,
  soc3: `provide supply share obtain soc report available publicly public published publish posted website share copy link download general use general-use distribution internally`,
  pentest: `
    share provide supply obtain available executive done pentest pentests performed perform conducted conduct conducts regular regularly applications application network
    networks infrastructure environment production systems test tests tested testing
  `,
  other: `applicable assessment in progress pursuing authorization authorisation compliant compliance certified certification certificate attested attestation framework frameworks standard standards`,
};

function wordSet(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

const COMMON = wordSet(COMMON_WORDS);
const FAMILY_VOCAB: Record<Family, Set<string>> = Object.fromEntries(
  (Object.keys(FAMILY_WORDS) as Family[]).map((family) => [family, wordSet(FAMILY_WORDS[family])]),
) as Record<Family, Set<string>>;

/** The text with each span (UTF-16 offsets, as regular expressions give them; they may overlap) blanked out. */
function blanked(text: string, spans: readonly (readonly [number, number])[]): string {
  if (spans.length === 0) {
    return text;
  }
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) {
      continue;
    }
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

/** Words outside the matched rules and the vocabulary; ids and years are not words. */
function residualWords(text: string, spans: readonly (readonly [number, number])[], family: Family): string[] {
  const rest = blanked(text, spans)
    .replace(/\([^)]*\)/g, ' ') // bracketed asides ("(e.g. our trust portal)") do not change the claim
    .replace(/\bsoc 2\b/g, ' soc2 ')
    .replace(/'s\b/g, '');
  const vocab = FAMILY_VOCAB[family];
  return (rest.match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []).filter((word) => !COMMON.has(word) && !vocab.has(word));
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Rules that need a named subject apply in any family; the rest only in their own (and SOC 2's, where the question names SOC 2). */
const RULES_BY_SUBJECT = new Map<string, Rule[]>();

function rulesFor(family: Family, namesSoc2: boolean): Rule[] {
  const key = `${family}:${namesSoc2}`;
  let rules = RULES_BY_SUBJECT.get(key);
  if (rules === undefined) {
    rules = RULES.filter((rule) => rule.family === undefined || rule.family === family || (namesSoc2 && rule.family === 'soc2'));
    RULES_BY_SUBJECT.set(key, rules);
  }
  return rules;
}

const PROVIDER_MENTION = new RegExp(String.raw`\b(${PROVIDERS}|${GENERIC_PROVIDER})\b`, 'g');
const GENERIC_PROVIDER_ONLY = new RegExp(`^${GENERIC_PROVIDER}$`);

function providerConditions(sentence: string, spans: [number, number][]): ReadCondition[] {
  const found: ReadCondition[] = [];
  const named = PROVIDER_MENTION;
  named.lastIndex = 0;
  for (let m = named.exec(sentence); m !== null; m = named.exec(sentence)) {
    const provider = GENERIC_PROVIDER_ONLY.test(m[1] ?? '') ? 'cloud' : (m[1] ?? '');
    spans.push([m.index, m.index + m[0].length]);
    found.push({ condition: { kind: 'soc2.subservice', provider }, text: m[0] });
  }
  return found;
}

/** "Does your SOC 2 cover AWS?": a provider with a coverage word asks whether its controls are in the report. */
const COVERAGE_WORDS = /\b(?:cover(?:s|ed|ing)?|includ(?:e|es|ed|ing)|test(?:s|ed)?|address(?:es|ed)?|in scope|within (?:the )?scope|extend(?:s)? to|assur(?:e|es|ance) over)\b/;

function readSentence(sentence: string, family: Family, names: KnownNames = NO_NAMES): { conditions: ReadCondition[]; notUnderstood: string[]; combine: 'all' | 'any' } {
  const namesSoc2 = family !== 'soc2' && /\bsoc 2\b/.test(sentence);
  const spans: [number, number][] = [];
  let conditions: ReadCondition[] = nameConditions(sentence, family, names, spans);
  // Date rules need a date, and every date form they read has a year (most questions have none).
  const hasDate = /(?:19|20)\d\d/.test(sentence);
  for (const rule of rulesFor(family, namesSoc2)) {
    if (!hasDate && DATE_RULE_SET.has(rule)) {
      continue;
    }
    // Each rule's pattern is compiled once (global); reading is synchronous, so resetting it is safe.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      if (m[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      // A span already read by an earlier rule (the negative exception form before the positive one) is not read twice.
      if (spans.some(([s, e]) => start >= s && end <= e)) {
        continue;
      }
      const condition = rule.read(m, sentence);
      if (condition !== undefined) {
        spans.push([start, end]);
        conditions.push({ condition, text: m[0].trim() });
      }
    }
  }
  if (family === 'soc2') {
    // Providers the profile names (read with the other names) and the usual cloud providers.
    const named = conditions.filter((c) => c.condition.kind === 'soc2.subservice' && c.condition.provider !== undefined);
    conditions = conditions.filter((c) => !named.includes(c));
    const providers = [...named, ...providerConditions(sentence, spans)].filter(
      (p, i, all) => all.findIndex((q) => q.condition.kind === 'soc2.subservice' && p.condition.kind === 'soc2.subservice' && q.condition.provider?.toLowerCase() === p.condition.provider?.toLowerCase()) === i,
    );
    if (providers.length > 0) {
      const method = conditions.find((c) => c.condition.kind === 'soc2.subservice' && c.condition.method !== undefined);
      const covered = COVERAGE_WORDS.test(sentence);
      // The provider named is what is asked about: a generic "subservice organization" or method condition is folded into it.
      conditions = conditions.filter((c) => !(c.condition.kind === 'soc2.subservice' && c.condition.provider === undefined));
      for (const p of providers) {
        if (p.condition.kind !== 'soc2.subservice') {
          continue;
        }
        const m = method?.condition.kind === 'soc2.subservice' ? method.condition.method : undefined;
        conditions.push({
          condition: m !== undefined ? { kind: 'soc2.subservice', provider: p.condition.provider, method: m } : covered ? { kind: 'soc2.subservice', provider: p.condition.provider, covered: true } : p.condition,
          text: p.text,
        });
      }
      // The words that asked about coverage belong to the provider claim; category words stay with the categories.
      const coverage = COVERAGE_WORDS.exec(sentence);
      if (coverage !== null) {
        spans.push([coverage.index, coverage.index + coverage[0].length]);
      }
    }
  }
  // "Can you provide a bridge letter?": a sharing verb whose object is another head shares that, not the report.
  const weak = (c: ReadCondition): boolean => c.condition.kind === 'soc2.shared' && c.condition.how === 'on_request';
  if (conditions.some(weak) && conditions.some((c) => SOC2_HEADS.has(c.condition.kind) && c.condition.kind !== 'soc2.shared')) {
    conditions = conditions.filter((c) => !weak(c));
  }
  const notUnderstood = residualWords(sentence, spans, family).filter((word) => !(namesSoc2 && FAMILY_VOCAB.soc2.has(word)));
  if (namesSoc2 && !conditions.some((c) => SOC2_HEADS.has(c.condition.kind))) {
    conditions.unshift({ condition: { kind: 'soc2.report' }, text: 'soc 2' });
  }
  // "weekly or more often", "in 10 days or less" bound a number; they do not join two claims.
  const joined = sentence.replace(/\bor (?:more|less|fewer|sooner|later|earlier|longer|shorter|better|not)\b(?: (?:often|frequently))?|\bwhether or not\b/g, ' ');
  const combine = conditions.length > 1 && /\b(?:or|either)\b/.test(joined) ? 'any' : 'all';
  return { conditions, notUnderstood: combine === 'any' ? notUnderstood.filter((w) => w !== 'or' && w !== 'either') : notUnderstood, combine };
}

/**
 * Subjects next to the facts Attest holds that its facts do not answer: insurance, breach
 * history, the team, hardening of servers and network gear, media disposal, backups and
 * recovery, awareness training, other companies' reports. A question about one of them gets no
 * near-topic paragraph.
 */
const OFF_TOPIC =
  /\b(?:insurance|insured|insurer|underwrit\w*|breach(?:es)? history|(?:had|experienced|suffered|reported|disclosed) (?:a |any )?(?:data |security )?(?:breach|breaches|incidents?)|headcount|head count|how many (?:people|staff|employees|engineers)|team size|size of (?:your|the) (?:security )?team|24 ?(?:x|\/|by) ?7|around the clock|security operations cent(?:er|re)|\bsoc team|hardening|hardened|harden|cis benchmarks?|network devices?|routers?|switches|firewall rules|media (?:sanitation|sanitisation|sanitization|disposal|destruction)|sanitiz\w*|sanitis\w*|disposal|shredd\w*|degauss\w*|backups?|disaster recovery|business continuity|\bbcp\b|\bdrp?\b|phishing|awareness training|security training|bug bount\w*|responsible disclosure|code reviews?|static analysis|sast|dast|your (?:vendors|suppliers|subprocessors|third parties)|(?:vendors|suppliers|subprocessors|third parties)(?:'|s')? (?:soc|reports|audits|certifications)|(?:our|the customer|customers) (?:own )?soc 2|fourth[- ]part\w*|mobile phones?|byod|personal devices|physical (?:penetration|pentest|security test\w*|intrusion)|statement of applicability|how many (?:critical |high |medium |low )?(?:findings|vulnerabilities|issues|exceptions|incidents))\b/g;

/** What a report not yet issued cannot say. */
const FUTURE_UNKNOWABLE = new Set<Condition['kind']>(['soc2.opinion', 'soc2.exceptions', 'soc2.exceptionCount', 'soc2.exceptionsAgainst', 'soc2.periodUnder', 'soc2.category', 'soc2.allCategories', 'soc2.onlySecurity', 'soc2.periodAtLeast']);

/** The heads that say what a SOC 2 question asks; without one, it asks whether a report exists. */
const SOC2_HEADS = new Set<Condition['kind']>([
  'soc2.underway', 'soc2.planned', 'soc2.nextScheduled', 'soc2.nextIssued', 'soc2.category', 'soc2.allCategories', 'soc2.onlySecurity', 'soc2.opinion',
  'soc2.exceptions', 'soc2.exceptionCount', 'soc2.exceptionsAgainst', 'soc2.periodUnder', 'soc2.ageOver', 'soc2.subservice',
  'soc2.expected', 'soc2.asOf', 'soc2.periodIs', 'soc2.bridgeAfter', 'soc2.cuecs', 'soc2.shared', 'soc2.bridge', 'soc2.auditor', 'soc2.standard', 'soc2.periodAtLeast',
]);

/** The answer shape of a question on its own, before its intent is known (for planning answer slots). */
export function questionShape(question: string): AnswerShape {
  return prepared(question).asked[0]?.shape ?? 'describe';
}

/** How far after a sentence end a conditional follow-up is looked for (its opening words, after an answer-format hint). */
const FOLLOW_UP_LOOK = 1_000;

/** A follow-up that applies only on one answer ("If no, explain", "Otherwise…"): not a part of what is asked. */
const CONDITIONAL_FOLLOW_UP = /^(?:if (?:so|yes|applicable|not|no|available|you do|you have|there are|any)\b|and if\b|otherwise\b)/;

/**
 * The question as written without the conditional instructions that follow it: "Do you support
 * BYOK? (Y/N) If no, explain." is "Do you support BYOK?". A later sentence that opens "If yes, …",
 * "If not, …" or "Otherwise, …" is dropped, and everything after it; "Please state the limit." is
 * kept, as it asks for more. The answer library matches what is asked, and an "If no" is not a
 * negation of it.
 */
export function withoutFollowUps(text: string): string {
  const question = withoutBracketedConditionals(text);
  // Sentence ends of the text as written, where the next sentence starts.
  const ends = /(?:[?!;]|\.(?=\s))\s+/g;
  for (let end = ends.exec(question); end !== null; end = ends.exec(question)) {
    // Only the next words can open a follow-up: a bounded look keeps this linear in the question's length.
    const rest = question.slice(end.index + end[0].length, end.index + end[0].length + FOLLOW_UP_LOOK).toLowerCase().replace(ANSWER_FORMAT_HINT, ' ').trim();
    if (CONDITIONAL_FOLLOW_UP.test(rest)) {
      const asked = question.slice(0, end.index + end[0].length).trim();
      return /[a-z0-9]/i.test(asked) ? asked : question;
    }
  }
  return question;
}

/** Where a conditional in brackets opens ("Do you support BYOK (if no, explain)?"): from where a run of spaces before it starts. */
const BRACKETED_CONDITIONAL = /(?<!\s)\s*[([]\s*(?:if (?:so|yes|no|not|applicable)|otherwise)\b/gi;

/**
 * The text without its conditionals in brackets, each up to the first closing bracket after it,
 * wherever they are. Each kind of closing bracket is looked for again only past the last one
 * found, so a long text with many openings is still read once.
 */
function withoutBracketedConditionals(text: string): string {
  if (!/[([]/.test(text)) {
    return text;
  }
  let kept = '';
  let from = 0;
  // The next ")" and "]" found so far: looked for again only once the search has passed them (a kind that is absent is looked for once).
  let round = -2;
  let square = -2;
  BRACKETED_CONDITIONAL.lastIndex = 0;
  for (let open = BRACKETED_CONDITIONAL.exec(text); open !== null; open = BRACKETED_CONDITIONAL.exec(text)) {
    const after = open.index + open[0].length;
    if (round !== -1 && round < after) {
      round = text.indexOf(')', after);
    }
    if (square !== -1 && square < after) {
      square = text.indexOf(']', after);
    }
    const close = round === -1 ? square : square === -1 ? round : Math.min(round, square);
    if (close === -1) {
      // No closing bracket after this one: none after any later one either.
      break;
    }
    kept += text.slice(from, open.index);
    from = close + 1;
    BRACKETED_CONDITIONAL.lastIndex = from;
  }
  return kept + text.slice(from);
}

interface Prepared {
  normalized: string;
  asked: Sentence[];
}

const PREPARED = new Map<string, Prepared>();

/** A question normalized and split into its asked sentences, once (the slot plan and every reading need it). */
function prepared(question: string): Prepared {
  const known = PREPARED.get(question);
  if (known !== undefined) {
    return known;
  }
  const normalized = normalizeQuestion(question).replace(/(\w)'s\b/g, '$1').replace(/s'(?=\s)/g, 's');
  const result = { normalized, asked: askedSentences(normalized) };
  if (PREPARED.size >= 4096) {
    PREPARED.clear();
  }
  PREPARED.set(question, result);
  return result;
}

/** Words without which no rule of a subject can match (a cheap test before reading a question under it). */
const SUBJECT_WORDS: Record<Family, RegExp> = {
  soc2: /\b(?:soc 2|reports?|audit\w*|examination|auditor|opinion|exception|deviation|finding|bridge|gap|carve|subservice|inclusive|cuecs?|complementary|type [12]|period|nda|non-disclosure|portal|trust|categor|criteria|availability|confidentiality|privacy|integrity|qualified|unqualified|ssae|atc|isae|sas)/,
  patching: /\b(?:patch|updat|remediat|fix|vulnerab|critical|high|automat|auto-)/,
  endpoint: /\b(?:laptop|workstation|endpoint|device|mdm|encrypt|bitlocker|filevault|edr|malware|virus|screen|firewall|computer|desktop|mac|centrally|managed)/,
  scanning: /\b(?:scan|vulnerab)/,
  incident: /\b(?:incident|breach|notif|notice|inform|alert|ir|irp|tabletop|exercise)/,
  pentest: /\bpentest/,
  iso: /\biso 27001|isms/,
  soc1: /\bsoc 1\b/,
  soc3: /\bsoc 3\b/,
  other: new RegExp(String.raw`\b${FRAMEWORKS}\b`),
};

/**
 * For a question the classifier leaves as `none`: the intent whose facts the reader can read it
 * with completely (every word understood, a real condition found), or undefined. SOC 2 readings
 * count only in a SOC 2 context ("Is the report current?" under an assurance heading), since the
 * same words elsewhere may be about another report.
 */
export function intentByReading(question: string, soc2Context: boolean, names: KnownNames = NO_NAMES, except?: IntentId): IntentId | undefined {
  const candidates: IntentId[] = [
    ...(soc2Context ? (['soc2.status'] as const) : []),
    'controls.patching',
    'controls.endpoint_management',
    'controls.vulnerability_scanning',
    'controls.incident_response',
    'assurance.pentest',
    'assurance.iso27001',
    'assurance.soc1',
    'assurance.soc3',
    'assurance.other',
  ];
  const skip = except === undefined ? undefined : familyOf(except);
  const normalized = normalizeQuestion(question);
  for (const intent of candidates) {
    const family = familyOf(intent);
    // A subject's rules need its words: a question without any is not read under it (and a fill stays fast).
    if ((skip !== undefined && family === skip) || family === undefined || !SUBJECT_WORDS[family].test(normalized)) {
      continue;
    }
    const reading = readQuestion(question, intent, names);
    // A condition of the candidate's own subject must be found: SOC 2 words alone do not make it a patching question.
    const own = intent.startsWith('soc2.') ? (c: ReadCondition): boolean => c.condition.kind !== 'soc2.report' : (c: ReadCondition): boolean => !c.condition.kind.startsWith('soc2.');
    const real = reading.conditions.filter(own);
    // Every condition must be the candidate's own (or SOC 2's): a pentest condition read under scanning rules is not a scanning question.
    const candidateFamily = familyOf(intent);
    const foreign = reading.conditions.some((c) => !c.condition.kind.startsWith('soc2.') && conditionFamily(c.condition) !== candidateFamily);
    if (foreign) {
      continue;
    }
    if (reading.shape === 'polar' && real.length > 0 && reading.notUnderstood.length === 0 && !reading.several && reading.offTopic.length === 0) {
      return intent;
    }
  }
  return undefined;
}

/** The family whose facts decide a condition (the verdict also uses it to tell one subject from two). */
export function conditionFamily(c: Condition): Family | undefined {
  if (c.kind === 'dated') {
    return c.what === 'ir_test' ? 'incident' : c.what === 'pentest' ? 'pentest' : 'iso';
  }
  if (c.kind === 'tool') {
    return c.area === 'scanning' ? 'scanning' : 'endpoint';
  }
  const prefix = c.kind.split('.')[0];
  const families: Record<string, Family> = { patch: 'patching', scan: 'scanning', endpoint: 'endpoint', ir: 'incident', iso: 'iso', soc1: 'soc1', soc3: 'soc3', pentest: 'pentest', framework: 'other', soc2: 'soc2' };
  return prefix === undefined ? undefined : families[prefix];
}

/**
 * Reads one question for its intent (the classifier's). Only polar questions get conditions
 * that a verdict is decided on; the other shapes are answered with the fact or prose asked for.
 */
const READINGS = new Map<string, QuestionReading>();
const NAME_KEYS = new WeakMap<KnownNames, number>();
let nextNameKey = 0;

/**
 * The reading of a question for an intent and a profile's names, memoized: a fill reads each
 * question under several subjects, and the editor re-reads the same questions on every change.
 * Callers must not change the reading they get.
 */
export function readQuestion(question: string, intent: IntentId, names: KnownNames = NO_NAMES): QuestionReading {
  let nameKey = NAME_KEYS.get(names);
  if (nameKey === undefined) {
    nameKey = nextNameKey++;
    NAME_KEYS.set(names, nameKey);
  }
  const key = `${nameKey}\u0000${intent}\u0000${question}`;
  const known = READINGS.get(key);
  if (known !== undefined) {
    return known;
  }
  const reading = readFresh(question, intent, names);
  if (READINGS.size >= 4096) {
    READINGS.clear(); // bounded: a long fill keeps its recent questions, not every one
  }
  READINGS.set(key, reading);
  return reading;
}

function readFresh(question: string, intent: IntentId, names: KnownNames): QuestionReading {
  const { normalized, asked } = prepared(question);
  const family = familyOf(intent);
  const first = asked[0];
  const shape: AnswerShape = first?.shape ?? 'describe';
  // Cheap tests first: most questions have neither an off-topic subject nor an "If not, …?".
  // search, not test: it leaves the global pattern's lastIndex alone (matchAll starts from it).
  const offTopic = normalized.search(OFF_TOPIC) >= 0 ? [...new Set([...normalized.matchAll(OFF_TOPIC)].map((m) => m[0]))] : [];
  const ifNot = /\b(?:if not|if no|otherwise)\b/.test(normalized) && splitSentences(normalized).some((s, i) => i > 0 && /^(?:if not|if no|otherwise)\b/.test(s) && s.endsWith('?'));
  const reading: QuestionReading = { shape, conditions: [], combine: 'all', notUnderstood: [], several: false, ifNot, normalized, offTopic };
  if (family === undefined || first === undefined || shape !== 'polar') {
    return reading;
  }
  // Every Yes/No the cell asks, split where "…, and is a Type 2 under way?" starts a second question.
  const clauses = asked
    .filter((s) => s.shape === 'polar' || s.shape === 'choice')
    .flatMap((s) => s.text.split(SECOND_QUESTION))
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const open = asked.some((s, i) => i > 0 && s.shape !== 'polar' && s.shape !== 'choice');
  const parts = clauses.map((clause) => readClause(clause, family, question, names));
  const [main] = parts;
  if (main === undefined) {
    return reading;
  }
  reading.conditions = main.conditions;
  reading.combine = main.combine;
  reading.notUnderstood = main.notUnderstood;
  // "Does your cloud provider hold a SOC 2 report?" asks about the provider's own assurance, which
  // the vendor's facts (the provider listed as a subservice organization) do not decide.
  for (const part of parts) {
    for (const { condition, text } of part.conditions) {
      if (condition.kind === 'soc2.subservice' && condition.provider !== undefined && providerOwnAssurance(normalized, text)) {
        reading.offTopic = [...new Set([...reading.offTopic, `${text}'s own reports`])];
      }
    }
  }
  reading.several = parts.length > 1 || open;
  if (parts.length > 1 && !open) {
    reading.parts = parts;
  }
  return reading;
}

const ASSURANCE_WORDS = String.raw`(?:soc ?[123]|soc|iso(?:/iec)?|report|reports|audit|audits|attestation|attestations|certif\w*|pci|assurance)`;
const HOLDING_VERBS = String.raw`(?:hold|holds|have|has|maintain|maintains|possess|possesses|obtain|obtains|undergo|undergoes|publish|publishes|provide|provides|issue|issues|share|shares|complete|completes|pass|passes)`;

/**
 * Is the named provider the one holding the report ("your data center provider hold a current SOC
 * 2", "AWS's SOC 2 report", "does AWS have an ISO certificate")? `text` is the provider's words as
 * read ("your data center", "aws").
 */
function providerOwnAssurance(normalized: string, text: string): boolean {
  const provider = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const holder = String.raw`${provider}(?:'s|s')?(?: (?:cloud |hosting |infrastructure )?(?:provider|providers|vendor|vendors|host|hosts|partner|partners)(?:'s|s')?)?`;
  return new RegExp(String.raw`\b${holder} (?:own |current |latest |most recent )?(?:${HOLDING_VERBS}\b[^?.;]{0,40}?\b)?${ASSURANCE_WORDS}\b`).test(normalized);
}

/** Where a sentence starts a second question: ", and is …", " and does …", "; is …". */
const SECOND_QUESTION = /,?\s+(?:and|but)\s+(?=(?:is|are|does|do|did|has|have|was|were|can|will|would)\s)/;

interface ClauseReading {
  conditions: ReadCondition[];
  combine: 'all' | 'any';
  notUnderstood: string[];
}

/** One asked clause: its conditions, how they combine, and what was not understood. */
function readClause(text: string, family: Family, question: string, names: KnownNames): ClauseReading {
  const read = readSentence(text, family, names);
  const conditions = read.conditions;
  const notUnderstood = [...read.notUnderstood];
  // The ISO edition is folded away by normalization ("ISO/IEC 27001:2022" → "iso 27001"); keep it.
  const edition = /27001\s*:\s*(2013|2022)/i.exec(question)?.[1];
  if (edition !== undefined && family === 'iso' && /\biso 27001\b/.test(text)) {
    conditions.push({ condition: { kind: 'iso.version', version: edition === '2013' ? '2013' : '2022' }, text: `27001:${edition}` });
  }
  if (family === 'soc2' && !conditions.some((c) => SOC2_HEADS.has(c.condition.kind))) {
    const compliance = /\b(?:compliant|compliance|certified|certification|certificate|accredited|accreditation|passed)\b/.test(text);
    conditions.unshift({ condition: { kind: 'soc2.report', ...(compliance ? { compliance } : {}) }, text: 'soc 2' });
  }
  // "Will your SOC 2 be unqualified / include Availability?" asks about a report not yet issued.
  if (/^(?:will|would)\b/.test(text) && conditions.some((c) => FUTURE_UNKNOWABLE.has(c.condition.kind))) {
    notUnderstood.push('will (a report not yet issued)');
  }
  return { conditions, combine: read.combine, notUnderstood };
}

/** For tests and the JSON output: a condition in a few words. */
export function describeCondition(condition: Condition): string {
  const parts = Object.entries(condition)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('|') : String(value)}`);
  return parts.length === 0 ? condition.kind : `${condition.kind}(${parts.join(', ')})`;
}


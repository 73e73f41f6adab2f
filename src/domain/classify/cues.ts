/**
 * The classifier's knowledge, as data: weighted cue phrases per intent, the terms that show a
 * cell is about a SOC 2 / independent audit at all (the gate), and the foreign topics that
 * speak for `none`. Phrases are matched on normalized tokens (see normalize.ts: "SOC II" is
 * already "soc 2", "pen-testing" already "pentest"); `word*` matches any token starting with
 * `word`. Weights are hand-set on the development set; see index.ts for how they combine.
 */
import type { IntentId } from '../intents';

export interface Cue {
  readonly intent: IntentId;
  /** Every group must have a phrase in the same segment; a group lists alternatives. */
  readonly all: readonly (readonly string[])[];
  readonly weight: number;
  /** The cue does not fire in a segment that also contains one of these phrases. */
  readonly unless?: readonly string[];
  /**
   * soc2.* cues fire only when the cell carries SOC 2 evidence (see SOC2_EVIDENCE); a cue whose
   * own phrases are unambiguous (e.g. "bridge letter", "carve-out") sets this to skip the gate.
   */
  readonly ungated?: boolean;
}

export interface EvidenceTerm {
  /** Every group must have a phrase in the same segment (as in Cue.all). */
  readonly all: readonly (readonly string[])[];
  /** Negative for phrases that show "audit" means something else (audit logs, internal audit). */
  readonly weight: number;
  /**
   * The term names SOC 2 itself or one of its own concepts (not a generic "auditor" or "audit"):
   * a follow-up whose evidence has no specific term can lose a SOC 2 reading to its context.
   */
  readonly specific?: boolean;
}

/** A phrase that points back at a report or audit named earlier in the questionnaire. */
export interface ReferenceTerm {
  /** Every group must have a phrase in the same segment (as in Cue.all). */
  readonly all: readonly (readonly string[])[];
  /** The term does not count in a segment that also contains one of these phrases. */
  readonly unless?: readonly string[];
}

/** The ways a questionnaire names the SOC 2 report itself. */
const SOC2_NAMES = [
  'soc 2',
  'soc report*',
  'soc audit*',
  'soc examination*',
  'soc attestation*',
  'ssae 18',
  'ssae 16',
  'ssae 21',
  'sas 70',
  'isae 3000',
  'atc 205',
];

/** "In scope of this review": the scope of the customer's review or contract, not of the report. */
const OUTSIDE_SCOPE = ['scope of this', 'scope for this', 'scope of our', 'scope of the review', 'scope of the assessment', 'scope of the engagement', 'scope of the contract', 'scope of the agreement', 'scope of the evaluation', 'scope of the questionnaire', 'scope of the rfp'];

/** Words for "the report / the audit" once the cell is known to be about one. */
const REPORT_WORDS = ['report*', 'audit*', 'attestation*', 'examination*', 'assessment*', 'soc 2', 'type 2', 'type 1'];

/** Reports of vulnerabilities by outsiders: a disclosure programme, not scanning. */
const VULNERABILITY_DISCLOSURE = ['vulnerability disclosure', 'responsible disclosure', 'coordinated disclosure', 'disclosure program*', 'researcher*', 'bug bount*', 'security txt'];

/** Hosting and cloud providers: the usual subservice organizations of a SaaS company. */
const HOSTING_PROVIDERS = [
  'data center*',
  'datacenter*',
  'data centre*',
  'colocation',
  'colo facilit*',
  'hosting provider*',
  'hosting environment*',
  'hosting facilit*',
  'hosting compan*',
  'cloud provider*',
  'cloud service provider*',
  'cloud hosting',
  'iaas',
  'paas',
  'infrastructure provider*',
  'cloud platform*',
  'hosts your',
  'hosts our',
  'that hosts',
  'hosting',
  'aws',
  'amazon web services',
  'azure',
  'gcp',
  'google cloud',
];

/**
 * The respondent's own vendors in general (not its hosting provider): reviewing their reports is
 * vendor management, which the SOC 2 profile does not describe (see the labelling rules).
 */
const VENDOR_PARTIES = ['vendors', 'suppliers', 'critical vendor*', 'key vendor*', 'third party vendor*', 'subprocessor*', 'subcontractor*', 'service providers'];

/** Verbs of vendor oversight: collecting and reviewing other parties' reports. */
const VENDOR_OVERSIGHT = ['review*', 'assess*', 'evaluat*', 'collect*', 'obtain*', 'request*', 'require*', 'monitor*', 'oversee*', 'oversight'];

/** Parties other than the vendor itself whose reports the vendor may collect. */
const OTHER_PARTIES = [
  'subprocessor*',
  'subcontractor*',
  'vendors',
  'suppliers',
  'third parties',
  'service providers',
  'providers',
  'critical vendor*',
  'key vendor*',
];

/**
 * SOC 2 evidence: the soc2.* intents are considered only when the weighted sum of these (each
 * counted once, at the weight of the strongest segment it appears in) reaches EVIDENCE_THRESHOLD.
 */
export const SOC2_EVIDENCE: readonly EvidenceTerm[] = [
  { all: [SOC2_NAMES], weight: 1, specific: true },
  { all: [['aicpa', 'trust service* criteria', 'trust service* principle*', 'trust service* categor*', 'tsc']], weight: 1, specific: true },
  { all: [['attestation report*', 'attest*', 'audit report*', 'auditor s report*', 'auditors report*', 'service auditor*']], weight: 0.8 },
  { all: [['third party', 'independent*', 'external', 'outside'], ['audit*', 'assessor*', 'attest*', 'examination*', 'examined', 'validated']], weight: 1 },
  { all: [['security certification*', 'compliance certification*', 'security attestation*', 'third party certification*', 'compliance report*', 'independent assurance', 'external assurance', 'third party assurance']], weight: 0.8 },
  { all: [['cpa', 'cpa firm*', 'audit firm*', 'accounting firm*', 'auditor*']], weight: 0.6 },
  { all: [['type 2', 'type 1', 'bridge letter*', 'gap letter*', 'cuec*', 'user entit*', 'user control consideration*', 'subservice*', 'carve out', 'inclusive method', 'csoc*']], weight: 1, specific: true },
  { all: [['most recent audit*', 'latest audit*', 'last audit*', 'recent audit*', 'annual audit*', 'audit period', 'audit window', 'audit scope', 'observation period', 'tests of controls', 'test of controls', 'system description', 'audited against']], weight: 0.8 },
  { all: [['audit*', 'examination*']], weight: 0.4 },
  { all: [['availability', 'confidentiality', 'processing integrity']], weight: 0.4 },
  // "Audit" in these phrases is not an assurance report; "our SOC 2" is the customer's own.
  { all: [['internal audit*', 'audit log*', 'audit trail*', 'audit logging', 'on site audit*', 'right to audit', 'audited financial*', 'audit access log*', 'regulatory examination*', 'audit committee*']], weight: -1.5 },
  { all: [['our soc 2', 'our auditors', 'our own soc 2']], weight: -0.8 },
];

export const EVIDENCE_THRESHOLD = 0.6;

/**
 * Questionnaire context (see index.ts, "Context"). A follow-up such as "What period does the
 * report cover?" names no SOC 2 of its own; one of these phrases is what lets it take the
 * subject of the questions before it. Definite references only ("the report", not "report"):
 * "How do users report phishing?" refers to nothing earlier. Terms that are SOC 2 evidence on
 * their own (bridge letter, carve-out, CUECs, Type 1/2) are listed too, so that their question
 * is a follow-up even where the evidence alone is weak (an aside).
 */
export const CONTEXT_REFERENCES: readonly ReferenceTerm[] = [
  { all: [['the report*', 'this report*', 'that report*', 'your report*', 'the latest report', 'the most recent report', 'the current report', 'the final report', 'the full report', 'report period', 'reporting period', 'report date', 'report type', 'type of report', 'next report*']] },
  // Any auditor: alone "auditor" opens the gate, so in context it may also shut it (the ISO auditor).
  { all: [['the audit', 'the audits', 'this audit', 'that audit', 'your audit', 'auditor*', 'the audit firm', 'the firm', 'assessor*', 'audit firm*', 'audit opinion*', 'audit period', 'audit window', 'next audit*', 'audit findings']] },
  { all: [['the examination*', 'this examination', 'the exam', 'next examination*', 'the attestation*', 'this attestation', 'your attestation*']] },
  { all: [['the period', 'the window', 'the observation window', 'observation window', 'observation period', 'the review period', 'the coverage period', 'next period', 'period end date', 'as of date']] },
  { all: [['the opinion*', 'an opinion', 'opinion issued', 'qualified opinion*', 'unqualified', 'unmodified', 'modified opinion', 'clean opinion', 'management s response*', 'management response*']] },
  {
    all: [['exception*', 'deviation*', 'findings']],
    // Exceptions to a policy and findings of scans, tests or internal audits are not the report's.
    unless: ['policy exception*', 'exception process*', 'exception request*', 'exception handling', 'security exception*', 'grant* exception*', 'standard*', 'rule*', 'requirement*', 'waiver*', 'scan*', 'vulnerabilit*', 'pentest*', 'internal audit*', 'risk assessment*', 'error*', 'polic*', 'baseline*', 'configuration*'],
  },
  { all: [['bridge letter*', 'gap letter*', 'bridging letter*', 'the letter', 'carve out', 'carved out', 'subservice*', 'inclusive method', 'csoc*', 'cuec*', 'complementary user*', 'user entit*', 'complementary control*', 'type 1', 'type 2', 'point in time']] },
  { all: [['in scope', 'out of scope', 'within scope', 'the boundary', 'system boundar*', 'system description', 'the criteria', 'which criteria', 'what criteria', 'the categories', 'which categories', 'what categories', 'processing integrity']] },
  {
    all: [['nda', 'non disclosure', 'trust portal', 'trust center', 'trust centre']],
    // An NDA that staff sign is an HR question.
    unless: ['employee*', 'staff', 'personnel', 'workforce', 'contractors', 'hire*', 'onboard*'],
  },
];

/** Unrelated questions (not about the report, not follow-ups) after which the thread is lost. */
export const CONTEXT_LOOKBACK = 3;
/** At most this many preceding questions are looked at (bounds the work per question). */
export const CONTEXT_SCAN_LIMIT = 8;
/** A gate opened by context is weaker evidence: foreign topics count this many times over against it. */
export const CONTEXT_TOPIC_FACTOR = 2;
/** Section titles that name assurance work: "Independent assurance", "Audits and attestations". */
export const ASSURANCE_SECTION = /\b(?:assurance|attestations?|audits|audit reports?|soc reports?)\b/;

/** The score `none` starts with: an intent must beat it to be chosen. */
export const NONE_BASE_SCORE = 1.5;
/** Foreign-topic cues add to `none`, at most this much (many topics do not make it more certain). */
export const NONE_TOPIC_CAP = 3;

export const CUES: readonly Cue[] = [
  // ── soc2.status: whether there is a SOC 2 / independent audit at all ─────────────────────────
  { intent: 'soc2.status', all: [SOC2_NAMES], weight: 2.2 },
  {
    intent: 'soc2.status',
    all: [
      ['do you have', 'do you hold', 'do you maintain', 'do you undergo', 'have you', 'are you', 'been through', 'gone through', 'go through', 'issued a', 'issued an', 'issued you', 'issued your', 'is your company', 'is your organization', 'is your service', 'does the vendor', 'does your company', 'does your organization', 'can you confirm', 'confirm whether', 'is there', 'undergone', 'passed'],
      [...SOC2_NAMES, 'attestation*', 'independent* audited', 'audited by', 'audited against', 'been audited', 'aicpa'],
    ],
    weight: 1.5,
  },
  {
    intent: 'soc2.status',
    all: [
      ['third party', 'independent*', 'external', 'outside'],
      ['audit', 'audits', 'audited', 'assessment*', 'assessed', 'assessor*', 'evaluat*', 'examination*', 'examined', 'attestation*', 'auditor', 'auditors', 'validated'],
    ],
    weight: 2.5,
  },
  {
    intent: 'soc2.status',
    all: [['security', 'compliance', 'third party', 'independent*', 'industry'], ['certification*', 'certificate*', 'attestation*', 'compliance report*']],
    weight: 2,
  },
  { intent: 'soc2.status', all: [['audited against', 'attested against', 'examined against', 'trust service* criteria']], weight: 1.5 },
  { intent: 'soc2.status', all: [['security attestation*', 'attestations', 'assurance report*']], weight: 1.5 },
  { intent: 'soc2.status', all: [['independent assurance', 'external assurance', 'third party assurance', 'assurance over', 'independent attestation*']], weight: 2.5 },
  // "Is the platform covered by a SOC 2?" asks whether there is one; "covered by your SOC 2" asks its scope.
  { intent: 'soc2.status', all: [['covered by a', 'covered by an', 'covered by any', 'covered under a', 'covered under an', 'covered under any']], weight: 3.5 },

  // ── soc2.type: Type 1 or Type 2; point in time or period ─────────────────────────────────────
  { intent: 'soc2.type', all: [['type 2', 'type 1']], weight: 0.8 },
  { intent: 'soc2.type', all: [['type 1'], ['type 2']], weight: 3 },
  { intent: 'soc2.type', all: [['which type', 'what type', 'type of', 'kind of', 'report type', 'what kind', 'which kind']], weight: 3 },
  { intent: 'soc2.type', all: [['a type 2', 'a type 1']], weight: 2 },
  { intent: 'soc2.type', all: [['point in time', 'design only', 'only their design', 'design of controls']], weight: 3 },
  { intent: 'soc2.type', all: [['design'], ['operating effectiveness', 'operated effectively', 'operating effectively']], weight: 3 },

  // ── soc2.period: audit window, period end, as-of date ────────────────────────────────────────
  {
    intent: 'soc2.period',
    all: [['what period', 'which period', 'period cover*', 'period does', 'audit window', 'observation period', 'review period', 'reporting period', 'audit period', 'examination period', 'report period', 'date range', 'time frame', 'timeframe', 'start and end date*', 'as of date', 'period end*', 'dates covered', 'coverage dates', 'dates of', 'covered dates', 'coverage period', 'covered period', 'period of time', 'period start*', 'start date*', 'end date*', 'start and end', 'which months', 'what months', 'months covered', 'over which', 'what dates', 'which dates']],
    weight: 3,
    unless: ['bridge letter*', 'gap letter*', 'letter'],
  },
  { intent: 'soc2.period', all: [['how recent', 'how old', 'when was', 'when did', 'date of', 'dated', 'what date', 'issue date', 'issued on', 'how long']], weight: 2.5 },
  { intent: 'soc2.period', all: [['current', 'valid', 'up to date', 'expired', 'last twelve months', 'last 12 months', 'past year']], weight: 0.8 },

  // ── soc2.scope: categories, criteria, system boundary in scope ───────────────────────────────
  { intent: 'soc2.scope', all: [['trust service* criteria', 'trust service* principle*', 'trust service* categor*', 'tsc', 'categories', 'category', 'principles', 'criteria']], weight: 2 },
  { intent: 'soc2.scope', all: [['which', 'what', 'include*', 'in scope', 'list'], ['criteria', 'categor*', 'principle*', 'tsc']], weight: 2 },
  { intent: 'soc2.scope', all: [['security', 'availability', 'confidentiality', 'processing integrity', 'privacy']], weight: 1, unless: ['security audit*', 'security attestation*', 'security certification*', 'security program'] },
  { intent: 'soc2.scope', all: [['availability', 'confidentiality', 'processing integrity', 'privacy']], weight: 1.2 },
  {
    intent: 'soc2.scope',
    all: [['in scope', 'scope', 'system boundar*', 'boundary', 'boundaries', 'covered by', 'part of the system', 'system described', 'described in', 'within the system', 'limits of', 'limited to']],
    weight: 3,
    // "The service in scope of this review" is the customer's review; "covered by a SOC 2" asks whether there is one.
    unless: [...OUTSIDE_SCOPE, 'covered by a', 'covered by an', 'covered by any'],
  },
  {
    intent: 'soc2.scope',
    all: [['include*', 'includ*', 'cover*', 'address*', 'in scope', 'part of', 'extend*'], ['availability', 'confidentiality', 'processing integrity', 'privacy', 'categor*', 'criteria', 'principle*']],
    weight: 3,
    // "a privacy standard / programme / law" is not the Privacy category.
    unless: ['standard*', 'program*', 'programme*', 'polic*', 'law*', 'regulation*'],
  },
  {
    intent: 'soc2.scope',
    all: [['cover*', 'include*', 'includ*', 'examine*', 'covered', 'extend*', 'apply to', 'applies to'], ['product*', 'service*', 'system*', 'application*', 'app', 'locations', 'regions', 'infrastructure', 'processes', 'offering*', 'module*']],
    weight: 3,
    unless: ['covered by a', 'covered by an', 'covered by any', 'covered under a', 'covered under an', 'covered under any'],
  },

  // ── soc2.opinion: opinion, exceptions, deviations, findings ──────────────────────────────────
  {
    intent: 'soc2.opinion',
    all: [['exception*', 'deviation*', 'finding*', 'opinion*', 'qualified', 'unqualified', 'unmodified', 'modified opinion', 'adverse', 'disclaimer', 'clean', 'control failure*', 'material weakness*', 'issues noted', 'issues identified', 'qualification*', 'results of', 'not operating effectively', 'not operate effectively', 'did not operate', 'ineffective', 'not effective', 'failed control*']],
    weight: 3.5,
    unless: ['exception process', 'exception* to the', 'policy exception*', 'security exception*'],
  },

  // ── soc2.auditor: which CPA firm ─────────────────────────────────────────────────────────────
  {
    intent: 'soc2.auditor',
    all: [
      ['who', 'which', 'name', 'names', 'select*', 'choose', 'chose', 'choice', 'switch*', 'rotate*', 'rotation', 'change auditor*', 'contact details', 'identify', 'list the'],
      ['auditor*', 'audit firm*', 'cpa*', 'accounting firm*', 'firm'],
    ],
    weight: 3.5,
  },
  { intent: 'soc2.auditor', all: [['who performed', 'who conducted', 'who issued', 'who audited', 'who carried out', 'performed by whom']], weight: 3 },
  { intent: 'soc2.auditor', all: [['cpa firm*', 'licensed cpa*', 'peer review*', 'accounting firm*', 'audit firm*', 'issued by a cpa', 'service auditor*']], weight: 2.5 },

  // ── soc2.report_request: send, attach, share; NDA; trust portal ──────────────────────────────
  {
    intent: 'soc2.report_request',
    all: [
      ['provide', 'share', 'send', 'attach', 'upload', 'a copy', 'download', 'receive', 'view', 'access to', 'available to', 'make available', 'link to', 'request', 'obtain your', 'obtain a copy', 'customers obtain', 'we obtain', 'get a copy', 'furnish', 'submit', 'review your', 'willing to share', 'give us', 'give a copy', 'executive summary', 'management summary', 'summary of'],
      REPORT_WORDS,
    ],
    weight: 3.5,
    // "Provide the dates / the name of …" asks for a fact about the report, not the report.
    unless: ['dates', 'date', 'start and end', 'name of', 'names of', 'contact details', 'list of', 'the list', 'period covered', 'bridge letter*', 'gap letter*'],
  },
  { intent: 'soc2.report_request', all: [['allow*', 'permit*', 'able to', 'can customers', 'can tenants', 'can we'], ['view', 'review', 'see', 'access', 'read', 'obtain', 'get']], weight: 3.5 },
  { intent: 'soc2.report_request', all: [['nda', 'non disclosure', 'trust portal', 'trust center', 'trust centre', 'security portal', 'under confidentiality']], weight: 3.5 },

  // ── soc2.bridge_letter: bridge / gap letter; changes since the period ended ──────────────────
  { intent: 'soc2.bridge_letter', all: [['bridge letter*', 'gap letter*', 'bridging letter*']], weight: 5, ungated: true },
  {
    intent: 'soc2.bridge_letter',
    all: [['changes since', 'changed since', 'since the end of', 'since the report', 'since your last', 'since the last', 'cover the gap', 'coverage gap', 'gap between', 'gap until', 'older than', 'more than 12 months', 'more than twelve months', 'not changed since']],
    weight: 4,
  },
  { intent: 'soc2.bridge_letter', all: [['letter*'], ['since', 'gap', 'after the period', 'until the next']], weight: 4.5 },
  { intent: 'soc2.bridge_letter', all: [['since', 'after the period', 'after the end'], ['change*', 'changed']], weight: 4 },
  { intent: 'soc2.bridge_letter', all: [['management letter*', 'since the report period', 'since the end of the report*', 'since the end of the period', 'since the period end*', 'since the audit period']], weight: 4, ungated: true },

  // ── soc2.subservice: subservice organizations, carve-out / inclusive, cloud provider coverage ─
  { intent: 'soc2.subservice', all: [['subservice*', 'carve out', 'carved out', 'inclusive method', 'csoc*', 'complementary subservice']], weight: 5, ungated: true },
  {
    intent: 'soc2.subservice',
    all: [HOSTING_PROVIDERS, [...SOC2_NAMES, 'soc 1', 'iso 27001', 'attestation*', 'audit report*', 'report*', 'certif*', 'tier*', 'audits', 'audited', 'covered', 'cover', 'scope']],
    weight: 4,
    ungated: true,
    // "An auditable process for physical access to data centers" is physical security.
    unless: ['physical access', 'auditable'],
  },
  { intent: 'soc2.subservice', all: [['its own soc*', 'their own soc*', 'own soc 2', 'own soc report*', 'their soc 2', 'their soc report*', 'own attestation*']], weight: 3 },
  { intent: 'soc2.subservice', all: [['monitor*', 'oversee*', 'oversight', 'review*', 'assess*', 'evaluate*'], HOSTING_PROVIDERS.filter((name) => !/cent(er|re)|colo|facilit/.test(name))], weight: 3.5, ungated: true },
  { intent: 'soc2.subservice', all: [OTHER_PARTIES, [...SOC2_NAMES, 'attestation*', 'audit report*', 'soc reports']], weight: 4, unless: VENDOR_OVERSIGHT },
  { intent: 'soc2.subservice', all: [['hosting your', 'host your', 'hosts your', 'hosting our']], weight: 2 },

  // ── soc2.cuecs: complementary user entity controls ───────────────────────────────────────────
  { intent: 'soc2.cuecs', all: [['cuec*', 'complementary user entity', 'user control consideration*', 'user entity control*', 'user entity responsibilit*', 'complementary control*', 'customer side control*', 'user entity']], weight: 5, ungated: true },
  { intent: 'soc2.cuecs', all: [['our side', 'our end', 'expect us', 'expects us', 'expected of us', 'require us', 'requires us'], ['control*', 'implement*', 'operate']], weight: 3.5 },
  { intent: 'soc2.cuecs', all: [['customer*', 'user*', 'client*', 'our responsibilit*'], ['implement*', 'responsibilit*', 'expected to', 'expect', 'expects', 'must have', 'must operate', 'must', 'assumed', 'operate', 'required to', 'need to have', 'in place']], weight: 3.5 },

  // ── soc2.next_audit: next audit, roadmap, expected date ──────────────────────────────────────
  {
    intent: 'soc2.next_audit',
    all: [['next', 'upcoming', 'scheduled', 'expect to', 'expected to be', 'expected date', 'expected completion', 'expected timing', 'anticipate*', 'plan to', 'planning to', 'plans to', 'roadmap', 'in progress', 'underway', 'working toward*', 'pursuing', 'timeline', 'when will', 'target date', 'completion date', 'renew*', 'achieving', 'intend*', 'in the process of', 'planned', 'plans for', 'this year', 'target*']],
    weight: 4,
    unless: ['next to'],
  },

  // ── controls.patching ────────────────────────────────────────────────────────────────────────
  { intent: 'controls.patching', all: [['patch*', 'hotfix*']], weight: 5 },
  {
    intent: 'controls.patching',
    all: [['security update*', 'os update*', 'operating system update*', 'software update*', 'system update*', 'automatic update*', 'automated update*', 'auto update*', 'automatically update*', 'updated automatically', 'updates automatically', 'update software', 'auto updat*', 'firmware update*', 'updates applied', 'updates are applied', 'kept up to date', 'keep up to date', 'keeps up to date', 'end of life', 'unsupported software', 'unsupported operating']],
    weight: 3.5,
    unless: ['polic*', 'documentation', 'inventor*', 'contact*', 'training'],
  },
  { intent: 'controls.patching', all: [['remediat*', 'fix*', 'resolve*', 'address*'], ['vulnerabilit*']], weight: 3 },

  // ── controls.endpoint_management ─────────────────────────────────────────────────────────────
  {
    intent: 'controls.endpoint_management',
    all: [['mdm', 'mobile device management', 'device management solution*', 'device management tool*', 'device management platform*', 'device management software', 'manage* devices', 'endpoint management', 'centrally managed', 'central management', 'managed centrally', 'centrally manage*', 'jamf', 'intune', 'kandji', 'workspace one', 'configuration baseline*', 'baseline configuration*', 'hardening', 'hardened', 'cis benchmark*', 'remote* wipe', 'remote* lock', 'wipe', 'byod', 'personal devices', 'configuration standard*', 'security configuration*', 'endpoint configuration*', 'device compliance']],
    weight: 4,
  },
  { intent: 'controls.endpoint_management', all: [['laptops', 'laptop', 'workstations', 'endpoints', 'endpoint', 'devices', 'computers', 'desktops']], weight: 1.5 },

  // ── controls.vulnerability_scanning ──────────────────────────────────────────────────────────
  { intent: 'controls.vulnerability_scanning', all: [['vulnerabilit*'], ['scan*', 'assessment*', 'management', 'program*', 'tool*', 'process*', 'detect*', 'identif*', 'discover*', 'finding', 'track*']], weight: 4, unless: VULNERABILITY_DISCLOSURE },
  { intent: 'controls.vulnerability_scanning', all: [['vulnerabilit*']], weight: 1, unless: VULNERABILITY_DISCLOSURE },
  { intent: 'controls.vulnerability_scanning', all: [['scan', 'scans', 'scanned', 'scanning', 'scanner*'], ['vulnerab*', 'perimeter', 'network', 'infrastructure', 'container*', 'image*', 'code', 'dependenc*', 'authenticated', 'host*', 'web application*', 'applications', 'external', 'internal']], weight: 3.5 },
  { intent: 'controls.vulnerability_scanning', all: [['dast', 'sast', 'nessus', 'qualys', 'tenable', 'rapid7', 'insightvm', 'openvas', 'snyk', 'dependabot', 'trivy', 'inspector', 'cve*']], weight: 3.5 },

  // ── controls.incident_response ───────────────────────────────────────────────────────────────
  { intent: 'controls.incident_response', all: [['incident response', 'incident management', 'incident handling', 'incidents', 'security incident*', 'csirt', 'cirt', 'tabletop*', 'irp']], weight: 4 },
  { intent: 'controls.incident_response', all: [['incident*', 'breach*'], ['plan*', 'process*', 'procedure*', 'handl*', 'manag*', 'respon*', 'report*', 'notif*', 'experienced', 'contact', 'escalat*']], weight: 4 },
  { intent: 'controls.incident_response', all: [['breach*', 'incident']], weight: 2.5 },

  // ── assurance.iso27001 ───────────────────────────────────────────────────────────────────────
  { intent: 'assurance.iso27001', all: [['iso 27001']], weight: 4.5, unless: ['soc 2', 'soc report*'] },
  { intent: 'assurance.iso27001', all: [['iso 27001']], weight: 1.5 },
  { intent: 'assurance.iso27001', all: [['isms', 'statement of applicability', 'certification body', 'registrar', 'iso 27002']], weight: 3 },
  { intent: 'assurance.iso27001', all: [['iso'], ['certif*']], weight: 2.5, unless: ['iso 27017', 'iso 27018', 'iso 27701', 'iso 22301', 'iso 9001', 'iso 42001', 'iso 20000'] },

  // ── assurance.soc1 ───────────────────────────────────────────────────────────────────────────
  { intent: 'assurance.soc1', all: [['soc 1', 'isae 3402', 'ssae 18 soc 1', 'atc 320']], weight: 5 },
  { intent: 'assurance.soc1', all: [['icfr', 'internal control over financial reporting', 'internal controls over financial reporting', 'financial reporting', 'financial statement auditor*', 'financial auditor*', 'sox', 'sarbanes*', 'user auditor*']], weight: 4 },
  { intent: 'assurance.soc1', all: [['sas 70', 'ssae 16']], weight: 1.2 },

  // ── assurance.soc3 ───────────────────────────────────────────────────────────────────────────
  { intent: 'assurance.soc3', all: [['soc 3']], weight: 5 },
  { intent: 'assurance.soc3', all: [['general use', 'general use report*', 'public report', 'publicly available report', 'public version']], weight: 4 },

  // ── assurance.pentest ────────────────────────────────────────────────────────────────────────
  { intent: 'assurance.pentest', all: [['pentest*']], weight: 5 },
  { intent: 'assurance.pentest', all: [['red team*', 'ethical hack*', 'offensive security', 'attack simulation']], weight: 4 },
  {
    intent: 'assurance.pentest',
    all: [['third party', 'independent*', 'external', 'outside'], ['assessment*', 'assessed', 'test*', 'review*'], ['system*', 'application*', 'network*', 'infrastructure', 'product*', 'platform']],
    weight: 3.5,
    unless: ['program', 'programme', 'organization'],
  },
  { intent: 'assurance.pentest', all: [['technical security assessment*', 'technical assessment*', 'security testing of', 'attack testing']], weight: 3.5 },

  // ── assurance.other: other frameworks and assessed programmes ────────────────────────────────
  {
    intent: 'assurance.other',
    all: [['pci*', 'hitrust', 'fedramp', 'stateramp', 'txramp', 'hipaa', 'csa star', 'star registry', 'star level', 'cmmc', 'cyber essentials', 'tisax', 'irap', 'bsi c5', 'c5', 'iso 27017', 'iso 27018', 'iso 27701', 'iso 22301', 'iso 9001', 'iso 42001', 'iso 20000', 'hds', 'ens', 'k isms', 'mtcs', 'gxp', 'ferpa', 'cjis', 'nerc cip', 'dora', 'nis2', 'nis 2']],
    weight: 4.5,
  },
  { intent: 'assurance.other', all: [['nist*', '800 53', '800 171', 'nist csf', 'attestation of compliance', 'business associate*', 'baa']], weight: 3.5 },
  { intent: 'assurance.other', all: [['besides', 'other than', 'apart from', 'in addition to', 'beyond', 'aside from'], ['soc 2'], ['framework*', 'standard*', 'certification*', 'attestation*', 'comply', 'compliance']], weight: 4 },

  // ── none: security and company topics that are not assurance reports ─────────────────────────
  {
    intent: 'none',
    all: [['password*', 'passphrase*', 'mfa', 'multi factor', '2fa', 'two factor', 'sso', 'single sign on', 'saml', 'oidc', 'authentication', 'rbac', 'role based', 'least privilege', 'access right*', 'access review*', 'privileged access', 'administrative access', 'session*', 'api key*', 'deprovision*', 'offboard*', 'onboard*', 'shared account*', 'generic account*']],
    weight: 1.5,
  },
  { intent: 'none', all: [['encrypt*', 'encryption key*', 'key management', 'kms', 'hsm', 'tls', 'cryptograph*', 'hashing', 'hashed']], weight: 1.5 },
  { intent: 'none', all: [['backup*', 'restore*', 'disaster recovery', 'business continuity', 'bcp', 'rto', 'rpo', 'recovery time', 'recovery point', 'failover', 'uptime', 'redundan*']], weight: 1.5 },
  { intent: 'none', all: [['retention', 'retain*', 'delet*', 'data residency', 'gdpr', 'ccpa', 'cpra', 'dpa', 'data processing agreement', 'data protection officer', 'dpo', 'privacy policy', 'data subject*', 'personal data', 'eea', 'data minimi*', 'data classification', 'classification scheme', 'export their data', 'legal hold']], weight: 1.5 },
  { intent: 'none', all: [['background check*', 'screening', 'training', 'awareness', 'employees', 'staff', 'headcount', 'hr', 'human resources', 'confidentiality agreement*', 'exit interview*', 'code of conduct', 'ethics', 'whistleblow*', 'acceptable use', 'organizational chart', 'security team', 'cissp', 'cism']], weight: 1.2 },
  { intent: 'none', all: [['insurance', 'revenue', 'financially stable', 'audited financial*', 'financial statements', 'ownership', 'litigation', 'in business', 'w 9', 'lawsuit*', 'audit committee*', 'board of directors']], weight: 2 },
  { intent: 'none', all: [['logging', 'logged', 'logs', 'log', 'siem', 'audit trail*', 'audit log*', 'monitoring', 'security operations center', 'soc team']], weight: 1.5 },
  { intent: 'none', all: [['internal audit*', 'right to audit', 'on site audit*', 'audit and assurance polic*', 'audit management process', 'regulatory examination*', 'risk based plan*']], weight: 2.5 },
  { intent: 'none', all: [['firewall*', 'waf', 'segment*', 'segregat*', 'anti malware', 'antivirus', 'malware', 'ddos', 'dns*', 'vpn', 'spf', 'dkim', 'dmarc', 'phishing', 'intrusion detection', 'ids', 'ips', 'edr']], weight: 1.5 },
  { intent: 'none', all: [['change management', 'change control', 'sdlc', 'ssdlc', 'secure development', 'code review*', 'static code analysis', 'static analysis', 'open source', 'sbom', 'infrastructure as code', 'ci pipeline', 'programming language*', 'architecture', 'machine learning', 'ai', 'bug bounty', ...VULNERABILITY_DISCLOSURE]], weight: 1.5 },
  { intent: 'none', all: [['physical access', 'physical security', 'cctv', 'badge*', 'visitor*', 'office*', 'facilities', 'inventory', 'asset*']], weight: 1.2 },
  // Reviewing the reports of one's own vendors is vendor management (the hosting provider excepted: subservice).
  { intent: 'none', all: [VENDOR_OVERSIGHT, VENDOR_PARTIES], weight: 3 },
  { intent: 'none', all: [['vendor risk', 'vendor management', 'risk assessment', 'risk management', 'supplier risk', 'supplier management', 'outsourc*', 'customer support', 'support requests', 'multi tenant', 'tenant data', 'data integrity', 'polic*']], weight: 1.2 },
];

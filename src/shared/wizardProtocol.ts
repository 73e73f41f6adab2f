/**
 * Messages between the extension host and the SOC 2 follow-up wizard, and the form state they
 * carry. One definition serves both sides: the host and the page each `safeParse` every inbound
 * message and drop (and log) anything that does not match.
 *
 * Written with `zod/mini` rather than classic zod: the same validation, but tree-shakable, so the
 * webview bundle carries only the few checks used here (classic zod alone would take most of the
 * page's size budget). Every object is strict (an unknown key fails the whole message) and every
 * string and list has a ceiling, so a hostile or runaway page cannot push unbounded data through.
 *
 * The literal lists below repeat the profile schema's enums (categories, opinions, scan cadences)
 * so this file does not pull the profile schema into the webview; a unit test checks they match.
 */
import * as z from 'zod/mini';

const MAX_SHORT = 500;
const MAX_LONG = 4_000;
const MAX_ROWS = 50;

const shortText = z.string().check(z.maxLength(MAX_SHORT));
const longText = z.string().check(z.maxLength(MAX_LONG));
/** A date field as typed: checked against the profile's ISO-date rule on the host, not here. */
const dateText = z.string().check(z.maxLength(40));

export const WIZARD_STATUSES = ['', 'type2', 'type1', 'in_progress', 'none'] as const;
export type WizardStatus = (typeof WIZARD_STATUSES)[number];

export const WIZARD_OPTIONAL_CATEGORIES = ['availability', 'confidentiality', 'processing_integrity', 'privacy'] as const;
export type WizardOptionalCategory = (typeof WIZARD_OPTIONAL_CATEGORIES)[number];

export const WIZARD_OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export const WIZARD_SCAN_CADENCES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly'] as const;
export const ANSWER_LENGTH_IDS = ['yesno', 'sentence', 'paragraph'] as const;
export type WizardAnswerLength = (typeof ANSWER_LENGTH_IDS)[number];

/** Yes / No / not stated: a question the writer may leave open without the profile saying "no". */
const triState = z.enum(['', 'yes', 'no']);
export type TriState = z.infer<typeof triState>;

export const ExceptionRow = z.strictObject({
  criterion: z.string().check(z.maxLength(40)),
  description: longText,
  remediation: longText,
});
export type ExceptionRow = z.infer<typeof ExceptionRow>;

export const SubserviceRow = z.strictObject({
  name: shortText,
  services: shortText,
  method: z.enum(['carve-out', 'inclusive']),
  monitoring: longText,
});
export type SubserviceRow = z.infer<typeof SubserviceRow>;

/** Everything the form holds, as the writer typed it (strings stay strings until the host maps them). */
export const WizardForm = z.strictObject({
  organizationName: shortText,
  status: z.enum(WIZARD_STATUSES),
  /** For an examination under way: which type of report it will produce. */
  examinationType: z.enum(['type2', 'type1']),
  /** For an examination under way: it has not started yet. */
  planned: z.boolean(),
  periodStart: dateText,
  periodEnd: dateText,
  asOf: dateText,
  expectedReportDate: dateText,
  cpaFirm: shortText,
  opinion: z.enum(['', ...WIZARD_OPINIONS]),
  /** unknown: the profile says nothing; none: the report lists no exceptions; some: the rows below. */
  exceptionsKnown: z.enum(['unknown', 'none', 'some']),
  exceptions: z.array(ExceptionRow).check(z.maxLength(MAX_ROWS)),
  categories: z.strictObject({
    availability: z.boolean(),
    confidentiality: z.boolean(),
    processing_integrity: z.boolean(),
    privacy: z.boolean(),
  }),
  systemName: shortText,
  systemBoundary: longText,
  subservice: z.array(SubserviceRow).check(z.maxLength(MAX_ROWS)),
  /** One control per line. */
  cuecs: z.string().check(z.maxLength(20_000)),
  automatedUpdates: triState,
  centrallyManaged: triState,
  scanCadence: z.enum(['', ...WIZARD_SCAN_CADENCES]),
  incidentPlan: triState,
  incidentLastTested: dateText,
  nda: triState,
  trustPortalUrl: z.string().check(z.maxLength(2_000)),
  contact: shortText,
  bridgeCoversUntil: dateText,
});
export type WizardForm = z.infer<typeof WizardForm>;

/** A blank form: what a writer with no profile starts from. */
export function emptyWizardForm(): WizardForm {
  return {
    organizationName: '',
    status: '',
    examinationType: 'type2',
    planned: false,
    periodStart: '',
    periodEnd: '',
    asOf: '',
    expectedReportDate: '',
    cpaFirm: '',
    opinion: '',
    exceptionsKnown: 'unknown',
    exceptions: [],
    categories: { availability: false, confidentiality: false, processing_integrity: false, privacy: false },
    systemName: '',
    systemBoundary: '',
    subservice: [],
    cuecs: '',
    automatedUpdates: '',
    centrallyManaged: '',
    scanCadence: '',
    incidentPlan: '',
    incidentLastTested: '',
    nda: '',
    trustPortalUrl: '',
    contact: '',
    bridgeCoversUntil: '',
  };
}

/** Field ids the host attaches messages to: a form key, or a row field such as `subservice.0.name`. */
const fieldId = z.string().check(z.maxLength(100));

const fieldMessage = z.strictObject({
  field: fieldId,
  message: z.string().check(z.maxLength(MAX_SHORT)),
  /** error: blocks saving; note: worth a look, saving still allowed. */
  severity: z.enum(['error', 'note']),
});
export type FieldMessage = z.infer<typeof fieldMessage>;

// ---------------------------------------------------------------------------------------------
// Page → host

export const WizardToHost = z.discriminatedUnion('type', [
  /** The page's script runs and listens: the host may post now. */
  z.strictObject({ type: z.literal('ready') }),
  /** The form changed: compose a preview. `seq` lets the page ignore answers to older states. */
  z.strictObject({ type: z.literal('update'), seq: z.number().check(z.int(), z.nonnegative()), form: WizardForm }),
  z.strictObject({ type: z.literal('insert'), length: z.enum(ANSWER_LENGTH_IDS), form: WizardForm }),
  z.strictObject({ type: z.literal('copy'), length: z.enum(ANSWER_LENGTH_IDS), form: WizardForm }),
  z.strictObject({ type: z.literal('save'), form: WizardForm }),
  /** Discard the draft: the host re-sends the form as the profile has it. */
  z.strictObject({ type: z.literal('reset') }),
  /** Escape: put the keyboard back in the questionnaire the wizard was opened from. */
  z.strictObject({ type: z.literal('focusEditor') }),
]);
export type WizardToHost = z.infer<typeof WizardToHost>;

// ---------------------------------------------------------------------------------------------
// Host → page

export const WizardPreview = z.strictObject({
  seq: z.number().check(z.int(), z.nonnegative()),
  answers: z.strictObject({ yesno: longText, sentence: longText, paragraph: z.string().check(z.maxLength(20_000)) }),
  warnings: z.array(longText).check(z.maxLength(MAX_ROWS)),
  missing: z.array(shortText).check(z.maxLength(MAX_ROWS)),
  fields: z.array(fieldMessage).check(z.maxLength(200)),
  /** Problems the form cannot point at (elsewhere in the profile). */
  general: z.array(longText).check(z.maxLength(MAX_ROWS)),
  canSave: z.boolean(),
});
export type WizardPreview = z.infer<typeof WizardPreview>;

export const HostToWizard = z.discriminatedUnion('type', [
  /**
   * Domain data, sent after every `ready` and on reset: the form as the profile has it, and
   * where the answer will go. `replaceDraft` tells the page to drop a restored draft.
   */
  z.strictObject({
    type: z.literal('init'),
    form: WizardForm,
    replaceDraft: z.boolean(),
    profile: z.strictObject({
      exists: z.boolean(),
      path: shortText,
      problems: z.number().check(z.int(), z.nonnegative()),
    }),
    /** "1. Do you have a SOC 2 report?" in vendor-questionnaire.md, or null when there is no editor. */
    target: z.nullable(
      z.strictObject({
        question: longText,
        file: shortText,
        /** What the answer will address, e.g. "SOC 2 report" or "SOC 2 auditor". */
        topic: shortText,
        /** The line is not a SOC 2 question: the "Do you have SOC 2?" answer goes below it. */
        recognized: z.boolean(),
      }),
    ),
    defaultLength: z.enum(ANSWER_LENGTH_IDS),
    today: dateText,
  }),
  z.strictObject({ type: z.literal('preview'), preview: WizardPreview }),
  z.strictObject({ type: z.literal('status'), text: longText, kind: z.enum(['info', 'error']) }),
]);
export type HostToWizard = z.infer<typeof HostToWizard>;

/** What the page keeps with `setState`: its draft and choices (UI state), never the profile. */
export const WizardUiState = z.strictObject({
  form: z.optional(WizardForm),
  length: z.enum(ANSWER_LENGTH_IDS),
  /** The draft differs from what the host last sent. */
  dirty: z.boolean(),
});
export type WizardUiState = z.infer<typeof WizardUiState>;

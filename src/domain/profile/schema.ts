/**
 * The assurance profile (`.attest/profile.json`): the one source of facts every answer is
 * composed from. This zod schema is the single source of truth: runtime validation, the
 * inferred TypeScript types, and (via `z.toJSONSchema`) the JSON Schema the editor uses.
 *
 * Cross-field rules live in `superRefine` blocks with customer-readable messages. Where JSON
 * Schema (draft-7) can say the same thing (if/then, contains, uniqueItems), the rule is also
 * attached with `.meta()` so the editor flags it while typing; date ordering cannot be said in
 * JSON Schema, so only the runtime check (and the diagnostics built on it) catches that.
 */
import { z } from 'zod';
import { CRITERION_IDS, validateCriterionId } from '../criteria';
import { CATEGORY_IDS, CATEGORY_LABELS, OPINIONS, type CategoryId, type Opinion } from './categories';

export { CATEGORY_IDS, CATEGORY_LABELS, OPINIONS };
export type { CategoryId, Opinion };

export const REPORT_TYPES = ['type1', 'type2'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const ENGAGEMENT_STATUSES = ['completed', 'in_progress', 'planned'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const SCAN_CADENCES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly'] as const;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === 'string' && ISO_DATE_SHAPE.test(issue.input)
      ? `${issue.input} is not a calendar date.`
      : 'Use an ISO date: YYYY-MM-DD (for example 2026-06-30).',
}).meta({ errorMessage: 'Use a calendar date written YYYY-MM-DD (for example 2026-06-30).' });
/**
 * Refinements run even when a field failed its own check (zod reports both), so cross-field
 * date rules only compare values that are real dates; the bad date already has its own error.
 */
function validDate(value: string | undefined): value is string {
  return value !== undefined && isoDate.safeParse(value).success;
}

/** `a` and `b` are both real dates and `a` is before `b` (ISO dates compare as text). */
function before(a: string | undefined, b: string | undefined): boolean {
  return validDate(a) && validDate(b) && a < b;
}

const text = z.string().trim().min(1, { error: 'Must not be empty.' });
const webUrl = z
  .url({ protocol: /^https?$/, error: 'Use a full web address starting with https:// or http://.' })
  .describe('A web address (https://…).');

/** JSON Schema: the object must not have any of these properties. */
function forbids(...properties: string[]): Record<string, unknown> {
  return properties.length === 1
    ? { not: { required: properties } }
    : { not: { anyOf: properties.map((p) => ({ required: [p] })) } };
}

/** JSON Schema: `if` the listed properties have these constant values. */
function when(values: Record<string, string | boolean | readonly string[]>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    properties[key] = Array.isArray(value) ? { enum: value } : { const: value };
  }
  return { properties, required: Object.keys(values) };
}

/** Shared rule for any Type 1 / Type 2 report: Type 1 speaks to a date, Type 2 to a period. */
function checkReportDates(
  report: { type: ReportType; asOf?: string | undefined; periodStart?: string | undefined; periodEnd?: string | undefined },
  issue: (path: string, message: string) => void,
): void {
  if (report.type === 'type1') {
    if (report.periodStart !== undefined || report.periodEnd !== undefined) {
      issue(report.periodStart !== undefined ? 'periodStart' : 'periodEnd', 'A Type 1 report speaks to a single date: use "asOf", not a period.');
    }
  } else {
    if (report.asOf !== undefined) {
      issue('asOf', 'A Type 2 report covers a period: use "periodStart" and "periodEnd", not "asOf".');
    }
    if (!before(report.periodStart, report.periodEnd) && validDate(report.periodStart) && validDate(report.periodEnd)) {
      issue('periodEnd', 'The period end must be after the period start.');
    }
  }
}

const typeDatesJsonRules = [
  { if: when({ type: 'type1' }), then: forbids('periodStart', 'periodEnd'), else: forbids('asOf') },
];

export const ExceptionSchema = z
  .object({
    criterion: z
      .string()
      .superRefine((raw, ctx) => {
        const result = validateCriterionId(raw);
        if (!result.ok) {
          ctx.addIssue({ code: 'custom', message: result.message });
        } else if (result.id !== raw) {
          ctx.addIssue({ code: 'custom', message: `Write the criterion id as ${result.id}.` });
        }
      })
      .optional()
      .meta({ enum: [...CRITERION_IDS] })
      .describe('The criterion the exception was noted against, for example CC6.2.'),
    description: text.describe('A short, customer-safe description of the exception (what the auditor found).'),
    remediation: z.string().trim().min(1).optional().describe("Management's response or remediation, in a sentence (not audited)."),
  })
  .strict();

export const SubserviceSchema = z
  .object({
    name: text.describe('The subservice organization, for example Amazon Web Services.'),
    services: z.string().optional().describe('What it provides, for example "infrastructure hosting".'),
    method: z
      .enum(['carve-out', 'inclusive'])
      .describe('carve-out: named, but its controls are excluded from the report; inclusive: its relevant controls are described and tested.'),
    monitoring: z
      .string()
      .optional()
      .describe('How you monitor it, for example "annual review of its SOC 2 Type 2 report".'),
    csocs: z
      .array(text)
      .optional()
      .describe('Complementary subservice organization controls: what the report assumes this provider does.'),
  })
  .strict();

export const EngagementSchema = z
  .object({
    status: z
      .enum(ENGAGEMENT_STATUSES)
      .meta({ enumDescriptions: ['The CPA firm has issued the report.', 'The examination or its period is under way.', 'Not started yet.'] })
      .describe('completed: the report has been issued; in_progress: the examination or its period is under way; planned: not started.'),
    type: z
      .enum(REPORT_TYPES)
      .meta({ enumDescriptions: ['Type 1: design of controls as of one date (give "asOf").', 'Type 2: design and operating effectiveness over a period (give "periodStart" and "periodEnd").'] })
      .describe('type1: design of controls at a date; type2: design and operating effectiveness over a period.'),
    asOf: isoDate.optional().describe('Type 1 only: the date the report speaks to.'),
    periodStart: isoDate.optional().describe('Type 2 only: first day of the examination period.'),
    periodEnd: isoDate.optional().describe('Type 2 only: last day of the examination period. Freshness is measured from here.'),
    reportDate: isoDate.optional().describe('The date the CPA firm issued the report (not used for freshness).'),
    expectedReportDate: isoDate.optional().describe('In progress or planned: when the report is expected.'),
    cpaFirm: z.string().trim().min(1).optional().describe('The licensed CPA firm that performs the examination.'),
    opinion: z
      .enum(OPINIONS)
      .meta({
        enumDescriptions: [
          'Clean opinion: the criteria were met.',
          'Except for a material but not pervasive problem.',
          'A material and pervasive problem.',
          'The auditor could not obtain enough evidence to give an opinion.',
        ],
      })
      .optional()
      .describe("The auditor's opinion, as stated in the report. Only for completed reports."),
    exceptions: z
      .array(ExceptionSchema)
      .optional()
      .describe('Exceptions (deviations) in the tests of controls. An empty list means none were noted; leave it out if unknown.'),
    categories: z
      .array(z.enum(CATEGORY_IDS))
      .min(1)
      .default(['security'])
      .meta({ contains: { const: 'security' }, uniqueItems: true })
      .describe('Trust services categories in scope. Security is always in scope.'),
    system: z
      .object({
        name: text.describe('The system the report describes.'),
        boundary: z.string().optional().describe('What the system boundary includes, in a sentence.'),
      })
      .strict()
      .optional()
      .describe('The system the report describes, and its boundary.'),
    subserviceOrganizations: z.array(SubserviceSchema).optional().describe('Subservice organizations, such as the cloud provider.'),
    cuecs: z
      .array(text)
      .optional()
      .describe('Complementary user entity controls: what customers are expected to do.'),
  })
  .strict()
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (!e.categories.includes('security')) {
      issue('categories', 'Security is always in scope of a SOC 2: add "security".');
    }
    if (new Set(e.categories).size !== e.categories.length) {
      issue('categories', 'Each category may appear only once.');
    }
    checkReportDates(e, issue);
    if (e.status === 'completed') {
      if (e.type === 'type1' && e.asOf === undefined) {
        issue('asOf', 'A completed Type 1 report needs its "asOf" date.');
      }
      if (e.type === 'type2' && (e.periodStart === undefined || e.periodEnd === undefined)) {
        issue(e.periodStart === undefined ? 'periodStart' : 'periodEnd', 'A completed Type 2 report needs both "periodStart" and "periodEnd".');
      }
      if (e.expectedReportDate !== undefined) {
        issue('expectedReportDate', 'A completed report has been issued: use "reportDate" instead of "expectedReportDate".');
      }
    } else {
      if (e.opinion !== undefined) {
        issue('opinion', 'Only a completed report has an opinion.');
      }
      if (e.exceptions !== undefined && e.exceptions.length > 0) {
        issue('exceptions', 'Only a completed report lists exceptions.');
      }
      if (e.reportDate !== undefined) {
        issue('reportDate', 'A report that is not completed has no issue date yet: use "expectedReportDate".');
      }
    }
    const dated = e.type === 'type1' ? e.asOf : e.periodEnd;
    const datedName = e.type === 'type1' ? 'the "asOf" date' : 'the period end';
    if (before(e.reportDate, dated)) {
      issue('reportDate', `The report cannot be issued before ${datedName}.`);
    }
    if (before(e.expectedReportDate, dated)) {
      issue('expectedReportDate', `The report cannot be expected before ${datedName}.`);
    }
  })
  .meta({
    allOf: [
      ...typeDatesJsonRules,
      { if: when({ status: 'completed', type: 'type1' }), then: { required: ['asOf'] } },
      { if: when({ status: 'completed', type: 'type2' }), then: { required: ['periodStart', 'periodEnd'] } },
      { if: when({ status: 'completed' }), then: forbids('expectedReportDate'), else: forbids('opinion', 'reportDate') },
    ],
  });

export const Soc2Schema = z
  .object({
    engagements: z
      .array(EngagementSchema)
      .default([])
      .describe('SOC 2 examinations, completed and under way. An empty list means there is no SOC 2 report.'),
    sharing: z
      .object({
        nda: z.boolean().optional().describe('The report is shared under a non-disclosure agreement.'),
        trustPortalUrl: webUrl.optional().describe('Where customers request the report.'),
        contact: z.string().trim().min(1).optional().describe('Who to ask for the report, for example security@example.com.'),
      })
      .strict()
      .optional()
      .describe('How customers get the report.'),
    bridgeLetter: z
      .object({
        coversUntil: isoDate.describe('The last date the bridge letter speaks to.'),
        issuedOn: isoDate.optional().describe('When management signed it.'),
      })
      .strict()
      .optional()
      .describe('A bridge (gap) letter from management covering the time since the last period ended. It carries no auditor assurance.'),
    nextPeriod: z
      .object({
        type: z.enum(REPORT_TYPES).optional(),
        start: isoDate.optional().describe('First day of the next period (Type 2) or the planned "as of" date (Type 1).'),
        end: isoDate.optional().describe('Last day of the next period (Type 2).'),
        expectedReportDate: isoDate.optional(),
      })
      .strict()
      .optional()
      .describe('The next examination, if known.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const next = s.nextPeriod;
    if (next !== undefined && validDate(next.start) && validDate(next.end) && !before(next.start, next.end)) {
      ctx.addIssue({ code: 'custom', path: ['nextPeriod', 'end'], message: 'The next period must end after it starts.' });
    }
    const nextEnd = next?.end ?? next?.start;
    if (before(next?.expectedReportDate, nextEnd)) {
      ctx.addIssue({ code: 'custom', path: ['nextPeriod', 'expectedReportDate'], message: 'The next report cannot be expected before its period ends.' });
    }
    if (s.bridgeLetter !== undefined) {
      const ends = s.engagements
        .filter((e) => e.status === 'completed')
        .map((e) => (e.type === 'type1' ? e.asOf : e.periodEnd))
        .filter(validDate)
        .sort();
      const lastEnd = ends[ends.length - 1];
      if (lastEnd === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['bridgeLetter'],
          message: 'A bridge letter bridges from a completed report: add that report to "engagements" first.',
        });
      } else {
        if (validDate(s.bridgeLetter.coversUntil) && !before(lastEnd, s.bridgeLetter.coversUntil)) {
          ctx.addIssue({
            code: 'custom',
            path: ['bridgeLetter', 'coversUntil'],
            message: `A bridge letter covers time after the last report's period end (${lastEnd}).`,
          });
        }
        if (validDate(s.bridgeLetter.issuedOn) && !before(lastEnd, s.bridgeLetter.issuedOn)) {
          ctx.addIssue({
            code: 'custom',
            path: ['bridgeLetter', 'issuedOn'],
            message: `A bridge letter is signed after the last report's period end (${lastEnd}).`,
          });
        }
      }
    }
  });

export const OtherAssuranceSchema = z
  .object({
    iso27001: z
      .object({
        certified: z.boolean().describe('Whether an accredited certification body has issued an ISO/IEC 27001 certificate.'),
        version: z.enum(['2013', '2022']).optional().describe('The edition of ISO/IEC 27001 certified against.'),
        certificationBody: z.string().trim().min(1).optional(),
        certificateNumber: z.string().trim().min(1).optional(),
        issued: isoDate.optional(),
        expires: isoDate.optional(),
        scope: z.string().optional(),
      })
      .strict()
      .superRefine((iso, ctx) => {
        if (validDate(iso.issued) && validDate(iso.expires) && !before(iso.issued, iso.expires)) {
          ctx.addIssue({ code: 'custom', path: ['expires'], message: 'The certificate must expire after it was issued.' });
        }
        if (!iso.certified && iso.expires !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['expires'], message: 'Only an issued certificate has an expiry date: set "certified": true or remove "expires".' });
        }
      })
      .optional()
      .meta({ if: when({ certified: false }), then: forbids('expires') })
      .describe('ISO/IEC 27001: unlike SOC 2, this is a certification, issued by an accredited body.'),
    soc1: z
      .object({
        type: z.enum(REPORT_TYPES),
        asOf: isoDate.optional(),
        periodStart: isoDate.optional(),
        periodEnd: isoDate.optional(),
        cpaFirm: z.string().trim().min(1).optional(),
      })
      .strict()
      .superRefine((soc1, ctx) => {
        checkReportDates(soc1, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
      })
      .optional()
      .meta({ allOf: typeDatesJsonRules })
      .describe('A SOC 1 report (controls relevant to customers\u2019 financial reporting).'),
    soc3: z
      .object({
        available: z.boolean(),
        url: webUrl.optional(),
        periodEnd: isoDate.optional(),
      })
      .strict()
      .superRefine((soc3, ctx) => {
        if (!soc3.available && soc3.url !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['url'], message: 'A SOC 3 link needs "available": true.' });
        }
      })
      .optional()
      .meta({ if: when({ available: false }), then: forbids('url') })
      .describe('A SOC 3 report: the general-use summary that can be shared publicly.'),
    penetrationTests: z
      .array(
        z
          .object({
            date: isoDate.describe('When the test finished.'),
            firm: z.string().trim().min(1).optional().describe('The independent firm that performed it.'),
            scope: z.string().optional(),
            summaryAvailable: z.boolean().optional().describe('A summary or letter of attestation can be shared.'),
          })
          .strict(),
      )
      .optional()
      .describe('Third-party penetration tests, most recent first.'),
    frameworks: z
      .array(
        z
          .object({
            name: text.describe('For example PCI DSS, HITRUST, FedRAMP, HIPAA.'),
            status: text.describe('For example "Level 1 service provider AoC, valid until 2027-03-31".'),
          })
          .strict(),
      )
      .optional()
      .describe('Other frameworks and their status, in your own words.'),
  })
  .strict();

export const ControlsSchema = z
  .object({
    patching: z
      .object({
        automatedUpdates: z.boolean().optional().describe('Operating systems and packages update automatically.'),
        criticalWithinDays: z.number().int().positive().optional().describe('Critical vulnerabilities are patched within this many days.'),
        highWithinDays: z.number().int().positive().optional().describe('High vulnerabilities are patched within this many days.'),
        description: z.string().optional(),
      })
      .strict()
      .superRefine((p, ctx) => {
        if (p.criticalWithinDays !== undefined && p.highWithinDays !== undefined && p.criticalWithinDays > p.highWithinDays) {
          ctx.addIssue({ code: 'custom', path: ['criticalWithinDays'], message: 'Critical fixes should not have a longer deadline than high ones.' });
        }
      })
      .optional(),
    endpointManagement: z
      .object({
        centrallyManaged: z.boolean().optional(),
        tool: z.string().optional().describe('For example an MDM product.'),
        baselines: z.string().optional().describe('Configuration baselines enforced, for example disk encryption and screen lock.'),
      })
      .strict()
      .optional(),
    vulnerabilityScanning: z
      .object({
        cadence: z.enum(SCAN_CADENCES).optional(),
        tools: z.array(text).optional(),
        scope: z.string().optional(),
      })
      .strict()
      .optional(),
    incidentResponse: z
      .object({
        planExists: z.boolean().optional(),
        lastTested: isoDate.optional().describe('The last tabletop or exercise of the plan.'),
        notificationCommitment: z.string().optional().describe('For example "within 72 hours of confirmation".'),
      })
      .strict()
      .superRefine((ir, ctx) => {
        if (ir.planExists === false && ir.lastTested !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['lastTested'], message: 'A plan that does not exist cannot have been tested: set "planExists": true.' });
        }
      })
      .optional()
      .meta({ if: when({ planExists: false }), then: forbids('lastTested') }),
  })
  .strict();

export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    organization: z
      .object({
        name: text.describe('Your organization, as it should appear in answers.'),
        product: z.string().trim().min(1).optional().describe('The product or service the questionnaire is about.'),
      })
      .strict(),
    soc2: Soc2Schema.default({ engagements: [] }),
    otherAssurance: OtherAssuranceSchema.optional(),
    controls: ControlsSchema.optional(),
  })
  .strict();

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Engagement = z.infer<typeof EngagementSchema>;
export type Soc2 = z.infer<typeof Soc2Schema>;

/**
 * The assurance profile (`.attest/profile.json`): the one source of facts every answer is
 * composed from. This zod schema is the single source of truth: runtime validation, the
 * inferred TypeScript types, and (via `z.toJSONSchema`) the JSON Schema the editor uses.
 *
 * Cross-field rules live in `superRefine` checks with customer-readable messages. Where JSON
 * Schema (draft-7) can say the same thing (if/then, contains, uniqueItems), the rule is also
 * attached with `z.meta()` so the editor flags it while typing; date ordering cannot be said in
 * JSON Schema, so only the runtime check (and the diagnostics built on it) catches that.
 *
 * Written with `zod/mini` (functional, tree-shakable): the classic chained API would add about
 * 190 KB to every bundle that imports this file.
 */
import * as z from 'zod/mini';
import { CRITERION_IDS, validateCriterionId } from '../catalog/criteria';
import { CATEGORY_IDS, CATEGORY_LABELS, OPINION_MEANINGS, OPINIONS, type CategoryId, type Opinion } from './categories';

// zod/mini ships without messages ("Invalid input" for everything); install English, as classic zod
// does, unless a caller chose a locale already. Built-in issues without a message of ours (for
// example an empty "cpaFirm") then read the same as before.
if (z.config().localeError === undefined) {
  z.config(z.locales.en()); // the build keeps only English of zod's locales (scripts/build.mjs)
}

export { CATEGORY_IDS, CATEGORY_LABELS, OPINIONS };
export type { CategoryId, Opinion };

export const REPORT_TYPES = ['type1', 'type2'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const ENGAGEMENT_STATUSES = ['completed', 'in_progress', 'planned'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const FRAMEWORK_STATES = ['attested', 'certified', 'compliant', 'in_progress', 'not_applicable', 'not_pursued'] as const;
export type FrameworkState = (typeof FRAMEWORK_STATES)[number];

export const SCAN_CADENCES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly'] as const;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === 'string' && ISO_DATE_SHAPE.test(issue.input)
      ? `${issue.input} is not a calendar date.`
      : 'Use an ISO date: YYYY-MM-DD (for example 2026-06-30).',
}).check(z.meta({ errorMessage: 'Use a calendar date written YYYY-MM-DD (for example 2026-06-30).' }));
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

const text = z.string().check(z.trim(), z.minLength(1, { error: 'Must not be empty.' }));
/** Trimmed, non-empty text; when empty, zod's English default message (as before the move to zod/mini). */
const trimmedText = z.string().check(z.trim(), z.minLength(1));
const webUrl = z
  .url({ protocol: /^https?$/, error: 'Use a full web address starting with https:// or http://.' })
  .check(z.describe('A web address (https://…).'));

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

export const ExceptionSchema = z.strictObject({
  criterion: z
    .optional(
      z.string().check(
        z.superRefine((raw, ctx) => {
          const result = validateCriterionId(raw);
          if (!result.ok) {
            ctx.addIssue({ code: 'custom', message: result.message });
          } else if (result.id !== raw) {
            ctx.addIssue({ code: 'custom', message: `Write the criterion id as ${result.id}.` });
          }
        }),
      ),
    )
    .check(z.meta({ enum: [...CRITERION_IDS] }), z.describe('The criterion the exception was noted against, for example CC6.2.')),
  description: text.check(z.describe('A short, customer-safe description of the exception (what the auditor found).')),
  remediation: z.optional(trimmedText).check(z.describe("Management's response or remediation, in a sentence (not audited).")),
});

export const SubserviceSchema = z.strictObject({
  name: text.check(z.describe('The subservice organization, for example Amazon Web Services.')),
  services: z.optional(z.string()).check(z.describe('What it provides, for example "infrastructure hosting".')),
  method: z
    .enum(['carve-out', 'inclusive'])
    .check(z.describe('carve-out: named, but its controls are excluded from the report; inclusive: its relevant controls are described and tested.')),
  monitoring: z.optional(z.string()).check(z.describe('How you monitor it, for example "annual review of its SOC 2 Type 2 report".')),
  csocs: z
    .optional(z.array(text))
    .check(z.describe('Complementary subservice organization controls: what the report assumes this provider does.')),
});

export const EngagementSchema = z
  .strictObject({
    status: z
      .enum(ENGAGEMENT_STATUSES)
      .check(
        z.meta({ enumDescriptions: ['The CPA firm has issued the report.', 'The examination or its period is under way.', 'Not started yet.'] }),
        z.describe('completed: the report has been issued; in_progress: the examination or its period is under way; planned: not started.'),
      ),
    type: z
      .enum(REPORT_TYPES)
      .check(
        z.meta({ enumDescriptions: ['Type 1: design of controls as of one date (give "asOf").', 'Type 2: design and operating effectiveness over a period (give "periodStart" and "periodEnd").'] }),
        z.describe('type1: design of controls at a date; type2: design and operating effectiveness over a period.'),
      ),
    asOf: z.optional(isoDate).check(z.describe('Type 1 only: the date the report speaks to.')),
    periodStart: z.optional(isoDate).check(z.describe('Type 2 only: first day of the examination period.')),
    periodEnd: z.optional(isoDate).check(z.describe('Type 2 only: last day of the examination period. Freshness is measured from here.')),
    reportDate: z.optional(isoDate).check(z.describe('The date the CPA firm issued the report (not used for freshness).')),
    expectedReportDate: z.optional(isoDate).check(z.describe('In progress or planned: when the report is expected.')),
    cpaFirm: z.optional(trimmedText).check(z.describe('The licensed CPA firm that performs the examination.')),
    opinion: z
      .optional(
        z.enum(OPINIONS).check(
          z.meta({
            enumDescriptions: OPINIONS.map((o) => OPINION_MEANINGS[o]),
          }),
        ),
      )
      .check(z.describe("The auditor's opinion, as stated in the report. Only for completed reports.")),
    exceptions: z
      .optional(z.array(ExceptionSchema))
      .check(z.describe('Exceptions (deviations) in the tests of controls. An empty list means none were noted; leave it out if unknown.')),
    categories: z
      ._default(z.array(z.enum(CATEGORY_IDS)).check(z.minLength(1)), ['security'])
      .check(
        z.meta({ contains: { const: 'security' }, uniqueItems: true }),
        z.describe('Trust services categories in scope. Security is always in scope.'),
      ),
    system: z
      .optional(
        z.strictObject({
          name: text.check(z.describe('The system the report describes.')),
          boundary: z.optional(z.string()).check(z.describe('What the system boundary includes, in a sentence.')),
        }),
      )
      .check(z.describe('The system the report describes, and its boundary.')),
    subserviceOrganizations: z.optional(z.array(SubserviceSchema)).check(z.describe('Subservice organizations, such as the cloud provider.')),
    cuecs: z.optional(z.array(text)).check(z.describe('Complementary user entity controls: what customers are expected to do.')),
  })
  .check(
    z.superRefine((e, ctx) => {
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
      if (e.type === 'type1' && e.exceptions !== undefined && e.exceptions.length > 0) {
        // soc2-facts §2.8: only a Type 2 has tests of controls and their results.
        issue('exceptions', 'A Type 1 report has no tests of operating effectiveness, so it lists no test exceptions; a design deficiency shows in the opinion.');
      }
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
    }),
    z.meta({
      allOf: [
        ...typeDatesJsonRules,
        { if: when({ status: 'completed', type: 'type1' }), then: { required: ['asOf'] } },
        { if: when({ status: 'completed', type: 'type2' }), then: { required: ['periodStart', 'periodEnd'] } },
        { if: when({ status: 'completed' }), then: forbids('expectedReportDate'), else: forbids('opinion', 'reportDate') },
      ],
    }),
  );

export const Soc2Schema = z
  .strictObject({
    engagements: z
      ._default(z.array(EngagementSchema), [])
      .check(z.describe('SOC 2 examinations, completed and under way. An empty list means there is no SOC 2 report.')),
    sharing: z
      .optional(
        z.strictObject({
          nda: z.optional(z.boolean()).check(z.describe('The report is shared under a non-disclosure agreement.')),
          trustPortalUrl: z.optional(webUrl).check(z.describe('Where customers request the report.')),
          contact: z.optional(trimmedText).check(z.describe('Who to ask for the report, for example security@example.com.')),
        }),
      )
      .check(z.describe('How customers get the report.')),
    bridgeLetter: z
      .optional(
        z.strictObject({
          coversUntil: isoDate.check(z.describe('The last date the bridge letter speaks to; never after the date management signed it.')),
          issuedOn: z.optional(isoDate).check(z.describe('When management signed it.')),
        }),
      )
      .check(z.describe('A bridge (gap) letter from management covering the time since the last period ended. It carries no auditor assurance.')),
    nextPeriod: z
      .optional(
        z.strictObject({
          type: z.optional(z.enum(REPORT_TYPES)),
          start: z.optional(isoDate).check(z.describe('First day of the next period (Type 2) or the planned "as of" date (Type 1).')),
          end: z.optional(isoDate).check(z.describe('Last day of the next period (Type 2).')),
          expectedReportDate: z.optional(isoDate),
        }),
      )
      .check(z.describe('The next examination, if known.')),
  })
  .check(
    z.superRefine((s, ctx) => {
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
          // (A letter signed before the period ended already has its own error.)
          if (before(s.bridgeLetter.issuedOn, s.bridgeLetter.coversUntil) && before(lastEnd, s.bridgeLetter.issuedOn)) {
            ctx.addIssue({
              code: 'custom',
              path: ['bridgeLetter', 'coversUntil'],
              message: `A bridge letter speaks only to dates up to when management signed it (${s.bridgeLetter.issuedOn ?? ''}): "coversUntil" cannot be later.`,
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
    }),
  );

export const OtherAssuranceSchema = z.strictObject({
  iso27001: z
    .optional(
      z
        .strictObject({
          certified: z.boolean().check(z.describe('Whether an accredited certification body has issued an ISO/IEC 27001 certificate.')),
          version: z.optional(z.enum(['2013', '2022'])).check(z.describe('The edition of ISO/IEC 27001 certified against.')),
          certificationBody: z.optional(trimmedText),
          certificateNumber: z.optional(trimmedText),
          issued: z.optional(isoDate),
          expires: z.optional(isoDate),
          scope: z.optional(z.string()),
        })
        .check(
          z.superRefine((iso, ctx) => {
            if (validDate(iso.issued) && validDate(iso.expires) && !before(iso.issued, iso.expires)) {
              ctx.addIssue({ code: 'custom', path: ['expires'], message: 'The certificate must expire after it was issued.' });
            }
            if (!iso.certified && iso.expires !== undefined) {
              ctx.addIssue({ code: 'custom', path: ['expires'], message: 'Only an issued certificate has an expiry date: set "certified": true or remove "expires".' });
            }
          }),
        ),
    )
    .check(
      z.meta({ if: when({ certified: false }), then: forbids('expires') }),
      z.describe('ISO/IEC 27001: unlike SOC 2, this is a certification, issued by an accredited body.'),
    ),
  soc1: z
    .optional(
      z
        .strictObject({
          type: z.enum(REPORT_TYPES),
          asOf: z.optional(isoDate),
          periodStart: z.optional(isoDate),
          periodEnd: z.optional(isoDate),
          cpaFirm: z.optional(trimmedText),
        })
        .check(
          z.superRefine((soc1, ctx) => {
            checkReportDates(soc1, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
          }),
        ),
    )
    .check(z.meta({ allOf: typeDatesJsonRules }), z.describe('A SOC 1 report (controls relevant to customers\u2019 financial reporting).')),
  soc3: z
    .optional(
      z
        .strictObject({
          available: z.boolean(),
          url: z.optional(webUrl),
          periodEnd: z.optional(isoDate),
        })
        .check(
          z.superRefine((soc3, ctx) => {
            if (!soc3.available && soc3.url !== undefined) {
              ctx.addIssue({ code: 'custom', path: ['url'], message: 'A SOC 3 link needs "available": true.' });
            }
          }),
        ),
    )
    .check(
      z.meta({ if: when({ available: false }), then: forbids('url') }),
      z.describe('A SOC 3 report: the general-use summary that can be shared publicly.'),
    ),
  penetrationTests: z
    .optional(
      z.array(
        z.strictObject({
          date: isoDate.check(z.describe('When the test finished.')),
          firm: z.optional(trimmedText).check(z.describe('The independent firm that performed it.')),
          scope: z.optional(z.string()),
          summaryAvailable: z.optional(z.boolean()).check(z.describe('A summary or letter of attestation can be shared.')),
        }),
      ),
    )
    .check(z.describe('Third-party penetration tests, most recent first.')),
  frameworks: z
    .optional(
      z.array(
        z.strictObject({
          name: text.check(z.describe('For example PCI DSS, HITRUST, FedRAMP, HIPAA.')),
          status: text.check(z.describe('For example "Level 1 service provider AoC, valid until 2027-03-31".')),
          state: z
            .optional(z.enum(FRAMEWORK_STATES))
            .check(
              z.meta({
                enumDescriptions: [
                  'An independent assessor has attested to it (for example a PCI DSS AoC).',
                  'An accredited body has certified it.',
                  'You meet its requirements, without an independent attestation or certificate.',
                  'Work towards it is under way.',
                  'It does not apply to you (say why in "status").',
                  'You do not pursue it.',
                ],
              }),
              z.describe('The status in one word, so Yes/No questions such as "Are you PCI DSS compliant?" can be decided; "status" keeps the words answers use.'),
            ),
        }),
      ),
    )
    .check(z.describe('Other frameworks and their status, in your own words.')),
});

/** A whole number of days, at least 1. */
const positiveDays = z.number().check(z.int(), z.positive());

export const ControlsSchema = z.strictObject({
  patching: z.optional(
    z
      .strictObject({
        automatedUpdates: z.optional(z.boolean()).check(z.describe('Operating systems and packages update automatically.')),
        criticalWithinDays: z.optional(positiveDays).check(z.describe('Critical vulnerabilities are patched within this many days.')),
        highWithinDays: z.optional(positiveDays).check(z.describe('High vulnerabilities are patched within this many days.')),
        description: z.optional(z.string()),
      })
      .check(
        z.superRefine((p, ctx) => {
          if (p.criticalWithinDays !== undefined && p.highWithinDays !== undefined && p.criticalWithinDays > p.highWithinDays) {
            ctx.addIssue({ code: 'custom', path: ['criticalWithinDays'], message: 'Critical fixes should not have a longer deadline than high ones.' });
          }
        }),
      ),
  ),
  endpointManagement: z.optional(
    z.strictObject({
      centrallyManaged: z.optional(z.boolean()),
      tool: z.optional(z.string()).check(z.describe('For example an MDM product.')),
      baselines: z.optional(z.string()).check(z.describe('Configuration baselines enforced, for example disk encryption and screen lock.')),
    }),
  ),
  vulnerabilityScanning: z.optional(
    z.strictObject({
      cadence: z.optional(z.enum(SCAN_CADENCES)),
      tools: z.optional(z.array(text)),
      scope: z.optional(z.string()),
    }),
  ),
  incidentResponse: z
    .optional(
      z
        .strictObject({
          planExists: z.optional(z.boolean()),
          lastTested: z.optional(isoDate).check(z.describe('The last tabletop or exercise of the plan.')),
          notificationCommitment: z.optional(z.string()).check(z.describe('For example "within 72 hours of confirmation".')),
        })
        .check(
          z.superRefine((ir, ctx) => {
            if (ir.planExists === false && ir.lastTested !== undefined) {
              ctx.addIssue({ code: 'custom', path: ['lastTested'], message: 'A plan that does not exist cannot have been tested: set "planExists": true.' });
            }
          }),
        ),
    )
    .check(z.meta({ if: when({ planExists: false }), then: forbids('lastTested') })),
});

export const ProfileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  organization: z.strictObject({
    name: text.check(z.describe('Your organization, as it should appear in answers.')),
    product: z.optional(trimmedText).check(z.describe('The product or service the questionnaire is about.')),
  }),
  soc2: z._default(Soc2Schema, { engagements: [] }),
  otherAssurance: z.optional(OtherAssuranceSchema),
  controls: z.optional(ControlsSchema),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Engagement = z.infer<typeof EngagementSchema>;
export type Soc2 = z.infer<typeof Soc2Schema>;

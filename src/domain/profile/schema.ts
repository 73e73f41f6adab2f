/**
 * The assurance profile (`.attest/profile.json`): the one source of facts every answer is
 * composed from. This zod schema is the single source of truth: runtime validation, the
 * inferred TypeScript types, and (via `z.toJSONSchema`) the JSON Schema the editor uses.
 */
import { z } from 'zod';

export const CATEGORY_IDS = ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};

export const OPINIONS = ['unqualified', 'qualified', 'adverse', 'disclaimer'] as const;
export type Opinion = (typeof OPINIONS)[number];

const isoDate = z.iso.date({ error: 'Use an ISO date: YYYY-MM-DD.' });
const text = z.string().trim().min(1, { error: 'Must not be empty.' });
const webUrl = z
  .url({ protocol: /^https?$/, error: 'Use a full web address starting with https:// or http://.' })
  .describe('A web address (https://…).');

export const ExceptionSchema = z
  .object({
    criterion: z
      .string()
      .optional()
      .describe('The criterion the exception was noted against, for example CC6.2.'),
    description: text.describe('A short, customer-safe description of the exception and its remediation.'),
  })
  .strict();

export const SubserviceSchema = z
  .object({
    name: text.describe('The subservice organization, for example Amazon Web Services.'),
    services: z.string().optional().describe('What it provides, for example "infrastructure hosting".'),
    method: z
      .enum(['carve-out', 'inclusive'])
      .describe('carve-out: named but its controls are excluded from the report; inclusive: its controls are described and tested.'),
    monitoring: z
      .string()
      .optional()
      .describe('How you monitor it, for example "annual review of its SOC 2 Type 2 report".'),
  })
  .strict();

export const EngagementSchema = z
  .object({
    status: z
      .enum(['completed', 'in_progress', 'planned'])
      .describe('completed: the report has been issued; in_progress: the examination or its period is under way; planned: not started.'),
    type: z.enum(['type1', 'type2']).describe('type1: design at a date; type2: design and operating effectiveness over a period.'),
    asOf: isoDate.optional().describe('Type 1 only: the date the report speaks to.'),
    periodStart: isoDate.optional().describe('Type 2 only: first day of the examination period.'),
    periodEnd: isoDate.optional().describe('Type 2 only: last day of the examination period.'),
    reportDate: isoDate.optional().describe('The date the CPA firm issued the report (not used for freshness).'),
    expectedReportDate: isoDate.optional().describe('In progress or planned: when the report is expected.'),
    cpaFirm: z.string().trim().min(1).optional().describe('The licensed CPA firm that performs the examination.'),
    opinion: z.enum(OPINIONS).optional().describe("The auditor's opinion. Only for completed reports."),
    exceptions: z
      .array(ExceptionSchema)
      .optional()
      .describe('Exceptions (deviations) in the tests of controls. An empty list means none were noted; leave it out if unknown.'),
    categories: z
      .array(z.enum(CATEGORY_IDS))
      .min(1)
      .default(['security'])
      .describe('Trust services categories in scope. Security is always in scope.'),
    system: z
      .object({
        name: text.describe('The system the report describes.'),
        boundary: z.string().optional().describe('What the system boundary includes, in a sentence.'),
      })
      .strict()
      .optional(),
    subserviceOrganizations: z.array(SubserviceSchema).optional(),
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
    if (e.type === 'type1') {
      if (e.periodStart !== undefined || e.periodEnd !== undefined) {
        issue(e.periodStart !== undefined ? 'periodStart' : 'periodEnd', 'A Type 1 report speaks to a single date: use "asOf", not a period.');
      }
      if (e.status === 'completed' && e.asOf === undefined) {
        issue('asOf', 'A completed Type 1 report needs its "as of" date.');
      }
    } else {
      if (e.asOf !== undefined) {
        issue('asOf', 'A Type 2 report covers a period: use "periodStart" and "periodEnd", not "asOf".');
      }
      if (e.status === 'completed' && (e.periodStart === undefined || e.periodEnd === undefined)) {
        issue(e.periodStart === undefined ? 'periodStart' : 'periodEnd', 'A completed Type 2 report needs both "periodStart" and "periodEnd".');
      }
      if (e.periodStart !== undefined && e.periodEnd !== undefined && e.periodEnd <= e.periodStart) {
        issue('periodEnd', 'The period end must be after the period start.');
      }
    }
    if (e.status !== 'completed' && e.opinion !== undefined) {
      issue('opinion', 'Only a completed report has an opinion.');
    }
    if (e.status !== 'completed' && e.exceptions !== undefined && e.exceptions.length > 0) {
      issue('exceptions', 'Only a completed report lists exceptions.');
    }
    const dated = e.type === 'type1' ? e.asOf : e.periodEnd;
    if (e.reportDate !== undefined && dated !== undefined && e.reportDate < dated) {
      issue('reportDate', `The report cannot be issued before the ${e.type === 'type1' ? '"as of" date' : 'period end'}.`);
    }
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
      .optional(),
    bridgeLetter: z
      .object({
        coversUntil: isoDate.describe('The last date the bridge letter speaks to.'),
        issuedOn: isoDate.optional().describe('When management signed it.'),
      })
      .strict()
      .optional()
      .describe("A bridge (gap) letter from management covering the time since the last period ended. It carries no auditor assurance."),
    nextPeriod: z
      .object({
        type: z.enum(['type1', 'type2']).optional(),
        start: isoDate.optional(),
        end: isoDate.optional(),
        expectedReportDate: isoDate.optional(),
      })
      .strict()
      .optional()
      .describe('The next examination, if known.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const next = s.nextPeriod;
    if (next?.start !== undefined && next.end !== undefined && next.end <= next.start) {
      ctx.addIssue({ code: 'custom', path: ['nextPeriod', 'end'], message: 'The next period must end after it starts.' });
    }
  });

export const OtherAssuranceSchema = z
  .object({
    iso27001: z
      .object({
        certified: z.boolean().describe('Whether an accredited certification body has issued an ISO/IEC 27001 certificate.'),
        certificationBody: z.string().optional(),
        issued: isoDate.optional(),
        expires: isoDate.optional(),
        scope: z.string().optional(),
      })
      .strict()
      .optional(),
    soc1: z
      .object({
        type: z.enum(['type1', 'type2']),
        asOf: isoDate.optional(),
        periodStart: isoDate.optional(),
        periodEnd: isoDate.optional(),
        cpaFirm: z.string().optional(),
      })
      .strict()
      .optional(),
    soc3: z
      .object({
        available: z.boolean(),
        url: webUrl.optional(),
        periodEnd: isoDate.optional(),
      })
      .strict()
      .optional(),
    penetrationTests: z
      .array(
        z
          .object({
            date: isoDate.describe('When the test finished.'),
            firm: z.string().optional().describe('The independent firm that performed it.'),
            scope: z.string().optional(),
            summaryAvailable: z.boolean().optional().describe('A summary or letter of attestation can be shared.'),
          })
          .strict(),
      )
      .optional(),
    frameworks: z
      .array(
        z
          .object({
            name: text.describe('For example PCI DSS, HITRUST, FedRAMP, HIPAA.'),
            status: text.describe('For example "Level 1 service provider AoC, valid until 2027-03-31".'),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const ControlsSchema = z
  .object({
    patching: z
      .object({
        automatedUpdates: z.boolean().optional(),
        criticalWithinDays: z.number().int().positive().optional(),
        highWithinDays: z.number().int().positive().optional(),
        description: z.string().optional(),
      })
      .strict()
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
        cadence: z.enum(['continuous', 'daily', 'weekly', 'monthly', 'quarterly']).optional(),
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
      .optional(),
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

/**
 * Verdict development set: profile variants × today × a Yes/No question in the phrasing real
 * security questionnaires use (HECVAT, CAIQ, SIG, VSA, custom vendor forms) → the verdict the
 * facts support. Written from the questions' meaning, independently of the question reader.
 *
 * Labels:
 * - `yes` / `no`: the profile and `today` decide the question.
 * - `na`: the question presupposes a completed SOC 2 report that does not exist, or a framework
 *   whose profile `state` is `not_applicable`.
 * - `undetermined`: the profile does not hold the fact, the question is ambiguous, asks two
 *   things that are not decided the same, or asks beyond the facts. A person answers it.
 *
 * Freshness counts from the period end (Type 2) or the as-of date (Type 1), never from the
 * report date; a period that ended more than 12 months ago is not current, bridge letter or not.
 * Dates are chosen at least two weeks away from every 12-month boundary, except where a case says
 * it tests the boundary. A bridge letter never speaks to dates after it was signed, so the one
 * bridge letter here is signed on the day it covers until (and "covers today" holds on that day).
 * Framework entries carry the structured `state` where a case depends on it; one (Cyber
 * Essentials in no_soc2) has only free text, and its question is undetermined.
 *
 * NEAR_TOPIC holds questions that share a topic word with a control or assurance intent but ask
 * something the profile cannot answer; none of them should get that intent's answer.
 */
import type { ProfileInput } from '../../../src/domain/profile/schema';

export type Expected = 'yes' | 'no' | 'na' | 'undetermined';

export interface VerdictCase {
  profile: string;
  today: string;
  question: string;
  expected: Expected;
  why: string;
}

/** The structured framework state being added to the schema (`otherAssurance.frameworks[].state`). */
type FrameworkState = 'attested' | 'certified' | 'compliant' | 'in_progress' | 'not_applicable' | 'not_pursued';

/**
 * A framework entry. Built by a function (not written as a literal inside the profile) so the
 * `state` field type-checks both before and after the schema gains it.
 */
function framework(name: string, status: string, state?: FrameworkState): { name: string; status: string } {
  const entry = state === undefined ? { name, status } : { name, status, state };
  return entry;
}

export const PROFILES: Record<string, ProfileInput> = {
  /** Fresh Type 2 (period ended 2026-09-30), unqualified, no exceptions; AWS carved out; NDA and trust portal. */
  fresh_clean: {
    organization: { name: 'Fernhill Analytics Ltd', product: 'Fernhill Insights' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2025-10-01',
          periodEnd: '2026-09-30',
          reportDate: '2026-11-12',
          cpaFirm: 'Halvorsen & Kite LLP',
          opinion: 'unqualified',
          exceptions: [],
          categories: ['security', 'availability', 'confidentiality'],
          system: { name: 'Fernhill Insights platform', boundary: 'The hosted analytics application, its APIs and the production AWS accounts.' },
          subserviceOrganizations: [
            {
              name: 'Amazon Web Services',
              services: 'Infrastructure hosting',
              method: 'carve-out',
              monitoring: 'Annual review of the AWS SOC 2 Type 2 report.',
            },
          ],
          cuecs: ['Customers manage their own users and enable single sign-on.'],
        },
      ],
      sharing: { nda: true, trustPortalUrl: 'https://trust.fernhill.example', contact: 'security@fernhill.example' },
      nextPeriod: { type: 'type2', start: '2026-10-01', end: '2027-09-30', expectedReportDate: '2027-11-15' },
    },
    otherAssurance: {
      iso27001: {
        certified: true,
        version: '2022',
        certificationBody: 'Meridian Certification Services Ltd',
        certificateNumber: 'MCS-ISMS-51022',
        issued: '2025-03-01',
        expires: '2028-02-28',
      },
      soc3: { available: true, url: 'https://fernhill.example/soc3.pdf', periodEnd: '2026-09-30' },
      penetrationTests: [
        { date: '2026-08-20', firm: 'Bramblecourt Security Testing Ltd', scope: 'Web application and public APIs', summaryAvailable: true },
        { date: '2025-08-14', firm: 'Bramblecourt Security Testing Ltd', scope: 'Web application and public APIs', summaryAvailable: true },
      ],
      frameworks: [framework('PCI DSS', 'Not applicable: no cardholder data is stored, processed or transmitted.', 'not_applicable')],
    },
    controls: {
      patching: { automatedUpdates: true, criticalWithinDays: 7, highWithinDays: 30 },
      endpointManagement: {
        centrallyManaged: true,
        tool: 'Jamf Pro',
        baselines: 'Full-disk encryption (FileVault), screen lock after 5 minutes, firewall on, EDR agent installed.',
      },
      vulnerabilityScanning: { cadence: 'weekly', tools: ['Amazon Inspector', 'Dependabot'], scope: 'Production hosts and dependencies.' },
      incidentResponse: {
        planExists: true,
        lastTested: '2026-04-14',
        notificationCommitment: 'Affected customers are notified within 72 hours of confirming a security incident.',
      },
    },
  },

  /** Type 2 (ended 2026-03-31), unqualified with two exceptions, all five categories; Azure carved out; NDA, no portal. */
  type2_exceptions: {
    organization: { name: 'Quillon Health Systems, Inc.', product: 'Quillon Care Portal' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2025-04-01',
          periodEnd: '2026-03-31',
          reportDate: '2026-05-20',
          cpaFirm: 'Brightwater Assurance LLP',
          opinion: 'unqualified',
          exceptions: [
            {
              criterion: 'CC6.2',
              description: 'For 1 of 25 leavers sampled, access was removed three days late.',
              remediation: 'Leaver access is now removed automatically from the HR system.',
            },
            { criterion: 'CC7.2', description: 'Alert review evidence was missing for 2 of 40 sampled days.' },
          ],
          categories: ['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy'],
          system: { name: 'Quillon Care Portal' },
          subserviceOrganizations: [{ name: 'Microsoft Azure', services: 'Cloud hosting', method: 'carve-out' }],
        },
      ],
      sharing: { nda: true, contact: 'trust@quillon.example' },
      nextPeriod: { type: 'type2', start: '2026-04-01', end: '2027-03-31', expectedReportDate: '2027-05-31' },
    },
    otherAssurance: {
      iso27001: { certified: true, version: '2013', certificationBody: 'Northgate Registrars', issued: '2023-10-01', expires: '2026-09-30' },
      penetrationTests: [{ date: '2025-07-15', firm: 'Redgate Offensive Labs', summaryAvailable: false }],
      frameworks: [
        framework('HIPAA', 'Compliant; annual HIPAA risk assessment completed.', 'compliant'),
        framework('HITRUST', 'r2 assessment under way with an external assessor.', 'in_progress'),
      ],
    },
    controls: {
      patching: { automatedUpdates: false, criticalWithinDays: 3, highWithinDays: 14 },
      endpointManagement: { centrallyManaged: true, tool: 'Microsoft Intune', baselines: 'Screen lock after 10 minutes and anti-malware.' },
      vulnerabilityScanning: { cadence: 'monthly', tools: ['Tenable Nessus'] },
      incidentResponse: {
        planExists: true,
        lastTested: '2025-06-30',
        notificationCommitment: 'Customers are notified within 24 hours of a confirmed incident affecting their data.',
      },
    },
  },

  /** Six-month Type 2 (2026-01-01 to 2026-06-30), qualified, one exception, Security only; Rackspace inclusive; no NDA, trust portal. */
  type2_qualified: {
    organization: { name: 'Tallow & Finch Payments Ltd', product: 'Finch Checkout' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          reportDate: '2026-08-28',
          cpaFirm: 'Marlowe Penn CPAs',
          opinion: 'qualified',
          exceptions: [{ criterion: 'CC8.1', description: 'Change approvals were not evidenced for 9 of 30 sampled production changes.' }],
          categories: ['security'],
          system: { name: 'Finch Checkout' },
          subserviceOrganizations: [{ name: 'Rackspace Technology', services: 'Managed hosting', method: 'inclusive' }],
        },
      ],
      sharing: { nda: false, trustPortalUrl: 'https://trust.tallowfinch.example' },
    },
    otherAssurance: {
      iso27001: { certified: false },
      soc3: { available: false },
      frameworks: [framework('PCI DSS', 'Level 1 service provider, ROC and AoC from a QSA.', 'compliant')],
    },
    controls: {
      patching: { criticalWithinDays: 10, highWithinDays: 30 },
      vulnerabilityScanning: { cadence: 'daily' },
    },
  },

  /** Type 2 (ended 2026-08-31) with an adverse opinion and three exceptions; GCP carved out. */
  adverse: {
    organization: { name: 'Brackenridge Logistics Software, Inc.', product: 'Brackenridge Route' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2025-09-01',
          periodEnd: '2026-08-31',
          reportDate: '2026-10-30',
          cpaFirm: 'Ashby Quell LLP',
          opinion: 'adverse',
          exceptions: [
            { criterion: 'CC6.1', description: 'Shared administrator accounts were in use on production databases.' },
            { criterion: 'CC6.3', description: 'Quarterly access reviews were not performed in two quarters.' },
            { criterion: 'CC7.1', description: 'Vulnerability scans were not run for four months.' },
          ],
          categories: ['security', 'availability', 'processing_integrity'],
          subserviceOrganizations: [{ name: 'Google Cloud Platform', method: 'carve-out' }],
        },
      ],
      sharing: { nda: true, trustPortalUrl: 'https://trust.brackenridge.example' },
      nextPeriod: { type: 'type2', start: '2026-09-01', end: '2027-08-31' },
    },
  },

  /** Six-month Type 2 (2025-11-01 to 2026-04-30), disclaimer of opinion, exceptions not recorded. */
  disclaimer: {
    organization: { name: 'Cinderpath Labs Pty Ltd', product: 'Cinderpath Docs' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2025-11-01',
          periodEnd: '2026-04-30',
          reportDate: '2026-07-15',
          cpaFirm: 'Ferro & Aldana CPAs',
          opinion: 'disclaimer',
          categories: ['security', 'confidentiality'],
        },
      ],
      sharing: { nda: true },
    },
  },

  /** Only a Type 1 (as of 2026-06-30); a Type 2 for 2026-07-01 to 2026-12-31 in progress. */
  type1_only: {
    organization: { name: 'Larkspur Identity, Inc.', product: 'Larkspur SSO' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type1',
          asOf: '2026-06-30',
          reportDate: '2026-08-15',
          cpaFirm: 'Okafor Lindqvist LLP',
          opinion: 'unqualified',
          categories: ['security', 'confidentiality'],
          system: { name: 'Larkspur SSO' },
          subserviceOrganizations: [{ name: 'Amazon Web Services', method: 'carve-out' }],
        },
        {
          status: 'in_progress',
          type: 'type2',
          periodStart: '2026-07-01',
          periodEnd: '2026-12-31',
          expectedReportDate: '2027-02-28',
          cpaFirm: 'Okafor Lindqvist LLP',
          categories: ['security', 'confidentiality'],
        },
      ],
      sharing: { nda: true, trustPortalUrl: 'https://trust.larkspur.example' },
    },
    otherAssurance: {
      penetrationTests: [{ date: '2026-01-20', firm: 'Cobalt Ridge Security', summaryAvailable: true }],
    },
    controls: {
      patching: { automatedUpdates: true, criticalWithinDays: 7, highWithinDays: 30 },
      vulnerabilityScanning: { cadence: 'continuous', tools: ['Wiz'] },
      incidentResponse: { planExists: true, notificationCommitment: 'Within 72 hours of confirmation.' },
    },
  },

  /** Stale Type 2 (ended 2025-06-30), no bridge letter, nothing in progress or planned. */
  stale_no_bridge: {
    organization: { name: 'Ormsby Freight Data Ltd', product: 'Ormsby Track' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2024-07-01',
          periodEnd: '2025-06-30',
          reportDate: '2025-08-20',
          cpaFirm: 'Pemberton Shaw LLP',
          opinion: 'unqualified',
          exceptions: [],
          categories: ['security', 'availability'],
          subserviceOrganizations: [{ name: 'Amazon Web Services', method: 'carve-out' }],
        },
      ],
      sharing: { nda: true, contact: 'security@ormsby.example' },
    },
    otherAssurance: {
      soc3: { available: false },
      penetrationTests: [{ date: '2025-03-01', firm: 'Hexline Penetration Testing' }],
      frameworks: [framework('FedRAMP', 'Not pursued; we do not sell to US federal agencies.', 'not_pursued')],
    },
    controls: {
      patching: { criticalWithinDays: 7, highWithinDays: 30 },
      incidentResponse: {
        planExists: true,
        lastTested: '2025-11-05',
        notificationCommitment: 'Customers are notified within 5 business days of a confirmed breach.',
      },
    },
  },

  /** Stale Type 2 (ended 2025-09-30) with a management bridge letter to 2026-12-01; next Type 2 in progress. */
  stale_bridge: {
    organization: { name: 'Vantreece Cloud Services, LLC', product: 'Vantreece Backup' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2024-10-01',
          periodEnd: '2025-09-30',
          reportDate: '2025-11-20',
          cpaFirm: 'Holloway Grant CPAs',
          opinion: 'unqualified',
          exceptions: [{ criterion: 'A1.3', description: 'The annual restore test was completed two months late.' }],
          categories: ['security', 'availability', 'confidentiality'],
        },
        {
          status: 'in_progress',
          type: 'type2',
          periodStart: '2025-10-01',
          periodEnd: '2026-09-30',
          expectedReportDate: '2026-12-18',
          cpaFirm: 'Holloway Grant CPAs',
          categories: ['security', 'availability', 'confidentiality'],
        },
      ],
      sharing: { nda: true, trustPortalUrl: 'https://trust.vantreece.example', contact: 'grc@vantreece.example' },
      bridgeLetter: { coversUntil: '2026-12-01', issuedOn: '2026-12-01' },
    },
    otherAssurance: {
      frameworks: [framework('PCI DSS', 'Level 1 service provider; Attestation of Compliance signed by a QSA, 2026-05-12.', 'attested')],
    },
  },

  /** First SOC 2 (Type 2, 2026-06-01 to 2026-11-30) in progress; nothing completed yet. */
  in_progress_only: {
    organization: { name: 'Pellucid Forms, Inc.', product: 'Pellucid' },
    soc2: {
      engagements: [
        {
          status: 'in_progress',
          type: 'type2',
          periodStart: '2026-06-01',
          periodEnd: '2026-11-30',
          expectedReportDate: '2027-01-31',
          cpaFirm: 'Tanaka Reyes LLP',
          categories: ['security', 'availability'],
        },
      ],
      sharing: { nda: true },
    },
    otherAssurance: {
      iso27001: { certified: false },
      penetrationTests: [{ date: '2026-10-05', firm: 'Keystone Red Team LLC', summaryAvailable: true }],
    },
    controls: {
      patching: { automatedUpdates: true, criticalWithinDays: 14, highWithinDays: 30 },
      endpointManagement: {
        centrallyManaged: true,
        tool: 'Kandji and Intune',
        baselines: 'Full-disk encryption (BitLocker and FileVault), screen lock, MDM-enforced OS updates.',
      },
      vulnerabilityScanning: { cadence: 'weekly', tools: ['Qualys'] },
      incidentResponse: { planExists: true, lastTested: '2026-09-10', notificationCommitment: 'Within 48 hours of confirming an incident.' },
    },
  },

  /** A Type 2 planned for 2027 (not started); ISO 27001:2022 certified until 2027-04-30. */
  planned_only: {
    organization: { name: 'Gristmill Robotics Ltd', product: 'Gristmill Fleet' },
    soc2: {
      engagements: [
        {
          status: 'planned',
          type: 'type2',
          periodStart: '2027-03-01',
          periodEnd: '2027-08-31',
          expectedReportDate: '2027-10-15',
          categories: ['security'],
        },
      ],
    },
    otherAssurance: {
      iso27001: { certified: true, version: '2022', certificationBody: 'BSI', issued: '2024-05-01', expires: '2027-04-30' },
      frameworks: [framework('Cyber Essentials Plus', 'Certified by an IASME certification body.', 'certified')],
    },
    controls: {
      patching: { highWithinDays: 60 },
      vulnerabilityScanning: { cadence: 'quarterly' },
    },
  },

  /** No SOC 2 at all and none planned; ISO 27001 certified; PCI DSS compliant, HIPAA not applicable. */
  no_soc2: {
    organization: { name: 'Heronsgate Data Ltd', product: 'Heronsgate CRM' },
    soc2: { engagements: [] },
    otherAssurance: {
      iso27001: { certified: true, version: '2022', certificationBody: 'LRQA', issued: '2025-06-01', expires: '2028-05-31' },
      frameworks: [
        framework('PCI DSS', 'v4.0.1 Level 2 service provider, SAQ D.', 'compliant'),
        framework('HIPAA', 'Not applicable: we hold no protected health information.', 'not_applicable'),
        framework('Cyber Essentials', 'Self-assessment submitted; outcome pending.'),
      ],
    },
    controls: {
      patching: { automatedUpdates: true, criticalWithinDays: 5, highWithinDays: 20 },
      endpointManagement: { centrallyManaged: false },
    },
  },

  /** An older Type 1 (as of 2025-03-31, one firm) and a newer Type 2 (ended 2026-03-31, another firm); AWS carve-out, Equinix inclusive; SOC 1. */
  multi_engagement: {
    organization: { name: 'Alderbank Payroll Cloud, Inc.', product: 'Alderbank Payroll' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type1',
          asOf: '2025-03-31',
          reportDate: '2025-05-10',
          cpaFirm: 'Okafor Lindqvist LLP',
          opinion: 'unqualified',
          categories: ['security'],
          system: { name: 'Alderbank Payroll' },
        },
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2025-04-01',
          periodEnd: '2026-03-31',
          reportDate: '2026-05-15',
          cpaFirm: 'Castellan Whitby LLP',
          opinion: 'unqualified',
          exceptions: [],
          categories: ['security', 'availability', 'privacy'],
          system: { name: 'Alderbank Payroll' },
          subserviceOrganizations: [
            { name: 'Amazon Web Services', services: 'Primary hosting', method: 'carve-out' },
            { name: 'Equinix', services: 'Colocation for the backup site', method: 'inclusive' },
          ],
        },
      ],
      sharing: { nda: true, trustPortalUrl: 'https://trust.alderbank.example' },
      nextPeriod: { type: 'type2', start: '2026-04-01', end: '2027-03-31', expectedReportDate: '2027-05-31' },
    },
    otherAssurance: {
      soc1: { type: 'type2', periodStart: '2025-04-01', periodEnd: '2026-03-31', cpaFirm: 'Castellan Whitby LLP' },
      soc3: { available: false },
      frameworks: [framework('PCI DSS', 'Not applicable; card payments are handled by our processor.', 'not_applicable')],
    },
  },

  /** Nine-month Type 2 (2025-12-01 to 2026-08-31), unqualified, exceptions unknown; not under NDA, no portal; no IR plan. */
  nda_false_unknown: {
    organization: { name: 'Saltmarsh Media Group plc', product: 'Saltmarsh Publisher' },
    soc2: {
      engagements: [
        {
          status: 'completed',
          type: 'type2',
          periodStart: '2025-12-01',
          periodEnd: '2026-08-31',
          reportDate: '2026-10-20',
          cpaFirm: 'Grayling Ostrowski LLP',
          opinion: 'unqualified',
          categories: ['security', 'availability', 'processing_integrity'],
          subserviceOrganizations: [
            { name: 'Cloudflare', services: 'CDN and WAF', method: 'carve-out' },
            { name: 'DigitalOcean', services: 'Compute and managed databases', method: 'inclusive' },
          ],
        },
      ],
      sharing: { nda: false, contact: 'compliance@saltmarsh.example' },
    },
    otherAssurance: {
      soc3: { available: true, url: 'https://saltmarsh.example/trust/soc3.pdf' },
      penetrationTests: [{ date: '2025-11-20' }],
    },
    controls: {
      incidentResponse: { planExists: false },
      vulnerabilityScanning: { cadence: 'monthly' },
    },
  },
};

type Row = readonly [question: string, expected: Expected, why: string];

function at(profile: string, today: string, rows: readonly Row[]): VerdictCase[] {
  return rows.map(([question, expected, why]) => ({ profile, today, question, expected, why }));
}

export const VERDICT_CASES: readonly VerdictCase[] = [
  // ── fresh_clean, two months after the period end ─────────────────────────────────────────
  ...at('fresh_clean', '2026-12-03', [
    ['Do you have a SOC 2 Type II report?', 'yes', 'A completed Type 2 engagement exists.'],
    ['SOC2 Type 2 report available?', 'yes', 'A completed Type 2 engagement exists.'],
    ['Y/N: Current SOC 2 Type II attestation report', 'yes', 'Completed Type 2; period ended 2026-09-30, about two months before today.'],
    ['Is your most recent SOC 2 report less than 12 months old?', 'yes', 'Period ended 2026-09-30, about two months before today.'],
    ['Has your organization completed a SOC II Type 2 examination in the last twelve months?', 'yes', 'Type 2 period ended 2026-09-30 and the report was issued 2026-11-12.'],
    ['Is the SOC 2 report older than one year?', 'no', 'Period ended 2026-09-30, about two months ago.'],
    ['Is your SOC 2 report more than nine months old?', 'no', 'Period ended 2026-09-30, about two months ago.'],
    ['Was your SOC 2 report issued in the last six months?', 'yes', 'Period ended 2026-09-30 and the report was issued 2026-11-12, both within six months.'],
    ['Does the audit period cover a full twelve months?', 'yes', 'Period 2025-10-01 to 2026-09-30 is twelve months.'],
    ['Does the Type 2 report cover at least six months of operating effectiveness?', 'yes', 'Period 2025-10-01 to 2026-09-30 is twelve months.'],
    ['Indicate if Availability is included in the scope of your SOC 2.', 'yes', 'Categories in scope include availability.'],
    ['Does your SOC 2 report cover the Privacy trust services criteria?', 'no', 'Categories in scope are security, availability and confidentiality.'],
    ['Does the SOC 2 report address all five Trust Services Categories?', 'no', 'Three of the five categories are in scope.'],
    ['Is the report limited to the Security category only?', 'no', 'Availability and confidentiality are also in scope.'],
    ['Is Confidentiality one of the trust services categories in scope?', 'yes', 'Categories in scope include confidentiality.'],
    ['Does your SOC 2 report include the controls of Amazon Web Services?', 'no', 'AWS is a carve-out subservice organization.'],
    ['Is AWS carved out of your SOC 2 report?', 'yes', 'AWS subservice method is carve-out.'],
    ['Does the report cover Oracle Cloud?', 'undetermined', 'Oracle Cloud is not among the subservice organizations in the profile.'],
    // The provider's own assurance: listing AWS as a subservice organization says nothing of AWS's reports.
    ['Does your data center provider hold a current SOC 2 Type 2 report?', 'undetermined', "Asks about the provider's own report, which the profile does not record."],
    ['Does your cloud provider have a SOC 2 report?', 'undetermined', "Asks about the provider's own report, which the profile does not record."],
    ['Does AWS have an ISO 27001 certificate?', 'undetermined', "Asks about AWS's own certification, which the profile does not record."],
    ["Do you review your hosting provider's SOC 2 report?", 'undetermined', 'The review is in free text only.'],
    ['Was the auditor\'s opinion unqualified?', 'yes', 'Opinion is unqualified.'],
    ['Did your SOC 2 receive a clean opinion?', 'yes', 'Opinion is unqualified.'],
    ['Did the service auditor issue a qualified opinion?', 'no', 'Opinion is unqualified.'],
    ['Was the opinion adverse?', 'no', 'Opinion is unqualified.'],
    ['Please confirm whether any exceptions were noted in the SOC 2 report.', 'no', 'Exceptions list is empty.'],
    ['Is the report free of exceptions?', 'yes', 'Exceptions list is empty.'],
    ['Please confirm that no exceptions or deviations were noted in your most recent SOC 2.', 'yes', 'Exceptions list is empty.'],
    ['Was the report issued without any exceptions?', 'yes', 'Exceptions list is empty.'],
    ['Was the SOC 2 examination performed by an independent CPA firm?', 'yes', 'Completed report with cpaFirm Halvorsen & Kite LLP.'],
    ['Was your SOC 2 audit conducted by Halvorsen & Kite?', 'yes', 'cpaFirm is Halvorsen & Kite LLP.'],
    ['Was the audit performed by Deloitte?', 'no', 'cpaFirm is Halvorsen & Kite LLP.'],
    ['Was your SOC 2 audit performed by Vanta?', 'no', 'cpaFirm is Halvorsen & Kite LLP; a compliance platform does not perform the examination.'],
    ['Was the audit carried out by a non-CPA firm?', 'no', 'cpaFirm Halvorsen & Kite LLP performed it.'],
    ['Is the report issued under SSAE 18?', 'yes', 'A completed SOC 2 is an AICPA attestation under SSAE 18 (AT-C 205).'],
    ['Is your SOC 2 an SSAE 16 report?', 'no', 'Period ended 2026; SSAE 16 was superseded in 2017.'],
    ['Was the engagement performed under ISAE 3000?', 'undetermined', 'The profile does not record an ISAE 3000 engagement.'],
    ['Can you provide your SOC 2 report under a non-disclosure agreement?', 'yes', 'sharing.nda is true.'],
    ['Is the SOC 2 report publicly available on your website?', 'no', 'The report is shared under NDA.'],
    ['Can the report be requested through your trust portal?', 'yes', 'sharing.trustPortalUrl is set.'],
    ['Can you send us the report today?', 'undetermined', 'Whether it can be sent today is not a profile fact.'],
    ['Is your SOC 2 report valid until at least June 2027?', 'undetermined', 'A SOC 2 report has no validity or expiry date.'],
    ['Has your SOC 2 report expired?', 'undetermined', 'SOC 2 reports do not expire; freshness is a judgement by period end.'],
    ['Is your next SOC 2 audit scheduled?', 'yes', 'nextPeriod is recorded (2026-10-01 to 2027-09-30).'],
    // Issue 12 audit: "next … available / issued / complete" was read as "next … scheduled" and got a Yes.
    ['Is your next SOC 2 report already available?', 'no', 'The next period (to 2027-09-30) has not ended; its report is not out.'],
    ['Has your next SOC 2 report been issued?', 'no', 'The next report is expected after the next period ends.'],
    ['Is your upcoming SOC 2 Type 2 report complete?', 'no', 'The upcoming Type 2 covers 2026-10-01 to 2027-09-30.'],
    ['Do you already have your next SOC 2 report?', 'no', 'The next period has not ended.'],
    ['Do you plan to renew your SOC 2 Type 2 next year?', 'yes', 'nextPeriod is a Type 2 for 2026-10-01 to 2027-09-30.'],
    ['Do you have a bridge letter?', 'no', 'The profile records no bridge letter.'],
    ['Do you have a SOC 2? If so, please attach it.', 'yes', 'A completed SOC 2 exists; the "if so" part is an instruction.'],
    ['Do you have a SOC 2 Type II? If not, do you plan to obtain one?', 'yes', 'A completed Type 2 exists, so the "if not" part does not apply.'],
    ['Do you hold both a SOC 2 Type II report and an ISO 27001 certificate?', 'yes', 'Completed Type 2 and a current ISO 27001 certificate.'],
    ['Is your SOC 2 current, and does it include Privacy?', 'undetermined', 'Two questions decided differently (current yes, privacy no).'],
    ['Does your SOC 2 Type 2 cover the Fernhill Insights platform?', 'yes', 'The system in scope is the Fernhill Insights platform.'],
    ['Does the SOC 2 report cover your mobile apps?', 'undetermined', 'The profile does not say whether mobile apps are in the system boundary.'],
    ['Has your report not been qualified?', 'undetermined', 'Negative question: a bare Yes or No would be read both ways.'],
    ['Are you SOC 2 compliant?', 'yes', 'A current Type 2 with an unqualified opinion exists (the wording "compliant" aside).'],
    ['Do you patch critical vulnerabilities within 14 days?', 'yes', 'criticalWithinDays is 7.'],
    ['Are critical security patches applied within 72 hours?', 'no', 'criticalWithinDays is 7, longer than 72 hours.'],
    ['Are high-risk vulnerabilities remediated within 30 days?', 'yes', 'highWithinDays is 30.'],
    ['Are high severity findings fixed within two weeks?', 'no', 'highWithinDays is 30.'],
    ['Are all patches applied within 30 days?', 'undetermined', 'No severity named; the profile has deadlines only for critical and high.'],
    ['Indicate whether operating system updates are applied automatically.', 'yes', 'patching.automatedUpdates is true.'],
    ['Do you perform vulnerability scans at least monthly?', 'yes', 'Scanning cadence is weekly.'],
    ['Are vulnerability scans run daily?', 'no', 'Scanning cadence is weekly.'],
    ['Are endpoints centrally managed (e.g. via MDM)?', 'yes', 'endpointManagement.centrallyManaged is true.'],
    ['Is full-disk encryption enforced on employee laptops?', 'yes', 'Endpoint baselines include full-disk encryption.'],
    ['Are any of your laptops not centrally managed?', 'undetermined', 'The profile says endpoints are centrally managed but not that every device is.'],
    ['Has your incident response plan been tested in the last 12 months?', 'yes', 'Incident plan last tested 2026-04-14.'],
    ['Will you notify us of a breach within 24 hours?', 'no', 'Notification commitment is within 72 hours.'],
    ['Do you commit to notifying affected customers within 72 hours?', 'yes', 'Notification commitment is within 72 hours.'],
    ['Are customers informed of security incidents within 5 days?', 'yes', 'Notification commitment is within 72 hours, inside five days.'],
    ['Has your organisation had a penetration test performed within the past year?', 'yes', 'Latest penetration test 2026-08-20.'],
    ['Is penetration testing performed by an independent third party?', 'yes', 'Tests performed by Bramblecourt Security Testing Ltd.'],
    ['Do you conduct penetration tests quarterly?', 'undetermined', 'Two tests a year apart are recorded; the profile does not state a cadence.'],
    ['Are you ISO 27001 certified?', 'yes', 'ISO 27001 certified, expires 2028-02-28.'],
    ['Is your ISO/IEC 27001 certification to the 2022 version of the standard?', 'yes', 'ISO 27001 version 2022.'],
    ['Is a SOC 3 report available?', 'yes', 'soc3.available is true.'],
    ['Are you PCI DSS compliant?', 'na', 'PCI DSS state is not_applicable.'],
    ['Do you have a SOC 1 report?', 'undetermined', 'The profile records nothing about SOC 1.'],
    ['Does your SOC 2 report include a HIPAA mapping (SOC 2+)?', 'undetermined', 'Additional subject matter (SOC 2+) is not recorded.'],
    ['Is your SOC 2 report signed by a partner of the CPA firm?', 'undetermined', 'Who signed the report is not recorded.'],
    ['Is your service auditor licensed in every US state?', 'undetermined', 'The firm\'s licensing is not recorded.'],
    ['Does the SOC 2 cover all of your products and services?', 'undetermined', 'Only one system is named; the profile does not list every product.'],
    ['Are all complementary user entity controls performed by you on our behalf?', 'undetermined', 'CUECs are the customer\'s to perform; the question asks beyond the facts.'],
    ['Is vulnerability scanning authenticated (credentialed)?', 'undetermined', 'Scan configuration is not recorded.'],
    ['Are scan results triaged by a named owner within 24 hours?', 'undetermined', 'Triage timing is not recorded.'],
    ['Is your incident response plan reviewed annually by the board?', 'undetermined', 'Board review is not recorded; lastTested is an exercise date.'],
    ['Does your SOC 2 report include your EU data centres?', 'undetermined', 'The boundary names AWS accounts, not regions.'],
    ['Is the report free of exceptions and not shared only under NDA?', 'undetermined', 'Confusing double condition with a negation.'],
    ['Can the report be shared with our external auditors and regulators without restriction?', 'undetermined', 'Onward-sharing terms are not recorded.'],
    ['Do you have a SOC 2 Type 3 report?', 'undetermined', 'There is no SOC 2 Type 3; the question is not understood.'],
  ]),
  // ── fresh_clean, fourteen months after the period end ────────────────────────────────────
  ...at('fresh_clean', '2027-11-20', [
    ['Is your SOC 2 report current?', 'no', 'Period ended 2026-09-30, more than 12 months before today.'],
    ['Is the SOC 2 report more than 12 months old?', 'yes', 'Period ended 2026-09-30, about 14 months before today.'],
    ['Do you have a SOC 2 Type 2 report covering a period that ended within the last year?', 'no', 'Last period ended 2026-09-30.'],
    ['Do you have a SOC 2 Type II report?', 'yes', 'A completed Type 2 exists, though it is not current.'],
    ['Has the incident response plan been exercised within the past 12 months?', 'no', 'Incident plan last tested 2026-04-14, about 19 months ago.'],
    ['Has a third-party penetration test been completed in the last 12 months?', 'no', 'Latest penetration test 2026-08-20, about 15 months ago.'],
    ['Is your ISO 27001 certificate still valid?', 'yes', 'ISO 27001 expires 2028-02-28, after today.'],
    ['Do you have a bridge letter covering the period since your last SOC 2?', 'no', 'The profile records no bridge letter.'],
    ['Is the SOC 2 report still valid?', 'undetermined', 'SOC 2 reports do not expire; "valid" is not a fact the profile holds.'],
  ]),

  // ── type2_exceptions ─────────────────────────────────────────────────────────────────────
  ...at('type2_exceptions', '2026-12-03', [
    ['Does the vendor have a current SOC 2 Type 2 report?', 'yes', 'Type 2 period ended 2026-03-31, about eight months ago.'],
    ['Were there any exceptions in your most recent SOC2 report?', 'yes', 'Two exceptions are recorded.'],
    ['Is your SOC 2 report free of exceptions?', 'no', 'Two exceptions are recorded.'],
    ['Did the auditor note any deviations in the tests of controls?', 'yes', 'Two exceptions are recorded.'],
    ['Were more than five exceptions reported?', 'no', 'Two exceptions are recorded.'],
    ['Were fewer than three exceptions identified in the report?', 'yes', 'Two exceptions are recorded.'],
    ['Was the SOC 2 issued with no exceptions noted?', 'no', 'Two exceptions are recorded.'],
    ['Was the opinion unqualified?', 'yes', 'Opinion is unqualified despite the exceptions.'],
    ['Does the report contain any qualification of the opinion?', 'no', 'Opinion is unqualified.'],
    ['Does your SOC 2 cover all five trust service categories?', 'yes', 'All five categories are in scope.'],
    ['Processing Integrity in scope?', 'yes', 'processing_integrity is in scope.'],
    ['Does the report include Privacy?', 'yes', 'privacy is in scope.'],
    ['Other than Security, are any additional categories in scope?', 'yes', 'Availability, processing integrity, confidentiality and privacy are in scope.'],
    ['Does the report cover Microsoft Azure\'s controls?', 'no', 'Microsoft Azure is carved out.'],
    ['Is Azure included using the inclusive method?', 'no', 'Microsoft Azure method is carve-out.'],
    ['Does your SOC 2 report cover Google Cloud?', 'undetermined', 'Google Cloud is not among the subservice organizations.'],
    ['SOC 2 report available under NDA? (Yes/No)', 'yes', 'sharing.nda is true.'],
    ['Is an NDA required to receive your SOC 2 report?', 'yes', 'sharing.nda is true.'],
    ['Is the report available via a trust center?', 'undetermined', 'No trust portal URL is recorded.'],
    ['Can anyone download the SOC 2 report from your website?', 'no', 'The report is shared under NDA.'],
    ['Does your SOC 2 report cover a period of at least 12 months?', 'yes', 'Period 2025-04-01 to 2026-03-31.'],
    ['Was your SOC 2 report issued in the past year?', 'yes', 'Period ended 2026-03-31 and the report was issued 2026-05-20, both within a year.'],
    ['Is the report more than six months old?', 'yes', 'Period ended 2026-03-31, about eight months ago.'],
    ['Was the audit performed by Brightwater Assurance?', 'yes', 'cpaFirm is Brightwater Assurance LLP.'],
    ['Was the SOC 2 issued by the AICPA?', 'no', 'The report is issued by the CPA firm Brightwater Assurance LLP, not the AICPA.'],
    ['Is the CPA firm that performed your audit peer reviewed?', 'undetermined', 'Peer review is not recorded in the profile.'],
    ['Are critical patches deployed within 48 hours?', 'no', 'criticalWithinDays is 3.'],
    ['Are critical vulnerabilities remediated within 5 days?', 'yes', 'criticalWithinDays is 3.'],
    ['High severity vulnerabilities are patched within 30 days. (Y/N)', 'yes', 'highWithinDays is 14.'],
    ['Are high vulnerabilities remediated within 7 days?', 'no', 'highWithinDays is 14.'],
    ['Are security patches deployed automatically?', 'no', 'patching.automatedUpdates is false.'],
    ['Are internal and external vulnerability scans performed weekly?', 'no', 'Scanning cadence is monthly.'],
    ['Is vulnerability scanning performed at least quarterly?', 'yes', 'Scanning cadence is monthly.'],
    ['Has the IR plan been tested within the last year?', 'no', 'Incident plan last tested 2025-06-30, about 17 months ago.'],
    ['Do you notify customers within 24 hours of a confirmed breach?', 'yes', 'Notification commitment is within 24 hours.'],
    ['Will customers be notified of a data breach within 48 hours?', 'yes', 'Notification commitment is within 24 hours.'],
    ['Penetration test conducted within the last 12 months?', 'no', 'Latest penetration test 2025-07-15, about 16 months ago.'],
    ['Is your ISO 27001 certificate currently valid?', 'no', 'ISO 27001 certificate expired 2026-09-30.'],
    ['Is the organisation currently ISO 27001 certified?', 'no', 'ISO 27001 certificate expired 2026-09-30.'],
    ['Are you certified against ISO/IEC 27001:2022?', 'no', 'The (expired) certificate is against the 2013 version.'],
    ['Are you HIPAA compliant?', 'yes', 'HIPAA state is compliant.'],
    ['Are you HITRUST certified?', 'no', 'HITRUST state is in_progress.'],
    ['Is full disk encryption required on all laptops?', 'undetermined', 'Endpoint baselines do not mention disk encryption.'],
    ['Are your laptops centrally managed?', 'yes', 'endpointManagement.centrallyManaged is true.'],
    ['Are you FedRAMP authorized?', 'undetermined', 'FedRAMP is not in the profile.'],
    ['Have all exceptions noted in the report been remediated?', 'undetermined', 'Remediation is recorded for one exception only, and it is management\'s unaudited statement.'],
    ['Were the exceptions considered material by the auditor?', 'undetermined', 'Materiality is not recorded (the opinion is unqualified, but that is a different question).'],
    ['Does the report lack any exceptions that are not remediated?', 'undetermined', 'Double negative.'],
    ['Does your SOC 2 cover the Quillon mobile app?', 'undetermined', 'The system named is the Quillon Care Portal; mobile apps are not mentioned.'],
    ['Are low severity vulnerabilities patched within 90 days?', 'undetermined', 'No deadline for low severity is recorded.'],
    ['Do you apply patches within vendor-recommended timeframes?', 'undetermined', 'Vendor timeframes are not comparable with the recorded deadlines.'],
    ['Is the 24-hour breach notification commitment written into your MSA?', 'undetermined', 'Contract terms are not recorded.'],
  ]),
  ...at('type2_exceptions', '2027-05-10', [
    ['Is your SOC 2 report current?', 'no', 'Period ended 2026-03-31, about 13 months before today.'],
    ['Is the most recent SOC 2 older than 12 months?', 'yes', 'Period ended 2026-03-31, about 13 months before today.'],
    ['Has the latest SOC 2 Type II period ended within the past year?', 'no', 'Period ended 2026-03-31.'],
    ['Do you have a gap letter covering the time since your last period?', 'no', 'The profile records no bridge letter.'],
  ]),

  // ── type2_qualified ──────────────────────────────────────────────────────────────────────
  ...at('type2_qualified', '2026-12-03', [
    ['Please confirm whether the opinion in your SOC 2 report was qualified.', 'yes', 'Opinion is qualified.'],
    ['Did you receive an unqualified (clean) opinion?', 'no', 'Opinion is qualified.'],
    ['Is the SOC 2 opinion unmodified?', 'no', 'Opinion is qualified.'],
    ['Did the report contain any qualification?', 'yes', 'Opinion is qualified.'],
    ['Was the opinion adverse?', 'no', 'Opinion is qualified, not adverse.'],
    ['Is the report free of exceptions?', 'no', 'One exception is recorded (CC8.1).'],
    ['Were any control deviations identified?', 'yes', 'One exception is recorded (CC8.1).'],
    ['Does the Type II period span at least 6 months?', 'yes', 'Period 2026-01-01 to 2026-06-30 is six months.'],
    ['Does the audit window cover a full 12 months?', 'no', 'Period 2026-01-01 to 2026-06-30 is six months.'],
    ['Does your SOC 2 include Availability?', 'no', 'Only security is in scope.'],
    ['Y/N: SOC 2 scope is limited to the Security (common criteria) category', 'yes', 'Categories in scope: security only.'],
    ['Does the report cover the Common Criteria (Security)?', 'yes', 'Security is always in scope.'],
    ['Does your SOC 2 report test Rackspace\'s controls?', 'yes', 'Rackspace Technology is included by the inclusive method.'],
    ['Is Rackspace carved out of the report?', 'no', 'Rackspace Technology method is inclusive.'],
    ['Is the SOC 2 report publicly available?', 'undetermined', 'nda is false, which does not say the report is public.'],
    ['Is an NDA required to obtain the report?', 'no', 'sharing.nda is false.'],
    ['Is the report available on your trust portal?', 'yes', 'sharing.trustPortalUrl is set.'],
    ['Is your SOC 2 current?', 'yes', 'Period ended 2026-06-30, about five months ago.'],
    ['Was the audit done by an independent CPA firm?', 'yes', 'Completed report with cpaFirm Marlowe Penn CPAs.'],
    ['Was the SOC 2 audit performed by Drata?', 'no', 'cpaFirm is Marlowe Penn CPAs.'],
    ['Is a SOC 2 audit currently under way?', 'no', 'No engagement is in progress.'],
    ['Do you plan a follow-up SOC 2 audit?', 'undetermined', 'No next period or planned engagement is recorded.'],
    ['Are you ISO 27001 certified?', 'no', 'iso27001.certified is false.'],
    ['Do you publish a SOC 3 report?', 'no', 'soc3.available is false.'],
    ['Are you PCI DSS compliant?', 'yes', 'PCI DSS state is compliant.'],
    ['Are vulnerability scans performed at least weekly?', 'yes', 'Scanning cadence is daily.'],
    ['Are critical patches applied within 14 days?', 'yes', 'criticalWithinDays is 10.'],
    ['Are critical patches applied within a week?', 'no', 'criticalWithinDays is 10.'],
    ['Do you automatically apply OS updates?', 'undetermined', 'patching.automatedUpdates is not recorded.'],
    ['Has a pen test been performed in the last 12 months?', 'undetermined', 'No penetration tests are recorded.'],
    ['Do you have an incident response plan?', 'undetermined', 'No incident-response facts are recorded.'],
    ['Was your SOC 2 opinion free of any qualification or adverse finding?', 'no', 'Opinion is qualified.'],
    ['Was the qualification related only to change management?', 'undetermined', 'The basis for the qualification is not recorded (one CC8.1 exception is).'],
    ['Has the matter giving rise to the qualification been resolved?', 'undetermined', 'Remediation is not recorded.'],
    ['Can anyone download the report from your trust portal without signing anything?', 'undetermined', 'A portal exists and nda is false, but public access is not recorded.'],
    ['Will your next Type 2 cover a full 12 months?', 'undetermined', 'No next period is recorded.'],
  ]),

  // ── adverse ──────────────────────────────────────────────────────────────────────────────
  ...at('adverse', '2026-12-03', [
    ['Did the auditor issue an adverse opinion on your SOC 2?', 'yes', 'Opinion is adverse.'],
    ['Did the service auditor issue an unqualified opinion?', 'no', 'Opinion is adverse.'],
    ['Is your SOC 2 report clean?', 'no', 'Opinion is adverse.'],
    ['Was the opinion qualified?', 'undetermined', 'Opinion is adverse: "No" would suggest a clean report, "Yes" misnames it.'],
    ['Did your report receive a modified opinion of any kind?', 'yes', 'An adverse opinion is a modified opinion.'],
    ['Were exceptions noted?', 'yes', 'Three exceptions are recorded.'],
    ['Is Google Cloud carved out of the report?', 'yes', 'Google Cloud Platform method is carve-out.'],
    ['Does your SOC 2 include GCP\'s controls?', 'no', 'Google Cloud Platform is carved out.'],
    ['Does the report include Processing Integrity?', 'yes', 'processing_integrity is in scope.'],
    ['Does it include Confidentiality?', 'no', 'Categories: security, availability, processing integrity.'],
    ['Do you have a SOC 2 Type 2 report from the last 12 months?', 'yes', 'Type 2 period ended 2026-08-31.'],
    ['Can we obtain the report under NDA?', 'yes', 'sharing.nda is true.'],
    ['Is the report posted publicly?', 'no', 'The report is shared under NDA.'],
    ['Is the examination performed under AT-C 205?', 'yes', 'A completed SOC 2 is an examination under AT-C 205.'],
    ['Are you SOC 2 compliant?', 'undetermined', 'A report exists but its opinion is adverse; "compliant" cannot be answered Yes or No.'],
    ['Does the report cover a 12-month period?', 'yes', 'Period 2025-09-01 to 2026-08-31.'],
    ['Is your next SOC 2 period already scheduled?', 'yes', 'nextPeriod is recorded (2026-09-01 to 2027-08-31).'],
    ['Was the opinion qualified or adverse?', 'yes', 'Opinion is adverse, one of the two named.'],
    ['Has the adverse opinion been cleared by a later report?', 'undetermined', 'No later report is recorded; the next period has no outcome yet.'],
    ['Do you expect your next SOC 2 opinion to be unqualified?', 'undetermined', 'A future opinion is not a fact.'],
  ]),

  // ── disclaimer ───────────────────────────────────────────────────────────────────────────
  ...at('disclaimer', '2026-12-03', [
    ['Indicate whether the service auditor disclaimed an opinion.', 'yes', 'Opinion is disclaimer.'],
    ['Was the opinion unqualified?', 'no', 'Opinion is disclaimer.'],
    ['Did you receive a clean SOC 2 opinion?', 'no', 'Opinion is disclaimer.'],
    ['Were there any exceptions?', 'undetermined', 'Exceptions are not recorded (field absent).'],
    ['Is the report free of deviations?', 'undetermined', 'Exceptions are not recorded (field absent).'],
    ['Does the report cover a full year?', 'no', 'Period 2025-11-01 to 2026-04-30 is six months.'],
    ['Does the report cover at least six months?', 'yes', 'Period 2025-11-01 to 2026-04-30 is six months.'],
    ['Is Confidentiality in scope?', 'yes', 'confidentiality is in scope.'],
    ['Is your SOC 2 Type II report less than a year old?', 'yes', 'Period ended 2026-04-30, about seven months ago.'],
    ['Is the report shared only under NDA?', 'yes', 'sharing.nda is true.'],
    ['Are subservice organizations carved out?', 'undetermined', 'No subservice organizations are recorded.'],
    ['Is an NDA required to get the report?', 'yes', 'sharing.nda is true.'],
    ['Is the report available through a trust portal?', 'undetermined', 'No trust portal URL is recorded.'],
    ['Did the auditor complete testing of all controls in scope?', 'undetermined', 'The reason for the disclaimer is not recorded.'],
    ['Was the scope limitation imposed by management?', 'undetermined', 'The reason for the disclaimer is not recorded.'],
  ]),
  ...at('disclaimer', '2027-06-15', [
    ['Is the report current?', 'no', 'Period ended 2026-04-30, about 13.5 months before today.'],
    ['Is your SOC 2 more than a year old?', 'yes', 'Period ended 2026-04-30, about 13.5 months before today.'],
    ['Is a new SOC 2 examination under way?', 'no', 'No engagement is in progress.'],
  ]),

  // ── type1_only ───────────────────────────────────────────────────────────────────────────
  ...at('type1_only', '2026-12-03', [
    ['Do you have a current SOC 2 Type II report?', 'no', 'The only completed report is a Type 1; the Type 2 is in progress.'],
    ['Do you have a SOC 2 report?', 'yes', 'A completed Type 1 exists.'],
    ['Has your organisation obtained a SOC 2 Type I report?', 'yes', 'A completed Type 1 as of 2026-06-30.'],
    ['Is your SOC 2 a Type 2?', 'no', 'The completed report is a Type 1.'],
    ['SOC 2 Type II report available? (Y/N)', 'no', 'Only a Type 1 is completed.'],
    ['Do you have a SOC 2 Type 1 or Type 2 report?', 'yes', 'A completed Type 1 exists.'],
    ['Does the report cover operating effectiveness over a period of at least six months?', 'no', 'A Type 1 speaks to design at a date, not a period.'],
    ['Does the report\'s audit period span 12 months?', 'no', 'A Type 1 has no period.'],
    ['Is a SOC II Type 2 audit currently in progress?', 'yes', 'A Type 2 engagement has status in_progress.'],
    ['Is an audit under way?', 'yes', 'A Type 2 engagement has status in_progress.'],
    ['Has your SOC 2 Type 2 report been issued?', 'no', 'The Type 2 is still in progress.'],
    ['Is your SOC 2 Type 1 less than a year old?', 'yes', 'Type 1 as of 2026-06-30, about five months ago.'],
    ['Is your SOC 2 report current?', 'yes', 'Type 1 as of 2026-06-30, about five months ago.'],
    ['Was the opinion on your Type 1 unqualified?', 'yes', 'Type 1 opinion is unqualified.'],
    ['Were any exceptions noted in your SOC 2?', 'undetermined', 'The only completed report is a Type 1, which does not test operating effectiveness; no exceptions are recorded.'],
    ['Were there any testing exceptions in the SOC 2 Type I?', 'undetermined', 'A Type 1 has no tests of operating effectiveness.'],
    ['Is the SOC 2 Type 2 opinion unqualified?', 'na', 'No Type 2 report has been completed.'],
    ['Do you have a bridge letter?', 'no', 'The profile records no bridge letter.'],
    ['Was the SOC 2 Type 1 performed by an independent CPA firm?', 'yes', 'cpaFirm Okafor Lindqvist LLP.'],
    ['Is the Type 1 issued under SSAE 16?', 'no', 'As of 2026; SSAE 16 was superseded in 2017.'],
    ['Does your Type I report include the Availability category?', 'no', 'Categories: security and confidentiality.'],
    ['Is AWS included in scope using the inclusive method?', 'no', 'AWS is carved out.'],
    ['Is the Type 1 report publicly downloadable?', 'no', 'The report is shared under NDA.'],
    ['Will you share the SOC 2 Type 1 report under NDA?', 'yes', 'sharing.nda is true.'],
    ['Can the report be obtained from your trust center?', 'yes', 'sharing.trustPortalUrl is set.'],
    ['Do you have a SOC 2 report that demonstrates controls operated effectively over time?', 'no', 'Only a Type 1 is completed.'],
    ['Are critical vulnerabilities patched within 7 days?', 'yes', 'criticalWithinDays is 7.'],
    ['Do you scan for vulnerabilities at least daily?', 'yes', 'Scanning cadence is continuous.'],
    ['Has your IR plan been tested in the past 12 months?', 'undetermined', 'incidentResponse.lastTested is not recorded.'],
    ['Do you have a documented incident response plan?', 'yes', 'incidentResponse.planExists is true.'],
    ['Has an external pentest been done in the last 12 months?', 'yes', 'Penetration test 2026-01-20.'],
    ['Is the pentest performed by an external firm?', 'yes', 'Penetration test by Cobalt Ridge Security.'],
    ['Are you ISO 27001 certified?', 'undetermined', 'The profile records nothing about ISO 27001.'],
    ['Is your Type 1 report older than 12 months?', 'no', 'As of 2026-06-30, about five months ago.'],
    ['Did your Type 1 test the operating effectiveness of controls?', 'no', 'A Type 1 speaks to design at a date only.'],
    ['Was the Type 1 free of findings?', 'undetermined', 'No exceptions are recorded for the Type 1, and it does not test operation.'],
    ['Will your SOC 2 Type 2 opinion be unqualified?', 'undetermined', 'A future opinion is not a fact.'],
    ['Will the Type 2 report definitely be available by the end of February 2027?', 'undetermined', 'An expected date is not a commitment.'],
    ['Does your notification commitment cover regulators as well as customers?', 'undetermined', 'Whom the commitment covers is not recorded.'],
  ]),
  ...at('type1_only', '2027-08-10', [
    ['Is your SOC 2 report more than a year old?', 'yes', 'Type 1 as of 2026-06-30, about 13 months before today.'],
    ['Do you have a current SOC 2 Type 1 report?', 'no', 'Type 1 as of 2026-06-30, more than 12 months ago.'],
  ]),

  // ── stale_no_bridge ──────────────────────────────────────────────────────────────────────
  ...at('stale_no_bridge', '2026-12-03', [
    ['Does your company hold a current SOC 2 Type II attestation?', 'no', 'Period ended 2025-06-30, about 17 months ago.'],
    ['Is your SOC 2 report more than 12 months old?', 'yes', 'Period ended 2025-06-30, about 17 months ago.'],
    ['Has your company undergone a SOC 2 Type 2 audit within the last 12 months?', 'no', 'Period ended 2025-06-30 and the report was issued 2025-08-20.'],
    ['Do you have a SOC 2 report?', 'yes', 'A completed Type 2 exists (not current).'],
    ['Is your SOC 2 more than 18 months old?', 'no', 'Period ended 2025-06-30, about 17 months ago.'],
    ['Is the report more than 15 months old?', 'yes', 'Period ended 2025-06-30, about 17 months ago.'],
    ['Do you have a bridge letter covering the time since the report period ended?', 'no', 'The profile records no bridge letter.'],
    ['Is a new SOC 2 audit under way?', 'no', 'No engagement is in progress.'],
    ['Do you plan to undergo another SOC 2 audit?', 'undetermined', 'No next period or planned engagement is recorded.'],
    ['Is your next SOC 2 audit scheduled?', 'undetermined', 'No next period is recorded; the profile may simply not say.'],
    ['Was the opinion unqualified?', 'yes', 'Opinion is unqualified.'],
    ['Is your report free of exceptions?', 'yes', 'Exceptions list is empty.'],
    ['Does the period cover a full year?', 'yes', 'Period 2024-07-01 to 2025-06-30.'],
    ['Is the report expired?', 'undetermined', 'SOC 2 reports have no expiry date.'],
    ['Do you have a SOC 2 Type 2 and is it less than 12 months old?', 'undetermined', 'Two questions decided differently (report yes, fresh no).'],
    ['Are you FedRAMP authorized?', 'no', 'FedRAMP state is not_pursued.'],
    ['Do you notify customers of incidents within 72 hours?', 'no', 'Notification commitment is within 5 business days.'],
    ['Do you notify customers within 7 calendar days?', 'undetermined', 'Five business days can exceed seven calendar days around holidays.'],
    ['Will customers be notified within 14 days of a confirmed breach?', 'yes', 'Notification commitment is within 5 business days.'],
    ['Has your IR plan been tested in the last 12 months?', 'no', 'Incident plan last tested 2025-11-05, about 13 months ago.'],
    ['Has a penetration test been completed within the last year?', 'no', 'Latest penetration test 2025-03-01.'],
    ['Do you publish a SOC 3?', 'no', 'soc3.available is false.'],
    ['Are critical vulnerabilities fixed within 30 days?', 'yes', 'criticalWithinDays is 7.'],
    ['Do you scan for vulnerabilities weekly?', 'undetermined', 'Scanning cadence is not recorded.'],
    ['Do you have a SOC 2 report? If yes, is it available under NDA?', 'yes', 'Report exists and sharing.nda is true; both parts are Yes.'],
    ['Has anything material changed since your last SOC 2 period ended?', 'undetermined', 'Changes since the period are not recorded.'],
    ['Can you produce a bridge letter on request?', 'undetermined', 'None is recorded; whether one could be written is not a fact.'],
    ['Is the report older than 12 months but still valid?', 'undetermined', 'SOC 2 reports have no validity period.'],
    ['Are high-severity patches applied in under a month?', 'undetermined', 'highWithinDays is 30, and "a month" can be shorter than 30 days.'],
  ]),
  ...at('stale_no_bridge', '2026-07-15', [
    ['Is your SOC 2 Type 2 report current?', 'no', 'Period ended 2025-06-30, about 12.5 months before today (the report date 2025-08-20 does not count).'],
    ['Is the SOC 2 report less than 12 months old?', 'no', 'Period ended 2025-06-30, more than 12 months before today.'],
  ]),
  ...at('stale_no_bridge', '2025-10-15', [
    ['Do you have a current SOC 2 Type 2 report?', 'yes', 'Period ended 2025-06-30, about 3.5 months before today.'],
    ['Is your SOC 2 more than a year old?', 'no', 'Period ended 2025-06-30, about 3.5 months before today.'],
  ]),

  // ── stale_bridge ─────────────────────────────────────────────────────────────────────────
  ...at('stale_bridge', '2026-12-01', [
    ['Is your latest SOC 2 report current?', 'no', 'Period ended 2025-09-30, about 14 months ago; a bridge letter does not make it current.'],
    ['Is your SOC 2 older than 12 months?', 'yes', 'Period ended 2025-09-30, about 14 months ago.'],
    ['Bridge letter available?', 'yes', 'A bridge letter is recorded.'],
    ['Does your bridge letter cover up to the present date?', 'yes', 'Bridge letter covers until 2026-12-01, today.'],
    ['Can you provide a bridge letter covering the gap since your last audit period?', 'yes', 'A bridge letter covers from the period end to 2026-12-01.'],
    ['Was the bridge letter issued by your CPA firm?', 'no', 'A bridge letter is management\'s, not the auditor\'s.'],
    ['Is the bridge letter signed by management?', 'yes', 'A bridge letter is issued by management.'],
    ['Does the bridge letter provide auditor assurance?', 'no', 'A bridge letter carries no auditor assurance.'],
    ['Please confirm whether a SOC 2 examination is currently in progress.', 'yes', 'A Type 2 engagement has status in_progress.'],
    ['Is your next SOC 2 report expected before the end of this year?', 'yes', 'In-progress report expected 2026-12-18.'],
    ['Has your next SOC 2 report been issued yet?', 'no', 'In-progress report expected 2026-12-18, after today.'],
    ['Were there exceptions in the last report?', 'yes', 'One exception is recorded (A1.3).'],
    ['Was the opinion unqualified?', 'yes', 'Opinion is unqualified.'],
    ['Do you have a current SOC 2 report or a bridge letter?', 'yes', 'A bridge letter covering today exists.'],
    ['Is your latest SOC 2 report both current and free of exceptions?', 'no', 'Neither holds: period ended 2025-09-30 and one exception was noted.'],
    ['Is Availability in scope?', 'yes', 'availability is in scope.'],
    ['Is the SOC 2 Type 2 report available through a trust portal?', 'yes', 'sharing.trustPortalUrl is set.'],
    ['Does your SOC 2 cover AWS?', 'undetermined', 'No subservice organizations are recorded.'],
    ['Do you have a current SOC 2 Type 2 report, and if not, a bridge letter?', 'undetermined', 'Two questions with different answers (current report no, bridge letter yes).'],
    ['Does the bridge letter state that no material changes occurred?', 'undetermined', 'The letter\'s content is not recorded.'],
    ['Will the upcoming report have no exceptions?', 'undetermined', 'A future result is not a fact.'],
    ['Are you PCI DSS compliant?', 'yes', 'PCI DSS state is attested (QSA Attestation of Compliance).'],
    ['Do you have a PCI DSS Attestation of Compliance?', 'yes', 'PCI DSS state is attested.'],
  ]),
  ...at('stale_bridge', '2027-01-20', [
    ['Does the bridge letter cover today\'s date?', 'no', 'Bridge letter covers until 2026-12-01.'],
    ['Does your bridge letter extend through the present?', 'no', 'Bridge letter covers until 2026-12-01.'],
    ['Is the bridge letter provided by the auditor?', 'no', 'A bridge letter is management\'s.'],
    ['Is your SOC 2 Type II report current?', 'no', 'The last completed period ended 2025-09-30.'],
  ]),

  // ── in_progress_only ─────────────────────────────────────────────────────────────────────
  ...at('in_progress_only', '2026-12-03', [
    ['Do you have a SOC 2 report?', 'no', 'No engagement is completed; one is in progress.'],
    ['Is a SOC 2 audit under way?', 'yes', 'A Type 2 engagement has status in_progress.'],
    ['Indicate if you are currently undergoing a SOC 2 Type II examination.', 'yes', 'A Type 2 engagement has status in_progress.'],
    ['Do you currently hold a SOC 2 Type 2 report?', 'no', 'The Type 2 is in progress, not completed.'],
    ['Do you have a SOC 2 Type 1 report?', 'no', 'No engagement is completed.'],
    ['Are you SOC 2 compliant?', 'no', 'No SOC 2 report has been issued yet.'],
    ['Has your organization completed a SOC 2 audit?', 'no', 'No engagement is completed.'],
    ['Was the opinion unqualified?', 'na', 'No completed SOC 2 report.'],
    ['Were there any exceptions in your SOC 2?', 'na', 'No completed SOC 2 report.'],
    ['Was your SOC 2 performed by an independent CPA firm?', 'na', 'No completed SOC 2 report.'],
    ['Is your SOC 2 report older than 12 months?', 'na', 'No completed SOC 2 report.'],
    ['Does your SOC 2 report include the Availability criteria?', 'na', 'No completed SOC 2 report.'],
    ['Do you plan to obtain a SOC 2 Type II?', 'yes', 'A Type 2 engagement is in progress.'],
    ['Do you have a SOC 2 Type II? If not, are you working towards one?', 'undetermined', 'Two questions: no completed report, but one is in progress.'],
    ['Are critical patches applied within 7 days?', 'no', 'criticalWithinDays is 14.'],
    ['Are critical vulnerabilities patched within 30 days?', 'yes', 'criticalWithinDays is 14.'],
    ['High-severity vulnerabilities patched within 30 days?', 'yes', 'highWithinDays is 30.'],
    ['Are medium vulnerabilities remediated within 90 days?', 'undetermined', 'No deadline for medium severity is recorded.'],
    ['Are OS updates enforced automatically?', 'yes', 'patching.automatedUpdates is true.'],
    ['Has the incident response plan been tested in the last year?', 'yes', 'Incident plan last tested 2026-09-10.'],
    ['Do you notify customers within 24 hours?', 'no', 'Notification commitment is within 48 hours.'],
    ['Do you notify affected customers within 72 hours of a confirmed incident?', 'yes', 'Notification commitment is within 48 hours.'],
    ['Pentest within the last 12 months?', 'yes', 'Penetration test 2026-10-05.'],
    ['Was your last penetration test performed by an independent third party?', 'yes', 'Penetration test by Keystone Red Team LLC.'],
    ['Are you ISO 27001 certified?', 'no', 'iso27001.certified is false.'],
    ['Is full-disk encryption enabled on all workstations?', 'yes', 'Endpoint baselines include full-disk encryption.'],
    ['Do you use MDM to manage company devices?', 'yes', 'endpointManagement.centrallyManaged is true (Kandji and Intune).'],
    ['Is vulnerability scanning performed at least monthly?', 'yes', 'Scanning cadence is weekly.'],
    ['Do you run vulnerability scans every day?', 'no', 'Scanning cadence is weekly.'],
    ['Has your SOC 2 auditor completed fieldwork?', 'undetermined', 'Fieldwork progress is not recorded.'],
    ['Will your first SOC 2 report be free of exceptions?', 'undetermined', 'A future result is not a fact.'],
    ['Is an NDA required to receive your SOC 2 report?', 'undetermined', 'There is no completed report yet; the sharing setting speaks to a future one.'],
  ]),

  // ── planned_only ─────────────────────────────────────────────────────────────────────────
  ...at('planned_only', '2026-12-03', [
    ['Is a SOC 2 audit currently under way?', 'no', 'The only engagement is planned, not in progress.'],
    ['Are you in the middle of a SOC 2 audit?', 'no', 'The only engagement is planned.'],
    ['Does your organization intend to pursue a SOC 2 attestation?', 'yes', 'A Type 2 engagement is planned.'],
    ['Is your next SOC 2 audit scheduled?', 'yes', 'A Type 2 engagement is planned for 2027-03-01 to 2027-08-31.'],
    ['Do you have a SOC 2 report?', 'no', 'No engagement is completed.'],
    ['Have you completed a SOC 2 Type 1?', 'no', 'No engagement is completed.'],
    ['Is your SOC 2 opinion unqualified?', 'na', 'No completed SOC 2 report.'],
    ['Did your SOC 2 report list any deviations?', 'na', 'No completed SOC 2 report.'],
    ['Was your SOC 2 audited by a licensed CPA firm?', 'na', 'No completed SOC 2 report.'],
    ['Are you ISO 27001:2022 certified?', 'yes', 'ISO 27001 certified, version 2022, expires 2027-04-30.'],
    ['Has your ISO 27001 certificate expired?', 'no', 'ISO 27001 expires 2027-04-30, after today.'],
    ['Are you ISO 27001 certified and SOC 2 Type 2 attested?', 'undetermined', 'Two questions decided differently (ISO yes, SOC 2 no).'],
    ['Are vulnerability scans performed at least monthly?', 'no', 'Scanning cadence is quarterly.'],
    ['Do you run vulnerability scans at least once a quarter?', 'yes', 'Scanning cadence is quarterly.'],
    ['Are you Cyber Essentials Plus certified?', 'yes', 'Cyber Essentials Plus state is certified.'],
    ['Are high-severity vulnerabilities remediated within 30 days?', 'no', 'highWithinDays is 60.'],
    ['Are high-risk vulnerabilities remediated within 90 days?', 'yes', 'highWithinDays is 60.'],
    ['Are critical vulnerabilities patched within 30 days?', 'undetermined', 'No deadline for critical severity is recorded.'],
    ['Do you perform annual third-party penetration testing?', 'undetermined', 'No penetration tests are recorded.'],
    ['Are you PCI DSS compliant?', 'undetermined', 'PCI DSS is not in the profile.'],
    ['Will your SOC 2 include the Availability category?', 'undetermined', 'The planned scope may change; a future scope is not a fact.'],
    ['Has an auditor been selected for your SOC 2?', 'undetermined', 'No CPA firm is recorded for the planned engagement.'],
    ['Is your ISO 27001 certificate issued by a UKAS-accredited body?', 'undetermined', 'Accreditation of BSI\'s certificate is not recorded.'],
  ]),
  ...at('planned_only', '2027-06-01', [
    ['Do you hold a valid ISO 27001 certificate?', 'no', 'ISO 27001 expired 2027-04-30.'],
    ['Is your ISO/IEC 27001 certification current?', 'no', 'ISO 27001 expired 2027-04-30.'],
  ]),

  // ── no_soc2 ──────────────────────────────────────────────────────────────────────────────
  ...at('no_soc2', '2026-12-03', [
    ['Do you have a SOC 2 report?', 'no', 'No SOC 2 engagements.'],
    ['Do you have a SOC II Type 2 report? (Y/N)', 'no', 'No SOC 2 engagements.'],
    ['Has an independent auditor issued a SOC 2 report on your service?', 'no', 'No SOC 2 engagements.'],
    ['Is a SOC 2 audit under way?', 'no', 'No SOC 2 engagements and no next period.'],
    ['Do you plan to get a SOC 2?', 'undetermined', 'No engagement and no next period; plans are not recorded.'],
    ['Are you SOC 2 compliant?', 'no', 'No SOC 2 report.'],
    ['Was the opinion unqualified?', 'na', 'No completed SOC 2 report.'],
    ['Was your SOC 2 performed by a licensed CPA firm?', 'na', 'No completed SOC 2 report.'],
    ['Does your SOC 2 include Availability?', 'na', 'No completed SOC 2 report.'],
    ['Is your SOC 2 report older than 12 months?', 'na', 'No completed SOC 2 report.'],
    ['Is AWS carved out of your SOC 2?', 'na', 'No completed SOC 2 report.'],
    ['Are you ISO 27001 certified?', 'yes', 'ISO 27001 certified, expires 2028-05-31.'],
    ['Is your ISO 27001 certification against the 2013 version?', 'no', 'ISO 27001 version 2022.'],
    ['Do you hold a SOC 2 and an ISO 27001 certificate?', 'undetermined', 'Two questions decided differently (SOC 2 no, ISO yes).'],
    ['Do you hold either a SOC 2 Type II report or an ISO 27001 certificate?', 'yes', 'ISO 27001 certified.'],
    ['Do you have a SOC 2 or equivalent third-party attestation?', 'undetermined', 'Whether ISO 27001 counts as "equivalent" is the customer\'s judgement.'],
    ['Are you PCI DSS compliant?', 'yes', 'PCI DSS state is compliant.'],
    ['Are you HIPAA compliant?', 'na', 'HIPAA state is not_applicable.'],
    ['Are you Cyber Essentials certified?', 'undetermined', 'Cyber Essentials has only a free-text status, with the outcome pending.'],
    ['Are all corporate laptops enrolled in a central management (MDM) solution?', 'no', 'endpointManagement.centrallyManaged is false.'],
    ['Do you have a SOC 3?', 'undetermined', 'The profile records nothing about SOC 3.'],
    ['Are critical vulnerabilities patched within 7 days?', 'yes', 'criticalWithinDays is 5.'],
    ['Are critical patches installed within 24 hours?', 'no', 'criticalWithinDays is 5.'],
    ['Are high-severity vulnerabilities remediated within 30 days?', 'yes', 'highWithinDays is 20.'],
    ['Are system updates applied automatically?', 'yes', 'patching.automatedUpdates is true.'],
    ['Do you have a SOC 2 Type II? If not, do you plan to obtain one?', 'undetermined', 'No report, and plans are not recorded: the second question is open.'],
    ['Do you hold an ISO 27001 certificate and PCI DSS compliance?', 'yes', 'ISO 27001 certified and PCI DSS state compliant.'],
    ['Does your ISO 27001 scope cover the service we are buying?', 'undetermined', 'No ISO scope is recorded.'],
    ['Are you pursuing a SOC 2 in the next 12 months?', 'undetermined', 'Plans are not recorded.'],
    ['Are you GDPR compliant?', 'undetermined', 'GDPR is not in the profile.'],
  ]),

  // ── multi_engagement ─────────────────────────────────────────────────────────────────────
  ...at('multi_engagement', '2026-12-03', [
    ['Do you have a current SOC 2 Type 2?', 'yes', 'Type 2 period ended 2026-03-31, about eight months ago.'],
    ['Was the SOC 2 Type II audited by Castellan Whitby?', 'yes', 'Type 2 cpaFirm is Castellan Whitby LLP.'],
    ['Was your most recent SOC 2 performed by Okafor Lindqvist?', 'no', 'The latest report (Type 2) was by Castellan Whitby LLP; Okafor Lindqvist did the older Type 1.'],
    ['Was your SOC 2 Type 1 performed by Okafor Lindqvist LLP?', 'yes', 'Type 1 cpaFirm is Okafor Lindqvist LLP.'],
    ['Does your latest SOC 2 cover Privacy?', 'yes', 'The Type 2 includes privacy.'],
    ['Does your Type 1 report include Availability?', 'no', 'The Type 1 covers security only.'],
    ['Does your SOC 2 cover Equinix\'s controls?', 'yes', 'Equinix is included by the inclusive method.'],
    ['Is AWS carved out?', 'yes', 'AWS method is carve-out.'],
    ['Are AWS data centre controls tested in your SOC 2?', 'no', 'AWS is carved out.'],
    ['Is your Type 1 more than 12 months old?', 'yes', 'Type 1 as of 2025-03-31, about 20 months ago.'],
    ['Is your most recent SOC 2 report older than 12 months?', 'no', 'Latest Type 2 period ended 2026-03-31.'],
    ['Do you have both a SOC 2 Type 1 and a Type 2 report?', 'yes', 'Both a completed Type 1 and a completed Type 2 exist.'],
    ['Is the SOC 2 Type 2 report free of exceptions?', 'yes', 'Type 2 exceptions list is empty.'],
    ['Were there exceptions in your SOC 2 Type 1?', 'undetermined', 'A Type 1 does not test operating effectiveness; exceptions are not recorded.'],
    ['Does the Type 2 period cover twelve months?', 'yes', 'Period 2025-04-01 to 2026-03-31.'],
    ['Do you have a SOC 1 report?', 'yes', 'A SOC 1 is recorded.'],
    ['Is your SOC 1 a Type 2?', 'yes', 'SOC 1 type is type2.'],
    ['Do you have a SOC 3?', 'no', 'soc3.available is false.'],
    ['PCI-DSS compliant?', 'na', 'PCI DSS state is not_applicable.'],
    ['Are you ISO 27001 certified?', 'undetermined', 'The profile records nothing about ISO 27001.'],
    ['Does your SOC 2 cover Salesforce?', 'undetermined', 'Salesforce is not among the subservice organizations.'],
    ['Is the next SOC 2 examination planned?', 'yes', 'nextPeriod is recorded.'],
    ['Can we get the SOC 2 via your trust portal?', 'yes', 'sharing.trustPortalUrl is set.'],
    ['Does the SOC 2 include both Availability and Confidentiality?', 'no', 'The Type 2 includes availability but not confidentiality; the Type 1 neither.'],
    ['Do you perform vulnerability scans at least weekly?', 'undetermined', 'No scanning facts are recorded.'],
    ['Are your SOC 1 and SOC 2 performed by the same firm?', 'undetermined', 'The SOC 2 Type 2 and SOC 1 share a firm, the SOC 2 Type 1 does not.'],
    ['Is your SOC 1 report current?', 'yes', 'SOC 1 period ended 2026-03-31, about eight months ago.'],
    ['Does your SOC 2 cover both Equinix and AWS?', 'undetermined', 'Two providers with different answers (Equinix inclusive, AWS carved out).'],
    ['Is the Type 2 report free of exceptions compared with the Type 1?', 'undetermined', 'Confusing comparison; the Type 1 records no exceptions.'],
  ]),
  ...at('multi_engagement', '2027-05-20', [
    ['Do you have a current SOC 2 Type 2?', 'no', 'Latest Type 2 period ended 2026-03-31, about 13.5 months ago.'],
    ['Is the SOC 2 older than a year?', 'yes', 'Latest Type 2 period ended 2026-03-31.'],
  ]),

  // ── nda_false_unknown ────────────────────────────────────────────────────────────────────
  ...at('nda_false_unknown', '2026-12-03', [
    ['Do you have a SOC 2 Type II report?', 'yes', 'A completed Type 2 exists.'],
    ['Were any exceptions identified?', 'undetermined', 'Exceptions are not recorded (field absent).'],
    ['Is the report free of exceptions?', 'undetermined', 'Exceptions are not recorded (field absent).'],
    ['Was the opinion unqualified?', 'yes', 'Opinion is unqualified.'],
    ['Does the audit period span a full 12 months?', 'no', 'Period 2025-12-01 to 2026-08-31 is nine months.'],
    ['Does the examination period cover at least six months?', 'yes', 'Period 2025-12-01 to 2026-08-31 is nine months.'],
    ['Is the report current?', 'yes', 'Period ended 2026-08-31, about three months ago.'],
    ['Is your SOC 2 report publicly available?', 'undetermined', 'nda is false, which does not say the report is public.'],
    ['Is a NDA required to review the report?', 'no', 'sharing.nda is false.'],
    ['Is the report available via a trust portal?', 'undetermined', 'No trust portal URL is recorded.'],
    ['Please indicate whether a SOC 3 report is available.', 'yes', 'soc3.available is true.'],
    ['Does the SOC 2 cover DigitalOcean\'s controls?', 'yes', 'DigitalOcean is included by the inclusive method.'],
    ['Is Cloudflare covered by the report?', 'no', 'Cloudflare is carved out.'],
    ['Does the report include Processing Integrity?', 'yes', 'processing_integrity is in scope.'],
    ['Was the examination conducted in accordance with SSAE No. 18?', 'yes', 'A completed SOC 2 is an attestation under SSAE 18.'],
    ['Was the report prepared under ISAE 3000?', 'undetermined', 'The profile does not record an ISAE 3000 engagement.'],
    ['Is this an SSAE 16 report?', 'no', 'Period ended 2026; SSAE 16 was superseded.'],
    ['Do you have an incident response plan?', 'no', 'incidentResponse.planExists is false.'],
    ['Has your IR plan been tested in the last 12 months?', 'no', 'No incident response plan exists.'],
    ['Has a penetration test been conducted in the last 12 months?', 'no', 'Latest penetration test 2025-11-20, about 12.5 months ago.'],
    ['Was the pen test performed by an independent third party?', 'undetermined', 'No firm is recorded for the penetration test.'],
    ['Are vulnerability scans performed at least monthly?', 'yes', 'Scanning cadence is monthly.'],
    ['Are patches applied within 30 days?', 'undetermined', 'No patching facts are recorded.'],
    ['Did your auditor not find any exceptions?', 'undetermined', 'Negative question, and exceptions are not recorded.'],
    ['Was the SOC 2 audit performed by Grayling Ostrowski?', 'yes', 'cpaFirm is Grayling Ostrowski LLP.'],
    ['Was it performed by KPMG?', 'no', 'cpaFirm is Grayling Ostrowski LLP.'],
    ['Is the SOC 2 free of exceptions, and is it current?', 'undetermined', 'Exceptions are not recorded.'],
    ['Will you email us the report without an NDA?', 'undetermined', 'Sending by email is an action, not a profile fact.'],
    ['Does the SOC 3 cover the same period as the SOC 2?', 'undetermined', 'The SOC 3 period end is not recorded.'],
    ['Are your scans authenticated and monthly?', 'undetermined', 'Cadence is monthly; authentication is not recorded.'],
  ]),
];

export const NEAR_TOPIC: readonly { question: string; nearIntent: string; why: string }[] = [
  // controls.patching
  { question: 'Are third-party SaaS applications you rely on patched by their vendors within 30 days?', nearIntent: 'controls.patching', why: 'Asks about vendors\' patching, not ours.' },
  { question: 'Describe how storage media are sanitised before disposal or reuse.', nearIntent: 'controls.patching', why: 'Media sanitisation, not patch management.' },
  { question: 'Do you patch network devices such as firewalls and switches?', nearIntent: 'controls.patching', why: 'Network-device firmware is not in the patching facts.' },
  { question: 'Do you maintain a software bill of materials (SBOM) for your product?', nearIntent: 'controls.patching', why: 'Software inventory, not patching cadence.' },
  { question: 'Is there a formal change advisory board that approves emergency patches?', nearIntent: 'controls.patching', why: 'Change governance is not a patching fact.' },
  { question: 'Do you test patches in a staging environment before production rollout?', nearIntent: 'controls.patching', why: 'Patch testing procedure is not recorded.' },
  { question: 'Do you still run any end-of-life operating systems in production?', nearIntent: 'controls.patching', why: 'EOL inventory is not a patching fact.' },
  { question: 'Describe your process for updating firmware on IoT and OT devices.', nearIntent: 'controls.patching', why: 'Firmware on IoT/OT devices is beyond the patching facts.' },
  { question: 'Are customers notified before maintenance windows for patching?', nearIntent: 'controls.patching', why: 'Customer maintenance notices are not a patching fact.' },
  { question: 'Do you hold cyber-insurance that covers losses from unpatched systems?', nearIntent: 'controls.patching', why: 'Insurance, not patching.' },
  // controls.endpoint_management
  { question: 'Are servers hardened against CIS Benchmarks?', nearIntent: 'controls.endpoint_management', why: 'Server hardening, not employee endpoint management.' },
  { question: 'Describe how network devices are hardened and their configurations backed up.', nearIntent: 'controls.endpoint_management', why: 'Network-device hardening is not an endpoint fact.' },
  { question: 'Do you permit employees to use personal devices (BYOD) to access customer data?', nearIntent: 'controls.endpoint_management', why: 'BYOD policy is not recorded.' },
  { question: 'Are USB mass-storage devices blocked on your servers?', nearIntent: 'controls.endpoint_management', why: 'Server removable-media control is not recorded.' },
  { question: 'How are lost or stolen laptops reported, and how quickly?', nearIntent: 'controls.endpoint_management', why: 'Loss reporting procedure is not an endpoint fact.' },
  { question: 'Are mobile phones used by staff enrolled in a separate mobile threat defence product?', nearIntent: 'controls.endpoint_management', why: 'Mobile threat defence is not recorded.' },
  { question: 'Do you harden container images against a documented baseline?', nearIntent: 'controls.endpoint_management', why: 'Container hardening, not endpoint baselines.' },
  { question: 'Is there physical security at the offices where laptops are stored?', nearIntent: 'controls.endpoint_management', why: 'Office physical security is not an endpoint fact.' },
  { question: 'Describe how encryption keys for database backups are managed.', nearIntent: 'controls.endpoint_management', why: 'Backup key management shares "encryption" with endpoint baselines only.' },
  { question: 'Are point-of-sale terminals in your stores centrally managed?', nearIntent: 'controls.endpoint_management', why: 'POS terminals are not the endpoints the profile describes.' },
  // controls.vulnerability_scanning
  { question: 'Do you review your vendors\' vulnerability scan results?', nearIntent: 'controls.vulnerability_scanning', why: 'Vendor oversight, not our scanning.' },
  { question: 'Do you operate a bug bounty or vulnerability disclosure programme?', nearIntent: 'controls.vulnerability_scanning', why: 'Bug bounty is not a scanning fact.' },
  { question: 'Is source code peer reviewed before merge?', nearIntent: 'controls.vulnerability_scanning', why: 'Code review is not scanning.' },
  { question: 'Will you scan our network as part of onboarding?', nearIntent: 'controls.vulnerability_scanning', why: 'Scanning the customer\'s network is not a profile fact.' },
  { question: 'Do you monitor the dark web for leaked employee credentials?', nearIntent: 'controls.vulnerability_scanning', why: 'Threat intelligence, not vulnerability scanning.' },
  { question: 'Describe your malware scanning of files uploaded by customers.', nearIntent: 'controls.vulnerability_scanning', why: 'Upload malware scanning is not vulnerability scanning.' },
  { question: 'Are you an approved scanning vendor (ASV) for PCI?', nearIntent: 'controls.vulnerability_scanning', why: 'Being an ASV is not our scanning cadence.' },
  { question: 'How many critical vulnerabilities are currently open?', nearIntent: 'controls.vulnerability_scanning', why: 'Current open findings are not recorded.' },
  { question: 'Do you run data loss prevention scanning on outbound email?', nearIntent: 'controls.vulnerability_scanning', why: 'DLP, not vulnerability scanning.' },
  { question: 'Do you run a phishing simulation programme for employees?', nearIntent: 'controls.vulnerability_scanning', why: 'Phishing tests are not vulnerability scans.' },
  // controls.incident_response
  { question: 'Do you carry cyber liability insurance?', nearIntent: 'controls.incident_response', why: 'Insurance is not an incident-response fact.' },
  { question: 'Have you experienced a data breach in the past three years?', nearIntent: 'controls.incident_response', why: 'Breach history is not recorded.' },
  { question: 'Do you have a 24x7 security operations centre?', nearIntent: 'controls.incident_response', why: '24x7 coverage is not recorded.' },
  { question: 'How many people are on your security team?', nearIntent: 'controls.incident_response', why: 'Team size is not recorded.' },
  { question: 'Are disaster recovery tests performed annually?', nearIntent: 'controls.incident_response', why: 'DR testing is not incident-plan testing.' },
  { question: 'Are backups encrypted at rest?', nearIntent: 'controls.incident_response', why: 'Backup encryption is not an incident-response fact.' },
  { question: 'Describe your business continuity plan and the RTO and RPO of the service.', nearIntent: 'controls.incident_response', why: 'Business continuity, not incident response.' },
  { question: 'Do you retain a digital forensics firm on retainer?', nearIntent: 'controls.incident_response', why: 'A forensics retainer is not recorded.' },
  { question: 'Have you ever paid a ransom following a ransomware attack?', nearIntent: 'controls.incident_response', why: 'Incident history is not recorded.' },
  { question: 'Are security logs retained for at least one year?', nearIntent: 'controls.incident_response', why: 'Log retention is not an incident-response fact.' },
  { question: 'Do your subprocessors commit to notify you of breaches within 24 hours?', nearIntent: 'controls.incident_response', why: 'Subprocessors\' commitments, not ours.' },
  { question: 'Have you notified any regulator of a personal data breach in the past year?', nearIntent: 'controls.incident_response', why: 'Regulatory notification history is not recorded.' },
  // assurance.pentest
  { question: 'Will you allow us to penetration test your application?', nearIntent: 'assurance.pentest', why: 'Permission for customer testing is not recorded.' },
  { question: 'Do you perform penetration tests of customer-built applications on your platform?', nearIntent: 'assurance.pentest', why: 'Testing customers\' apps is not our pentest.' },
  { question: 'Have all high-risk findings from your last pentest been remediated?', nearIntent: 'assurance.pentest', why: 'Remediation status of findings is not recorded.' },
  { question: 'Do you conduct red-team exercises against your employees (social engineering)?', nearIntent: 'assurance.pentest', why: 'Social-engineering red teams are not recorded.' },
  { question: 'Describe the physical penetration testing of your offices.', nearIntent: 'assurance.pentest', why: 'Physical intrusion tests are not recorded.' },
  { question: 'Does your penetration testing firm carry CREST accreditation?', nearIntent: 'assurance.pentest', why: 'Tester accreditation is not recorded.' },
  { question: 'Is wireless network penetration testing performed at your offices?', nearIntent: 'assurance.pentest', why: 'Wireless tests are not recorded.' },
  { question: 'How many critical findings did the last penetration test identify?', nearIntent: 'assurance.pentest', why: 'Finding counts are not recorded.' },
  // soc2.status
  { question: 'Do you require your critical vendors to provide SOC 2 reports?', nearIntent: 'soc2.status', why: 'Vendor requirements, not our SOC 2.' },
  { question: 'Do you review your subprocessors\' SOC reports annually?', nearIntent: 'soc2.status', why: 'Vendor report review is not our SOC 2 status.' },
  { question: 'Will your SOC 2 help us with our own SOC 2 audit?', nearIntent: 'soc2.status', why: 'The customer\'s own SOC 2.' },
  { question: 'Does your product help customers achieve SOC 2 compliance?', nearIntent: 'soc2.status', why: 'Product capability, not our attestation.' },
  { question: 'Do you have an internal audit function independent of management?', nearIntent: 'soc2.status', why: 'Internal audit is not a SOC 2 fact.' },
  { question: 'Is your company audited financially by an external auditor each year?', nearIntent: 'soc2.status', why: 'Financial statement audit, not SOC 2.' },
  { question: 'Have you performed a SOC 2 readiness assessment for your new product line?', nearIntent: 'soc2.status', why: 'Readiness of another product is not recorded.' },
  { question: 'Is your AWS account in scope of Amazon\'s own SOC 2?', nearIntent: 'soc2.status', why: 'AWS\'s own report, not ours.' },
  // soc2.report_request
  { question: 'Please provide your most recent financial statements.', nearIntent: 'soc2.report_request', why: 'Financial statements, not the SOC 2 report.' },
  { question: 'Please attach your information security policy.', nearIntent: 'soc2.report_request', why: 'A policy document, not the report.' },
  { question: 'Provide a copy of your certificate of insurance.', nearIntent: 'soc2.report_request', why: 'Insurance certificate, not a SOC report.' },
  { question: 'Will you sign our mutual NDA before the RFP?', nearIntent: 'soc2.report_request', why: 'A sales NDA, not report sharing.' },
  { question: 'Share the network architecture diagram for the hosted service.', nearIntent: 'soc2.report_request', why: 'An architecture diagram, not the report.' },
  { question: 'Can you provide your subprocessor list and their locations?', nearIntent: 'soc2.report_request', why: 'Subprocessor list, not the SOC 2 report.' },
  { question: 'Attach evidence of your last business continuity test.', nearIntent: 'soc2.report_request', why: 'BCP test evidence, not the report.' },
  // assurance.iso27001
  { question: 'Are you ISO 9001 certified?', nearIntent: 'assurance.iso27001', why: 'Quality management, not ISO 27001.' },
  { question: 'Do you comply with ISO 27701 for privacy information management?', nearIntent: 'assurance.iso27001', why: 'ISO 27701 is not in the profile.' },
  { question: 'Are you certified to ISO 22301 for business continuity?', nearIntent: 'assurance.iso27001', why: 'ISO 22301 is not in the profile.' },
  { question: 'Do your data-centre providers hold ISO 27001 certification?', nearIntent: 'assurance.iso27001', why: 'Providers\' certificates, not ours.' },
  { question: 'Please provide your ISO 27001 Statement of Applicability.', nearIntent: 'assurance.iso27001', why: 'The SoA is not a profile fact.' },
  { question: 'Do you follow ISO 27017 cloud security controls?', nearIntent: 'assurance.iso27001', why: 'ISO 27017 is not in the profile.' },
  { question: 'Describe any nonconformities raised in your last ISO surveillance audit.', nearIntent: 'assurance.iso27001', why: 'Surveillance audit findings are not recorded.' },
];

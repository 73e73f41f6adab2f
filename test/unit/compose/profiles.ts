/**
 * Profile variants for the composer and claim tests: every SOC 2 status, full and sparse,
 * stale with and without a bridge letter, Type 1, exceptions, carve-out, and the other
 * assurance and controls both present and absent. All dates are relative to TODAY.
 */
import type { Soc2Status } from '../../../src/domain/assurance';
import { ProfileSchema, type Profile, type ProfileInput } from '../../../src/domain/profile/schema';

export const TODAY = '2026-05-01';

export interface Variant {
  name: string;
  profile: Profile;
  status: Soc2Status;
  stale: boolean;
  bridgeCoversToday: boolean;
}

const FULL_TYPE2: ProfileInput['soc2'] = {
  engagements: [
    {
      status: 'completed',
      type: 'type2',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      reportDate: '2026-02-10',
      cpaFirm: 'Halvorsen & Reyes LLP',
      opinion: 'unqualified',
      exceptions: [],
      categories: ['security', 'availability', 'confidentiality'],
      system: { name: 'Northwind Platform', boundary: 'the production application, its APIs and supporting infrastructure' },
      subserviceOrganizations: [
        { name: 'Amazon Web Services', services: 'infrastructure hosting', method: 'carve-out', monitoring: 'annual review of its SOC 2 Type 2 report' },
      ],
      cuecs: ['Customers manage their own user access', 'Customers review their audit logs', 'Customers configure single sign-on', 'Customers protect their API keys'],
    },
  ],
  sharing: { nda: true, trustPortalUrl: 'https://trust.northwind.example', contact: 'security@northwind.example' },
};

const OTHER_FULL: ProfileInput['otherAssurance'] = {
  iso27001: { certified: true, certificationBody: 'Certa Registrar Ltd', issued: '2024-03-01', expires: '2027-02-28', scope: 'the Northwind Platform ISMS' },
  soc1: { type: 'type2', periodStart: '2025-01-01', periodEnd: '2025-12-31', cpaFirm: 'Halvorsen & Reyes LLP' },
  soc3: { available: true, url: 'https://northwind.example/soc3.pdf', periodEnd: '2025-12-31' },
  penetrationTests: [
    { date: '2025-11-15', firm: 'Redline Testing GmbH', scope: 'the web application and public APIs', summaryAvailable: true },
    { date: '2024-11-10', firm: 'Redline Testing GmbH' },
  ],
  frameworks: [
    { name: 'PCI DSS', status: 'Level 1 service provider attestation of compliance, valid until 2027-03-31' },
    { name: 'HIPAA', status: 'business associate agreements available on request' },
  ],
};

const CONTROLS_FULL: ProfileInput['controls'] = {
  patching: { automatedUpdates: true, criticalWithinDays: 7, highWithinDays: 30, description: 'Patches are tracked in the change management system.' },
  endpointManagement: { centrallyManaged: true, tool: 'Fleetwise MDM', baselines: 'disk encryption, screen lock and automatic updates' },
  vulnerabilityScanning: { cadence: 'weekly', tools: ['ScanSmith', 'DepWatch'], scope: 'all production hosts and container images' },
  incidentResponse: { planExists: true, lastTested: '2026-01-20', notificationCommitment: 'within 72 hours of confirmation' },
};

function make(name: string, input: ProfileInput, status: Soc2Status, stale = false, bridgeCoversToday = false): Variant {
  return { name, profile: ProfileSchema.parse(input), status, stale, bridgeCoversToday };
}

/** A profile the schema would reject but the types allow (an unknown criterion id): the composer must still not repeat it. */
function withUnknownCriterion(variant: Variant): Variant {
  const profile = structuredClone(variant.profile);
  profile.soc2.engagements[0]?.exceptions?.push({ criterion: 'CC10.1', description: 'A firewall rule review was late.' });
  return { ...variant, name: `${variant.name}, plus an unknown criterion id (schema bypassed)`, profile };
}

const org = { name: 'Northwind Data' };

const BASE_VARIANTS: readonly Variant[] = [
  make('type2 full', { organization: { ...org, product: 'Northwind Platform' }, soc2: FULL_TYPE2, otherAssurance: OTHER_FULL, controls: CONTROLS_FULL }, 'type2'),
  make('type2 sparse', { organization: org, soc2: { engagements: [{ status: 'completed', type: 'type2', periodStart: '2025-04-01', periodEnd: '2026-03-31' }] } }, 'type2'),
  make(
    'type2 stale, no bridge letter, no next date',
    { organization: org, soc2: { engagements: [{ status: 'completed', type: 'type2', periodStart: '2024-01-01', periodEnd: '2024-12-31', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'unqualified', exceptions: [] }] } },
    'type2',
    true,
  ),
  make(
    'type2 stale, no bridge letter, next report known',
    {
      organization: org,
      soc2: {
        engagements: [
          { status: 'completed', type: 'type2', periodStart: '2024-01-01', periodEnd: '2024-12-31', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'unqualified' },
          { status: 'in_progress', type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30', expectedReportDate: '2026-08-31', cpaFirm: 'Halvorsen & Reyes LLP' },
        ],
        sharing: { nda: true },
      },
    },
    'type2',
    true,
  ),
  make(
    'type2 stale, bridge letter covers today',
    {
      organization: org,
      soc2: {
        engagements: [{ status: 'completed', type: 'type2', periodStart: '2024-04-01', periodEnd: '2025-03-31', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'unqualified', exceptions: [] }],
        bridgeLetter: { coversUntil: '2026-06-30', issuedOn: '2026-06-30' },
        nextPeriod: { type: 'type2', start: '2025-04-01', end: '2026-03-31', expectedReportDate: '2026-06-15' },
        sharing: { trustPortalUrl: 'https://trust.northwind.example' },
      },
    },
    'type2',
    true,
    true,
  ),
  make(
    'type2 stale, bridge letter expired',
    {
      organization: org,
      soc2: {
        engagements: [{ status: 'completed', type: 'type2', periodStart: '2024-01-01', periodEnd: '2024-12-31', cpaFirm: 'Halvorsen & Reyes LLP' }],
        bridgeLetter: { coversUntil: '2025-03-31' },
        sharing: { nda: false },
      },
    },
    'type2',
    true,
  ),
  make(
    'type2 fresh, bridge letter covers today',
    {
      organization: org,
      soc2: {
        engagements: [{ status: 'completed', type: 'type2', periodStart: '2024-10-01', periodEnd: '2025-09-30', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'unqualified', exceptions: [] }],
        bridgeLetter: { coversUntil: '2026-06-30' },
        sharing: { contact: 'trust@northwind.example' },
      },
    },
    'type2',
    false,
    true,
  ),
  make(
    'type2 with exceptions',
    {
      organization: org,
      soc2: {
        engagements: [
          {
            status: 'completed',
            type: 'type2',
            periodStart: '2025-01-01',
            periodEnd: '2025-12-31',
            cpaFirm: 'Halvorsen & Reyes LLP',
            opinion: 'unqualified',
            exceptions: [
              { criterion: 'CC6.2', description: 'Two leavers kept access for three days; access reviews now run weekly.' },
              { criterion: 'CC8.1', description: 'A change was deployed before its approval was recorded.' },
              { description: 'One backup restore test was not documented.' },
            ],
          },
        ],
        sharing: { nda: true },
      },
    },
    'type2',
  ),
  make(
    'type2 qualified opinion',
    {
      organization: org,
      soc2: {
        engagements: [{ status: 'completed', type: 'type2', periodStart: '2025-01-01', periodEnd: '2025-12-31', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'qualified', exceptions: [{ criterion: 'CC8.1', description: 'Emergency changes lacked approval.' }] }],
        sharing: { nda: true },
      },
    },
    'type2',
  ),
  make(
    'type2 carve-out without monitoring, plus inclusive',
    {
      organization: org,
      soc2: {
        engagements: [
          {
            status: 'completed',
            type: 'type2',
            periodStart: '2025-01-01',
            periodEnd: '2025-12-31',
            cpaFirm: 'Halvorsen & Reyes LLP',
            opinion: 'unqualified',
            categories: ['security', 'privacy'],
            subserviceOrganizations: [
              { name: 'Google Cloud', services: 'hosting', method: 'carve-out' },
              { name: 'PayFlow Inc', method: 'inclusive' },
            ],
            cuecs: [],
          },
        ],
        sharing: { nda: true },
      },
    },
    'type2',
  ),
  make(
    'type1 full with type2 under way',
    {
      organization: org,
      soc2: {
        engagements: [
          { status: 'completed', type: 'type1', asOf: '2025-09-30', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'unqualified', categories: ['security', 'privacy'], system: { name: 'Northwind Platform' }, subserviceOrganizations: [{ name: 'Amazon Web Services', method: 'carve-out', monitoring: 'quarterly review of its assurance reports' }], cuecs: ['Customers manage their own user access'] },
          { status: 'in_progress', type: 'type2', periodStart: '2025-10-01', periodEnd: '2026-03-31', expectedReportDate: '2026-06-30', cpaFirm: 'Halvorsen & Reyes LLP' },
        ],
        sharing: { nda: true, trustPortalUrl: 'https://trust.northwind.example' },
      },
    },
    'type1',
  ),
  make('type1 sparse', { organization: org, soc2: { engagements: [{ status: 'completed', type: 'type1', asOf: '2026-01-31' }] } }, 'type1'),
  make(
    'type1 stale',
    { organization: org, soc2: { engagements: [{ status: 'completed', type: 'type1', asOf: '2024-06-30', cpaFirm: 'Halvorsen & Reyes LLP', opinion: 'unqualified' }], nextPeriod: { type: 'type2', start: '2026-01-01', end: '2026-06-30' } } },
    'type1',
    true,
  ),
  make(
    'in progress type2',
    {
      organization: org,
      soc2: {
        engagements: [{ status: 'in_progress', type: 'type2', periodStart: '2026-01-01', periodEnd: '2026-06-30', expectedReportDate: '2026-08-31', cpaFirm: 'Halvorsen & Reyes LLP', categories: ['security', 'availability'], subserviceOrganizations: [{ name: 'Microsoft Azure', method: 'carve-out', monitoring: 'annual vendor review' }] }],
        sharing: { nda: true },
      },
    },
    'in_progress',
  ),
  make('planned type2, nothing known', { organization: org, soc2: { engagements: [{ status: 'planned', type: 'type2' }] } }, 'in_progress'),
  make('no SOC 2, nothing else', { organization: org }, 'none'),
  make(
    'no SOC 2, plan and other assurance',
    {
      organization: org,
      soc2: { engagements: [], nextPeriod: { type: 'type1', end: '2026-09-30', expectedReportDate: '2026-11-30' } },
      otherAssurance: { iso27001: { certified: true, certificationBody: 'Certa Registrar Ltd', expires: '2027-02-28' }, penetrationTests: [{ date: '2026-02-01', firm: 'Redline Testing GmbH' }] },
    },
    'none',
  ),
  make(
    'type2, controls and assurance all negative',
    {
      organization: org,
      soc2: FULL_TYPE2,
      otherAssurance: { iso27001: { certified: false }, soc3: { available: false }, penetrationTests: [], frameworks: [] },
      controls: {
        patching: { automatedUpdates: false },
        endpointManagement: { centrallyManaged: false },
        vulnerabilityScanning: { tools: ['ScanSmith'] },
        incidentResponse: { planExists: false },
      },
    },
    'type2',
  ),
  make(
    'type1, ISO expired, old pentest',
    {
      organization: org,
      soc2: { engagements: [{ status: 'completed', type: 'type1', asOf: '2025-12-31', cpaFirm: 'Halvorsen & Reyes LLP' }] },
      otherAssurance: { iso27001: { certified: true, certificationBody: 'Certa Registrar Ltd', expires: '2026-01-31' }, soc1: { type: 'type1', asOf: '2025-06-30' }, penetrationTests: [{ date: '2024-09-01' }] },
      controls: { incidentResponse: { planExists: true, lastTested: '2024-02-01' } },
    },
    'type1',
  ),
];

export const VARIANTS: readonly Variant[] = [
  ...BASE_VARIANTS,
  withUnknownCriterion(BASE_VARIANTS.find((v) => v.name === 'type2 with exceptions') ?? (BASE_VARIANTS[0] as Variant)),
];

/** Every string value in the profile (names, firms, dates): the only facts an answer may state. */
export function profileStrings(profile: Profile): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      out.add(value);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(profile);
  return out;
}

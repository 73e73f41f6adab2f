/**
 * The scaffold written by "Create assurance profile": JSON with comments that explain each field
 * in customer-safe terms. Only the organization name is live; every other fact is a commented
 * example, because an unedited scaffold must not put invented facts into answers.
 * (`$schema` is left out: the extension associates the schema through `jsonValidation`.)
 */

export interface ProfileTemplateOptions {
  /** Emit the example blocks as live JSON instead of comments (used by tests and previews). */
  uncommentExamples?: boolean;
}

// Lines starting (after indentation) with EXAMPLE are example code: commented out by default.
const EXAMPLE = '§';

const LINES: readonly string[] = [
  '// Attest assurance profile: the facts Attest uses to answer security questionnaires.',
  '// Hover over a property for help; press Ctrl+Space for suggestions. Dates are YYYY-MM-DD.',
  '// State only what your latest reports actually say. When a fact is missing, Attest leaves a',
  '// visible placeholder such as [period end date] for a person to complete; it never guesses.',
  '// To use an example below, remove the leading // from its lines and replace the values.',
  '{',
  '  "organization": {',
  '    // Your organization, as it should appear in answers.',
  '    "name": {{ORG_NAME}},',
  '    // The product or service customers ask about.',
  '    §"product": "Example Cloud",',
  '  },',
  '',
  '  "soc2": {',
  '    // One entry per SOC 2 examination, completed or under way. While this list is empty,',
  '    // Attest answers that there is no SOC 2 report.',
  '    //',
  '    // A SOC 2 is an attestation report issued by an independent, licensed CPA firm; it is not a',
  '    // certificate, so answers describe "a SOC 2 Type 2 report", never a certification.',
  '    //   Type 1: the design of controls at one date. Give "asOf", no period.',
  '    //   Type 2: design and operating effectiveness over a period (commonly 3 to 12 months;',
  '    //           the AICPA sets no fixed minimum). Give "periodStart" and "periodEnd".',
  '    // Customers judge freshness from "periodEnd" (Type 2) or "asOf" (Type 1), not from the',
  '    // date the report was issued.',
  '    "engagements": [',
  '      §{',
  '      §  "status": "completed", // completed | in_progress | planned',
  '      §  "type": "type2", // type1 | type2',
  '      §  "periodStart": "2025-07-01",',
  '      §  "periodEnd": "2026-06-30",',
  '      §  "reportDate": "2026-08-14", // when the CPA firm issued the report',
  '      §  "cpaFirm": "Example CPA Firm LLP",',
  '      §  // The opinion paragraph of the report: unqualified | qualified | adverse | disclaimer.',
  '      §  "opinion": "unqualified",',
  '      §  // Exceptions (deviations) in the tests of controls. [] means the report lists none;',
  '      §  // leave the property out if you are not sure. A clean opinion can still list exceptions.',
  '      §  "exceptions": [',
  '      §    { "criterion": "CC6.2", "description": "Describe what the auditor found, briefly.", "remediation": "What you changed." },',
  '      §  ],',
  '      §  // Security is always in scope. Add availability, confidentiality, processing_integrity',
  '      §  // or privacy only when the report names them.',
  '      §  "categories": ["security", "availability"],',
  '      §  // The system the report describes; products outside its boundary are not covered.',
  '      §  "system": { "name": "Example Cloud platform", "boundary": "The production application, its APIs and supporting infrastructure." },',
  '      §  // carve-out: the provider is named but its controls are excluded from the report and not',
  '      §  // tested (customers rely on its own report). inclusive: its relevant controls are tested.',
  '      §  "subserviceOrganizations": [',
  '      §    {',
  '      §      "name": "Example Cloud Provider",',
  '      §      "services": "Infrastructure hosting",',
  '      §      "method": "carve-out",',
  '      §      "monitoring": "We review the provider\'s own SOC 2 Type 2 report every year.",',
  '      §      "csocs": ["Physical and environmental security of the data centers."],',
  '      §    },',
  '      §  ],',
  '      §  // Complementary user entity controls: what the report expects your customers to do.',
  '      §  "cuecs": ["Customers manage and periodically review their own users\' access."],',
  '      §},',
  '    ],',
  '    // How customers obtain the report. A SOC 2 report is restricted use: usually shared under NDA.',
  '    §"sharing": { "nda": true, "trustPortalUrl": "https://trust.example.com", "contact": "security@example.com" },',
  '    // A bridge (gap) letter is written and signed by your management, not by the auditor, and',
  '    // carries no auditor assurance. It covers the time since the last period ended, usually up',
  '    // to about three months.',
  '    §"bridgeLetter": { "coversUntil": "2026-09-30", "issuedOn": "2026-10-01" },',
  '    // The next examination, if planned.',
  '    §"nextPeriod": { "type": "type2", "start": "2026-07-01", "end": "2027-06-30", "expectedReportDate": "2027-08-31" },',
  '  },',
  '',
  '  // Other assurance. ISO/IEC 27001, unlike SOC 2, is a certification issued by an accredited body.',
  '  §"otherAssurance": {',
  '  §  "iso27001": { "certified": true, "version": "2022", "certificationBody": "Example Certification Body", "issued": "2025-04-01", "expires": "2028-03-31" },',
  '  §  // SOC 1 covers controls relevant to customers\' financial reporting; SOC 3 is a public summary.',
  '  §  "soc3": { "available": false },',
  '  §  // Independent penetration tests, most recent first.',
  '  §  "penetrationTests": [{ "date": "2026-05-15", "firm": "Example Security Testing Ltd", "scope": "Web application and APIs", "summaryAvailable": true }],',
  '  §},',
  '',
  '  // Controls that keep running between audits.',
  '  §"controls": {',
  '  §  "patching": { "automatedUpdates": true, "criticalWithinDays": 7, "highWithinDays": 30 },',
  '  §  "endpointManagement": { "centrallyManaged": true, "tool": "Your MDM product", "baselines": "Disk encryption, screen lock, automatic updates." },',
  '  §  "vulnerabilityScanning": { "cadence": "weekly", "tools": ["Your scanner"], "scope": "Production hosts, containers and dependencies." },',
  '  §  "incidentResponse": { "planExists": true, "lastTested": "2026-09-15", "notificationCommitment": "Without undue delay after confirmation." },',
  '  §},',
  '}',
];

/** The JSONC scaffold for `.attest/profile.json`. */
export function profileTemplate(orgName?: string, options: ProfileTemplateOptions = {}): string {
  const name = orgName !== undefined && orgName.trim() !== '' ? orgName.trim() : 'Your Company, Inc.';
  const rendered = LINES.map((line) => {
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    const rest = line.slice(indent.length);
    const withName = rest.replace('{{ORG_NAME}}', () => JSON.stringify(name));
    if (!withName.startsWith(EXAMPLE)) {
      return indent + withName;
    }
    const code = withName.slice(EXAMPLE.length);
    return options.uncommentExamples === true ? indent + code : `${indent}// ${code}`;
  });
  return `${rendered.join('\n')}\n`;
}

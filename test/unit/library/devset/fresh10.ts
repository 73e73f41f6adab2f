/**
 * An eleventh held-out set ("fresh10"): questions written on 2026-12-07, from scratch and in new
 * words, by a helper that had not read or run the matcher's code, and never measured before its
 * first run (at 6afd078: 125 filled, 116 right, 92.8% precision / 44.4% recall; 7 Yes/No, none
 * from an entry other than the label). Never to be read error by error or tuned on: a
 * miss here is counted, not fixed by adding its words. The phrasings avoid those of entries.ts,
 * questions.ts, held-out.ts, fresh.ts … fresh9.ts and vsaq.ts. The styles differ from the earlier
 * sets: US state and university RFP requirement tables ("The Contractor shall …", "Respondent must
 * describe …"), HECVAT Lite items with their ids ("AAAI-09", "HFIH-03", "APPL-05", "ITAC-01"), SIG
 * Core items with section numbers ("SIG Core H.1.3 – …"), insurance-broker and cyber-underwriting
 * forms ("Does the Applicant …"), healthcare vendor-risk forms (HIPAA, "the Covered Entity", "the
 * Business Associate"), fintech bank due diligence ("the Bank", fourth parties, FFIEC, GLBA), K-12
 * student-privacy questionnaires (FERPA, COPPA, "district data", the NDPA), accessibility
 * procurement (VPAT, ACR, WCAG, Section 508), AI-governance questionnaires (model training, human
 * review, retention of prompts, AI providers), terse spreadsheet headers ("Backup retention
 * (days)"), Yes/No checkbox rows ("☐ Yes ☐ No – …"), multi-choice "Select all that apply" items,
 * questions with numeric bounds ("within 4 hours", "at least 99.9%", "a minimum of AES-128",
 * "no fewer than fifteen (15) characters"), and chatty emails from procurement. Labelled with the
 * DEV_ENTRIES id whose answer fully and truthfully answers the question as asked – with the same
 * yes/no polarity as the entry where the question is polar and the entry has a yesno, and meeting
 * any stated bound (a question the entry's own honest No answers is labelled with it) – or null
 * when none does: stricter bounds than the entry states, the opposite polarity ("Is BYOD
 * prohibited?"), compounds needing two entries, nearby subjects the library lacks (SOC 2 and ISO
 * certificates, incident response plans, COPPA, NIST SP 800-88, human review of AI output),
 * details of a covered subject the answer does not state, the customer doing what an entry says
 * the vendor does, products, providers or regions no entry names, and questions only an internal
 * entry would answer. When in doubt the label is null. 110 of the 371 questions (about 30%) are
 * null.
 */
import type { Labelled } from './questions';

function q(entry: string | null, ...questions: string[]): Labelled[] {
  return questions.map((question) => [question, entry] as const);
}

export const FRESH10: readonly Labelled[] = [
  // identity
  ...q(
    'sso-customers',
    "RFP §4.2.1 – The Contractor shall support federated authentication with the University's identity provider using SAML 2.0. Describe how the proposed solution complies.",
    'Federated login (SAML / OIDC) for district staff – Y/N',
    'Can our staff sign in to the platform through our own OpenID Connect identity provider?',
  ),
  ...q(
    'mfa-customers',
    'Respondent must describe the multi-factor authentication options available to end users of the proposed solution.',
    'Can tenant administrators make a second factor mandatory for every user in the account?',
    'Does the application accept hardware security keys as a second factor for customer accounts?',
    '☐ Yes ☐ No – End users can enroll an authenticator app for two-step verification.',
  ),
  ...q(
    'mfa-workforce',
    'Does the Applicant require multi-factor authentication for all remote access to its network by employees?',
    'SIG Core H.6.2 – Is a second authentication factor required for workforce members connecting to production environments?',
    'Workforce MFA – phishing-resistant factors enforced for all staff? (Y/N)',
  ),
  ...q(
    'password-policy',
    'Minimum password length (characters)',
    'Does the system enforce a minimum password length of at least eight (8) characters for accounts that do not use SSO?',
    'Are users forced to change their passwords every 90 days?',
    'Are new passwords screened against lists of known compromised passwords?',
  ),
  ...q(
    'password-storage',
    'How does the solution protect stored credentials (hashing algorithm, salting)?',
    "Can your administrators view or recover a user's plaintext password?",
    'HECVAT AAAI-05 – Are passwords stored using a salted one-way hash?',
  ),
  ...q(
    'rbac-app',
    'HECVAT AAAI-09 – Does your application support role-based permissions that institution administrators can configure?',
    'Role-based access (customer admins define roles): Yes / No / N/A',
  ),
  ...q(
    'least-privilege',
    'SIG Core H.1.3 – Is access to Scoped Data by vendor personnel restricted based on job function and need to know?',
  ),
  ...q(
    'access-reviews',
    'Are user entitlements on systems that hold Covered Entity data recertified at least semi-annually?',
    'Access recertification frequency',
    'Does the Applicant review user access rights at least once a year?',
  ),
  ...q(
    'offboarding',
    'The Contractor shall revoke all system access of departing personnel no later than five (5) business days after separation. Confirm compliance.',
    'Termination – access removal SLA',
  ),
  ...q(
    'privileged-access',
    'SIG Core H.4 – Describe the controls over administrative and root access to systems hosting client data.',
    'Is production admin access standing, or granted just in time?',
  ),
  ...q(
    'session-timeout',
    'Idle session timeout of 60 minutes or less? (Y/N)',
    'Can an administrator configure a shorter inactivity timeout for our users?',
  ),
  ...q(
    'scim',
    'Does the solution support automated account provisioning and deprovisioning from Microsoft Entra ID?',
    'User lifecycle management via SCIM (supported Y/N)',
  ),
  ...q('shared-accounts', 'Are all personnel issued unique user IDs, with generic or group logins prohibited?'),
  ...q('api-auth', 'API authentication method(s)', 'Can API keys be revoked and rotated by the customer?'),
  ...q('ip-allowlist', "Can the District limit logins to its own network's IP ranges?"),

  // encryption
  ...q(
    'encryption-at-rest',
    'Is Bank data encrypted at rest using a minimum of AES-128?',
    'HECVAT DATA-03 – Is institutional data encrypted at rest? Specify the algorithm and key length.',
    'At-rest encryption: algorithm',
    'Does the Applicant encrypt all customer data held in its cloud databases and storage?',
  ),
  ...q(
    'encryption-in-transit',
    'All data transmissions shall use TLS 1.2 or greater. Confirm.',
    'Is student data encrypted while traveling between the District and the vendor?',
    'Minimum TLS version supported',
    'Select all that apply – protocols accepted for data in transit: ☐ TLS 1.0 ☐ TLS 1.1 ☐ TLS 1.2 ☐ TLS 1.3',
  ),
  ...q(
    'internal-traffic-encryption',
    'Is east-west traffic within your cloud environment encrypted?',
    'Is mutual TLS used between your microservices?',
  ),
  ...q(
    'key-management',
    'Are cryptographic keys rotated at least annually?',
    'Describe how encryption keys are stored, how often they are rotated, and who can access them.',
    'Where are keys kept – HSM, cloud KMS, or application configuration?',
  ),
  ...q(
    'customer-managed-keys',
    'Does the Bank have the option to supply and control its own encryption keys?',
    'BYOK / HYOK supported? Y/N',
  ),
  ...q(
    'laptop-encryption',
    'Does the Applicant encrypt all laptops with full-disk encryption?',
    'Is laptop disk encryption centrally enforced and reported through device management?',
  ),
  ...q(
    'backup-encryption',
    'Are backup copies of Covered Entity data encrypted?',
    'Backup encryption (algorithm)',
    'Are backups encrypted with the same strength as production data (AES-256)?',
  ),
  ...q('fips', 'Are all cryptographic modules protecting State data FIPS 140-2 or FIPS 140-3 validated?'),

  // logging & monitoring
  ...q(
    'audit-logging',
    'SIG Core J.2 – Are security events such as successful and failed logins, privilege use and access to data logged?',
    'Do audit records capture user identity, timestamp and source IP address?',
  ),
  ...q('log-retention', 'Are audit logs retained for a minimum of one year?', 'Log retention (online / archive)'),
  ...q('siem', 'Does the Applicant aggregate logs into a SIEM with alerting?'),
  ...q('log-integrity', 'Are audit trails kept in write-once (WORM) storage so they cannot be altered?'),
  ...q(
    'customer-audit-log',
    'Can institution administrators view and export an activity log of user sign-ins and configuration changes?',
  ),
  ...q('security-monitoring-247', 'Is there 24/7/365 monitoring of security alerts, in-house or through an MDR provider?'),
  ...q(
    'ids',
    'FIDP-04 – Do you employ intrusion detection in the hosting environment?',
    'Are production systems monitored for intrusions, with alerts routed to the security team?',
  ),
  ...q('time-sync', 'Are all servers time-synchronized over NTP to an authoritative source?', 'Clock sync source'),

  // network
  ...q('firewalls', 'Is ingress and egress traffic restricted using a default-deny rule set?'),
  ...q(
    'network-segmentation',
    'SIG Core N.4 – Is the environment hosting Scoped Data logically segregated from the corporate office network?',
  ),
  ...q('ddos', 'Does the Applicant have DDoS mitigation services in place?'),
  ...q('waf', 'Is a WAF deployed in front of internet-facing applications?'),
  ...q(
    'vpn',
    'How does workforce remote connectivity to internal tools work – VPN or zero-trust access?',
    'Does the Applicant use a zero-trust access proxy in place of a traditional VPN?',
  ),
  ...q(
    'wifi',
    'Is office wireless traffic protected with WPA2-Enterprise or better?',
    'Is guest Wi-Fi isolated from the corporate network?',
  ),
  ...q(
    'hardening',
    'Are server builds based on CIS Benchmarks or DISA STIG baselines?',
    'Is configuration drift on servers detected automatically?',
    'SIG Core U.1 – Are servers built from a hardened, standard image?',
  ),
  ...q('email-security', 'Does the Applicant implement DMARC with a policy of quarantine or reject?'),

  // hosting
  ...q(
    'cloud-provider',
    'Name of IaaS provider',
    'Is the solution hosted in vendor-owned facilities or in a public cloud? Identify the provider.',
    'Hey! Our CFO asked whether you run on AWS or somewhere else – mind confirming?',
  ),
  ...q(
    'data-location',
    'Identify each country in which Bank data will be stored or processed.',
    'Data residency (regions)',
    'Select all that apply – hosting regions available: ☐ United States ☐ European Union ☐ United Kingdom ☐ Asia-Pacific',
    "Hello – one more from our compliance desk: do you keep our files in Europe or in the US? We're the German subsidiary.",
  ),
  ...q(
    'data-outside-us',
    'Will any State data be transmitted, stored or accessed outside the United States?',
    'Do you use offshore personnel who can access district data to provide support?',
  ),
  ...q('eu-hosting', 'Is an EU data region available for our European campus?'),
  ...q(
    'datacenter-physical',
    'DCTR-01 – Describe the physical access controls at the data centers hosting institutional data.',
    '☐ Yes ☐ No – Vendor data centers are operated by a major cloud provider with its own physical-security attestations.',
  ),
  ...q(
    'multi-tenancy',
    "How does the solution ensure that one district cannot see another district's records in a shared environment?",
    "Does the application separate each customer's data with tenant identifiers enforced in the database (row-level security)?",
    'Are student records hosted in the same multi-tenant database as other customers, and how are they kept apart?',
  ),
  ...q(
    'env-separation',
    'CHNG-04 – Are non-production environments logically separated from production?',
    'Does the Applicant keep production and non-production workloads in separate cloud accounts?',
  ),
  ...q('prod-data-in-test', 'Is live patient data ever copied into QA or test systems?'),
  ...q(
    'high-availability',
    'Is the hosting architecture redundant across at least two availability zones?',
    'Is each production tier deployed across three or more availability zones?',
  ),

  // backup & continuity
  ...q(
    'backup-frequency',
    'Are backups of institutional data performed at least daily?',
    'Backup frequency (full / incremental)',
    'Select all that apply – backup methods in use: ☐ continuous / point-in-time ☐ daily full snapshot ☐ weekly full ☐ tape',
  ),
  ...q('backup-offsite', 'Are backup copies kept in a geographically separate location from the primary site?'),
  ...q('backup-restore-test', 'Does the Applicant test restoration from backups at least annually?'),
  ...q('backup-retention', 'Backup retention (days)', 'Are backups retained for a minimum of 30 days?'),
  ...q(
    'bcp',
    'Does the Vendor maintain a documented business continuity plan that is reviewed at least annually?',
    'Does the continuity plan cover the loss of a key supplier?',
  ),
  ...q(
    'dr-plan',
    'DRPL-02 – Is your disaster recovery plan tested at least annually?',
    "Is the Vendor's disaster recovery plan tested each year?",
  ),
  ...q(
    'rto-rpo',
    'The Contractor shall restore service within eight (8) hours of a declared disaster (RTO ≤ 8 h).',
    'RPO must not exceed 1 hour. Can you meet this?',
    'RTO / RPO (hours)',
    'Hello, could you confirm your RTO is under a day? That is all we need for the BCP section.',
    'Can the service be restored within 4 hours of a major outage?',
  ),
  ...q(
    'uptime-sla',
    'Does your SLA guarantee availability of at least 99.9% per month?',
    'Are service credits provided when availability commitments are missed?',
    'Minimum uptime of 99.5% measured quarterly – can you commit?',
    'Hey there – can you confirm what uptime you guarantee and whether there are credits if you miss it?',
  ),
  ...q('status-page', 'Is there a public status page where we can subscribe to incident notifications?'),

  // incident
  ...q(
    'breach-notification',
    'Will the Vendor notify the Covered Entity of a breach of its data no later than ten (10) calendar days after confirmation?',
    'Breach notification window (hours)',
    'HFIH-03 – Will you notify the institution within 72 hours of a confirmed breach of institutional data?',
  ),
  ...q(
    'incident-history',
    'Has the Applicant had a data breach exposing customer information within the past three years?',
    'Any breaches of customer data in the past 12 months? Y/N',
    "Hi! Our board is asking whether you've had any breaches of customer data recently – anything in the last three years we should know about?",
  ),
  ...q(
    'forensics',
    'Does the Applicant have a retainer with an incident response or digital forensics firm?',
    'Does the Vendor have access to external forensic expertise for major incidents?',
  ),

  // data lifecycle
  ...q(
    'data-deletion-termination',
    'Will customer data be purged from all systems, including backups, within 90 days after termination?',
    'Post-termination data deletion timeline',
  ),
  ...q(
    'data-export',
    'DATA-07 – Will the Contractor return all State data in a non-proprietary format (e.g., CSV) upon request?',
    'Can we bulk export our data through the API?',
    'Select all that apply – export formats: ☐ CSV ☐ JSON ☐ XLSX ☐ PDF',
    'Quick question from our side – if we ever leave you, how do we get our data out and in what format?',
    'Can the Bank download a full copy of its data at any time during the term?',
  ),
  ...q('data-ownership', 'Does the District retain all rights, title and ownership of district data?'),
  ...q('media-disposal', 'How do you dispose of retired storage devices and laptops?'),
  ...q(
    'data-classification',
    'SIG Core D.2 – Is there a data classification scheme with handling requirements for each level?',
    'Data classification levels defined? (public / internal / confidential / restricted)',
  ),
  ...q(
    'data-retention-policy',
    'Do you maintain a records retention schedule?',
    'Does the vendor have a written policy that defines how long each category of data is kept?',
  ),
  ...q('dlp', 'Does the Applicant use data loss prevention tools to monitor outbound email?'),
  ...q('sell-data', 'Will the vendor sell student personal information to any third party?'),

  // privacy
  ...q('gdpr', 'Do you act as a processor for the personal data of our EU students under the GDPR?'),
  ...q(
    'dpa',
    'Is a standard data processing addendum available for signature?',
    "Hi team – quick one from procurement before Friday's committee: legal wants to know if you'll sign our data processing addendum or whether we have to use yours. Thanks!",
  ),
  ...q(
    'subprocessors',
    'List all third parties (subcontractors) that will have access to Bank data.',
    "Will we receive at least 30 days' notice before a new subprocessor is engaged?",
    'Hello, following up on the RFP: how much notice would we get before you bring on a new subprocessor? Cheers',
    'Will the Contractor provide a link to its subprocessor list?',
  ),
  ...q('dpo', 'Contact details for your Data Protection Officer', 'Is there a designated data protection officer?'),
  ...q('privacy-policy', 'URL of vendor privacy notice'),
  ...q(
    'dsar',
    "Will the Vendor assist the Covered Entity in responding to individuals' requests for access to their records within 30 days?",
    "Can admins delete a specific individual's data in the product to honor an erasure request?",
    'How does your platform support locating and exporting all the data held about one person?',
  ),
  ...q('ccpa', "Are you a 'service provider' as defined under the California Consumer Privacy Act?"),
  ...q('cross-border', 'What legal mechanism supports transfers of EU personal data to the US (SCCs, DPF, BCRs)?'),
  ...q(
    'hipaa-baa',
    "Will the Business Associate execute the Covered Entity's BAA template?",
    'Is the service intended for the storage of protected health information?',
  ),
  ...q(
    'ferpa',
    "Does the vendor act as a 'school official' with a legitimate educational interest under FERPA?",
    'Is the solution FERPA compliant?',
  ),
  ...q('cookies-tracking', 'Does the site use third-party advertising or analytics cookies?'),
  ...q('privacy-training', 'Is privacy training part of employee onboarding?'),

  // people
  ...q(
    'background-checks',
    'Pre-employment screening performed? (Y/N)',
    'Does the Vendor perform background checks on employees with access to Bank systems?',
  ),
  ...q(
    'security-training',
    'Does the Applicant conduct phishing simulation exercises at least quarterly?',
    'Are employees trained in security awareness on an annual basis?',
    'Does the Vendor provide security awareness training every year to all employees who handle Bank data?',
  ),
  ...q(
    'contractor-training',
    'Are third-party contractors with system access held to the same security training requirements as employees?',
  ),
  ...q(
    'confidentiality-agreements',
    'Do all personnel sign an NDA before being granted access to client data?',
    "Do the Contractor's staff sign confidentiality agreements before they can access State systems?",
  ),
  ...q(
    'disciplinary',
    'Is there a sanctions policy for workforce members who violate security policies (HIPAA § 164.308(a)(1)(ii)(C))?',
  ),
  ...q(
    'security-team',
    'Size of information security team (FTEs)',
    'Does the vendor have dedicated security staff?',
    'Does the Vendor maintain a dedicated information security function headed by a senior officer?',
  ),
  ...q('ciso', 'Does the Applicant have a designated CISO or equivalent?', 'To whom does the head of security report?'),
  ...q('headcount', 'Total number of employees (FTE)', 'Approximately how large is your workforce?'),
  ...q(
    'secure-coding-training',
    'APPL-10 – Do your developers receive annual training on secure coding (e.g., OWASP Top 10)?',
  ),
  ...q('job-descriptions', 'SIG Core E.1 – Are information security responsibilities included in job descriptions?'),

  // vendors
  ...q(
    'vendor-risk',
    'Does the Vendor perform due diligence on its own fourth parties before onboarding and annually thereafter?',
    'THRD-01 ☐ Yes ☐ No – Vendor has a formal program to assess supplier security before contracting.',
  ),
  ...q('vendor-contracts', 'Do supplier contracts include security and confidentiality clauses?'),
  ...q(
    'vendor-soc-reviews',
    "How do you evaluate complementary user entity controls (CUECs) in your vendors' SOC 2 reports?",
  ),

  // application security
  ...q('sdlc', 'Respondent must describe its secure software development methodology.'),
  ...q('code-review', 'Are all source code changes reviewed by a second developer prior to merging?'),
  ...q('sast', 'Is static analysis run on code changes before they are merged?'),
  ...q(
    'dependency-scanning',
    'Do you scan third-party libraries for known CVEs?',
    'Are critical vulnerabilities in open-source components patched within 14 days?',
  ),
  ...q(
    'pentest-third-party',
    'Does an independent third party penetration test the application at least annually, and will you share the executive summary?',
    'Hi, sorry to bother again – our security folks want the pen test summary. Is there an NDA we need to sign first?',
  ),
  ...q('bug-bounty', 'Is there a published vulnerability disclosure policy (security.txt)?'),
  ...q('owasp', 'APPL-05 – How does your application defend against the OWASP Top Ten?'),
  ...q('sqli', 'Are parameterized queries used to prevent injection into the database?'),
  ...q('xss', 'Is output encoding applied to prevent script injection in rendered pages?'),
  ...q('csrf', 'Anti-CSRF tokens on state-changing forms? Y/N'),
  ...q(
    'secrets-management',
    'Are credentials ever hardcoded in source repositories?',
    'Which vault product stores application secrets?',
  ),
  ...q(
    'file-upload',
    'Are files uploaded by users scanned for viruses?',
    'Do you restrict the file types and sizes that can be uploaded?',
  ),
  ...q(
    'cookies-secure',
    'Session cookie flags (Secure / HttpOnly / SameSite)',
    'Are session tokens only ever sent over HTTPS (Secure attribute)?',
  ),
  ...q(
    'security-headers',
    'Does the app send a Content-Security-Policy header?',
    'Is the application protected from clickjacking (frame-ancestors / X-Frame-Options)?',
  ),
  ...q(
    'vuln-remediation',
    'VULN-03 – Are critical-severity vulnerabilities remediated within 15 days of identification?',
    'Does the Applicant apply critical security patches within 30 days of release?',
  ),
  ...q(
    'api-rate-limiting',
    'Is the API throttled to prevent abuse?',
    'Does the service limit API calls per client token or IP address?',
  ),
  ...q(
    'webhooks-signed',
    'Are outbound webhook payloads signed (HMAC) so that we can verify their authenticity?',
    'Do webhook deliveries include a timestamp to help reject replays?',
  ),

  // change management
  ...q('change-management', 'SIG Core G.4 – Is there a formal change control process for production?'),
  ...q(
    'emergency-changes',
    'Describe the process for expedited or break-glass changes.',
    'Are emergency changes reviewed after the fact?',
  ),
  ...q(
    'change-records',
    'Are change tickets and approvals retained for at least one year for audit purposes?',
    'Does the Contractor keep a record of each production change, with its approvals, for at least three years?',
  ),
  ...q(
    'separation-of-duties',
    'Are duties segregated so that no single engineer can write, approve and deploy a change?',
  ),

  // endpoint
  ...q('edr', 'Does the Applicant deploy EDR on all of its laptops and servers?'),
  ...q('usb-media', 'Are USB mass-storage devices blocked on company laptops?'),
  ...q('byod', 'Are personal devices permitted to access Covered Entity data?'),
  ...q(
    'mobile-devices',
    'Are smartphones with access to corporate email enrolled in MDM?',
    'Are company mobile phones required to have a passcode and encryption?',
  ),
  ...q('local-admin', 'Do end users have administrative privileges on their workstations?'),

  // governance
  ...q(
    'infosec-policy',
    'PPPR-01 – Do you have a documented information security policy approved by management?',
    'Please attach your information security policy.',
  ),
  ...q('policy-review', 'Are security policies reviewed at least annually?'),
  ...q(
    'acceptable-use',
    'Do employees sign an acceptable use agreement every year?',
    "Does Respondent's workforce acknowledge an acceptable use policy upon hire?",
  ),
  ...q(
    'risk-assessment',
    'Does the Vendor perform an enterprise risk assessment at least annually and maintain a risk register?',
  ),
  ...q(
    'security-framework',
    'Which control framework does your program align to (e.g., NIST CSF, ISO 27001, CIS Controls)?',
  ),
  ...q('internal-audit', 'Does an internal audit function assess the security program annually?'),
  ...q(
    'cyber-insurance',
    'Does the Contractor maintain cyber liability coverage, and can it provide a certificate of insurance?',
    'Hi there, we are finalizing the contract and our insurance team wants proof of your cyber policy – can you send a COI?',
  ),
  ...q('security-contact', 'Primary security point of contact (email)'),
  ...q(
    'litigation',
    'Is the Respondent party to any pending litigation or regulatory investigation relating to data privacy or security?',
  ),
  ...q(
    'law-enforcement',
    'Will the Vendor notify the District before disclosing district data in response to a subpoena, unless legally prohibited?',
    'Do you publish a transparency report on government data requests?',
    'Does the vendor disclose customer data to government agencies only when legally compelled?',
  ),
  ...q(
    'accessibility',
    'Section 508 / VPAT: Provide a current Accessibility Conformance Report.',
    'ITAC-01 – Does the product conform to WCAG 2.1 Level AA?',
    'Does the web application meet the WCAG 2.0 AA success criteria?',
    'Hi, our accessibility office needs your VPAT by next week, is that doable?',
  ),

  // physical office
  ...q(
    'office-physical',
    "Describe physical security at the Vendor's office locations.",
    'Is any customer data stored on servers in your offices?',
    'Are office visitors required to sign in and be escorted?',
  ),
  ...q('office-access-logs', 'Are badge access logs retained for at least 90 days and reviewed?'),

  // AI
  ...q(
    'ai-features',
    'Does the Solution incorporate generative AI or machine learning capabilities, and can the institution disable them?',
    'Can institution admins turn off AI-powered features for their users?',
  ),
  ...q(
    'ai-training-data',
    'Will Bank data, including prompts submitted to AI features, be used to train or fine-tune models?',
    'Is our data used to improve the underlying foundation model of your AI provider?',
    "Hi all, our privacy lead wants to know if any of our students' info ends up training your AI stuff.",
  ),
  ...q(
    'ai-third-party',
    'Which LLM or foundation model providers receive customer data?',
    'Does the AI provider retain prompts or completions?',
    'Is AI processing performed in the same region as our hosted data?',
  ),

  // support
  ...q('support-hours', 'Is 24x7 support available for critical (Sev 1) outages?'),
  ...q(
    'support-access',
    'Can vendor support personnel access our tenant without our explicit authorization?',
    'How is support staff access to Covered Entity data controlled and logged?',
    'Hi, hope you are well. Does your support team ever look at our records, and if so how do we control it?',
  ),
  ...q(
    'open-source-use',
    'Does the product contain open-source components, and how do you manage license compliance?',
  ),

  // null: stricter bounds than the entry states
  ...q(
    null,
    'The Contractor shall enforce passwords of no fewer than fifteen (15) characters.',
    'Are accounts of terminated staff disabled within 4 hours of termination?',
    'Does the application terminate inactive sessions after no more than 15 minutes by default?',
    'Are privileged access rights reviewed monthly?',
    'Are data encryption keys rotated every 90 days or more often?',
    'Does the service accept TLS 1.3 exclusively, with TLS 1.2 disabled?',
    'HIPAA documentation must be kept six years; are access logs for ePHI retained for at least six years?',
    'Are logs immediately searchable online for at least 12 months?',
    'Are restore tests performed monthly?',
    'Are backups retained for at least one year?',
    'Is the DR plan tested twice a year?',
    'Is your RTO one hour or less?',
    'Can you guarantee zero data loss (RPO = 0)?',
    'Availability must be at least 99.95%, excluding scheduled maintenance.',
    'The Contractor shall notify the State within twenty-four (24) hours of discovering any security incident.',
    'Is data deleted within 30 days of contract end, including from backups?',
    "Will you give us 90 days' advance notice and a right to object before a new subprocessor is added?",
    'Is security awareness training required every six months?',
    'Are penetration tests performed quarterly?',
    'High-risk vulnerabilities must be remediated within 14 days.',
    'Are change records kept for seven years?',
    'Does the Contractor carry cyber liability insurance with limits of at least $5,000,000 per occurrence?',
    'Does the product meet WCAG 2.2 AA?',
  ),

  // null: the opposite polarity of the entry's yes/no
  ...q(
    null,
    "Do all of your engineers have standing access to the Bank's production data?",
    'Does the Applicant permit the use of shared administrator accounts?',
    'Is SSLv3 or TLS 1.0 still enabled for legacy clients?',
    'Do you use FIPS-validated HSMs for key storage?',
    'Can system administrators delete audit logs?',
    'Is all customer data stored exclusively within the United States?',
    'Do developers test only with synthetic data?',
    'Are backups replicated to a different country?',
    'Does the vendor claim any license to use customer data for product improvement or analytics?',
    'Can a developer promote their own code to production without independent approval?',
    'Is BYOD prohibited?',
    'Does the Applicant remove local administrator rights from standard users?',
    'Do you commit in the contract that our data will never be used to train AI?',
  ),

  // null: compounds whose parts belong to two entries
  ...q(
    null,
    'Morning! Our IT director asks whether the app works with Okta for SSO and for user sync.',
    'Is EDR deployed on all endpoints and monitored 24/7 by an MDR provider?',
    'Upon termination, the Contractor shall destroy all District data, including backups, within ninety (90) days and certify the destruction in writing.',
    'Select all that apply – security testing performed: ☐ SAST ☐ DAST ☐ SCA ☐ penetration testing',
    'Select all that apply – AI in the product: ☐ none ☐ predictive ML ☐ generative AI ☐ third-party LLM',
    'Are backups encrypted, and are restores tested at least annually?',
    'Does your SLA include 99.9% uptime and a 15-minute response time for P1 tickets?',
  ),

  // null: nearby subjects the library lacks, or details the answer does not state
  ...q(
    null,
    'Can SSO be enforced so that password login is disabled for our tenant?',
    'MFA for end users – SMS one-time codes supported? (Y/N)',
    'What work factor is configured for password hashing?',
    'Can we create custom roles with field-level permissions?',
    'Are privileged sessions video-recorded?',
    'Does the product support just-in-time provisioning through SAML assertions?',
    'Does the API support mutual TLS client certificates for authentication?',
    'Is PHI encrypted at the field or column level in the database?',
    'Are workstations encrypted with FIPS 140-2 validated full-disk encryption?',
    'Is FIPS 140-3 validation in place for your key management HSMs?',
    'Is there an audit trail of who viewed each individual student record, available to the district?',
    'Do you operate an in-house SOC staffed 24x7?',
    'Are servers hardened to DISA STIGs?',
    'Are backups stored offline or in immutable, air-gapped storage to withstand ransomware?',
    'Is the BCP exercised through a tabletop at least annually?',
    'Will you notify us of security incidents that do not involve our data?',
    'In the last five years, has the Applicant suffered a ransomware attack?',
    'Does the Applicant have a written incident response plan that is tested annually?',
    'HFIH-01 – Do you have a formal incident response plan?',
    'Are storage devices sanitized per NIST SP 800-88 before disposal?',
    'How long do you retain AI prompts and generated outputs on your side?',
    'Will district data be used for targeted advertising to students?',
    'Is the organization certified under an approved GDPR certification mechanism (Art. 42)?',
    "Will the Vendor execute the Student Data Privacy Consortium's National Data Privacy Agreement (NDPA)?",
    'Does your privacy policy address children under 13 as required by COPPA?',
    'Describe the administrative, physical and technical safeguards required by the HIPAA Security Rule.',
    'Does the product comply with COPPA for users under 13?',
    'Is the vendor a signatory of the Student Privacy Pledge?',
    'Does the Contractor conduct criminal background checks on all personnel who will have access to State data?',
    'Will personnel with access to student data undergo fingerprint-based FBI background checks?',
    'Does the CISO hold a CISSP certification?',
    'Does the Bank have the right to audit your fourth parties?',
    'Are your subcontractors contractually bound to obligations at least as protective as this Agreement?',
    'Is your SDLC aligned to NIST SSDF (SP 800-218)?',
    'Provide the full penetration test report, not an attestation letter.',
    'Is HTTP Strict Transport Security enabled with preload?',
    'Patch SLA by severity (Critical / High / Medium / Low)',
    'Has a HIPAA Security Rule risk analysis been performed?',
    'Is your program aligned to NIST SP 800-171 for CUI?',
    'Do you hold a current SOC 2 Type II report?',
    'Are you ISO/IEC 27001 certified? Provide the certificate.',
    'StateRAMP / FedRAMP authorization status',
    'Is there human review of AI outputs before they affect users?',
    'Have you conducted an AI impact assessment aligned with the NIST AI RMF?',
    'Is phone support available 24x7 for all severity levels?',
    'Do you provide an SBOM for the product to customers?',
    'Select all that apply – third-party assessments held: ☐ SOC 2 Type II ☐ ISO 27001 ☐ PCI DSS ☐ HITRUST',
    "Hey, just checking: do you guys have SOC 2? Our vendor team won't move without it.",
    "Does the Vendor's BCP address pandemic scenarios?",
    'Is the Vendor subject to examination by federal banking regulators under the Bank Service Company Act?',
    'Does the Vendor comply with the GLBA Safeguards Rule?',
    'Will the Vendor provide the Bank with a SOC 1 Type II report each year?',
  ),

  // null: products, providers or regions no entry names
  ...q(
    null,
    'HECVAT AAAI-01 – Does your solution support institutional SSO through the InCommon federation?',
    'Is the service hosted in AWS GovCloud or Microsoft Azure Government?',
    'Can data be hosted in Canada to meet provincial requirements?',
    'Can we host in the UK (London region)?',
    "Do you use OpenAI's API for any feature?",
  ),

  // null: the customer doing what an entry says the vendor does
  ...q(
    null,
    'Will the District be required to perform its own backups of data stored in the platform?',
    'May the Bank run its own penetration test against your application?',
    'Can the customer configure its own retention period for the account audit log?',
    'Can our administrators set the password complexity rules for our users?',
    'Can we run our own DLP scanning on files stored in your service?',
    'Is the customer responsible for classifying the data it uploads?',
    'Can our own SOC receive your intrusion alerts for our tenant?',
  ),

  // null: only an internal entry would answer
  ...q(
    null,
    'Provide your two most recent years of audited financial statements.',
    'Will the Bank receive your audited financials annually?',
    'Hi, our auditor wants your last two years of audited financials – can you send them over?',
  ),
];

/**
 * An eighth held-out set ("fresh7"): questions written on 2026-12-07, from scratch and in new words,
 * before they were measured, by a helper that had not read or run the matcher's code, and measured
 * once with the matcher as it was (first run in the commit that adds this file). Never tuned on
 * afterwards: a miss here is read, not fixed by adding its words. The phrasings avoid those of
 * entries.ts, questions.ts, held-out.ts, fresh.ts … fresh6.ts and vsaq.ts. The styles differ from
 * the earlier sets: HECVAT-style rows ("DATA-01 Is institutional data encrypted at rest? Vendor
 * answers: Yes/No, additional info"), bank third-party risk management questionnaires ("the
 * Service Provider", "the Bank", "fourth parties"), HIPAA Security Rule wording ("covered entity",
 * "ePHI", "business associate", "§164.312(b) audit controls"), ISO/IEC 27001:2022 Annex A control
 * wording ("A.8.24 Use of cryptography – describe …"), public-sector RFP requirements ("The Offeror
 * shall describe …", "Respondent must confirm that …"), terse column headers ("Pen test freq.",
 * "Backup retention (days)"), context-first questions ("Given that our data includes card numbers,
 * …"), British spelling (organisation, authorise, licence, programme), realistic typos, and
 * inverted polarity ("Is it true that no support agent can …", "Do you ever allow …"), some whose
 * yes/no agrees with an entry's and some whose yes/no is its inverse. Labelled with the DEV_ENTRIES
 * id whose answer fully and truthfully answers the question as asked (the same yes/no polarity as
 * the entry where the question is polar), or null when none does: stricter bounds than an entry
 * states (asks monthly, the entry says quarterly), questions whose yes/no is the opposite of an
 * entry's, compounds whose parts belong to two entries, nearby subjects the library lacks, the
 * customer doing what an entry says the vendor does, and products, providers or regions no entry
 * names. When in doubt the label is null.
 */
import type { Labelled } from './questions';

function q(entry: string | null, ...questions: string[]): Labelled[] {
  return questions.map((question) => [question, entry] as const);
}

export const FRESH7: readonly Labelled[] = [
  // identity
  ...q(
    'sso-customers',
    'AAAI-02 Does your solution support SAML 2.0 or OIDC federation with the institution\'s identity provider? Vendor answers: Yes/No, additional info',
    'Given that our 9,000 staff already authenticate against our corporate IdP, can they reach your platform without being issued a separate set of credentials?',
  ),
  ...q(
    'mfa-customers',
    'Respondent must confirm that the solution lets end users authenticate with a second factor, and that Agency administrators can make that factor mandatory.',
    '2FA for app users (Y/N)',
  ),
  ...q(
    'mfa-workforce',
    'Does the Service Provider require multi-factor authentication for all of its personnel who access internal systems or the production environment?',
    'Is it true that every one of your employees must pass MFA before reaching production?',
  ),
  ...q(
    'password-policy',
    'A.5.17 Authentication information – describe the rules for password length, breached-password checks and expiry.',
    'Pwd min. length / expiry',
  ),
  ...q(
    'password-storage',
    'Password hashing algorithm (bcrypt / PBKDF2 / Argon2 / other):',
    'Is it true that nobody at your company, not even a database administrator, can read a user\'s password?',
  ),
  ...q(
    'rbac-app',
    'ITAC-03 Does the application allow the institution to define custom roles with granular permissions? Vendor answers: Yes/No, additional info',
    'Our finance team must be authorised to view reports but never to change supplier bank details. Can our administrators build a role that enforces this?',
  ),
  ...q(
    'least-privilege',
    'Does the Service Provider restrict its employees\' access to Bank data to the minimum their role requires?',
    'A.5.15 Access control – is access by your staff to customer information limited to a need-to-know basis?',
  ),
  ...q(
    'access-reviews',
    'Access review cadence',
    'Are the entitlements of vendor personnel re-certified at least twice a year?',
  ),
  ...q(
    'offboarding',
    'Respondent must confirm that a departing employee\'s access is removed no later than three business days after separation.',
    'Leaver access removal SLA',
  ),
  ...q(
    'privileged-access',
    'A.8.2 Privileged access rights – describe how administrative access to production systems is allocated, approved and logged.',
    'Who on your side can get root on the production servers, and how do they obtain it?',
  ),
  ...q(
    'session-timeout',
    'HIPAA §164.312(a)(2)(iii) automatic logoff: does the application terminate an electronic session after a predetermined period of inactivity?',
    'Does an idle session end within 60 minutes by default?',
  ),
  ...q(
    'scim',
    'Can accounts be provisioned and de-provisioned in the application from Microsoft Entra ID through SCIM?',
    'Auto user provisioning – SCIM (Y/N)',
  ),
  ...q(
    'shared-accounts',
    'Is it true that every individual at your company has their own named login, with no shared accounts?',
    'Does the third party prohibit the use of generic or shared user IDs on systems that process Bank data?',
  ),
  ...q(
    'api-auth',
    'The Offeror shall describe how machine-to-machine clients authenticate to its API and how the Agency can rotate or revoke those credentials.',
    'API authn method',
  ),
  ...q('ip-allowlist', 'Can the organisation restrict logins to its tenant to a list of authorised IP ranges?', 'Source-IP restriction for tenant logins'),
  // encryption
  ...q(
    'encryption-at-rest',
    'Given that our records include cardholder names and card numbers, is that data encrypted while it is stored, and with what?',
    'DATA-01 Is institutional data encrypted at rest? Vendor answers: Yes/No, additional info',
  ),
  ...q(
    'encryption-in-transit',
    'Respondent must confirm that all Agency data transmitted over the internet is protected with TLS 1.2 or higher.',
    'TLS min. version',
  ),
  ...q('internal-traffic-encryption', 'Is data encrypted as it moves between your own microservices, and not just at the edge?'),
  ...q(
    'key-management',
    'A.8.24 Use of cryptography – describe how cryptographic keys are stored, how often they are rotated and who may use them.',
    'Key rotation interval',
  ),
  ...q(
    'customer-managed-keys',
    'Can the Bank supply and control its own encryption keys for data held by the Service Provider?',
    'BYOK / CMK supported?',
  ),
  ...q(
    'laptop-encryption',
    'Given that a lost laptop is our biggest worry, are the hard drives of your staff laptops encrypted?',
    'Are company laptops encypted with full disk encryption (bitlocker/filevault)?',
  ),
  ...q(
    'backup-encryption',
    'DATA-04 Are backups of institutional data encrypted? Vendor answers: Yes/No, additional info',
  ),
  ...q(
    'fips',
    'Respondent must confirm that all cryptography protecting Agency data is performed by FIPS 140-2 validated modules.',
    'Is every cryptographic library in your application FIPS 140 validated?',
  ),
  // logging & monitoring
  ...q(
    'audit-logging',
    'HIPAA §164.312(b) audit controls: does the system record activity such as sign-ins, administrative actions and access to records?',
    'A.8.15 Logging – are logs produced that record who signed in, what administrators changed and who accessed customer data?',
  ),
  ...q(
    'log-retention',
    'Log retention (months)',
    'Are security logs retained for at least one year?',
  ),
  ...q(
    'siem',
    'Does the third party aggregate security events from its production environment into a SIEM with alerting?',
  ),
  ...q(
    'log-integrity',
    'Is it true that engineers with production access cannot modify or delete the security logs?',
    'Are audit trails stored on write-once media, apart from the systems that generate them?',
  ),
  ...q(
    'customer-audit-log',
    'Can the institution\'s administrators view and download an activity log of sign-ins, configuration changes and exports from within the product?',
    'can our admins see a log of who loged in and who exported data?',
  ),
  ...q(
    'security-monitoring-247',
    'Is your security operations capability staffed or covered around the clock, including weekends and bank holidays?',
    '24x7 SOC / MDR (Y/N)',
  ),
  ...q('ids', 'Does the Service Provider deploy intrusion detection on the systems that host Bank data?'),
  ...q(
    'time-sync',
    'A.8.17 Clock synchronisation – are the clocks of all information processing systems synchronised to an approved time source?',
  ),
  // network
  ...q(
    'firewalls',
    'A.8.20 Networks security – are inbound and outbound connections restricted to those each service requires?',
    'Does the Offeror employ firewall rules that deny all network traffic not explicitly authorized?',
  ),
  ...q('network-segmentation', 'A.8.22 Segregation of networks – is the production network separated from the corporate and development networks?'),
  ...q(
    'ddos',
    'Given that our portal must stay online during the tax filing season, what protection do you have against denial-of-service attacks?',
    'Anti-DDoS (service name)',
  ),
  ...q('waf', 'APPL-07 Is a web application firewall deployed in front of the application? Vendor answers: Yes/No, additional info'),
  ...q(
    'vpn',
    'The Offeror shall describe how its personnel securely connect to internal systems when working remotely.',
    'Do your home-based staff connect through a traditional VPN?',
  ),
  ...q('wifi', 'Corporate Wi-Fi security (WPA2/WPA3, guest separation)'),
  ...q(
    'hardening',
    'A.8.9 Configuration management – are servers configured to a documented hardening baseline and monitored for drift?',
    'Are your servers harderned to the CIS benchmarks?',
  ),
  ...q(
    'email-security',
    'Has the organisation published SPF, DKIM and DMARC records for its mail domains?',
    'DMARC p= value on corp domains',
  ),
  // hosting
  ...q(
    'cloud-provider',
    'Given that our policy does not allow vendors to run their own data centres, on which cloud platform does your service run?',
    'DCTR-02 Are your servers hosted with a third-party cloud provider? Please name it. Vendor answers: Yes/No, additional info',
  ),
  ...q(
    'data-location',
    'The Offeror shall identify all geographic locations where Agency data will be stored or processed.',
    'Data residency (country / region)',
  ),
  ...q(
    'data-outside-us',
    'We are a US state agency on your US hosting. Will our data ever be stored or processed abroad?',
    'Do you ever allow support personnel based outside the US to access the data of US-hosted customers?',
  ),
  ...q(
    'eu-hosting',
    'Given that we are a German public body, can our tenant be hosted in Germany?',
    'EU data residency option (Y/N, region)',
  ),
  ...q(
    'datacenter-physical',
    'A.7.1 Physical security perimeters – describe the physical security of the facilities that host production systems.',
    'HIPAA §164.310(a)(1) facility access controls: how is physical access limited at the data centres housing the system?',
  ),
  ...q(
    'multi-tenancy',
    'Is institutional data logically segregated from that of other customers? Vendor answers: Yes/No, additional info',
    'Given that our competitors may also be on your platform, how do you make sure they can never see our records?',
  ),
  ...q('env-separation', 'A.8.31 Separation of development, test and production environments – are these environments kept apart, with separate access?'),
  ...q(
    'prod-data-in-test',
    'A.8.33 Test information – describe how test data is selected, and whether live customer data is ever used.',
    'Do you ever allow real customer records to be loaded into a test environment?',
  ),
  ...q(
    'high-availability',
    'A.8.14 Redundancy of information processing facilities – is the service deployed with enough redundancy to survive the loss of a data centre?',
    'No. of AZs in prod',
  ),
  // continuity
  ...q(
    'backup-frequency',
    'Backup freq.',
    'Does the Service Provider back up Bank data at least daily?',
  ),
  ...q(
    'backup-offsite',
    'If the primary region were lost, would your backups survive — are they kept in another region?',
    'Are backups stored offsite in a diferent region?',
  ),
  ...q(
    'backup-restore-test',
    'Restore test freq.',
    'Are backup restorations tested at least annually?',
  ),
  ...q(
    'backup-retention',
    'Backup retention (days)',
    'Are backups kept for a minimum of 28 days?',
  ),
  ...q(
    'bcp',
    'BCPL-01 Does your company maintain a documented business continuity plan that is reviewed each year? Vendor answers: Yes/No, additional info',
    'Is there a bussiness continuity plan covering staff and suppliers?',
  ),
  ...q(
    'dr-plan',
    'DRPL-01 Does your company have a disaster recovery plan, and is it tested at least annually? Vendor answers: Yes/No, additional info',
    'DR test freq.',
  ),
  ...q(
    'rto-rpo',
    'Recovery targets – RTO (h) / RPO (min)',
    'Can the Service Provider meet an RTO of 12 hours and an RPO of 1 hour for the Bank\'s critical service?',
  ),
  ...q(
    'uptime-sla',
    'Contracted availability (% per month)',
    'The Offeror shall state the guaranteed monthly availability of the service and the remedy if it is not met.',
  ),
  ...q(
    'status-page',
    'Public service-status site (link)',
    'Is there a public site showing incidents and scheduled maintanence?',
  ),
  // incident
  ...q(
    'breach-notification',
    'Breach notif. window (hrs)',
    'Will the Supplier notify the organisation of a personal data breach within 96 hours of confirming it?',
  ),
  ...q(
    'incident-history',
    'In the past three years, has any customer information been compromised in a breach at your company?',
    'HFIH-01 Has your company experienced a breach of institutional or customer data in the last three years? Vendor answers: Yes/No, additional info',
  ),
  ...q('forensics', 'Does the Service Provider have access to digital forensic expertise, internal or external, for investigating incidents?'),
  // data lifecycle
  ...q(
    'data-deletion-termination',
    'Respondent must confirm that Agency data will be deleted from production within 60 days and from backups within 90 days after the contract ends.',
    'Data deletion after termination (days)',
  ),
  ...q(
    'data-export',
    'The Offeror shall describe how the Agency can retrieve all of its data in a non-proprietary format at the end of the contract.',
    'Can we download all our data as JSON whenever we like?',
  ),
  ...q('data-ownership', 'Does the institution retain full ownership of its data? Vendor answers: Yes/No, additional info'),
  ...q(
    'media-disposal',
    'A.7.14 Secure disposal or re-use of equipment – describe how storage media and laptops are sanitised before disposal or re-use.',
  ),
  ...q('data-classification', 'A.5.12 Classification of information – is information classified by sensitivity, and which levels are defined?'),
  ...q('data-retention-policy', 'Does the Service Provider have a documented data retention schedule?'),
  ...q(
    'dlp',
    'A.8.12 Data leakage prevention – are DLP measures applied to email and cloud storage?',
    'DLP (Y/N)',
  ),
  ...q('sell-data', 'Do you ever sell personal data belonging to our customers?'),
  // privacy
  ...q(
    'gdpr',
    'Given that we process EU residents\' data, will you act as a GDPR processor and sign the Standard Contractual Clauses?',
  ),
  ...q(
    'dpa',
    'Will the Supplier execute the organisation\'s own data processing agreement, or only its standard one?',
    'DPA available (Y/N)',
  ),
  ...q(
    'subprocessors',
    'Sub-processor list URL',
    'Does the Service Provider disclose the fourth parties (subcontractors) that process Bank data?',
  ),
  ...q('dpo', 'Has the organisation appointed a Data Protection Officer? If so, provide contact details.'),
  ...q('privacy-policy', 'Link to privacy statement'),
  ...q(
    'dsar',
    'The Offeror shall describe how it will support the Agency in responding to individuals\' requests to access or delete their personal data.',
    'Can you help us handle subject access requests within 30 days?',
  ),
  ...q('ccpa', 'Is the vendor bound by CPRA service-provider obligations for the personal information we share?'),
  ...q('cross-border', 'What legal basis covers transfers of personal data from the UK to your US operations?'),
  ...q(
    'hipaa-baa',
    'As a business associate of our health plan, would your company countersign our BAA?',
    'Is the platform designed to hold ePHI?',
  ),
  ...q('ferpa', 'Does your company comply with FERPA? Vendor answers: Yes/No/N/A, additional info'),
  ...q('cookies-tracking', 'Does the site drop any 3rd-party tracking cookies in users\' browsers?'),
  ...q('privacy-training', 'Is privacy training part of staff induction and repeated every year?'),
  // people
  ...q(
    'background-checks',
    'A.6.1 Screening – are background verification checks carried out on all candidates before they join, subject to local law?',
    'Respondent must confirm that background checks are completed on all personnel before they access Agency data.',
  ),
  ...q(
    'security-training',
    'HIPAA §164.308(a)(5) security awareness and training: is a program in place for all members of the workforce?',
    'Are employes required to complete security awarness training every year?',
  ),
  ...q('contractor-training', 'Do your contractors have to do the security training too, or just permanent staff?'),
  ...q('confidentiality-agreements', 'A.6.6 Confidentiality or non-disclosure agreements – are these signed by personnel before access is granted?'),
  ...q('disciplinary', 'A.6.4 Disciplinary process – is there a formalised process for action against personnel who violate security policy?'),
  ...q(
    'security-team',
    'Size of infosec team (FTE)',
    'Is the Service Provider\'s information security program run by a dedicated team?',
  ),
  ...q(
    'ciso',
    'Does the organisation have a named CISO or equivalent senior security leader?',
  ),
  ...q(
    'headcount',
    'Number of staff (FTE)',
    'Does the Service Provider employ more than 100 people?',
  ),
  ...q('secure-coding-training', 'Are developers trained on the OWASP Top Ten at least once a year?'),
  ...q('job-descriptions', 'A.5.2 Information security roles and responsibilities – are security responsibilities defined for each role?'),
  // vendors
  ...q(
    'vendor-risk',
    'A.5.19 Information security in supplier relationships – are suppliers assessed for security risk before engagement and periodically afterwards?',
    'Does the Service Provider have a program to oversee the risk of its own subcontractors (fourth-party risk)?',
  ),
  ...q('vendor-contracts', 'A.5.20 Addressing information security within supplier agreements – do supplier contracts include security and confidentiality requirements?'),
  ...q(
    'vendor-soc-reviews',
    'A.5.22 Monitoring, review and change management of supplier services – how do you review the assurance reports of critical suppliers?',
    'Does the Service Provider review the SOC reports of its critical subcontractors annually?',
  ),
  // appsec
  ...q('sdlc', 'A.8.25 Secure development life cycle – are rules for the secure development of software applied throughout design, build and release?'),
  ...q('code-review', 'Must another developer approve each pull request before it is merged?'),
  ...q(
    'sast',
    'SAST tool',
    'A.8.29 Security testing in development and acceptance – is source code scanned automatically on each change?',
  ),
  ...q(
    'dependency-scanning',
    'SCA tooling / SLA for critical deps',
    'Are critical vulnerabilities in open-source packages upgraded within ten days?',
  ),
  ...q(
    'pentest-third-party',
    'Pen test freq.',
    'Does the Offeror engage an independent third party to perform a penetration test of the application at least every 12 months?',
  ),
  ...q(
    'bug-bounty',
    'Is there a public route for ethical hackers to report security flaws to you?',
  ),
  ...q('owasp', 'The Offeror shall describe how its application is protected against the vulnerability categories in the OWASP Top 10.'),
  ...q('sqli', 'Given that your API accepts free-text search terms, how do you stop them being used for SQL injection?'),
  ...q('xss', 'Is output encoded by default, and is there a Content Security Policy to block injected scripts?'),
  ...q('csrf', 'Is CSRF protection applied to every form submission and API call that changes data?'),
  ...q(
    'secrets-management',
    'Where are production secrets kept, and what stops a developer committing an API key to the repository?',
    'Is it true that no passwords or API keys are stored in your source code?',
  ),
  ...q('file-upload', 'Given that our users will upload PDFs and spreadsheets, are those files checked for malware before they are stored?'),
  ...q(
    'cookies-secure',
    'Session cookie flags (Secure / HttpOnly / SameSite)',
    'Are sesion cookies set with HttpOnly?',
  ),
  ...q('security-headers', 'Is the X-Content-Type-Options header set on application responses?'),
  ...q(
    'vuln-remediation',
    'Vuln remediation SLA (crit / high / med, days)',
    'Does the Service Provider remediate critical vulnerabilities within 15 days and high ones within 45?',
  ),
  ...q('api-rate-limiting', 'API rate limits (per key / per IP)?'),
  ...q('webhooks-signed', 'How can we verify that webhook calls really come from you?'),
  // change management
  ...q(
    'change-management',
    'A.8.32 Change management – are changes to information processing facilities subject to a documented change management procedure?',
  ),
  ...q('emergency-changes', 'Emergency change procedure'),
  ...q(
    'change-records',
    'Given that our auditors test change control every year, how long do you keep change approvals and deployment records?',
    'Are change records kept for at least 24 months?',
  ),
  ...q('separation-of-duties', 'Is it true that no engineer can approve their own code change?'),
  // endpoint
  ...q(
    'edr',
    'A.8.7 Protection against malware – is anti-malware or EDR deployed on all endpoints and servers?',
  ),
  ...q('usb-media', 'A.7.10 Storage media – is the use of removable storage media on company devices restricted?'),
  ...q('byod', 'Do you ever allow personally owned laptops or phones to reach Bank data?'),
  ...q('mobile-devices', 'Phones used for work email – MDM enrolled / encrypted / passcode (Y/N)'),
  ...q('local-admin', 'Is local administrator access granted to ordinary staff on company computers by default?'),
  // governance
  ...q(
    'infosec-policy',
    'A.5.1 Policies for information security – is an information security policy defined and approved by management?',
    'Respondent must provide a copy of its information security policy.',
  ),
  ...q('policy-review', 'Policy review freq.'),
  ...q('acceptable-use', 'A.5.10 Acceptable use of information and other associated assets – is there an acceptable use policy that personnel acknowledge?'),
  ...q(
    'risk-assessment',
    'Does the third party conduct a formal information security risk assessment at least annually?',
    'Given that we operate in a regulated market, do you keep a risk register with named owners?',
  ),
  ...q('security-framework', 'On which control framework is your security programme built?'),
  ...q('internal-audit', 'Does your organisation carry out internal audits of its information security programme?'),
  ...q(
    'cyber-insurance',
    'Does the Service Provider carry cyber insurance, and can it provide evidence of coverage?',
  ),
  ...q('security-contact', 'Security contact (name / email)'),
  ...q('litigation', 'Is the Offeror currently subject to any litigation or regulatory enforcement action concerning data protection or security?'),
  ...q('law-enforcement', 'How does the Service Provider respond to subpoenas or government demands for Bank data, and will the Bank be told?'),
  ...q(
    'accessibility',
    'Respondent must confirm that the solution meets WCAG 2.1 Level AA and provide a VPAT.',
  ),
  ...q('financial-statements', 'Will the Service Provider furnish its most recent audited financial statements to the Bank?'),
  // physical office
  ...q(
    'office-physical',
    'A.7.2 Physical entry – how is entry to your offices controlled, and how are visitors handled?',
  ),
  ...q('office-access-logs', 'Office door-access logs – retained & reviewed?'),
  // AI
  ...q(
    'ai-features',
    'Does the solution include any features powered by machine learning or generative AI? If so, can an administrator disable them?',
    'Given that our board has asked about AI, does your product contain any AI features, and can we switch them off?',
  ),
  ...q(
    'ai-training-data',
    'Do you ever use customer content to train or fine-tune AI models?',
    'Given that our files contain confidential legal advice, will any of it be used to train a model?',
  ),
  ...q('ai-third-party', 'Which third-party model provider processes our data when the AI features are used, and are prompts retained?'),
  // support
  ...q(
    'support-hours',
    'Is 24x7 support provided for severity 1 incidents?',
  ),
  ...q(
    'support-access',
    'Is it true that no support agent can open our tenant unless we grant access?',
    'Can your support team access customer data without the customer\'s authorisation?',
  ),
  ...q('open-source-use', 'Does the product incorporate open-source components, and how are their licences managed?'),
  // no entry. Stricter bounds than the entry states:
  ...q(
    null,
    'Are user entitlements recertified every 30 days?',
    'Session idle timeout of 10 minutes or less by default (Y/N)',
    'Are security logs retained for at least 24 months?',
    'Backup retention ≥ 90 days (Y/N)',
    'Is the application penetration tested by a third party at least every six months?',
    'A.8.24 Use of cryptography – are data encryption keys rotated at least every 90 days?',
    'Will the Service Provider notify the Bank of a computer-security incident within 36 hours?',
    'Respondent must confirm that a terminated employee\'s access is revoked within two hours of separation.',
    'Are critical vulnerabilities patched within 72 hours?',
    'Can the service be restored within one hour of a disaster (RTO ≤ 1 h)?',
    'Is 99.95% availability guaranteed in the SLA?',
    'Is the DR plan exercised every quarter?',
    'Is each security policy re-approved at six-monthly intervals?',
    'Do you give 90 days\' notice before adding a new sub-processor?',
    'Will all Agency data be purged from every system, backups included, within 14 days of termination?',
    'Is evidence of each production change retained for a minimum of seven years?',
    'Is the RPO zero (no data loss)?',
    'Will your security team acknowledge our reports within four hours?',
  ),
  // no entry. Inverted, or the opposite of what an entry says (its yes/no would be wrong):
  ...q(
    null,
    'Do you ever permit group or shared logins on production systems?',
    'Is it true that no customer data is ever copied into test environments?',
    'Is it true that you do not sign business associate agreements?',
    'Is it true that the application does not support customer-managed keys?',
    'Do you ever accept connections using TLS 1.0?',
    'Can an engineer with production access alter the security logs?',
    'Is it true that your company has not had a data breach in the last three years?',
    'Respondent must confirm that Agency data will not be used to train artificial intelligence models.',
    'Is it true that staff are denied local administrator rights on their laptops?',
    'Is it true that staff cannot use personal devices to reach customer data?',
    'Can a single engineer ship code to production without anyone reviewing it?',
    'Is MFA ever waived for staff signing in from the office?',
    'Do you ever allow data to be written to USB drives from company laptops?',
  ),
  // no entry. Compounds whose parts belong to two entries:
  ...q(
    null,
    'SSO & MFA for end users (Y/N)',
    'Is data encrypted at rest, and are the keys rotated annually?',
    'The Offeror shall describe its business continuity and disaster recovery capabilities, including when each was last tested.',
    'Are logs centralised in a SIEM and protected from tampering?',
    'Are background checks and security training both required for contractors?',
    'Does the Service Provider hold cyber insurance and can it provide audited financials?',
    'Backup frequency & retention',
    'Is there a WAF and DDoS protection in front of the app?',
    'Will you sign a DPA and publish a list of your sub-processors?',
    'Do you support SCIM provisioning and IP allow-listing? Vendor answers: Yes/No, additional info',
  ),
  // no entry. Nearby subjects the library lacks:
  ...q(
    null,
    'Can you provide your SOC 1 Type II report for the Bank\'s SOX reliance?',
    'Does your company hold a current ISO/IEC 27001 certificate? Vendor answers: Yes/No, additional info',
    'A.5.24 Information security incident management planning – is there a documented incident response plan with defined roles?',
    'A.8.11 Data masking – is masking applied to sensitive fields shown to users?',
    'A.7.7 Clear desk and clear screen – are rules defined and enforced?',
    'A.5.9 Inventory of information and other associated assets – is an asset inventory maintained?',
    'Is the Service Provider a PCI DSS Level 1 service provider?',
    'Does the account lock after five failed login attempts?',
    'Is your corporate office network penetration tested annually?',
    'Does the Offeror perform monthly authenticated vulnerability scans of its infrastructure?',
    'Will the Offeror deposit the source code with an escrow agent?',
    'Does the Bank have the right to audit the Service Provider on site?',
    'A.8.23 Web filtering – is staff access to malicious websites blocked?',
    'Does the Service Provider screen its employees against OFAC sanctions lists?',
    'Does the business associate de-identify ePHI before using it for analytics?',
    'Does the Supplier hold professional indemnity insurance?',
    'Given that we are moving off passwords entirely, can our users sign in with a passkey and no password at all?',
  ),
  // no entry. Products, providers or regions no entry names:
  ...q(
    null,
    'Is the service hosted in Google Cloud?',
    'Can our data be held in the UK (London region)?',
    'Is customer data stored in Canada?',
    'Is Microsoft Sentinel the SIEM that receives your production logs?',
    'Are application secrets stored in HashiCorp Vault?',
    'Is Cloudflare used to absorb DDoS attacks?',
    'Do the AI features use Google Gemini?',
    'Is SentinelOne deployed on staff laptops?',
    'Do you support Duo Push for end-user MFA?',
  ),
  // no entry. The customer doing what an entry says the vendor does:
  ...q(
    null,
    'Can our team run its own penetration test against your application?',
    'Can the Bank perform its own restore test of its data?',
    'Can we set how long the backups of our tenant are kept?',
    'Can our administrators set the password complexity rules for our users?',
    'Can we rotate the encryption keys protecting our tenant ourselves?',
  ),
];

/**
 * A seventh held-out set ("fresh6"): questions written on 2026-12-05, from scratch and in new words,
 * before they were measured, by someone who had not read or run the matcher's code, and measured
 * once with the matcher as it was (first run in the commit that adds this file). Never tuned on
 * afterwards: a miss here is read, not fixed by adding its words. The phrasings avoid those of
 * entries.ts, questions.ts, held-out.ts, fresh.ts … fresh5.ts and vsaq.ts. The styles differ from
 * the earlier sets: CAIQ v4 control questions ("Are … policies and procedures established,
 * documented, approved, communicated, applied, evaluated and maintained?"), SIG Lite ("Is there a
 * …"), StateRAMP and US state-government procurement forms ("the Contractor", "State data",
 * "seventy-two (72) hours"), informal emails from a customer's IT person ("quick one: do you guys
 * …"), non-native English, "Which of the following … (select all that apply)" with the options
 * listed, questions carrying "If yes, describe …" or "If no, explain", table labels ("Vendor
 * response – MFA for your own admins"), named products and regions, numbers and frequencies ("at
 * least quarterly", "within 24 hours", "minimum 12 characters"), and negatively phrased questions,
 * some whose yes/no agrees with an entry's and some whose yes/no is its inverse. Labelled with the
 * DEV_ENTRIES id whose answer fully and truthfully answers the question as asked (the same yes/no
 * polarity as the entry where the question is polar), or null when none does: stricter bounds
 * than an entry states (asks monthly, the entry says quarterly), questions whose yes/no is the
 * opposite of an entry's, compounds whose parts belong to two entries, nearby subjects the library
 * lacks, the customer doing what an entry says the vendor does, and products, providers or regions
 * no entry names. When in doubt the label is null.
 */
import type { Labelled } from './questions';

function q(entry: string | null, ...questions: string[]): Labelled[] {
  return questions.map((question) => [question, entry] as const);
}

export const FRESH6: readonly Labelled[] = [
  // identity
  ...q(
    'sso-customers',
    'quick one – can our people log in to your app through our own IdP? we really don\'t want to hand out yet another password',
    'Which of the following federation protocols can customer users sign in with? (select all that apply) ☐ SAML 2.0 ☐ OpenID Connect ☐ WS-Federation ☐ Kerberos',
  ),
  ...q(
    'mfa-customers',
    'Vendor response – second factor for our end users (authenticator app / security key):',
    'Is it possible for the tenant administrator to oblige all our users to enrol a second factor? If no, explain.',
  ),
  ...q(
    'mfa-workforce',
    'Vendor response – MFA for your own system administrators and engineers',
    'Does the Contractor require multi-factor authentication for all of its personnel who access systems that store or process State data?',
    'For your own staff, is the second factor a phishing-resistant one rather than SMS codes?',
  ),
  ...q(
    'password-policy',
    'Application passwords – minimum 12 characters enforced? (Y/N)',
    'Do you force users to rotate their passwords every 90 days? If no, explain the reasoning.',
  ),
  ...q('password-storage', 'In your database the passwords of the users are kept in which form — encrypted, hashed, or as plain text?'),
  ...q(
    'rbac-app',
    'hey, can we make our own roles in there? e.g. a read-only one for the outside accountants who only need to look at reports',
  ),
  ...q('least-privilege', 'IAM-05: Is the least privilege principle applied when your personnel are given access to customer data?'),
  ...q(
    'access-reviews',
    'Are the access rights of your personnel reviewed at least quarterly?',
    'How frequent is your company making the review of the accesses that staff have on the systems?',
  ),
  ...q(
    'offboarding',
    'Upon separation of any Contractor employee, will that person\'s access to State data be revoked within five (5) business days?',
    'When one employee is leaving the company, in how much time are his accesses removed, and who starts this?',
  ),
  ...q(
    'privileged-access',
    'Vendor response – just-in-time elevation / PAM for production admin access:',
    'Do your engineers hold permanent root access to production? If no, describe how admin rights are granted and recorded.',
  ),
  ...q(
    'session-timeout',
    'By default, is an inactive user signed out automatically after no more than 30 minutes?',
    'We would like idle sessions to end sooner than your default. Are our admins able to set a shorter value?',
  ),
  ...q(
    'scim',
    'Which of the following can provision and deprovision users into the application over SCIM? (select all that apply) ☐ Okta ☐ Microsoft Entra ID ☐ any other SCIM 2.0 client',
    'hi, when we disable someone in Okta, does their account on your side disappear by itself or do we have to remove it by hand?',
  ),
  ...q('shared-accounts', 'Is every individual with access to your systems issued a unique user ID, with group logins not allowed?'),
  ...q(
    'api-auth',
    'Which of the following does the API accept for authenticating clients? (select all that apply) ☐ OAuth 2.0 tokens ☐ API keys ☐ HTTP basic auth with a username and password',
  ),
  ...q('ip-allowlist', 'quick one: can we lock our tenant down so only our office egress IPs can sign in?'),
  // encryption
  ...q(
    'encryption-at-rest',
    'Is all State data encrypted at rest using AES with a 256-bit key or stronger?',
    'Vendor response – encryption of stored customer data (algorithm and where keys live):',
  ),
  ...q(
    'encryption-in-transit',
    'Is TLS 1.2 the lowest protocol version your public endpoints will negotiate?',
    'Are all transmissions of State data over the internet encrypted? If yes, describe the protocols and versions.',
  ),
  ...q('internal-traffic-encryption', 'Is the traffic between your back-end services inside production also encrypted, or only the traffic coming from the internet?'),
  ...q(
    'key-management',
    'Are the data encryption keys rotated at least once every 12 months? If yes, describe where keys are held and who can use them.',
  ),
  ...q(
    'customer-managed-keys',
    'Could we keep the key for our tenant in our own AWS KMS account and have you use it? If no, explain how keys are handled instead.',
  ),
  ...q('laptop-encryption', 'Are the disks of all company notebooks encrypted with BitLocker or FileVault, and is this enforced centrally?'),
  ...q('backup-encryption', 'Vendor response – backup snapshots encrypted with AES-256 (Y/N)'),
  ...q(
    'fips',
    'Are all cryptographic modules used to protect State data validated to FIPS 140-2 or FIPS 140-3? If no, explain which components are not.',
  ),
  // logging & monitoring
  ...q(
    'audit-logging',
    'LOG-08: Are audit records generated for successful and failed sign-ins, privileged operations and access to customer data, including the user, timestamp and source?',
    'do you guys actually log who looked at our data and when? our auditor keeps asking',
  ),
  ...q(
    'log-retention',
    'Are security logs kept searchable for at least 90 days and retained for at least 12 months in total?',
    'For how long time your company keeps the logs of security?',
  ),
  ...q('siem', 'Are events from production systems aggregated in a SIEM with alerting rules? If yes, describe who receives the alerts.'),
  ...q('log-integrity', 'Are security logs protected so that nobody in engineering can alter or delete them? If yes, describe how.'),
  ...q(
    'customer-audit-log',
    'Our SOX auditors want evidence of who in our company signed in and who changed settings. Can our admins export that history from the product themselves?',
  ),
  ...q(
    'security-monitoring-247',
    'Is security monitoring performed 24 hours a day, 7 days a week, 365 days a year, including holidays?',
  ),
  ...q('ids', 'Is intrusion detection deployed at both the network and the host level in production? If yes, name the tooling.'),
  ...q('time-sync', 'Vendor response – NTP time source for production servers:'),
  // network
  ...q(
    'firewalls',
    'Is network traffic to and from production denied by default and permitted only by exception?',
    'SIG Lite: Is there a firewall or equivalent control restricting both inbound and outbound connections for hosted systems?',
  ),
  ...q(
    'network-segmentation',
    'Are production workloads isolated in their own cloud accounts and VPCs, apart from the office network and from development?',
  ),
  ...q('ddos', 'Is there protection against distributed denial-of-service attacks? If yes, name the service used.'),
  ...q('waf', 'Vendor response – web application firewall in front of public endpoints (product and rule sets):'),
  ...q(
    'vpn',
    'Do remote workers reach internal applications over a VPN? If no, explain what is used instead.',
    'quick q – how do your people working from home get onto your internal tools?',
  ),
  ...q('wifi', 'At your offices, is the guest wireless network separated from internal systems, and which encryption does the corporate Wi-Fi use?'),
  ...q(
    'hardening',
    'Are servers built from a hardened baseline image (e.g. CIS Benchmarks), with deviations detected automatically? If yes, describe the baseline.',
  ),
  ...q(
    'email-security',
    'Does your email domain publish a DMARC record with a policy of p=reject?',
    'Vendor response – SPF / DKIM / DMARC on corporate mail domains',
  ),
  // hosting
  ...q(
    'cloud-provider',
    'hey, which cloud are you guys on? AWS, Azure, GCP, something else?',
    'Identify the infrastructure-as-a-service provider on which the proposed solution is hosted.',
  ),
  ...q(
    'data-location',
    'Identify every region (by name, e.g. us-east-1) in which State data will be stored or processed, and any alternative hosting regions offered.',
  ),
  ...q(
    'data-outside-us',
    'Will any State data be stored, processed or accessed from a location outside the continental United States?',
    'Are there any circumstances in which data from our US-hosted account is stored or processed in another country?',
  ),
  ...q(
    'eu-hosting',
    'Can our tenant be placed in Frankfurt (eu-central-1) so that the data stays inside the EU?',
    'We are a German company. Is it possible to have the data hosted in the European Union?',
  ),
  ...q(
    'datacenter-physical',
    'Describe the physical access and environmental controls at the data centers hosting the solution. If a third party operates them, identify it.',
  ),
  ...q(
    'multi-tenancy',
    'Is our data physically separate from other customers\' data, or only logically separated? If logical, describe how the separation is enforced and tested.',
  ),
  ...q('env-separation', 'Are non-production environments isolated from production, with their own accounts and their own access permissions?'),
  ...q(
    'prod-data-in-test',
    'Do you ever copy live customer records into staging or QA for testing?',
    'Is it possible that our real data ends up on a developer\'s test environment?',
  ),
  ...q(
    'high-availability',
    'Is the production environment spread across at least two availability zones, with failover that happens automatically?',
  ),
  // continuity
  ...q(
    'backup-frequency',
    'Are backups of customer data performed at least once every 24 hours?',
    'Can the database be recovered to an arbitrary point in time, or only to the last nightly copy?',
  ),
  ...q('backup-offsite', 'Are backup copies stored in a different AWS region from the one running production?'),
  ...q(
    'backup-restore-test',
    'Is a restore from backup tested at least twice per year?',
    'Vendor response – backup restore test frequency and method:',
  ),
  ...q('backup-retention', 'What is the retention period for backups? Is it at least 30 days?'),
  ...q(
    'bcp',
    'BCR-01: Are business continuity management and operational resilience policies and procedures established, documented, approved, communicated, applied, evaluated and maintained?',
  ),
  ...q(
    'dr-plan',
    'Is the disaster recovery plan exercised at least annually? If yes, describe how the most recent exercise was carried out.',
  ),
  ...q(
    'rto-rpo',
    'Our requirement is RTO ≤ 8 hours and RPO ≤ 1 hour. Can you meet both?',
    'Vendor response – recovery time objective / recovery point objective (hours / minutes):',
  ),
  ...q(
    'uptime-sla',
    'Do you contractually guarantee at least 99.5% availability, and are service credits given when you miss it?',
    'What is the monthly uptime percentage written in your standard SLA?',
  ),
  ...q('status-page', 'Is there a public web page where we can see current outages and planned maintenance, and sign up for notifications?'),
  // incident
  ...q(
    'breach-notification',
    'The Contractor shall notify the State of any confirmed breach of State data within seventy-two (72) hours. Can you comply?',
    'If our data gets compromised, how fast will you tell us? we need a number of hours for the contract',
  ),
  ...q(
    'incident-history',
    'Has your organization suffered a breach of customer data in the previous 3 years? If yes, describe the incident and what was remediated.',
  ),
  ...q('forensics', 'Do you have an external digital forensics firm on retainer for serious incidents?'),
  // data lifecycle
  ...q(
    'data-deletion-termination',
    'Upon termination of the contract, will all State data be destroyed, including copies in backups, within ninety (90) days?',
    'After we cancel, how long until our data is gone from your live systems and then from the backups?',
  ),
  ...q(
    'data-export',
    'Can we pull a full copy of all our data through the API or as files at any time? which formats?',
    'Which of the following export formats are available for customer data? (select all that apply) ☐ CSV ☐ JSON ☐ via API',
  ),
  ...q('data-ownership', 'The State retains all right, title and interest in State data. Does the Contractor agree that it acquires no ownership of that data?'),
  ...q('media-disposal', 'what happens with old disks and laptops when you retire them? are they wiped before being reused or recycled?'),
  ...q('data-classification', 'SIG Lite: Is there a data classification scheme that sets handling requirements for each level?'),
  ...q('data-retention-policy', 'Is there a documented retention schedule stating how long each type of data is kept and when it is destroyed?'),
  ...q('dlp', 'Are data loss prevention rules applied to email and cloud storage to stop customer data leaving the company? If yes, describe.'),
  ...q(
    'sell-data',
    'Will you ever sell, rent or trade the personal information of our users to anybody?',
    'Is any customer data sold to third parties under any circumstance?',
  ),
  // privacy
  ...q('gdpr', 'Are you GDPR compliant? If yes, state whether you act as controller or processor for our data.'),
  ...q('dpa', 'Is your company willing to execute a data processing agreement with us before we sign the order form?'),
  ...q(
    'subprocessors',
    'Are customers informed at least 14 days before a new subprocessor starts processing their data?',
    'Vendor response – location of the published subprocessor list (URL):',
  ),
  ...q('dpo', 'Vendor response – Data Protection Officer contact (email):'),
  ...q('privacy-policy', 'Where can we read your privacy notice? Please give the URL.'),
  ...q(
    'dsar',
    'Can you help us answer a data subject access request within one month, as Article 12 GDPR requires? If yes, describe the tools and the support.',
  ),
  ...q('ccpa', 'Does your company qualify as a "service provider" under the CCPA and the CPRA for the data we share?'),
  ...q(
    'cross-border',
    'For transfers of EU personal data to the United States, which of the following do you rely on? (select all that apply) ☐ Standard Contractual Clauses ☐ EU-US Data Privacy Framework ☐ Binding Corporate Rules',
  ),
  ...q(
    'hipaa-baa',
    'some of our users might paste patient info into tickets – would you guys sign a BAA with us?',
    'Is the service appropriate for storing protected health information under HIPAA? If no, explain.',
  ),
  ...q('ferpa', 'Does FERPA apply to the data you would process for our district? If no, explain.'),
  ...q('cookies-tracking', 'Does the web app load any third-party advertising or tracking cookies? If yes, list them.'),
  ...q('privacy-training', 'Is data protection training obligatory for all employees each year?'),
  // people
  ...q(
    'background-checks',
    'Your company is doing the background verification of employees and contractors before they are hired?',
    'Are pre-employment background screenings completed before a new hire starts work, where the law permits them?',
  ),
  ...q(
    'security-training',
    'Is security awareness training given at onboarding and at least annually thereafter?',
    'Do you run phishing simulations against your staff at least quarterly?',
  ),
  ...q('contractor-training', 'Do third-party contractors who get access to your systems take the same security training as your employees?'),
  ...q('confidentiality-agreements', 'Are NDAs signed by all employees and contractors before they are granted any access?'),
  ...q('disciplinary', 'What happens to an employee who breaks the security rules? Is there a formal, written process for it?'),
  ...q(
    'security-team',
    'How many full-time staff work on information security, and who leads them?',
  ),
  ...q('ciso', 'To whom does your CISO report?'),
  ...q('headcount', 'Vendor response – total number of employees:', 'Does your company have fewer than 500 employees?'),
  ...q('secure-coding-training', 'Do developers get annual training on writing secure code, for example on the OWASP Top 10?'),
  ...q('job-descriptions', 'Do the role descriptions of your staff spell out the security duties of each position?'),
  // vendors
  ...q(
    'vendor-risk',
    'SIG Lite: Is there a third party risk management program that assesses vendors before onboarding and at least annually after that?',
    'STA-08: Is the risk of your own suppliers periodically reviewed, in proportion to the data they handle?',
  ),
  ...q('vendor-contracts', 'Do your subcontractors sign confidentiality and security clauses before they handle our data?'),
  ...q(
    'vendor-soc-reviews',
    'Do you review the SOC 2 reports of your critical subservice organizations at least annually, including the complementary user entity controls they list? If yes, describe how exceptions are followed up.',
  ),
  // appsec
  ...q(
    'sdlc',
    'Describe how security activities are built into each stage of your software development lifecycle, from design to release.',
    'AIS-04: Is a secure application design, development and release process defined and followed?',
  ),
  ...q('code-review', 'Is each code change reviewed and approved by at least one other engineer before it is merged?'),
  ...q('sast', 'Do you use a static analysis tool such as CodeQL on your source code? If yes, at what point in the pipeline does it run?'),
  ...q(
    'dependency-scanning',
    'When a critical CVE is published for a library you use, is it patched within 7 days?',
    'Vendor response – SCA / dependency vulnerability tooling:',
  ),
  ...q(
    'pentest-third-party',
    'Is an external penetration test of the application performed at least once a year? If yes, can you share the executive summary?',
    'Who performs your app pen tests — an internal team or an independent company?',
  ),
  ...q('bug-bounty', 'If a security researcher finds a hole in your product, how can they report it? Do you publish a security.txt?'),
  ...q('owasp', 'Describe the controls that protect the web application against the OWASP Top 10 categories of risk.'),
  ...q('sqli', 'Do all database queries use parameter binding? If no, explain how input is sanitised.'),
  ...q('xss', 'How is user-supplied content prevented from running as script in the browser? Is inline script blocked?'),
  ...q('csrf', 'Do all forms and state-changing API calls require an anti-CSRF token?'),
  ...q(
    'secrets-management',
    'Are credentials hard-coded in source code or configuration files? If no, describe where secrets are stored and how they reach the application.',
  ),
  ...q('file-upload', 'Are files uploaded by users scanned for viruses and limited by file type and size?'),
  ...q('cookies-secure', 'Session cookie attributes – Secure / HttpOnly / SameSite (Y/N for each):'),
  ...q('security-headers', 'Is HTTP Strict Transport Security enabled on every web endpoint of the application?'),
  ...q(
    'vuln-remediation',
    'Are vulnerabilities rated high remediated within 30 days of discovery?',
    'Vendor response – patch SLA by severity (critical / high / medium), in days:',
  ),
  ...q('api-rate-limiting', 'Is there throttling on the API, per token or per source IP, to stop abuse?'),
  ...q('webhooks-signed', 'Are outgoing webhooks signed, e.g. with HMAC, so that our endpoint can check they are genuine?'),
  // change management
  ...q(
    'change-management',
    'CCC-01: Are risk management policies and procedures associated with changing organizational assets, including applications, systems, infrastructure and configuration, established, documented, approved, communicated, applied, evaluated and maintained?',
  ),
  ...q('emergency-changes', 'How are urgent break-fix changes approved when there is no time for the normal process, and how are they reviewed afterwards?'),
  ...q('change-records', 'Are change tickets, approvals and deployment logs retained for at least one year for audit purposes?'),
  ...q('separation-of-duties', 'Is segregation of duties enforced so that no developer can approve and release their own change?'),
  // endpoint
  ...q('edr', 'Is endpoint protection (anti-malware or EDR) installed on every laptop and server, and who watches its alerts?'),
  ...q('usb-media', 'Are USB mass-storage devices blocked on company computers by technical policy?'),
  ...q(
    'byod',
    'Your employees can use their own phone or home PC for see the data of customers?',
    'Vendor response – access to customer data from personally owned devices permitted (Y/N)',
  ),
  ...q('mobile-devices', 'Are smartphones that receive corporate email enrolled in MDM, encrypted and locked with a passcode?'),
  ...q('local-admin', 'Do ordinary employees have administrator rights on their own laptops?'),
  // governance
  ...q(
    'infosec-policy',
    'Can you send us a copy of your information security policy? signing an NDA first is fine for us',
    'Has your information security policy been approved by senior leadership?',
  ),
  ...q('policy-review', 'Are security policies reviewed at least annually and updated after significant changes? If yes, describe what triggers an out-of-cycle review.'),
  ...q('acceptable-use', 'Do staff sign off on the acceptable use policy every year, as well as when they join?'),
  ...q(
    'risk-assessment',
    'GRC-02: Is a formal, documented risk assessment carried out at least annually?',
    'Is there a risk register in which each risk has an assigned owner?',
  ),
  ...q(
    'security-framework',
    'Which of the following frameworks is your security program aligned to? (select all that apply) ☐ ISO/IEC 27001 ☐ NIST CSF ☐ NIST SP 800-53 ☐ CIS Controls',
  ),
  ...q('internal-audit', 'Is your security program audited internally at least once per year?'),
  ...q('cyber-insurance', 'Do you hold cyber liability insurance? If yes, can you provide a certificate of insurance?'),
  ...q('security-contact', 'Vendor response – security point of contact (email address):', 'if we find something weird, who do we email on your security side and how fast do they get back?'),
  ...q('litigation', 'Are there any pending legal proceedings or regulatory actions against your company relating to data security or privacy? If yes, describe.'),
  ...q('law-enforcement', 'If a government agency demands our data, will you tell us first, and do you publish a transparency report?'),
  ...q(
    'accessibility',
    'Does the web user interface conform to WCAG 2.1 Level AA?',
    'Please attach the most recent VPAT for the product.',
  ),
  ...q('financial-statements', 'Please provide audited financial statements for the last two fiscal years.'),
  // physical office
  ...q('office-physical', 'Do your offices have badge-controlled entry, and are visitors escorted?'),
  ...q('office-access-logs', 'Are badge access records at your offices retained for at least 90 days?'),
  // AI
  ...q(
    'ai-features',
    'Does your product contain any AI or machine-learning functions? If yes, describe them and whether an admin can disable them.',
    'quick one: is there AI in your tool now? our legal team wants to know before renewal',
  ),
  ...q(
    'ai-training-data',
    'Will our data be used to train your models or any third party\'s models?',
    'Vendor response – customer content used for model training (Y/N)',
  ),
  ...q(
    'ai-third-party',
    'Which LLM service powers your AI features, and in which region does it run?',
    'Which of the following AI providers receive our data when AI features are used? (select all that apply) ☐ OpenAI ☐ Amazon Bedrock ☐ Google Vertex AI ☐ Azure OpenAI',
  ),
  // support
  ...q('support-hours', 'Is round-the-clock support available for P1 incidents where the service is down?'),
  ...q(
    'support-access',
    'Can your support engineers see our data? If yes, explain how that access is authorised and logged.',
    'Do your helpdesk staff need our permission before they open our tenant?',
  ),
  ...q('open-source-use', 'Do you maintain a software bill of materials (SBOM) for the product? If yes, how are licenses checked?'),
  // a second question for many entries, in other voices
  ...q('mfa-customers', 'Which of the following second factors can users of the application enrol? (select all that apply) ☐ authenticator app ☐ FIDO security key'),
  ...q('password-policy', 'Are new passwords checked against lists of breached passwords?'),
  ...q('encryption-at-rest', 'Is the data we put in your application encrypted while it is stored? which algorithm?'),
  ...q('customer-managed-keys', 'Do you support BYOK? (Y/N) If no, explain.'),
  ...q('data-location', 'In which countries will our data physically sit? we are US-based but some of our sister companies are in the EU'),
  ...q('backup-frequency', 'Vendor response – backup frequency (continuous / hourly / daily / weekly):'),
  ...q('uptime-sla', 'Is a minimum of 99.9% monthly uptime committed in your SLA?'),
  ...q('incident-history', 'Has there been any security incident in which customer data was exposed within the last three years? (Y/N)'),
  ...q('data-ownership', 'quick one: we keep ownership of everything we upload, right? you don\'t get any rights to it?'),
  ...q('dsar', 'If one of our users asks us to delete all their personal data, can our admins do it in the product?'),
  ...q('cross-border', 'Does your company rely on the Data Privacy Framework or on SCCs when personal data from the UK is sent to the US?'),
  ...q('cookies-tracking', 'Are any cookies set by the application other than strictly necessary ones? (Y/N)'),
  ...q('confidentiality-agreements', 'Your contractors also are signing the confidentiality agreement before they receive accesses?'),
  ...q('security-headers', 'Which of the following HTTP security headers does the application send? (select all that apply) ☐ Strict-Transport-Security ☐ Content-Security-Policy ☐ X-Content-Type-Options ☐ frame-ancestors'),
  ...q('vuln-remediation', 'Are critical vulnerabilities remediated within 14 days?'),
  ...q('local-admin', 'Vendor response – end users have local administrator rights (Y/N)'),
  ...q('internal-audit', 'Does internal audit assess the security programme against ISO/IEC 27001? If yes, how often?'),
  ...q('office-access-logs', 'Are the entry logs of your offices reviewed at least quarterly?'),
  ...q('support-hours', 'what are your support hours? we are in a different time zone'),
  // no entry. Stricter bounds than the entry states:
  ...q(
    null,
    'Are user access reviews performed at least monthly?',
    'Vendor response – idle session timeout of 15 minutes or less by default (Y/N)',
    'Do you require a minimum password length of 15 characters?',
    'Are audit logs retained for a minimum of three (3) years?',
    'Is your RPO five minutes or less?',
    'Do you commit to 99.99% availability in the SLA?',
    'Will the State be notified within 24 hours of the discovery of any suspected security incident?',
    'Is the access of terminated personnel removed within 4 hours?',
    'Are high-risk vulnerabilities remediated within 14 days?',
    'Is the disaster recovery plan tested at least every six months?',
    'Are backups retained for at least one year?',
    'Will all our data, including backup copies, be erased within 30 days of contract termination?',
    'Do you give at least 60 days\' notice before adding a new subprocessor?',
    'Is a leaver\'s access fully revoked within 24 hours, weekends included?',
  ),
  // no entry. Negatively phrased, or the opposite of what an entry says (its yes/no would be wrong):
  ...q(
    null,
    'Are shared accounts permitted for any administrative function?',
    'Is customer data kept out of all non-production environments? (Y/N)',
    'Can a developer push their own code to production without anyone else approving it?',
    'Will State data remain inside the United States at all times? (Y/N)',
    'Do you decline to sign HIPAA business associate agreements? (Y/N)',
    'Is BYOD prohibited for accessing customer data?',
    'Are standard users prevented from being local administrators on their laptops? (Y/N)',
    'Is MFA optional for employees signing in to internal systems?',
    'Could an engineer with production access delete entries from the security logs?',
    'Is every tenant\'s data encrypted only with keys that the vendor controls? (Y/N)',
    'Is customer content kept out of AI model training? (Y/N)',
    'Can any change be merged into the main branch without another engineer approving it? (Y/N)',
    'Can the person who wrote a change also be its approver? (Y/N)',
    'Is it possible for your employees to copy files to a USB stick from their work laptop?',
  ),
  // no entry. Compounds whose parts belong to two entries:
  ...q(
    null,
    'Vendor response – encryption at rest and in transit (Y/N)',
    'Are backups encrypted, and are restores tested every quarter?',
    'Do you run SAST on every pull request and an annual external pen test?',
    'Are logs sent to a SIEM and kept for 13 months?',
    'Vendor response – SSO (SAML) and SCIM provisioning supported (Y/N)',
    'Will you sign our DPA, and have you appointed a DPO?',
    'Are background checks and NDAs completed before a new hire starts?',
    'Are endpoints protected by EDR, and is full-disk encryption enforced on them?',
    'Do you carry cyber insurance, and have you had a breach in the last three years?',
    'What are your RTO and RPO, and what uptime does the SLA promise?',
  ),
  // no entry. Nearby subjects the library lacks:
  ...q(
    null,
    'Does the solution hold a StateRAMP Ready or StateRAMP Authorized status? If yes, provide the security snapshot score.',
    'quick one: do you guys have a SOC 2 Type II report? can you send it over?',
    'Is the company certified to ISO/IEC 27001? Please attach the certificate.',
    'Is there a documented incident response plan, and is it tested at least annually with a tabletop exercise?',
    'Are operating system security patches applied within 30 days of release?',
    'Do you perform authenticated vulnerability scans of your infrastructure at least monthly?',
    'Are fingerprint-based criminal background checks performed for all personnel with access to criminal justice information (CJIS)?',
    'Are you PCI DSS compliant? If yes, at which level?',
    'Does the solution meet CMMC Level 2 requirements for controlled unclassified information?',
    'Is there a clean desk and clear screen policy?',
    'Is a complete inventory of hardware and software assets maintained?',
    'Does the solution support litigation hold and eDiscovery exports for public records requests?',
    'Will you place the source code in escrow for the State?',
    'Is the Contractor, or any parent company, owned or controlled by a foreign entity?',
    'Have you had any outage longer than four hours in the past twelve months?',
    'Do you have an AI governance policy, for example one aligned to the NIST AI Risk Management Framework?',
    'Does the State have the right to audit the Contractor\'s facilities on site?',
  ),
  // no entry. Products, providers or regions no entry names:
  ...q(
    null,
    'Is the solution hosted in AWS GovCloud (US)?',
    'Is the service hosted on Microsoft Azure?',
    'Can our data be hosted in the Sydney region (ap-southeast-2)?',
    'Is Splunk the SIEM you use?',
    'Which EDR product runs on your laptops — CrowdStrike, SentinelOne or Microsoft Defender?',
    'Do your employees sign in to internal systems through Okta?',
    'Does the AI feature use OpenAI GPT models?',
    'Does the product work with the JAWS and NVDA screen readers?',
  ),
  // no entry. The customer doing what an entry says the vendor does:
  ...q(
    null,
    'Can we run our own disaster recovery test of our tenant?',
    'Can we set our own backup schedule for our tenant?',
    'Can our security team see the alerts your SIEM raises about our tenant?',
    'Can we choose which subprocessors are used for our data?',
    'Can we run vulnerability scans against your production environment?',
  ),
];

/**
 * A second library and two labelled question sets for it, written on 2026-12-07 by a helper that
 * had not read or run the matcher's code (nothing under src/ was opened), and measured once with
 * the matcher as it was (first run in the commit that adds this file). Never tuned on afterwards:
 * OTHER_BLIND in particular is read only as a figure, never error by error.
 *
 * The library is of another fictional company, Northwind Analytics: a data-analytics SaaS hosted on
 * Google Cloud in Canada (northamerica-northeast1, backups in northamerica-northeast2) and the EU
 * (europe-west1, backups in europe-west4), never the US; Microsoft 365 and Okta internally,
 * CrowdStrike Falcon on laptops, offices in Toronto and Lisbon. Its entries are written in other
 * styles than entries.ts, as a different team would: about a third have a short title or noun
 * phrase as their question ("Encryption of data at rest", "Leaver process", "RTO / RPO"), some a
 * statement ("All Northwind staff sign in with multi-factor authentication."), the rest questions;
 * a few have several variants, most none; the answers range from an address or "RTO 8 hours; RPO 1
 * hour." to two or three sentences, some opening "Yes." or "No."; yesno is set only where the
 * question or title has an obvious yes or no.
 *
 * OTHER_DEV and OTHER_BLIND are questions for this library in the varied phrasing of real
 * questionnaires: SIG and CAIQ items (some with their ids), HECVAT and VSAQ-style questions, bank
 * third-party risk forms ("the Bank"), public-sector forms ("the Province"), RFP "shall" clauses,
 * short spreadsheet column headers, and chatty questions from a sales call. The two sets use
 * different words for the same subjects. Each question is labelled with the id of the entry whose
 * answer fully and truthfully answers it as asked (with the same yes/no polarity where the question
 * is polar), or null when none does: stricter bounds than an entry states (quarterly when the entry
 * says twice a year, 24 hours when it says 48), opposite yes/no, compounds across two entries,
 * nearby subjects the library lacks, the customer doing what an entry says the vendor does, and
 * products, providers or regions no entry names (AWS, Azure, US regions, Splunk). When in doubt the
 * label is null. About a quarter of each set is null.
 */
import type { DevEntry } from './entries';
import type { Labelled } from './questions';

export const OTHER_ENTRIES: readonly DevEntry[] = [
  // identity
  { id: 'nw-sso', topic: 'identity', question: 'SSO for customer users', yesno: 'yes', sentence: 'Yes. Workspace owners can connect their own identity provider over SAML 2.0 or OpenID Connect and require single sign-on for every member of the workspace.' },
  { id: 'nw-mfa-platform', topic: 'identity', question: 'Does Northwind support MFA for platform users?', variants: ['Two-factor authentication in the app'], yesno: 'yes', sentence: 'Yes. Users can enrol a TOTP authenticator app or a WebAuthn security key, and workspace owners can make MFA mandatory for everyone.' },
  { id: 'nw-mfa-staff', topic: 'identity', question: 'All Northwind staff sign in with multi-factor authentication.', yesno: 'yes', sentence: 'Every employee and contractor signs in to Microsoft 365, Google Cloud and our internal tools through Okta, which requires Okta Verify with number matching or a FIDO2 key on every login.' },
  { id: 'nw-password-rules', topic: 'identity', question: 'Password requirements for platform accounts', sentence: 'Platform passwords must be at least 14 characters and are checked against a list of breached passwords. We do not force periodic resets, in line with NIST SP 800-63B.' },
  { id: 'nw-password-hashing', topic: 'identity', question: 'How are user credentials stored?', sentence: 'Passwords are hashed with Argon2id and a unique salt per user; they cannot be recovered, only reset.' },
  { id: 'nw-roles', topic: 'identity', question: 'Can workspace admins control what each user can see and do?', variants: ['Role-based access control', 'Permissions model'], yesno: 'yes', sentence: 'Workspaces have four built-in roles (Owner, Admin, Analyst, Viewer), and access can also be granted per project. Custom roles are available on the Enterprise plan.' },
  { id: 'nw-access-review', topic: 'identity', question: 'How often is employee access reviewed?', sentence: 'System owners review who has access to production and to customer data twice a year, and remove anything no longer needed.' },
  { id: 'nw-leaver', topic: 'identity', question: 'Leaver process', variants: ['Removing access when someone leaves'], sentence: 'When People Ops records a departure in BambooHR, Okta suspends the account the same day, which cuts off Microsoft 365, Google Cloud and every app behind single sign-on. Laptops are collected and wiped.' },
  { id: 'nw-prod-access', topic: 'identity', question: 'How is administrative access to production controlled?', sentence: 'No engineer has standing access to production. Access is requested for a task, approved by a second engineer, expires after four hours, and every action is recorded in Cloud Audit Logs.' },
  { id: 'nw-session-timeout', topic: 'identity', question: 'Are idle sessions logged out automatically?', yesno: 'yes', sentence: 'Yes. Web sessions end after 60 minutes without activity; workspace owners can choose a shorter limit.' },
  { id: 'nw-scim', topic: 'identity', question: 'SCIM provisioning', yesno: 'yes', sentence: 'Available on the Enterprise plan: SCIM 2.0 from Okta or Microsoft Entra ID creates, updates and deactivates users automatically.' },
  { id: 'nw-api-auth', topic: 'identity', question: 'How do API clients authenticate?', sentence: 'The REST API uses OAuth 2.0 client credentials. Tokens are scoped to one workspace, expire after an hour, and can be revoked by an Admin at any time.' },
  { id: 'nw-ip-allowlist', topic: 'identity', question: 'Can customers restrict access to their workspace by IP address?', yesno: 'no', sentence: 'No. IP allowlisting is not available today. Customers who need it can require SSO and apply network conditions in their own identity provider.' },
  // encryption
  { id: 'nw-encryption-rest', topic: 'encryption', question: 'Encryption of data at rest', yesno: 'yes', sentence: 'Yes. Customer data in BigQuery, Cloud SQL and Cloud Storage is encrypted at rest with AES-256, using keys held in Google Cloud KMS.' },
  { id: 'nw-encryption-transit', topic: 'encryption', question: 'Is data encrypted in transit?', variants: ['TLS version'], yesno: 'yes', sentence: 'Yes. Every connection to the platform and the API requires TLS 1.2 or 1.3; TLS 1.0 and 1.1 are disabled.' },
  { id: 'nw-key-management', topic: 'encryption', question: 'How are encryption keys managed?', sentence: 'Encryption keys live in Google Cloud KMS, rotate automatically every 90 days, and can be used only by the service accounts that need them. No one at Northwind can export a key.' },
  { id: 'nw-cmek', topic: 'encryption', question: 'Customer-managed encryption keys (CMEK)', variants: ['BYOK'], yesno: 'yes', sentence: 'Yes, on the Enterprise plan. A customer can provide a Cloud KMS key from its own Google Cloud project; if it revokes the key, its workspace data becomes unreadable, to us as well.' },
  { id: 'nw-laptop-encryption', topic: 'encryption', question: 'Company laptops are encrypted.', yesno: 'yes', sentence: 'Every Northwind laptop has BitLocker or FileVault full-disk encryption, enforced through Microsoft Intune and Jamf.' },
  { id: 'nw-backup-encryption', topic: 'encryption', question: 'Are backups encrypted?', yesno: 'yes', sentence: 'Yes. Backups are encrypted with AES-256, the same as the data they copy.' },
  // logging
  { id: 'nw-audit-logs', topic: 'logging', question: 'What security events do you log?', sentence: 'We log sign-ins, failed logins, permission changes, administrative actions and every query against customer datasets, with the user, time and source IP address.' },
  { id: 'nw-log-retention', topic: 'logging', question: 'Log retention', sentence: 'Security logs are kept for 400 days. The most recent 30 days are searchable straight away; older logs are restored on request.' },
  { id: 'nw-siem', topic: 'logging', question: 'Do you use a SIEM?', yesno: 'yes', sentence: 'Yes. Logs from Google Cloud, Okta, Microsoft 365 and CrowdStrike are sent to Google Security Operations, where detection rules page the on-call engineer.' },
  { id: 'nw-monitoring-hours', topic: 'logging', question: 'Security monitoring coverage', variants: ['Is there a SOC?'], sentence: 'Alerts are handled 24x7: CrowdStrike Falcon Complete watches our endpoints, and our own on-call rotation covers the cloud environment around the clock.' },
  { id: 'nw-workspace-activity', topic: 'logging', question: 'Can workspace admins see an activity log?', yesno: 'yes', sentence: 'Yes. Owners and Admins can view and export 12 months of workspace activity, including sign-ins, sharing changes, exports and settings changes.' },
  { id: 'nw-log-integrity', topic: 'logging', question: 'Logs cannot be altered or deleted by engineers.', yesno: 'yes', sentence: 'Logs are written to a Cloud Storage bucket with a locked retention policy, in a separate project that engineers have no write access to.' },
  // network
  { id: 'nw-firewall', topic: 'network', question: 'What network filtering protects the production environment?', sentence: 'Google Cloud VPC firewall rules deny all inbound traffic by default; only the load balancer accepts connections from the internet, and outbound traffic is limited to approved destinations.' },
  { id: 'nw-segmentation', topic: 'network', question: 'Is production separated from the corporate network?', yesno: 'yes', sentence: 'Yes. Production runs in dedicated Google Cloud projects with their own VPCs, and there is no network path from the offices or staff laptops into it.' },
  { id: 'nw-edge-protection', topic: 'network', question: 'Edge protection (WAF and DDoS)', sentence: 'Google Cloud Armor sits in front of the platform, providing a web application firewall with OWASP rule sets and DDoS protection.' },
  { id: 'nw-remote-access', topic: 'network', question: 'How do staff connect to internal systems when working remotely?', sentence: 'We do not use a VPN. Internal tools are reached through Okta and Google Cloud Identity-Aware Proxy, which check the person, MFA and the health of the device on every request.' },
  { id: 'nw-email-auth', topic: 'network', question: 'SPF, DKIM and DMARC', yesno: 'yes', sentence: 'Yes. Our domains publish SPF and DKIM, and our DMARC policy is set to reject.' },
  { id: 'nw-wifi', topic: 'network', question: 'Office Wi-Fi', sentence: 'Office Wi-Fi in Toronto and Lisbon uses WPA3-Enterprise with Okta credentials. Guests get a separate network with internet access only.' },
  // hosting
  { id: 'nw-cloud-provider', topic: 'hosting', question: 'Hosting provider', variants: ['Which cloud do you run on?'], sentence: 'The platform is hosted entirely on Google Cloud Platform.' },
  { id: 'nw-data-regions', topic: 'hosting', question: 'Where is customer data stored?', variants: ['Data residency', 'Which regions do you host in?'], sentence: 'Each workspace is hosted in the region the customer picks at sign-up: Canada (Montréal, northamerica-northeast1) or the European Union (Belgium, europe-west1). Its data and backups stay in Canada or in the EU respectively.' },
  { id: 'nw-no-us', topic: 'hosting', question: 'Is any customer data stored or processed in the United States?', yesno: 'no', sentence: 'No. We have no hosting in the United States; customer data is stored and processed only in Canada or the EU.' },
  { id: 'nw-eu-hosting', topic: 'hosting', question: 'EU data residency', yesno: 'yes', sentence: 'Yes. EU workspaces are hosted in Google Cloud europe-west1 (Belgium) with backups in europe-west4 (Netherlands), so their data never leaves the EU.' },
  { id: 'nw-canada-hosting', topic: 'hosting', question: 'Can our data be kept in Canada?', yesno: 'yes', sentence: 'Yes. Canadian workspaces run in Google Cloud\'s Montréal region (northamerica-northeast1), with backups in Toronto (northamerica-northeast2).' },
  { id: 'nw-tenant-isolation', topic: 'hosting', question: 'How is one customer\'s data kept apart from another\'s?', sentence: 'Every workspace has its own BigQuery dataset and Cloud Storage bucket, and the access layer checks the workspace of every query. Cross-tenant access is covered by automated tests and by each penetration test.' },
  { id: 'nw-environments', topic: 'hosting', question: 'Development, staging and production are kept separate.', yesno: 'yes', sentence: 'They run in separate Google Cloud projects with separate access groups and separate service accounts.' },
  { id: 'nw-test-data', topic: 'hosting', question: 'Use of production data in testing', sentence: 'Production customer data is never copied into development or staging. Tests use synthetic datasets.' },
  { id: 'nw-availability', topic: 'hosting', question: 'Is the platform highly available?', yesno: 'yes', sentence: 'Yes. Each region runs across three zones, with automatic failover for the database and application tiers.' },
  { id: 'nw-datacentre', topic: 'hosting', question: 'Physical security of data centres', sentence: 'Northwind has no data centres of its own. Google operates the facilities and their physical and environmental controls, which are covered by Google Cloud\'s SOC 2 and ISO/IEC 27001 reports.' },
  // continuity
  { id: 'nw-backups', topic: 'continuity', question: 'Backup frequency', sentence: 'Databases are backed up continuously with seven days of point-in-time recovery, and full backups of databases and datasets are taken every night.' },
  { id: 'nw-backup-retention', topic: 'continuity', question: 'How long do you keep backups?', sentence: 'Nightly backups are kept for 30 days and then deleted.' },
  { id: 'nw-restore-test', topic: 'continuity', question: 'Are restores from backup tested?', yesno: 'yes', sentence: 'Yes, twice a year. We restore a full copy of a region into an isolated project and check the data against production.' },
  { id: 'nw-bcp', topic: 'continuity', question: 'Do you have a business continuity plan?', yesno: 'yes', sentence: 'Our business continuity plan covers staff, key suppliers and the platform. It is reviewed each year and exercised with a tabletop test.' },
  { id: 'nw-dr', topic: 'continuity', question: 'What is your disaster recovery strategy?', variants: ['What happens if a Google Cloud region goes down?'], sentence: 'If a region is lost, we rebuild the platform from backups in a second region in the same jurisdiction: Toronto for Canadian workspaces, the Netherlands for EU workspaces. We test this failover once a year.' },
  { id: 'nw-rto-rpo', topic: 'continuity', question: 'RTO / RPO', sentence: 'RTO 8 hours; RPO 1 hour.' },
  { id: 'nw-sla', topic: 'continuity', question: 'Uptime commitment', sentence: 'Enterprise contracts include a 99.9% monthly uptime SLA with service credits. Other plans have no contractual SLA.' },
  { id: 'nw-status-page', topic: 'continuity', question: 'Is there a public status page?', yesno: 'yes', sentence: 'Yes, status.northwind-analytics.example, where customers can subscribe to incident and maintenance updates.' },
  // incident
  { id: 'nw-ir-plan', topic: 'incident', question: 'Do you have a documented incident response plan?', yesno: 'yes', sentence: 'Our incident response plan sets out severity levels, roles, escalation and customer communication. We rehearse it with a tabletop exercise every year and review it after every major incident.' },
  { id: 'nw-breach-notice', topic: 'incident', question: 'How quickly will you tell us about a breach?', sentence: 'We notify affected customers within 48 hours of confirming a security incident involving their data, and keep them updated until it is closed.' },
  { id: 'nw-past-breaches', topic: 'incident', question: 'Have you had a data breach in the last five years?', yesno: 'no', sentence: 'No. There has been no breach of customer data since Northwind was founded in 2019.', visibility: 'nda' },
  // vulnerability management
  { id: 'nw-pentest', topic: 'appsec', question: 'How often is the platform penetration tested, and by whom?', sentence: 'An independent firm tests the platform and the API every year and after major releases. The executive summary of the latest report is available under NDA.' },
  { id: 'nw-vuln-scanning', topic: 'appsec', question: 'Do you scan for vulnerabilities?', yesno: 'yes', sentence: 'Yes. Container images are scanned on every build, and our Google Cloud environment is scanned continuously by Security Command Center.' },
  { id: 'nw-remediation', topic: 'appsec', question: 'Vulnerability remediation timelines', sentence: 'Critical: 14 days. High: 30 days. Medium: 90 days. Low: next planned release.' },
  { id: 'nw-disclosure', topic: 'appsec', question: 'We accept vulnerability reports from outside researchers.', sentence: 'Researchers can report issues to security@northwind-analytics.example, as described in our security.txt, and we reply within two business days. We do not run a paid bug bounty.' },
  // development
  { id: 'nw-sdlc', topic: 'appsec', question: 'Secure development lifecycle', sentence: 'Security is part of how we ship: threat modelling for new features, peer review of every change, automated tests and security scanning in CI, and staged rollouts.' },
  { id: 'nw-code-review', topic: 'appsec', question: 'Is every code change reviewed before merge?', yesno: 'yes', sentence: 'Yes. GitHub branch protection requires an approving review from another engineer and passing checks before anything merges.' },
  { id: 'nw-sast', topic: 'appsec', question: 'Static analysis', sentence: 'Semgrep and CodeQL run on every pull request; high-severity findings block the merge.' },
  { id: 'nw-dependencies', topic: 'appsec', question: 'Open-source dependencies', sentence: 'Dependabot flags vulnerable open-source packages, which we update within our remediation timelines. We keep an SBOM for every release and check licences on each build.' },
  { id: 'nw-secrets', topic: 'appsec', question: 'Secrets management', sentence: 'Secrets are stored in Google Secret Manager and injected at runtime. GitHub secret scanning with push protection stops credentials being committed.' },
  { id: 'nw-change-mgmt', topic: 'change', question: 'Do you have a formal change management process?', yesno: 'yes', sentence: 'Yes. Every production change goes through a pull request, review, CI and our deployment pipeline, which records who approved and released it.' },
  // people
  { id: 'nw-background-checks', topic: 'people', question: 'Are new employees background checked?', yesno: 'yes', sentence: 'Yes. New hires in Canada and Portugal go through criminal record, identity and reference checks before they start, as local law allows.' },
  { id: 'nw-security-training', topic: 'people', question: 'Do employees receive security awareness training?', yesno: 'yes', sentence: 'Yes, at onboarding and every year after, with quarterly phishing simulations.' },
  { id: 'nw-confidentiality', topic: 'people', question: 'Employees sign confidentiality agreements.', yesno: 'yes', sentence: 'Every employee and contractor signs a confidentiality agreement before getting access to any Northwind system.' },
  { id: 'nw-dev-training', topic: 'people', question: 'Developer security training', sentence: 'Engineers complete secure coding training on the OWASP Top 10 at onboarding and every year.' },
  { id: 'nw-headcount', topic: 'people', question: 'How many employees does Northwind have?', sentence: 'About 110 people, in Toronto, Lisbon and remote across Canada and Portugal.' },
  { id: 'nw-security-lead', topic: 'people', question: 'Who is responsible for information security?', sentence: 'Our Head of Security, who reports to the CTO, leads a security team of three and owns the security program.' },
  // vendors
  { id: 'nw-vendor-risk', topic: 'vendors', question: 'How do you assess the security of your suppliers?', sentence: 'Suppliers that handle customer or employee data are assessed before we sign and reviewed every year; we collect their SOC 2 or ISO/IEC 27001 reports and follow up on exceptions.' },
  { id: 'nw-subprocessors', topic: 'vendors', question: 'Where can we find your list of subprocessors?', sentence: 'Our subprocessors are listed at northwind-analytics.example/subprocessors. Customers get 30 days\' notice before we add one and can object.' },
  // privacy
  { id: 'nw-gdpr', topic: 'privacy', question: 'Are you GDPR compliant?', yesno: 'yes', sentence: 'Yes. We act as a processor for customer data and offer a data processing agreement that includes the EU Standard Contractual Clauses.' },
  { id: 'nw-dpa', topic: 'privacy', question: 'Will you sign a DPA?', yesno: 'yes', sentence: 'Yes. Our standard DPA is part of every customer agreement, and we will review a customer\'s own DPA on request.' },
  { id: 'nw-pipeda', topic: 'privacy', question: 'PIPEDA and Quebec Law 25', sentence: 'We comply with PIPEDA for personal information about people in Canada, and with Quebec\'s Law 25 where it applies.' },
  { id: 'nw-dpo', topic: 'privacy', question: 'Do you have a Data Protection Officer?', yesno: 'yes', sentence: 'Yes. Our Data Protection Officer is based in Lisbon and can be reached at privacy@northwind-analytics.example.' },
  { id: 'nw-data-deletion', topic: 'privacy', question: 'What happens to our data when the contract ends?', sentence: 'We delete a customer\'s workspace within 30 days after the contract ends; the backups that contain it expire within a further 30 days.' },
  { id: 'nw-data-export', topic: 'privacy', question: 'Can we export our data?', yesno: 'yes', sentence: 'Yes. Owners can export datasets, dashboards and query results as CSV or Parquet at any time, or through the API.' },
  { id: 'nw-no-sale', topic: 'privacy', question: 'Do you sell customer data?', yesno: 'no', sentence: 'No. Customer data is never sold, rented or used for advertising.' },
  { id: 'nw-dsar', topic: 'privacy', question: 'Data subject requests', sentence: 'Owners can find, export and delete an individual\'s records with the data subject tools in the product. Our support team helps with any request within five business days.' },
  { id: 'nw-hipaa', topic: 'privacy', question: 'Will you sign a HIPAA business associate agreement?', yesno: 'no', sentence: 'No. The platform is not meant for protected health information and we do not sign BAAs.' },
  { id: 'nw-privacy-policy', topic: 'privacy', question: 'Privacy policy', sentence: 'Our privacy policy is at northwind-analytics.example/privacy.' },
  // AI
  { id: 'nw-ai-features', topic: 'ai', question: 'AI features', sentence: 'The platform has an optional assistant that writes SQL and explains charts. It runs on Gemini models through Google Cloud Vertex AI in the workspace\'s own region, and workspace owners can turn it off.' },
  { id: 'nw-ai-training', topic: 'ai', question: 'Is customer data used to train AI models?', yesno: 'no', sentence: 'No. Customer data and prompts are not used to train our models or Google\'s, and Vertex AI does not keep them after answering.' },
  // endpoint
  { id: 'nw-edr', topic: 'endpoint', question: 'Do you run endpoint protection on company devices?', yesno: 'yes', sentence: 'Yes. CrowdStrike Falcon runs on every company laptop, with 24x7 monitoring by Falcon Complete.' },
  { id: 'nw-mdm', topic: 'endpoint', question: 'Are company laptops centrally managed?', yesno: 'yes', sentence: 'Yes. Windows laptops are managed with Microsoft Intune and Macs with Jamf; both enforce encryption, screen lock and operating-system updates.' },
  { id: 'nw-byod', topic: 'endpoint', question: 'Personal devices', sentence: 'Staff may read Microsoft 365 email on a personal phone through the Outlook app with Intune app protection. Personal devices can never reach customer data or production.' },
  { id: 'nw-usb', topic: 'endpoint', question: 'Is USB storage blocked on laptops?', yesno: 'yes', sentence: 'Yes. CrowdStrike device control blocks USB mass storage on every company laptop.' },
  // physical
  { id: 'nw-office-security', topic: 'physical', question: 'How are your offices physically secured?', sentence: 'Our Toronto and Lisbon offices use badge access, visitor sign-in and CCTV at the entrances. No servers or customer data are kept in either office.' },
  // governance
  { id: 'nw-infosec-policy', topic: 'governance', question: 'Do you have a written information security policy?', yesno: 'yes', sentence: 'Yes. Our information security policies are approved by the leadership team, reviewed every year, and available to customers under NDA.' },
  { id: 'nw-soc2', topic: 'governance', question: 'Do you have a SOC 2 report?', yesno: 'yes', sentence: 'Yes. Our SOC 2 Type II report covers the Security and Availability criteria, is renewed every year, and is shared under NDA.' },
  { id: 'nw-iso27001', topic: 'governance', question: 'ISO 27001 certification', sentence: 'We are not ISO/IEC 27001 certified. Our controls are mapped to ISO/IEC 27001 and tested in our SOC 2 Type II audit.' },
  { id: 'nw-risk-assessment', topic: 'governance', question: 'How often do you perform risk assessments?', sentence: 'We carry out a formal risk assessment every year and whenever the platform changes significantly. Risks are tracked with owners in a register that leadership reviews each quarter.' },
  { id: 'nw-insurance', topic: 'governance', question: 'Do you carry cyber insurance?', yesno: 'yes', sentence: 'Yes. Northwind carries cyber liability and technology errors and omissions insurance, CAD 5 million each. Certificates are available on request.' },
  { id: 'nw-security-contact', topic: 'governance', question: 'Security contact', sentence: 'security@northwind-analytics.example' },
  { id: 'nw-accessibility', topic: 'governance', question: 'Accessibility (WCAG 2.1 AA)', sentence: 'The web app is designed to WCAG 2.1 AA. An independent audit in 2026 found it partially conformant; our Accessibility Conformance Report (VPAT) lists the open items and is available on request.' },
  { id: 'nw-revenue', topic: 'governance', question: 'Annual revenue', sentence: 'Shared only under NDA during procurement; ask Finance before giving a figure.', visibility: 'internal' },
  // support
  { id: 'nw-support-access', topic: 'support', question: 'Can your support staff see our data?', sentence: 'Support engineers can open a workspace only after an Owner grants access from Settings. The grant expires after 72 hours and every action is shown in the workspace activity log.' },
  { id: 'nw-support-hours', topic: 'support', question: 'Support hours', sentence: 'Business days, 08:00–20:00 Toronto and Lisbon time. Enterprise customers get a 24x7 response for severity-1 incidents.' },
];

function q(entry: string | null, ...questions: string[]): Labelled[] {
  return questions.map((question) => [question, entry] as const);
}

export const OTHER_DEV: readonly Labelled[] = [
  // identity
  ...q('nw-sso', 'Does the platform support SAML-based single sign-on for our employees?', 'SSO (SAML / OIDC)'),
  ...q('nw-mfa-platform', 'IAM-02: Does the application support multi-factor authentication for end users?', 'Can we force all of our analysts to use 2FA when logging in to your tool?'),
  ...q('nw-mfa-staff', 'Is MFA enforced for all vendor workforce access to corporate email and cloud consoles?', 'Do your engineers need a second factor to sign in to internal systems?'),
  ...q('nw-password-rules', 'What are the minimum password length and complexity rules for application accounts?', 'Password policy (length, expiry)'),
  ...q('nw-password-hashing', 'Are end-user passwords stored using a strong, salted, one-way hashing algorithm?'),
  ...q('nw-roles', 'Does the solution provide role-based access control so that permissions can be limited by user role?', 'User roles available'),
  ...q('nw-access-review', 'Are user access entitlements to production systems recertified at least annually?'),
  ...q('nw-leaver', 'Describe the process for revoking logical access when personnel are terminated.', 'Terminated employee access removal – timeframe'),
  ...q('nw-prod-access', 'How do you restrict and monitor administrative access to production infrastructure?'),
  ...q('nw-session-timeout', 'Does the web application automatically terminate sessions after a period of inactivity?', 'idle timeout?'),
  ...q('nw-scim', 'Can user accounts be provisioned and de-provisioned automatically from Microsoft Entra ID?'),
  ...q('nw-api-auth', 'What authentication mechanism protects the API?'),
  ...q('nw-ip-allowlist', 'Can we limit logins to our corporate IP ranges?'),
  // encryption
  ...q('nw-encryption-rest', 'Is sensitive data encrypted while stored (at rest)?', 'EKM-04: Do you encrypt tenant data at rest using AES-256 or equivalent?', 'Data at rest encryption'),
  ...q('nw-encryption-transit', 'Is TLS 1.2 or higher enforced for all data transmitted over public networks?', 'Encryption in transit (protocol and version)'),
  ...q('nw-key-management', 'Describe your cryptographic key management practices, including rotation.'),
  ...q('nw-cmek', 'Do you support bring-your-own-key (BYOK)?'),
  ...q('nw-laptop-encryption', 'Are all company laptops protected by full-disk encryption?'),
  ...q('nw-backup-encryption', 'Are backup copies of our data encrypted?'),
  // logging
  ...q('nw-audit-logs', 'Does the system log user authentication events, privileged actions and access to data?'),
  ...q('nw-log-retention', 'How long do you retain security event logs?', 'Are logs retained for a minimum of 12 months?'),
  ...q('nw-siem', 'Are security logs aggregated in a SIEM and reviewed for anomalies?'),
  ...q('nw-monitoring-hours', 'Do you have 24/7 security monitoring?'),
  ...q('nw-workspace-activity', 'Can tenant administrators view an audit trail of user activity in their account?'),
  ...q('nw-log-integrity', 'How do you protect audit logs from unauthorized modification or deletion?'),
  // network
  ...q('nw-firewall', 'Are firewalls configured to deny inbound traffic by default?'),
  ...q('nw-segmentation', 'Is the production environment logically segregated from the corporate network?'),
  ...q('nw-edge-protection', 'Do you have a WAF in front of the application?', 'What protections do you have against distributed denial-of-service attacks?'),
  ...q('nw-remote-access', 'Do remote employees connect via VPN?'),
  ...q('nw-email-auth', 'Does your organization implement DMARC?'),
  ...q('nw-wifi', 'How is your corporate wireless network secured?'),
  // hosting
  ...q('nw-cloud-provider', 'Who is your infrastructure-as-a-service provider?', 'Hosting: cloud provider name'),
  ...q('nw-data-regions', 'In which geographic locations will our data reside?', 'Data center location(s)'),
  ...q('nw-no-us', 'Will any of our data be stored in or transferred to the United States?'),
  ...q('nw-eu-hosting', 'Can you guarantee that our data will remain within the EU?'),
  ...q('nw-canada-hosting', 'Is Canadian data residency available?'),
  ...q('nw-tenant-isolation', 'How do you ensure segregation of data between tenants in a multi-tenant environment?'),
  ...q('nw-environments', 'Are non-production environments separated from production?'),
  ...q('nw-test-data', 'Is live customer data ever used in test or development?'),
  ...q('nw-availability', 'Is the service architected for high availability across multiple zones?'),
  ...q('nw-datacentre', 'Describe physical and environmental controls at the data center hosting our data.'),
  // continuity
  ...q('nw-backups', 'How frequently are backups performed?', 'Backup schedule'),
  ...q('nw-backup-retention', 'What is the retention period for backups?'),
  ...q('nw-restore-test', 'Do you periodically test the restoration of backups?'),
  ...q('nw-bcp', 'Do you maintain a documented business continuity plan that is reviewed annually?'),
  ...q('nw-dr', 'Describe your disaster recovery capabilities.'),
  ...q('nw-rto-rpo', 'What are the RTO and RPO for the service?'),
  ...q('nw-sla', 'What availability SLA do you offer?'),
  ...q('nw-status-page', 'Do you publish service status and incident updates online?'),
  // incident
  ...q('nw-ir-plan', 'Do you have a formal, documented incident response plan that is tested at least annually?', 'Incident response plan?'),
  ...q('nw-breach-notice', 'Will you notify us of a data breach within 72 hours?', 'What is your timeline for notifying customers of a security incident?'),
  ...q('nw-past-breaches', 'Has your organization experienced a data breach in the past 36 months?'),
  // vulnerability management
  ...q('nw-pentest', 'Are third-party penetration tests conducted at least annually?', 'Can you share your most recent pen test results?'),
  ...q('nw-vuln-scanning', 'Do you perform regular vulnerability scans of your infrastructure?'),
  ...q('nw-remediation', 'What are your SLAs for remediating critical and high vulnerabilities?'),
  ...q('nw-disclosure', 'How can a security researcher report a vulnerability to you?'),
  // development
  ...q('nw-sdlc', 'Do you follow a documented secure software development life cycle?', 'Secure SDLC'),
  ...q('nw-code-review', 'Are all code changes peer-reviewed prior to release?'),
  ...q('nw-sast', 'Do you use automated static code analysis tools?'),
  ...q('nw-dependencies', 'How do you track and patch vulnerabilities in third-party libraries?'),
  ...q('nw-secrets', 'How are application secrets and credentials protected?'),
  ...q('nw-change-mgmt', 'Is there a formal change control process for production changes?'),
  // people
  ...q('nw-background-checks', 'Are criminal background checks performed on new hires?'),
  ...q('nw-security-training', 'Do all personnel complete security awareness training annually?', 'Security awareness training'),
  ...q('nw-confidentiality', 'Are employees required to sign NDAs?'),
  ...q('nw-dev-training', 'Do software developers receive training in secure coding?'),
  ...q('nw-headcount', 'Number of employees'),
  ...q('nw-security-lead', 'Who in your organization is accountable for information security?'),
  // vendors
  ...q('nw-vendor-risk', 'Do you have a vendor risk management program for your own suppliers?'),
  ...q('nw-subprocessors', 'Please provide a list of sub-processors that will have access to our data.'),
  // privacy
  ...q('nw-gdpr', 'Is your organization compliant with the General Data Protection Regulation?'),
  ...q('nw-dpa', 'Will you sign a data processing agreement with us?'),
  ...q('nw-pipeda', 'Do you comply with Canadian privacy law (PIPEDA)?'),
  ...q('nw-dpo', 'Have you designated a Data Protection Officer?'),
  ...q('nw-data-deletion', 'Upon termination, how and when is customer data deleted?'),
  ...q('nw-data-export', 'Can we retrieve all of our data in a machine-readable format?'),
  ...q('nw-no-sale', 'Do you sell personal information to third parties?'),
  ...q('nw-dsar', 'How will you assist us in responding to data subject access requests?'),
  ...q('nw-hipaa', 'Will you enter into a Business Associate Agreement?'),
  ...q('nw-privacy-policy', 'URL of your privacy notice'),
  // AI
  ...q('nw-ai-features', 'Does the product include any generative AI functionality?'),
  ...q('nw-ai-training', 'Will our data be used to train machine learning models?'),
  // endpoint
  ...q('nw-edr', 'Is anti-malware software installed on all endpoints?'),
  ...q('nw-mdm', 'Are company laptops enrolled in MDM?'),
  ...q('nw-byod', 'Can staff use personal devices to access company resources?'),
  ...q('nw-usb', 'Is the use of removable storage media restricted?'),
  // physical
  ...q('nw-office-security', 'What physical access controls are in place at your office locations?'),
  // governance
  ...q('nw-infosec-policy', 'Do you have an information security policy approved by management?'),
  ...q('nw-soc2', 'Do you have a current SOC 2 Type 2 report?'),
  ...q('nw-iso27001', 'Are you ISO 27001 certified?'),
  ...q('nw-risk-assessment', 'Is a formal risk assessment performed at least annually?'),
  ...q('nw-insurance', 'Do you maintain cyber liability insurance coverage?'),
  ...q('nw-security-contact', 'Primary security contact email'),
  ...q('nw-accessibility', 'Please provide your VPAT or Accessibility Conformance Report.'),
  ...q('nw-revenue', 'Annual revenue (most recent fiscal year)'),
  // support
  ...q('nw-support-access', 'Under what circumstances can vendor support personnel access customer data?'),
  ...q('nw-support-hours', 'What are your support hours of operation?'),
  // no entry answers these
  ...q(
    null,
    // providers and regions no entry names
    'Is the application hosted on AWS?',
    'Do you store customer data in Azure data centres?',
    'Can our data be hosted in Australia?',
    'Is Google Workspace your corporate email and productivity suite?',
    'Do you use SentinelOne for endpoint protection?',
    'Do your offices in New York have badge access?',
    'Are employees located in India permitted to access our data?',
    // stricter bounds than the entry states
    'Are access reviews performed quarterly?',
    'Are security logs retained for at least two years?',
    'Will you notify us within 24 hours of discovering a breach?',
    'Are penetration tests performed quarterly?',
    'Are critical vulnerabilities remediated within 7 days?',
    'Is your RTO 4 hours or less?',
    'Do you guarantee 99.99% uptime?',
    'Do you retain backups for at least 90 days?',
    'Do you carry at least USD 10 million in cyber insurance?',
    // opposite yes/no
    'Confirm that customer data may be stored in US regions for disaster recovery.',
    'Is your SOC 2 report scoped to include the Confidentiality and Privacy criteria?',
    'Is there a 24x7 phone support line for all customers?',
    // compounds across two entries
    'Do you encrypt data both at rest and in transit, and is MFA enforced for all users?',
    'Do you support SSO and automated SCIM provisioning on all plans?',
    // the customer doing it
    'Can customers run their own penetration tests against the platform?',
    'Are customers responsible for backing up their own data?',
    // nearby subjects the library lacks
    'Do you have a Chief Information Security Officer?',
    'Do you hold FedRAMP authorization?',
    'Are you PCI DSS compliant?',
    'Are backups stored offline or air-gapped?',
    'Do you use hardware security modules validated to FIPS 140-3?',
    'Is data encrypted at the field level within the database?',
    'Do you have a formal data classification policy?',
    'Do you perform DLP on outbound email?',
    'Do you have an acceptable use policy?',
    'Are security policies reviewed by the board of directors?',
    'Does the platform support passwordless login with magic links?',
    'Does the application support biometric login on mobile devices?',
    'Are you HITRUST certified?',
    'Do you provide a dedicated single-tenant deployment?',
    'Can we host the platform on-premises?',
    'Do you conduct red team exercises?',
    'Are background checks repeated every year for existing employees?',
    'Do you have a SOC 3 report?',
  ),
];

export const OTHER_BLIND: readonly Labelled[] = [
  // identity
  ...q('nw-sso', 'The Supplier shall support federated authentication via SAML 2.0 with the Customer\'s identity provider.', 'can we log in thru our Okta?'),
  ...q('nw-mfa-platform', 'Is a second authentication factor available for people who log in to the analytics portal?'),
  ...q('nw-mfa-staff', 'Does the vendor enforce multifactor authentication for all employees and contractors accessing corporate resources?', 'Staff MFA'),
  ...q('nw-password-rules', 'Does the application enforce a minimum password length of at least 12 characters?'),
  ...q('nw-password-hashing', 'What algorithm is used to hash stored passwords?'),
  ...q('nw-roles', 'Granular permissions / RBAC', 'Can a customer administrator give some users read-only access?'),
  ...q('nw-access-review', 'Describe how and how often user access is recertified.'),
  ...q('nw-leaver', 'When an employee resigns or is terminated, how quickly are their accounts disabled?'),
  ...q('nw-prod-access', 'Do engineers have standing administrative access to production?'),
  ...q('nw-session-timeout', 'Session inactivity timeout (minutes)'),
  ...q('nw-scim', 'SCIM 2.0 support'),
  ...q('nw-api-auth', 'How are calls to your REST API authenticated and authorised?'),
  ...q('nw-ip-allowlist', 'Does the service allow tenants to restrict access to approved source IP addresses?'),
  // encryption
  ...q('nw-encryption-rest', 'The Contractor shall encrypt all Customer Data at rest using AES-256 or stronger.', 'Stored data encrypted?'),
  ...q('nw-encryption-transit', 'Are all external connections to the service protected with TLS 1.2+?'),
  ...q('nw-key-management', 'Where are your encryption keys stored, and how often are they rotated?'),
  ...q('nw-cmek', 'Can we control the encryption keys used for our data?'),
  ...q('nw-laptop-encryption', 'Do employee laptops use disk encryption such as BitLocker or FileVault?'),
  ...q('nw-backup-encryption', 'Backup encryption'),
  // logging
  ...q('nw-audit-logs', 'What events are captured in your security audit logs?'),
  ...q('nw-log-retention', 'Log retention period'),
  ...q('nw-siem', 'Do you centralize logs in a security information and event management platform?'),
  ...q('nw-monitoring-hours', 'Is there round-the-clock monitoring of security alerts?'),
  ...q('nw-workspace-activity', 'Does the product provide an exportable audit log for customer admins?'),
  ...q('nw-log-integrity', 'Are logs stored in a way that prevents tampering?'),
  // network
  ...q('nw-firewall', 'Describe the firewall rules protecting your production environment.'),
  ...q('nw-segmentation', 'Is there network segmentation between your office network and production?'),
  ...q('nw-edge-protection', 'DDoS mitigation', 'Is the application protected by a web application firewall?'),
  ...q('nw-remote-access', 'What controls govern remote access by your employees?'),
  ...q('nw-email-auth', 'Are SPF and DKIM records configured for your email domains?'),
  ...q('nw-wifi', 'Office wireless security'),
  // hosting
  ...q('nw-cloud-provider', 'Which public cloud platform is the service deployed on?'),
  ...q('nw-data-regions', 'Where geographically will our data be stored and processed?', 'Residency of customer data'),
  ...q('nw-no-us', 'Does any processing of our data take place in the USA?'),
  ...q('nw-eu-hosting', 'We are a German company. Can our workspace be hosted in the European Union?'),
  ...q('nw-canada-hosting', 'The Province requires that all data be stored in Canada. Can you meet this requirement?'),
  ...q('nw-tenant-isolation', 'Describe how tenant data is logically isolated.'),
  ...q('nw-environments', 'Do you maintain separate environments for development, testing and production?'),
  ...q('nw-test-data', 'Do developers test with copies of production data?'),
  ...q('nw-availability', 'Is the application deployed redundantly across availability zones?'),
  ...q('nw-datacentre', 'Data centre physical security'),
  // continuity
  ...q('nw-backups', 'How often is data backed up?'),
  ...q('nw-backup-retention', 'How many days of backups are retained?'),
  ...q('nw-restore-test', 'Are backup restoration tests performed at least annually?'),
  ...q('nw-bcp', 'BCP in place?'),
  ...q('nw-dr', 'How would you recover the service if your primary hosting region became unavailable?'),
  ...q('nw-rto-rpo', 'Recovery time objective'),
  ...q('nw-sla', 'Do you commit to an uptime percentage in the contract?'),
  ...q('nw-status-page', 'Where can we check the current status of the service?'),
  // incident
  ...q('nw-ir-plan', 'Describe your security incident response process.'),
  ...q('nw-breach-notice', 'The Supplier shall notify the Bank of any security incident affecting Bank data within 72 hours.'),
  ...q('nw-past-breaches', 'Have you experienced any security breaches involving customer data?'),
  // vulnerability management
  ...q('nw-pentest', 'Do you engage an independent third party to perform penetration testing?'),
  ...q('nw-vuln-scanning', 'Vulnerability scanning – frequency and tooling'),
  ...q('nw-remediation', 'Within what time frame are high-risk vulnerabilities patched?'),
  ...q('nw-disclosure', 'Do you have a responsible disclosure policy?'),
  // development
  ...q('nw-sdlc', 'Describe how security is integrated into your software development process.'),
  ...q('nw-code-review', 'Does at least one other developer approve each pull request before merge?'),
  ...q('nw-sast', 'SAST tooling'),
  ...q('nw-dependencies', 'Do you use software composition analysis to detect vulnerable open-source components?'),
  ...q('nw-secrets', 'Are credentials or API keys ever hard-coded in source code?'),
  ...q('nw-change-mgmt', 'Describe your change management procedures for the production environment.'),
  // people
  ...q('nw-background-checks', 'Do you screen employees prior to employment?'),
  ...q('nw-security-training', 'How often do employees take security awareness training?'),
  ...q('nw-confidentiality', 'Do all staff and contractors sign confidentiality agreements before being given access?'),
  ...q('nw-dev-training', 'Is OWASP training provided to engineering staff?'),
  ...q('nw-headcount', 'How big is your company?'),
  ...q('nw-security-lead', 'Is there a named individual responsible for security?'),
  // vendors
  ...q('nw-vendor-risk', 'Describe how you manage security risk from your own third-party service providers.'),
  ...q('nw-subprocessors', 'Will you notify us before engaging a new subprocessor?'),
  // privacy
  ...q('nw-gdpr', 'Does the vendor comply with EU GDPR requirements as a data processor?'),
  ...q('nw-dpa', 'Do you offer a DPA?'),
  ...q('nw-pipeda', 'Are you compliant with Quebec Law 25?'),
  ...q('nw-dpo', 'Contact details of your DPO'),
  ...q('nw-data-deletion', 'How long after contract termination is our data destroyed, including backups?'),
  ...q('nw-data-export', 'Can customers download a full copy of their data?'),
  ...q('nw-no-sale', 'Is our data ever sold or used for advertising?'),
  ...q('nw-dsar', 'Does the platform provide tools to help us fulfil GDPR data subject rights?'),
  ...q('nw-hipaa', 'Can the platform be used to store PHI under a BAA?'),
  ...q('nw-privacy-policy', 'Link to privacy policy'),
  // AI
  ...q('nw-ai-features', 'Does the platform use AI? If so, which model provider?'),
  ...q('nw-ai-training', 'Do you or your AI providers train models on customer prompts or data?'),
  // endpoint
  ...q('nw-edr', 'Which EDR solution do you use?'),
  ...q('nw-mdm', 'Are laptops managed by a device management solution that enforces security settings?'),
  ...q('nw-byod', 'BYOD policy'),
  ...q('nw-usb', 'Are USB storage devices blocked on employee machines?'),
  // physical
  ...q('nw-office-security', 'Describe physical security at your Toronto and Lisbon offices.'),
  // governance
  ...q('nw-infosec-policy', 'Provide a copy of your information security policy.'),
  ...q('nw-soc2', 'SOC 2 Type II'),
  ...q('nw-iso27001', 'ISO/IEC 27001 certificate'),
  ...q('nw-risk-assessment', 'Describe your information security risk assessment process.'),
  ...q('nw-insurance', 'Please provide a certificate of insurance for cyber liability coverage.'),
  ...q('nw-security-contact', 'Who should we contact about a security concern?'),
  ...q('nw-accessibility', 'Describe the accessibility of your user interface for people with disabilities.'),
  // support
  ...q('nw-support-access', 'Can Northwind support engineers view our datasets without our permission?'),
  ...q('nw-support-hours', 'When is technical support available?'),
  // more, in other words again
  ...q('nw-mfa-platform', 'Does the portal let users sign in with a hardware security key such as a YubiKey?'),
  ...q('nw-session-timeout', 'Will a user who walks away from their desk be signed out automatically, and after how long?'),
  ...q('nw-leaver', 'Describe your offboarding procedure for departing staff.'),
  ...q('nw-encryption-transit', 'HTTPS only?'),
  ...q('nw-cloud-provider', 'Is the service hosted on GCP?'),
  ...q('nw-data-regions', 'Please list all countries where Customer Data will be stored.'),
  ...q('nw-backups', 'Are databases backed up at least daily?'),
  ...q('nw-bcp', 'Business continuity / contingency planning: describe.'),
  ...q('nw-pentest', 'Penetration test frequency'),
  ...q('nw-sdlc', 'Do you threat-model new features?'),
  ...q('nw-soc2', 'Can you share an independent audit report such as a SOC 2?'),
  ...q('nw-insurance', 'Cyber coverage limits'),
  ...q('nw-subprocessors', 'Third parties who process our data (sub-processors)'),
  ...q('nw-dpa', 'Is a Data Processing Addendum available for signature?'),
  ...q('nw-ai-features', 'Can AI functionality be disabled for our tenant?'),
  ...q('nw-edr', 'Is CrowdStrike deployed on all company laptops?'),
  ...q('nw-revenue', 'Company annual turnover'),
  ...q('nw-support-hours', 'Hours of support coverage'),
  ...q('nw-log-retention', 'Are audit logs retained for at least one year?'),
  ...q('nw-code-review', 'Is two-person review required for code changes?'),
  ...q('nw-headcount', 'Total full-time staff'),
  // no entry answers these
  ...q(
    null,
    // providers and regions no entry names
    'Is our data hosted in Google Cloud us-central1?',
    'Do you use Amazon S3 for storage?',
    'Can we choose a UK-only hosting region?',
    'Is data replicated to a region in Asia for disaster recovery?',
    'Do you use Splunk as your SIEM?',
    'Is Microsoft Defender deployed on all endpoints?',
    'Do you have an office in Montreal?',
    // stricter bounds than the entry states
    'Is employee access reviewed monthly?',
    'Are logs kept for seven years?',
    'The Supplier shall notify the Customer of any incident within 12 hours.',
    'Are penetration tests conducted after every release?',
    'Is the RPO less than 15 minutes?',
    'Are critical patches applied within 72 hours?',
    // opposite yes/no
    'Confirm that Northwind staff cannot access customer data under any circumstances.',
    'Is data at rest encrypted with keys that only the customer holds?',
    // compounds across two entries
    'Is MFA enforced for all users, and do you support hardware tokens for customers?',
    'Do you encrypt backups and store them offline?',
    'Do you have a HIPAA compliance program and a designated privacy officer?',
    'Do you conduct annual tabletop exercises for business continuity and incident response, and share the results with customers?',
    // the customer doing it
    'Are customers required to configure their own firewall rules for the service?',
    'Does the customer have to provide their own backup solution?',
    'Are security logs forwarded to our SIEM via syslog?',
    // nearby subjects the library lacks
    'Do you hold an ISO 27701 certification?',
    'Are you CSA STAR certified?',
    'Is the service covered by a SOC 1 audit?',
    'Do you have a documented retention schedule for corporate records?',
    'Do you use a cloud access security broker (CASB)?',
    'Are visitors to your data centres escorted at all times?',
    'Is there a board-level security committee?',
    'Do you perform drug testing of employees?',
    'Will you accept unlimited liability for data breaches?',
    'Do you carry crime or fidelity insurance?',
    'Is the product Section 508 certified?',
    'Is the platform StateRAMP authorized?',
    'Is a self-hosted version of the product available?',
    'Does the platform support SMS-based one-time passcodes?',
    'Do employees use a company password manager?',
    'Are your developers located offshore?',
    'Can we audit your facilities on site?',
    'What is your employee turnover rate?',
  ),
];

/**
 * A sixth library and one blind question set for it, written on 2026-12-07 by a helper that had
 * not read or run the matcher's code (nothing under src/ was opened, and no report, evaluation or
 * test was run on this set; the only command run on it was the TypeScript type check). Its first
 * run, by another engineer at e5c1e4f, is its first figure: 93.6% precision / 42.0% recall (78
 * filled, 73 right; 6 Yes/No, none from an entry other than the label). SIXTH_BLIND is to be read
 * only as a figure, never error by error.
 *
 * The library is of a sixth fictional company, Lumenvale: a German B2B SaaS for HR and payroll (a
 * web app, a mobile app for employees on iOS and Android, a REST API and an SFTP interface), with
 * about 400 employees in Berlin, Munich and Lisbon and about 30 contractors of a software house in
 * Poland. It is hosted only on Microsoft Azure, in Germany West Central with backups in Germany
 * North, and has no US hosting. Internally it uses Microsoft Entra ID, Intune, Microsoft Defender for
 * Endpoint, Microsoft Sentinel (watched 24x7 by an outsourced MDR provider), Azure DevOps, SonarQube
 * and Mend. It is ISO/IEC 27001 and ISO/IEC 27701 certified and has a BSI C5 Type 2 attestation; it
 * has no SOC 2 report and no TISAX label. It works as a GDPR processor, has a DPO, and uses SCCs for
 * one US subprocessor (its support-ticket tool). Customer SSO is SAML only, SCIM and customer-managed
 * keys (BYOK in Azure Key Vault) are on the Enterprise plan only, MFA is TOTP or FIDO2 (no SMS); it
 * has a works council, limited background checks, a VDP but no bug bounty, and one optional
 * per-customer payroll-anomaly model (no LLM).
 *
 * The entries are written unlike the earlier libraries, as a mix in one library, the way a real team
 * accumulates it: about a third have short title-like questions ("Backups", "Works council"), a
 * third canonical questions ("Do you support customer-managed keys (BYOK)?"), and a third long
 * questionnaire-style questions; about 40% have one to three variants; answers are mostly one or two
 * sentences, some longer, in British-influenced English as German speakers write it ("data privacy",
 * "concept", "on premise", "4-eyes principle"). yesno is set only where the question is plainly
 * polar and the answer truly opens Yes or No, including 21 honest Noes (OIDC, SMS codes, shared admin
 * accounts, SIEM streaming, US hosting, on premise, VPN, DAST, bug bounty, production data in test,
 * escrow, past breaches, SOC 2, TISAX, card data, LLMs, third-party AI, cross-customer training,
 * personal computers, data-centre visits, offshore support). Five entries are visibility: 'internal'.
 *
 * SIXTH_BLIND (250 questions) is worded differently from the entries, in the variety real
 * questionnaires use: German enterprise procurement translated into English ("the contractor",
 * TOMs per Art. 32 GDPR with their German control names), BSI C5 and ISO 27001:2022 Annex A
 * references, CAIQ v4 items with ids, SIG Lite items, US customers' questionnaires, spreadsheet
 * headers, checkbox lists, numbers and bounds, compound questions, chatty emails and non-native
 * English. Each is labelled with the id of the entry whose answer fully and truthfully answers it as
 * asked (the same yes/no polarity where it is polar and the entry has a yesno, and meeting any
 * stated bound), or null when none does: stricter bounds than an entry states, the opposite polarity
 * (HYOK, load tests, BYOK on the lower plan), compounds needing two entries, nearby subjects the
 * library lacks (ISO 22301, ISAE 3402, NIS2, the EU AI Act, DLP, CAB), the customer's side of what an
 * entry says Lumenvale does (the customer's works council), products and providers no entry names
 * (Splunk, CrowdStrike, CyberArk, Qualys, Cloudflare, SuccessFactors), unstated details, and sibling
 * subjects (staff passwords versus application passwords). A question that an entry's own honest No
 * answers is labelled with that entry. Internal entries label no question. When in doubt the label
 * is null; 76 of the 250 (30%) are null.
 */
import type { DevEntry } from './entries';
import type { Labelled } from './questions';

export const SIXTH_ENTRIES: readonly DevEntry[] = [
  // identity
  { id: 'lv-sso-saml', topic: 'identity', question: 'Do you support single sign-on for customer users?', variants: ['SAML 2.0 SSO', 'Login with our own identity provider'], yesno: 'yes', sentence: "Yes. Customer users can log in via SAML 2.0 from the customer's own identity provider, e.g. Microsoft Entra ID, Okta or ADFS, on all plans. Once SSO is enforced, password login is switched off for the tenant except for one emergency admin account." },
  { id: 'lv-oidc', topic: 'identity', question: 'Is OpenID Connect supported as protocol for the login of customer users into the application?', yesno: 'no', sentence: 'No. Customer SSO is SAML 2.0 only; OpenID Connect and social logins (Google or Microsoft personal accounts) are not supported at the moment.' },
  { id: 'lv-scim', topic: 'identity', question: 'SCIM user provisioning', variants: ['Automatic provisioning and deprovisioning of users'], sentence: 'SCIM 2.0 provisioning and deprovisioning is available on the Enterprise plan only, with tested connectors for Microsoft Entra ID and Okta; users deactivated in the identity provider lose access within 15 minutes. On the Professional plan users are managed in the admin console or by CSV import.' },
  { id: 'lv-mfa-customers', topic: 'identity', question: 'Does the application offer multi-factor authentication for end users, and which factors are supported?', variants: ['2FA for application users'], yesno: 'yes', sentence: 'Yes. Users can register a TOTP authenticator app (e.g. Microsoft Authenticator) or a FIDO2 security key or passkey, and customer administrators can make MFA mandatory for all users or only for admin roles. Users who log in via SSO use the MFA of their own identity provider.' },
  { id: 'lv-sms-mfa', topic: 'identity', question: 'Can users receive one-time passcodes by SMS or voice call as their second authentication factor?', yesno: 'no', sentence: 'No. We do not offer SMS or voice codes as second factor because they can be intercepted; only authenticator apps and FIDO2 security keys are supported.' },
  { id: 'lv-mfa-staff', topic: 'identity', question: 'MFA for employees', variants: ['Do your staff use multi-factor authentication?'], sentence: 'All employees and contractors log in through Microsoft Entra ID with MFA (Microsoft Authenticator with number matching, or a FIDO2 key), and Conditional Access lets them in only from Intune-compliant devices. For admin roles phishing-resistant FIDO2 keys are mandatory.' },
  { id: 'lv-password-policy', topic: 'identity', question: 'Password policy', variants: ['What are the password requirements for application users?'], sentence: 'Passwords of application users must have at least 12 characters and are checked against lists of known breached passwords; following BSI and NIST guidance we do not force periodic changes. After 10 failed attempts the account is locked for 15 minutes, and passwords are stored only as salted Argon2id hashes.' },
  { id: 'lv-session-timeout', topic: 'identity', question: 'Do inactive sessions time out?', sentence: 'Web sessions end after 30 minutes of inactivity by default; customer administrators can set any value between 5 and 480 minutes. In the mobile app the session locks after 5 minutes in the background and needs biometrics or the app PIN to reopen.' },
  { id: 'lv-rbac', topic: 'identity', question: 'Can customer administrators define roles and permissions for their users?', variants: ['Role and authorisation concept'], yesno: 'yes', sentence: 'Yes. There are built-in roles (HR admin, payroll clerk, manager, employee and others), and Enterprise customers can create custom roles. Access can be limited per legal entity, location or cost centre, so a payroll clerk sees only the employees they are responsible for.' },
  { id: 'lv-privileged-access', topic: 'identity', question: 'How do you control and monitor privileged access to production systems and customer data by your own administrators?', sentence: 'No one has standing admin rights in production. Engineers request just-in-time roles through Microsoft Entra Privileged Identity Management, approved by a second person and limited to 8 hours, and all privileged sessions go through Azure Bastion and are logged to Microsoft Sentinel.' },
  { id: 'lv-access-review', topic: 'identity', question: 'Are user access rights reviewed regularly?', variants: ['Recertification of access rights'], yesno: 'yes', sentence: 'Yes. Access to production and to all systems with customer data is reviewed quarterly by the system owner, all other access every six months, and rights that are not confirmed are removed.' },
  { id: 'lv-joiner-leaver', topic: 'identity', question: 'Please describe your joiner, mover and leaver process for employee accounts.', sentence: "Accounts are created from our HR system on the basis of role templates, and rights are adjusted when someone changes role. When someone leaves, the Entra ID account is disabled at the end of the last working day at the latest (immediately in case of dismissal), which removes access to all connected applications, and a laptop that is not returned is wiped remotely via Intune." },
  { id: 'lv-shared-accounts', topic: 'identity', question: 'Are shared, generic or group accounts used by your personnel for the administration of systems?', yesno: 'no', sentence: 'No. Every administrator works with a personal, named account. The only exceptions are two sealed break-glass accounts, whose use is monitored.' },
  { id: 'lv-api-auth', topic: 'identity', question: 'API authentication', variants: ['How do integrations authenticate against the REST API?'], sentence: 'The REST API uses OAuth 2.0 with the client-credentials grant; access tokens are valid for 60 minutes. API clients are created by the customer administrator, limited to chosen scopes and can be revoked at any time.' },
  { id: 'lv-int-breakglass', topic: 'identity', question: 'Break-glass accounts', sentence: 'There are two break-glass accounts in Entra ID, excluded from Conditional Access, with FIDO2 keys kept in the safes in Berlin and Munich; any sign-in alerts the CISO. Do not give these details to customers.', visibility: 'internal' },
  // encryption
  { id: 'lv-encryption-rest', topic: 'encryption', question: 'Encryption at rest', variants: ['Is customer data encrypted when stored?'], sentence: 'All customer data is encrypted at rest with AES-256: Azure SQL databases with Transparent Data Encryption, files in Azure Storage with service-side encryption, and backups in the same way. The keys are managed by Lumenvale in Azure Key Vault.' },
  { id: 'lv-encryption-transit', topic: 'encryption', question: 'Encryption in transit', variants: ['Which TLS versions do you support?'], sentence: 'All external connections use TLS 1.2 or TLS 1.3 with strong cipher suites; TLS 1.0 and 1.1 are switched off, and HSTS is set on all web domains. Traffic between our services inside Azure is encrypted with TLS as well.' },
  { id: 'lv-byok', topic: 'encryption', question: 'Do you support customer-managed encryption keys (BYOK)?', variants: ['Can we bring our own key?', 'Customer managed keys'], yesno: 'yes', sentence: "Yes, on the Enterprise plan. The customer generates a key and imports it into a dedicated Azure Key Vault for its tenant, where it encrypts the customer's databases and files; if the customer revokes the key, its data can no longer be read by anyone. Holding the key outside Azure (hold-your-own-key) is not possible." },
  { id: 'lv-field-encryption', topic: 'encryption', question: 'Are especially sensitive fields such as bank accounts, tax IDs and social security numbers additionally encrypted by the application?', yesno: 'yes', sentence: 'Yes. IBANs, tax identification numbers, social security numbers and health insurance details are encrypted on field level by the application with a separate key before storage, and shown masked to users without the respective permission.' },
  { id: 'lv-key-management', topic: 'encryption', question: 'Key management', sentence: 'Keys and secrets are kept in Azure Key Vault Premium (HSM-backed), separated per environment. Azure RBAC limits key use to the services that need them, every access is logged, and keys are rotated yearly or at once on suspicion of compromise.' },
  { id: 'lv-sftp', topic: 'encryption', question: 'How is the SFTP interface for payroll files secured?', variants: ['SFTP file transfer'], sentence: 'The SFTP endpoint accepts only SSH key authentication (RSA 3072 bit or more, or Ed25519), never passwords, and can be restricted to customer IP ranges. Files can additionally be PGP-encrypted, and they are deleted from the SFTP area after 7 days.' },
  // logging
  { id: 'lv-logging-siem', topic: 'logging', question: 'Logging and monitoring', variants: ['Do you use a SIEM?', 'Security event logging'], sentence: 'Logs of Azure, Entra ID, Defender for Endpoint, our applications and network components are collected centrally in Microsoft Sentinel. They stay searchable for 90 days and are archived on immutable storage for 12 months in total.' },
  { id: 'lv-soc', topic: 'logging', question: 'Do you operate or contract a security operations centre that monitors your environment 24 hours a day, 7 days a week?', variants: ['24x7 monitoring'], yesno: 'yes', sentence: 'Yes. A 24x7 SOC is operated for us by an external managed detection and response (MDR) provider based in Germany; it watches the Sentinel and Defender alerts around the clock and can isolate devices, and our own security team is on call for escalations.' },
  { id: 'lv-audit-log-customer', topic: 'logging', question: 'Does the application provide an audit trail of user activity that customer administrators can view?', yesno: 'yes', sentence: 'Yes. The audit log records logins, changes of employee master data, payroll runs, role changes and exports with user, time and IP address. Entries cannot be changed, are kept for 3 years and can be exported as CSV or via the REST API.' },
  { id: 'lv-siem-streaming', topic: 'logging', question: "Can the audit logs of the application be streamed or pushed directly into the customer's own SIEM system?", yesno: 'no', sentence: 'No. There is no push integration or connector for customer SIEMs at the moment; customers can pull the audit log through the REST API on a schedule.' },
  { id: 'lv-time-sync', topic: 'logging', question: 'Are system clocks synchronised?', sentence: 'All systems take their time from the Azure time service via NTP, and logs are written in UTC.' },
  { id: 'lv-log-protection', topic: 'logging', question: 'How are log files protected against manipulation and unauthorised access?', sentence: 'Logs go to a separate Log Analytics workspace that only the security team and the MDR provider can read; administrators of the production systems cannot delete them. Archive copies are kept on immutable (WORM) storage for 12 months.' },
  // hosting
  { id: 'lv-hosting', topic: 'hosting', question: 'Where is the service hosted?', variants: ['Hosting provider', 'Data centre location'], sentence: 'Lumenvale runs entirely on Microsoft Azure in the region Germany West Central (Frankfurt), with backups in the region Germany North. We have no own data centres and use no other cloud provider.' },
  { id: 'lv-us-hosting', topic: 'hosting', question: 'Is customer data hosted in the USA?', yesno: 'no', sentence: 'No. The employee and payroll data in the platform is hosted only in Germany (Azure Germany West Central, backups in Germany North). Only support tickets are kept in a US-based ticket tool, under EU Standard Contractual Clauses.' },
  { id: 'lv-on-premise', topic: 'hosting', question: 'Is an on premise installation available?', variants: ['Private cloud deployment'], yesno: 'no', sentence: 'No. Lumenvale is offered only as SaaS from our own Azure environment; there is no on premise version and no installation in a customer\'s cloud tenant.' },
  { id: 'lv-dc-certifications', topic: 'hosting', question: 'Which certifications do the data centres hold?', sentence: "Our data centres are Microsoft Azure's. Microsoft holds ISO 27001, ISO 27017, ISO 27018, BSI C5 and SOC 2 reports for Azure, which can be downloaded from the Microsoft Service Trust Portal." },
  { id: 'lv-multi-tenancy', topic: 'hosting', question: 'Describe how customer data is segregated from the data of other customers (multi-tenancy concept).', sentence: 'The application is multi-tenant, but every customer gets its own Azure SQL database and its own storage container, and the application checks the tenant on every request. Cross-tenant access is tested in every penetration test.' },
  { id: 'lv-availability-zones', topic: 'hosting', question: 'Is the service resilient against the failure of a single data centre?', yesno: 'yes', sentence: 'Yes. Application and databases run zone-redundant across three availability zones in Germany West Central; failover is automatic and normally takes less than a minute.' },
  // network
  { id: 'lv-network', topic: 'network', question: 'Network security', variants: ['How is the production network protected and segmented?'], sentence: 'Production runs in isolated Azure virtual networks with network security groups per tier, and databases and storage are reachable only through private endpoints. Internet traffic enters only through Azure Front Door with the web application firewall; there is no SSH or RDP from the internet, and admin access goes through Azure Bastion.' },
  { id: 'lv-waf', topic: 'network', question: 'Is a web application firewall deployed in front of all internet-facing web applications and APIs?', variants: ['WAF'], yesno: 'yes', sentence: 'Yes. The Azure Front Door WAF with the OWASP core rule set and our own rate limits protects the web app and the API.' },
  { id: 'lv-ddos', topic: 'network', question: 'How are you protected against DDoS attacks?', sentence: 'Azure Front Door and Azure DDoS Network Protection defend against volumetric attacks, and rate limiting is applied per tenant and per IP address.' },
  { id: 'lv-ip-allowlist', topic: 'network', question: 'Can access to the application be restricted to our IP addresses?', variants: ['IP allowlisting'], yesno: 'yes', sentence: 'Yes, on all plans. Customer administrators can restrict access to the web app, the API and SFTP to IP ranges they define. The employee mobile app is excluded, because employees use it from anywhere.' },
  { id: 'lv-ids', topic: 'network', question: 'Do you use intrusion detection or intrusion prevention systems in the production environment?', yesno: 'yes', sentence: 'Yes. Microsoft Defender for Cloud monitors the Azure environment, and Azure Firewall Premium provides IDPS for outbound and east-west traffic; alerts go to Sentinel and to the MDR provider.' },
  { id: 'lv-vpn', topic: 'network', question: 'Do your employees use a corporate VPN to access internal systems and the production environment?', yesno: 'no', sentence: 'No. We follow a zero-trust concept: staff reach internal applications through Entra ID with Conditional Access and device compliance checks, not through a VPN.' },
  { id: 'lv-email-security', topic: 'network', question: 'E-mail security', sentence: 'We use Exchange Online with Microsoft Defender for Office 365 (attachment sandboxing and link checking). SPF, DKIM and DMARC with the policy reject are set for lumenvale.com and lumenvale.de.' },
  // appsec
  { id: 'lv-sdlc', topic: 'appsec', question: 'Secure software development', variants: ['Do you follow a secure development lifecycle?', 'SDLC'], sentence: 'Our secure development guideline follows OWASP ASVS level 2. Every change goes through a pull request in Azure DevOps under the 4-eyes principle, with automated tests, SonarQube static analysis and Mend dependency scanning, and builds with critical findings are blocked. New features that touch personal data get a threat model.' },
  { id: 'lv-sast', topic: 'appsec', question: 'Do you perform static application security testing (SAST) on the source code before changes are released to production?', yesno: 'yes', sentence: 'Yes. SonarQube scans every pull request, and its quality gate blocks merges with new critical or high findings.' },
  { id: 'lv-sca', topic: 'appsec', question: 'Open source dependencies', variants: ['Software composition analysis'], sentence: 'Mend scans all repositories on every build for vulnerable or licence-problematic open source components, and fixes follow our vulnerability SLAs. For every release we produce an SBOM in CycloneDX format.' },
  { id: 'lv-dast', topic: 'appsec', question: 'Are automated dynamic application security testing (DAST) scans run regularly against the application?', yesno: 'no', sentence: 'No. We do not use an automated dynamic scanner at the moment; dynamic testing is covered by the external penetration tests twice a year.' },
  { id: 'lv-pentest', topic: 'appsec', question: 'Penetration tests', variants: ['How often is the application penetration tested?', 'External pen test'], sentence: 'An independent external security firm penetration tests the web app, the mobile apps, the REST API, SFTP and our Azure configuration twice a year, and critical and high findings are retested. Customers can receive the management summary under NDA.' },
  { id: 'lv-customer-pentest', topic: 'appsec', question: 'May customers perform their own penetration tests or security scans against the service, and under which conditions?', yesno: 'yes', sentence: 'Yes, Enterprise customers may, after 10 working days notice, against a separate test tenant and following our testing rules. Load tests and DoS tests are not allowed.' },
  { id: 'lv-bug-bounty', topic: 'appsec', question: 'Do you operate a bug bounty programme that pays rewards to external security researchers?', yesno: 'no', sentence: 'No. We do not run a paid bug bounty programme, public or private; researchers can report findings through our vulnerability disclosure programme.' },
  { id: 'lv-vdp', topic: 'appsec', question: 'Vulnerability disclosure policy', variants: ['How can security researchers report vulnerabilities to you?'], sentence: 'Our vulnerability disclosure policy is published with a security.txt: researchers report to security@lumenvale.com, we answer within 3 working days and do not take legal steps against good-faith reports.' },
  { id: 'lv-owasp', topic: 'appsec', question: 'How is the application protected against common vulnerabilities of the OWASP Top 10 such as injection and cross-site scripting?', sentence: 'The application uses parameterised queries through its ORM, context-aware output encoding, CSRF tokens and a strict Content Security Policy, behind the WAF. Every penetration test covers the OWASP Top 10 and the OWASP API Security Top 10.' },
  { id: 'lv-env-separation', topic: 'appsec', question: 'Are development, test and production environments logically or physically separated from each other?', yesno: 'yes', sentence: 'Yes. They run in separate Azure subscriptions with separate access rights, and developers have no access to production by default.' },
  { id: 'lv-prod-data-test', topic: 'appsec', question: 'Is production data, including personal data of employees, used in test or development environments?', variants: ['Test data'], yesno: 'no', sentence: 'No. Test and development use synthetic data only; production data, also in anonymised form, is never copied to non-production environments.' },
  { id: 'lv-source-code', topic: 'appsec', question: 'Source code protection', sentence: 'Source code is kept in private Azure DevOps repositories with access through Entra ID SSO and MFA. Branch policies prevent direct pushes to the main branch, and the pipeline scans for secrets on every commit.' },
  { id: 'lv-escrow', topic: 'appsec', question: 'Do you offer source code escrow?', yesno: 'no', sentence: 'No. We do not offer a source code escrow agreement; instead customers can export all their data at any time in open formats.' },
  { id: 'lv-change-mgmt', topic: 'appsec', question: 'Change management', variants: ['Describe your change management process'], sentence: 'All changes to production go through Azure DevOps: reviewed pull request, automated tests, approval and automated deployment, fully traceable. Infrastructure is defined as code (Bicep and Terraform) and changed the same way; emergency changes need one approval and are reviewed on the next working day.' },
  { id: 'lv-release-notice', topic: 'appsec', question: 'Are customers informed in advance about changes to the service that could affect their use or their integrations?', yesno: 'yes', sentence: 'Yes. We release every two weeks and publish release notes for every release. Changes that affect how customers work or integrate, such as API changes, are announced at least 60 days ahead, and deprecated API versions stay supported for 12 months.' },
  { id: 'lv-maintenance', topic: 'appsec', question: 'Maintenance windows', sentence: 'Planned maintenance with possible downtime takes place on Sundays between 01:00 and 05:00 CET and is announced at least 7 days ahead on status.lumenvale.com. Most releases are deployed without downtime.' },
  { id: 'lv-int-pentest-findings', topic: 'appsec', question: 'Findings of the last penetration test', sentence: 'The October 2026 test found one high issue (an IDOR in the document download of the mobile API) and three medium issues; the high one was fixed within 5 days and retested. Share only the management summary, under NDA.', visibility: 'internal' },
  // vulnerability management
  { id: 'lv-vuln-mgmt', topic: 'vulnerability', question: 'How do you identify and remediate technical vulnerabilities, and within which time frames?', variants: ['Patch management', 'Vulnerability remediation SLAs'], sentence: 'Defender for Cloud and Defender Vulnerability Management scan servers, containers and laptops continuously, and container images are scanned on every build. We remediate by CVSS severity: critical within 7 days, high within 30 days, medium within 90 days and low within 180 days; the AKS nodes are updated weekly.' },
  { id: 'lv-external-scan', topic: 'vulnerability', question: 'Do you scan your external systems for vulnerabilities?', sentence: 'All internet-facing systems are scanned monthly by an external scanning service, in addition to the penetration tests.' },
  { id: 'lv-hardening', topic: 'vulnerability', question: 'Do you apply hardening standards such as CIS Benchmarks to servers, containers and cloud services?', yesno: 'yes', sentence: 'Yes. Servers and containers are built from hardened images following the CIS Benchmarks, and Azure Policy enforces the baseline settings and reports any drift.' },
  // continuity
  { id: 'lv-bcp', topic: 'continuity', question: 'Do you have a business continuity plan?', variants: ['Business continuity management'], yesno: 'yes', sentence: 'Yes. Our business continuity plan covers the loss of an office, of key staff, of key suppliers and of the Azure region; it is reviewed by management yearly and tested together with the yearly disaster recovery test.' },
  { id: 'lv-rpo-rto', topic: 'continuity', question: 'RPO / RTO', variants: ['What are your recovery point and recovery time objectives?'], sentence: 'Our RPO is 4 hours and our RTO is 12 hours, also for the complete loss of the primary Azure region.' },
  { id: 'lv-dr-test', topic: 'continuity', question: 'Is the disaster recovery plan tested regularly, and when was the last test performed with which result?', yesno: 'yes', sentence: 'Yes, once a year we restore the complete service from backups in Azure Germany North. In the last test, in March 2026, the service was running again after 9 hours.' },
  { id: 'lv-backups', topic: 'continuity', question: 'Backups', variants: ['Backup concept', 'How often is data backed up?'], sentence: 'Full backups of databases and files are made daily and kept for 35 days, and database transaction log backups are copied every 4 hours. Backups are encrypted and stored in Azure Germany North, apart from production, and restores are tested quarterly.' },
  { id: 'lv-backup-immutable', topic: 'continuity', question: 'Are backups protected against ransomware and deletion, e.g. by immutable storage?', yesno: 'yes', sentence: 'Yes. Backups are kept in a separate Azure subscription under an immutability policy with soft delete, and the administrators of production cannot delete them.' },
  { id: 'lv-sla', topic: 'continuity', question: 'Availability SLA', variants: ['What uptime do you guarantee?'], sentence: 'We guarantee 99.9% monthly availability on the Enterprise plan and 99.5% on the Professional plan, excluding announced maintenance, with service credits if we miss it. Actual availability in 2025 was 99.96%.' },
  { id: 'lv-status-page', topic: 'continuity', question: 'Do you have a public status page?', yesno: 'yes', sentence: 'Yes. status.lumenvale.com shows current incidents and planned maintenance, and customers can subscribe to e-mail notifications.' },
  // incident response
  { id: 'lv-incident-response', topic: 'incident', question: 'Incident management', variants: ['Do you have an incident response plan?'], sentence: 'Our security incident response plan defines roles, severity levels and escalation paths, together with the MDR provider. It is tested yearly in a tabletop exercise and reviewed after every major incident.' },
  { id: 'lv-breach-notification', topic: 'incident', question: 'Will the customer be informed of security incidents or personal data breaches affecting its data, and within what time?', variants: ['Breach notification'], yesno: 'yes', sentence: "Yes. We inform affected customers without undue delay and at the latest within 24 hours after we have confirmed a security incident or personal data breach affecting their data, with the information the customer needs for its own notification under Art. 33 GDPR, and we send updates until closure." },
  { id: 'lv-forensics', topic: 'incident', question: 'Can you perform forensic investigations?', sentence: 'Our MDR provider has an incident response retainer with us and carries out forensic analysis when needed; evidence is preserved with a documented chain of custody.' },
  { id: 'lv-incident-history', topic: 'incident', question: 'Have you had any security breach or incident in the last three years that affected customer data?', yesno: 'no', sentence: 'No. In the last three years we had no security incident that affected customer data or had to be notified to customers or authorities.' },
  // vendors
  { id: 'lv-vendor-mgmt', topic: 'vendors', question: 'Supplier management', variants: ['How do you assess the security of your own suppliers?'], sentence: 'Suppliers with access to data or systems are assessed before the contract (certificates and our questionnaire) and then reviewed yearly if critical and every two years otherwise. All subprocessors have signed a data processing agreement per Art. 28 GDPR.' },
  { id: 'lv-subprocessors', topic: 'vendors', question: 'Subprocessors', variants: ['List of subcontractors'], sentence: 'Our subprocessor list is published on our trust page: Microsoft (Azure hosting in Germany), our MDR provider (Germany), an e-mail delivery service (EU) and a support-ticket tool (USA, under SCCs). New subprocessors are announced 30 days ahead, and customers can object.' },
  { id: 'lv-sccs', topic: 'vendors', question: 'Are personal data transferred to third countries outside the EU/EEA, and on what legal basis?', variants: ['International data transfers'], sentence: 'Only support tickets reach a third country: our support-ticket tool is a US provider, and the transfer is based on the EU Standard Contractual Clauses (module 3) with a transfer impact assessment. Employee and payroll data in the application stays in Germany.' },
  { id: 'lv-contractors-poland', topic: 'vendors', question: 'Do you use subcontractors or freelancers for software development, and do they have access to customer data?', sentence: 'Yes, about 30 developers of a software house in Poland work in our teams. They use Lumenvale-managed laptops under the same policies, NDAs and training as employees, and have no access to production or customer data.' },
  // HR
  { id: 'lv-background-checks', topic: 'hr', question: 'Background checks', variants: ['Do you screen employees before hiring?'], sentence: 'Only as far as German and Portuguese law allow: we check identity, CV and references for everyone, and ask for a certificate of good conduct (Führungszeugnis) for roles with access to production or payroll data. Credit checks and wider checks are not done.' },
  { id: 'lv-confidentiality', topic: 'hr', question: 'Are all employees and contractors bound by confidentiality agreements that remain valid after the end of employment?', yesno: 'yes', sentence: 'Yes. All employees and contractors sign a confidentiality obligation with their contract, including the commitment to data secrecy under the GDPR, which continues after the end of employment.' },
  { id: 'lv-works-council', topic: 'hr', question: 'Works council', variants: ['Betriebsrat'], sentence: 'Lumenvale has a works council (Betriebsrat) in Germany. Introducing or changing IT systems that can monitor employees needs its co-determination, which is regulated in a works agreement on IT systems that also covers our security monitoring (SIEM, EDR).' },
  { id: 'lv-disciplinary', topic: 'hr', question: 'Is there a disciplinary process for breaches of security policies?', yesno: 'yes', sentence: 'Yes. Violations of security policies are handled by HR under the disciplinary process, together with the works council where required, up to termination.' },
  { id: 'lv-security-team', topic: 'hr', question: 'Who is responsible for information security in your organisation?', sentence: 'Our CISO reports directly to the managing directors and leads a security team of 8 people; together with the DPO they run the ISMS.' },
  { id: 'lv-company', topic: 'hr', question: 'Company overview', variants: ['Number of employees and locations'], sentence: 'Lumenvale GmbH has about 400 employees in Berlin (headquarters), Munich and Lisbon, plus about 30 contractors in Poland.' },
  // training
  { id: 'lv-awareness', topic: 'training', question: 'Security awareness training', variants: ['How often do employees receive security training?'], sentence: 'All employees and contractors complete security and data privacy training when they join and then yearly; completion is tracked. We also run phishing simulations every quarter.' },
  { id: 'lv-secure-coding-training', topic: 'training', question: 'Do developers receive secure coding training?', yesno: 'yes', sentence: 'Yes. All developers, including the contractors, complete secure coding training based on the OWASP Top 10 every year.' },
  // policies
  { id: 'lv-isms-policies', topic: 'policies', question: 'Do you have documented information security policies approved by management?', variants: ['Information security policy'], yesno: 'yes', sentence: 'Yes. Our ISMS policy set (information security policy, access control, cryptography, backup, incident management, supplier security, secure development and HR security) is approved by management, reviewed yearly and published to all staff. Customers can receive the table of contents and the main policy under NDA.' },
  { id: 'lv-risk-mgmt', topic: 'policies', question: 'How do you manage information security risks?', sentence: 'Information security risks are assessed yearly and for major changes, recorded in a risk register with owners and treatment plans, and reviewed by management.' },
  { id: 'lv-asset-mgmt', topic: 'policies', question: 'Do you maintain an inventory of your IT assets?', yesno: 'yes', sentence: 'Yes. Laptops and phones are inventoried through Intune and cloud resources through Azure Resource Graph, each with an owner, and the inventory is checked quarterly.' },
  { id: 'lv-data-classification', topic: 'policies', question: 'Do you classify data?', sentence: 'We classify information as public, internal, confidential or strictly confidential; all customer data is strictly confidential and handled accordingly.' },
  // compliance
  { id: 'lv-iso27001', topic: 'compliance', question: 'ISO 27001 certification', variants: ['Are you ISO/IEC 27001 certified?'], sentence: 'Lumenvale has been ISO/IEC 27001 certified since 2021, now against ISO/IEC 27001:2022, with surveillance audits every year. The scope covers development, operation and support of the Lumenvale platform at all locations, and the certificate is on our trust page.' },
  { id: 'lv-iso27701', topic: 'compliance', question: 'Are you certified according to ISO/IEC 27701?', yesno: 'yes', sentence: 'Yes. Since 2023 our ISMS is extended by a privacy information management system certified to ISO/IEC 27701, as processor.' },
  { id: 'lv-c5', topic: 'compliance', question: 'BSI C5', variants: ['Do you have a C5 attestation?'], sentence: 'We have a BSI C5:2020 Type 2 attestation from an independent auditor, covering the basic criteria over a 12-month period; the report is available under NDA.' },
  { id: 'lv-soc2', topic: 'compliance', question: 'Do you have a SOC 2 report?', yesno: 'no', sentence: 'No. We have no SOC 2 report, neither Type 1 nor Type 2. Our ISO 27001 certificate and BSI C5 Type 2 attestation cover comparable controls.' },
  { id: 'lv-tisax', topic: 'compliance', question: 'Are you TISAX certified?', yesno: 'no', sentence: 'No. We do not have a TISAX label, as we do not serve the automotive industry with prototype data.' },
  { id: 'lv-pci', topic: 'compliance', question: 'Does your service store, process or transmit payment card data in the scope of PCI DSS?', yesno: 'no', sentence: 'No. Lumenvale does not process payment card data, so PCI DSS does not apply; customers pay by invoice or SEPA direct debit.' },
  { id: 'lv-audit-rights', topic: 'compliance', question: 'Do customers have the right to audit the information security and data protection measures of the contractor?', yesno: 'yes', sentence: 'Yes. Under the DPA customers can audit once a year with 30 days notice, in the first place by means of our certificates and reports; on-site audits in our offices are possible at the customer\'s cost.' },
  { id: 'lv-payroll-certification', topic: 'compliance', question: 'Is the payroll software certified?', sentence: 'The payroll module is certified every year by the ITSG for the electronic reporting procedures of the German social insurance.' },
  { id: 'lv-int-soc2-plans', topic: 'compliance', question: 'SOC 2 plans', sentence: 'Management has decided not to start a SOC 2 before 2028 at the earliest. Do not promise any date to customers.', visibility: 'internal' },
  // privacy
  { id: 'lv-gdpr-role', topic: 'privacy', question: 'What is your role under the GDPR?', sentence: 'For the customer data in the platform Lumenvale acts as processor on behalf of the customer, who is the controller, per Art. 28 GDPR.' },
  { id: 'lv-dpa', topic: 'privacy', question: 'Do you sign a data processing agreement according to Art. 28 GDPR?', variants: ['AVV (Auftragsverarbeitungsvertrag)'], yesno: 'yes', sentence: 'Yes. Our standard data processing agreement, with the TOMs as annex, is part of every contract.' },
  { id: 'lv-dpo', topic: 'privacy', question: 'Data protection officer', variants: ['Who is your DPO?'], sentence: 'We have appointed an internal data protection officer, who can be reached at datenschutz@lumenvale.com and is registered with the Berlin data protection authority.' },
  { id: 'lv-toms', topic: 'privacy', question: 'Technical and organisational measures', variants: ['TOMs according to Art. 32 GDPR'], sentence: 'Our technical and organisational measures are described in Annex 2 of the data processing agreement, updated yearly, and can be downloaded from our trust page.' },
  { id: 'lv-dsar', topic: 'privacy', question: 'How do you support the customer in answering data subject requests?', sentence: 'Customers can export, correct and delete employee data themselves in the application; where they need our help with a data subject request we support within 5 working days.' },
  { id: 'lv-dpia', topic: 'privacy', question: 'Do you support customers in carrying out data protection impact assessments (Art. 35 GDPR) for the processing?', yesno: 'yes', sentence: 'Yes. We provide a DPIA support package with descriptions of the processing, data flows and risks, and answer further questions from the customer\'s DPO.' },
  { id: 'lv-ropa', topic: 'privacy', question: 'Records of processing activities', sentence: 'As processor we keep a record of all categories of processing carried out for our customers according to Art. 30(2) GDPR.' },
  // data handling
  { id: 'lv-retention', topic: 'data', question: 'Data retention', variants: ['Retention periods'], sentence: 'Retention periods are configured by the customer per data category, for example 10 years for payroll records under German tax law or 6 months for applicant documents, and the system then deletes or anonymises the data automatically.' },
  { id: 'lv-deletion-termination', topic: 'data', question: 'What happens with our data at the end of the contract, and how is the deletion confirmed?', sentence: 'Customers can export all their data until the end of the contract. Within 30 days after termination we delete the tenant\'s data from production, copies in backups expire with the 35-day backup retention, and on request we confirm the deletion in writing.' },
  { id: 'lv-data-export', topic: 'data', question: 'Data export', variants: ['Data portability'], sentence: 'Customers can export all their data at any time in CSV and JSON, through the application, the REST API or SFTP.' },
  { id: 'lv-media-disposal', topic: 'data', question: 'Secure disposal of storage media', sentence: 'Storage media in the data centres are wiped and destroyed by Microsoft following NIST SP 800-88; our laptops are wiped through Intune and their disks destroyed by a certified service provider.' },
  // AI
  { id: 'lv-ai-features', topic: 'ai', question: 'Does the product use artificial intelligence or machine learning?', variants: ['AI features'], sentence: 'Only in one optional feature, payroll anomaly detection: a machine learning model flags unusual values before a payroll run. It is switched off by default, trained per customer only on that customer\'s data, and only gives hints; the payroll clerk decides, so there are no automated decisions about employees.' },
  { id: 'lv-llm', topic: 'ai', question: 'Do you use generative AI or large language models in the product?', yesno: 'no', sentence: 'No. The product contains no large language models or other generative AI.' },
  { id: 'lv-ai-third-party', topic: 'ai', question: 'Is customer data sent to or processed by third-party AI services or AI model providers?', yesno: 'no', sentence: 'No. No customer data goes to external AI providers; the anomaly detection model runs in our own Azure environment.' },
  { id: 'lv-ai-training', topic: 'ai', question: 'Is customer data used to train AI models for other customers?', yesno: 'no', sentence: 'No. A customer\'s anomaly model is trained only on its own data and used only for it; there is no model across customers.' },
  // accessibility
  { id: 'lv-accessibility', topic: 'accessibility', question: 'Accessibility', variants: ['Is the application WCAG compliant?'], sentence: 'The web app is built to WCAG 2.1 level AA, which an external audit confirmed in 2025 with minor exceptions listed in our accessibility statement. The mobile apps are partially conformant, and we are working on the gaps.' },
  // insurance
  { id: 'lv-insurance', topic: 'insurance', question: 'Do you hold a cyber insurance policy, and what is the coverage amount?', variants: ['Cyber insurance'], yesno: 'yes', sentence: 'Yes. We hold cyber insurance with a coverage of EUR 10 million and professional liability insurance of EUR 5 million; certificates are available on request.' },
  // endpoint
  { id: 'lv-endpoint-mgmt', topic: 'endpoint', question: 'Are company laptops centrally managed?', variants: ['Endpoint management', 'MDM'], yesno: 'yes', sentence: 'Yes. All laptops are company-owned Windows devices, plus some MacBooks for mobile development, enrolled in Microsoft Intune. Intune enforces BitLocker or FileVault disk encryption, a screen lock after 5 minutes, the firewall and installation of updates within 14 days, and we can wipe a lost device remotely.' },
  { id: 'lv-edr', topic: 'endpoint', question: 'Anti-malware and EDR', sentence: 'Microsoft Defender for Endpoint runs on all laptops and servers and is monitored 24x7 by our MDR provider.' },
  { id: 'lv-byod', topic: 'endpoint', question: 'Are private computers allowed for work?', yesno: 'no', sentence: 'No. Private computers are not allowed. Private phones may be used only for Outlook and Teams under Intune app protection, without any download of customer data.' },
  { id: 'lv-usb', topic: 'endpoint', question: 'Is the use of USB storage restricted?', sentence: 'USB storage is blocked on all laptops by Intune policy; the security team grants exceptions only for a fixed time and reason.' },
  // physical
  { id: 'lv-physical-office', topic: 'physical', question: 'Describe the physical security measures at your offices.', sentence: 'Our offices in Berlin, Munich and Lisbon have badge access, registered and accompanied visitors, alarm systems outside working hours and a clean desk rule. No servers with customer data are in our offices.' },
  { id: 'lv-dc-physical', topic: 'physical', question: 'Can customers visit the data centre?', yesno: 'no', sentence: 'No. Microsoft does not allow customer visits to Azure data centres; their physical security is covered by Microsoft\'s own audits (ISO 27001, BSI C5, SOC 2).' },
  // mobile
  { id: 'lv-mobile-app', topic: 'mobile', question: 'Employee mobile app', variants: ['Mobile app security'], sentence: 'With the Lumenvale app for iOS and Android employees see their payslips, request leave and record working time. Data on the device is only a cache encrypted with the keystore of the OS and removed at logout, the app is unlocked with biometrics or a PIN, it uses certificate pinning, and it is part of every penetration test.' },
  { id: 'lv-mobile-root', topic: 'mobile', question: 'Does the mobile app detect jailbroken or rooted devices and restrict access on them?', yesno: 'yes', sentence: 'Yes. The app detects jailbroken and rooted devices and refuses to show payslips on them.' },
  // support
  { id: 'lv-support', topic: 'support', question: 'Support hours and channels', variants: ['Support languages'], sentence: 'Support is available by e-mail, phone and portal in German and English, Monday to Friday 8:00 to 18:00 CET, from our teams in Berlin and Lisbon. Enterprise customers also have 24x7 support for priority 1 incidents.' },
  { id: 'lv-offshore', topic: 'support', question: 'Is customer support provided from locations outside the EU, for example by offshore service centres?', yesno: 'no', sentence: 'No. Our support staff are employees in Berlin and Lisbon; only the ticket tool itself is a US service.' },
  { id: 'lv-support-access', topic: 'support', question: 'Can your support staff access our data, and under which conditions?', sentence: 'Only when the customer administrator grants support access for a specific ticket; it is limited to 72 hours and every action is recorded in the customer\'s audit log.' },
  // product
  { id: 'lv-api', topic: 'product', question: 'Do you offer an API?', sentence: 'Lumenvale has a documented REST API (OpenAPI 3) with a rate limit of 600 requests per minute per client, and webhooks for events such as new hires, leavers and finished payroll runs.' },
  { id: 'lv-integrations', topic: 'product', question: 'Which integrations are available?', sentence: 'Besides the REST API and webhooks, we offer SFTP import and export, a DATEV export for accounting, and SEPA payment files for the banks.' },
  { id: 'lv-languages', topic: 'product', question: 'In which languages is the application available?', sentence: 'The web app is available in German, English and Portuguese, the mobile app in German and English.' },
  { id: 'lv-payroll-countries', topic: 'product', question: 'For which countries can payroll be run?', sentence: 'Payroll is available for Germany only; the HR core (employee records, leave, documents) can be used for employees in any country.' },
  { id: 'lv-int-mdr', topic: 'logging', question: 'MDR provider contract', sentence: 'The MDR contract runs until June 2027 with a 4-hour on-site response for severity 1; the provider name is shared only with customers under NDA who ask explicitly, via the CISO.', visibility: 'internal' },
];

export const SIXTH_BLIND: readonly Labelled[] = [
  // identity
  ['SSO via SAML 2.0 (Y/N)', 'lv-sso-saml'],
  ['IAM-16 (CAIQ v4): Is federated authentication, e.g. SAML, supported for the tenant\'s users?', 'lv-sso-saml'],
  ['Unterstützt die Lösung Single Sign-On? / Does the solution support single sign-on with the client\'s identity provider (e.g. ADFS)?', 'lv-sso-saml'],
  ['Once SAML is switched on, can our users still log in with a password?', 'lv-sso-saml'],
  ['Does the contractor support OIDC (OpenID Connect) as authentication protocol for the client\'s users?', 'lv-oidc'],
  ['Login with Google accounts possible?', 'lv-oidc'],
  ['Is Kerberos / Windows integrated authentication supported for the web application?', null],
  ['SCIM 2.0 provisioning – in which licence tier is it included?', 'lv-scim'],
  ['We need automatic deprovisioning: a leaver disabled in our Entra ID must lose access to the HR system within 1 hour. Is this possible?', 'lv-scim'],
  ['Deprovisioned users must be locked out within 5 minutes after removal from the customer directory.', null],
  ['Do you support SAML SSO and SCIM provisioning on all plans?', null],
  ['Supported MFA methods for end users: [ ] TOTP app [ ] FIDO2 key [ ] SMS [ ] e-mail code', 'lv-mfa-customers'],
  ['Are FIDO2 / WebAuthn security keys accepted as second factor for application users?', 'lv-mfa-customers'],
  ['Is SMS-based OTP offered as a second factor?', 'lv-sms-mfa'],
  ['Our blue-collar workers have no smartphones – can they receive their login codes by text message?', 'lv-sms-mfa'],
  ['Do you support push notifications (e.g. Duo Push) as an MFA factor for end users?', null],
  ['SIG Lite: Is multifactor authentication required for remote access by your personnel?', 'lv-mfa-staff'],
  ['Minimum password length for application accounts', 'lv-password-policy'],
  ['Are application users forced to change their password every 90 days?', 'lv-password-policy'],
  ['Password policy for your own employees\' Windows / Entra accounts', null],
  ['Automatic logout after inactivity: can the customer configure it, and in which range?', 'lv-session-timeout'],
  ['Idle session timeout must be at most 15 minutes and enforceable by the customer.', 'lv-session-timeout'],
  ['Does the application offer an authorisation concept that allows restricting payroll clerks to certain legal entities?', 'lv-rbac'],
  ['Can single fields be hidden per role, for example salary for line managers?', null],
  ['How is privileged access to production managed – do you use a PAM/PIM solution?', 'lv-privileged-access'],
  ['Do you use CyberArk for privileged account management?', null],
  ['Are privileged admin sessions recorded on video / keystroke level?', null],
  ['Access rights of your personnel to systems containing client data are recertified at least every 6 months. (Yes/No)', 'lv-access-review'],
  ['When an employee leaves Lumenvale, how fast are his accesses revoked?', 'lv-joiner-leaver'],
  ['ISO 27001 A.5.18 Access rights – describe provisioning, change and removal of access for your staff.', 'lv-joiner-leaver'],
  ['Are generic or shared admin accounts in use?', 'lv-shared-accounts'],
  ['How does the REST API authenticate clients and how long are tokens valid?', 'lv-api-auth'],
  ['Does the API support mutual TLS with client certificates?', null],
  // encryption
  ['Encryption of data at rest (algorithm, key length)', 'lv-encryption-rest'],
  ['CEK-03.1: Are data at-rest and in-transit cryptographically protected using libraries certified to approved standards?', null],
  ['Backup encryption – AES-256?', 'lv-encryption-rest'],
  ['Minimum TLS version accepted on your public endpoints?', 'lv-encryption-transit'],
  ['Weitergabekontrolle (transfer control): How is personal data protected during electronic transmission?', 'lv-encryption-transit'],
  ['Is network traffic between your internal services encrypted as well?', 'lv-encryption-transit'],
  ['BYOK – can we bring our own encryption key?', 'lv-byok'],
  ['Can the keys be kept in our own on premise HSM (hold your own key)?', null],
  ['Are customer-managed keys available on the Professional plan?', null],
  ['Are bank details (IBAN) of employees additionally encrypted on field or column level?', 'lv-field-encryption'],
  ['Where are the encryption keys stored and who has access to them?', 'lv-key-management'],
  ['Are keys stored in an HSM validated to FIPS 140-2 Level 3?', null],
  ['ISO 27001:2022 A.8.24 Use of cryptography – describe key management and key rotation.', 'lv-key-management'],
  ['SFTP: is password authentication possible or only keys?', 'lv-sftp'],
  ['Do you support FTPS for file transfer?', null],
  // logging
  ['SIEM in use? Which product?', 'lv-logging-siem'],
  ['Logs must be retained for a minimum of 24 months.', null],
  ['Are security logs retained for at least 6 months?', 'lv-logging-siem'],
  ['Do you use Splunk as your SIEM?', null],
  ['LOG-05.1: Are audit logs monitored to detect activity outside of typical or expected patterns, around the clock?', 'lv-soc'],
  ['24/7 SOC – in-house or outsourced?', 'lv-soc'],
  ['Please name your MDR / SOC service provider.', null],
  ['Eingabekontrolle (input control): Can it be determined afterwards whether and by whom personal data has been entered, changed or removed in the system?', 'lv-audit-log-customer'],
  ['For how long is the application audit trail retained?', 'lv-audit-log-customer'],
  ['The audit trail of changes to payroll data must be kept for at least 10 years.', null],
  ['Can audit events be pushed in real time to our SIEM (syslog / webhook)?', 'lv-siem-streaming'],
  ['NTP / clock synchronisation', 'lv-time-sync'],
  ['Are logs protected against tampering, for example with WORM storage?', 'lv-log-protection'],
  // hosting
  ['Hosting location (country, region, provider)', 'lv-hosting'],
  ['is it possible that the datas are only stored in germany?', null],
  ['Will any of our data be hosted in the United States?', 'lv-us-hosting'],
  ['Your hosting provider is a US company – please describe your assessment of the CLOUD Act risk.', null],
  ['Can we choose hosting in Switzerland?', null],
  ['On premise deployment option?', 'lv-on-premise'],
  ['Can Lumenvale be operated inside our own Azure tenant?', 'lv-on-premise'],
  ['Are the data centres of your hosting provider certified according to ISO 27001 and C5?', 'lv-dc-certifications'],
  ['Is Lumenvale itself certified to ISO/IEC 27017?', null],
  ['Trennungskontrolle (separation control): how are the data of different clients separated?', 'lv-multi-tenancy'],
  ['Can we get a dedicated single-tenant instance with its own application servers?', null],
  ['Is production distributed over several availability zones?', 'lv-availability-zones'],
  ['Is there an active-active setup across two Azure regions?', null],
  // network
  ['Describe the network segmentation of the production environment.', 'lv-network'],
  ['Is remote administration of servers via SSH or RDP possible from the internet?', 'lv-network'],
  ['WAF in front of the application? (Yes/No)', 'lv-waf'],
  ['Do you use Cloudflare for CDN and WAF?', null],
  ['DDoS mitigation measures', 'lv-ddos'],
  ['Can we limit logins to our corporate IP ranges?', 'lv-ip-allowlist'],
  ['IDS/IPS deployed in the production network?', 'lv-ids'],
  ['Do your employees connect to internal systems via VPN?', 'lv-vpn'],
  ['Is DMARC enforced on your mail domains?', 'lv-email-security'],
  ['Is a site-to-site VPN or ExpressRoute connection from our network to Lumenvale possible?', null],
  // appsec
  ['SIG Lite I.1: Is there a formal secure software development lifecycle (SDLC)? Please describe.', 'lv-sdlc'],
  ['BSI C5 DEV-01: Are guidelines for the secure development of the cloud service documented and applied?', 'lv-sdlc'],
  ['SAST tool in use?', 'lv-sast'],
  ['Do you use Checkmarx for static analysis?', null],
  ['Do you scan third-party libraries for known vulnerabilities (SCA)? Which tool?', 'lv-sca'],
  ['Can you supply an SBOM for the application?', 'lv-sca'],
  ['Is an SBOM available in SPDX format?', null],
  ['Do you run DAST (dynamic scanning) against the application?', 'lv-dast'],
  ['Is the application tested regularly with automated dynamic scanners such as OWASP ZAP or Burp Suite?', 'lv-dast'],
  ['How often do independent third parties perform penetration tests of the service?', 'lv-pentest'],
  ['Penetration test at least annually by an independent provider – Y/N', 'lv-pentest'],
  ['Penetration tests must be performed at least quarterly.', null],
  ['Please send us the full report of your last penetration test.', null],
  ['What were the findings of your most recent penetration test, and are any still open?', null],
  ['Are we allowed to pentest your application ourselves?', 'lv-customer-pentest'],
  ['Can we run a load test against your production environment?', null],
  ['Do you operate a public bug bounty (e.g. HackerOne, Intigriti)?', 'lv-bug-bounty'],
  ['Is there a responsible disclosure policy or security.txt?', 'lv-vdp'],
  ['How do you protect the application against SQL injection and cross-site scripting?', 'lv-owasp'],
  ['Is the application tested against the OWASP Top 10?', 'lv-owasp'],
  ['Separation of development, test and production (ISO 27001:2022 A.8.31)', 'lv-env-separation'],
  ['Are real employee data used for testing new payroll releases?', 'lv-prod-data-test'],
  ['Where is the source code stored and how is it protected?', 'lv-source-code'],
  ['Do you offer a software escrow agreement (e.g. with NCC Group)?', 'lv-escrow'],
  ['Describe your change management process, including emergency changes.', 'lv-change-mgmt'],
  ['Is there a Change Advisory Board (CAB) that approves all changes?', null],
  ['Will we be notified before API changes that break our integrations? How far in advance?', 'lv-release-notice'],
  ['Breaking API changes must be announced at least 90 days in advance.', null],
  ['When are maintenance windows and how are they announced?', 'lv-maintenance'],
  // vulnerability management
  ['Patch management: time frames for critical security patches', 'lv-vuln-mgmt'],
  ['TVM-03: Are critical vulnerabilities remediated within 14 days?', 'lv-vuln-mgmt'],
  ['Critical vulnerabilities must be patched within 72 hours of release.', null],
  ['Do you use Qualys or Tenable for vulnerability scanning?', null],
  ['Are internet-facing assets scanned externally at least quarterly?', 'lv-external-scan'],
  ['Hardening standards (e.g. CIS) for servers and containers?', 'lv-hardening'],
  // continuity
  ['BCM: Is there a documented business continuity plan and is it reviewed regularly?', 'lv-bcp'],
  ['Are you certified to ISO 22301?', null],
  ['RTO/RPO values for the service', 'lv-rpo-rto'],
  ['The RPO must not exceed 1 hour.', null],
  ['Is the RTO 24 hours or less?', 'lv-rpo-rto'],
  ['Do you test DR at least once a year? Date and result of the last test?', 'lv-dr-test'],
  ['Are DR tests performed twice per year?', null],
  ['Verfügbarkeitskontrolle (availability control): How is personal data protected against accidental destruction or loss?', 'lv-backups'],
  ['BCR-08.1: Is cloud data periodically backed up?', 'lv-backups'],
  ['Backup retention period', 'lv-backups'],
  ['Backups must be retained for at least 90 days.', null],
  ['Can you restore one single employee record from backup on our request?', null],
  ['Are backups immutable, i.e. protected against ransomware?', 'lv-backup-immutable'],
  ['Is an offline tape copy of the backups kept?', null],
  ['Availability SLA for the Enterprise plan', 'lv-sla'],
  ['We need an uptime commitment of at least 99.95%.', null],
  ['Are there service credits if the SLA is missed?', 'lv-sla'],
  ['Where can we see current outages?', 'lv-status-page'],
  // incident response
  ['Incident response plan – documented and tested?', 'lv-incident-response'],
  ['ISO 27001 A.5.24: Is there a security incident management process with severity levels and escalation?', 'lv-incident-response'],
  ['Within which timeframe do you notify the customer of a personal data breach?', 'lv-breach-notification'],
  ['The contractor shall notify the client of any personal data breach without undue delay, at the latest within 48 hours.', 'lv-breach-notification'],
  ['Hello, before our IT security signs off we need to know one thing: if you get hacked, how quickly would you tell us?', 'lv-breach-notification'],
  ['Security incidents affecting our data must be reported to us within 4 hours.', null],
  ['Do you notify the supervisory authority on our behalf?', null],
  ['Have you experienced a data breach in the past 36 months?', 'lv-incident-history'],
  ['Do you have forensic capabilities or a retainer with an incident response firm?', 'lv-forensics'],
  // vendors
  ['How do you manage the risk of your own suppliers (fourth parties)?', 'lv-vendor-mgmt'],
  ['Are all of your suppliers reassessed at least annually?', null],
  ['Please provide the list of subprocessors including their location.', 'lv-subprocessors'],
  ['How much notice do you give before adding a new subprocessor, and can we object?', 'lv-subprocessors'],
  ['New subcontractors must be notified to the client at least 60 days before engagement.', null],
  ['Which company provides your support ticketing system?', null],
  ['Does the contractor transfer personal data to third countries outside the EU/EEA? If yes, on which legal basis (Art. 44 ff. GDPR)?', 'lv-sccs'],
  ['Is your US subprocessor certified under the EU-US Data Privacy Framework?', null],
  ['Do you use nearshore or offshore developers, and can they access customer data?', 'lv-contractors-poland'],
  // HR
  ['HRS-02: Are background verification checks performed on new employees according to local laws?', 'lv-background-checks'],
  ['Do you perform credit checks on employees with access to payroll data?', 'lv-background-checks'],
  ['The supplier shall conduct criminal record checks on all personnel with access to client data.', null],
  ['Do employees sign NDAs / confidentiality agreements?', 'lv-confidentiality'],
  ['Are your employees committed to confidentiality according to Art. 28(3)(b) GDPR?', 'lv-confidentiality'],
  ['Hi, our works council asks whether the HR tool can be used to monitor employee performance – do you have a statement we could give them?', null],
  ['Is there a Betriebsrat at your company, and must it agree to new monitoring tools?', 'lv-works-council'],
  ['What sanctions apply to employees who break security rules?', 'lv-disciplinary'],
  ['Is there a dedicated CISO?', 'lv-security-team'],
  ['How many people work in your security team?', 'lv-security-team'],
  ['Number of employees and office locations', 'lv-company'],
  // training
  ['Security awareness training – frequency?', 'lv-awareness'],
  ['All staff must complete security training at least twice a year.', null],
  ['Developer security training (secure coding) – mandatory? how often?', 'lv-secure-coding-training'],
  ['ISO 27001:2022 A.6.3 Information security awareness, education and training', 'lv-awareness'],
  // policies
  ['ISO 27001:2022 A.5.1 Policies for information security – approved by top management?', 'lv-isms-policies'],
  ['Please provide a copy of your information security policy.', 'lv-isms-policies'],
  ['Do you have an acceptable use policy for IT resources?', null],
  ['Risk assessment – methodology and frequency?', 'lv-risk-mgmt'],
  ['Asset inventory: are all devices and cloud resources recorded with an owner?', 'lv-asset-mgmt'],
  ['Data classification scheme', 'lv-data-classification'],
  // compliance
  ['ISO/IEC 27001 certificate – please attach, including the scope', 'lv-iso27001'],
  ['Is the ISO 27001 certificate issued under DAkkS accreditation?', null],
  ['Is your ISO 27001 certification already based on the 2022 version?', 'lv-iso27001'],
  ['A&A-02: Are independent audits of the ISMS conducted at least annually?', 'lv-iso27001'],
  ['ISO 27701 (privacy information management) certification?', 'lv-iso27701'],
  ['BSI C5 attestation – Type 1 or Type 2?', 'lv-c5'],
  ['Does your C5 report also cover the additional criteria?', null],
  ['SOC 2 Type II report available?', 'lv-soc2'],
  ['Can you provide a SOC 1 / ISAE 3402 report for the payroll service?', null],
  ['TISAX assessment level (AL2 / AL3)?', 'lv-tisax'],
  ['Certifications held: ☐ ISO 27001 ☐ ISO 27701 ☐ BSI C5 ☐ SOC 2 ☐ TISAX', null],
  ['PCI DSS compliance status', 'lv-pci'],
  ['Is Lumenvale HIPAA compliant?', null],
  ['Do we have the right to audit Lumenvale, including on-site?', 'lv-audit-rights'],
  ['Can our auditors visit the Azure data centre where our data is hosted?', 'lv-dc-physical'],
  ['Is the payroll module certified for the electronic social insurance reporting (ITSG)?', 'lv-payroll-certification'],
  ['Do you have an IDW PS 880 or GoBD certification?', null],
  ['Are you in scope of NIS2, and are you registered with the BSI?', null],
  // privacy
  ['Is Lumenvale processor or controller in the sense of the GDPR?', 'lv-gdpr-role'],
  ['Will you sign our own DPA template instead of yours?', null],
  ['Is a data processing agreement according to Art. 28 GDPR concluded with the client?', 'lv-dpa'],
  ['Has a data protection officer been appointed? Contact details?', 'lv-dpo'],
  ['Please provide your technical and organisational measures (TOMs) per Art. 32 GDPR.', 'lv-toms'],
  ['How does the contractor support the client in fulfilling data subject rights (Art. 15–22 GDPR)?', 'lv-dsar'],
  ['Will you support us with a data protection impact assessment (DPIA) for the HR system?', 'lv-dpia'],
  ['Do you maintain a record of processing activities as processor (Art. 30(2) GDPR)?', 'lv-ropa'],
  ['Do you use customer data for your own purposes such as analytics or marketing?', null],
  // data handling
  ['Can retention periods be configured per data category?', 'lv-retention'],
  ['Do you delete applicant data automatically after 6 months?', null],
  ['What happens to our data after termination of the contract?', 'lv-deletion-termination'],
  ['All data, including backups, must be deleted within 90 days of contract end. Please confirm.', 'lv-deletion-termination'],
  ['All data including backups deleted within 30 days after termination?', null],
  ['Do you provide a written confirmation of deletion?', 'lv-deletion-termination'],
  ['Data export at exit – which formats?', 'lv-data-export'],
  ['C5 PI-01: Can all customer data be exported in a machine-readable format at any time?', 'lv-data-export'],
  ['How are storage media securely disposed of?', 'lv-media-disposal'],
  ['Are paper documents with personal data shredded according to DIN 66399?', null],
  // AI
  ['Does the solution contain AI features? Please describe them.', 'lv-ai-features'],
  ['Does the AI take automated decisions with legal effect on employees (Art. 22 GDPR)?', 'lv-ai-features'],
  ['Is any chatbot or GPT-style assistant built into the HR software?', 'lv-llm'],
  ['Is our data passed on to third-party AI providers such as OpenAI?', 'lv-ai-third-party'],
  ['Do you pool data from several clients to improve your machine learning models?', 'lv-ai-training'],
  ['Has the AI feature been classified under the EU AI Act (high-risk, Annex III employment)?', null],
  ['What is the false-positive rate of the anomaly model?', null],
  // accessibility
  ['Does the web application conform to WCAG 2.1 AA?', 'lv-accessibility'],
  ['Please provide a VPAT.', null],
  ['Is the application conformant with WCAG 2.2 AA and EN 301 549?', null],
  // insurance
  ['Cyber liability insurance – coverage amount?', 'lv-insurance'],
  ['Minimum cyber insurance coverage of EUR 5 million required.', 'lv-insurance'],
  ['Do you carry cyber insurance of at least USD 20 million?', null],
  // endpoint
  ['Are laptops protected with full disk encryption?', 'lv-endpoint-mgmt'],
  ['Are laptops patched within 30 days?', 'lv-endpoint-mgmt'],
  ['Anti-malware / EDR on all endpoints and servers?', 'lv-edr'],
  ['Do you use CrowdStrike Falcon on your endpoints?', null],
  ['Can staff use their personal laptops to access customer data?', 'lv-byod'],
  ['Are USB storage devices blocked?', 'lv-usb'],
  ['Do you use a DLP solution to prevent data exfiltration?', null],
  // physical
  ['Physical access control at your offices (badges, visitor management)?', 'lv-physical-office'],
  ['Are there servers with customer data in your offices?', 'lv-physical-office'],
  ['Zutrittskontrolle (physical access control): measures to prevent unauthorised persons from accessing the data processing facilities', null],
  // mobile
  ['Is data stored locally on the mobile device, and is it encrypted?', 'lv-mobile-app'],
  ['Jailbreak / root detection in the mobile app?', 'lv-mobile-root'],
  ['Does the mobile app support Intune App Protection (MAM) policies?', null],
  // support
  ['Support hours and languages', 'lv-support'],
  ['Is 24/7 support available for critical incidents?', 'lv-support'],
  ['Is support provided from India or other offshore locations?', 'lv-offshore'],
  ['Can your support staff look into our employees\' payroll data without our approval?', 'lv-support-access'],
  ['Response time for priority 1 tickets?', null],
  // product
  ['API rate limits?', 'lv-api'],
  ['Are webhooks available for new hires and leavers?', 'lv-api'],
  ['Which languages does the user interface support?', 'lv-languages'],
  ['Can payroll be run for our employees in Austria and Switzerland?', 'lv-payroll-countries'],
  ['Is there a standard integration with SAP SuccessFactors?', null],
  ['Export to DATEV supported?', 'lv-integrations'],
];

/**
 * A twelfth library and one question set for it, written on 2026-12-08 by a helper that did not
 * open anything under src/ and ran nothing on this file but the TypeScript type check and ESLint
 * (plus a small script of its own, importing nothing from src/, that checks label ids, repeats and
 * counts; no report, evaluation, test or matcher was run on it). The helper read the header and
 * TENTH_ENTRIES of tenth-library.ts for the format and no *_DEV or *_BLIND set, though the look at
 * the Labelled type in questions.ts also showed it the first 20 lines of DEV_QUESTIONS.
 * First run, by another engineer at 596d034: TWELFTH_BLIND 94.5% precision / 49.3% recall (73
 * filled, 69 right; 9 Yes/No, none from an entry other than the label; of the 4 wrong fills, 2 are
 * to questions labelled with no entry). The matcher of 5bc3fbd, before that day's analyzer
 * changes, gives 94.4% / 48.6% (72 filled, 68 right). Only these counts were printed.
 * (The company shares a first name with the ninth library's Kestrel Fleet Systems; they are
 * unrelated.)
 * TWELFTH_BLIND is to be read only as a figure, never one by one; there is no dev set.
 *
 * The library is of a twelfth fictional company, Kestrel Civic Software, Inc. (Denver, Colorado,
 * with a Canadian subsidiary, Kestrel Civic Software Canada Ltd, in Ottawa): a permitting,
 * inspections and code enforcement SaaS for cities, counties and special districts (online permit
 * applications and plan review, a public Citizen Portal for applicants and contractors, the
 * Kestrel Inspect offline mobile app for field inspectors, code enforcement cases, online fee
 * payments through Elavon, ArcGIS and DocuSign integrations and a REST API), used by
 * about 620 agencies. About 310 staff in the US and Canada, plus a 12-person QA contractor team in
 * Costa Rica that never touches production. It runs only on Microsoft Azure commercial regions: US
 * agencies in East US 2 with backups and DR in Central US, Canadian agencies in Canada Central with
 * backups and DR in Canada East, so Canadian data stays in Canada; no Azure Government. Staff use
 * Microsoft Entra ID with Conditional Access (Windows Hello for Business or FIDO2 for production),
 * Palo Alto GlobalProtect VPN, Intune-managed laptops with Defender for Endpoint; Microsoft
 * Sentinel is the SIEM, with Arctic Wolf as an outsourced 24x7 SOC; GitLab, Semgrep, Snyk,
 * Tenable, a public Bugcrowd bounty. It holds a SOC 2 Type II (Security, Availability,
 * Confidentiality), TX-RAMP Level 2 and StateRAMP Ready (not Authorized) at Moderate; no ISO
 * 27001, no FedRAMP, no SOC 1, no HIPAA BAA, not for CJIS data, PCI DSS by SAQ A (Elavon hosted
 * fields), no GDPR terms (US and Canadian public bodies only). It disclosed one incident: 41
 * Citizen Portal accounts taken over by credential stuffing in March 2024. Plans are Essentials,
 * Professional and Enterprise: SSO, the API and digital plan stamps from Professional; SCIM,
 * customer-managed keys (Azure Key Vault in the agency's tenant), IP restriction, audit log
 * streaming, custom roles, a sandbox, AI Plan Check (Azure OpenAI GPT-4o in the agency's country,
 * no training on agency data), agency-domain email, DocuSign, release deferral, a 99.95% SLA and
 * 24x7 phone support on Enterprise only.
 *
 * The entries (122) are a mix, as a real team accumulates them: 39 have short title-like
 * questions ("Tenant isolation", "Mobile inspection app"), 65 canonical questions ("Do you
 * encrypt data at rest?") and 18 long questionnaire-style ones; 52 (43%) have a variant (one
 * each); answers are one to four sentences, many with numbers (RPO 30 minutes / RTO 6 hours,
 * point-in-time backups 30 days and weekly backups 12 months, logs 180 days searchable and 3 years
 * in all, 72-hour breach notice, 10/30/90/180-day fix times and 48 hours for known-exploited,
 * 99.5% / 99.9% / 99.95% SLAs, 90 + 30 days to deletion after termination). yesno is set on 48
 * entries, only where the question is plainly polar and the answer opens Yes or No: 31 Yes and
 * 17 No, 12 of them honest Noes (Login.gov, private connectivity, Azure Government, on-premises
 * or dedicated, HIPAA BAA, AI chatbot, ISO 27001, FedRAMP, CJIS, SOC 1, US-citizens-only access,
 * data-centre visits), and one honest Yes (a breach in the last three years). Four entries are not
 * public: two 'internal' and two 'nda'.
 *
 * TWELFTH_BLIND (200 questions) is worded differently from the entries, in the variety real
 * questionnaires use: CAIQ v4 items with ids, HECVAT and SIG Lite items, government RFP clauses
 * ("The Contractor shall…"), spreadsheet headers ("Backup retention (days)"), fragments
 * ("RTO/RPO?"), "(Y/N)" items, compound questions, procurement emails with greetings, non-native
 * English, narrower details than an entry gives, and questions about the agency's own actions.
 * Each is labelled with the id of the entry whose answer fully and truthfully answers it as asked
 * (the same yes/no polarity where it is polar and the entry has a yesno, and meeting any stated
 * bound), or null when none does: stricter bounds than an entry states (RTO of 4 hours, 1-hour
 * incident notice, 99.99% SLA, seven-year logs, 72-hour critical fixes, an 8-hour idle timeout),
 * the opposite polarity (SCIM, custom roles or customer-managed keys below Enterprise, SOC 2
 * Privacy), nearby subjects the library lacks (DDoS, status page, maintenance windows, DAST,
 * secrets storage, ransomware, risk assessment, data classification, field-level encryption, file
 * integrity monitoring), products and providers no entry names (CyberArk, Splunk as SIEM,
 * RSA SecurID, Managed HSM, Apple Pay, Tyler Munis), unstated details, subjects only internal
 * entries cover, and sibling subjects (Kestrel staff versus agency user passwords). A question
 * that an entry's own honest No answers is labelled with that entry. Internal entries label no
 * question. When in doubt the label is null: 60 of the 200 (30%) are null, and 53 of the 140
 * labelled questions have a yesno-bearing entry as label (36 Yes, 17 No).
 */
import type { DevEntry } from './entries';
import type { Labelled } from './questions';

export const TWELFTH_ENTRIES: readonly DevEntry[] = [
  // identity
  { id: 'kc-sso', topic: 'identity', question: 'Single sign-on for agency staff', variants: ['SAML or OIDC SSO'], sentence: "Agency staff can sign in through SAML 2.0 or OpenID Connect single sign-on from their own identity provider, such as Microsoft Entra ID, Okta, Google Workspace or ADFS, on the Professional and Enterprise plans; the Essentials plan uses Kestrel email-and-password accounts only. Administrators can enforce SSO for all staff, which keeps at most three local break-glass administrator accounts." },
  { id: 'kc-citizen-login', topic: 'identity', question: 'Describe how members of the public (applicants, contractors and property owners) create accounts and sign in to the Citizen Portal, including any second factor offered.', variants: ['Citizen Portal accounts'], sentence: 'Applicants, contractors and property owners create a Citizen Portal account with a verified email address and password, or sign in with a Google, Microsoft or Apple account. MFA is optional for public users, who can enrol an authenticator app or receive emailed one-time codes; agencies cannot make it mandatory for the public. Some fees can be paid as a guest without an account.' },
  { id: 'kc-logingov', topic: 'identity', question: 'Can public applicants sign in with Login.gov?', variants: ['Login.gov or ID.me sign-in'], yesno: 'no', sentence: 'No. The Citizen Portal does not integrate with Login.gov, ID.me or any other government identity service today; applicants use a portal account or Google, Microsoft or Apple sign-in.' },
  { id: 'kc-mfa-users', topic: 'identity', question: 'Does the application support multi-factor authentication for agency staff users?', variants: ['2FA for staff accounts'], yesno: 'yes', sentence: 'Yes, on every plan. Staff users can enrol an authenticator app (TOTP) or a FIDO2 security key as a second factor, and an agency administrator can require MFA for all staff users. SMS codes are available as a fallback factor, and administrators can switch SMS off. Staff who sign in through SSO rely on their own identity provider for MFA.' },
  { id: 'kc-mfa-workforce', topic: 'identity', question: 'Describe how Kestrel employees authenticate to corporate systems, the Azure portal and production, including which second factors are permitted.', variants: ['Employee MFA'], sentence: 'Every employee and contractor signs in through Microsoft Entra ID with MFA enforced by Conditional Access, only from Intune-compliant devices. Corporate SaaS accepts Windows Hello for Business, FIDO2 keys or Microsoft Authenticator with number matching; the Azure portal, Azure Bastion and GitLab require a phishing-resistant factor (Windows Hello for Business or a FIDO2 key). SMS and voice factors are disabled.' },
  { id: 'kc-passwords', topic: 'identity', question: 'What password length, complexity, lockout and storage rules apply to staff and Citizen Portal accounts, and can agencies change them?', variants: ['Password policy'], sentence: 'Staff and Citizen Portal passwords must be at least 12 characters and are checked against known-breached passwords; there are no composition rules or forced expiry by default, following NIST SP 800-63B. Agency administrators can raise the minimum length for staff to as much as 20 characters and set an expiry period if their own policy requires one. Five failed attempts lock an account for 30 minutes, and passwords are stored only as bcrypt hashes (cost 12).' },
  { id: 'kc-session', topic: 'identity', question: 'Session timeout', variants: ['After how long are idle users logged out?'], sentence: 'Staff web sessions end after 20 minutes of inactivity by default, and agency administrators can set any idle timeout from 5 to 240 minutes; every staff session also ends after 10 hours. Citizen Portal sessions end after 30 minutes of inactivity, which agencies cannot change. The Kestrel Inspect app asks for a PIN or biometric unlock after 15 minutes in the background.' },
  { id: 'kc-rbac', topic: 'identity', question: 'Can agency administrators control what each staff user can see and do?', variants: ['Role-based access control'], yesno: 'yes', sentence: 'Yes. Administrators assign built-in roles (Administrator, Permit Technician, Plan Reviewer, Inspector, Code Officer, Finance Clerk and Read-only) and limit each user to departments and record types, so that, for example, building staff cannot open code enforcement cases. Custom roles are available on the Enterprise plan only.' },
  { id: 'kc-scim', topic: 'identity', question: 'Do you support SCIM provisioning?', variants: ['Automated user provisioning'], yesno: 'yes', sentence: "Yes, on the Enterprise plan only. SCIM 2.0 lets the agency's identity provider create, update and deactivate staff users and map groups to Kestrel roles and departments; Microsoft Entra ID and Okta are tested and supported." },
  { id: 'kc-privileged', topic: 'identity', question: 'How is administrative access to the production environment granted, limited and monitored?', variants: ['Privileged access management'], sentence: 'No one has standing administrative access to production. Engineers activate an eligible role through Microsoft Entra Privileged Identity Management, a second engineer approves it, and it expires after at most 4 hours; server and database access goes only through Azure Bastion, whose sessions are recorded and logged to Microsoft Sentinel. Fourteen engineers are eligible to request production access.' },
  { id: 'kc-access-reviews', topic: 'identity', question: 'Access reviews', variants: ['How often do you review employee access rights?'], sentence: 'System owners review access to production, customer data and the finance systems every quarter with Microsoft Entra ID Access Reviews, and access to all other systems every six months. Access that is not re-approved is removed within 3 business days, and the reviews are evidence in our SOC 2 audit.' },
  { id: 'kc-offboarding', topic: 'identity', question: 'When an employee or contractor leaves, how quickly is their access removed and how are their devices recovered?', variants: ['Leaver process'], sentence: "When HR records a departure in BambooHR, a workflow disables the person's Entra ID account within 1 hour of their leaving time, or at once for an involuntary departure, which cuts off every SSO-connected system. Any accounts outside SSO are removed within 1 business day, and laptops are collected or remotely wiped through Intune." },
  { id: 'kc-shared-accounts', topic: 'identity', question: 'Are shared accounts used?', yesno: 'no', sentence: 'No. Every Kestrel employee and contractor has a named personal account, and shared or generic accounts are not permitted on production, corporate or support systems.' },
  { id: 'kc-support-access', topic: 'identity', question: 'Can Kestrel support staff see our records?', variants: ['Vendor access to agency data'], sentence: "Only when the agency allows it. Support staff use Assist mode, which an agency administrator grants for a single ticket for up to 48 hours, read-only unless the administrator allows edits, and every Assist session appears in the agency's audit log. In an emergency a Tier 3 engineer can reach an agency's database through Privileged Identity Management with the CISO's approval, and we tell the agency within 1 business day." },
  { id: 'kc-ip-restrict', topic: 'identity', question: 'IP allowlisting', sentence: 'On the Enterprise plan, administrators can limit staff sign-in to the web app, the Kestrel Inspect app and the API to listed IP ranges. The Citizen Portal is public and cannot be IP-restricted, and IP restriction is not available on the Essentials or Professional plans.' },
  { id: 'kc-api-auth', topic: 'identity', question: 'How do API clients authenticate, which scopes and token lifetimes apply, and what rate limits are enforced?', variants: ['API authentication'], sentence: 'The REST API is available on the Professional and Enterprise plans. Clients authenticate with OAuth 2.0 client credentials; access tokens are scoped to modules (permits, inspections, code cases, payments) and expire after 1 hour, and each client may make 300 requests per minute. Older static API keys are deprecated and will stop working in June 2027.' },
  { id: 'kc-int-breakglass', topic: 'identity', question: 'Azure break-glass accounts', visibility: 'internal', sentence: 'The two Entra ID emergency-access accounts are excluded from Conditional Access and protected by FIDO2 keys kept in the Denver office safe and with the CTO. Any sign-in to either account pages the on-call security engineer and Arctic Wolf.' },
  // encryption
  { id: 'kc-enc-rest', topic: 'encryption', question: 'Do you encrypt data at rest?', variants: ['Encryption of stored records and attachments'], yesno: 'yes', sentence: 'Yes. Agency databases are encrypted with Azure SQL transparent data encryption (AES-256), and attachments, plan sets, inspection photos and backups are stored in Azure Storage encrypted with AES-256. The keys are held in Azure Key Vault.' },
  { id: 'kc-enc-transit', topic: 'encryption', question: 'Encryption in transit', sentence: 'All connections to the staff web app, Citizen Portal, Kestrel Inspect and the API use TLS 1.2 or 1.3, with TLS 1.0 and 1.1 disabled and HSTS enabled. Traffic between our internal services and to the databases is also encrypted with TLS, and bulk data imports use SFTP.' },
  { id: 'kc-cmk', topic: 'encryption', question: 'Can we use our own encryption keys?', variants: ['BYOK'], yesno: 'yes', sentence: "Yes, on the Enterprise plan only. An Enterprise agency can have its database and file storage encrypted with a key in its own Azure Key Vault (Premium tier, HSM-backed); if the agency disables or revokes the key, its data becomes inaccessible within 1 hour. Essentials and Professional agencies use keys that Kestrel manages in Azure Key Vault." },
  { id: 'kc-key-mgmt', topic: 'encryption', question: 'How are the encryption keys protecting agency data generated, stored, rotated and protected from misuse?', variants: ['Key management'], sentence: 'Keys are generated and held in Azure Key Vault Premium, in hardware security modules validated to FIPS 140-2 Level 3, and are never exported in plaintext. Kestrel-managed keys rotate automatically every 12 months, services reach them only through managed identities, and only three named security engineers can administer the key vaults.' },
  { id: 'kc-laptop-enc', topic: 'encryption', question: 'Are employee laptops encrypted?', yesno: 'yes', sentence: 'Yes. Every Windows laptop has BitLocker and each of the roughly 40 company Macs has FileVault, both enforced through Microsoft Intune; a device reported as unencrypted is marked non-compliant and loses access to company systems.' },
  // logging and monitoring
  { id: 'kc-siem', topic: 'logging', question: 'Security monitoring and SIEM', variants: ['Do you use a SIEM?'], sentence: 'Microsoft Sentinel is our SIEM. It collects Azure activity and resource logs, Microsoft Defender for Cloud and Defender for Endpoint alerts, Entra ID sign-in logs, Azure Front Door WAF logs, GitLab audit events and application security logs, and our analytics rules raise incidents from them.' },
  { id: 'kc-soc', topic: 'logging', question: 'Is security monitoring staffed around the clock?', yesno: 'yes', sentence: "Yes. Arctic Wolf provides a managed 24x7 security operations centre that monitors our Sentinel and endpoint alerts and escalates high-severity incidents to Kestrel's on-call security engineer within 30 minutes. Our own team of three detection engineers tunes the rules and handles alerts in business hours." },
  { id: 'kc-log-retention', topic: 'logging', question: 'Log retention', variants: ['How long do you keep security logs?'], sentence: 'Security logs are kept searchable in Microsoft Sentinel for 180 days and then archived, for 3 years in total from collection, after which they are deleted.' },
  { id: 'kc-log-integrity', topic: 'logging', question: 'Are logs protected against tampering?', yesno: 'yes', sentence: 'Yes. Logs are sent within minutes to a separate Azure subscription that engineers cannot administer, and the archive is kept in Azure Blob Storage with a locked time-based immutability policy, so no one, including Kestrel administrators, can alter or delete a log before its retention ends.' },
  { id: 'kc-audit-trail', topic: 'logging', question: 'Does the application keep an audit trail of staff and applicant actions on permits, inspections and cases that agency administrators can review?', variants: ['Application audit log'], yesno: 'yes', sentence: 'Yes, on every plan. The audit trail records sign-ins, every field change with its old and new values, status changes, fee adjustments, waivers and refunds, document downloads, views of records marked confidential, permission changes and support Assist sessions, with user, time and IP address. Administrators can search it and export it as CSV, and entries are kept for the life of the subscription.' },
  { id: 'kc-audit-stream', topic: 'logging', question: 'Audit log export to our SIEM', sentence: "On the Enterprise plan, audit events can be streamed in near real time to an Azure Event Hub in the agency's own Azure tenant or to a Splunk HTTP Event Collector, from which other SIEMs can read them. Streaming is not available on the Essentials or Professional plans, whose administrators can export the audit trail as CSV." },
  { id: 'kc-ids', topic: 'logging', question: 'Intrusion detection and prevention', sentence: 'Azure Firewall Premium inspects traffic with its intrusion detection and prevention system in alert-and-deny mode, Microsoft Defender for Cloud watches our subscriptions, and Defender for Endpoint runs on every virtual machine; their alerts go to Sentinel and the Arctic Wolf SOC.' },
  // network
  { id: 'kc-network', topic: 'network', question: 'Describe how your production network is segmented and protected from the internet.', variants: ['Network segmentation'], sentence: 'Production runs in dedicated Azure subscriptions with a hub-and-spoke virtual network, separate from corporate and development networks. The application runs in a private Azure Kubernetes Service cluster, databases and storage are reachable only through private endpoints, and public traffic enters only through Azure Front Door with its web application firewall (OWASP core rule set and bot protection). No management ports are exposed to the internet.' },
  { id: 'kc-remote-access', topic: 'network', question: 'Remote access for employees', variants: ['Do staff use a VPN?'], sentence: 'Staff reach internal systems through Palo Alto GlobalProtect VPN, which requires a device certificate, Entra ID MFA and an Intune-compliant laptop. Production servers and databases are reached only through Azure Bastion after a Privileged Identity Management activation.' },
  { id: 'kc-private-conn', topic: 'network', question: 'Do you support private connectivity such as ExpressRoute or a site-to-site VPN?', yesno: 'no', sentence: 'No. Agencies reach the service only over the internet with TLS; we offer no ExpressRoute, Private Link endpoint or site-to-site VPN. Enterprise agencies can restrict staff sign-in to their own IP ranges instead.' },
  { id: 'kc-email-security', topic: 'network', question: 'Do your notification emails use SPF, DKIM and DMARC?', yesno: 'yes', sentence: 'Yes. Notification emails are sent through Twilio SendGrid from notify.kestrelcivic.example with SPF, DKIM and a DMARC policy of p=reject. On the Enterprise plan, an agency can send notifications from its own domain, such as a .gov address, by publishing the DNS records we provide.' },
  // hosting
  { id: 'kc-cloud', topic: 'hosting', question: 'Which cloud provider hosts the service?', variants: ['Hosting provider'], sentence: 'Kestrel runs entirely on Microsoft Azure commercial regions. We own no data centres and no other cloud provider stores agency data.' },
  { id: 'kc-data-location', topic: 'hosting', question: 'Where is our data stored?', variants: ['Data residency'], sentence: "US agencies are hosted in Azure East US 2 (Virginia), with backups and disaster recovery in Central US (Iowa). Canadian agencies are hosted in Azure Canada Central (Toronto), with backups and disaster recovery in Canada East (Quebec City). An agency's data, including backups, stays in its country's pair of regions." },
  { id: 'kc-canada', topic: 'hosting', question: 'Can Canadian agencies keep all of their data in Canada?', yesno: 'yes', sentence: "Yes. Canadian agencies' records, files, backups, logs and AI processing stay in Azure Canada Central and Canada East, and only Kestrel staff in Canada and our US Tier 3 engineers, under Privileged Identity Management, can reach them." },
  { id: 'kc-govcloud', topic: 'hosting', question: 'Do you host in Azure Government?', yesno: 'no', sentence: 'No. The service runs in Azure commercial regions only; we do not host in Azure Government, GCC High or any other government cloud.' },
  { id: 'kc-multitenancy', topic: 'hosting', question: 'Tenant isolation', variants: ["How is our data kept separate from other agencies' data?"], sentence: "The application is multi-tenant, but each agency has its own Azure SQL database, in shared elastic pools, and its own storage container. Every request is bound to one agency's database by the tenant ID in the signed-in session, and automated cross-tenant access tests run on every release." },
  { id: 'kc-single-tenant', topic: 'hosting', question: 'Do you offer an on-premises or dedicated deployment?', yesno: 'no', sentence: 'No. Kestrel is offered only as a multi-tenant SaaS service on Azure; there is no on-premises, private-cloud or dedicated single-tenant edition.' },
  { id: 'kc-env-sep', topic: 'hosting', question: 'Are development and test environments separated from production?', yesno: 'yes', sentence: 'Yes. Development, test, staging and production are in separate Azure subscriptions with separate access groups, and developers have no access to production by default.' },
  { id: 'kc-sandbox', topic: 'hosting', question: 'Sandbox environment', sentence: "Enterprise agencies get a sandbox tenant for training and for testing configuration changes, which they can refresh with a copy of their own production data up to once a month; it runs in production infrastructure under the same controls. Essentials and Professional plans have no sandbox." },
  { id: 'kc-prod-data-test', topic: 'hosting', question: 'Is production data used in development or testing?', yesno: 'no', sentence: "No. Kestrel engineers never copy agency data into development, test or staging environments, which use synthetic data. An Enterprise agency's sandbox holds only that agency's own copy and stays in production infrastructure." },
  { id: 'kc-ha', topic: 'hosting', question: 'High availability', sentence: 'Every production service runs across three availability zones in its primary region, with zone-redundant Azure SQL databases and storage and an AKS cluster spread over the zones, so the loss of one zone causes at most a few minutes of disruption.' },
  // continuity
  { id: 'kc-backups', topic: 'continuity', question: 'Backup frequency', variants: ['How often are backups taken?'], sentence: 'Azure SQL takes a full backup of each agency database every week, differential backups every 12 hours and transaction log backups every 5 to 10 minutes, allowing point-in-time restore to any moment in the last 30 days. Files are in geo-redundant storage with versioning and 30-day soft delete, and all backups are replicated to the paired disaster recovery region.' },
  { id: 'kc-backup-retention', topic: 'continuity', question: 'How long are backups kept?', variants: ['Backup retention'], sentence: 'Point-in-time backups are kept for 30 days, and one weekly long-term backup of each database is kept for 12 months; they are then deleted automatically.' },
  { id: 'kc-backup-enc', topic: 'continuity', question: 'Are backups encrypted?', yesno: 'yes', sentence: "Yes. Backups are encrypted with AES-256 under the same Key Vault keys as the live data, including the agency's own key for Enterprise agencies that use customer-managed keys." },
  { id: 'kc-restore-test', topic: 'continuity', question: 'Backup restore testing', sentence: 'Every month an automated job restores five randomly chosen agency databases into an isolated subscription and checks them, and every quarter we restore a complete agency, database and files, and verify it by hand. Results are recorded and reviewed by the infrastructure lead.' },
  { id: 'kc-rpo-rto', topic: 'continuity', question: 'What are your RPO and RTO?', variants: ['Recovery point and recovery time objectives'], sentence: 'If a whole Azure region is lost, our recovery point objective (RPO) is 30 minutes and our recovery time objective (RTO) is 6 hours. The loss of a single availability zone is handled by automatic failover within minutes.' },
  { id: 'kc-dr', topic: 'continuity', question: 'Describe your disaster recovery plan and how often it is tested, including the result of the most recent test.', variants: ['Disaster recovery testing'], sentence: 'The disaster recovery plan covers failing each country over to its paired region (East US 2 to Central US, Canada Central to Canada East). Each pair is failed over in a full test every year: the US test in April 2026 restored service in 4 hours 10 minutes, and the Canadian test in November 2025 in 5 hours 20 minutes.' },
  { id: 'kc-bcp', topic: 'continuity', question: 'Business continuity plan', variants: ['Do you have a BCP?'], sentence: 'Our business continuity plan covers the loss of the Denver or Ottawa office, of key staff, of key suppliers and of the service itself; all staff can work remotely. It is reviewed every year and exercised in an annual tabletop test, and it is not certified to ISO 22301.' },
  { id: 'kc-sla', topic: 'continuity', question: 'What uptime do you guarantee?', variants: ['Uptime SLA'], sentence: 'We commit to 99.5% monthly availability on Essentials, 99.9% on Professional and 99.95% on Enterprise, with service credits of 10% to 25% of the monthly fee when we miss it. Announced maintenance within the published window is excluded.' },
  { id: 'kc-int-dr', topic: 'continuity', question: 'DR test exceptions', visibility: 'internal', sentence: 'AI Plan Check and the GIS tile cache were left out of both failover tests; rebuilding the tile cache in Central US is estimated at 18 hours.' },
  // data lifecycle
  { id: 'kc-termination', topic: 'data', question: 'What happens to our records and documents when the contract ends, and how long until they are deleted from production and backups?', variants: ['Data return and deletion at termination'], sentence: 'After the subscription ends, the agency has 90 days of read-only access to export its records as CSV with all original documents, or to ask us for the export. We then delete its data from production within 30 days, long-term backups expire within 12 months after that, and a certificate of destruction is available on request.' },
  { id: 'kc-export', topic: 'data', question: 'Can we export our data?', variants: ['Data portability'], yesno: 'yes', sentence: 'Yes. On every plan, administrators can export any record type at any time as CSV, with attached documents in a ZIP file, or through the API. Enterprise agencies can also download a full copy of their own database as an Azure SQL .bacpac file.' },
  { id: 'kc-records-retention', topic: 'data', question: 'Records retention schedules', variants: ["Can we apply our state's records retention schedule?"], sentence: 'Administrators can set a retention period per record type, such as building permits, inspections or code cases, counted from closure, or keep a type permanently. Records that reach the end of their period are queued for an administrator to approve before they are destroyed, and a destruction log is kept; by default nothing is destroyed.' },
  { id: 'kc-public-records', topic: 'data', question: 'How does the system help our staff respond to public records (FOIA) requests, including withholding confidential information?', variants: ['FOIA requests'], sentence: 'Clerks can search across permits, inspections and cases by address, parcel, name or date, mark fields and documents confidential so that they are left out of public views and exports, and redact PDFs before building a records package to release. Kestrel does not answer records requests for an agency; a request sent to us is passed to the agency within 3 business days.' },
  { id: 'kc-data-ownership', topic: 'data', question: 'Who owns the data?', sentence: 'The agency owns all the data it and its applicants put into Kestrel, and our agreement lets us use it only to provide the service. We use de-identified, aggregated usage metrics, never record contents, to improve the product.' },
  { id: 'kc-deletion-request', topic: 'data', question: 'Can individual records be permanently deleted?', yesno: 'yes', sentence: 'Yes. Administrators can purge individual records or Citizen Portal accounts; purged items are removed from production within 14 days and from backups as those expire, within 12 months.' },
  { id: 'kc-dlp', topic: 'data', question: 'Data loss prevention', sentence: 'Microsoft Purview DLP policies cover company email, OneDrive, SharePoint and Teams, and Defender for Endpoint device control blocks USB storage on laptops. Support staff view agency data only inside the application through Assist mode and cannot download it to their laptops.' },
  { id: 'kc-public-data', topic: 'data', question: 'Which information is visible to the public on the Citizen Portal?', sentence: 'Each agency chooses which record types and fields appear in public search, for example address, permit type, status and contractor name. By default applicant phone numbers, email addresses and any field marked confidential are hidden, and an applicant sees the full details only of their own applications.' },
  // privacy
  { id: 'kc-ccpa', topic: 'privacy', question: 'Do you comply with the CCPA?', yesno: 'yes', sentence: 'Yes. For California agencies we act as a service provider under the CCPA as amended by the CPRA, and our Data Protection Addendum contains the required service-provider terms.' },
  { id: 'kc-canada-privacy', topic: 'privacy', question: 'Canadian privacy laws (PIPEDA, MFIPPA, FIPPA)', sentence: 'Kestrel Civic Software Canada Ltd is subject to PIPEDA for its own business. For municipalities it acts as a service provider and supports their duties under provincial laws such as Ontario MFIPPA and the BC and Alberta FIPPA, including keeping their data in Canada, and our Canadian addendum sets out those terms.' },
  { id: 'kc-gdpr', topic: 'privacy', question: 'Are you GDPR compliant?', sentence: 'The service is offered only to public bodies in the United States and Canada and holds no data in the EU, so we do not offer GDPR terms or EU Standard Contractual Clauses.' },
  { id: 'kc-dpa', topic: 'privacy', question: 'Will you sign a data processing or data sharing agreement?', yesno: 'yes', sentence: "Yes. Our standard Data Protection Addendum is part of every subscription, and after a legal review we also sign agencies' own data sharing agreements and state-specific terms, such as the Texas DIR data security addendum." },
  { id: 'kc-subprocessors', topic: 'privacy', question: 'Subprocessors', variants: ['Who are your third-party subprocessors?'], sentence: 'Our subprocessors are listed at kestrelcivic.example/subprocessors: Microsoft Azure (hosting and Azure OpenAI), Twilio SendGrid (email notifications), Twilio (SMS notifications), Elavon (card and ACH payments) and Zendesk (support tickets). Agencies that subscribe to the list are told 30 days before a new subprocessor is added and may object.' },
  { id: 'kc-dsar', topic: 'privacy', question: 'How do you support requests from individuals to access or delete their personal information?', sentence: 'Citizen Portal users can download their profile and submissions and ask the agency to delete their account, and administrators can search for a person by name, email or address, export what is found and purge it. Requests that reach Kestrel directly are passed to the agency within 3 business days.' },
  { id: 'kc-sell', topic: 'privacy', question: 'Do you sell personal information?', yesno: 'no', sentence: 'No. We never sell agency or applicant data, and we do not share it for advertising.' },
  { id: 'kc-hipaa', topic: 'privacy', question: 'Will you sign a HIPAA business associate agreement?', yesno: 'no', sentence: 'No. The service is not designed to hold protected health information and Kestrel does not sign HIPAA business associate agreements.' },
  { id: 'kc-privacy-officer', topic: 'privacy', question: 'Do you have a privacy officer?', yesno: 'yes', sentence: 'Yes. Our Privacy Officer, who works from the Ottawa office, can be reached at privacy@kestrelcivic.example.' },
  // ai
  { id: 'kc-ai-plancheck', topic: 'ai', question: 'Describe the AI plan review feature, how it reaches its findings, and how reviewers control it.', variants: ['AI Plan Check'], sentence: "On the Enterprise plan, AI Plan Check reads uploaded drawings and flags possible problems against the agency's adopted codes, such as setbacks, egress widths and missing sheets, citing the code section and the page behind each finding. Findings are suggestions only: a plan reviewer must accept or dismiss each one, and the AI never approves, rejects or issues a permit. The feature is off until an administrator turns it on." },
  { id: 'kc-ai-models', topic: 'ai', question: 'Which AI models and providers are used?', sentence: "AI Plan Check uses OpenAI GPT-4o models through Azure OpenAI Service, deployed in Kestrel's own Azure subscription in the agency's country (East US 2 for US agencies, Canada East for Canadian agencies). Microsoft has approved our opt-out from abuse monitoring, so prompts and drawings are not stored by Microsoft, and no other AI provider receives agency data." },
  { id: 'kc-ai-training', topic: 'ai', question: 'Is customer data used to train AI models?', variants: ['Training AI on customer data'], yesno: 'no', sentence: 'No. Drawings, records and reviewer decisions are not used to train or fine-tune any model, by Kestrel, Microsoft or OpenAI.' },
  { id: 'kc-ai-optout', topic: 'ai', question: 'Can AI features be turned off?', yesno: 'yes', sentence: 'Yes. AI Plan Check is off by default, and an Enterprise administrator can turn it on or off for each department at any time. The Essentials and Professional plans have no AI features.' },
  { id: 'kc-ai-governance', topic: 'ai', question: 'AI governance', sentence: 'An AI use policy, aligned with the NIST AI Risk Management Framework, governs our use of AI, and a review group of the CISO, the Privacy Officer and the VP Product must approve each AI feature before release. We are not certified to ISO/IEC 42001.' },
  { id: 'kc-ai-chat', topic: 'ai', question: 'Does the Citizen Portal use an AI chatbot?', yesno: 'no', sentence: 'No. The Citizen Portal has no AI chatbot, and applicants never receive AI-generated answers or decisions.' },
  // product
  { id: 'kc-payments', topic: 'product', question: 'How are permit and inspection fees paid online, and how is cardholder data kept out of your systems?', sentence: "Permit and inspection fees are paid by card or ACH e-check through Elavon's hosted payment fields embedded in the Citizen Portal, so card numbers go straight to Elavon and never reach Kestrel's servers; we keep only Elavon's payment tokens and receipts. Agencies can add convenience fees and refund through the staff app." },
  { id: 'kc-pci', topic: 'product', question: 'Are you PCI DSS compliant?', sentence: "Card data is captured only by Elavon's hosted payment fields. Kestrel completes a PCI DSS v4.0.1 Self-Assessment Questionnaire A every year, Elavon is a Level 1 PCI DSS service provider, and both attestations of compliance are available on request." },
  { id: 'kc-inspect-app', topic: 'product', question: 'Mobile inspection app', variants: ['Kestrel Inspect'], sentence: "Kestrel Inspect runs on iOS, iPadOS, Android and Windows tablets and works offline: an inspector's assigned inspections are stored on the device encrypted with AES-256 (SQLCipher) inside the app's sandbox and synchronised when a connection returns. The app must sync at least every 7 days, supports PIN or biometric unlock, and can be deployed and configured through Microsoft Intune, Workspace ONE or other MDM." },
  { id: 'kc-lost-device', topic: 'product', question: "What happens if an inspector's device is lost or stolen?", sentence: "An administrator revokes the device's session in the staff app, and Kestrel Inspect deletes its local data the next time it connects. Offline data is also deleted automatically after 7 days without a sync, and we recommend agencies also wipe the device through their MDM." },
  { id: 'kc-esignature', topic: 'product', question: 'Electronic signatures', sentence: 'Applicants and staff sign forms with a click-to-sign step that is recorded in the audit trail. On the Professional and Enterprise plans, approved plan sets are stamped with a digital signature (PAdES) that anyone can verify in Adobe Acrobat, and the DocuSign integration is available on Enterprise.' },
  { id: 'kc-gis', topic: 'product', question: 'Does the system integrate with Esri ArcGIS?', yesno: 'yes', sentence: "Yes. Kestrel reads parcel, zoning and address layers from the agency's ArcGIS Online or ArcGIS Enterprise through OAuth, and stores only an encrypted refresh token, not ArcGIS passwords." },
  { id: 'kc-malware-uploads', topic: 'product', question: 'Are uploaded files scanned for malware?', yesno: 'yes', sentence: 'Yes. Microsoft Defender for Storage scans every file uploaded by staff, applicants or the inspection app; infected files are blocked and the uploader is told. A single upload can be up to 2 GB.' },
  { id: 'kc-accessibility', topic: 'product', question: 'Accessibility', variants: ['Section 508 and VPAT'], sentence: 'The Citizen Portal and the staff web app aim to conform to WCAG 2.1 level AA and Section 508, and an outside firm audits the Citizen Portal every year. Our VPAT 2.5 (Rev 508) is dated March 2026 and lists known gaps in the plan-markup viewer.' },
  // appsec
  { id: 'kc-sdlc', topic: 'appsec', question: 'Describe how security is built into your software development lifecycle.', variants: ['Secure SDLC'], sentence: 'Security requirements follow OWASP ASVS Level 2; new features get a threat model, every merge request gets peer review, Semgrep and Snyk scans in GitLab CI, and changes to sign-in, payments or permissions need a security engineer\'s approval. Engineers complete Secure Code Warrior training every year.' },
  { id: 'kc-sast', topic: 'appsec', question: 'Static application security testing', sentence: 'Semgrep scans every merge request and the main branch, and high or critical findings block the merge until they are fixed or a security engineer accepts the risk.' },
  { id: 'kc-sca', topic: 'appsec', question: 'Do you produce a software bill of materials?', variants: ['Open-source dependency scanning'], yesno: 'yes', sentence: 'Yes. Snyk scans open-source dependencies and container images on every build, and we generate an SPDX SBOM for each release that any customer can request, with no NDA needed.' },
  { id: 'kc-code-review', topic: 'appsec', question: 'Are code changes peer reviewed before release?', yesno: 'yes', sentence: 'Yes. GitLab protected branches require approval from at least one engineer other than the author, and two approvals, including a code owner, for authentication and payments code.' },
  { id: 'kc-pentest', topic: 'appsec', question: 'Penetration testing', variants: ['Can we see your latest pen test report?'], visibility: 'nda', sentence: 'An independent CREST-accredited firm tests the staff app, Citizen Portal, Kestrel Inspect, the API and our Azure environment every year and after major releases; the latest test was in February 2026, and no critical or high findings remain open. We share an executive summary under NDA, not the full report.' },
  { id: 'kc-customer-pentest', topic: 'appsec', question: 'Can we run our own penetration test?', yesno: 'yes', sentence: "Yes. Agencies on any plan may test their own tenant after giving 15 business days' notice and agreeing to our rules of engagement; denial-of-service testing, social engineering and testing other tenants are not allowed." },
  { id: 'kc-bug-bounty', topic: 'appsec', question: 'Do you have a bug bounty program?', yesno: 'yes', sentence: 'Yes. Since 2023 we have run a public bug bounty program on Bugcrowd, with rewards from $100 to $7,500, and our vulnerability disclosure policy is linked from kestrelcivic.example/.well-known/security.txt.' },
  { id: 'kc-vuln-scan', topic: 'appsec', question: 'How often do you scan for vulnerabilities?', sentence: 'Tenable runs authenticated scans of every virtual machine each week, Microsoft Defender for Cloud scans container images continuously, and external attack-surface scans of our public endpoints run daily.' },
  { id: 'kc-remediation', topic: 'appsec', question: 'Vulnerability remediation timelines', variants: ['Patching SLAs'], sentence: 'We fix or mitigate critical vulnerabilities within 10 days, high within 30 days, medium within 90 days and low within 180 days; vulnerabilities on the CISA Known Exploited Vulnerabilities list in internet-facing systems are fixed within 48 hours. Laptop operating-system updates are installed within 14 days through Windows Autopatch and Intune.' },
  // change
  { id: 'kc-change', topic: 'change', question: 'Describe your change management process, including approvals, testing, deployment and emergency changes.', variants: ['Change control'], sentence: 'Every change is a GitLab merge request with peer approval and automated tests, passes through staging, and is deployed to AKS only by Argo CD from the main branch; authors cannot approve their own changes. Infrastructure changes are made in Terraform with the same review, and high-risk infrastructure changes also go to a weekly change advisory board. Emergency changes need the CTO\'s approval and are reviewed within 3 business days.' },
  { id: 'kc-release-notice', topic: 'change', question: 'Do you notify customers before releases?', yesno: 'yes', sentence: 'Yes. Release notes are published 5 business days before each monthly feature release. Enterprise agencies can defer a feature release for up to 30 days, for example to train their staff; security fixes are never deferred.' },
  // incident
  { id: 'kc-ir-plan', topic: 'incident', question: 'Incident response plan', variants: ['Do you have a documented incident response plan?'], sentence: 'Our incident response plan follows NIST SP 800-61, with severity levels, roles, escalation, evidence handling and customer communication. It is reviewed every year and rehearsed in tabletop exercises twice a year, and we keep an incident response retainer with Arctic Wolf for forensics.' },
  { id: 'kc-breach-notice', topic: 'incident', question: 'How quickly will you notify us of a breach?', variants: ['Breach notification'], sentence: "We notify affected agencies without undue delay and within 72 hours of confirming a security incident affecting their data, by phone and email to their designated contacts, with updates at least every 24 hours until it is closed." },
  { id: 'kc-past-incidents', topic: 'incident', question: 'Have you had a security breach in the last three years?', yesno: 'yes', sentence: 'Yes. In March 2024 a credential-stuffing attack took over 41 Citizen Portal applicant accounts at three agencies; no staff accounts or other data were affected. We notified the agencies within 36 hours, forced password resets, and added breached-password checks and bot protection.' },
  // governance and compliance
  { id: 'kc-infosec-policy', topic: 'governance', question: 'Do you have an information security policy?', yesno: 'yes', sentence: 'Yes. Our information security policy and its supporting policies are approved by the CEO and reviewed by the CISO every year. We share the policy index with any customer and the full policies under NDA.' },
  { id: 'kc-security-team', topic: 'governance', question: 'Who is responsible for information security?', sentence: 'Our CISO reports to the CEO and leads a security team of 11 in security engineering, detection, governance and privacy, supported by the Arctic Wolf SOC.' },
  { id: 'kc-soc2', topic: 'compliance', question: 'Do you have a SOC 2 Type II report?', yesno: 'yes', visibility: 'nda', sentence: 'Yes. We have an annual SOC 2 Type II report covering the Security, Availability and Confidentiality criteria for each calendar year, with a bridge letter on request. It is shared under NDA.' },
  { id: 'kc-iso27001', topic: 'compliance', question: 'Are you ISO 27001 certified?', yesno: 'no', sentence: 'No. Kestrel is not certified to ISO/IEC 27001; our SOC 2 Type II report and StateRAMP work cover our controls, and we plan to begin certification in 2027.' },
  { id: 'kc-stateramp', topic: 'compliance', question: 'StateRAMP status', variants: ['Are you StateRAMP authorized?'], sentence: 'Kestrel has held StateRAMP Ready status at the Moderate impact level since August 2025, after a third-party assessment. We are not yet StateRAMP Authorized and expect authorization in mid-2027.' },
  { id: 'kc-txramp', topic: 'compliance', question: 'Are you TX-RAMP certified?', yesno: 'yes', sentence: 'Yes. Kestrel holds TX-RAMP Level 2 certification, valid until October 2027, so it can serve Texas state agencies and local governments that require it.' },
  { id: 'kc-fedramp', topic: 'compliance', question: 'Are you FedRAMP authorized?', yesno: 'no', sentence: 'No. Kestrel is not FedRAMP authorized and is not pursuing FedRAMP; it serves state, provincial and local governments.' },
  { id: 'kc-cjis', topic: 'compliance', question: 'Can the system store criminal justice information under the CJIS Security Policy?', yesno: 'no', sentence: 'No. The service is not designed for criminal justice information, we do not sign the CJIS Security Addendum, and agencies must not store CJI in code enforcement cases.' },
  { id: 'kc-soc1', topic: 'compliance', question: 'Do you provide a SOC 1 report?', yesno: 'no', sentence: 'No. We do not provide SOC 1 reports; fees are collected through Elavon and posted to the agency\'s own financial system, and our SOC 2 Type II covers our controls.' },
  { id: 'kc-caiq', topic: 'compliance', question: 'Standard security questionnaires', variants: ['Do you have a completed CAIQ or SIG?'], sentence: 'We keep a completed CSA CAIQ v4.0.3 and a SIG Lite 2025 questionnaire, updated every year and shared under NDA. We do not maintain a HECVAT, as we do not serve higher education.' },
  { id: 'kc-insurance', topic: 'compliance', question: 'Cyber insurance', sentence: 'We carry cyber liability insurance with a $10 million limit and technology errors and omissions insurance with a $5 million limit. Certificates of insurance are available on request, and we can name an agency as an additional insured.' },
  // hr
  { id: 'kc-background', topic: 'hr', question: 'Background checks', variants: ['Do you screen employees before hire?'], sentence: 'Before they start, US employees and contractors pass county and federal criminal checks covering seven years, an SSN trace and employment and education verification through Sterling, and Canadian staff pass a police information check and employment verification. The checks are repeated every five years.' },
  { id: 'kc-training', topic: 'hr', question: 'How often do employees complete security awareness training?', sentence: 'Employees and contractors complete security and privacy awareness training within 14 days of joining and every year after, engineers also take role-based secure coding training, and KnowBe4 phishing simulations run every quarter. Completion in 2025 was 98%.' },
  { id: 'kc-nda', topic: 'hr', question: 'Do staff sign confidentiality agreements?', yesno: 'yes', sentence: 'Yes. Every employee and contractor signs a confidentiality agreement before getting any access, and it continues after they leave.' },
  { id: 'kc-headcount', topic: 'hr', question: 'Number of employees', sentence: 'Kestrel has about 310 employees: about 250 in the United States, in Denver and working remotely, and about 60 in Canada, mostly in Ottawa.' },
  { id: 'kc-offshore', topic: 'hr', question: 'Do you use offshore resources?', sentence: 'A contracted quality assurance team of 12 people in San José, Costa Rica, works only in test environments with synthetic data and has no access to production or agency data. Everyone who can reach agency data is in the United States or Canada.' },
  { id: 'kc-us-persons', topic: 'hr', question: 'Is our data accessed only by US citizens?', yesno: 'no', sentence: 'No. Staff who can reach US agency data work in the United States and Canada, and we do not restrict access by citizenship.' },
  // vendors
  { id: 'kc-vendor-risk', topic: 'vendors', question: 'Third-party risk management', variants: ['How do you assess the security of your suppliers?'], sentence: 'Suppliers are risk-rated before we sign; those that handle agency data go through a security review, must have a SOC 2 Type II report or ISO 27001 certificate, and are reassessed every year. Their contracts require confidentiality, breach notice within 48 hours and our data protection terms.' },
  // endpoint
  { id: 'kc-endpoint', topic: 'endpoint', question: 'What security controls are enforced on the laptops and other devices your staff use to reach agency data?', variants: ['Endpoint security'], sentence: 'Laptops are managed with Microsoft Intune and run Microsoft Defender for Endpoint, full-disk encryption, a screen lock after 10 minutes idle and USB storage blocking. Users have no local administrator rights; elevation goes through Intune Endpoint Privilege Management.' },
  { id: 'kc-byod', topic: 'endpoint', question: 'Can employees access customer data from personal devices?', yesno: 'no', sentence: 'No. Agency data and production can be reached only from company-managed laptops. Personal phones may be used for Outlook and Teams only, through Intune app protection policies.' },
  // physical
  { id: 'kc-offices', topic: 'physical', question: 'Office physical security', sentence: 'The Denver and Ottawa offices use badge access with logs kept for 12 months, CCTV at the entrances, and visitors who sign in and are escorted. No agency data or servers are kept in the offices.' },
  { id: 'kc-dc-visit', topic: 'physical', question: 'Can we visit your data centers?', yesno: 'no', sentence: "No. The service runs in Microsoft Azure data centres, which do not admit customer visits; Microsoft's SOC 2 and ISO 27001 reports cover their physical controls." },
  // business
  { id: 'kc-company', topic: 'business', question: 'Company overview', sentence: 'Kestrel Civic Software, Inc. is a privately held Delaware corporation founded in 2011 and headquartered in Denver, Colorado, with a Canadian subsidiary, Kestrel Civic Software Canada Ltd, in Ottawa. About 620 cities, counties and special districts use the service.' },
  { id: 'kc-plans', topic: 'business', question: 'Plans and editions', sentence: 'Essentials includes permits, inspections, the Citizen Portal and the audit trail with a 99.5% SLA. Professional adds SSO, the API, digital plan stamps and a 99.9% SLA. Enterprise adds SCIM, customer-managed keys, IP restriction, audit log streaming, custom roles, a sandbox, AI Plan Check, DocuSign, release deferral, a 99.95% SLA and 24x7 phone support.' },
  { id: 'kc-support', topic: 'business', question: 'What are your support hours and response times?', sentence: 'Phone, email and chat support runs from 7:00 Eastern to 19:00 Pacific on business days; Enterprise agencies also get a 24x7 phone line for critical issues. Critical issues get a first response within 1 hour on Enterprise and within 2 business hours on the other plans.' },
];

export const TWELFTH_BLIND: readonly Labelled[] = [
  ['IAM-02: Does the solution support federated authentication of agency employees through SAML 2.0?', 'kc-sso'],
  ['Is SSO included with the Essentials subscription?', 'kc-sso'],
  ['Hi, quick one from our IT director: can residents who apply for permits log in using their Google account? Thanks, Maria (Purchasing)', 'kc-citizen-login'],
  ['Is multi-factor authentication mandatory for citizen / public user accounts?', 'kc-citizen-login'],
  ['Does the public portal integrate with ID.me for identity proofing of applicants?', 'kc-logingov'],
  ['Does the Citizen Portal verify the identity of applicants by checking a government-issued ID document?', null],
  ['MFA for application users (Y/N)', 'kc-mfa-users'],
  ['Are one-time passcodes by text message offered as a second factor?', 'kc-mfa-users'],
  ['Are RSA SecurID hardware tokens supported for end-user MFA?', null],
  ['Can our staff sign in passwordless, using a passkey instead of a password?', null],
  ['Describe the multi-factor authentication your workforce uses, in particular for access to cloud administration consoles.', 'kc-mfa-workforce'],
  ['Do Kestrel administrators use phishing-resistant MFA to reach production?', 'kc-mfa-workforce'],
  ['Minimum password length for application accounts', 'kc-passwords'],
  ['Does the application lock an account after repeated failed logins, and after how many attempts?', 'kc-passwords'],
  ["Our city's IT policy requires passwords to expire every 90 days. Can the application enforce that for our staff?", 'kc-passwords'],
  ["What is the password policy for Kestrel's own employees on the corporate network?", null],
  ['Idle session timeout (minutes)', 'kc-session'],
  ['Can the inactivity timeout be set to 8 hours for our field inspectors?', null],
  ['Does the application limit the number of concurrent sessions a single user can have?', null],
  ['Does the product provide role-based access with roles such as inspector and plan reviewer?', 'kc-rbac'],
  ['Can we create our own custom roles on the Professional plan?', null],
  ["Can access be restricted by department, so that building division staff can't open code enforcement cases?", 'kc-rbac'],
  ['SCIM 2.0 support', 'kc-scim'],
  ['We use Okta. When we disable someone in Okta, will their Kestrel account be deactivated automatically?', 'kc-scim'],
  ['Is SCIM provisioning available on every plan?', null],
  ['Is just-in-time user provisioning through SAML assertions supported?', null],
  ['Is administrative access to production time-bound and approved by a second person?', 'kc-privileged'],
  ['Do you use CyberArk or a similar password vault for privileged credentials?', null],
  ['User access recertification frequency', 'kc-access-reviews'],
  ['Upon termination of an employee, within what timeframe are all logical access rights revoked?', 'kc-offboarding'],
  ['Are generic or shared administrator IDs permitted? (Y/N)', 'kc-shared-accounts'],
  ['Under what circumstances would Kestrel personnel access our permit data, and are we informed when they do?', 'kc-support-access'],
  ["Can we restrict staff logins to the City's network IP ranges?", 'kc-ip-restrict'],
  ['Can the public-facing portal be locked down to specific IP addresses?', 'kc-ip-restrict'],
  ['API authentication method', 'kc-api-auth'],
  ['Does the API support mutual TLS with client certificates?', null],
  ['EKM-03: Is customer data, including attachments and plan sets, encrypted at rest?', 'kc-enc-rest'],
  ['Minimum TLS version accepted', 'kc-enc-transit'],
  ['Good afternoon, our CISO asked me to confirm whether the County can hold the encryption keys for its data in its own Azure Key Vault. Kind regards, Procurement Office', 'kc-cmk'],
  ['Customer-managed keys available on the Professional tier? Y/N', null],
  ['If we revoke our key, how quickly does our data become unreadable?', 'kc-cmk'],
  ['Describe how encryption keys are rotated and who is able to administer them.', 'kc-key-mgmt'],
  ['Are all cryptographic modules used by the service FIPS 140-2 or 140-3 validated?', null],
  ['Do you use Azure Managed HSM or Azure Dedicated HSM?', null],
  ['Full-disk encryption on employee workstations', 'kc-laptop-enc'],
  ['What steps do we follow to configure SAML SSO with our ADFS server?', null],
  ['Are sensitive fields such as applicant SSNs encrypted at the field level within the database?', null],
  ['Which SIEM platform aggregates your security logs?', 'kc-siem'],
  ['Is Splunk your SIEM?', null],
  ['Is your security operations center staffed 24x7x365?', 'kc-soc'],
  ['Do you perform proactive threat hunting?', null],
  ['Security log retention period (months)', 'kc-log-retention'],
  ['Are security logs retained for a minimum of seven years?', null],
  ['LOG-04: Are audit logs protected from unauthorised modification or deletion, including by administrators?', 'kc-log-integrity'],
  ['Does the application record changes to fee amounts, and who made them?', 'kc-audit-trail'],
  ['Can audit events be forwarded automatically to our Splunk instance?', 'kc-audit-stream'],
  ['Do you use intrusion detection or prevention systems? Please describe.', 'kc-ids'],
  ['Is anti-malware software installed on your production servers?', 'kc-ids'],
  ['Do you have file integrity monitoring on production servers?', null],
  ['Are system clocks synchronised to an authoritative time source (NTP)?', null],
  ['Describe network segmentation between production and corporate networks.', 'kc-network'],
  ['DDoS mitigation', null],
  ['Do employees connect to internal resources through a VPN?', 'kc-remote-access'],
  ['Can we connect to the service over Azure ExpressRoute or a site-to-site IPsec tunnel?', 'kc-private-conn'],
  ['Are notification emails DMARC-aligned, and can they be sent from our own .gov domain?', 'kc-email-security'],
  ['Do you perform egress filtering of outbound traffic from production?', null],
  ['Hosting location (provider and region)', 'kc-data-location'],
  ['The Contractor shall maintain all State data, including backups, within the continental United States.', 'kc-data-location'],
  ['Our Ontario municipality requires personal information to remain in Canada, including backup copies. Can you meet this requirement?', 'kc-canada'],
  ['Do you host in Azure Government or GCC High?', 'kc-govcloud'],
  ["Is our data logically segregated from other municipalities' data?", 'kc-multitenancy'],
  ['Is an on-premises version available?', 'kc-single-tenant'],
  ['Do you provide a non-production training environment for our staff?', 'kc-sandbox'],
  ['Is live customer data ever copied into your development or QA environments?', 'kc-prod-data-test'],
  ['Are developers kept out of the production environment by default?', 'kc-env-sep'],
  ['Is the application hosted in a Tier III or higher data center?', null],
  ['Describe the high-availability architecture of the application within a region.', 'kc-ha'],
  ['How frequently are database backups performed?', 'kc-backups'],
  ['Backup retention (days)', 'kc-backup-retention'],
  ['Backup media encryption', 'kc-backup-enc'],
  ['How frequently do you test restoring data from backup?', 'kc-restore-test'],
  ['RTO/RPO?', 'kc-rpo-rto'],
  ['Is your recovery time objective 4 hours or less?', null],
  ['When was your disaster recovery plan last tested, and what was the outcome?', 'kc-dr'],
  ['Is your business continuity management system certified to ISO 22301?', 'kc-bcp'],
  ['Is replication to the DR region synchronous or asynchronous?', null],
  ['What monthly availability do you guarantee on the Enterprise tier, and are service credits paid when it is missed?', 'kc-sla'],
  ['Do you commit to 99.99% uptime?', null],
  ['Is there a public status page where outages are posted?', null],
  ['When are scheduled maintenance windows, and how much notice is given?', null],
  ['What is your plan if Microsoft Azure suffers a prolonged outage across all US regions at once?', null],
  ['At contract termination, how will Kestrel return our data and in what format?', 'kc-termination'],
  ['After the contract is finish, how many time the backups still keep our data?', 'kc-termination'],
  ['Can we download a full copy of our database whenever we want?', 'kc-export'],
  ["Does the system support our state's records retention schedule, e.g. keeping building permits permanently and inspection records for 10 years?", 'kc-records-retention'],
  ['How would our clerk respond to a public records request for every document on a given parcel?', 'kc-public-records'],
  ['Will Kestrel respond to FOIA requests it receives directly about our records?', 'kc-public-records'],
  ['Who owns the data entered into the system by our staff and applicants?', 'kc-data-ownership'],
  ["Can an applicant's portal account be purged at their request?", 'kc-deletion-request'],
  ['4.3 Do you have DLP technology deployed to detect and prevent exfiltration of sensitive data?', 'kc-dlp'],
  ['Which fields of a permit record can the public see?', 'kc-public-data'],
  ['Data classification scheme', null],
  ['Are you compliant with CCPA/CPRA?', 'kc-ccpa'],
  ['Please confirm compliance with MFIPPA for Ontario municipalities.', 'kc-canada-privacy'],
  ['Do you comply with the EU General Data Protection Regulation?', 'kc-gdpr'],
  ['Will you execute our standard Data Sharing Agreement?', 'kc-dpa'],
  ['The Contractor shall disclose all subcontractors that will store or process Agency data.', 'kc-subprocessors'],
  ['If a resident asks for all the personal information we hold on them, how does the system help us respond?', 'kc-dsar'],
  ['Do you sell or share personal information for targeted advertising?', 'kc-sell'],
  ['Will you sign a BAA?', 'kc-hipaa'],
  ['URL of your privacy notice', null],
  ['Do you collect Social Security numbers from applicants?', null],
  ['Name and contact details of your privacy officer', 'kc-privacy-officer'],
  ['Have you carried out a privacy impact assessment for the product?', null],
  ['Does the product use artificial intelligence or machine learning? If so, describe it.', 'kc-ai-plancheck'],
  ['Can the AI approve or reject a permit application on its own?', 'kc-ai-plancheck'],
  ['Which LLM provider processes our drawings?', 'kc-ai-models'],
  ['Where does AI processing take place for Canadian tenants?', 'kc-ai-models'],
  ['Will our plan sets be used to train the AI model?', 'kc-ai-training'],
  ['Can the AI features be disabled for our agency?', 'kc-ai-optout'],
  ['Are you certified to ISO/IEC 42001?', 'kc-ai-governance'],
  ['Does the resident-facing portal include a chatbot?', 'kc-ai-chat'],
  ['Has the AI been tested for bias against particular neighborhoods or demographic groups?', null],
  ['Is your AI feature subject to an independent algorithmic audit?', null],
  ['How are credit card payments for permit fees handled? Do card numbers touch your servers?', 'kc-payments'],
  ['PCI DSS compliance status (SAQ type)', 'kc-pci'],
  ['Do you support Apple Pay and Google Pay for fee payments?', null],
  ['Inspectors go to rural area with no signal, the app is still working?', 'kc-inspect-app'],
  ['How is inspection data stored on the tablet protected?', 'kc-inspect-app'],
  ['An inspector left an iPad in a truck that was then stolen. What steps should we take?', 'kc-lost-device'],
  ['Is the mobile app compatible with our MDM (Workspace ONE)?', 'kc-inspect-app'],
  ['Do electronically approved plans carry a verifiable digital signature?', 'kc-esignature'],
  ['Does the system integrate with ArcGIS Enterprise?', 'kc-gis'],
  ['Can Kestrel post fees to Tyler Munis for general ledger reconciliation?', null],
  ['Are uploaded documents scanned for viruses?', 'kc-malware-uploads'],
  ['Maximum file size for an uploaded plan set', 'kc-malware-uploads'],
  ['Do you have a current VPAT for the Citizen Portal?', 'kc-accessibility'],
  ['Is the Citizen Portal available in Spanish?', null],
  ['AIS-04: Is there a documented SDLC that includes security requirements, testing and review?', 'kc-sdlc'],
  ['SAST tool used', 'kc-sast'],
  ['Can you provide an SBOM for the current release?', 'kc-sca'],
  ['Is dynamic application security testing performed? How often?', null],
  ['Are all code changes reviewed by someone other than the author before merging to main?', 'kc-code-review'],
  ['How are API keys and database credentials stored in your environment?', null],
  ['Hello Kestrel team, before we can proceed to award we need to know when your last independent penetration test took place and whether you can share the results. Thank you, J. Okafor, Purchasing Agent', 'kc-pentest'],
  ["May the City's security contractor perform a penetration test against our tenant?", 'kc-customer-pentest'],
  ['Do you operate a vulnerability disclosure or bug bounty programme?', 'kc-bug-bounty'],
  ['Frequency of internal and external vulnerability scans', 'kc-vuln-scan'],
  ['TVM-03: What are your remediation timeframes for critical vulnerabilities?', 'kc-remediation'],
  ['Are all critical vulnerabilities remediated within 72 hours?', null],
  ['Do you offer source code escrow?', null],
  ['Are penetration test findings retested by the testing firm after remediation?', null],
  ['CCC-01: Are changes to production documented, tested and approved before implementation?', 'kc-change'],
  ['Can we delay new feature releases until our staff have been trained?', 'kc-release-notice'],
  ['Please provide a summary of your incident response plan.', 'kc-ir-plan'],
  ['Do you have a digital forensics / incident response retainer?', 'kc-ir-plan'],
  ['Breach notification timeframe (hours)', 'kc-breach-notice'],
  ['The Contractor shall notify the State within one (1) hour of discovering a suspected security incident.', null],
  ['Have you experienced any data breaches or security incidents involving customer data in the past 36 months? If yes, describe.', 'kc-past-incidents'],
  ['What specific controls protect your environment against ransomware?', null],
  ['Will you take part in our own incident response tabletop exercises?', null],
  ['Do you maintain a written information security program?', 'kc-infosec-policy'],
  ['Which control framework is your security program based on?', null],
  ['How often are formal risk assessments conducted?', null],
  ['Who leads your security program and to whom do they report?', 'kc-security-team'],
  ['Please provide your most recent SOC 2 Type 2 report.', 'kc-soc2'],
  ['Does your SOC 2 report include the Privacy trust services criterion?', null],
  ['ISO 27001 certificate (attach)', 'kc-iso27001'],
  ['Is your solution StateRAMP Authorized? If not, what is your current status?', 'kc-stateramp'],
  ['TX-RAMP certification level', 'kc-txramp'],
  ['FedRAMP Moderate authorization (Y/N)', 'kc-fedramp'],
  ['Are you compliant with the FBI CJIS Security Policy?', 'kc-cjis'],
  ['Please provide your SOC 1 Type II report for our financial auditors.', 'kc-soc1'],
  ['Do you have a completed HECVAT?', 'kc-caiq'],
  ['Are you CMMC certified?', null],
  ['Do you carry cyber liability insurance, and with what limits?', 'kc-insurance'],
  ['HRMG-02: Are criminal background checks performed on all personnel with access to institutional data?', 'kc-background'],
  ['Does pre-employment screening include fingerprint-based checks?', null],
  ['Security awareness training frequency', 'kc-training'],
  ['Confidentiality agreements for staff and contractors', 'kc-nda'],
  ['Total headcount', 'kc-headcount'],
  ['Are any personnel located outside the US and Canada?', 'kc-offshore'],
  ['The Contractor shall ensure that only U.S. citizens access County data. Describe how you comply.', 'kc-us-persons'],
  ['Is there a disciplinary process for employees who violate security policies?', null],
  ['Must employees acknowledge the acceptable use policy every year?', null],
  ['SIG Lite C.1: Is there a third-party risk management program that assesses vendors with access to scoped data?', 'kc-vendor-risk'],
  ['What endpoint protection (EDR) is deployed on employee workstations?', 'kc-endpoint'],
  ['Are USB mass-storage devices blocked on staff laptops?', 'kc-endpoint'],
  ['BYOD policy', 'kc-byod'],
  ['Physical access controls at your offices', 'kc-offices'],
  ['Can our auditors tour the data center that hosts our data?', 'kc-dc-visit'],
  ['Describe environmental controls (fire suppression, UPS) at the hosting data centers.', null],
  ['Year founded and ownership structure', 'kc-company'],
  ['Which features are included in each subscription tier?', 'kc-plans'],
  ['What are your support hours, and is 24/7 phone support available?', 'kc-support'],
  ['Typical implementation timeline', null],
  ['Please provide three references from municipalities of similar size.', null],
  ['Audited financial statements for the last two fiscal years', null],
  ['Is Kestrel a certified minority- or woman-owned business (MWBE)?', null],
  ['Describe any pending litigation against the company.', null],
];

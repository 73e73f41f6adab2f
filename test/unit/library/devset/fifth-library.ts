/**
 * A fifth library and two question sets for it, written on 2026-12-07 by a helper that had not
 * read or run the matcher's code (nothing under src/ was opened, and no test, report or evaluation
 * was run on this set; only the type checker was). Its first run, at 73d6891 by another engineer,
 * gave FIFTH_DEV 90.6% precision / 50.5% recall (117 filled, 106 right; 18 Yes/No, none from
 * another entry) and FIFTH_BLIND 81.7% / 35.0% (60 filled, 49 right; 11 Yes/No, one of them a Yes
 * from an entry other than the label). Those counted a strong match of an internal entry as a fill;
 * counted as what is written (the evaluation since), the same run gives FIFTH_DEV 92.2% (115 filled)
 * and FIFTH_BLIND 86.0% (57 filled, 49 right). One question of FIFTH_BLIND was then read, the only
 * one whose Yes came from an entry other than its label ("Is WebAuthn supported as an MFA method for
 * end users?", Yes from the authenticator-app entry); the other 199 were never read.
 * FIFTH_DEV (300 questions) is meant to be read error by error; FIFTH_BLIND (200 questions) is to
 * be read only as a figure, never error by error, so that it stays blind.
 *
 * The library is of a fifth fictional company, Quayside Health: a US health-tech SaaS for clinic
 * scheduling and patient intake (the Quayside Console web app for clinic staff, Quayside Patient
 * apps for iOS and Android, and an HL7 FHIR R4 API), sold in Essentials, Professional and
 * Enterprise tiers. It has about 220 employees, offices in Boston (headquarters) and Austin, remote
 * staff across the US, and a support team of about 35 in Manila, the Philippines, who can view
 * customer PHI (offshore access is Yes; data is stored only in the US). It is hosted on Google Cloud
 * in us-central1 with a standby and backups in us-east4, behind Cloudflare. It signs HIPAA BAAs, has
 * a SOC 2 Type 2 report for Security, Availability and Confidentiality (not Privacy or Processing
 * Integrity), is HITRUST r2 certified, and is not ISO 27001, FedRAMP, StateRAMP or ONC certified.
 * Internally it uses Microsoft Entra ID and Microsoft 365, Intune on Windows laptops and some Macs,
 * CrowdStrike Falcon (with Falcon Complete MDR), Splunk Cloud, GitLab with Snyk, Tenable, Burp Suite
 * Enterprise, an annual penetration test by an outside firm and a public Bugcrowd bug bounty.
 * Customers get SAML and OIDC SSO (not on Essentials), TOTP and SMS MFA, no SCIM, no security
 * keys or passkeys, no IP allowlisting, CMEK on Enterprise only, an intake-summary LLM that runs in
 * Quayside's own Google Cloud project, WCAG 2.1 AA patient apps and a VPAT; it follows the CCPA and
 * does not do GDPR or EU hosting. US staff are background checked; the Manila staff are not.
 *
 * The entries are written unlike a team's canonical library, as if imported from past
 * questionnaires: each question is a long questionnaire-style question ("Does the vendor encrypt
 * all ePHI at rest ...? If so, describe ..."), about half carry one to four variants (terse headers
 * or other long phrasings), and answers run from one short sentence to five or six covering
 * several points, in American English. yesno is set only where the question is plainly polar and
 * the answer truly opens with that Yes or No, including honest Noes (SCIM, security keys, IP
 * allowlisting, VPN, data outside the US, EU hosting, single tenancy, on-premises, own data
 * centers, full pentest report, customer pentesting, production data in test, breaches,
 * regulatory actions, cardholder data, ISO 27001, FedRAMP, ONC, GDPR, selling data, third-party AI,
 * staff use of public AI, a staff mobile app, PHI in reminders, source code escrow). Six entries
 * are visibility: 'internal' and label no question. Ids are 'qh-...'.
 *
 * Both sets are worded differently from the entries and from each other, in the phrasing of real
 * questionnaires: HECVAT-style items, SIG Lite and CAIQ v4 items with ids, HIPAA Security Rule
 * citations (§164.308, §164.312, §164.410), hospital vendor-risk forms ("the Covered Entity"),
 * state-agency RFP "shall"/"must" clauses, spreadsheet column headers, checkbox lists, terse
 * one-liners, chatty procurement emails, some non-native English, bounds ("within 24 hours", "at
 * least annually", "at least 4096 bits") and compounds. Each is labelled with the id of the entry
 * whose answer fully and truthfully answers it as asked (with the same yes/no polarity where it is
 * polar and the entry has a yesno, and meeting any stated bound), or null when none does: stricter
 * bounds than the entry states, the opposite polarity (including questions asked the other way
 * round from an entry's yesno), compounds needing two entries, nearby subjects the library lacks,
 * the customer doing what an entry says Quayside does, products and providers no entry names,
 * details a covered answer does not state, sibling subjects, and questions only an internal entry
 * would answer. A question that an entry's own honest No answers is labelled with that entry.
 * When in doubt the label is null: 90 of the 300 in FIFTH_DEV (30%) and 60 of the 200 in
 * FIFTH_BLIND (30%) are null. No question appears in both sets.
 */
import type { DevEntry } from './entries';
import type { Labelled } from './questions';

/** Every id an entry may have; labels may use only the public ones. */
type QhId =
  | 'qh-sso' | 'qh-scim' | 'qh-mfa-customers' | 'qh-hardware-keys' | 'qh-mfa-workforce' | 'qh-password-policy'
  | 'qh-sessions' | 'qh-rbac' | 'qh-access-reviews' | 'qh-offboarding' | 'qh-privileged-access' | 'qh-shared-accounts'
  | 'qh-api-auth' | 'qh-ip-allowlist' | 'qh-patient-accounts'
  | 'qh-encryption-rest' | 'qh-cmek' | 'qh-tls' | 'qh-internal-encryption' | 'qh-key-management' | 'qh-fips'
  | 'qh-laptop-encryption' | 'qh-email-encryption' | 'qh-field-encryption'
  | 'qh-audit-logging' | 'qh-customer-audit-log' | 'qh-log-retention' | 'qh-siem' | 'qh-monitoring-247'
  | 'qh-log-integrity' | 'qh-ids' | 'qh-time-sync' | 'qh-phi-in-logs'
  | 'qh-firewall' | 'qh-segmentation' | 'qh-ddos-waf' | 'qh-vpn' | 'qh-hardening' | 'qh-wireless' | 'qh-email-security'
  | 'qh-hosting' | 'qh-data-location-us' | 'qh-offshore' | 'qh-eu-residency' | 'qh-multitenancy' | 'qh-single-tenant'
  | 'qh-on-prem' | 'qh-data-centers' | 'qh-cloud-baa'
  | 'qh-sdlc' | 'qh-dast' | 'qh-dependency' | 'qh-secure-coding-training'
  | 'qh-pentest' | 'qh-pentest-report' | 'qh-customer-pentest' | 'qh-bug-bounty' | 'qh-vuln-scanning' | 'qh-vuln-sla'
  | 'qh-patching'
  | 'qh-change-mgmt' | 'qh-emergency-change' | 'qh-segregation-duties' | 'qh-customer-change-notice' | 'qh-environments'
  | 'qh-bcp' | 'qh-dr' | 'qh-backups' | 'qh-uptime-sla' | 'qh-status-page' | 'qh-redundancy'
  | 'qh-ir-plan' | 'qh-incident-notification' | 'qh-breach-history' | 'qh-regulatory-actions' | 'qh-forensics'
  | 'qh-report-incident'
  | 'qh-subprocessors' | 'qh-vendor-risk' | 'qh-baa' | 'qh-vendor-flowdown' | 'qh-payment-card'
  | 'qh-background-checks' | 'qh-confidentiality-agreements' | 'qh-training' | 'qh-disciplinary' | 'qh-contractors'
  | 'qh-company' | 'qh-security-team'
  | 'qh-policies' | 'qh-risk-assessment' | 'qh-asset-inventory' | 'qh-data-classification'
  | 'qh-soc2' | 'qh-hitrust' | 'qh-iso27001' | 'qh-fedramp' | 'qh-hipaa-compliance' | 'qh-onc-cert'
  | 'qh-privacy-program' | 'qh-ccpa' | 'qh-gdpr' | 'qh-sell-data' | 'qh-secondary-use' | 'qh-patient-rights'
  | 'qh-minimum-necessary'
  | 'qh-data-retention' | 'qh-data-deletion' | 'qh-data-export' | 'qh-media-disposal' | 'qh-phi-data-elements'
  | 'qh-data-ownership'
  | 'qh-ai-features' | 'qh-ai-third-party' | 'qh-ai-governance' | 'qh-employee-ai'
  | 'qh-accessibility' | 'qh-languages'
  | 'qh-cyber-insurance' | 'qh-eo-insurance' | 'qh-other-insurance'
  | 'qh-edr' | 'qh-mdm' | 'qh-byod' | 'qh-removable-media' | 'qh-dlp'
  | 'qh-office-physical'
  | 'qh-mobile-security' | 'qh-mobile-biometrics' | 'qh-staff-mobile-app' | 'qh-notifications-phi' | 'qh-platforms'
  | 'qh-support-hours' | 'qh-support-access' | 'qh-implementation' | 'qh-ehr-integrations' | 'qh-sandbox'
  | 'qh-source-escrow';

/** Internal entries: they answer nothing a customer is sent, so no question is labelled with them. */
type QhInternalId =
  | 'qh-int-breakglass' | 'qh-int-pentest-findings' | 'qh-int-ir-contacts' | 'qh-int-manila-screening'
  | 'qh-int-ai-roadmap' | 'qh-int-insurance';

type QhEntry = DevEntry & { id: QhId | QhInternalId };
type Q = readonly [question: string, entry: QhId | null];

const ENTRIES = [
  // identity
  { id: 'qh-sso', topic: 'identity', question: "Does the vendor's application support federated single sign-on for the Covered Entity's workforce using SAML 2.0 or OpenID Connect? If so, list the identity providers that have been tested.", variants: ["SSO support (SAML/OIDC)", "Can clinic staff authenticate to the web application through our enterprise identity provider rather than a separate vendor password?"], yesno: 'yes', sentence: "Yes. Clinic staff can sign in to the Quayside Console through the customer's own identity provider using SAML 2.0 or OpenID Connect. We have tested and documented setups for Microsoft Entra ID, Okta, Ping Identity and Google Workspace, and any standards-compliant provider should work. SSO is included on the Professional and Enterprise tiers but not on Essentials. When an administrator enforces SSO, password sign-in is switched off for every staff account in that organization." },
  { id: 'qh-scim', topic: 'identity', question: "Does the application support automated user provisioning and de-provisioning through SCIM 2.0 or a comparable interface from the customer's identity provider?", variants: ["SCIM provisioning"], yesno: 'no', sentence: "No. Quayside does not support SCIM today. Customer administrators add and remove staff users in the Console, one at a time or in bulk by CSV upload. With SSO enforced, a user who is disabled in the customer's identity provider can no longer sign in, but the Quayside user account itself is not removed automatically." },
  { id: 'qh-mfa-customers', topic: 'identity', question: "Does the application provide multi-factor authentication for end users, and can the customer enforce MFA for all of its accounts? Describe the factors supported.", variants: ["MFA for application users", "2-step verification options for clinic staff logins"], yesno: 'yes', sentence: "Yes. Staff users of the Quayside Console can enroll an authenticator app (TOTP) or receive one-time codes by SMS, and an Organization Admin can require MFA for every user in the organization. Users who sign in through SSO use their identity provider's MFA instead. Patients can turn on SMS codes for their own app accounts." },
  { id: 'qh-hardware-keys', topic: 'identity', question: "Does the application support phishing-resistant authenticators, such as FIDO2/WebAuthn security keys or passkeys, for customer users?", yesno: 'no', sentence: "No. Security keys, passkeys and WebAuthn are not supported for sign-in to the Console or the patient apps; the second factors available are TOTP authenticator apps and SMS codes. Customers who need phishing-resistant MFA for their staff can require it in their own identity provider and enforce SSO." },
  { id: 'qh-mfa-workforce', topic: 'identity', question: "Is multi-factor authentication enforced for all vendor personnel, including contractors and offshore staff, for remote access, email and administrative access to systems that store or process ePHI?", variants: ["Workforce MFA", "Do your employees use 2FA?"], yesno: 'yes', sentence: "Yes. Every Quayside employee and contractor, including the Manila support team, signs in through Microsoft Entra ID with Microsoft Authenticator using number matching, enforced by Conditional Access for Microsoft 365 and every application federated with Entra ID. Engineers with production access must also use a FIDO2 security key to reach the Google Cloud console and command line." },
  { id: 'qh-password-policy', topic: 'identity', question: "Describe the password requirements the application enforces for user accounts, including minimum length, complexity, expiration, lockout and how passwords are stored.", variants: ["Password policy"], sentence: "Console and patient app passwords must be at least 12 characters long and are checked against a list of known breached passwords; we do not force periodic changes, following NIST SP 800-63B. After 5 failed attempts an account is locked for 15 minutes. Passwords are stored only as salted bcrypt hashes." },
  { id: 'qh-sessions', topic: 'identity', question: "Does the application automatically terminate or lock user sessions after a defined period of inactivity, consistent with the automatic logoff specification of 45 CFR §164.312(a)(2)(iii)?", yesno: 'yes', sentence: "Yes. Console sessions lock after 15 minutes of inactivity by default, and an Organization Admin can set the timeout anywhere from 5 to 60 minutes. Patient app sessions end after 10 minutes in the background and can be resumed with Face ID, Touch ID or Android biometrics." },
  { id: 'qh-rbac', topic: 'identity', question: "Does the application support role-based access control so that the customer can limit each user to the minimum necessary PHI? Describe the roles available.", variants: ["User roles and permissions", "RBAC - describe"], yesno: 'yes', sentence: "Yes. The Console has five built-in roles: Organization Admin, Clinic Manager, Front Desk, Clinician and Read-only. Any user can also be limited to particular clinic locations. Custom roles are not available." },
  { id: 'qh-access-reviews', topic: 'identity', question: "How frequently does the vendor review and recertify workforce access to systems that store or process customer data?", sentence: "Quarterly for production systems and the support console, and every six months for all other applications." },
  { id: 'qh-offboarding', topic: 'identity', question: "Describe the process and timeframe for revoking logical and physical access when a workforce member is terminated or changes role.", variants: ["Termination of access - timeframe", "Leaver process"], sentence: "When HR records a departure in Rippling, the person's Entra ID account is disabled by the end of their last working day, or immediately for an involuntary termination, which cuts off Microsoft 365 and every federated application at once. Badges are collected and deactivated the same day, and a laptop that is not returned is wiped remotely through Intune. When someone changes role, their new manager reconfirms their access within five business days and anything no longer needed is removed." },
  { id: 'qh-privileged-access', topic: 'identity', question: "How does the vendor control and monitor privileged or administrative access to production infrastructure and databases containing ePHI?", variants: ["Privileged access management"], sentence: "No one has standing administrator access to production. The seven engineers on the platform team request elevated Google Cloud roles through a just-in-time workflow; a second platform engineer must approve, the access lasts at most eight hours, and every grant and command is logged to Splunk. Direct database access needs the same approval and goes through a bastion host that records the session." },
  { id: 'qh-int-breakglass', topic: 'identity', question: "Emergency (break-glass) access to the Google Cloud organization.", sentence: "Two break-glass super-admin accounts exist for the Google Cloud organization, protected by FIDO2 keys held in the Boston office safe and by the CISO. Any sign-in pages the security on-call engineer and is reviewed at the next security meeting. Do not describe this externally beyond saying that monitored emergency access exists.", visibility: 'internal' },
  { id: 'qh-shared-accounts', topic: 'identity', question: "Are all users, including administrators, assigned a unique user ID, with generic or shared accounts prohibited (45 CFR §164.312(a)(2)(i))?", yesno: 'yes', sentence: "Yes. Every workforce member and every customer user has a unique named account. Shared and generic accounts are prohibited by policy, and our few service accounts cannot sign in interactively." },
  { id: 'qh-api-auth', topic: 'identity', question: "How are clients of the vendor's API authenticated and authorized? Describe the token types, token lifetimes and scopes.", variants: ["FHIR API authentication"], sentence: "The FHIR API uses SMART on FHIR with OAuth 2.0: the client-credentials grant with signed JWT assertions for backend services, and the authorization-code grant with PKCE for apps that act for a user. Access tokens last 60 minutes and are limited to the FHIR scopes the customer approves. Customers register and revoke API clients in the Console." },
  { id: 'qh-ip-allowlist', topic: 'identity', question: "Can the customer restrict access to the application to specified IP address ranges or networks?", variants: ["IP whitelisting"], yesno: 'no', sentence: "No. IP allowlisting for Console sign-in is not available. Customers that need network-based restrictions can enforce SSO and apply Conditional Access or network rules in their own identity provider." },
  { id: 'qh-patient-accounts', topic: 'mobile', question: "How do patients create, verify and recover accounts in the patient-facing mobile and web applications?", sentence: "Patients register with the mobile number or email address their clinic has on file and confirm it with a one-time code, which links the account to their clinic record; clinics can also text a one-time invitation link. Forgotten passwords are reset by a code sent to the verified number or address." },

  // encryption
  { id: 'qh-encryption-rest', topic: 'encryption', question: "Does the vendor encrypt all ePHI at rest, including databases, file storage and backups, using industry-standard algorithms? If so, describe the algorithm and who manages the keys.", variants: ["Encryption at rest", "Is stored data encrypted (AES-256 or equivalent)?", "Data-at-rest encryption of PHI"], yesno: 'yes', sentence: "Yes. All customer data in Cloud SQL for PostgreSQL, Cloud Storage, GKE persistent disks and backups is encrypted at rest with AES-256 by Google Cloud, using Google-managed keys by default. Enterprise customers can choose customer-managed keys instead." },
  { id: 'qh-cmek', topic: 'encryption', question: "Does the vendor support customer-managed encryption keys (CMEK/BYOK) that allow the customer to control, rotate or revoke the keys protecting its data?", variants: ["BYOK/CMEK", "Customer-controlled encryption keys"], yesno: 'yes', sentence: "Yes, on the Enterprise tier. We can encrypt an Enterprise customer's database and document storage with a Cloud KMS key in a key ring the customer controls in its own Google Cloud project; the customer can rotate that key or revoke our access to it, which makes its data unreadable to us. CMEK is not available on the Essentials or Professional tiers, and keys held outside Google Cloud, in external key managers or on-premises HSMs, are not supported." },
  { id: 'qh-tls', topic: 'encryption', question: "Is all data in transit over public networks encrypted using TLS 1.2 or higher, with older protocols (SSL, TLS 1.0 and 1.1) disabled?", variants: ["Encryption in transit", "Minimum TLS version"], yesno: 'yes', sentence: "Yes. Cloudflare and our Google Cloud load balancers accept only TLS 1.2 and TLS 1.3 with forward-secret cipher suites; SSL, TLS 1.0 and TLS 1.1 are disabled, and HSTS is set on all our domains. Our certificates use 2048-bit RSA or P-256 ECDSA keys." },
  { id: 'qh-internal-encryption', topic: 'encryption', question: "Is traffic between the vendor's internal services, and between its data centers or regions, encrypted?", yesno: 'yes', sentence: "Yes. Traffic between services in our GKE clusters is encrypted with mutual TLS by the service mesh, connections to Cloud SQL use TLS, and Google encrypts traffic between its data centers, including our replication from us-central1 to us-east4." },
  { id: 'qh-key-management', topic: 'encryption', question: "Describe the vendor's cryptographic key management practices, including the generation, storage, access control and rotation of encryption keys and application secrets.", variants: ["Key management", "How are secrets and API credentials stored?"], sentence: "Encryption keys are generated and held in Google Cloud KMS, and application secrets in Google Secret Manager; no keys or credentials are kept in source code or configuration files. IAM limits the use of keys to the services that need them and their administration to two security engineers. Keys we create in Cloud KMS rotate automatically every 90 days, and Google rotates its Google-managed keys on its own schedule." },
  { id: 'qh-fips', topic: 'encryption', question: "Are the cryptographic modules used to protect ePHI validated under FIPS 140-2 or FIPS 140-3?", sentence: "Partly. Google Cloud's encryption at rest and Cloud KMS use FIPS 140-2 validated modules, and Cloudflare terminates TLS with a FIPS-validated module. Our own application code uses standard open-source cryptographic libraries that are not themselves validated." },
  { id: 'qh-laptop-encryption', topic: 'encryption', question: "Are all workforce laptops and workstations that may access ePHI protected with full-disk encryption?", yesno: 'yes', sentence: "Yes. Intune enforces BitLocker on Windows and FileVault on Macs; a laptop that reports encryption off is marked non-compliant and blocked from Microsoft 365 and internal tools by Conditional Access." },
  { id: 'qh-email-encryption', topic: 'encryption', question: "How does the vendor protect ePHI that must be transmitted by email?", sentence: "Our Microsoft 365 tenant uses TLS for mail to customer domains wherever they support it, and staff must send any message containing PHI with Microsoft Purview Message Encryption. Our policy is to exchange PHI through the Console, not by email." },
  { id: 'qh-field-encryption', topic: 'encryption', question: "Are particularly sensitive data elements, such as Social Security numbers and insurance member IDs, additionally encrypted at the field or column level within the application?", yesno: 'yes', sentence: "Yes. Social Security numbers and insurance member IDs are encrypted again at field level by the application, with a dedicated Cloud KMS key, before they are stored, and they are shown masked to everyone except roles given permission to see them in full." },

  // logging and monitoring
  { id: 'qh-audit-logging', topic: 'logging', question: "Does the application record audit logs of user activity, including access to and creation, modification and deletion of ePHI, in accordance with the audit controls standard at §164.312(b)? Describe the events captured and how long they are kept.", variants: ["Audit controls", "Does the system log who viewed which patient record?"], yesno: 'yes', sentence: "Yes. The application records sign-ins and failed sign-ins, permission changes, exports, and every view, creation, change and deletion of a patient record, with the user, time, IP address and record affected. These audit logs are kept for six years." },
  { id: 'qh-customer-audit-log', topic: 'logging', question: "Can customer administrators view, search and export the audit trail of their own users' activity?", variants: ["Customer-accessible audit log"], yesno: 'yes', sentence: "Yes. Organization Admins can search the audit trail in the Console by user, patient or date and export it as CSV. Enterprise customers can also stream it to their own SIEM by webhook or pull it over the API." },
  { id: 'qh-log-retention', topic: 'logging', question: "What is the retention period for security and system logs, and how long are they immediately available for analysis?", variants: ["Log retention period"], sentence: "Security and infrastructure logs are kept in Splunk for 12 months, with the most recent 90 days searchable at once; older logs can be restored from archive within a day." },
  { id: 'qh-siem', topic: 'logging', question: "Are logs from production systems, endpoints and identity providers aggregated into a centralized SIEM with correlation and alerting?", variants: ["SIEM in use?"], yesno: 'yes', sentence: "Yes. Google Cloud audit logs, GKE, Cloudflare, Entra ID, Microsoft 365, GitLab and CrowdStrike Falcon all send logs to Splunk Cloud, where correlation searches raise alerts to the security team." },
  { id: 'qh-monitoring-247', topic: 'logging', question: "Does the vendor monitor for security events 24 hours a day, 7 days a week, 365 days a year? Describe who performs the monitoring.", variants: ["24x7 SOC"], yesno: 'yes', sentence: "Yes. CrowdStrike Falcon Complete, our managed detection and response provider, watches our endpoints and cloud workloads around the clock, and a Quayside security engineer is on call 24x7 for Splunk alerts, with a 15-minute response target for critical alerts." },
  { id: 'qh-log-integrity', topic: 'logging', question: "Are audit logs protected against unauthorized modification or deletion?", yesno: 'yes', sentence: "Yes. Logs are exported to a separate Google Cloud project with locked retention policies, so no one, including our own administrators, can change or delete them before their retention ends, and only the security team can manage Splunk." },
  { id: 'qh-ids', topic: 'logging', question: "Does the vendor employ intrusion detection or prevention (IDS/IPS) capabilities for its production environment?", yesno: 'yes', sentence: "Yes. Cloudflare's WAF blocks malicious requests at the edge, Event Threat Detection in Google Security Command Center watches our Google Cloud projects, and the CrowdStrike Falcon sensor on every GKE node detects intrusions on hosts." },
  { id: 'qh-time-sync', topic: 'logging', question: "Are system clocks synchronized to an authoritative time source so that log timestamps are consistent?", yesno: 'yes', sentence: "Yes, to Google's NTP service." },
  { id: 'qh-phi-in-logs', topic: 'logging', question: "Is PHI excluded from or masked in application, debug and error logs?", yesno: 'yes', sentence: "Yes. Our logging library strips patient names, dates of birth, contact details and free-text answers before logs leave the application, and a CI check flags new log statements that include patient fields." },

  // network
  { id: 'qh-firewall', topic: 'network', question: "Are network firewalls or equivalent controls configured to deny all traffic by default and permit only authorized connections to production?", variants: ["Firewall rules - default deny"], yesno: 'yes', sentence: "Yes. Google Cloud VPC firewall rules deny all inbound traffic except through our load balancers, which accept requests only from Cloudflare, and GKE network policies limit which services can talk to each other. Firewall rules are defined in Terraform and reviewed like any other code change." },
  { id: 'qh-segmentation', topic: 'network', question: "Is the production environment logically or physically segmented from development, testing and corporate networks?", yesno: 'yes', sentence: "Yes. Production runs in dedicated Google Cloud projects and VPCs with no network path from development, staging or the corporate network." },
  { id: 'qh-ddos-waf', topic: 'network', question: "Describe the vendor's protections against distributed denial-of-service attacks and application-layer attacks, such as a web application firewall.", variants: ["DDoS protection", "Web application firewall (WAF)"], sentence: "All public traffic to the Console, the API and the patient apps' back end passes through Cloudflare, which absorbs volumetric DDoS attacks and applies its WAF managed rules, the OWASP core rule set and our own rate limits. Our origins accept connections only from Cloudflare." },
  { id: 'qh-vpn', topic: 'network', question: "Is a VPN required for workforce remote access to the vendor's internal networks and systems?", variants: ["Remote access for employees"], yesno: 'no', sentence: "No. Quayside has no traditional VPN and no flat internal network. Internal tools sit behind Cloudflare Zero Trust, which checks the person's Entra ID sign-in and MFA, and that the device is Intune-compliant, before every connection." },
  { id: 'qh-hardening', topic: 'network', question: "Are servers, containers and cloud resources built from hardened configuration baselines, such as the CIS Benchmarks, with monitoring for configuration drift?", yesno: 'yes', sentence: "Yes. GKE nodes run Google's Container-Optimized OS, our clusters follow the CIS GKE Benchmark, containers are built from minimal distroless base images, and Google Security Command Center flags misconfigurations and drift from our Terraform baselines." },
  { id: 'qh-wireless', topic: 'network', question: "How are the vendor's office wireless networks secured?", sentence: "Office Wi-Fi in Boston, Austin and Manila uses WPA3-Enterprise with certificate authentication for company devices; guest Wi-Fi is isolated and has no route to company systems." },
  { id: 'qh-email-security', topic: 'network', question: "Has the vendor implemented email authentication (SPF, DKIM and DMARC) and anti-phishing controls for its email domains?", yesno: 'yes', sentence: "Yes. Our domains publish SPF and DKIM with a DMARC policy of p=reject, and Microsoft Defender for Office 365 filters inbound mail for phishing, malicious links and attachments." },

  // hosting
  { id: 'qh-hosting', topic: 'hosting', question: "Identify the hosting provider(s) and the data center locations used to store and process customer data.", variants: ["Where is the data hosted?", "Hosting provider / region"], sentence: "Quayside runs entirely on Google Cloud in the United States: production in us-central1 (Iowa), with a standby environment and backups in us-east4 (northern Virginia). Cloudflare sits in front of the service and is configured to decrypt and inspect our traffic only in its US data centers." },
  { id: 'qh-data-location-us', topic: 'hosting', question: "Is any customer data stored or backed up outside the United States?", variants: ["Data residency - US only?"], yesno: 'no', sentence: "No. Customer data is stored and backed up only in Google Cloud's US regions. It can be viewed from outside the US by our support team in Manila; see our answer on offshore access." },
  { id: 'qh-offshore', topic: 'hosting', question: "Will any vendor personnel or subcontractors located outside the United States have access to the customer's data, including ePHI? If so, identify the countries and describe the controls in place.", variants: ["Offshore access to PHI", "Do you use offshore resources?", "Is support performed from outside the US?"], yesno: 'yes', sentence: "Yes. Our customer support team in Manila, the Philippines, employed by our subsidiary Quayside Health Philippines, Inc., handles tickets, including overnight cover for US customers, and can view customer accounts and patient records when a ticket needs it. The team works only from our Manila office on Quayside-managed laptops, with printing and removable media blocked, and every record they open is logged against a ticket. No customer data is stored in the Philippines, and no other staff or subcontractors outside the US have access to customer data." },
  { id: 'qh-eu-residency', topic: 'hosting', question: "Can the vendor host customer data in the European Union or in another region chosen by the customer?", variants: ["EU data residency"], yesno: 'no', sentence: "No. Quayside is hosted only in the United States and offers no EU or other non-US hosting region." },
  { id: 'qh-multitenancy', topic: 'hosting', question: "Is the service multi-tenant? If so, describe how the vendor logically separates one customer's data from another's.", variants: ["Tenant isolation"], yesno: 'yes', sentence: "Yes, Quayside is multi-tenant. Every record carries an organization ID, which our data access layer adds to every query and which PostgreSQL row-level security enforces again in the database; documents are stored under per-organization prefixes with their own access checks." },
  { id: 'qh-single-tenant', topic: 'hosting', question: "Does the vendor offer a dedicated, single-tenant or private-cloud deployment option?", yesno: 'no', sentence: "No. Every customer, Enterprise included, runs on our shared platform; Enterprise customers can add customer-managed keys for their data." },
  { id: 'qh-on-prem', topic: 'hosting', question: "Is an on-premises or customer-hosted version of the software available?", yesno: 'no', sentence: "No, Quayside is offered only as SaaS." },
  { id: 'qh-data-centers', topic: 'hosting', question: "Does the vendor own or operate its own data centers or server rooms? If colocation facilities are used, describe their physical controls.", yesno: 'no', sentence: "No. Quayside owns no data centers or server rooms and uses no colocation; all production systems run in Google Cloud, whose data center physical security is covered by Google's own SOC 2 and ISO 27001 reports." },
  { id: 'qh-cloud-baa', topic: 'hosting', question: "Has the vendor executed a Business Associate Agreement with its cloud hosting provider covering all services used for ePHI?", yesno: 'yes', sentence: "Yes. Quayside has a BAA with Google Cloud covering every Google Cloud service we use to store or process PHI." },

  // application security
  { id: 'qh-sdlc', topic: 'appsec', question: "Describe the vendor's secure software development lifecycle, including security requirements, threat modeling, code review and security testing before release.", variants: ["Secure SDLC", "Do you follow OWASP secure coding practices?", "SAST / SCA tooling"], sentence: "Quayside follows a secure development lifecycle based on OWASP SAMM. New features that touch PHI, authentication or integrations get a threat model with the security team at design time. Every change is a GitLab merge request that another engineer must approve and that must pass the CI pipeline, which runs Snyk Code (SAST), Snyk Open Source, Snyk Container and GitLab secret detection; critical and high findings block the merge." },
  { id: 'qh-dast', topic: 'appsec', question: "Does the vendor perform dynamic application security testing (DAST) of its application?", yesno: 'yes', sentence: "Yes. Burp Suite Enterprise runs authenticated scans of staging every week and of production every month." },
  { id: 'qh-dependency', topic: 'appsec', question: "How does the vendor identify and remediate vulnerabilities in third-party and open-source components, and can it provide a software bill of materials (SBOM)?", variants: ["Open-source component management", "SBOM"], sentence: "Snyk Open Source checks every merge request and rescans our main branches daily, and opens merge requests to upgrade vulnerable packages; fixes follow our vulnerability remediation timeframes. We can provide a CycloneDX SBOM for the web application and the mobile apps on request, under NDA." },
  { id: 'qh-secure-coding-training', topic: 'appsec', question: "Do developers receive secure coding training?", yesno: 'yes', sentence: "Yes, every year, through Secure Code Warrior modules on the OWASP Top 10 and mobile security." },

  // penetration testing and vulnerability management
  { id: 'qh-pentest', topic: 'vulnerability', question: "Does the vendor engage an independent third party to perform penetration testing of the application and infrastructure at least annually? Describe the scope and the date of the most recent test.", variants: ["External penetration test", "Annual pentest by a third party?"], yesno: 'yes', sentence: "Yes. An independent firm, Redbrook Security, tests the Console, the FHIR API, the iOS and Android apps and our Google Cloud configuration every year, including authenticated and tenant-isolation testing; the most recent test finished in August 2026. Critical and high findings are fixed and retested before the engagement is closed." },
  { id: 'qh-pentest-report', topic: 'vulnerability', question: "Will the vendor provide the customer with a copy of its most recent penetration test report?", yesno: 'no', sentence: "No. We do not share the full report; we provide the testing firm's attestation letter and an executive summary of findings and their remediation status under NDA." },
  { id: 'qh-customer-pentest', topic: 'vulnerability', question: "May the customer conduct its own penetration test or vulnerability scan against the vendor's application?", yesno: 'no', sentence: "No. Customers may not scan or test the production service. Researchers can test within the scope of our public Bugcrowd program, and we share our own third-party test results under NDA." },
  { id: 'qh-bug-bounty', topic: 'vulnerability', question: "Does the vendor maintain a vulnerability disclosure program or bug bounty through which external researchers can report security issues?", variants: ["Bug bounty program", "How can researchers report vulnerabilities?"], yesno: 'yes', sentence: "Yes. We have run a public bug bounty on Bugcrowd since 2023, covering the Console, the API and both mobile apps, and our security.txt file and website explain how to report issues outside the program." },
  { id: 'qh-vuln-scanning', topic: 'vulnerability', question: "Does the vendor perform regular authenticated vulnerability scanning of its infrastructure and endpoints? State the frequency.", variants: ["Vulnerability scanning frequency"], yesno: 'yes', sentence: "Yes. Tenable scans our cloud hosts and external attack surface weekly, Snyk scans container images on every build and daily in the registry, and CrowdStrike Falcon Spotlight reports vulnerabilities on employee laptops continuously." },
  { id: 'qh-vuln-sla', topic: 'vulnerability', question: "What are the vendor's remediation timeframes for identified vulnerabilities, by severity?", variants: ["Patch SLAs (critical/high/medium/low)", "Time to remediate critical vulnerabilities"], sentence: "Critical vulnerabilities are fixed within 7 days, high within 30 days, medium within 90 days and low within 180 days, counted from discovery. Any exception needs the CISO's written approval, a compensating control and an expiry date." },
  { id: 'qh-patching', topic: 'vulnerability', question: "Describe the patch management process for operating systems and applications on servers and workstations.", sentence: "GKE node pools upgrade automatically in maintenance windows to Google's patched images, and our container images are rebuilt weekly from patched base images. Windows and macOS laptops get operating system and application updates through Intune, with installation enforced within 14 days of release, or within 72 hours for actively exploited vulnerabilities." },
  { id: 'qh-int-pentest-findings', topic: 'vulnerability', question: "Open findings from the 2026 penetration test.", sentence: "The August 2026 Redbrook test found no critical issues, two highs (both fixed and retested in September) and five mediums, two of which remain open with fixes due in Q1 2027. Share only the executive summary; do not list open findings in questionnaires.", visibility: 'internal' },

  // change management
  { id: 'qh-change-mgmt', topic: 'change', question: "Does the vendor have a documented change management process requiring authorization, testing and approval of changes to production systems?", variants: ["Change control", "How are changes to production approved?"], yesno: 'yes', sentence: "Yes. All application and infrastructure changes go through GitLab merge requests: another engineer reviews and approves, the CI pipeline runs tests and security scans, and changes are deployed to staging before production. Infrastructure is changed only through Terraform, and the pipeline records who changed what and when. Changes that could cause customer-visible downtime also need sign-off at the weekly change review." },
  { id: 'qh-emergency-change', topic: 'change', question: "How are emergency changes to production handled and documented?", sentence: "An emergency fix can be deployed with the incident commander's approval before code review is complete, but it must be reviewed and documented within two business days." },
  { id: 'qh-segregation-duties', topic: 'change', question: "Is there segregation of duties between the people who develop changes and those who approve and deploy them to production?", yesno: 'yes', sentence: "Yes. Authors cannot approve their own merge requests, and only the CI pipeline, not individual engineers, can deploy to production." },
  { id: 'qh-customer-change-notice', topic: 'change', question: "Does the vendor notify customers in advance of scheduled maintenance and of changes that may affect the service?", variants: ["Maintenance windows and notice"], yesno: 'yes', sentence: "Yes. Scheduled maintenance is announced on status.quaysidehealth.com and by email at least 5 business days ahead and is held on Sundays between 1 and 5 a.m. Eastern. Significant feature changes are announced in release notes at least two weeks before they take effect." },
  { id: 'qh-environments', topic: 'change', question: "Is production data, including ePHI, ever used in development or test environments?", variants: ["Use of live data in testing"], yesno: 'no', sentence: "No. Development and staging use synthetic patient data only; copying production data to any other environment is prohibited and blocked by IAM." },

  // business continuity, disaster recovery and backups
  { id: 'qh-bcp', topic: 'continuity', question: "Does the vendor maintain a business continuity plan, and how often is it tested?", variants: ["Business continuity plan - tested?"], yesno: 'yes', sentence: "Yes. Our business continuity plan covers the loss of an office, a cloud region or a key supplier and the unavailability of staff, including moving support work between Manila and the US. It is reviewed and tested at least once a year with a tabletop exercise; the last was in April 2026." },
  { id: 'qh-dr', topic: 'continuity', question: "Describe the vendor's disaster recovery capabilities, including the recovery time objective (RTO) and recovery point objective (RPO), and how frequently disaster recovery is tested.", variants: ["RTO / RPO", "Disaster recovery plan"], sentence: "If us-central1 becomes unavailable we fail over to us-east4, where a standby Cloud SQL replica and our GKE configuration are kept ready. Our targets are an RPO of 1 hour and an RTO of 8 hours. We test a full regional failover once a year; the last test, in March 2026, restored service in 4 hours 10 minutes." },
  { id: 'qh-backups', topic: 'continuity', question: "Describe backup practices for customer data, including frequency, retention, encryption, storage location and restoration testing.", variants: ["Backup frequency and retention", "Are backups tested?"], sentence: "Cloud SQL takes a full backup every day and keeps transaction logs for point-in-time recovery over the last 7 days. Daily backups are kept for 35 days in a separate Google Cloud project in us-east4, away from production in us-central1, where production credentials cannot delete them. Backups are encrypted with AES-256 like the live data, and we test restoring one every quarter." },
  { id: 'qh-uptime-sla', topic: 'continuity', question: "What availability does the vendor commit to in its service level agreement, what remedies apply if it is missed, and what was the actual availability over the past year?", variants: ["Uptime SLA", "Availability commitment"], sentence: "Enterprise contracts commit to 99.9% monthly availability of the Console and the API, excluding announced maintenance, with service credits of 10% to 25% of the monthly fee when we miss it; Essentials and Professional have no contractual SLA. Over the twelve months to November 2026, availability was 99.97%." },
  { id: 'qh-status-page', topic: 'continuity', question: "Does the vendor provide a public status page for service availability and incidents?", yesno: 'yes', sentence: "Yes, at status.quaysidehealth.com, where customers can subscribe to email and SMS updates." },
  { id: 'qh-redundancy', topic: 'continuity', question: "Is the production environment designed with redundancy to eliminate single points of failure?", yesno: 'yes', sentence: "Yes. Our GKE clusters and Cloud SQL run across three zones in us-central1 with automatic failover between zones, and Cloudflare and Google's load balancers have no single point of failure." },

  // incident response
  { id: 'qh-ir-plan', topic: 'incident', question: "Does the vendor have a documented security incident response plan that defines roles, escalation, containment, eradication and recovery, and is it tested at least annually?", variants: ["Incident response plan", "IR tabletop frequency"], yesno: 'yes', sentence: "Yes. Our incident response plan, based on NIST SP 800-61, sets out severity levels, roles (incident commander, communications lead and legal lead), escalation paths, and playbooks for ransomware, account takeover and PHI exposure. It is reviewed every year and tested with a tabletop exercise at least annually, most recently in May 2026 with our outside breach counsel." },
  { id: 'qh-incident-notification', topic: 'incident', question: "Within what timeframe will the vendor notify the customer of a security incident affecting the customer's data, including a breach of unsecured PHI under the HIPAA Breach Notification Rule?", variants: ["Breach notification timeframe", "How quickly will you notify us of a breach?"], sentence: "We notify affected customers within 48 hours of confirming a security incident that involves their data, by email to their named security contact and, for Enterprise customers, by phone. For a breach of unsecured PHI, our standard BAA commits us to notify the covered entity without unreasonable delay and no later than 10 calendar days after discovery, with the information §164.410 requires as it becomes known." },
  { id: 'qh-breach-history', topic: 'incident', question: "Has the vendor experienced a breach of unsecured PHI, or a security incident requiring notification of customers, regulators or individuals, in the past five years?", yesno: 'no', sentence: "No. Quayside has had no breach of unsecured PHI and no incident that required notifying customers, HHS, state regulators or individuals since it was founded in 2017." },
  { id: 'qh-regulatory-actions', topic: 'incident', question: "Has the vendor been subject to any investigation, enforcement action or litigation by HHS OCR, the FTC or a state attorney general relating to privacy or security?", yesno: 'no', sentence: "No." },
  { id: 'qh-forensics', topic: 'incident', question: "Does the vendor have a third-party incident response or digital forensics firm on retainer?", yesno: 'yes', sentence: "Yes. Our cyber insurance gives us a pre-approved incident response firm and breach counsel, and CrowdStrike provides forensic support under our Falcon Complete agreement." },
  { id: 'qh-int-ir-contacts', topic: 'incident', question: "Internal escalation contacts for security incidents.", sentence: "Security on-call is paged through PagerDuty (service SEC-P1); the CISO, Dana Whitfield, and the General Counsel must be called for any incident that may involve PHI. Do not give these names or numbers to customers; customers report incidents to security@quaysidehealth.com.", visibility: 'internal' },
  { id: 'qh-report-incident', topic: 'incident', question: "How can the customer report a suspected security incident or vulnerability to the vendor?", sentence: "Email security@quaysidehealth.com or call our support line and choose the security option; both reach the security on-call engineer around the clock." },

  // vendors
  { id: 'qh-subprocessors', topic: 'vendors', question: "Does the vendor use subcontractors or subprocessors that store, process or access customer data or PHI? If so, provide a list.", variants: ["List of subprocessors", "Fourth parties with access to PHI"], yesno: 'yes', sentence: "Yes. The subprocessors that can handle customer data are Google Cloud (hosting), Cloudflare (network edge), Twilio (SMS reminders and codes), SendGrid (email), Zendesk (support tickets) and Stripe (patient payments). The current list is published at quaysidehealth.com/subprocessors, and we give customers 30 days' notice before adding a subprocessor." },
  { id: 'qh-vendor-risk', topic: 'vendors', question: "Describe the vendor's third-party risk management program, including due diligence before onboarding and ongoing monitoring of critical suppliers.", variants: ["Third-party risk management", "Do you assess your own vendors?"], sentence: "Before we sign with a supplier that will handle customer data or connect to our systems, the security team reviews its SOC 2 report or equivalent, a security questionnaire and the contract terms. Critical suppliers are reassessed every year and others every two years, and the supplier inventory is kept in our GRC tool, Drata." },
  { id: 'qh-baa', topic: 'vendors', question: "Will the vendor execute the Covered Entity's Business Associate Agreement?", variants: ["BAA", "Are you willing to sign a HIPAA Business Associate Agreement?"], yesno: 'yes', sentence: "Yes. Quayside signs a Business Associate Agreement with every customer. We prefer our standard BAA, which reflects the HIPAA Privacy, Security and Breach Notification Rules, but our legal team will review the Covered Entity's own form." },
  { id: 'qh-vendor-flowdown', topic: 'vendors', question: "Do the vendor's agreements with its own subcontractors that handle PHI include Business Associate Agreements and flow down the same security and privacy obligations?", yesno: 'yes', sentence: "Yes. Every subcontractor that can create, receive, maintain or transmit PHI for us has signed a BAA with the same HIPAA obligations as our BAAs with customers, as §164.502(e) requires, and our supplier contracts also require security controls, breach notification and audit rights." },
  { id: 'qh-payment-card', topic: 'vendors', question: "Does the vendor store, process or transmit payment cardholder data? If so, state its PCI DSS compliance level.", yesno: 'no', sentence: "No. Card payments that patients make in the intake flow, such as copays, are collected in Stripe's hosted payment fields, so card numbers go straight to Stripe and never touch Quayside's systems. We complete a PCI DSS SAQ A each year." },

  // personnel
  { id: 'qh-background-checks', topic: 'hr', question: "Are criminal background checks performed on all workforce members with access to customer data before they are hired?", variants: ["Background screening", "Are offshore personnel background checked?"], sentence: "For staff in the United States, yes: every employee and contractor passes a criminal background check, employment verification and identity check through Checkr before starting, repeated when someone moves into a role with production access. Our Manila support staff are not background checked: we verify their identity, education and references and they sign the same confidentiality agreement, but no criminal record check is run." },
  { id: 'qh-confidentiality-agreements', topic: 'hr', question: "Are all workforce members required to sign confidentiality or non-disclosure agreements and to acknowledge the information security policies?", yesno: 'yes', sentence: "Yes. Everyone signs a confidentiality agreement before starting and acknowledges the information security and acceptable use policies at hire and again every year." },
  { id: 'qh-training', topic: 'hr', question: "Does the vendor provide security awareness and HIPAA privacy and security training to all workforce members at hire and at least annually, and does it run phishing simulations?", variants: ["Security awareness training", "HIPAA training frequency", "Phishing tests"], yesno: 'yes', sentence: "Yes. Every employee and contractor completes security awareness training and HIPAA privacy and security training before being given access to customer data, and again every year, tracked in KnowBe4; completion in 2026 was 100%. KnowBe4 also sends a phishing simulation every month, and anyone who fails two in a row takes extra training." },
  { id: 'qh-disciplinary', topic: 'hr', question: "Does the vendor have a sanctions or disciplinary policy for workforce members who violate security or privacy policies (§164.308(a)(1)(ii)(C))?", yesno: 'yes', sentence: "Yes. Our sanctions policy, part of the employee handbook, sets out consequences up to and including termination for violating security or privacy policies, and HR records every sanction applied." },
  { id: 'qh-contractors', topic: 'hr', question: "Are contractors and temporary staff subject to the same security requirements as employees?", yesno: 'yes', sentence: "Yes. Contractors go through the same onboarding, background check (in the US), training, MFA and device requirements as employees, and their accounts expire automatically at the end of their contract." },
  { id: 'qh-int-manila-screening', topic: 'hr', question: "Why Manila support staff are not criminally background checked.", sentence: "We stopped requiring NBI clearance for Manila hires in 2024 because of hiring delays, and Legal is considering reinstating it in 2027. If a customer requires criminal checks on offshore staff, escalate to the CISO before answering and do not commit to a date.", visibility: 'internal' },

  // company and security organization
  { id: 'qh-company', topic: 'company', question: "Provide an overview of the company, including number of employees, office locations and years in business.", variants: ["Company profile", "Number of employees"], sentence: "Quayside Health, Inc. was founded in 2017 and is headquartered in Boston, Massachusetts, with a second office in Austin, Texas. We have about 220 employees: most in the US, in those offices or working remotely, and about 35 on our support team in Manila, the Philippines." },
  { id: 'qh-security-team', topic: 'company', question: "Does the vendor have a designated security officer and a dedicated information security team? Describe its structure and reporting line.", variants: ["Who is responsible for information security?", "HIPAA Security Official"], yesno: 'yes', sentence: "Yes. Our CISO leads a security team of nine people, covering security engineering, detection and response, and governance and compliance, and reports to the CEO. The CISO is also our designated HIPAA Security Official." },

  // policies and governance
  { id: 'qh-policies', topic: 'policies', question: "Does the vendor maintain documented information security policies approved by management, and how often are they reviewed?", variants: ["InfoSec policy - reviewed annually?", "Provide a table of contents of your security policies"], yesno: 'yes', sentence: "Yes. Our information security policies cover access control, acceptable use, asset management, encryption, logging, change management, incident response, business continuity, vendor management, data retention and HR security. The CISO owns them, the executive team approves them, and they are reviewed at least once a year. We share the policy index freely and individual policies under NDA." },
  { id: 'qh-risk-assessment', topic: 'policies', question: "Does the vendor conduct a formal risk analysis of threats and vulnerabilities to ePHI at least annually, as required by §164.308(a)(1)(ii)(A)?", variants: ["HIPAA risk analysis"], yesno: 'yes', sentence: "Yes. We perform a HIPAA security risk analysis every year and before any major change, record risks and treatment plans in a risk register in Drata, and report the top risks to the executive team every quarter." },
  { id: 'qh-asset-inventory', topic: 'policies', question: "Does the vendor maintain an inventory of hardware and software assets, including those that store or process ePHI?", yesno: 'yes', sentence: "Yes. Intune and CrowdStrike keep the inventory of laptops and phones, Google Cloud Asset Inventory tracks every cloud resource, and Drata lists our SaaS applications, each with an owner and a data classification." },
  { id: 'qh-data-classification', topic: 'policies', question: "Does the vendor have a data classification scheme with handling requirements for each level?", yesno: 'yes', sentence: "Yes. Data is classified as Public, Internal, Confidential or Restricted; PHI and credentials are Restricted, the level with the strictest rules for storage, sharing and disposal." },

  // compliance
  { id: 'qh-soc2', topic: 'compliance', question: "Does the vendor have a current SOC 2 Type 2 report? Specify the Trust Services Criteria in scope and the audit period.", variants: ["SOC 2 Type II", "Provide your most recent SOC report"], yesno: 'yes', sentence: "Yes. Our SOC 2 Type 2 report covers the Security, Availability and Confidentiality criteria; Privacy and Processing Integrity are not in scope. The audit period runs from October 1 to September 30 each year. The report for the period ended September 30, 2026 is available under NDA, with a bridge letter for the months since." },
  { id: 'qh-hitrust', topic: 'compliance', question: "Does the vendor hold HITRUST CSF certification? Specify the assessment type (e1, i1 or r2) and its validity.", variants: ["HITRUST certified?"], yesno: 'yes', sentence: "Yes. Quayside holds a HITRUST r2 certification, first earned in 2024 and renewed in 2026, covering the Quayside platform and the Google Cloud environment that supports it. The letter of certification is available on request." },
  { id: 'qh-iso27001', topic: 'compliance', question: "Is the vendor certified to ISO/IEC 27001?", yesno: 'no', sentence: "No. Quayside is not ISO 27001 certified and does not plan to be in the next year; our HITRUST r2 certification and SOC 2 Type 2 report cover comparable controls." },
  { id: 'qh-fedramp', topic: 'compliance', question: "Is the vendor's service FedRAMP or StateRAMP authorized?", variants: ["FedRAMP"], yesno: 'no', sentence: "No. Quayside has neither a FedRAMP nor a StateRAMP authorization." },
  { id: 'qh-hipaa-compliance', topic: 'compliance', question: "Does the vendor comply with the HIPAA Security Rule and Privacy Rule as a business associate, and has an independent party assessed its compliance?", variants: ["HIPAA compliance"], yesno: 'yes', sentence: "Yes. As a business associate, Quayside follows the administrative, physical and technical safeguards of the HIPAA Security Rule and the Privacy Rule's limits on use and disclosure. Our HITRUST r2 certification and SOC 2 Type 2 audit test these controls independently; we do not have a separate HIPAA attestation report." },
  { id: 'qh-onc-cert', topic: 'compliance', question: "Is the product certified under the ONC Health IT Certification Program?", yesno: 'no', sentence: "No. Quayside is a scheduling and intake product, not certified EHR technology, and holds no ONC Health IT certification. Our FHIR API follows the US Core profiles." },

  // privacy
  { id: 'qh-privacy-program', topic: 'privacy', question: "Describe the vendor's privacy program, including the laws it follows, who is responsible for privacy, and its privacy notices.", variants: ["Privacy Officer"], sentence: "Our General Counsel is our Privacy Officer. For customer PHI we act as a HIPAA business associate and use PHI only as our BAAs allow. For personal information outside HIPAA, such as website visitors and prospective customers, we follow the California Consumer Privacy Act, as amended by the CPRA, and our published privacy notice." },
  { id: 'qh-ccpa', topic: 'privacy', question: "Does the vendor comply with the California Consumer Privacy Act (CCPA/CPRA), acting as a service provider for personal information it processes for customers?", yesno: 'yes', sentence: "Yes. Where the CCPA applies to personal information we handle for customers, our contracts make us a service provider and we use that information only to provide the service. We honor California consumers' requests for the personal information we control ourselves." },
  { id: 'qh-gdpr', topic: 'privacy', question: "Is the vendor compliant with the EU General Data Protection Regulation, and will it sign a Data Processing Agreement with Standard Contractual Clauses?", variants: ["GDPR"], yesno: 'no', sentence: "No. Quayside serves US healthcare providers only, does not offer its service in the EU, has no EU representative, and does not sign GDPR data processing agreements or Standard Contractual Clauses." },
  { id: 'qh-sell-data', topic: 'privacy', question: "Does the vendor sell, rent or otherwise disclose customer data or PHI to third parties for marketing or other purposes?", yesno: 'no', sentence: "No. We never sell or rent customer data or PHI, and we disclose it only to subprocessors that help us provide the service or where the law requires." },
  { id: 'qh-secondary-use', topic: 'privacy', question: "Does the vendor use customer data, including de-identified or aggregated data, for any purpose other than providing the contracted services, such as analytics, benchmarking or product development?", sentence: "Only in a limited way. We collect usage metrics about how staff and patients use the Console and the apps, such as feature use and page load times, with no patient information, to run and improve the product. We do not de-identify PHI for our own purposes, and we do not use customer data for benchmarking, marketing or training AI models." },
  { id: 'qh-patient-rights', topic: 'privacy', question: "How does the vendor support the Covered Entity in responding to individuals' requests to access or amend their PHI or to receive an accounting of disclosures?", sentence: "Clinic staff can export a patient's complete intake and appointment history as PDF or FHIR, correct records in the Console, and draw on the audit trail when preparing an accounting of disclosures. If a patient sends such a request to us directly, we forward it to the clinic within 5 business days." },
  { id: 'qh-minimum-necessary', topic: 'privacy', question: "How does the vendor limit its own workforce's access to PHI to the minimum necessary?", sentence: "Only support agents working a ticket and platform engineers with approved just-in-time access can reach customer PHI. The support console masks insurance IDs and hides clinical answers unless the agent opens them with a ticket number, and the security team reviews every month the log of records viewed." },

  // data handling
  { id: 'qh-data-retention', topic: 'data', question: "What is the vendor's retention policy for customer data during the term of the agreement, and can the customer configure it?", variants: ["Data retention"], sentence: "Customer data is kept for as long as the subscription is active. Clinics can set their own retention period for completed intake forms and appointment history, from 1 to 10 years, after which those records are deleted automatically." },
  { id: 'qh-data-deletion', topic: 'data', question: "Upon termination or expiration of the agreement, will the vendor return and destroy all customer data, including backups, and within what timeframe? Will a certificate of destruction be provided?", variants: ["Data return and destruction at contract end", "Deletion of data after termination"], sentence: "After termination the customer has 30 days to export its data as CSV or as a FHIR bulk export. We then delete it from production systems within a further 30 days, so within 60 days of termination, and the last backups containing it expire 35 days after that. On request, our security team signs a certificate of destruction once deletion is complete." },
  { id: 'qh-data-export', topic: 'data', question: "Can the customer export all of its data in a standard, machine-readable format at any time during the contract?", yesno: 'yes', sentence: "Yes. Organization Admins can export patient, appointment and intake data as CSV at any time, and the FHIR API supports bulk export ($export) as NDJSON." },
  { id: 'qh-media-disposal', topic: 'data', question: "How does the vendor dispose of media and equipment that have stored customer data?", sentence: "We have no servers or storage media of our own; Google Cloud destroys its media under its own processes. Laptops are wiped through Intune before they are reissued, and retired laptops are destroyed by a certified e-waste firm, which issues certificates of destruction." },
  { id: 'qh-phi-data-elements', topic: 'data', question: "What categories of PHI and PII does the application collect and store?", variants: ["Data elements collected"], sentence: "Patient demographics and contact details; insurance information, including member IDs; appointment history; intake answers, including medical history, medications and symptoms; consent signatures; and uploaded images of insurance cards and photo IDs. Social Security numbers are collected only if a clinic turns that field on." },
  { id: 'qh-data-ownership', topic: 'data', question: "Does the customer retain ownership of all data it provides to or generates in the service?", yesno: 'yes', sentence: "Yes. Our agreement states that the customer owns its data, including all PHI, and that we use it only to provide the service." },

  // artificial intelligence
  { id: 'qh-ai-features', topic: 'ai', question: "Does the product include artificial intelligence or machine learning features? If so, describe them, the models used and how customer data is used.", variants: ["Use of AI/LLMs in the product", "Generative AI features"], yesno: 'yes', sentence: "Yes. Intake Summary uses a large language model to summarize a patient's submitted intake form for the clinician. It is off by default until an Organization Admin turns it on, every summary is labeled as AI-generated, and clinicians see it beside the patient's original answers, which remain the record. The model is an open-weight Llama model that we run on GPU nodes in our own Google Cloud project in us-central1." },
  { id: 'qh-ai-third-party', topic: 'ai', question: "Is customer data or PHI sent to third-party AI providers, such as OpenAI, Anthropic or Google Gemini, or used to train AI models?", variants: ["Is our data used to train your AI?"], yesno: 'no', sentence: "No. Intake Summary runs entirely in our own Google Cloud project, so no customer data is sent to OpenAI, Anthropic, Google's Gemini or any other AI vendor. We do not train or fine-tune models on customer data, and prompts are not kept beyond the stored summary." },
  { id: 'qh-ai-governance', topic: 'ai', question: "Does the vendor have an AI governance policy, and how does it test AI outputs for accuracy, safety and bias?", sentence: "Our AI use policy requires a review by security, legal and clinical advisers before any AI feature ships. We test every Intake Summary model update against 500 synthetic intake forms reviewed by two clinicians for omissions and errors, and we monitor clinicians' corrections in production. We have not carried out a formal bias audit." },
  { id: 'qh-employee-ai', topic: 'ai', question: "Are vendor employees permitted to use public generative AI tools with company or customer data?", yesno: 'no', sentence: "No. Staff may use only Microsoft 365 Copilot under our enterprise agreement, may never put PHI into any AI tool, and other generative AI sites are blocked by Cloudflare Gateway." },
  { id: 'qh-int-ai-roadmap', topic: 'ai', question: "AI roadmap: ambient clinical documentation.", sentence: "Product is evaluating an ambient documentation feature for 2027 that might use a third-party speech-to-text vendor. Nothing is committed; do not mention it to customers.", visibility: 'internal' },

  // accessibility
  { id: 'qh-accessibility', topic: 'accessibility', question: "Does the product conform to WCAG 2.1 Level AA? Provide a current VPAT or Accessibility Conformance Report.", variants: ["Accessibility (Section 508 / WCAG)", "VPAT"], yesno: 'yes', sentence: "Yes. The patient web intake and the iOS and Android apps conform to WCAG 2.1 Level AA, and the Console partially conforms, with the exceptions listed in our VPAT 2.4 (Section 508 and WCAG editions), last updated in June 2026. An outside accessibility firm audits each product every year." },
  { id: 'qh-languages', topic: 'accessibility', question: "In which languages are the patient-facing and staff-facing interfaces available?", sentence: "Patient-facing screens are available in English, Spanish, Vietnamese, Simplified Chinese, Tagalog and Haitian Creole; the Console is in English only." },

  // insurance
  { id: 'qh-cyber-insurance', topic: 'insurance', question: "Does the vendor carry cyber liability insurance? State the coverage limits and whether a certificate of insurance can be provided.", variants: ["Cyber insurance limits"], yesno: 'yes', sentence: "Yes. We carry cyber liability insurance with a $10 million aggregate limit, covering network security and privacy liability, breach response costs, and regulatory fines and penalties where insurable. A certificate of insurance is available on request, and customers can be named as additional insureds." },
  { id: 'qh-eo-insurance', topic: 'insurance', question: "Does the vendor carry technology errors and omissions (professional liability) insurance?", yesno: 'yes', sentence: "Yes, $5 million per claim and in the aggregate." },
  { id: 'qh-other-insurance', topic: 'insurance', question: "What other insurance coverage does the vendor maintain?", sentence: "Commercial general liability of $1 million per occurrence and $2 million aggregate, workers' compensation as required by law, and a $5 million umbrella policy." },
  { id: 'qh-int-insurance', topic: 'insurance', question: "Insurance carriers, policy numbers and retentions.", sentence: "Cyber and E&O are placed with Coalition through our broker, Marsh, with a $250,000 retention. Do not give carrier names, policy numbers or the retention in questionnaires; send the certificate of insurance instead.", visibility: 'internal' },

  // endpoints
  { id: 'qh-edr', topic: 'endpoints', question: "Is endpoint protection (anti-malware or EDR) deployed on all workstations and servers, and is it centrally managed and monitored?", variants: ["Antivirus / EDR", "Malware protection on endpoints"], yesno: 'yes', sentence: "Yes. CrowdStrike Falcon runs on every company laptop and every GKE node, managed centrally and monitored 24x7 through Falcon Complete. A device without a healthy Falcon sensor is marked non-compliant and blocked from company systems." },
  { id: 'qh-mdm', topic: 'endpoints', question: "Are all company-issued devices centrally managed through MDM, with enforced security configurations such as screen lock, encryption and operating system updates?", variants: ["Device management (MDM)"], yesno: 'yes', sentence: "Yes. All company laptops, mostly Windows with some Macs, are enrolled in Microsoft Intune, which enforces encryption, a screen lock after 5 minutes, the firewall, OS updates and Microsoft's security baselines. Only compliant devices can reach Microsoft 365 or our internal tools." },
  { id: 'qh-byod', topic: 'endpoints', question: "Are personally owned devices (BYOD) permitted to access company systems or customer data?", sentence: "Only in a limited way. Staff may read Microsoft 365 email and Teams on personal phones through the Outlook and Teams apps under Intune app protection policies, which prevent copying data out and let us wipe company data. Personal computers cannot reach company systems, and no personal device may access customer PHI." },
  { id: 'qh-removable-media', topic: 'endpoints', question: "Is the use of removable media, such as USB storage devices, restricted on workstations?", yesno: 'yes', sentence: "Yes. Intune blocks writing to USB storage on every company laptop; exceptions need the CISO's approval and are time-limited." },
  { id: 'qh-dlp', topic: 'endpoints', question: "Does the vendor use data loss prevention (DLP) tools to detect and prevent unauthorized exfiltration of sensitive data?", yesno: 'yes', sentence: "Yes. Microsoft Purview DLP policies scan email, OneDrive, SharePoint and Teams for PHI, Social Security numbers and other sensitive data and block or alert on external sharing, and Cloudflare Gateway blocks uploads to unapproved file-sharing sites." },

  // physical
  { id: 'qh-office-physical', topic: 'physical', question: "Describe the physical security controls at vendor offices where workforce members access customer data.", variants: ["Physical security - offices"], sentence: "Our Boston, Austin and Manila offices use badge access, and visitors are signed in and escorted. The Manila office, where support staff work with customer data, also has CCTV at the entrances and on the support floor, a clean-desk rule, and no personal phones on the support floor. No customer data is stored at any office." },

  // mobile
  { id: 'qh-mobile-security', topic: 'mobile', question: "Describe the security controls in the vendor's mobile applications, including local data storage, certificate pinning and jailbreak or root detection.", variants: ["Mobile app security", "iOS/Android app - is data stored on the device?"], sentence: "The Quayside Patient apps for iOS and Android store no PHI on the device except an encrypted cache of the patient's upcoming appointments, kept in iOS Keychain or Android Keystore-backed storage and cleared on sign-out. The apps pin our TLS certificates, refuse to run on jailbroken or rooted devices, and block screenshots of intake screens on Android. Both apps are tested against the OWASP MASVS in our annual penetration test." },
  { id: 'qh-mobile-biometrics', topic: 'mobile', question: "Do the mobile applications support biometric authentication?", yesno: 'yes', sentence: "Yes. After their first sign-in, patients can unlock the app with Face ID, Touch ID or Android fingerprint or face unlock." },
  { id: 'qh-staff-mobile-app', topic: 'mobile', question: "Does the vendor provide a native mobile application for clinic staff?", yesno: 'no', sentence: "No. Clinic staff use the Console in a web browser, including on tablets; the mobile apps are for patients only." },
  { id: 'qh-notifications-phi', topic: 'mobile', question: "Do push notifications, SMS or email appointment reminders contain PHI such as the reason for the visit?", yesno: 'no', sentence: "No. Reminders by SMS, email and push say only that the patient has an upcoming appointment, with the date and time and a link to the app or web; the clinic's name appears only if the clinic chooses, and no clinical details are ever included." },
  { id: 'qh-platforms', topic: 'mobile', question: "Which web browsers and mobile operating system versions are supported?", sentence: "The Console supports current versions of Chrome, Edge, Safari and Firefox. The patient apps support iOS 16 and later and Android 10 and later." },

  // support and services
  { id: 'qh-support-hours', topic: 'support', question: "What are the vendor's customer support hours and channels, and what response times does it commit to by severity?", variants: ["Support SLA", "Support hours"], sentence: "Support is available by chat, email and phone 24 hours a day Monday to Friday and from 8 a.m. to 8 p.m. Eastern at weekends, with our Manila team covering US nights. Severity 1 issues, where the service is down or PHI is at risk, are handled 24x7 with a response within 1 hour; Severity 2 within 4 hours; and Severity 3 within 1 business day." },
  { id: 'qh-support-access', topic: 'support', question: "How do vendor support personnel access customer accounts, and is customer authorization required?", sentence: "Support agents use an internal support console, never customer credentials. They can see a customer's configuration and users to work a ticket, while opening patient records requires a ticket number and is logged. Enterprise customers can require their own administrator to approve each support session first." },
  { id: 'qh-implementation', topic: 'support', question: "Describe the vendor's implementation and onboarding services for new customers.", sentence: "Each new customer gets an implementation manager for an onboarding of 4 to 8 weeks covering configuration, EHR integration, staff training and go-live support; Enterprise customers also get a named customer success manager." },
  { id: 'qh-ehr-integrations', topic: 'support', question: "Which EHR and practice management systems does the product integrate with, and which interoperability standards are used?", variants: ["HL7 / FHIR interoperability", "EHR integration"], sentence: "We integrate with Epic, athenahealth, eClinicalWorks and NextGen through their FHIR R4 APIs, synchronizing patients, appointments and completed intake forms. Our own FHIR R4 API follows the US Core profiles. We do not support HL7 v2 interfaces." },
  { id: 'qh-sandbox', topic: 'support', question: "Does the vendor provide a non-production sandbox environment for customer testing and integration development?", yesno: 'yes', sentence: "Yes. Professional and Enterprise customers get a sandbox organization with synthetic data, and developers can use our public FHIR sandbox." },
  { id: 'qh-source-escrow', topic: 'support', question: "Will the vendor place its source code in escrow for the customer's benefit?", yesno: 'no', sentence: "No. We do not offer source code escrow; our commitments to return customer data at termination are the remedy we offer for business failure." },
] satisfies readonly QhEntry[];

export const FIFTH_ENTRIES: readonly DevEntry[] = ENTRIES;

const DEV = [
  // identity
  ["Does the Vendor support SAML 2.0 federated authentication for Covered Entity workforce members?", 'qh-sso'],
  ["IAM-SSO-01 | Federated SSO via OpenID Connect | Y/N", 'qh-sso'],
  ["hi! our IT wants to know if the front desk staff can log in with their Okta accounts instead of yet another password?", 'qh-sso'],
  ["Is single sign-on included on every subscription tier, including the entry-level tier?", null],
  ["Once SSO enforcement is turned on, what happens to users' existing local passwords?", 'qh-sso'],
  ["Does the platform support SCIM 2.0 for automated user lifecycle management?", 'qh-scim'],
  ["User provisioning methods supported (check all that apply): [ ] SCIM  [ ] SAML JIT  [ ] CSV import  [ ] Manual", null],
  ["When a user is disabled in our Azure AD, is the corresponding account in your application deleted automatically?", 'qh-scim'],
  ["MFA available for application end users (Y/N)", 'qh-mfa-customers'],
  ["Can the customer administrator mandate MFA for every user account in its tenant?", 'qh-mfa-customers'],
  ["Does the application offer one-time passcodes sent by text message as a second authentication factor?", 'qh-mfa-customers'],
  ["Does the system support FIDO2 security keys (e.g., YubiKey) for clinician authentication?", 'qh-hardware-keys'],
  ["Are passkeys supported for patients signing in to the mobile app?", 'qh-hardware-keys'],
  ["Does the app support push-based MFA such as Duo Push or Okta Verify for end users?", null],
  ["HECVAT IAM: Are all of the vendor's workforce, including offshore staff and contractors, required to use multi-factor authentication?", 'qh-mfa-workforce'],
  ["SIG Lite H.5 - Is multi-factor authentication required for remote access by your personnel to systems containing Scoped Data?", 'qh-mfa-workforce'],
  ["Do your engineers need a hardware token to get into the cloud console?", 'qh-mfa-workforce'],
  ["Is Okta used as the vendor's workforce identity provider?", null],
  ["Minimum password length enforced by the application (number of characters):", 'qh-password-policy'],
  ["Does the application force users to change their password every 90 days?", 'qh-password-policy'],
  ["Account lockout threshold (failed attempts) and lockout duration", 'qh-password-policy'],
  ["The system must store passwords using a salted one-way hash (bcrypt, scrypt, PBKDF2 or Argon2).", 'qh-password-policy'],
  ["Does the system prevent reuse of the last 24 passwords?", null],
  ["§164.312(a)(2)(iii) Automatic logoff: Does the system terminate an electronic session after a predetermined time of inactivity?", 'qh-sessions'],
  ["Can the idle timeout for clinic workstations be set to 10 minutes?", 'qh-sessions'],
  ["We need clinicians to stay logged in for a full 4-hour shift without timing out. Can the inactivity timeout be set that high?", null],
  ["Pls list the user roles which the admin of Covered Entity can assign to our staffs.", 'qh-rbac'],
  ["Can customer admins build custom roles from granular permissions?", null],
  ["Can a user be restricted to seeing only the patients of specific clinic locations?", 'qh-rbac'],
  ["How often is Quayside personnel access to production recertified?", 'qh-access-reviews'],
  ["Workforce user access reviews are performed on a monthly basis. (Y/N)", null],
  ["The Contractor shall revoke all system access of terminated personnel within twenty-four (24) hours of separation.", 'qh-offboarding'],
  ["When one of OUR clinic employees leaves, how quickly will Quayside disable their Console account?", null],
  ["How is administrator access to production databases that hold ePHI controlled and monitored?", 'qh-privileged-access'],
  ["Do any engineers hold standing, persistent administrator rights in production?", 'qh-privileged-access'],
  ["Do you use CyberArk or a similar password vault for privileged credentials?", null],
  ["Is there a break-glass procedure for your cloud organization, and who physically holds the emergency credentials?", null],
  ["Unique user identification (§164.312(a)(2)(i)): are shared or generic logins prohibited?", 'qh-shared-accounts'],
  ["How do third-party applications authenticate to your FHIR API? Is SMART Backend Services supported?", 'qh-api-auth'],
  ["API access tokens expire in 1 hour or less?", 'qh-api-auth'],
  ["Can we restrict Console logins to our hospital's IP ranges?", 'qh-ip-allowlist'],
  ["Can API clients be restricted to a list of source IP addresses?", null],
  ["How do patients verify their identity when they first create an account in the app?", 'qh-patient-accounts'],
  // encryption
  ["CEK-03.1: Are data at rest encrypted using industry-standard algorithms? Specify the algorithm and key length.", 'qh-encryption-rest'],
  ["§164.312(a)(2)(iv) Encryption and decryption (Addressable) - Has the vendor implemented a mechanism to encrypt ePHI at rest?", 'qh-encryption-rest'],
  ["Is data encrypted both at rest and in transit? Please describe each.", null],
  ["Can the Covered Entity supply and control its own encryption key?", 'qh-cmek'],
  ["Is customer-managed key encryption available on the Professional plan?", null],
  ["Can our keys stay in our on-premises Thales HSM (hold-your-own-key)?", null],
  ["If we revoke your access to our CMEK key, what happens to our data?", 'qh-cmek'],
  ["Minimum TLS version accepted on public endpoints", 'qh-tls'],
  ["Are TLS 1.0 and 1.1 disabled on all externally facing services?", 'qh-tls'],
  ["Certificates used to protect data in transit must use RSA keys of at least 4096 bits.", null],
  ["Do you support mutual TLS (client certificates) for our systems calling the FHIR API?", null],
  ["Is service-to-service traffic inside your environment encrypted, e.g. with mTLS?", 'qh-internal-encryption'],
  ["Is replication between your primary and secondary regions encrypted?", 'qh-internal-encryption'],
  ["Encryption key rotation interval (days)", 'qh-key-management'],
  ["Are encryption keys stored in a dedicated hardware security module (HSM) under your exclusive control?", null],
  ["Where are application secrets such as database passwords and API keys stored?", 'qh-key-management'],
  ["Are FIPS 140-2 validated cryptographic modules used for the encryption of ePHI?", 'qh-fips'],
  ["Is full disk encryption enforced on all laptops (BitLocker / FileVault)?", 'qh-laptop-encryption'],
  ["Hello! Our billing team sometimes asks your support people to send over patient lists. How is PHI protected when your staff have to email it to us?", 'qh-email-encryption'],
  ["Are Social Security numbers encrypted at the column or field level in the database?", 'qh-field-encryption'],
  ["Is data on mobile phones used by the vendor's workforce encrypted?", null],
  ["Are documents uploaded by patients (insurance cards, IDs) scanned for malware?", null],
  // logging and monitoring
  ["Does the system maintain an audit trail of every access to a patient record, including read-only views?", 'qh-audit-logging'],
  ["Are audit logs of ePHI access retained for a minimum of six (6) years?", 'qh-audit-logging'],
  ["Are audit logs of ePHI access retained for at least seven years?", null],
  ["Our Privacy Office sometimes needs to know everyone who opened a particular patient's chart. Can they pull that themselves?", 'qh-customer-audit-log'],
  ["Can audit events be streamed to our Splunk instance in near real time?", 'qh-customer-audit-log'],
  ["Retention period for security event logs:", 'qh-log-retention'],
  ["Security logs shall be retained for no less than twenty-four (24) months.", null],
  ["How long are Zendesk support tickets retained?", null],
  ["SIEM product used", 'qh-siem'],
  ["Do you use Microsoft Sentinel as your SIEM?", null],
  ["LOG-05: Are security events monitored 24/7/365?", 'qh-monitoring-247'],
  ["Is the 24x7 SOC fully staffed by vendor employees rather than an outsourced provider?", null],
  ["Are logs protected from alteration, including by system administrators?", 'qh-log-integrity'],
  ["Is an IDS/IPS deployed for the production environment?", 'qh-ids'],
  ["NTP / time synchronization in place? Y/N", 'qh-time-sync'],
  ["Do your application logs contain patient identifiers?", null],
  ["Are security logs reviewed manually every day?", null],
  // network
  ["Default-deny firewall rules in place for production? Y/N", 'qh-firewall'],
  ["Is the production network segregated from the corporate network?", 'qh-segmentation'],
  ["What DDoS mitigation is in place for the service?", 'qh-ddos-waf'],
  ["Is a WAF deployed in front of the internet-facing application? Name the product.", 'qh-ddos-waf'],
  ["Do you use Akamai for CDN and bot mitigation?", null],
  ["Do remote employees connect to the corporate network via VPN?", 'qh-vpn'],
  ["Method used by employees for remote access to internal applications", 'qh-vpn'],
  ["Are systems hardened according to CIS Benchmarks?", 'qh-hardening'],
  ["Are office wireless networks protected with WPA2-Enterprise or stronger?", 'qh-wireless'],
  ["Is DMARC enforced with a p=reject policy on your sending domains?", 'qh-email-security'],
  ["Is outbound (egress) traffic from production restricted to approved destinations?", null],
  ["Please provide a current network architecture diagram.", null],
  // hosting
  ["Hosting provider and region(s):", 'qh-hosting'],
  ["Is the application hosted on Amazon Web Services?", 'qh-hosting'],
  ["Will our PHI ever be stored outside the United States, including in backups?", 'qh-data-location-us'],
  ["Our data, is it accessed from outside of United States by any of your staffs?", 'qh-offshore'],
  ["Does the vendor use offshore resources for any services under this agreement? If yes, list the countries.", 'qh-offshore'],
  ["Vendor confirms that no personnel located outside the U.S. will have access to Covered Entity ePHI.", null],
  ["Where do your Philippine support agents physically work, and on what devices?", 'qh-offshore'],
  ["Can our tenant be hosted in Frankfurt?", 'qh-eu-residency'],
  ["Can you host our data in a Canadian region?", 'qh-eu-residency'],
  ["How is our data logically separated from other tenants' data?", 'qh-multitenancy'],
  ["Is a dedicated instance available for large health systems?", 'qh-single-tenant'],
  ["Is the solution available for on-premises installation in our own data center?", 'qh-on-prem'],
  ["Does the vendor operate its own data center? If so, provide the facility's SOC report.", 'qh-data-centers'],
  ["Has the vendor signed a BAA with Google?", 'qh-cloud-baa'],
  ["Do you have a Business Associate Agreement in place with Amazon Web Services?", null],
  ["Is the Cloudflare edge configured so that our traffic is decrypted only in US locations?", 'qh-hosting'],
  ["Does your hosting provider hold a FedRAMP High authorization for the services you use?", null],
  // application security
  ["Describe your secure software development lifecycle (SSDLC).", 'qh-sdlc'],
  ["Is static application security testing (SAST) run on every code change?", 'qh-sdlc'],
  ["Do you use SonarQube or Checkmarx for static code analysis?", null],
  ["Is threat modeling performed during the design of new features?", 'qh-sdlc'],
  ["Authenticated DAST scans are run against production at least weekly. (Y/N)", null],
  ["Do you perform dynamic application security testing?", 'qh-dast'],
  ["Can you provide an SBOM in CycloneDX or SPDX format?", 'qh-dependency'],
  ["How are vulnerable open-source libraries identified and remediated?", 'qh-dependency'],
  ["Are developers trained in secure coding at least annually?", 'qh-secure-coding-training'],
  // penetration testing and vulnerability management
  ["Date of last third-party penetration test:", 'qh-pentest'],
  ["Has a penetration test been performed by an independent third party within the last 12 months?", 'qh-pentest'],
  ["Penetration tests must be performed at least semi-annually.", null],
  ["Does the penetration test scope include the iOS and Android apps?", 'qh-pentest'],
  ["Please attach your latest full penetration test report.", 'qh-pentest-report'],
  ["Can you share an executive summary or attestation letter from your latest penetration test?", null],
  ["Can our security team conduct its own annual penetration test against your application?", 'qh-customer-pentest'],
  ["Vulnerability disclosure (select all that apply): [ ] Public bug bounty  [ ] Private bug bounty  [ ] VDP / security.txt  [ ] None", 'qh-bug-bounty'],
  ["Is your bug bounty run through HackerOne?", null],
  ["Frequency of infrastructure vulnerability scans", 'qh-vuln-scanning'],
  ["Are vulnerability scans performed at least monthly?", 'qh-vuln-scanning'],
  ["Critical vulnerability remediation timeframe (days)", 'qh-vuln-sla'],
  ["The vendor must remediate high-risk vulnerabilities within 30 days of identification.", 'qh-vuln-sla'],
  ["Critical vulnerabilities must be remediated within 72 hours of discovery.", null],
  ["How are exceptions to remediation timelines approved?", 'qh-vuln-sla'],
  ["Describe your patch management process for endpoints.", 'qh-patching'],
  ["Workstation OS security patches applied within 30 days of release? (Y/N)", 'qh-patching'],
  ["How many high findings from your last pentest are still open?", null],
  // change management
  ["Is there a formal, documented change management process for production? Y/N", 'qh-change-mgmt'],
  ["Is infrastructure managed as code, with changes reviewed before being applied?", 'qh-change-mgmt'],
  ["Describe your emergency change procedure.", 'qh-emergency-change'],
  ["Are emergency changes reviewed retroactively within 5 business days?", 'qh-emergency-change'],
  ["Is segregation of duties enforced between developing code and deploying it to production?", 'qh-segregation-duties'],
  ["How much advance notice is given before scheduled maintenance?", 'qh-customer-change-notice'],
  ["Maintenance requiring downtime shall be scheduled with at least ten (10) business days' notice to the Agency.", null],
  ["Is live PHI ever used in test environments?", 'qh-environments'],
  ["Is there a regular change review meeting for high-risk changes? How often does it meet?", 'qh-change-mgmt'],
  // business continuity, disaster recovery and backups
  ["Do you have a documented BCP? When was it last tested?", 'qh-bcp'],
  ["Are your BCP and your DR plan both tested every year, and are the results of the last tests shared with customers?", null],
  ["RTO (hours)", 'qh-dr'],
  ["RPO", 'qh-dr'],
  ["The Vendor shall maintain a recovery time objective of four (4) hours or less for the hosted application.", null],
  ["Is your RPO 24 hours or less?", 'qh-dr'],
  ["When was DR last tested, and what was the result?", 'qh-dr'],
  ["Do you have a documented pandemic response plan?", null],
  ["Backup frequency", 'qh-backups'],
  ["Are backups stored in a separate geographic location from production?", 'qh-backups'],
  ["Backups must be retained for a minimum of ninety (90) days.", null],
  ["Are backup restores tested at least quarterly?", 'qh-backups'],
  ["Are backups immutable (WORM)?", null],
  ["Contractual uptime commitment (%)", 'qh-uptime-sla'],
  ["Is a 99.99% availability SLA offered?", null],
  ["What was your actual uptime over the last 12 months?", 'qh-uptime-sla'],
  ["Do you have a public status page?", 'qh-status-page'],
  ["Is the application deployed across multiple availability zones?", 'qh-redundancy'],
  ["Is your architecture active-active across two regions?", null],
  // incident response
  ["§164.308(a)(6)(i) Security incident procedures: Has the vendor implemented policies and procedures to address security incidents, and when were they last tested?", 'qh-ir-plan'],
  ["Is the IR plan exercised via tabletop at least annually?", 'qh-ir-plan'],
  ["Vendor must notify the customer of security incidents involving customer data within 72 hours.", 'qh-incident-notification'],
  ["Breach notification to the Covered Entity within 24 hours of discovery - can you comply?", null],
  ["Per §164.410, will the Business Associate notify the Covered Entity of a breach of unsecured PHI no later than 60 calendar days after discovery?", 'qh-incident-notification'],
  ["Business Associate shall report any Breach of Unsecured PHI to Covered Entity within five (5) business days of discovery.", null],
  ["In the event of a breach, who is responsible for notifying affected patients and paying for credit monitoring?", null],
  ["Have you had a reportable breach of PHI in the last 3 years?", 'qh-breach-history'],
  ["Any OCR investigations, resolution agreements or settlements in the past 5 years?", 'qh-regulatory-actions'],
  ["Has the vendor ever paid a ransom in connection with a ransomware attack?", null],
  ["Do you have an incident response retainer with a forensics firm?", 'qh-forensics'],
  ["Provide the names and mobile numbers of your incident escalation contacts.", null],
  ["How do we report a suspected incident to you outside business hours?", 'qh-report-incident'],
  ["Does the IR plan include a ransomware playbook?", 'qh-ir-plan'],
  // vendors
  ["List all subcontractors that will have access to PHI.", 'qh-subprocessors'],
  ["Do you use Twilio to send text messages?", 'qh-subprocessors'],
  ["How much notice do you give before engaging a new subprocessor?", 'qh-subprocessors'],
  ["The Customer must have the right to object to any new subprocessor and to terminate without penalty.", null],
  ["Do you perform security due diligence on your vendors before onboarding them?", 'qh-vendor-risk'],
  ["Do you require your own vendors to hold ISO 27001 certification?", null],
  ["Our legal team will send over our standard BAA. Can you confirm you'll sign it, or do you insist on your own paper?", 'qh-baa'],
  ["Does the vendor require its own subcontractors who handle PHI to sign BAAs?", 'qh-vendor-flowdown'],
  ["Do you store or process credit card data (PCI)?", 'qh-payment-card'],
  ["Are you listed on Visa's Global Registry of Service Providers?", null],
  // personnel and company
  ["Are background checks conducted on all employees with access to PHI?", 'qh-background-checks'],
  ["Are criminal background checks performed on your offshore support staff?", 'qh-background-checks'],
  ["Background check provider and scope of checks:", 'qh-background-checks'],
  ["Are background checks refreshed every three years for existing staff?", null],
  ["Do employees sign NDAs?", 'qh-confidentiality-agreements'],
  ["Does your training program also cover annual HIPAA training for the Covered Entity's own staff who use the Console?", null],
  ["HIPAA training completed by all workforce members before accessing PHI and annually thereafter? Y/N", 'qh-training'],
  ["Do you conduct phishing simulations? How often?", 'qh-training'],
  ["Is separate, role-specific privacy training required for support agents who handle PHI?", null],
  ["Is there a sanctions policy for workforce members who violate security policy?", 'qh-disciplinary'],
  ["Do temporary staff and contractors follow the same security rules as employees, and what happens to their accounts when the engagement ends?", 'qh-contractors'],
  ["Is there a plan to reinstate criminal record checks for Manila hires, and by when?", null],
  ["Number of employees", 'qh-company'],
  ["How many employees are based in the Philippines?", 'qh-company'],
  ["Do you have a designated HIPAA Security Official?", 'qh-security-team'],
  ["Provide the name, email and direct phone number of your HIPAA Security Official.", null],
  ["Size of the information security team:", 'qh-security-team'],
  // policies and compliance
  ["Are information security policies reviewed and approved at least annually?", 'qh-policies'],
  ["Please provide copies of your information security policies.", 'qh-policies'],
  ["Do you perform a HIPAA security risk analysis annually?", 'qh-risk-assessment'],
  ["Quayside must support both SAML SSO and SCIM de-provisioning. Please confirm.", null],
  ["Do you maintain an inventory of IT assets?", 'qh-asset-inventory'],
  ["Is data classified? Describe the classification levels.", 'qh-data-classification'],
  ["SOC 2 Type II - which Trust Services Criteria are included?", 'qh-soc2'],
  ["Does your SOC 2 report include the Privacy criterion?", null],
  ["Is a bridge letter available to cover the gap since your last SOC 2 period?", 'qh-soc2'],
  ["Do you have a SOC 1 (SSAE 18) report?", null],
  ["HITRUST CSF certified? Which assessment type?", 'qh-hitrust'],
  ["Do you hold a HITRUST i1 certification?", null],
  ["ISO 27001 certificate number and certification body:", 'qh-iso27001'],
  ["Is the vendor ISO/IEC 27701 certified?", null],
  ["FedRAMP Moderate authorization?", 'qh-fedramp'],
  ["Is the service StateRAMP authorized?", 'qh-fedramp'],
  ["Are you HIPAA compliant?", 'qh-hipaa-compliance'],
  ["Has an independent third party assessed your HIPAA compliance?", 'qh-hipaa-compliance'],
  ["Is the product ONC-certified under the 2015 Edition Cures Update?", 'qh-onc-cert'],
  ["Do you comply with 42 CFR Part 2 for substance use disorder records?", null],
  ["Which of the following can you provide? [ ] SOC 2 Type 2 report  [ ] ISO 27001 certificate  [ ] HITRUST r2 letter  [ ] PCI AOC", null],
  // privacy
  ["Who is your Privacy Officer?", 'qh-privacy-program'],
  ["Does the vendor sell personal information?", 'qh-sell-data'],
  ["Are you CCPA compliant?", 'qh-ccpa'],
  ["GDPR: you will sign our DPA with the SCC inside?", 'qh-gdpr'],
  ["Have you appointed an EU representative under Article 27 GDPR?", 'qh-gdpr'],
  ["Does the vendor use de-identified patient data for benchmarking or research?", 'qh-secondary-use'],
  ["Do you share aggregated utilization statistics with the Covered Entity every quarter?", null],
  ["How do you support patient right-of-access requests?", 'qh-patient-rights'],
  ["If a patient contacts you directly to request their records, what do you do?", 'qh-patient-rights'],
  ["Do you comply with the Texas Medical Records Privacy Act (HB 300)?", null],
  ["Describe how you enforce the minimum necessary standard for your own staff.", 'qh-minimum-necessary'],
  ["Do you honor Global Privacy Control signals on your website?", null],
  // data handling
  ["How long is customer data retained while the subscription is active?", 'qh-data-retention'],
  ["Can the customer configure retention periods for patient records?", 'qh-data-retention'],
  ["Can retention be set to 25 years to meet our state's rule for minors' records?", null],
  ["Upon contract termination, within how many days is our data deleted?", 'qh-data-deletion'],
  ["Vendor shall destroy all Customer Data, including backup copies, within ninety (90) days of termination and certify the destruction in writing.", null],
  ["Will you provide a certificate of destruction?", 'qh-data-deletion'],
  ["Can we export all our data at any time in a machine-readable format?", 'qh-data-export'],
  ["Does the FHIR API support Bulk Data export ($export)?", 'qh-data-export'],
  ["How are retired laptops disposed of?", 'qh-media-disposal'],
  ["Is media sanitized in accordance with NIST SP 800-88 Rev. 1?", null],
  ["What PHI data elements does the application store?", 'qh-phi-data-elements'],
  ["Does the application collect Social Security numbers?", 'qh-phi-data-elements'],
  ["Will the vendor indemnify the Covered Entity for costs arising from a breach caused by the vendor?", null],
  ["How long are email records retained?", null],
  // artificial intelligence
  ["Does your solution use AI/ML? Describe.", 'qh-ai-features'],
  ["How is the Intake Summary feature turned on, and can we keep it disabled?", 'qh-ai-features'],
  ["Is PHI shared with OpenAI or any other LLM provider?", 'qh-ai-third-party'],
  ["Which foundation model powers your AI features, and where is it hosted?", 'qh-ai-features'],
  ["Have AI outputs been audited for bias?", 'qh-ai-governance'],
  ["Do you have an AI governance policy?", 'qh-ai-governance'],
  ["Is the AI model FDA-cleared as a medical device?", null],
  ["May employees use ChatGPT with customer data?", 'qh-employee-ai'],
  ["Are you planning ambient listening / AI scribe features?", null],
  ["Does the vendor follow the NIST AI Risk Management Framework?", null],
  // accessibility and insurance
  ["WCAG 2.1 AA conformance? Provide VPAT.", 'qh-accessibility'],
  ["Does the Console conform to WCAG 2.2 AA?", null],
  ["Are patient-facing screens available in Spanish?", 'qh-languages'],
  ["Is the Console available in French?", 'qh-languages'],
  ["Cyber liability coverage amount", 'qh-cyber-insurance'],
  ["Vendor shall maintain cyber liability insurance of not less than $5,000,000.", 'qh-cyber-insurance'],
  ["Cyber coverage of at least $20M per occurrence is required.", null],
  ["Do you carry professional liability / tech E&O?", 'qh-eo-insurance'],
  ["Who is your cyber insurance carrier, and what is the deductible?", null],
  ["General liability limits", 'qh-other-insurance'],
  ["Can we be named as an additional insured on your cyber policy?", 'qh-cyber-insurance'],
  // endpoints, physical, mobile and support
  ["EDR product deployed on endpoints", 'qh-edr'],
  ["Do clinic workstations need CrowdStrike installed to use the Console?", null],
  ["Do you use Microsoft Defender for Endpoint?", null],
  ["Are laptops managed via MDM?", 'qh-mdm'],
  ["Screen lock after 15 minutes or less of inactivity on workstations?", 'qh-mdm'],
  ["Can employees access PHI from personal devices?", 'qh-byod'],
  ["Are USB mass storage devices blocked?", 'qh-removable-media'],
  ["DLP tool in use?", 'qh-dlp'],
  ["Is web content filtering enforced on all endpoints?", null],
  ["Describe physical access controls at your offices.", 'qh-office-physical'],
  ["Is CCTV footage retained for at least 90 days?", null],
  ["Does the patient app store PHI locally on the device?", 'qh-mobile-security'],
  ["Does the iOS app implement certificate pinning?", 'qh-mobile-security'],
  ["Can the patient app be used on a rooted Android phone?", 'qh-mobile-security'],
  ["Biometric login supported in the mobile app?", 'qh-mobile-biometrics'],
  ["Is there a native iPad app for front-desk staff?", 'qh-staff-mobile-app'],
  ["Do SMS appointment reminders include the reason for the visit?", 'qh-notifications-phi'],
  ["Minimum supported Android version for the patient app?", 'qh-platforms'],
  ["What are your support hours?", 'qh-support-hours'],
  ["Severity 1 response time must not exceed 30 minutes.", null],
  ["Can support personnel access our tenant without our approval?", 'qh-support-access'],
  ["Is on-site training at our clinics included in the implementation fee?", null],
  ["Do you support HL7 v2 ADT feeds?", 'qh-ehr-integrations'],
  ["Do you integrate with Oracle Health (Cerner)?", null],
  ["Do you offer telehealth video visits?", null],
] as const satisfies readonly Q[];

const BLIND = [
  // identity
  ["Application supports SAML-based single sign-on with our identity provider (Microsoft Entra ID).", 'qh-sso'],
  ["IAM-02.3 Does the service support OIDC federation for customer users?", 'qh-sso'],
  ["Does SSO require the Enterprise tier, or is it also on Professional?", 'qh-sso'],
  ["Single sign-on must be available on the Essentials package we are buying.", null],
  ["Automatic user provisioning via SCIM from Entra ID - supported?", 'qh-scim'],
  ["Will users we add to our Okta group be created in Quayside automatically?", 'qh-scim'],
  ["Good morning, quick question from our clinic manager: is there a two-step login for our staff accounts, and can we make it compulsory for everyone?", 'qh-mfa-customers'],
  ["Is WebAuthn supported as an MFA method for end users?", 'qh-hardware-keys'],
  ["MFA for all application users must be phishing-resistant (FIDO2).", 'qh-hardware-keys'],
  ["Do Quayside employees authenticate with MFA to access email and internal systems?", 'qh-mfa-workforce'],
  ["Is SMS used as an MFA factor for your own workforce?", null],
  ["Are users locked out after no more than 5 unsuccessful login attempts?", 'qh-password-policy'],
  ["Are users locked out after 3 failed logins?", null],
  ["Default session inactivity timeout (minutes)", 'qh-sessions'],
  ["Are patient app sessions ended when the app is left in the background?", 'qh-sessions'],
  ["Can permissions be scoped by location, so front-desk staff at one clinic cannot see another clinic's patients?", 'qh-rbac'],
  ["Does the application support attribute-based access control (ABAC) policies?", null],
  ["What is your SLA for disabling a leaver's accounts on an involuntary termination?", 'qh-offboarding'],
  ["Is just-in-time privileged access used for production, and what is the maximum elevation duration?", 'qh-privileged-access'],
  ["Are privileged sessions to production databases recorded?", 'qh-privileged-access'],
  ["Does every user, including administrators, receive a unique individual login?", 'qh-shared-accounts'],
  ["Describe the OAuth 2.0 flows supported by the API.", 'qh-api-auth'],
  ["Is IP address restriction available for access to the web portal?", 'qh-ip-allowlist'],
  ["Can patients reset a forgotten password themselves?", 'qh-patient-accounts'],
  // encryption
  ["Data at rest encryption standard (e.g., AES-256)", 'qh-encryption-rest'],
  ["Is bring-your-own-key supported on all plans?", null],
  ["CEK-08: Can CSCs manage their own data encryption keys?", 'qh-cmek'],
  ["Can we use an external key manager (e.g., Fortanix) with your service?", null],
  ["Does the service still accept TLS 1.1 connections for legacy clients?", null],
  ["§164.312(e)(1) Transmission security: Does the vendor implement technical security measures to guard against unauthorized access to ePHI transmitted over an electronic communications network?", 'qh-tls'],
  ["Describe your key management lifecycle and KMS.", 'qh-key-management'],
  ["Are keys rotated at least every 30 days?", null],
  ["Are all crypto modules FIPS 140-3 validated?", 'qh-fips'],
  ["Laptops and desktops: full disk encryption enforced via MDM?", 'qh-laptop-encryption'],
  ["Is PHI ever sent by unencrypted email?", 'qh-email-encryption'],
  // logging and monitoring
  ["Are read-only accesses to patient records (views) captured in the audit log?", 'qh-audit-logging'],
  ["Is the customer audit trail available through the API on all plans?", null],
  ["Hi team, our auditor asked how long you keep your infrastructure and security logs and how far back you can search them quickly. Thanks!", 'qh-log-retention'],
  ["Centralized log management / SIEM - describe.", 'qh-siem'],
  ["Does an MDR/SOC provider monitor your environment after hours?", 'qh-monitoring-247'],
  ["Critical security alerts must be responded to within 15 minutes, 24x7.", 'qh-monitoring-247'],
  ["Critical security alerts must be responded to within 5 minutes.", null],
  ["Can anyone at Quayside delete audit logs?", null],
  ["Does the vendor perform file integrity monitoring (FIM) on production hosts?", null],
  ["Is PHI scrubbed from debug logs?", 'qh-phi-in-logs'],
  // network
  ["Are network security rules managed as code and peer-reviewed?", 'qh-firewall'],
  ["Is there network separation between dev/test and prod?", 'qh-segmentation'],
  ["Does the application sit behind a CDN with DDoS scrubbing?", 'qh-ddos-waf'],
  ["How do staff reach internal tools remotely - ZTNA or VPN?", 'qh-vpn'],
  ["All remote access by vendor personnel shall be through an encrypted VPN with MFA.", 'qh-vpn'],
  ["Is guest Wi-Fi isolated from the corporate network?", 'qh-wireless'],
  ["Do you run an email gateway such as Proofpoint or Mimecast?", null],
  // hosting
  ["Data center location(s) (city/state):", 'qh-hosting'],
  ["How long is our data held by Cloudflare at the edge?", null],
  ["All State data shall remain within the continental United States at all times, including when accessed.", null],
  ["The Covered Entity requires disclosure of any workforce member of the Business Associate located outside the United States who may access PHI. Please disclose.", 'qh-offshore'],
  ["Are any of your support functions performed by offshore personnel? If so, where, and what controls apply to them?", 'qh-offshore'],
  ["What restrictions on printing and removable media apply to your offshore support staff?", 'qh-offshore'],
  ["Do you have an Indian development center with access to production?", null],
  ["Do you offer a UK or EU hosting option?", 'qh-eu-residency'],
  ["Is the platform multitenant?", 'qh-multitenancy'],
  ["Private/single-tenant cloud option?", 'qh-single-tenant'],
  ["Self-hosted deployment option available?", 'qh-on-prem'],
  ["Is a BAA in place with your IaaS provider?", 'qh-cloud-baa'],
  // application security
  ["Are code changes scanned for hard-coded secrets before merge?", 'qh-sdlc'],
  ["Is fuzz testing part of your SDLC?", null],
  ["Is DAST run against the production application?", 'qh-dast'],
  ["Software composition analysis tool used", 'qh-dependency'],
  ["Is an SBOM delivered automatically with every release?", null],
  ["Secure coding training frequency for engineers", 'qh-secure-coding-training'],
  // penetration testing and vulnerability management
  ["Who performed your most recent penetration test, and when?", 'qh-pentest'],
  ["Is the Google Cloud configuration in scope of the pen test?", 'qh-pentest'],
  ["Is the penetration testing firm CREST-accredited?", null],
  ["Provide the full pentest findings, including open items.", 'qh-pentest-report'],
  ["Will you allow the Agency to perform vulnerability scanning of the hosted solution?", 'qh-customer-pentest'],
  ["Which assets are in scope of your Bugcrowd program?", 'qh-bug-bounty'],
  ["Medium-severity vulnerability remediation SLA", 'qh-vuln-sla'],
  ["Are medium vulnerabilities remediated within 30 days?", null],
  ["How quickly are actively exploited vulnerabilities patched on laptops?", 'qh-patching'],
  ["Are servers patched monthly by a manual process?", null],
  ["Were any critical findings identified in your 2026 penetration test?", null],
  // change management
  ["Are production deployments performed only by an automated pipeline?", 'qh-segregation-duties'],
  ["Can an engineer approve his or her own merge request?", null],
  ["Does Quayside notify customers before every production deployment?", null],
  ["Emergency changes: who approves them, and how soon are they documented?", 'qh-emergency-change'],
  ["When is your standard maintenance window?", 'qh-customer-change-notice'],
  ["Do test environments contain copies of production data?", 'qh-environments'],
  // business continuity, disaster recovery and backups
  ["BCP-01: The Contractor shall maintain a Business Continuity Plan and shall test it no less than annually.", 'qh-bcp'],
  ["If the Manila office became unavailable, how would support continue?", 'qh-bcp'],
  ["Recovery Time Objective of 12 hours or less?", 'qh-dr'],
  ["Recovery point objective must not exceed 15 minutes.", null],
  ["Failover region for disaster recovery", 'qh-dr'],
  ["Is point-in-time recovery available for the database?", 'qh-backups'],
  ["How long are daily backups retained?", 'qh-backups'],
  ["Can the customer request restoration of a single deleted record from backup?", null],
  ["Uptime SLA for Professional tier customers?", 'qh-uptime-sla'],
  ["Can we subscribe to SMS alerts for outages?", 'qh-status-page'],
  ["Are databases replicated synchronously across zones?", null],
  // incident response
  ["Incident response plan based on a framework (NIST 800-61, SANS)?", 'qh-ir-plan'],
  ["Notification of confirmed incidents within 48 hours - acceptable?", 'qh-incident-notification'],
  ["The vendor shall notify the Agency within one (1) hour of discovering any suspected incident.", null],
  ["Breach of unsecured PHI: notice to the Covered Entity no later than 10 calendar days from discovery?", 'qh-incident-notification'],
  ["Has Quayside ever notified HHS of a breach?", 'qh-breach-history'],
  ["Has any state attorney general taken action against you regarding privacy or data security?", 'qh-regulatory-actions'],
  ["Any lawsuits filed against the company in the past three years (any subject)?", null],
  ["Is there a forensics firm on retainer?", 'qh-forensics'],
  ["Security incident reporting email address", 'qh-report-incident'],
  ["Who is your CISO (name)?", null],
  ["Will you provide a root cause analysis report within 5 business days after an incident?", null],
  // vendors
  ["Is Quayside in PCI DSS scope as a service provider for patient card payments?", 'qh-payment-card'],
  ["Is SendGrid a subprocessor?", 'qh-subprocessors'],
  ["Is Zendesk used for support tickets, and can PHI appear in those tickets?", null],
  ["Is customer PHI shared with Salesforce?", null],
  ["Do you audit your critical vendors on site?", null],
  ["Are you willing to enter into a BAA with the Covered Entity on the Covered Entity's paper?", 'qh-baa'],
  ["Will subcontractors that receive PHI agree to the same restrictions and conditions that apply to the Business Associate (§164.504(e)(2)(ii)(D))?", 'qh-vendor-flowdown'],
  ["Does Quayside's own vendor onboarding require a SOC 2 report from suppliers?", 'qh-vendor-risk'],
  ["Will you provide copies of your subprocessors' SOC 2 reports?", null],
  // personnel and company
  ["For your staffs in Philippines, which verification is done before hiring them?", 'qh-background-checks'],
  ["All personnel with access to State data shall undergo a criminal background check prior to access.", 'qh-background-checks'],
  ["Are background checks repeated when an employee is given production access?", 'qh-background-checks'],
  ["Are drug screenings part of pre-employment checks?", null],
  ["Are confidentiality agreements signed before access is granted?", 'qh-confidentiality-agreements'],
  ["Security awareness training platform used", 'qh-training'],
  ["Phishing simulation frequency - at least quarterly?", 'qh-training'],
  ["What happens to employees who violate the HIPAA policies?", 'qh-disciplinary'],
  ["What year was the company founded, and where is it headquartered?", 'qh-company'],
  ["To whom does the CISO report?", 'qh-security-team'],
  // policies and compliance
  ["Policy index / list of security policies", 'qh-policies'],
  ["Are your security policies aligned with NIST CSF 2.0?", null],
  ["Is a risk assessment performed before major system changes?", 'qh-risk-assessment'],
  ["Is there an inventory of SaaS applications with assigned owners?", 'qh-asset-inventory'],
  ["What classification applies to PHI under your scheme?", 'qh-data-classification'],
  ["SOC 2 audit period end date", 'qh-soc2'],
  ["Is Processing Integrity in scope for your SOC 2?", null],
  ["Please provide your SOC 2 Type 2 report and your HITRUST r2 letter.", null],
  ["HITRUST r2 - year of certification?", 'qh-hitrust'],
  ["ISO 27001: certified / in progress / not planned", 'qh-iso27001'],
  ["Do you hold a HIPAA compliance attestation report from a third-party auditor?", null],
  ["Is Quayside Certified EHR Technology (CEHRT)?", 'qh-onc-cert'],
  ["Has the vendor completed a CSA STAR Level 2 certification?", null],
  ["FedRAMP Tailored (LI-SaaS)?", 'qh-fedramp'],
  // privacy
  ["Do you sell or share personal information for cross-context behavioral advertising?", 'qh-sell-data'],
  ["Are you a service provider under the CPRA?", 'qh-ccpa'],
  ["Will you process personal data of EU residents under the GDPR?", 'qh-gdpr'],
  ["Privacy notice URL", null],
  ["Are usage analytics collected from the patient app?", 'qh-secondary-use'],
  ["Does the Console support patient-directed API access under the 21st Century Cures Act?", null],
  ["Do support agents see patients' clinical answers by default?", 'qh-minimum-necessary'],
  ["Is a Data Protection Impact Assessment performed for new features?", null],
  ["Does Quayside comply with Washington's My Health My Data Act?", null],
  // data handling
  ["Maximum configurable retention for intake forms", 'qh-data-retention'],
  ["Data is deleted from production within 60 days after contract end?", 'qh-data-deletion'],
  ["All copies of customer data, including backups, shall be purged within 30 days of contract termination.", null],
  ["How long do we have to download our data after termination?", 'qh-data-deletion'],
  ["Export formats supported", 'qh-data-export'],
  ["Are your e-waste vendors certified, and do they provide destruction certificates?", 'qh-media-disposal'],
  ["Does the system store images of driver's licenses?", 'qh-phi-data-elements'],
  ["Does the contract state that the customer owns its data?", 'qh-data-ownership'],
  ["Is customer data deleted if our subscription lapses for non-payment?", null],
  // artificial intelligence
  ["Generative AI: is it opt-in, and are outputs labeled as AI-generated?", 'qh-ai-features'],
  ["Our compliance person asks: does Quayside send any of our patients' intake answers to ChatGPT or similar to make the summaries?", 'qh-ai-third-party'],
  ["Is your LLM fine-tuned on our clinic's data?", 'qh-ai-third-party'],
  ["How are AI summaries validated for accuracy?", 'qh-ai-governance'],
  ["Is Microsoft Copilot permitted for staff?", null],
  ["Will you use a third-party speech vendor for future AI features?", null],
  // accessibility, insurance, endpoints, physical, mobile and support
  ["Section 508 / VPAT available?", 'qh-accessibility'],
  ["Is the staff Console fully WCAG 2.1 AA conformant, with no exceptions?", null],
  ["Patient intake languages supported", 'qh-languages'],
  ["Is the patient app available in Korean?", 'qh-languages'],
  ["Cyber insurance: aggregate limit, and does it cover regulatory fines?", 'qh-cyber-insurance'],
  ["Tech E&O limit of $5M or more?", 'qh-eo-insurance'],
  ["Technology E&O of not less than $10,000,000 per claim shall be maintained.", null],
  ["Umbrella/excess liability coverage?", 'qh-other-insurance'],
  ["What is the self-insured retention on your cyber policy?", null],
  ["Antivirus on Macs?", 'qh-edr'],
  ["Is BYOD allowed for reading company email?", 'qh-byod'],
  ["Can staff copy files to USB sticks?", null],
  ["Is Microsoft Purview used for DLP?", 'qh-dlp'],
  ["Is there a clean desk policy in the support office?", 'qh-office-physical'],
  ["Are your offices staffed by security guards 24x7?", null],
  ["Is data cached on the phone encrypted?", 'qh-mobile-security'],
  ["Does the Android app prevent screenshots?", 'qh-mobile-security'],
  ["Mobile app for providers/clinicians?", 'qh-staff-mobile-app'],
  ["Can text reminders be configured to include the provider's name and the visit type?", null],
  ["Supported browsers", 'qh-platforms'],
  ["Weekend support hours", 'qh-support-hours'],
  ["Severity 2 response time of 4 hours or less?", 'qh-support-hours'],
  ["Do support agents ever log in as our users with our credentials?", 'qh-support-access'],
  ["Named customer success manager included?", 'qh-implementation'],
  ["Epic integration - which standard?", 'qh-ehr-integrations'],
  ["Is there a test/sandbox tenant?", 'qh-sandbox'],
  ["Is the sandbox included on the Essentials plan?", null],
  ["Source code escrow agreement available (e.g., with Iron Mountain)?", 'qh-source-escrow'],
  ["Do you provide 24x7 phone support for all severities?", 'qh-support-hours'],
  ["Are appointment reminder emails sent from a clinic-branded domain?", null],
  ["Does the app work offline?", null],
  ["Will you provide on-site support at go-live?", null],
  ["Are push notifications free of clinical details?", null],
  ["Quayside's own staff: do they complete HIPAA training every year?", 'qh-training'],
] as const satisfies readonly Q[];

export const FIFTH_DEV: readonly Labelled[] = DEV;
export const FIFTH_BLIND: readonly Labelled[] = BLIND;

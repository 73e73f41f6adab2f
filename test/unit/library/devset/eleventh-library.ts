/**
 * An eleventh library and one blind question set for it, written on 2026-12-08 by a helper that did
 * not open anything under src/ and ran nothing on this file but the TypeScript type check, ESLint and
 * its own label check (that every label names an entry, that no label names an internal entry, and
 * that no question repeats); no report, evaluation, test or matcher was run on it. ELEVENTH_BLIND is
 * to be read only as a figure, never one by one.
 *
 * First run, by another engineer at f40ec42: 88.2% precision / 43.8% recall (68 filled, 60 right;
 * 5 Yes/No, none from an entry other than the label). The matcher of 286e94d, before 2026-12-07's
 * evening changes, gives the same: 88.2% / 43.8%. ELEVENTH_BLIND is read only as a figure.
 *
 * The library is of an eleventh fictional company, Tidewater Clinical Systems Ltd: an Irish SaaS
 * vendor (Dublin, with a US subsidiary, Tidewater Clinical Systems Inc., in Boston; about 220
 * employees, no offshore or outsourced teams) serving clinical-trial sponsors, CROs and investigator
 * sites with electronic data capture, eConsent, the Tidewater Diary patient app (iOS and Android),
 * randomisation and trial supply management, a Sponsor Portal and a REST API. It runs only on Google
 * Cloud: EU studies in europe-west1 (Belgium) with backups and DR in europe-west4 (Netherlands), US
 * studies in us-east4 with DR in us-central1, and no other regions. Staff identity is Google Workspace
 * with FIDO2 security keys and Identity-Aware Proxy instead of a VPN; engineers use Jamf-managed Macs
 * with SentinelOne, other staff Chromebooks under Google endpoint management; Google Security
 * Operations is the SIEM, with Expel as the outsourced 24x7 MDR; GitHub, SonarQube, Dependabot, Trivy
 * and OWASP ZAP in the pipeline. It holds ISO/IEC 27001:2022 (NSAI) and a SOC 2 Type II (Security,
 * Availability, Confidentiality), signs HIPAA BAAs for US-hosted studies only, and is not ISO 27701,
 * HITRUST, FedRAMP or ISO 13485 certified; PCI DSS does not apply. It supports Part 11 and Annex 11
 * with audit trails, linked e-signatures (no biometrics) and GAMP 5 Category 4 release validation,
 * hosts sponsor GxP audits, has a DPO and acts as processor for study data. Plans are Site, Sponsor
 * and Enterprise: SSO (SAML only), the API, service credits and the 25-year hosted archive from
 * Sponsor; SCIM, custom roles, customer-managed keys (Cloud KMS), IP restrictions and 24x7 phone
 * support on Enterprise only.
 *
 * The entries (123) are a mix, as a real team accumulates them: 46 short title-like questions
 * ("Tenant isolation", "RPO and RTO"), 44 canonical questions ("Is data encrypted in transit?") and
 * 33 long questionnaire-style ones; 54 (44%) have one to three variants (61 variants in all);
 * answers are one to four sentences, many with numbers (RPO 30 minutes / RTO 6 hours; 99.5%, 99.9%
 * and 99.95% monthly availability by plan; 36-hour breach notice; fixes within 5/14/60/180 days;
 * backups of 35 days and 13 months; security logs 400 days; 25-year archive; 20-minute session
 * timeout; 30 days' release notice). yesno is set only where the question is plainly polar and the
 * answer opens Yes or No: 30 yes and 13 honest Noes (shared accounts, disabling or editing the audit
 * trail, on-premise deployment, production data in test, data-centre visits, ISO 27701, pending
 * litigation, biometric signatures, offshore development, sale of personal data, personal devices,
 * past breaches, AI training on study data). Five entries are visibility: 'internal' and three 'nda'.
 *
 * ELEVENTH_BLIND (199 questions) is worded differently from the entries, in the variety real
 * questionnaires use: SIG Lite/Core and CAIQ v4 items with ids, HECVAT items, GxP supplier
 * questionnaires and pharma-sponsor audit questions, hospital and university forms, spreadsheet
 * headers, fragments ("RTO?"), checkbox lists, numbers and bounds, compound questions, chatty emails
 * from a sponsor's QA lead and non-native English. Each is labelled with the id of the entry whose
 * answer fully and truthfully answers it as asked (the same yes/no polarity where it is polar and the
 * entry has a yesno, and meeting any stated bound), or null when none does: stricter bounds than an
 * entry states, the opposite polarity, compounds needing two entries, nearby subjects the library
 * lacks, the customer's side of what an entry says Tidewater does, products and providers no entry
 * names, unstated details, subjects only internal entries cover, and sibling subjects (staff versus
 * customer passwords, staff devices versus the participant's phone). A question that an entry's own
 * honest No answers is labelled with that entry. Internal entries label no question. When in doubt
 * the label is null: 62 of the 199 (31%) are null.
 */
import type { DevEntry } from './entries';
import type { Labelled } from './questions';

export const ELEVENTH_ENTRIES: readonly DevEntry[] = [
  // identity
  { id: 'tw-sso', topic: 'identity', question: 'Single sign-on for study users', variants: ['SAML SSO'], sentence: "Sponsor and site users can sign in through SAML 2.0 from their organisation's identity provider, such as Microsoft Entra ID, Okta or Google Workspace, on the Sponsor and Enterprise plans; the Site plan has no SSO. OpenID Connect is not supported yet. Users from organisations without SSO keep using Tidewater accounts in the same study." },
  { id: 'tw-scim', topic: 'identity', question: 'Does the application support automated provisioning and deprovisioning of users through SCIM from our identity provider?', yesno: 'yes', sentence: 'Yes, on the Enterprise plan only. SCIM 2.0 from Microsoft Entra ID or Okta can create, update and deactivate sponsor users; study roles are still assigned inside Tidewater by a study administrator.' },
  { id: 'tw-mfa-users', topic: 'identity', question: 'Is multi-factor authentication available for customer users, and can it be enforced?', variants: ['MFA for study users'], yesno: 'yes', sentence: 'Yes, on every plan. Users enrol an authenticator app (TOTP) or a security key or passkey (WebAuthn); MFA is always required for study administrators and unblinded roles, and a study administrator can require it for everyone else. SMS codes are not offered.' },
  { id: 'tw-mfa-staff', topic: 'identity', question: 'Describe how your employees authenticate to corporate applications, the Google Cloud console and production systems.', variants: ['Staff MFA'], sentence: 'Every employee signs in with a Google Workspace account protected by a FIDO2 security key; passwords alone, SMS and app codes are not accepted for staff. The same identity is used for the Google Cloud console, GitHub and internal tools, and context-aware access admits only company-managed Chromebooks and Macs.' },
  { id: 'tw-passwords', topic: 'identity', question: 'Password rules for Tidewater accounts', variants: ['Password complexity and expiry'], sentence: 'Passwords must be at least 12 characters and are checked against a list of known-breached passwords; there are no composition rules. Periodic expiry is off by default, but a study administrator can require a change every 30 to 180 days, and the last 10 passwords cannot be reused. Passwords are stored as Argon2id hashes.' },
  { id: 'tw-lockout', topic: 'identity', question: 'Account lockout after failed logins', variants: ['Failed login lockout'], sentence: "After 5 failed sign-in attempts the account is locked for 30 minutes, or until a study administrator or our support desk unlocks it after checking the user's identity. The user is emailed about every lockout." },
  { id: 'tw-session', topic: 'identity', question: 'Is there an automatic logout after inactivity?', variants: ['Session timeout'], yesno: 'yes', sentence: "Yes. Web sessions end after 20 minutes of inactivity, or sooner if a study administrator sets a shorter time (down to 5 minutes), and after 12 hours in any case. The Diary app locks after 5 minutes in the background and asks for the participant's PIN or device biometrics." },
  { id: 'tw-roles', topic: 'identity', question: 'Study roles and permissions', variants: ['Role-based access control', 'Can access be limited by site?'], sentence: "Access is granted per study and per site through roles such as Investigator, Study Coordinator, Clinical Research Associate, Data Manager, Medical Monitor, Unblinded Pharmacist and Read-only Auditor, each with a fixed set of permissions. A user at one site cannot see another site's participants. Custom roles are available on the Enterprise plan only." },
  { id: 'tw-unique-ids', topic: 'identity', question: 'Are shared or group user accounts permitted?', variants: ['Unique user IDs'], yesno: 'no', sentence: 'No. Part 11 requires each electronic signature to belong to one person, so every user, customer or staff, has a named personal account; accounts cannot be transferred, and a user ID is never reassigned to someone else.' },
  { id: 'tw-user-admin', topic: 'identity', question: 'Who grants and removes user access to a study, and how is a user checked before an account is issued?', sentence: "The sponsor's or site's study administrator invites users and assigns their roles; Tidewater support creates accounts only on a signed request from that administrator. Users confirm their identity by email and must finish role-specific training in the system before the study opens for them, and the administrator can deactivate any user at once." },
  { id: 'tw-access-review-staff', topic: 'identity', question: "How often do you review your employees' access rights?", sentence: 'System owners review staff access to production and to validated systems every quarter, and to other systems every six months. Access that is not reconfirmed is removed within 5 working days, and the reviews are kept as quality records.' },
  { id: 'tw-priv-access', topic: 'identity', question: 'Privileged access to production', variants: ['Administrator access for engineers'], sentence: 'No engineer has standing access to production databases. Access is requested just in time, approved by a second engineer and expires after at most 2 hours; sessions go through Identity-Aware Proxy and are logged in Google Security Operations. About 12 site reliability engineers are eligible.' },
  { id: 'tw-offboarding', topic: 'identity', question: 'How fast is access removed when an employee leaves?', sentence: "The leaver's Google Workspace account is suspended at the end of their last day, or immediately for an involuntary departure, which cuts off every connected system; any remaining accounts are removed within 24 hours using a checklist started from the HR system, and devices are returned or wiped remotely." },
  { id: 'tw-api-auth', topic: 'identity', question: 'API authentication', variants: ['How do integrations authenticate?'], sentence: 'The REST API uses OAuth 2.0 client credentials: a sponsor creates an API client limited to chosen studies and permissions and receives tokens that last 60 minutes. Client secrets can be rotated at any time. API access is available on the Sponsor and Enterprise plans, not on the Site plan.' },
  { id: 'tw-ip-allowlist', topic: 'identity', question: 'Can we restrict sign-in to our corporate IP ranges?', yesno: 'yes', sentence: 'Yes, on the Enterprise plan. Sponsor administrators can limit sign-in by their own users and API clients to IP ranges they choose; site users and participants are not affected.' },
  // audit trail & logging
  { id: 'tw-audit-trail', topic: 'logging', question: 'Does the system maintain a secure, computer-generated, time-stamped audit trail that records the date and time of operator entries and actions that create, modify or delete electronic records, as required by 21 CFR 11.10(e)?', variants: ['Part 11 audit trail', 'Audit trail of data changes'], yesno: 'yes', sentence: 'Yes. Every creation, change and deletion of a record is captured automatically with the user, the date and time in UTC, the old and new values and the reason for change, which the user must enter for any change after the first save. Earlier values are never obscured, and audit trail entries are kept for as long as the record itself.' },
  { id: 'tw-audit-trail-disable', topic: 'logging', question: 'Can the audit trail be switched off or edited?', variants: ['Audit trail cannot be disabled'], yesno: 'no', sentence: 'No. The audit trail cannot be disabled, edited or deleted by any user, administrator or Tidewater employee; the application writes it in the same transaction as the change, into append-only tables.' },
  { id: 'tw-audit-trail-review', topic: 'logging', question: 'Audit trail review', sentence: 'Users with a monitor or data manager role can open the audit trail of any record from the record itself, filter it by site, user, form and date, and export it as PDF or CSV for review during monitoring visits and inspections.' },
  { id: 'tw-security-logging', topic: 'logging', question: 'What security events do you log on your own systems?', sentence: 'We log sign-ins, privileged access, configuration changes, Google Cloud admin activity and data access, API calls, and EDR and network alerts. Logs reach Google Security Operations within minutes.' },
  { id: 'tw-log-retention', topic: 'logging', question: 'How long are security logs retained?', sentence: 'Security and infrastructure logs are kept for 400 days, all of it searchable. The application audit trail is separate and is kept for the life of the study record.' },
  { id: 'tw-siem-monitoring', topic: 'logging', question: 'Is there a security operations capability that monitors alerts around the clock, and is it in-house or outsourced?', variants: ['24x7 monitoring', 'SOC'], sentence: 'Alerts from Google Security Operations and SentinelOne are triaged 24x7 by our managed detection and response provider, Expel, which can isolate hosts and escalates confirmed incidents to our on-call security engineer within 15 minutes. Our in-house security team of 6 leads investigation and response.' },
  { id: 'tw-time-sync', topic: 'logging', question: 'Clock synchronisation', sentence: "All servers take their time from Google's internal NTP service. The application stores every timestamp in UTC and shows it in the site's local time with the UTC offset." },
  { id: 'tw-log-protection', topic: 'logging', question: 'Are logs protected against modification?', yesno: 'yes', sentence: 'Yes. Logs are exported to a separate logging project with locked retention buckets, so no engineer can change or delete them before the retention period ends, and only the security team can read them.' },
  { id: 'tw-int-siem-gaps', topic: 'logging', question: 'Gaps in SIEM coverage', visibility: 'internal', sentence: 'The Boston office firewall and the Jamf logs are not yet sent to Google Security Operations; onboarding is planned for Q1 2027. Until then they are reviewed by hand once a month.' },
  // change management
  { id: 'tw-change-mgmt', topic: 'change', question: 'Do you follow a documented change control procedure?', variants: ['Change management'], yesno: 'yes', sentence: 'Yes. Every change is a GitHub pull request reviewed by a second engineer and passing automated tests; releases of the validated applications also need approval from Quality Assurance, and the pipeline records every deployment.' },
  { id: 'tw-release-cadence', topic: 'change', question: 'How often are new versions released, and how much advance notice do customers receive of changes that may affect their validated state?', variants: ['Release notice'], sentence: 'Major releases ship four times a year and minor releases monthly. Release notes and the validation summary are published 30 days before a major release and 10 days before a minor one, and sponsors get a sandbox with the new version during that time to run their own checks. Emergency security fixes may ship without notice and are reported afterwards.' },
  { id: 'tw-sod', topic: 'change', question: 'Separation of duties for deployments', sentence: 'The author of a pull request cannot approve it, and only the deployment pipeline can release to production once the required approvals are recorded, so no developer can deploy their own change alone.' },
  // hosting
  { id: 'tw-cloud', topic: 'hosting', question: 'Hosting provider', variants: ['Where is the platform hosted?'], sentence: 'Tidewater runs entirely on Google Cloud Platform, using Google Kubernetes Engine, Cloud SQL for PostgreSQL and Cloud Storage. We have no data centres or servers of our own and use no other cloud provider.' },
  { id: 'tw-regions', topic: 'hosting', question: 'In which countries or cloud regions will our study data be stored and processed, including backups and disaster recovery copies?', variants: ['Data residency', 'Data location'], sentence: 'Each study is hosted in the region chosen at set-up. EU studies run in Google Cloud europe-west1 (Belgium) with backups and disaster recovery in europe-west4 (Netherlands); US studies run in us-east4 (Northern Virginia) with backups and DR in us-central1 (Iowa). Data of an EU study is not copied outside the EU.' },
  { id: 'tw-region-other', topic: 'hosting', question: 'Other hosting regions', sentence: 'We offer only the EU and US regions today. A study that must keep its data in another country, such as the UK, Switzerland, Canada, Japan or China, cannot be hosted there.' },
  { id: 'tw-support-access-location', topic: 'hosting', question: 'Who can access EU-hosted study data, and from where?', sentence: 'Only Dublin-based engineers and support staff can access EU-hosted studies; Boston staff work on US-hosted studies only. In either region, access needs a support ticket or an approved just-in-time request.' },
  { id: 'tw-on-prem', topic: 'hosting', question: 'Is an on-premise or private-cloud deployment available?', yesno: 'no', sentence: 'No. Tidewater is offered only as a multi-tenant SaaS on Google Cloud; we do not install it in customer data centres or in customer cloud accounts, and we offer no dedicated single-tenant instances.' },
  { id: 'tw-tenancy', topic: 'hosting', question: 'Tenant isolation', variants: ['How is our data kept separate from other sponsors?'], sentence: 'Each study has its own database schema and its own Cloud Storage bucket, and every request is authorised against the study and site. Isolation is tested automatically on every release and in the annual penetration test.' },
  { id: 'tw-environments', topic: 'hosting', question: 'Are production, customer acceptance testing (UAT), staging and development environments separated from one another?', variants: ['Environment separation'], yesno: 'yes', sentence: 'Yes. Production, the customer UAT environment, staging and development run in separate Google Cloud projects with separate access. Customers build and test their studies in UAT before go-live.' },
  { id: 'tw-prod-data-test', topic: 'hosting', question: 'Is production data containing patient or study information ever copied into development, test or training environments?', variants: ['Production data in test'], yesno: 'no', sentence: 'No. Development and test use synthetic data; production study data is never copied to lower environments.' },
  { id: 'tw-datacentre-physical', topic: 'hosting', question: 'How is physical security at the data centres assured?', sentence: "Our data centres are Google Cloud's. Google is responsible for their physical and environmental security, which its ISO 27001 certificate and SOC 2 report cover, and we review those reports every year." },
  { id: 'tw-dc-visits', topic: 'hosting', question: 'Are sponsors or their auditors permitted to visit and inspect the data centres that host the service?', yesno: 'no', sentence: "No. Google does not allow customer visits to its data centres; sponsors rely on Google's independent reports, which we can share under NDA, and can audit Tidewater itself." },
  // backup, retention & deletion
  { id: 'tw-backups', topic: 'continuity', question: 'How often are backups taken, and how long are they kept?', variants: ['Backup schedule'], sentence: 'Databases have continuous point-in-time recovery for 7 days, full daily backups kept for 35 days and monthly backups kept for 13 months. Uploaded documents sit in versioned Cloud Storage with the same retention. All backups are copied to the DR region.' },
  { id: 'tw-backup-encryption', topic: 'continuity', question: 'Are backups encrypted?', yesno: 'yes', sentence: 'Yes. Backups are encrypted at rest with AES-256, using the customer-managed key where an Enterprise customer has one.' },
  { id: 'tw-restore-test', topic: 'continuity', question: 'Backup restore testing', sentence: 'Every quarter we restore a production database backup into an isolated project and check record counts and audit trail integrity; the results are kept as validation records and the restored copy is deleted within 7 days.' },
  { id: 'tw-retention-trial', topic: 'privacy', question: 'How long is clinical trial data retained after a study closes, and does this meet the 25-year archiving requirement of the EU Clinical Trials Regulation?', variants: ['Trial data retention', 'Archiving'], sentence: 'At study close the sponsor and each site receive a complete archive of their data, audit trails and signatures as PDF/A and CDISC ODM-XML. On the Sponsor and Enterprise plans we can also keep the study in a read-only hosted archive for 25 years after the end of the trial, which meets Article 58 of the EU Clinical Trials Regulation; on the Site plan the hosted archive lasts 5 years, after which sites keep their own copy.' },
  { id: 'tw-deletion', topic: 'privacy', question: 'When the contract ends, what happens to our data, how long until it is deleted, and can you certify the deletion?', variants: ['Data deletion at termination'], sentence: 'After the contract ends we keep the data for 90 days so that you can take your archive, then delete it from production; it ages out of daily backups within a further 35 days and of monthly backups within 13 months. On request we issue a signed certificate of deletion. Data under a hosted archive agreement is kept until that agreement ends.' },
  { id: 'tw-export', topic: 'privacy', question: 'Can we export our study data at any time?', yesno: 'yes', sentence: 'Yes. Authorised users can export data at any time as CDISC ODM-XML, SAS XPORT, CSV or PDF casebooks, audit trails included, and on the Sponsor and Enterprise plans sponsors can also pull data through the API.' },
  { id: 'tw-true-copies', topic: 'gxp', question: 'Can the system generate accurate and complete copies of records in human-readable and electronic form for inspection?', yesno: 'yes', sentence: 'Yes. Any record or whole casebook can be produced as a PDF with its audit trail and signatures, and as CDISC ODM-XML, for review by inspectors from the FDA, the EMA or national authorities.' },
  // encryption
  { id: 'tw-enc-rest', topic: 'encryption', question: 'How is data encrypted at rest?', sentence: 'All data is encrypted at rest with AES-256 by Google Cloud. On top of that, participant names, contact details and consent signatures in eConsent are encrypted at field level with keys in Cloud KMS.' },
  { id: 'tw-enc-transit', topic: 'encryption', question: 'Is data encrypted in transit?', variants: ['TLS versions'], yesno: 'yes', sentence: 'Yes. Every connection to the web applications, the Diary app and the API uses TLS 1.2 or 1.3 with HSTS; older protocols are disabled. Traffic between our services inside Google Cloud is encrypted too.' },
  { id: 'tw-cmek', topic: 'encryption', question: 'Can the sponsor supply and control the encryption keys used for its data (customer-managed or bring-your-own keys)?', variants: ['CMEK'], yesno: 'yes', sentence: 'Yes, on the Enterprise plan. The sponsor creates a key in its own Google Cloud KMS project and grants us use of it (CMEK); revoking the key makes the study unreadable. Keys held outside Google Cloud, in an external key manager, are not supported.' },
  { id: 'tw-key-mgmt', topic: 'encryption', question: 'Key management and rotation', sentence: 'Keys we manage are held in Cloud KMS, rotated automatically every 90 days, and usable only by the service accounts that need them; no person can export a key.' },
  { id: 'tw-laptop-enc', topic: 'encryption', question: 'Are employee devices encrypted?', yesno: 'yes', sentence: 'Yes. Macs use FileVault, enforced and reported by Jamf, and Chromebooks encrypt their storage by design; a device that falls out of compliance loses access to company systems.' },
  { id: 'tw-mobile-app-data', topic: 'mobile', question: "How is data protected on the patient's phone?", sentence: "Diary entries are stored encrypted in the app's private storage only until they sync, and are deleted from the phone once the server confirms receipt; entries can wait offline for up to 14 days. The app will not run on rooted or jailbroken devices." },
  // governance & certifications
  { id: 'tw-isms', topic: 'governance', question: 'Do you have a documented information security policy approved by management?', yesno: 'yes', sentence: 'Yes. Our information security policy and its 18 topic policies are approved by the CEO, reviewed every year and form part of our ISO 27001 management system. Customers can read them under NDA.' },
  { id: 'tw-iso27001', topic: 'compliance', question: 'ISO 27001 certification', variants: ['Are you ISO/IEC 27001 certified?'], sentence: 'Tidewater has been certified to ISO/IEC 27001 since 2019, now to the 2022 edition, by NSAI. The certificate covers all products, the Dublin and Boston offices and our Google Cloud environments.' },
  { id: 'tw-iso27701', topic: 'compliance', question: 'Are you certified to ISO/IEC 27701?', yesno: 'no', sentence: 'No. We are not certified to ISO/IEC 27701; our privacy controls are covered by our GDPR programme and the Confidentiality criteria of our SOC 2 report.' },
  { id: 'tw-soc2', topic: 'compliance', question: 'Do you have a current SOC 2 Type II report, which trust services criteria does it cover, and can we receive a copy?', sentence: 'Yes. Our SOC 2 Type II report covers Security, Availability and Confidentiality over a 12-month period ending on 30 September each year, and is issued by an independent CPA firm. It is shared under NDA through our trust portal.' },
  { id: 'tw-hipaa', topic: 'compliance', question: 'For US studies involving protected health information, will you sign a HIPAA business associate agreement?', variants: ['BAA'], yesno: 'yes', sentence: 'Yes. Tidewater Clinical Systems Inc. signs a business associate agreement with US customers that are covered entities or business associates, for studies hosted in the US region. We do not sign BAAs for EU-hosted studies.' },
  { id: 'tw-hitrust', topic: 'compliance', question: 'HITRUST', sentence: 'We do not hold HITRUST CSF certification and have no plans for it; US healthcare customers generally rely on our SOC 2 Type II report and HIPAA BAA instead.' },
  { id: 'tw-fedramp', topic: 'compliance', question: 'FedRAMP', sentence: 'Tidewater is not FedRAMP authorised and does not serve US federal agencies; our US region is not a government cloud.' },
  { id: 'tw-pci', topic: 'compliance', question: 'PCI DSS applicability', sentence: 'PCI DSS does not apply to us: the service stores, processes and transmits no payment card data, customers pay by invoice and bank transfer, and Tidewater does not handle participant reimbursements.' },
  { id: 'tw-risk', topic: 'governance', question: 'How often do you perform risk assessments?', sentence: 'We run an information security risk assessment every year and before any major change, following ISO/IEC 27005; risks sit in a register with owners and treatment plans, reviewed every quarter by the security steering group.' },
  { id: 'tw-insurance', topic: 'governance', question: 'Insurance cover', variants: ['Cyber insurance'], visibility: 'nda', sentence: 'We carry cyber liability insurance of €10 million and professional indemnity (errors and omissions) cover of €5 million; certificates are provided on request.' },
  { id: 'tw-litigation', topic: 'governance', question: 'Are there any pending legal or regulatory actions against the company?', yesno: 'no', visibility: 'nda', sentence: 'No. There are no pending lawsuits, regulatory actions or inspection findings against Tidewater related to security, privacy or data integrity.' },
  { id: 'tw-int-iso27701-plan', topic: 'compliance', question: 'ISO 27701 project status', visibility: 'internal', sentence: 'The ISO 27701 gap assessment was done in June 2026; certification is budgeted for 2027 but not yet approved by the board. Do not promise customers a date.' },
  // GxP & clinical
  { id: 'tw-part11', topic: 'gxp', question: 'Does the system comply with FDA 21 CFR Part 11 and EU GMP Annex 11?', variants: ['Part 11 / Annex 11 compliance'], yesno: 'yes', sentence: "Yes. The system provides the technical controls that Part 11 and Annex 11 require, including audit trails, electronic signatures, access control and record copies, and our assessment against each clause is available to customers. Full compliance also depends on the customer's own procedures." },
  { id: 'tw-validation', topic: 'gxp', question: 'Computerised system validation', variants: ['How is the system validated?'], sentence: 'Each release is validated under our quality management system following GAMP 5, as a configurable Category 4 product: requirements, risk assessment, traceability matrix, automated and manual OQ tests and a validation summary report signed by QA. Customers remain responsible for validating their own study configuration, usually through UAT.' },
  { id: 'tw-validation-docs', topic: 'gxp', question: 'What validation documentation can you provide to support our own computerised system validation and regulatory inspections?', variants: ['Validation package'], sentence: 'Every customer can download the validation summary report, release notes, the traceability matrix and our Part 11 / Annex 11 assessment from the customer portal. Full test scripts and executed evidence can be reviewed in a remote reading room or during an audit, under NDA, and we support customers during FDA and EMA inspections.' },
  { id: 'tw-qms', topic: 'gxp', question: 'Do you operate a quality management system?', yesno: 'yes', sentence: 'Yes. Our QMS follows ICH E6(R3) Good Clinical Practice and GAMP 5, with SOPs, document control, training records, deviations and CAPA. It is run by a Quality Assurance team of 8 that is independent of engineering and reports to the CEO.' },
  { id: 'tw-iso13485', topic: 'gxp', question: 'Is the software a medical device, and are you ISO 13485 certified?', sentence: 'No. Our products are not medical devices and are not CE-marked or FDA-cleared, so ISO 13485 does not apply and we are not certified to it. The Diary app collects patient-reported outcomes and does not diagnose or treat.' },
  { id: 'tw-supplier-audit', topic: 'gxp', question: 'Do you permit sponsors to conduct GxP supplier audits, and how are they arranged?', variants: ['Vendor audits'], sentence: 'Yes. Customers on any plan can audit us once a year at no charge, remotely or at our Dublin office, booked at least 30 days ahead and lasting up to two days; for-cause audits can be arranged sooner. In 2025 we hosted 41 sponsor audits.' },
  { id: 'tw-quality-agreement', topic: 'gxp', question: 'Quality agreement', sentence: 'We sign a quality agreement with each sponsor, alongside the master services agreement, that sets out GxP responsibilities, change notification, deviation handling and audit rights.' },
  { id: 'tw-esignature', topic: 'gxp', question: 'How are electronic signatures implemented, and are they linked to their records as required by 21 CFR 11.50 and 11.70?', variants: ['Electronic signatures'], sentence: 'A signer re-enters their user ID and password at the moment of signing and chooses the meaning, such as authorship, review or approval. The signed record shows the printed name, the date and time and the meaning, and the signature is cryptographically bound to the record so that it cannot be copied or removed; any later change to the record invalidates the signature and asks for re-signing.' },
  { id: 'tw-biometric-sig', topic: 'gxp', question: 'Are biometric signatures supported?', yesno: 'no', sentence: 'No. Electronic signatures use the user ID and password only; biometrics are used in the Diary app just to unlock it, never as a signature.' },
  { id: 'tw-unblinding', topic: 'clinical', question: 'How do you prevent unauthorised unblinding of treatment assignments, and how does emergency unblinding work?', variants: ['Unblinding controls', 'Emergency code break'], sentence: "Treatment assignments are visible only to roles the sponsor marks as unblinded, such as the unblinded pharmacist; blinded users see kit numbers only, and reports and exports hide allocation data from them. An investigator can break the blind for one participant in an emergency, 24x7, after entering a reason and confirming with their password; the sponsor's designated contacts are alerted within minutes and the event is in the audit trail." },
  { id: 'tw-randomisation', topic: 'clinical', question: 'Which randomisation methods are supported?', sentence: "The randomisation module supports permuted-block, stratified-block and minimisation (dynamic) schemes. Lists are generated by the sponsor's unblinded statistician or by our unblinded biostatistics team and uploaded under dual control, and each list is checked before the study opens." },
  { id: 'tw-unblinded-staff', topic: 'clinical', question: 'Which Tidewater staff can see unblinded data?', sentence: 'Only a named unblinded team of 4 biostatisticians and support engineers, separate from the staff who support blinded users, can see randomisation lists and allocations, and only for studies where the sponsor asked for their help. Their access is reviewed every quarter.' },
  { id: 'tw-data-minimisation', topic: 'clinical', question: 'What personal data about trial participants does the system collect, and how do you minimise it?', variants: ['Patient data minimisation'], sentence: 'Clinical data is recorded against a pseudonymous subject number; EDC and the Diary app do not ask for names, contact details or full dates of birth unless the protocol needs them. Identifying details captured in eConsent are kept in an encrypted vault that only the site can see, never the sponsor. The Diary app does not collect location or contacts.' },
  { id: 'tw-econsent', topic: 'clinical', question: 'eConsent', variants: ['Remote electronic consent'], sentence: 'eConsent presents the ethics-approved consent material with videos and comprehension questions, and the participant and investigator sign electronically, on site or remotely after a video call. Each signed version is stored with its audit trail, and re-consent is triggered when a new version is approved.' },
  { id: 'tw-diary-app', topic: 'mobile', question: 'Patient diary app platforms', sentence: "Tidewater Diary runs on iOS 16 and later and Android 10 and later, on the participant's own phone or on a provisioned phone supplied by the sponsor. It is available in 48 languages." },
  { id: 'tw-int-validation-deviations', topic: 'gxp', question: 'Open validation deviations', visibility: 'internal', sentence: 'Release 26.3 closed with two open deviations: an intermittent OQ failure in the PDF casebook test and a late QA signature on one test script. The CAPAs are due in January 2027.' },
  // people
  { id: 'tw-background-checks', topic: 'hr', question: 'Are background checks carried out on employees and contractors before they are given access to systems or data?', variants: ['Pre-employment screening'], yesno: 'yes', sentence: 'Yes. Before they start, every employee and contractor has their identity, right to work, references and qualifications checked; in the US we also run a criminal record check through a screening provider, and in Ireland we do so with consent where the role requires it.' },
  { id: 'tw-training', topic: 'hr', question: 'Security awareness training', variants: ['How often are staff trained on security?'], sentence: 'All staff complete security and privacy training when they join and every year after, with monthly phishing simulations; engineers also take secure coding training every year. Completion is tracked and is above 98%.' },
  { id: 'tw-gcp-training', topic: 'hr', question: 'Are employees who work on study data or validated processes trained in ICH Good Clinical Practice?', yesno: 'yes', sentence: 'Yes. Staff whose work touches study data or validated processes complete ICH E6 GCP training at hire and refresh it every two years, and are trained on the SOPs for their role before they work on a live study.' },
  { id: 'tw-nda-staff', topic: 'hr', question: 'Do employees sign confidentiality agreements?', yesno: 'yes', sentence: 'Yes. Every employee and contractor signs a confidentiality agreement as part of their contract before starting, and it continues to bind them after they leave.' },
  { id: 'tw-offshore', topic: 'hr', question: 'Is any software development, support or operations work performed by offshore teams or outsourced to third-party contractors?', yesno: 'no', sentence: 'No. All development, support and operations are done by our own employees in Ireland and the United States; we use no offshore or outsourced development teams.' },
  // third parties
  { id: 'tw-subprocessors', topic: 'vendors', question: 'Subprocessors', variants: ['Who are your subprocessors?'], sentence: "Our subprocessors are Google Cloud (hosting), Twilio (SMS visit reminders to Diary participants), SendGrid (email notifications), Zendesk (support tickets) and Expel (security monitoring). The current list is on our website, and we give 30 days' notice of any new subprocessor." },
  { id: 'tw-vendor-risk', topic: 'vendors', question: 'How do you assess and monitor the security of your own suppliers and subprocessors?', sentence: 'Each supplier is risk-rated before we sign; critical suppliers must provide a SOC 2 or ISO 27001 report and sign a DPA, and are reviewed every year, others every two years. Suppliers relevant to GxP are also qualified by Quality Assurance.' },
  { id: 'tw-sale-data', topic: 'privacy', question: 'Do you sell or share personal data with third parties for marketing?', yesno: 'no', sentence: 'No. We never sell participant or customer personal data or share it for advertising, and the Diary app contains no advertising or third-party analytics SDKs.' },
  // network
  { id: 'tw-network', topic: 'network', question: 'Network security controls', variants: ['Firewalls'], sentence: 'Production runs in private Google Kubernetes Engine clusters whose nodes have no public addresses; VPC firewall rules deny by default and allow only the flows each service needs. Internet traffic reaches us only through the Google Cloud load balancer with Cloud Armor.' },
  { id: 'tw-waf-ddos', topic: 'network', question: 'Do you use a web application firewall and DDoS protection?', yesno: 'yes', sentence: "Yes. Google Cloud Armor filters requests with OWASP rule sets and rate limits, and volumetric DDoS attacks are absorbed at Google's edge." },
  { id: 'tw-remote-access', topic: 'network', question: 'How do staff access internal systems remotely?', sentence: "We have no VPN. Internal tools and production access go through Google's Identity-Aware Proxy, which checks the user, their security key and that the device is company-managed and up to date." },
  // endpoints
  { id: 'tw-endpoints', topic: 'endpoint', question: 'What devices do employees use, and how are they managed and protected against malware?', variants: ['Endpoint protection', 'Device management'], sentence: 'Engineers use Macs managed by Jamf and running SentinelOne EDR; other staff mostly use Chromebooks managed through Google endpoint management, with verified boot. Updates are enforced within 14 days, screens lock after 5 minutes, and a lost device can be wiped remotely.' },
  { id: 'tw-byod', topic: 'endpoint', question: 'Can staff use personal devices to access company systems?', variants: ['BYOD'], yesno: 'no', sentence: 'No. Company systems, email included, can be reached only from company-managed Chromebooks and Macs and company-issued phones; personal computers and phones are blocked by context-aware access.' },
  // application security
  { id: 'tw-sdlc', topic: 'appsec', question: 'Secure development lifecycle', variants: ['Describe your SDLC'], sentence: 'New features get a threat model at design time, every pull request is reviewed by a second engineer and scanned by SonarQube and Dependabot, container images are scanned with Trivy, and the staging environment gets a weekly OWASP ZAP scan.' },
  { id: 'tw-pentest', topic: 'appsec', question: 'Is the application penetration tested by an independent third party, how often, and can we see the results?', variants: ['Penetration testing'], sentence: 'An independent CREST-accredited firm tests the web applications, the API and the Diary app every year and after major changes; the last test was in May 2026. Customers can receive the executive summary and remediation status under NDA.' },
  { id: 'tw-customer-pentest', topic: 'appsec', question: 'May customers perform their own penetration testing of the application, and under what conditions?', yesno: 'yes', sentence: "Yes, against the UAT environment, once a year, with 15 working days' notice and signed rules of engagement. Testing against production is not permitted." },
  { id: 'tw-vuln-sla', topic: 'appsec', question: 'Patch and vulnerability remediation timeframes', variants: ['Patch deadlines by severity'], sentence: 'Vulnerabilities are fixed within 5 days when critical, 14 days when high, 60 days when medium and 180 days when low, counted from discovery. Operating system and container base images are patched automatically every week.' },
  { id: 'tw-vuln-scanning', topic: 'appsec', question: 'Do you perform vulnerability scanning of your infrastructure?', yesno: 'yes', sentence: 'Yes. Google Security Command Center and Trivy scan our cloud configuration, container images and running workloads continuously, and findings go into the engineering backlog with our standard remediation deadlines.' },
  { id: 'tw-bug-bounty', topic: 'appsec', question: 'Bug bounty', sentence: 'We have a public vulnerability disclosure policy with safe-harbour terms, and reports go to security@tidewaterclinical.example, but we do not run a paid bug bounty programme.' },
  { id: 'tw-secrets', topic: 'appsec', question: 'Secrets management', sentence: 'Secrets are kept in Google Secret Manager and injected at run time; GitHub secret scanning with push protection stops credentials from being committed.' },
  { id: 'tw-open-source', topic: 'appsec', question: 'Open-source components', sentence: 'Every open-source component is tracked in an SBOM produced at build time, licences are checked automatically, and no copyleft-licensed code is used in the products. The SBOM can be shared with customers on request.' },
  { id: 'tw-int-pentest-open', topic: 'appsec', question: 'Open penetration test findings', visibility: 'internal', sentence: "The May 2026 test left one medium finding open: the Diary app's certificate pinning can be bypassed on rooted Android devices. A fix is scheduled for release 27.1." },
  // continuity
  { id: 'tw-bcp', topic: 'continuity', question: 'Do you maintain a documented business continuity plan covering people, suppliers and facilities, and is it tested at least annually?', yesno: 'yes', sentence: 'Yes. Our business continuity plan covers the loss of an office, key people, a supplier or a cloud region; it is reviewed every year and exercised with a tabletop at least once a year.' },
  { id: 'tw-dr', topic: 'continuity', question: 'Describe your disaster recovery arrangements, including how often failover to the secondary region is tested.', variants: ['Disaster recovery'], sentence: 'If a region is lost, we restore service in the paired DR region from replicated databases and storage. A full failover is tested twice a year, most recently in October 2026, when service was restored in 3 hours 40 minutes.' },
  { id: 'tw-rpo-rto', topic: 'continuity', question: 'RPO and RTO', variants: ['Recovery objectives'], sentence: 'Our recovery point objective is 30 minutes and our recovery time objective is 6 hours for the loss of a whole region. A zone failure is handled automatically with no data loss and a few minutes of disruption.' },
  { id: 'tw-sla', topic: 'continuity', question: 'What availability do you commit to?', variants: ['Uptime SLA'], sentence: 'Monthly availability commitments are 99.5% on the Site plan, 99.9% on the Sponsor plan and 99.95% on the Enterprise plan, excluding planned maintenance, with service credits on Sponsor and Enterprise. Availability over the last 12 months was 99.97%.' },
  { id: 'tw-status', topic: 'continuity', question: 'Is there a public status page?', yesno: 'yes', sentence: 'Yes. status.tidewaterclinical.example shows live status for each product and region, past incidents and planned maintenance, and anyone can subscribe by email.' },
  // incident response
  { id: 'tw-ir-plan', topic: 'incident', question: 'Do you maintain a documented incident response plan that defines roles, severity levels and communications, and is it regularly tested?', variants: ['Incident response plan'], yesno: 'yes', sentence: 'Yes. The incident response plan defines severity levels, roles, communication and evidence handling; it is tested with a tabletop exercise twice a year, one of them run with our MDR provider.' },
  { id: 'tw-breach-notice', topic: 'incident', question: 'Within what time will you notify us of a security incident or personal data breach affecting our data?', variants: ['Breach notification'], sentence: 'We notify affected customers without undue delay and within 36 hours of confirming a personal data breach or a security incident affecting their data, so that controllers can meet the 72-hour GDPR deadline; under a HIPAA BAA, breaches of unsecured PHI are reported within the same 36 hours. A written incident report follows within 10 business days.' },
  { id: 'tw-past-breaches', topic: 'incident', question: 'Have you had a data breach in the last five years?', yesno: 'no', sentence: 'No. We have had no security breach or reportable personal data breach affecting customer or participant data since the company was founded in 2014.' },
  { id: 'tw-int-incident-history', topic: 'incident', question: 'Minor incident history', visibility: 'internal', sentence: 'In March 2026 a misconfigured export job emailed a kit-allocation report for one study to a blinded site coordinator; it was caught within an hour, the sponsor was told, and it was handled as a protocol deviation rather than a breach.' },
  // privacy
  { id: 'tw-gdpr-role', topic: 'privacy', question: 'GDPR role', variants: ['Are you a controller or a processor?'], sentence: 'For study data we are a processor acting for the sponsor or site, which is the controller; we are a controller only for our own staff, customer contacts and marketing data. Our data processing agreement follows Article 28 GDPR.' },
  { id: 'tw-dpo', topic: 'privacy', question: 'Have you appointed a Data Protection Officer?', yesno: 'yes', sentence: 'Yes. Our DPO is based in Dublin, reports to the board, is registered with the Irish Data Protection Commission and can be reached at dpo@tidewaterclinical.example.' },
  { id: 'tw-transfers', topic: 'privacy', question: 'Is any personal data transferred outside the EEA, and what transfer mechanism is used?', sentence: 'EU-hosted study data stays in the EU and is not accessed from outside it. Limited customer contact and support-ticket data is available to Tidewater Clinical Systems Inc. in Boston and to US subprocessors under the EU Standard Contractual Clauses, and Tidewater Inc. is certified under the EU-US Data Privacy Framework.' },
  { id: 'tw-dsar', topic: 'privacy', question: 'How do you handle requests from data subjects such as participants?', sentence: 'Requests that reach us are passed to the controller within 5 business days, and we help the controller answer them with our export and correction tools. Whether a participant can have trial data erased is for the sponsor to decide, since the law allows trial data to be kept for the required retention period.' },
  // AI
  { id: 'tw-ai-features', topic: 'ai', question: 'Does the product include AI or machine learning features?', yesno: 'yes', sentence: "Yes, one optional feature: Tidewater Assist suggests wording for data queries and summarises open queries for data managers, using Google Gemini on Vertex AI in the study's region. It is off by default, a sponsor administrator switches it on per study, and a person must accept every suggestion." },
  { id: 'tw-ai-training', topic: 'ai', question: "Is customer or participant data used to train, fine-tune or improve AI or machine learning models, either yours or a third party's?", variants: ['Model training on customer data'], yesno: 'no', sentence: "No. Study data is never used to train or fine-tune any model, ours or Google's, and Vertex AI does not retain our prompts or outputs." },
  { id: 'tw-ai-decisions', topic: 'ai', question: 'AI in clinical decisions', sentence: 'Randomisation, eligibility checks, dosing calculations and safety alerts are rule-based and validated, and use no AI; AI is limited to the optional query-writing assistant.' },
  // accessibility, physical
  { id: 'tw-accessibility', topic: 'accessibility', question: 'Accessibility conformance', variants: ['VPAT'], sentence: 'The web applications and the Diary app are designed to WCAG 2.1 level AA and tested with JAWS, NVDA, VoiceOver and TalkBack before each major release. A VPAT 2.5 accessibility conformance report is available on request.' },
  { id: 'tw-office-security', topic: 'physical', question: 'How are your offices physically secured?', sentence: 'Our Dublin and Boston offices use badge access, visitor sign-in with escorts and CCTV at the entrances, and badge logs are kept for 12 months. No production systems or study data are kept in the offices.' },
  // company
  { id: 'tw-company', topic: 'business', question: 'Company overview', variants: ['Tell us about Tidewater'], sentence: 'Tidewater Clinical Systems Ltd was founded in Dublin, Ireland, in 2014 and has a US subsidiary, Tidewater Clinical Systems Inc., in Boston. About 220 employees serve more than 300 sponsors and CROs and over 4,000 investigator sites in 38 countries. The company is privately held and backed by growth-equity investors.' },
  { id: 'tw-products', topic: 'business', question: 'Product modules', sentence: 'The platform comprises electronic data capture (EDC), eConsent, the Tidewater Diary patient app for ePRO, randomisation and trial supply management (RTSM), the Sponsor Portal for oversight dashboards and reports, and a REST API.' },
  { id: 'tw-plans', topic: 'business', question: 'Plans and what they include', sentence: 'Site is for individual sites and investigator-initiated trials. Sponsor is for sponsors and CROs and adds SSO, the API, service credits and the 25-year hosted archive. Enterprise adds SCIM, custom roles, customer-managed keys, IP restrictions, 24x7 phone support and a named customer success manager.' },
  { id: 'tw-support', topic: 'business', question: 'Support hours', sentence: 'Our help desk in Dublin and Boston answers email, chat and phone from 07:00 to 23:00 Irish time on weekdays, in English, German, French and Spanish. Urgent issues affecting patient safety or unblinding are handled 24x7 on every plan, and Enterprise customers get 24x7 phone support for all priority-1 issues.' },
  { id: 'tw-financials', topic: 'business', question: 'Can you provide audited financial statements?', yesno: 'yes', visibility: 'nda', sentence: 'Yes. Tidewater Clinical Systems Ltd files audited accounts with the Irish Companies Registration Office, and we share the latest audited statements under NDA.' },
];

export const ELEVENTH_BLIND: readonly Labelled[] = [
  // identity
  ['HECVAT AAAI-03: Does your application support SAML 2.0 integration with an institutional identity provider?', 'tw-sso'],
  ['Federation via OpenID Connect (OIDC) — supported for sponsor users?', 'tw-sso'],
  ['Can sign-in be integrated directly with our on-premise Active Directory using Kerberos or LDAP?', null],
  ['IAM-04: Is automated provisioning and de-provisioning of user identities supported through SCIM?', 'tw-scim'],
  ['Is SCIM provisioning available on the Sponsor plan?', null],
  ['Can SCIM push study role assignments from our IdP groups into the application?', null],
  ['Second factors supported for site users: ☐ SMS ☐ TOTP app ☐ WebAuthn security key', 'tw-mfa-users'],
  ['Are SMS one-time passcodes offered as a second factor for site staff?', null],
  ['Is MFA compulsory for users holding an unblinded role?', 'tw-mfa-users'],
  ['SIG H.2.3: Is multi-factor authentication required for remote and console access by your workforce? Describe the factors used.', 'tw-mfa-staff'],
  ['Our SOP says passwords must expire every 90 days. Can the system be configured that way?', 'tw-passwords'],
  ['Can we force users to change their password every 14 days?', null],
  ['Number of unsuccessful login attempts before the account is locked', 'tw-lockout'],
  ['Are your staff required to rotate their corporate passwords every 60 days?', null],
  ['Can the inactivity timeout be set to 10 minutes for our study?', 'tw-session'],
  ['Is the default idle timeout 15 minutes or less?', null],
  ['Does the patient diary app ask for re-authentication after it has been in the background?', 'tw-session'],
  ['Please describe user roles within a study. Can a CRA be restricted to specific sites only?', 'tw-roles'],
  ['Can we define our own custom roles on the Sponsor plan?', 'tw-roles'],
  ['Are generic logins such as "site1coordinator" allowed?', 'tw-unique-ids'],
  ['Can a user ID be reassigned to a new coordinator when somebody leaves the site?', 'tw-unique-ids'],
  ['Who at the sponsor or site is responsible for creating and deactivating user accounts?', 'tw-user-admin'],
  ['How often are your employees\u2019 privileges to production recertified?', 'tw-access-review-staff'],
  ['Do your engineers hold standing admin access to the production database?', 'tw-priv-access'],
  ['Are privileged sessions video-recorded or keystroke-logged?', null],
  ['Leavers – access removed within 24h?', 'tw-offboarding'],
  ['API authentication method (OAuth2 / API key / basic auth)?', 'tw-api-auth'],
  ['IP whitelisting for sponsor logins?', 'tw-ip-allowlist'],
  ['Can we restrict the patient diary app so that it only works from our hospital network?', null],
  ['Are mutual TLS client certificates supported for API connections?', null],
  // audit trail & logging
  ['21 CFR 11.10(e) – Is the audit trail computer generated, time-stamped and independent of the operator?', 'tw-audit-trail'],
  ['Hi Tidewater team, I am the QA lead for our Phase III programme. Before we close the vendor qualification, could you confirm that your audit trail keeps the old and new values and a reason for every change? Many thanks, Ingrid', 'tw-audit-trail'],
  ['Could one of your DBAs alter audit trail records directly in the database?', 'tw-audit-trail-disable'],
  ['Can our monitors review the audit trail for an individual form during SDV?', 'tw-audit-trail-review'],
  ['Does the system automatically alert the sponsor to suspicious audit trail patterns, e.g. data changed after lock?', null],
  ['What logs do you keep of administrative activity in your own cloud environment?', 'tw-security-logging'],
  ['Security logs retained for at least one year?', 'tw-log-retention'],
  ['Are security logs retained for a minimum of 2 years?', null],
  ['Do you have a 24/7 SOC? Insourced or MSSP?', 'tw-siem-monitoring'],
  ['Is Splunk used for log aggregation and correlation?', null],
  ['Are timestamps stored in UTC, and are servers synchronised to NTP?', null],
  ['LOG-04: Are your security and infrastructure logs protected from unauthorised modification or deletion?', 'tw-log-protection'],
  // change management
  ['Do you have a formal change control SOP, with QA approving releases?', 'tw-change-mgmt'],
  ['How much notice do we get before a new release goes live, so we can assess the impact on our validated state?', 'tw-release-cadence'],
  ['Can we defer a platform upgrade until our study has closed?', null],
  ['How is a protocol amendment implemented in the eCRF of a live study without losing data?', null],
  ['Are developers able to push code to production without a second person approving it?', 'tw-sod'],
  ['CCC-05: Are emergency changes subject to post-implementation review, and within what time?', null],
  // hosting
  ['Cloud service provider (AWS / Azure / GCP / other):', 'tw-cloud'],
  ['For an EU study, in which Google Cloud regions are the primary database and the DR copy?', 'tw-regions'],
  ['Can our study be hosted in a data centre in Switzerland?', 'tw-region-other'],
  ['Can we move a study from the US region to the EU region part-way through the trial?', null],
  ['Which of your staff can access EU-hosted studies, and where are they based?', 'tw-support-access-location'],
  ['Is there an installable version we could run inside our own GCP organisation?', 'tw-on-prem'],
  ['Single-tenant dedicated instance available?', 'tw-on-prem'],
  ['How is our data logically segregated from the data of other sponsors?', 'tw-tenancy'],
  ['Is patient data from production used for testing?', 'tw-prod-data-test'],
  ['Who is responsible for the physical security of the hosting facility?', 'tw-datacentre-physical'],
  ['We would need to perform an on-site audit of the data centre hosting our data. Is this possible?', 'tw-dc-visits'],
  // backups, retention, deletion
  ['SIG Lite K.4: Are backups of scoped data performed? State frequency and retention.', 'tw-backups'],
  ['Are daily backups retained for 60 days or more?', null],
  ['Are backups encrypted, and with which algorithm?', 'tw-backup-encryption'],
  ['BCR-08: Is backup data periodically restored to verify its integrity? How often?', 'tw-restore-test'],
  ['Our SOP requires eCRF data and audit trails to be kept for 25 years after the end of the trial (EU CTR Art. 58). Can you host the archive for that long?', 'tw-retention-trial'],
  ['As an investigator site on the Site plan, can you keep our archive online for 25 years?', 'tw-retention-trial'],
  ['How long do you keep support tickets and crash reports?', null],
  ['Data return and destruction on termination – timeframe?', 'tw-deletion'],
  ['Will all copies, backups included, be destroyed within 30 days of contract end?', null],
  ['Export formats available (SAS, CDISC ODM, CSV)?', 'tw-export'],
  ['11.10(b) — ability to generate accurate and complete copies of records for FDA inspection', 'tw-true-copies'],
  // encryption
  ['CEK-03: Is data at rest encrypted using AES-256 or equivalent? Describe any additional field-level encryption.', 'tw-enc-rest'],
  ['Minimum TLS version supported?', 'tw-enc-transit'],
  ['Is TLS 1.0 still accepted for older browsers at our sites?', null],
  ['CMEK support – can we hold the key in our own Cloud KMS project?', 'tw-cmek'],
  ['Can the encryption keys be kept in our on-premise HSM through an external key manager?', null],
  ['Is bring-your-own-key available on the Sponsor plan?', null],
  ['How often are the encryption keys you manage rotated?', 'tw-key-mgmt'],
  ['Full disk encryption on workforce laptops (Y/N)', 'tw-laptop-enc'],
  ['If a patient loses their phone, what diary data could be exposed?', 'tw-mobile-app-data'],
  ['Does the diary app run on a jailbroken iPhone?', 'tw-mobile-app-data'],
  ['Is certificate pinning implemented in the mobile app, and can it be bypassed?', null],
  ['Do you use FIPS 140-3 validated cryptographic modules?', null],
  // governance & certifications
  ['Is there an information security policy that management has approved and that is reviewed annually?', 'tw-isms'],
  ['Which body issued your ISO 27001 certificate?', 'tw-iso27001'],
  ['ISO/IEC 27001 certificate number and expiry date', null],
  ['ISO 27701 (PIMS) certified?', 'tw-iso27701'],
  ['When do you expect to achieve ISO 27701 certification?', null],
  ['SOC 2 Type 2 — which Trust Services Criteria are in scope?', 'tw-soc2'],
  ['Does your SOC 2 include the Privacy and Processing Integrity criteria?', 'tw-soc2'],
  ['Do you have a SOC 1 (SSAE 18) report?', null],
  ['Our academic medical centre in Ohio needs a Business Associate Agreement. Will you sign one?', 'tw-hipaa'],
  ['Will you sign a BAA for a study hosted in your EU region?', null],
  ['HITRUST r2 validated assessment?', 'tw-hitrust'],
  ['FedRAMP Moderate authorisation status', 'tw-fedramp'],
  ['Is Tidewater in scope for PCI DSS?', 'tw-pci'],
  ['CSA STAR Level 2 certification?', null],
  ['Risk assessment methodology and frequency', 'tw-risk'],
  ['Does your CISO report directly to the CEO?', null],
  ['Cyber insurance coverage amount', 'tw-insurance'],
  ['Is your cyber cover at least EUR 20 million?', null],
  ['Pending litigation or regulatory investigations?', 'tw-litigation'],
  ['Provide a copy of your SOC 2 report and your ISO 27001 certificate.', null],
  // GxP & clinical
  ['Is the EDC Part 11 compliant?', 'tw-part11'],
  ['Section 4.3 Computerised systems: has the supplier validated the system according to a documented life cycle such as GAMP 5? Give the software category and the validation approach.', 'tw-validation'],
  ['Who performs PQ / UAT for our study configuration?', 'tw-validation'],
  ['Will you support us during an FDA BIMO inspection?', 'tw-validation-docs'],
  ['Quality management system in place (SOPs, CAPA, deviation management)?', 'tw-qms'],
  ['Is your QMS certified to ISO 9001?', null],
  ['Is the diary app classified as a medical device under the EU MDR?', 'tw-iso13485'],
  ['Hello again! Our auditors would like to come to Dublin for a two-day supplier audit in March. How far ahead do we need to book, and is there any fee?', 'tw-supplier-audit'],
  ['Do you enter into a quality agreement that covers GxP responsibilities?', 'tw-quality-agreement'],
  ['Will you sign our company\u2019s own quality agreement template without changes?', null],
  ['Signature manifestation: do the printed name, date/time and meaning of the signature appear on the signed record?', 'tw-esignature'],
  ['Can investigators sign with a fingerprint or Face ID?', 'tw-biometric-sig'],
  ['Does the investigator sign the casebook through DocuSign?', null],
  ['Emergency unblinding – available to investigators 24/7?', 'tw-unblinding'],
  ['Is possible that your employees see the treatment allocation of our blinded study?', 'tw-unblinded-staff'],
  ['Supported randomisation methods: [ ] Permuted block [ ] Stratified [ ] Minimisation / dynamic', 'tw-randomisation'],
  ['Is the randomisation list generated with a validated SAS program?', null],
  ['Does the diary app collect the patient\u2019s GPS location?', 'tw-data-minimisation'],
  ['Can the sponsor see the participant\u2019s name entered during eConsent?', 'tw-data-minimisation'],
  ['Remote eConsent via video call supported?', 'tw-econsent'],
  ['Minimum Android version supported by the patient app', 'tw-diary-app'],
  ['Can patients use their own smartphones (BYOD) for ePRO?', 'tw-diary-app'],
  ['Is the diary available in Japanese and Korean?', null],
  ['Is the sponsor required to send a letter to FDA certifying that electronic signatures are legally binding (11.100(c))?', null],
  ['How does the system support the ALCOA+ principles?', null],
  // people
  ['Pre-employment screening including criminal record checks for US staff?', 'tw-background-checks'],
  ['Security awareness training frequency, and do you run phishing simulations?', 'tw-training'],
  ['Are employees trained in ICH GCP, and how often is it refreshed?', 'tw-gcp-training'],
  ['How do you make sure site staff are trained in GCP before using the system?', null],
  ['Do employees sign NDAs?', 'tw-nda-staff'],
  ['Is any development subcontracted to offshore companies?', 'tw-offshore'],
  // third parties
  ['Please list all subprocessors who will process our participants\u2019 data.', 'tw-subprocessors'],
  ['SIG Core V.1.2: Is there a process to notify clients before a new subcontractor is given access to their data, and with how much notice?', 'tw-subprocessors'],
  ['Do we have a contractual right to object to a new subprocessor?', null],
  ['Third-party risk management – how are critical vendors reviewed?', 'tw-vendor-risk'],
  ['Do you sell participant data to data brokers?', 'tw-sale-data'],
  ['Are there third-party analytics SDKs such as Google Analytics in the patient app?', 'tw-sale-data'],
  ['Is your review of SendGrid up to date?', null],
  // network & endpoints
  ['Are production hosts exposed to the internet with public IP addresses?', 'tw-network'],
  ['WAF in place? (Y/N)', 'tw-waf-ddos'],
  ['Do you use Cloudflare for DDoS mitigation?', null],
  ['Remote access: VPN with MFA?', 'tw-remote-access'],
  ['DMARC policy for your email domains?', null],
  ['EDR product on the Macs', 'tw-endpoints'],
  ['Is SentinelOne installed on the Chromebooks as well?', null],
  ['Are personal phones used for work email?', 'tw-byod'],
  ['USB mass storage blocked on endpoints?', null],
  // application security
  ['SAST tool used?', 'tw-sdlc'],
  ['You are making the pentest each year by an external company, also for the patient app?', 'tw-pentest'],
  ['Can we pen test your production environment ourselves?', null],
  ['We would like to run our own pentest against UAT. What notice do you need?', 'tw-customer-pentest'],
  ['Critical vulnerability remediation SLA', 'tw-vuln-sla'],
  ['Are critical patches applied within 72 hours?', null],
  ['Are high-severity vulnerabilities remediated within 30 days?', 'tw-vuln-sla'],
  ['How often do you scan your infrastructure for vulnerabilities?', 'tw-vuln-scanning'],
  ['Bug bounty (HackerOne / Bugcrowd)?', 'tw-bug-bounty'],
  ['How are API keys and database passwords kept out of code repositories?', 'tw-secrets'],
  ['Can you provide an SBOM?', 'tw-open-source'],
  ['Do you use Snyk for dependency scanning?', null],
  // continuity
  ['BCP tested annually?', 'tw-bcp'],
  ['When was the last DR failover test, and how long did recovery take?', 'tw-dr'],
  ['RTO?', 'tw-rpo-rto'],
  ['RPO ≤ 1 hour?', 'tw-rpo-rto'],
  ['Is the RTO 4 hours or less?', null],
  ['Uptime SLA for the Sponsor tier', 'tw-sla'],
  ['Do you guarantee 99.99% availability?', null],
  ['When are maintenance windows scheduled, and how much notice is given?', null],
  ['Status page URL', 'tw-status'],
  ['Hi, quick one from our QA: could you confirm your RTO and also send us the report from your last DR test?', null],
  // incident response
  ['Is the incident response plan tested, and how often?', 'tw-ir-plan'],
  ['SEF-08: State the timeframe within which customers are notified of a security breach affecting their data.', 'tw-breach-notice'],
  ['Will you notify us within 24 hours of a breach?', null],
  ['Will you notify us within 48 hours of confirming a data breach?', 'tw-breach-notice'],
  ['Any security breaches in the past 3 years?', 'tw-past-breaches'],
  ['Has your system ever caused an inadvertent unblinding?', null],
  // privacy
  ['Do you act as a data processor for the study data?', 'tw-gdpr-role'],
  ['DPO contact details', 'tw-dpo'],
  ['International transfers: which mechanism do you rely on (SCCs, DPF)?', 'tw-transfers'],
  ['How is a participant\u2019s request for erasure handled?', 'tw-dsar'],
  ['Can you provide input for our DPIA?', null],
  // AI
  ['Is there any AI/ML in the platform?', 'tw-ai-features'],
  ['Is the AI assistant switched on by default?', null],
  ['Is our study data used to train Gemini?', 'tw-ai-training'],
  ['Does AI decide whether a patient is eligible?', 'tw-ai-decisions'],
  ['Do you use OpenAI models anywhere in the product?', null],
  // accessibility, physical, company
  ['WCAG 2.1 AA conformance and VPAT', 'tw-accessibility'],
  ['Office access control (badges, CCTV)?', 'tw-office-security'],
  ['Year founded and headcount', 'tw-company'],
  ['Which tier includes a named customer success manager?', 'tw-plans'],
  ['Support hours for urgent unblinding issues', 'tw-support'],
  ['Audited financial statements available?', 'tw-financials'],
  ['Are site users trained in the system before they get access to a live study?', 'tw-user-admin'],
  ['HECVAT DATA-06: If we choose US hosting, will any institutional data, backups included, be stored outside the United States?', 'tw-regions'],
  ['The datas of patients for a European study, in which country exactly they are stored, and the backup also?', 'tw-regions'],
  ['Certifications held (tick all that apply): ☐ ISO 27001 ☐ ISO 27701 ☐ SOC 2 Type II ☐ HITRUST ☐ FedRAMP', null],
  ['What are the customer’s responsibilities for reviewing user access in the application?', null],
  ['Hosting region for the trial database', 'tw-regions'],
];

/**
 * An eighth library and a blind question set for it, written on 2026-12-07 by a helper that did
 * not open anything under src/ and ran nothing on this file but the TypeScript type check (no
 * report, evaluation, test or matcher was run on it). EIGHTH_BLIND is to be read only as a figure,
 * never one by one.
 *
 * First run, by another engineer at db21899: 91.5% precision / 38.6% recall (59 filled, 54 right;
 * 4 Yes/No, one of them, a No, from an entry other than the label). The matcher as it was at
 * 2a392cd, before that day's changes, gives 89.7% / 37.1% on it (58 filled, 52 right).
 *
 * The library is of an eighth fictional company, Brolga Education Pty Ltd: an Australian ed-tech
 * founded in 2015 in Melbourne, with a New Zealand subsidiary in Auckland, about 190 employees and
 * no offshore contractors. Its product, Brolga, is a learning and assessment platform for primary
 * and secondary schools (online assessments, gradebook, semester reports, parent portal, excursion
 * payments through Stripe's hosted checkout, wellbeing notes, iOS and Android apps) used by about
 * 2,100 schools and 6 education networks in Australia and New Zealand. It runs only on AWS: Sydney
 * (ap-southeast-2) with backup copies and DR in Melbourne (ap-southeast-4); New Zealand schools are
 * also hosted in Sydney (no NZ hosting), and error reports go to Sentry in the US. Staff identity is
 * Microsoft Entra ID with Windows Hello for Business or FIDO2 keys, Intune-managed Windows and macOS
 * laptops with Defender for Endpoint, no VPN (SSM Session Manager for production), Microsoft
 * Sentinel watched 24x7 by an outsourced Australian MDR provider, GitLab with GitLab SAST and
 * dependency scanning, Amazon Inspector, OWASP ZAP, and a vulnerability disclosure policy but no bug
 * bounty. It is ISO/IEC 27001:2022 certified and ST4S assessed, self-assesses Essential Eight
 * Maturity Level 2 (application control on macOS at ML1, not independently audited), completes PCI
 * DSS SAQ A, and has no SOC 2 report of either type and no IRAP assessment. Plans are Essentials,
 * School and Network: SSO from School; the API (OAuth 2.0), a contractual 99.9% SLA, audit-log
 * export and streaming, configurable retention and idle timeout, a yearly customer audit, a phone
 * line and an account manager on Network only. Customer MFA is an optional TOTP app that a school
 * admin can enforce for staff (none for students); young students may use picture passwords; no
 * SCIM (OneRoster and CSV rostering instead); no customer-managed keys; Brolga Assist drafts
 * feedback for teachers with Anthropic Claude on Amazon Bedrock in Sydney, off by default.
 *
 * The entries (113) are written the way a team imports them from past questionnaires: long
 * questionnaire-style questions (some with examples in them), short titles ("Session timeout",
 * "Uptime SLA") and canonical questions ("Do you run a bug bounty programme?"); 45 (40%) have one
 * to three variants; answers are one to four sentences in Australian English, many with numbers
 * (RPO 1 hour / RTO 8 hours, 30-day point-in-time restore and 90-day snapshots, 18 months of logs,
 * 24 months of activity log, 24-hour breach notice, 72-hour / 14-day / 60-day / 180-day fix times,
 * 30 days' subprocessor notice, 60 + 90 days to deletion, AUD 10 million cyber cover). yesno is set
 * only where the question is plainly polar and the answer opens Yes or No, with honest Noes (SCIM,
 * shared admin accounts, customer-managed keys, NZ hosting, on-premise, bug bounty, production data
 * in test, offshore contractors, past breaches, sale of data, SOC 2, IRAP, data-centre visits, AI
 * training on customer data, automated decisions about students). Five entries are visibility:
 * 'internal'.
 *
 * EIGHTH_BLIND (200 questions) is worded differently from the entries, in the variety real
 * questionnaires use: SIG Lite/Core and CAIQ v4 items with ids, HECVAT and VSA items, ISO
 * 27001:2022 Annex A references, Essential Eight, IRAP, ST4S and NDB wording, spreadsheet headers,
 * fragments, checkbox lists, numbers and bounds, compound questions, chatty procurement emails from
 * school business managers, and non-native English. Each is labelled with the id of the entry whose
 * answer fully and truthfully answers it as asked (the same yes/no polarity where it is polar and
 * the entry has a yesno, and meeting any stated bound), or null when none does: stricter bounds,
 * the opposite polarity, compounds needing two entries, nearby subjects the library lacks, the
 * customer's side of what an entry says Brolga does, products and providers no entry names,
 * unstated details, subjects only internal entries cover, and sibling subjects. A question that an
 * entry's own honest No answers is labelled with that entry. Internal entries label no question.
 * When in doubt the label is null: 60 of the 200 questions (30%) are null.
 */
import type { DevEntry } from './entries';
import type { Labelled } from './questions';

export const EIGHTH_ENTRIES: readonly DevEntry[] = [
  // identity
  { id: 'bl-sso', topic: 'identity', question: 'Does the platform support single sign-on for teachers and students? Please list the supported protocols and identity providers (e.g. Microsoft Entra ID, Google Workspace for Education).', variants: ['SSO for school users'], yesno: 'yes', sentence: "Yes, on the School and Network plans. Teachers, staff and students can sign in through SAML 2.0 or OpenID Connect with Microsoft Entra ID, Google Workspace for Education or a state education department's identity service; SSO is not available on the Essentials plan. A school admin can make SSO the only way to sign in." },
  { id: 'bl-mfa-users', topic: 'identity', question: 'Multi-factor authentication for school staff accounts', variants: ['Is MFA available for teacher and administrator logins?'], sentence: "Teachers and school administrators can enrol an authenticator app (TOTP) as a second factor on all plans, and a school admin can require it for every staff account in the school. Users who sign in through SSO rely on their identity provider's MFA instead. Student and parent accounts do not support MFA." },
  { id: 'bl-student-login', topic: 'identity', question: 'How do young students sign in?', sentence: "Students from Foundation to Year 2 can sign in with a class code and a picture password chosen by their teacher, which works only from the school's registered IP address ranges. Older students sign in with SSO or a username and password. A school admin can switch picture-password sign-in off." },
  { id: 'bl-passwords', topic: 'identity', question: 'What password complexity, storage and lockout requirements apply to accounts that do not use SSO?', variants: ['Password policy for platform users'], sentence: 'Passwords must be at least 10 characters and are checked against a list of known-breached passwords; there are no composition rules and no forced expiry. Passwords are hashed with Argon2id. After 10 failed attempts the account is locked for 15 minutes.' },
  { id: 'bl-session', topic: 'identity', question: 'Session timeout', variants: ['How long until an inactive user is logged out?'], sentence: 'Staff sessions end after 60 minutes of inactivity and student sessions after 30 minutes, and every session ends after 12 hours. On the Network plan, administrators can shorten the staff idle timeout to as little as 15 minutes.' },
  { id: 'bl-rbac', topic: 'identity', question: 'Does the platform provide role-based access control so that teachers only see their own classes?', variants: ['User roles', 'Permission levels in Brolga'], yesno: 'yes', sentence: 'Yes. The built-in roles are Network Admin, School Admin, Wellbeing Lead, Teacher, Relief Teacher, Parent and Student, and teachers see only the classes and students they are assigned to. Wellbeing notes are visible only to the Wellbeing Lead role and to the note\'s author. Custom roles are not available.' },
  { id: 'bl-scim', topic: 'identity', question: 'Do you support SCIM 2.0 provisioning?', yesno: 'no', sentence: "No. Brolga does not support SCIM. Users, classes and enrolments are provisioned by rostering from the school's student information system instead." },
  { id: 'bl-rostering', topic: 'identity', question: "How are users, classes and enrolments provisioned from the school's student information system (for example via OneRoster or CSV)?", variants: ['Rostering / SIS sync'], sentence: "Users, classes and enrolments come from the school's student information system through a nightly sync, either a OneRoster 1.2 API connection (Network plan only) or a OneRoster CSV file drop or manual CSV upload (all plans). Students and staff removed from the SIS are deactivated at the next nightly sync, and their records are kept for the school." },
  { id: 'bl-parent-access', topic: 'identity', question: 'Parent and guardian accounts', sentence: "Parents and guardians have their own accounts, which the school links to their children, and see only their own children's results, reports and messages. A link is removed when the school ends it in the SIS or in Brolga. Parents never see wellbeing notes." },
  { id: 'bl-staff-mfa', topic: 'identity', question: 'Describe the authentication controls for your employees, including MFA for corporate email, the AWS console and source code repositories.', variants: ['Workforce MFA'], sentence: 'All staff sign in with Microsoft Entra ID accounts using phishing-resistant MFA: Windows Hello for Business or a FIDO2 security key. AWS access goes through IAM Identity Center federated with Entra ID, and GitLab also uses Entra ID single sign-on. Conditional access allows sign-in only from Intune-compliant company devices.' },
  { id: 'bl-privileged', topic: 'identity', question: 'How is privileged access to production environments managed?', variants: ['Admin access to production systems'], sentence: 'Production access is granted just in time through AWS IAM Identity Center permission sets that a second engineer must approve, and it expires after 8 hours. There are no SSH keys or bastion hosts: shell access is only through AWS Systems Manager Session Manager, and every session is logged. Eight engineers are eligible for production access.' },
  { id: 'bl-shared-accounts', topic: 'identity', question: 'Are shared or generic administrator accounts used?', yesno: 'no', sentence: 'No. Everyone uses a named account. The AWS root accounts are protected with hardware MFA keys kept in a safe, are used only in a break-glass procedure, and any sign-in to them alerts the security team.' },
  { id: 'bl-access-review', topic: 'identity', question: 'Access reviews', variants: ['How often do you recertify user access?'], sentence: 'Access to the production AWS accounts, the database and the Sentinel workspace is reviewed every quarter, and access to all other business systems every six months. Reviews are recorded in our ISMS tool, and access that is no longer needed is removed within 10 business days.' },
  { id: 'bl-offboarding', topic: 'identity', question: 'Staff offboarding', variants: ['What happens to a leaver\'s accounts?'], sentence: "When someone leaves, their Entra ID account is disabled on their last day, which ends access to every system connected to single sign-on, and any remaining accounts are removed within 2 business days following the HR checklist. Laptops are returned, or wiped remotely through Intune." },
  { id: 'bl-support-access', topic: 'identity', question: "Can your support staff access our school's data, and how is that controlled?", variants: ['Vendor access to customer tenant'], sentence: "Support staff can see a school's data only after a school admin grants time-limited support access from the settings page, for 24 hours by default and for at most 7 days. Every support session is recorded in the school's activity log. Without a grant, support staff see only account and billing details." },
  { id: 'bl-api', topic: 'identity', question: 'API authentication', sentence: 'The Brolga API, available on the Network plan only, uses OAuth 2.0 client credentials; access tokens last 1 hour and are scoped to chosen read or write permissions. Client secrets are shown once when created and can be rotated by a Network Admin at any time.' },

  // encryption
  { id: 'bl-encryption-rest', topic: 'encryption', question: 'Is customer data encrypted at rest? Please describe the algorithm and key management.', yesno: 'yes', sentence: 'Yes. All databases, file storage and backups are encrypted with AES-256 using keys held in AWS Key Management Service, which rotates them automatically every year. Uploaded files in Amazon S3 are encrypted with SSE-KMS.' },
  { id: 'bl-encryption-transit', topic: 'encryption', question: 'Encryption in transit', variants: ['Which TLS versions do you support?'], sentence: 'All traffic to Brolga uses HTTPS with TLS 1.2 or 1.3; TLS 1.0 and 1.1 are disabled and HSTS is enabled. Connections between our services and to the database inside AWS are also encrypted with TLS.' },
  { id: 'bl-cmk', topic: 'encryption', question: 'Can customers bring or manage their own encryption keys (BYOK)?', variants: ['Customer-managed keys'], yesno: 'no', sentence: 'No. All encryption keys are managed by Brolga in AWS KMS; customers cannot supply, hold or revoke their own keys.' },
  { id: 'bl-key-mgmt', topic: 'encryption', question: 'Key management', sentence: 'Keys are created and stored in AWS KMS, backed by FIPS 140-3 validated hardware security modules, and never leave it in plaintext. Only two members of the platform team can change key policies, and every use of a key is logged in AWS CloudTrail.' },
  { id: 'bl-secrets', topic: 'encryption', question: 'How are application secrets and credentials stored?', sentence: 'Application secrets such as database passwords and third-party API keys are kept in AWS Secrets Manager and injected at runtime; they are never stored in source code. GitLab secret detection scans every merge request, and database credentials rotate automatically every 30 days.' },
  { id: 'bl-field-encryption', topic: 'encryption', question: 'Are especially sensitive fields, such as wellbeing notes, encrypted separately?', yesno: 'yes', sentence: 'Yes. Wellbeing notes and student health and medical notes are also encrypted at the application layer with per-school data keys from AWS KMS, so they cannot be read from a database snapshot without access to KMS.' },

  // logging and monitoring
  { id: 'bl-logging', topic: 'logging', question: 'Describe the security logging in place for your infrastructure and application, including what is logged and how long logs are retained.', variants: ['Log retention'], sentence: 'AWS CloudTrail, VPC flow logs, load balancer logs, GuardDuty findings, Entra ID sign-ins and application security events are collected in Microsoft Sentinel, our SIEM. Logs are kept for 18 months, the first 90 days searchable immediately, and engineers cannot change or delete them.' },
  { id: 'bl-soc', topic: 'logging', question: 'Do you have a 24x7 security operations centre?', variants: ['Security monitoring'], yesno: 'yes', sentence: 'Yes, through an outsourced managed detection and response service. An Australian managed security provider watches our Sentinel and Defender alerts 24x7 and escalates to our on-call security engineer, who must respond within 30 minutes to high-severity alerts.' },
  { id: 'bl-audit-log', topic: 'logging', question: 'Is there an activity log that school administrators can view?', variants: ['Customer-facing audit trail'], yesno: 'yes', sentence: 'Yes. School admins can see an activity log of sign-ins, changes to grades and reports, exports, permission changes and support-access sessions, kept for 24 months. Exporting the log as CSV or streaming it to a SIEM is available on the Network plan only.' },
  { id: 'bl-clock', topic: 'logging', question: 'Time synchronisation', sentence: 'All our systems take their time from the Amazon Time Sync Service, and all logs are recorded in UTC.' },
  { id: 'bl-ids', topic: 'logging', question: 'What intrusion detection do you use?', sentence: 'Amazon GuardDuty watches every AWS account for suspicious activity, AWS WAF blocks common web attacks, and Microsoft Defender for Endpoint covers staff laptops. Findings go to Sentinel and to our managed detection and response provider.' },

  // network
  { id: 'bl-network', topic: 'network', question: 'Network segmentation and firewalls', variants: ['How is your production network protected?'], sentence: 'Production runs in its own AWS accounts and VPCs, separate from staging and corporate systems. Application and database servers sit in private subnets with no public IP addresses, security groups allow only the traffic each service needs, and public traffic enters only through Amazon CloudFront and AWS WAF.' },
  { id: 'bl-ddos', topic: 'network', question: 'DDoS protection', sentence: 'We rely on AWS Shield Standard and Amazon CloudFront, with AWS WAF rate-based rules. We do not subscribe to AWS Shield Advanced.' },
  { id: 'bl-remote-access', topic: 'network', question: 'How do staff access internal systems remotely?', sentence: 'There is no corporate VPN. Staff reach business applications over the internet through Entra ID with conditional access that requires a compliant company device, and production is reached only through AWS Systems Manager Session Manager.' },
  { id: 'bl-email-security', topic: 'network', question: 'Email security (SPF, DKIM, DMARC)', sentence: 'Our domains publish SPF and DKIM records, and DMARC is set to p=reject. Inbound mail is filtered by Microsoft Defender for Office 365 with Safe Links and Safe Attachments.' },
  { id: 'bl-hardening', topic: 'network', question: 'Do you use secure configuration baselines for cloud resources and endpoints?', yesno: 'yes', sentence: 'Yes. AWS accounts are checked continuously against the CIS AWS Foundations Benchmark with AWS Security Hub, and laptops against the Microsoft Intune security baselines. Deviations are raised as tickets and fixed within our vulnerability deadlines.' },

  // hosting and data location
  { id: 'bl-hosting', topic: 'hosting', question: 'Where is the application hosted?', variants: ['Hosting provider', 'Cloud provider and region'], sentence: 'Brolga runs entirely on Amazon Web Services in the Sydney region (ap-southeast-2), across three availability zones. We do not own or run any data centres or servers of our own.' },
  { id: 'bl-data-location', topic: 'hosting', question: 'Will any customer data be stored or processed outside Australia? Please list any offshore locations, including for support, backups and subprocessors.', variants: ['Data sovereignty'], sentence: "Customer data is stored and processed in Australia: production in AWS Sydney and backup copies in AWS Melbourne (ap-southeast-4). There are two exceptions: error reports go to Sentry in the United States after names, email addresses and free text are stripped from them, and our Auckland support staff can view a school's data when the school grants support access. New Zealand schools' data is hosted in Sydney too." },
  { id: 'bl-nz-hosting', topic: 'hosting', question: 'Can data be hosted in New Zealand?', yesno: 'no', sentence: 'No. We have no hosting in New Zealand; New Zealand schools are hosted in AWS Sydney like every other customer.' },
  { id: 'bl-on-prem', topic: 'hosting', question: 'Is an on-premise or self-hosted version available?', yesno: 'no', sentence: 'No. Brolga is offered only as a cloud service that we host and run.' },
  { id: 'bl-multitenancy', topic: 'hosting', question: 'Tenant isolation', sentence: "Brolga is multi-tenant: all schools share the application and database, and every row carries a school identifier enforced by PostgreSQL row-level security as well as by checks in the application. Files are stored under per-school prefixes, and sensitive notes use per-school encryption keys. Automated tests check that one school cannot reach another school's data." },
  { id: 'bl-db', topic: 'hosting', question: 'Database technology', sentence: 'Data is stored in Amazon Aurora PostgreSQL, uploaded files in Amazon S3, and cached data in Amazon ElastiCache for Redis.' },

  // backups, continuity and availability
  { id: 'bl-backups', topic: 'resilience', question: 'Describe your backup arrangements: frequency, retention, encryption and location of backups.', variants: ['Backup policy'], sentence: 'Aurora takes continuous backups with point-in-time restore to any moment in the last 30 days, and a daily snapshot is copied to AWS Melbourne and kept for 90 days. Uploaded files use S3 versioning and are replicated to Melbourne. All backups are encrypted and held in a separate AWS account from which production engineers cannot delete them.' },
  { id: 'bl-restore-test', topic: 'resilience', question: 'Are backups tested?', yesno: 'yes', sentence: 'Yes. Every month we restore a production database backup into an isolated account and check it automatically, and a full restore of uploaded files is tested every quarter.' },
  { id: 'bl-rto-rpo', topic: 'resilience', question: 'What are your RTO and RPO?', variants: ['Recovery time and recovery point objectives'], sentence: 'Our recovery point objective is 1 hour and our recovery time objective is 8 hours for the loss of the whole AWS Sydney region, recovering into Melbourne. The loss of a single availability zone is handled by automatic failover within minutes.' },
  { id: 'bl-dr-test', topic: 'resilience', question: 'How often is the disaster recovery plan tested?', sentence: 'The disaster recovery plan is tested once a year by restoring the whole platform into the Melbourne region; the last test, in August 2026, had the service running again in 5 hours 40 minutes. We also run a continuity tabletop exercise every six months.' },
  { id: 'bl-bcp', topic: 'resilience', question: 'Business continuity plan', variants: ['Do you have a documented BCP?'], sentence: 'Our business continuity plan covers the loss of our Melbourne office, of key people, of AWS Sydney and of critical suppliers. It is reviewed every year and after significant changes, and approved by the COO.' },
  { id: 'bl-sla', topic: 'resilience', question: 'Uptime SLA', variants: ['What availability do you commit to?'], sentence: 'On the Network plan we commit to 99.9% monthly availability, excluding scheduled maintenance, with service credits of 5% to 25% of the monthly fee. The Essentials and School plans have no contractual SLA, although we aim for the same target. Availability over the last 12 months was 99.96%.' },
  { id: 'bl-status', topic: 'resilience', question: 'Status page and maintenance windows', sentence: 'Live service status and incident history are published at status.brolga.com.au, which anyone can subscribe to. Planned maintenance happens on Saturday nights between 10 pm and 2 am Melbourne time and is announced at least 7 days ahead, and we avoid maintenance during NAPLAN and end-of-term reporting weeks.' },

  // vulnerability management and testing
  { id: 'bl-vuln-mgmt', topic: 'vulnerability', question: 'Describe your vulnerability management program, including scanning frequency and remediation timeframes by severity.', variants: ['Patching timelines'], sentence: 'Container images and AWS resources are scanned continuously with Amazon Inspector, dependencies on every merge request with GitLab dependency scanning, and the web application every week with OWASP ZAP. Fix deadlines are 72 hours for critical, 14 days for high, 60 days for medium and 180 days for low vulnerabilities, tracked in Jira.' },
  { id: 'bl-patching', topic: 'vulnerability', question: 'How are servers and infrastructure patched?', sentence: 'Application containers run on AWS Fargate, so AWS patches the underlying hosts, and our base images are rebuilt weekly from patched sources. Aurora minor version upgrades are applied in the Saturday maintenance window.' },
  { id: 'bl-pentest', topic: 'vulnerability', question: 'Penetration testing', variants: ['How often is a third-party penetration test performed?', 'Can you share your latest pen test report?'], sentence: 'A CREST-accredited Australian firm tests the web application, mobile apps, API and AWS configuration once a year and after major changes; the last test was in September 2026. We share a summary letter under NDA, not the full report. All high-severity findings from the last test were fixed within 14 days.' },
  { id: 'bl-customer-pentest', topic: 'vulnerability', question: 'Can customers perform their own penetration test?', yesno: 'yes', sentence: 'Yes, with 10 business days\' written notice and our agreement on scope and timing. Testing must be done against a test school that we set up, not against live schools, and denial-of-service testing is not allowed.' },
  { id: 'bl-bug-bounty', topic: 'vulnerability', question: 'Do you run a bug bounty programme?', yesno: 'no', sentence: 'No. We do not pay bounties. Researchers can report vulnerabilities under our vulnerability disclosure policy, linked from security.txt, and we reply within 5 business days.' },

  // development and change
  { id: 'bl-sdlc', topic: 'development', question: 'Do you follow a secure software development lifecycle? Please describe, including security requirements, threat modelling, code review and testing.', variants: ['Secure development practices'], yesno: 'yes', sentence: 'Yes. New features that touch student data get a privacy and threat review at design time, every merge request needs approval from another engineer (two for infrastructure code), and GitLab SAST, dependency scanning and secret detection must pass before merge. Developers take secure coding training based on the OWASP Top 10 every year.' },
  { id: 'bl-sast', topic: 'development', question: 'Static code analysis', sentence: 'GitLab SAST runs on every merge request, and high or critical findings block the merge until they are fixed or formally accepted by the Head of Security.' },
  { id: 'bl-test-data', topic: 'development', question: 'Is production data used in development or test environments?', yesno: 'no', sentence: 'No. Development and staging use synthetic data created by our seed scripts, and production data is never copied to non-production environments. When a bug can only be reproduced with real data, it is investigated in production under a support-access grant.' },
  { id: 'bl-oss', topic: 'development', question: 'Open-source components', sentence: 'Open-source dependencies are listed in a software bill of materials generated at every build, scanned for known vulnerabilities and checked for licences we do not allow, such as AGPL. We can provide the SBOM in CycloneDX format on request.' },
  { id: 'bl-change-mgmt', topic: 'development', question: 'Describe your change management process for production changes, including approvals, testing and emergency changes.', variants: ['Change control'], sentence: 'Every change goes through a GitLab merge request with peer review and automated tests, is deployed first to staging and then to production by the CI pipeline, and can be rolled back in minutes. Infrastructure is changed only through Terraform. Emergency changes may be deployed with a single approval and are reviewed by the change advisory group within 2 business days.' },
  { id: 'bl-release-notice', topic: 'development', question: 'Do you notify customers of changes and new releases?', sentence: 'We release several times a week, mostly outside school hours. Changes that users will notice are announced in the in-app changelog, and changes that remove features or alter how data is handled are emailed to school admins at least 30 days ahead.' },
  { id: 'bl-segregation-duties', topic: 'development', question: 'Segregation of duties', sentence: 'Nobody can approve their own merge request, so code reaches production only after another engineer has approved it. Production access, security logging and billing are administered by different teams.' },
  { id: 'bl-mobile', topic: 'development', question: 'Mobile apps', sentence: "Brolga's iOS and Android apps for parents and students store only a session token, in the device's secure keychain or keystore, and use certificate pinning. Signing a user out from the web removes the app's access." },

  // incident response
  { id: 'bl-ir-plan', topic: 'incident', question: 'Do you have a documented incident response plan? How often is it tested?', variants: ['Incident response'], yesno: 'yes', sentence: "Yes. Our incident response plan sets out roles, severity levels, escalation, evidence handling and communications, and follows ISO 27001 and the OAIC's data breach guidance. It is reviewed every year and rehearsed in a tabletop exercise every six months, most recently in October 2026 with our MDR provider." },
  { id: 'bl-breach-notice', topic: 'incident', question: 'How quickly will you notify us of a security incident or data breach affecting our data?', variants: ['Breach notification timeframe'], sentence: "We notify the affected school's nominated contacts by email and phone within 24 hours of confirming an incident that affects their data, with updates at least daily until it is contained. If it is an eligible data breach under the Notifiable Data Breaches scheme, we also notify the OAIC and help the school notify affected families." },
  { id: 'bl-breach-history', topic: 'incident', question: 'Have you had any data breaches in the last three years?', yesno: 'no', sentence: 'No. Since the company was founded we have had no data breach or security incident that required notifying customers, the OAIC or the New Zealand Privacy Commissioner.' },
  { id: 'bl-forensics', topic: 'incident', question: 'Forensic investigation capability', sentence: 'An incident response retainer with a CREST-accredited firm gives us forensic investigators within 4 hours. Evidence from CloudTrail, Sentinel and container and database snapshots is preserved under chain-of-custody procedures.' },

  // governance and policies
  { id: 'bl-policies', topic: 'governance', question: 'Information security policies', variants: ['Do you have a documented information security policy?', 'Policy review frequency'], sentence: 'Our information security policies are part of our ISO 27001 ISMS and cover access control, acceptable use, cryptography, supplier security, incident management and more. They are approved by the CEO, reviewed at least once a year, and acknowledged by all staff when they join and every year after.' },
  { id: 'bl-security-owner', topic: 'governance', question: 'Who is responsible for information security?', sentence: 'Our Head of Security, who reports to the CTO, leads a security team of four and runs the ISMS. A security steering committee of the CEO, CTO, COO and Head of Security meets every quarter to review risks and incidents.' },
  { id: 'bl-risk-assessment', topic: 'governance', question: 'Risk management', sentence: 'We carry out an information security risk assessment every year and whenever there is a major change, following ISO/IEC 27005. Risks are kept in a risk register with owners and treatment plans, which the security steering committee reviews every quarter.' },
  { id: 'bl-data-classification', topic: 'governance', question: 'Do you classify data?', yesno: 'yes', sentence: 'Yes. Data is classified as Public, Internal, Confidential or Restricted; student records, wellbeing notes and health information are Restricted and may be handled only in approved systems.' },
  { id: 'bl-asset-inventory', topic: 'governance', question: 'Asset inventory', sentence: 'All laptops are tracked in Intune and all cloud resources through AWS Config across every account, and our SaaS applications are listed in the ISMS tool with an owner and a data classification.' },

  // people
  { id: 'bl-background-checks', topic: 'hr', question: 'Do you perform background checks on employees?', variants: ['Working with Children Check', 'Pre-employment screening'], yesno: 'yes', sentence: 'Yes. Before starting, every employee and contractor in Australia must hold a valid Working with Children Check and pass a national police check, and New Zealand staff go through New Zealand Police vetting. We also verify identity, right to work and references, and Working with Children Checks are monitored for changes throughout employment.' },
  { id: 'bl-training', topic: 'hr', question: 'Security awareness training', variants: ['How often do staff complete security training?'], sentence: 'All staff complete security and privacy awareness training when they join and every year after, including child safety and the handling of student data. We run phishing simulations every quarter, and the security team tracks completion.' },
  { id: 'bl-nda', topic: 'hr', question: 'Do employees sign confidentiality agreements?', yesno: 'yes', sentence: 'Yes. Every employee and contractor signs a confidentiality agreement as part of their contract before getting any access, and the obligations continue after they leave.' },
  { id: 'bl-disciplinary', topic: 'hr', question: 'Is there a disciplinary process for security policy violations?', yesno: 'yes', sentence: 'Yes. Breaches of our security policies are handled through the HR disciplinary process, which can lead to the end of employment or of a contract.' },
  { id: 'bl-offshore', topic: 'hr', question: 'Do you use offshore contractors or outsourced development?', yesno: 'no', sentence: 'No. All development and support is done by our own employees in Australia and New Zealand, and we use no offshore development or support contractors.' },

  // suppliers
  { id: 'bl-subprocessors', topic: 'vendors', question: 'Please provide a list of subprocessors that will have access to customer data.', variants: ['Subprocessor list', 'Third parties with access to student data'], sentence: 'Our subprocessors are Amazon Web Services (hosting and Amazon Bedrock, Sydney and Melbourne), Microsoft (Sentinel log storage, Australia East), Freshworks (Freshdesk support tickets, Australian data centre) and Functional Software (Sentry error reports, United States). Card payments for excursions are handled by Stripe as an independent provider. The current list is published at brolga.com.au/subprocessors.' },
  { id: 'bl-subprocessor-changes', topic: 'vendors', question: 'Subprocessor change notification', sentence: 'We give customers at least 30 days\' notice by email before adding or replacing a subprocessor that handles customer data. A customer can object, and if we cannot resolve the objection it can end the affected service without penalty.' },
  { id: 'bl-vendor-risk', topic: 'vendors', question: 'How do you assess the security of your suppliers?', variants: ['Third-party risk management'], sentence: 'Every new supplier that will handle personal or confidential data is reviewed before we sign, against our questionnaire, its certifications such as ISO 27001 or SOC 2, and its contract terms. Critical suppliers are reassessed every year, and contracts require confidentiality, breach notification and deletion of data at the end of the service.' },

  // privacy
  { id: 'bl-privacy-law', topic: 'privacy', question: 'Which privacy laws do you comply with?', sentence: 'We comply with the Australian Privacy Act 1988 and the Australian Privacy Principles, the New Zealand Privacy Act 2020, and the state education privacy requirements written into our contracts with schools and departments. Our privacy policy is at brolga.com.au/privacy.' },
  { id: 'bl-privacy-officer', topic: 'privacy', question: 'Do you have a privacy officer?', yesno: 'yes', sentence: 'Yes. Our Privacy Officer, who is also our General Counsel, can be contacted at privacy@brolga.com.au.' },
  { id: 'bl-data-ownership', topic: 'privacy', question: 'Who owns the data?', sentence: 'Schools own all the data they and their students put into Brolga, and we process it only to provide the service and on the school\'s instructions. We claim no rights over student work.' },
  { id: 'bl-no-sale', topic: 'privacy', question: 'Do you sell, rent or share student data for advertising or marketing?', variants: ['Commercial use of student data'], yesno: 'no', sentence: 'No. We never sell or rent student or school data, show no advertising in Brolga, and do not use student data to market anything to students or families.' },
  { id: 'bl-data-deletion', topic: 'privacy', question: 'What happens to our data when the contract ends?', variants: ['Data deletion on termination', 'Data return at end of contract'], sentence: "School admins can export all their data as CSV and PDF at any time and for 60 days after the contract ends. After those 60 days we delete the school's data from production, and it is gone from backups within a further 90 days. We confirm the deletion in writing on request." },
  { id: 'bl-retention', topic: 'privacy', question: 'How long do you retain student records while the contract is active?', variants: ['Data retention settings'], sentence: "While the contract is active we keep a school's records until the school deletes them, including records of students who have left. On the Network plan, admins can also set records of departed students to be deleted automatically after a chosen number of years." },
  { id: 'bl-dsar', topic: 'privacy', question: 'How do you handle requests from parents or students to access or correct their personal information?', sentence: 'Because the school controls the data, we pass access and correction requests on to the school within 5 business days and help it respond; school admins can also export or correct a student\'s records themselves. We do not respond to requesters directly unless the school asks us to.' },
  { id: 'bl-deidentified', topic: 'privacy', question: 'Is de-identified or aggregated student data used for any other purpose?', sentence: 'We use aggregated, de-identified usage statistics to improve the product, and we publish nothing that could identify a school or student. We do not share de-identified data with researchers or other third parties unless the school agrees in writing.' },
  { id: 'bl-cookies', topic: 'privacy', question: 'Cookies and tracking in the app', sentence: 'The Brolga app uses only the cookies needed for sign-in and security, and contains no third-party analytics, advertising or tracking scripts. Our marketing website uses Google Analytics, but the app does not.' },
  { id: 'bl-consent', topic: 'privacy', question: 'Parental consent', sentence: 'Schools are responsible for obtaining any consent they need from parents under their own policies; we provide a privacy notice for families and a template consent letter. We collect no data directly from students beyond what the school sets up.' },
  { id: 'bl-pia', topic: 'privacy', question: 'Have you completed a privacy impact assessment?', yesno: 'yes', sentence: 'Yes. An independent privacy impact assessment of the Brolga platform was completed in 2025, and we carry out an internal privacy assessment of every new feature that handles student data. A summary of the 2025 assessment is available to customers.' },

  // certifications
  { id: 'bl-iso27001', topic: 'certifications', question: 'Are you ISO 27001 certified?', variants: ['ISO/IEC 27001:2022 certificate'], yesno: 'yes', sentence: 'Yes. Brolga Education holds ISO/IEC 27001:2022 certification covering the development, operation and support of the Brolga platform and our Melbourne and Auckland offices. It was first issued in 2023 and renewed in 2026 by an accredited certification body, and the certificate and Statement of Applicability are available on request.' },
  { id: 'bl-soc2', topic: 'certifications', question: 'Do you have a SOC 2 report?', yesno: 'no', sentence: 'No. We do not have a SOC 2 report of either type. Our independent assurance is our ISO/IEC 27001:2022 certification and our Safer Technologies 4 Schools assessment.' },
  { id: 'bl-st4s', topic: 'certifications', question: 'Safer Technologies 4 Schools (ST4S)', sentence: 'Brolga completed a Safer Technologies 4 Schools (ST4S) assessment in 2025, and the result is published in the ST4S register available to schools and education departments.' },
  { id: 'bl-essential-eight', topic: 'certifications', question: 'What is your Essential Eight maturity level?', variants: ['ACSC Essential Eight'], sentence: 'In our June 2026 self-assessment against the ACSC Essential Eight we reached Maturity Level 2 for all eight mitigation strategies, except application control on macOS laptops, which is at Maturity Level 1. The assessment has not been independently audited.' },
  { id: 'bl-irap', topic: 'certifications', question: 'Have you been IRAP assessed?', yesno: 'no', sentence: 'No. Brolga has not been assessed by an IRAP assessor at any classification level.' },
  { id: 'bl-pci', topic: 'certifications', question: 'Payment card handling', sentence: "Parents pay excursion and event fees through Stripe's hosted checkout, so card details never reach our systems and Brolga stores no card numbers. We complete PCI DSS Self-Assessment Questionnaire A every year." },

  // physical and audit
  { id: 'bl-physical', topic: 'physical', question: 'Physical security of the data centres', variants: ['Office physical security'], sentence: "Our systems are hosted in AWS data centres, whose physical security AWS manages and which is covered by AWS's own ISO 27001 and SOC 2 reports. We have no servers in our offices. Our Melbourne and Auckland offices use badge access, visitor sign-in and CCTV at the entrances." },
  { id: 'bl-dc-visit', topic: 'physical', question: 'Can we visit or audit the data centre?', yesno: 'no', sentence: "No. AWS does not allow customer visits to its data centres; customers can rely instead on AWS's independent audit reports, available through AWS Artifact." },
  { id: 'bl-right-to-audit', topic: 'physical', question: 'Do you allow customers to audit you?', sentence: 'Customers on the Network plan can carry out one audit a year, remotely or at our Melbourne office, with 30 days\' notice and at their own cost. Other customers can rely on our ISO 27001 certificate and our completed security questionnaires.' },

  // endpoints
  { id: 'bl-endpoint', topic: 'endpoint', question: 'Are employee laptops managed and protected with endpoint security? Please describe encryption, EDR and patching.', variants: ['Endpoint protection', 'Laptop security'], yesno: 'yes', sentence: 'Yes. All staff use company-owned Windows and macOS laptops enrolled in Microsoft Intune, with BitLocker or FileVault full-disk encryption, Microsoft Defender for Endpoint, a screen lock after 5 minutes, and operating system updates enforced within 14 days of release.' },
  { id: 'bl-byod', topic: 'endpoint', question: 'Can staff use personal devices to access company data?', sentence: 'Staff may not use personal computers for work. Personal phones can be used only for Outlook and Teams through Intune app protection, which keeps company data in a managed container that we can wipe, and they cannot reach customer data or production.' },
  { id: 'bl-usb', topic: 'endpoint', question: 'Removable media', sentence: 'USB storage devices are blocked on all company laptops by Intune policy; exceptions need the Head of Security\'s approval and are time-limited.' },

  // AI
  { id: 'bl-ai', topic: 'ai', question: 'Does the product use artificial intelligence or machine learning? If so, describe the models, providers and how customer data is used.', variants: ['Generative AI features'], sentence: 'Brolga Assist helps teachers draft feedback comments and rubric-based marking suggestions using Anthropic Claude models on Amazon Bedrock in the Sydney region. It is off by default, must be switched on by a school admin, is available on the School and Network plans, and is never shown to students. A teacher always reviews and edits a draft before any student sees it.' },
  { id: 'bl-ai-training', topic: 'ai', question: 'Is our data used to train AI models?', yesno: 'no', sentence: 'No. Neither we nor Amazon nor Anthropic use school or student data to train or improve AI models, and Amazon Bedrock does not store prompts or outputs. We do not train models of our own on customer data.' },
  { id: 'bl-ai-decisions', topic: 'ai', question: 'Does the AI make automated decisions about students?', yesno: 'no', sentence: 'No. Brolga Assist only drafts text for a teacher to review; it does not assign grades, flag students or make any decision about a student on its own.' },

  // accessibility, insurance, company
  { id: 'bl-accessibility', topic: 'accessibility', question: 'Accessibility', variants: ['WCAG conformance', 'Do you have a VPAT?'], sentence: 'The web app and the mobile apps target WCAG 2.1 Level AA. Our latest Accessibility Conformance Report (VPAT 2.5 INT), based on an external audit in May 2026, lists partial support for drag-and-drop question types and some older charts, and is available on request.' },
  { id: 'bl-insurance', topic: 'insurance', question: 'Insurance coverage', variants: ['Do you carry cyber liability insurance?'], sentence: 'We hold cyber liability insurance of AUD 10 million, professional indemnity insurance of AUD 5 million and public liability insurance of AUD 20 million, each per claim. Certificates of currency are available on request.' },
  { id: 'bl-company', topic: 'company', question: 'Please provide a brief overview of your company, including legal name, headquarters, year founded and number of employees.', variants: ['Company profile'], sentence: 'Brolga Education Pty Ltd was founded in 2015 and is headquartered in Melbourne, Australia, with a New Zealand subsidiary, Brolga Education NZ Limited, in Auckland. We have about 190 employees and serve about 2,100 schools and 6 education networks in Australia and New Zealand. The company is privately owned and backed by venture investors.' },
  { id: 'bl-product', topic: 'company', question: 'What does the product do?', sentence: 'Brolga is a learning and assessment platform for primary and secondary schools: online quizzes and assessments, a gradebook, semester reports, parent communication, excursion payments and wellbeing notes, with web, iOS and Android apps.' },
  { id: 'bl-support', topic: 'company', question: 'Support hours', sentence: 'Support is by email and chat from 7 am to 7 pm Melbourne time on school days, and Network plan customers also have a phone line and a named account manager. Priority 1 incidents get a response within 1 hour on the Network plan and within 4 business hours on the other plans.' },
  { id: 'bl-financials', topic: 'company', question: 'Can you provide audited financial statements?', sentence: 'We are a private company and do not publish our accounts, but we share our latest audited financial statements with prospective Network plan customers under NDA.' },
  { id: 'bl-governing-law', topic: 'company', question: 'Governing law', sentence: 'Our standard agreement is governed by the laws of Victoria, Australia; agreements with New Zealand schools are governed by New Zealand law.' },

  // internal notes, not for customers
  { id: 'bl-int-soc2-plan', topic: 'certifications', question: 'SOC 2 roadmap (internal)', sentence: 'We may start a SOC 2 Type 1 audit in the second half of 2027 if two large prospects require it. This is not committed and must not be shared with customers.', visibility: 'internal' },
  { id: 'bl-int-iso-findings', topic: 'certifications', question: 'ISO 27001 audit findings', sentence: 'The 2026 recertification audit raised one minor non-conformity, about late quarterly access reviews for the Sentinel workspace; the corrective action was closed in November 2026.', visibility: 'internal' },
  { id: 'bl-int-mdr', topic: 'logging', question: 'MDR provider and escalation', sentence: 'Our MDR provider is Southern Cross Cyber. The P1 escalation line and contract number are in the security runbook and are not to be given to customers.', visibility: 'internal' },
  { id: 'bl-int-sentry', topic: 'hosting', question: 'Sentry scrubbing gaps', sentence: 'Sentry scrubbing removes names, emails and free text, but student usernames can still appear in the URLs of some older error reports; a fix is planned for the first quarter of 2027.', visibility: 'internal' },
  { id: 'bl-int-insurance', topic: 'insurance', question: 'Cyber policy details', sentence: 'The cyber policy renews on 1 March each year and has an excess of AUD 50,000. Do not share the insurer, the policy number or the excess with customers.', visibility: 'internal' },
];

export const EIGHTH_BLIND: readonly Labelled[] = [
  // identity and access (44 questions, 18 null)
  ['CAIQ IAM-16.1: Are strong, federated authentication mechanisms (e.g. SAML 2.0, OpenID Connect) supported for tenant users of the application?', 'bl-sso'],
  ["Hi there, quick one from our business manager: can our teachers just log in with their school Google accounts rather than having yet another password to remember?", 'bl-sso'],
  ['Is SAML SSO included in the Essentials subscription?', null],
  ['Does the solution support Shibboleth or federated login through the Australian Access Federation (AAF)?', null],
  ['Is two-step verification offered to teacher accounts?', 'bl-mfa-users'],
  ['Can we force MFA on for our students as well as for staff?', 'bl-mfa-users'],
  ['Are SMS one-time passcodes available as a second factor for staff users?', null],
  ['Can teachers and school admins sign in with FIDO2 security keys or passkeys?', null],
  ['Min. password length (local, non-SSO accounts)', 'bl-passwords'],
  ['VSA 3.4: Are user passwords stored using a salted, adaptive one-way hash such as bcrypt, scrypt, PBKDF2 or Argon2?', 'bl-passwords'],
  ['Can Prep students log in by scanning a QR code badge?', null],
  ['Our Year 1 kids cannot type a password yet. What login option do they have, and will it work when they are at home?', 'bl-student-login'],
  ['Inactivity timeout for student sessions (minutes)', 'bl-session'],
  ['Our policy requires staff sessions to time out after no more than 10 minutes idle. Can Brolga be configured to do that?', null],
  ['Please describe the permission model. Which roles exist out of the box?', 'bl-rbac'],
  ['Can we define our own roles with fine-grained permissions?', null],
  ['Is a teacher prevented from viewing students who are not in their classes?', 'bl-rbac'],
  ['SCIM provisioning supported? (Y/N)', 'bl-scim'],
  ['Does Brolga integrate with our student management system to create and update class lists automatically, for example over OneRoster?', 'bl-rostering'],
  ['When a student is removed from our SIS, how soon is their Brolga login disabled?', 'bl-rostering'],
  ['Is rostering through Clever or ClassLink supported?', null],
  ['Is the OneRoster API connection available on the School plan, or do we need to upgrade?', 'bl-rostering'],
  ['Parent portal: could a guardian ever see the results of children from another family?', 'bl-parent-access'],
  ['Are pastoral / wellbeing notes hidden from parents?', 'bl-parent-access'],
  ['Can parents turn on MFA for their own accounts?', 'bl-mfa-users'],
  ['SIG Lite H.2: Is multi-factor authentication required for workforce access to email, cloud management consoles and code repositories?', 'bl-staff-mfa'],
  ["What password rules apply to your own employees' accounts (length, expiry, complexity)?", null],
  ['Do your staff use phishing-resistant MFA (for example FIDO2) for privileged access?', 'bl-staff-mfa'],
  ['Are privileged users required to check out credentials from a PAM vault such as CyberArk or BeyondTrust?', null],
  ['How do engineers get into prod, who approves it, and when does that access expire?', 'bl-privileged'],
  ['Is direct SSH to production hosts permitted?', 'bl-privileged'],
  ['Do administrators share any generic or group logins to manage production?', 'bl-shared-accounts'],
  ['Confirm that every privileged account is uniquely assigned to a named individual. (Yes/No)', null],
  ['User access recertification: frequency for privileged vs standard accounts', 'bl-access-review'],
  ['Are user access rights reviewed at least monthly?', null],
  ['Is all access of terminated employees revoked within 24 hours of termination?', null],
  ['ISO 27001:2022 A.5.11 / A.6.5: what is done to remove system access and recover equipment when staff leave?', 'bl-offboarding'],
  ['Will anyone at Brolga be able to look at our student records without us knowing about it?', 'bl-support-access'],
  ['Does the API support OAuth2, and how long are access tokens valid?', 'bl-api'],
  ['Does the API support mutual TLS client certificates?', null],
  ['Is MFA switched on by default for all school admin accounts, without us having to enable it?', null],
  ['Do you support SAML single logout (SLO)?', null],
  ['Can we restrict teacher logins to our school network IP ranges?', null],
  ['[ ] SAML 2.0  [ ] OIDC  [ ] LDAP  [ ] Local accounts: tick the authentication methods supported for staff users', null],

  // encryption, logging, network, hosting, backups (46 questions, 12 null)
  ['CAIQ CEK-03.1: Is data at rest encrypted using industry-accepted cryptographic algorithms?', 'bl-encryption-rest'],
  ['Encryption at rest – algorithm / key length', 'bl-encryption-rest'],
  ['Are we able to hold and revoke our own keys (HYOK / BYOK) for our school data?', 'bl-cmk'],
  ['Are your encryption keys kept in HSMs validated to FIPS 140-3 Level 3?', null],
  ['Who is able to administer encryption keys, and is every use of a key logged?', 'bl-key-mgmt'],
  ['Minimum TLS version?', 'bl-encryption-transit'],
  ['Some of our older lab computers only do TLS 1.0. Will they still be able to connect to Brolga?', 'bl-encryption-transit'],
  ['Please describe encryption both at rest and in transit, and say whether customer-managed keys are supported.', null],
  ['Are credentials or API keys ever hard-coded in source code? How are secrets managed?', 'bl-secrets'],
  ['Is HashiCorp Vault used for secrets management?', null],
  ['Is pastoral care and medical information protected by an extra layer of encryption beyond disk encryption?', 'bl-field-encryption'],
  ['Which events are written to your security logs, and for how long are those logs retained?', 'bl-logging'],
  ['Are infrastructure security logs kept for a minimum of 12 months?', 'bl-logging'],
  ['Are audit logs retained for 7 years?', null],
  ['SIEM product in use', 'bl-logging'],
  ['Is there 24/7 monitoring of security alerts, whether in-house or outsourced?', 'bl-soc'],
  ['Is your SOC staffed around the clock by your own employees?', null],
  ['Name of your MDR / MSSP provider', null],
  ["As principal I need to know: if somebody changes a student's grade, can our admin see who did it and when?", 'bl-audit-log'],
  ['Can we stream Brolga audit events into our SIEM on the School plan?', null],
  ['NTP / clock synchronisation', 'bl-clock'],
  ['Do you run intrusion detection over your cloud environment?', 'bl-ids'],
  ['Are inline next-generation firewall appliances (e.g. Palo Alto, Fortinet) used at the network perimeter?', null],
  ['Is the production environment logically separated from development, test and corporate networks?', 'bl-network'],
  ['Do any of your database servers have public IP addresses?', 'bl-network'],
  ['Is AWS Shield Advanced in place?', 'bl-ddos'],
  ['Do your employees have to connect over a VPN before they can use internal systems?', 'bl-remote-access'],
  ['DMARC policy (none / quarantine / reject)?', 'bl-email-security'],
  ['Are systems hardened against a recognised benchmark such as CIS?', 'bl-hardening'],
  ['Which cloud provider and which region host the service?', 'bl-hosting'],
  ['Is any student information ever held, processed or viewable offshore (support desks, error tracking, backups included)?', 'bl-data-location'],
  ['Is point-in-time recovery available for the database, and how far back can you go?', 'bl-backups'],
  ['Kia ora, we are a kura in Aotearoa. Is it possible to have our data kept in a New Zealand data centre?', 'bl-nz-hosting'],
  ['Could the Department install and run Brolga in its own data centre?', 'bl-on-prem'],
  ['Is a dedicated single-tenant instance offered for large networks of schools?', null],
  ["How is one school's data kept apart from another's in a shared database?", 'bl-multitenancy'],
  ['DB engine', 'bl-db'],
  ['Backup frequency & retention', 'bl-backups'],
  ['Are backups retained for at least 12 months?', null],
  ['Are backups protected from deletion by your production engineers, for example by being held in a separate account?', 'bl-backups'],
  ['How often do you perform test restores from backup?', 'bl-restore-test'],
  ['Is your RPO 4 hours or less?', 'bl-rto-rpo'],
  ['We need the service restored within 4 hours of a regional outage. Can you commit to that RTO?', null],
  ['RTO / RPO (hours)', 'bl-rto-rpo'],
  ['Date and outcome of the most recent DR test', 'bl-dr-test'],
  ['Is the full DR plan exercised at least twice a year?', null],

  // continuity, testing, development, incidents, governance (47 questions, 13 null)
  ['ISO 27001:2022 A.5.30 ICT readiness for business continuity: is a continuity plan documented, reviewed and approved?', 'bl-bcp'],
  ['Are you certified to ISO 22301?', null],
  ['What uptime do you contractually guarantee on the School plan?', 'bl-sla'],
  ['Do you offer a 99.95% availability SLA?', null],
  ['Service credits if the SLA is missed', 'bl-sla'],
  ['Where can we check live system status, and is maintenance done outside school hours?', 'bl-status'],
  ['What are your remediation deadlines for critical and high vulnerabilities?', 'bl-vuln-mgmt'],
  ['Are critical vulnerabilities remediated within 24 hours?', null],
  ['Are high-risk vulnerabilities fixed within 30 days?', 'bl-vuln-mgmt'],
  ['Which tools are used for vulnerability scanning (e.g. Nessus, Qualys, Rapid7)?', 'bl-vuln-mgmt'],
  ['Do you run authenticated internal network scans with Tenable Nessus each quarter?', null],
  ['How are the underlying servers kept patched?', 'bl-patching'],
  ['HECVAT APPL-16: Is an independent penetration test done every year? When was the last one?', 'bl-pentest'],
  ['Please send us the full, unredacted pentest report with all findings.', 'bl-pentest'],
  ['Are penetration tests carried out at least every six months?', null],
  ['Would it be OK for our IT contractor to run a pen test against our live school in Brolga next week?', null],
  ['Are customers allowed to pentest the platform, and how much notice do you need?', 'bl-customer-pentest'],
  ['Is there a public bug bounty on HackerOne or Bugcrowd?', 'bl-bug-bounty'],
  ['Do you publish a vulnerability disclosure policy?', null],
  ['Describe your secure SDLC.', 'bl-sdlc'],
  ['Do developers get secure coding training at least once a year?', 'bl-sdlc'],
  ['SAST: tool used, and do findings block a merge?', 'bl-sast'],
  ['Do you use IAST or RASP in production?', null],
  ['Is real student data ever copied into staging or test?', 'bl-test-data'],
  ['Can you provide an SBOM for the application?', 'bl-oss'],
  ['Are all code changes peer reviewed and tested before they reach production?', 'bl-change-mgmt'],
  ['Emergency change process?', 'bl-change-mgmt'],
  ['Does a change advisory board approve every production change before it is deployed?', null],
  ['How much notice do we get before a feature is removed?', 'bl-release-notice'],
  ["Will you give at least 90 days' notice of breaking changes?", null],
  ['Can one engineer write code and release it to production without anyone else approving it?', 'bl-segregation-duties'],
  ['Do the mobile apps keep student data on the phone?', 'bl-mobile'],
  ['Do the mobile apps detect jailbroken or rooted devices?', null],
  ['CAIQ SEF-04: Is there a documented incident response plan, and is it tested at least annually?', 'bl-ir-plan'],
  ['Breach notification SLA (hours)', 'bl-breach-notice'],
  ['Will you notify us within 72 hours of confirming a breach that affects our data?', 'bl-breach-notice'],
  ['Will you tell us within 12 hours of even a suspected incident?', null],
  ['Under the NDB scheme, who lodges the notification with the OAIC, you or us?', 'bl-breach-notice'],
  ['Have you had a notifiable data breach or security incident in the past 36 months?', 'bl-breach-history'],
  ['Do you have a DFIR retainer with an external firm?', 'bl-forensics'],
  ['Are security policies reviewed at least annually and approved by senior management?', 'bl-policies'],
  ['Who in your organisation is accountable for information security, and how big is the team?', 'bl-security-owner'],
  ['Does your Board have a cyber risk committee with independent directors?', null],
  ['Risk assessment methodology and frequency', 'bl-risk-assessment'],
  ['Do you have a data classification scheme? Which levels?', 'bl-data-classification'],
  ['Is an inventory of hardware, cloud and software assets maintained?', 'bl-asset-inventory'],
  ['Do your Australian staff who may see student information hold a current Working with Children Check?', 'bl-background-checks'],

  // people, suppliers, privacy, assurance, endpoints, AI, company (63 questions, 17 null)
  ['Are criminal history checks done on contractors before they are given access?', 'bl-background-checks'],
  ['Are employees subject to periodic drug and alcohol testing?', null],
  ['Security awareness training and phishing simulation: frequency', 'bl-training'],
  ['Do staff sign NDAs or confidentiality undertakings?', 'bl-nda'],
  ['ISO 27001:2022 A.6.4: Is there a formal disciplinary process for employees who breach information security policy?', 'bl-disciplinary'],
  ['Is any development or support outsourced offshore (e.g. to India or the Philippines)?', 'bl-offshore'],
  ['Please list all sub-processors and the country where each one processes data.', 'bl-subprocessors'],
  ['How much notice will we get of a new sub-processor, and are we able to object?', 'bl-subprocessor-changes'],
  ['SIG Core V.1: Describe the due diligence you perform on third-party suppliers before onboarding.', 'bl-vendor-risk'],
  ['Are critical suppliers reassessed every quarter?', null],
  ['Which privacy legislation does the service comply with?', 'bl-privacy-law'],
  ['Does Brolga comply with PIPEDA? We have a sister school in Vancouver that may join.', null],
  ['Have you appointed an EU representative under GDPR Article 27?', null],
  ['Privacy officer: name / contact email', 'bl-privacy-officer'],
  ['Who owns the content and data that our students upload?', 'bl-data-ownership'],
  ['Is any student data sold, or used for targeted ads?', 'bl-no-sale'],
  ["Hi, we're reviewing the contract before renewal. If we decide not to renew, how do we get our data out, and when is it actually wiped from your backups?", 'bl-data-deletion'],
  ['Will all our data be purged from backups within 30 days of termination?', null],
  ['Can you give us written confirmation that our data has been destroyed?', 'bl-data-deletion'],
  ['Can we set records of students who have left to be deleted automatically after 7 years on the School plan?', 'bl-retention'],
  ['A parent has asked us for a copy of everything held about her son. What will Brolga do?', 'bl-dsar'],
  ['Do you share de-identified student data with researchers?', 'bl-deidentified'],
  ['Are third-party trackers or analytics SDKs present in the student-facing app?', 'bl-cookies'],
  ['Who is responsible for collecting parental consent: the school or Brolga?', 'bl-consent'],
  ['Has a PIA been done for the platform?', 'bl-pia'],
  ['Is there an ISO 27001 certificate? Please attach it together with your SoA.', 'bl-iso27001'],
  ['Does your ISO 27001 scope cover the Auckland office?', 'bl-iso27001'],
  ['ISO/IEC 27701 certified?', null],
  ['SOC 2 Type II report available under NDA?', 'bl-soc2'],
  ['Can you provide a SOC 1 (SSAE 18) report?', null],
  ['Has the product completed the ST4S assessment?', 'bl-st4s'],
  ['Essential Eight: current maturity for application control and patch applications?', 'bl-essential-eight'],
  ['Do you meet Essential Eight Maturity Level 3 across all eight strategies?', null],
  ['Has your Essential Eight posture been independently assessed?', 'bl-essential-eight'],
  ['Has the platform been IRAP assessed to PROTECTED?', 'bl-irap'],
  ['Are you certified under the Hosting Certification Framework as a Certified Strategic provider?', null],
  ['PCI DSS compliance status', 'bl-pci'],
  ['For our ICT register, can you give a one-line description of what Brolga does?', 'bl-product'],
  ['Describe physical access controls at your offices.', 'bl-physical'],
  ['Can we do an on-site audit of Brolga once a year?', 'bl-right-to-audit'],
  ['Can we tour the AWS facility that hosts our data?', 'bl-dc-visit'],
  ['Are staff laptops encrypted and running EDR?', 'bl-endpoint'],
  ['Do endpoints run CrowdStrike Falcon?', null],
  ['Can employees use their own laptops to work on student data?', 'bl-byod'],
  ['USB mass storage blocked?', 'bl-usb'],
  ['Does the product include generative AI? Which model provider, and where is it hosted?', 'bl-ai'],
  ['Please confirm our contents is not used for training or fine-tuning of any machine learning model.', 'bl-ai-training'],
  ['Is OpenAI or Azure OpenAI used anywhere in the product?', null],
  ['Does the AI mark student work by itself, without a teacher reviewing it?', 'bl-ai-decisions'],
  ['WCAG 2.2 AA compliant?', null],
  ['Please provide your latest VPAT / ACR.', 'bl-accessibility'],
  ['Cyber insurance limit', 'bl-insurance'],
  ['Is your cyber cover at least AUD 20 million per claim?', null],
  ['Legal entity name, HQ location and headcount', 'bl-company'],
  ['How many schools currently use Brolga?', 'bl-company'],
  ['Support hours and P1 response time', 'bl-support'],
  ['Is 24/7 phone support included?', null],
  ['Which law governs the agreement?', 'bl-governing-law'],
  ['Audited financials available?', 'bl-financials'],
  ['Were any non-conformities raised at your last ISO 27001 audit, and have they been closed?', null],
  ['Do you intend to obtain a SOC 2 report within the next 12 months?', null],
  ['Are backups encrypted, and is the business continuity plan reviewed every year?', null],
  ['Our school have many students with disability. Which accessibility standard you are following, and is there a conformance report?', 'bl-accessibility'],
];

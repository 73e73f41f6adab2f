/**
 * A second development set for the Northwind Analytics library (OTHER_ENTRIES in other-library.ts),
 * written on 2026-12-07 by a helper that had not read or run the matcher's code (nothing under src/
 * was opened, and no report was run before it was written). Its errors will be read, as OTHER_DEV's
 * are; OTHER_BLIND stays a figure only.
 *
 * Every question is new: none reuses or lightly edits a question of OTHER_DEV, OTHER_BLIND or an
 * entry's own question or variant. The styles are those of real questionnaires: SIG and CAIQ items,
 * HECVAT-style ids, bank third-party risk forms ("the Bank"), public-sector forms ("the Province"),
 * RFP "shall" clauses, "Confirm …" and "Agree or disagree: …" statements, short spreadsheet column
 * headers, and chat from a sales call.
 *
 * The set leans on the cases a matcher gets wrong. Answerable ones include plain paraphrases, asks
 * for one detail an entry's answer gives (the 14-character minimum, the four-hour production grant,
 * the Toronto backup region), polar questions whose answer is a "no" the entry's sentence states
 * ("Do platform passwords have to be changed every 90 days?"), what the customer may configure where
 * an entry says it may (a shorter idle timeout, mandatory MFA, switching the assistant off), and a
 * sibling's question labelled with the sibling (a departing customer user → nw-scim, not nw-leaver;
 * security team size → nw-security-lead, not nw-headcount). Null ones share an entry's words but ask
 * what its answer does not say ("Are personal devices used by staff encrypted?" when nw-byod only
 * says what personal devices may reach), ask a sibling subject the library lacks or gives another
 * figure for (retention of the workspace activity log vs security logs, EU backups in Belgium when
 * they are in the Netherlands), set a stricter bound than the entry states, invert an entry's yes/no
 * (an "Agree"/"Confirm" is a yes; "Can engineers delete security logs?" against nw-log-integrity's
 * yes), join two entries, name products, regions or frameworks no entry names, or have the customer
 * configure what an entry says Northwind does.
 *
 * Labelled with the entry id whose answer fully and truthfully answers the question as asked (the
 * same yes/no polarity where the question is polar), else null; when in doubt, null.
 * 314 questions, 92 of them (29.3%) null; every entry is the label of at least one.
 */
import type { Labelled } from './questions';

function q(entry: string | null, ...questions: string[]): Labelled[] {
  return questions.map((question) => [question, entry] as const);
}

export const OTHER_DEV2: readonly Labelled[] = [
  // identity
  ...q(
    'nw-sso',
    'IAM-07: Can the Customer require every one of its users to authenticate through the Customer\'s own SAML 2.0 or OIDC identity provider?',
    'can our people log in with our Azure AD instead of a separate password?',
    'SIG H.5: Is single sign-on through the client\'s identity provider supported for application users?',
  ),
  ...q(
    'nw-mfa-platform',
    'Can a workspace owner make a second factor compulsory for every member?',
    'HECVAT AAAI-05: Does the application accept TOTP authenticator apps as a second factor for end users?',
    'MFA options for app users (TOTP / WebAuthn / SMS)',
  ),
  ...q(
    'nw-mfa-staff',
    'Do contractors working for Northwind have to pass a second factor to reach Google Cloud and Microsoft 365?',
    'Workforce MFA method (e.g. push with number matching, FIDO2 key)',
    'Agree or disagree: every Northwind employee must use a second factor on every login to internal tools.',
  ),
  ...q(
    'nw-password-rules',
    'Minimum password length for application accounts (characters)',
    'Do platform passwords have to be changed every 90 days?',
    'When a user chooses a password, is it screened against known breached passwords?',
    'Which NIST guidance does your password policy follow?',
  ),
  ...q(
    'nw-password-hashing',
    'Are user passwords salted individually before they are hashed?',
    'If one of our users forgets their password, can your staff look it up for them?',
  ),
  ...q(
    'nw-roles',
    'Can access be granted on a single project as well as on the whole workspace?',
    'List the predefined roles a customer administrator can assign.',
  ),
  ...q(
    'nw-access-review',
    'Bank TPRM 4.3: At what frequency do system owners review entitlements to production and to client data?',
    'Is production access reviewed at least every six months?',
  ),
  ...q(
    'nw-leaver',
    'Are a leaver\'s Okta, Microsoft 365 and Google Cloud accounts suspended on the day they leave?',
    'Are laptops recovered and wiped when staff depart?',
    'What triggers account suspension when an employee leaves?',
  ),
  ...q(
    'nw-prod-access',
    'Does an engineer\'s request for production access need approval from a second engineer?',
    'How long does a just-in-time grant of production access last?',
    'Are the actions an engineer takes during production access recorded?',
  ),
  ...q(
    'nw-session-timeout',
    'Can our workspace owner set a shorter inactivity limit than your default?',
    'Web session idle timeout – default value',
  ),
  ...q(
    'nw-scim',
    'When someone leaves our company, can their Northwind account be deactivated automatically from our Okta?',
    'Does the platform accept SCIM calls from Entra ID to create and update users?',
  ),
  ...q(
    'nw-api-auth',
    'What is the lifetime of an API access token?',
    'Can an Admin cut off an API client\'s access immediately?',
    'API authentication method (OAuth 2.0 / API key)',
  ),
  ...q(
    'nw-ip-allowlist',
    'Is IP whitelisting available to control which networks can reach our workspace?',
    'can we lock our workspace down to our office IPs?',
  ),
  // encryption
  ...q(
    'nw-encryption-rest',
    'Which algorithm encrypts customer data stored in BigQuery and Cloud Storage?',
    'The Vendor shall ensure all Bank data held on its systems is encrypted when stored.',
    'Are customer files in Cloud Storage encrypted on disk?',
  ),
  ...q(
    'nw-encryption-transit',
    'Are the obsolete TLS 1.0 and 1.1 protocols switched off?',
    'Lowest TLS version your API accepts',
    'Does the platform refuse connections that are not encrypted with TLS 1.2 or above?',
  ),
  ...q(
    'nw-key-management',
    'At what interval are your encryption keys rotated?',
    'Can anyone at Northwind export a key from KMS?',
    'Which service holds your encryption keys?',
  ),
  ...q(
    'nw-cmek',
    'Can we bring a key from our own Google Cloud project to encrypt our workspace?',
    'CAIQ CEK-08: Are customers able to manage their own data encryption keys?',
    'Is BYOK limited to a particular plan?',
  ),
  ...q(
    'nw-laptop-encryption',
    'Are staff laptops encrypted with BitLocker or FileVault, enforced centrally?',
    'Full disk encryption on corporate endpoints (Y/N)',
  ),
  ...q(
    'nw-backup-encryption',
    'Is AES-256 used to encrypt your backup copies?',
  ),
  // logging
  ...q(
    'nw-audit-logs',
    'Is the source IP address recorded for every sign-in?',
    'Are queries run against customer datasets logged, and with what details?',
    'Are permission changes and admin actions captured in your logs?',
  ),
  ...q(
    'nw-log-retention',
    'Security log retention (days)',
    'How much log history is searchable at once, and how is older history obtained?',
    'Do you keep security logs for at least 13 months?',
  ),
  ...q(
    'nw-siem',
    'Which SIEM product do you run?',
    'Are Okta, Microsoft 365 and endpoint logs correlated centrally, with alerts paging an on-call engineer?',
    'Do detection rules in your SIEM page someone when they fire?',
  ),
  ...q(
    'nw-monitoring-hours',
    'Are security alerts handled outside business hours and at weekends?',
    'Security operations coverage hours',
  ),
  ...q(
    'nw-workspace-activity',
    'How many months of activity history can our admins view and export?',
    'Will our administrators be able to see who exported data from our workspace?',
  ),
  ...q(
    'nw-log-integrity',
    'Are logs kept in a bucket with a locked retention policy that engineers cannot write to?',
    'Log tamper protection – describe',
  ),
  // network
  ...q(
    'nw-firewall',
    'Is outbound traffic from production limited to approved destinations?',
    'Default inbound firewall posture for production',
    'Which components of production accept connections from the internet?',
  ),
  ...q(
    'nw-segmentation',
    'Does production run in dedicated cloud projects and VPCs, apart from the office network?',
    'Agree or disagree: there is no network route from your offices into production.',
  ),
  ...q(
    'nw-edge-protection',
    'Is Google Cloud Armor in front of the application?',
    'Are OWASP rule sets enabled on your web application firewall?',
    'Layer 7 DDoS protection provider',
  ),
  ...q(
    'nw-remote-access',
    'Is device health checked before staff reach internal tools from home?',
    'Zero-trust access for employees (identity-aware proxy instead of VPN)?',
  ),
  ...q(
    'nw-email-auth',
    'What is your DMARC policy set to?',
    'DKIM signing on outbound mail',
  ),
  ...q(
    'nw-wifi',
    'Is guest Wi-Fi kept separate from the staff network in your offices?',
    'Wireless security protocol used at your offices',
  ),
  // hosting
  ...q(
    'nw-cloud-provider',
    'Is any part of the platform run outside Google Cloud?',
    'Name of IaaS provider',
  ),
  ...q(
    'nw-data-regions',
    'Can we pick the hosting region when we create our workspace?',
    'What hosting regions can customers choose from?',
    'Do we decide at sign-up whether our data lives in Canada or the EU?',
  ),
  ...q(
    'nw-no-us',
    'Are US-based data centres used for any storage or processing of customer data?',
    'does any of our data touch the US?',
  ),
  ...q(
    'nw-eu-hosting',
    'Do backups of EU workspaces stay inside the EU too?',
    'Is EU-only hosting available to a customer in France?',
    'EU customers: are data and backup storage confined to EU regions?',
  ),
  ...q(
    'nw-canada-hosting',
    'The Province requires that both the primary data and its backups remain in Canada. Can this be met?',
    'Where in Canada are Canadian workspaces and their backups hosted?',
    'Which Google Cloud region serves Canadian customers?',
  ),
  ...q(
    'nw-tenant-isolation',
    'Does each tenant have its own BigQuery dataset and storage bucket?',
    'Is tenant isolation examined during penetration tests?',
    'How do you make sure a query cannot reach another customer\'s workspace?',
  ),
  ...q(
    'nw-environments',
    'Do dev, staging and prod use separate service accounts and access groups?',
  ),
  ...q(
    'nw-test-data',
    'Are anonymised copies of production data used in staging?',
    'What data do you use in test environments?',
  ),
  ...q(
    'nw-availability',
    'How many zones does each hosting region run in?',
    'Is there automatic failover for the database tier within a region?',
  ),
  ...q(
    'nw-datacentre',
    'Does Northwind operate any data centres of its own?',
    'Who is responsible for the physical security of the facilities that hold our data?',
  ),
  // continuity
  ...q(
    'nw-backups',
    'How far back can databases be restored to a point in time?',
    'Backup cadence',
    'Are full backups taken every night?',
    'Backups: continuous or nightly?',
  ),
  ...q(
    'nw-backup-retention',
    'How many days are nightly backups kept before they are deleted?',
    'Backup retention period (days)',
  ),
  ...q(
    'nw-restore-test',
    'How often do you carry out a full restore from backup?',
    'Are restored copies checked against production data?',
    'Restore test frequency',
  ),
  ...q(
    'nw-bcp',
    'Does your continuity plan address the loss of a key supplier?',
    'How is your business continuity plan tested?',
  ),
  ...q(
    'nw-dr',
    'If Google Cloud\'s Montréal region went down, where would Canadian workspaces be rebuilt?',
    'How often do you test regional failover?',
    'Is disaster recovery kept within the same jurisdiction as the primary region?',
  ),
  ...q(
    'nw-rto-rpo',
    'Recovery point objective',
    'In a worst-case outage, how much data could we lose and how long until service is back?',
    'RTO (hours)',
  ),
  ...q(
    'nw-sla',
    'Contractual uptime percentage and service credits',
    'Is there an uptime SLA on plans other than Enterprise?',
  ),
  ...q(
    'nw-status-page',
    'Can we subscribe to incident and maintenance notices?',
    'Status page URL',
  ),
  // incident
  ...q(
    'nw-ir-plan',
    'Does your incident response plan define severity levels, roles and customer communication?',
    'Is the IR plan revisited after each major incident?',
    'How often is the incident response plan rehearsed?',
  ),
  ...q(
    'nw-breach-notice',
    'Breach notification timeframe (hours)',
    'Will you keep us updated until an incident affecting our data is closed?',
    'The Province must be told of any confirmed incident involving its data within two days. Can you commit to this?',
  ),
  ...q(
    'nw-past-breaches',
    'Has customer data ever been breached since the company was founded?',
  ),
  // vulnerability management
  ...q(
    'nw-pentest',
    'Is the REST API included in the scope of your penetration tests?',
    'Are pen tests also carried out after major releases?',
    'Is the latest pen test executive summary available, and on what terms?',
  ),
  ...q(
    'nw-vuln-scanning',
    'Are container images scanned on every build?',
    'Do you continuously scan your cloud environment for vulnerabilities and misconfigurations?',
  ),
  ...q(
    'nw-remediation',
    'Remediation SLA for high-severity vulnerabilities (days)',
    'How long do you allow for fixing medium-rated findings?',
    'Critical vulnerability fix window',
  ),
  ...q(
    'nw-disclosure',
    'Do you publish a security.txt?',
    'Do you pay bug bounties?',
  ),
  // development
  ...q(
    'nw-sdlc',
    'Do you use staged rollouts when shipping new versions?',
    'SDLC security activities – describe',
  ),
  ...q(
    'nw-code-review',
    'Is GitHub branch protection used to require an approving review before merging?',
    'Do all merges require passing CI checks and a reviewer\'s approval?',
  ),
  ...q(
    'nw-sast',
    'Do high-severity static analysis findings block a merge?',
    'Which SAST tools run on each pull request?',
  ),
  ...q(
    'nw-dependencies',
    'Do you keep an SBOM for each release?',
    'How are open-source licences checked?',
  ),
  ...q(
    'nw-secrets',
    'Is GitHub push protection enabled to stop credentials being committed?',
    'Where are production secrets stored?',
  ),
  ...q(
    'nw-change-mgmt',
    'Is there a record of who approved and who released each production change?',
    'Do all production deployments go through your pipeline?',
  ),
  // people
  ...q(
    'nw-background-checks',
    'Are reference and identity checks carried out before new hires start?',
    'Pre-employment screening for staff in Portugal',
    'Do you carry out criminal record checks on new staff in Canada?',
  ),
  ...q(
    'nw-security-training',
    'How often do you run phishing simulations?',
    'Is security awareness training given at onboarding?',
  ),
  ...q(
    'nw-confidentiality',
    'Do contractors sign a confidentiality agreement before they are given access to your systems?',
    'Confidentiality agreements signed before system access (Y/N)',
  ),
  ...q(
    'nw-dev-training',
    'Do engineers take OWASP Top 10 training every year?',
  ),
  ...q(
    'nw-headcount',
    'Employee count (approx.)',
    'In which countries are your employees located?',
  ),
  ...q(
    'nw-security-lead',
    'How many people are on your security team?',
    'To whom does your head of security report?',
    'Name the role that owns your security program.',
  ),
  // vendors
  ...q(
    'nw-vendor-risk',
    'Are suppliers that handle customer data reassessed every year?',
    'Do you obtain SOC 2 or ISO 27001 reports from your key vendors?',
    'Are suppliers assessed before a contract is signed?',
  ),
  ...q(
    'nw-subprocessors',
    'How many days\' notice do you give before adding a sub-processor?',
    'Can we object to a new subprocessor?',
    'Subprocessor list URL',
  ),
  // privacy
  ...q(
    'nw-gdpr',
    'Does your data processing agreement incorporate the EU Standard Contractual Clauses?',
    'Under GDPR, is Northwind the controller or the processor of our data?',
  ),
  ...q(
    'nw-dpa',
    'Is a DPA part of every customer agreement as standard?',
  ),
  ...q(
    'nw-pipeda',
    'Do you comply with Canada\'s federal private-sector privacy law?',
  ),
  ...q(
    'nw-dpo',
    'How do we reach your Data Protection Officer?',
  ),
  ...q(
    'nw-data-deletion',
    'After we cancel, when do the backups holding our data age out?',
    'Will our workspace be deleted within 30 days of the contract ending?',
    'When is our workspace deleted after we leave?',
  ),
  ...q(
    'nw-data-export',
    'Can query results be exported in Parquet?',
    'Can we pull our datasets out through the API?',
    'Export formats available to workspace owners',
  ),
  ...q(
    'nw-no-sale',
    'Is our data rented to third parties or used for ad targeting?',
  ),
  ...q(
    'nw-dsar',
    'Can we find and delete an individual\'s records ourselves in the product?',
    'How quickly does your support team help with a data subject request?',
    'Does the product have tools for locating one person\'s data?',
  ),
  ...q(
    'nw-hipaa',
    'Is the platform intended for protected health information?',
    'Can we put patient health records into the platform?',
  ),
  ...q(
    'nw-privacy-policy',
    'Where can our users read how you handle their personal information?',
  ),
  // AI
  ...q(
    'nw-ai-features',
    'Which large language model powers the assistant?',
    'Does the AI assistant run in our workspace\'s own region?',
    'Is the Gemini assistant something our workspace owner can switch off?',
    'What does the AI assistant do?',
  ),
  ...q(
    'nw-ai-training',
    'Are our prompts used to fine-tune Gemini or any other model?',
    'Does Vertex AI keep our prompts after responding?',
  ),
  // endpoint
  ...q(
    'nw-edr',
    'Which endpoint protection product runs on company laptops?',
    'EDR product and monitoring model',
  ),
  ...q(
    'nw-mdm',
    'Are Macs managed with Jamf and Windows laptops with Intune?',
    'Do you enforce screen lock and OS updates on laptops?',
    'Device management tooling for Windows and macOS',
  ),
  ...q(
    'nw-byod',
    'Can employees read work email on their own phones?',
    'Can a personal device ever reach production or customer data?',
  ),
  ...q(
    'nw-usb',
    'Removable media controls on endpoints',
  ),
  // physical
  ...q(
    'nw-office-security',
    'Is there CCTV at your office entrances?',
    'Are any servers or customer data kept at your offices?',
    'Do your offices use badge access and visitor sign-in?',
  ),
  // governance
  ...q(
    'nw-infosec-policy',
    'How often are your security policies reviewed, and who approves them?',
  ),
  ...q(
    'nw-soc2',
    'Which Trust Services Criteria are covered by your SOC 2?',
    'Is your SOC 2 Type II renewed annually?',
    'SOC 2 – type and criteria in scope',
  ),
  ...q(
    'nw-iso27001',
    'ISO/IEC 27001 – certified? If not, how are your controls aligned to it?',
  ),
  ...q(
    'nw-risk-assessment',
    'How often does leadership review the risk register?',
  ),
  ...q(
    'nw-insurance',
    'What is the limit of your cyber liability policy?',
    'Do you carry technology errors and omissions (E&O) cover?',
    'Cyber insurance – coverage amount (CAD)',
  ),
  ...q(
    'nw-security-contact',
    'Email address for security questions during onboarding',
  ),
  ...q(
    'nw-accessibility',
    'Does the web application conform to WCAG 2.1 AA?',
  ),
  ...q(
    'nw-revenue',
    'What was your revenue last fiscal year?',
  ),
  // support
  ...q(
    'nw-support-access',
    'How long does a support access grant last?',
    'Do support engineers need our Owner\'s approval before opening our workspace?',
    'Are support sessions in our workspace logged where we can see them?',
  ),
  ...q(
    'nw-support-hours',
    'Is there a 24x7 response for severity-1 incidents?',
    'What time zones does your support desk cover?',
  ),
  // no entry: an entry's words, but its answer does not say this
  ...q(
    null,
    'Are personal devices used by staff encrypted?',
    'Must personal phones be fully enrolled in MDM before they can read work email?',
    'Is SSO included on every plan, even the cheapest?',
    'Is MFA switched on by default for new customer users?',
    'Is an account locked after repeated failed login attempts?',
    'Are password composition rules (upper case, digit, symbol) enforced?',
    'Are API tokens scoped to individual datasets?',
    'Does the API support mutual TLS client certificates?',
    'Is TLS used between your internal services?',
    'Are encryption keys held in a FIPS 140-2 Level 3 HSM?',
    'Is customer data encrypted while in use (confidential computing)?',
    'Does someone read the security logs every day?',
    'Do you run file integrity monitoring on production hosts?',
    'Do engineers reach production through a bastion host?',
    'Does each customer get a dedicated database instance?',
    'Is there a sandbox or UAT environment we can use for our own testing?',
    'Do you run DAST scans against the live application?',
    'Can you give us the SBOM for the release we are running?',
    'Do you have a Change Advisory Board?',
    'Are contractors background checked as well as employees?',
    'Do you provide security awareness training for our end users?',
    'Can we receive the full penetration test report rather than the summary?',
    'Security contact phone number',
    'Will you provide a certificate of data destruction at the end of the contract?',
    'Can dashboards be exported as PDF?',
    'Will you respond directly to data subjects who contact you about our data?',
    'Can individual analysts opt out of the AI assistant themselves?',
    'Is EDR installed on your production servers and containers?',
    'Is your privacy policy available in French?',
  ),
  // no entry: a sibling subject the library lacks or answers with another figure
  ...q(
    null,
    'Is the workspace activity log kept for 400 days, like your security logs?',
    'Are backups of EU workspaces stored in Belgium with the primary data?',
    'Are backups of Canadian workspaces kept in Montréal?',
    'Does Northwind itself require every customer user to use MFA?',
    'How quickly does Northwind deactivate one of our users after they leave our organisation?',
    'Are high-severity vulnerabilities fixed within 14 days?',
  ),
  // no entry: a stricter bound than the entry states
  ...q(
    null,
    'Is production access reviewed at least every 90 days?',
    'Are leavers\' accounts disabled within one hour of their departure?',
    'Do just-in-time production grants expire within one hour?',
    'Does the default idle timeout not exceed 15 minutes?',
    'Bank requirement: notification no later than 36 hours after an incident is confirmed. Met?',
    'Log retention ≥ 3 years (Y/N)',
    'Are encryption keys rotated at least every 30 days?',
    'Is the RTO two hours or better?',
    'Can you guarantee zero data loss (RPO of 0)?',
    'Do you commit to 99.95% monthly availability?',
    'Will all copies of our data, backups included, be gone within 30 days of termination?',
    'Do you give at least 60 days\' notice of new subprocessors?',
    'Are phishing simulations run monthly?',
    'Is your cyber liability limit at least CAD 8 million?',
    'Will a security researcher get a reply within one business day?',
    'Is support available 24x7 for all severities on every plan?',
    'Is failover to the second region tested every quarter?',
    'Restore testing – quarterly?',
  ),
  // no entry: the opposite of an entry's yes/no ("Confirm" and "Agree" are a yes)
  ...q(
    null,
    'If we revoke our customer-managed key, can Northwind still read our data?',
    'Can engineers with production access delete security logs?',
    'Does an EU workspace ever leave the EU, even for backups?',
    'Can a developer merge their own pull request without another engineer approving it?',
    'Can staff laptops reach the production network directly?',
    'Can our owner lengthen the idle timeout beyond 60 minutes?',
    'Do users with the Viewer role have access to the activity history?',
    'Agree or disagree: the service does not offer IP allowlisting.',
    'Confirm that Customer Data will never be sold to third parties.',
    'Confirm that no breach of customer data has occurred since 2019.',
    'Confirm that you do not sign business associate agreements.',
    'Are custom roles included on all plans?',
    'Please confirm that customer prompts are excluded from model training.',
  ),
  // no entry: compounds across two entries
  ...q(
    null,
    'Are backups encrypted and kept for 90 days?',
    'Do you have a SOC 2 Type II report and an ISO 27001 certificate?',
    'Do you support SSO and IP allowlisting?',
    'Is MFA enforced for your staff and for our users alike?',
  ),
  // no entry: products, regions or frameworks no entry names
  ...q(
    null,
    'Is your platform available in Google Cloud\'s Frankfurt region?',
    'Do you use Cloudflare in front of the application?',
    'Are passwords hashed with bcrypt?',
    'Are you compliant with the EU Digital Operational Resilience Act (DORA)?',
    'Do you hold a BSI C5 attestation?',
    'Have you achieved Cyber Essentials Plus?',
    'Do you comply with the California Consumer Privacy Act?',
    'Does the product comply with Ontario\'s PHIPA?',
    'Has the service been assessed by the Canadian Centre for Cyber Security?',
    'Is Snyk used for dependency scanning?',
    'Can users sign in with their personal Google accounts?',
    'Are you certified under the EU–US Data Privacy Framework?',
    'Is our data replicated to Google Cloud us-east4 for disaster recovery?',
    'Does the AI assistant call Anthropic\'s Claude models?',
  ),
  // no entry: the customer configuring what an entry says Northwind does
  ...q(
    null,
    'Can we set our own password length and expiry rules for our workspace?',
    'Can customers schedule their own backups?',
    'Can we choose how long our backups are kept?',
    'Can our admins decide how long the activity log is kept?',
    'Can we choose the TLS cipher suites for our workspace?',
    'Can we trigger a disaster recovery failover of our own workspace?',
    'Can customers write their own WAF rules for their workspace?',
    'Are customers able to set the rotation period of Northwind-managed keys?',
  ),
];

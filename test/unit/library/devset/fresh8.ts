/**
 * A ninth held-out set ("fresh8"): questions written on 2026-12-07, from scratch and in new words,
 * before they were measured, by a helper that had not read or run the matcher's code, and measured
 * once with the matcher as it was (first run in the commit that adds this file). Never tuned on
 * afterwards: a miss here is read, not fixed by adding its words. The phrasings avoid those of
 * entries.ts, questions.ts, held-out.ts, fresh.ts … fresh7.ts and vsaq.ts. The styles differ from
 * the earlier sets: the Shared Assessments SIG Core long form ("Is there a documented … program
 * that has been approved by management, communicated to constituents and assigned an owner?"),
 * NIST SP 800-171 / CMMC practice wording, as bare statements ("3.13.6 Deny network
 * communications traffic by default …") and as "Does the contractor …", healthcare vendor forms in
 * HITRUST-like terms ("PHI", "covered entity", "workforce members"), Canadian and Australian
 * public-sector forms ("the Province", "Commonwealth data", "Protected B", "the Agency"), short
 * chat-style questions from a sales call ("do u guys have SSO"), questions that quote a contract
 * clause and ask for confirmation ("Section 7.2 requires … Confirm compliance."), multi-line
 * questions with a preamble sentence and then the ask, requests for a document or evidence
 * ("Attach your most recent …", "Provide a copy of …"), statements to agree or disagree with, many
 * of them negative ("Agree or disagree: staff may not …"), and questions with percentages and
 * counts ("What percentage of …", "How many …"). Labelled with the DEV_ENTRIES id whose answer
 * fully and truthfully answers the question as asked (the same yes/no polarity as the entry where
 * the question is polar: an "Agree" or a "Confirm" is a yes), or null when none does: stricter
 * bounds than an entry states (asks monthly, the entry says quarterly), questions whose yes/no is
 * the opposite of an entry's, compounds whose parts belong to two entries, nearby subjects the
 * library lacks, the customer doing what an entry says the vendor does, and products, providers or
 * regions no entry names. When in doubt the label is null.
 */
import type { Labelled } from './questions';

function q(entry: string | null, ...questions: string[]): Labelled[] {
  return questions.map((question) => [question, entry] as const);
}

export const FRESH8: readonly Labelled[] = [
  // identity
  ...q(
    'sso-customers',
    'do u guys have SSO',
    'Does the Solution allow Province users to authenticate through the Province\'s own identity provider using SAML or OpenID Connect, rather than with a separate password?',
  ),
  ...q(
    'mfa-customers',
    'can our users turn on 2-step login with an authenticator app?',
    'Schedule B, clause 3.1: "The Solution shall allow the Customer to enforce multi-factor authentication for all of its Authorised Users." Confirm compliance.',
  ),
  ...q(
    'mfa-workforce',
    '3.5.3 Use multifactor authentication for network access to privileged and non-privileged accounts of the contractor\'s own personnel.',
    'Do all vendor personnel who can reach internal systems or the production environment holding Commonwealth data authenticate with more than one factor?',
  ),
  ...q(
    'password-policy',
    'whats ur password policy like? min length, expiry, that kind of thing',
    'Agree or disagree: user passwords are not forced to expire every 90 days.',
  ),
  ...q(
    'password-storage',
    'HITRUST 01.d – Are passwords stored using a salted one-way hash and never in clear text?',
    'Our identity team needs to understand credential storage.\nWhich hashing scheme protects the passwords held in your user database?',
  ),
  ...q(
    'rbac-app',
    'can we set up roles so some of our people can only see reports and not edit anything?',
    'Can Province administrators create custom roles that limit what each Province user can view and change in the Solution?',
  ),
  ...q(
    'least-privilege',
    'Does the contractor employ the principle of least privilege for its personnel\'s access to customer data?',
    'Is access to client data by the organization\'s personnel restricted to what each role needs, with each grant approved by the system owner?',
  ),
  ...q(
    'access-reviews',
    'Does the contractor review its personnel\'s access privileges at least annually?',
    'How many times per year are employee access rights recertified?',
  ),
  ...q(
    'offboarding',
    'Clause 11.4 requires the Supplier to revoke all access of departing personnel within five (5) business days of their last day. Confirm compliance.',
  ),
  ...q(
    'privileged-access',
    'How does the contractor control and monitor the use of privileged accounts in the production environment?',
    'Describe how just-in-time elevation to production administrator is requested, approved and recorded.',
  ),
  ...q(
    'session-timeout',
    '3.1.11 Terminate (automatically) a user session after a defined condition.',
    'HITRUST 01.t – Does the application automatically end an idle user session after a set period?',
  ),
  ...q(
    'scim',
    'any SCIM?',
    'Can we have user accounts created and removed automatically from our Okta tenant?',
  ),
  ...q(
    'shared-accounts',
    'Agree or disagree: every individual is issued a unique user ID, and group accounts are not permitted.',
  ),
  ...q(
    'api-auth',
    'how do integrations authenticate to your REST API – OAuth, keys, something else?',
    'If one of our API keys leaks, can we revoke it and issue a new one ourselves?',
  ),
  // encryption
  ...q(
    'encryption-at-rest',
    'Section 7.2 of the Master Agreement requires all Customer Data at rest to be encrypted with AES-256 or stronger. Confirm compliance.',
    'Is Protected B information held by the service encrypted while stored? Identify the algorithm.',
  ),
  ...q(
    'encryption-in-transit',
    '3.13.8 Implement cryptographic mechanisms to prevent unauthorized disclosure of CUI during transmission.',
    'is everything over https? tls 1.2 or better?',
  ),
  ...q(
    'internal-traffic-encryption',
    'Within your production environment, is traffic between microservices encrypted, for example with mTLS?',
  ),
  ...q(
    'key-management',
    'What is the rotation period for the keys that encrypt client data, and where are those keys kept?',
  ),
  ...q(
    'customer-managed-keys',
    'byok supported?',
    'Can the Agency hold the encryption keys for Commonwealth data in its own key management service?',
  ),
  ...q(
    'laptop-encryption',
    'What percentage of company laptops have full-disk encryption turned on?',
    'If one of your staff loses a notebook computer on a train, is its drive encrypted?',
  ),
  ...q(
    'backup-encryption',
    'Section 8.5: "The Supplier shall ensure that all backup copies of Customer Data are encrypted." Confirm compliance.',
  ),
  ...q(
    'fips',
    '3.13.11 Employ FIPS-validated cryptography when used to protect the confidentiality of CUI.',
  ),
  // logging & monitoring
  ...q(
    'audit-logging',
    '3.3.2 Ensure that the actions of individual system users can be uniquely traced to those users so they can be held accountable for their actions.',
    'Does the vendor record each access to client records, including the user, the date and time, and the source?',
  ),
  ...q(
    'log-retention',
    'How many months of security logs do you keep?',
    'Clause 12.1 requires audit logs to be kept for no less than twelve (12) months. Confirm compliance.',
  ),
  ...q(
    'siem',
    'Does the contractor correlate audit records from its production systems in a central SIEM that raises alerts?',
    'What percentage of production systems send their logs to your SIEM?',
  ),
  ...q(
    'log-integrity',
    '3.3.8 Protect audit information from unauthorized access, modification, and deletion.',
    'Agree or disagree: engineers are unable to delete entries from the security logs.',
  ),
  ...q(
    'customer-audit-log',
    'can our admins see who logged in and what they changed?',
    'Can the Province export a record of the sign-ins and configuration changes made by its own users?',
  ),
  ...q(
    'security-monitoring-247',
    'Is the organization\'s security event monitoring staffed 24 hours a day on every day of the year?',
    'who watches your security alerts at 3am on a sunday?',
  ),
  ...q(
    'ids',
    'Does the contractor use intrusion detection to watch the production environment for attacks?',
    'Is host-based and cloud-native intrusion detection deployed where client data is processed?',
  ),
  ...q(
    'time-sync',
    '3.3.7 Provide a system capability that compares and synchronizes internal system clocks with an authoritative source to generate time stamps for audit records.',
    'Are the clocks of all your servers kept in step using NTP?',
  ),
  // network
  ...q(
    'firewalls',
    '3.13.6 Deny network communications traffic by default and allow network communications traffic by exception.',
    'Are network access controls in place that limit both ingress and egress for hosted systems to what each service requires?',
  ),
  ...q(
    'network-segmentation',
    'Is the environment where Province data is processed isolated from your corporate office network?',
  ),
  ...q(
    'ddos',
    'What protects the service against volumetric denial-of-service attacks?',
    'ddos protection?',
  ),
  ...q(
    'waf',
    'Agree or disagree: requests from the internet pass through a web application firewall before reaching the Solution.',
  ),
  ...q(
    'vpn',
    'Describe the mechanism staff use to connect to internal applications when working off-site.',
    'Agree or disagree: staff do not need a VPN to reach internal tools, because every request goes through a zero-trust access proxy.',
  ),
  ...q(
    'wifi',
    'Is the corporate wireless network encrypted with WPA2-Enterprise or better, and is guest Wi-Fi kept apart from internal systems?',
  ),
  ...q(
    'hardening',
    '3.4.2 Establish and enforce security configuration settings for information technology products employed in organizational systems.',
  ),
  ...q(
    'email-security',
    'Does your mail domain have a DMARC policy of p=reject?',
  ),
  // hosting
  ...q(
    'cloud-provider',
    'what cloud r u on?',
    'Identify the infrastructure-as-a-service provider on which the Solution will run.',
  ),
  ...q(
    'data-location',
    'In which countries will Province data reside?',
    'List the AWS regions in which client data is stored and processed.',
  ),
  ...q(
    'data-outside-us',
    'Will any of our data leave the United States, including when your support team works on a ticket?',
    'Our board has ruled that records about our US members stay onshore.\nWill any data from our US-hosted account be stored or processed in another country?',
  ),
  ...q(
    'eu-hosting',
    'can we get EU hosting?',
    'Can the service be hosted in Frankfurt for our German subsidiary?',
  ),
  ...q(
    'datacenter-physical',
    'Describe physical access controls at the hosting facilities where Commonwealth data is kept.',
  ),
  ...q(
    'multi-tenancy',
    'how do you make sure another customer can never see our records in a shared database?',
  ),
  ...q(
    'env-separation',
    'Does the contractor separate development, test and production environments, each with its own access?',
  ),
  ...q(
    'prod-data-in-test',
    'Is live client data ever copied into staging for testing?',
    'Agree or disagree: developers sometimes test with a copy of production customer records.',
  ),
  ...q(
    'high-availability',
    'How many availability zones does the production environment span?',
  ),
  // continuity
  ...q(
    'backup-frequency',
    'Does the contractor take a backup of every production database no less than daily?',
  ),
  ...q(
    'backup-offsite',
    'HITRUST 09.l – Are backup copies kept in a second region, far enough from the primary site that one regional event cannot destroy both?',
  ),
  ...q(
    'backup-restore-test',
    'Are restores from backup tested at least twice a year?',
  ),
  ...q(
    'backup-retention',
    'How many days are backup copies retained before deletion?',
  ),
  ...q(
    'bcp',
    'Is there a business continuity plan that covers people, suppliers and the delivery of services, and is it reviewed on an annual basis?',
  ),
  ...q(
    'dr-plan',
    'Clause 14.2 requires the Contractor to maintain a disaster recovery plan and to test it at least annually. Confirm compliance.',
    'Is the DR plan exercised every year by recovering the service in a second region?',
  ),
  ...q(
    'rto-rpo',
    'what\'s your RTO / RPO?',
    'Is the RTO 8 hours or less and the RPO one hour or less?',
  ),
  ...q(
    'uptime-sla',
    'What percentage of monthly availability is guaranteed in the SLA?',
    'Section 6.1 requires availability of at least 99.5% per calendar month, with service credits for any shortfall. Confirm compliance.',
  ),
  ...q(
    'status-page',
    'is there somewhere we can check if ur down?',
    'Provide the URL of your public service status page.',
  ),
  // incident
  ...q(
    'breach-notification',
    'Clause 9.1 requires the Supplier to notify the Customer of any confirmed breach of Customer Data within five (5) days of confirmation. Confirm compliance.',
    'How many hours after confirming a breach of our data do you have to tell us?',
  ),
  ...q(
    'incident-history',
    'How many breaches involving customer data have occurred in the past 36 months?',
    'Has customer data been compromised in a security breach during the past 24 months?',
  ),
  ...q(
    'forensics',
    'Does the contractor have the capability to perform forensic analysis of incidents, either in-house or through a retained firm?',
  ),
  // data lifecycle
  ...q(
    'data-deletion-termination',
    'Our records management office needs to plan for contract exit.\nHow long after termination is Province data purged, backups included?',
    'Section 15.3 requires the Supplier to delete all Customer Data, including backup copies, within ninety (90) days after termination. Confirm compliance.',
  ),
  ...q(
    'data-export',
    'can we pull all our data out as csv?',
    'At the end of the contract, in what formats can the Commonwealth retrieve its data?',
  ),
  ...q(
    'data-ownership',
    'Section 3.1 provides that the Customer retains all right, title and interest in Customer Data. Confirm acceptance.',
    'Agree or disagree: the vendor acquires no ownership rights in the Province\'s data.',
  ),
  ...q(
    'media-disposal',
    '3.8.3 Sanitize or destroy system media containing CUI before disposal or release for reuse.',
  ),
  ...q(
    'data-classification',
    'Is there a data classification policy that defines classification levels and the handling requirements for each level?',
    'How many data classification levels does your policy define?',
  ),
  ...q(
    'data-retention-policy',
    'Is there a records retention schedule that sets how long each type of data is retained and when it is destroyed?',
  ),
  ...q(
    'dlp',
    'What stops an employee from emailing a spreadsheet of client data to an outside address?',
  ),
  ...q(
    'sell-data',
    'do you monetize or sell any personal info about our users?',
    'Agree or disagree: the vendor may sell personal information about the Province\'s users to partners.',
  ),
  // privacy
  ...q(
    'gdpr',
    'Does the vendor act as a processor under the GDPR and offer a processing agreement incorporating the SCCs?',
    'r u GDPR compliant?',
  ),
  ...q(
    'dpa',
    'Attach your standard data processing agreement.',
    'can we get a copy of your DPA?',
  ),
  ...q(
    'subprocessors',
    'Provide a current list of all subprocessors that may access Commonwealth data.',
    'How many days\' notice do you give before adding a new subprocessor?',
  ),
  ...q(
    'dpo',
    'Has the organization designated someone as its DPO?',
  ),
  ...q(
    'privacy-policy',
    'link to ur privacy policy pls',
    'Provide the web address at which the supplier publishes its privacy notice.',
  ),
  ...q(
    'dsar',
    'If one of our users asks to have their personal data erased, what tooling does the vendor provide?',
    'How many days does your support team take to help with a data subject request?',
  ),
  ...q(
    'ccpa',
    'Does the vendor qualify as a service provider under the CCPA as amended by the CPRA?',
  ),
  ...q(
    'cross-border',
    'Personal data of our European and British customers will be processed in the US.\nOn which transfer mechanisms does the vendor rely?',
  ),
  ...q(
    'hipaa-baa',
    'The covered entity requires a business associate agreement before any PHI is shared. Will the vendor sign one?',
    'We are a covered entity. May our clinicians upload PHI into your service?',
  ),
  ...q(
    'ferpa',
    'Describe how the vendor complies with FERPA with respect to student education records.',
  ),
  ...q(
    'cookies-tracking',
    'Does the web app drop any third-party advertising or analytics cookies?',
  ),
  ...q(
    'privacy-training',
    'What percentage of employees complete privacy training each year?',
  ),
  // people
  ...q(
    'background-checks',
    '3.9.1 Screen individuals prior to authorizing access to organizational systems containing CUI.',
    'Are contractors background-checked as well as employees?',
  ),
  ...q(
    'security-training',
    'How often do you run phishing simulations?',
    'What percentage of your workforce is required to complete security awareness training every year?',
  ),
  ...q(
    'contractor-training',
    'Do temps and contractors with system access take the same security training as your employees?',
  ),
  ...q(
    'confidentiality-agreements',
    'Are confidentiality agreements signed by all workforce members before access is granted?',
    'do your people sign NDAs?',
  ),
  ...q(
    'disciplinary',
    'Is there a documented sanctions process for constituents who violate information security policies?',
    'What happens to an employee who breaks your security policy?',
  ),
  ...q(
    'security-team',
    'How many people work on your security team?',
    'Is there an information security function, led by a named executive, that has been assigned ownership of the security program?',
  ),
  ...q(
    'ciso',
    'Where does the CISO sit in your reporting line?',
  ),
  ...q(
    'headcount',
    'How many staff does the company employ in total?',
  ),
  ...q(
    'secure-coding-training',
    'Are developers trained every year on secure coding practices such as the OWASP Top 10?',
  ),
  ...q(
    'job-descriptions',
    'Agree or disagree: each job description sets out the security responsibilities of that role.',
  ),
  // vendors
  ...q(
    'vendor-risk',
    'Is there a third-party risk management program under which vendors are assessed prior to contract and at least annually thereafter, in proportion to the data they access?',
  ),
  ...q(
    'vendor-contracts',
    'Do agreements with your subcontractors include security and confidentiality obligations?',
  ),
  ...q(
    'vendor-soc-reviews',
    'How does the organization review the SOC 2 reports and complementary user entity controls of its critical suppliers?',
  ),
  // appsec
  ...q(
    'sdlc',
    'Is there a secure system development lifecycle in which security is addressed at design, in code review, in testing and at release?',
    'do you have a secure SDLC? brief description pls',
  ),
  ...q(
    'code-review',
    'What percentage of code changes receive peer review before merging?',
    'Agree or disagree: no code reaches production without approval from a second engineer.',
  ),
  ...q(
    'sast',
    'Is static analysis run on each pull request, and do high-severity findings block the merge?',
  ),
  ...q(
    'dependency-scanning',
    'Do you run software composition analysis on your third-party packages?',
  ),
  ...q(
    'pentest-third-party',
    'Attach the executive summary of your most recent third-party penetration test.',
    'Does an independent firm test the application and its API at least annually?',
  ),
  ...q(
    'bug-bounty',
    'If a researcher finds a bug in your product, where do they report it?',
    'do u have a bug bounty?',
  ),
  ...q(
    'owasp',
    'What controls address the OWASP Top 10 risks in the application?',
  ),
  ...q(
    'sqli',
    'Agree or disagree: the application never builds SQL statements by string concatenation.',
  ),
  ...q(
    'xss',
    'How are user-supplied values rendered safely so that they cannot inject script into the browser?',
  ),
  ...q(
    'csrf',
    'Are anti-CSRF tokens required on every state-changing request?',
  ),
  ...q(
    'secrets-management',
    'Where are database passwords and API keys stored for production services?',
    'Agree or disagree: credentials are not committed to source repositories, and scanning enforces this.',
  ),
  ...q(
    'file-upload',
    'Are files uploaded by users scanned for malware before they are stored?',
  ),
  ...q(
    'cookies-secure',
    'Are the Secure and HttpOnly flags set on the session cookie?',
  ),
  ...q(
    'security-headers',
    'does the app send an HSTS header?',
  ),
  ...q(
    'vuln-remediation',
    'How many days do you allow to remediate a critical, a high and a medium vulnerability?',
    'Clause 7.5 requires high-risk vulnerabilities to be remediated within thirty (30) days. Confirm compliance.',
  ),
  ...q(
    'api-rate-limiting',
    'rate limits on the API?',
  ),
  ...q(
    'webhooks-signed',
    'how can we verify that a webhook really came from you?',
  ),
  ...q(
    'ip-allowlist',
    'Can the Province limit sign-ins to its own network ranges?',
  ),
  // change management
  ...q(
    'change-management',
    'Is there a documented change management process in which changes are peer reviewed, tested automatically and deployed through an audited pipeline?',
    '3.4.3 Track, review, approve or disapprove, and log changes to organizational systems.',
  ),
  ...q(
    'emergency-changes',
    'What is the process for an urgent hotfix that cannot wait for the normal approvals?',
  ),
  ...q(
    'change-records',
    'How long is the record of each production change kept?',
    'Does the contractor keep each change\'s approvals and deployment record for a minimum of 24 months?',
  ),
  ...q(
    'separation-of-duties',
    'Does the contractor separate the duties of writing code and deploying it to production?',
  ),
  // endpoint
  ...q(
    'edr',
    'What percentage of laptops and servers run the EDR agent?',
    'Does the contractor run endpoint protection on all of its laptops and servers?',
  ),
  ...q(
    'usb-media',
    '3.8.7 Control the use of removable media on system components.',
    'Agree or disagree: USB storage devices cannot be used on company laptops.',
  ),
  ...q(
    'byod',
    'Agree or disagree: staff may use their own phones or home computers to view customer data.',
    'can ur staff look at our data from their personal laptops?',
  ),
  ...q(
    'mobile-devices',
    'Are phones that receive company email enrolled in MDM and required to have a passcode?',
  ),
  ...q(
    'local-admin',
    'can ur devs install whatever they want as admin on their laptops?',
  ),
  // governance
  ...q(
    'infosec-policy',
    'Is there a documented information security policy that has been approved by management and is available to clients under NDA?',
    'Attach the current version of your information security policy.',
  ),
  ...q(
    'policy-review',
    'Are information security policies reviewed and approved by management at least annually and upon significant change?',
  ),
  ...q(
    'acceptable-use',
    'Is there an acceptable use policy that has been communicated to constituents, with their acknowledgement collected at hire and annually?',
  ),
  ...q(
    'risk-assessment',
    'Is there a risk assessment program, performed at least annually, in which identified risks are recorded in a register and each is assigned an owner?',
    '3.11.1 Periodically assess the risk to organizational operations, organizational assets, and individuals resulting from the operation of organizational systems.',
  ),
  ...q(
    'security-framework',
    'Which control framework is your program aligned with (e.g. ISO 27001, NIST CSF, CIS Controls)?',
  ),
  ...q(
    'internal-audit',
    'Does an internal audit function review the security program at least annually?',
  ),
  ...q(
    'cyber-insurance',
    'Provide a certificate of insurance showing your cyber liability coverage.',
  ),
  ...q(
    'security-contact',
    'Whom should we contact about security matters during the contract?',
  ),
  ...q(
    'litigation',
    'Is the vendor currently party to any litigation or regulatory investigation concerning security or data protection?',
  ),
  ...q(
    'law-enforcement',
    'What do you do if a government agency subpoenas our data?',
  ),
  ...q(
    'accessibility',
    'Attach a current VPAT documenting WCAG 2.1 AA conformance of the web application.',
  ),
  ...q(
    'financial-statements',
    'Attach your audited financial statements for the most recent fiscal year.',
  ),
  // physical office
  ...q(
    'office-physical',
    'What controls protect entry to your offices?',
  ),
  ...q(
    'office-access-logs',
    'How long do you keep the badge access logs for your offices?',
  ),
  // AI
  ...q(
    'ai-features',
    'does the product have any AI stuff in it, and can we turn it off?',
  ),
  ...q(
    'ai-training-data',
    'Agree or disagree: Province data may be used to improve the vendor\'s machine learning models.',
    'Will the foundation model provider behind your AI features learn from the Province\'s records?',
  ),
  ...q(
    'ai-third-party',
    'Which foundation model provider powers your AI features, and does it retain our prompts?',
  ),
  // support
  ...q(
    'support-hours',
    'What hours is support available for a severity 1 outage?',
  ),
  ...q(
    'support-access',
    'Describe how access by your support staff to Commonwealth data is authorised and logged.',
  ),
  ...q(
    'open-source-use',
    'Do you maintain an SBOM for the product and check it for licence issues?',
  ),
  // no entry. Stricter bounds than the entry states:
  ...q(
    null,
    'Attach evidence of your last monthly user access review.',
    'Clause 11.4 requires the Supplier to revoke all access of departing personnel within four (4) hours of separation. Confirm compliance.',
    'HITRUST 01.t – Does an inactive session close after no more than 15 minutes, out of the box?',
    'Is TLS 1.3 required for every connection, with TLS 1.2 refused?',
    'Section 12.3 requires audit logs to be retained for seven (7) years. Confirm compliance.',
    'Is a test restore from backup performed every month?',
    'Section 8.6 requires backups to be retained for one (1) year. Confirm compliance.',
    'Section 10.1 requires a recovery time objective of two (2) hours. Confirm compliance.',
    'Section 7.2 requires the Supplier to notify the Customer of any Security Incident within 24 hours of discovery. Confirm compliance.',
    'Has the organization suffered a breach of customer data in the last five years?',
    'Will all PHI be destroyed within 10 days of contract end?',
    'Is the application penetration tested each quarter?',
    'Section 7.4 requires critical vulnerabilities to be remediated within 48 hours of discovery. Confirm compliance.',
    'Will your security team respond to our enquiries within four business hours?',
    'Section 11.8 requires facility access logs to be reviewed monthly. Confirm compliance.',
    'Are the keys in your KMS rotated every six months?',
    'Section 13.2 requires the Supplier to flow down to every subcontractor handling Customer Data obligations equivalent to the security terms of this Agreement. Confirm compliance.',
  ),
  // no entry. Inverted, or the opposite of what an entry says (its yes/no would be wrong):
  ...q(
    null,
    'Agree or disagree: some administrative accounts are shared among the operations team.',
    'Agree or disagree: the encryption keys for customer data are managed only by the vendor.',
    'Agree or disagree: some cryptographic libraries in the application are not FIPS-validated.',
    'Section 5.1 requires that Customer Data not be stored or processed outside the United States. Confirm compliance.',
    'Agree or disagree: test environments contain only synthetic data.',
    'Are backups stored in a different country from production?',
    'Section 4.4 prohibits the Supplier from selling Customer Personal Information. Confirm compliance.',
    'Agree or disagree: the vendor does not enter into business associate agreements.',
    'Agree or disagree: only strictly necessary cookies are set by the application.',
    'Agree or disagree: standard users are not local administrators on their laptops.',
    'Section 4.6: "The Supplier shall not use Customer Data to train artificial intelligence models." Confirm compliance.',
    'Agree or disagree: user sessions stay open until the user signs out, however long they are idle.',
  ),
  // no entry. Compounds whose parts belong to two entries:
  ...q(
    null,
    '3.5.10 Store and transmit only cryptographically-protected passwords.',
    'do u have SSO and SCIM?',
    'Attach your most recent penetration test summary and your SOC 2 Type II report.',
    'Are logs retained for 13 months and reviewed in a SIEM?',
    'Confirm that backups are encrypted and stored in a second region.',
    'recovery targets + uptime commitment?',
    'Does the contractor run EDR and block USB storage on all laptops?',
    'Clause 9.4: "On termination the Supplier shall provide an export of Customer Data in CSV and then delete it." Confirm compliance.',
    'Is there a documented information security program that has been approved by management, communicated to constituents and assigned an owner?',
  ),
  // no entry. Nearby subjects the library lacks:
  ...q(
    null,
    'Provide a copy of your current SOC 2 Type II report, including the auditor\'s opinion.',
    'Has the service been assessed under IRAP at the PROTECTED level?',
    'Has the service been assessed against the Government of Canada Protected B, Medium Integrity, Medium Availability profile?',
    'What Essential Eight maturity level has the vendor achieved?',
    'Is the contractor certified at CMMC Level 2?',
    'Provide your System Security Plan describing how CUI is protected.',
    'Does the vendor hold HITRUST r2 certification?',
    'Provide a copy of your incident response plan.',
    '3.1.8 Limit unsuccessful logon attempts.',
    'Does the application support just-in-time user creation from SAML assertions?',
    'Are offline, air-gapped copies of backups maintained?',
    'Provide certificates of destruction for retired storage media.',
    'Will the Province have the right to approve each new subprocessor before it is engaged?',
    'Do workforce members receive HIPAA-specific privacy training?',
    'Do personnel with access to Protected B data hold a Government of Canada Reliability Status clearance?',
    'Is your penetration testing provider CREST-accredited?',
    'How many government requests for customer data did you receive last year?',
    'How many employees have privileged access to production?',
    'How many security incidents were opened by your team in the past twelve months?',
    'Does the contractor report cyber incidents to the DoD within 72 hours under DFARS 252.204-7012?',
  ),
  // no entry. Products, providers or regions no entry names:
  ...q(
    null,
    'Is the service hosted in Microsoft Azure Government?',
    'Will Commonwealth data be hosted onshore in Australia?',
    'Will Province data be stored in a Canadian data centre?',
    'do you forward your logs to Splunk?',
    'Is Akamai used as your web application firewall?',
    'Do you use Checkmarx or Veracode for static analysis?',
    'Are production secrets stored in Azure Key Vault?',
    'Is CrowdStrike Falcon deployed on every endpoint?',
    'Do your AI features call OpenAI\'s API?',
  ),
  // no entry. The customer doing what an entry says the vendor does:
  ...q(
    null,
    'Can the covered entity run its own vulnerability scans against the platform?',
    'Can the covered entity fail its own tenant over to another region as a drill?',
    'Can our admins configure how long the security logs are kept?',
    'Can the Agency set the key rotation period for its data?',
    'Can we choose which availability zones our tenant runs in?',
  ),
];

/**
 * The 61 criteria of the 2017 Trust Services Criteria (revised points of focus, 2022), as data.
 * Ids and group headings are the real ones; every title, summary and keyword is written in
 * Attest's own words (the official criterion text is AICPA's and is never reproduced here).
 */
import type { CategoryId } from '../profile/categories';

export interface CriterionGroup {
  /** Group id, e.g. `CC6`, `A1`, `P6`. */
  readonly id: string;
  readonly category: CategoryId;
  /** The group heading, e.g. "Logical and Physical Access Controls". */
  readonly title: string;
  /** A remark shown with the group, e.g. an alternative heading. */
  readonly note?: string;
}

export interface CriterionRecord {
  readonly id: string;
  readonly group: string;
  readonly title: string;
  readonly summary: string;
  /** Extra search words (synonyms people type), in our own words. */
  readonly keywords: readonly string[];
  /** The COSO 2013 principle the criterion follows (CC1–CC5 only). */
  readonly cosoPrinciple?: number;
}

export const CRITERION_GROUPS: readonly CriterionGroup[] = [
  { id: 'CC1', category: 'security', title: 'Control Environment' },
  {
    id: 'CC2',
    category: 'security',
    title: 'Communication and Information',
    note: 'The 2022 revision labels this group "Information and Communication".',
  },
  { id: 'CC3', category: 'security', title: 'Risk Assessment' },
  { id: 'CC4', category: 'security', title: 'Monitoring Activities' },
  { id: 'CC5', category: 'security', title: 'Control Activities' },
  { id: 'CC6', category: 'security', title: 'Logical and Physical Access Controls' },
  { id: 'CC7', category: 'security', title: 'System Operations' },
  { id: 'CC8', category: 'security', title: 'Change Management' },
  { id: 'CC9', category: 'security', title: 'Risk Mitigation' },
  { id: 'A1', category: 'availability', title: 'Additional Criteria for Availability' },
  { id: 'C1', category: 'confidentiality', title: 'Additional Criteria for Confidentiality' },
  { id: 'PI1', category: 'processing_integrity', title: 'Additional Criteria for Processing Integrity' },
  { id: 'P1', category: 'privacy', title: 'Privacy: Notice and Communication of Objectives' },
  { id: 'P2', category: 'privacy', title: 'Privacy: Choice and Consent' },
  { id: 'P3', category: 'privacy', title: 'Privacy: Collection' },
  { id: 'P4', category: 'privacy', title: 'Privacy: Use, Retention and Disposal' },
  { id: 'P5', category: 'privacy', title: 'Privacy: Access' },
  { id: 'P6', category: 'privacy', title: 'Privacy: Disclosure and Notification' },
  { id: 'P7', category: 'privacy', title: 'Privacy: Quality' },
  { id: 'P8', category: 'privacy', title: 'Privacy: Monitoring and Enforcement' },
];

export const CRITERION_RECORDS: readonly CriterionRecord[] = [
  // CC1 Control Environment (COSO principles 1–5)
  {
    id: 'CC1.1',
    group: 'CC1',
    cosoPrinciple: 1,
    title: 'Commitment to integrity and ethics',
    summary: 'Leaders set and uphold standards of honest, ethical conduct (for example a code of conduct) and deal with departures from them.',
    keywords: ['code of conduct', 'ethics', 'tone at the top'],
  },
  {
    id: 'CC1.2',
    group: 'CC1',
    cosoPrinciple: 2,
    title: 'Independent board oversight',
    summary: 'A board or equivalent body, independent of management, oversees how internal control is designed and run.',
    keywords: ['board of directors', 'governance', 'oversight'],
  },
  {
    id: 'CC1.3',
    group: 'CC1',
    cosoPrinciple: 3,
    title: 'Structure, reporting lines and authority',
    summary: 'With the board watching, management defines the organizational structure, who reports to whom, and who holds which authority and duties.',
    keywords: ['org chart', 'roles and responsibilities', 'reporting lines'],
  },
  {
    id: 'CC1.4',
    group: 'CC1',
    cosoPrinciple: 4,
    title: 'Competent people',
    summary: 'The organization recruits, develops and keeps capable staff, for example through hiring practices, background checks and training.',
    keywords: ['background checks', 'hiring', 'training', 'security awareness', 'onboarding'],
  },
  {
    id: 'CC1.5',
    group: 'CC1',
    cosoPrinciple: 5,
    title: 'Accountability for control duties',
    summary: 'Individuals answer for the internal-control responsibilities assigned to them.',
    keywords: ['accountability', 'performance reviews', 'disciplinary process'],
  },
  // CC2 Communication and Information (COSO principles 13–15)
  {
    id: 'CC2.1',
    group: 'CC2',
    cosoPrinciple: 13,
    title: 'Relevant, reliable information',
    summary: 'Internal control runs on information that is relevant and reliable; the organization collects or creates such information and puts it to use.',
    keywords: ['information quality', 'data inventory', 'asset inventory'],
  },
  {
    id: 'CC2.2',
    group: 'CC2',
    cosoPrinciple: 14,
    title: 'Communicating inside the organization',
    summary: 'Control objectives and responsibilities are made known to the people within the organization who need them.',
    keywords: ['internal communication', 'policy acknowledgement', 'whistleblower'],
  },
  {
    id: 'CC2.3',
    group: 'CC2',
    cosoPrinciple: 15,
    title: 'Communicating with outside parties',
    summary: 'Matters that bear on internal control are communicated with customers, suppliers, regulators and other outside parties.',
    keywords: ['external communication', 'customer notices', 'terms of service', 'status page'],
  },
  // CC3 Risk Assessment (COSO principles 6–9)
  {
    id: 'CC3.1',
    group: 'CC3',
    cosoPrinciple: 6,
    title: 'Clear objectives',
    summary: 'Objectives are defined precisely enough that the risks threatening them can be found and weighed.',
    keywords: ['objectives', 'risk appetite'],
  },
  {
    id: 'CC3.2',
    group: 'CC3',
    cosoPrinciple: 7,
    title: 'Identifying and analysing risk',
    summary: 'Risks to the objectives are identified across the whole organization and analysed to decide how each should be handled.',
    keywords: ['risk assessment', 'risk register', 'threat modeling'],
  },
  {
    id: 'CC3.3',
    group: 'CC3',
    cosoPrinciple: 8,
    title: 'Considering fraud',
    summary: 'The chance of fraud is taken into account when risks are assessed.',
    keywords: ['fraud risk'],
  },
  {
    id: 'CC3.4',
    group: 'CC3',
    cosoPrinciple: 9,
    title: 'Changes that affect control',
    summary: 'Significant internal or external changes that could weaken internal control are spotted and assessed.',
    keywords: ['significant changes', 'change impact'],
  },
  // CC4 Monitoring Activities (COSO principles 16–17)
  {
    id: 'CC4.1',
    group: 'CC4',
    cosoPrinciple: 16,
    title: 'Evaluating whether controls work',
    summary: 'Ongoing and/or separate evaluations confirm that controls are in place and doing their job.',
    keywords: ['internal audit', 'control monitoring', 'penetration test'],
  },
  {
    id: 'CC4.2',
    group: 'CC4',
    cosoPrinciple: 17,
    title: 'Reporting control weaknesses',
    summary: 'Control weaknesses are evaluated and reported in good time to whoever must correct them, including senior management and the board where needed.',
    keywords: ['deficiencies', 'remediation tracking'],
  },
  // CC5 Control Activities (COSO principles 10–12)
  {
    id: 'CC5.1',
    group: 'CC5',
    cosoPrinciple: 10,
    title: 'Controls that bring risk down',
    summary: 'Control activities are chosen and built so that risks fall to an acceptable level.',
    keywords: ['control selection', 'risk treatment'],
  },
  {
    id: 'CC5.2',
    group: 'CC5',
    cosoPrinciple: 11,
    title: 'General controls over technology',
    summary: 'General controls over the technology in use are chosen and built to support the objectives.',
    keywords: ['IT general controls', 'ITGC'],
  },
  {
    id: 'CC5.3',
    group: 'CC5',
    cosoPrinciple: 12,
    title: 'Putting controls into policy and procedure',
    summary: 'Controls are put into practice through policies that say what is expected and procedures that say how it is done.',
    keywords: ['policies', 'procedures', 'information security policy'],
  },
  // CC6 Logical and Physical Access Controls
  {
    id: 'CC6.1',
    group: 'CC6',
    title: 'Logical access protections',
    summary: 'Software, infrastructure and architecture for logical access security protect the information assets.',
    keywords: ['authentication', 'MFA', 'multi-factor', 'single sign-on', 'SSO', 'encryption at rest', 'access control'],
  },
  {
    id: 'CC6.2',
    group: 'CC6',
    title: 'Registering and removing users',
    summary: 'People are registered and approved before they get credentials, and lose those credentials once their access is no longer authorized.',
    keywords: ['provisioning', 'deprovisioning', 'offboarding', 'user access'],
  },
  {
    id: 'CC6.3',
    group: 'CC6',
    title: 'Role-based, least-privilege access',
    summary: 'Access rights are granted, changed or taken away according to role, with least privilege and separation of duties in mind.',
    keywords: ['RBAC', 'least privilege', 'segregation of duties', 'access reviews'],
  },
  {
    id: 'CC6.4',
    group: 'CC6',
    title: 'Restricting physical entry',
    summary: 'Only authorized people can physically reach facilities and protected assets such as data centres and backup media.',
    keywords: ['data center', 'badge', 'office security'],
  },
  {
    id: 'CC6.5',
    group: 'CC6',
    title: 'Retiring physical assets safely',
    summary: 'Physical assets lose their protections only once the data they held can no longer be read or recovered.',
    keywords: ['media sanitization', 'disposal', 'wiping', 'decommissioning'],
  },
  {
    id: 'CC6.6',
    group: 'CC6',
    title: 'Defending the boundary',
    summary: 'Logical access measures defend the system against threats that come from outside its boundary.',
    keywords: ['firewall', 'network security', 'WAF', 'remote access', 'VPN'],
  },
  {
    id: 'CC6.7',
    group: 'CC6',
    title: 'Protecting data on the move',
    summary: 'Only authorized users and processes may transmit, move or remove information, and the information stays protected in transit.',
    keywords: ['encryption in transit', 'TLS', 'data loss prevention', 'removable media'],
  },
  {
    id: 'CC6.8',
    group: 'CC6',
    title: 'Stopping malicious or unapproved software',
    summary: 'Unauthorized or malicious software is stopped or detected, and acted on.',
    keywords: ['malware', 'antivirus', 'EDR', 'endpoint protection'],
  },
  // CC7 System Operations
  {
    id: 'CC7.1',
    group: 'CC7',
    title: 'Finding vulnerabilities and risky changes',
    summary: 'Detection and monitoring procedures catch configuration changes that open up weaknesses, as well as newly discovered vulnerabilities.',
    keywords: ['vulnerability scanning', 'configuration monitoring', 'patching', 'drift'],
  },
  {
    id: 'CC7.2',
    group: 'CC7',
    title: 'Watching for anomalies',
    summary: 'System components are watched for unusual behaviour, which is analysed to judge whether it is a security event.',
    keywords: ['logging', 'SIEM', 'alerting', 'intrusion detection'],
  },
  {
    id: 'CC7.3',
    group: 'CC7',
    title: 'Evaluating security events',
    summary: 'Security events are assessed to decide whether they amount to incidents, and a response follows.',
    keywords: ['triage', 'security events'],
  },
  {
    id: 'CC7.4',
    group: 'CC7',
    title: 'Responding to incidents',
    summary: 'A defined incident response programme is followed to understand, contain, fix and communicate about incidents.',
    keywords: ['incident response', 'containment', 'breach response'],
  },
  {
    id: 'CC7.5',
    group: 'CC7',
    title: 'Recovering from incidents',
    summary: 'The work needed to recover from identified incidents is worked out, prepared and carried out.',
    keywords: ['incident recovery', 'post-incident review', 'lessons learned'],
  },
  // CC8 Change Management
  {
    id: 'CC8.1',
    group: 'CC8',
    title: 'Managing changes',
    summary: 'The entity runs a defined change process for its infrastructure, data, software and procedures: authorizing, designing or acquiring, configuring, documenting, testing, approving and implementing changes, with a route for emergency changes.',
    keywords: ['change management', 'code review', 'deployment', 'SDLC'],
  },
  // CC9 Risk Mitigation
  {
    id: 'CC9.1',
    group: 'CC9',
    title: 'Preparing for business disruption',
    summary: 'Measures that lessen the risk of business disruption are identified and put in place, insurance among them.',
    keywords: ['business continuity', 'insurance', 'disaster recovery'],
  },
  {
    id: 'CC9.2',
    group: 'CC9',
    title: 'Managing vendor and partner risk',
    summary: 'Risks that come from vendors and business partners are evaluated and managed.',
    keywords: ['vendor management', 'third-party risk', 'suppliers', 'TPRM'],
  },
  // A1 Availability
  {
    id: 'A1.1',
    group: 'A1',
    title: 'Managing capacity',
    summary: 'Current processing capacity and demand are tracked and evaluated so capacity can be managed and expanded when needed.',
    keywords: ['capacity planning', 'scaling', 'uptime'],
  },
  {
    id: 'A1.2',
    group: 'A1',
    title: 'Environmental safeguards, backups and recovery infrastructure',
    summary: 'Environmental safeguards, backup processes and recovery infrastructure are put in place, kept up and monitored.',
    keywords: ['backups', 'redundancy', 'environmental controls'],
  },
  {
    id: 'A1.3',
    group: 'A1',
    title: 'Testing recovery',
    summary: 'The procedures in the recovery plan are tested.',
    keywords: ['disaster recovery test', 'restore test', 'business continuity test'],
  },
  // C1 Confidentiality
  {
    id: 'C1.1',
    group: 'C1',
    title: 'Recognizing and protecting confidential information',
    summary: 'Confidential information is recognized as such and kept in a way that meets the confidentiality objectives.',
    keywords: ['data classification', 'confidential data'],
  },
  {
    id: 'C1.2',
    group: 'C1',
    title: 'Disposing of confidential information',
    summary: 'Confidential information is destroyed in a way that meets the confidentiality objectives.',
    keywords: ['data deletion', 'data destruction', 'retention'],
  },
  // PI1 Processing Integrity
  {
    id: 'PI1.1',
    group: 'PI1',
    title: 'Knowing what correct processing looks like',
    summary: 'Relevant, good-quality information about processing objectives, data definitions and product specifications is obtained, used and shared.',
    keywords: ['data definitions', 'specifications'],
  },
  {
    id: 'PI1.2',
    group: 'PI1',
    title: 'Complete and accurate inputs',
    summary: 'System inputs are checked so that they are complete and accurate.',
    keywords: ['input validation'],
  },
  {
    id: 'PI1.3',
    group: 'PI1',
    title: 'Controlled processing',
    summary: 'Policies and procedures govern how the system processes data.',
    keywords: ['processing controls', 'batch jobs'],
  },
  {
    id: 'PI1.4',
    group: 'PI1',
    title: 'Correct, timely outputs',
    summary: 'Outputs reach their destination complete, accurate, on time and as specified.',
    keywords: ['output controls', 'reconciliation'],
  },
  {
    id: 'PI1.5',
    group: 'PI1',
    title: 'Storing inputs and outputs',
    summary: 'Inputs, items being processed and outputs are stored completely, accurately and without delay.',
    keywords: ['storage controls', 'data integrity'],
  },
  // P Privacy
  {
    id: 'P1.1',
    group: 'P1',
    title: 'Telling people about privacy practices',
    summary: 'Data subjects are told about the privacy practices, and the notice is refreshed when the practices change.',
    keywords: ['privacy policy', 'privacy notice'],
  },
  {
    id: 'P2.1',
    group: 'P2',
    title: 'Offering choices and obtaining consent',
    summary: 'Data subjects learn their choices and what follows from them; explicit consent is obtained where it is needed, and the grounds for implied consent are recorded.',
    keywords: ['consent', 'opt-in', 'opt-out'],
  },
  {
    id: 'P3.1',
    group: 'P3',
    title: 'Collecting only what is needed',
    summary: 'Personal information is collected only as far as the privacy objectives call for.',
    keywords: ['data minimization', 'collection'],
  },
  {
    id: 'P3.2',
    group: 'P3',
    title: 'Explicit consent before collecting',
    summary: 'Where explicit consent is required, data subjects hear why and what refusing would mean, and consent is obtained before anything is collected.',
    keywords: ['explicit consent'],
  },
  {
    id: 'P4.1',
    group: 'P4',
    title: 'Limiting use',
    summary: 'Personal information is used only for the purposes that were identified.',
    keywords: ['purpose limitation'],
  },
  {
    id: 'P4.2',
    group: 'P4',
    title: 'Keeping personal data only as long as allowed',
    summary: 'Personal information is kept only for as long as the privacy objectives allow.',
    keywords: ['data retention'],
  },
  {
    id: 'P4.3',
    group: 'P4',
    title: 'Secure disposal of personal information',
    summary: 'Personal information that is no longer to be kept is destroyed in a safe way.',
    keywords: ['deletion', 'erasure'],
  },
  {
    id: 'P5.1',
    group: 'P5',
    title: 'Access by data subjects',
    summary: 'Once authenticated, data subjects can see the personal information held about them and get a copy; any refusal is explained.',
    keywords: ['subject access request', 'DSAR'],
  },
  {
    id: 'P5.2',
    group: 'P5',
    title: 'Correcting personal information',
    summary: 'Personal information is corrected or amended when data subjects ask, corrections reach third parties as committed, and any refusal is explained.',
    keywords: ['rectification', 'correction'],
  },
  {
    id: 'P6.1',
    group: 'P6',
    title: 'Consent before sharing with third parties',
    summary: 'Personal information goes to third parties only with explicit consent obtained in advance.',
    keywords: ['third-party disclosure', 'data sharing'],
  },
  {
    id: 'P6.2',
    group: 'P6',
    title: 'Log of authorized disclosures',
    summary: 'A complete, accurate and timely log of authorized disclosures is maintained.',
    keywords: ['disclosure log'],
  },
  {
    id: 'P6.3',
    group: 'P6',
    title: 'Log of unauthorized disclosures',
    summary: 'Unauthorized disclosures that are detected or reported, breaches included, are logged.',
    keywords: ['breach log'],
  },
  {
    id: 'P6.4',
    group: 'P6',
    title: 'Privacy commitments from third parties',
    summary: 'Vendors and other third parties with access to personal information take on privacy obligations, and whether they meet them is checked.',
    keywords: ['data processing agreement', 'DPA', 'subprocessors'],
  },
  {
    id: 'P6.5',
    group: 'P6',
    title: 'Third parties reporting unauthorized disclosures',
    summary: 'Vendors and other third parties undertake to report actual or suspected unauthorized disclosures, and those reports are acted on.',
    keywords: ['vendor breach notification'],
  },
  {
    id: 'P6.6',
    group: 'P6',
    title: 'Notifying people of breaches',
    summary: 'Affected data subjects, regulators and other parties are told about breaches and incidents.',
    keywords: ['breach notification', 'regulator notification'],
  },
  {
    id: 'P6.7',
    group: 'P6',
    title: 'Telling data subjects where their data went',
    summary: 'On request, data subjects receive an account of the personal information held about them and how it has been disclosed.',
    keywords: ['accounting of disclosures'],
  },
  {
    id: 'P7.1',
    group: 'P7',
    title: 'Keeping personal data accurate',
    summary: 'Personal information is kept accurate, up to date, complete and relevant.',
    keywords: ['accuracy', 'data quality'],
  },
  {
    id: 'P8.1',
    group: 'P8',
    title: 'Complaints, disputes and monitoring',
    summary: 'Questions, complaints and disputes are taken in and resolved, adherence to privacy commitments is monitored, and shortfalls are put right promptly.',
    keywords: ['privacy complaints', 'disputes', 'privacy monitoring'],
  },
];

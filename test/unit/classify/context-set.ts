/**
 * Questionnaire-shaped sequences for the classifier's context option: runs of questions as they
 * follow each other in one section of a questionnaire, written for this project (not copied
 * from any questionnaire). Each question is classified with its section and the questions
 * before it in the sequence (nearest last), as the fill and the editor do.
 *
 * Roles:
 *  - `anchor`: a question whose intent its own words already give (it sets up the thread);
 *  - `followUp`: a question that names no SOC 2 of its own but refers back ("the report",
 *    "exceptions", "the auditor") and takes its subject from the questions before it;
 *  - `distractor`: a question next to SOC 2 questions that must not become a SOC 2 question
 *    because of them: unrelated follow-ups ("What is the minimum password length?"), words that
 *    look like references but mean something else ("exceptions to the password policy", "the
 *    audit log", "an NDA for new hires"), and "the report" / "the auditor" after a pen test, an
 *    ISO certificate or a scan, which is that report's, not the SOC 2's.
 *
 * Labels follow the rules at the top of src/domain/classify/index.ts, with the context rule:
 * a follow-up to a SOC 2 question asks about the SOC 2; a follow-up to another assurance or
 * control question gets no SOC 2 intent (and is `none` unless its own words say more: Attest
 * does not carry a pen-test or ISO subject over to a follow-up, because the answers for those
 * intents would not answer "Can you share the report?").
 */
import type { IntentId } from '../../../src/domain/intents';

export type ContextRole = 'anchor' | 'followUp' | 'distractor';

export interface ContextStep {
  readonly role: ContextRole;
  readonly intent: IntentId;
  readonly question: string;
}

export interface ContextSequence {
  /** The section heading the questions sit under; absent for a flat list (a CSV without section rows). */
  readonly section?: string;
  readonly steps: readonly ContextStep[];
}

type Row = readonly [ContextRole, IntentId, string];

function sequence(section: string | undefined, rows: readonly Row[]): ContextSequence {
  const steps = rows.map(([role, intent, question]) => ({ role, intent, question }));
  return section === undefined ? { steps } : { section, steps };
}

const A = 'anchor';
const F = 'followUp';
const D = 'distractor';

export const CONTEXT_SEQUENCES: readonly ContextSequence[] = [
  sequence('Third-party assurance', [
    [A, 'soc2.status', 'Does your company have a SOC 2 Type 2 report?'],
    [F, 'soc2.period', 'What dates does the report cover?'],
    [F, 'soc2.opinion', 'Were any exceptions noted?'],
    [F, 'soc2.auditor', 'Who performed the audit?'],
    [F, 'soc2.report_request', 'Can we get a copy of the report before we sign?'],
    [D, 'none', 'What is your minimum password length?'],
    [D, 'none', 'Do you encrypt customer data at rest?'],
  ]),
  sequence(undefined, [
    [A, 'soc2.status', 'SOC 2 report available (Y/N)'],
    [F, 'soc2.period', 'Period end date'],
    [F, 'soc2.opinion', 'Opinion (unqualified / qualified / adverse)'],
    [F, 'soc2.opinion', 'Deviations noted by the auditor (describe)'],
    [D, 'none', 'Data retention period'],
    [D, 'none', 'Number of employees'],
  ]),
  sequence('Security compliance', [
    [A, 'soc2.status', 'Do you have a SOC 2 report?'],
    [D, 'none', 'What is the password length?'],
    [D, 'none', 'Are exceptions to the password policy approved by the security team?'],
    [D, 'none', 'Do employees sign an NDA when they join?'],
    [D, 'none', 'How do employees report a suspected phishing email?'],
  ]),
  sequence('Audit reports', [
    [A, 'soc2.status', 'Have you completed a SOC 2 examination in the last year?'],
    [F, 'soc2.type', 'Was the report a point-in-time report or did it cover a period?'],
    [F, 'soc2.scope', 'Which categories are in scope besides Security?'],
    [F, 'soc2.scope', 'Is the mobile app in scope?'],
    [F, 'soc2.subservice', 'Was your cloud provider carved out?'],
    [F, 'soc2.cuecs', 'Which controls does the report expect us to operate on our side?'],
    [D, 'none', 'Is the audit log protected from tampering?'],
    [D, 'none', 'Do you have a documented exception process for security controls?'],
  ]),
  sequence('Penetration testing', [
    [A, 'assurance.pentest', 'Do you engage an outside firm for annual penetration tests?'],
    [D, 'none', 'Can you share the report?'],
    [D, 'none', 'Were any critical findings identified?'],
    [D, 'none', 'Have all findings from the report been remediated?'],
  ]),
  sequence('Certifications', [
    [A, 'assurance.iso27001', 'Is your organization certified to ISO 27001?'],
    [D, 'none', 'Who is the auditor?'],
    [D, 'assurance.iso27001', 'Who was the lead auditor from the certification body?'],
    [D, 'none', 'Who is your auditor, and when is the next audit?'],
    [D, 'none', 'Please provide the audit report.'],
  ]),
  sequence('Independent assurance', [
    [F, 'soc2.report_request', 'Please upload the latest audit report.'],
    [F, 'soc2.period', 'When did the audit period end?'],
    [F, 'soc2.bridge_letter', 'If the period ended more than three months ago, can you give us a letter covering the time since?'],
    [F, 'soc2.next_audit', 'When is the next audit planned?'],
  ]),
  sequence('SOC 2', [
    [F, 'soc2.type', 'Type of report (Type 1 / Type 2):'],
    [F, 'soc2.auditor', 'Name of the firm that issued the report:'],
    [F, 'soc2.opinion', 'Did the report contain a qualified opinion?'],
    [F, 'soc2.report_request', 'Is an NDA required to view the report?'],
    [F, 'soc2.report_request', 'Is the report available through your trust portal?'],
    [D, 'none', 'Who is your data protection officer?'],
    [D, 'none', 'Do you use single sign-on for internal tools?'],
  ]),
  sequence('Vendor assessment', [
    [A, 'soc2.status', 'Has an independent CPA firm examined your controls under SOC 2?'],
    [F, 'soc2.period', 'How long was the observation window?'],
    [F, 'soc2.opinion', 'Did the examination identify any control deviations?'],
    [F, 'soc2.opinion', 'If there were exceptions, what was management\'s response?'],
    [F, 'soc2.report_request', 'Please send us the report.'],
    [D, 'none', 'What is the scope of the services you will provide to us?'],
    [D, 'none', 'Describe your employee onboarding process.'],
    [D, 'controls.patching', 'How quickly are critical patches applied?'],
  ]),
  sequence('Vulnerability management', [
    [A, 'controls.vulnerability_scanning', 'How often do you scan your external perimeter for vulnerabilities?'],
    [D, 'none', 'Can you share the latest report?'],
    [D, 'none', 'How are findings prioritised?'],
  ]),
  sequence(undefined, [
    [A, 'soc2.status', 'Is your service covered by a current SOC 2 Type II report?'],
    [F, 'soc2.period', 'What is the as-of date or the period?'],
    [D, 'none', 'Do you back up customer data daily?'],
    [F, 'soc2.opinion', 'Were there any exceptions in the report?'],
    [D, 'none', 'Where is customer data stored geographically?'],
    [D, 'none', 'Do you support customer-managed encryption keys?'],
  ]),
  sequence('Compliance', [
    [A, 'soc2.status', 'Are you SOC 2 compliant?'],
    [F, 'soc2.auditor', 'Which firm conducted the audit?'],
    [F, 'soc2.period', 'What period did the audit cover?'],
    [F, 'soc2.subservice', 'Are any subservice organizations carved out of the report?'],
    [F, 'soc2.bridge_letter', 'Do you issue bridge letters between reports?'],
    [D, 'none', 'Are you GDPR compliant?'],
    [D, 'none', 'Do you have a DPA we can sign?'],
  ]),
  sequence('Assurance', [
    [A, 'soc2.status', 'Do you hold a SOC 2 attestation?'],
    [F, 'soc2.scope', 'Does the report cover all of the products we use?'],
    [F, 'soc2.scope', 'Which systems are described in the system description?'],
    [F, 'soc2.period', 'When did the review period start and end?'],
    [F, 'soc2.next_audit', 'When do you expect the next report?'],
    [D, 'none', 'Describe the architecture of your platform.'],
    [D, 'none', 'What is the scope of your bug bounty program?'],
  ]),
  sequence('Information security', [
    [A, 'soc2.status', 'Do you have an independent security attestation such as SOC 2?'],
    [D, 'none', 'Do you enforce MFA for administrators?'],
    [D, 'none', 'Is there a documented access review every quarter?'],
    [D, 'controls.endpoint_management', 'Are deviations from the hardening baseline tracked and approved?'],
    [D, 'none', 'Do you track exceptions raised by your monitoring tools?'],
    [D, 'none', 'Can you send the report from your last disaster recovery test?'],
  ]),
  sequence('Hosting', [
    [A, 'soc2.subservice', 'Does your hosting provider have its own SOC 2 report?'],
    [F, 'soc2.subservice', 'Is it carved out of your report or included using the inclusive method?'],
    [F, 'soc2.cuecs', 'What complementary controls must we have in place as a customer?'],
    [D, 'none', 'Which cloud regions store customer data?'],
    [D, 'none', 'Do you use containers in production?'],
  ]),
  sequence('Audits', [
    [A, 'soc2.status', 'Please confirm you have undergone a SOC 2 Type 2 examination.'],
    [F, 'soc2.opinion', 'Was the opinion unmodified?'],
    [F, 'soc2.opinion', 'List any exceptions and how they were remediated.'],
    [F, 'soc2.auditor', 'Who was the service auditor?'],
    [F, 'soc2.report_request', 'How can customers obtain the report?'],
    [D, 'none', 'Do you perform internal audits of access rights?'],
    [D, 'none', 'Do you allow customers to audit your facilities?'],
  ]),
  sequence(undefined, [
    [A, 'soc2.status', 'SOC 2 (yes / no / in progress)'],
    [F, 'soc2.type', 'If yes, report type'],
    [F, 'soc2.period', 'Report period'],
    [F, 'soc2.auditor', 'Auditor name'],
    [F, 'soc2.opinion', 'Exceptions noted (Y/N)'],
    [F, 'soc2.bridge_letter', 'Bridge letter available (Y/N)'],
    [F, 'soc2.next_audit', 'Date of next audit'],
    [D, 'none', 'Security contact email'],
    [D, 'none', 'Company headquarters address'],
  ]),
  sequence('Third-party audits', [
    [A, 'soc2.status', 'Are your systems audited annually by an external firm?'],
    [F, 'soc2.report_request', 'Will you share the audit report under NDA?'],
    [F, 'soc2.opinion', 'Did the auditors report any findings?'],
    [D, 'none', 'Is access to production logged?'],
    [D, 'none', 'How long do you keep the logs?'],
  ]),
  sequence('Security program', [
    [A, 'controls.incident_response', 'Do you have a documented incident response plan?'],
    [D, 'none', 'When was the plan last reviewed by the auditor?'],
    [D, 'controls.incident_response', 'Can you share the report from the last tabletop exercise?'],
  ]),
  sequence('SOC reports', [
    [A, 'soc2.status', 'Do you have a SOC 2 report for the service we are buying?'],
    [F, 'soc2.report_request', 'Can we review the report on a call instead of receiving a copy?'],
    [F, 'soc2.type', 'Was it a Type 1 or a Type 2?'],
    [F, 'soc2.cuecs', 'Are there user entity controls we must implement?'],
    [F, 'soc2.bridge_letter', 'Is a bridge letter available for the months since the report period?'],
    [D, 'none', 'Do you run background checks on new hires?'],
    [D, 'none', 'Is customer data segregated between tenants?'],
  ]),
  sequence('Assurance and certifications', [
    [A, 'soc2.status', 'Have you been through a SOC 2 audit?'],
    [F, 'soc2.period', 'What was the audit window?'],
    [A, 'assurance.pentest', 'Do you commission an annual penetration test?'],
    [D, 'none', 'Please attach the report.'],
    [D, 'none', 'Who carried out the test?'],
  ]),
  sequence('Customer assurance package', [
    [A, 'soc2.status', 'Is a SOC 2 Type 2 report available for our review?'],
    [F, 'soc2.period', 'What is the report period?'],
    [F, 'soc2.scope', 'Which trust categories besides Security are in scope?'],
    [F, 'soc2.opinion', 'Were deviations found in any control tests?'],
    [F, 'soc2.auditor', 'Which audit firm signed the opinion?'],
    [F, 'soc2.next_audit', 'When will the next examination start?'],
    [D, 'none', 'Which regions do you replicate data to?'],
    [D, 'none', 'Is there a formal change approval board?'],
    [D, 'none', 'How are production secrets rotated?'],
  ]),
  sequence(undefined, [
    [A, 'soc2.status', 'Has the service undergone a SOC 2 examination?'],
    [F, 'soc2.report_request', 'If so, may we see the report under a mutual NDA?'],
    [F, 'soc2.opinion', 'Please summarise any exceptions and their remediation status.'],
    [F, 'soc2.period', 'When did the examination period close?'],
    [D, 'none', 'Do you store payment card numbers?'],
    [D, 'none', 'Who in your company owns information security?'],
  ]),
  sequence('Due diligence', [
    [A, 'soc2.status', 'Has your platform passed a SOC 2 audit?'],
    [F, 'soc2.opinion', 'Did the auditor issue a clean opinion?'],
    [F, 'soc2.scope', 'Were Availability and Processing Integrity in scope?'],
    [F, 'soc2.subservice', 'How is the carve-out of your data center provider monitored?'],
    [D, 'none', 'Do you have cyber insurance?'],
    [D, 'none', 'What is the exception handling process for failed payments?'],
    [D, 'none', 'How are exceptions to your secure coding standard granted?'],
  ]),
];

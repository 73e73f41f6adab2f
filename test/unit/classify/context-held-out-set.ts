/**
 * Held-out questionnaire sequences for the context option: written after the context rules and
 * cue tables were frozen, with the same roles and labelling rules as context-set.ts and phrasing
 * deliberately unlike it (terse row labels, long cells, British spelling). Written for this
 * project, not copied from any questionnaire.
 *
 * Scored once at that freeze: 29/32 follow-ups and distractors (90.6%); follow-ups 17/17,
 * distractors 12/15. Misses: "What is your process for granting exceptions to security
 * standards?" → soc2.opinion (opened by context: a leak), "Who was the certifying auditor?" after
 * ISO → soc2.auditor (as without context: "the certifying auditor" was no reference phrase), "Is
 * the audit committee independent of management?" → soc2.status (as without context), and the
 * anchor "Has a CPA firm issued a SOC 2 report on your service?" → soc2.auditor. Those misses were
 * then fixed with similar questions in new words in dev-set.ts and context-set.ts, so from that
 * point this set is partly seen: its later scores are optimistic.
 */
import type { ContextRole, ContextSequence, ContextStep } from './context-set';
import type { IntentId } from '../../../src/domain/intents';

type Row = readonly [ContextRole, IntentId, string];

function sequence(section: string | undefined, rows: readonly Row[]): ContextSequence {
  const steps: ContextStep[] = rows.map(([role, intent, question]) => ({ role, intent, question }));
  return section === undefined ? { steps } : { section, steps };
}

export const CONTEXT_HELD_OUT_SEQUENCES: readonly ContextSequence[] = [
  sequence('B. Assurance reports', [
    ['anchor', 'soc2.status', 'B1 Does the organisation hold a SOC 2 report?'],
    ['followUp', 'soc2.period', 'B2 Period covered by the report (from – to)'],
    ['followUp', 'soc2.opinion', 'B3 Were any exceptions reported? If so, summarise them.'],
    ['followUp', 'soc2.auditor', 'B4 Name of the auditor'],
    ['followUp', 'soc2.report_request', 'B5 Please attach the report or a link to your trust centre.'],
    ['distractor', 'none', 'B6 Is data encrypted in transit between your services?'],
  ]),
  sequence(undefined, [
    ['anchor', 'soc2.status', 'Do you have a current SOC 2 Type II?'],
    ['followUp', 'soc2.scope', 'Are Confidentiality and Availability in scope?'],
    ['followUp', 'soc2.subservice', 'Is the hosting provider carved out?'],
    ['followUp', 'soc2.bridge_letter', 'Can you provide a bridge letter to cover the months since the period end?'],
    ['distractor', 'none', 'How long are application logs retained?'],
    ['distractor', 'none', 'Do you allow remote work from public networks?'],
  ]),
  sequence('Compliance', [
    ['anchor', 'assurance.pentest', 'When was your last external pen test?'],
    ['distractor', 'none', 'Have the findings been fixed?'],
    ['distractor', 'none', 'Could you share the executive summary of the report?'],
  ]),
  sequence('Audit', [
    ['anchor', 'soc2.status', 'Is your platform audited against SOC 2?'],
    ['followUp', 'soc2.type', 'Was the audit a Type 1 or a Type 2 engagement?'],
    ['followUp', 'soc2.opinion', 'Did the auditor issue a qualified opinion?'],
    ['followUp', 'soc2.next_audit', 'When does the next audit period begin?'],
    ['distractor', 'none', 'Are audit logs shipped to a central store?'],
    ['distractor', 'none', 'Is the audit committee independent of management?'],
  ]),
  sequence('Third party risk', [
    ['anchor', 'soc2.status', 'Has a CPA firm issued a SOC 2 report on your service?'],
    ['followUp', 'soc2.cuecs', 'Which complementary user entity controls does the report list?'],
    ['followUp', 'soc2.report_request', 'Is a signed NDA needed before you release it?'],
    ['distractor', 'none', 'Do you require MFA for customer logins?'],
    ['distractor', 'none', 'What is your process for granting exceptions to security standards?'],
  ]),
  sequence('ISO', [
    ['anchor', 'assurance.iso27001', 'Do you maintain ISO 27001 certification?'],
    ['distractor', 'none', 'Who was the certifying auditor?'],
    ['distractor', 'none', 'Were there nonconformities in the last audit?'],
  ]),
  sequence('SOC 2 Type 2', [
    ['followUp', 'soc2.period', 'Report period start'],
    ['followUp', 'soc2.period', 'Report period end'],
    ['followUp', 'soc2.opinion', 'Exceptions (describe)'],
    ['followUp', 'soc2.auditor', 'Audit firm'],
    ['distractor', 'none', 'Primary security contact'],
  ]),
  sequence('Security assessment', [
    ['anchor', 'soc2.status', 'Please confirm whether you have completed a SOC 2 examination.'],
    ['distractor', 'none', 'Describe how you manage encryption keys.'],
    ['distractor', 'none', 'Do you have a data classification policy?'],
    ['followUp', 'soc2.report_request', 'Please also provide the report.'],
    ['distractor', 'none', 'Is customer data ever used to train models?'],
  ]),
];

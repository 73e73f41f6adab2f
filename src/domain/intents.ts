/** The question intents: the public contract of `classify` and "answer in place" (see PRODUCT.md). */
export const INTENT_IDS = [
  'soc2.status',
  'soc2.type',
  'soc2.period',
  'soc2.scope',
  'soc2.opinion',
  'soc2.auditor',
  'soc2.report_request',
  'soc2.bridge_letter',
  'soc2.subservice',
  'soc2.cuecs',
  'soc2.next_audit',
  'controls.patching',
  'controls.endpoint_management',
  'controls.vulnerability_scanning',
  'controls.incident_response',
  'assurance.iso27001',
  'assurance.soc1',
  'assurance.soc3',
  'assurance.pentest',
  'assurance.other',
  'none',
] as const;

export type IntentId = (typeof INTENT_IDS)[number];
export type AnswerableIntent = Exclude<IntentId, 'none'>;

export function isIntentId(value: string): value is IntentId {
  return (INTENT_IDS as readonly string[]).includes(value);
}

export const INTENT_LABELS: Record<IntentId, string> = {
  'soc2.status': 'SOC 2 report',
  'soc2.type': 'SOC 2 report type',
  'soc2.period': 'SOC 2 period',
  'soc2.scope': 'SOC 2 scope',
  'soc2.opinion': 'SOC 2 opinion and exceptions',
  'soc2.auditor': 'SOC 2 auditor',
  'soc2.report_request': 'SOC 2 report request',
  'soc2.bridge_letter': 'Bridge letter',
  'soc2.subservice': 'Subservice organizations',
  'soc2.cuecs': 'Complementary user entity controls',
  'soc2.next_audit': 'Next SOC 2 examination',
  'controls.patching': 'Patching and automated updates',
  'controls.endpoint_management': 'Endpoint management',
  'controls.vulnerability_scanning': 'Vulnerability scanning',
  'controls.incident_response': 'Incident response',
  'assurance.iso27001': 'ISO/IEC 27001',
  'assurance.soc1': 'SOC 1',
  'assurance.soc3': 'SOC 3',
  'assurance.pentest': 'Penetration testing',
  'assurance.other': 'Other frameworks',
  none: 'Not recognized',
};

export type AnswerLength = 'yesno' | 'sentence' | 'paragraph';
export const ANSWER_LENGTHS: readonly AnswerLength[] = ['yesno', 'sentence', 'paragraph'];

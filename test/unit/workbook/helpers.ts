/** Shared builders for the workbook tests: workbooks made in code, fake answerers. */
import * as ExcelJS from 'exceljs';
import type { AnswerDecision, Answerer, AnswerOptions } from '../../../src/domain/answering';
import type { AnswerLength, IntentId } from '../../../src/domain/intents';

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

interface FakeAnswer {
  intent: IntentId;
  outcome: AnswerDecision['outcome'];
  texts?: Partial<Record<AnswerLength, string>>;
  missing?: string[];
}

/** A keyword answerer: the first rule whose pattern matches the question decides. */
export function fakeAnswerer(rules: { pattern: RegExp; answer: FakeAnswer }[]): Answerer & { calls: { question: string; options: AnswerOptions }[] } {
  const calls: { question: string; options: AnswerOptions }[] = [];
  const answerer = (question: string, options: AnswerOptions): AnswerDecision => {
    calls.push({ question, options });
    const rule = rules.find(({ pattern }) => pattern.test(question));
    if (!rule) {
      return { question, intent: 'none', confidence: 0.1, outcome: 'not_recognized', missing: [], warnings: [] };
    }
    const { answer } = rule;
    return {
      question,
      intent: answer.intent,
      confidence: 0.9,
      outcome: answer.outcome,
      text: answer.texts?.[options.length],
      missing: answer.missing ?? [],
      warnings: [],
    };
  };
  return Object.assign(answerer, { calls });
}

export const SOC2_TEXTS: Record<AnswerLength, string> = {
  yesno: 'Yes',
  sentence: 'Yes. We have a SOC 2 Type 2 report covering Security, issued by an independent CPA firm.',
  paragraph:
    'Yes. Our most recent SOC 2 Type 2 examination covered the Security category over a twelve-month period; the report is shared under NDA on request.',
};

/** SOC 2 questions are answered, questions about the audit period need a person, the rest are not recognized. */
export function standardAnswerer(): ReturnType<typeof fakeAnswerer> {
  return fakeAnswerer([
    {
      pattern: /period|window/i,
      answer: { intent: 'soc2.period', outcome: 'needs_person', missing: ['[period end date]'], texts: { yesno: 'Yes', sentence: 'The period ends [period end date].' } },
    },
    { pattern: /soc ?2|attestation/i, answer: { intent: 'soc2.status', outcome: 'answered', texts: SOC2_TEXTS } },
    {
      pattern: /penetration/i,
      answer: { intent: 'assurance.pentest', outcome: 'answered', texts: { yesno: 'No', sentence: 'No, not in the last year.', paragraph: 'No. We have not had an external penetration test in the last twelve months.' } },
    },
  ]);
}

export function listValidation(values: string[]): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`] };
}

/** Shared builders for the workbook tests: workbooks made in code, fake answerers. */
import { deflateRawSync } from 'node:zlib';
import * as ExcelJS from 'exceljs';
import type { AnswerDecision, Answerer, AnswerOptions } from '../../../src/domain/answer/types';
import type { AnswerLength, IntentId } from '../../../src/domain/intents';
import { crc32, ZipArchive } from '../../../src/domain/workbook/zip';

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

/** A tiny zip built by hand, so the tests do not depend on what they test. */
export function handMadeZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}


/** Parts of the exceljs model that its type declarations leave out. */
export interface WorksheetInternals {
  dataValidations: { model: Record<string, unknown>; add(range: string, validation: ExcelJS.DataValidation): void };
  conditionalFormattings: unknown[];
}

export function internals(worksheet: ExcelJS.Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}

export function mediaCount(workbook: ExcelJS.Workbook): number {
  return (workbook as unknown as { media: unknown[] }).media.length;
}

/** The same package with one part's XML changed (to add what exceljs cannot write). */
export function editPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const zip = ZipArchive.open(bytes);
  const xml = zip.readText(name);
  if (xml === undefined) {
    throw new Error(`no part ${name}`);
  }
  return zip.rewrite(new Map([[name, new TextEncoder().encode(edit(xml))]]));
}

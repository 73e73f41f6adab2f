/** Entries for the library tests, written as files and read by the real parser. */
import * as assert from 'node:assert/strict';
import { parseEntry } from '../../../src/domain/library/parse';
import type { LibraryEntry } from '../../../src/domain/library/schema';

export interface EntrySpec {
  id: string;
  question: string;
  variants?: string[];
  yesno?: 'yes' | 'no' | 'na';
  sentence?: string;
  body?: string;
  owner?: string | null;
  reviewed?: string | null;
  reviewEvery?: string;
  visibility?: 'public' | 'nda' | 'internal';
  evidence?: string[];
  topic?: string;
}

export function entryText(spec: EntrySpec): string {
  const lines = ['---', `id: ${spec.id}`, `question: ${JSON.stringify(spec.question)}`];
  if (spec.variants !== undefined) {
    lines.push('variants:', ...spec.variants.map((v) => `  - ${JSON.stringify(v)}`));
  }
  lines.push('answer:');
  if (spec.yesno !== undefined) {
    lines.push(`  yesno: ${spec.yesno}`);
  }
  lines.push(`  sentence: ${JSON.stringify(spec.sentence ?? `The answer to ${spec.id}.`)}`);
  if (spec.owner !== null) {
    lines.push(`owner: ${spec.owner ?? 'Test Owner (Security)'}`);
  }
  if (spec.reviewed !== null) {
    lines.push(`reviewed: ${spec.reviewed ?? '2026-06-01'}`);
  }
  if (spec.reviewEvery !== undefined) {
    lines.push(`reviewEvery: ${spec.reviewEvery}`);
  }
  if (spec.visibility !== undefined) {
    lines.push(`visibility: ${spec.visibility}`);
  }
  if (spec.evidence !== undefined) {
    lines.push('evidence:', ...spec.evidence.map((v) => `  - ${v}`));
  }
  lines.push('---', spec.body ?? spec.sentence ?? `The answer to ${spec.id}.`, '');
  return lines.join('\n');
}

export function entry(spec: EntrySpec): LibraryEntry {
  const topic = spec.topic ?? 'general';
  const result = parseEntry(`lib/${topic}/${spec.id}.md`, entryText(spec), topic);
  assert.deepEqual(result.errors, []);
  assert.ok(result.entry);
  return result.entry;
}

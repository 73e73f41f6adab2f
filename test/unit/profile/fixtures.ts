/** Shared builders for the profile tests: a valid base profile, and a way to change one part of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, type ProfileError, type ProfileParseResult } from '../../../src/domain/profile/parse';

export const DEMO_PROFILE_PATH = join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json');

export function demoProfileText(): string {
  return readFileSync(DEMO_PROFILE_PATH, 'utf8');
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A minimal, valid completed Type 2 engagement. */
export function type2Engagement(overrides: JsonObject = {}): JsonObject {
  return {
    status: 'completed',
    type: 'type2',
    periodStart: '2025-07-01',
    periodEnd: '2026-06-30',
    reportDate: '2026-08-21',
    cpaFirm: 'Example CPA LLP',
    opinion: 'unqualified',
    categories: ['security'],
    ...overrides,
  };
}

export function type1Engagement(overrides: JsonObject = {}): JsonObject {
  return { status: 'completed', type: 'type1', asOf: '2026-03-31', categories: ['security'], ...overrides };
}

export function profileWith(parts: { engagements?: JsonObject[]; soc2?: JsonObject; otherAssurance?: JsonObject; controls?: JsonObject } = {}): JsonObject {
  const profile: JsonObject = {
    organization: { name: 'Example, Inc.' },
    soc2: { engagements: parts.engagements ?? [type2Engagement()], ...(parts.soc2 ?? {}) },
  };
  if (parts.otherAssurance !== undefined) {
    profile.otherAssurance = parts.otherAssurance;
  }
  if (parts.controls !== undefined) {
    profile.controls = parts.controls;
  }
  return profile;
}

/** Parses the object as pretty-printed JSON (so locations are meaningful). */
export function parseObject(value: JsonObject): ProfileParseResult & { text: string } {
  const text = JSON.stringify(value, null, 2);
  return { ...parseProfile(text), text };
}

export function describeErrors(errors: readonly ProfileError[]): string {
  return errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n');
}

/**
 * "Save to profile": the new text of `.attest/profile.json` with the wizard's answers written in.
 * Only the fields the wizard owns change, each through jsonc-parser's `modify`, so the writer's
 * comments, formatting and every other fact stay as they were. Pure: text in, text out.
 */
import { applyEdits, modify, parse as parseJsonc, type FormattingOptions } from 'jsonc-parser';
import { parseProfile, type ProfileError } from '../profile/parse';
import { profileTemplate } from '../profile/template';
import type { WizardForm } from '../../shared/wizardProtocol';
import { checkForm } from './check';

type JsonPath = (string | number)[];

export type SaveResult =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reason: 'profile-invalid'; errors: ProfileError[] }
  | { ok: false; reason: 'form-invalid'; messages: string[] };

/** The leaves outside the engagement that the wizard writes. */
const OWNED_LEAVES: readonly JsonPath[] = [
  ['organization', 'name'],
  ['soc2', 'sharing', 'nda'],
  ['soc2', 'sharing', 'trustPortalUrl'],
  ['soc2', 'sharing', 'contact'],
  ['controls', 'patching', 'automatedUpdates'],
  ['controls', 'endpointManagement', 'centrallyManaged'],
  ['controls', 'vulnerabilityScanning', 'cadence'],
  ['controls', 'incidentResponse', 'planExists'],
  ['controls', 'incidentResponse', 'lastTested'],
];

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, segment)) {
      return undefined;
    }
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The file's own indentation and line ending, so inserted JSON looks like the rest. */
export function formattingOf(text: string): FormattingOptions {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const indented = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return indented.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indented.length, eol };
}

/**
 * Writes the form into the profile text (or into a fresh scaffold when `text` is undefined).
 * Refuses when the existing file has errors (the wizard cannot tell which entry is which) or the
 * form does not validate; the result always parses with zero errors.
 */
export function saveFormToProfile(text: string | undefined, form: WizardForm, today: string): SaveResult {
  const source = text ?? profileTemplate(form.organizationName.trim() || undefined);
  const parsed = parseProfile(source);
  if (parsed.profile === undefined) {
    return { ok: false, reason: 'profile-invalid', errors: parsed.errors };
  }
  const base = parsed.profile;
  const check = checkForm(base, form, today);
  if (!check.canSave) {
    const messages = [...check.fields.filter((m) => m.severity === 'error').map((m) => m.message), ...check.general];
    return { ok: false, reason: 'form-invalid', messages: messages.length > 0 ? messages : ['Choose an answer to "Do you have a SOC 2 report?" first.'] };
  }
  const next = check.applied.profile;
  const formattingOptions = formattingOf(source);
  let out = source;
  const set = (path: JsonPath, value: unknown, isArrayInsertion = false): void => {
    out = applyEdits(out, modify(out, path, value, { formattingOptions, isArrayInsertion }));
  };

  // The engagement: field by field when it exists (comments between fields survive), whole when new.
  const baseIndex = check.applied.baseEngagementIndex;
  const nextIndex = check.applied.engagementIndex;
  if (form.status === 'none') {
    if (baseIndex !== undefined) {
      set(['soc2', 'engagements', baseIndex], undefined);
    }
  } else if (baseIndex !== undefined && nextIndex !== undefined) {
    const before = base.soc2.engagements[baseIndex] as Record<string, unknown> | undefined;
    const after = (next.soc2?.engagements?.[nextIndex] ?? {}) as Record<string, unknown>;
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
    const raw = parsedRaw(source);
    for (const key of keys) {
      if (!sameJson(valueAt(raw, ['soc2', 'engagements', baseIndex, key]), after[key])) {
        set(['soc2', 'engagements', baseIndex, key], after[key]);
      }
    }
  } else if (nextIndex !== undefined) {
    const engagement = next.soc2?.engagements?.[nextIndex];
    const count = base.soc2.engagements.length;
    if (valueAt(parsedRaw(out), ['soc2', 'engagements']) === undefined) {
      set(['soc2', 'engagements'], [engagement]);
    } else {
      set(['soc2', 'engagements', count], engagement, true);
    }
  }

  // The bridge letter: written or removed as a whole when it appears or goes, else just its date.
  const bridgeBefore = valueAt(parsedRaw(out), ['soc2', 'bridgeLetter']);
  const bridgeAfter = next.soc2?.bridgeLetter;
  if (bridgeAfter === undefined || bridgeBefore === undefined) {
    if (!sameJson(bridgeBefore, bridgeAfter)) {
      set(['soc2', 'bridgeLetter'], bridgeAfter);
    }
  } else if (!sameJson(valueAt(bridgeBefore, ['coversUntil']), bridgeAfter.coversUntil)) {
    set(['soc2', 'bridgeLetter', 'coversUntil'], bridgeAfter.coversUntil);
  }

  for (const path of OWNED_LEAVES) {
    const after = valueAt(next, path);
    if (!sameJson(valueAt(parsedRaw(out), path), after)) {
      set(path, after);
    }
  }

  const result = parseProfile(out);
  if (result.profile === undefined) {
    // Should not happen: the form validated against the same schema. Never write a broken file.
    return { ok: false, reason: 'form-invalid', messages: result.errors.map((e) => `${e.path}: ${e.message}`) };
  }
  return { ok: true, text: out, changed: out !== text };
}

/** The raw JSON value of the text (no defaults applied), for comparing with what the file says. */
function parsedRaw(text: string): unknown {
  return parseJsonc(text, [], { allowTrailingComma: true, disallowComments: false }) as unknown;
}

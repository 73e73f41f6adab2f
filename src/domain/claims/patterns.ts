/** Regular-expression pieces the rules share, and the context every rule receives. */
import type { Soc2State } from '../assurance';
import type { Profile } from '../profile/schema';
import type { Sentence } from './text';
import type { Fix, RuleId, Severity } from './types';

/** "SOC 2", "SOC2", "SOC-2", "SOC II", "SOC 2®". */
export const SOC2 = String.raw`\bSOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:2|II)(?![\w])(?:[\s\u00a0]*®)?`;
/** "Type 2", "Type II", "Type-1". */
export const TYPE = String.raw`\bType[\s\u00a0-]*(?:1|2|II|I)(?![\w])`;
export const SOC2_TYPED = String.raw`${SOC2}(?:[\s\u00a0,]+${TYPE})?`;

export const SOC2_RE = new RegExp(SOC2, 'i');
/** Any SOC report mention, with its number (1, 2, 3, I, II, III). */
export const ANY_SOC_GLOBAL = /\bSOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(1|2|3|III|II|I)(?![\w])/gi;
export const TYPE_GLOBAL = /\bType[\s\u00a0-]*(1|2|II|I|one|two)(?![\w])/gi;

export function typeOf(value: string): 'type1' | 'type2' {
  return /^(?:1|i|one)$/i.test(value) ? 'type1' : 'type2';
}

export interface TypeMention {
  type: 'type1' | 'type2';
  start: number;
  end: number;
  /** The number as written ("1", "II", …), so a fix keeps the writer's style. */
  written: string;
}

export function typeMentions(text: string): TypeMention[] {
  const mentions: TypeMention[] = [];
  for (const match of text.matchAll(TYPE_GLOBAL)) {
    const written = match[1] ?? '';
    mentions.push({ type: typeOf(written), start: match.index, end: match.index + match[0].length, written });
  }
  return mentions;
}

/** Which SOC report a Type mention belongs to: the nearest SOC mention before it in the sentence. */
export function socNumberBefore(text: string, index: number): '1' | '2' | '3' | undefined {
  let found: '1' | '2' | '3' | undefined;
  for (const match of text.slice(0, index).matchAll(ANY_SOC_GLOBAL)) {
    const n = (match[1] ?? '').toUpperCase();
    found = n === '1' || n === 'I' ? '1' : n === '3' || n === 'III' ? '3' : '2';
  }
  return found;
}

/** Words that put a sentence in the future or in planning: it speaks of work under way, not of a report held. */
export const FUTURE =
  /\b(?:under ?way|in progress|planned|plans?|planning|upcoming|next|will|shall|expect(?:s|ed|ing)?|working (?:toward|towards|on)|pursu\w*|prepar\w*|target\w*|aim\w*|schedul\w*|intend(?:s|ing)?|intended[\s\u00a0]+to|begin|began|begun|start(?:s|ed)?|kick\w*|future|roadmap|once|until|anticipat\w*)\b/i;

/** Words of comparison or explanation: the sentence describes report types rather than claims one. */
export const COMPARATIVE = /\b(?:unlike|whereas|while|than|compared|comparison|versus|vs\.?|differ\w*|difference|both|either|instead|contrast)\b/i;

export interface Emitted {
  rule: RuleId;
  message: string;
  severity: Severity;
  /** Absolute offsets. */
  start: number;
  end: number;
  fix?: Fix;
}

export interface RuleContext {
  profile?: Profile;
  state?: Soc2State;
  today: string;
  /** Matches the organization, product and system names in the profile: a sentence naming them speaks for the writer. */
  selfPattern?: RegExp;
  /** Matches "issued by <CPA firm from the profile>" (global; for bridge-letter attribution). */
  byFirmPattern?: RegExp;
  /** Matches the profile's CPA firm names, with and without "LLP", "LLC"… (for bridge-letter attribution). */
  firmPattern?: RegExp;
  emit(finding: Emitted): void;
}

export type SentenceRule = (sentence: Sentence, ctx: RuleContext) => void;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for a list of names (case-insensitive, whole words); `before` is put in front of the alternatives. */
export function namesPattern(names: readonly string[], before = '', flags = 'i'): RegExp | undefined {
  const usable = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  if (usable.length === 0) {
    return undefined;
  }
  return new RegExp(`${before}(?<![\\w])(${usable.map(escapeRegExp).join('|')})(?![\\w])`, flags);
}

/** The sentence speaks for the writer's organization: we / our / us, or its name. */
export function isSelfClaim(text: string, ctx: RuleContext): boolean {
  if (/\b(?:we|our|ours|us)\b|\bwe['’](?:ve|re|d)\b/i.test(text)) {
    return true;
  }
  // "Audit period: 2024-01-01 to …", "CPA firm: …": a labelled answer is the writer's own.
  if (/^[\s\u00a0]*(?:[-*•][\s\u00a0]*)?[A-Za-z][\w&/()'’-]*(?: [\w&/()'’-]+){0,4}:[\s\u00a0]*\S/.test(text) && !/^[\s\u00a0]*(?:[-*•][\s\u00a0]*)?(?:note|example|e\.g|for example|question|q)[\s\u00a0]*:/i.test(text)) {
    return true;
  }
  return ctx.selfPattern !== undefined && ctx.selfPattern.test(text);
}

/** The token around [start, end) is part of a URL, an e-mail address or a code identifier. */
export function inUrlOrIdentifier(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text.slice(end, end + 2);
  if (/[\w./@#:\\]/.test(before) || /^[./\\@_]\w/.test(after) || /^_/.test(after)) {
    return true;
  }
  const tokenStart = text.lastIndexOf(' ', start) + 1;
  const spaceAfter = text.indexOf(' ', end);
  const token = text.slice(tokenStart, spaceAfter === -1 ? text.length : spaceAfter);
  return /:\/\/|^www\.|@/.test(token);
}

/**
 * What the values in answer slots mean: a Yes/No answer read from its text, mapped onto a dropdown's
 * allowed values, and which cell contents count as "not answered yet". Every driver and the plan
 * step use these; nothing here depends on a format.
 */

export type YesNoKind = 'yes' | 'no' | 'na';

/** Reads the answerer's Yes/No text: it begins with "Yes" or "No", or is "N/A". */
export function yesNoKind(text: string): YesNoKind | undefined {
  const t = text.trim().toLowerCase();
  if (/^yes\b/.test(t)) {
    return 'yes';
  }
  if (/^(n\/a|n\.a\.?|not applicable)(\W|$)/.test(t) || t === 'na') {
    return 'na';
  }
  if (/^no\b/.test(t)) {
    return 'no';
  }
  return undefined;
}

/** Exact dropdown values that mean the same, best first. */
const SYNONYMS: Record<YesNoKind, string[]> = {
  yes: ['yes', 'y', 'true', 'implemented', 'fully implemented', 'in place', 'compliant', 'fully compliant', 'agree'],
  no: ['no', 'n', 'false', 'not implemented', 'not in place', 'non-compliant', 'not compliant', 'disagree'],
  na: ['n/a', 'na', 'n.a.', 'n.a', 'not applicable'],
};

const PREFIX: Record<YesNoKind, RegExp> = {
  yes: /^yes\b/,
  no: /^no\b/,
  na: /^(n\/a|not applicable)\b/,
};

/** The dropdown value that says what the answer says, or undefined when none does. */
export function pickAllowedValue(kind: YesNoKind, allowed: readonly string[]): string | undefined {
  let best: { value: string; rank: number } | undefined;
  for (const value of allowed) {
    const normalized = value.trim().toLowerCase();
    const rank = SYNONYMS[kind].indexOf(normalized);
    if (rank >= 0 && (!best || rank < best.rank)) {
      best = { value, rank };
    }
  }
  if (best) {
    return best.value;
  }
  // "Yes - fully", "No (planned)": a value that starts with the word.
  return allowed.find((value) => PREFIX[kind].test(value.trim().toLowerCase()));
}

/** Prompts and to-do markers people leave in answer cells; such a cell still counts as unanswered. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    t.length === 0 ||
    /^(tbd|tbc|tba|to ?do|pending|\?+)\W*$/.test(t) ||
    /^[-–—_.\s]+$/.test(t) ||
    /^(please )?(select|choose|pick)( (one|an? (option|value|answer|response)|from (the )?(list|drop-?down)))?\W*$/.test(t) ||
    /^(enter|type|insert|add) (your )?(answer|response|comment|text)s?( here)?\W*$/.test(t) ||
    /^(answer|response|comments?) here\W*$/.test(t) ||
    /^\[[^\]]*\]$/.test(t)
  );
}

/**
 * For dropdowns whose values are not Yes/No ("Type 1", "Type 2", "None"): the one allowed value
 * the answer names, as a whole phrase. Undefined when none or several appear, so nothing is guessed.
 */
export function allowedValueNamedIn(text: string, allowed: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const named = allowed.filter((value) => {
    const phrase = value.trim().toLowerCase();
    if (phrase.length < 2) {
      return false;
    }
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(lower);
  });
  return named.length === 1 ? named[0] : undefined;
}

const YES_NO_HEADER = /yes ?\/ ?no|\by ?\/ ?n\b|yes or no|true ?\/ ?false|\(y\/n\)/;

/** A column header that asks for Yes/No ("Yes/No", "Y/N", "Yes or No", "True/False"). */
export function isYesNoHeader(text: string | undefined): boolean {
  return text !== undefined && YES_NO_HEADER.test(text.toLowerCase());
}

/**
 * `checkLibrary`: what keeps a library true. Every finding has the file, line and column.
 *
 * - `stale`: past `reviewed` + `reviewEvery` (12 months when not given), as of `today`; a stale
 *   entry is still used but marked. `not-reviewed`: no review date at all.
 * - `no-owner`: nobody answers for the entry.
 * - `duplicate-question`: two entries answer the same question (a question or variant of one is,
 *   normalized, a question or variant of the other).
 * - `conflicting-yesno`: two near-duplicate entries (the matcher's strong tier) whose Yes/No disagree.
 * - `claim`: an answer the claim check (src/domain/claims) flags, e.g. "SOC 2 certified".
 * - `contradicts-profile`: an answer the claim check's profile rules flag (a type, a period, a
 *   category, the opinion…) when a profile is given.
 * - `restates-profile`: an answer that states a SOC 2 fact the profile decides (type, period,
 *   opinion, auditor): those answers come from the profile, so the library copy can only drift.
 * - `broken-evidence`: a relative evidence link to a file that does not exist (`exists` is given).
 * - `scaffold`: an answer that still has the scaffold's text ("TODO: …"); such an entry is never written.
 */
import { check, RULES } from '../claims';
import type { Profile } from '../profile/schema';
import { exactKey, normalizeText } from './analyze';
import { scaffoldIn, scaffoldText } from './answer';
import { buildLibraryIndex, matchLibrary, STRONG, type LibraryIndex } from './match';
import { REVIEW_EVERY, type LibraryEntry, type SourceSpan } from './schema';

export type LibraryRule = 'stale' | 'not-reviewed' | 'no-owner' | 'duplicate-question' | 'conflicting-yesno' | 'claim' | 'contradicts-profile' | 'restates-profile' | 'broken-evidence' | 'scaffold';

export interface LibraryFinding {
  file: string;
  line: number;
  column: number;
  rule: LibraryRule;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The entry's id. */
  entry: string;
}

export interface CheckLibraryOptions {
  /** YYYY-MM-DD. */
  today: string;
  profile?: Profile;
  /** Whether a path (already resolved against the entry's folder) exists. Without it, links are not checked. */
  exists?: (path: string) => boolean;
  /** The index of the same entries, when the caller has one already. */
  index?: LibraryIndex;
}

const PROFILE_RULE_IDS = new Set(RULES.filter((r) => r.needsProfile).map((r) => r.id));

/** `reviewed` + `every`, as YYYY-MM-DD (the last day of a shorter month when the day does not exist). */
export function reviewDue(reviewed: string, every = '12 months'): string {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const match = REVIEW_EVERY.exec(every.trim());
  const amount = Number(match?.[1] ?? 12);
  const unit = (match?.[2] ?? 'month').toLowerCase();
  let date: Date;
  if (unit === 'day' || unit === 'week') {
    date = new Date(Date.UTC(y, m - 1, d + amount * (unit === 'week' ? 7 : 1)));
  } else {
    const months = unit === 'year' ? amount * 12 : amount;
    const target = new Date(Date.UTC(y, m - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    date = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
  }
  return date.toISOString().slice(0, 10);
}

/** The entry's folder joined with a relative link (`..` and `.` resolved, forward slashes). */
export function resolveEvidence(file: string, link: string): string {
  const base = file.replace(/\\/g, '/').split('/').slice(0, -1);
  const parts = link.startsWith('/') ? [] : [...base];
  for (const part of link.replace(/\\/g, '/').split(/[?#]/)[0]?.split('/') ?? []) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') {
        parts.pop();
      } else {
        parts.push('..');
      }
    } else {
      parts.push(part);
    }
  }
  return `${link.startsWith('/') ? '/' : ''}${parts.join('/')}`;
}

const SOC2 = String.raw`\bSOC[\s-]*(?:2|II)\b`;
const RESTATES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: new RegExp(`${SOC2}[^.]{0,40}\\bType[\\s-]*(?:1|2|I{1,2})\\b|\\bType[\\s-]*(?:1|2|I{1,2})\\b[^.]{0,20}${SOC2}`, 'i'), what: 'the SOC 2 report type' },
  { pattern: new RegExp(`${SOC2}[^.]*\\b(?:period|window|as of|covering|covers|from \\w+ \\d)`, 'i'), what: 'the SOC 2 period' },
  { pattern: new RegExp(`${SOC2}[^.]*\\b(?:unqualified|unmodified|qualified opinion|no exceptions|clean opinion|opinion)\\b`, 'i'), what: 'the SOC 2 opinion' },
];

const OTHERS = /\b(?:their|vendors?|vendor's|suppliers?|providers?|subservice|third[- ]part(?:y|ies)|AWS|Amazon|Microsoft|Google|partners?)\b/i;

interface Text {
  text: string;
  line: number;
  column: number;
}

function answerTexts(entry: LibraryEntry): Text[] {
  const texts: Text[] = [];
  if (entry.answer.sentence !== undefined && entry.spans.sentence !== undefined) {
    texts.push({ text: entry.answer.sentence, ...entry.spans.sentence });
  }
  if (entry.paragraph !== '') {
    texts.push({ text: entry.paragraph, line: entry.spans.bodyLine, column: 1 });
  }
  return texts;
}

function at(text: Text, line: number, column: number): SourceSpan {
  return line === 1 ? { line: text.line, column: text.column + column - 1 } : { line: text.line + line - 1, column };
}

export function checkLibrary(entries: readonly LibraryEntry[], options: CheckLibraryOptions): LibraryFinding[] {
  const findings: LibraryFinding[] = [];
  const add = (entry: LibraryEntry, span: SourceSpan, rule: LibraryRule, severity: LibraryFinding['severity'], message: string): void => {
    findings.push({ file: entry.file, line: span.line, column: span.column, rule, severity, message, entry: entry.id });
  };
  const firmName = options.profile?.soc2?.engagements?.map((e) => e.cpaFirm).filter((f): f is string => typeof f === 'string' && f.trim() !== '') ?? [];

  for (const entry of entries) {
    // Freshness and ownership.
    if (entry.reviewed === undefined) {
      add(entry, entry.spans.id, 'not-reviewed', 'warning', `"${entry.id}" has no review date: add "reviewed: YYYY-MM-DD" once someone has checked it`);
    } else {
      const due = reviewDue(entry.reviewed, entry.reviewEvery);
      if (due < options.today) {
        add(entry, entry.spans.reviewed ?? entry.spans.id, 'stale', 'warning', `stale: reviewed ${entry.reviewed}, due again ${due} (every ${entry.reviewEvery ?? '12 months'}); it is still used, marked for review`);
      }
    }
    if (entry.owner === undefined) {
      add(entry, entry.spans.id, 'no-owner', 'warning', `"${entry.id}" has no owner: add "owner:" with the person or team who answers for it`);
    }
    const scaffold = scaffoldText(entry);
    if (scaffold !== undefined) {
      const where = scaffoldIn(entry.answer.sentence ?? '') !== undefined ? (entry.spans.sentence ?? entry.spans.id) : { line: entry.spans.bodyLine, column: 1 };
      add(entry, where, 'scaffold', 'error', `the answer still has the scaffold's text ("${scaffold}"): write it; until then the entry is never written into a questionnaire`);
    }
    // What the answers say.
    for (const text of answerTexts(entry)) {
      for (const finding of check(text.text, { today: options.today, profile: options.profile })) {
        const rule: LibraryRule = PROFILE_RULE_IDS.has(finding.rule) ? 'contradicts-profile' : 'claim';
        add(entry, at(text, finding.line, finding.column), rule, finding.severity === 'info' ? 'info' : 'error', `${finding.rule}: ${finding.message}`);
      }
      // Only sentences about our own report: "we read each vendor's SOC 2 opinion" restates nothing.
      const own = text.text.split(/(?<=[.!?])\s+/).filter((sentence) => !OTHERS.test(sentence));
      const restated = RESTATES.find((r) => own.some((sentence) => r.pattern.test(sentence)));
      const firm = firmName.find((f) => text.text.toLowerCase().includes(f.toLowerCase()));
      if (restated !== undefined || firm !== undefined) {
        add(entry, { line: text.line, column: text.column }, 'restates-profile', 'warning', `states ${restated?.what ?? `the SOC 2 auditor (${firm ?? ''})`}, which the profile decides: Attest answers SOC 2 questions from the profile, so remove it here (the library copy would drift)`);
      }
    }
    // Evidence links.
    if (options.exists !== undefined) {
      entry.evidence.forEach((link, i) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#')) {
          return;
        }
        const resolved = resolveEvidence(entry.file, link);
        if (!(options.exists as (p: string) => boolean)(resolved)) {
          add(entry, entry.spans.evidence[i] ?? entry.spans.id, 'broken-evidence', 'error', `evidence link "${link}" points to ${resolved}, which does not exist`);
        }
      });
    }
  }

  // Between entries: the same question twice, near-duplicates that disagree.
  const byKey = new Map<string, { entry: LibraryEntry; span: SourceSpan }>();
  const reported = new Set<string>();
  for (const entry of entries) {
    const texts = [{ text: entry.question, span: entry.spans.question }, ...entry.variants.map((text, i) => ({ text, span: entry.spans.variants[i] ?? entry.spans.question }))];
    for (const { text, span } of texts) {
      const key = `${exactKey(text)}|${/\b(?:not|never|no|ever|without)\b/.test(normalizeText(text)) ? 'neg' : ''}`;
      const other = byKey.get(key);
      if (other !== undefined && other.entry.id !== entry.id) {
        const pair = `${other.entry.id}\u0000${entry.id}`;
        if (!reported.has(pair)) {
          reported.add(pair);
          const disagree = other.entry.answer.yesno !== undefined && entry.answer.yesno !== undefined && other.entry.answer.yesno !== entry.answer.yesno;
          add(entry, span, 'duplicate-question', 'error', `"${text}" is also answered by "${other.entry.id}" (${other.entry.file}:${other.span.line})${disagree ? `, and their Yes/No disagree (${other.entry.answer.yesno ?? ''} there, ${entry.answer.yesno ?? ''} here)` : ''}: merge them, or make one a variant of the other`);
        }
      } else if (other === undefined) {
        byKey.set(key, { entry, span });
      }
    }
  }
  const index = options.index ?? buildLibraryIndex(entries);
  for (const entry of entries) {
    const own = entry.answer.yesno;
    if (own !== 'yes' && own !== 'no') {
      continue;
    }
    for (const candidate of matchLibrary(index, entry.question, { polar: false, exclude: entry.id }).candidates) {
      const other = candidate.entry;
      const theirs = other.answer.yesno;
      if (other.id === entry.id || candidate.score < STRONG || (theirs !== 'yes' && theirs !== 'no') || theirs === own) {
        continue;
      }
      const pair = [entry.id, other.id].sort().join('\u0000');
      if (reported.has(pair) || reported.has(`${other.id}\u0000${entry.id}`) || reported.has(`${entry.id}\u0000${other.id}`)) {
        continue;
      }
      reported.add(pair);
      add(entry, entry.spans.yesno ?? entry.spans.question, 'conflicting-yesno', 'error', `answers ${own} where the near-duplicate "${other.id}" (${other.file}:${other.spans.yesno?.line ?? other.spans.question.line}, similarity ${candidate.score.toFixed(2)}) answers ${theirs}: one of them is wrong, or they ask different things (say so in the questions)`);
    }
  }
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

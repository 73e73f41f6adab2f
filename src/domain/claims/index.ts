/**
 * The claim checker: reads a questionnaire document (any text) and reports wording that would
 * mislead a customer about SOC 2, with exact positions and, where a rewrite is safe, a fix.
 *
 * Questions are the customer's words: by default nothing in a question is flagged ("Are you SOC 2
 * certified?" is how customers ask). With `questionFindings: true` the wording rules also report
 * questions, at 'info' and without fixes, as a hint not to echo the wording in the answer.
 */
import { soc2State, type Soc2State } from '../assurance';
import type { Profile } from '../profile/schema';
import { namesPattern, type Emitted, type RuleContext, type SentenceRule } from './patterns';
import { PROFILE_FACT_RULES } from './profileFacts';
import { PROFILE_RULES, stalePeriod } from './profileRules';
import { REPORT_RULES, SENDING_RULES } from './reportRules';
import { contextSentences, splitLines, splitSentences, type Line, type Sentence } from './text';
import type { Finding } from './types';
import { QUESTION_RULES, WORDING_RULES } from './wording';

export { RULES } from './types';
export type { Finding, Fix, RuleId, RuleInfo, Severity } from './types';

export interface CheckOptions {
  /** With a profile, the rules that compare the text with the facts also run. */
  profile?: Profile;
  /** ISO date that "today" means for freshness. */
  today: string;
  /** Also report wording in questions (at 'info', no fix). Default false. */
  questionFindings?: boolean;
  /**
   * Also the checks for a document about to be sent: unfilled placeholders such as "[period end
   * date]". Check Document and `attest check` turn them on, so nothing with a gap is sent; off by
   * default, because the composer leaves placeholders on purpose (and says so in its warnings).
   */
  beforeSending?: boolean;
}

const REPORT_MENTION = /\bSOC[\s\u00a0]*[-‐‑–]?[\s\u00a0]*(?:1|2|3|I{1,3})(?![\w])|\bISAE\b|\bSSAE\b|\bSAS[\s\u00a0]*70\b|\bType[\s\u00a0-]*(?:1|2|I|II)(?![\w])/i;

// A line with none of these cannot trigger any sentence rule, so it is not split at all.
const TRIGGER =
  /soc|ssae|sas|isae|aicpa|type|bridge|gap letter|\b(?:CC|PI|[ACP])\d|exception|deviation|finding|unqualified|unmodified|clean|availab|confidential|integrity|privacy|month|effective|period|certif|complian|organi[sz]ation control|accredit|report|audit|exam|attest|scope|categor|cpa|firm|opinion|nda|expect|valid|expir|public|download|\[/i;

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

function selfNames(profile: Profile | undefined): string[] {
  if (profile === undefined) {
    return [];
  }
  const names = [profile.organization.name, profile.organization.product];
  for (const engagement of profile.soc2.engagements) {
    names.push(engagement.system?.name);
  }
  return names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

const LEGAL_SUFFIX = /[\s,]+(?:LLP|LLC|PLLC|P\.?C\.?|Inc\.?|Ltd\.?|PLC|GmbH|&\s*Co\.?|and\s+Company|CPAs?)$/i;

/** The profile's CPA firms, as written and without the legal suffix ("Halvorsen & Reyes LLP", "Halvorsen & Reyes"). */
function firmNames(profile: Profile | undefined): string[] {
  const names = (profile?.soc2.engagements ?? []).map((e) => e.cpaFirm).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return [...new Set(names.flatMap((n) => [n.trim(), n.trim().replace(LEGAL_SUFFIX, '')]))].sort((a, b) => b.length - a.length);
}

type ProfilePatterns = Pick<RuleContext, 'selfPattern' | 'byFirmPattern' | 'firmPattern'>;

// Building these patterns costs more than checking a short answer, and the composer checks every
// answer it writes; keyed by the names themselves, so an edited profile never gets stale patterns.
const patternCache = new Map<string, ProfilePatterns>();
const PATTERN_CACHE_SIZE = 32;

function optionalPatterns(profile: Profile | undefined): ProfilePatterns {
  const self = selfNames(profile);
  const firms = firmNames(profile);
  const key = JSON.stringify([self, firms]);
  let cached = patternCache.get(key);
  if (cached === undefined) {
    const selfPattern = namesPattern(self);
    const byFirmPattern = namesPattern(firms, String.raw`\b(?:(?:issued|signed|provided|prepared|written)[\s\u00a0]+by|from)[\s\u00a0]+`, 'gi');
    const firmPattern = namesPattern(firms, '', 'gi');
    cached = {
      ...(selfPattern === undefined ? {} : { selfPattern }),
      ...(byFirmPattern === undefined ? {} : { byFirmPattern }),
      ...(firmPattern === undefined ? {} : { firmPattern }),
    };
    if (patternCache.size >= PATTERN_CACHE_SIZE) {
      patternCache.clear();
    }
    patternCache.set(key, cached);
  }
  return cached;
}

/**
 * The composer checks every answer it writes, and a fill of n questions composes the same few
 * texts over and over (one per intent and length): remembering short texts' findings makes that
 * check a lookup. Keyed by the profile object (profiles are parsed values, never edited in place);
 * only with a profile (the composer always has one), bounded, and only for texts the size of an
 * answer, so an editor's documents are never kept.
 */
const CACHED_TEXT_LENGTH = 2_000;
const CACHED_TEXTS = 512;
const findingsByProfile = new WeakMap<Profile, Map<string, Finding[]>>();

export function check(text: string, options: CheckOptions): Finding[] {
  if (text.length > CACHED_TEXT_LENGTH || options.profile === undefined) {
    return checkText(text, options);
  }
  let cache = findingsByProfile.get(options.profile);
  if (cache === undefined) {
    cache = new Map();
    findingsByProfile.set(options.profile, cache);
  }
  const key = `${options.today}\u0000${options.questionFindings === true ? 'q' : ''}${options.beforeSending === true ? 's' : ''}\u0000${text}`;
  let findings = cache.get(key);
  if (findings === undefined) {
    findings = checkText(text, options);
    if (cache.size >= CACHED_TEXTS) {
      cache.clear();
    }
    cache.set(key, findings);
  }
  // Copies, so a caller that edits a finding cannot change what the next caller gets.
  return findings.map((finding) => ({ ...finding }));
}

function checkText(text: string, options: CheckOptions): Finding[] {
  const state = options.profile === undefined ? undefined : soc2State(options.profile, options.today);
  const findings = checkOnce(text, options, state);
  if (!findings.some((f) => f.fix !== undefined)) {
    return findings;
  }
  // Fix checks re-read single lines; many findings share a line, so each line is read once.
  const rulesOf = new Map<string, Finding['rule'][]>();
  const lineRules = (line: string): Finding['rule'][] => {
    let rules = rulesOf.get(line);
    if (rules === undefined) {
      rules = checkOnce(line, options, state).map((f) => f.rule);
      rulesOf.set(line, rules);
    }
    return [...rules];
  };
  return findings.map((f) => (fixIsSafe(text, f, lineRules) ? f : withoutFix(f)));
}

function withoutFix(finding: Finding): Finding {
  const { fix: _dropped, ...rest } = finding;
  return rest;
}

/** Findings that say the text contradicts the profile: a fix must never leave one in the line it rewrites. */
const CONTRADICTIONS = new Set<Finding['rule']>([
  'type-contradicts-profile',
  'category-out-of-scope',
  'exceptions-contradict-profile',
  'opinion-contradicts-profile',
  'nda-contradicts-profile',
  'carve-out-covered',
  'firm-contradicts-profile',
  'period-contradicts-profile',
]);

/**
 * A fix may only remove its own finding: the fixed line must raise no kind of finding more often
 * than the line did, and nothing the profile contradicts (so "certified by <another firm>" is not
 * rewritten into "has a SOC 2 report by <that firm>"). The line is checked on its own before and
 * after, so context elsewhere cannot tip the balance.
 */
function fixIsSafe(text: string, finding: Finding, lineRules: (line: string) => Finding['rule'][]): boolean {
  if (finding.fix === undefined) {
    return true;
  }
  const lineStart = finding.offset - (finding.column - 1);
  const lineLength = text.slice(lineStart).search(/\r|\n/);
  const line = lineLength === -1 ? text.slice(lineStart) : text.slice(lineStart, lineStart + lineLength);
  const from = finding.column - 1;
  const fixed = line.slice(0, from) + finding.fix.replacement + line.slice(from + finding.length);
  const before = lineRules(line);
  const own = before.indexOf(finding.rule);
  if (own !== -1) {
    before.splice(own, 1);
  }
  for (const rule of lineRules(fixed)) {
    const at = before.indexOf(rule);
    if (at === -1 || CONTRADICTIONS.has(rule)) {
      return false;
    }
    before.splice(at, 1);
  }
  return true;
}

function checkOnce(text: string, options: CheckOptions, state: Soc2State | undefined): Finding[] {
  const { profile, today } = options;
  const lines = splitLines(text);
  const emitted: Emitted[] = [];
  const ctx: RuleContext = {
    ...(profile === undefined || state === undefined ? {} : { profile, state }),
    today,
    ...optionalPatterns(profile),
    emit: (finding) => {
      emitted.push(finding);
    },
  };
  const questionCtx: RuleContext = {
    ...ctx,
    emit: (finding) => {
      emitted.push({
        rule: finding.rule,
        severity: 'info',
        message: `In the question: ${finding.message} Answer without repeating this wording.`,
        start: finding.start,
        end: finding.end,
      });
    },
  };
  const base: readonly SentenceRule[] = options.beforeSending === true ? [...WORDING_RULES, ...REPORT_RULES, ...SENDING_RULES] : [...WORDING_RULES, ...REPORT_RULES];
  const sentenceRules: readonly SentenceRule[] = profile === undefined ? base : [...base, ...PROFILE_RULES, ...PROFILE_FACT_RULES];
  const sentenceCache = new Map<number, Sentence[]>();
  const sentencesOf = (line: Line): Sentence[] => {
    let cached = sentenceCache.get(line.index);
    if (cached === undefined) {
      cached = splitSentences(line);
      sentenceCache.set(line.index, cached);
    }
    return cached;
  };

  for (const line of lines) {
    if (!TRIGGER.test(line.text)) {
      continue;
    }
    for (const sentence of sentencesOf(line)) {
      if (sentence.isQuestion) {
        if (options.questionFindings === true) {
          for (const rule of QUESTION_RULES) {
            rule(sentence, questionCtx);
          }
        }
        continue;
      }
      for (const rule of sentenceRules) {
        rule(sentence, ctx);
      }
    }
    // The same rules on answers read with what they answer; only findings inside the answer count.
    for (const { sentence, from, affirms } of contextSentences(line, sentencesOf(line), (t) => REPORT_MENTION.test(t))) {
      const contextCtx: RuleContext = {
        ...ctx,
        emit: (finding) => {
          if (affirms !== undefined) {
            // A bare "Yes" makes the label's claim; the label itself is not rewritten, so no fix.
            emitted.push({ rule: finding.rule, message: finding.message, severity: finding.severity, start: affirms.start, end: affirms.end });
          } else if (finding.start >= from) {
            emitted.push(finding);
          } else if (finding.end > from) {
            // Cut to the answer; a fix written for the whole span no longer fits it.
            emitted.push({ rule: finding.rule, message: finding.message, severity: finding.severity, start: from, end: finding.end });
          }
        },
      };
      for (const rule of sentenceRules) {
        rule(sentence, contextCtx);
      }
    }
  }
  if (profile !== undefined) {
    stalePeriod(lines, ctx, (line, column) => {
      const at = line.start + column;
      return sentencesOf(line).find((s) => at >= s.start && at < s.start + s.text.length);
    });
  }

  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const f of emitted.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))) {
    const key = `${f.rule}:${f.start}:${f.end}`;
    if (seen.has(key) || f.end <= f.start) {
      continue;
    }
    seen.add(key);
    const lineIndex = lineIndexAt(lines, f.start);
    const lineStart = lines[lineIndex]?.start ?? 0;
    findings.push({
      rule: f.rule,
      message: f.message,
      severity: f.severity,
      line: lineIndex + 1,
      column: f.start - lineStart + 1,
      endColumn: f.end - lineStart + 1,
      offset: f.start,
      length: f.end - f.start,
      ...(f.fix === undefined ? {} : { fix: f.fix }),
    });
  }
  return findings;
}

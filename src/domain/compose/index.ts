/**
 * The answer composer: one profile, one intent, one length, one "today" in; the answer text, the
 * writer's warnings and the placeholders left for missing facts out. Deterministic, no I/O.
 */
import { check } from '../claims';
import type { IntentId } from '../intents';
import type { Profile } from '../profile/schema';
import { AnswerContext, type ComposeOptions, type ComposedAnswer } from './context';
import { OTHER_COMPOSERS } from './other';
import { SOC2_COMPOSERS, freshnessWarnings } from './soc2';

export { PLACEHOLDERS } from './context';
export type { ComposeOptions, ComposedAnswer } from './context';

export const NOT_RECOGNIZED_WARNING = 'Not a question Attest answers: no SOC 2 answer is offered for it.';

export const CERTIFICATION_NOTE = 'Note that a SOC 2 is an attestation report issued by an independent CPA firm rather than a certification.';
export const CERTIFICATION_FRAMING_WARNING =
  'The question calls SOC 2 a certification or compliance; the answer says what the report is. In a Yes/No cell, consider a comment that a SOC 2 is a CPA attestation report.';

/** "SOC 2 certified", "SOC2 certification", "compliant with SOC 2": the framing the claim rules reject. */
function asksForSoc2Certification(question: string | undefined): boolean {
  if (question === undefined) {
    return false;
  }
  const soc2 = String.raw`\bSOC[\s-]*(?:2|II)\b(?:[\s-]*Type[\s-]*(?:1|2|I{1,2}))?`;
  const framing = String.raw`certifi\w*|compliant|compliance`;
  return new RegExp(`${soc2}[\\s-]*(?:${framing})\\b|\\b(?:${framing})\\b[^.?!]{0,30}${soc2}`, 'i').test(question);
}

/**
 * An expected date that has passed is not stated as still expected: "is expected by 2026-01-31"
 * becomes "was expected by 2026-01-31", and the writer is told the profile needs updating.
 */
function pastExpectations(ctx: AnswerContext, text: string): string {
  const today = ctx.options.today;
  if (!ctx.state.todayValid) {
    return text;
  }
  const passed = (date: string): boolean => date < today;
  const dated: string[] = [];
  const rewrite = (pattern: RegExp, past: (date: string) => string): void => {
    text = text.replace(pattern, (whole: string, date: string) => {
      if (!passed(date)) {
        return whole;
      }
      dated.push(date);
      return past(date);
    });
  };
  rewrite(/\b(?:is|are) expected by (\d{4}-\d{2}-\d{2})/g, (d) => `was expected by ${d}`);
  rewrite(/\bexpects the report by (\d{4}-\d{2}-\d{2})/g, (d) => `expected the report by ${d}`);
  rewrite(/\bwith the report expected by (\d{4}-\d{2}-\d{2})/g, (d) => `with the report originally expected by ${d}`);
  rewrite(/\bis expected to produce its report by (\d{4}-\d{2}-\d{2})/g, (d) => `was expected to produce its report by ${d}`);
  for (const date of new Set(dated)) {
    ctx.warn(`The profile's expected report date ${date} has passed (today is ${today}): record the issued report, or the new expected date, before sending.`);
  }
  return text;
}

export function compose(profile: Profile, intent: IntentId, options: ComposeOptions): ComposedAnswer {
  if (intent === 'none') {
    return { text: '', warnings: [NOT_RECOGNIZED_WARNING], missing: [] };
  }
  const ctx = new AnswerContext(profile, options);
  let raw: string;
  if (intent.startsWith('soc2.')) {
    raw = SOC2_COMPOSERS[intent as keyof typeof SOC2_COMPOSERS](ctx);
    freshnessWarnings(ctx);
  } else {
    raw = OTHER_COMPOSERS[intent as keyof typeof OTHER_COMPOSERS](ctx);
  }
  let text = pastExpectations(ctx, raw.replace(/\s+/g, ' ').trim());
  if (intent.startsWith('soc2.') && asksForSoc2Certification(options.question)) {
    // A bare "Yes." to "Are you SOC 2 certified?" would endorse the word; say what the report is.
    ctx.warn(CERTIFICATION_FRAMING_WARNING);
    if (options.length !== 'yesno' && text.length > 0) {
      text = `${text} ${CERTIFICATION_NOTE}`;
    }
  }
  const missing = ctx.missingIn(text);
  if (missing.length > 0) {
    ctx.warn(`The profile lacks ${missing.length === 1 ? 'a fact' : 'facts'} this answer needs: ${missing.join(', ')}. Fill ${missing.length === 1 ? 'it' : 'them'} in (or add ${missing.length === 1 ? 'it' : 'them'} to the profile) before sending.`);
  }
  // The composer and the checker must agree; a finding here comes from free text in the profile.
  for (const finding of check(text, { profile, today: options.today })) {
    ctx.warn(`The answer contains wording the claim check flags (${finding.rule}: "${text.slice(finding.offset, finding.offset + finding.length)}"): ${finding.message} Reword it in the profile.`);
  }
  return { text, warnings: ctx.warnings, missing };
}

/**
 * The wizard's live preview: the answer to "Do you have SOC 2?" (`soc2.status`) in the three
 * lengths questionnaires ask for, composed by the engine from the profile the form describes.
 * While a field is invalid its fact is left out, so the composer writes a visible placeholder
 * instead of repeating a wrong value; the field shows its own error.
 */
import { soc2State } from '../assurance';
import { compose } from '../compose';
import { ANSWER_LENGTHS, type AnswerLength, type AnswerableIntent, type IntentId } from '../intents';
import { ProfileSchema, type Profile, type ProfileInput } from '../profile/schema';
import type { WizardForm, WizardPreview } from '../../shared/wizardProtocol';
import { checkForm, type FormCheck } from './check';
import { cloneJson } from './mapping';

type PathSegment = string | number;
const REMOVED = Symbol('removed');

/** Drops every value a schema issue points at (list items are removed, not left as holes). */
export function withoutInvalid(profile: ProfileInput, paths: readonly (readonly PathSegment[])[]): ProfileInput {
  const copy = cloneJson(profile) as unknown as Record<string, unknown>;
  for (const path of paths) {
    if (path.length === 0) {
      continue;
    }
    let node: unknown = copy;
    for (const segment of path.slice(0, -1)) {
      node = typeof node === 'object' && node !== null ? (node as Record<PathSegment, unknown>)[segment] : undefined;
    }
    const last = path[path.length - 1] as PathSegment;
    if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, last)) {
      (node as Record<PathSegment, unknown>)[last] = REMOVED;
    }
  }
  const sweep = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.filter((item) => item !== REMOVED).map(sweep);
    }
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (item !== REMOVED) {
          out[key] = sweep(item);
        }
      }
      return out;
    }
    return value;
  };
  return sweep(copy) as ProfileInput;
}

/** The profile the preview is composed from: the valid one, else the applied one without its invalid facts. */
export function previewProfile(check: FormCheck): Profile {
  if (check.valid !== undefined) {
    return check.valid;
  }
  const first = ProfileSchema.safeParse(check.applied.profile);
  if (first.success) {
    return first.data;
  }
  const cleaned = withoutInvalid(
    check.applied.profile,
    first.error.issues.map((issue) => issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number')),
  );
  const second = ProfileSchema.safeParse(cleaned);
  // The composer reads defensively; a profile that still fails (a cross-field rule) is composed as it stands.
  return second.success ? second.data : (cleaned as unknown as Profile);
}

/** Intents whose answers come from the facts the wizard asks for; anything else gets the "Do you have SOC 2?" answer. */
export function wizardIntent(intent: IntentId | undefined): AnswerableIntent {
  return intent !== undefined && (intent.startsWith('soc2.') || intent.startsWith('controls.')) ? (intent as AnswerableIntent) : 'soc2.status';
}

export interface PreviewTarget {
  /** What the question asks; `soc2.status` ("Do you have SOC 2?") unless the wizard was opened on another SOC 2 or controls question. */
  intent?: AnswerableIntent;
  /** The question's text (it decides the polarity of a Yes/No cell). */
  question?: string;
}

/** Composes the preview for the form: three answers, the writer's warnings, and the field messages. */
export function wizardPreview(base: Profile | undefined, form: WizardForm, today: string, seq: number, target: PreviewTarget = {}): WizardPreview {
  const intent = target.intent ?? 'soc2.status';
  const check = checkForm(base, form, today);
  const general = [...check.general];
  if (form.status === '') {
    return { seq, answers: { yesno: '', sentence: '', paragraph: '' }, warnings: [], missing: [], fields: check.fields, general, canSave: false };
  }
  const profile = previewProfile(check);
  const answers = {} as Record<AnswerLength, string>;
  const warnings: string[] = [];
  const missing: string[] = [];
  for (const length of ANSWER_LENGTHS) {
    const composed = compose(profile, intent, { length, today, ...(target.question === undefined ? {} : { question: target.question }) });
    answers[length] = composed.text;
    for (const warning of composed.warnings) {
      if (!warnings.includes(warning)) {
        warnings.push(warning);
      }
    }
    for (const placeholder of composed.missing) {
      if (!missing.includes(placeholder)) {
        missing.push(placeholder);
      }
    }
  }
  // The wizard edits one engagement; say so when another one is what the answer describes.
  const state = soc2State(profile, today);
  const edited = check.applied.engagementIndex === undefined ? undefined : profile.soc2.engagements[check.applied.engagementIndex];
  const answerStatus = state.status;
  if (form.status !== answerStatus) {
    const others = profile.soc2.engagements.filter((e) => e !== edited).length;
    if (others > 0) {
      general.push(
        `The profile records ${others} other SOC 2 engagement${others === 1 ? '' : 's'}, so the answer describes ${answerStatus === 'none' ? 'no report' : answerStatus === 'in_progress' ? 'an examination under way' : `a ${answerStatus === 'type1' ? 'Type 1' : 'Type 2'} report`}. Edit or remove ${others === 1 ? 'it' : 'them'} in the profile file if that is not right.`,
      );
    }
  }
  return {
    seq,
    answers: { yesno: answers.yesno, sentence: answers.sentence, paragraph: answers.paragraph },
    warnings,
    missing,
    fields: check.fields,
    general,
    canSave: check.canSave,
  };
}

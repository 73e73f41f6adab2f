/**
 * The wizard's form ↔ the assurance profile. Pure: a profile (or none) and the form in, a plain
 * profile object out. The wizard edits exactly one SOC 2 engagement, the latest one (the latest
 * completed report, else the examination under way or planned), plus a few fields around it:
 * the organization's name, how the report is shared, the bridge letter, and four continuous
 * controls. Everything else in the profile passes through untouched.
 */
import { soc2State } from '../assurance';
import { CATEGORY_IDS, type CategoryId, type EngagementSchema, type Profile, type ProfileInput } from '../profile/schema';
import {
  WIZARD_OPTIONAL_CATEGORIES,
  emptyWizardForm,
  type TriState,
  type WizardForm,
} from '../../shared/wizardProtocol';
import type { z } from 'zod';

export type EngagementInput = z.input<typeof EngagementSchema>;

/** Keys of an engagement in the order a new one is written. */
const ENGAGEMENT_KEY_ORDER = [
  'status',
  'type',
  'asOf',
  'periodStart',
  'periodEnd',
  'reportDate',
  'expectedReportDate',
  'cpaFirm',
  'opinion',
  'exceptions',
  'categories',
  'system',
  'subserviceOrganizations',
  'cuecs',
] as const satisfies readonly (keyof EngagementInput)[];

/** Index of the engagement the wizard edits: the latest completed report, else the one under way or planned. */
export function editedEngagementIndex(profile: Profile | undefined, today: string): number | undefined {
  if (profile === undefined) {
    return undefined;
  }
  const state = soc2State(profile, today);
  const target = state.current ?? state.inProgress;
  if (target === undefined) {
    return undefined;
  }
  const index = profile.soc2.engagements.indexOf(target);
  return index >= 0 ? index : undefined;
}

function fromTri(value: boolean | undefined): TriState {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

function toTri(value: TriState): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

/** Trimmed text, or undefined when empty (an empty field removes the fact). */
function textOrUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The form as the profile has it; a blank form when there is no profile. */
export function formFromProfile(profile: Profile | undefined, today: string): WizardForm {
  const form = emptyWizardForm();
  if (profile === undefined) {
    return form;
  }
  form.organizationName = profile.organization.name;
  const index = editedEngagementIndex(profile, today);
  const engagement = index === undefined ? undefined : profile.soc2.engagements[index];
  if (engagement === undefined) {
    // A profile with no engagement says there is no SOC 2 report.
    form.status = 'none';
  } else {
    form.status = engagement.status === 'completed' ? engagement.type : 'in_progress';
    form.examinationType = engagement.type;
    form.planned = engagement.status === 'planned';
    form.periodStart = engagement.periodStart ?? '';
    form.periodEnd = engagement.periodEnd ?? '';
    form.asOf = engagement.asOf ?? '';
    form.expectedReportDate = engagement.expectedReportDate ?? '';
    form.cpaFirm = engagement.cpaFirm ?? '';
    form.opinion = engagement.opinion ?? '';
    form.exceptionsKnown = engagement.exceptions === undefined ? 'unknown' : engagement.exceptions.length === 0 ? 'none' : 'some';
    form.exceptions = (engagement.exceptions ?? []).map((exception) => ({
      criterion: exception.criterion ?? '',
      description: exception.description,
      remediation: exception.remediation ?? '',
    }));
    for (const category of WIZARD_OPTIONAL_CATEGORIES) {
      form.categories[category] = engagement.categories.includes(category);
    }
    form.systemName = engagement.system?.name ?? '';
    form.systemBoundary = engagement.system?.boundary ?? '';
    form.subservice = (engagement.subserviceOrganizations ?? []).map((sub) => ({
      name: sub.name,
      services: sub.services ?? '',
      method: sub.method,
      monitoring: sub.monitoring ?? '',
    }));
    form.cuecs = (engagement.cuecs ?? []).join('\n');
  }
  const controls = profile.controls;
  form.automatedUpdates = fromTri(controls?.patching?.automatedUpdates);
  form.centrallyManaged = fromTri(controls?.endpointManagement?.centrallyManaged);
  form.scanCadence = controls?.vulnerabilityScanning?.cadence ?? '';
  form.incidentPlan = fromTri(controls?.incidentResponse?.planExists);
  form.incidentLastTested = controls?.incidentResponse?.lastTested ?? '';
  const sharing = profile.soc2.sharing;
  form.nda = fromTri(sharing?.nda);
  form.trustPortalUrl = sharing?.trustPortalUrl ?? '';
  form.contact = sharing?.contact ?? '';
  form.bridgeCoversUntil = profile.soc2.bridgeLetter?.coversUntil ?? '';
  return form;
}

/** Deep copy of JSON data (profiles are plain JSON). */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Sets or (for undefined) removes a key, keeping the object free of `undefined` values. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) {
    delete target[key];
  } else {
    target[key] = value;
  }
}

/** One control per line; blank lines and list bullets dropped. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]\s+)?/, '').trim())
    .filter((line) => line !== '');
}

function isCompleted(form: WizardForm): form is WizardForm & { status: 'type1' | 'type2' } {
  return form.status === 'type1' || form.status === 'type2';
}

/** The engagement the form describes, built on the one it replaces (keeping what the wizard does not ask). */
export function engagementFromForm(form: WizardForm, previous: EngagementInput | undefined): EngagementInput {
  const completed = isCompleted(form);
  const type = isCompleted(form) ? form.status : form.examinationType;
  const draft: Partial<EngagementInput> = previous === undefined ? {} : cloneJson(previous);
  put(draft, 'status', completed ? 'completed' : form.planned ? 'planned' : 'in_progress');
  put(draft, 'type', type);
  put(draft, 'asOf', type === 'type1' ? textOrUndefined(form.asOf) : undefined);
  put(draft, 'periodStart', type === 'type2' ? textOrUndefined(form.periodStart) : undefined);
  put(draft, 'periodEnd', type === 'type2' ? textOrUndefined(form.periodEnd) : undefined);
  // The issue date is not asked: it stays while the form still describes the same report (same
  // type and period end or as-of date), and goes when the report changes or is not completed.
  const sameReport =
    previous?.status === 'completed' &&
    previous.type === type &&
    (type === 'type1' ? previous.asOf === draft.asOf : previous.periodEnd === draft.periodEnd);
  put(draft, 'reportDate', completed && sameReport ? previous.reportDate : undefined);
  put(draft, 'expectedReportDate', completed ? undefined : textOrUndefined(form.expectedReportDate));
  put(draft, 'cpaFirm', textOrUndefined(form.cpaFirm));
  put(draft, 'opinion', completed && form.opinion !== '' ? form.opinion : undefined);
  put(
    draft,
    'exceptions',
    !completed || form.exceptionsKnown === 'unknown'
      ? undefined
      : form.exceptionsKnown === 'none'
        ? []
        : form.exceptions.map((row) => {
            const criterion = textOrUndefined(row.criterion);
            const remediation = textOrUndefined(row.remediation);
            return {
              ...(criterion === undefined ? {} : { criterion }),
              description: row.description.trim(),
              ...(remediation === undefined ? {} : { remediation }),
            };
          }),
  );
  const categories: CategoryId[] = CATEGORY_IDS.filter((id) => id === 'security' || form.categories[id]);
  put(draft, 'categories', categories);
  const systemName = textOrUndefined(form.systemName);
  const boundary = textOrUndefined(form.systemBoundary);
  put(draft, 'system', systemName === undefined && boundary === undefined ? undefined : { name: systemName ?? '', ...(boundary === undefined ? {} : { boundary }) });
  const previousSubservice = previous?.subserviceOrganizations ?? [];
  put(
    draft,
    'subserviceOrganizations',
    form.subservice.length === 0
      ? undefined
      : form.subservice.map((row) => {
          const name = row.name.trim();
          // The wizard does not ask for a provider's CSOCs: keep the ones recorded under the same name.
          const csocs = previousSubservice.find((sub) => sub.name.trim().toLowerCase() === name.toLowerCase() && name !== '')?.csocs;
          const services = textOrUndefined(row.services);
          const monitoring = textOrUndefined(row.monitoring);
          return {
            name,
            ...(services === undefined ? {} : { services }),
            method: row.method,
            ...(monitoring === undefined ? {} : { monitoring }),
            ...(csocs === undefined ? {} : { csocs }),
          };
        }),
  );
  const cuecs = splitLines(form.cuecs);
  put(draft, 'cuecs', cuecs.length === 0 ? undefined : cuecs);
  // A new engagement gets the usual key order; an existing one keeps its own.
  if (previous !== undefined) {
    return draft as EngagementInput;
  }
  const ordered: Record<string, unknown> = {};
  for (const key of ENGAGEMENT_KEY_ORDER) {
    if (draft[key] !== undefined) {
      ordered[key] = draft[key];
    }
  }
  return ordered as unknown as EngagementInput;
}

export interface AppliedForm {
  /** The whole profile after the form is applied (not yet validated). */
  profile: ProfileInput;
  /** Index of the edited engagement in `profile.soc2.engagements` (undefined when the form removed it or says none). */
  engagementIndex: number | undefined;
  /** Index of the engagement the form replaced or removed in the base profile, when there was one. */
  baseEngagementIndex: number | undefined;
}

/** A profile with only an organization: what a writer with no profile starts from. */
export function minimalProfile(organizationName: string): ProfileInput {
  return { organization: { name: organizationName }, soc2: { engagements: [] } };
}

/**
 * Applies the form to a profile. `status: ''` (not answered yet) leaves the engagements alone;
 * `none` removes the edited engagement; any other status replaces it (or adds one).
 */
export function applyForm(base: Profile | undefined, form: WizardForm, today: string): AppliedForm {
  const profile: ProfileInput = base === undefined ? minimalProfile(form.organizationName.trim()) : cloneJson(base);
  profile.organization = { ...profile.organization, name: form.organizationName.trim() };
  const soc2 = (profile.soc2 ??= { engagements: [] });
  const engagements = (soc2.engagements ??= []);
  const baseIndex = editedEngagementIndex(base, today);
  let engagementIndex: number | undefined;
  if (form.status === 'none') {
    if (baseIndex !== undefined) {
      engagements.splice(baseIndex, 1);
    }
  } else if (form.status !== '') {
    const previous = baseIndex === undefined ? undefined : engagements[baseIndex];
    const next = engagementFromForm(form, previous);
    if (baseIndex === undefined) {
      engagements.push(next);
      engagementIndex = engagements.length - 1;
    } else {
      engagements[baseIndex] = next;
      engagementIndex = baseIndex;
    }
  } else {
    engagementIndex = baseIndex;
  }

  const sharing = { ...(soc2.sharing ?? {}) };
  put(sharing, 'nda', toTri(form.nda));
  put(sharing, 'trustPortalUrl', textOrUndefined(form.trustPortalUrl));
  put(sharing, 'contact', textOrUndefined(form.contact));
  put(soc2, 'sharing', Object.keys(sharing).length === 0 && soc2.sharing === undefined ? undefined : sharing);

  // A bridge letter bridges from a completed report; without one left, it cannot stay.
  const anyCompleted = engagements.some((e) => e.status === 'completed');
  const coversUntil = textOrUndefined(form.bridgeCoversUntil);
  if (!anyCompleted) {
    put(soc2, 'bridgeLetter', undefined);
  } else if (isCompleted(form)) {
    put(soc2, 'bridgeLetter', coversUntil === undefined ? undefined : { ...(soc2.bridgeLetter ?? {}), coversUntil });
  }

  const controls = { ...(profile.controls ?? {}) };
  const setControl = <K extends keyof NonNullable<ProfileInput['controls']>>(key: K, update: (value: NonNullable<NonNullable<ProfileInput['controls']>[K]>) => void): void => {
    const value = { ...(controls[key] ?? {}) } as NonNullable<NonNullable<ProfileInput['controls']>[K]>;
    update(value);
    put(controls, key, Object.keys(value).length === 0 && controls[key] === undefined ? undefined : value);
  };
  setControl('patching', (p) => put(p, 'automatedUpdates', toTri(form.automatedUpdates)));
  setControl('endpointManagement', (p) => put(p, 'centrallyManaged', toTri(form.centrallyManaged)));
  setControl('vulnerabilityScanning', (p) => put(p, 'cadence', form.scanCadence === '' ? undefined : form.scanCadence));
  setControl('incidentResponse', (p) => {
    put(p, 'planExists', toTri(form.incidentPlan));
    put(p, 'lastTested', textOrUndefined(form.incidentLastTested));
  });
  put(profile, 'controls', Object.keys(controls).length === 0 && profile.controls === undefined ? undefined : controls);

  return { profile, engagementIndex, baseEngagementIndex: baseIndex };
}

/**
 * Checks the wizard's form the way the profile will be checked: the form is applied to the
 * profile and the profile's own zod schema runs on the result, so the wizard and the profile
 * file never disagree about what is valid. Each problem is attached to the form field it came
 * from. A few rules only make sense while typing into a form (a completed period cannot end
 * after today) are added here, with the form's wording.
 */
import { formatProfilePath } from '../profile/parse';
import { ProfileSchema, type Profile } from '../profile/schema';
import type { FieldMessage, WizardForm } from '../../shared/wizardProtocol';
import { applyForm, type AppliedForm } from './mapping';

type PathSegment = string | number;

export interface FormCheck {
  applied: AppliedForm;
  /** The applied profile when it validates. */
  valid?: Profile;
  fields: FieldMessage[];
  /** Problems that belong to no field of the form (elsewhere in the profile). */
  general: string[];
  canSave: boolean;
}

const ENGAGEMENT_FIELDS: Record<string, string> = {
  status: 'status',
  type: 'status',
  asOf: 'asOf',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  expectedReportDate: 'expectedReportDate',
  cpaFirm: 'cpaFirm',
  opinion: 'opinion',
  categories: 'categories',
  cuecs: 'cuecs',
};

/** The form field a schema problem belongs to, or undefined when the form does not show it. */
export function fieldForPath(path: readonly PathSegment[], engagementIndex: number | undefined, form: WizardForm): string | undefined {
  const [root, section, index, key, row, leaf] = path;
  if (root === 'organization' && section === 'name') {
    return 'organizationName';
  }
  if (root === 'controls') {
    const [, group, name] = path;
    if (group === 'patching' && name === 'automatedUpdates') {
      return 'automatedUpdates';
    }
    if (group === 'endpointManagement' && name === 'centrallyManaged') {
      return 'centrallyManaged';
    }
    if (group === 'vulnerabilityScanning' && name === 'cadence') {
      return 'scanCadence';
    }
    if (group === 'incidentResponse') {
      return name === 'planExists' ? 'incidentPlan' : name === 'lastTested' ? 'incidentLastTested' : undefined;
    }
    return undefined;
  }
  if (root !== 'soc2') {
    return undefined;
  }
  if (section === 'sharing') {
    return index === 'nda' || index === 'trustPortalUrl' || index === 'contact' ? index : undefined;
  }
  if (section === 'bridgeLetter') {
    return index === undefined || index === 'coversUntil' ? 'bridgeCoversUntil' : undefined;
  }
  if (section !== 'engagements' || index !== engagementIndex || engagementIndex === undefined) {
    return undefined;
  }
  if (typeof key !== 'string') {
    return 'status';
  }
  if (key === 'reportDate') {
    // The issue date is not in the form; the dates it conflicts with are.
    return form.status === 'type1' ? 'asOf' : 'periodEnd';
  }
  if (key === 'exceptions') {
    return typeof row === 'number' && typeof leaf === 'string' ? `exceptions.${row}.${leaf}` : 'exceptionsKnown';
  }
  if (key === 'system') {
    return row === 'boundary' ? 'systemBoundary' : 'systemName';
  }
  if (key === 'subserviceOrganizations') {
    return typeof row === 'number' && typeof leaf === 'string' ? `subservice.${row}.${leaf === 'csocs' ? 'name' : leaf}` : undefined;
  }
  return ENGAGEMENT_FIELDS[key];
}

/** Wording for the form, where the schema's message names JSON properties. */
const FORM_WORDING: Record<string, string> = {
  'Must not be empty.': 'Fill this in, or leave the whole entry out.',
};

function formRules(form: WizardForm, today: string): FieldMessage[] {
  const messages: FieldMessage[] = [];
  const error = (field: string, message: string): void => void messages.push({ field, message, severity: 'error' });
  const note = (field: string, message: string): void => void messages.push({ field, message, severity: 'note' });
  const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const after = (value: string): boolean => isDate(value) && value.trim() > today;

  if (form.status === '') {
    note('status', 'Choose the answer that fits to see the preview.');
    return messages;
  }
  if (form.organizationName.trim() === '') {
    error('organizationName', 'Answers name your organization: enter it as customers know it.');
  }
  const completed = form.status === 'type1' || form.status === 'type2';
  const type = completed ? form.status : form.examinationType;
  if (form.status !== 'none') {
    if (completed && type === 'type2') {
      if (form.periodStart.trim() === '') {
        error('periodStart', 'Enter the first day of the period the report covers.');
      }
      if (form.periodEnd.trim() === '') {
        error('periodEnd', 'Enter the last day of the period; freshness is measured from it.');
      }
      if (after(form.periodStart)) {
        error('periodStart', `A completed report's period cannot start after today (${today}).`);
      }
      if (after(form.periodEnd)) {
        error('periodEnd', `A completed report's period cannot end after today (${today}).`);
      }
    }
    if (completed && type === 'type1') {
      if (form.asOf.trim() === '') {
        error('asOf', 'Enter the date the Type 1 report speaks to.');
      } else if (after(form.asOf)) {
        error('asOf', `A completed Type 1 report cannot speak to a date after today (${today}).`);
      }
    }
    if (!completed && isDate(form.expectedReportDate) && form.expectedReportDate.trim() < today) {
      note('expectedReportDate', 'This date has passed: if the report is late, give the new date.');
    }
    if (completed && form.exceptionsKnown === 'some' && form.exceptions.length === 0) {
      error('exceptionsKnown', 'Add the exceptions the report lists, or choose "None noted".');
    }
    if (completed && isDate(form.bridgeCoversUntil) && form.bridgeCoversUntil.trim() > today) {
      note('bridgeCoversUntil', 'A bridge letter speaks to time that has passed; a date after today is unusual.');
    }
  }
  if (after(form.incidentLastTested)) {
    error('incidentLastTested', `A test cannot have taken place after today (${today}).`);
  }
  if (form.incidentPlan === 'no' && form.incidentLastTested.trim() !== '') {
    error('incidentLastTested', 'Without a plan there is no test date: clear this, or say the plan exists.');
  }
  return messages;
}

/** Applies the form to the profile and checks the result with the profile schema and the form rules. */
export function checkForm(base: Profile | undefined, form: WizardForm, today: string): FormCheck {
  const applied = applyForm(base, form, today);
  const fields = formRules(form, today);
  const general: string[] = [];
  const result = ProfileSchema.safeParse(applied.profile);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
      const field = fieldForPath(path, applied.engagementIndex, form);
      const message = FORM_WORDING[issue.message] ?? issue.message;
      if (field === undefined) {
        general.push(`${formatProfilePath(path) || 'profile'}: ${message}`);
      } else if (!fields.some((m) => m.field === field && m.severity === 'error')) {
        // One message per field: the form's own wording (above) comes first.
        fields.push({ field, message, severity: 'error' });
      }
    }
  }
  const canSave = form.status !== '' && result.success && !fields.some((m) => m.severity === 'error');
  return { applied, ...(result.success ? { valid: result.data } : {}), fields, general, canSave };
}

/**
 * Reading and writing the wizard's form through the toolkit elements' properties (never through
 * innerHTML: every value the writer or the profile supplies is set as text or a property).
 */
import {
  WIZARD_OPTIONAL_CATEGORIES,
  emptyWizardForm,
  type ExceptionRow,
  type SubserviceRow,
  type WizardForm,
} from '../../shared/wizardProtocol';
import type { Checkbox, Dropdown, RadioGroup, TextArea, TextField } from '../ui/components';
import { Tag } from '../ui/components';

type ValueElement = TextField | TextArea | Dropdown | RadioGroup;

export type RowKind = 'exceptions' | 'subservice';

function valueOf(element: Element | null): string {
  return element !== null && 'value' in element && typeof element.value === 'string' ? element.value : '';
}

function setValue(element: Element | null, value: string): void {
  if (element === null) {
    return;
  }
  const target = element as ValueElement;
  if (target.value !== value) {
    target.value = value;
  }
}

function field(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-field="${id}"]`);
}

/** One of the allowed values, else the fallback (a component may report anything while it upgrades). */
function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

const TEXT_KEYS = [
  'organizationName',
  'periodStart',
  'periodEnd',
  'asOf',
  'expectedReportDate',
  'cpaFirm',
  'systemName',
  'systemBoundary',
  'cuecs',
  'incidentLastTested',
  'trustPortalUrl',
  'contact',
  'bridgeCoversUntil',
] as const satisfies readonly (keyof WizardForm)[];

const TRI = ['', 'yes', 'no'] as const;

function rowContainer(kind: RowKind): HTMLElement | null {
  return document.getElementById(kind === 'exceptions' ? 'exception-rows' : 'subservice-rows');
}

function rowElements(kind: RowKind): HTMLElement[] {
  return [...(rowContainer(kind)?.querySelectorAll<HTMLElement>(`[data-row="${kind}"]`) ?? [])];
}

function rowValue(row: HTMLElement, name: string): string {
  return valueOf(row.querySelector(`[data-row-field="${name}"]`));
}

/** The whole form as the page shows it now. */
export function readForm(): WizardForm {
  const form = emptyWizardForm();
  for (const key of TEXT_KEYS) {
    form[key] = valueOf(field(key));
  }
  form.status = oneOf(valueOf(field('status')), ['', 'type2', 'type1', 'in_progress', 'none'] as const, '');
  form.examinationType = oneOf(valueOf(field('examinationType')), ['type2', 'type1'] as const, 'type2');
  form.planned = (field('planned') as Checkbox | null)?.checked === true;
  form.opinion = oneOf(valueOf(field('opinion')), ['', 'unqualified', 'qualified', 'adverse', 'disclaimer'] as const, '');
  form.exceptionsKnown = oneOf(valueOf(field('exceptionsKnown')), ['unknown', 'none', 'some'] as const, 'unknown');
  for (const category of WIZARD_OPTIONAL_CATEGORIES) {
    form.categories[category] = (field(`categories.${category}`) as Checkbox | null)?.checked === true;
  }
  form.automatedUpdates = oneOf(valueOf(field('automatedUpdates')), TRI, '');
  form.centrallyManaged = oneOf(valueOf(field('centrallyManaged')), TRI, '');
  form.incidentPlan = oneOf(valueOf(field('incidentPlan')), TRI, '');
  form.nda = oneOf(valueOf(field('nda')), TRI, '');
  form.scanCadence = oneOf(valueOf(field('scanCadence')), ['', 'continuous', 'daily', 'weekly', 'monthly', 'quarterly'] as const, '');
  form.exceptions = rowElements('exceptions').map(
    (row): ExceptionRow => ({ criterion: rowValue(row, 'criterion'), description: rowValue(row, 'description'), remediation: rowValue(row, 'remediation') }),
  );
  form.subservice = rowElements('subservice').map(
    (row): SubserviceRow => ({
      name: rowValue(row, 'name'),
      services: rowValue(row, 'services'),
      method: oneOf(rowValue(row, 'method'), ['carve-out', 'inclusive'] as const, 'carve-out'),
      monitoring: rowValue(row, 'monitoring'),
    }),
  );
  return form;
}

/** Shows the form's values (rows are rebuilt). */
export function writeForm(form: WizardForm): void {
  for (const key of TEXT_KEYS) {
    setValue(field(key), form[key]);
  }
  setValue(field('status'), form.status);
  setValue(field('examinationType'), form.examinationType);
  const planned = field('planned') as Checkbox | null;
  if (planned) {
    planned.checked = form.planned;
  }
  setValue(field('opinion'), form.opinion);
  setValue(field('exceptionsKnown'), form.exceptionsKnown);
  for (const category of WIZARD_OPTIONAL_CATEGORIES) {
    const box = field(`categories.${category}`) as Checkbox | null;
    if (box) {
      box.checked = form.categories[category];
    }
  }
  setValue(field('automatedUpdates'), form.automatedUpdates);
  setValue(field('centrallyManaged'), form.centrallyManaged);
  setValue(field('incidentPlan'), form.incidentPlan);
  setValue(field('nda'), form.nda);
  setValue(field('scanCadence'), form.scanCadence);
  renderRows('exceptions', form.exceptions);
  renderRows('subservice', form.subservice);
}

const ROW_LABELS: Record<RowKind, string> = { exceptions: 'Exception', subservice: 'Subservice organization' };

/** Rebuilds one list of rows from data; message slots get the row's field ids (`subservice.0.name`). */
export function renderRows(kind: RowKind, rows: readonly (ExceptionRow | SubserviceRow)[]): void {
  const container = rowContainer(kind);
  const template = document.getElementById(kind === 'exceptions' ? 'tpl-exception' : 'tpl-subservice');
  if (container === null || !(template instanceof HTMLTemplateElement)) {
    return;
  }
  container.replaceChildren();
  rows.forEach((row, index) => {
    const fragment = document.importNode(template.content, true);
    const card = fragment.querySelector<HTMLElement>(`[data-row="${kind}"]`);
    if (card === null) {
      return;
    }
    card.dataset.index = String(index);
    const title = card.querySelector('[data-row-title]');
    if (title) {
      title.textContent = `${ROW_LABELS[kind]} ${index + 1}`;
    }
    for (const slot of card.querySelectorAll<HTMLElement>('[data-row-message]')) {
      slot.dataset.messageFor = `${kind}.${index}.${slot.dataset.rowMessage ?? ''}`;
    }
    for (const input of card.querySelectorAll<HTMLElement>('[data-row-field]')) {
      input.dataset.fieldId = `${kind}.${index}.${input.dataset.rowField ?? ''}`;
    }
    const remove = card.querySelector<HTMLElement>('[data-remove]');
    remove?.setAttribute('aria-label', `Remove ${ROW_LABELS[kind].toLowerCase()} ${index + 1}`);
    container.append(fragment);
    // Values after insertion: the elements are upgraded once they are in the document.
    for (const [name, value] of Object.entries(row)) {
      setValue(card.querySelector(`[data-row-field="${name}"]`), String(value));
    }
  });
}

/** The field id an element reports messages under (`periodEnd`, `categories`, `subservice.0.name`). */
export function fieldIdOf(element: Element): string | undefined {
  const host = element.closest<HTMLElement>('[data-field], [data-field-id]');
  if (host === null) {
    return undefined;
  }
  const id = host.dataset.fieldId ?? host.dataset.field ?? '';
  return id.startsWith('categories.') ? 'categories' : id;
}

/** The element that shows a field's value (for aria-invalid and focus). */
export function elementForField(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-field="${id}"], [data-field-id="${id}"]`);
}

/** True when the field holds something the writer typed or chose (its message is then worth showing at once). */
export function hasValue(id: string): boolean {
  const element = elementForField(id);
  if (element === null) {
    return false;
  }
  if (element.tagName === Tag.checkbox) {
    return (element as Checkbox).checked;
  }
  return valueOf(element).trim() !== '';
}

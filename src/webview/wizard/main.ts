/**
 * The SOC 2 follow-up wizard's page. It owns the draft (kept with setState so it survives hiding
 * and window reloads) and nothing else: the host sends the facts after `ready`, composes every
 * preview, and does every insert, copy and save.
 */
import '../ui/components';
import type { z } from 'zod';
import {
  HostToWizard,
  WizardUiState,
  type FieldMessage,
  type WizardAnswerLength,
  type WizardForm,
  type WizardPreview,
  type WizardToHost,
} from '../../shared/wizardProtocol';
import { getState, onHostMessage, post, setState } from '../api';
import type { RadioGroup } from '../ui/components';
import { Tag } from '../ui/components';
import { elementForField, fieldIdOf, hasValue, readForm, renderRows, writeForm, type RowKind } from './formDom';

/**
 * api.ts types its parameters as classic zod schemas; the wizard's protocol is zod/mini (same
 * safeParse contract, a fraction of the bundle). Only `safeParse` is ever called on it.
 */
function checkedBy<T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}

const PREVIEW_DELAY_MS = 150;

/** The draft and choices the page saved before it was hidden or reloaded. */
const restored = getState(checkedBy(WizardUiState));

let seq = 0;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let hostForm: WizardForm | undefined;
let length: WizardAnswerLength = 'paragraph';
let lengthChosen = false;
let initialized = false;
let saveAttempted = false;
let lastPreview: WizardPreview | undefined;
const touched = new Set<string>();

function send(message: WizardToHost): void {
  post(message);
}

const sameForm = (a: WizardForm | undefined, b: WizardForm | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

function persist(form: WizardForm): void {
  setState<WizardUiState>({ form, length, dirty: !sameForm(form, hostForm) });
}

// ---------------------------------------------------------------------------------------------
// What applies: each section says which statuses it belongs to.

function applyVisibility(form: WizardForm): void {
  const tokens = new Set([form.status, `${form.status}:${form.examinationType}`]);
  for (const element of document.querySelectorAll<HTMLElement>('[data-show]')) {
    element.hidden = !(element.dataset.show ?? '').split(/\s+/).some((token) => tokens.has(token));
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-show-exceptions]')) {
    element.hidden = form.exceptionsKnown !== 'some';
  }
}

// ---------------------------------------------------------------------------------------------
// Messages next to fields

function showMessages(fields: readonly FieldMessage[]): void {
  const byField = new Map<string, FieldMessage>();
  for (const message of fields) {
    const current = byField.get(message.field);
    if (current === undefined || (current.severity === 'note' && message.severity === 'error')) {
      byField.set(message.field, message);
    }
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-message-for]')) {
    const id = slot.dataset.messageFor ?? '';
    const message = byField.get(id);
    const visible = message !== undefined && (message.severity === 'note' || saveAttempted || touched.has(id) || hasValue(id));
    slot.textContent = visible ? message.message : '';
    slot.classList.toggle('error', visible && message.severity === 'error');
    slot.classList.toggle('note', visible && message.severity === 'note');
    const element = elementForField(id);
    if (element) {
      if (visible && message.severity === 'error') {
        element.setAttribute('aria-invalid', 'true');
      } else {
        element.removeAttribute('aria-invalid');
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Preview

function setText(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) {
    element.textContent = text;
  }
}

function markChosenLength(): void {
  for (const block of document.querySelectorAll<HTMLElement>('.answer-block')) {
    block.classList.toggle('chosen', block.dataset.length === length);
  }
  const group = document.getElementById('length') as RadioGroup | null;
  if (group && group.value !== length) {
    group.value = length;
  }
}

function renderPreview(preview: WizardPreview): void {
  lastPreview = preview;
  const empty = 'Choose an answer to "Do you have a SOC 2 report?" to see it here.';
  setText('answer-yesno', preview.answers.yesno || empty);
  setText('answer-sentence', preview.answers.sentence || empty);
  setText('answer-paragraph', preview.answers.paragraph || empty);
  for (const id of ['answer-yesno', 'answer-sentence', 'answer-paragraph']) {
    document.getElementById(id)?.classList.toggle('empty', preview.answers.yesno === '');
  }
  const list = document.getElementById('warnings');
  const box = document.getElementById('warnings-box');
  if (list && box) {
    list.replaceChildren(
      ...preview.warnings.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
      ...preview.general.map((text) => Object.assign(document.createElement('li'), { textContent: text, className: 'general' })),
    );
    box.hidden = list.childElementCount === 0;
  }
  showMessages(preview.fields);
}

function requestPreview(now = false): void {
  clearTimeout(previewTimer);
  const run = (): void => send({ type: 'update', seq: ++seq, form: readForm() });
  if (now) {
    run();
  } else {
    previewTimer = setTimeout(run, PREVIEW_DELAY_MS);
  }
}

/** After any change: re-read the form (components update their value asynchronously), then react. */
function formChanged(source?: Element): void {
  setTimeout(() => {
    let form = readForm();
    const id = source === undefined ? undefined : fieldIdOf(source);
    if (id !== undefined) {
      touched.add(id);
    }
    // "Some noted" with no rows yet: offer the first row to fill in.
    if (id === 'exceptionsKnown' && form.exceptionsKnown === 'some' && form.exceptions.length === 0) {
      renderRows('exceptions', [{ criterion: '', description: '', remediation: '' }]);
      form = readForm();
    }
    applyVisibility(form);
    persist(form);
    requestPreview();
  }, 0);
}

// ---------------------------------------------------------------------------------------------
// Status line

let statusTimer: ReturnType<typeof setTimeout> | undefined;
function showStatus(text: string, kind: 'info' | 'error'): void {
  const line = document.getElementById('status-line');
  if (!line) {
    return;
  }
  line.textContent = text;
  line.classList.toggle('error', kind === 'error');
  clearTimeout(statusTimer);
  if (kind === 'info') {
    statusTimer = setTimeout(() => (line.textContent = ''), 8000);
  }
}

// ---------------------------------------------------------------------------------------------
// Actions

function insert(): void {
  send({ type: 'insert', length, form: readForm() });
}

function save(): void {
  saveAttempted = true;
  if (lastPreview) {
    showMessages(lastPreview.fields);
  }
  send({ type: 'save', form: readForm() });
}

function addRow(kind: RowKind): void {
  const form = readForm();
  if (kind === 'exceptions') {
    renderRows(kind, [...form.exceptions, { criterion: '', description: '', remediation: '' }]);
  } else {
    renderRows(kind, [...form.subservice, { name: '', services: '', method: 'carve-out', monitoring: '' }]);
  }
  const container = document.getElementById(kind === 'exceptions' ? 'exception-rows' : 'subservice-rows');
  const last = container?.lastElementChild?.querySelector<HTMLElement>('[data-row-field]');
  last?.focus();
  formChanged();
}

function removeRow(kind: RowKind, index: number): void {
  const form = readForm();
  const rows = kind === 'exceptions' ? form.exceptions : form.subservice;
  rows.splice(index, 1);
  renderRows(kind, rows);
  // Keep the keyboard nearby: the next row's remove button, else the add button.
  const container = document.getElementById(kind === 'exceptions' ? 'exception-rows' : 'subservice-rows');
  const next = container?.children[Math.min(index, rows.length - 1)]?.querySelector<HTMLElement>('[data-remove]');
  (next ?? document.getElementById(kind === 'exceptions' ? 'add-exception' : 'add-subservice'))?.focus();
  formChanged();
}

function wireEvents(): void {
  const form = document.getElementById('wizard-form');
  form?.addEventListener('input', (event) => formChanged(event.target as Element));
  form?.addEventListener('change', (event) => formChanged(event.target as Element));
  form?.addEventListener('focusout', (event) => {
    const id = fieldIdOf(event.target as Element);
    if (id !== undefined && !touched.has(id)) {
      touched.add(id);
      if (lastPreview) {
        showMessages(lastPreview.fields);
      }
    }
  });
  form?.addEventListener('submit', (event) => event.preventDefault());
  form?.addEventListener('click', (event) => {
    const remove = (event.target as Element).closest<HTMLElement>('[data-remove]');
    const card = remove?.closest<HTMLElement>('[data-row]');
    if (remove && card) {
      removeRow(card.dataset.row === 'exceptions' ? 'exceptions' : 'subservice', Number(card.dataset.index ?? 0));
    }
  });
  document.getElementById('add-exception')?.addEventListener('click', () => addRow('exceptions'));
  document.getElementById('add-subservice')?.addEventListener('click', () => addRow('subservice'));
  document.getElementById('length')?.addEventListener('change', () => {
    setTimeout(() => {
      const value = (document.getElementById('length') as RadioGroup | null)?.value;
      if (value === 'yesno' || value === 'sentence' || value === 'paragraph') {
        length = value;
        lengthChosen = true;
        markChosenLength();
        persist(readForm());
      }
    }, 0);
  });
  document.getElementById('insert')?.addEventListener('click', insert);
  document.getElementById('copy')?.addEventListener('click', () => send({ type: 'copy', length, form: readForm() }));
  document.getElementById('save')?.addEventListener('click', save);
  document.getElementById('reset')?.addEventListener('click', () => {
    touched.clear();
    saveAttempted = false;
    send({ type: 'reset' });
  });

  // Keyboard: Ctrl/Cmd+Enter anywhere, or Enter in a one-line field, inserts the chosen answer;
  // Escape returns to the questionnaire unless a component used it (a dropdown closing its list
  // calls preventDefault).
  document.addEventListener('keydown', (event) => {
    const target = event.target as Element | null;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      insert();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey && target?.tagName === Tag.textField) {
      event.preventDefault();
      insert();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      send({ type: 'focusEditor' });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Host messages

function describeTarget(target: { question: string; file: string; topic: string; recognized: boolean } | null): string {
  if (target === null) {
    return 'No questionnaire is open: Copy still works; to insert, open one, put the cursor on the question and run the command again.';
  }
  return target.recognized
    ? `Answer goes to: “${target.question}” in ${target.file} (answered as: ${target.topic}).`
    : `Not a SOC 2 question: the answer to “Do you have SOC 2?” goes below “${target.question}” in ${target.file}.`;
}

function firstFocus(form: WizardForm): void {
  if (form.organizationName.trim() === '') {
    elementForField('organizationName')?.focus();
    return;
  }
  const group = elementForField('status');
  const radio = group?.querySelector<HTMLElement>('vscode-radio[aria-checked="true"]') ?? group?.querySelector<HTMLElement>('vscode-radio');
  radio?.focus();
}

onHostMessage(checkedBy(HostToWizard), (message) => {
  switch (message.type) {
    case 'init': {
      const draft = readForm();
      const keepDraft = !message.replaceDraft && initialized && !sameForm(draft, hostForm);
      const restoredDraft = !initialized && restored?.dirty === true;
      hostForm = message.form;
      if (message.replaceDraft) {
        touched.clear();
        saveAttempted = false;
      }
      if (!keepDraft && !restoredDraft) {
        writeForm(message.form);
      }
      if (!lengthChosen) {
        length = message.defaultLength;
      }
      markChosenLength();
      setText('target', describeTarget(message.target));
      const profile = message.profile;
      setText(
        'profile-note',
        profile.problems > 0
          ? `${profile.path} has ${profile.problems} problem${profile.problems === 1 ? '' : 's'}: the form starts blank, and saving waits until the file is fixed.`
          : profile.exists
            ? `Pre-filled from ${profile.path}. Save to profile changes only the fields asked here.`
            : `No profile yet: Save to profile creates ${profile.path} with these answers.`,
      );
      const form = readForm();
      applyVisibility(form);
      persist(form);
      requestPreview(true);
      if (!initialized) {
        initialized = true;
        firstFocus(form);
      }
      return;
    }
    case 'preview':
      if (message.preview.seq === seq) {
        renderPreview(message.preview);
      }
      return;
    case 'status':
      showStatus(message.text, message.kind);
      return;
  }
});

// A reloaded or re-shown page starts from its own draft; the host's facts follow after `ready`.
if (restored?.form) {
  writeForm(restored.form);
  applyVisibility(restored.form);
}
if (restored) {
  length = restored.length;
  lengthChosen = true;
}
markChosenLength();
wireEvents();
send({ type: 'ready' });

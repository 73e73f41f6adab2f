import * as assert from 'node:assert/strict';
import { CATEGORY_IDS, OPINIONS, SCAN_CADENCES } from '../../../src/domain/profile/schema';
import { ANSWER_LENGTHS } from '../../../src/domain/intents';
import {
  ANSWER_LENGTH_IDS,
  HostToWizard,
  WIZARD_OPINIONS,
  WIZARD_OPTIONAL_CATEGORIES,
  WIZARD_SCAN_CADENCES,
  WizardToHost,
  WizardUiState,
  emptyWizardForm,
  type WizardForm,
} from '../../../src/shared/wizardProtocol';

const form = (): WizardForm => ({ ...emptyWizardForm(), organizationName: 'Acme', status: 'type2', periodStart: '2025-01-01', periodEnd: '2025-12-31' });

const preview = {
  seq: 3,
  answers: { yesno: 'Yes', sentence: 'Yes. Acme has a report.', paragraph: 'Yes. Acme has a report. More.' },
  warnings: ['The report is a Type 1.'],
  missing: ['[CPA firm]'],
  fields: [{ field: 'periodEnd', message: 'Must be after the start.', severity: 'error' }],
  general: [],
  canSave: false,
};

suite('Wizard protocol: valid messages pass', () => {
  const valid: unknown[] = [
    { type: 'ready' },
    { type: 'update', seq: 0, form: form() },
    { type: 'update', seq: 12, form: { ...form(), exceptionsKnown: 'some', exceptions: [{ criterion: 'CC6.2', description: 'Late removal.', remediation: '' }] } },
    { type: 'insert', length: 'paragraph', form: form() },
    { type: 'copy', length: 'yesno', form: form() },
    { type: 'save', form: form() },
    { type: 'reset' },
    { type: 'focusEditor' },
  ];
  for (const message of valid) {
    test(`page → host: ${(message as { type: string }).type}`, () => {
      const result = WizardToHost.safeParse(message);
      assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues));
    });
  }

  test('host → page: init, preview, status', () => {
    for (const message of [
      { type: 'init', form: form(), replaceDraft: false, profile: { exists: true, path: '.attest/profile.json', problems: 0 }, target: { question: '1. Do you have a SOC 2 report?', file: 'q.md', topic: 'SOC 2 report', recognized: true }, defaultLength: 'paragraph', today: '2026-10-15' },
      { type: 'init', form: emptyWizardForm(), replaceDraft: true, profile: { exists: false, path: '.attest/profile.json', problems: 0 }, target: null, defaultLength: 'yesno', today: '2026-10-15' },
      { type: 'preview', preview },
      { type: 'status', text: 'Inserted.', kind: 'info' },
    ]) {
      const result = HostToWizard.safeParse(message);
      assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues));
    }
  });

  test('the UI state round-trips with and without a draft', () => {
    assert.ok(WizardUiState.safeParse({ form: form(), length: 'sentence', dirty: true }).success);
    assert.ok(WizardUiState.safeParse({ length: 'paragraph', dirty: false }).success);
  });

  test('the protocol lists match the profile schema and the intents', () => {
    assert.deepEqual([...WIZARD_OPTIONAL_CATEGORIES], CATEGORY_IDS.filter((id) => id !== 'security'));
    assert.deepEqual([...WIZARD_OPINIONS], [...OPINIONS]);
    assert.deepEqual([...WIZARD_SCAN_CADENCES], [...SCAN_CADENCES]);
    assert.deepEqual([...ANSWER_LENGTH_IDS], [...ANSWER_LENGTHS]);
  });
});

suite('Wizard protocol: hostile messages are rejected', () => {
  const huge = 'x'.repeat(1_000_000);
  const cases: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['no type', {}],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.quit' }],
    // Timing is the test observer's business (src/adapter/testApi/wizardObserver.ts), not the protocol's.
    ['the old paint-timing message', { type: 'rendered', pageMs: 120 }],
    ['a type that is not a string', { type: ['ready'] }],
    ['an extra key on a bare message', { type: 'ready', extra: true }],
    ['an extra key on update', { type: 'update', seq: 1, form: form(), html: '<script>' }],
    ['an extra key inside the form', { type: 'update', seq: 1, form: { ...form(), evil: 'x' } }],
    ['an extra key inside a row', { type: 'save', form: { ...form(), subservice: [{ name: 'a', services: '', method: 'carve-out', monitoring: '', csocs: [] }] } }],
    ['a missing form field', { type: 'save', form: (({ status: _status, ...rest }) => rest)(form()) }],
    ['a wrong field type', { type: 'save', form: { ...form(), planned: 'yes' } }],
    ['a status off the list', { type: 'save', form: { ...form(), status: 'certified' } }],
    ['a method off the list', { type: 'save', form: { ...form(), subservice: [{ name: 'a', services: '', method: 'partial', monitoring: '' }] } }],
    ['a huge string', { type: 'update', seq: 1, form: { ...form(), cpaFirm: huge } }],
    ['a huge CUEC list', { type: 'update', seq: 1, form: { ...form(), cuecs: huge } }],
    ['too many rows', { type: 'save', form: { ...form(), exceptions: Array.from({ length: 51 }, () => ({ criterion: '', description: 'x', remediation: '' })) } }],
    ['a negative seq', { type: 'update', seq: -1, form: form() }],
    ['a fractional seq', { type: 'update', seq: 1.5, form: form() }],
    ['an infinite seq', { type: 'update', seq: Number.POSITIVE_INFINITY, form: form() }],
    ['a NaN seq', { type: 'update', seq: Number.NaN, form: form() }],
    ['a length off the list', { type: 'insert', length: 'essay', form: form() }],
    ['a __proto__ key', JSON.parse('{"type":"ready","__proto__":{"polluted":true}}') as unknown],
    ['a __proto__ key in the form', { type: 'save', form: JSON.parse(`{${JSON.stringify(form()).slice(1, -1)},"__proto__":{"polluted":true}}`) as unknown }],
    ['a constructor key', { type: 'reset', constructor: { prototype: { polluted: true } } }],
  ];
  for (const [name, message] of cases) {
    test(name, () => {
      assert.equal(WizardToHost.safeParse(message).success, false);
    });
  }

  test('parsing hostile input pollutes no prototype', () => {
    for (const [, message] of cases) {
      WizardToHost.safeParse(message);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  test('the page rejects off-protocol host messages too', () => {
    for (const message of [
      { type: 'init' },
      { type: 'preview', preview: { ...preview, fields: [{ field: 'x', message: 'y', severity: 'fatal' }] } },
      { type: 'preview', preview: { ...preview, extra: 1 } },
      { type: 'status', text: huge, kind: 'info' },
      { type: 'status', text: 'hi', kind: 'info', html: '<img src=x onerror=alert(1)>' },
      { type: 'eval', code: 'alert(1)' },
    ]) {
      assert.equal(HostToWizard.safeParse(message).success, false, JSON.stringify(message).slice(0, 80));
    }
  });

  test('a malformed saved state is ignored, not trusted', () => {
    assert.equal(WizardUiState.safeParse({ form: { status: 'type2' }, length: 'paragraph', dirty: true }).success, false);
    assert.equal(WizardUiState.safeParse('state').success, false);
  });
});

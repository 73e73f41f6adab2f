import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseProfile } from '../../../src/domain/profile/parse';
import { CommandId, ViewType } from '../../../src/shared/ids';
import type { WizardForm, WizardPreview } from '../../../src/shared/wizardProtocol';
import type { AttestTestApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, waitFor, webviewTabs, workspaceFile } from './helpers';

const TODAY = '2026-10-15';
const QUESTIONNAIRE = 'wizard-questionnaire.md';
const SCRATCH_PROFILE = '.attest/wizard-profile.json';

/** A writer's answers: a Type 2 report, everything the paragraph needs. */
function typeTwoForm(overrides: Partial<WizardForm> = {}): WizardForm {
  return {
    organizationName: 'Harbour Freight Software Ltd',
    status: 'type2',
    examinationType: 'type2',
    planned: false,
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    asOf: '',
    expectedReportDate: '',
    cpaFirm: 'Example Assurance LLP',
    opinion: 'unqualified',
    exceptionsKnown: 'none',
    exceptions: [],
    categories: { availability: true, confidentiality: false, processing_integrity: false, privacy: false },
    systemName: 'Harbour Freight TMS',
    systemBoundary: 'The hosted application, its APIs and production infrastructure.',
    subservice: [{ name: 'Example Cloud', services: 'Infrastructure hosting', method: 'carve-out', monitoring: 'annual review of its SOC 2 Type 2 report' }],
    cuecs: 'Customers manage their own users.',
    automatedUpdates: 'yes',
    centrallyManaged: 'yes',
    scanCadence: 'weekly',
    incidentPlan: 'yes',
    incidentLastTested: '2026-03-01',
    nda: 'yes',
    trustPortalUrl: 'https://trust.harbour-freight.example',
    contact: '',
    bridgeCoversUntil: '',
    ...overrides,
  };
}

async function openQuestion(needle: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(QUESTIONNAIRE));
  const editor = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  const line = [...Array(document.lineCount).keys()].find((l) => document.lineAt(l).text.includes(needle));
  assert.ok(line !== undefined, `the questionnaire has "${needle}"`);
  editor.selection = new vscode.Selection(line, 0, line, 0);
  return editor;
}

/** Opens the wizard from the question and waits until its page has applied the form. */
async function openWizard(api: AttestTestApi): Promise<NonNullable<ReturnType<AttestTestApi['wizardPanel']>>> {
  await vscode.commands.executeCommand(CommandId.openWizard);
  const hook = await waitFor('the wizard panel', () => api.wizardPanel());
  await waitFor('the page to say ready', () => hook.isReady, 30_000);
  await waitFor('the page to apply the form', () => hook.timings.appliedMs, 30_000);
  return hook;
}

async function previewFor(hook: NonNullable<ReturnType<AttestTestApi['wizardPanel']>>, seq: number): Promise<WizardPreview> {
  return waitFor(`preview ${seq}`, () => hook.previews.find((p) => p.seq === seq));
}

async function fileText(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(...path.split('/'))));
  } catch {
    return undefined;
  }
}

suite('Wizard: SOC 2 follow-ups', () => {
  let original: string;

  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    original = (await fileText(QUESTIONNAIRE)) ?? assert.fail('fixture present');
  });

  setup(closeAllEditors);

  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(workspaceFile(QUESTIONNAIRE), new TextEncoder().encode(original));
  });

  suiteTeardown(async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceFile(...SCRATCH_PROFILE.split('/'))).then(undefined, () => undefined);
    api.setToday(undefined);
    await waitFor('the demo profile again', () => (api.services.profiles.get()?.profile?.organization.name === 'Northwind Ledger, Inc.' ? true : undefined));
  });

  test('open → ready → form applied → a form update comes back as a composed preview', async () => {
    const api = await activateExtension();
    await openQuestion('Do you have a SOC 2 report?');
    const hook = await openWizard(api);
    assert.equal(webviewTabs(ViewType.wizard).length, 1);
    assert.match(hook.origin?.uri ?? '', /wizard-questionnaire\.md$/);
    const { readyMs, appliedMs } = hook.timings;
    assert.ok(readyMs !== undefined && appliedMs !== undefined && appliedMs >= readyMs);
    console.log(`    wizard (cold): page ready ${readyMs} ms, form applied ${appliedMs} ms after the command`);

    await hook.receive({ type: 'update', seq: 1001, form: typeTwoForm() });
    const preview = await previewFor(hook, 1001);
    assert.equal(preview.answers.yesno, 'Yes');
    assert.match(preview.answers.sentence, /SOC 2 Type 2 report for the period 2025-10-01 to 2026-09-30/);
    assert.match(preview.answers.paragraph, /Example Cloud/);
    assert.doesNotMatch(preview.answers.paragraph, /certified|certification|compliant/i);
    assert.ok(preview.canSave);

    await hook.receive({ type: 'update', seq: 1002, form: typeTwoForm({ periodEnd: '2025-01-01' }) });
    const invalid = await previewFor(hook, 1002);
    assert.equal(invalid.canSave, false);
    assert.ok(invalid.fields.some((f) => f.field === 'periodEnd' && f.severity === 'error'));
  });

  test('warm open: five fresh panels, timed from the command to the applied form', async () => {
    const api = await activateExtension();
    await openQuestion('Do you have a SOC 2 report?');
    const samples: number[] = [];
    const html: number[] = [];
    const ready: number[] = [];
    for (let run = 0; run < 5; run++) {
      await closeAllEditors();
      await openQuestion('Do you have a SOC 2 report?');
      const hook = await openWizard(api);
      samples.push(hook.timings.appliedMs ?? Number.NaN);
      html.push(hook.timings.htmlMs ?? Number.NaN);
      ready.push(hook.timings.readyMs ?? Number.NaN);
    }
    // The common warm case: the wizard stays open and the command (or a CodeLens) re-targets it.
    const hook = api.wizardPanel() ?? assert.fail('the wizard is open');
    const retargets: number[] = [];
    for (let run = 0; run < 5; run++) {
      hook.timings.retargetMs = undefined;
      await openQuestion(run % 2 === 0 ? 'Which CPA firm' : 'Do you have a SOC 2 report?');
      await vscode.commands.executeCommand(CommandId.openWizard);
      await waitFor('the re-targeted form', () => (hook.timings.retargetMs !== undefined ? true : undefined), 30_000);
      retargets.push(hook.timings.retargetMs ?? Number.NaN);
    }
    console.log(`    wizard (already open, re-targeted): applied ${retargets.join(', ')} ms after the command`);
    console.log(`    wizard (warm): HTML set ${html.join(', ')} ms; page ready ${ready.join(', ')} ms; form applied ${samples.join(', ')} ms`);
    assert.ok(samples.every((ms) => Number.isFinite(ms)));
  });

  test('Insert lands under the question in the originating editor while the panel has focus; one undo removes it', async () => {
    const api = await activateExtension();
    const editor = await openQuestion('Do you have a SOC 2 report?');
    const hook = await openWizard(api);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview, true, 'the wizard is the active tab');
    await hook.receive({ type: 'insert', length: 'paragraph', form: typeTwoForm() });
    await waitFor('the inserted answer', () => (editor.document.getText().includes('**Answer:**') ? true : undefined));
    const text = editor.document.getText();
    const question = text.indexOf('1. Do you have a SOC 2 report?');
    const answer = text.indexOf('**Answer:** Yes. Harbour Freight Software Ltd has a SOC 2 Type 2 report');
    const next = text.indexOf('2. Describe your password policy.');
    assert.ok(question >= 0 && answer > question && next > answer, `the answer sits between question 1 and question 2:\n${text}`);
    assert.match(hook.lastStatus ?? '', /Inserted below the question/);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview, true, 'focus stayed in the wizard');

    // Inserting again replaces the answer instead of stacking a second one.
    await hook.receive({ type: 'insert', length: 'yesno', form: typeTwoForm() });
    await waitFor('the Yes/No answer', () => (/\*\*Answer:\*\* Yes\s*$/m.test(editor.document.getText()) ? true : undefined));
    assert.equal(editor.document.getText().split('**Answer:**').length, 2);

    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    await waitFor('the original text', () => (editor.document.getText() === original ? true : undefined));
  });

  test('Save creates the profile at the configured path, validating with zero errors', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', SCRATCH_PROFILE, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceFile(...SCRATCH_PROFILE.split('/'))).then(undefined, () => undefined);
    await waitFor('no profile', () => (api.services.profiles.get() === undefined ? true : undefined));
    await openQuestion('Do you have a SOC 2 report?');
    const hook = await openWizard(api);
    await hook.receive({ type: 'save', form: typeTwoForm() });
    const saved = await waitFor('the new profile', () => fileText(SCRATCH_PROFILE));
    const parsed = parseProfile(saved);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.profile?.soc2.engagements[0]?.periodEnd, '2026-09-30');
    assert.equal(parsed.profile?.controls?.vulnerabilityScanning?.cadence, 'weekly');
    assert.match(hook.lastStatus ?? '', /Created/);
    const loaded = await waitFor('the service to load it', () => api.services.profiles.get());
    assert.deepEqual(loaded.errors, []);
  });

  test('Save updates an existing profile: a user comment and an unrelated field survive, one undo restores it', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', SCRATCH_PROFILE, vscode.ConfigurationTarget.Workspace);
    const before = [
      '{',
      '  // Maintained by the security team; ask before editing.',
      '  "organization": { "name": "Harbour Freight Software Ltd", "product": "Harbour Freight TMS" },',
      '  "soc2": { "engagements": [] },',
      '  "otherAssurance": { "soc3": { "available": false } },',
      '  "controls": { "patching": { "criticalWithinDays": 7 } }',
      '}',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(workspaceFile(...SCRATCH_PROFILE.split('/')), new TextEncoder().encode(before));
    await waitFor('the scratch profile', () => (api.services.profiles.get()?.profile?.organization.product === 'Harbour Freight TMS' ? true : undefined));
    await openQuestion('Do you have a SOC 2 report?');
    const hook = await openWizard(api);
    await hook.receive({ type: 'save', form: typeTwoForm() });
    const after = await waitFor('the saved profile', async () => {
      const text = await fileText(SCRATCH_PROFILE);
      return text !== undefined && text !== before ? text : undefined;
    });
    assert.ok(after.includes('// Maintained by the security team; ask before editing.'), 'the comment stays');
    const parsed = parseProfile(after);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.profile?.organization.product, 'Harbour Freight TMS');
    assert.equal(parsed.profile?.otherAssurance?.soc3?.available, false);
    assert.equal(parsed.profile?.controls?.patching?.criticalWithinDays, 7, 'the unrelated control stays');
    assert.equal(parsed.profile?.controls?.patching?.automatedUpdates, true, 'the wizard field was written beside it');
    assert.equal(parsed.profile?.soc2.engagements[0]?.cpaFirm, 'Example Assurance LLP');
    assert.match(hook.lastStatus ?? '', /Saved to/);

    const document = await vscode.workspace.openTextDocument(workspaceFile(...SCRATCH_PROFILE.split('/')));
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('undo');
    await waitFor('the profile text before the save', () => (document.getText() === before ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('hostile messages from the page change nothing', async () => {
    const api = await activateExtension();
    const editor = await openQuestion('Do you have a SOC 2 report?');
    const hook = await openWizard(api);
    await vscode.env.clipboard.writeText('untouched');
    const profileBefore = await fileText('.attest/profile.json');
    const droppedBefore = hook.dropped;
    const hostile: unknown[] = [
      null,
      'insert',
      { type: 'insert', length: 'paragraph' },
      { type: 'insert', length: 'paragraph', form: { ...typeTwoForm(), extra: 1 } },
      { type: 'save', form: { ...typeTwoForm(), cpaFirm: 'x'.repeat(100_000) } },
      { type: 'copy', length: 'essay', form: typeTwoForm() },
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'update', seq: -5, form: typeTwoForm() },
      JSON.parse(`{"type":"save","form":${JSON.stringify(typeTwoForm())},"__proto__":{"polluted":true}}`) as unknown,
    ];
    for (const message of hostile) {
      await hook.receive(message);
    }
    assert.equal(hook.dropped - droppedBefore, hostile.length);
    assert.equal(editor.document.getText(), original);
    assert.equal(await fileText('.attest/profile.json'), profileBefore);
    assert.equal(await vscode.env.clipboard.readText(), 'untouched');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(webviewTabs(ViewType.wizard).length, 1);
  });

  test('opened from a CodeLens-style call with (uri, line) on another SOC 2 question, it answers that question there', async () => {
    const api = await activateExtension();
    await closeAllEditors();
    const document = await vscode.workspace.openTextDocument(workspaceFile(QUESTIONNAIRE));
    const line = [...Array(document.lineCount).keys()].find((l) => document.lineAt(l).text.includes('Which CPA firm'));
    assert.ok(line !== undefined);
    await vscode.commands.executeCommand(CommandId.openWizard, workspaceFile(QUESTIONNAIRE), line);
    const hook = await waitFor('the wizard panel', () => api.wizardPanel());
    assert.equal(hook.origin?.line, line);
    assert.match(hook.origin?.uri ?? '', /wizard-questionnaire\.md$/);
    await waitFor('the page to say ready', () => hook.isReady, 30_000);
    await waitFor('the page to apply the form', () => hook.timings.appliedMs, 30_000);
    await hook.receive({ type: 'update', seq: 3001, form: typeTwoForm() });
    const preview = await previewFor(hook, 3001);
    assert.match(preview.answers.sentence, /was performed by Example Assurance LLP, an independent CPA firm/);
    await hook.receive({ type: 'insert', length: 'sentence', form: typeTwoForm() });
    await waitFor('the answer under question 3', () => {
      const text = document.getText();
      return text.indexOf('**Answer:**') > text.indexOf('3. Which CPA firm') && text.includes('was performed by Example Assurance LLP') ? true : undefined;
    });
    assert.ok(!document.getText().slice(0, document.getText().indexOf('3. Which CPA firm')).includes('**Answer:**'), 'nothing written under questions 1 and 2');
  });
});

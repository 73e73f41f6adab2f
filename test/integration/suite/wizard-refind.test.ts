// The wizard (and every other deferred insert) writes under the question it was opened on, found
// again by its text when Insert runs, not by the line it was on; and Save to profile never writes
// an editor's unsaved changes to disk, and runs one save at a time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseProfile } from '../../../src/domain/profile/parse';
import { CommandId } from '../../../src/shared/ids';
import type { WizardForm } from '../../../src/shared/wizardProtocol';
import type { AttestTestApi } from '../../../src/extension';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

type WizardHook = NonNullable<ReturnType<AttestTestApi['wizardPanel']>>;

const TODAY = '2026-10-15';
const QUESTIONNAIRE = 'wizard-refind.md';
const PROFILE = '.attest/refind-profile.json';

const QUESTIONNAIRE_TEXT = [
  '# Supplier Assurance Questions',
  '',
  'Please answer below each question.',
  '',
  '1. Do you have a SOC 2 report?',
  '',
  '> **Answer:** Written by hand; must survive.',
  '',
  '2. Describe your password policy.',
  '',
  '3. Which CPA firm performed your most recent SOC 2 examination?',
  '',
].join('\n');

const PROFILE_TEXT = [
  '{',
  '  // Maintained by the security team.',
  '  "organization": { "name": "Harbour Freight Software Ltd", "product": "Harbour Freight TMS" },',
  '  "soc2": { "engagements": [] },',
  '  "controls": { "patching": { "criticalWithinDays": 7 } }',
  '}',
  '',
].join('\n');

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
    subservice: [],
    cuecs: '',
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

function lineOf(document: vscode.TextDocument, needle: string): number {
  const line = [...Array(document.lineCount).keys()].find((l) => document.lineAt(l).text.includes(needle));
  assert.ok(line !== undefined, `the document has "${needle}"`);
  return line;
}

async function openQuestionnaire(cursorOn: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(QUESTIONNAIRE));
  const editor = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  const line = lineOf(document, cursorOn);
  editor.selection = new vscode.Selection(line, 0, line, 0);
  return editor;
}

async function openWizard(api: AttestTestApi): Promise<WizardHook> {
  await vscode.commands.executeCommand(CommandId.openWizard);
  const hook = await waitFor('the wizard panel', () => api.wizardPanel());
  await waitFor('the page to say ready', () => hook.isReady, 30_000);
  await waitFor('the page to apply the form', () => hook.timings.appliedMs, 30_000);
  return hook;
}

/** What the writer does while the wizard is open: a paragraph added near the top. */
async function addParagraphAbove(document: vscode.TextDocument, beforeLine: number): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(beforeLine, 0), 'A note the writer added while the wizard was open.\nIt runs over two lines.\n\n');
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function diskText(path: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(...path.split('/'))));
}

/** The text between two needles of `text` (asserting both exist, in order). */
function between(text: string, from: string, to: string | undefined): string {
  const start = text.indexOf(from);
  assert.ok(start >= 0, `"${from}" is in:\n${text}`);
  const end = to === undefined ? text.length : text.indexOf(to, start);
  assert.ok(end >= start, `"${to ?? ''}" follows "${from}" in:\n${text}`);
  return text.slice(start + from.length, end);
}

async function revertIfDirty(document: vscode.TextDocument): Promise<void> {
  if (document.isDirty) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the revert', () => (document.isDirty ? undefined : true));
  }
}

suite('Wizard: edits land where the writer meant', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    // An unsaved edit must stay unsaved for the dirty-profile test (code-server saves after a delay by default).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
  });

  setup(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(workspaceFile(QUESTIONNAIRE), new TextEncoder().encode(QUESTIONNAIRE_TEXT));
  });

  teardown(async () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.path.endsWith(`/${QUESTIONNAIRE}`) || document.uri.path.endsWith(`/${PROFILE}`)) {
        await revertIfDirty(document);
      }
    }
    await closeAllEditors();
  });

  suiteTeardown(async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceFile(QUESTIONNAIRE)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceFile(...PROFILE.split('/'))).then(undefined, () => undefined);
    api.setToday(undefined);
    await waitFor('the demo profile again', () => (api.services.profiles.get()?.profile?.organization.name === 'Northwind Ledger, Inc.' ? true : undefined));
  });

  test('a paragraph added above after the wizard opened: Insert still lands under its question, and no other answer changes', async () => {
    const api = await activateExtension();
    const editor = await openQuestionnaire('3. Which CPA firm');
    const { document } = editor;
    const hook = await openWizard(api);
    const openedOn = lineOf(document, '3. Which CPA firm');
    assert.equal(hook.origin?.line, openedOn);

    await addParagraphAbove(document, lineOf(document, '1. Do you have a SOC 2 report?'));
    // The stored line now holds another question: what the old line-based Insert wrote under.
    assert.doesNotMatch(document.lineAt(openedOn).text, /Which CPA firm/);

    await hook.receive({ type: 'insert', length: 'sentence', form: typeTwoForm() });
    const text = await waitFor('the answer', () => (document.getText().split('**Answer:**').length === 3 ? document.getText() : undefined));
    assert.match(between(text, '3. Which CPA firm performed your most recent SOC 2 examination?', undefined), /\*\*Answer:\*\* .*Example Assurance LLP/);
    assert.equal(between(text, '2. Describe your password policy.', '3. Which CPA firm').trim(), '', 'nothing under question 2');
    assert.equal(between(text, '1. Do you have a SOC 2 report?', '2. Describe').trim(), '> **Answer:** Written by hand; must survive.', 'question 1 keeps its own answer');
    assert.match(hook.lastStatus ?? '', /^Inserted below the question in wizard-refind\.md \(the question had moved; found it on line 14\)/);
    assert.equal(hook.origin?.line, lineOf(document, '3. Which CPA firm'));

    // Again after another edit: the answer is replaced in place, not stacked, and still under question 3.
    await addParagraphAbove(document, 0);
    await hook.receive({ type: 'insert', length: 'yesno', form: typeTwoForm() });
    assert.match(hook.lastStatus ?? '', /^Inserted below the question/);
    assert.equal(between(document.getText(), '3. Which CPA firm performed your most recent SOC 2 examination?', undefined).trim(), '> **Answer:** Yes');
    assert.equal(document.getText().split('**Answer:**').length, 3);
    assert.ok(document.getText().includes('> **Answer:** Written by hand; must survive.'));
  });

  test('the question deleted, or pasted twice: Insert writes nothing and says why', async () => {
    const api = await activateExtension();
    const editor = await openQuestionnaire('3. Which CPA firm');
    const { document } = editor;
    const hook = await openWizard(api);

    const question = lineOf(document, '3. Which CPA firm');
    const copy = new vscode.WorkspaceEdit();
    copy.insert(document.uri, new vscode.Position(lineOf(document, '2. Describe'), 0), `${document.lineAt(question).text}\n\n`);
    assert.ok(await vscode.workspace.applyEdit(copy));
    const pasted = document.getText();
    await hook.receive({ type: 'insert', length: 'sentence', form: typeTwoForm() });
    assert.equal(document.getText(), pasted, 'nothing inserted while two questions read the same');
    assert.match(hook.lastStatus ?? '', /^Not inserted: the question "Which CPA firm performed your most recent SOC 2 examination\?" \(under "Supplier Assurance Questions"\) now appears 2 times in wizard-refind\.md \(lines 9 and 13; it appeared once\)/);

    // Both copies deleted (the pasted one first, then the original).
    for (let copies = 0; copies < 2; copies++) {
      const remove = new vscode.WorkspaceEdit();
      const at = lineOf(document, '3. Which CPA firm');
      remove.delete(document.uri, new vscode.Range(at, 0, at + 1, 0));
      assert.ok(await vscode.workspace.applyEdit(remove));
    }
    assert.doesNotMatch(document.getText(), /Which CPA firm/);
    const deleted = document.getText();
    await hook.receive({ type: 'insert', length: 'sentence', form: typeTwoForm() });
    assert.equal(document.getText(), deleted, 'nothing inserted once the question is gone');
    assert.match(hook.lastStatus ?? '', /^Not inserted: wizard-refind\.md no longer has the question "Which CPA firm performed your most recent SOC 2 examination\?" \(under "Supplier Assurance Questions"\); it was edited or deleted\. Put the cursor on the question/);
  });

  test('a CodeLens clicked before it refreshed answers its own question, not the one that moved onto its line', async () => {
    const editor = await openQuestionnaire('1. Do you have');
    const { document } = editor;
    const lenses = await waitFor('the lenses', async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)) ?? [];
      return all.length > 0 ? all : undefined;
    });
    const lens = lenses.find((l) => l.command?.command === CommandId.answerQuestion && l.range.start.line === lineOf(document, '3. Which CPA firm'));
    assert.ok(lens?.command, 'an Answer lens on question 3');
    await addParagraphAbove(document, 0);
    const result = await vscode.commands.executeCommand<{ inserted: boolean }>(lens.command.command, ...(lens.command.arguments ?? []));
    assert.equal(result?.inserted, true);
    const text = document.getText();
    assert.match(between(text, '3. Which CPA firm performed your most recent SOC 2 examination?', undefined), /\*\*Answer:\*\*/);
    assert.equal(between(text, '2. Describe your password policy.', '3. Which CPA firm').trim(), '', 'nothing under question 2');
  });

  test('a stale Follow-ups… lens opens the wizard on its own question, on the line it is on now', async () => {
    const api = await activateExtension();
    const editor = await openQuestionnaire('1. Do you have');
    const { document } = editor;
    const lenses = await waitFor('the lenses', async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)) ?? [];
      return all.length > 0 ? all : undefined;
    });
    const lens = lenses.find((l) => l.command?.command === CommandId.openWizard && l.range.start.line === lineOf(document, '3. Which CPA firm'));
    assert.ok(lens?.command, 'a Follow-ups… lens on question 3');
    await addParagraphAbove(document, 0);
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    const hook = await waitFor('the wizard panel', () => api.wizardPanel());
    assert.equal(hook.origin?.line, lineOf(document, '3. Which CPA firm'));
    await waitFor('the page to say ready', () => hook.isReady, 30_000);
    await hook.receive({ type: 'insert', length: 'sentence', form: typeTwoForm() });
    const text = document.getText();
    assert.match(between(text, '3. Which CPA firm performed your most recent SOC 2 examination?', undefined), /\*\*Answer:\*\* .*Example Assurance LLP/);
    assert.equal(between(text, '2. Describe your password policy.', '3. Which CPA firm').trim(), '', 'nothing under question 2');
  });

  test('Save into a profile with unsaved changes: the edit goes into that editor, the file on disk is not touched', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', PROFILE, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(workspaceFile(...PROFILE.split('/')), new TextEncoder().encode(PROFILE_TEXT));
    await waitFor('the scratch profile', () => (api.services.profiles.get()?.profile?.organization.product === 'Harbour Freight TMS' ? true : undefined));

    const profile = await vscode.workspace.openTextDocument(workspaceFile(...PROFILE.split('/')));
    await vscode.window.showTextDocument(profile, { preview: false, viewColumn: vscode.ViewColumn.Two });
    const draft = new vscode.WorkspaceEdit();
    draft.insert(profile.uri, new vscode.Position(2, 0), '  // Draft note, not saved yet.\n');
    assert.ok(await vscode.workspace.applyEdit(draft));
    assert.ok(profile.isDirty);

    await openQuestionnaire('1. Do you have');
    const hook = await openWizard(api);
    await hook.receive({ type: 'save', form: typeTwoForm() });
    assert.match(hook.lastStatus ?? '', /^Saved into the open profile editor; save the file to keep it/);
    assert.equal(await diskText(PROFILE), PROFILE_TEXT, 'the file on disk is as it was');
    assert.ok(profile.isDirty, 'still unsaved');
    const edited = profile.getText();
    assert.ok(edited.includes('  // Draft note, not saved yet.\n'), 'the unsaved edit stays');
    assert.ok(edited.includes('// Maintained by the security team.'));
    const parsed = parseProfile(edited);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.profile?.soc2.engagements[0]?.cpaFirm, 'Example Assurance LLP');
    assert.equal(parsed.profile?.controls?.patching?.criticalWithinDays, 7);
    assert.equal(api.services.profiles.get()?.profile?.soc2.engagements[0]?.cpaFirm, 'Example Assurance LLP', 'the wizard and answers read the editor');
  });

  test('two quick Saves both land, in order; the status tells the last outcome', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('attest').update('profilePath', PROFILE, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(workspaceFile(...PROFILE.split('/')), new TextEncoder().encode(PROFILE_TEXT));
    await waitFor('the scratch profile', () => (api.services.profiles.get()?.profile?.soc2.engagements.length === 0 ? true : undefined));
    await openQuestionnaire('1. Do you have');
    const hook = await openWizard(api);

    // Not awaited one by one: as when the writer clicks Save twice.
    const first = hook.receive({ type: 'save', form: typeTwoForm({ cpaFirm: 'First Assurance LLP' }) });
    const second = hook.receive({ type: 'save', form: typeTwoForm({ cpaFirm: 'Second Assurance LLP', scanCadence: 'monthly' }) });
    await Promise.all([first, second]);
    const saved = await diskText(PROFILE);
    const parsed = parseProfile(saved);
    assert.deepEqual(parsed.errors, [], saved);
    assert.equal(parsed.profile?.soc2.engagements.length, 1, 'one engagement, edited twice');
    assert.equal(parsed.profile?.soc2.engagements[0]?.cpaFirm, 'Second Assurance LLP');
    assert.equal(parsed.profile?.controls?.vulnerabilityScanning?.cadence, 'monthly');
    assert.ok(saved.includes('// Maintained by the security team.'));
    assert.match(hook.lastStatus ?? '', /^Saved to \.attest\/refind-profile\.json/);
    // The first save landed too, before the second: one undo in the profile goes back to it.
    const document = await vscode.workspace.openTextDocument(workspaceFile(...PROFILE.split('/')));
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('undo');
    await waitFor('the first save', () => (parseProfile(document.getText()).profile?.soc2.engagements[0]?.cpaFirm === 'First Assurance LLP' ? true : undefined));
    await revertIfDirty(document);

    // A valid save, then one that fails at once: the status is the failure, and the file keeps the valid one.
    const valid = hook.receive({ type: 'save', form: typeTwoForm({ cpaFirm: 'Third Assurance LLP' }) });
    const invalid = hook.receive({ type: 'save', form: typeTwoForm({ periodEnd: '2020-01-01' }) });
    await Promise.all([valid, invalid]);
    assert.match(hook.lastStatus ?? '', /^Not saved/);
    assert.equal(parseProfile(await diskText(PROFILE)).profile?.soc2.engagements[0]?.cpaFirm, 'Third Assurance LLP');
  });
});

suite('Explain panel: Insert goes where the cursor was', () => {
  teardown(closeAllEditors);

  test('a paragraph added above after the panel opened: the summary lands at the cursor on its line; the line deleted: refused', async () => {
    const api = await activateExtension();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Intro\n\nAnswer: \n\nOutro\n' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(2, 8, 2, 8);
    await vscode.commands.executeCommand(CommandId.lookupCriterion, 'CC6.1');
    const panel = await waitFor('the panel', () => (api.explainPanel()?.topic === 'CC6.1' ? api.explainPanel() : undefined));

    await addParagraphAbove(document, 0);
    await panel.receive({ type: 'insertSummary' });
    assert.match(document.lineAt(5).text, /^Answer: CC6\.1 \(logical access protections\) is one of the AICPA Trust Services Criteria/, document.getText());
    assert.equal(document.lineAt(3).text, 'Intro');
    assert.equal(document.lineAt(7).text, 'Outro');

    const remove = new vscode.WorkspaceEdit();
    remove.delete(document.uri, new vscode.Range(5, 0, 6, 0));
    assert.ok(await vscode.workspace.applyEdit(remove));
    const before = document.getText();
    await panel.receive({ type: 'insertSummary' });
    assert.equal(document.getText(), before, 'nothing inserted once the line is gone');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

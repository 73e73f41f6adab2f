import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { classify, contextAt } from '../../../src/domain/classify';
import { answerQuestion } from '../../../src/domain/answer/decide';
import { compose } from '../../../src/domain/compose';
import { INTENT_LABELS, type AnswerLength } from '../../../src/domain/intents';
import type { Profile } from '../../../src/domain/profile/schema';
import { readQuestionnaire } from '../../../src/domain/questionnaire';
import { CommandId } from '../../../src/shared/ids';
import { activateExtension, waitFor, workspaceFile } from './helpers';
import { revertAll, undoIn } from './editorHelpers';

const TODAY = '2026-11-26';

interface AnswerResult {
  outcome: string;
  intent?: string;
  inserted: boolean;
  missing?: string[];
}

/** What the composer says for a question (the expectation; placement and format are what these tests check). */
function expectedAnswer(profile: Profile, question: string, length: AnswerLength = 'paragraph'): string {
  const decision = answerQuestion(profile, question, { length, today: TODAY });
  assert.notEqual(decision.intent, 'none', `"${question}" is recognized`);
  assert.ok(decision.text !== undefined, `"${question}" is answered (${decision.outcome}: ${(decision.reasons ?? []).join(' ')})`);
  return decision.text;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

function placeCursor(editor: vscode.TextEditor, line: number, character = 0): void {
  editor.selection = new vscode.Selection(line, character, line, character);
}

/** The 0-based line whose text contains `needle`. */
function lineOf(document: vscode.TextDocument, needle: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(needle)) {
      return line;
    }
  }
  throw new Error(`no line contains ${needle}`);
}

async function answer(...args: unknown[]): Promise<AnswerResult> {
  return (await vscode.commands.executeCommand<AnswerResult>(CommandId.answerQuestion, ...args)) ?? assert.fail('the command returns its result');
}

/** Ctrl+Z in the editor that shows the document. */
suite('Answer in place: Answer This Question', () => {
  let profile: Profile;

  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    await api.services.profiles.ready;
    await waitFor('the valid fixture profile', () => api.services.profiles.get(workspaceFile('vendor-questionnaire.md'))?.profile);
    profile = api.services.profiles.get(workspaceFile('vendor-questionnaire.md'))?.profile ?? assert.fail('the fixture profile is valid');
  });
  teardown(revertAll);
  suiteTeardown(async () => {
    (await activateExtension()).setToday(undefined);
  });

  test('Markdown numbered item: the answer goes below the question, one undo restores the text', async () => {
    const editor = await open('vendor-questionnaire.md');
    const { document } = editor;
    const original = document.getText();
    const line = lineOf(document, '1. Do you have a SOC 2 report?');
    placeCursor(editor, line, 5);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    assert.equal(result.intent, 'soc2.status');
    const text = expectedAnswer(profile, 'Do you have a SOC 2 report?');
    assert.match(text, /Type 2/);
    const at = document.offsetAt(document.lineAt(line).range.end);
    assert.equal(document.getText(), `${original.slice(0, at)}\n\n   > **Answer:** ${text}${original.slice(at)}`);
    await undoIn(document);
    assert.equal(document.getText(), original);
  });

  test('Markdown heading: the answer goes below the heading as a quote block', async () => {
    const editor = await open('answer-forms.md');
    const { document } = editor;
    const original = document.getText();
    const line = lineOf(document, '### Do you have a current SOC 2 Type 2 report?');
    placeCursor(editor, line, 8);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    const at = document.offsetAt(document.lineAt(line).range.end);
    const text = expectedAnswer(profile, 'Do you have a current SOC 2 Type 2 report?');
    assert.equal(document.getText(), `${original.slice(0, at)}\n\n> **Answer:** ${text}${original.slice(at)}`);
    await undoIn(document);
    assert.equal(document.getText(), original);
  });

  test('Markdown table row: the answer fills the Response cell of that row only', async () => {
    const editor = await open('vendor-questionnaire.md');
    const { document } = editor;
    const original = document.getText();
    const line = lineOf(document, '| 18 | When is your next SOC 2 examination');
    placeCursor(editor, line, 10);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    assert.equal(result.intent, 'soc2.next_audit');
    const text = expectedAnswer(profile, 'When is your next SOC 2 examination expected to be completed?');
    const before = original.split('\n');
    const after = document.getText().split('\n');
    assert.equal(after.length, before.length);
    after.forEach((row, n) => {
      if (n === line) {
        assert.equal(row, `| 18 | When is your next SOC 2 examination expected to be completed? | ${text} |`);
      } else {
        assert.equal(row, before[n], `line ${n + 1} is untouched`);
      }
    });
    await undoIn(document);
    assert.equal(document.getText(), original);
  });

  test('CSV row: the answer goes into the Response cell, quoted as CSV needs', async () => {
    const editor = await open('vendor-assessment.csv');
    const { document } = editor;
    const original = document.getText();
    const line = lineOf(document, 'A&A-02.2,');
    placeCursor(editor, line, 3);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    assert.equal(result.intent, 'soc2.type');
    const text = expectedAnswer(profile, 'Is your SOC II report a Type 1 or Type 2?');
    const rows = original.split('\n');
    rows[line] = `A&A-02.2,Is your SOC II report a Type 1 or Type 2?,${csvCell(text)},`;
    assert.equal(document.getText(), rows.join('\n'));
    await undoIn(document);
    assert.equal(document.getText(), original);
  });

  test('CSV Yes/No column: a bare Yes in the cell and the explanation in Comments', async () => {
    const editor = await open('answer-yesno.csv');
    const { document } = editor;
    const original = document.getText();
    placeCursor(editor, 1);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    const rows = original.split('\n');
    const explanation = expectedAnswer(profile, 'Do you have a SOC 2 Type 2 report?');
    assert.equal(expectedAnswer(profile, 'Do you have a SOC 2 Type 2 report?', 'yesno'), 'Yes');
    rows[1] = `Do you have a SOC 2 Type 2 report?,Yes,${csvCell(explanation)}`;
    assert.equal(document.getText(), rows.join('\n'));

    // The hover on the answer traces it: the verdict and the profile paths it rests on.
    const hoverAt = async (word: string): Promise<string> => {
      const at = new vscode.Position(1, document.lineAt(1).text.indexOf(`,${word},`) + 2);
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at)) ?? [];
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const traced = await hoverAt('Yes');
    assert.match(traced, /verdict \*\*Yes\*\*/);
    assert.match(traced, /soc2\.engagements\[0\]\.type/);
    assert.doesNotMatch(traced, /says \*\*/, 'no disagreement warning when the answer agrees');
    // An answer edited to No is flagged against the facts.
    await editor.edit((b) => b.replace(new vscode.Range(1, document.lineAt(1).text.indexOf(',Yes,') + 1, 1, document.lineAt(1).text.indexOf(',Yes,') + 4), 'No'));
    assert.match(await hoverAt('No'), /The answer here says \*\*No\*\*; the profile's facts say \*\*Yes\*\*/);
  });

  test('called with (uri, line), as the CodeLens does: answers that question even when another editor is active', async () => {
    await open('answer-forms.md');
    const target = await vscode.workspace.openTextDocument(workspaceFile('answer-plain.txt'));
    const original = target.getText();
    const result = await answer(target.uri, 2);
    assert.equal(result.outcome, 'answered');
    const text = expectedAnswer(profile, 'Do you have a SOC 2 report?');
    const at = target.offsetAt(target.lineAt(2).range.end);
    // The file uses CRLF; the answer keeps it and lines up under the item text.
    assert.equal(target.getText(), `${original.slice(0, at)}\r\n   Answer: ${text}${original.slice(at)}`);
    await undoIn(target);
    assert.equal(target.getText(), original);
  });

  test('a selection that is not a question item: the selected words are answered below their line', async () => {
    const editor = await open('answer-forms.md');
    const { document } = editor;
    const original = document.getText();
    const line = lineOf(document, 'Reviewers note');
    const phrase = 'we also want your SOC 2 bridge letter';
    const start = document.lineAt(line).text.indexOf(phrase);
    editor.selection = new vscode.Selection(line, start, line, start + phrase.length);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    assert.equal(result.intent, 'soc2.bridge_letter');
    const at = document.offsetAt(document.lineAt(line).range.end);
    const text = compose(profile, 'soc2.bridge_letter', { length: 'paragraph', today: TODAY, question: phrase }).text;
    assert.equal(document.getText(), `${original.slice(0, at)}\n\n> **Answer:** ${text}${original.slice(at)}`);
  });

  test('an unrecognized question: nothing is inserted', async () => {
    const editor = await open('vendor-questionnaire.md');
    const { document } = editor;
    const version = document.version;
    placeCursor(editor, lineOf(document, 'Describe your password policy.'));
    const result = await answer();
    assert.equal(result.outcome, 'not_recognized');
    assert.equal(result.inserted, false);
    assert.equal(document.version, version);
    assert.equal(document.isDirty, false);
  });

  test('a title row of a CSV is not a question: nothing is inserted', async () => {
    const editor = await open('vendor-assessment.csv');
    const version = editor.document.version;
    placeCursor(editor, 0);
    const result = await answer();
    assert.equal(result.outcome, 'no_question');
    assert.equal(editor.document.version, version);
  });

  test('a Yes/No the profile cannot decide: nothing is inserted, and the writer is told why', async () => {
    const editor = await open('answer-forms.md');
    const { document } = editor;
    const original = document.getText();
    const version = document.version;
    const line = lineOf(document, '### Do you have a SOC 1 report?');
    placeCursor(editor, line);
    const result = await answer();
    assert.equal(result.outcome, 'undetermined');
    assert.equal(result.intent, 'assurance.soc1');
    assert.equal(result.inserted, false);
    assert.equal(document.version, version);
    assert.equal(document.getText(), original);
  });

  test('a checkbox question: the Yes box is ticked and the explanation goes under the options', async () => {
    const editor = await open('answer-forms.md');
    const { document } = editor;
    const line = lineOf(document, '1. Do you have an independent SOC 2 examination report?');
    placeCursor(editor, line);
    const result = await answer();
    assert.equal(result.outcome, 'answered');
    const text = document.getText();
    assert.match(text, /- \[x\] Yes\n {3}- \[ \] No\n\n {3}> \*\*Answer:\*\* /);
    assert.ok(text.includes(expectedAnswer(profile, 'Do you have an independent SOC 2 examination report?')));
  });
});

suite('Answer in place: CodeLens and code action', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    await api.services.profiles.ready;
  });
  teardown(revertAll);
  suiteTeardown(async () => {
    (await activateExtension()).setToday(undefined);
  });

  async function lensesOf(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)) ?? [];
  }

  test('lenses sit on recognized questions only, each running Answer This Question for its line', async () => {
    const { document } = await open('vendor-questionnaire.md');
    const lenses = (await lensesOf(document)).filter((lens) => lens.command?.command === CommandId.answerQuestion);
    // In the context of their section, as the lenses read them (follow-ups such as "What period does the report cover?" included).
    const recognized = readQuestionnaire(document.getText(), 'markdown')
      .items.map((item, i, items) => ({ item, intent: classify(item.question, { context: contextAt(items, i) }).intent }))
      .filter(({ intent }) => intent !== 'none');
    assert.ok(recognized.length >= 12, `most of the 20 questions are recognized (got ${recognized.length})`);
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command?.title]),
      recognized.map(({ item, intent }) => [item.line, `Answer · ${INTENT_LABELS[intent]}`]),
    );
    for (const lens of lenses) {
      assert.deepEqual(lens.command?.arguments?.slice(0, 2).map(String), [document.uri.toString(), String(lens.range.start.line)]);
      // And the question itself, found by its text when the lens is clicked after an edit moved it.
      const options = lens.command?.arguments?.[2] as { question?: { question?: unknown; line?: unknown } } | undefined;
      assert.equal(options?.question?.line, lens.range.start.line);
      assert.equal(typeof options?.question?.question, 'string');
    }
    const lensLines = new Set(lenses.map((lens) => lens.range.start.line));
    for (const unrelated of ['Describe your password policy.', 'How many employees does your company have?']) {
      assert.ok(!lensLines.has(lineOf(document, unrelated)), `no lens on "${unrelated}"`);
    }
    assert.ok(lensLines.has(lineOf(document, '1. Do you have a SOC 2 report?')));
    assert.ok(lensLines.has(lineOf(document, '3. What period does the report cover')), 'a follow-up gets its lens from its section');
    assert.ok(lensLines.has(lineOf(document, '| 19 | Do you publish a SOC 3 report?')));
  });

  test('"Follow-ups…" sits on SOC 2 questions only, and only when the wizard command exists', async () => {
    const { document } = await open('vendor-questionnaire.md');
    const lenses = await lensesOf(document);
    const followUps = lenses.filter((lens) => lens.command?.title === 'Follow-ups…');
    const wizard = (await vscode.commands.getCommands(true)).includes('attest.openWizard');
    if (!wizard) {
      assert.equal(followUps.length, 0);
      return;
    }
    const soc2Lines = lenses
      .filter((lens) => lens.command?.command === CommandId.answerQuestion)
      .filter((lens) => readQuestionnaire(document.getText(), 'markdown').items.some((item, i, items) => item.line === lens.range.start.line && classify(item.question, { context: contextAt(items, i) }).intent.startsWith('soc2.')))
      .map((lens) => lens.range.start.line);
    assert.ok(soc2Lines.length > 0);
    assert.deepEqual(followUps.map((lens) => lens.range.start.line), soc2Lines);
    for (const lens of followUps) {
      assert.equal(lens.command?.command, 'attest.openWizard');
      assert.deepEqual(lens.command?.arguments?.slice(0, 2).map(String), [document.uri.toString(), String(lens.range.start.line)]);
      assert.equal((lens.command?.arguments?.[2] as { line?: unknown } | undefined)?.line, lens.range.start.line, 'the question anchor');
    }
  });

  test('the setting attest.codeLens.enabled turns the lenses off', async () => {
    const { document } = await open('vendor-assessment.csv');
    assert.ok((await lensesOf(document)).length > 0);
    const configuration = vscode.workspace.getConfiguration('attest');
    await configuration.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('no lenses', async () => ((await lensesOf(document)).length === 0 ? true : undefined));
    } finally {
      await configuration.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('lenses again', async () => ((await lensesOf(document)).length > 0 ? true : undefined));
  });

  test('running a lens command answers its question', async () => {
    const { document } = await open('vendor-assessment.csv');
    const lens = (await lensesOf(document)).find((l) => l.range.start.line === lineOf(document, 'TVM-01.1'));
    assert.ok(lens?.command, 'a lens on the scanning question');
    assert.equal(lens.command.title, `Answer · ${INTENT_LABELS['controls.vulnerability_scanning']}`);
    const result = await vscode.commands.executeCommand<AnswerResult>(lens.command.command, ...(lens.command.arguments ?? []));
    assert.equal(result?.outcome, 'answered');
    assert.match(document.lineAt(lens.range.start.line).text, /^TVM-01\.1,Do you perform vulnerability scanning on a defined cadence\?,.*weekly/);
  });

  test('code action: offered on a recognized question line and on a question selection, not on unrelated lines', async () => {
    const editor = await open('answer-forms.md');
    const { document } = editor;
    const actionsAt = async (range: vscode.Range): Promise<vscode.CodeAction[]> =>
      ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? []).filter((a) => a.title === 'Attest: Answer this question');
    const question = lineOf(document, '### Do you have a current SOC 2 Type 2 report?');
    const [onQuestion] = await actionsAt(new vscode.Range(question, 5, question, 5));
    assert.ok(onQuestion, 'offered on the question line');
    assert.deepEqual(onQuestion.command?.arguments?.slice(0, 2).map(String), [document.uri.toString(), String(question)]);
    assert.equal((await actionsAt(new vscode.Range(lineOf(document, 'office dress code'), 4, lineOf(document, 'office dress code'), 4))).length, 0);
    const note = lineOf(document, 'Reviewers note');
    const start = document.lineAt(note).text.indexOf('we also want');
    const [onSelection] = await actionsAt(new vscode.Range(note, start, note, start + 'we also want your SOC 2 bridge letter'.length));
    assert.ok(onSelection, 'offered on a selected question phrase');
    assert.equal(onSelection.command?.arguments, undefined, 'answers the current selection');
  });
});

suite('Answer in place: Check Document', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    await api.services.profiles.ready;
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await revertAll();
  });
  suiteTeardown(async () => {
    (await activateExtension()).setToday(undefined);
  });

  interface CheckResult {
    outcome: string;
    findings: number;
    withProfile?: boolean;
  }

  test('lists the misleading claims of the active document, with the profile rules on', async () => {
    const { document } = await open('answer-claims.md');
    const result = await vscode.commands.executeCommand<CheckResult>(CommandId.checkDocument);
    assert.equal(result?.outcome, 'checked');
    assert.equal(result?.findings, 2, '"SOC 2 certified" and "SSAE 16"');
    assert.equal(result?.withProfile, true);
    assert.equal(document.isDirty, false, 'checking changes nothing');
  });

  test('a clean document: no findings', async () => {
    await open('answer-plain.txt');
    const result = await vscode.commands.executeCommand<CheckResult>(CommandId.checkDocument);
    assert.deepEqual(result, { outcome: 'checked', findings: 0, withProfile: true });
  });
});

suite('Answer in place: without a profile', () => {
  const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('attest');
  suiteSetup(async () => {
    const api = await activateExtension();
    await settings().update('profilePath', '.attest/answer-no-such-profile.json', vscode.ConfigurationTarget.Workspace);
    await waitFor('no profile in use', () => (api.services.profiles.get()?.profile === undefined ? true : undefined));
  });
  teardown(revertAll);
  suiteTeardown(async () => {
    const api = await activateExtension();
    await settings().update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the demo profile again', () => (api.services.profiles.get()?.profile?.organization.name === 'Northwind Ledger, Inc.' ? true : undefined));
  });

  test('Answer This Question inserts nothing and reports no_profile', async () => {
    const editor = await open('vendor-questionnaire.md');
    const version = editor.document.version;
    placeCursor(editor, lineOf(editor.document, '1. Do you have a SOC 2 report?'));
    const result = await answer();
    assert.deepEqual(result, { outcome: 'no_profile', inserted: false });
    assert.equal(editor.document.version, version);
  });

  test('Fill Questionnaire writes nothing', async () => {
    const { document } = await open('vendor-assessment.csv');
    const version = document.version;
    const result = await vscode.commands.executeCommand<{ outcome: string }>(CommandId.fillQuestionnaire);
    assert.equal(result?.outcome, 'no_profile');
    assert.equal(document.version, version);
  });
});

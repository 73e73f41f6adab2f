// Building the answer library from past work in the real VS Code (issue 12 item 4): Import Answers
// from a Questionnaire… drafts entries from an answered questionnaire (Markdown, CSV, workbook)
// against the folder's library, reports conflicts, never overwrites or writes through a link, and
// refuses bad input; Save Answer to Library adds a question as a variant (undoable) or creates a
// new entry. Everything happens in a scratch folder of the test workspace, removed afterwards.
import * as assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import type { ImportAnswersResult } from '../../../src/adapter/libraryEditing/importAnswers';
import type { SaveAnswerResult } from '../../../src/adapter/libraryEditing/saveAnswer';
import type { ConfirmSuggestionResult } from '../../../src/adapter/libraryEditing/confirmSuggestion';
import type { AttestTestApi } from '../../../src/extension';
import { CommandId } from '../../../src/shared/ids';
import { openAsOnDisk, revertAll, undoIn } from './editorHelpers';
import { activateExtension, sleep, waitFor, workspaceFile } from './helpers';

const FOLDER = 'library-import-it';
/** The library reloads when the file watcher reports a change; on a loaded 2-core machine that can take a while. */
const WATCHER_MS = 30_000;
const LIBRARY = `${FOLDER}/library`;

const SSO_ENTRY = `---
id: sso-saml
question: "Do you support single sign-on for customer users?"   # the canonical wording
variants:
  - "Is SAML SSO supported?"
answer:
  yesno: yes            # yes | no | na
  sentence: "Customers can require SAML 2.0 single sign-on through their own identity provider."
owner: Identity team
reviewed: 2026-10-01
reviewEvery: 12 months
visibility: public
tags: [identity, sso]
evidence: []
---
Customers can require SAML 2.0 single sign-on for all of their users, with any standards-based identity provider.
`;

const ANSWERED_CSV = `ID,Question,Response
1,Do you have a whistleblower hotline?,Yes. Staff can report concerns anonymously through EthicsPoint.
2,Is there an anonymous hotline for whistleblowers?,No
3,Do you support single sign-on for customer users?,No
4,What languages does your support team speak?,English and Spanish.
5,Do you publish a transparency report?,
`;

/** Sections become topic folders; a free-text answer is read after "Answer:", as Attest writes it. */
const ANSWERED_MARKDOWN = `# Past review

## People

1. Do you have a whistleblower hotline?

   Yes. Staff can report concerns anonymously through EthicsPoint.

## Support

2. What languages does your support team speak?

   > **Answer:** English and Spanish.
`;

function read(path: string): string {
  return readFileSync(workspaceFile(path).fsPath, 'utf8');
}

function write(path: string, text: string | Uint8Array): vscode.Uri {
  const uri = workspaceFile(path);
  mkdirSync(join(uri.fsPath, '..'), { recursive: true });
  writeFileSync(uri.fsPath, text);
  return uri;
}

/** Every file under the library, relative to it, with its text. */
function libraryFiles(): Record<string, string> {
  const root = workspaceFile(LIBRARY).fsPath;
  const files: Record<string, string> = {};
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(root, path);
    if (!lstatSync(full).isDirectory() && !lstatSync(full).isSymbolicLink()) {
      files[path] = readFileSync(full, 'utf8');
    }
  }
  return files;
}

async function importAnswers(uri: vscode.Uri, options: Record<string, unknown> = {}): Promise<ImportAnswersResult> {
  const result = await vscode.commands.executeCommand<ImportAnswersResult>(CommandId.importAnswers, uri, { quiet: true, choose: 'all', ...options });
  assert.ok(result, 'the command returns its result');
  return result;
}

async function setLibraryPath(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('attest').update('libraryPath', value, vscode.ConfigurationTarget.Workspace);
}

/** The library the editor reads, once it has `count` entries (it reloads when a file under it changes). */
async function libraryWith(api: AttestTestApi, count: number): Promise<readonly { id: string; variants: string[] }[]> {
  let seen = -1;
  try {
    return await waitFor(`a library of ${count} entries`, async () => {
      const library = await api.services.libraries.forResource(workspaceFile(FOLDER, 'x.md'));
      seen = library.entries.length;
      return library.entries.length === count ? library.entries : undefined;
    }, WATCHER_MS);
  } catch (error) {
    throw new Error(`${String(error)} (it has ${seen})`);
  }
}

function resetLibrary(): void {
  rmSync(workspaceFile(LIBRARY).fsPath, { recursive: true, force: true });
  write(`${LIBRARY}/identity/sso.md`, SSO_ENTRY);
}

suite('Library: import answers and save answers from the editor', () => {
  let api: AttestTestApi;
  let outside: string;

  suiteSetup(async () => {
    api = await activateExtension();
    await api.services.profiles.ready;
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    await setLibraryPath(LIBRARY);
  });
  setup(async () => {
    resetLibrary();
    outside = mkdtempSync(join(tmpdir(), 'attest-it-import-outside-'));
    await libraryWith(api, 1);
  });
  teardown(async () => {
    await revertAll();
    rmSync(outside, { recursive: true, force: true });
  });
  suiteTeardown(async () => {
    await setLibraryPath(undefined);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(workspaceFile(FOLDER).fsPath, { recursive: true, force: true });
  });

  test('Import Answers drafts entries from a CSV: duplicates merged as variants, conflicts reported, the known question left alone', async () => {
    const csv = write(`${FOLDER}/answered.csv`, ANSWERED_CSV);
    const result = await importAnswers(csv);
    assert.equal(result.status, 'imported', result.message);
    assert.deepEqual(result.counts, { created: 2, merged: 1, skipped: 1, conflicts: 2 });
    assert.equal(result.message, 'Created 2 draft entries (1 question merged as variants); skipped 1 (1 already in the library); 2 conflicts to decide. Drafts are internal until reviewed (in library-import-it/library).');
    assert.match(result.conflicts?.[0] ?? '', /answered\.csv:3: "Is there an anonymous hotline for whistleblowers\?" was answered no, but answered\.csv:2 answered the same question yes/);
    assert.match(result.conflicts?.[1] ?? '', /answered\.csv:4: "Do you support single sign-on for customer users\?" was answered no, but the library's "sso-saml"/);
    const files = libraryFiles();
    assert.deepEqual(Object.keys(files), ['identity/sso.md', 'imported/languages-support-team-speak.md', 'imported/whistleblower-hotline.md']);
    assert.equal(files['identity/sso.md'], SSO_ENTRY, 'the library entry is not touched');
    const hotline = files['imported/whistleblower-hotline.md'] ?? '';
    assert.match(hotline, /^question: "Do you have a whistleblower hotline\?"$/m);
    assert.match(hotline, /^variants:\n {2}- "Is there an anonymous hotline for whistleblowers\?"$/m);
    assert.doesNotMatch(hotline, /yesno:/, 'the conflicting Yes/No is left for a person');
    assert.match(hotline, /^visibility: internal$/m);
    assert.match(hotline, /^# owner: /m, 'no owner until reviewed');
    assert.match(hotline, /^# reviewed: YYYY-MM-DD$/m);
    assert.match(hotline, /\n---\nStaff can report concerns anonymously through EthicsPoint\.\n$/);
  });

  test('the report beside lists the conflicts and the created drafts', async () => {
    const csv = write(`${FOLDER}/answered.csv`, ANSWERED_CSV);
    const result = await importAnswers(csv, { quiet: false });
    assert.ok(result.reportUri, 'a report');
    const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.reportUri?.toString());
    assert.ok(report, 'the report is open');
    assert.equal(report.languageId, 'markdown');
    const text = report.getText();
    assert.match(text, /^# Import into the answer library from answered\.csv/);
    assert.match(text, /## Conflicts\n\n.*\n\n- answered\.csv:3: .*\n- answered\.csv:4: .*"sso-saml"/);
    assert.match(text, /## Created\n\n- `library-import-it\/library\/imported\/whistleblower-hotline\.md`: "Do you have a whistleblower hotline\?" \(1 variant merged: .*\n- `library-import-it\/library\/imported\/languages-support-team-speak\.md`/);
    assert.match(text, /## Already in the library \(library-import-it\/library\)\n\n.*\n\n- answered\.csv:4: "Do you support single sign-on for customer users\?" → `sso-saml`/);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === report), 'opened beside');
  });

  test('nothing is overwritten: a file (even a malformed entry) at the draft’s name sends the draft to -2; only the ticked drafts are written', async () => {
    const malformed = '---\nid: whistleblower-hotline\nquestion: [unclosed\n---\nA hand-written note.\n';
    write(`${LIBRARY}/imported/whistleblower-hotline.md`, malformed);
    const csv = write(`${FOLDER}/answered.csv`, ANSWERED_CSV);
    const result = await importAnswers(csv, { choose: ['whistleblower-hotline'] });
    assert.equal(result.status, 'imported', result.message);
    assert.equal(result.counts?.created, 1);
    const files = libraryFiles();
    assert.equal(files['imported/whistleblower-hotline.md'], malformed, 'the existing file is byte for byte what it was');
    assert.match(files['imported/whistleblower-hotline-2.md'] ?? '', /^id: whistleblower-hotline-2$/m, 'the id follows the new name');
    assert.equal(files['imported/languages-support-team-speak.md'], undefined, 'the unticked draft is not written');
  });

  test('a link is refused: a topic folder linked out of the workspace gets nothing, a planted link at the name is never written through', async () => {
    symlinkSync(outside, workspaceFile(LIBRARY, 'support').fsPath, 'dir');
    const target = join(outside, 'target.md');
    writeFileSync(target, 'outside, untouched\n');
    mkdirSync(workspaceFile(LIBRARY, 'people').fsPath, { recursive: true });
    symlinkSync(target, workspaceFile(LIBRARY, 'people', 'whistleblower-hotline.md').fsPath);
    const markdown = write(`${FOLDER}/answered.md`, ANSWERED_MARKDOWN);
    const result = await importAnswers(markdown);
    assert.equal(result.status, 'imported', result.message);
    assert.deepEqual(result.refused, [{ path: `${LIBRARY}/support/languages-support-team-speak.md`, problem: `${LIBRARY}/support leads outside the workspace folder through a symbolic link; nothing was written there.` }]);
    assert.deepEqual(readdirSync(outside), ['target.md'], 'nothing was written outside the workspace');
    assert.equal(readFileSync(target, 'utf8'), 'outside, untouched\n');
    assert.ok(lstatSync(workspaceFile(LIBRARY, 'people', 'whistleblower-hotline.md').fsPath).isSymbolicLink(), 'the link is left as it was');
    assert.ok(existsSync(workspaceFile(LIBRARY, 'people', 'whistleblower-hotline-2.md').fsPath), 'the draft went under another name');
    assert.equal(result.counts?.created, 1);
  });

  test('an Excel workbook is read by the workbook engine: a Yes with its comment becomes the draft’s Yes/No and text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Vendor');
    sheet.columns = [{ width: 60 }, { width: 12 }, { width: 60 }];
    sheet.addRow(['Question', 'Response', 'Comments']);
    sheet.addRow(['Do you carry cyber liability insurance?', 'Yes', 'USD 5M aggregate, renewed every March.']);
    sheet.addRow(['Is SAML SSO supported?', 'Yes', '']);
    const uri = write(`${FOLDER}/past-workbook.xlsx`, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const result = await importAnswers(uri);
    assert.equal(result.status, 'imported', result.message);
    assert.equal(result.counts?.created, 1);
    const [path] = Object.keys(libraryFiles()).filter((p) => p !== 'identity/sso.md');
    const draft = libraryFiles()[path ?? ''] ?? '';
    assert.match(draft, /^question: "Do you carry cyber liability insurance\?"$/m);
    assert.match(draft, /^ {2}yesno: yes$/m);
    assert.match(draft, /# imported from past-workbook\.xlsx 'Vendor'!B2|# imported from past-workbook\.xlsx Vendor!B2/);
    assert.match(draft, /\n---\nUSD 5M aggregate, renewed every March\.\n$/);
  });

  test('bad input gets a clear message and writes nothing: no answers, a corrupt workbook, a legacy file, a questionnaire edited while the import runs', async () => {
    const before = libraryFiles();
    const empty = await importAnswers(write(`${FOLDER}/blank.md`, '# Review\n\n1. Do you have a whistleblower hotline?\n\n2. Do you publish a transparency report?\n'));
    assert.equal(empty.status, 'nothing_to_import');
    assert.match(empty.message, /None of the 2 questions in blank\.md has an answer yet/);
    const corrupt = await importAnswers(write(`${FOLDER}/corrupt.xlsx`, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])));
    assert.equal(corrupt.status, 'invalid');
    assert.match(corrupt.message, /^Attest could not read corrupt\.xlsx: /);
    const legacy = await importAnswers(write(`${FOLDER}/old.xls`, 'not really'));
    assert.equal(legacy.status, 'unsupported');
    assert.match(legacy.message, /old\.xls is an old-format Office file: save it as \.xlsx/);

    const csv = write(`${FOLDER}/answered.csv`, ANSWERED_CSV);
    const document = await vscode.workspace.openTextDocument(csv);
    const editor = await vscode.window.showTextDocument(document);
    const changed = await importAnswers(csv, {
      beforeWrite: async () => {
        await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), '6,Support,Do you offer 24x7 support?,Yes.\n'));
      },
    });
    assert.equal(changed.status, 'changed');
    assert.match(changed.message, /answered\.csv changed while the import ran.*nothing was written/);
    assert.deepEqual(libraryFiles(), before, 'nothing was written by any of them');
  });

  test('Cancel stops the comparison, or the writing before the next draft: nothing half-written, no temporary file left', async () => {
    const csv = write(`${FOLDER}/answered.csv`, ANSWERED_CSV);
    const early = new vscode.CancellationTokenSource();
    early.cancel();
    const beforeComparing = await importAnswers(csv, { token: early.token });
    assert.equal(beforeComparing.status, 'cancelled');
    assert.match(beforeComparing.message, /nothing was written/);
    const late = new vscode.CancellationTokenSource();
    const whileWriting = await importAnswers(csv, { token: late.token, beforeWrite: () => Promise.resolve(late.cancel()) });
    assert.equal(whileWriting.status, 'cancelled');
    assert.equal(whileWriting.counts?.created, 0);
    assert.match(whileWriting.message, /^Import cancelled\. Created 0 draft entries; skipped 3 \(1 already in the library, 2 not written after Cancel\); 2 conflicts to decide\.$/);
    assert.deepEqual(Object.keys(libraryFiles()), ['identity/sso.md']);
    assert.doesNotMatch(readdirSync(workspaceFile(LIBRARY).fsPath, { recursive: true, encoding: 'utf8' }).join('\n'), /attest-partial/, 'no temporary file left');
  });

  test('Save Answer to Library adds the question as a variant of the matching entry, touching only the variants lines; Ctrl+Z takes it back', async () => {
    const markdown = write(`${FOLDER}/review.md`, '# Identity\n\n1. Can customers use SAML single sign-on for their users?\n\n   Yes. Through any SAML 2.0 identity provider.\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(markdown));
    editor.selection = new vscode.Selection(4, 5, 4, 5); // on the answer, not the question
    const result = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, undefined, undefined, { quiet: true, choice: { variantOf: 'sso-saml' } });
    assert.equal(result?.status, 'added_variant', result?.message);
    const expected = SSO_ENTRY.replace('  - "Is SAML SSO supported?"\n', '  - "Is SAML SSO supported?"\n  - "Can customers use SAML single sign-on for their users?"\n');
    assert.equal(read(`${LIBRARY}/identity/sso.md`), expected, 'saved, with every other byte (aligned comments, flow list) as it was');
    // Saving it again changes nothing: the entry has the question now (the reloaded library matches it
    // exactly; until the file watcher reports the change, the entry's own list says so).
    const again = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, markdown, 2, { quiet: true, choice: { variantOf: 'sso-saml' } });
    assert.equal(again?.status, 'already_there', again?.message);
    assert.equal(read(`${LIBRARY}/identity/sso.md`), expected);
    const entryDocument = await vscode.workspace.openTextDocument(workspaceFile(LIBRARY, 'identity', 'sso.md'));
    await undoIn(entryDocument);
    assert.equal(entryDocument.getText(), SSO_ENTRY, 'one undo restores the entry');
    await entryDocument.save();
  });

  test('the light bulb offers Save answer to library on an answered question and its answer, not on an unanswered one; its command saves that answer', async () => {
    const markdown = write(`${FOLDER}/review-bulb.md`, '# Identity\n\n1. Can customers use SAML single sign-on for their users?\n\n   Yes. Through any SAML 2.0 identity provider.\n\n2. Do you publish a transparency report?\n');
    const document = await vscode.workspace.openTextDocument(markdown);
    await vscode.window.showTextDocument(document);
    const savesAt = async (line: number): Promise<vscode.CodeAction[]> =>
      ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', markdown, new vscode.Range(line, 3, line, 3))) ?? []).filter((a) => a.title === 'Attest: Save answer to library');
    const [onAnswer] = await savesAt(4);
    assert.ok(onAnswer, 'offered on the answer line');
    assert.equal((await savesAt(2)).length, 1, 'offered on the question line');
    assert.equal((await savesAt(6)).length, 0, 'not offered where there is no answer yet');
    assert.equal(onAnswer.command?.command, CommandId.saveAnswerToLibrary);
    const result = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, ...(onAnswer.command?.arguments ?? []), { quiet: true, choice: { variantOf: 'sso-saml' } });
    assert.equal(result?.status, 'added_variant', result?.message);
    assert.match(read(`${LIBRARY}/identity/sso.md`), /- "Can customers use SAML single sign-on for their users\?"/);
  });

  test('Save Answer to Library creates a new draft entry in the chosen topic, never over a file', async () => {
    const csv = write(`${FOLDER}/edited.csv`, 'Question,Response\nDo you offer a bug bounty programme?,Yes. Through HackerOne since 2024.\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(csv));
    write(`${LIBRARY}/appsec/offer-bug-bounty-programme.md`, 'a file already there\n');
    const result = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, csv, 1, { quiet: true, choice: { newEntryIn: 'appsec' } });
    assert.equal(result?.status, 'created', result?.message);
    assert.equal(result?.entryId, 'offer-bug-bounty-programme-2');
    assert.equal(read(`${LIBRARY}/appsec/offer-bug-bounty-programme.md`), 'a file already there\n');
    const created = read(`${LIBRARY}/appsec/offer-bug-bounty-programme-2.md`);
    assert.match(created, /^id: offer-bug-bounty-programme-2$/m);
    assert.match(created, /^question: "Do you offer a bug bounty programme\?"$/m);
    assert.match(created, /^ {2}yesno: yes$/m);
    assert.match(created, /^visibility: internal$/m);
    assert.match(created, /^# saved from edited\.csv:2$/m);
    assert.match(created, /\n---\nThrough HackerOne since 2024\.\n$/);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === result?.entryUri?.fsPath), 'the new entry opens beside for review');
  });

  test('Save Answer to Library refuses an entry with unsaved changes, an entry that is a link, and a question with no answer', async () => {
    const markdown = write(`${FOLDER}/review.md`, '# Identity\n\n1. Can customers use SAML single sign-on for their users?\n\n   Yes. Through any SAML 2.0 identity provider.\n\n2. Do you publish a transparency report?\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(markdown));
    const entryUri = workspaceFile(LIBRARY, 'identity', 'sso.md');
    // The test before rewrote this entry on disk; edit the text that is there, not the workbench's copy of the old one.
    const entryDocument = await openAsOnDisk(entryUri);
    await vscode.window.showTextDocument(entryDocument, vscode.ViewColumn.Beside);
    // A workspace edit, not editor.edit: a loaded workbench can hand back a stale editor whose edit is dropped.
    const unsaved = new vscode.WorkspaceEdit();
    unsaved.insert(entryUri, entryDocument.positionAt(SSO_ENTRY.length), 'A note in progress.\n');
    assert.ok(await vscode.workspace.applyEdit(unsaved));
    assert.ok(entryDocument.isDirty, 'the entry has unsaved changes before Save Answer to Library runs');
    const dirty = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, markdown, 4, { quiet: true, choice: { variantOf: 'sso-saml' } });
    assert.equal(dirty?.status, 'refused');
    assert.match(dirty?.message ?? '', /identity\/sso\.md has unsaved changes: save or revert them first/);
    assert.equal(read(`${LIBRARY}/identity/sso.md`), SSO_ENTRY);
    await revertAll();

    const linkedEntry = join(outside, 'sso.md');
    writeFileSync(linkedEntry, SSO_ENTRY);
    rmSync(entryUri.fsPath);
    symlinkSync(linkedEntry, entryUri.fsPath);
    const linked = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, markdown, 4, { quiet: true, choice: { variantOf: 'sso-saml' } });
    // The library reads no entry through a link, so there is no such entry to add to; either way nothing is written.
    assert.equal(linked?.status, 'refused');
    assert.equal(readFileSync(linkedEntry, 'utf8'), SSO_ENTRY);

    const unanswered = await vscode.commands.executeCommand<SaveAnswerResult>(CommandId.saveAnswerToLibrary, markdown, 6, { quiet: true });
    assert.equal(unanswered?.status, 'no_answer');
    assert.match(unanswered?.message ?? '', /“Do you publish a transparency report\?” has no answer yet/);
  });

  test('Review Library Suggestion: a question the library only comes near gets a Suggestion lens; picking the entry makes it a variant and answers it (exactly from then on); a question asked the other way round is not offered; a dirty entry is refused', async () => {
    const markdown = write(`${FOLDER}/suggested.md`, '# Identity\n\n1. Can our people sign in through our own identity provider?\n\n2. Is single sign-on for customer users prohibited?\n\n3. Is federated login with our corporate directory possible?\n');
    const document = await vscode.workspace.openTextDocument(markdown);
    await vscode.window.showTextDocument(document);
    const lenses = await waitFor('the suggestion lens', async () => {
      const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', markdown)) ?? [];
      return found.some((lens) => lens.command?.title.startsWith('Suggestion') === true) ? found : undefined;
    }, WATCHER_MS);
    const titles = lenses.map((lens) => `${lens.range.start.line}: ${lens.command?.title ?? ''}`);
    assert.ok(titles.includes('2: Suggestion · library: Do you support single sign-on for customer…'), titles.join('\n'));
    assert.ok(!titles.some((title) => title.startsWith('4: ')), `"prohibited" asks the opposite of the entry: no lens\n${titles.join('\n')}`);
    const lens = lenses.find((l) => l.range.start.line === 2 && l.command?.command === CommandId.confirmLibrarySuggestion) ?? assert.fail('the lens runs Review Library Suggestion');
    const [uri, line, options] = lens.command?.arguments ?? [];
    // The writer picks the entry in the list; the test names it instead.
    const result = await vscode.commands.executeCommand<ConfirmSuggestionResult>(CommandId.confirmLibrarySuggestion, uri, line, { ...(options as object), entry: 'sso-saml', quiet: true });
    assert.equal(result?.status, 'added_variant', result?.message);
    assert.equal(result?.answer?.inserted, true, JSON.stringify(result?.answer));
    // The next suggestion to review: not the "prohibited" question (no entry answers it as asked), the federated one.
    const federated = document.getText().split('\n').findIndex((text) => text.includes('federated'));
    assert.deepEqual(result?.next, { line: federated, remaining: 1 });
    assert.match(read(`${LIBRARY}/identity/sso.md`), /\n {2}- "Is SAML SSO supported\?"\n {2}- "Can our people sign in through our own identity provider\?"\n/);
    assert.match(document.getText(), /own identity provider\?\n\n.*Yes\. Customers can require SAML 2\.0 single sign-on/, 'answered with the entry’s Yes and sentence');
    const again = await vscode.commands.executeCommand<ConfirmSuggestionResult>(CommandId.confirmLibrarySuggestion, markdown, 2, { entry: 'sso-saml', quiet: true });
    assert.equal(again?.status, 'already_there', 'the question is an exact match now');

    const prohibitedLine = document.getText().split('\n').findIndex((text) => text.includes('prohibited'));
    const turned = await vscode.commands.executeCommand<ConfirmSuggestionResult>(CommandId.confirmLibrarySuggestion, markdown, prohibitedLine, { quiet: true });
    assert.equal(turned?.status, 'no_suggestion');
    assert.match(turned?.message ?? '', /the nearest entry, sso-saml, does not answer it: the question says "prohibited"/);

    const entryUri = workspaceFile(LIBRARY, 'identity', 'sso.md');
    const onDisk = read(`${LIBRARY}/identity/sso.md`);
    const entryDocument = await openAsOnDisk(entryUri);
    const unsaved = new vscode.WorkspaceEdit();
    unsaved.insert(entryUri, entryDocument.positionAt(entryDocument.getText().length), 'A note in progress.\n');
    assert.ok(await vscode.workspace.applyEdit(unsaved));
    const before = document.getText();
    const federatedLine = before.split('\n').findIndex((text) => text.includes('federated'));
    const dirty = await vscode.commands.executeCommand<ConfirmSuggestionResult>(CommandId.confirmLibrarySuggestion, markdown, federatedLine, { entry: 'sso-saml', quiet: true });
    assert.equal(dirty?.status, 'refused');
    assert.match(dirty?.message ?? '', /identity\/sso\.md has unsaved changes/);
    assert.equal(read(`${LIBRARY}/identity/sso.md`), onDisk, 'the entry is not touched');
    assert.equal(document.getText(), before, 'nothing is answered');
  });

  test('Review Library Suggestion: Undo takes back the answer and the variant; a question edited while the writer chooses, or an entry changed meanwhile, is refused and nothing is written', async () => {
    // The test before added this wording to sso.md: the editor's model and the library must both have the entry as reset.
    await openAsOnDisk(workspaceFile(LIBRARY, 'identity', 'sso.md'));
    api.services.libraries.forget(workspaceFile(LIBRARY, 'identity', 'sso.md'));
    await waitFor('the entry as reset', async () => {
      const library = await api.services.libraries.forResource(workspaceFile(FOLDER, 'x.md'));
      return library.entries.find((entry) => entry.id === 'sso-saml')?.variants.length === 1 ? true : undefined;
    }, WATCHER_MS);
    const text = '# Identity\n\n1. Can our people sign in through our own identity provider?\n';
    const markdown = write(`${FOLDER}/suggested-undo.md`, text);
    const document = await vscode.workspace.openTextDocument(markdown);
    await vscode.window.showTextDocument(document);
    const confirmed = await vscode.commands.executeCommand<ConfirmSuggestionResult>(CommandId.confirmLibrarySuggestion, markdown, 2, { entry: 'sso-saml', quiet: true });
    assert.equal(confirmed?.status, 'added_variant', confirmed?.message);
    assert.match(document.getText(), /Yes\. Customers can require SAML 2\.0/);
    assert.match(read(`${LIBRARY}/identity/sso.md`), /- "Can our people sign in through our own identity provider\?"/);
    const undone = await (confirmed?.undo ?? assert.fail('a confirmation can be undone'))();
    assert.equal(undone, 'Attest took back the answer and the variant.');
    assert.equal(document.getText(), text, 'the answer is gone');
    assert.equal(read(`${LIBRARY}/identity/sso.md`), SSO_ENTRY, 'the entry is as it was, on disk');

    // The picker stays open while the writer edits: what they chose for is read again.
    await vscode.window.showTextDocument(document);
    const whileChoosing = async (change: () => Promise<void>): Promise<ConfirmSuggestionResult | undefined> => {
      const running = Promise.resolve(vscode.commands.executeCommand<ConfirmSuggestionResult>(CommandId.confirmLibrarySuggestion, markdown, 2, { quiet: true }));
      await sleep(1_500);
      await change();
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return running;
    };
    const edited = await whileChoosing(async () => {
      const edit = new vscode.WorkspaceEdit();
      const at = document.getText().indexOf('own identity provider');
      edit.replace(markdown, new vscode.Range(document.positionAt(at), document.positionAt(at + 'own identity provider'.length)), 'own identity provider or with passkeys');
      assert.ok(await vscode.workspace.applyEdit(edit));
    });
    assert.equal(edited?.status, 'refused', edited?.message);
    assert.match(edited?.message ?? '', /changed while you chose/);
    assert.equal(read(`${LIBRARY}/identity/sso.md`), SSO_ENTRY, 'no variant for a wording the writer no longer has');
    assert.ok(!/Yes\./.test(document.getText()), 'nothing is answered');
    await revertAll();

    await vscode.window.showTextDocument(document);
    const changedEntry = SSO_ENTRY.replace('yesno: yes ', 'yesno: no  ');
    const entryChanged = await whileChoosing(async () => {
      write(`${LIBRARY}/identity/sso.md`, changedEntry);
      api.services.libraries.forget(workspaceFile(LIBRARY, 'identity', 'sso.md'));
    });
    assert.equal(entryChanged?.status, 'refused', entryChanged?.message);
    assert.match(entryChanged?.message ?? '', /identity\/sso\.md changed while you chose/);
    assert.equal(read(`${LIBRARY}/identity/sso.md`), changedEntry);
    assert.equal(document.getText(), text, 'nothing is answered');
  });
});

// The answer library's editor surfaces in the real VS Code (issue 12 items 1 and 5): New Library
// Entry writes the scaffold and opens it on the answer (never over a file, never through a link,
// never outside the workspace), live diagnostics on library files (a malformed entry at its line,
// a stale entry, unsaved edits followed), the Answer Library view's nodes, and Search Library….
// Everything happens in a scratch library folder of the test workspace, removed afterwards.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LibraryNode, NewEntryResult, SearchResult } from '../../../src/adapter/libraryViews';
import { newEntryTemplate } from '../../../src/domain/library/template';
import type { AttestTestApi } from '../../../src/extension';
import { CommandId } from '../../../src/shared/ids';
import { revertAll } from './editorHelpers';
import { activateExtension, closeAllEditors, sleep, waitFor, workspaceFile } from './helpers';

const FOLDER = 'library-views-it';
const LIBRARY = `${FOLDER}/library`;
const TODAY = '2026-12-01';
/** The library service reloads when the file watcher reports a change; on a loaded 2-core machine that can take a while. */
const WATCHER_MS = 30_000;
/** Longer than the view's pause after an edit or a save (LIBRARY_REFRESH_DELAY_MS, 400 ms) and a check. */
const LIBRARY_PAUSE_MS = 1_500;

function entry(fields: { id: string; question: string; yesno?: string; owner?: string; reviewed?: string; visibility?: string; sentence?: string }): string {
  return [
    '---',
    `id: ${fields.id}`,
    `question: "${fields.question}"`,
    'answer:',
    ...(fields.yesno !== undefined ? [`  yesno: ${fields.yesno}`] : []),
    `  sentence: "${fields.sentence ?? 'An answer.'}"`,
    ...(fields.owner !== undefined ? [`owner: ${fields.owner}`] : []),
    ...(fields.reviewed !== undefined ? [`reviewed: ${fields.reviewed}`] : []),
    'reviewEvery: 12 months',
    `visibility: ${fields.visibility ?? 'public'}`,
    '---',
    'The paragraph answer.',
    '',
  ].join('\n');
}

const FILES: Record<string, string> = {
  'identity/sso.md': entry({ id: 'sso-saml', question: 'Do you support SAML single sign-on for customer users?', yesno: 'yes', owner: 'Identity team', reviewed: '2026-10-01', sentence: 'Customers can require SAML 2.0 single sign-on.' }),
  // Reviewed 2024-03-15, due 2025-03-15: stale on TODAY.
  'identity/mfa.md': entry({ id: 'mfa-workforce', question: 'Is multi-factor authentication required for employees?', yesno: 'yes', owner: 'IT', reviewed: '2024-03-15' }),
  'privacy/sell-data.md': entry({ id: 'sell-data', question: 'Do you sell customer data?', yesno: 'no', owner: 'Legal', reviewed: '2026-09-01' }),
  // The same question with the opposite Yes/No: both entries are marked as conflicting.
  'privacy/sell-data-copy.md': entry({ id: 'sell-data-copy', question: 'Do you sell customer data?', yesno: 'yes', owner: 'Sales', reviewed: '2026-09-01' }),
  'privacy/pricing.md': entry({ id: 'pricing-notes', question: 'Do you offer discounts for non-profits?', owner: 'Sales', reviewed: '2026-09-01', visibility: 'internal' }),
};

/** Line 4, column 8 (1-based) has a YAML syntax error: a second colon in a plain value. */
const MALFORMED = '---\nid: broken-entry\nquestion: "Do you rotate keys?"\nowner: Crypto: team\nanswer:\n  sentence: "Yes."\n---\nBody.\n';

function write(path: string, text: string): vscode.Uri {
  const uri = workspaceFile(path);
  mkdirSync(join(uri.fsPath, '..'), { recursive: true });
  writeFileSync(uri.fsPath, text);
  return uri;
}

function resetLibrary(): void {
  rmSync(workspaceFile(LIBRARY).fsPath, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    write(`${LIBRARY}/${path}`, text);
  }
}

async function setLibraryPath(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('attest').update('libraryPath', value, vscode.ConfigurationTarget.Workspace);
}

async function newEntry(options: Record<string, unknown>): Promise<NewEntryResult> {
  const result = await vscode.commands.executeCommand<NewEntryResult>(CommandId.newLibraryEntry, { quiet: true, ...options });
  assert.ok(result, 'the command returns its result');
  return result;
}

function libraryDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Attest library');
}

function label(node: LibraryNode): string {
  const text = node.item.label;
  return typeof text === 'string' ? text : (text?.label ?? '');
}

function iconId(node: LibraryNode): string | undefined {
  return node.item.iconPath instanceof vscode.ThemeIcon ? node.item.iconPath.id : undefined;
}

function tooltipText(node: LibraryNode): string {
  const tooltip = node.item.tooltip;
  // Markdown escapes taken out: the text as rendered.
  return (typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '')).replace(/\\(.)/g, '$1');
}

/** The view's topics once `probe` holds for them (the view follows file events, which take a while). */
async function topicsWhen(api: AttestTestApi, what: string, probe: (topics: LibraryNode[]) => boolean): Promise<LibraryNode[]> {
  const view = api.libraryView();
  assert.ok(view, 'the Answer Library view is registered');
  let seen: string[] = [];
  try {
    return await waitFor(
      what,
      async () => {
        const topics = await view.getChildren();
        seen = topics.map((t) => `${label(t)} [${(t.children ?? []).map(label).join(', ')}]`);
        return probe(topics) ? topics : undefined;
      },
      WATCHER_MS,
    );
  } catch (error) {
    throw new Error(`${String(error)}; the view shows: ${seen.join('; ')}`);
  }
}

function topic(topics: LibraryNode[], name: string): LibraryNode {
  const found = topics.find((t) => label(t) === name);
  assert.ok(found, `a topic ${name} in ${topics.map(label).join(', ')}`);
  return found;
}

function child(node: LibraryNode, question: string): LibraryNode {
  const found = (node.children ?? []).find((c) => label(c) === question);
  assert.ok(found, `"${question}" under ${label(node)}`);
  return found;
}

/** Runs a command that shows a QuickPick or an InputBox and accepts what is selected until it finishes, as Enter would. */
async function acceptingEach<T>(run: () => Thenable<T>, keys: string[][] = []): Promise<T> {
  let done = false;
  const running = Promise.resolve(run()).finally(() => {
    done = true;
  });
  for (let step = 0; step < 60 && !done; step++) {
    await sleep(400);
    for (const key of keys[step] ?? []) {
      await vscode.commands.executeCommand(key);
      await sleep(150);
    }
    if (!done) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
  }
  return running;
}

suite('Library: New Library Entry, diagnostics, the Answer Library view and search', () => {
  let api: AttestTestApi;
  let outside: string;

  suiteSetup(async () => {
    api = await activateExtension();
    await api.services.profiles.ready;
    api.setToday(TODAY);
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    resetLibrary();
    await setLibraryPath(LIBRARY);
  });
  setup(() => {
    outside = mkdtempSync(join(tmpdir(), 'attest-it-library-outside-'));
  });
  teardown(async () => {
    await revertAll();
    await closeAllEditors();
    rmSync(outside, { recursive: true, force: true });
  });
  suiteTeardown(async () => {
    await setLibraryPath(undefined);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
    api.setToday(undefined);
    rmSync(workspaceFile(FOLDER).fsPath, { recursive: true, force: true });
  });

  test('the view lists topics and entries: owner and review date, stale and conflicting entries marked and explained, internal shown, a click opens the file', async () => {
    const topics = await topicsWhen(api, 'the two topics', (t) => t.length === 2 && (t[1]?.children ?? []).length === 3);
    assert.deepEqual(topics.map(label), ['identity', 'privacy']);
    assert.equal(topics[0]?.item.description, '2 entries · 1 stale');
    assert.equal(topics[1]?.item.description, '3 entries · 2 conflicting');
    assert.equal(topics[0]?.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.match(topics[0]?.item.accessibilityInformation?.label ?? '', /^Topic identity, 2 entries, 1 stale$/);

    const identity = topic(topics, 'identity');
    assert.deepEqual((identity.children ?? []).map(label), ['Do you support SAML single sign-on for customer users?', 'Is multi-factor authentication required for employees?'], 'sorted by question');
    const sso = child(identity, 'Do you support SAML single sign-on for customer users?');
    assert.equal(sso.item.description, 'Identity team · reviewed 2026-10-01');
    assert.equal(iconId(sso), 'book');
    assert.match(tooltipText(sso), /Yes\. Customers can require SAML 2\.0 single sign-on\./);
    assert.equal(sso.item.command?.command, 'vscode.open');
    const ssoUri = workspaceFile(LIBRARY, 'identity', 'sso.md');
    assert.equal(String(sso.item.command?.arguments?.[0]), String(ssoUri));

    const mfa = child(identity, 'Is multi-factor authentication required for employees?');
    assert.equal(mfa.item.description, 'stale · IT · reviewed 2024-03-15');
    assert.equal(iconId(mfa), 'history');
    assert.match(tooltipText(mfa), /Stale: reviewed 2024-03-15, due again 2025-03-15/);
    assert.match(mfa.item.accessibilityInformation?.label ?? '', /^Is multi-factor authentication required for employees\? Stale\. Owner IT, reviewed 2024-03-15, public\.$/);

    const privacy = topic(topics, 'privacy');
    const [pricing, sellYes, sellNo] = privacy.children ?? [];
    assert.ok(pricing && sellYes && sellNo);
    assert.equal(label(pricing), 'Do you offer discounts for non-profits?');
    assert.equal(pricing.item.description, 'Sales · reviewed 2026-09-01 · internal');
    assert.equal(iconId(pricing), 'lock');
    assert.match(pricing.item.accessibilityInformation?.label ?? '', /internal, never written into a questionnaire/);
    for (const conflicting of [sellYes, sellNo]) {
      assert.equal(label(conflicting), 'Do you sell customer data?');
      assert.equal(iconId(conflicting), 'warning');
      assert.match(String(conflicting.item.description), /^conflicting · /);
      assert.match(tooltipText(conflicting), /Conflicting with `sell-data(-copy)?`: .*their Yes\/No disagree/);
    }

    // A click runs the item's command: the entry's file opens.
    const command = sso.item.command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor('the entry open', () => vscode.window.activeTextEditor?.document.uri.toString() === ssoUri.toString());
  });

  test('diagnostics: a malformed entry at its line and column, a stale entry at its review date, conflicting and owner-less entries; unsaved edits are followed', async () => {
    const broken = write(`${LIBRARY}/identity/broken.md`, MALFORMED);
    await vscode.window.showTextDocument(broken);
    const [syntax] = await waitFor('the YAML error on the malformed entry', () => {
      const found = libraryDiagnostics(broken);
      return found.length > 0 ? found : undefined;
    });
    assert.ok(syntax);
    assert.equal(syntax.code, 'invalid-entry');
    assert.equal(syntax.severity, vscode.DiagnosticSeverity.Error);
    assert.match(syntax.message, /^YAML: /);
    assert.deepEqual([syntax.range.start.line, syntax.range.start.character], [3, 7], `line 4, column 8: ${syntax.message}`);

    // The stale entry's finding sits on its review date (line 8, "reviewed: 2024-03-15").
    const mfa = workspaceFile(LIBRARY, 'identity', 'mfa.md');
    const mfaDocument = await vscode.workspace.openTextDocument(mfa);
    const stale = await waitFor('the stale warning', () => libraryDiagnostics(mfa).find((d) => d.code === 'stale'));
    assert.equal(stale.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(stale.range.start.line, 7);
    assert.equal(mfaDocument.getText(stale.range), '2024-03-15');
    assert.match(stale.message, /^stale: reviewed 2024-03-15, due again 2025-03-15/);

    // Files that are not open are checked too (the Problems panel lists the whole library).
    const second = workspaceFile(LIBRARY, 'privacy', 'sell-data.md');
    const duplicate = await waitFor('the duplicate question', () => libraryDiagnostics(second).find((d) => d.code === 'duplicate-question'));
    assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Error);
    assert.match(duplicate.message, /"Do you sell customer data\?" is also answered by "sell-data-copy" .*their Yes\/No disagree/);

    // Typing (unsaved) follows: fix the YAML and add a date that is not one (a schema error), then fix that.
    const document = await vscode.workspace.openTextDocument(broken);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.replace(document.lineAt(3).range, 'owner: Crypto team\nreviewed: 2026-13-45'));
    const schema = await waitFor('the schema error after the edit', () => libraryDiagnostics(broken).find((d) => d.code === 'invalid-entry' && /reviewed/.test(d.message)));
    assert.deepEqual([schema.range.start.line, schema.range.start.character], [4, 10]);
    assert.equal(document.getText(schema.range), '2026-13-45');
    assert.equal(schema.message, 'reviewed is not a day of the calendar');
    await editor.edit((edit) => edit.replace(document.lineAt(4).range, 'reviewed: 2026-11-20'));
    await waitFor('no error once fixed', () => (libraryDiagnostics(broken).every((d) => d.code !== 'invalid-entry') ? true : undefined));
    assert.deepEqual(libraryDiagnostics(broken).map((d) => d.code), [], 'a valid, owned, reviewed entry has no findings');
    // Typed to another entry's id (unsaved): neither answers, and each file says which other one has it.
    await editor.edit((edit) => edit.replace(document.lineAt(1).range, 'id: mfa-workforce'));
    const shared = await waitFor('the shared id at the edited entry', () => libraryDiagnostics(broken).find((d) => /is also used by/.test(d.message)));
    assert.match(shared.message, /^id "mfa-workforce" is also used by \S*identity\/mfa\.md: neither answers until one is renamed$/);
    const sharedOther = await waitFor('the shared id at the other entry', () => libraryDiagnostics(mfa).find((d) => /is also used by/.test(d.message)));
    assert.match(sharedOther.message, /identity\/broken\.md: neither answers until one is renamed$/);
    await editor.edit((edit) => edit.replace(document.lineAt(1).range, 'id: broken-entry'));
    await waitFor('no shared id once renamed back', () => (libraryDiagnostics(broken).length === 0 && !libraryDiagnostics(mfa).some((d) => /is also used by/.test(d.message)) ? true : undefined));
    // The view follows the unsaved entry too.
    await topicsWhen(api, 'the fixed entry in the view', (t) => (t[0]?.children ?? []).some((c) => label(c) === 'Do you rotate keys?'));
    // Saved, the entry is what the library reads: still no findings, whenever the file watcher reports the save.
    assert.ok(await document.save());
    await sleep(LIBRARY_PAUSE_MS);
    assert.deepEqual(libraryDiagnostics(broken).map((d) => d.code), []);
    rmSync(broken.fsPath);
  });

  test('a claim the claim check flags in an answer is underlined once, by the claim check with its quick fix', async () => {
    // No owner: the library's own "no-owner" finding shows when its diagnostics for the file are published.
    const uri = write(`${LIBRARY}/identity/certified.md`, entry({ id: 'soc2-claim', question: 'Do you have an independent security audit?', reviewed: '2026-10-01', sentence: 'We are SOC 2 certified.' }));
    await vscode.window.showTextDocument(uri);
    const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
    await waitFor('the library findings', () => libraryDiagnostics(uri).find((d) => d.code === 'no-owner'));
    const claim = await waitFor('the claim check', () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Attest' && codeOf(d) === 'soc2-certified'));
    assert.equal(claim.range.start.line, 4);
    assert.deepEqual(libraryDiagnostics(uri).map(codeOf), ['no-owner'], 'the library does not repeat the claim');
    // A file that is not open is not claim-checked: the library's copy of the finding is what the Problems panel lists.
    const closed = write(`${LIBRARY}/identity/certified-closed.md`, entry({ id: 'soc2-claim-closed', question: 'Has an auditor examined your controls?', owner: 'Security', reviewed: '2026-10-01', sentence: 'We are SOC 2 certified.' }));
    // The file watcher can take long on a loaded machine: a change of the setting reads the library again at once.
    await setLibraryPath(`${LIBRARY}/`);
    const copied = await waitFor('the claim in the library’s findings', () => libraryDiagnostics(closed).find((d) => d.code === 'claim'), WATCHER_MS);
    await setLibraryPath(LIBRARY);
    assert.match(copied.message, /^soc2-certified: /);
    assert.equal(copied.severity, vscode.DiagnosticSeverity.Error);
    rmSync(uri.fsPath);
    rmSync(closed.fsPath);
  });

  test('New Library Entry writes the scaffold under the topic and opens it with the answer selected; the view and the diagnostics show it', async () => {
    const result = await newEntry({ topic: 'encryption', question: 'Is customer data encrypted at rest?' });
    assert.equal(result.status, 'created', result.message);
    const expected = newEntryTemplate('encryption', 'Is customer data encrypted at rest?');
    const uri = workspaceFile(LIBRARY, ...expected.path.split('/'));
    assert.equal(String(result.uri), String(uri));
    assert.equal(readFileSync(uri.fsPath, 'utf8'), expected.text, 'the scaffold, byte for byte');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString(), 'opened');
    assert.equal(editor.document.getText(editor.selection), 'TODO: the answer in one sentence.', 'the answer selected, ready to be typed over');
    const codes = await waitFor('the scaffold’s findings', () => {
      const found = libraryDiagnostics(uri).map((d) => String(d.code)).sort();
      return found.length >= 3 ? found : undefined;
    });
    assert.deepEqual(codes, ['no-owner', 'not-reviewed', 'scaffold']);
    await topicsWhen(api, 'the new topic in the view', (t) => t.some((n) => label(n) === 'encryption' && (n.children ?? []).some((c) => label(c) === 'Is customer data encrypted at rest?')));

    // The same question again: the file is there, nothing is replaced.
    const before = readFileSync(uri.fsPath, 'utf8');
    const again = await newEntry({ topic: 'encryption', question: 'Is customer data encrypted at rest?' });
    assert.equal(again.status, 'exists', again.message);
    assert.match(again.message, /already/);
    assert.equal(readFileSync(uri.fsPath, 'utf8'), before);
    rmSync(workspaceFile(LIBRARY, 'encryption').fsPath, { recursive: true, force: true });
  });

  test('New Library Entry from the pickers: the topic picked, the question prefilled from the questionnaire line under the cursor', async () => {
    const questionnaire = write(`${FOLDER}/questionnaire.md`, '# Security review\n\n## Access\n\n1. Do you review user access every quarter?\n\n2. Do you log administrator actions?\n');
    const editor = await vscode.window.showTextDocument(questionnaire);
    editor.selection = new vscode.Selection(4, 5, 4, 5);
    // The topic picker lists identity and privacy, then New topic…; Enter takes the first, then the prefilled question.
    const result = await acceptingEach(() => vscode.commands.executeCommand<NewEntryResult>(CommandId.newLibraryEntry, { quiet: true }));
    assert.equal(result.status, 'created', result.message);
    const expected = newEntryTemplate('identity', 'Do you review user access every quarter?');
    assert.equal(String(result.uri), String(workspaceFile(LIBRARY, ...expected.path.split('/'))));
    assert.match(readFileSync(result.uri?.fsPath ?? '', 'utf8'), /^question: "Do you review user access every quarter\?"$/m);
    rmSync(result.uri?.fsPath ?? '');
  });

  test('New Library Entry refuses a planted link at the file name, a topic folder linked out of the workspace, and a library path leading outside', async () => {
    const question = 'Do you keep an inventory of assets?';
    // A link at the very name the entry would get, pointing at a file outside the workspace.
    const target = join(outside, 'target.md');
    writeFileSync(target, 'outside, untouched\n');
    const planted = newEntryTemplate('assets', question);
    mkdirSync(workspaceFile(LIBRARY, 'assets').fsPath, { recursive: true });
    symlinkSync(target, workspaceFile(LIBRARY, ...planted.path.split('/')).fsPath);
    const throughLink = await newEntry({ topic: 'assets', question });
    assert.equal(throughLink.status, 'refused', throughLink.message);
    assert.match(throughLink.message, /symbolic link/);
    assert.equal(readFileSync(target, 'utf8'), 'outside, untouched\n', 'nothing written through the link');

    // A topic folder that is a link out of the workspace.
    symlinkSync(outside, workspaceFile(LIBRARY, 'linked').fsPath, 'dir');
    const linkedTopic = await newEntry({ topic: 'linked', question });
    assert.equal(linkedTopic.status, 'refused', linkedTopic.message);
    assert.match(linkedTopic.message, /leads outside the workspace folder through a symbolic link/);
    assert.equal(existsSync(join(outside, newEntryTemplate('linked', question).path.split('/').pop() ?? '')), false, 'nothing written outside');

    // attest.libraryPath leading outside the workspace folder.
    await setLibraryPath('../outside-library');
    try {
      const outsidePath = await newEntry({ topic: 'assets', question });
      assert.equal(outsidePath.status, 'refused', outsidePath.message);
      assert.match(outsidePath.message, /attest\.libraryPath/);
    } finally {
      await setLibraryPath(LIBRARY);
    }
    rmSync(workspaceFile(LIBRARY, 'assets').fsPath, { recursive: true, force: true });
    rmSync(workspaceFile(LIBRARY, 'linked').fsPath, { force: true });
  });

  test('without a library the view is empty, so its welcome view offers New Library Entry; a library path leading outside is said in the view', async () => {
    const view = api.libraryView();
    assert.ok(view);
    const manifest = vscode.extensions.getExtension('attest.attest')?.packageJSON as { contributes: { views: Record<string, { id: string; name: string }[]>; viewsWelcome: { view: string; contents: string; when?: string }[] } };
    assert.deepEqual(manifest.contributes.views.explorer?.map((v) => [v.id, v.name]), [['attest.library', 'Answer Library']]);
    const welcome = manifest.contributes.viewsWelcome.find((w) => w.view === 'attest.library' && w.when === 'workbenchState != empty');
    assert.match(welcome?.contents ?? '', /\[New Library Entry\]\(command:attest\.newLibraryEntry\)/);
    try {
      await setLibraryPath(`${FOLDER}/no-library-here`);
      await waitFor('an empty view', async () => ((await view.getChildren()).length === 0 ? true : undefined), WATCHER_MS);
      await setLibraryPath('../elsewhere');
      const [message] = await waitFor('the refusal in the view', async () => {
        const roots = await view.getChildren();
        return roots[0]?.kind === 'message' ? roots : undefined;
      }, WATCHER_MS);
      assert.ok(message);
      assert.match(label(message), /the answer library is not read/);
      assert.match(tooltipText(message), /attest\.libraryPath "\.\.\/elsewhere" climbs out of the workspace folder/);
    } finally {
      await setLibraryPath(LIBRARY);
    }
    await topicsWhen(api, 'the library back', (t) => t.length >= 2);
  });

  test('Search Library… ranks the entry that answers a typed question first; Enter opens it', async () => {
    await topicsWhen(api, 'the library read', (t) => t.length >= 2);
    const result = await acceptingEach(() => vscode.commands.executeCommand<SearchResult>(CommandId.searchLibrary, { query: 'Can customers sign in with SSO through SAML?' }));
    assert.equal(result.opened?.id, 'sso-saml');
    const sso = workspaceFile(LIBRARY, 'identity', 'sso.md');
    await waitFor('the entry open', () => vscode.window.activeTextEditor?.document.uri.toString() === sso.toString());

    // Words only, as a search box: the entry sharing them comes first.
    const byWords = await acceptingEach(() => vscode.commands.executeCommand<SearchResult>(CommandId.searchLibrary, { query: 'employee mfa' }));
    assert.equal(byWords.opened?.id, 'mfa-workforce');

    // Escape closes it and opens nothing.
    let done = false;
    const running = Promise.resolve(vscode.commands.executeCommand<SearchResult>(CommandId.searchLibrary)).finally(() => {
      done = true;
    });
    await sleep(600);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await waitFor('the search to close', () => done);
    assert.deepEqual(await running, {});
  });
});

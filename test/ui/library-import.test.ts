// Building the answer library from past work, as a user does it in the real workbench (code-server)
// on the demo workspace and its 45-entry library: Import Answers from a Questionnaire… from the
// palette on an answered CSV (the preview QuickPick, the report beside, the drafts on disk and in
// the Explorer), and Save Answer to Library on an edited answer (a variant of the matching entry,
// then a new entry in a picked topic), and Review Library Suggestion from its CodeLens (the picked
// entry gets the question as a variant and answers it). Screenshots in artifacts/screenshots/
// (library-*.png).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goToLine, openFileListed, openWorkbench, runCommand, waitForEditorText, type Workbench } from './workbench';

const PAST_ANSWERS = `ID,Question,Response
1,Do you have a whistleblower hotline?,Yes. Staff can report concerns anonymously through EthicsPoint.
2,Is there an anonymous hotline for whistleblowers?,Yes
3,What languages does your support team speak?,English and Spanish.
4,Do you sell customer data?,Yes
5,Is customer data encrypted at rest?,Yes. AES-256.
6,Do you have a vulnerability disclosure program?,Yes. Researchers can write to security@northwind-ledger.example.
`;

const EDITED = `# Security review

## Identity

1. Do staff have to use multi-factor authentication?

   Yes. Every employee signs in with a FIDO2 security key.

## Support

2. Is there a formal process for handling customer complaints?

   Yes. Complaints are tracked in Zendesk and reviewed every month.
`;

/** A question the demo library only comes near (offboarding.md asks "Is access revoked promptly…?"). */
const FOLLOW_UP = `# Follow-up questions

1. How quickly are leavers' accounts switched off?

2. Are backups of our data restorable if something goes wrong?

3. Is phishing awareness part of staff onboarding?
`;

async function waitForNotification(page: Page, pattern: RegExp, timeoutMs = 90_000): Promise<ReturnType<Page['locator']>> {
  const toast = page.locator('.notification-toast', { hasText: pattern }).first();
  await toast.waitFor({ timeout: timeoutMs });
  return toast;
}

async function quickPickRows(page: Page): Promise<string[]> {
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allTextContents();
}

suite('UI: building the answer library from past work', () => {
  let workbench: Workbench;
  suiteSetup(async () => {
    workbench = await openWorkbench({ theme: 'light', settings: { 'editor.wordWrap': 'off', '[markdown]': { 'editor.wordWrap': 'on' }, 'files.autoSave': 'off' } });
    // Before the first Quick Open, which caches the workspace's file list.
    writeFileSync(join(workbench.workspace, 'past-answers.csv'), PAST_ANSWERS);
    writeFileSync(join(workbench.workspace, 'edited-answers.md'), EDITED);
    writeFileSync(join(workbench.workspace, 'follow-up.md'), FOLLOW_UP);
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot(`library-failure-${(this.currentTest.title.split(' ')[0] ?? 'test').toLowerCase()}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });

  test('Import Answers from the palette: the preview lists the drafts with their variants and conflicts, Enter writes them, the Explorer shows them', async () => {
    const { page, workspace } = workbench;
    await openFileListed(page, 'past-answers.csv');
    await waitForEditorText(page, (text) => text.includes('whistleblower hotline'), 'the answered CSV on screen');
    await runCommand(page, 'Attest: Import Answers from a Questionnaire…');
    const rows = await quickPickRows(page);
    const title = (await page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '';
    assert.match(title, /import 2 draft entries from past-answers\.csv \(3 already in the library, 1 conflicting with it/);
    assert.equal(rows.length, 2, rows.join('\n'));
    assert.match(rows[0] ?? '', /Do you have a whistleblower hotline\?\s*imported\/whistleblower-hotline\.md\s*merged 1 variant: "Is there an anonymous hotline for whistleblowers\?"/);
    assert.match(rows[1] ?? '', /What languages does your support team speak\?.*English and Spanish\./);
    assert.equal(await page.locator('.quick-input-widget .quick-input-list .monaco-list-row input[type="checkbox"]:checked, .quick-input-widget .quick-input-list .monaco-list-row .monaco-custom-toggle.checked').count(), 2, 'both ticked');
    // The conflict with the library is in the report beside, open while choosing.
    await page.locator('.tabs-container .tab', { hasText: 'Import from past-answers.csv' }).waitFor({ timeout: 30_000 });
    await workbench.screenshot('library-import-preview');
    await page.keyboard.press('Enter');
    const toast = await waitForNotification(page, /Created 2 draft entries \(1 question merged as variants\); skipped 3 \(3 already in the library\); 1 conflict to decide/);
    const library = join(workspace, '.attest', 'library', 'imported');
    const hotline = readFileSync(join(library, 'whistleblower-hotline.md'), 'utf8');
    assert.match(hotline, /^variants:\n {2}- "Is there an anonymous hotline for whistleblowers\?"$/m);
    assert.match(hotline, /^ {2}yesno: yes$/m);
    assert.match(hotline, /^visibility: internal$/m);
    assert.ok(existsSync(join(library, 'languages-support-team-speak.md')));
    await workbench.screenshot('library-import-done');
    await toast.locator('.monaco-button', { hasText: 'Reveal in Library' }).click();
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="whistleblower-hotline.md"]').waitFor({ timeout: 30_000 });
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="languages-support-team-speak.md"]').waitFor({ timeout: 30_000 });
    await workbench.screenshot('library-import');
  });

  test('Save Answer to Library: the edited answer becomes a variant of the matching entry, then a new entry in a picked topic', async () => {
    const { page, workspace } = workbench;
    await page.keyboard.press('Escape');
    await openFileListed(page, 'edited-answers.md');
    await waitForEditorText(page, (text) => text.includes('FIDO2'), 'the edited questionnaire on screen');
    await goToLine(page, 7);
    await runCommand(page, 'Attest: Save Answer to Library');
    const choices = await quickPickRows(page);
    assert.match(choices[0] ?? '', /Add as a variant of “Is multi-factor authentication required for employee access.*”.*strong match/);
    assert.match(choices.at(-1) ?? '', /Create a new entry with this answer…/);
    await workbench.screenshot('library-save-answer');
    await page.keyboard.press('Enter');
    await waitForNotification(page, /Added “Do staff have to use multi-factor authentication\?” as a variant of mfa-workforce/);
    const entry = readFileSync(join(workspace, '.attest', 'library', 'identity', 'mfa-workforce.md'), 'utf8');
    assert.match(entry, /^variants:\n {2}- "Do employees use MFA\?"\n {2}- "Do staff have to use multi-factor authentication\?"\nanswer:$/m);

    await goToLine(page, 13);
    await runCommand(page, 'Attest: Save Answer to Library');
    await quickPickRows(page);
    await page.locator('.quick-input-widget input').fill('Create a new entry');
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Create a new entry with this answer' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The topic picker lists the library's folders.
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'governance' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.quick-input-widget input').fill('governance');
    await page.keyboard.press('Enter');
    await waitForNotification(page, /Created \.attest\/library\/governance\/[a-z-]+\.md: a draft, internal until reviewed/);
    await page.locator('.tabs-container .tab', { hasText: /formal-process/ }).waitFor({ timeout: 30_000 });
    await workbench.screenshot('library-save-new-entry');
  });

  test('Review Library Suggestion from its CodeLens: the writer picks the entry that answers, the question becomes its variant and is answered', async () => {
    const { page, workspace } = workbench;
    await page.keyboard.press('Escape');
    await openFileListed(page, 'follow-up.md');
    await waitForEditorText(page, (text) => text.includes("leavers' accounts"), 'the follow-up questions on screen');
    const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Suggestion · library: Is access revoked promptly when an employee' }).first();
    await lens.waitFor({ timeout: 60_000 });
    await workbench.screenshot('library-suggestion-lens');
    await lens.click();
    const rows = await quickPickRows(page);
    assert.match(rows[0] ?? '', /Is access revoked promptly when an employee leaves\?.*weak · 0\.\d+ · \.attest\/library\/identity\/offboarding\.md.*Writes: When HR records a departure, the identity provider disables the person's account/);
    await workbench.screenshot('library-suggestion-pick');
    await page.keyboard.press('Enter');
    // The entry's paragraph, the length the demo's Markdown answers take.
    await waitForEditorText(page, (text) => /> \*\*Answer:\*\* When HR records a/.test(text), 'the answer under the question');
    await waitForNotification(page, /as a variant of offboarding .*From now on this question is an exact match/);
    const entry = readFileSync(join(workspace, '.attest', 'library', 'identity', 'offboarding.md'), 'utf8');
    assert.match(entry, /^variants:\n {2}- "Describe your offboarding process\."\n {2}- "How quickly are leavers' accounts switched off\?"\nanswer:$/m);
    // The question is an exact match now: its lens offers the library's answer, no longer a suggestion.
    await page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Answer · from library: Is access revoked promptly' }).first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('library-suggestion-answered');

    // The writer walks on through the questionnaire's suggestions: Next Suggestion, then Skip.
    const toast = await waitForNotification(page, /as a variant of offboarding/);
    await toast.locator('.monaco-button', { hasText: /^Next Suggestion \(2\)$/ }).click();
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'restorable if something goes wrong' }).waitFor({ timeout: 30_000 });
    const next = await quickPickRows(page);
    assert.match(next.at(-1) ?? '', /Skip.*leave it for a person; next suggestion \(1 left below\)/);
    await workbench.screenshot('library-suggestion-next');
    await page.locator('.quick-input-widget input').fill('Skip');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'phishing awareness part of staff onboarding' }).waitFor({ timeout: 30_000 });
    assert.ok(!(await quickPickRows(page)).some((row) => row.includes('Skip')), 'no Skip on the last suggestion');
    await page.keyboard.press('Escape');
  });
});

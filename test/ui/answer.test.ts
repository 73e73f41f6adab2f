import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/vscode/setup';
import { goToLine, openFile, openFileListed, openWorkbench, runCommand, waitForEditorText, type Workbench } from './workbench';

/** The lines Monaco shows for a file (it renders each line in full, so a short file compares exactly). */
function linesOf(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

suite('UI: answer in place', () => {
  let workbench: Workbench;
  suiteSetup(async () => {
    // Word wrap off: each line on screen is one line of the file, so the text reads back exactly.
    workbench = await openWorkbench({ theme: 'light', settings: { 'editor.wordWrap': 'off', '[markdown]': { 'editor.wordWrap': 'off' } } });
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot(`answer-failure-${(this.currentTest.title.split(' ')[0] ?? 'test').toLowerCase()}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });

  test('Answer This Question from the palette puts the answer under the question', async () => {
    const { page } = workbench;
    await openFile(page, 'vendor-questionnaire.md');
    await waitForEditorText(page, (text) => text.includes('1. Do you have a SOC 2 report?'), 'the questionnaire on screen');
    // The CodeLens above each recognized question.
    await page.locator('.contentWidgets .codelens-decoration', { hasText: 'Answer · SOC 2 report' }).first().waitFor({ timeout: 60_000 });
    await workbench.screenshot('answer-codelens');
    await goToLine(page, 8);
    await runCommand(page, 'Attest: Answer This Question');
    const after = await waitForEditorText(page, (text) => text.includes('> **Answer:**'), 'the inserted answer');
    const lines = after.split('\n');
    const question = lines.findIndex((line) => line === '1. Do you have a SOC 2 report?');
    assert.ok(question >= 0, 'the question is still there');
    assert.equal(lines[question + 1], '');
    assert.match(lines[question + 2] ?? '', /^ {3}> \*\*Answer:\*\* Yes\. Northwind Ledger, Inc\. has a SOC 2 Type 2 report for the period 2025-07-01 to 2026-06-30/);
    assert.equal(lines[question + 3], '');
    assert.equal(lines[question + 4], '2. Is your most recent SOC 2 a Type 1 or a Type 2 report?');
    assert.doesNotMatch(after, /SOC 2 certified|certification/i);
    await workbench.screenshot('answer-inserted');
  });

  test('Fill Questionnaire on the demo CSV, follow a report link, then one Ctrl+Z restores the file', async () => {
    const { page } = workbench;
    const original = linesOf(readFileSync(join(workbench.workspace, 'vendor-assessment.csv'), 'utf8'));
    await openFileListed(page, 'vendor-assessment.csv');
    await waitForEditorText(page, (text) => linesOf(text) === original, 'the CSV as it is on disk');
    await runCommand(page, 'Attest: Fill Questionnaire');
    await page.locator('.tabs-container .tab', { hasText: 'Coverage of vendor-assessment.csv' }).waitFor({ timeout: 30_000 });
    await page.locator('.notification-toast', { hasText: /Attest filled vendor-assessment\.csv: \d+ answered/ }).waitFor({ timeout: 30_000 });
    const filled = await waitForEditorText(page, (text) => text.includes('Ashgrove & Pell CPAs LLP'), 'the filled CSV');
    const filledLines = linesOf(filled).split('\n');
    const originalLines = original.split('\n');
    assert.equal(filledLines.length, originalLines.length, 'no row added or removed');
    assert.deepEqual(filledLines.slice(0, 4), originalLines.slice(0, 4), 'title rows and header unchanged');
    // Not a fact of the profile: the demo's answer library answers it (people/background-checks.md).
    assert.match(filledLines.find((line) => line.startsWith('HRS-01.1,')) ?? '', /^HRS-01\.1,Are background checks performed on all employees\?,Yes,"Yes\. Every employee and contractor passes a background check/, 'the background-check question is answered from the library');
    await workbench.screenshot('fill-report');
    // Word wrap on for a moment (Alt+Z) so the screenshot shows the answers in their cells.
    await page.keyboard.press('Alt+Z');
    await waitForEditorText(page, (text) => text.split('\n').length > filledLines.length, 'the wrapped CSV');
    await workbench.screenshot('fill-answers');
    await page.keyboard.press('Alt+Z');
    await waitForEditorText(page, (text) => linesOf(text).split('\n').length === filledLines.length, 'the CSV unwrapped');

    // A link in the report opens the questionnaire at that question.
    const link = await page.evaluate(() => {
      // The characters "line 9" of "[line 9][L9]" on screen, wherever Monaco split its spans.
      for (const row of document.querySelectorAll('.editor-group-container .view-line')) {
        // Monaco draws spaces as U+00A0 (one character each, so offsets stay the same).
        const at = (row.textContent ?? '').replace(/\u00a0/g, ' ').indexOf('[line 9]');
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); at >= 0 && node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (at + 2 < seen + length) {
            const range = document.createRange();
            range.setStart(node, at + 2 - seen);
            range.setEnd(node, at + 3 - seen);
            const box = range.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          }
          seen += length;
        }
      }
      return undefined;
    });
    assert.ok(link, 'the report shows a link to line 9');
    await page.mouse.move(link.x, link.y);
    await page.keyboard.down('Control');
    await page.mouse.click(link.x, link.y);
    await page.keyboard.up('Control');
    // The questionnaire is the active editor, with its cursor on line 9 (the highlighted line number).
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'vendor-assessment.csv' }).waitFor({ timeout: 15_000 });
    await page.locator('.editor-group-container.active .line-numbers.active-line-number', { hasText: /^9$/ }).waitFor({ timeout: 15_000 });
    await workbench.screenshot('fill-link-followed');

    // One Ctrl+Z in the questionnaire undoes the whole fill.
    await page.keyboard.press('Control+Z');
    const restored = await waitForEditorText(page, (text) => linesOf(text) === original, 'the CSV restored by one undo');
    assert.equal(linesOf(restored), original);
    await workbench.screenshot('fill-undone');
  });
});

suite('UI: answer in place, a new user without a profile', () => {
  let workbench: Workbench;
  let source: string;
  suiteSetup(async () => {
    // A folder with a questionnaire and nothing else, as a new user has it.
    source = mkdtempSync(join(tmpdir(), 'attest-ui-new-user-'));
    copyFileSync(join(ROOT, 'demo', 'vendor-questionnaire.md'), join(source, 'vendor-questionnaire.md'));
    workbench = await openWorkbench({ theme: 'light', workspaceSource: source, settings: { '[markdown]': { 'editor.wordWrap': 'off' } } });
  });
  suiteTeardown(async () => {
    await workbench?.close();
    rmSync(source, { recursive: true, force: true });
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot('answer-failure-new-user');
    }
  });

  test('Answer This Question offers to create the profile; the input box checks the name; the scaffold opens', async () => {
    const { page } = workbench;
    await openFile(page, 'vendor-questionnaire.md');
    await waitForEditorText(page, (text) => text.includes('1. Do you have a SOC 2 report?'), 'the questionnaire on screen');
    await goToLine(page, 8);
    await runCommand(page, 'Attest: Answer This Question');
    const toast = page.locator('.notification-toast', { hasText: 'this workspace has none yet' });
    await toast.waitFor({ timeout: 30_000 });
    await workbench.screenshot('answer-no-profile');
    await toast.locator('.monaco-button', { hasText: 'Create profile' }).click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    // An empty name is refused with a message under the box.
    await input.fill('   ');
    await page.locator('.quick-input-message', { hasText: /Enter the organization name/ }).waitFor({ timeout: 10_000 });
    await input.fill('Harbor & Finch, Ltd.');
    await workbench.screenshot('answer-create-profile');
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'profile.json' }).waitFor({ timeout: 30_000 });
    const profile = await waitForEditorText(page, (text) => text.includes('"name": "Harbor & Finch, Ltd."'), 'the new profile');
    assert.match(profile, /^\/\/ Attest assurance profile/);
    const onDisk = readFileSync(join(workbench.workspace, '.attest', 'profile.json'), 'utf8');
    assert.ok(onDisk.includes('"name": "Harbor & Finch, Ltd."'));
    await workbench.screenshot('answer-profile-created');
  });
});

// The claim check, quick fixes, hovers, the status bar and the criterion look-up, driven in the
// real workbench with the keyboard the way a writer would, with screenshots to look at.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cursorAt, openFile, openWorkbench, runCommand, waitForEditorText, webview, type Workbench } from './workbench';

const QUESTIONNAIRE = [
  '# Security questionnaire',
  '',
  '1. Do you have a SOC 2 report?',
  '',
  'We are SOC 2 certified.',
  '',
  '2. Can you provide a bridge letter?',
  '',
  'Yes, our bridge letter is available on request.',
  '',
].join('\n');

/** Ctrl+G to a 1-based line and column, as a user would. */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await cursorAt(page, line);
}

suite('UI: claim quick fix, hover, status bar and criterion look-up', () => {
  let workbench: Workbench;
  suiteSetup(async () => {
    workbench = await openWorkbench({ theme: 'light' });
    writeFileSync(join(workbench.workspace, 'claims-ui.md'), QUESTIONNAIRE);
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });

  test('the misleading claim is underlined and Ctrl+. applies the safe rewrite', async () => {
    const { page } = workbench;
    await openFile(page, 'claims-ui.md');
    const squiggle = page.locator('.editor-group-container.active .squiggly-error');
    await squiggle.first().waitFor({ timeout: 60_000 });
    await goTo(page, 5, 8);
    // The problem's hover names the rule and links to why the wording is wrong.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const problem = page.locator('.monaco-hover:not(.hidden)', { hasText: 'attestation report' });
    await problem.first().waitFor({ timeout: 20_000 });
    assert.match((await problem.first().textContent()) ?? '', /soc2-certified/);
    await workbench.screenshot('editor-diagnostic-hover');
    await page.keyboard.press('Escape');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with' });
    // The workbench may ask for code actions before the first check has finished: try again, as a user would.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await fix.first().waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt >= 5) {
          throw error;
        }
        await page.keyboard.press('Escape');
      }
    }
    const menu = (await page.locator('.action-widget').textContent()) ?? '';
    assert.match(menu, /Replace with "have a SOC 2 Type 2 report"/);
    assert.match(menu, /Explain: Why "SOC 2 certified" is the wrong word/);
    await workbench.screenshot('editor-quickfix-menu');
    // The safe rewrite is the preferred fix: it has the focus, and Enter applies it.
    assert.match((await page.locator('.action-widget .monaco-list-row.focused').textContent()) ?? '', /Replace with/);
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
    const text = await waitForEditorText(page, (t) => t.includes('We have a SOC 2 Type 2 report.'), 'the fixed sentence');
    assert.match(text, /^We have a SOC 2 Type 2 report\.$/m);
    assert.doesNotMatch(text, /certified/);
    await squiggle.first().waitFor({ state: 'detached', timeout: 20_000 });
    await workbench.screenshot('editor-quickfix-applied');
  });

  test('hovering "bridge letter" explains it, with a link to the full explanation', async () => {
    const { page } = workbench;
    await goTo(page, 9, 12);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'Bridge letter' });
    await hover.first().waitFor({ timeout: 20_000 });
    const content = (await hover.first().textContent()) ?? '';
    assert.match(content, /management/);
    assert.match(content, /Open full explanation/);
    await workbench.screenshot('editor-hover-bridge-letter');
    await page.keyboard.press('Escape');
  });

  test('the status bar shows the SOC 2 state from the profile', async () => {
    const { page } = workbench;
    const item = page.locator('.statusbar-item', { hasText: 'SOC 2 Type 2' });
    await item.first().waitFor({ timeout: 20_000 });
    assert.match((await item.first().textContent()) ?? '', /SOC 2 Type 2 · period ended \d+ months? ago/);
    await item.first().hover();
    await page.locator('.monaco-hover:not(.hidden)', { hasText: 'Ashgrove' }).first().waitFor({ timeout: 20_000 });
    await workbench.screenshot('editor-statusbar-soc2');
    await page.mouse.move(400, 300);
  });

  test('typing "cc6.1" in the criterion look-up finds it, and Enter explains it', async () => {
    const { page } = workbench;
    await runCommand(page, 'Attest: Look Up a Trust Services Criterion…');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: 'Look up a Trust Services Criterion' }).waitFor({ timeout: 20_000 });
    await input.pressSequentially('cc6.1', { delay: 60 });
    const first = page.locator('.quick-input-list .monaco-list-row').first();
    await page.waitForFunction(() => {
      const row = document.querySelector('.quick-input-list .monaco-list-row');
      return row?.textContent?.includes('CC6.1 · Logical access protections') ?? false;
    });
    assert.match((await first.textContent()) ?? '', /Security · common criteria/);
    await workbench.screenshot('editor-lookup-cc61');
    await page.keyboard.press('Enter');
    const heading = webview(page).locator('article h1');
    await heading.waitFor({ timeout: 30_000 });
    assert.match((await heading.textContent()) ?? '', /CC6\.1: Logical access protections/);
    await workbench.screenshot('editor-lookup-cc61-panel');
  });

  test('the Insert button on a look-up result puts the customer-safe text at the cursor', async () => {
    const { page } = workbench;
    // Back into the questionnaire (the explanation panel is open beside it), at its last line.
    await page.locator('.editor-group-container', { hasText: 'claims-ui.md' }).first().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await cursorAt(page, 10);
    await runCommand(page, 'Attest: Look Up a Trust Services Criterion…');
    await page.locator('.quick-input-widget', { hasText: 'Look up a Trust Services Criterion' }).waitFor({ timeout: 20_000 });
    await page.locator('.quick-input-widget input').pressSequentially('a1.2', { delay: 60 });
    await page.waitForFunction(() => document.querySelector('.quick-input-list .monaco-list-row')?.textContent?.includes('A1.2') ?? false);
    const insert = page.locator('.quick-input-list .monaco-list-row').first().locator('.codicon-insert');
    await insert.click();
    const text = await waitForEditorText(page, (t) => t.includes('A1.2 ('), 'the inserted explanation');
    // The editor wraps long lines on screen: compare with the line breaks folded away.
    assert.match(text.replace(/\s+/g, ' '), /A1\.2 \([^)]+\) is one of the AICPA Trust Services Criteria .* in the Availability category, which a SOC 2 report covers only when it names that category/);
    await workbench.screenshot('editor-lookup-inserted');
    await page.keyboard.press('Control+Z');
    await waitForEditorText(page, (t) => !t.includes('A1.2 ('), 'the undo');
  });

  test('the snippet soc2-type2 expands with tab stops and passes the claim check', async () => {
    const { page } = workbench;
    await page.locator('.editor-group-container', { hasText: 'claims-ui.md' }).first().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('soc2-type2');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'soc2-type2' });
    await suggestion.first().waitFor({ timeout: 20_000 });
    await workbench.screenshot('editor-snippet-suggest');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Northwind Ledger');
    await page.keyboard.press('Tab');
    const text = await waitForEditorText(page, (t) => t.replace(/\s+/g, ' ').includes('Northwind Ledger has a SOC 2 Type 2 report'), 'the expanded snippet');
    assert.match(text.replace(/\s+/g, ' '), /Yes\. Northwind Ledger has a SOC 2 Type 2 report covering 2025-07-01 to 2026-06-30/);
    await workbench.screenshot('editor-snippet-expanded');
    await page.keyboard.press('Escape');
    // Wording from the snippet draws no squiggle.
    await page.waitForTimeout(1_500);
    assert.equal(await page.locator('.editor-group-container.active .squiggly-error, .editor-group-container.active .squiggly-warning').count(), 0);
  });

  test('words work too: "access removal" lists CC6.2 first', async () => {
    const { page } = workbench;
    await runCommand(page, 'Attest: Look Up a Trust Services Criterion…');
    await page.locator('.quick-input-widget', { hasText: 'Look up a Trust Services Criterion' }).waitFor({ timeout: 20_000 });
    await page.locator('.quick-input-widget input').pressSequentially('access removal', { delay: 40 });
    await page.waitForFunction(() => document.querySelector('.quick-input-list .monaco-list-row')?.textContent?.includes('CC6.2') ?? false);
    await workbench.screenshot('editor-lookup-access-removal');
    await page.keyboard.press('Escape');
  });

  test('the walkthrough "Get started with Attest" lists its four steps', async () => {
    const { page } = workbench;
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.pressSequentially('Get started with Attest', { delay: 30 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Attest' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    const steps = page.locator('.getting-started-step');
    await page.locator('.gettingStartedSlide', { hasText: 'Get started with Attest' }).first().waitFor({ timeout: 30_000 });
    const titles = (await steps.allTextContents()).join(' | ');
    for (const title of ['Write down your SOC 2 facts', 'Answer a question', 'Fill a whole questionnaire', 'Look up Type 1 vs Type 2']) {
      assert.ok(titles.includes(title), `${title} in ${titles}`);
    }
    await workbench.screenshot('editor-walkthrough');
  });
});

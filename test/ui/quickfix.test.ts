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
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with' });
    await fix.first().waitFor({ timeout: 30_000 });
    const menu = (await page.locator('.action-widget').textContent()) ?? '';
    assert.match(menu, /Replace with "have a SOC 2 Type 2 report"/);
    assert.match(menu, /Explain: Why "SOC 2 certified" is the wrong word/);
    await workbench.screenshot('quickfix-menu');
    await fix.first().click();
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
    const text = await waitForEditorText(page, (t) => t.includes('We have a SOC 2 Type 2 report.'), 'the fixed sentence');
    assert.match(text, /^We have a SOC 2 Type 2 report\.$/m);
    assert.doesNotMatch(text, /certified/);
    await squiggle.first().waitFor({ state: 'detached', timeout: 20_000 });
    await workbench.screenshot('quickfix-applied');
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
    await workbench.screenshot('hover-bridge-letter');
    await page.keyboard.press('Escape');
  });

  test('the status bar shows the SOC 2 state from the profile', async () => {
    const { page } = workbench;
    const item = page.locator('.statusbar-item', { hasText: 'SOC 2 Type 2' });
    await item.first().waitFor({ timeout: 20_000 });
    assert.match((await item.first().textContent()) ?? '', /SOC 2 Type 2 · period ended \d+ months? ago/);
    await item.first().hover();
    await page.locator('.monaco-hover:not(.hidden)', { hasText: 'Ashgrove' }).first().waitFor({ timeout: 20_000 });
    await workbench.screenshot('statusbar-soc2');
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
    await workbench.screenshot('lookup-cc61');
    await page.keyboard.press('Enter');
    const heading = webview(page).locator('article h1');
    await heading.waitFor({ timeout: 30_000 });
    assert.match((await heading.textContent()) ?? '', /CC6\.1: Logical access protections/);
    await workbench.screenshot('lookup-cc61-panel');
  });

  test('words work too: "access removal" lists CC6.2 first', async () => {
    const { page } = workbench;
    await runCommand(page, 'Attest: Look Up a Trust Services Criterion…');
    await page.locator('.quick-input-widget', { hasText: 'Look up a Trust Services Criterion' }).waitFor({ timeout: 20_000 });
    await page.locator('.quick-input-widget input').pressSequentially('access removal', { delay: 40 });
    await page.waitForFunction(() => document.querySelector('.quick-input-list .monaco-list-row')?.textContent?.includes('CC6.2') ?? false);
    await workbench.screenshot('lookup-access-removal');
    await page.keyboard.press('Escape');
  });
});

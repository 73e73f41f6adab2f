// "Attest: Fill Workbook…" as a user runs it in the real workbench (code-server), on the demo's
// vendor security workbook: from the Explorer's context menu, then from the palette through the
// file dialog. The filled copies are kept in artifacts/workbook/ so they can be rendered and read.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/vscode/setup';
import { openWorkbench, runCommand, type Workbench } from './workbench';

const WORKBOOK = 'vendor-security-workbook.xlsx';
const OUTPUT = 'vendor-security-workbook.attest.xlsx';
const KEPT = join(ROOT, 'artifacts', 'workbook');

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function explorerRow(page: Page, name: string): ReturnType<Page['locator']> {
  return page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
}

/**
 * Opens the Explorer's context menu on a row and clicks an item. The menu gains the extension's items
 * only once the development extension is scanned, so an absent item is retried for a while.
 * (A synthetic contextmenu event: headless chromium's right click shows a hover instead.)
 */
async function openContextMenuItem(page: Page, row: ReturnType<Page['locator']>, label: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await row.dispatchEvent('contextmenu', { button: 2 });
    const item = page.locator('.monaco-menu .action-item', { hasText: label }).first();
    try {
      await item.waitFor({ timeout: 2_000 });
      await item.click();
      // A loaded workbench can drop the click on a menu that has just opened (the menu stays up,
      // the item highlighted): then the keyboard chooses the item, as a person would.
      const menu = page.locator('.monaco-menu');
      const closed = await menu.waitFor({ state: 'detached', timeout: 3_000 }).then(() => true, () => false);
      if (!closed) {
        await item.hover();
        await page.keyboard.press('Enter');
        await menu.waitFor({ state: 'detached', timeout: 3_000 });
      }
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) {
        throw error;
      }
    }
  }
}

async function clickDialogButton(page: Page, label: string): Promise<string> {
  const dialog = page.locator('.monaco-dialog-box');
  // The first question of a fill comes after the worker has read the workbook: give a slow machine time.
  await dialog.waitFor({ timeout: 120_000 });
  const text = (await dialog.textContent()) ?? '';
  await dialog.locator('.monaco-button', { hasText: label }).first().click();
  await dialog.waitFor({ state: 'hidden' });
  return text;
}

async function waitForNotification(page: Page, pattern: RegExp): Promise<string> {
  const toast = page.locator('.notification-toast', { hasText: pattern }).first();
  await toast.waitFor({ timeout: 90_000 });
  return (await toast.textContent()) ?? '';
}

suite('UI: Fill Workbook', () => {
  let workbench: Workbench;
  suiteSetup(async () => {
    workbench = await openWorkbench();
    mkdirSync(KEPT, { recursive: true });
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot(`workbook-fill-failed-${this.currentTest.title.slice(0, 20).replace(/\W+/g, '-')}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });

  test('from the Explorer context menu: keeps the answered row, writes the copy beside, opens the report', async () => {
    const { page, workspace } = workbench;
    const original = join(workspace, WORKBOOK);
    const before = sha256(original);
    const row = explorerRow(page, WORKBOOK);
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    await openContextMenuItem(page, row, 'Fill Workbook…');

    const question = await clickDialogButton(page, 'Keep Existing Answers');
    assert.match(question, /1 of the 26 questions in vendor-security-workbook\.xlsx already has an answer/);
    const message = await waitForNotification(page, /Attest filled vendor-security-workbook\.xlsx/);
    assert.match(message, /into vendor-security-workbook\.attest\.xlsx: \d+ answered/);
    await page.locator('.tabs-container .tab', { hasText: `Coverage of ${WORKBOOK}` }).waitFor({ timeout: 30_000 });
    await explorerRow(page, OUTPUT).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    await workbench.screenshot('workbook-fill-explorer');

    assert.equal(sha256(original), before, 'the original is byte-identical');
    assert.ok(existsSync(join(workspace, OUTPUT)));
    assert.deepEqual(
      readdirSync(workspace).filter((name) => name.includes('attest-partial')),
      [],
      'no temporary file is left',
    );
    copyFileSync(join(workspace, OUTPUT), join(KEPT, 'vendor-security-workbook.attest.vscode.xlsx'));
  });

  test('from the palette: the file dialog, "Overwrite Them", then "Replace" the earlier copy', async () => {
    const { page, workspace } = workbench;
    const original = join(workspace, WORKBOOK);
    const before = sha256(original);
    // With the workbook in the active tab the command would take it; with no editor open it asks.
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await runCommand(page, 'Attest: Fill Workbook…');
    // code-server's own file dialog: a quick input holding a path.
    // It fills in the workspace folder and lists it a moment after it opens; typing before that is overwritten.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value ?? '').startsWith('/'), undefined, { timeout: 30_000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: WORKBOOK }).first().waitFor({ timeout: 30_000 });
    await input.fill(original);
    await page.waitForFunction((path) => document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value === path, original, { timeout: 10_000 });
    await page.keyboard.press('Enter');

    await clickDialogButton(page, 'Overwrite Them');
    const replace = await clickDialogButton(page, 'Replace');
    assert.match(replace, /vendor-security-workbook\.attest\.xlsx already exists/);
    const message = await waitForNotification(page, /Attest filled vendor-security-workbook\.xlsx.*0 already answered/);
    assert.match(message, /into vendor-security-workbook\.attest\.xlsx/);
    await page.waitForTimeout(500);
    await workbench.screenshot('workbook-fill-palette');
    // "Reveal in Explorer" selects the filled copy (revealFileInOS has no meaning in a browser).
    await page.locator('.notification-toast', { hasText: /0 already answered/ }).locator('.monaco-button', { hasText: 'Reveal in Explorer' }).click();
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${OUTPUT}"][aria-selected="true"]`).waitFor({ timeout: 30_000 });
    assert.equal(sha256(original), before, 'the original is byte-identical');
    copyFileSync(join(workspace, OUTPUT), join(KEPT, 'vendor-security-workbook.attest.vscode-overwrite.xlsx'));
  });
});

// The Answer Library view and the library's diagnostics, as a user meets them in the real workbench
// (code-server) on the demo workspace and its 45-entry library: the view in the Explorer lists the
// topics, a topic opens to its entries, a click opens the entry; Search Library… finds an entry by
// a question; an entry with problems gets its squiggles and Problems entries. Screenshots in
// artifacts/screenshots/ (library-view.png, library-diagnostics.png).
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openFileListed, openWorkbench, runCommand, waitForEditorText, type Workbench } from './workbench';

const DEMO_TOPICS = ['ai', 'appsec', 'continuity', 'encryption', 'governance', 'hosting', 'identity', 'logging', 'people', 'privacy', 'vendors'];

/** A stale, owner-less entry asking the demo's SSO question again with the opposite Yes/No, and a claim the claim check flags. */
const LEGACY_ENTRY = `---
id: legacy-sso
question: "Does the platform support single sign-on (SSO) for customer users?"
answer:
  yesno: no
  sentence: "We are SOC 2 certified and offer password sign-in only."
reviewed: 2024-01-10
reviewEvery: 12 months
visibility: public
---
An old answer nobody owns.
`;

function libraryPane(page: Page): Locator {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Answer Library' }) });
}

/** Drags the side bar's edge (the sash beside it) to this width, as a user would. */
async function widenSideBar(page: Page, width: number): Promise<void> {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar === null) {
    return;
  }
  const edge = sidebar.x + sidebar.width;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(edge + 1, y);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + width, y, { steps: 8 });
  await page.mouse.up();
}

async function rowLabels(pane: Locator): Promise<string[]> {
  return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
}

suite('UI: the Answer Library view and the library diagnostics', () => {
  let workbench: Workbench;
  suiteSetup(async () => {
    workbench = await openWorkbench({ theme: 'light', settings: { 'files.autoSave': 'off', 'workbench.tree.indent': 12 } });
    // Before the first Quick Open, which caches the workspace's file list.
    writeFileSync(join(workbench.workspace, '.attest', 'library', 'identity', 'legacy-sso.md'), LEGACY_ENTRY);
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot(`library-view-failure-${(this.currentTest.title.split(' ')[0] ?? 'test').toLowerCase()}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });

  test('the Answer Library view lists the demo topics; a topic opens to its entries, marked; a click opens the entry', async () => {
    const { page } = workbench;
    await runCommand(page, 'Explorer: Focus on Answer Library View');
    const pane = libraryPane(page);
    // The folder tree collapsed, so the library has the side bar's height (its list renders only the rows in sight).
    const folders = page.locator('.pane-header[aria-label^="Explorer Section"]').first();
    await folders.click();
    await page.locator('.pane-header.expanded[aria-label^="Explorer Section"]').waitFor({ state: 'detached', timeout: 15_000 });
    await widenSideBar(page, 620);
    await pane.locator('.monaco-list-row[aria-label^="Topic vendors"]').waitFor({ timeout: 90_000 });
    const topics = (await rowLabels(pane)).map((label) => /^Topic ([a-z-]+),/.exec(label)?.[1]);
    assert.deepEqual(topics, DEMO_TOPICS, 'every demo topic, in order');
    assert.match((await pane.locator('.monaco-list-row[aria-label^="Topic identity"]').getAttribute('aria-label')) ?? '', /^Topic identity, 8 entries, 2 conflicting, 1 stale$/);
    // The title bar counts the library.
    await libraryPane(page).locator('.pane-header', { hasText: /46 entries · 1 stale/ }).waitFor({ timeout: 30_000 });

    await pane.locator('.monaco-list-row[aria-label^="Topic identity"]').click();
    const legacy = pane.locator('.monaco-list-row[aria-label^="Does the platform support single sign-on (SSO) for customer users? Conflicting, stale"]');
    await legacy.waitFor({ timeout: 30_000 });
    assert.match((await legacy.textContent()) ?? '', /conflicting · stale · 2 other problems · no owner · reviewed 2024-01-10/);
    const sso = pane.locator('.monaco-list-row[aria-label^="Does the platform support single sign-on (SSO) for customer users? Conflicting. Owner Sam Patel"]');
    await sso.waitFor();
    // A click opens the entry.
    await pane.locator('.monaco-list-row', { hasText: 'Is multi-factor authentication required for employee access' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'mfa-workforce.md' }).waitFor({ timeout: 30_000 });
    await waitForEditorText(page, (text) => text.includes('id: mfa-workforce'), 'the entry open');
    await page.mouse.move(900, 700);
    await workbench.screenshot('library-view');
    // The tooltip says why an entry is marked. A tree's hover appears only after the mouse rests on the row;
    // on a loaded machine the first rest can be missed, so the mouse leaves and comes back, as a person would.
    const tooltip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Stale: reviewed 2024-01-10' }).first();
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(700, 450);
      await legacy.hover();
      const box = await legacy.boundingBox();
      await page.mouse.move((box?.x ?? 0) + 60, (box?.y ?? 0) + 8, { steps: 4 }); // the hover follows a mouse move
      try {
        await tooltip.waitFor({ timeout: 8_000 });
        break;
      } catch (error) {
        if (attempt === 3) {
          throw error;
        }
      }
    }
    await page.waitForTimeout(600); // the hover fades in
    await workbench.screenshot('library-view-tooltip');
    await page.mouse.move(700, 450);
    await folders.click();
  });

  test('Search Library… from the view: a typed question ranks the entry that answers it first, Enter opens it', async () => {
    const { page } = workbench;
    await libraryPane(page).locator('.pane-header').hover();
    await libraryPane(page).locator('.pane-header .action-label[aria-label="Search Library…"]').click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('Are backups stored in a separate region?');
    const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
    await first.filter({ hasText: /match · / }).waitFor({ timeout: 30_000 });
    assert.match((await first.textContent()) ?? '', /separate region|another region|different region/i);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'backups-separate-region.md' }).waitFor({ timeout: 30_000 });
  });

  test('an entry with problems: squiggles at each finding and the Problems panel lists them with their rule', async () => {
    const { page } = workbench;
    await openFileListed(page, '.attest/library/identity/legacy-sso.md');
    await waitForEditorText(page, (text) => text.includes('legacy-sso'), 'the entry open');
    await page.locator('.editor-group-container.active .squiggly-error').first().waitFor({ timeout: 60_000 });
    await page.locator('.editor-group-container.active .squiggly-warning').first().waitFor({ timeout: 60_000 });
    await widenSideBar(page, 330);
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel');
    await problems.locator('.monaco-list-row', { hasText: 'duplicate-question' }).first().waitFor({ timeout: 30_000 });
    const rows = await problems.locator('.monaco-list-row').allTextContents();
    const text = rows.join('\n');
    assert.match(text, /Attest library.*duplicate-question|duplicate-question.*Attest library/s);
    assert.match(text, /stale: reviewed 2024-01-10, due again 2025-01-10/);
    assert.match(text, /has no owner/);
    assert.match(text, /soc2-certified/, 'the claim check underlines the claim');
    await workbench.screenshot('library-diagnostics');
    // The cursor on the stale date shows its message in a hover.
    await page.locator('.editor-group-container.active .view-line', { hasText: 'reviewed: 2024-01-10' }).locator('span', { hasText: '2024-01-10' }).last().hover();
    await page.locator('.monaco-hover', { hasText: 'stale: reviewed 2024-01-10' }).first().waitFor({ timeout: 15_000 });
  });
});

// Issue 14, in the real workbench: the Questionnaire view and its coverage preview, activation and
// the offer without a profile, snippet prefix + Tab, the walkthrough ticks, the Explorer menu group,
// the wizard's layout. Screenshots in light, dark and high-contrast themes (artifacts/screenshots/native-*).
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/vscode/setup';
import { editorText, openFile, openFileListed, openWorkbench, runCommand, waitForEditorText, webview, type Workbench } from './workbench';

/** Opens Attest's container from its activity-bar icon and waits for the questionnaire's rows. */
async function openQuestionnaireView(page: Page): Promise<void> {
  const icon = page.locator('.activitybar .action-item .action-label[aria-label^="Attest"]');
  await icon.waitFor({ timeout: 60_000 });
  const sidebarTitle = page.locator('.sidebar .composite.title', { hasText: /Attest/i });
  if (!(await sidebarTitle.isVisible().catch(() => false))) {
    // The badge covers part of the icon: click the action item itself.
    await page.locator('.activitybar .action-item:has(.action-label[aria-label^="Attest"])').click();
  }
  await page.locator('.sidebar .monaco-list-row', { hasText: 'Coverage' }).first().waitFor({ timeout: 30_000 });
}

/** The view's rows as screen readers get them (each row's aria-label is the item's accessibility label). */
async function viewRows(page: Page): Promise<string[]> {
  return page.locator('.sidebar .pane-body .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
}

async function waitForRow(page: Page, pattern: RegExp, what: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await viewRows(page)).find((row) => pattern.test(row));
    if (found !== undefined) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; the view shows:\n${(await viewRows(page)).join('\n')}`);
    }
    await page.waitForTimeout(200);
  }
}

/** The 1-based line the status bar shows the cursor on. */
async function cursorLine(page: Page): Promise<number> {
  const text = (await page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().textContent()) ?? '';
  return Number(/Ln (\d+)/.exec(text)?.[1] ?? NaN);
}

suite('UI: feels native — a folder without a profile', () => {
  let workbench: Workbench;
  let source: string;
  suiteSetup(async () => {
    source = mkdtempSync(join(tmpdir(), 'attest-ui-native-'));
    copyFileSync(join(ROOT, 'demo', 'vendor-questionnaire.md'), join(source, 'vendor-questionnaire.md'));
    copyFileSync(join(ROOT, 'demo', 'vendor-security-workbook.xlsx'), join(source, 'vendor-security-workbook.xlsx'));
    writeFileSync(join(source, 'answers.md'), '# Answers\n\nWe are SOC 2 certified.\n\n');
    workbench = await openWorkbench({ theme: 'light', workspaceSource: source, settings: { '[markdown]': { 'editor.wordWrap': 'off' } } });
  });
  suiteTeardown(async () => {
    await workbench?.close();
    rmSync(source, { recursive: true, force: true });
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot(`native-failure-${(this.currentTest.title.split(' ')[0] ?? 'test').toLowerCase()}`);
    }
  });

  test('opening a questionnaire wakes Attest: CodeLens, claim underline, the view, and one non-modal offer', async () => {
    const { page } = workbench;
    await openFile(page, 'vendor-questionnaire.md');
    const started = Date.now();
    await page.locator('.contentWidgets .codelens-decoration', { hasText: 'Answer · SOC 2 report' }).first().waitFor({ timeout: 60_000 });
    const lensMs = Date.now() - started;
    const toast = page.locator('.notification-toast', { hasText: 'create an assurance profile' });
    await toast.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no modal dialog');
    await toast.locator('.monaco-button', { hasText: 'Create Profile' }).waitFor();
    console.log(`    CodeLens ${lensMs} ms after the questionnaire tab appeared (includes the extension host starting Attest)`);
    await openQuestionnaireView(page);
    const row = await waitForRow(page, /Do you have a SOC 2 report\?.*Needs an assurance profile/, 'question 1 needing a profile');
    assert.match(row, /missing an assurance profile/);
    await waitForRow(page, /Coverage: .*need a profile/, 'the coverage line');
    // The badge on the activity-bar icon counts what needs a person.
    // While the view refreshes the icon shows a progress badge first; the count comes after it.
    const counted = page.locator('.activitybar .action-item:has(.action-label[aria-label^="Attest"]) .badge-content', { hasText: /^\d+$/ });
    await counted.waitFor({ timeout: 30_000 });
    const badge = await counted.textContent();
    assert.ok(Number(badge) > 0, `badge ${badge}`);
    await workbench.screenshot('native-no-profile-view');

    // A claim in another file is underlined without a profile too.
    await openFileListed(page, 'answers.md');
    await page.locator('.editor-group-container.active .squiggly-error, .editor-group-container.active .squiggly-warning').first().waitFor({ timeout: 30_000 });
    await workbench.screenshot('native-no-profile-claim');
    // Back to the questionnaire: the offer is not shown a second time.
    await openFileListed(page, 'vendor-questionnaire.md');
    await page.waitForTimeout(1_000);
    assert.ok((await page.locator('.notification-toast', { hasText: 'create an assurance profile' }).count()) <= 1);
  });

  test('snippet prefix + Tab in Markdown: no squiggle while typing, Tab writes the snippet', async () => {
    const { page } = workbench;
    await openFileListed(page, 'answers.md');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('soc2-type2', { delay: 30 });
    // Longer than the claim check's typing pause: the prefix would be flagged by now.
    await page.waitForTimeout(1_500);
    const lastLine = page.locator('.editor-group-container.active .view-overlays > div').last();
    assert.ok(lastLine);
    const squiggles = await page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const rows = [...(editor?.querySelectorAll('.view-line') ?? [])] as HTMLElement[];
      const typed = rows.find((row) => (row.textContent ?? '').includes('soc2-type2'));
      if (!typed) {
        return -1;
      }
      const top = typed.getBoundingClientRect().top;
      return [...(editor?.querySelectorAll('.squiggly-error, .squiggly-warning, .squiggly-info') ?? [])].filter((s) => Math.abs(s.getBoundingClientRect().top - top) < 3).length;
    });
    assert.equal(squiggles, 0, 'no squiggle on the prefix being typed');
    await workbench.screenshot('native-snippet-prefix');
    await page.keyboard.press('Tab');
    const text = await waitForEditorText(page, (t) => t.includes('has a SOC 2 Type 2 report covering'), 'the expanded snippet');
    assert.doesNotMatch(text, /soc2-type2/);
    await workbench.screenshot('native-snippet-expanded');
    // Tab elsewhere is a plain Tab (moves to the next tab stop inside the snippet, then indents).
    await page.keyboard.press('Escape');
    assert.ok((await editorText(page)).includes('Our company'));
  });

  test('Attest: Fill Workbook… sits in its own group in the Explorer menu, not under Delete', async () => {
    const { page } = workbench;
    await page.keyboard.press('Control+Shift+E');
    const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'vendor-security-workbook.xlsx' });
    await file.waitFor({ timeout: 30_000 });
    await file.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ timeout: 10_000 });
    const items = await menu.locator('.action-item').evaluateAll((lis) => lis.map((li) => (li.querySelector('.separator') || li.classList.contains('separator') ? '---' : (li.textContent ?? '').trim())));
    // Context menus show the title without the category.
    const index = items.findIndex((label) => label.startsWith('Fill Workbook'));
    assert.ok(index > 0, items.join(' | '));
    assert.equal(items[index - 1], '---', `a separator before it: ${items.join(' | ')}`);
    // Attest's group (Fill Workbook…, its column-checking variant, Import Answers…) ends in a separator before Rename and Delete.
    const groupEnd = items.indexOf('---', index);
    assert.ok(groupEnd > index && items.slice(index, groupEnd).every((label) => /^(Fill Workbook|Import Answers)/.test(label)), `only Attest's entries in its group: ${items.join(' | ')}`);
    assert.doesNotMatch(items[index - 2] ?? '', /Delete/, items.join(' | '));
    await workbench.screenshot('native-explorer-menu');
    await page.keyboard.press('Escape');
  });
});

suite('UI: feels native — the demo workspace, light theme', () => {
  let workbench: Workbench;
  suiteSetup(async () => {
    workbench = await openWorkbench({ theme: 'light', settings: { '[markdown]': { 'editor.wordWrap': 'off' }, 'editor.wordWrap': 'off' } });
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench.screenshot(`native-failure-demo-${(this.currentTest.title.split(' ')[0] ?? 'test').toLowerCase()}`);
    }
  });

  test('the view follows a fill; the coverage preview is rendered and its links land on the question', async () => {
    const { page } = workbench;
    await openFile(page, 'vendor-questionnaire.md');
    await openQuestionnaireView(page);
    await waitForRow(page, /Do you have a SOC 2 report\? Answered from the facts/, 'question 1 answered from the facts');
    await workbench.screenshot('native-view-light');
    await runCommand(page, 'Attest: Fill Questionnaire');
    await waitForEditorText(page, (text) => text.includes('> **Answer:**'), 'the filled questionnaire');
    await waitForRow(page, /Do you have a SOC 2 report\? Filled from the facts/, 'question 1 filled after the fill');
    // The view's coverage, rendered in a panel (a webview), not raw Markdown source.
    await page.keyboard.press('Escape');
    await page.locator('.sidebar .monaco-list-row', { hasText: 'Coverage' }).first().click();
    // The panel's tab, not the Markdown preview of the report the fill may have opened ("….md.md, preview").
    await page.locator('.tabs-container .tab[aria-label^="Coverage of vendor-questionnaire.md, "]').waitFor({ timeout: 30_000 });
    const preview = webview(page);
    const link = preview.locator('a', { hasText: 'Is your most recent SOC 2 a Type 1 or a Type 2 report?' }).first();
    await link.waitFor({ timeout: 30_000 });
    assert.equal(await preview.locator('h1', { hasText: 'Coverage of vendor-questionnaire.md' }).count(), 1);
    await workbench.screenshot('native-coverage-preview');
    await link.click();
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'vendor-questionnaire.md' }).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    const line = await cursorLine(page);
    const lines = (await editorText(page)).split('\n');
    // The editor shows the file from its first line (the file is short enough to be on screen whole).
    const expected = lines.findIndex((l) => l.startsWith('2. Is your most recent SOC 2')) + 1;
    assert.equal(line, expected, `the link lands on question 2 (line ${expected}), not on line ${line}`);
    await workbench.screenshot('native-coverage-link-followed');
  });

  test('an edit above the questions: the view and the preview follow, the row still goes to its question', async () => {
    const { page } = workbench;
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('A note added above everything.\n\n');
    await page.waitForTimeout(1_000);
    await openQuestionnaireView(page);
    const row = page.locator('.sidebar .monaco-list-row', { hasText: 'Which CPA firm performed the examination?' }).first();
    await row.click();
    await page.waitForTimeout(500);
    const lines = (await editorText(page)).split('\n');
    const expected = lines.findIndex((l) => l.startsWith('6. Which CPA firm performed the examination?')) + 1;
    assert.equal(await cursorLine(page), expected);
    await workbench.screenshot('native-view-after-edit');
  });

  test('walkthrough: the profile step is ticked because the profile exists, the fill and explanation steps once done', async () => {
    const { page } = workbench;
    await runCommand(page, 'Attest: Explain SOC 2 Type 1 vs Type 2');
    await page.locator('.tabs-container .tab', { hasText: /Type 1/ }).first().waitFor({ timeout: 30_000 });
    // The panel's page has the keyboard focus now: give it back to the workbench for F1.
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Get started with Attest');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Attest' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    const step = page.locator('.getting-started-step', { hasText: 'Write down your SOC 2 facts' });
    await step.waitFor({ timeout: 30_000 });
    // A done step is a button with aria-checked="true" (and a ticked circle).
    await page.locator('.getting-started-step[aria-checked="true"]', { hasText: 'Write down your SOC 2 facts' }).waitFor({ timeout: 15_000 });
    await page.locator('.getting-started-step[aria-checked="true"]', { hasText: 'Look up Type 1 vs Type 2' }).waitFor({ state: 'attached', timeout: 15_000 });
    // The fill in the first test of this suite wrote many answers at once: the fill step is done.
    await page.locator('.getting-started-step[aria-checked="true"]', { hasText: 'Fill a whole questionnaire' }).waitFor({ state: 'attached', timeout: 15_000 });
    assert.equal(await page.locator('.getting-started-step[aria-checked="true"]', { hasText: 'Answer a question' }).count(), 0, 'no single answer was inserted here, so that step is not ticked');
    await workbench.screenshot('native-walkthrough');
  });
});

for (const theme of ['dark', 'high-contrast'] as const) {
  suite(`UI: feels native — the view and the wizard in the ${theme} theme`, () => {
    let workbench: Workbench;
    suiteSetup(async () => {
      workbench = await openWorkbench({ theme, settings: { '[markdown]': { 'editor.wordWrap': 'off' } } });
    });
    suiteTeardown(async () => {
      await workbench?.close();
    });

    test(`${theme}: the view's rows carry state icons; the wizard keeps its preview in view`, async () => {
      const { page } = workbench;
      await openFile(page, 'vendor-questionnaire.md');
      await openQuestionnaireView(page);
      await waitForRow(page, /Answered from the facts/, 'an answered row');
      const icons = await page.locator('.sidebar .pane-body .monaco-list-row .custom-view-tree-node-item-icon, .sidebar .pane-body .monaco-list-row .codicon').count();
      assert.ok(icons > 0, 'theme icons on the rows');
      await workbench.screenshot(`native-view-${theme}`);
      await runCommand(page, "Attest: Answer 'Do you have SOC 2?'…");
      const frame = webview(page);
      await frame.locator('#answer-paragraph').waitFor({ timeout: 60_000 });
      const layout = await frame.locator('.wizard-layout').evaluate((grid) => {
        const form = grid.querySelector('.wizard-form')?.getBoundingClientRect();
        const preview = grid.querySelector('.preview')?.getBoundingClientRect();
        return { width: window.innerWidth, height: window.innerHeight, form: form && { x: form.x, y: form.y }, preview: preview && { x: preview.x, y: preview.y, top: preview.top } };
      });
      assert.ok(layout.form && layout.preview);
      if (layout.width >= 540) {
        assert.ok(layout.preview.x > layout.form.x + 100, `beside the fields at ${layout.width} px: ${JSON.stringify(layout)}`);
      }
      assert.ok(layout.preview.top < layout.height, `the preview is in view: ${JSON.stringify(layout)}`);
      await workbench.screenshot(`native-wizard-${theme}`);
    });
  });
}

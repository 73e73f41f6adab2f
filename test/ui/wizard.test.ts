import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { ROOT } from '../../scripts/vscode/setup';
import { parseProfile } from '../../src/domain/profile/parse';
import { editorText, openFile, openWorkbench, runCommand, webview, type Workbench } from './workbench';

const COMMAND = "Attest: Answer 'Do you have SOC 2?'…";

/** Collects what the browser says about the Content Security Policy (the page and every frame). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (apply|load|execute|connect|frame)/i.test(text)) {
      violations.push(text);
    }
  });
  return violations;
}

/** Any violation fails the test. */
function wizardViolations(violations: readonly string[]): string[] {
  return [...violations];
}

/** The field or control that has the keyboard in the wizard: a form field id, a row field id, or an element id. */
async function focused(frame: FrameLocator): Promise<string> {
  const active = frame.locator('*:focus');
  if ((await active.count()) === 0) {
    return '';
  }
  return active.last().evaluate((inner) => {
    // Playwright's selectors pierce shadow roots: climb from the component's inner input to its host.
    let element: Element = inner;
    for (let root = element.getRootNode(); root instanceof ShadowRoot; root = element.getRootNode()) {
      element = root.host;
    }
    const host = element.closest<HTMLElement>('[data-field-id], [data-field]');
    return host?.dataset.fieldId ?? host?.dataset.field ?? element.closest<HTMLElement>('[id]')?.id ?? element.tagName.toLowerCase();
  });
}

/** Presses Tab until the keyboard reaches `target` (the number of stops depends on what the form shows). */
async function tabTo(page: Page, frame: FrameLocator, target: string, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if ((await focused(frame)) === target) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${target}; the keyboard is on ${await focused(frame)}`);
}

async function typeInto(page: Page, frame: FrameLocator, target: string, text: string): Promise<void> {
  await tabTo(page, frame, target);
  await page.keyboard.type(text, { delay: 5 });
}

/** Waits until the preview settles on text matching `pattern`. */
async function previewText(frame: FrameLocator, id: string, pattern: RegExp): Promise<string> {
  const element = frame.locator(`#${id}`);
  await element.filter({ hasText: pattern }).waitFor({ timeout: 30_000 });
  return (await element.textContent()) ?? '';
}

/** Keyboard chords sent while the workbench is still starting can be lost: try again (Escape in between). */
async function retry(what: string, attempt: () => Promise<void>, page: Page, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await attempt();
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) {
        throw new Error(`Gave up on ${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

/** 1-based line of the question in the demo questionnaire. */
function lineOf(question: string): number {
  const index = readFileSync(join(ROOT, 'demo', 'vendor-questionnaire.md'), 'utf8').split(/\r?\n/).findIndex((line) => line.includes(question));
  assert.ok(index >= 0, `the demo questionnaire has "${question}"`);
  return index + 1;
}

async function openWizardOn(page: Page, question: string): Promise<FrameLocator> {
  await openFile(page, 'vendor-questionnaire.md');
  // More room for the wizard beside the questionnaire: hide the side bar (Ctrl+B).
  await page.keyboard.press('Control+B');
  // Put the cursor on the question the way a writer would: Ctrl+G, the line number, Enter.
  const line = lineOf(question);
  await retry(`line ${line}`, async () => {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 5_000 });
    await input.fill(`:${line}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: String(line) }).first().waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 });
    await page.locator('.editor-group-container.active .view-overlays .current-line').first().waitFor({ timeout: 5_000 });
  }, page);
  await runCommand(page, COMMAND);
  const frame = webview(page);
  await frame.locator('#profile-note').filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
  return frame;
}

suite('UI: the SOC 2 follow-up wizard', function () {
  this.timeout(600_000);

  suite('light theme, a writer with no profile, keyboard only', () => {
    let workbench: Workbench;
    let source: string;
    let violations: string[];
    suiteSetup(async () => {
      // The demo questionnaire alone: no .attest/profile.json yet.
      source = mkdtempSync(join(tmpdir(), 'attest-wizard-ui-'));
      copyFileSync(join(ROOT, 'demo', 'vendor-questionnaire.md'), join(source, 'vendor-questionnaire.md'));
      workbench = await openWorkbench({ theme: 'light', workspaceSource: source });
      violations = watchCsp(workbench.page);
    });
    suiteTeardown(async () => {
      await workbench?.close();
      rmSync(source, { recursive: true, force: true });
    });

    test('from "1. Do you have a SOC 2 report?" to an inserted paragraph and a saved profile without the mouse', async () => {
      const { page } = workbench;
      const frame = await openWizardOn(page, '1. Do you have a SOC 2 report?');
      assert.match((await frame.locator('#target').textContent()) ?? '', /Do you have a SOC 2 report\?.*vendor-questionnaire\.md/);
      assert.match((await frame.locator('#profile-note').textContent()) ?? '', /No profile yet/);

      // The keyboard starts in the first empty field: the organization's name.
      await frame.locator('*:focus').first().waitFor();
      assert.equal(await focused(frame), 'organizationName');
      await page.keyboard.type('Harbour Freight Software Ltd', { delay: 5 });

      // Status: Tab into the group, Space chooses "Type 2".
      await tabTo(page, frame, 'status');
      await page.keyboard.press('Space');
      await frame.locator('[data-field="periodStart"]').waitFor({ state: 'visible' });

      await typeInto(page, frame, 'periodStart', '2025-10-01');
      await typeInto(page, frame, 'periodEnd', '2026-09-30');
      await typeInto(page, frame, 'cpaFirm', 'Example Assurance LLP');

      // Opinion: a closed dropdown takes arrow keys.
      await tabTo(page, frame, 'opinion');
      await page.keyboard.press('ArrowDown');
      // Exceptions: arrows move the choice to "None noted".
      await tabTo(page, frame, 'exceptionsKnown');
      await page.keyboard.press('ArrowRight');

      // Categories: Security is fixed (read-only); the next stop is Availability, Space adds it.
      await tabTo(page, frame, 'cat-security');
      await page.keyboard.press('Tab');
      assert.equal(await focused(frame), 'categories.availability');
      await page.keyboard.press('Space');

      await typeInto(page, frame, 'systemName', 'Harbour Freight TMS');
      await typeInto(page, frame, 'systemBoundary', 'The hosted application, its APIs and production infrastructure.');

      // A subservice organization row: Enter on "Add", then its fields.
      await tabTo(page, frame, 'add-subservice');
      await page.keyboard.press('Enter');
      await frame.locator('[data-field-id="subservice.0.name"]').waitFor();
      assert.equal(await focused(frame), 'subservice.0.name', 'the new row takes the keyboard');
      await page.keyboard.type('Example Cloud', { delay: 5 });
      await typeInto(page, frame, 'subservice.0.services', 'Infrastructure hosting');
      await typeInto(page, frame, 'subservice.0.monitoring', 'annual review of its SOC 2 Type 2 report');

      await typeInto(page, frame, 'cuecs', 'Customers manage their own users.');
      await tabTo(page, frame, 'automatedUpdates');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, frame, 'centrallyManaged');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, frame, 'scanCadence');
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, frame, 'incidentPlan');
      await page.keyboard.press('ArrowDown');
      await typeInto(page, frame, 'incidentLastTested', '2026-03-01');
      await tabTo(page, frame, 'nda');
      await page.keyboard.press('ArrowDown');
      await typeInto(page, frame, 'trustPortalUrl', 'https://trust.harbour-freight.example');

      // The preview, composed on the host from what was typed.
      // (The last field typed, the trust portal, shows that the preview has caught up.)
      const paragraph = await previewText(frame, 'answer-paragraph', /under a non-disclosure agreement through Harbour Freight Software Ltd's trust portal at https:\/\/trust\.harbour-freight\.example/);
      assert.match(paragraph, /^Yes\. Harbour Freight Software Ltd has a SOC 2 Type 2 report for the period 2025-10-01 to 2026-09-30/);
      for (const fact of ['Example Assurance LLP', 'Availability', 'Example Cloud', 'carved out', 'unqualified opinion', 'no exceptions', 'non-disclosure', 'trust.harbour-freight.example']) {
        assert.ok(paragraph.includes(fact), `the paragraph states ${fact}:\n${paragraph}`);
      }
      assert.doesNotMatch(paragraph, /certified|certification|compliant/i);
      assert.equal(((await frame.locator('#answer-yesno').textContent()) ?? '').trim(), 'Yes');
      assert.equal(await frame.locator('.field-message.error:not(:empty)').count(), 0, 'no field shows an error');
      await workbench.screenshot('wizard-light');

      // Insert (the paragraph is the default length), then Save, from the keyboard.
      await tabTo(page, frame, 'insert');
      await page.keyboard.press('Enter');
      await frame.locator('#status-line', { hasText: /Inserted below the question/ }).waitFor({ timeout: 30_000 });
      await tabTo(page, frame, 'save');
      await page.keyboard.press('Enter');
      await frame.locator('#status-line', { hasText: /Created .attest\/profile\.json/ }).waitFor({ timeout: 30_000 });
      await workbench.screenshot('wizard-light-inserted');

      // Escape hands the keyboard back to the questionnaire, which now holds the answer.
      await page.keyboard.press('Escape');
      await page.locator('.editor-group-container.active .tab.active', { hasText: 'vendor-questionnaire.md' }).waitFor({ timeout: 30_000 });
      // Word wrap splits long lines on screen: compare with whitespace collapsed.
      const text = (await editorText(page)).replace(/\s+/g, ' ');
      const question = text.indexOf('1. Do you have a SOC 2 report?');
      const answer = text.indexOf('**Answer:** Yes. Harbour Freight Software Ltd has a SOC 2 Type 2 report');
      const next = text.indexOf('2. Is your most recent SOC 2');
      assert.ok(question >= 0 && answer > question && next > answer, `the answer is under question 1:\n${text.slice(0, 1500)}`);

      const profilePath = join(workbench.workspace, '.attest', 'profile.json');
      assert.ok(existsSync(profilePath), 'the profile was created');
      const saved = parseProfile(readFileSync(profilePath, 'utf8'));
      assert.deepEqual(saved.errors, []);
      assert.equal(saved.profile?.organization.name, 'Harbour Freight Software Ltd');
      assert.deepEqual(saved.profile?.soc2.engagements[0]?.categories, ['security', 'availability']);
      assert.equal(saved.profile?.soc2.engagements[0]?.subserviceOrganizations?.[0]?.method, 'carve-out');
      assert.equal(saved.profile?.controls?.vulnerabilityScanning?.cadence, 'weekly');
      assert.deepEqual(wizardViolations(violations), [], 'no CSP violation in the console');
    });

    test('a draft survives a window reload: the panel is restored and the host re-sends the facts', async () => {
      const { page } = workbench;
      // Back to the wizard from the questionnaire: the palette command reveals it.
      await runCommand(page, COMMAND);
      let frame = webview(page);
      await tabTo(page, frame, 'cpaFirm');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('Draft Firm LLP', { delay: 5 });
      await previewText(frame, 'answer-sentence', /issued by Draft Firm LLP/);
      await runCommand(page, 'Developer: Reload Window');
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      frame = webview(page);
      const field = frame.locator('[data-field="cpaFirm"]');
      await field.waitFor({ timeout: 60_000 });
      await frame.locator('#profile-note', { hasText: /Pre-filled from \.attest\/profile\.json/ }).waitFor({ timeout: 60_000 });
      assert.equal(await field.evaluate((element) => (element as HTMLInputElement).value), 'Draft Firm LLP', 'the draft came back');
      await previewText(frame, 'answer-sentence', /issued by Draft Firm LLP/);
      await workbench.screenshot('wizard-light-reloaded');
      assert.deepEqual(wizardViolations(violations), [], 'no CSP violation in the console');
    });
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    suite(`${theme} theme, pre-filled from the demo profile`, () => {
      let workbench: Workbench;
      let violations: string[];
      suiteSetup(async () => {
        workbench = await openWorkbench({ theme });
        violations = watchCsp(workbench.page);
      });
      suiteTeardown(async () => {
        await workbench?.close();
      });

      test('the form shows the profile, the preview its answer and warnings, and an invalid date its message', async () => {
        const { page } = workbench;
        const frame = await openWizardOn(page, '1. Do you have a SOC 2 report?');
        assert.match((await frame.locator('#profile-note').textContent()) ?? '', /Pre-filled from \.attest\/profile\.json/);
        const sentence = await previewText(frame, 'answer-sentence', /Northwind Ledger, Inc\. has a SOC 2 Type 2 report for the period 2025-07-01 to 2026-06-30/);
        assert.match(sentence, /Ashgrove & Pell CPAs LLP/);
        // An end before the start: the message appears next to the field.
        await tabTo(page, frame, 'periodEnd');
        // Home, Shift+End selects the field's text (Ctrl+A takes a round trip through the workbench).
        await page.keyboard.press('Home');
        await page.keyboard.press('Shift+End');
        await page.keyboard.type('2025-01-31', { delay: 5 });
        await frame
          .locator('[data-message-for="periodEnd"].error', { hasText: /after the period start/ })
          .waitFor({ timeout: 30_000 })
          .catch(async (error: unknown) => {
            await workbench.screenshot(`wizard-${theme}-failed`);
            throw error;
          });
        await workbench.screenshot(`wizard-${theme}`);
        // Reset restores the profile's value.
        await tabTo(page, frame, 'reset');
        await page.keyboard.press('Enter');
        await frame.locator('[data-message-for="periodEnd"]:empty').waitFor({ state: 'attached', timeout: 30_000 });
        assert.equal(await frame.locator('[data-field="periodEnd"]').evaluate((el) => (el as HTMLInputElement).value), '2026-06-30');
        assert.deepEqual(wizardViolations(violations), [], 'no CSP violation in the console');
      });
    });
  }
});

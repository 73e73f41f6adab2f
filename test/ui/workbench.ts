// Drives the real VS Code workbench (code-server) in headless chromium, with Attest loaded from
// source, the way a user would: F1 palette, keyboard, clicks, and reading what is on screen.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { ROOT, ensureInstalled, flavourName } from '../../scripts/vscode/setup';
import { launchBrowser, startCodeServer, workbenchUrl, writeUserSettings, type BrowserSession, type RunningServer } from '../../scripts/vscode/workbench';

export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');

export interface Workbench {
  page: Page;
  server: RunningServer;
  workspace: string;
  close(): Promise<void>;
  screenshot(name: string): Promise<string>;
}

export interface WorkbenchOptions {
  /** Folder copied into a scratch workspace (default: the demo workspace). */
  workspaceSource?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
  settings?: Record<string, unknown>;
}

const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern', 'high-contrast': 'Default High Contrast' } as const;

/** The theme picker's label and the class the workbench gets once the theme is applied. */
const THEME_PICKS = {
  light: { label: 'Light Modern', workbenchClass: 'vs' },
  dark: { label: 'Dark Modern', workbenchClass: 'vs-dark' },
  'high-contrast': { label: 'Dark High Contrast', workbenchClass: 'hc-black' },
} as const;

/**
 * Picks a colour theme with Ctrl+K Ctrl+T, as a user would. code-server 4.100 starts in the
 * default light theme whatever workbench.colorTheme says, so the setting alone is not enough.
 * Chords sent while the workbench is still starting can be lost: retried for a while.
 */
export async function useTheme(page: Page, theme: keyof typeof THEME_PICKS, timeoutMs = 90_000): Promise<void> {
  const { label, workbenchClass } = THEME_PICKS[theme];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+T');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 5_000 });
      await input.fill(label);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) {
        throw error;
      }
    }
  }
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const installation = ensureInstalled(flavourName([]));
  const workDir = mkdtempSync(join(tmpdir(), 'attest-ui-'));
  const workspace = join(workDir, 'workspace');
  cpSync(options.workspaceSource ?? join(ROOT, 'demo'), workspace, { recursive: true });
  const userDataDir = join(workDir, 'user-data');
  writeUserSettings(userDataDir, { 'workbench.colorTheme': THEMES[options.theme ?? 'light'], ...options.settings });
  const server = await startCodeServer({ installation, workDir, userDataDir });
  let session: BrowserSession | undefined;
  try {
    session = await launchBrowser({ colorScheme: options.theme === 'dark' ? 'dark' : 'light' });
    const page = await session.context.newPage();
    page.on('pageerror', (error) => console.error('[ui] page error:', error.message));
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: [ROOT] }));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    if (options.theme !== undefined && options.theme !== 'light') {
      await useTheme(page, options.theme);
    }
    const opened = session;
    mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      page,
      server,
      workspace,
      close: async () => {
        await opened.close();
        await server.stop();
        rmSync(workDir, { recursive: true, force: true });
      },
      screenshot: async (name: string) => {
        const file = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
    };
  } catch (error) {
    await session?.close();
    await server.stop();
    throw error;
  }
}

/**
 * Runs a command from the F1 palette by its label, as a user types it. The development extension
 * is scanned a few seconds after the workbench appears, so an unknown label is retried for a while.
 */
export async function runCommand(page: Page, label: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${label}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    try {
      await row.waitFor({ timeout: 2_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) {
        throw error;
      }
    }
  }
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  const name = relativePath.split('/').pop() ?? relativePath;
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

/** The text the active editor shows (Monaco uses U+00A0 for spaces). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.editor-group-container.active .editor-instance .view-lines .view-line')] as HTMLElement[];
    return lines
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('\n');
  });
}

/** The content frame of the visible webview. */
export function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Moves the cursor of the active editor to a 1-based line with Go to Line (Ctrl+G), as a user would. */
export async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await cursorAt(page, line);
}

/** Waits until the status bar shows the cursor on a 1-based line ("Ln 9, Col 1"). */
export async function cursorAt(page: Page, line: number, timeoutMs = 15_000): Promise<void> {
  await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).first().waitFor({ timeout: timeoutMs });
}

/** Polls the active editor's text until it satisfies the check (edits reach the DOM a little later). */
export async function waitForEditorText(page: Page, check: (text: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await editorText(page);
    if (check(text)) {
      return text;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; the editor shows:\n${text}`);
    }
    await page.waitForTimeout(200);
  }
}

/**
 * Like openFile, but waits until Quick Open lists that very file before pressing Enter: right after
 * typing, the list can still show recently opened files, and Enter would open the wrong one.
 */
export async function openFileListed(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.split('/').pop() ?? relativePath;
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  const first = page.locator('.quick-input-list .monaco-list-row').first();
  const deadline = Date.now() + 30_000;
  while (!((await first.textContent().catch(() => '')) ?? '').includes(name)) {
    if (Date.now() > deadline) {
      throw new Error(`Quick Open never listed ${name} first`);
    }
    await page.waitForTimeout(100);
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

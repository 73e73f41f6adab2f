import * as assert from 'node:assert/strict';
import { openWorkbench, runCommand, webview, type Workbench } from './workbench';

suite('UI: Explain SOC 2 Type 1 vs Type 2', () => {
  for (const theme of ['light', 'dark'] as const) {
    suite(`${theme} theme`, () => {
      let workbench: Workbench;
      suiteSetup(async () => {
        workbench = await openWorkbench({ theme });
      });
      suiteTeardown(async () => {
        await workbench?.close();
      });

      test('the palette command shows the comparison in a panel', async () => {
        const { page } = workbench;
        await runCommand(page, 'Attest: Explain SOC 2 Type 1 vs Type 2');
        const frame = webview(page);
        const table = frame.locator('article table');
        await table.waitFor({ timeout: 30_000 });
        const header = (await table.locator('thead').textContent()) ?? '';
        assert.match(header, /Type 1/);
        assert.match(header, /Type 2/);
        const article = (await frame.locator('article').textContent()) ?? '';
        assert.match(article, /operated effectively/i);
        assert.match(article, /no fixed minimum/i);
        assert.match(article, /not the auditor/);
        assert.match(article, /a report, not a certificate/);
        // VS Code marks the webview body with the theme kind; the page's colours follow from its variables.
        assert.match((await frame.locator('body').getAttribute('class')) ?? '', new RegExp(`\\bvscode-${theme}\\b`));
        await frame.locator('#copy-summary').click();
        await frame.locator('#status', { hasText: /copied/i }).waitFor({ timeout: 10_000 });
        await workbench.screenshot(`explain-${theme}`);
      });
    });
  }
});

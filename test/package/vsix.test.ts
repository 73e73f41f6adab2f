// Checks the packaged extension (npm run package → attest.vsix): what ships and what must not.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const ROOT = join(__dirname, '..', '..');
const VSIX = join(ROOT, 'attest.vsix');

suite('VSIX package', () => {
  let files: string[] = [];

  suiteSetup(async function () {
    if (!existsSync(VSIX)) {
      throw new Error('attest.vsix is missing: run `npm run package` first.');
    }
    const zip = await JSZip.loadAsync(readFileSync(VSIX));
    files = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
    console.log(`    attest.vsix: ${(statSync(VSIX).size / 1024).toFixed(1)} KiB, ${files.length} files`);
  });

  test('contains the bundle, manifest, README, media and snippets', async () => {
    for (const required of ['extension/dist/extension.js', 'extension/package.json']) {
      assert.ok(files.includes(required), `${required} is in the package`);
    }
    // vsce renames these (readme.md, changelog.md, LICENSE.txt), so match them by name without case or extension.
    for (const document of ['readme', 'changelog', 'license']) {
      const shipped = files.filter((f) => new RegExp(`^extension/${document}(\\.(md|txt))?$`, 'i').test(f));
      assert.equal(shipped.length, 1, `${document} is in the package (files: ${files.join(', ')})`);
    }
    assert.ok(files.some((f) => f.startsWith('extension/media/')), 'media/ is in the package');
    assert.ok(files.some((f) => f.startsWith('extension/snippets/')), 'snippets/ is in the package');
    assert.ok(files.some((f) => f.startsWith('extension/dist/webview/')), 'the webview front end is in the package');
    // Loaded on first use by the host: without them a command fails only when a user runs it.
    const { LAZY_PARTS } = (await import(pathToFileURL(join(ROOT, 'scripts', 'lazyParts.mjs')).href)) as { LAZY_PARTS: { bundle: string }[] };
    for (const lazy of ['workbookFill.js', ...LAZY_PARTS.map((part) => part.bundle), 'profile.schema.json']) {
      assert.ok(files.includes(`extension/dist/${lazy}`), `dist/${lazy} is in the package`);
    }
  });

  test('contains no sources, tests, dependencies or source maps', () => {
    const forbidden = files.filter((f) => /^extension\/(src|test|node_modules|scripts|demo|bench|\.vscode-test)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
    assert.deepEqual(forbidden, []);
  });
});

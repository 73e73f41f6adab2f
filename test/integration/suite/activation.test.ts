import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension } from './helpers';

suite('Activation cost', () => {
  test('activate() is quick and the host bundle loads quickly', async () => {
    const api = await activateExtension();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const bundle = join(extension.extensionPath, 'dist', 'extension.js');
    assert.ok(existsSync(bundle));
    // Load a fresh copy of the bundle the way the host does, to time module evaluation alone.
    const load = createRequire(__filename);
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      delete load.cache[load.resolve(bundle)];
      const started = performance.now();
      load(bundle);
      loads.push(performance.now() - started);
    }
    const sizeKb = statSync(bundle).size / 1024;
    console.log(
      `    activate(): ${api.activationMs.toFixed(1)} ms; loading dist/extension.js (${sizeKb.toFixed(0)} KB, ${existsSync(`${bundle}.map`) ? 'development' : 'production'} build): ${loads.map((ms) => ms.toFixed(1)).join(', ')} ms`,
    );
    // The goal is 20 ms on a developer machine; this shared test machine is slower, so the bound is loose.
    assert.ok(api.activationMs < 200, `activate() took ${api.activationMs.toFixed(1)} ms`);
  });
});

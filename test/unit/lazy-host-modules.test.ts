// The host loads some modules on first use through generated stubs (scripts/build.mjs). A stub
// for a function the module does not export would fail only when a user reaches it: check here.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const modules = JSON.parse(readFileSync(join(ROOT, 'scripts', 'lazy-host-modules.json'), 'utf8')) as { name: string; source: string; functions: string[] }[];

suite('lazily loaded host modules', () => {
  for (const lazy of modules) {
    test(`${lazy.name}: every stubbed name is a function the module exports`, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module path is data
      const loaded = require(join(ROOT, lazy.source)) as Record<string, unknown>;
      for (const name of lazy.functions) {
        assert.equal(typeof loaded[name], 'function', `${lazy.source} exports function ${name}`);
      }
    });
  }
});

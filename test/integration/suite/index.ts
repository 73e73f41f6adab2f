// Loaded by the extension host (extensionTestsPath): installs the network guard, then runs every
// *.test.js next to this file with mocha and rejects when any test fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { installNetworkGuard } from './networkGuard';

export async function run(): Promise<void> {
  installNetworkGuard();
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 2_000 });
  if (process.env.ATTEST_GREP) {
    mocha.grep(process.env.ATTEST_GREP);
  }
  // ATTEST_FILE=wizard-refind loads only the matching test files (a file that fails to load stops every suite).
  const only = process.env.ATTEST_FILE;
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js') && (only === undefined || only === '' || file.includes(only))) {
      mocha.addFile(path.join(__dirname, file));
    }
  }
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}

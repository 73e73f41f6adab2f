// Runs the integration suite (mocha inside the real extension host) through @vscode/test-electron,
// whose VS Code "executable" is our code-shim: code-server + headless chromium.
//   npx tsx scripts/vscode/run-integration.ts [--vscode 1.100|1.139]
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureInstalled, flavourName } from './setup';

async function main(): Promise<number> {
  const flavour = flavourName();
  const installation = ensureInstalled(flavour); // before the clock starts: a cold install takes a while
  const testsPath = join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js');
  if (!existsSync(testsPath) || !existsSync(join(ROOT, 'dist', 'extension.js'))) {
    console.error('Build first: npm run build');
    return 2;
  }
  // Tests edit files: give them a scratch copy of the fixture workspace.
  const workspace = mkdtempSync(join(tmpdir(), 'attest-it-workspace-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  console.log(`[integration] VS Code ${installation.vscode}, workspace ${workspace}`);
  try {
    return await runTests({
      vscodeExecutablePath: join(ROOT, 'scripts', 'vscode', 'code-shim.mjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { ATTEST_VSCODE: flavour, ATTEST_WORKSPACE: workspace },
    }).then(
      () => 0,
      () => 1,
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

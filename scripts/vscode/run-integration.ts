// Runs the integration suite (mocha inside the real extension host) through @vscode/test-electron,
// whose VS Code "executable" is our code-shim: code-server + headless chromium.
//   npx tsx scripts/vscode/run-integration.ts [--vscode 1.100|1.139]
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const run = async (name: string, prepare: (workspace: string) => void, env: Record<string, string>): Promise<number> => {
    // Tests edit files: give them a scratch copy of the fixture workspace.
    const workspace = mkdtempSync(join(tmpdir(), 'attest-it-workspace-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    prepare(workspace);
    console.log(`[integration] ${name}: VS Code ${installation.vscode}, workspace ${workspace}`);
    try {
      return await runTests({
        vscodeExecutablePath: join(ROOT, 'scripts', 'vscode', 'code-shim.mjs'),
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: testsPath,
        launchArgs: [workspace, '--disable-extensions'],
        extensionTestsEnv: { ATTEST_VSCODE: flavour, ATTEST_WORKSPACE: workspace, ...env },
      }).then(
        () => 0,
        () => 1,
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  };
  const trusted = await run('trusted workspace', () => undefined, {});
  const grep = process.env.ATTEST_GREP;
  if (trusted !== 0 || (grep !== undefined && grep !== '' && !RESTRICTED_SUITE.includes(grep))) {
    return trusted;
  }
  // The same fixture, untrusted (Restricted Mode), with a workspace setting Attest must ignore there.
  return run('Restricted Mode', prepareRestrictedWorkspace, {
    ATTEST_RESTRICTED: '1',
    ATTEST_WORKSPACE_TRUST: '1',
    ATTEST_GREP: RESTRICTED_SUITE,
    ATTEST_TEST_SETTINGS: JSON.stringify({ 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' }),
  });
}

/** The suite title of test/integration/suite/restricted.test.ts. */
const RESTRICTED_SUITE = 'Restricted Mode';

/** Repository settings pointing attest.profilePath and attest.libraryPath at another profile and library inside the workspace. */
function prepareRestrictedWorkspace(workspace: string): void {
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'attest.profilePath': 'restricted-alt/profile.json', 'attest.libraryPath': 'restricted-alt/library' }, null, 2));
  mkdirSync(join(workspace, 'restricted-alt', 'library', 'identity'), { recursive: true });
  writeFileSync(
    join(workspace, 'restricted-alt', 'library', 'identity', 'sso.md'),
    '---\nid: sso\nquestion: "Do you support single sign-on?"\nanswer:\n  yesno: yes\n  sentence: "Yes, from the repository setting."\nowner: Someone\nreviewed: 2026-10-01\nvisibility: public\n---\nFrom the repository setting.\n',
  );
  mkdirSync(join(workspace, 'restricted-alt'), { recursive: true });
  writeFileSync(join(workspace, 'restricted-alt', 'profile.json'), JSON.stringify({ organization: { name: 'Repository Setting Co' }, soc2: { engagements: [] } }, null, 2));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

// Accepts what @vscode/test-electron passes to a VS Code executable:
//   [folder] --extensionDevelopmentPath=P --extensionTestsPath=T [--user-data-dir=D] [--extensions-dir=E] …
// Starts code-server on a free 127.0.0.1 port, opens the workbench in headless chromium with the
// dev and test paths in the URL payload, waits for window.codeAutomationExit(code) (called when
// the test runner in the real Node extension host ends), stops everything and exits with that code.
// Environment: ATTEST_VSCODE (1.100 | 1.139), ATTEST_TEST_TIMEOUT_MS (default 600000), VERBOSE=1,
// ATTEST_WORKSPACE_TRUST=1 (keep workspace trust on, for the Restricted Mode run).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { ensureInstalled, flavourName } from './setup';
import { LOG_NOISE, launchBrowser, startCodeServer, workbenchUrl, writeUserSettings } from './workbench';

interface ShimArgs {
  folder?: string;
  devPaths: string[];
  testsPath?: string;
}

function parseArgs(argv: string[]): ShimArgs {
  const parsed: ShimArgs = { devPaths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      parsed.folder = resolve(arg);
      continue;
    }
    const [, key, inline] = match;
    const value = (): string => inline ?? argv[++i] ?? '';
    switch (key) {
      case 'extensionDevelopmentPath':
        parsed.devPaths.push(resolve(value()));
        break;
      case 'extensionTestsPath':
        parsed.testsPath = resolve(value());
        break;
      case 'user-data-dir':
      case 'extensions-dir':
        value(); // every run gets a fresh profile, so no state leaks from one run into the next
        break;
      case 'folder-uri':
        parsed.folder = new URL(value()).pathname;
        break;
      default:
        break; // desktop-only flags (--no-sandbox, --disable-gpu-sandbox, --skip-welcome, …) mean nothing here
    }
  }
  return parsed;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath || args.devPaths.length === 0) {
    console.error('code-shim: need --extensionDevelopmentPath and --extensionTestsPath');
    return 2;
  }
  const started = Date.now();
  const installation = ensureInstalled(flavourName([]));
  const workDir = mkdtempSync(join(tmpdir(), 'attest-shim-'));
  const userDataDir = join(workDir, 'user-data');
  writeUserSettings(userDataDir, JSON.parse(process.env.ATTEST_TEST_SETTINGS ?? '{}') as Record<string, unknown>);
  const server = await startCodeServer({
    installation,
    workDir,
    userDataDir,
    workspaceTrust: process.env.ATTEST_WORKSPACE_TRUST === '1',
  });
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const signal of signals) {
    process.on(signal, () => {
      void server.stop().then(() => process.exit(130));
    });
  }
  console.log(`[code-shim] VS Code ${installation.vscode} (code-server) up on ${server.base} after ${Date.now() - started} ms`);
  const session = await launchBrowser();
  const timeoutMs = Number(process.env.ATTEST_TEST_TIMEOUT_MS ?? 600_000);
  let result: number | 'timeout' = 'timeout';
  try {
    const page = await session.context.newPage();
    let finish: (code: number) => void = () => undefined;
    const done = new Promise<number>((resolveDone) => (finish = resolveDone));
    await page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown[]) => {
      const line = format(...(logArgs ?? []));
      if (process.env.VERBOSE || !LOG_NOISE.test(line)) {
        (type === 'error' ? console.error : console.log)(line);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    page.on('pageerror', (error) => console.error('[code-shim] page error:', error.message));
    await page.goto(
      workbenchUrl(server, { folder: args.folder, extensionDevelopmentPath: args.devPaths, extensionTestsPath: args.testsPath }),
    );
    result = await Promise.race([done, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    if (process.env.ATTEST_SHIM_SCREENSHOT) {
      await page.screenshot({ path: process.env.ATTEST_SHIM_SCREENSHOT }).catch(() => undefined);
    }
  } finally {
    await session.close();
    await server.stop();
  }
  console.log(`[code-shim] extension tests finished: ${result} (${Date.now() - started} ms)`);
  if (result === 'timeout') {
    console.error(`[code-shim] timed out after ${timeoutMs} ms; server log tail:\n${readFileSync(server.logFile, 'utf8').slice(-4000)}`);
  }
  if (result === 0) {
    rmSync(workDir, { recursive: true, force: true });
  } else {
    console.error(`[code-shim] the server's log and user data are kept in ${workDir}`);
  }
  return result === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[code-shim]', error);
    process.exit(2);
  },
);

// Starts a real VS Code (code-server) on 127.0.0.1 and opens its workbench in Debian's headless
// chromium through playwright-core. Shared by the integration runner (code-shim), the UI tests and
// `npm start`. code-server runs in its own process group so that its extension hosts die with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Installation } from './setup';

export const CHROME = process.env.CHROME ?? '/usr/bin/chromium';

/** Settings that keep the workbench quiet and offline. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
};

export const LOG_NOISE =
  /Creating a socket|connection token|AgentHost|ChatModelSelection|AccountPolicyGate|open-vsx\.org|Service Worker|reconnection-grace-time|builtin extensions cache|ChatSessionStore|\[copilot|authentication provider .github.|tryActivateProvider|getSessions \(http/;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address !== null ? address.port : 0;
        server.close(() => resolve(port));
      })
      .on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function writeUserSettings(userDataDir: string, extra: Record<string, unknown> = {}): void {
  const file = join(userDataDir, 'User', 'settings.json');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}

export interface RunningServer {
  port: number;
  base: string;
  logFile: string;
  process: ChildProcess;
  stop(): Promise<void>;
  /** `vscode-remote://` URI for a path on this machine, as the workbench must see it. */
  remote(path: string): string;
}

export interface ServerOptions {
  installation: Installation;
  workDir: string;
  port?: number;
  userDataDir?: string;
  extensionsDir?: string;
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Keep VS Code's workspace trust on (the restricted-mode integration run); off everywhere else. */
  workspaceTrust?: boolean;
}

export async function startCodeServer(options: ServerOptions): Promise<RunningServer> {
  const inst = options.installation;
  const port = options.port ?? (await freePort());
  const userDataDir = options.userDataDir ?? join(options.workDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(options.workDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  if (!existsSync(join(userDataDir, 'User', 'settings.json'))) {
    writeUserSettings(userDataDir);
  }
  const extra = inst.needsSmokeTestDriver ? ['--vscode-option=--enable-smoke-test-driver'] : [];
  const args = [
    inst.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust === true ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', '/dev/null',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extra,
    ...(options.extraArgs ?? []),
  ];
  const logFile = join(options.workDir, 'code-server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(inst.nodeBinary, args, {
    detached: true, // its own process group: server, extension hosts and helpers stop together
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ...options.env,
      XDG_CONFIG_HOME: join(options.workDir, 'xdg-config'),
      XDG_DATA_HOME: join(options.workDir, 'xdg-data'),
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) {
        process.kill(-child.pid, signal);
      }
    } catch {
      // already gone
    }
  };
  // If the test process exits first, the server group goes with it; removed on stop, so a run of many workbenches does not pile up listeners.
  const killOnExit = (): void => killGroup('SIGKILL');
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) {
      return;
    }
    stopped = true;
    killGroup('SIGTERM');
    await Promise.race([exited, sleep(3000)]);
    killGroup('SIGKILL');
    process.removeListener('exit', killOnExit);
  };
  process.once('exit', killOnExit);

  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) {
        break;
      }
    } catch {
      // not up yet
    }
    if (attempt > 600 || child.exitCode !== null) {
      await stop();
      throw new Error(`code-server did not start:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
    }
    await sleep(100);
  }
  return {
    port,
    base,
    logFile,
    process: child,
    stop,
    remote: (path: string) => `vscode-remote://127.0.0.1:${port}${path}`,
  };
}

export interface WorkbenchUrlOptions {
  folder?: string;
  extensionDevelopmentPath?: string[];
  extensionTestsPath?: string;
}

export function workbenchUrl(server: RunningServer, options: WorkbenchUrlOptions): string {
  const query = options.folder ? `folder=${encodeURIComponent(options.folder)}` : 'ew=true';
  const payload: [string, string][] = [
    ...(options.extensionDevelopmentPath ?? []).map((p): [string, string] => ['extensionDevelopmentPath', server.remote(p)]),
  ];
  if (options.extensionTestsPath) {
    payload.push(['extensionTestsPath', server.remote(options.extensionTestsPath)]);
  }
  return payload.length > 0
    ? `${server.base}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`
    : `${server.base}/?${query}`;
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}): Promise<BrowserSession> {
  // Chromium writes crash reports and caches under XDG dirs: keep them out of $HOME.
  const home = mkdtempSync(join(tmpdir(), 'attest-chrome-'));
  const browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  // vscode.env.clipboard goes through the page's clipboard in the web workbench.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return {
    browser,
    context,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

// `npm start`: opens Attest, loaded from source, in a real VS Code on the demo/ workspace.
// Desktop VS Code when `code` is on the PATH; otherwise the cached code-server on 127.0.0.1,
// printing the address to open in a browser. Ctrl+C stops it.
//   --smoke   start, check in headless chromium that Attest's commands are there, stop (exit 0/1)
//   --port N  (or ATTEST_PORT) the port for code-server (default 3100, or a free one if taken)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CACHE, ROOT, ensureInstalled, flavourName } from './setup';
import { freePort, launchBrowser, startCodeServer, workbenchUrl, writeUserSettings } from './workbench';

const DEMO = join(ROOT, 'demo');
const smoke = process.argv.includes('--smoke');

function desktopCode(): string | undefined {
  if (process.env.ATTEST_USE_CODE_SERVER || smoke) {
    return undefined;
  }
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  const index = process.argv.indexOf('--port');
  const wanted = Number(index >= 0 ? process.argv[index + 1] : (process.env.ATTEST_PORT ?? 3100));
  return (await portIsFree(wanted)) ? wanted : freePort();
}

async function smokeCheck(url: string): Promise<boolean> {
  const session = await launchBrowser();
  try {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Attest:');
      const found = await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Attest:' })
        .first()
        .waitFor({ timeout: 2_000 })
        .then(() => true, () => false);
      if (found) {
        const count = await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Attest:' }).count();
        console.log(`[start] smoke check: ${count} Attest commands in the palette; title "${await page.title()}"`);
        return true;
      }
      await page.keyboard.press('Escape');
    }
    return false;
  } finally {
    await session.close();
  }
}

async function main(): Promise<number> {
  const code = desktopCode();
  if (code) {
    console.log(`[start] opening ${DEMO} in desktop VS Code with Attest loaded from ${ROOT}`);
    const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${ROOT}`, DEMO], { stdio: 'inherit' });
    return new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 0)));
  }
  const installation = ensureInstalled(flavourName());
  const workDir = join(CACHE, 'start');
  const userDataDir = join(workDir, 'user-data');
  mkdirSync(workDir, { recursive: true });
  writeUserSettings(userDataDir, { 'workbench.startupEditor': 'none' });
  const port = await choosePort();
  const server = await startCodeServer({ installation, workDir, userDataDir, port });
  const url = workbenchUrl(server, { folder: DEMO, extensionDevelopmentPath: [ROOT] });
  if (smoke) {
    const ok = await smokeCheck(url).catch((error: unknown) => {
      console.error(error);
      return false;
    });
    await server.stop();
    return ok ? 0 : 1;
  }
  console.log(`\n  Attest is running in VS Code ${installation.vscode} (code-server), bound to 127.0.0.1 only.`);
  console.log(`  Open this address in a browser on this machine:\n\n    ${url}\n`);
  console.log('  The demo workspace is demo/. Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => resolve());
    }
    server.process.once('exit', () => resolve());
  });
  await server.stop();
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

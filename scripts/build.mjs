// Builds every bundle with esbuild: the extension host, the webview front end, the command
// line, and the integration-test suite; then writes the profile JSON Schema next to them.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const at = (p) => join(root, p);


// The workbook engine (the bounded XML reader and the zip patcher) is rarely needed: bundle it once as
// dist/workbook.js and turn `import('../domain/workbook')` in the host and the CLI into a runtime
// require of that file, so activation and `attest check` never pay for it.
const lazyWorkbook = {
  name: 'lazy-workbook',
  setup(build) {
    build.onResolve({ filter: /domain\/workbook(\/index)?$/ }, (args) =>
      args.importer.includes(`${join('src', 'domain', 'workbook')}`) ? undefined : { path: './workbook.js', external: true },
    );
  },
};

// Host modules loaded on first use, so activation compiles less code (goal: host bundle under
// 300 KB). Each is bundled on its own as dist/lazy/<name>.js; in dist/extension.js an import of it
// becomes a stub whose functions require the real module on their first call. Only functions can
// be stubbed: importing anything else from these modules fails the build ("No matching export").
// The list is scripts/lazy-host-modules.json; a unit test checks each named function exists.
const LAZY_HOST_MODULES = JSON.parse(readFileSync(at('scripts/lazy-host-modules.json'), 'utf8'));

const lazyHostModules = {
  name: 'lazy-host-modules',
  setup(build) {
    const bySource = new Map(LAZY_HOST_MODULES.map((m) => [at(m.source), m]));
    build.onResolve({ filter: /^\.\/lazy\// }, (args) => (args.namespace === 'lazy-stub' ? { path: args.path, external: true } : undefined));
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.namespace === 'lazy-stub') {
        return undefined;
      }
      const base = join(args.resolveDir, args.path);
      const target = bySource.get(`${base}.ts`) ?? bySource.get(join(base, 'index.ts'));
      return target ? { path: at(target.source), namespace: 'lazy-stub', pluginData: target } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-stub' }, (args) => {
      const { name, functions } = args.pluginData;
      const stubs = functions.map((fn) => `export function ${fn}(...args) { return load().${fn}(...args); }`).join('\n');
      return { contents: `let loaded;\nconst load = () => (loaded ??= require('./lazy/${name}.js'));\n${stubs}\n`, loader: 'js', resolveDir: root };
    });
  },
};

// zod's namespace re-exports every locale (about 300 KB minified); Attest speaks English only.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`) ? { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

// jsonc-parser's default (UMD) entry requires files at run time that a bundle does not contain;
// its ES module entry bundles cleanly.
const nodeMainFields = ['module', 'main'];

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [zodEnglishOnly],
};

const builds = [
  {
    ...common,
    entryPoints: [at('src/extension.ts')],
    outfile: at('dist/extension.js'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [zodEnglishOnly, lazyWorkbook, lazyHostModules],
  },
  ...LAZY_HOST_MODULES.map((m) => ({
    ...common,
    entryPoints: [at(m.source)],
    outfile: at(`dist/lazy/${m.name}.js`),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  })),
  {
    ...common,
    entryPoints: [at('src/domain/workbook/index.ts')],
    outfile: at('dist/workbook.js'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
  },
  {
    // The workbook fill as a worker thread, off the extension host's event loop (src/adapter/workbookWorker.ts
    // starts it). The engine itself stays in dist/workbook.js, required at run time.
    ...common,
    entryPoints: [at('src/worker/workbookFill.ts')],
    outfile: at('dist/workbookFill.js'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    plugins: [zodEnglishOnly, lazyWorkbook],
  },
  {
    ...common,
    entryPoints: [at('src/cli/main.ts')],
    outfile: at('dist/cli.js'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [zodEnglishOnly, lazyWorkbook],
  },
  {
    ...common,
    entryPoints: [at('src/webview/explain.ts')],
    outdir: at('dist/webview'),
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
  },
  {
    // The SOC 2 follow-up wizard's page (webview-ui-toolkit + the zod/mini protocol).
    ...common,
    entryPoints: [at('src/webview/wizard/main.ts')],
    outfile: at('dist/webview/wizard.js'),
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
  },
];

// The integration suite runs inside the extension host: one bundle per test file, vscode and mocha external.
const suiteDir = at('test/integration/suite');
if (!production && existsSync(suiteDir)) {
  const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
  builds.push({
    ...common,
    sourcemap: 'inline',
    entryPoints: entries,
    outdir: at('out/test/integration/suite'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}

const present = builds.filter((b) => b.entryPoints.every((e) => existsSync(e)));
if (production) {
  rmSync(at('dist'), { recursive: true, force: true }); // no stale bundles or maps in the package
}
mkdirSync(at('dist'), { recursive: true });
if (builds.some((b) => b.outdir === at('out/test/integration/suite'))) {
  // Rebuilt below: a test file deleted from the sources must not keep running from an old bundle.
  rmSync(at('out/test/integration'), { recursive: true, force: true });
}
if (watch) {
  for (const b of present) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[build] watching…');
} else {
  const results = await Promise.all(present.map((b) => esbuild.build({ ...b, metafile: Boolean(process.env.ATTEST_METAFILE) })));
  if (process.env.ATTEST_METAFILE) {
    // Where the bytes of each bundle come from: ATTEST_METAFILE=1 node scripts/build.mjs --production
    for (const { metafile } of results) {
      for (const [file, output] of Object.entries(metafile.outputs)) {
        if (file.endsWith('.map')) continue;
        const bySource = {};
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          const key = input.includes('node_modules/') ? input.split('node_modules/').pop().split('/').slice(0, input.includes('node_modules/@') ? 2 : 1).join('/') : input.split('/').slice(0, 3).join('/');
          bySource[key] = (bySource[key] ?? 0) + bytesInOutput;
        }
        const top = Object.entries(bySource).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}K`);
        console.log(`${file} ${(output.bytes / 1024).toFixed(0)} KiB: ${top.join(', ')}`);
      }
    }
  }
  if (existsSync(at('dist/cli.js'))) {
    chmodSync(at('dist/cli.js'), 0o755); // `attest` runs as a program (npx attest, npm link)
  }
  const { writeProfileSchema } = await import('./profile-schema.mjs').catch(() => ({}));
  if (writeProfileSchema) {
    await writeProfileSchema(root);
  }
  console.log(`[build] ${present.length} bundles${production ? ' (production)' : ''}`);
}

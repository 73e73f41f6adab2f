// Builds every bundle with esbuild: the extension host, the webview front end, the command
// line, and the integration-test suite; then writes the profile JSON Schema next to them.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostBundleOptions, lazyImportsAsRequire, nodeMainFields, zodEnglishOnly } from './hostBundle.mjs';
import { LAZY_PARTS, lazyPartsPlugin } from './lazyParts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const at = (p) => join(root, p);


// Heavy parts load on first use: each is its own bundle, and a loader in src/adapter/lazy/ imports
// it with an explicit `await import()` (scripts/lazyParts.mjs says which and checks the imports).
const lazyElsewhere = lazyPartsPlugin(root, { host: false });

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
  { ...common, ...hostBundleOptions(root) },
  // Each lazy part on its own (dist/lazy/<name>.js, dist/workbook.js), complete: it imports nothing at run time.
  ...LAZY_PARTS.map((part) => ({
    ...common,
    entryPoints: [at(part.source)],
    outfile: at(`dist/${part.bundle}`),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  })),
  {
    // The workbook fill as a worker thread, off the extension host's event loop (src/adapter/workbookWorker.ts
    // starts it).
    ...common,
    entryPoints: [at('src/worker/workbookFill.ts')],
    outfile: at('dist/workbookFill.js'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    supported: lazyImportsAsRequire,
    plugins: [zodEnglishOnly, lazyElsewhere],
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
    supported: lazyImportsAsRequire,
    plugins: [zodEnglishOnly, lazyElsewhere],
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

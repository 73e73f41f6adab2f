// Builds every bundle with esbuild: the extension host, the webview front end, the command
// line, and the integration-test suite; then writes the profile JSON Schema next to them.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const at = (p) => join(root, p);

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: [at('src/extension.ts')],
    outfile: at('dist/extension.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: [at('src/cli/main.ts')],
    outfile: at('dist/cli.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: [at('src/webview/explain.ts')],
    outdir: at('dist/webview'),
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
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}

const present = builds.filter((b) => b.entryPoints.every((e) => existsSync(e)));
mkdirSync(at('dist'), { recursive: true });
if (watch) {
  for (const b of present) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('[build] watching…');
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
  const { writeProfileSchema } = await import('./profile-schema.mjs').catch(() => ({}));
  if (writeProfileSchema) {
    await writeProfileSchema(root);
  }
  console.log(`[build] ${present.length} bundles${production ? ' (production)' : ''}`);
}

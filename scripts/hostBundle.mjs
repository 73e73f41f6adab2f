// How dist/extension.js is bundled, shared by scripts/build.mjs and the unit test that checks what
// activation compiles (test/unit/build/lazyParts.test.ts).
import { dirname, join } from 'node:path';
import { lazyPartsPlugin } from './lazyParts.mjs';

// zod's namespace re-exports every locale (about 300 KB minified); Attest speaks English only.
export const zodEnglishOnly = {
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
export const nodeMainFields = ['module', 'main'];

// The CommonJS bundles load a lazy part with require() (a promise of it, as import() gives): the
// module is then in require.cache like any other, and nothing depends on Node's ESM loader.
export const lazyImportsAsRequire = { 'dynamic-import': false };

/** The extension host bundle: Node, CommonJS, `vscode` external, heavy parts loaded on first use. */
export function hostBundleOptions(root) {
  return {
    entryPoints: [join(root, 'src', 'extension.ts')],
    outfile: join(root, 'dist', 'extension.js'),
    platform: 'node',
    mainFields: nodeMainFields,
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    supported: lazyImportsAsRequire,
    plugins: [zodEnglishOnly, lazyPartsPlugin(root, { host: true })],
  };
}

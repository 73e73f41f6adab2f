// The host loads its heavy parts on first use through the loaders in src/adapter/lazy/ and the
// build rule in scripts/lazyParts.mjs. These tests build the real host entry (in memory) and check
// what that rule promises: no part is compiled into activation, each loader's import() becomes a
// require of the part's own bundle, and a static import of a part is a build error, not a stub.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { lazyPart } from '../../../src/adapter/lazy/load';

const ROOT = join(__dirname, '..', '..', '..');

interface LazyPartsModule {
  LAZY_PARTS: { name: string; source: string; bundle: string }[];
  lazyPartsPlugin(root: string, options: { host: boolean }): esbuild.Plugin;
}

async function lazyParts(): Promise<LazyPartsModule> {
  return (await import(pathToFileURL(join(ROOT, 'scripts', 'lazyParts.mjs')).href)) as LazyPartsModule;
}

/** scripts/build.mjs's options for dist/extension.js. */
async function hostOptions(): Promise<esbuild.BuildOptions> {
  const { hostBundleOptions } = (await import(pathToFileURL(join(ROOT, 'scripts', 'hostBundle.mjs')).href)) as { hostBundleOptions(root: string): esbuild.BuildOptions };
  return hostBundleOptions(ROOT);
}

type Built = esbuild.BuildResult & { metafile: esbuild.Metafile; outputFiles: esbuild.OutputFile[] };

/** The real host build, in memory; `entry` replaces the entry point, `host: false` builds as the CLI does. */
async function buildHost(entry: esbuild.BuildOptions = {}, host = true): Promise<Built> {
  const options = await hostOptions();
  const { lazyPartsPlugin } = await lazyParts();
  return (await esbuild.build({
    ...options,
    ...(entry.stdin ? { entryPoints: undefined, outfile: undefined, outdir: join(ROOT, 'dist') } : {}),
    ...(host ? {} : { plugins: [lazyPartsPlugin(ROOT, { host: false })] }),
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...entry,
  })) as Built;
}

suite('lazily loaded host parts', function () {
  this.timeout(30_000);

  // 286 KB when the parts were split out (2026-12-03), 300 KB on 2026-12-08: the guard is for a part
  // compiled into activation (tens of KB at once), not for the few hundred bytes a reader rule adds.
  test('the minified host bundle stays under 310 KB (what activation compiles)', async () => {
    const result = await buildHost({ minify: true, legalComments: 'none' });
    const bytes = result.outputFiles.find((f) => f.path.endsWith('.js'))?.contents.byteLength ?? 0;
    console.log(`      dist/extension.js, minified: ${(bytes / 1024).toFixed(0)} KB`);
    assert.ok(bytes > 50_000 && bytes < 310 * 1024, `host bundle ${(bytes / 1024).toFixed(0)} KB`);
  });

  test('every part names a source that exists and a bundle of its own', async () => {
    const { LAZY_PARTS } = await lazyParts();
    assert.ok(LAZY_PARTS.length >= 7);
    for (const part of LAZY_PARTS) {
      assert.ok(existsSync(join(ROOT, part.source)), part.source);
    }
    assert.equal(new Set(LAZY_PARTS.map((p) => p.bundle)).size, LAZY_PARTS.length, 'one bundle per part');
  });

  test('the host bundle contains no part; each loader it uses requires the part’s bundle', async () => {
    const { LAZY_PARTS } = await lazyParts();
    const result = await buildHost();
    assert.deepEqual(result.warnings.map((w) => w.text), [], 'no static import of a part');
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined) ?? assert.fail('an output');
    const inputs = Object.keys(output.inputs);
    for (const part of LAZY_PARTS) {
      assert.ok(!inputs.includes(part.source), `${part.source} is not compiled into dist/extension.js`);
    }
    const loaders = inputs.filter((input) => input.startsWith('src/adapter/lazy/') && !input.endsWith('/load.ts'));
    assert.ok(loaders.length >= 5, `the host uses its loaders (${loaders.join(', ')})`);
    const code = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    for (const loader of loaders) {
      const external = result.metafile.inputs[loader]?.imports.filter((i) => i.external === true) ?? [];
      assert.equal(external.length, 1, `${loader} imports one part`);
      const bundle = (external[0]?.path ?? '').replace(/^\.\//, '');
      assert.ok(LAZY_PARTS.some((p) => p.bundle === bundle), `${loader} → ${bundle} is a listed part`);
      assert.equal(external[0]?.kind, 'dynamic-import');
      // A require, so the part lands in require.cache and runs as CommonJS like the host.
      assert.ok(code.includes(`require("./${bundle}")`), `the host requires ./${bundle} on first use`);
    }
  });

  test('a static import of a part into the host is a build warning that names the loader (the test above then fails)', async () => {
    const contents = "import { renderMarkdown } from './src/domain/markdown';\nexport const html = renderMarkdown('**x**');\n";
    const result = await buildHost({ stdin: { contents, resolveDir: ROOT, sourcefile: 'src/adapter/statically.ts', loader: 'ts' } });
    assert.ok(
      result.warnings.some((w) => /src\/domain\/markdown\.ts, which the host loads on first use: call its loader in src\/adapter\/lazy\//.test(w.text)),
      JSON.stringify(result.warnings.map((w) => w.text)),
    );
    assert.ok(Object.keys(result.metafile.inputs).includes('src/domain/markdown.ts'), 'and the part is compiled in, which the host-bundle test reports');
  });

  test('an import() of a part outside the loaders fails in the host; the CLI may import it either way', async () => {
    const dynamic = "export const load = () => import('./src/domain/markdown');\n";
    await assert.rejects(
      buildHost({ stdin: { contents: dynamic, resolveDir: ROOT, sourcefile: 'src/adapter/elsewhere.ts', loader: 'ts' } }),
      (error: Error) => /through its loader in src\/adapter\/lazy\//.test(error.message),
    );
    const cli = await buildHost({ stdin: { contents: `${dynamic}import { safeHref } from './src/domain/markdown';\nexport const href = safeHref;\n`, resolveDir: ROOT, sourcefile: 'src/cli/x.ts', loader: 'ts' } }, false);
    const code = cli.outputFiles[0]?.text ?? '';
    assert.match(code, /require\("\.\/lazy\/markdown\.js"\)/, 'the dynamic import loads the bundle');
    assert.match(code, /function safeHref/, 'the static import is bundled');
  });

  test('a loader may not import() a module that is not a listed part (it would be bundled into activation)', async () => {
    const contents = "export const load = () => import('../../domain/intents');\n";
    await assert.rejects(
      buildHost({ stdin: { contents, resolveDir: join(ROOT, 'src', 'adapter', 'lazy'), sourcefile: 'src/adapter/lazy/intents.ts', loader: 'ts' } }),
      (error: Error) => /is not a part in scripts\/lazyParts\.mjs/.test(error.message),
    );
  });

  test('from source, each loader gives the whole module: constants too, not only functions', async () => {
    const files = readdirSync(join(ROOT, 'src', 'adapter', 'lazy')).filter((f) => f.endsWith('.ts') && f !== 'load.ts');
    assert.ok(files.length >= 7);
    const topics = await (await import('../../../src/adapter/lazy/topics')).loadTopics();
    assert.equal(typeof topics.resolveTopic, 'function');
    const engine = await (await import('../../../src/adapter/lazy/workbook')).loadWorkbookEngine();
    assert.equal(typeof engine.WorkbookError, 'function', 'a class (the old stubs could only forward functions)');
    const { loadKnowledge } = await import('../../../src/adapter/lazy/knowledge');
    assert.equal(await loadKnowledge(), await loadKnowledge(), 'loaded once');
  });

  test('a failed load is retried on the next call, a successful one is kept', async () => {
    let calls = 0;
    const load = lazyPart(async () => {
      calls++;
      if (calls === 1) {
        throw new Error('not there yet');
      }
      return { value: calls };
    });
    await assert.rejects(load(), /not there yet/);
    assert.deepEqual(await load(), { value: 2 });
    assert.deepEqual(await load(), { value: 2 });
    assert.equal(calls, 2);
  });
});

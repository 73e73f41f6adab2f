// The heavy parts the extension host loads on first use, and the esbuild plugin that keeps them out
// of dist/extension.js. Nothing here changes what an import means:
// - A loader in src/adapter/lazy/ says `import('../../domain/…')` (a promise of the whole module).
//   In the host, the CLI and the worker bundles that dynamic import becomes `require('./lazy/<name>.js')`
//   (or './workbook.js') of the part's own bundle, built from `source` below; from source (tests)
//   it loads the module itself.
// - A static import of a part into the host bundle is a build warning (the part is then compiled into
//   activation, and test/unit/build/lazyParts.test.ts fails). A dynamic import of a part outside
//   src/adapter/lazy/, and a loader's import() of a module that is not listed here, fail the build.
// The CLI and the worker may import a part statically (they need it at once); their dynamic imports
// of a part load its bundle like the host's.
import { join, relative, sep } from 'node:path';

/** name → the module's source (relative to the root) and its bundle (relative to dist/). */
export const LAZY_PARTS = [
  { name: 'workbook', source: 'src/domain/workbook/index.ts', bundle: 'workbook.js' },
  { name: 'workbookMapping', source: 'src/adapter/workbookMapping.ts', bundle: 'lazy/workbookMapping.js' },
  { name: 'word', source: 'src/domain/engine/drivers/wordFill.ts', bundle: 'lazy/word.js' },
  { name: 'library', source: 'src/domain/library/index.ts', bundle: 'lazy/library.js' },
  { name: 'libraryEditing', source: 'src/adapter/libraryEditing/index.ts', bundle: 'lazy/libraryEditing.js' },
  { name: 'libraryViews', source: 'src/adapter/libraryViews/index.ts', bundle: 'lazy/libraryViews.js' },
  { name: 'engine', source: 'src/domain/engine/index.ts', bundle: 'lazy/engine.js' },
  { name: 'answer', source: 'src/domain/answer/decide.ts', bundle: 'lazy/answer.js' },
  { name: 'claims', source: 'src/domain/claims/index.ts', bundle: 'lazy/claims.js' },
  { name: 'markdown', source: 'src/domain/markdown.ts', bundle: 'lazy/markdown.js' },
  { name: 'topics', source: 'src/domain/catalog/topics.ts', bundle: 'lazy/topics.js' },
  { name: 'knowledge', source: 'src/domain/catalog/knowledge/index.ts', bundle: 'lazy/knowledge.js' },
  { name: 'profileTemplate', source: 'src/domain/profile/template.ts', bundle: 'lazy/profileTemplate.js' },
  { name: 'wizardPreview', source: 'src/domain/wizard/preview.ts', bundle: 'lazy/wizardPreview.js' },
  { name: 'wizardPage', source: 'src/adapter/panels/wizardHtml.ts', bundle: 'lazy/wizardPage.js' },
  { name: 'wizardSave', source: 'src/domain/wizard/save.ts', bundle: 'lazy/wizardSave.js' },
];

const LOADERS = join('src', 'adapter', 'lazy') + sep;

/**
 * root: the project root. host: true for dist/extension.js (static imports of a part are errors),
 * false for the CLI and the worker. Every bundle using it sits in dist/.
 */
export function lazyPartsPlugin(root, { host }) {
  const bySource = new Map(LAZY_PARTS.map((part) => [join(root, part.source), part]));
  const partAt = (resolveDir, path) => {
    const base = join(resolveDir, path);
    return bySource.get(base) ?? bySource.get(`${base}.ts`) ?? bySource.get(join(base, 'index.ts'));
  };
  return {
    name: 'lazy-parts',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        const part = partAt(args.resolveDir, args.path);
        const importer = relative(root, args.importer);
        const fromLoader = importer.startsWith(LOADERS);
        if (args.kind === 'dynamic-import') {
          if (part === undefined) {
            return fromLoader ? { errors: [{ text: `${args.path} is loaded lazily but is not a part in scripts/lazyParts.mjs: add it there, or it is bundled into activation.` }] } : undefined;
          }
          if (host && !fromLoader) {
            return { errors: [{ text: `Load ${part.source} through its loader in src/adapter/lazy/, not with import() here.` }] };
          }
          return { path: `./${part.bundle}`, external: true };
        }
        if (part !== undefined && host && (args.kind === 'import-statement' || args.kind === 'require-call')) {
          // A warning, not an error, so a refactor in progress still builds; test/unit/build/lazyParts.test.ts fails on it.
          return { warnings: [{ text: `${importer} imports ${part.source}, which the host loads on first use: call its loader in src/adapter/lazy/ (await load…()) instead. Until then the part is compiled into activation.` }] };
        }
        return undefined;
      });
    },
  };
}

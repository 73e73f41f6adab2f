/**
 * The one way the host loads a heavy part on first use. Each loader in this folder calls
 * `lazyPart(() => import('…'))` with a literal path; scripts/lazyParts.mjs bundles that module on its
 * own (dist/lazy/<name>.js, or dist/workbook.js) and turns the `import()` into a `require` of that
 * file, so activation never compiles it. From source (unit tests, tsx) the same `import()` loads the
 * module itself. The meaning of the code is the same either way: a promise of the whole module.
 *
 * A failed load is not cached: the next call tries again.
 */
export function lazyPart<T>(importer: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

// Writes dist/profile.schema.json from the zod schema (src/domain/profile/jsonSchema.ts), so the
// schema the editor uses is generated, never hand-edited. Called by scripts/build.mjs; also runs
// on its own: node scripts/profile-schema.mjs
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The schema as built from source (bundled to a temporary CommonJS file, then loaded). */
export async function buildProfileSchemaObject(root) {
  const scratch = mkdtempSync(join(tmpdir(), 'attest-profile-schema-'));
  try {
    const outfile = join(scratch, 'jsonSchema.cjs');
    await esbuild.build({
      entryPoints: [join(root, 'src/domain/profile/jsonSchema.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      mainFields: ['module', 'main'],
      logLevel: 'warning',
    });
    const require = createRequire(import.meta.url);
    const { buildProfileJsonSchema } = require(outfile);
    return buildProfileJsonSchema();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes dist/profile.schema.json under `root` and returns its path. */
export async function writeProfileSchema(root) {
  const schema = await buildProfileSchemaObject(root);
  const target = join(root, 'dist', 'profile.schema.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  return target;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const written = await writeProfileSchema(root);
  console.log(`[profile-schema] wrote ${written}`);
}

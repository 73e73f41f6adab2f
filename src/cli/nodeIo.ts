// The CLI's real input and output: files on disk (written only through writeFileSafely), stdin, stdout.
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileSafely } from '../io/safeWrite';
import type { CliIo } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The process's own streams and clock unless `overrides` says otherwise (tests capture output and fix the day). */
export function nodeIo(overrides: Partial<Pick<CliIo, 'stdout' | 'stderr' | 'today' | 'readStdin'>> = {}): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin,
    readFile: (path) => readFile(path),
    writeFile: (path, data, options) => writeFileSafely(path, data, options),
    exists: (path) => access(path, constants.F_OK).then(() => true, () => false),
    today: () => new Date().toISOString().slice(0, 10),
    // Symbolic links are listed as links, not followed (isFile() is false for them).
    listFiles: async (dir) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)),
    makeFolder: async (dir) => void (await mkdir(dir, { recursive: true })),
    ...overrides,
  };
}

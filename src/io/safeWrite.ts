/**
 * The one way Attest writes a file, from the command line and from the editor.
 *
 * - The target's folder is resolved to its real path and the file goes there, so what was checked is
 *   what is written.
 * - A target that is a symbolic link is refused (Attest never writes through a link), as is a target
 *   that is the input: the same real path, or the same file under another name (a hard link:
 *   same device and inode).
 * - An existing target is replaced only when the caller says so (`overwrite`).
 * - The bytes go first to a temporary file created exclusively (O_EXCL, O_NOFOLLOW) beside the target,
 *   under an unpredictable name, and are then renamed over the target. rename replaces a directory
 *   entry and never writes into what it pointed to, so a link or hard link planted at the last moment
 *   is replaced, not written through; without `overwrite`, the temporary file is hard-linked to the
 *   target name instead, which fails if anything appeared there meanwhile.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isInsideFolder } from './workspacePath';

export type SafeWriteProblem =
  /** The target exists and `overwrite` was not given. */
  | 'exists'
  /** The target is a symbolic link. */
  | 'link'
  /** The target is the input file (same path once resolved, or a hard link to it). */
  | 'same_as_input'
  /** The target's folder is outside every allowed root (the workspace). */
  | 'outside'
  /** The target is a folder, a device or something else that is not a regular file. */
  | 'not_a_file'
  | 'folder_missing'
  | 'permission'
  | 'failed';

export class SafeWriteError extends Error {
  constructor(
    readonly problem: SafeWriteProblem,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'SafeWriteError';
  }
}

export interface SafeWriteOptions {
  /** Files this write must never replace (the questionnaire being filled). */
  inputs?: readonly string[];
  /** Replace an existing target (never a link, never an input). */
  overwrite?: boolean;
  /** When given, the target's real folder must be inside one of these folders (their real paths). */
  within?: readonly string[];
  /** The temporary file's random part; tests pass a fixed one to plant something at that path. */
  randomPart?: () => string;
}

const TEMPORARY_ATTEMPTS = 5;
// O_NOFOLLOW does not exist on Windows; O_EXCL alone already refuses an existing link there.
const EXCLUSIVE_CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

function errorCode(error: unknown): string | undefined {
  return (error as { code?: unknown }).code as string | undefined;
}

function failure(error: unknown, path: string): SafeWriteError {
  if (error instanceof SafeWriteError) {
    return error;
  }
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new SafeWriteError('folder_missing', path, `${path}: cannot be written (its folder does not exist).`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new SafeWriteError('permission', path, `${path}: cannot be written (permission denied).`);
  }
  if (code === 'EISDIR') {
    return new SafeWriteError('not_a_file', path, `${path}: cannot be written (it is a folder).`);
  }
  return new SafeWriteError('failed', path, `${path}: cannot be written (${code ?? (error instanceof Error ? error.message : String(error))}).`);
}

async function lstatOrUndefined(path: string): Promise<Awaited<ReturnType<typeof lstat>> | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/** Throws when `target` (in its real folder) is one of the inputs, by real path or by device and inode. */
async function refuseInputs(target: string, shown: string, inputs: readonly string[]): Promise<void> {
  const targetStat = await stat(target).catch(() => undefined);
  for (const input of inputs) {
    const inputReal = await realpath(input).catch(() => resolve(input));
    const inputStat = await stat(input).catch(() => undefined);
    const samePath = inputReal === target;
    const sameInode = targetStat !== undefined && inputStat !== undefined && targetStat.dev === inputStat.dev && targetStat.ino === inputStat.ino;
    if (samePath || sameInode) {
      throw new SafeWriteError(
        'same_as_input',
        shown,
        `${shown}: is the questionnaire being filled${samePath ? '' : ' under another name (a link to it)'}; Attest never writes over the original. Choose another output file.`,
      );
    }
  }
}

/** Checks the target as it is now: not an input, not a link, a regular file if it exists. */
async function checkTarget(target: string, shown: string, options: SafeWriteOptions): Promise<void> {
  await refuseInputs(target, shown, options.inputs ?? []);
  const existing = await lstatOrUndefined(target);
  if (existing === undefined) {
    return;
  }
  if (existing.isSymbolicLink()) {
    throw new SafeWriteError('link', shown, `${shown}: is a symbolic link; Attest never writes through a link. Remove it or choose another output file.`);
  }
  if (!existing.isFile()) {
    throw new SafeWriteError('not_a_file', shown, `${shown}: cannot be written (${existing.isDirectory() ? 'it is a folder' : 'it is not a regular file'}).`);
  }
  if (options.overwrite !== true) {
    throw new SafeWriteError('exists', shown, `${shown}: already exists.`);
  }
}

async function createTemporary(folder: string, name: string, randomPart: () => string): Promise<{ path: string; handle: FileHandle }> {
  for (let attempt = 1; ; attempt++) {
    const path = join(folder, `.${name}.${randomPart()}.attest-partial`);
    try {
      return { path, handle: await open(path, EXCLUSIVE_CREATE, 0o666) };
    } catch (error) {
      // Something (a planted link, a leftover) holds this name: take another, never open it.
      if ((errorCode(error) === 'EEXIST' || errorCode(error) === 'ELOOP') && attempt < TEMPORARY_ATTEMPTS) {
        continue;
      }
      throw error;
    }
  }
}

/**
 * Writes `data` to `path` safely (see the module comment). Throws SafeWriteError with a message
 * for the user (naming `path` as given) and writes nothing when it refuses.
 */
export async function writeFileSafely(path: string, data: Uint8Array | string, options: SafeWriteOptions = {}): Promise<void> {
  let temporary: string | undefined;
  try {
    const folder = await realpath(dirname(resolve(path)));
    const target = join(folder, basename(path));
    if (options.within !== undefined && !(await isInsideAny(folder, options.within))) {
      throw new SafeWriteError('outside', path, `${path}: is outside the workspace; Attest writes only inside the workspace folder.`);
    }
    await checkTarget(target, path, options);
    const created = await createTemporary(folder, basename(target), options.randomPart ?? (() => randomBytes(12).toString('hex')));
    temporary = created.path;
    try {
      await created.handle.writeFile(data);
      await created.handle.sync();
    } finally {
      await created.handle.close();
    }
    // Checked again just before the swap: the window left is the rename itself, which cannot write through anything.
    await checkTarget(target, path, options);
    if (options.overwrite === true) {
      await rename(temporary, target);
    } else {
      await publishWithoutReplacing(temporary, target, path);
    }
    temporary = undefined;
  } catch (error) {
    throw failure(error, path);
  } finally {
    if (temporary !== undefined) {
      await unlink(temporary).catch(() => undefined);
    }
  }
}

/** link() fails with EEXIST when the name is taken, so a file that appeared meanwhile is never replaced. */
async function publishWithoutReplacing(temporary: string, target: string, shown: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      throw new SafeWriteError('exists', shown, `${shown}: already exists.`);
    }
    // File systems without hard links (FAT, some network shares): the check just made has to do.
    if (errorCode(error) === 'EPERM' || errorCode(error) === 'ENOTSUP' || errorCode(error) === 'EOPNOTSUPP') {
      await rename(temporary, target);
      return;
    }
    throw error;
  }
  await unlink(temporary);
}

async function isInsideAny(folder: string, roots: readonly string[]): Promise<boolean> {
  for (const root of roots) {
    const realRoot = await realpath(root).catch(() => undefined);
    if (realRoot !== undefined && isInsideFolder(realRoot, folder)) {
      return true;
    }
  }
  return false;
}

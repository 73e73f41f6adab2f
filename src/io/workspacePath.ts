/**
 * Is a path really inside a folder? Real paths (every link resolved) are compared, so a link that
 * points out of the workspace counts as outside. For a path that does not exist yet (a profile about
 * to be created), its deepest existing ancestor is resolved and the rest appended.
 */
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** Both paths already real (or at least absolute and normalized). */
export function isInsideFolder(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!isAbsolute(rest) && rest.split(/[\\/]/)[0] !== '..');
}

/** The real path of `path`, resolving links as far as the path exists. */
export async function realPathAsFarAsItExists(path: string): Promise<string> {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      const real = await realpath(current);
      return missing.length === 0 ? real : join(real, ...missing.reverse());
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const parent = dirname(current);
      // ENOENT: not there yet; anything else (a dangling link, a loop) cannot be resolved and is treated as outside by callers.
      if (code !== 'ENOENT' || parent === current) {
        throw error;
      }
      // A link whose target is missing also reads as ENOENT; where it points is unknown, so it is not "inside".
      if (await lstat(current).then(() => true, () => false)) {
        throw error;
      }
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** Whether `path`, with every link resolved, lies inside `folder` (also resolved). */
export async function resolvesInside(folder: string, path: string): Promise<boolean> {
  try {
    const [realFolder, realTarget] = await Promise.all([realpath(folder), realPathAsFarAsItExists(path)]);
    return isInsideFolder(realFolder, realTarget);
  } catch {
    return false;
  }
}

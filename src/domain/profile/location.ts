/**
 * Where `attest.profilePath` may point: a relative path that stays inside the workspace folder.
 * The setting can come from the repository's own .vscode/settings.json, so an absolute path, a
 * drive or home path, or `..` climbing out of the folder is refused here, before any file is
 * touched. (Links pointing out are caught by the adapter's real-path check.)
 */
export type ProfileLocation = { ok: true; segments: string[] } | { ok: false; problem: string };

export function profileLocation(setting: string): ProfileLocation {
  const path = setting.trim();
  const refuse = (why: string): ProfileLocation => ({
    ok: false,
    problem: `attest.profilePath "${path}" ${why}; Attest reads and writes the profile only inside the workspace folder, so it did not use it. Set a path relative to the folder, such as .attest/profile.json.`,
  });
  if (path === '') {
    return refuse('is empty');
  }
  if (path.includes('\u0000')) {
    return refuse('contains a NUL character');
  }
  if (/^[\\/]/.test(path) || /^[A-Za-z]:/.test(path) || path.startsWith('~')) {
    return refuse('is an absolute path');
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    return refuse('is a URI, not a path');
  }
  const segments: string[] = [];
  for (const segment of path.split(/[\\/]+/)) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (segments.length === 0) {
        return refuse('climbs out of the workspace folder (..)');
      }
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments.length === 0) {
    return refuse('names the workspace folder itself, not a file');
  }
  return { ok: true, segments };
}

/**
 * Where `attest.profilePath` (and `attest.libraryPath`) may point: a relative path that stays inside the workspace folder.
 * The setting can come from the repository's own .vscode/settings.json, so an absolute path, a
 * drive or home path, or `..` climbing out of the folder is refused here, before any file is
 * touched. (Links pointing out are caught by the adapter's real-path check.)
 */
export type ProfileLocation = { ok: true; segments: string[] } | { ok: false; problem: string };

/** Which setting is checked, for the message: the profile's by default, the library's too. */
export interface LocationSetting {
  name: string;
  what: string;
  example: string;
}

const PROFILE_SETTING: LocationSetting = { name: 'attest.profilePath', what: 'the profile', example: '.attest/profile.json' };

export function profileLocation(setting: string, which: LocationSetting = PROFILE_SETTING): ProfileLocation {
  const path = setting.trim();
  const refuse = (why: string): ProfileLocation => ({
    ok: false,
    problem: `${which.name} "${path}" ${why}; Attest reads and writes ${which.what} only inside the workspace folder, so it did not use it. Set a path relative to the folder, such as ${which.example}.`,
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

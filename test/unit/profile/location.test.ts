import * as assert from 'node:assert/strict';
import { profileLocation } from '../../../src/domain/profile/location';

suite('profileLocation (attest.profilePath stays in the workspace)', () => {
  test('relative paths inside the folder are taken, normalized', () => {
    assert.deepEqual(profileLocation('.attest/profile.json'), { ok: true, segments: ['.attest', 'profile.json'] });
    assert.deepEqual(profileLocation('./config//attest\\profile.json'), { ok: true, segments: ['config', 'attest', 'profile.json'] });
    assert.deepEqual(profileLocation('a/../b/profile.json'), { ok: true, segments: ['b', 'profile.json'] });
    assert.deepEqual(profileLocation('  .attest/profile.json  '), { ok: true, segments: ['.attest', 'profile.json'] });
  });

  test('a path that escapes is refused with a message naming the setting and the value', () => {
    const cases: [string, RegExp][] = [
      ['../elsewhere/profile.json', /climbs out/],
      ['.attest/../../profile.json', /climbs out/],
      ['a/b/../../../x.json', /climbs out/],
      ['..\\..\\x.json', /climbs out/],
      ['/etc/attest/profile.json', /absolute/],
      ['\\\\server\\share\\p.json', /absolute/],
      ['C:\\Users\\me\\p.json', /absolute/],
      ['c:p.json', /absolute/],
      ['~/.attest/profile.json', /absolute/],
      ['file:///etc/passwd', /URI/],
      ['.', /workspace folder itself/],
      ['a/..', /workspace folder itself/],
      ['', /empty/],
      ['p\u0000.json', /NUL/],
    ];
    for (const [setting, why] of cases) {
      const result = profileLocation(setting);
      assert.equal(result.ok, false, setting);
      if (!result.ok) {
        assert.match(result.problem, why, setting);
        assert.match(result.problem, /attest\.profilePath/);
        assert.match(result.problem, /only inside the workspace folder/);
      }
    }
  });
});

/**
 * `attest check` reports the rules of issue 10 with file, line and column, placeholders included
 * (a document about to be sent), and exits 1; the same wording passes once corrected.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../../src/cli/run';

const PROFILE = readFileSync(join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json'), 'utf8');

async function check(files: Record<string, string>, argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    readStdin: () => Promise.resolve(''),
    readFile: (path) => {
      const value = files[path];
      return value === undefined ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : Promise.resolve(new TextEncoder().encode(value));
    },
    writeFile: () => Promise.reject(new Error('check writes nothing')),
    exists: (path) => Promise.resolve(path in files),
    today: () => '2026-11-26',
  };
  const code = await runCli(['check', ...argv], io);
  return { code, stdout };
}

suite('claims: attest check reports the new rules', () => {
  test('each at its line and column, with the profile rules when a profile is given', async () => {
    const answers = [
      '# Answers',
      '',
      'Our SOC 2 report was issued by the AICPA.',
      '| Auditor | Vanta |',
      'Our SOC 2 report expires on 2027-06-30.',
      'Our SOC 2 report is shared without an NDA.',
      'Our SOC 2 report covers the physical security of the data centers.',
      'The opinion is [opinion].',
      '',
    ].join('\n');
    const result = await check({ 'answers.md': answers, 'profile.json': PROFILE }, ['--profile', 'profile.json', 'answers.md']);
    assert.equal(result.code, 1);
    const found = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('  ').slice(0, 2).join(' '));
    assert.deepEqual(found, [
      'answers.md:3:22 aicpa-issuer',
      'answers.md:4:13 non-cpa-examiner',
      'answers.md:5:18 report-expiry',
      'answers.md:6:28 nda-contradicts-profile',
      'answers.md:7:29 carve-out-covered',
      'answers.md:8:16 unfilled-placeholder',
    ]);
  });

  test('the corrected answers pass', async () => {
    const answers = [
      'Our SOC 2 report was issued by Ashgrove & Pell CPAs LLP, an independent CPA firm.',
      'We use Vanta to collect evidence; the examination was performed by our CPA firm.',
      'Our SOC 2 Type 2 period ends on 2026-06-30; a SOC 2 report does not expire.',
      'Our SOC 2 report is shared under NDA.',
      'Amazon Web Services is carved out of our SOC 2 report; we review its own SOC 2 report.',
      '',
    ].join('\n');
    const result = await check({ 'answers.md': answers, 'profile.json': PROFILE }, ['--profile', 'profile.json', 'answers.md']);
    assert.equal(result.stdout, '');
    assert.equal(result.code, 0);
  });
});

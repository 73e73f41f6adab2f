// `attest fill` on hostile workbooks (issue 15): exit 2, one line naming the limit, no output file.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../../src/cli/nodeIo';
import { runCli } from '../../../src/cli/run';
import { HOSTILE_WORKBOOKS } from './hostile';

const DEMO_PROFILE = join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json');

suite('attest fill on hostile workbooks', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-cli-hostile-'));
  });
  teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('each fails with exit 2 and one line naming the limit, and writes nothing', async () => {
    for (const [name, build] of Object.entries(HOSTILE_WORKBOOKS)) {
      const input = join(dir, 'hostile.xlsx');
      writeFileSync(input, build());
      let stdout = '';
      let stderr = '';
      const io = nodeIo({ stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), today: () => '2026-11-26' });
      const code = await runCli(['fill', '--profile', DEMO_PROFILE, input], io);
      assert.equal(code, 2, `${name}: ${stderr}`);
      assert.equal(stdout, '', name);
      assert.equal(stderr.trim().split('\n').length, 1, `${name}: one line: ${stderr}`);
      assert.match(stderr, /hostile\.xlsx: This workbook is over a safety limit.*the limit is/, name);
      assert.deepEqual(readdirSync(dir), ['hostile.xlsx'], `${name}: no output`);
    }
  });
});

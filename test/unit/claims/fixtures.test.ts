import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/domain/claims';

// Real public questionnaires (customer wording): read in place, never copied into the project.
const FIXTURES = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'questionnaires');

function fixtureFiles(): string[] {
  if (!existsSync(FIXTURES)) {
    return [];
  }
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(FIXTURES, entry.name)).filter((name) => /\.(?:json|md|csv|txt)$/.test(name)).map((name) => join(FIXTURES, entry.name, name)));
}

suite('claims: real questionnaires', () => {
  test('customer wording raises no errors: questions are not the writer’s claims', function () {
    const files = fixtureFiles();
    if (files.length === 0) {
      this.skip();
    }
    for (const file of files) {
      const findings = check(readFileSync(file, 'utf8'), { today: '2026-05-01' });
      assert.deepEqual(
        findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.rule}`),
        [],
        file,
      );
    }
  });

  test('with question findings on, VSAQ’s "SSAE-16" example is reported at info', function () {
    const file = join(FIXTURES, 'google-vsaq', 'physical_and_datacenter.json');
    if (!existsSync(file)) {
      this.skip();
    }
    const text = readFileSync(file, 'utf8');
    const findings = check(text, { today: '2026-05-01', questionFindings: true }).filter((f) => f.rule === 'ssae-16');
    assert.ok(findings.length >= 1);
    for (const f of findings) {
      assert.equal(f.severity, 'info');
      assert.match(text.slice(f.offset, f.offset + f.length), /SSAE-16/);
    }
  });
});

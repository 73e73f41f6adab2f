/**
 * `attest fill` with the answer library (--library DIR, the default .attest/library, --no-library,
 * entries with errors) and with Word documents, on the real file system as dist/cli.js runs it.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attest } from '../../support/attestCli';
import { INTERNAL_ENTRY, SSO_ENTRY } from '../../support/libraryEntries';

const ROOT = join(__dirname, '..', '..', '..');
const DEMO_PROFILE = join(ROOT, 'demo', '.attest', 'profile.json');
const WORD_TABLE = join(ROOT, 'test', 'fixtures', 'word', 'docx-table.docx');


const BROKEN_ENTRY = `---
id: broken
question: 42
visibility: sometimes
---
`;

const CSV = 'ID,Question,Response\n1,Do you support single sign-on for customer users?,\n2,What discounts do you offer for multi-year contracts?,\n3,Do you have a SOC 2 report?,\n';

function rows(path: string): string[] {
  return readFileSync(path, 'utf8').trim().split('\n');
}

suite('attest fill with the answer library', () => {
  let dir: string;

  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-cli-library-'));
    writeFileSync(join(dir, 'p.json'), readFileSync(DEMO_PROFILE));
    writeFileSync(join(dir, 'q.csv'), CSV);
    mkdirSync(join(dir, 'lib', 'identity'), { recursive: true });
    mkdirSync(join(dir, 'lib', 'sales'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'identity', 'sso.md'), SSO_ENTRY);
    writeFileSync(join(dir, 'lib', 'sales', 'discounts.md'), INTERNAL_ENTRY);
  });

  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('--library DIR answers what the profile does not; an internal entry is never written; the profile still answers SOC 2', async () => {
    const result = await attest(['fill', '--profile', 'p.json', '--library', 'lib', 'q.csv'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /3 questions — 2 answered, 1 needs? a person/);
    assert.match(result.stdout, /answer library lib \(2 entries\)/);
    const [, sso, discount, soc2] = rows(join(dir, 'q.attest.csv'));
    assert.match(sso ?? '', /SAML 2\.0 single sign-on/);
    assert.doesNotMatch(discount ?? '', /18%/, 'internal entries stay out of questionnaires');
    assert.match(soc2 ?? '', /SOC 2 Type 2/);
  });

  test('without --library, .attest/library is used when it exists; --no-library turns it off', async () => {
    const none = await attest(['fill', '--profile', 'p.json', '--out', 'none.csv', 'q.csv'], dir);
    assert.equal(none.code, 0, none.stderr);
    assert.doesNotMatch(rows(join(dir, 'none.csv'))[1] ?? '', /SAML/, 'no library folder: nothing from a library');
    mkdirSync(join(dir, '.attest', 'library', 'identity'), { recursive: true });
    writeFileSync(join(dir, '.attest', 'library', 'identity', 'sso.md'), SSO_ENTRY);
    const found = await attest(['fill', '--profile', 'p.json', '--out', 'found.csv', 'q.csv'], dir);
    assert.equal(found.code, 0, found.stderr);
    assert.match(rows(join(dir, 'found.csv'))[1] ?? '', /SAML 2\.0/);
    const off = await attest(['fill', '--profile', 'p.json', '--no-library', '--out', 'off.csv', 'q.csv'], dir);
    assert.equal(off.code, 0, off.stderr);
    assert.doesNotMatch(rows(join(dir, 'off.csv'))[1] ?? '', /SAML/);
  });

  test('an entry with errors is listed as FILE:LINE:COL and left out; the valid entries still answer', async () => {
    writeFileSync(join(dir, 'lib', 'identity', 'broken.md'), BROKEN_ENTRY);
    const result = await attest(['fill', '--profile', 'p.json', '--library', 'lib', 'q.csv'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /lib\/identity\/broken\.md:\d+:\d+ {2}invalid-entry/);
    assert.match(result.stdout, /with errors left out/);
    assert.match(rows(join(dir, 'q.attest.csv'))[1] ?? '', /SAML 2\.0/);
  });

  test('--library naming a folder that does not exist is bad input (exit 2), and nothing is written', async () => {
    const result = await attest(['fill', '--profile', 'p.json', '--library', 'nowhere', 'q.csv'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /nowhere: no such folder/);
    assert.equal(existsSync(join(dir, 'q.attest.csv')), false);
  });
});

suite('attest fill on a Word document', () => {
  let dir: string;

  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-cli-word-'));
    writeFileSync(join(dir, 'p.json'), readFileSync(DEMO_PROFILE));
  });

  teardown(() => rmSync(dir, { recursive: true, force: true }));

  const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

  test('a .docx is filled into IN.attest.docx; the input keeps its bytes; the coverage is printed', async () => {
    writeFileSync(join(dir, 'q.docx'), readFileSync(WORD_TABLE));
    const before = sha(join(dir, 'q.docx'));
    const result = await attest(['fill', '--profile', 'p.json', '--no-library', 'q.docx'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /q\.docx: \d+ questions — [1-9]\d* answered/);
    assert.match(result.stdout, /Wrote q\.attest\.docx/);
    assert.equal(sha(join(dir, 'q.docx')), before);
    const filled = readFileSync(join(dir, 'q.attest.docx'));
    assert.deepEqual([...filled.subarray(0, 2)], [0x50, 0x4b], 'a zip package');
    assert.notEqual(sha(join(dir, 'q.attest.docx')), before);
  });

  test('--out with another extension is refused; an old .doc gets the "save it as .docx" message', async () => {
    writeFileSync(join(dir, 'q.docx'), readFileSync(WORD_TABLE));
    const wrong = await attest(['fill', '--profile', 'p.json', '--out', 'q.filled.txt', 'q.docx'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /its name must end in \.docx/);
    assert.equal(existsSync(join(dir, 'q.filled.txt')), false);
    writeFileSync(join(dir, 'old.doc'), 'binary');
    const old = await attest(['fill', '--profile', 'p.json', 'old.doc'], dir);
    assert.equal(old.code, 2);
    assert.match(old.stderr, /Save it as \.docx/);
  });

  test('a file named .docx that is not a Word document: one clear line, nothing written', async () => {
    writeFileSync(join(dir, 'fake.docx'), 'not a zip');
    const result = await attest(['fill', '--profile', 'p.json', 'fake.docx'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^attest: fake\.docx: This file is not a readable Word document/m);
    assert.equal(existsSync(join(dir, 'fake.attest.docx')), false);
  });
});

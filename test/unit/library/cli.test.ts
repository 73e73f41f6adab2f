/** `attest library new|check|match` on real files (nodeIo, as dist/cli.js runs it). */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attest as attestIn } from '../../support/attestCli';

const attest = (args: string[], cwd: string): ReturnType<typeof attestIn> => attestIn(args, cwd, '2026-12-03');

const DEMO = join(__dirname, '..', '..', '..', 'demo', '.attest');

suite('attest library', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-library-'));
    mkdirSync(join(dir, '.attest'));
    cpSync(join(DEMO, 'library'), join(dir, '.attest', 'library'), { recursive: true });
    cpSync(join(DEMO, 'profile.json'), join(dir, '.attest', 'profile.json'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('check: the demo library with the demo profile is clean (exit 0)', async () => {
    const run = await attest(['library', 'check', '--profile', '.attest/profile.json'], dir);
    assert.equal(run.stdout, '');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /45 entries, no problems found/);
  });

  test('new: scaffolds TOPIC/<slug>.md in a new folder, never over an existing file; check then flags it', async () => {
    const created = await attest(['library', 'new', 'legal', 'Do', 'you', 'have', 'a', 'whistleblower', 'hotline?'], dir);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.stdout, '.attest/library/legal/whistleblower-hotline.md\n');
    assert.match(readFileSync(join(dir, '.attest/library/legal/whistleblower-hotline.md'), 'utf8'), /^---\nid: legal-whistleblower-hotline\nquestion: "Do you have a whistleblower hotline\?"/);
    const again = await attest(['library', 'new', 'legal', 'Do you have a whistleblower hotline?'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
    const checked = await attest(['library', 'check'], dir);
    assert.equal(checked.code, 1);
    assert.match(checked.stdout, /^\.attest\/library\/legal\/whistleblower-hotline\.md:2:5 {2}not-reviewed/m);
    assert.match(checked.stdout, /whistleblower-hotline\.md:2:5 {2}no-owner/);
    assert.match(checked.stdout, /whistleblower-hotline\.md:\d+:\d+ {2}scaffold {2}the answer still has the scaffold's text \("TODO: /);
    // The scaffold is matched, never written.
    const match = await attest(['library', 'match', '--json', 'Do you have a whistleblower hotline?'], dir);
    const parsed = JSON.parse(match.stdout) as { match: { entry: string; tier: string; fills: boolean } };
    assert.deepEqual([parsed.match.entry, parsed.match.tier, parsed.match.fills], ['legal-whistleblower-hotline', 'exact', false]);
    const said = await attest(['library', 'match', 'Do you have a whistleblower hotline?'], dir);
    assert.match(said.stderr, /A draft \("TODO: the answer in one sentence\."\): write its answer/);
  });

  test('check takes the library folder as --library or as its one argument; --today must be a calendar day; library --help', async () => {
    const named = await attest(['library', 'check', '.attest/library'], dir);
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stderr, /45 entries, no problems found/);
    assert.equal((await attest(['library', 'check', '.attest/library', 'other'], dir)).code, 2);
    const badDay = await attest(['library', 'check', '--today', '2026-02-30'], dir);
    assert.equal(badDay.code, 2);
    assert.match(badDay.stderr, /--today 2026-02-30 is not a day of the calendar/);
    const help = await attest(['library', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /library import \[--library DIR\]/);
    const subHelp = await attest(['library', 'new', '--help'], dir);
    assert.deepEqual([subHelp.code, subHelp.stdout], [0, help.stdout]);
  });

  test('fill and answer read .attest/profile.json without --profile; without one there, the message says so', async () => {
    writeFileSync(join(dir, 'q.md'), '# Review\n\n1. Do you have a SOC 2 report?\n');
    const filled = await attest(['fill', 'q.md'], dir);
    assert.equal(filled.code, 0, filled.stderr);
    assert.match(readFileSync(join(dir, 'q.attest.md'), 'utf8'), /Northwind Ledger/);
    const answered = await attest(['answer', '--length', 'yesno', 'Do you have a SOC 2 report?'], dir);
    assert.equal(answered.code, 0, answered.stderr);
    // A reason is the writer's sentence, without the reader's notation for the condition.
    const pentest = await attest(['answer', '--json', '--length', 'yesno', 'Do you conduct independent penetration testing at least annually?'], dir);
    const reasons = (JSON.parse(pentest.stdout) as { reasons: string[] }).reasons;
    assert.ok(reasons.length > 0 && reasons.every((reason) => !/\(\w+\.\w+\(/.test(reason)), reasons.join(' | '));
    // A missing questionnaire is said first, before the library's own warnings.
    writeFileSync(join(dir, '.attest/library/governance/bad.md'), '---\nid: bad\nquestion: Bad?\nanswer:\n  yesno: sure\n---\n');
    const missing = await attest(['fill', 'nowhere.md'], dir);
    assert.deepEqual([missing.code, missing.stderr.trim()], [2, 'attest: nowhere.md: no such file.']);
    // A default profile that is a link out of the folder is not read.
    const outside = mkdtempSync(join(tmpdir(), 'attest-outside-'));
    try {
      cpSync(join(dir, '.attest', 'profile.json'), join(outside, 'profile.json'));
      rmSync(join(dir, '.attest', 'profile.json'));
      symlinkSync(join(outside, 'profile.json'), join(dir, '.attest', 'profile.json'));
      const linked = await attest(['fill', 'q.md', '--force'], dir);
      assert.equal(linked.code, 2);
      assert.match(linked.stderr, /\.attest\/profile\.json leads outside this folder \(a symbolic link\)/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    rmSync(join(dir, '.attest', 'profile.json'));
    const none = await attest(['fill', 'q.md', '--force'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--profile is required here: there is no \.attest\/profile\.json in this folder/);
  });

  test('check: an invalid entry and a claim-check finding at FILE:LINE:COL, exit 1', async () => {
    writeFileSync(join(dir, '.attest/library/governance/bad.md'), '---\nid: bad\nquestion: Bad?\nanswer:\n  yesno: sure\n---\n');
    writeFileSync(
      join(dir, '.attest/library/governance/certified.md'),
      '---\nid: certified\nquestion: Are you audited?\nowner: A\nreviewed: 2026-11-01\n---\nWe are SOC 2 certified.\n',
    );
    const run = await attest(['library', 'check', '--library', '.attest/library'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^\.attest\/library\/governance\/bad\.md:5:10 {2}invalid-entry {2}answer\.yesno: answer\.yesno must be yes, no or na$/m);
    assert.match(run.stdout, /^\.attest\/library\/governance\/certified\.md:7:\d+ {2}claim {2}soc2-certified:/m);
  });

  test('match: the entry, tier, score and answer; --json has the same', async () => {
    const run = await attest(['library', 'match', 'Is customer data encrypted at rest using AES-256 or stronger?'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^\.attest\/library\/encryption\/encryption-at-rest\.md {2}exact {2}1\.00/);
    assert.match(run.stdout, /\nYes\n/);
    const json = await attest(['library', 'match', '--json', 'Do you ever sell our data?'], dir);
    const parsed = JSON.parse(json.stdout) as { match: { entry: string; yesno: string; fills: boolean } };
    assert.equal(parsed.match.entry, 'sell-data');
    assert.equal(parsed.match.yesno, 'undetermined');
  });

  test('usage errors exit 2', async () => {
    assert.equal((await attest(['library'], dir)).code, 2);
    assert.equal((await attest(['library', 'frobnicate'], dir)).code, 2);
    assert.equal((await attest(['library', 'new', 'only-topic'], dir)).code, 2);
    const missing = await attest(['library', 'check', '--library', 'nowhere'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere: no such folder/);
  });
  test('fill --report FILE: the coverage report in Markdown names each answer\'s source; an existing report is kept without --force', async () => {
    writeFileSync(join(dir, 'q.md'), '# Review\n\n1. Describe your password policy.\n\n2. Do you publish a SOC 3 report?\n\n3. What is your favourite colour?\n');
    const run = await attest(['fill', '--profile', '.attest/profile.json', 'q.md', '--report', 'q.report.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Wrote q\.report\.md \(the coverage report\)/);
    const report = readFileSync(join(dir, 'q.report.md'), 'utf8');
    assert.match(report, /Describe your password policy\. — \*from the library: .*identity\/password-policy\.md, exact match 1\.00, owner /);
    assert.match(report, /Do you publish a SOC 3 report\? — .*verdict No, from `otherAssurance\.soc3\.available`/);
    assert.match(report, /favourite colour/);
    writeFileSync(join(dir, 'q.report.md'), 'mine');
    const again = await attest(['fill', '--profile', '.attest/profile.json', 'q.md', '--out', 'q2.md', '--report', 'q.report.md'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /q\.report\.md.*--force/);
    assert.equal(readFileSync(join(dir, 'q.report.md'), 'utf8'), 'mine');
    assert.ok(!existsSync(join(dir, 'q2.md')), 'refused before the output is written');
    const onOutput = await attest(['fill', '--profile', '.attest/profile.json', 'q.md', '--out', 'q3.md', '--report', './q3.md', '--force'], dir);
    assert.equal(onOutput.code, 2);
    assert.match(readFileSync(join(dir, 'q3.md'), 'utf8'), /Describe your password policy/, 'the filled output is not replaced by the report');
    assert.doesNotMatch(readFileSync(join(dir, 'q3.md'), 'utf8'), /questions: \d+ answered/);
  });
});

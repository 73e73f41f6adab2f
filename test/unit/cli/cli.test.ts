import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, VERSION, type CliIo } from '../../../src/cli/run';
import { SafeWriteError } from '../../../src/io/safeWrite';

const DEMO_PROFILE = join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, Uint8Array | string>;
}

/** Runs the CLI in memory: files are a map, today is fixed. */
async function run(argv: string[], files: Record<string, string | Uint8Array> = {}, stdin = '', options: { writeErrorCode?: string } = {}): Promise<Run> {
  const store = new Map<string, Uint8Array | string>(Object.entries(files));
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(stdin),
    readFile: (path) => {
      const value = store.get(path);
      if (value === undefined) {
        return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
      }
      return Promise.resolve(typeof value === 'string' ? new TextEncoder().encode(value) : value);
    },
    // The rules of writeFileSafely by path string (the real file system cases are in safe-write.test.ts).
    writeFile: (path, data, { inputs, overwrite }) => {
      if (options.writeErrorCode === 'ENOENT') {
        return Promise.reject(new SafeWriteError('folder_missing', path, `${path}: cannot be written (its folder does not exist).`));
      }
      if (inputs.includes(path)) {
        return Promise.reject(new SafeWriteError('same_as_input', path, `${path}: is the questionnaire being filled; Attest never writes over the original.`));
      }
      if (store.has(path) && !overwrite) {
        return Promise.reject(new SafeWriteError('exists', path, `${path}: already exists.`));
      }
      store.set(path, data);
      return Promise.resolve();
    },
    exists: (path) => Promise.resolve(store.has(path)),
    today: () => '2026-11-26',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, files: store };
}

const profile = readFileSync(DEMO_PROFILE, 'utf8');

suite('attest CLI', () => {
  test('--help and --version', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /attest <command>/);
    // After a command, --help is the usage too, not an unknown option; nothing is read or written.
    for (const argv of [['fill', '--help'], ['answer', '-h'], ['check', 'a.md', '--help']]) {
      const asked = await run(argv);
      assert.deepEqual([asked.code, asked.stderr], [0, ''], argv.join(' '));
      assert.match(asked.stdout, /^Usage: attest <command>/, argv.join(' '));
      assert.equal(asked.files.size, 0);
    }
    const version = await run(['--version']);
    assert.equal(version.stdout.trim(), VERSION);
    assert.match(VERSION, /^\d+\.\d+\.\d+/);
  });

  test('no command or an unknown command is a usage error (exit 2)', async () => {
    assert.equal((await run([])).code, 2);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "frobnicate"/);
    const badFlag = await run(['check', '--nope', 'a.md']);
    assert.equal(badFlag.code, 2);
  });

  test('classify reads questions one per line from stdin and writes JSON lines', async () => {
    const result = await run(['classify'], {}, 'Do you have a SOC 2 Type II report?\n\nDescribe your password policy.\n');
    assert.equal(result.code, 0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { question: string; intent: string; confidence: number });
    assert.equal(lines.length, 2);
    assert.equal(lines[0]?.question, 'Do you have a SOC 2 Type II report?');
    assert.match(lines[0]?.intent ?? '', /^soc2\./);
    assert.equal(lines[1]?.intent, 'none');
    assert.ok((lines[0]?.confidence ?? -1) >= 0 && (lines[0]?.confidence ?? 2) <= 1);
  });

  test('classify reads files too', async () => {
    const result = await run(['classify', 'q.txt'], { 'q.txt': 'Who is your SOC 2 auditor?\r\nIs your SOC 2 period current?' });
    assert.equal(result.stdout.trim().split('\n').length, 2);
  });

  test('answer composes from the profile; warnings go to stderr', async () => {
    const result = await run(['answer', '--profile', 'p.json', '--length', 'sentence', 'Do you have a SOC 2 report?'], { 'p.json': profile });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /SOC 2 Type 2/);
    assert.doesNotMatch(result.stdout, /certified|compliant/i);
  });

  test('answer --json: what was read, the verdict and the profile paths it rests on', async () => {
    const decided = await run(['answer', '--json', '--profile', 'p.json', '--today', '2026-12-03', 'Is your SOC 2 report free of exceptions?'], { 'p.json': profile });
    assert.equal(decided.code, 0, decided.stderr);
    const json = JSON.parse(decided.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).sort(), ['confidence', 'facts', 'intent', 'missing', 'notUnderstood', 'outcome', 'question', 'reasons', 'shape', 'text', 'verdict', 'warnings']);
    assert.equal(json.intent, 'soc2.opinion');
    assert.equal(json.shape, 'polar');
    assert.equal(json.verdict, 'no', 'the demo report lists one exception');
    assert.match(String(json.text), /^No\. /);
    assert.deepEqual(json.facts, ['soc2.engagements[0].exceptions']);
    // A Yes/No the facts do not decide: no text, and the reasons say why.
    const open = await run(['answer', '--json', '--profile', 'p.json', '--today', '2026-12-03', 'Was the SOC 2 signed off by a partner of the audit firm?'], { 'p.json': profile });
    const undecided = JSON.parse(open.stdout) as Record<string, unknown>;
    assert.equal(undecided.verdict, 'undetermined');
    assert.equal(undecided.text, null);
    assert.ok(Array.isArray(undecided.reasons) && undecided.reasons.length > 0);
    // Without --json the same question writes nothing to stdout and says why on stderr.
    const plain = await run(['answer', '--profile', 'p.json', '--today', '2026-12-03', 'Was the SOC 2 signed off by a partner of the audit firm?'], { 'p.json': profile });
    assert.equal(plain.stdout, '');
    assert.match(plain.stderr, /Left for a person/);
  });

  test('answer without --profile, or with a bad length or date, is a usage error', async () => {
    assert.equal((await run(['answer', 'Do you have SOC 2?'])).code, 2);
    assert.equal((await run(['answer', '--profile', 'p.json', '--length', 'huge', 'q?'], { 'p.json': profile })).code, 2);
    const badDate = await run(['answer', '--profile', 'p.json', '--today', '26/11/2026', 'q?'], { 'p.json': profile });
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /YYYY-MM-DD/);
  });

  test('an invalid profile exits 2 with the file, line and column', async () => {
    const broken = '{\n  "organization": { "name": "X" },\n  "soc2": { "engagements": [ { "status": "done" } ] }\n}';
    const result = await run(['answer', '--profile', 'bad.json', 'Do you have SOC 2?'], { 'bad.json': broken });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bad\.json:3:\d+/);
    const syntax = await run(['check', '--profile', 'bad.json', 'a.md'], { 'bad.json': '{ "organization": ', 'a.md': 'x' });
    assert.equal(syntax.code, 2);
    assert.match(syntax.stderr, /bad\.json:1:\d+/);
  });

  test('check prints FILE:LINE:COL RULE MESSAGE and exits 1 on findings, 0 when clean', async () => {
    const dirty = await run(['check', 'a.md'], { 'a.md': 'Intro line.\nWe are SOC 2 certified since 2024.\n' });
    assert.equal(dirty.code, 1);
    assert.match(dirty.stdout, /^a\.md:2:\d+ {2}\S+ {2}.+/m);
    const clean = await run(['check', 'b.md'], { 'b.md': 'We have a SOC 2 Type 2 report issued by an independent CPA firm.\n' });
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '');
  });

  test('check on a missing file exits 2 with a clear message', async () => {
    const result = await run(['check', 'missing.md']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /missing\.md: no such file/);
  });

  test('explain: a topic, a criterion id, --list, and unknown topics', async () => {
    const types = await run(['explain', 'type1-vs-type2']);
    assert.equal(types.code, 0);
    assert.match(types.stdout, /Type 1/);
    const criterion = await run(['explain', 'cc 6.1']);
    assert.equal(criterion.code, 0);
    assert.match(criterion.stdout, /CC6\.1/);
    const list = await run(['explain', '--list']);
    assert.match(list.stdout, /type1-vs-type2/);
    const missing = await run(['explain', 'CC10.1']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /CC10\.1 does not exist/);
    const unknown = await run(['explain', 'blockchain']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Topics: .*type1-vs-type2/);
  });

  test('fill a CSV into a new file; the original is untouched', async () => {
    const csv = 'ID,Question,Response\n1,Do you have a SOC 2 report?,\n2,How many employees do you have?,\n';
    const result = await run(['fill', '--profile', 'p.json', 'q.csv'], { 'p.json': profile, 'q.csv': csv });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.files.get('q.csv'), csv);
    const out = String(result.files.get('q.attest.csv'));
    assert.match(out, /^ID,Question,Response\n1,Do you have a SOC 2 report\?,.*SOC 2/);
    assert.match(out, /\n2,How many employees do you have\?,\n$/);
    assert.match(result.stdout, /Wrote q\.attest\.csv/);
  });

  test('fill refuses .xls, unknown formats, and writing over the input', async () => {
    const xls = await run(['fill', '--profile', 'p.json', 'old.xls'], { 'p.json': profile, 'old.xls': 'x' });
    assert.equal(xls.code, 2);
    assert.match(xls.stderr, /\.xls format is not supported/);
    const pdf = await run(['fill', '--profile', 'p.json', 'q.pdf'], { 'p.json': profile, 'q.pdf': 'x' });
    assert.equal(pdf.code, 2);
    const same = await run(['fill', '--profile', 'p.json', 'q.md', '--out', 'q.md'], { 'p.json': profile, 'q.md': '1. Do you have a SOC 2 report?\n' });
    assert.equal(same.code, 2);
    assert.match(same.stderr, /never writes over the original/);
  });

  test('fill a broken workbook gives a clear message and writes nothing', async () => {
    const result = await run(['fill', '--profile', 'p.json', 'broken.xlsx'], { 'p.json': profile, 'broken.xlsx': new Uint8Array([1, 2, 3, 4]) });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /broken\.xlsx: /);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.equal(result.files.has('broken.attest.xlsx'), false);
  });

  test('fill into a folder that does not exist says so, with exit 2', async () => {
    const files = { 'p.json': profile, 'q.md': '1. Do you have a SOC 2 report?\n' };
    const result = await run(['fill', '--profile', 'p.json', 'q.md', '--out', 'missing/q.md'], files, '', { writeErrorCode: 'ENOENT' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /missing\/q\.md: cannot be written \(its folder does not exist\)/);
    assert.equal(result.files.has('missing/q.md'), false);
  });
});

suite('attest check exit codes', () => {
  test('info-level findings are printed but do not fail the run', async () => {
    // CC6.0 is a group heading, reported at info level.
    const result = await run(['check', 'map.md'], { 'map.md': 'See CC6.0 for access controls.\n' });
    assert.match(result.stdout, /map\.md:1:5 {2}criterion-unknown {2}CC6\.0 is the heading/);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /0 to fix/);
  });
});

/**
 * `attest fill` on the real file system (nodeIo, as dist/cli.js runs it): planted links, aliases of
 * the input, existing outputs, byte-order marks and line endings, the macro extension.
 */
import * as assert from 'node:assert/strict';
import { linkSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { attest, type CliRun as Run } from '../../support/attestCli';

const DEMO_PROFILE = join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json');
const CSV = 'ID,Question,Response\n1,Do you have a SOC 2 report?,\n2,Who performed your SOC 2 examination?,\n';

suite('attest fill on real files', () => {
  let dir: string;
  let home: string;

  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-cli-'));
    home = mkdtempSync(join(tmpdir(), 'attest-cli-home-'));
    writeFileSync(join(dir, 'p.json'), readFileSync(DEMO_PROFILE));
    writeFileSync(join(dir, 'q.csv'), CSV);
  });

  teardown(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  const fill = (...extra: string[]): Promise<Run> => attest(['fill', '--profile', 'p.json', 'q.csv', ...extra], dir);

  test('the default output planted as a link to a shell start-up file is refused; the file is untouched', async () => {
    const bashrc = join(home, '.bashrc');
    writeFileSync(bashrc, 'export PATH=$PATH\n');
    symlinkSync(bashrc, join(dir, 'q.attest.csv'));
    for (const args of [[], ['--force']]) {
      const result = await fill(...args);
      assert.equal(result.code, 2, result.stdout);
      assert.match(result.stderr, /q\.attest\.csv: is a symbolic link; Attest never writes through a link/);
      assert.equal(readFileSync(bashrc, 'utf8'), 'export PATH=$PATH\n');
    }
  });

  test('--out naming the input by a relative alias, an absolute path, a symbolic link or a hard link is refused', async () => {
    symlinkSync(join(dir, 'q.csv'), join(dir, 'soft.csv'));
    linkSync(join(dir, 'q.csv'), join(dir, 'hard.csv'));
    for (const out of ['q.csv', './q.csv', join(dir, 'q.csv'), 'soft.csv', 'hard.csv']) {
      const result = await fill('--out', out, '--force');
      assert.equal(result.code, 2, `${out}: ${result.stdout}`);
      assert.match(result.stderr, /is the questionnaire being filled/, out);
      assert.equal(readFileSync(join(dir, 'q.csv'), 'utf8'), CSV, out);
    }
  });

  test('an existing output is kept without --force (exit 2, says how), and replaced with it', async () => {
    writeFileSync(join(dir, 'q.attest.csv'), 'my edits\n');
    const refused = await fill();
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /q\.attest\.csv: already exists\. Pass --force to replace it/);
    assert.equal(readFileSync(join(dir, 'q.attest.csv'), 'utf8'), 'my edits\n');
    const forced = await fill('--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(readFileSync(join(dir, 'q.attest.csv'), 'utf8'), /^ID,Question,Response\n1,Do you have a SOC 2 report\?,.*SOC 2/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.includes('attest-partial')), []);
  });

  test('--help documents --force', async () => {
    const help = await attest(['--help'], dir);
    assert.match(help.stdout, /--force/);
  });

  test('a CSV with a byte-order mark and CRLF line endings keeps both', async () => {
    writeFileSync(join(dir, 'bom.csv'), `\uFEFF${CSV.replace(/\n/g, '\r\n')}`);
    const result = await attest(['fill', '--profile', 'p.json', 'bom.csv'], dir);
    assert.equal(result.code, 0, result.stderr);
    const bytes = readFileSync(join(dir, 'bom.attest.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.match(text, /^ID,Question,Response\r\n1,Do you have a SOC 2 report\?,"?[^\r\n]*SOC 2/);
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.equal(text.split('\r\n').length, CSV.split('\n').length);
  });

  test('a CSV without a byte-order mark gets none', async () => {
    assert.equal((await fill()).code, 0);
    assert.notEqual(readFileSync(join(dir, 'q.attest.csv'))[0], 0xef);
  });

  test('--today that is not a calendar day exits 2 with a clear message', async () => {
    for (const day of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      const result = await fill('--today', day);
      assert.equal(result.code, 2, day);
      assert.match(result.stderr, new RegExp(`--today ${day} is not a day of the calendar`));
    }
    assert.equal((await fill('--today', '2028-02-29')).code, 0, 'a leap day is a day');
  });

  test('control characters from the input are escaped in terminal output', async () => {
    // A file name is input too: ESC [2J clears the screen, BEL rings, CSI (U+009B) starts a C1 sequence.
    const name = 'q\u001b[2J\u0007\u009b.csv';
    writeFileSync(join(dir, name), CSV);
    const result = await attest(['fill', '--profile', 'p.json', name], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Wrote q\\u001b\[2J\\u0007\\u009b\.attest\.csv/, 'the name is shown, escaped');
    const missing = await attest(['check', 'nope\u0007\r.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\\u0007\\u000d\.md: no such file/);
    for (const output of [result.stdout, result.stderr, missing.stderr]) {
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(output, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    }
  });

  test('a macro-enabled workbook is not written under .xlsx (and its default name keeps .xlsm)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Questions');
    sheet.addRow(['Question', 'Response']);
    sheet.addRow(['Do you have a SOC 2 report?', '']);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    writeFileSync(join(dir, 'macro.xlsm'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const wrong = await attest(['fill', '--profile', 'p.json', 'macro.xlsm', '--out', 'x.xlsx'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--out x\.xlsx: the filled workbook is a macro-enabled workbook, so its name must end in \.xlsm/);
    assert.equal(readdirSync(dir).includes('x.xlsx'), false);
    const kept = await attest(['fill', '--profile', 'p.json', 'macro.xlsm'], dir);
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(readdirSync(dir).includes('macro.attest.xlsm'), true);
  });
});

/**
 * The filled documents open in LibreOffice: each fixture, filled, is converted to PDF and the
 * answers are in the PDF's text. Skips when `soffice` (or `pdftotext`) is not installed.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWordQuestionnaire, writeWordAnswers } from '../../../src/domain/word';
import { fixture } from './helpers';

function has(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0 || spawnSync(command, ['-v'], { stdio: 'ignore' }).status === 0;
}

suite('Word writer: the output opens in LibreOffice', function () {
  this.timeout(240_000);
  let work = '';

  suiteSetup(function () {
    if (!has('soffice') || !has('pdftotext')) {
      this.skip();
    }
    work = mkdtempSync(join(tmpdir(), 'attest-word-lo-'));
  });

  suiteTeardown(() => {
    if (work !== '') {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('every fixture, filled, converts to PDF with its answers and ticked boxes in it', () => {
    const names = ['docx-table.docx', 'docx-numbered.docx', 'docx-checkboxes.docx', 'docx-macro.docm', 'lo-html-table.docx', 'lo-fodt-numbered.docx', 'lo-roundtrip-checkboxes.docx'];
    const files: string[] = [];
    const expected = new Map<string, string[]>();
    for (const name of names) {
      const bytes = fixture(name);
      const scan = readWordQuestionnaire(bytes);
      const writes = scan.items.map((item) =>
        item.slot === 'checkbox' ? { index: item.index, check: [item.options?.[0]?.label ?? ''] } : { index: item.index, answer: `F${item.index}ok` },
      );
      const out = join(work, name.replace(/\.(docx|docm)$/, `.attest${scan.extension}`));
      writeFileSync(out, writeWordAnswers(bytes, scan, writes));
      files.push(out);
      expected.set(out, scan.items.filter((item) => item.slot !== 'checkbox').map((item) => `F${item.index}ok`));
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore', timeout: 200_000 });
    for (const file of files) {
      const pdf = file.replace(/\.(docx|docm)$/, '.pdf');
      assert.ok(existsSync(pdf), `${pdf} was produced`);
      // Narrow cells wrap the answers, even inside a word: compare with whitespace removed.
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const answer of expected.get(file) ?? []) {
        assert.ok(text.includes(answer), `${answer} in ${pdf}`);
      }
      if (file.includes('checkboxes')) {
        assert.match(text, /\u2612Yes/);
      }
      assert.ok(readFileSync(pdf).length > 1000);
    }
  });
});

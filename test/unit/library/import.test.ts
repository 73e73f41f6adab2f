import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../../src/cli/nodeIo';
import { runCli } from '../../../src/cli/run';
import { checkLibrary, draftText, importAnswers, parseEntry, splitAnswer } from '../../../src/domain/library';
import { entry } from './helpers';

suite('library: import from an answered questionnaire', () => {
  test('splitAnswer: a leading Yes / No / N/A is the Yes/No, the rest the text', () => {
    assert.deepEqual(splitAnswer('Yes. We do it daily.'), { yesno: 'yes', text: 'We do it daily.' });
    assert.deepEqual(splitAnswer('no - not offered'), { yesno: 'no', text: 'Not offered' });
    assert.deepEqual(splitAnswer('N/A'), { yesno: 'na', text: '' });
    assert.deepEqual(splitAnswer('Nobody has access.'), { text: 'Nobody has access.' });
  });

  test('duplicates merged as variants, conflicting Yes/No reported and dropped, known questions left alone', () => {
    const library = [entry({ id: 'at-rest', question: 'Is customer data encrypted at rest?', yesno: 'yes' })];
    const result = importAnswers(
      [
        { question: 'Do you have a whistleblower hotline?', answer: 'Yes. Through EthicsPoint.', at: 'q.csv:2' },
        { question: 'Is there an anonymous hotline for whistleblowers?', answer: 'No', at: 'q.csv:3' },
        { question: 'Is customer data encrypted at rest?', answer: 'No', at: 'q.csv:4' },
        { question: 'What languages does support speak?', answer: 'English and Spanish.', at: 'q.csv:5', section: 'Support' },
        { question: 'Do you publish a transparency report?', answer: '', at: 'q.csv:6' },
      ],
      library,
    );
    assert.deepEqual(
      result.drafts.map((d) => [d.id, d.topic, d.variants, d.yesno]),
      [
        ['whistleblower-hotline', 'imported', ['Is there an anonymous hotline for whistleblowers?'], undefined],
        ['languages-support-speak', 'support', [], undefined],
      ],
    );
    assert.deepEqual(result.known, [{ at: 'q.csv:4', question: 'Is customer data encrypted at rest?', entry: 'at-rest' }]);
    assert.equal(result.conflicts.length, 2);
    assert.match(result.conflicts[0] ?? '', /q\.csv:3.*no.*q\.csv:2.*yes/);
    assert.match(result.conflicts[1] ?? '', /q\.csv:4.*library's "at-rest"/);
    assert.equal(result.unanswered, 1);
  });

  test('a question merges into an earlier draft of the same question however many drafts came between', () => {
    const topics = ['payroll exports', 'invoice templates', 'office plants', 'parking permits', 'travel booking', 'expense cards', 'desk booking', 'coffee machines', 'holiday calendars', 'guest wifi vouchers'];
    const between = Array.from({ length: 60 }, (_, i) => ({ question: `How are ${topics[i % topics.length] as string} handled in region ${['north', 'south', 'east', 'west', 'central', 'coastal'][i % 6] as string}?`, answer: `Centrally ${i}.`, at: `q.csv:${i + 3}` }));
    const result = importAnswers(
      [
        { question: 'Do you have a whistleblower hotline?', answer: 'Yes. Through EthicsPoint.', at: 'q.csv:2' },
        ...between,
        { question: 'Is there an anonymous hotline for whistleblowers?', answer: 'Yes', at: 'q.csv:99' },
      ],
      [],
    );
    const hotline = result.drafts.find((d) => d.id === 'whistleblower-hotline');
    assert.deepEqual(hotline?.variants, ['Is there an anonymous hotline for whistleblowers?']);
    assert.deepEqual(hotline?.from, ['q.csv:2', 'q.csv:99']);
    assert.ok(!result.drafts.some((d) => d.question.includes('anonymous hotline')), 'no second draft for the same question');
  });

  test('a draft is a valid entry, internal (never written) and flagged until reviewed', () => {
    const [draft] = importAnswers([{ question: 'Do you have a whistleblower hotline?', answer: 'Yes. Through EthicsPoint.', at: 'q.md:3' }], []).drafts;
    assert.ok(draft);
    const parsed = parseEntry(`lib/imported/${draft.id}.md`, draftText(draft), 'imported');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.entry?.visibility, 'internal');
    assert.equal(parsed.entry?.answer.yesno, 'yes');
    assert.equal(parsed.entry?.paragraph, 'Through EthicsPoint.');
    assert.deepEqual(checkLibrary([parsed.entry!], { today: '2026-12-03' }).map((f) => f.rule).sort(), ['no-owner', 'not-reviewed']);
  });

  test('attest library import writes drafts beside the library and never overwrites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-import-'));
    try {
      writeFileSync(join(dir, 'answered.csv'), 'ID,Question,Response\n1,Do you have a whistleblower hotline?,Yes. Through EthicsPoint.\n2,What languages does support speak?,English.\n');
      const run = async (): Promise<{ code: number; stdout: string }> => {
        let stdout = '';
        const previous = process.cwd();
        process.chdir(dir);
        try {
          const code = await runCli(['library', 'import', '--library', 'lib', 'answered.csv'], nodeIo({ stdout: (t) => (stdout += t), stderr: () => undefined, today: () => '2026-12-03' }));
          return { code, stdout };
        } finally {
          process.chdir(previous);
        }
      };
      const first = await run();
      assert.equal(first.code, 0);
      assert.deepEqual(readdirSync(join(dir, 'lib', 'imported')).sort(), ['languages-support-speak.md', 'whistleblower-hotline.md']);
      const before = readFileSync(join(dir, 'lib', 'imported', 'whistleblower-hotline.md'), 'utf8');
      // The library now has them (internal drafts are still matched), so a second import adds nothing.
      const second = await run();
      assert.equal(second.code, 0);
      assert.match(second.stdout, /already in the library as "whistleblower-hotline"/);
      assert.equal(readFileSync(join(dir, 'lib', 'imported', 'whistleblower-hotline.md'), 'utf8'), before);
      assert.equal(readdirSync(join(dir, 'lib', 'imported')).length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('attest library import reads the comments column as a fill does: a Yes with its comment, an answer only in the comments; a full stop after "Inc." does not end the sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-import-'));
    try {
      writeFileSync(
        join(dir, 'answered.csv'),
        'ID,Question,Response,Comments\n1,Do you encrypt backups?,Yes,All backups are encrypted with AES-256.\n2,Which EDR do you use?,,We run SentinelOne on every laptop.\n3,How many employees do you have?,"Northwind Ledger, Inc. has 186 employees. Most work remotely.",\n',
      );
      const previous = process.cwd();
      process.chdir(dir);
      let stderr = '';
      try {
        assert.equal(await runCli(['library', 'import', '--library', 'lib', 'answered.csv'], nodeIo({ stdout: () => undefined, stderr: (t) => (stderr += t), today: () => '2026-12-03' })), 0);
      } finally {
        process.chdir(previous);
      }
      assert.match(stderr, /3 draft entries written .* 0 question\(s\) without an answer/);
      const entry = (name: string) => parseEntry(`lib/imported/${name}`, readFileSync(join(dir, 'lib', 'imported', name), 'utf8'), 'imported').entry;
      assert.deepEqual([entry('encrypt-backups.md')?.answer.yesno, entry('encrypt-backups.md')?.answer.sentence], ['yes', 'All backups are encrypted with AES-256.']);
      assert.equal(entry('edr-use.md')?.answer.sentence, 'We run SentinelOne on every laptop.');
      assert.equal(entry('many-employees.md')?.answer.sentence, 'Northwind Ledger, Inc. has 186 employees.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

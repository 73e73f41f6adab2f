import * as assert from 'node:assert/strict';
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SafeWriteError, writeFileSafely, type SafeWriteProblem } from '../../../src/io/safeWrite';
import { isInsideFolder, resolvesInside } from '../../../src/io/workspacePath';

async function refused(write: Promise<void>, problem: SafeWriteProblem): Promise<SafeWriteError> {
  try {
    await write;
  } catch (error) {
    assert.ok(error instanceof SafeWriteError, `expected a SafeWriteError, got ${String(error)}`);
    assert.equal(error.problem, problem, error.message);
    return error;
  }
  assert.fail(`the write went through; expected it to be refused (${problem})`);
}

suite('writeFileSafely', () => {
  let dir: string;
  let outside: string;
  let input: string;
  const original = 'ID,Question,Response\n1,Do you have SOC 2?,\n';

  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-safe-write-'));
    outside = mkdtempSync(join(tmpdir(), 'attest-safe-write-outside-'));
    input = join(dir, 'q.csv');
    writeFileSync(input, original);
  });

  teardown(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  function leftovers(): string[] {
    return readdirSync(dir).filter((name) => name.endsWith('.attest-partial'));
  }

  test('writes a new file and leaves no temporary file behind', async () => {
    const out = join(dir, 'q.attest.csv');
    await writeFileSafely(out, 'filled', { inputs: [input] });
    assert.equal(readFileSync(out, 'utf8'), 'filled');
    assert.deepEqual(leftovers(), []);
  });

  test('an existing output is refused without overwrite, and replaced with it', async () => {
    const out = join(dir, 'q.attest.csv');
    writeFileSync(out, 'earlier fill');
    await refused(writeFileSafely(out, 'new', { inputs: [input] }), 'exists');
    assert.equal(readFileSync(out, 'utf8'), 'earlier fill');
    await writeFileSafely(out, 'new', { inputs: [input], overwrite: true });
    assert.equal(readFileSync(out, 'utf8'), 'new');
    assert.deepEqual(leftovers(), []);
  });

  test('a symbolic link planted at the output is refused and its target is untouched, even with overwrite', async () => {
    const victim = join(outside, '.bashrc');
    writeFileSync(victim, 'echo hello\n');
    const out = join(dir, 'q.attest.csv');
    symlinkSync(victim, out);
    const error = await refused(writeFileSafely(out, '=cmd|calc', { inputs: [input], overwrite: true }), 'link');
    assert.match(error.message, /symbolic link/);
    assert.equal(readFileSync(victim, 'utf8'), 'echo hello\n');
    assert.ok(lstatSync(out).isSymbolicLink(), 'the link itself is left as it was');
    assert.deepEqual(leftovers(), []);
  });

  test('a dangling link at the output is refused (nothing is created where it points)', async () => {
    const out = join(dir, 'q.attest.csv');
    const pointsTo = join(outside, 'created-through-link');
    symlinkSync(pointsTo, out);
    await refused(writeFileSafely(out, 'x', { inputs: [input], overwrite: true }), 'link');
    assert.deepEqual(readdirSync(outside), []);
  });

  test('a link planted at the temporary path is never followed: another name is taken', async () => {
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const out = join(dir, 'book.attest.xlsx');
    const names = ['planted', 'fresh'];
    symlinkSync(victim, join(dir, '.book.attest.xlsx.planted.attest-partial'));
    await writeFileSafely(out, 'workbook bytes', { randomPart: () => names.shift() ?? 'more' });
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
    assert.equal(readFileSync(out, 'utf8'), 'workbook bytes');
    assert.deepEqual(names, [], 'the planted name was tried, then a fresh one');
    assert.ok(lstatSync(join(dir, '.book.attest.xlsx.planted.attest-partial')).isSymbolicLink());
  });

  test('when every temporary name is taken the write fails and follows none of them', async () => {
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(dir, '.out.csv.same.attest-partial'));
    await refused(writeFileSafely(join(dir, 'out.csv'), 'x', { randomPart: () => 'same' }), 'failed');
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
  });

  test('race: a file that appears at the output while the bytes are written is not replaced without overwrite', async () => {
    const out = join(dir, 'q.attest.csv');
    await refused(
      writeFileSafely(out, 'filled', {
        randomPart: () => {
          writeFileSync(out, 'appeared meanwhile');
          return 'race1';
        },
      }),
      'exists',
    );
    assert.equal(readFileSync(out, 'utf8'), 'appeared meanwhile');
    assert.deepEqual(leftovers(), []);
  });

  test('race: a link planted at the output while the bytes are written is refused, even with overwrite', async () => {
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const out = join(dir, 'q.attest.csv');
    await refused(
      writeFileSafely(out, 'filled', {
        overwrite: true,
        randomPart: () => {
          symlinkSync(victim, out);
          return 'race2';
        },
      }),
      'link',
    );
    assert.equal(readFileSync(victim, 'utf8'), 'keep me');
    assert.deepEqual(leftovers(), []);
  });

  test('the input itself is refused: same path, relative path, ./ alias and absolute path', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const alias of ['q.csv', './q.csv', join(dir, 'q.csv'), `../${relative(join(dir, '..'), dir)}/q.csv`]) {
        const error = await refused(writeFileSafely(alias, 'filled', { inputs: ['q.csv'], overwrite: true }), 'same_as_input');
        assert.match(error.message, /never writes over the original/);
      }
    } finally {
      process.chdir(cwd);
    }
    assert.equal(readFileSync(input, 'utf8'), original);
  });

  test('a symbolic link to the input is refused as the input', async () => {
    const alias = join(dir, 'alias.csv');
    symlinkSync(input, alias);
    await refused(writeFileSafely(alias, 'filled', { inputs: [input], overwrite: true }), 'same_as_input');
    assert.equal(readFileSync(input, 'utf8'), original);
  });

  test('a hard link to the input is refused (same device and inode)', async () => {
    const alias = join(dir, 'q.attest.csv');
    linkSync(input, alias);
    const error = await refused(writeFileSafely(alias, 'filled', { inputs: [input], overwrite: true }), 'same_as_input');
    assert.match(error.message, /under another name/);
    assert.equal(readFileSync(input, 'utf8'), original);
  });

  test('the input reached through a linked folder is refused', async () => {
    const linkedFolder = join(outside, 'linked');
    symlinkSync(dir, linkedFolder);
    await refused(writeFileSafely(join(linkedFolder, 'q.csv'), 'filled', { inputs: [input], overwrite: true }), 'same_as_input');
    assert.equal(readFileSync(input, 'utf8'), original);
  });

  test('replacing an output keeps hard links elsewhere intact: the old inode is not written into', async () => {
    // Whatever a race swaps in at the last moment, rename replaces the name, never the content behind it.
    const out = join(dir, 'q.attest.csv');
    writeFileSync(out, 'old');
    const elsewhere = join(outside, 'shared');
    linkSync(out, elsewhere);
    await writeFileSafely(out, 'new', { overwrite: true });
    assert.equal(readFileSync(out, 'utf8'), 'new');
    assert.equal(readFileSync(elsewhere, 'utf8'), 'old');
  });

  test('a folder at the output, a missing folder, and a folder outside `within` are refused with a reason', async () => {
    mkdirSync(join(dir, 'folder.csv'));
    await refused(writeFileSafely(join(dir, 'folder.csv'), 'x', { overwrite: true }), 'not_a_file');
    const missing = await refused(writeFileSafely(join(dir, 'no', 'such', 'x.csv'), 'x'), 'folder_missing');
    assert.match(missing.message, /its folder does not exist/);
    await refused(writeFileSafely(join(outside, 'x.csv'), 'x', { within: [dir] }), 'outside');
    assert.deepEqual(readdirSync(outside), []);
    await writeFileSafely(join(dir, 'inside.csv'), 'x', { within: [dir] });
  });

  test('a link inside the workspace that points to a folder outside counts as outside', async () => {
    symlinkSync(outside, join(dir, 'out-link'));
    await refused(writeFileSafely(join(dir, 'out-link', 'x.csv'), 'x', { within: [dir] }), 'outside');
    assert.deepEqual(readdirSync(outside), []);
  });
});

suite('workspace paths', () => {
  test('isInsideFolder compares whole segments', () => {
    assert.equal(isInsideFolder('/w', '/w'), true);
    assert.equal(isInsideFolder('/w', '/w/a/b.json'), true);
    assert.equal(isInsideFolder('/w', '/w/..x/b.json'), true);
    assert.equal(isInsideFolder('/w', '/w2/b.json'), false);
    assert.equal(isInsideFolder('/w', '/b.json'), false);
    assert.equal(isInsideFolder('/w/a', '/w'), false);
  });

  test('resolvesInside follows links, including for files not created yet', async () => {
    const root = mkdtempSync(join(tmpdir(), 'attest-inside-'));
    const away = mkdtempSync(join(tmpdir(), 'attest-away-'));
    try {
      mkdirSync(join(root, '.attest'));
      symlinkSync(away, join(root, 'linked'));
      symlinkSync(join(away, 'missing.json'), join(root, 'dangling.json'));
      assert.equal(await resolvesInside(root, join(root, '.attest', 'profile.json')), true);
      assert.equal(await resolvesInside(root, join(root, 'new', 'deeper', 'profile.json')), true);
      assert.equal(await resolvesInside(root, join(root, 'linked', 'profile.json')), false);
      assert.equal(await resolvesInside(root, join(root, 'dangling.json')), false);
      assert.equal(await resolvesInside(root, join(root, '..', 'profile.json')), false);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(away, { recursive: true, force: true });
    }
  });
});

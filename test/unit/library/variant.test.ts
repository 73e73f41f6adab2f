// Save Answer to Library adds a question to an entry's variants through the yaml Document API: the
// edit must touch only the variants lines (comments, quoting, flow lists and the body untouched),
// and the result must still be a valid entry that the matcher finds as an exact variant.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addVariant } from '../../../src/domain/library/variant';
import { buildLibraryIndex, matchLibrary, parseEntry } from '../../../src/domain/library';

const ENTRY = `---
id: encryption-at-rest
question: "Is customer data encrypted at rest?"   # the canonical wording
variants:
  - 'Describe how customer data is encrypted at rest.'
answer:
  yesno: yes            # yes | no | na
  sentence: "All customer data is encrypted at rest with AES-256."
owner: Dana Whitfield (Security)
reviewed: 2026-07-20
tags: [encryption, storage]
evidence: []
---
The paragraph answer.
`;

function demoEntries(): string[] {
  const root = join(__dirname, '..', '..', '..', 'demo', '.attest', 'library');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(root, path));
}

suite('library: adding a variant to an entry', () => {
  test('appends to the block list in the quoting of its first item; nothing else changes', () => {
    const result = addVariant(ENTRY, '  Do you encrypt   stored customer data? ');
    assert.equal(result.kind, 'added');
    if (result.kind !== 'added') {return;}
    assert.equal(result.text, ENTRY.replace("at rest.'\n", "at rest.'\n  - 'Do you encrypt stored customer data?'\n"));
    // The edit is the one inserted line.
    assert.equal(ENTRY.slice(result.edit.start, result.edit.end), '');
    assert.equal(result.edit.newText, "  - 'Do you encrypt stored customer data?'\n");
    const parsed = parseEntry('lib/encryption/at-rest.md', result.text, 'encryption');
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.entry?.variants, ['Describe how customer data is encrypted at rest.', 'Do you encrypt stored customer data?']);
    const index = buildLibraryIndex([parsed.entry!]);
    assert.equal(matchLibrary(index, 'Do you encrypt stored customer data?').match?.tier, 'exact');
  });

  test('an empty `variants: []` becomes a block list; a missing one is added under the question', () => {
    const empty = ENTRY.replace(/variants:\n {2}- .*\n/, 'variants: []\n');
    const added = addVariant(empty, 'Is data at rest encrypted?');
    assert.equal(added.kind === 'added' && added.text, empty.replace('variants: []\n', 'variants:\n  - "Is data at rest encrypted?"\n'));
    const missing = ENTRY.replace(/variants:\n {2}- .*\n/, '');
    const created = addVariant(missing, 'Is data at rest encrypted?');
    assert.equal(created.kind === 'added' && created.text, ENTRY.replace(/variants:\n {2}- .*\n/, 'variants:\n  - "Is data at rest encrypted?"\n'));
    const bare = ENTRY.replace(/variants:\n {2}- .*\n/, 'variants:\n');
    const filled = addVariant(bare, 'Is data at rest encrypted?');
    assert.equal(filled.kind === 'added' && filled.text, ENTRY.replace(/variants:\n {2}- .*\n/, 'variants:\n  - "Is data at rest encrypted?"\n'));
  });

  test('a flow list gets the item inside its brackets', () => {
    const flow = ENTRY.replace(/variants:\n {2}- .*\n/, 'variants: ["One?", "Two?"]   # kept\n');
    const added = addVariant(flow, 'Three?');
    assert.equal(added.kind === 'added' && added.text, flow.replace('"Two?"]', '"Two?", "Three?"]'));
  });

  test('a question already there (as the question or a variant, in other case and punctuation) is not added twice', () => {
    assert.deepEqual(addVariant(ENTRY, 'is customer data encrypted at rest'), { kind: 'present', as: 'Is customer data encrypted at rest?' });
    assert.equal(addVariant(ENTRY, 'Describe how customer data is encrypted at rest').kind, 'present');
  });

  test('CRLF files stay CRLF', () => {
    const crlf = ENTRY.replace(/\n/g, '\r\n');
    const result = addVariant(crlf, 'Do you encrypt backups?');
    assert.equal(result.kind === 'added' && result.text, crlf.replace("at rest.'\r\n", "at rest.'\r\n  - 'Do you encrypt backups?'\r\n"));
  });

  test('what is not an entry is refused with the reason', () => {
    assert.match(addVariant('# just markdown\n', 'Q?').kind === 'invalid' ? (addVariant('# just markdown\n', 'Q?') as { problem: string }).problem : '', /no front matter/);
    const broken = addVariant('---\nid: x\nquestion: [unclosed\n---\n', 'Q?');
    assert.equal(broken.kind, 'invalid');
    assert.match((broken as { problem: string }).problem, /not valid YAML/);
    const scalar = addVariant('---\nid: x\nquestion: "Q?"\nvariants: "one"\n---\n', 'Other?');
    assert.deepEqual(scalar, { kind: 'invalid', problem: 'its variants field is not a list' });
    assert.equal(addVariant(ENTRY, '   ').kind, 'invalid');
  });

  test('on every demo entry only the variants lines change, and the entry stays valid', () => {
    const files = demoEntries();
    assert.ok(files.length >= 40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const result = addVariant(text, 'A brand new wording: with a colon, and "quotes"?');
      assert.equal(result.kind, 'added', file);
      if (result.kind !== 'added') {continue;}
      const removed = text.slice(result.edit.start, result.edit.end);
      assert.ok(removed === '' || removed === ' []', `${file}: replaced ${JSON.stringify(removed)}`);
      assert.match(result.edit.newText, /^\n? {2}- "A brand new wording: with a colon, and \\"quotes\\"\?"\n?$/, file);
      const parsed = parseEntry(file, result.text, 'topic');
      assert.deepEqual(parsed.errors, [], file);
      assert.equal(parsed.entry?.variants.at(-1), 'A brand new wording: with a colon, and "quotes"?');
    }
  });
});

import * as assert from 'node:assert/strict';
import { loadLibrary, parseEntry, topicOf } from '../../../src/domain/library';
import { entryText } from './helpers';

const VALID = `---
id: encryption-at-rest
question: Is customer data encrypted at rest?
variants:
  - Describe how customer data is encrypted at rest.
answer:
  yesno: yes
  sentence: All customer data is encrypted at rest with AES-256.
owner: Priya Raman (Security)
reviewed: 2026-09-01
reviewEvery: 6 months
visibility: nda
tags: [encryption, storage]
evidence:
  - ../../policies/encryption.md
---
Customer data is encrypted at rest with AES-256.

Keys live in a KMS.
`;

suite('library: entry format', () => {
  test('a valid entry: every field, the body as the paragraph, the folder as the topic', () => {
    const { entry, errors } = parseEntry('.attest/library/data/encryption-at-rest.md', VALID, 'data');
    assert.deepEqual(errors, []);
    assert.ok(entry);
    assert.equal(entry.id, 'encryption-at-rest');
    assert.equal(entry.question, 'Is customer data encrypted at rest?');
    assert.deepEqual(entry.variants, ['Describe how customer data is encrypted at rest.']);
    assert.deepEqual(entry.answer, { yesno: 'yes', sentence: 'All customer data is encrypted at rest with AES-256.' });
    assert.equal(entry.owner, 'Priya Raman (Security)');
    assert.equal(entry.reviewed, '2026-09-01');
    assert.equal(entry.reviewEvery, '6 months');
    assert.equal(entry.visibility, 'nda');
    assert.deepEqual(entry.tags, ['encryption', 'storage']);
    assert.deepEqual(entry.evidence, ['../../policies/encryption.md']);
    assert.equal(entry.topic, 'data');
    assert.equal(entry.paragraph, 'Customer data is encrypted at rest with AES-256.\n\nKeys live in a KMS.');
    assert.equal(entry.spans.bodyLine, 17);
    assert.deepEqual(entry.spans.reviewed, { line: 10, column: 11 });
    assert.deepEqual(entry.spans.evidence[0], { line: 15, column: 5 });
  });

  test('defaults: no variants, public, no tags or evidence; CRLF and a byte-order mark are read', () => {
    const text = '\uFEFF---\r\nid: a\r\nquestion: Q?\r\n---\r\nBody.\r\n';
    const { entry, errors } = parseEntry('a.md', text, '');
    assert.deepEqual(errors, []);
    assert.equal(entry?.visibility, 'public');
    assert.deepEqual(entry?.variants, []);
    assert.deepEqual(entry?.answer, {});
    assert.equal(entry?.paragraph, 'Body.');
  });

  test('a value the schema refuses is reported at its own line and column', () => {
    const text = VALID.replace('  yesno: yes', '  yesno: maybe');
    const { entry, errors } = parseEntry('x.md', text, '');
    assert.equal(entry, undefined);
    assert.equal(errors.length, 1);
    assert.deepEqual({ line: errors[0]?.line, column: errors[0]?.column, path: errors[0]?.path }, { line: 7, column: 10, path: 'answer.yesno' });
    assert.match(errors[0]?.message ?? '', /yes, no or na/);
  });

  test('a missing question, a bad date, an unknown visibility and an unknown field each have a place', () => {
    const text = ['---', 'id: x', 'reviewed: 2026-02-30', 'visibility: secret', 'colour: blue', '---', ''].join('\n');
    const { errors } = parseEntry('x.md', text, '');
    const byPath = new Map(errors.map((e) => [e.path, e]));
    assert.match(byPath.get('question')?.message ?? '', /required/);
    assert.deepEqual([byPath.get('reviewed')?.line, byPath.get('reviewed')?.column], [3, 11]);
    assert.match(byPath.get('reviewed')?.message ?? '', /calendar/);
    assert.deepEqual([byPath.get('visibility')?.line, byPath.get('visibility')?.column], [4, 13]);
    assert.ok(errors.some((e) => /unknown field "colour"/.test(e.message)));
    assert.deepEqual([byPath.get('colour')?.line, byPath.get('colour')?.column], [5, 1], 'at the unknown key, not at the start of the front matter');
  });

  test('a misspelled field is found at its own line, in the answer too', () => {
    const text = ['---', 'id: x', 'question: Do you encrypt data?', 'answer:', '  yesno: yes', '  sentense: We do.', 'owner: Sam', 'visiblity: internal', '---', ''].join('\n');
    const { entry, errors } = parseEntry('x.md', text, '');
    assert.equal(entry, undefined, 'an entry with a misspelled visibility is left out, never written as public');
    const byPath = new Map(errors.map((e) => [e.path, e]));
    assert.deepEqual([byPath.get('visiblity')?.line, byPath.get('visiblity')?.column, byPath.get('visiblity')?.message], [8, 1, 'unknown field "visiblity" (the fields are id, question, variants, answer, owner, reviewed, reviewEvery, visibility, tags, evidence)']);
    assert.deepEqual([byPath.get('answer.sentense')?.line, byPath.get('answer.sentense')?.column, byPath.get('answer.sentense')?.message], [6, 3, 'unknown field "sentense" (the fields of answer are yesno and sentence)']);
  });

  test('a YAML syntax error comes from the parser with the line in the file', () => {
    const text = ['---', 'id: x', 'question: "unclosed', 'owner: me', '---', ''].join('\n');
    const { entry, errors } = parseEntry('x.md', text, '');
    assert.equal(entry, undefined);
    assert.ok(errors.length > 0);
    assert.ok(errors.every((e) => e.message.startsWith('YAML:')));
    assert.ok((errors[0]?.line ?? 0) >= 3);
  });

  test('an unclosed quote is reported where it was opened, not where the front matter ends', () => {
    const double = parseEntry('x.md', ['---', 'id: x', 'question: "Is it \\"quoted\\" and unclosed?', 'answer:', '  yesno: yes', 'owner: me', '---', 'Body.', ''].join('\n'), '');
    assert.deepEqual(double.errors.map((e) => [e.line, e.column, e.message]), [[3, 11, 'YAML: the double quote opened here is not closed']]);
    const single = parseEntry('x.md', ['---', 'id: x', "question: 'It''s open?", 'owner: me', '---', ''].join('\n'), '');
    assert.deepEqual(single.errors.map((e) => [e.line, e.column]), [[3, 11]]);
  });

  test('no front matter, or one never closed, is an error at line 1', () => {
    assert.match(parseEntry('x.md', 'Just text', '').errors[0]?.message ?? '', /front matter/);
    assert.match(parseEntry('x.md', '---\nid: x\n', '').errors[0]?.message ?? '', /not closed/);
  });

  test('the same id in two files is an error at each, and neither answers; other files still load', () => {
    const a = entryText({ id: 'same', question: 'A?' });
    const b = entryText({ id: 'same', question: 'B?' });
    const c = entryText({ id: 'other', question: 'C?' });
    const { entries, errors } = loadLibrary('lib', [
      { path: 'lib/x/a.md', text: a },
      { path: 'lib/x/b.md', text: b },
      { path: 'lib/c.md', text: c },
      { path: 'lib/README.txt', text: 'not an entry' },
    ]);
    assert.deepEqual(entries.map((e) => [e.id, e.topic]), [['other', '']]);
    assert.deepEqual(
      errors.map((e) => [e.file, e.line, e.message]),
      [
        ['lib/x/a.md', 2, 'id "same" is also used by lib/x/b.md: neither answers until one is renamed'],
        ['lib/x/b.md', 2, 'id "same" is also used by lib/x/a.md: neither answers until one is renamed'],
      ],
    );
  });

  test('topicOf: the folder under the root', () => {
    assert.equal(topicOf('.attest/library', '.attest/library/identity/sso.md'), 'identity');
    assert.equal(topicOf('.attest/library/', '.attest/library/data/keys/kms.md'), 'data/keys');
    assert.equal(topicOf('.attest/library', '.attest/library/top.md'), '');
    assert.equal(topicOf('lib', 'lib\\win\\e.md'), 'win');
  });
});

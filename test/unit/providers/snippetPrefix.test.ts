import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/domain/claims';
import { isPrefixBeingTyped, parseSnippets, prefixBeforeCursor } from '../../../src/adapter/providers/snippetPrefixRules';
import { spacedInsert } from '../../../src/adapter/panels/insertSpacing';

const snippets = parseSnippets(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'questionnaire.code-snippets'), 'utf8'));
const prefixes = snippets.map((s) => s.prefix);

suite('snippet prefix + Tab', () => {
  test('the snippets file gives every prefix with its body', () => {
    assert.ok(prefixes.includes('soc2-type2') && prefixes.includes('soc2-cuecs'), prefixes.join(', '));
    for (const snippet of snippets) {
      assert.ok(snippet.body.length > 20, snippet.prefix);
    }
  });

  test('a whole prefix typed as a word before the cursor is found, with where it starts', () => {
    const line = 'Answer: soc2-type2';
    const found = prefixBeforeCursor(line, line.length, snippets);
    assert.equal(found?.snippet.prefix, 'soc2-type2');
    assert.equal(found?.start, 'Answer: '.length);
    assert.equal(prefixBeforeCursor('- soc2-none', 11, snippets)?.snippet.prefix, 'soc2-none');
  });

  test('a partial prefix, a longer word, or text right after the cursor is not a prefix', () => {
    assert.equal(prefixBeforeCursor('soc2-typ', 8, snippets), undefined);
    assert.equal(prefixBeforeCursor('xsoc2-type2', 11, snippets), undefined);
    assert.equal(prefixBeforeCursor('soc2-type2x', 10, snippets), undefined);
    assert.equal(prefixBeforeCursor('', 0, snippets), undefined);
  });
});

suite('no claim finding on a snippet prefix being typed', () => {
  test('the claim check does flag a prefix on its own (which is why the editor holds it back)', () => {
    assert.ok(check('soc2-type2', { today: '2026-12-03' }).length > 0);
  });

  test('a finding inside the word a cursor ends, when the word starts a prefix, is held back', () => {
    const text = 'Intro.\nsoc2-ty';
    const [finding] = check(text, { today: '2026-12-03' });
    assert.ok(finding);
    assert.equal(isPrefixBeingTyped(text, finding.offset, finding.offset + finding.length, [text.length], prefixes), true);
  });

  test('the same word with the cursor elsewhere, or a word no prefix starts, is kept', () => {
    const text = 'We have soc2 reports.';
    const [finding] = check(text, { today: '2026-12-03' });
    assert.ok(finding);
    assert.equal(isPrefixBeingTyped(text, finding.offset, finding.offset + finding.length, [0], prefixes), false);
    const other = 'soc2-certified';
    const [second] = check(other, { today: '2026-12-03' });
    assert.ok(second);
    assert.equal(isPrefixBeingTyped(other, second.offset, second.offset + second.length, [other.length], prefixes), false);
  });
});

suite('explanation Insert spacing', () => {
  test('after a word or sentence the text starts after a space; before a word it ends with one', () => {
    assert.equal(spacedInsert('Our controls.', '', 'CC6.1 covers access.'), ' CC6.1 covers access.');
    assert.equal(spacedInsert('Our controls. ', '', 'CC6.1 covers access.'), 'CC6.1 covers access.');
    assert.equal(spacedInsert('', 'More text', 'CC6.1.'), 'CC6.1. ');
    assert.equal(spacedInsert('', '', 'CC6.1.'), 'CC6.1.');
  });
});

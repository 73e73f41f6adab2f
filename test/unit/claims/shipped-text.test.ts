/**
 * Attest's own words must pass its own check: every snippet variant, every knowledge-base entry
 * and criterion text, and the README's prose. Checked as Check Document checks a file (with the
 * checks for a document about to be sent); the knowledge base also with the demo profile.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Finding } from '../../../src/domain/claims';
import { CRITERION_IDS } from '../../../src/domain/catalog/criteria';
import { criterionCustomerSafe, explainCriterion } from '../../../src/domain/catalog/knowledge';
import { KNOWLEDGE } from '../../../src/domain/catalog/knowledge';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';

const ROOT = join(__dirname, '..', '..', '..');
const TODAY = '2026-11-26';
const demo = parseProfile(readFileSync(join(ROOT, 'demo', '.attest', 'profile.json'), 'utf8')).profile as Profile;

function flagged(text: string, profile?: Profile): string[] {
  const findings: Finding[] = check(text, { ...(profile === undefined ? {} : { profile }), today: TODAY, beforeSending: true });
  return findings.map((f) => `${f.line}:${f.column} ${f.rule}: ${text.slice(f.offset, f.offset + f.length)}`);
}

/** Every variant of a snippet body: each choice list in turn, tab stops as their default text. */
export function snippetVariants(body: string): string[] {
  const choice = /\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/;
  const found = choice.exec(body);
  if (found !== null) {
    const options = (found[1] ?? '').split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
    return options.flatMap((option) => snippetVariants(body.slice(0, found.index) + option + body.slice(found.index + found[0].length)));
  }
  let text = body;
  // Innermost defaults first, so "${3:n ${4:m}}" becomes "n m".
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return [text.replace(/\$\d+/g, '').replace(/\\\$/g, '$')];
}

suite('claims: Attest’s own text passes the claim check', () => {
  test('the snippet expander sees every choice and default', () => {
    assert.deepEqual(snippetVariants('a ${1:b} ${2|x,y\\,z|} $0 ${3:n ${4:m}}'), ['a b x  n m', 'a b y,z  n m']);
  });

  // Without a profile only: a snippet's example dates and firm are placeholders, not the demo's facts.
  test('every snippet variant', () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'questionnaire.code-snippets'), 'utf8')) as Record<string, { body: string | string[] }>;
    let variants = 0;
    for (const [name, snippet] of Object.entries(snippets)) {
      for (const text of snippetVariants([snippet.body].flat().join('\n'))) {
        variants += 1;
        assert.deepEqual(flagged(text), [], `${name}: ${text}`);
      }
    }
    assert.ok(variants > 20, `${variants} variants`);
  });

  test('every knowledge-base entry (page and customer-safe text) and every criterion text', () => {
    const texts: [string, string][] = KNOWLEDGE.flatMap((e): [string, string][] => [
      [`${e.key}.markdown`, e.markdown],
      [`${e.key}.customerSafe`, e.customerSafe],
    ]);
    for (const id of CRITERION_IDS) {
      texts.push([`explainCriterion(${id})`, explainCriterion(id)], [`criterionCustomerSafe(${id})`, criterionCustomerSafe(id) ?? '']);
    }
    for (const [where, text] of texts) {
      assert.deepEqual(flagged(text), [], where);
      assert.deepEqual(flagged(text, demo), [], `${where} (demo profile)`);
    }
  });

  test('the README’s own prose and examples (outside code blocks; quoted wording is discussion)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // Blank out code blocks, inline code and quotations, keeping every offset and line.
    const prose = readme.replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\*"[^"]*"\*|"[^"]*"|`[^`\n]*`/g, (m) => m.replace(/[^\n]/g, ' '));
    assert.deepEqual(flagged(prose), []);
    // The README's sample of `attest check` output names a real rule and its real message.
    const sample = /^answers\.md:\d+:\d+ {2}(\S+) {2}(.+?)…$/m.exec(readme);
    assert.ok(sample !== null, 'the README shows an `attest check` line');
    const [, rule = '', message = ''] = sample;
    const finding = check('We are SOC 2 certified.', { today: TODAY }).find((f) => f.rule === rule);
    assert.ok(finding?.message.startsWith(message.trim()), `${rule}: ${message}`);
  });
});

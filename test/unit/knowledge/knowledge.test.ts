import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/domain/claims';
import { CRITERION_IDS } from '../../../src/domain/catalog/criteria';
import {
  KNOWLEDGE,
  criterionCustomerSafe,
  explainCriterion,
  explainTopic,
  findTermAt,
  findTerms,
  getEntry,
  listEntries,
  renderEntry,
} from '../../../src/domain/catalog/knowledge';

/** Text with every "quoted" or “quoted” span removed: quotes mark phrases being discussed, not used. */
function unquoted(text: string): string {
  return text.replace(/"[^"\n]*"/g, '""').replace(/“[^”\n]*”/g, '""');
}

/** The brief's banned phrasings, checked on unquoted text. */
const BANNED: Array<[string, RegExp]> = [
  ['SOC 2 certified/certification/compliant', /\bSOC\s*[123]\b(\s+Type\s*(1|2|I|II))?\s+(certified|certification|certificate|compliant|compliance)\b/i],
  ['certified/compliant SOC 2', /\b(certified|compliant)\s+((with|for|to)\s+)?SOC\s*[123]\b/i],
  ['SSAE 16 SOC 2', /\bSSAE[\s-]*16\s+SOC\s*2\b/i],
  ['SOC II', /\bSOC[\s-]*II\b/i],
  ['SOC-2', /\bSOC-[123]\b/i],
];

function allTexts(): Array<{ where: string; text: string; customerSafe: boolean }> {
  const texts = KNOWLEDGE.flatMap((e) => [
    { where: `${e.key}.markdown`, text: e.markdown, customerSafe: false },
    { where: `${e.key}.customerSafe`, text: e.customerSafe, customerSafe: true },
  ]);
  for (const id of CRITERION_IDS) {
    texts.push({ where: `explainCriterion(${id})`, text: explainCriterion(id), customerSafe: false });
    texts.push({ where: `criterionCustomerSafe(${id})`, text: criterionCustomerSafe(id) ?? '', customerSafe: true });
  }
  return texts;
}

suite('knowledge base: entries', () => {
  test('has the required topics', () => {
    const keys = KNOWLEDGE.map((e) => e.key);
    for (const key of [
      'type1-vs-type2',
      'bridge-letter',
      'carve-out-vs-inclusive',
      'cuec',
      'csoc',
      'opinion-types',
      'exceptions-vs-opinion',
      'soc1-soc2-soc3',
      'isae-3000-3402',
      'ssae-18-at-c',
      'readiness-assessment',
      'system-description',
      'trust-services-criteria',
      'soc2-certified',
    ]) {
      assert.ok(keys.includes(key), key);
    }
    assert.equal(listEntries()[0]?.key, 'type1-vs-type2');
    assert.equal(listEntries().length, KNOWLEDGE.length);
  });

  test('every entry has all fields, non-empty, well formed', () => {
    const keys = new Set<string>();
    for (const entry of KNOWLEDGE) {
      assert.match(entry.key, /^[a-z0-9]+(-[a-z0-9]+)*$/, entry.key);
      assert.ok(!keys.has(entry.key), `duplicate key ${entry.key}`);
      keys.add(entry.key);
      assert.ok(entry.title.trim().length > 3, entry.key);
      assert.ok(entry.terms.length > 0, entry.key);
      assert.ok(entry.terms.every((t) => t.trim() === t && t.length > 1), entry.key);
      assert.match(entry.markdown, /^# \S/, `${entry.key} markdown starts with a heading`);
      assert.ok(entry.markdown.length > 300, entry.key);
      assert.ok(!entry.customerSafe.includes('\n'), `${entry.key} customer-safe text is one paragraph`);
      assert.ok(entry.customerSafe.length >= 150 && entry.customerSafe.length <= 900, `${entry.key}: ${entry.customerSafe.length} chars`);
      assert.match(entry.customerSafe, /\.$/, entry.key);
    }
    for (const entry of KNOWLEDGE) {
      for (const related of entry.related) {
        assert.ok(keys.has(related) && related !== entry.key, `${entry.key} → ${related}`);
      }
    }
  });

  test('no hover term belongs to two entries', () => {
    const owner = new Map<string, string>();
    for (const entry of KNOWLEDGE) {
      for (const term of entry.terms) {
        const canonical = term.toLowerCase();
        assert.ok(!owner.has(canonical) || owner.get(canonical) === entry.key, `"${term}" in ${owner.get(canonical)} and ${entry.key}`);
        owner.set(canonical, entry.key);
      }
    }
  });

  test('getEntry tolerates case and spacing; renderEntry appends the customer-safe paragraph', () => {
    assert.equal(getEntry('Bridge Letter')?.key, 'bridge-letter');
    assert.equal(getEntry('TYPE1_VS_TYPE2')?.key, 'type1-vs-type2');
    assert.equal(getEntry('no-such-thing'), undefined);
    const entry = getEntry('cuec');
    assert.ok(entry !== undefined);
    const rendered = renderEntry(entry);
    assert.ok(rendered.startsWith(entry.markdown.trimEnd()));
    assert.ok(rendered.includes('## Customer-safe explanation'));
    assert.ok(rendered.includes(entry.customerSafe));
  });
});

suite('knowledge base: accuracy', () => {
  test('banned phrasings appear only inside quotes (where an entry explains why they are wrong)', () => {
    for (const { where, text } of allTexts()) {
      for (const [name, pattern] of BANNED) {
        assert.doesNotMatch(unquoted(text), pattern, `${where} uses ${name}`);
      }
    }
  });

  test('customer-safe paragraphs never say certified, certification or compliant, even quoted', () => {
    for (const { where, text, customerSafe } of allTexts()) {
      if (customerSafe) {
        assert.doesNotMatch(text, /\b(certified|certification|compliant)\b/i, where);
        assert.doesNotMatch(text, /SOC[\s-]*II\b|SOC-2|SSAE[\s-]*16\s+SOC/i, where);
      }
    }
  });

  test('the entry on "certified" does quote the wrong phrases it explains', () => {
    const markdown = getEntry('soc2-certified')?.markdown ?? '';
    assert.match(markdown, /"SOC 2 certified"/);
    assert.match(markdown, /"SSAE 16 SOC 2"/);
    assert.match(markdown, /"SOC II"/);
    assert.match(markdown, /ISO\/IEC 27001/);
  });

  test('nothing tagged [?] in the facts is stated', () => {
    for (const { where, text } of allTexts()) {
      assert.doesNotMatch(text, /SSAE\s*(No\.\s*)?21/i, `${where}: no SSAE 21 (its effective date is unverified)`);
      assert.doesNotMatch(text, /June 15, 2022|15 June 2022|December 15, 2021|15 December 2021/, where);
      assert.doesNotMatch(text, /\bDC\s?[6-9]\b/, `${where}: DC6–DC9 contents are unverified`);
      assert.doesNotMatch(text, /AICPA\s+(requires|mandates|sets a minimum)/i, where);
      assert.doesNotMatch(text, /(at least|minimum of|minimum)\s+(six|6|three|3)[\s-]+months?/i, `${where}: no minimum period`);
      assert.doesNotMatch(text, /SOC 2\+/, `${where}: SOC 2+ with ISO testing is unverified`);
    }
  });

  test('Type 1 vs Type 2 states the key facts', () => {
    const entry = getEntry('type1-vs-type2');
    const text = `${entry?.markdown ?? ''}\n${entry?.customerSafe ?? ''}`;
    assert.match(text, /suitably \*\*designed\*\*/);
    assert.match(text, /operated effectively/);
    assert.match(text, /tests of controls and their results/);
    assert.match(text, /between 3 and 12 months/);
    assert.match(text, /sets no fixed minimum/);
    assert.match(text, /\*\*last day of the period\*\* \(Type 2\) or from the \*\*as-of date\*\* \(Type 1\); the issue date of the report does not change it/);
    assert.match(text, /Management writes and signs it, not the auditor, so it carries no auditor assurance/);
    assert.match(text, /"SOC 2 certified"/);
  });

  test('every customer-safe paragraph passes the claim checker with no finding', () => {
    for (const { where, text, customerSafe } of allTexts()) {
      if (customerSafe) {
        const findings = check(text, { today: '2026-11-26' });
        assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), [], where);
      }
    }
  });

  test('a Type 1 is never described as showing operating effectiveness (outside quotes)', () => {
    for (const { where, text } of allTexts()) {
      for (const sentence of unquoted(text).split(/(?<=[.!?])\s+|\n/)) {
        if (/Type (1|I)\b/.test(sentence) && !/Type (2|II)\b/.test(sentence)) {
          assert.doesNotMatch(sentence, /operat(ed|ing) effective/i, `${where}: ${sentence}`);
        }
      }
    }
  });

  test('a bridge letter is always management\'s, never the auditor\'s', () => {
    const entry = getEntry('bridge-letter');
    assert.match(entry?.markdown ?? '', /management/i);
    assert.match(entry?.customerSafe ?? '', /no assurance from the auditor/);
    for (const { where, text } of allTexts()) {
      assert.doesNotMatch(unquoted(text), /bridge letter (is )?(issued|signed|written) by the (service )?auditor/i, where);
    }
  });

  test('texts are our own words: no ten-word run copied from the facts file (skips without ../shared)', function () {
    const factsPath = join(__dirname, '..', '..', '..', '..', 'shared', 'domain', 'soc2-facts.md');
    if (!existsSync(factsPath)) {
      this.skip();
    }
    const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    const runLength = 10;
    const shingles = new Set<string>();
    const factWords = words(readFileSync(factsPath, 'utf8'));
    for (let i = 0; i + runLength <= factWords.length; i++) {
      shingles.add(factWords.slice(i, i + runLength).join(' '));
    }
    const copies: string[] = [];
    for (const { where, text } of allTexts()) {
      const ours = words(text);
      for (let i = 0; i + runLength <= ours.length; i++) {
        const run = ours.slice(i, i + runLength).join(' ');
        if (shingles.has(run)) {
          copies.push(`${where}: "${run}"`);
        }
      }
    }
    assert.deepEqual(copies, []);
  });
});

suite('knowledge base: terms in text', () => {
  const keysIn = (text: string): string[] => findTerms(text).map((m) => m.key);

  test('finds glossary terms case-insensitively, with exact offsets', () => {
    const text = 'Please attach your Bridge Letter and list the cuecs.';
    const matches = findTerms(text);
    assert.deepEqual(matches.map((m) => [m.key, m.kind, m.text]), [
      ['bridge-letter', 'entry', 'Bridge Letter'],
      ['cuec', 'entry', 'cuecs'],
    ]);
    for (const m of matches) {
      assert.equal(text.slice(m.start, m.end), m.text);
    }
  });

  test('prefers the longest term at a position', () => {
    assert.deepEqual(keysIn('Are you SOC 2 certified?'), ['soc2-certified']);
    assert.deepEqual(keysIn('Do you have a SOC 2 report?'), ['soc1-soc2-soc3']);
    assert.deepEqual(keysIn('Under AT-C 105 and AT-C 205'), ['ssae-18-at-c', 'ssae-18-at-c']);
  });

  test('respects word boundaries', () => {
    assert.deepEqual(keysIn('prototype 1 and NDAs and gap letterhead and subtsc'), []);
    assert.deepEqual(keysIn('(carve-out)'), ['carve-out-vs-inclusive']);
  });

  test('matches a phrase broken across spaces or a line', () => {
    assert.deepEqual(keysIn('the complementary  user\nentity controls'), ['cuec']);
  });

  test('includes real criterion ids but not ones that do not exist', () => {
    const matches = findTerms('Mapped to CC6.1 and CC10.1 and PI1.6.');
    assert.deepEqual(matches.map((m) => [m.kind, m.key]), [['criterion', 'CC6.1']]);
    assert.deepEqual(findTerms('CC6.1', { criteria: false }), []);
  });

  test('findTermAt returns the term under an offset', () => {
    const text = 'Is a Type II report available under NDA?';
    assert.equal(findTermAt(text, text.indexOf('Type') + 2)?.key, 'type1-vs-type2');
    assert.equal(findTermAt(text, text.indexOf('NDA'))?.key, 'report-sharing');
    assert.equal(findTermAt(text, text.indexOf('report') + 1), undefined);
    assert.equal(findTermAt('CC7.4 response', 3)?.key, 'CC7.4');
  });

  test('handles empty and arbitrary text', () => {
    assert.deepEqual(findTerms(''), []);
    assert.deepEqual(findTerms('\u0000\uFFFF😀'), []);
  });
});

suite('knowledge base: criteria and topics', () => {
  test('explainCriterion covers all 61 with title, category, group, summary and a customer-safe line', () => {
    for (const id of CRITERION_IDS) {
      const markdown = explainCriterion(id);
      assert.match(markdown, new RegExp(`^# ${id.replace('.', '\\.')}: \\S`), id);
      assert.match(markdown, /\*\*Category:\*\* (Security|Availability|Confidentiality|Processing Integrity|Privacy) \(/, id);
      assert.match(markdown, /\*\*Group:\*\* /, id);
      assert.match(markdown, /## Customer-safe explanation/, id);
      assert.ok(markdown.includes(criterionCustomerSafe(id) ?? '<missing>'), id);
    }
    assert.match(explainCriterion('cc 6.1'), /^# CC6\.1: /);
    assert.match(explainCriterion('A1.2'), /in scope only when the report names it/);
    assert.match(explainCriterion('CC1.1'), /COSO 2013 principle:\*\* 1/);
  });

  test('explainCriterion on an id that does not exist says what does', () => {
    assert.match(explainCriterion('PI1.6'), /PI1\.6 does not exist: Processing Integrity has PI1\.1–PI1\.5/);
    assert.match(explainCriterion('CC10.1'), /common criteria run from CC1 to CC9/);
    assert.equal(criterionCustomerSafe('CC10.1'), undefined);
  });

  test('explainTopic resolves keys, terms and criterion ids', () => {
    assert.equal(explainTopic('type1-vs-type2')?.kind, 'entry');
    assert.deepEqual(explainTopic('gap letter') && { kind: explainTopic('gap letter')?.kind, key: (explainTopic('gap letter') as { key: string }).key }, { kind: 'entry', key: 'bridge-letter' });
    const criterion = explainTopic('cc6.1');
    assert.equal(criterion?.kind, 'criterion');
    assert.match(criterion?.markdown ?? '', /^# CC6\.1/);
    assert.equal(explainTopic('PI1.6'), undefined);
    assert.equal(explainTopic('weather'), undefined);
  });
});

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { check, RULES, type Finding } from '../../../src/domain/claims';
import { TODAY, VARIANTS } from '../compose/profiles';

// Fragments that trigger the rules, joined with arbitrary glue, so the rules' code paths are exercised.
const FRAGMENTS = [
  'SOC 2', 'SOC2', 'SOC-2', 'SOC II', 'SOC I', 'SOC 1', 'Type 1', 'Type II', 'certified', 'certification', 'compliant', 'compliance',
  'SSAE 16', 'SSAE-16', '(SSAE 16)', 'CC10.1', 'CC6.1', 'PI1.6', 'A1.4', 'P6.0', 'operated effectively', 'operating effectiveness',
  'throughout the period', 'over a period', 'bridge letter', 'gap letter', 'from our auditor', 'signed by the CPA firm', 'auditor assurance',
  'no exceptions', 'unqualified opinion', 'clean report', 'Privacy', 'Availability', 'Processing Integrity', 'covers', 'our', 'we are',
  'is', 'not', 'AICPA requires', 'at least 6 months', '2024-12-31', 'December 31, 2024', '?', '.', ',', '|', '\t', '\n', '\r\n', '"', '`',
  'Are you', 'Northwind Data', 'will', 'unlike', 'its', "AWS's", '®',
];

const vocabularyText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), vocabularyText);
const profile = fc.option(fc.constantFrom(...VARIANTS.map((v) => v.profile)), { nil: undefined });
const knownRules = new Set(RULES.map((r) => r.id));

function assertWellFormed(text: string, findings: readonly Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  let previous = -1;
  for (const f of findings) {
    assert.ok(knownRules.has(f.rule), f.rule);
    assert.ok(f.length > 0 && f.offset >= 0 && f.offset + f.length <= text.length, JSON.stringify(f));
    assert.ok(f.offset >= previous, 'findings are in document order');
    previous = f.offset;
    const line = lines[f.line - 1];
    assert.ok(line !== undefined, `line ${f.line}`);
    assert.ok(f.column >= 1 && f.endColumn > f.column && f.endColumn - 1 <= line.length, JSON.stringify(f));
    assert.equal(line.slice(f.column - 1, f.endColumn - 1), text.slice(f.offset, f.offset + f.length));
    assert.ok(['error', 'warning', 'info'].includes(f.severity));
    assert.ok(f.message.length > 0);
    if (f.fix !== undefined) {
      assert.equal(typeof f.fix.replacement, 'string');
      assert.ok(f.fix.description.length > 0);
    }
  }
}

suite('claims: properties', () => {
  test('never throws, and every finding points at real text inside one line', () => {
    fc.assert(
      fc.property(anyText, profile, fc.boolean(), fc.oneof(fc.constant(TODAY), fc.string({ maxLength: 10 })), (text, p, questions, today) => {
        const findings = check(text, { ...(p === undefined ? {} : { profile: p }), today, questionFindings: questions });
        assertWellFormed(text, findings);
      }),
      { numRuns: 2000 },
    );
  });

  test('a finding is never reported inside a question unless asked for, and then only as info', () => {
    fc.assert(
      fc.property(vocabularyText, (body) => {
        const question = `Are you ${body.replace(/[.?!\n\r|\t]/g, ' ')}?`;
        assert.deepEqual(check(question, { today: TODAY }), []);
        for (const f of check(question, { today: TODAY, questionFindings: true })) {
          assert.equal(f.severity, 'info');
          assert.equal(f.fix, undefined);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('applying a fix lowers the count of findings of its rule', () => {
    fc.assert(
      fc.property(vocabularyText, profile, (text, p) => {
        const options = { ...(p === undefined ? {} : { profile: p }), today: TODAY };
        const findings = check(text, options);
        for (const f of findings) {
          if (f.fix === undefined) {
            continue;
          }
          const fixed = text.slice(0, f.offset) + f.fix.replacement + text.slice(f.offset + f.length);
          const before = findings.filter((g) => g.rule === f.rule).length;
          const after = check(fixed, options).filter((g) => g.rule === f.rule).length;
          assert.ok(after < before, `${f.rule}: ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

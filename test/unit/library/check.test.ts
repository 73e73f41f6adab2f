import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildLibraryIndex, checkLibrary, librarySource, loadLibrary, matchLibrary, newEntryTemplate, parseEntry, resolveEvidence, reviewDue, type LibraryFinding } from '../../../src/domain/library';
import { parseProfile } from '../../../src/domain/profile/parse';
import { entry } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
const PROFILE = parseProfile(readFileSync(join(ROOT, 'demo', '.attest', 'profile.json'))).profile;
const TODAY = '2026-12-03';

function rules(findings: readonly LibraryFinding[]): string[] {
  return findings.map((f) => `${f.entry}:${f.rule}`).sort();
}

suite('library: checks', () => {
  test('reviewDue adds the cycle; the end of a month stays in its month', () => {
    assert.equal(reviewDue('2026-01-31', '1 month'), '2026-02-28');
    assert.equal(reviewDue('2025-12-03', '12 months'), '2026-12-03');
    assert.equal(reviewDue('2025-12-03', '1 year'), '2026-12-03');
    assert.equal(reviewDue('2026-12-01', '2 weeks'), '2026-12-15');
    assert.equal(reviewDue('2026-06-01'), '2027-06-01');
  });

  test('stale past reviewed + reviewEvery (not on the due day), not reviewed, no owner', () => {
    const findings = checkLibrary(
      [
        entry({ id: 'fresh', question: 'Fresh?', reviewed: '2025-12-03' }),
        entry({ id: 'stale', question: 'Stale?', reviewed: '2026-05-01', reviewEvery: '6 months' }),
        entry({ id: 'never', question: 'Never reviewed?', reviewed: null }),
        entry({ id: 'orphan', question: 'Nobody owns it?', owner: null }),
      ],
      { today: TODAY },
    );
    assert.deepEqual(rules(findings), ['never:not-reviewed', 'orphan:no-owner', 'stale:stale']);
    const stale = findings.find((f) => f.rule === 'stale');
    assert.equal(stale?.line, 7);
    assert.match(stale?.message ?? '', /due again 2026-11-01/);
  });

  test('two entries answering the same question, at the variant that repeats', () => {
    const findings = checkLibrary(
      [
        entry({ id: 'a', question: 'Do you encrypt backups?', yesno: 'yes' }),
        entry({ id: 'b', question: 'How are backups protected?', variants: ['Do you ENCRYPT backups'], yesno: 'no' }),
      ],
      { today: TODAY },
    );
    const duplicate = findings.find((f) => f.rule === 'duplicate-question');
    assert.equal(duplicate?.entry, 'b');
    assert.equal(duplicate?.line, 5);
    assert.match(duplicate?.message ?? '', /also answered by "a".*disagree/);
  });

  test('near-duplicates whose Yes/No disagree are a conflict; agreeing ones are not', () => {
    const conflicting = checkLibrary(
      [
        entry({ id: 'mfa-1', question: 'Do employees use multi-factor authentication?', yesno: 'yes' }),
        entry({ id: 'mfa-2', question: 'Do employees use 2FA for authentication?', yesno: 'no' }),
        entry({ id: 'other', question: 'Do you sell customer data?', yesno: 'no' }),
      ],
      { today: TODAY },
    );
    assert.deepEqual(rules(conflicting), ['mfa-1:conflicting-yesno']);
    const agreeing = checkLibrary(
      [entry({ id: 'mfa-1', question: 'Do employees use multi-factor authentication?', yesno: 'yes' }), entry({ id: 'mfa-2', question: 'Do employees use 2FA for authentication?', yesno: 'yes' })],
      { today: TODAY },
    );
    assert.deepEqual(rules(agreeing), []);
  });

  test('an answer the claim check flags, at its place in the body', () => {
    const findings = checkLibrary([entry({ id: 'cert', question: 'Are you audited?', sentence: 'We are audited every year.', body: 'We are audited.\nWe are SOC 2 certified.' })], { today: TODAY });
    const claim = findings.find((f) => f.rule === 'claim');
    assert.ok(claim, JSON.stringify(findings));
    assert.match(claim.message, /^soc2-certified:/);
    assert.equal(claim.line, 10);
    assert.match('We are SOC 2 certified.'.slice(claim.column - 1), /SOC 2 certified/);
  });

  test('with the profile: an answer that contradicts it, and one that restates it, are flagged', () => {
    assert.ok(PROFILE);
    const type1 = entry({ id: 'type', question: 'What kind of report do you have?', sentence: 'Our SOC 2 Type 1 report is available under NDA.' });
    const restated = entry({ id: 'restate', question: 'Which SOC 2 do you have?', sentence: 'We have a SOC 2 Type 2 report.' });
    const clean = entry({ id: 'vendors', question: 'How do you review vendors?', sentence: "We read each vendor's SOC 2 Type 2 report and its opinion every year." });
    const withProfile = checkLibrary([type1, restated, clean], { today: TODAY, profile: PROFILE });
    assert.ok(withProfile.some((f) => f.entry === 'type' && f.rule === 'contradicts-profile' && /type-contradicts-profile/.test(f.message)), JSON.stringify(withProfile));
    assert.ok(withProfile.some((f) => f.entry === 'restate' && f.rule === 'restates-profile'));
    assert.ok(!withProfile.some((f) => f.entry === 'vendors'));
    // Without a profile nothing is contradicted (but restating is still flagged).
    const without = checkLibrary([type1, restated], { today: TODAY });
    assert.ok(!without.some((f) => f.rule === 'contradicts-profile'));
    assert.ok(without.some((f) => f.entry === 'restate' && f.rule === 'restates-profile'));
  });

  test('a relative evidence link that does not exist is broken; URLs and anchors are not checked', () => {
    const e = entry({ id: 'ev', question: 'Evidence?', topic: 'data', evidence: ['../../policies/enc.md', 'missing.pdf', 'https://example.com/x', '"#section"'] });
    const asked: string[] = [];
    const findings = checkLibrary([e], {
      today: TODAY,
      exists: (path) => {
        asked.push(path);
        return path === 'policies/enc.md';
      },
    });
    assert.deepEqual(asked, ['policies/enc.md', 'lib/data/missing.pdf']);
    assert.deepEqual(findings.map((f) => [f.rule, f.line]), [['broken-evidence', 10]]);
    assert.equal(resolveEvidence('.attest/library/a/b.md', '../x/./y.md'), '.attest/library/x/y.md');
  });

  test('the demo library has at least 40 entries, parses, and passes every check with the demo profile', () => {
    const root = join(ROOT, 'demo', '.attest', 'library');
    const files: { path: string; text: string }[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          walk(path);
        } else {
          files.push({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') });
        }
      }
    };
    walk(root);
    const library = loadLibrary(relative(ROOT, root), files);
    assert.deepEqual(library.errors, []);
    assert.ok(library.entries.length >= 40, `${library.entries.length} entries`);
    assert.ok(new Set(library.entries.map((e) => e.topic)).size >= 8);
    assert.deepEqual(checkLibrary(library.entries, { today: TODAY, profile: PROFILE, exists: () => false }), []);
  });
});

suite('library: new entry template', () => {
  test('the scaffold is a valid entry under its topic, flagged until someone owns, reviews and writes it', () => {
    const template = newEntryTemplate('Data Protection', 'Is customer data encrypted at rest?');
    assert.equal(template.path, 'data-protection/customer-data-encrypted-at-rest.md');
    const { entry: parsed, errors } = parseEntry(template.path, template.text, 'data-protection');
    assert.deepEqual(errors, []);
    assert.equal(parsed?.question, 'Is customer data encrypted at rest?');
    assert.equal(parsed?.id, template.id);
    assert.deepEqual(rules(checkLibrary([parsed!], { today: TODAY })).sort(), [`${template.id}:no-owner`, `${template.id}:not-reviewed`, `${template.id}:scaffold`]);
    const owned = newEntryTemplate('identity', 'Do you support "SSO": SAML?', { owner: 'Ana (IT)', today: TODAY });
    const ownedEntry = parseEntry(owned.path, owned.text, 'identity').entry;
    assert.equal(ownedEntry?.question, 'Do you support "SSO": SAML?');
    assert.equal(ownedEntry?.owner, 'Ana (IT)');
    assert.deepEqual(rules(checkLibrary([ownedEntry!], { today: TODAY })), [`${owned.id}:scaffold`]);
    // Written over, the entry is clean.
    const written = parseEntry(owned.path, owned.text.replace('TODO: the answer in one sentence.', 'Yes, through SAML 2.0.').replace('TODO: the full answer, as a paragraph a customer can read.', 'Any SAML 2.0 identity provider works.'), 'identity').entry;
    assert.deepEqual(checkLibrary([written!], { today: TODAY }), []);
  });

  test('a scaffold is matched but never written: the fill says it is a draft, and writes nothing', () => {
    const template = newEntryTemplate('endpoint', 'Which EDR product do you use?', { owner: 'Ana (IT)', today: TODAY });
    const scaffold = parseEntry(template.path, template.text, 'endpoint').entry!;
    const index = buildLibraryIndex([scaffold]);
    const match = matchLibrary(index, 'Which EDR product do you use?').match;
    assert.deepEqual([match?.tier, match?.writable, match?.fills], ['exact', false, false]);
    const decision = librarySource(index).answer('Which EDR product do you use?', { length: 'paragraph', today: TODAY });
    assert.equal(decision.outcome, 'undetermined');
    assert.equal(decision.text, undefined);
    assert.match(decision.reasons?.[0] ?? '', /is still a draft \("TODO: the answer in one sentence\."\): write its answer/);
  });
});

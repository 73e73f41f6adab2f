/** The library as an engine answer source: a fill takes its answers where the profile does not decide. */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { answererFor, fillDocument, readTextQuestionnaire, renderCoverageMarkdown, renderCoverageText } from '../../../src/domain/engine';
import { buildLibraryIndex, librarySource, loadLibrary } from '../../../src/domain/library';
import { parseProfile } from '../../../src/domain/profile/parse';
import { applyEdits } from '../../../src/domain/questionnaire';
import { entry } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
const PROFILE = parseProfile(readFileSync(join(ROOT, 'demo', '.attest', 'profile.json'))).profile!;
const TODAY = '2026-12-03';

function demoEntries(): ReturnType<typeof loadLibrary>['entries'] {
  const root = join(ROOT, 'demo', '.attest', 'library');
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else {
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(root);
  return loadLibrary('', files).entries;
}

suite('library: answer source in the engine', () => {
  test('a fill of the demo questionnaire: the profile answers SOC 2, the library what the profile does not decide', async () => {
    const text = readFileSync(join(ROOT, 'demo', 'vendor-questionnaire.md'), 'utf8');
    const document = readTextQuestionnaire(text, 'markdown');
    const answerer = answererFor(PROFILE, librarySource(buildLibraryIndex(demoEntries())));
    const { planned, output } = await fillDocument(document, answerer, { today: TODAY, defaultLength: 'paragraph', title: 'demo' });
    const by = (start: string): (typeof planned)[number] => {
      const found = planned.find((p) => p.item.question.startsWith(start));
      assert.ok(found, start);
      return found;
    };
    const password = by('Describe your password policy');
    assert.equal(password.decision?.source?.kind, 'library');
    assert.equal(password.decision?.source?.kind === 'library' && password.decision.source.entry, 'password-policy');
    assert.equal(password.decision?.source?.kind === 'library' && password.decision.source.tier, 'exact');
    const headcount = by('How many employees');
    assert.equal(headcount.decision?.source?.kind === 'library' && headcount.decision.source.entry, 'headcount');
    // Facts win: SOC 2 questions come from the profile, even where a library entry is near.
    assert.equal(by('Do you have a SOC 2 report').decision?.source?.kind, 'profile');
    assert.equal(by('Which CPA firm').decision?.source?.kind, 'profile');
    const filled = applyEdits(text, output);
    assert.ok(filled.includes('Employee passwords are at least 12 characters'));
    assert.ok(filled.includes('186 employees'));
  });

  test('Yes/No only when the entry answers what is asked; a leading "Yes." goes when it does not', () => {
    const index = buildLibraryIndex([
      entry({ id: 'scans', question: 'Do you scan your systems for vulnerabilities?', yesno: 'yes', sentence: 'Yes. We scan production every month.' }),
      entry({ id: 'sell', question: 'Do you sell customer data?', yesno: 'no', sentence: 'No. We never sell customer data.' }),
      entry({ id: 'pricing', question: 'What discounts can sales offer?', sentence: 'Up to 15%.', visibility: 'internal' }),
      entry({ id: 'old', question: 'Do you have a whistleblower hotline?', yesno: 'yes', reviewed: '2024-01-01' }),
      entry({ id: 'breaches', question: 'Have you had a data breach in the last three years?', yesno: 'no', visibility: 'nda' }),
    ]);
    const source = librarySource(index);
    const yes = source.answer('Do you scan your systems for vulnerabilities?', { length: 'yesno', today: TODAY });
    assert.deepEqual([yes.outcome, yes.text, yes.verdict], ['answered', 'Yes', 'yes']);
    const narrower = source.answer('Do you scan all your systems for vulnerabilities?', { length: 'yesno', today: TODAY });
    assert.equal(narrower.outcome, 'undetermined');
    assert.equal(narrower.text, undefined);
    assert.match(narrower.reasons?.join(' ') ?? '', /narrower/);
    // A sentence without its Yes gets the Yes the entry gives this question, as an answer from the facts starts with its verdict.
    const bare = buildLibraryIndex([entry({ id: 'mfa', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Users can enrol an authenticator app.' })]);
    assert.equal(librarySource(bare).answer('Do you support MFA?', { length: 'sentence', today: TODAY }).text, 'Yes. Users can enrol an authenticator app.');
    assert.equal(librarySource(bare).answer('Do you support MFA for all users?', { length: 'sentence', today: TODAY }).text, 'Users can enrol an authenticator app.');
    // A leading "No" that is the first word of a sentence is not a Yes/No: it stays, whatever is decided.
    const keepNo = buildLibraryIndex([entry({ id: 'eu', question: 'Is customer data kept in the EU?', yesno: 'yes', sentence: 'No customer data leaves the EU.' })]);
    assert.equal(librarySource(keepNo).answer('Is all customer data kept in the EU at all times?', { length: 'sentence', today: TODAY }).text, 'No customer data leaves the EU.');
    // A Yes already there in bold is recognized; a list gets its Yes on a line of its own.
    const bold = buildLibraryIndex([entry({ id: 'scan', question: 'Do you scan weekly?', yesno: 'yes', sentence: '**Yes.** We scan weekly.' })]);
    assert.equal(librarySource(bold).answer('Do you scan weekly?', { length: 'sentence', today: TODAY }).text, '**Yes.** We scan weekly.');
    const list = buildLibraryIndex([entry({ id: 'bcp', question: 'Do you have a BCP?', yesno: 'yes', body: '- Tested yearly\n- Owned by the CISO' })]);
    assert.equal(librarySource(list).answer('Do you have a BCP?', { length: 'paragraph', today: TODAY }).text, 'Yes.\n\n- Tested yearly\n- Owned by the CISO');
    // "Can we enforce MFA?" is an option the customer has, not "MFA is enforced": no Yes, and none in the text.
    const option = buildLibraryIndex([entry({ id: 'mfa', question: 'Can we enforce MFA for our users?', yesno: 'yes', sentence: 'Administrators can require MFA for everyone in their account.' })]);
    const enforced = librarySource(option).answer('Is MFA enforced for customer users?', { length: 'sentence', today: TODAY });
    assert.equal(enforced.text, 'Administrators can require MFA for everyone in their account.');
    assert.equal(librarySource(option).answer('Can customers enforce MFA for their users?', { length: 'yesno', today: TODAY }).text, 'Yes');
    const sentence = source.answer('Do you scan all your systems for vulnerabilities?', { length: 'sentence', today: TODAY });
    assert.equal(sentence.text, 'We scan production every month.');
    assert.ok(sentence.warnings.some((w) => /Yes\/No is left to you/.test(w)));
    // A question that is not polar gets the answer without the entry's "Yes.", which was never checked against it.
    const frequency = source.answer('Describe how you scan your systems for vulnerabilities.', { length: 'sentence', today: TODAY });
    assert.equal(frequency.outcome, 'answered');
    assert.equal(frequency.text, 'We scan production every month.');
    // A cadence the entry does not meet: nothing written, in any length.
    const weekly = source.answer('Do you scan your systems for vulnerabilities at least weekly?', { length: 'sentence', today: TODAY });
    assert.deepEqual([weekly.outcome, weekly.text], ['undetermined', undefined]);
    assert.match(weekly.reasons?.join(' ') ?? '', /the question asks "at least weekly", and the entry says "every month"/);
    const ever = source.answer('Do you ever sell customer data?', { length: 'yesno', today: TODAY });
    assert.equal(ever.outcome, 'undetermined');
    const internal = source.answer('What discounts can sales offer?', { length: 'paragraph', today: TODAY });
    assert.equal(internal.outcome, 'undetermined');
    assert.equal(internal.text, undefined);
    assert.match(internal.reasons?.join(' ') ?? '', /internal only/);
    const stale = source.answer('Do you have a whistleblower hotline?', { length: 'yesno', today: TODAY });
    assert.equal(stale.source?.kind === 'library' && stale.source.stale, true);
    assert.ok(stale.warnings.some((w) => /past its review date/.test(w)));
    const nda = source.answer('Have you had a data breach in the last three years?', { length: 'yesno', today: TODAY });
    assert.deepEqual([nda.outcome, nda.text], ['answered', 'No']);
    assert.ok(nda.warnings.some((w) => /under NDA/.test(w)));
    assert.equal(nda.source?.kind === 'library' && nda.source.nda, true, 'the coverage report says it too');
    assert.equal(source.answer('What is the airspeed of a swallow?', { length: 'paragraph', today: TODAY }).outcome, 'not_recognized');
  });

  test('a suggestion says whether it may be confirmed: one near the question carries no reason, one asked the other way round carries why it does not answer', () => {
    const source = librarySource(buildLibraryIndex([entry({ id: 'sso', question: 'Do you support single sign-on for customer users?', yesno: 'yes', sentence: 'Customers can require SAML single sign-on.' })]));
    const near = source.answer('Can our people sign in through our own identity provider?', { length: 'sentence', today: TODAY });
    assert.equal(near.outcome, 'undetermined');
    assert.equal(near.suggestion?.entry, 'sso');
    assert.equal(near.suggestion?.unmet, undefined);
    const turned = source.answer('Is single sign-on for customer users prohibited?', { length: 'sentence', today: TODAY });
    assert.equal(turned.outcome, 'undetermined');
    assert.equal(turned.suggestion?.entry, 'sso');
    assert.match(turned.suggestion?.unmet ?? '', /"prohibited"/);
  });

  test('a question the profile\'s facts cover stays with them where they record nothing, or lack a fact: the library is asked only for what the facts do not cover', () => {
    // A profile with no controls and no SOC 2 examination: the facts know the topics but record nothing.
    const bare = parseProfile(Buffer.from(JSON.stringify({ organization: { name: 'Granary Ledger' } }))).profile!;
    const library = librarySource(
      buildLibraryIndex([
        entry({ id: 'scanning', question: 'How often do you scan for vulnerabilities?', sentence: 'Authenticated vulnerability scans run weekly against production.' }),
        entry({ id: 'iso', question: 'Are you ISO 27001 certified?', yesno: 'yes', sentence: 'Yes. We are certified.' }),
        entry({ id: 'headcount', question: 'How many employees do you have?', sentence: 'We have 85 employees.' }),
      ]),
    );
    const answerer = answererFor(bare, library);
    const options = { length: 'sentence' as const, today: TODAY };
    // A probing review found library answers to topics the profile claims wrong too often (NIST CSF from ISO entries): they stay with the facts.
    assert.notEqual(answerer('How often do you perform vulnerability scans of your infrastructure?', options).source?.kind, 'library');
    assert.notEqual(answerer('Do you comply with NIST CSF?', { length: 'yesno', today: TODAY }).source?.kind, 'library');
    assert.equal(answerer('How many employees do you have?', options).source?.kind, 'library', 'what the facts do not cover is the library\'s');
  });

  test('a topic the profile records stays with the facts, even where a fact the answer needs is missing: no library text contradicts them', async () => {
    const profileWith = (otherAssurance: object): ReturnType<typeof parseProfile>['profile'] => parseProfile(Buffer.from(JSON.stringify({ organization: { name: 'Granary Ledger' }, otherAssurance }))).profile;
    // Certified, with no certification body: the facts decide the Yes and leave the body as a placeholder.
    const iso = profileWith({ iso27001: { certified: true } });
    const pentests = profileWith({ penetrationTests: [{ date: '2024-03-01' }] });
    assert.ok(iso && pentests);
    const library = librarySource(
      buildLibraryIndex([
        entry({ id: 'iso', question: 'Are you ISO 27001 certified?', yesno: 'no', sentence: 'No. We are not ISO/IEC 27001 certified.' }),
        entry({ id: 'pentest', question: 'Are penetration tests performed at least annually?', yesno: 'yes', sentence: 'Yes. An independent firm tests the application every year.' }),
      ]),
    );
    for (const length of ['yesno', 'sentence', 'paragraph'] as const) {
      const certified = answererFor(iso, library)('Are you ISO 27001 certified?', { length, today: TODAY });
      assert.notEqual(certified.source?.kind, 'library', length);
      assert.doesNotMatch(certified.text ?? '', /not ISO/, length);
      const tested = answererFor(pentests, library)('Are penetration tests performed at least annually?', { length, today: TODAY });
      assert.notEqual(tested.source?.kind, 'library', length);
    }
    // One CSV row: the Yes/No cell and the comment come from the same source.
    const document = readTextQuestionnaire('Question,Response,Comments\nAre you ISO 27001 certified?,,\n', 'csv');
    const { planned } = await fillDocument(document, answererFor(iso, library), { today: TODAY, defaultLength: 'paragraph', title: 'q.csv' });
    assert.doesNotMatch(`${planned[0]?.write?.answer ?? ''} ${planned[0]?.write?.comment ?? ''}`, /not ISO/);
  });

  test('the coverage report and the terminal say an answer came from an NDA entry', async () => {
    const answerer = answererFor(PROFILE, librarySource(buildLibraryIndex([entry({ id: 'insurance', question: 'Do you carry cyber liability insurance?', yesno: 'yes', sentence: 'Yes. Our policy has a USD 5 million limit.', visibility: 'nda' })])));
    const document = readTextQuestionnaire('1. Do you carry cyber liability insurance?\n', 'markdown');
    const { report } = await fillDocument(document, answerer, { today: TODAY, defaultLength: 'sentence', title: 'q.md' });
    const warning = '"insurance" is shared under NDA only: check this customer has one.';
    assert.ok(renderCoverageMarkdown(report).includes(`⚠ ${warning}`), renderCoverageMarkdown(report));
    assert.ok(renderCoverageText(report).includes(`warning: line 1: ${warning}`), renderCoverageText(report));
  });
});

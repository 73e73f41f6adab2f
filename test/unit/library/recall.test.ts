/**
 * The matcher's recall work (issue 12 item 6): more of the field's phrasings meet, and the
 * second-stage checks keep a question about something else from being filled.
 */
import * as assert from 'node:assert/strict';
import { americanSpelling, analyze, isLight, withoutQuestionId } from '../../../src/domain/library/analyze';
import { buildLibraryIndex, matchLibrary, type LibraryEntry } from '../../../src/domain/library';
import { entry } from './helpers';

const LIBRARY: LibraryEntry[] = [
  entry({ id: 'at-rest', question: 'Is customer data encrypted at rest?', yesno: 'yes', sentence: 'Customer data is encrypted at rest with AES-256.' }),
  entry({ id: 'in-transit', question: 'Is data encrypted in transit?', yesno: 'yes', sentence: 'Everything uses TLS 1.2 or higher.' }),
  entry({ id: 'segmentation', question: 'Is the production network segmented from the corporate network?', yesno: 'yes', sentence: 'Production runs in its own VPCs.' }),
  entry({ id: 'pentest', question: 'Do you have annual third-party penetration tests?', yesno: 'yes', sentence: 'An independent firm tests the application every year.' }),
  entry({ id: 'data-location', question: 'In which countries is customer data stored?', sentence: 'In AWS regions in the United States.' }),
  entry({ id: 'support-hours', question: 'What are your customer support hours?', sentence: 'Business days, 8am to 8pm Eastern.' }),
  entry({ id: 'soc', question: 'Is security monitoring performed 24x7?', variants: ['Do you have a security operations center?'], yesno: 'yes', sentence: 'Alerts are handled around the clock.' }),
  entry({ id: 'security-training', question: 'Do employees complete security awareness training?', yesno: 'yes', sentence: 'At hire and every year.' }),
  entry({ id: 'privacy-training', question: 'Do employees receive privacy training?', yesno: 'yes', sentence: 'At hire and every year.' }),
  entry({ id: 'dr', question: 'Do you have a disaster recovery plan, and how often is it tested?', yesno: 'yes', sentence: 'The plan is tested every year.' }),
  entry({ id: 'dpo', question: 'Have you appointed a data protection officer?', yesno: 'yes', sentence: 'Our DPO is reachable at privacy@example.com.' }),
  entry({ id: 'accessibility', question: 'Does the application conform to WCAG 2.1 AA?', yesno: 'yes', sentence: 'Our VPAT is available on request.' }),
  entry({ id: 'backup-frequency', question: 'How often is customer data backed up?', sentence: 'Continuously, with daily snapshots.' }),
  entry({ id: 'sell', question: 'Do you sell customer data?', yesno: 'no', sentence: 'We never sell customer data.' }),
  entry({ id: 'aup', question: 'Do you have an acceptable use policy that employees acknowledge?', yesno: 'yes', sentence: 'Employees acknowledge it at hire and every year.' }),
  entry({ id: 'forensics', question: 'Can you perform forensic investigations after an incident?', yesno: 'yes', sentence: 'Our team investigates, and we keep a retainer with an outside forensics firm.' }),
  entry({ id: 'framework', question: 'Which security framework is your security program based on?', sentence: 'ISO/IEC 27001 and the NIST CSF.' }),
  entry({ id: 'hardening', question: 'Do you harden servers against the CIS Benchmarks?', yesno: 'yes', sentence: 'Servers are built from hardened images.' }),
];
const INDEX = buildLibraryIndex(LIBRARY);

function filled(question: string): string | undefined {
  const match = matchLibrary(INDEX, question).match;
  return match !== undefined && match.tier !== 'weak' ? match.entry.id : undefined;
}

suite('library recall: the analyzer', () => {
  test('synonym phrases are matched on stems, so inflections meet the concept', () => {
    assert.deepEqual(analyze('penetration tested'), analyze('penetration testing'));
    assert.deepEqual(analyze('segregated networks'), analyze('network segregation'));
    assert.ok(analyze('Are networks segmented?').includes('segmentation'));
    assert.ok(analyze('separates').includes('separate'));
    assert.ok(analyze('Are servers hardened?').includes('hardening'));
    assert.ok(analyze('Is it monitored?').includes('monitoring'));
  });

  test('British spellings read as American ones', () => {
    assert.equal(americanSpelling('organisation'), 'organization');
    assert.equal(americanSpelling('authorised'), 'authorized');
    assert.equal(americanSpelling('centre'), 'center');
    assert.equal(americanSpelling('labelled'), 'labeled');
    // Words that end in -ise in both spellings are left alone.
    assert.equal(americanSpelling('enterprise'), 'enterprise');
    assert.equal(americanSpelling('compromised'), 'compromised');
    assert.deepEqual(analyze('Is the data centre synchronised to an authoritative time source?'), analyze('Is the data center synchronized to an authoritative time source?'));
  });

  test('"-ify" and "-ification" share a stem', () => {
    assert.deepEqual(analyze('How do you classify data?'), analyze('data classification'));
    assert.deepEqual(analyze('Are customers notified?'), analyze('customer notification'));
  });

  test('a wide stem is not taken for a concept where only the exact word means it', () => {
    // "information" stems like "inform" (notify), "access" like "accessibility", "CI" like "CIS".
    assert.ok(!analyze('information').includes('notify'));
    assert.ok(!analyze('Who can access production?').includes('wcag'));
    assert.ok(analyze('Is the application accessible to screen reader users?').includes('wcag'));
    assert.ok(!analyze('Is SAST part of the CI pipeline?').includes('hardening'));
    assert.ok(!analyze('Is the internal network segmented?').includes('contractor'));
  });

  test('a leading question id is the questionnaire\'s, not the question\'s', () => {
    assert.equal(withoutQuestionId('IAM-07: Is MFA required?'), 'Is MFA required?');
    assert.equal(withoutQuestionId('A&A-02.1 Are audits performed?'), 'Are audits performed?');
    assert.equal(withoutQuestionId('DSP-04.1: Is data classified?'), 'Is data classified?');
    assert.equal(withoutQuestionId('SOC 2 report available?'), 'SOC 2 report available?');
    assert.equal(withoutQuestionId('PR.AA-03: Is MFA required?'), 'Is MFA required?', 'NIST CSF');
    assert.equal(withoutQuestionId('SIG A.4.7 Describe how admin rights are granted.'), 'Describe how admin rights are granted.');
    assert.equal(withoutQuestionId('4.3.1 Is MFA enforced for staff?'), 'Is MFA enforced for staff?', 'an outline number');
    assert.equal(withoutQuestionId('3.1 Cipher used for stored data:'), 'Cipher used for stored data:');
    assert.equal(withoutQuestionId('99.9% uptime committed?'), '99.9% uptime committed?');
    assert.equal(withoutQuestionId('TLS 1.2 or higher?'), 'TLS 1.2 or higher?');
    assert.equal(withoutQuestionId('ISO 27001 certified?'), 'ISO 27001 certified?');
    assert.equal(withoutQuestionId('PCI-DSS-4.0 Compliant?'), 'PCI-DSS-4.0 Compliant?');
    assert.equal(withoutQuestionId('Wi-Fi-6 Networks segregated?'), 'Wi-Fi-6 Networks segregated?');
    // The framework it comes from, in parentheses after the id, is the questionnaire's too; a subject there is not.
    assert.equal(withoutQuestionId('IAM-12 (CAIQ v4): Is federated sign-in supported?'), 'Is federated sign-in supported?');
    assert.equal(withoutQuestionId('HLAA-05 (HECVAT) Is the service hosted in a public cloud?'), 'Is the service hosted in a public cloud?');
    assert.equal(withoutQuestionId('IAM-07 (MFA): Is it required?'), 'IAM-07 (MFA): Is it required?');
    assert.equal(withoutQuestionId('Q14. Can admins enforce MFA?'), 'Can admins enforce MFA?');
    assert.equal(withoutQuestionId('DSPT 7.3.4: Are backups tested?'), 'Are backups tested?', "a handbook's section");
    assert.equal(withoutQuestionId('SYSC 8.1.8(8): Is the plan tested?'), 'Is the plan tested?');
    assert.equal(withoutQuestionId('WCAG 2.1 AA conformance?'), 'WCAG 2.1 AA conformance?');
    assert.equal(withoutQuestionId('Q1 2027 roadmap?'), 'Q1 2027 roadmap?');
    assert.equal(withoutQuestionId('SOC 2.1.1: Do you have a report?'), 'SOC 2.1.1: Do you have a report?', "a standard's version is not a section");
    assert.equal(filled('CEK-03.1: Is customer data encrypted at rest?'), 'at-rest');
    assert.equal(matchLibrary(INDEX, 'EKM-03: Is customer data encrypted at rest?').match?.tier, 'exact');
  });

  test('"log in" is signing in, not logging; HSTS is a security header; client systems are endpoints', () => {
    assert.deepEqual(analyze('Can users log in with SAML?'), ['user', 'login', 'sso']);
    assert.ok(!analyze('Can users log in with SAML?').includes('logging'));
    assert.deepEqual(analyze('Is HSTS enabled?'), analyze('Are security headers enabled?'));
    assert.ok(analyze('hardening of client systems').includes('endpoint'));
  });

  test('qualifiers and questionnaire words around the subject are light', () => {
    assert.ok(isLight('annual') && isLight('24') && isLight('avail') && isLight('frequency'));
    assert.ok(!isLight('backup') && !isLight('encrypt'));
    // Verbs and nouns any question may use around its subject ("Do developers receive…", "insurance coverage").
    for (const word of ['obtained', 'guarantee', 'remain', 'circumstances', 'coverage']) {
      assert.ok(analyze(word).every((token) => isLight(token)), word);
    }
  });

  test('"office locations" are offices, not where data is kept; a red team is not a pen test', () => {
    assert.ok(analyze('physical controls at your office locations').includes('office'));
    assert.ok(!analyze('physical controls at your office locations').includes('residency'));
    assert.ok(!analyze('Do you run red team exercises?').includes('pentest'));
    assert.ok(!analyze('Do you have a change advisory board?').includes('change'), 'a change advisory board is one body, not the change process');
  });
});

suite('library recall: more questions filled', () => {
  test('paraphrases with light words, inflections and synonyms are filled', () => {
    assert.equal(filled('Do you have a designated Data Protection Officer?'), 'dpo');
    assert.equal(filled('Do you have a disaster recovery plan?'), 'dr');
    assert.equal(filled('Are networks segregated from the corporate environment?'), 'segmentation');
    assert.equal(filled('Is the application pen tested by an independent third party each year?'), 'pentest');
  });

  test('a compound entry question answers its first part too', () => {
    const match = matchLibrary(INDEX, 'Do you have a disaster recovery plan?').match;
    assert.equal(match?.entry.id, 'dr');
    assert.equal(match?.tier, 'strong');
    assert.equal(match?.matchedText, 'Do you have a disaster recovery plan?');
    assert.equal(match?.yesno, 'yes');
  });

  test('an entry that only says more about the same subject still answers', () => {
    assert.equal(filled('Do you have an acceptable use policy?'), 'aup');
  });

  test("a question word found in the entry's answer counts as evidence", () => {
    // "retainer" is only in the answer.
    assert.equal(filled('Do you have a retainer with an outside forensics firm for incidents?'), 'forensics');
  });

  test('an entry that has every subject of the question fills it before a closer one that lacks one', () => {
    const index = buildLibraryIndex([
      entry({ id: 'at-rest', question: 'Is customer data encrypted at rest?', yesno: 'yes', sentence: 'With AES-256.' }),
      entry({ id: 'backup-encryption', question: 'Are backups encrypted?', yesno: 'yes', sentence: 'Backups are encrypted with AES-256 like the data they copy.' }),
      entry({ id: 'backup-frequency', question: 'How often is customer data backed up?', sentence: 'Daily.' }),
    ]);
    const { match, candidates } = matchLibrary(index, 'Is backup data encrypted at rest?');
    assert.equal(match?.entry.id, 'backup-encryption');
    assert.equal(match?.tier, 'strong');
    // The at-rest entry is still offered, after it.
    assert.ok(candidates.some((c) => c.entry.id === 'at-rest' && c.tier === 'weak'));
  });

  test('generic questionnaire words (comply, mitigate, restricted, sensitive) weigh little', () => {
    const index = buildLibraryIndex([
      entry({ id: 'gdpr', question: 'Do you follow the GDPR?', yesno: 'yes' }),
      entry({ id: 'xss', question: 'How is the application protected against cross-site scripting?' }),
      entry({ id: 'ccpa', question: 'Do you follow the CCPA?', yesno: 'yes' }),
    ]);
    assert.equal(matchLibrary(index, 'Are you compliant with the GDPR?').match?.entry.id, 'gdpr');
    assert.equal(matchLibrary(index, 'Are you compliant with the GDPR?').match?.tier, 'strong');
    assert.equal(matchLibrary(index, 'How do you mitigate XSS?').match?.tier, 'strong');
    // A light word alone finds nothing to fill.
    assert.notEqual(matchLibrary(index, 'Are you compliant?').match?.tier, 'strong');
  });

  test('of two near entries, the one without the extra subject wins', () => {
    // "privacy training" reads training + privacy, so security training is closer to "security awareness".
    assert.equal(filled('Is security awareness training required for all new hires?'), 'security-training');
    assert.equal(filled('Is privacy awareness training mandatory for staff?'), 'privacy-training');
  });
});

suite('library recall: precision kept', () => {
  test('a question whose subject concept the entry lacks is not filled', () => {
    // "support staff" is a subject (support) the data-location entry does not have.
    assert.equal(filled('Which countries are your support staff located in?'), undefined);
    // A backup subject the at-rest entry does not have.
    assert.equal(filled('Are backups encrypted at rest?'), undefined);
  });

  test('a compound question across two entries is not filled from one', () => {
    assert.equal(filled('Is customer data encrypted both at rest and in transit?'), undefined);
    assert.equal(filled('Do you have a disaster recovery plan and 24x7 security monitoring?'), undefined);
  });

  test('a short entry variant inside a longer question is not enough: most of the question must be covered', () => {
    // The "security operations center" variant is all `monitoring`; the question is about the network.
    assert.equal(filled('Have you implemented monitoring and alerting for your network firewalls and routers?'), undefined);
  });

  test('a word that is a concept only in a phrase is not that concept alone', () => {
    // "framework" alone is a software framework as often as a security one.
    assert.equal(filled('What frameworks does the application require?'), undefined);
    assert.equal(filled('Which security frameworks do you follow?'), 'framework');
    // Client systems are not the servers of the hardening entry.
    assert.equal(filled('Do you have hardening standards for client systems?'), undefined);
  });

  test('a negation still blocks the Yes/No of a close match', () => {
    const match = matchLibrary(INDEX, 'Do you ever sell customer data?').match;
    assert.equal(match?.entry.id, 'sell');
    assert.equal(match?.yesno, 'undetermined');
    const never = matchLibrary(INDEX, 'Is customer data never encrypted at rest?').match;
    assert.notEqual(never?.yesno, 'yes');
  });

  test('a question asked as "allowed" of an entry written as "restricted" (or the other way) gets no Yes/No', () => {
    const index = buildLibraryIndex([
      entry({ id: 'usb', question: 'Is the use of removable media such as USB drives restricted?', yesno: 'yes', sentence: 'USB storage is blocked on company laptops.' }),
      entry({ id: 'byod', question: 'Can employees access customer data from personal devices?', yesno: 'no', sentence: 'Only from company-managed devices.' }),
    ]);
    const allowed = matchLibrary(index, 'Is USB storage allowed on company laptops?').match;
    assert.equal(allowed?.entry.id, 'usb');
    assert.equal(allowed?.yesno, 'undetermined');
    assert.match(allowed?.yesnoReason ?? '', /"allowed" where the entry's question is "restricted"/);
    assert.equal(matchLibrary(index, 'Is removable media permitted?').match?.yesno, 'undetermined');
    assert.equal(matchLibrary(index, 'Are personal devices restricted?').match?.yesno, 'undetermined');
    // The same sense in other words keeps the Yes/No.
    assert.equal(matchLibrary(index, 'Is the use of USB drives blocked?').match?.yesno, 'yes');
  });

  test('a question that asks about more than the entry\'s questions gets its answer but no Yes/No (the opposite question may share the subject)', () => {
    const index = buildLibraryIndex([
      entry({ id: 'env', question: 'Are development, test and production environments separated?', yesno: 'yes', sentence: 'Test environments use synthetic data; production customer data is never copied to them.' }),
    ]);
    const reversed = matchLibrary(index, 'Is production customer data used in development or test environments?').match;
    assert.equal(reversed?.entry.id, 'env');
    assert.equal(reversed?.yesno, 'undetermined');
    assert.match(reversed?.yesnoReason ?? "", /asks about "production customer data"/);
    // Asked in the entry's own words (any order, light words aside), the Yes/No stands.
    assert.equal(matchLibrary(index, 'Are your development, test and production environments separated?').match?.yesno, 'yes');
  });

  test('a qualifier the entry does not state still leaves the Yes/No to a person', () => {
    const match = matchLibrary(INDEX, 'Are penetration tests performed quarterly?').match;
    assert.equal(match?.entry.id, 'pentest');
    assert.equal(match?.yesno, 'undetermined');
  });
});

import * as assert from 'node:assert/strict';
import { questionShape } from '../../../src/domain/reading';
import { analyze, buildLibraryIndex, exactKey, libraryAnswer, matchAnswer, matchLibrary, normalizeText, type LibraryEntry } from '../../../src/domain/library';
import { withoutEmailFrame } from '../../../src/domain/library/analyze';
import { devLibrary, libraryOf } from './devset/library';
import { FIFTH_ENTRIES } from './devset/fifth-library';
import { SEVENTH_ENTRIES } from './devset/seventh-library';
import { SIXTH_ENTRIES } from './devset/sixth-library';
import { TENTH_ENTRIES } from './devset/tenth-library';
import { entry } from './helpers';

const LIBRARY: LibraryEntry[] = [
  entry({ id: 'mfa', question: 'Does the application support multi-factor authentication?', yesno: 'yes', sentence: 'Users can enroll an authenticator app.' }),
  entry({ id: 'sso', question: 'Do you support single sign-on?', yesno: 'yes', sentence: 'SAML 2.0 and OIDC are supported.' }),
  entry({ id: 'at-rest', question: 'Is customer data encrypted at rest?', variants: ['Describe how customer data is encrypted at rest.'], yesno: 'yes', sentence: 'AES-256 at rest.' }),
  entry({ id: 'in-transit', question: 'Is data encrypted in transit?', yesno: 'yes', sentence: 'Everything uses TLS 1.2 or higher.' }),
  entry({ id: 'bcp', question: 'Do you have a business continuity plan?', yesno: 'yes', sentence: 'A plan reviewed every year.' }),
  entry({ id: 'pentest', question: 'Do you have third-party penetration tests?', yesno: 'yes', sentence: 'An independent firm tests the application every year.' }),
  entry({ id: 'sdlc', question: 'Do you follow a secure software development lifecycle?', yesno: 'yes', sentence: 'Security is part of design and review.' }),
  entry({ id: 'dlp', question: 'Do you use data loss prevention tools?', yesno: 'yes', sentence: 'DLP rules in email and storage.' }),
  entry({ id: 'rbac', question: 'Does the application provide role-based access control?', yesno: 'yes', sentence: 'Built-in and custom roles.' }),
  entry({ id: 'siem', question: 'Are logs sent to a SIEM?', yesno: 'yes', sentence: 'All production logs go to the SIEM.' }),
  entry({ id: 'sell', question: 'Do you sell customer data?', yesno: 'no', sentence: 'We never sell customer data.' }),
  entry({ id: 'scans', question: 'Do you scan your systems for vulnerabilities?', yesno: 'yes', sentence: 'We scan production every month.' }),
  entry({ id: 'pricing', question: 'What discounts can sales offer?', sentence: 'Up to 15%.', visibility: 'internal' }),
  entry({ id: 'headcount', question: 'How many employees does your company have?', sentence: 'About 200.' }),
];
const INDEX = buildLibraryIndex(LIBRARY);

function best(question: string, polar?: boolean): ReturnType<typeof matchLibrary>['match'] {
  return matchLibrary(INDEX, question, polar === undefined ? {} : { polar }).match;
}

suite('library: analyzer', () => {
  test("the field's synonyms and acronyms read as one concept", () => {
    const same = (a: string, b: string): void => assert.deepEqual(analyze(a), analyze(b), `${a} / ${b}`);
    same('MFA', '2FA');
    same('MFA', 'multi-factor authentication');
    same('two-factor authentication', 'Multi Factor');
    same('SSO', 'single sign-on');
    same('SAML', 'single sign on');
    same('TLS', 'in transit');
    same('BCP', 'business continuity plan');
    same('pen test', 'penetration testing');
    same('SDLC', 'software development life cycle');
    same('DLP', 'data loss prevention');
    same('RBAC', 'role-based access control');
    same('SIEM', 'security information and event management');
    same('DPIA', 'data protection impact assessment');
    same('threat modelling', 'threat modeling');
    same('CMDB', 'asset inventory');
    same('deprovisioning', 'de-provisioning');
    same('IR plan', 'incident response plan');
    same('clean desk', 'clear desk');
    // Training a model is not training staff.
    same('Do you train your models on our data?', 'Is our data used for model training?');
    assert.ok(!analyze('Is our data used to train AI models?').includes(analyze('security awareness training')[0] as string));
    assert.ok(analyze('Are staff trained on phishing?').includes(analyze('security awareness training')[0] as string));
    // Hard drives are media, encrypted or not.
    assert.ok(!analyze('destroying hard drives').includes(analyze('full disk encryption')[0] as string));
    assert.deepEqual(analyze('encrypted hard drives'), analyze('full disk encryption'));
    same('secure software development life cycle', 'SDLC');
    same('accessible to users with disabilities', 'accessible to assistive technology');
    // A third-party pen test is by an independent tester: not vendor risk.
    same('third-party penetration test', 'external pen test');
    same('third-party penetration test', 'pen test by an independent firm');
    assert.ok(!analyze('third-party penetration test').includes(analyze('vendor risk')[0] as string));
    // Third-party code is a dependency, not a vendor.
    same('third-party open-source libraries', 'SCA');
    same('third-party packages', 'SCA');
    same('transferred outside', 'international transfers');
    // Traffic between the service's own parts is not traffic over public networks.
    same('service-to-service', 'between microservices');
    assert.notDeepEqual(analyze('mTLS'), analyze('TLS'));
    // A passkey replaces the password: passwordless sign-in, not MFA.
    same('passkeys', 'passwordless');
    assert.ok(!analyze('passkeys').includes(analyze('MFA')[0] as string));
    // "Our tenant" is the customer's account, not multi-tenancy.
    assert.ok(!analyze('Can we have our tenant hosted in the EU?').includes(analyze('multi-tenant')[0] as string));
    // A public endpoint is a server's, not a laptop.
    assert.notDeepEqual(analyze('public endpoints'), analyze('endpoints'));
    same('at rest', 'at-rest');
    assert.notDeepEqual(analyze('business continuity'), analyze('disaster recovery'));
    // Neighbours that are other controls stay apart: testing the running application is not reading its code.
    same('SAST', 'static application security testing');
    same('DAST', 'dynamic application security testing');
    assert.notDeepEqual(analyze('SAST'), analyze('DAST'));
    // The end of a contract, access reviews and security-event monitoring in the ways questionnaires say them.
    same('What happens to our data when the contract is terminated?', 'What happens to our data at contract termination?');
    same('Access rights are reviewed every quarter.', 'Access reviews every quarter.');
    same('Privileges are reviewed.', 'Access reviews.');
    assert.ok(analyze('Do you monitor for security events?').includes(analyze('monitoring')[0] as string));
    same('Does the application terminate inactive sessions?', 'Does the application session timeout?');
    same('Who is your data center provider?', 'Who is your cloud provider?');
    same('Are backup media encrypted?', 'Are backups encrypted?');
    // "security event logs" are logs, kept or searched: not monitoring.
    assert.ok(!analyze('How long are security event logs kept?').includes(analyze('monitoring')[0] as string));
  });

  test('stop words and questionnaire boilerplate go; words are stemmed', () => {
    assert.deepEqual(analyze('Please describe how your organization encrypts backups'), analyze('encrypted backup'));
    assert.deepEqual(analyze('Do you do it?'), []);
    // Conjunctions and adverbs that only join or time the ask ("encrypted while stored") say nothing of its subject.
    assert.deepEqual(analyze('Is data encrypted while stored, both on disk and in backups?'), analyze('Is data encrypted stored on disk and in backups?'));
    // A boilerplate verb in another form is still boilerplate: "provided", "requirements" are "provide", "require".
    assert.deepEqual(analyze('Is secure development training provided to engineers?'), analyze('secure development training engineers'));
    assert.deepEqual(analyze('Do vendor agreements include security requirements?'), analyze('vendor agreements security'));
  });

  test('the exact key keeps words in order and does not rewrite synonyms', () => {
    assert.equal(exactKey('Is customer data encrypted at rest?'), exactKey('is CUSTOMER data encrypted at-rest'));
    assert.notEqual(exactKey('Is SSO supported?'), exactKey('Is SAML supported?'));
    assert.notEqual(exactKey('Do you sell data?'), exactKey('Do you never sell data?'));
  });

  test('an acronym in parentheses that spells out the words before it is the same subject said once ("security operations center (SOC)" is not SOC 2); one that does not spell them stays', () => {
    const same = (a: string, b: string): void => assert.deepEqual(analyze(a), analyze(b), `${a} / ${b}`);
    same('Do you have a 24x7 security operations center (SOC)?', 'Do you have a 24x7 security operations center?');
    assert.ok(!analyze('Do you have a security operations center (SOC)?').includes(analyze('SOC')[0] as string));
    // Small words may give a letter or none.
    same('Do you maintain a software bill of materials (SBOM)?', 'Do you maintain a software bill of materials?');
    same('Is endpoint detection and response (EDR) deployed?', 'Is endpoint detection and response deployed?');
    same('Is a content delivery network (CDN) used?', 'Is a content delivery network used?');
    // Not an expansion: kept.
    assert.ok(analyze('Are you PCI DSS (PCI) compliant?').length > analyze('Are you PCI DSS compliant?').length);
    assert.deepEqual(analyze('Is data encrypted (AES-256)?'), analyze('Is data encrypted AES-256?'));
  });

  test('a question sent by email is read without its greeting, who is asking and its sign-off', () => {
    const same = (a: string, b: string): void => assert.deepEqual(analyze(a), analyze(b), `${a} / ${b}`);
    same('Hi all, quick one from finance – our auditors want to know whether your platform keeps backups off-site. Thanks, Priya', 'Your platform keeps backups off-site.');
    same('Hey – legal is asking whether you have a DPA we can sign?', 'You have a DPA we can sign?');
    same('Quick question: which cloud do you run on?', 'Which cloud do you run on?');
    // What follows "quick one from…" up to its full stop is who asks; the next sentence is kept whole.
    same('Hello – quick one from procurement. Once SSO is on, are passwords switched off?', 'Once SSO is on, are passwords switched off?');
    // "needs to know" before a thing, not a question word, is what is asked.
    assert.ok(analyze('Our privacy office needs to know everyone who opened a record.').includes(analyze('office')[0] as string));
    // What names a subject or turns the question around is the question's, not the frame's.
    const kept = (text: string): void => assert.equal(withoutEmailFrame(text), text);
    kept('Quick question on laptops, are they encrypted?');
    kept('Quick question about MFA, is it enforced for all admins?');
    kept('Do customers never need to confirm any deletion?');
    kept('Which staff need to know the encryption keys?');
    kept('Is access restricted to staff who need to know it?');
    kept('Will you need to know our IP ranges to allowlist them?');
    kept('Is data encrypted in transit? Best effort encryption is not acceptable.');
    same('Hey all. Are laptops encrypted, or only servers?', 'Are laptops encrypted, or only servers?');
    kept('Describe the questions asked if a user forgets their password.');
    same('Do you encrypt data? Thanks, Jana Novak', 'Do you encrypt data?');
    same('Our auditor asked whether you encrypt backups.', 'You encrypt backups.');
  });

  test('an identity provider\'s tenant is single sign-on, not multi-tenancy; a retainer is not retention; the customer\'s workforce is not your staff', () => {
    assert.deepEqual(analyze('through our Entra ID tenant'), analyze('through Entra ID'));
    assert.ok(!analyze('our Okta tenant').includes(analyze('tenant isolation')[0] as string));
    assert.notDeepEqual(analyze('an incident response retainer'), analyze('incident response retention'));
    assert.deepEqual(analyze('How long are logs retained?'), analyze('How long is log retention?'));
    // Geo-redundancy is a copy in another region, not high availability in one.
    assert.ok(analyze('Are your data centres geo-redundant?').includes(analyze('offsite')[0] as string));
    // Another company's people are not your staff.
    assert.ok(!analyze("SSO for the Covered Entity's workforce").includes(analyze('staff')[0] as string));
    assert.ok(analyze("Is Okta the vendor's workforce identity provider?").includes(analyze('staff')[0] as string));
  });
});

suite('library: matching', () => {
  test('what the customer may do is not answered by what the vendor does; an entry about what the customer may do answers it', () => {
    const index = buildLibraryIndex([
      entry({ id: 'backup-retention', question: 'How long are backups retained?', sentence: 'Backups are kept for 35 days.' }),
      entry({ id: 'export', question: 'Can customers export their data?', variants: ['Can we choose the format of our data export?'], yesno: 'yes', sentence: 'Admins can export all data as CSV or JSON.' }),
    ]);
    const choose = matchLibrary(index, 'Can we choose how long our backups are retained?').match;
    assert.deepEqual([choose?.entry.id, choose?.fills], ['backup-retention', false]);
    assert.equal(choose?.unmetBound, 'the question asks what the customer may do, and the entry says what you do');
    assert.equal(matchLibrary(index, 'How long do you retain backups?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Can we limit how long our backups are retained?').match?.fills, false);
    const keys = buildLibraryIndex([entry({ id: 'kms', question: 'How are encryption keys managed and rotated?', sentence: 'Keys are kept in a KMS and rotated yearly.' })]);
    assert.equal(matchLibrary(keys, 'Can we rotate the encryption keys ourselves?').match?.fills, false);
    assert.equal(matchLibrary(keys, 'How are your encryption keys rotated?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Can customers choose the format of a data export?').match?.fills, true);
    // The customer by its role in the questionnaire: the Bank, the Agency, our admins.
    assert.equal(matchLibrary(index, 'Can the Bank choose how long its backups are retained?').match?.unmetBound, 'the question asks what the customer may do, and the entry says what you do');
    assert.equal(matchLibrary(index, 'Can our admins set how long backups are retained?', { checkSuggestions: true }).match?.unmetBound, 'the question asks what the customer may do, and the entry says what you do');
    // "Are customers able to set…", "Can we trigger…": the customer acting too.
    for (const question of ['Are customers able to set how long backups are retained?', 'Can we trigger a restore of our backups ourselves?']) {
      assert.equal(matchLibrary(index, question, { checkSuggestions: true }).match?.unmetBound, 'the question asks what the customer may do, and the entry says what you do', question);
    }
    // Said as what is configurable by whom.
    for (const question of ['Is backup retention configurable by the customer?', 'Is the backup retention period customer-configurable?', 'Is backup retention customer-defined?']) {
      assert.equal(matchLibrary(index, question, { checkSuggestions: true }).match?.unmetBound, 'the question asks what the customer may do, and the entry says what you do', question);
    }
  });

  test('a test or audit the customer runs (named as a noun: "customer penetration testing") is not the vendor’s own: a suggestion, nothing written', () => {
    const index = buildLibraryIndex([
      entry({ id: 'pentest', question: 'Do you have third-party penetration tests?', yesno: 'yes', sentence: 'An independent firm tests the application every year.' }),
      entry({ id: 'onsite', question: 'Do you perform on-site audits of your data centers?', yesno: 'yes', sentence: 'Yes, every year.' }),
    ]);
    // Each was a strong match with a Yes before the noun forms were read.
    for (const [question, near] of [
      ['Do you support customer penetration testing of the service?', 'pentest'],
      ['Do you support customer on-site audits of your data centers?', 'onsite'],
    ] as const) {
      const found = matchLibrary(index, question, { polar: true }).match;
      assert.deepEqual([found?.entry.id, found?.fills, found?.unmetBound], [near, false, 'the question asks what the customer may do, and the entry says what you do'], question);
      assert.equal(found === undefined ? 'no match' : matchAnswer(found, 'yesno'), undefined, question);
    }
    const own = matchLibrary(index, 'Do you have third-party penetration tests?', { polar: true }).match;
    assert.deepEqual([own?.fills, own?.yesno], [true, 'yes']);
  });

  test('a question joined by "and" whose other part another entry answers is two questions: a suggestion, with the reason', () => {
    // The at-rest entry's answer mentions TLS, so without reading the parts it would fill the whole question.
    const index = buildLibraryIndex([
      entry({ id: 'at-rest', question: 'Is customer data encrypted at rest?', yesno: 'yes', sentence: 'Yes. AES-256 at rest, and TLS in transit as described in its own entry.' }),
      entry({ id: 'in-transit', question: 'Is data encrypted in transit?', yesno: 'yes', sentence: 'Everything uses TLS 1.2 or higher.' }),
    ]);
    const whole = matchLibrary(index, 'Is customer data encrypted at rest and in transit?', { compound: false }).match;
    assert.deepEqual([whole?.entry.id, whole?.fills], ['at-rest', true]);
    const both = matchLibrary(index, 'Is customer data encrypted at rest and in transit?').match;
    assert.deepEqual([both?.entry.id, both?.fills], ['at-rest', false]);
    assert.equal(both?.unmetBound, 'the question also asks what "in-transit" answers');
    // Parts that the same entry answers are one question.
    assert.equal(best('Does the application provide role-based access control and custom roles?')?.entry.id, 'rbac');
    assert.equal(best('Does the application provide role-based access control and custom roles?')?.fills, true);
  });

  test('a later part of one word is read with the first part\'s leading words: "Backup frequency and retention" asks about backup retention', () => {
    const index = buildLibraryIndex([
      entry({ id: 'backups', question: 'Backup frequency', sentence: 'Databases are backed up every hour, and weekly full backups are kept for 12 months.' }),
      entry({ id: 'records-retention', question: 'Records retention', sentence: 'Trip records are kept for 3 years.' }),
    ]);
    const match = matchLibrary(index, 'Backup frequency and retention').match;
    assert.deepEqual([match?.entry.id, match?.fills], ['backups', true]);
    // A part of more words is read as written, and another entry answering it still makes two questions.
    const two = matchLibrary(index, 'Backup frequency and records retention').match;
    assert.deepEqual([two?.fills, two?.unmetBound], [false, 'the question also asks what "records-retention" answers']);
  });

  test('a later part is not read with words that break the first part\'s phrase ("a bug bounty and VDP" is not "a bug VDP"), and a borrowed reading only clears a part the entry answers', () => {
    // Lumenvale runs a disclosure programme and no bug bounty: the No to the bounty is not the answer.
    const both = matchLibrary(buildLibraryIndex(libraryOf(SIXTH_ENTRIES)), 'Do you run a bug bounty and VDP?').match;
    assert.deepEqual([both?.entry.id, both?.fills, both?.unmetBound], ['lv-bug-bounty', false, 'the question also asks what "lv-vdp" answers']);
  });

  test('a borrowed reading that another entry answers makes the question two ("Backup retention and encryption?" also asks about backup encryption)', () => {
    const both = matchLibrary(buildLibraryIndex(devLibrary()), 'Backup retention and encryption?').match;
    assert.deepEqual([both?.entry.id, both?.fills, both?.unmetBound], ['backup-retention', false, 'the question also asks what "backup-encryption" answers']);
  });

  test('sharing personal data is asked apart from selling it: the No to selling is not a No to sharing', () => {
    const index = buildLibraryIndex(libraryOf(SEVENTH_ENTRIES));
    const shared = matchLibrary(index, 'Do you share personal data?').match;
    assert.notDeepEqual([shared?.fills, shared?.yesno], [true, 'no']);
  });

  test('OpenID Connect is single sign-on of its own kind: the OIDC entry\'s No is not a No to SSO, and the SAML entry does not answer OIDC', () => {
    const index = buildLibraryIndex([
      entry({ id: 'sso', question: 'Single sign-on for customer users', variants: ['SAML SSO'], sentence: 'Customer users sign in through SAML 2.0 from any identity provider, such as Okta or Entra ID.' }),
      entry({ id: 'oidc', question: 'Do you support OpenID Connect for customer sign-in?', yesno: 'no', sentence: 'No. Single sign-on uses SAML 2.0 only.' }),
    ]);
    for (const question of ['Can we sign in with Okta?', 'Can we sign in with our Okta tenant?']) {
      const match = matchLibrary(index, question).match;
      assert.notDeepEqual([match?.entry.id, match?.fills], ['oidc', true], question);
    }
    const oidc = matchLibrary(index, 'OIDC supported for SSO?').match;
    assert.deepEqual([oidc?.entry.id, oidc?.yesno], ['oidc', 'no']);
  });

  test('a question about the customer\'s own models asks what the customer may do', () => {
    const index = buildLibraryIndex([
      entry({ id: 'model-training', question: 'Is customer data used to train AI models?', yesno: 'no', sentence: 'No. Customer data never trains any model.' }),
      entry({ id: 'awareness', question: 'Do you provide security awareness training?', yesno: 'yes', sentence: 'Yes, yearly.' }),
    ]);
    for (const question of ['Can we train our own models on the platform?', 'Can we use the platform to train our own models?', 'Do you allow customers to train their own models?']) {
      assert.equal(matchLibrary(index, question).match?.fills === true, false, question);
    }
  });

  test('a transfer impact assessment is about transfers and a document of its own: the transfer-mechanism entry does not say one was done', () => {
    // Marlowe's library (tenth-library.ts) has the transfer-mechanism entry and no TIA one.
    const index = buildLibraryIndex(libraryOf(TENTH_ENTRIES));
    assert.ok(analyze('a transfer impact assessment').includes('tia'));
    const tia = matchLibrary(index, 'Have you completed a transfer impact assessment for transfers to the US?').match;
    assert.deepEqual([tia?.entry.id, tia?.fills], ['ml-dpf', false]);
    assert.equal(matchLibrary(index, 'Are you certified under the EU-US Data Privacy Framework?').match?.entry.id, 'ml-dpf');
  });

  test('"share" without someone to share with is a request, not data sharing', () => {
    assert.deepEqual(analyze('Please share information about your incident response plan'), analyze('Please describe your incident response plan'));
    assert.ok(!analyze('We can share our SBOM with Enterprise customers').includes('datashare'));
  });

  test('each part is read as written ("TLS 1.2" is not "TLS 1"), and an entry only weakly near a part does not answer it', () => {
    const index = buildLibraryIndex([
      entry({ id: 'tls', question: 'Do you use TLS 1.2 or higher?', yesno: 'yes', sentence: 'Yes. All connections use TLS 1.2 or higher.' }),
      entry({ id: 'rest', question: 'Is customer data encrypted at rest?', yesno: 'yes', sentence: 'Yes, with AES-256; connections use TLS.' }),
    ]);
    const both = matchLibrary(index, 'Is customer data encrypted at rest and in transit with TLS 1.2?').match;
    assert.deepEqual([both?.entry.id, both?.fills, both?.unmetBound], ['rest', false, 'the question also asks what "tls" answers']);
    // Quayside's mobile-security entry is the best match; its penetration test part is the pentest entry's, near which it only weakly is.
    const quayside = buildLibraryIndex(libraryOf(FIFTH_ENTRIES));
    const scope = matchLibrary(quayside, 'Does the penetration test scope include the iOS and Android apps?').match;
    assert.notEqual(scope?.entry.id === 'qh-mobile-security' && scope.fills, true);
  });

  test('"&" between words joins them as "and" does: "Backup frequency & retention" is two questions when another entry answers a part', () => {
    assert.equal(normalizeText('Backup frequency & retention'), normalizeText('Backup frequency and retention'));
    assert.equal(normalizeText('R&D and A&A-01'), 'r d and a a 01', 'not inside a word');
    const dev = buildLibraryIndex(devLibrary());
    const ampersand = matchLibrary(dev, 'Backup frequency & retention').match;
    assert.deepEqual([ampersand?.entry.id, ampersand?.fills, ampersand?.unmetBound], ['backup-retention', false, 'the question also asks what "backup-frequency" answers']);
  });

  test('a word of the answer counts though a phrase took it: "Security logs are kept…" still says "security" to a question on security event logs', () => {
    // A library of titles, as many teams write one: the questions are short, so the answers' words count.
    const titled = [
      ...['mfa', 'siem', 'bcp', 'sell'].map((id) => LIBRARY.find((e) => e.id === id) as LibraryEntry),
      entry({ id: 'log-retention', question: 'Log retention', sentence: 'Security logs are kept for 400 days; the last 30 days are searchable.' }),
      entry({ id: 'backup-retention', question: 'Backup retention', sentence: 'Backups are kept for 35 days.' }),
      entry({ id: 'office', question: 'Office security', sentence: 'Offices use badge access and CCTV.' }),
    ];
    for (const question of ['How long do you retain security event logs?', 'Security event log retention period']) {
      const match = matchLibrary(buildLibraryIndex(titled), question).match;
      assert.equal(match?.entry.id, 'log-retention', question);
      assert.equal(match.tier, 'strong', question);
      assert.ok(match.fills, question);
    }
  });

  test('an entry that names a country or region says where data is: "EU data residency" is not filled from the general data-location entry over the EU one', () => {
    const index = buildLibraryIndex([
      entry({ id: 'data-location', question: 'In which countries or regions is customer data stored and processed?', sentence: 'Customer data is stored and processed in AWS regions in the United States, or in the EU for EU-hosted accounts.' }),
      entry({ id: 'data-outside-us', question: 'Will customer data be stored or processed outside the United States?', yesno: 'no', sentence: 'For US-hosted accounts, customer data stays in the United States.' }),
      entry({ id: 'eu-hosting', question: 'Can customer data be hosted in the European Union?', yesno: 'yes', sentence: 'Customers can choose EU hosting in Frankfurt.' }),
      entry({ id: 'backups', question: 'Are backups encrypted?', yesno: 'yes', sentence: 'Backups are encrypted.' }),
      entry({ id: 'mfa', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Yes.' }),
    ]);
    const outside = matchLibrary(index, 'Will any data be stored or accessed from a location outside the United States?').match;
    assert.equal(outside?.entry.id, 'data-outside-us');
    assert.equal(outside.tier, 'strong');
    const residency = matchLibrary(index, 'Is EU data residency offered?');
    assert.equal(residency.match?.entry.id, 'eu-hosting');
    assert.ok(!residency.candidates.some((c) => c.fills), 'two close entries: left to a person');
    assert.equal(matchLibrary(index, 'Where is customer data located?').match?.entry.id, 'data-location');
  });

  test('a name the question gives that a sibling entry asks about (same topic) and the best entry only mentions leaves the question to a person', () => {
    const hosting = [
      entry({ id: 'data-location', topic: 'hosting', question: 'Where is customer data located?', sentence: 'Customer data is stored in the United States, or in the EU for EU-hosted accounts.' }),
      entry({ id: 'eu-hosting', topic: 'hosting', question: 'Can customer data be hosted in the European Union?', yesno: 'yes', sentence: 'Customers can choose EU hosting in Frankfurt.' }),
      entry({ id: 'backups', topic: 'continuity', question: 'Are backups encrypted?', yesno: 'yes', sentence: 'Backups are encrypted.' }),
      entry({ id: 'mfa', topic: 'identity', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Yes.' }),
    ];
    const result = matchLibrary(buildLibraryIndex(hosting), 'Do you offer data residency in the European Union?');
    assert.equal(result.match?.entry.id, 'data-location');
    assert.equal(result.match.fills, false);
    assert.match(result.match.unmetBound ?? '', /"EU", which "eu-hosting" asks about/);
    assert.equal(matchLibrary(buildLibraryIndex(hosting), 'Where is customer data located?').match?.fills, true, 'a question that names no region still fills');
    // Another topic's entry that asks about the region is not a sibling: the best entry still fills.
    const transfers = [
      entry({ id: 'transfers', topic: 'privacy', question: 'How is personal data transferred internationally?', sentence: 'Transfers out of the EU rely on the Standard Contractual Clauses.' }),
      ...hosting.slice(1),
    ];
    const transfer = matchLibrary(buildLibraryIndex(transfers), 'How is personal data transferred internationally out of the EU?').match;
    assert.equal(transfer?.entry.id, 'transfers');
    assert.equal(transfer.fills, true);
  });

  test('a known variant, normalized, is exact with score 1', () => {
    const match = best('DESCRIBE how customer data is encrypted at-rest');
    assert.equal(match?.entry.id, 'at-rest');
    assert.equal(match?.tier, 'exact');
    assert.equal(match?.score, 1);
    assert.equal(match?.fills, true);
  });

  test('a paraphrase with acronyms is strong, with the words that matched', () => {
    const match = best('Is 2FA supported by the application?');
    assert.equal(match?.entry.id, 'mfa');
    assert.equal(match?.tier, 'strong');
    assert.ok((match?.score ?? 0) >= 0.6);
    // "application" and "supported" are questionnaire boilerplate; the subject is what matched.
    assert.deepEqual(match?.matched, ['2fa']);
    assert.equal(best('Is all traffic protected with TLS?')?.entry.id, 'in-transit');
    assert.equal(best('Do you have a BCP?')?.entry.id, 'bcp');
    assert.equal(best('Is SAML-based SSO available?')?.entry.id, 'sso');
  });

  test('a question that only touches an entry is at most a suggestion, and a suggestion is never filled', () => {
    const match = best('Do you encrypt laptops with a TPM and store recovery keys in escrow?');
    if (match !== undefined) {
      assert.equal(match.tier, 'weak');
      assert.equal(match.fills, false);
      assert.equal(matchAnswer(match, 'paragraph'), undefined);
    }
    assert.equal(best('What is the airspeed velocity of an unladen swallow?'), undefined);
  });

  test('a polar question gets the Yes/No of an entry that answers it as asked', () => {
    const match = best('Do you have a business continuity plan?');
    assert.equal(match?.yesno, 'yes');
    assert.equal(matchAnswer(match!, 'yesno'), 'Yes');
    assert.equal(best('Do you sell customer data?')?.yesno, 'no');
  });

  test('a question phrased negatively, or asking for more, leaves the Yes/No undetermined', () => {
    const ever = best('Do you ever sell customer data?');
    assert.equal(ever?.entry.id, 'sell');
    assert.equal(ever?.yesno, 'undetermined');
    assert.match(ever?.yesnoReason ?? '', /ever/);
    assert.equal(matchAnswer(ever!, 'yesno'), undefined);
    const narrower = best('Do you scan all your systems for vulnerabilities?');
    assert.equal(narrower?.entry.id, 'scans');
    assert.equal(narrower?.yesno, 'undetermined');
    assert.match(narrower?.yesnoReason ?? '', /narrower \("all"\)/);
    // The sentence is still the entry's own statement.
    assert.equal(matchAnswer(narrower!, 'sentence'), 'We scan production every month.');
    // A cadence the entry does not meet is not answered at all (see timing.test.ts).
    assert.equal(best('Do you scan your systems for vulnerabilities at least weekly?')?.fills, false);
    // A qualifier the entry itself states is not narrower.
    assert.equal(best('Do you have third-party penetration tests every year?')?.yesno, 'yes');
  });

  test('"required" / "mandatory" / "enforced" asks more than "supported": no Yes/No from an entry not written in that sense', () => {
    const index = buildLibraryIndex([
      entry({ id: 'tls', question: 'Do you use TLS for all connections?', yesno: 'yes', sentence: 'TLS 1.2 or TLS 1.3.' }),
      entry({ id: 'mfa-staff', question: 'Is MFA required for all staff?', yesno: 'yes', sentence: 'Every employee signs in with a security key.' }),
    ]);
    for (const question of ['Is TLS 1.3 required for all connections?', 'Is TLS mandatory for all connections?', 'Do you enforce TLS for all connections?']) {
      const found = matchLibrary(index, question, { polar: true }).match;
      assert.equal(found?.entry.id, 'tls', question);
      assert.equal(found === undefined ? 'no match' : matchAnswer(found, 'yesno'), undefined, question);
      assert.match(found?.yesnoReason ?? '', /"required"/, question);
    }
    assert.equal(matchLibrary(index, 'Do you use TLS for all connections?', { polar: true }).match?.yesno, 'yes');
    // Asked in the entry's own sense, "must" and "mandatory" read as "required".
    assert.equal(matchLibrary(index, 'Is MFA mandatory for all staff?', { polar: true }).match?.yesno, 'yes');
  });

  test('a Yes/No answers one wording: a question whose words come from several variants of an entry gets none ("Can the engineers … alter or delete those logs?" is not "Are logs protected from tampering?")', () => {
    const index = buildLibraryIndex([
      entry({ id: 'log-integrity', question: 'Are logs protected from tampering?', variants: ['Are audit logs immutable, so that nobody can delete them?', 'Are the actions of engineers in production logged?'], yesno: 'yes', sentence: 'Logs go to write-once storage that no engineer can change.' }),
    ]);
    const mixed = matchLibrary(index, 'Can the engineers whose actions are logged alter or delete those logs?').match;
    assert.equal(mixed?.entry.id, 'log-integrity');
    assert.equal(mixed?.yesno, 'undetermined', 'every word is in some variant, but no one wording asks this: its Yes would say engineers can alter the logs');
    assert.match(mixed?.yesnoReason ?? '', /"engineers", "actions", "delete", which the entry's question it matched \("Are logs protected from tampering\?"\) does not/);
    assert.equal(matchLibrary(index, 'Are your logs protected against tampering?').match?.yesno, 'yes', 'the wording of one of its questions keeps its Yes');
  });

  test('a question word after a preposition opens a question that is not Yes/No ("In what format…?", "Within how many hours…?"): no Yes is written', () => {
    const index = buildLibraryIndex([entry({ id: 'export', question: 'Can customers export their data?', variants: ['In what format can we retrieve our data at the end of the contract?'], yesno: 'yes', sentence: 'Yes. Administrators can export all data as CSV or JSON.' })]);
    for (const question of ['In what format will our data be returned at the end of the contract?', 'Within how many days can we export our data?', 'For how long can customers export their data?']) {
      assert.equal(questionShape(question), 'which', question);
      const found = matchLibrary(index, question).match;
      assert.equal(found?.yesno, undefined, question);
    }
    assert.equal(questionShape('In the event of a breach, will you notify us?'), 'polar');
    assert.equal(matchLibrary(index, 'Can customers export their data?').match?.yesno, 'yes');
  });

  test('customer data beside a place that is not production is production data there: "Are environments separated?" does not answer it Yes', () => {
    for (const question of ['Is customer data used in test environments?', 'Is customer data used in non-production environments?', 'Do developers use client data for testing?', 'Are staging systems loaded with patient records?']) {
      assert.ok(analyze(question).includes('proddata'), question);
    }
    for (const question of ['Is customer data encrypted at rest?', 'Do you restore customer data backups every quarter?', 'Do you test restores of customer data backups?', 'Do you perform security testing of applications that process personal information?', 'Is customer data encrypted in both test and production?', 'Is customer data segregated from test data?']) {
      assert.ok(!analyze(question).includes('proddata'), question);
    }
    const index = buildLibraryIndex([entry({ id: 'env-separation', question: 'Are development, test and production environments separated?', yesno: 'yes', sentence: 'Yes. Development, staging and production run in separate accounts; production data is never copied to them.' })]);
    const asked = matchLibrary(index, 'Is customer data used in non-production environments?').match;
    assert.equal(asked?.entry.id, 'env-separation');
    assert.notEqual(asked?.yesno, 'yes', 'a Yes would say customer data is used there');
    assert.equal(matchLibrary(index, 'Are development, test and production environments separated?').match?.yesno, 'yes');
  });

  test('an entry about your vendors answers only a question that names third parties: "Do you have a SOC 1 report?" is not "How do you review your vendors\' SOC reports?"', () => {
    const index = buildLibraryIndex([entry({ id: 'vendor-soc', question: 'How do you review the SOC reports of your critical vendors?', sentence: 'Security reads each critical vendor\'s assurance report every year.' })]);
    for (const question of ['Do you have a SOC 1 report?', 'Can you provide a SOC 3 report?']) {
      const found = matchLibrary(index, question).match;
      assert.equal(found?.fills, false, question);
      assert.equal(found?.unmetBound, 'the entry is about your vendors or suppliers, and the question does not mention them', question);
    }
    for (const question of ['Do you review the SOC reports of your vendors?', 'For critical subservice organizations, do you review their SOC 2 reports?', 'Do you review third-party SOC reports?']) {
      assert.equal(matchLibrary(index, question).match?.fills, true, question);
    }
    assert.equal(matchLibrary(index, 'As a service provider, do you have a SOC 1 report?').match?.fills, false, '"a service provider" is the one answering');
  });

  test('a time bound an entry states about something else does not meet the question\'s: its Yes stays open', () => {
    // An entry's bounds are read for the whole entry: "in 19 hours" is a recovery time, not how often the plan is tested.
    const index = buildLibraryIndex([
      entry({ id: 'dr-test', question: 'Do you test your disaster recovery plan?', yesno: 'yes', sentence: 'Yes. Once a year we rehearse losing the primary region; the last exercise had the service running in the second region in 19 hours.' }),
      entry({ id: 'scans', question: 'Do you scan for vulnerabilities?', yesno: 'yes', sentence: 'Yes. Authenticated scans run weekly.' }),
      entry({ id: 'nda', question: 'Do employees sign confidentiality agreements?', yesno: 'yes', sentence: 'Yes. Every employment contract includes confidentiality obligations, and everyone accepts our policies again each year.' }),
    ]);
    for (const question of ['Is the disaster recovery plan tested within 6 months?', 'Are vulnerability scans performed at most monthly?', 'Do employees sign confidentiality agreements at least annually?']) {
      assert.notEqual(matchLibrary(index, question).match?.yesno, 'yes', question);
    }
  });

  test('the reason a Yes/No is left open does not say the entry lacks a word its question has ("test", read there in "test environments")', () => {
    const index = buildLibraryIndex([entry({ id: 'prod-data', question: 'Is production customer data used in development or test environments?', yesno: 'no', sentence: 'No. Test environments use synthetic data.' })]);
    const found = matchLibrary(index, 'Is production customer data used in non-production (development, test or staging) environments?').match;
    assert.equal(found?.yesno, 'undetermined');
    assert.equal(found?.yesnoReason, 'the question reads "test" otherwise than the entry\'s question it matched ("Is production customer data used in development or test environments?"): its Yes/No may not answer it');
    const contractors = matchLibrary(index, 'Is production customer data used by contractors in development or test environments?').match;
    assert.match(contractors?.yesnoReason ?? '', /^the question asks about "contractors", which the entry's question/);
  });

  test('checkSuggestions: every candidate, not only a fill, is checked against what is asked, and a Yes/No phrased in another sense is a reason too (Review Library Suggestion offers only candidates without one)', () => {
    const index = buildLibraryIndex([
      entry({ id: 'usb', question: 'Is removable media restricted on laptops?', yesno: 'yes', sentence: 'USB storage is blocked by MDM.' }),
      entry({ id: 'hosting', question: 'Where is the service hosted?', sentence: 'In AWS us-east-1.' }),
      ...LIBRARY,
    ]);
    const reasons = (question: string, checkSuggestions: boolean): (string | undefined)[] => matchLibrary(index, question, { checkSuggestions }).candidates.map((c) => c.unmetBound);
    // Weak by score: a fill's checks never ran on them.
    assert.equal(matchLibrary(index, 'Is removable media allowed?').match?.tier, 'weak');
    assert.deepEqual(reasons('Is removable media allowed?', false), [undefined]);
    assert.match(reasons('Is removable media allowed?', true)[0] ?? '', /asks whether it is allowed where the entry says whether it is restricted/);
    assert.match(reasons('Is the service hosted in Azure or on premises?', true)[0] ?? '', /names "Azure"/);
    // Strong, with its Yes/No left undetermined for the sense: as a fill it writes the sentence; it is not offered to confirm.
    const required = matchLibrary(index, 'Is multi-factor authentication mandatory for everyone?', { checkSuggestions: true }).match;
    assert.equal(matchLibrary(index, 'Is multi-factor authentication mandatory for everyone?').match?.tier, 'strong');
    assert.equal(required?.tier, 'weak');
    assert.match(required?.unmetBound ?? '', /phrased with "required"/);
    // What answers the question as asked passes.
    assert.equal(matchLibrary(index, 'Can users enroll in MFA?', { checkSuggestions: true }).match?.unmetBound, undefined);
  });

  test('a question asked the other way round (a negation, or "allowed" against "restricted") is a suggestion: the entry would answer the opposite', () => {
    const index = buildLibraryIndex([
      entry({ id: 'review', question: 'Is every code change peer reviewed before it is merged?', yesno: 'yes', sentence: 'Every pull request needs an approving review.' }),
      entry({ id: 'media', question: 'Is removable media restricted on company laptops?', yesno: 'yes', sentence: 'USB storage is blocked by MDM.' }),
      entry({ id: 'retention', question: 'How long are backups retained?', sentence: 'Backups are kept for 35 days.' }),
      entry({ id: 'scim', question: 'Is SCIM provisioning supported?', yesno: 'yes', sentence: 'SCIM 2.0 from Okta and Entra ID.' }),
      entry({ id: 'mfa-staff', question: 'Is MFA required for every employee?', yesno: 'yes', sentence: 'Every employee signs in with a security key.' }),
    ]);
    const turned = (question: string, id: string, reason: RegExp): void => {
      const found = matchLibrary(index, question).match;
      assert.equal(found?.entry.id, id, question);
      assert.equal(found?.tier, 'weak', question);
      assert.equal(found?.fills, false, question);
      assert.match(found?.unmetBound ?? '', reason, question);
    };
    turned('Can a code change be merged without being peer reviewed?', 'review', /says "without" where the entry.s question does not.*opposite/);
    turned('Is every code change merged with no peer review?', 'review', /says "no"/);
    turned('Is removable media allowed on company laptops?', 'media', /allowed where the entry says whether it is restricted/);
    turned('Do you decline to peer review every code change before it is merged?', 'review', /says "decline"/);
    turned('Is every code change free of peer review before it is merged?', 'review', /says "free of"/);
    turned('Is MFA optional for every employee?', 'mfa-staff', /optional where the entry says whether it is required/);
    // The entry's own sense, and "no less than", "without undue delay" or a "Yes/No" answer format, turn nothing around.
    assert.equal(matchLibrary(index, 'Is removable media blocked on company laptops?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Is removable media prevented on company laptops?').match?.yesno, 'yes');
    // A negation in the control's purpose ("so that no…") does not turn the question around.
    assert.equal(matchLibrary(index, 'Is every code change peer reviewed before it is merged, so that no one merges alone?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Are backups retained for no less than 30 days?').match?.unmetBound, undefined);
    // "If no, explain" is an instruction for one answer, not a negation of the question.
    for (const question of ['Is SCIM provisioning supported? If no, explain.', 'Is SCIM provisioning supported? (Y/N) If not, describe your alternative.', 'Is SCIM provisioning supported (if no, explain)?']) {
      assert.equal(matchLibrary(index, question).match?.yesno, 'yes', question);
    }
    const format = matchLibrary(index, 'SCIM provisioning supported? Yes/No/N/A').match;
    assert.equal(format?.yesno, 'yes');
    assert.equal(matchLibrary(index, 'Is SCIM provisioning supported (Yes or No)?').match?.yesno, 'yes');
  });

  test('a question that is not polar gets no Yes/No; polar can be given', () => {
    assert.equal(best('Describe how customer data is encrypted at rest.')?.yesno, undefined);
    assert.equal(best('Describe how customer data is encrypted at rest.', true)?.yesno, 'yes');
  });

  test('an entry without a Yes/No never gives one', () => {
    const match = best('Do you know how many employees your company has?');
    assert.equal(match?.entry.id, 'headcount');
    assert.equal(match?.yesno, 'undetermined');
  });

  test('an internal entry is matched but never written', () => {
    const match = best('What discounts can sales offer?');
    assert.equal(match?.entry.id, 'pricing');
    assert.equal(match?.tier, 'exact');
    assert.equal(match?.writable, false);
    assert.equal(match?.fills, false);
    assert.equal(matchAnswer(match!, 'paragraph'), undefined);
    assert.equal(libraryAnswer(match!.entry, 'sentence'), undefined);
  });

  test('the same question always gets the same answer; an empty library answers nothing', () => {
    const a = matchLibrary(INDEX, 'Do you use DLP?');
    const b = matchLibrary(buildLibraryIndex(LIBRARY), 'Do you use DLP?');
    assert.deepEqual(a.candidates.map((c) => [c.entry.id, c.score, c.tier]), b.candidates.map((c) => [c.entry.id, c.score, c.tier]));
    assert.deepEqual(matchLibrary(buildLibraryIndex([]), 'Do you use DLP?'), { candidates: [] });
    assert.deepEqual(matchLibrary(INDEX, '???'), { candidates: [] });
  });

  test('source code escrow is its own subject: an entry on secrets kept out of source code does not answer it', () => {
    // The development library, where "escrow" is a word no entry used and "source code" the secrets entry's.
    const index = buildLibraryIndex(devLibrary());
    for (const question of ['Is your source code escrowed?', 'Will you place the source code in escrow for the State?']) {
      assert.notEqual(matchLibrary(index, question).match?.fills, true, question);
    }
    const withEscrow = buildLibraryIndex([...index.entries, entry({ id: 'escrow', question: 'Do you offer a source code escrow agreement?', yesno: 'yes', sentence: 'Yes, through a third-party escrow agent.' })]);
    assert.equal(matchLibrary(withEscrow, 'Is your source code escrowed?').match?.entry.id, 'escrow');
  });

  test('a short question every word of which the entry has is filled from a longer entry question; one word it lacks keeps it a suggestion', () => {
    const index = buildLibraryIndex(devLibrary());
    // "EDR" is in the entry's question, beside "company devices", which the question does not say.
    const edr = matchLibrary(index, 'Do you use an EDR solution?').match;
    assert.equal(edr?.entry.id, 'edr');
    assert.equal(edr.fills, true);
    // The same question with a word the entry has nowhere ("Linux") stays a suggestion.
    const linux = matchLibrary(index, 'Do you use an EDR solution on Linux servers?').match;
    assert.notEqual(linux?.fills, true);
  });

  test('the first question of an entry question of several sentences is answered by the entry', () => {
    const index = buildLibraryIndex([
      entry({ id: 'pentest', question: 'Do you engage a third party for penetration tests? Describe the scope, methodology and tester accreditation, the date of the most recent test, and how findings are tracked to closure.', yesno: 'yes', sentence: 'Yes, yearly.' }),
      entry({ id: 'scans', question: 'Do you run vulnerability scans?', yesno: 'yes', sentence: 'Yes, weekly.' }),
    ]);
    const match = matchLibrary(index, 'Does a third party perform penetration tests?').match;
    assert.equal(match?.entry.id, 'pentest');
    assert.equal(match.fills, true);
  });

  test('an entry question is answered without the examples it sets off by a comma or in parentheses; examples without a comma may carry the predicate and stay', () => {
    const index = buildLibraryIndex([
      entry({ id: 'hardening', question: 'Are servers, containers and cloud resources built from hardened configuration baselines, such as the CIS Benchmarks, with monitoring for configuration drift?', yesno: 'yes', sentence: 'Yes. Every image follows the CIS Benchmarks and drift raises an alert.' }),
      entry({ id: 'keys', question: 'Does the application support phishing-resistant authenticators (e.g., FIDO2 security keys or passkeys) for customer users, and which ones?', yesno: 'yes', sentence: 'Yes. FIDO2 security keys and passkeys.' }),
      entry({ id: 'usb', question: 'Is the use of removable media such as USB drives restricted?', yesno: 'yes', sentence: 'USB storage is blocked on company laptops by device policy.' }),
      entry({ id: 'sso', question: 'Do you support single sign-on?', yesno: 'yes', sentence: 'Yes, SAML.' }),
    ]);
    const hardened = matchLibrary(index, 'Are cloud resources built from hardened configuration baselines?').match;
    assert.deepEqual([hardened?.entry.id, hardened?.fills], ['hardening', true]);
    const keys = matchLibrary(index, 'Does the application support phishing-resistant authenticators for customer users?').match;
    assert.deepEqual([keys?.entry.id, keys?.fills, keys?.matchedText], ['keys', true, 'Does the application support phishing-resistant authenticators for customer users?']);
    // Examples between commas go, the predicate after them stays.
    const laptops = buildLibraryIndex([entry({ id: 'laptops', question: 'Are all laptops, including contractor devices, encrypted?', yesno: 'yes', sentence: 'Yes, with FileVault or BitLocker.' })]);
    assert.equal(laptops.texts.some((t) => t.text === 'Are all laptops encrypted?'), true);
    assert.equal(laptops.texts.some((t) => t.text === 'Are all laptops?'), false);
    const usb = matchLibrary(index, 'Is the use of removable media permitted?').match;
    assert.notEqual(usb?.fills === true && usb.yesno === 'yes', true, 'no Yes from "restricted?", which the examples come before');
  });

  test('a kind of second factor (security keys, one-time codes) is asked apart from MFA in general', () => {
    const index = buildLibraryIndex([
      entry({ id: 'mfa', question: 'Does the application provide multi-factor authentication for end users?', yesno: 'yes', sentence: 'Yes. Users can enrol an authenticator app or receive codes by SMS.' }),
      entry({ id: 'keys', question: 'Does the application support FIDO2 security keys?', yesno: 'no', sentence: 'No. Security keys and WebAuthn are not supported.' }),
    ]);
    const webauthn = matchLibrary(index, 'Is WebAuthn supported as an MFA method for end users?').match;
    assert.notEqual(webauthn?.entry.id === 'mfa' && webauthn.fills && webauthn.yesno === 'yes', true, 'no Yes from the entry on authenticator apps');
    assert.equal(matchLibrary(index, 'Do you support MFA for end users?').match?.entry.id, 'mfa');
    assert.equal(matchLibrary(index, 'Are YubiKeys supported?').match?.entry.id, 'keys');
    // Push approval is a kind too; a push to production or of logs is not.
    assert.notEqual(matchLibrary(index, 'Does the app support push-based MFA such as Duo Push for end users?').match?.fills, true);
    assert.deepEqual(analyze('push-based MFA'), analyze('Okta Verify'));
    assert.ok(!analyze('Does the app send push notifications?').includes(analyze('MFA')[0] as string));
    assert.ok(!analyze('Can logs be pushed to our SIEM?').includes(analyze('MFA')[0] as string));
  });

  test('the board, and data of children or biometric data, are subjects of their own: an entry that never names them does not answer a question about them', () => {
    const index = buildLibraryIndex([
      entry({ id: 'policies', question: 'Are information security policies reviewed and approved?', yesno: 'yes', sentence: 'Yes. The CISO reviews the policies every year and the CEO approves them.' }),
      entry({ id: 'data-types', question: 'What types of personal data do you process?', sentence: 'Names, work email addresses and the invoices our customers upload.' }),
    ]);
    assert.equal(matchLibrary(index, 'Are information security policies reviewed and approved every year?').match?.fills, true);
    for (const question of ['Are security policies reviewed by the board of directors?', 'Do you process personal data of children?', 'Do you process biometric personal data?']) {
      assert.notEqual(matchLibrary(index, question).match?.fills, true, question);
    }
    const withBoard = buildLibraryIndex([entry({ id: 'policies', question: 'Are information security policies reviewed and approved?', yesno: 'yes', sentence: 'Yes. The board approves the policies every year.' })]);
    assert.equal(matchLibrary(withBoard, 'Are security policies approved by the board of directors?').match?.fills, true);
  });

  test('"security logs" are logs that say "security": the vendor\'s own logging, not a customer audit log that never says it', () => {
    assert.deepEqual(analyze('security logs'), [...analyze('logs'), ...analyze('security')]);
    const index = buildLibraryIndex([
      entry({ id: 'audit-log', question: 'Customer audit log', yesno: 'yes', sentence: 'Yes. The audit log records sign-ins and role changes; entries are retained for seven years.' }),
      entry({ id: 'siem', question: 'Security logging and SIEM', sentence: 'Security logs go to our SIEM and are retained for 13 months.' }),
    ]);
    for (const question of ['Security log retention period', 'Security logs must be retained for a minimum of 12 months.']) {
      const match = matchLibrary(index, question).match;
      assert.notEqual(match?.entry.id === 'audit-log' && match.fills, true, question);
    }
  });

  test('traffic between the service\'s own parts is asked apart from traffic over public networks', () => {
    const index = buildLibraryIndex(devLibrary());
    const microservices = matchLibrary(index, 'Are connections between your microservices encrypted?').match;
    assert.deepEqual([microservices?.entry.id, microservices?.fills], ['internal-traffic-encryption', true]);
    assert.equal(matchLibrary(index, 'Do internal service-to-service connections use TLS?').match?.entry.id, 'internal-traffic-encryption');
    assert.equal(matchLibrary(index, 'Is data encrypted in transit over the internet?').match?.entry.id, 'encryption-in-transit');
  });

  test('verbs any question may use ("need", "add", "take") weigh as light words, not as subjects', () => {
    // In Corvane's library (a seventh development library) "need" is in no entry: it weighed as much as "VPN".
    const index = buildLibraryIndex(libraryOf(SEVENTH_ENTRIES));
    const vpn = matchLibrary(index, 'Do staff need a VPN to reach internal tools?').match;
    assert.deepEqual([vpn?.entry.id, vpn?.fills], ['cv-remote-access', true]);
  });

  test('"respond" (and "Respondent", its stem) is a light word: "How do you respond to subpoenas…?" asks about subpoenas', () => {
    const index = buildLibraryIndex(devLibrary());
    const subpoenas = matchLibrary(index, 'How do you respond to subpoenas or law enforcement requests for customer data?').match;
    assert.deepEqual([subpoenas?.entry.id, subpoenas?.fills], ['law-enforcement', true]);
  });

  test('the vendor as procurement forms name it ("the Applicant", "the Offeror") is not a subject', () => {
    assert.deepEqual(analyze('Does the Applicant encrypt data at rest?'), analyze('Do you encrypt data at rest?'));
    assert.deepEqual(analyze('The Offeror shall describe its backups.'), analyze('Describe your backups.'));
    assert.deepEqual(analyze('Hi! Thanks, quick one: are backups encrypted?'), analyze('quick one: are backups encrypted?'));
    const index = buildLibraryIndex(devLibrary());
    const edr = matchLibrary(index, 'Does the Applicant deploy endpoint detection and response (EDR) software across all of its endpoints and servers?').match;
    assert.deepEqual([edr?.entry.id, edr?.fills], ['edr', true]);
  });

  test('form wording ("Vendor answers: Yes/No, additional info", "or equivalent", "yearly thereafter") weighs as light words', () => {
    const index = buildLibraryIndex(devLibrary());
    const waf = matchLibrary(index, 'APPL-07 Is a web application firewall deployed in front of the application? Vendor answers: Yes/No, additional info').match;
    assert.deepEqual([waf?.entry.id, waf?.fills], ['waf', true]);
    const ciso = matchLibrary(index, 'Does your organization employ a CISO or equivalent?').match;
    assert.deepEqual([ciso?.entry.id, ciso?.fills], ['ciso', true]);
  });

  test('a question on staff training is not answered by an entry on training AI models, nor the other way round', () => {
    const index = buildLibraryIndex(libraryOf(SEVENTH_ENTRIES));
    const awareness = matchLibrary(index, 'Security awareness training frequency').match;
    assert.deepEqual([awareness?.entry.id, awareness?.fills], ['cv-security-training', true]);
  });

  test('a bug bounty is asked apart from a disclosure programme: the No of "Do you run a bug bounty?" is not a No to disclosure', () => {
    assert.notDeepEqual(analyze('bug bounty'), analyze('vulnerability disclosure programme'));
    const index = buildLibraryIndex([
      entry({ id: 'bounty', question: 'Do you run a bug bounty programme?', yesno: 'no', sentence: 'No. We do not pay bounties; researchers can report vulnerabilities under our vulnerability disclosure policy.' }),
      entry({ id: 'sso', question: 'Do you support single sign-on?', yesno: 'yes', sentence: 'Yes, SAML.' }),
    ]);
    for (const question of ['Do you have a vulnerability disclosure programme?', 'Is there a responsible disclosure policy?']) {
      const match = matchLibrary(index, question).match;
      assert.notEqual(match?.fills === true && match.yesno === 'no', true, question);
    }
    assert.deepEqual([matchLibrary(index, 'Do you operate a bug bounty?').match?.yesno], ['no']);
  });

  test('a copy kept away from the original ("off-site", "a second region") is one concept, and still says where', () => {
    const [offsite] = analyze('offsite');
    assert.ok(analyze('Are backup copies stored off-site?').includes(offsite as string));
    assert.deepEqual(analyze('in a secondary region'), [offsite, 'residency']);
    const index = buildLibraryIndex([
      entry({ id: 'backup-copies', question: 'Are backups stored in a separate region from production?', yesno: 'yes', sentence: 'Yes. Nightly copies go to a second region.' }),
      entry({ id: 'hosting', question: 'Where is our data stored?', sentence: 'Data is hosted in Frankfurt; backups are kept in Berlin.' }),
    ]);
    for (const question of ['Are backups stored off-site, in a second region?', 'Is backup data replicated to a secondary region?']) {
      const match = matchLibrary(index, question).match;
      assert.deepEqual([match?.entry.id, match?.fills], ['backup-copies', true], question);
    }
  });

  test('when the customer asks to put off, schedule or pause something, what the customer may do is asked', () => {
    const index = buildLibraryIndex([
      entry({ id: 'agent-updates', question: 'How are endpoint agent updates rolled out?', sentence: 'Signed updates are pushed in stages, starting with a small share of devices.' }),
      entry({ id: 'sso', question: 'Do you support single sign-on?', yesno: 'yes', sentence: 'Yes, SAML.' }),
    ]);
    for (const question of ['Can we postpone endpoint agent updates for our devices?', 'May the customer defer endpoint agent updates?']) {
      const match = matchLibrary(index, question).match;
      assert.equal(match?.fills, false, question);
      assert.equal(match?.unmetBound, 'the question asks what the customer may do, and the entry says what you do', question);
    }
    assert.equal(matchLibrary(index, 'How are endpoint agent updates rolled out to devices?').match?.fills, true);
  });

  test('training "your own models" is training a model', () => {
    assert.deepEqual(analyze('use our data to train your own models'), analyze('use our data to train your models'));
    const index = buildLibraryIndex([
      entry({ id: 'model-training', question: 'Do you use our data to train your own models?', yesno: 'yes', sentence: 'Yes, pseudonymised usage data trains our forecasting models unless a customer opts out.' }),
      entry({ id: 'assistant', question: 'Generative AI features', sentence: 'The assistant runs on a hosted LLM; prompts are not used to train any model.' }),
    ]);
    const match = matchLibrary(index, 'Is customer data used for training AI/ML models?').match;
    assert.deepEqual([match?.entry.id, match?.fills], ['model-training', true]);
  });

  test('sharing data with others is a subject ("share our data with insurers"), and "companies" is the vendor\'s boilerplate', () => {
    assert.ok(analyze('Do you share data with brokers?').includes('datashare'));
    assert.ok(analyze('Do you sell or share personal data?').includes('pii'), 'personal data stays personal data');
    assert.deepEqual(analyze('insurance companies'), analyze('insurance'));
    const index = buildLibraryIndex([
      entry({ id: 'insurance', question: 'Cyber insurance', sentence: 'We hold cyber cover of 5 million euros.' }),
      entry({ id: 'sharing', question: 'Do you sell or share our data with third parties?', yesno: 'no', sentence: 'No. We do not sell data, and we do not share it with insurers, brokers or advertisers.' }),
    ]);
    const match = matchLibrary(index, 'Do you share data with insurance companies?').match;
    assert.notDeepEqual([match?.entry.id, match?.fills], ['insurance', true]);
    assert.equal(match?.entry.id, 'sharing');
    // A subprocessor is a party data is shared with: the entry on them still answers sharing with them.
    const shared = matchLibrary(buildLibraryIndex(devLibrary()), 'Is customer data shared with any subprocessors?').match;
    assert.deepEqual([shared?.entry.id, shared?.fills], ['subprocessors', true]);
  });

  test('a restriction asked of an entry whose No is to having the thing ("denied local admin rights" near "Do users have local admin rights?" No) is a suggestion; a restriction offered ("Can we restrict…?") is not', () => {
    const index = buildLibraryIndex([
      entry({ id: 'local-admin', question: 'Do regular users have local administrator rights on their laptops?', yesno: 'no', sentence: 'Users are not local administrators; elevation is granted per request and logged.' }),
      entry({ id: 'allowlist', question: 'Does the console support IP allowlisting?', yesno: 'no', sentence: 'No. Console sign-in cannot be limited to IP ranges; use SSO with your own conditional access.' }),
    ]);
    const denied = matchLibrary(index, 'Are standard users denied local admin rights on their laptops?').match;
    assert.deepEqual([denied?.entry.id, denied?.fills], ['local-admin', false]);
    assert.match(denied?.unmetBound ?? '', /restricted/);
    assert.equal(matchLibrary(index, 'Are users who may need it denied local admin rights on their laptops?').match?.fills, false, '"may" later in the question does not ask whether a restriction is offered');
    assert.equal(matchLibrary(index, 'Do regular users have local admin rights on laptops?').match?.fills, true);
    assert.notEqual(matchLibrary(index, 'Can we restrict console logins to our IP ranges?').match?.unmetBound?.includes("the entry's No says"), true);
  });

  test('the lead is kept over the next entry that could answer the question: not one whose time bounds do not meet it', () => {
    const index = buildLibraryIndex([
      entry({ id: 'notification', question: 'Breach notification timeline', sentence: 'We notify affected customers within 48 hours of confirming a breach.' }),
      entry({ id: 'history', question: 'Have you had a data breach?', yesno: 'no', sentence: 'No. We have never had a breach that we had to notify customers of.' }),
    ]);
    const deadline = matchLibrary(index, 'Will you notify us within 72 hours of confirming a breach?').match;
    assert.deepEqual([deadline?.entry.id, deadline?.fills], ['notification', true]);
    // Without a bound, the two stay close and neither is filled.
    assert.notEqual(matchLibrary(index, 'Will you notify us of a breach?').match?.fills, true);
  });

  test('nearly the same words as an entry question: a smaller lead over the next entry is enough', () => {
    const index = buildLibraryIndex(devLibrary());
    const hours = matchLibrary(index, 'What are your support hours?');
    assert.equal(hours.match?.entry.id, 'support-hours');
    assert.equal(hours.match.fills, true);
    assert.ok(hours.match.score - (hours.candidates[1]?.score ?? 0) < 0.1, 'it leads the next entry by less than the usual margin');
  });

  test('a thing the entry mentions only as not offered is not answered by its Yes', () => {
    const index = buildLibraryIndex([
      entry({ id: 'sso', question: 'Do you support single sign-on?', yesno: 'yes', sentence: 'Yes. Customers can connect their identity provider over SAML 2.0. OpenID Connect is not supported.' }),
      entry({ id: 'cmek', question: 'Do you support customer-managed encryption keys?', yesno: 'yes', sentence: 'Yes, on the Enterprise tier. CMEK is not available on the Essentials or Professional tiers.' }),
    ]);
    const oidc = matchLibrary(index, 'Do you support OpenID Connect single sign-on?').match;
    assert.equal(oidc?.entry.id, 'sso');
    assert.equal(oidc.fills, false);
    assert.match(oidc.unmetBound ?? '', /"openid" only to say it is not offered/);
    assert.equal(matchLibrary(index, 'Do you support SAML single sign-on?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Are customer-managed encryption keys available on the Professional plan?').match?.fills, false);
    assert.equal(matchLibrary(index, 'Are customer-managed encryption keys available on the Enterprise plan?').match?.fills, true);
    const soc2 = buildLibraryIndex([entry({ id: 'soc2', question: 'Do you have a SOC 2 report?', yesno: 'yes', sentence: 'Yes. Our SOC 2 Type 2 report covers Security and Availability; Privacy is not in scope.' })]);
    assert.equal(matchLibrary(soc2, 'Does your SOC 2 report include the Privacy criterion?').match?.fills, false);
    assert.equal(matchLibrary(soc2, 'Does your SOC 2 report include the Availability criterion?').match?.fills, true);
  });

  test('a question about your vendors or suppliers is not answered by an entry that never mentions them; the Vendor and contractors are you', () => {
    const index = buildLibraryIndex(devLibrary());
    const vendors = matchLibrary(index, 'Are vendors required to carry cyber insurance?').match;
    assert.equal(vendors?.entry.id, 'cyber-insurance');
    assert.equal(vendors.fills, false);
    assert.match(vendors.unmetBound ?? '', /vendors or suppliers/);
    assert.equal(matchLibrary(index, 'Does the vendor carry cyber liability insurance?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Must contractors complete security awareness training?').match?.fills, true);
  });

  test('"our" people are the customer\'s: an entry on your staff does not answer a question about them', () => {
    const index = buildLibraryIndex([
      entry({ id: 'mfa-staff', question: 'Is MFA required for your staff?', variants: ['Do employees use 2FA?'], yesno: 'yes', sentence: 'Every employee signs in with a security key.' }),
      entry({ id: 'mfa-app', question: 'Can customer administrators require MFA for their users?', yesno: 'yes', sentence: 'Yes, from the security settings.' }),
      entry({ id: 'backups', question: 'Are backups encrypted?', yesno: 'yes', sentence: 'Yes.' }),
    ]);
    const ours = matchLibrary(index, 'Is 2FA required for our employees?').match;
    assert.notEqual(ours?.entry.id === 'mfa-staff' && ours.fills, true);
    const yours = matchLibrary(index, 'Is 2FA required for your employees?').match;
    assert.equal(yours?.entry.id, 'mfa-staff');
    assert.equal(yours.fills, true);
  });

  test('candidates are at most three, best first, the match first', () => {
    const { match, candidates } = matchLibrary(INDEX, 'Is data encrypted?');
    assert.ok(candidates.length <= 3);
    assert.equal(candidates[0], match);
    for (let i = 1; i < candidates.length; i++) {
      assert.ok((candidates[i - 1]?.score ?? 0) >= (candidates[i]?.score ?? 0));
    }
  });
});

suite('library: answers', () => {
  const full = entry({ id: 'full', question: 'Q?', yesno: 'na', sentence: 'One sentence.', body: 'A paragraph. With two sentences.' });
  const bodyOnly = entry({ id: 'body', question: 'Q2?', body: 'First sentence here. Second one.' });

  test('each length from its field', () => {
    assert.equal(libraryAnswer(full, 'yesno'), 'N/A');
    assert.equal(libraryAnswer(full, 'sentence'), 'One sentence.');
    assert.equal(libraryAnswer(full, 'paragraph'), 'A paragraph. With two sentences.');
  });

  test('no sentence: the first sentence of the paragraph; no Yes/No: nothing', () => {
    const noSentence = { ...bodyOnly, answer: {} };
    assert.equal(libraryAnswer(noSentence, 'sentence'), 'First sentence here.');
    assert.equal(libraryAnswer(noSentence, 'yesno'), undefined);
    assert.equal(libraryAnswer({ ...noSentence, paragraph: '' }, 'paragraph'), undefined);
    // A full stop after an abbreviation does not end the sentence.
    assert.equal(libraryAnswer({ ...noSentence, paragraph: 'Hosted by Acme, Inc. in U.S. regions, e.g. AWS. Backups are daily.' }, 'sentence'), 'Hosted by Acme, Inc. in U.S. regions, e.g. AWS.');
    // A bare Yes/No is not the whole first sentence; a sentence ending in a capital ends there.
    assert.equal(libraryAnswer({ ...noSentence, paragraph: 'Yes. Backups are encrypted. Keys rotate yearly.' }, 'sentence'), 'Yes. Backups are encrypted.');
    assert.equal(libraryAnswer({ ...noSentence, paragraph: 'No. We never sell data. Nor do we rent it.' }, 'sentence'), 'No. We never sell data.');
    assert.equal(libraryAnswer({ ...noSentence, paragraph: 'We fail over to Plan B. It is tested yearly.' }, 'sentence'), 'We fail over to Plan B.');
  });
});

suite('library: qualifiers', () => {
  test('"public" decides a Yes/No though it weighs little in the match: the entry must say it', () => {
    const index = buildLibraryIndex([
      entry({ id: 'bug-bounty', question: 'Does the company run a bug bounty programme?', variants: ['Vulnerability disclosure'], yesno: 'yes', sentence: 'Yes. We run a private bug bounty programme on HackerOne.' }),
      entry({ id: 'pentest', question: 'Do you have annual penetration tests?', yesno: 'yes', sentence: 'Yes.' }),
    ]);
    const publicProgramme = matchLibrary(index, 'Is your bug bounty programme public?').match;
    assert.equal(publicProgramme?.entry.id, 'bug-bounty');
    assert.equal(publicProgramme.yesno, 'undetermined');
    assert.match(publicProgramme.yesnoReason ?? '', /public/);
    assert.equal(matchLibrary(index, 'Do you run a bug bounty programme?').match?.yesno, 'yes');
  });

  test('a name with a digit (2FA, WPA3) is a subject, not a narrower quantity; a number is', () => {
    const index = buildLibraryIndex([entry({ id: 'mfa', question: 'Do employees use multi-factor authentication?', yesno: 'yes', sentence: 'Everyone uses a security key.' })]);
    assert.equal(matchLibrary(index, 'Do employees use 2FA?').match?.yesno, 'yes');
    assert.equal(matchLibrary(index, 'Do 100% of employees use multi-factor authentication?').match?.yesno, 'undetermined');
  });
});

suite('library: words that name a concept in one place and not another', () => {
  const fillsWith = (entries: LibraryEntry[], question: string): string | undefined => {
    const match = matchLibrary(buildLibraryIndex(entries), question).match;
    return match?.fills === true ? match.entry.id : undefined;
  };

  test('"kept" somewhere or in some form is not how long it is kept', () => {
    assert.ok(!analyze('Are backup copies kept in another region?').includes('retention'), 'Are backup copies kept in another region?');
    assert.ok(!analyze('Are secrets kept as encrypted values?').includes('retention'), 'Are secrets kept as encrypted values?');
    assert.ok(analyze('How long are access logs kept?').includes('retention'), 'How long are access logs kept?');
    assert.ok(analyze('Access logs are kept in our SIEM for 13 months.').includes('retention'), 'Access logs are kept in our SIEM for 13 months.');
    assert.ok(analyze('How long are logs kept in your SIEM?').includes('retention'), 'how long … kept in');
    assert.ok(analyze('Are logs kept at least 12 months?').includes('retention'), 'kept at least');
    const entries = [
      entry({ id: 'backup-offsite', question: 'Are backups stored in a separate region from production?', yesno: 'yes', sentence: 'Yes. Each night a copy goes to a second region.' }),
      entry({ id: 'backup-retention', question: 'How long are backups retained?', sentence: 'Daily backups are retained for 30 days.' }),
    ];
    assert.equal(fillsWith(entries, 'Are backup copies kept in a different region from production?'), 'backup-offsite');
    assert.equal(fillsWith(entries, 'How long are backups kept?'), 'backup-retention');
  });

  test('an SLA beside a subject with a deadline is how soon, not an uptime commitment, and not the subject alone', () => {
    assert.ok(!analyze('Remediation SLA for critical vulnerabilities').includes('sla'), 'Remediation SLA for critical vulnerabilities');
    assert.ok(analyze('Remediation SLA for critical vulnerabilities').includes('deadline'), 'a deadline');
    assert.ok(!analyze('What is your SLA for patching critical flaws?').includes('sla'), 'What is your SLA for patching critical flaws?');
    assert.ok(analyze('What uptime SLA do you offer?').includes('sla'), 'What uptime SLA do you offer?');
    assert.ok(analyze('What SLA do you offer for API availability?').includes('sla'), 'What SLA do you offer for API availability?');
    const entries = [
      entry({ id: 'remediation', question: 'How quickly are vulnerabilities remediated?', sentence: 'Critical findings are fixed within 7 days, high within 30.' }),
      entry({ id: 'uptime', question: 'What is your uptime SLA?', sentence: 'We commit to 99.9% monthly availability.' }),
    ];
    assert.equal(fillsWith(entries, 'What is your remediation SLA for critical vulnerabilities?'), 'remediation');
    assert.equal(fillsWith(entries, 'Do you offer an uptime SLA?'), 'uptime');
    // Having an incident response plan is not having an incident response SLA: the plan's Yes does not answer it.
    const plans = [...entries, entry({ id: 'ir-plan', question: 'Do you have an incident response plan?', yesno: 'yes', sentence: 'Yes. It is tested every year.' })];
    for (const question of ['Do you have an incident response SLA?', 'Is there an SLA for incident response?']) {
      const match = matchLibrary(buildLibraryIndex(plans), question).match;
      assert.equal(match?.fills === true && match.yesno === 'yes', false, question);
    }
  });

  test("a tenant's users or settings are the customer's account, not tenants kept apart", () => {
    assert.ok(!analyze('Is SAML available for tenant users?').includes('tenancy'), 'Is SAML available for tenant users?');
    assert.ok(analyze('Is SAML available for tenant users?').includes('custaccount'), 'Is SAML available for tenant users?');
    assert.ok(analyze('Is each customer isolated from other tenants?').includes('tenancy'), 'Is each customer isolated from other tenants?');
    assert.ok(analyze('Is each customer tenant isolated?').includes('tenancy'), 'customer tenant');
    assert.ok(analyze('Is data segregated at the tenant level?').includes('tenancy'), 'tenant level');
    const index = buildLibraryIndex(devLibrary());
    const filled = (question: string): string | undefined => {
      const match = matchLibrary(index, question).match;
      return match?.fills === true ? match.entry.id : undefined;
    };
    assert.equal(filled('Can tenant users be given custom roles?'), 'rbac-app');
    assert.equal(filled('Are other tenants able to see our data?'), 'multi-tenancy');
  });

  test("the office's IP addresses and network are the corporate ones, not the office building", () => {
    assert.deepEqual(analyze('our office IP ranges'), analyze('our IP ranges'));
    assert.deepEqual(analyze('the office network'), analyze('the corporate network'));
    assert.ok(analyze('How are your offices secured?').includes('office'), 'How are your offices secured?');
    const entries = [
      entry({ id: 'ip-allowlist', question: 'Can logins be restricted to certain IP ranges?', yesno: 'yes', sentence: 'Yes. Admins can set an IP allowlist.' }),
      entry({ id: 'segmentation', question: 'Is production separated from the corporate network?', yesno: 'yes', sentence: 'Yes. There is no network path from staff laptops into production.' }),
      entry({ id: 'office-security', question: 'How are your offices secured?', sentence: 'Badge access, visitor logs and CCTV.' }),
    ];
    assert.equal(fillsWith(entries, 'Can logins be restricted to our office IP ranges?'), 'ip-allowlist');
    assert.equal(fillsWith(entries, 'Is the production environment isolated from the office network?'), 'segmentation');
  });

  test('API credentials are API keys, local administrator privileges are local admin rights', () => {
    assert.ok(!analyze('Can API credentials be revoked?').includes('password'), 'Can API credentials be revoked?');
    assert.ok(analyze('Can API credentials be revoked?').includes('api'), 'Can API credentials be revoked?');
    assert.ok(analyze('Are client credentials stored securely?').includes('password'), 'client credentials');
    assert.deepEqual(analyze('local administrator privileges'), analyze('local admin rights'));
  });

  test('"the hosted service" is the service, and "every web endpoint" is not a device', () => {
    assert.ok(!analyze('Is there a DR plan for the hosted service?').includes('datacenter'), 'Is there a DR plan for the hosted service?');
    assert.ok(analyze('Where is the application hosted?').includes('datacenter'), 'Where is the application hosted?');
    assert.ok(analyze('Which hosting services do you use?').includes('datacenter'), 'hosting services');
    assert.ok(analyze('Who manages the hosting environment?').includes('datacenter'), 'hosting environment');
    assert.ok(analyze('Do you use server endpoint protection?').includes('edr'), 'server endpoint protection');
    assert.ok(!analyze('Is HSTS set on every web endpoint?').includes('endpoint'), 'Is HSTS set on every web endpoint?');
    assert.ok(analyze('Are all endpoints encrypted?').includes('endpoint'), 'Are all endpoints encrypted?');
    const entries = [
      entry({ id: 'dr-plan', question: 'Do you have a disaster recovery plan?', yesno: 'yes', sentence: 'Yes. It is tested every year with a failover to a second region.' }),
      entry({ id: 'cloud', question: 'Which hosting provider do you use?', sentence: 'Amazon Web Services in eu-west-1.' }),
    ];
    assert.equal(fillsWith(entries, 'Is there a disaster recovery plan for the hosted service?'), 'dr-plan');
  });

  test('"the Contractor" is the vendor answering, and data "we upload" is not a file-upload feature', () => {
    assert.ok(!analyze('Will the Contractor encrypt State data at rest?').includes('contractor'), 'the Contractor');
    assert.ok(analyze('Do contractors sign an NDA?').includes('contractor'), 'contractors');
    assert.ok(!analyze('Who owns the documents we upload?').includes('upload'), 'we upload');
    assert.ok(analyze('Are uploaded files scanned for malware?').includes('upload'), 'uploaded files');
    assert.ok(analyze('Can we upload files?').includes('upload'), 'can we upload');
    assert.ok(analyze('What file types can we upload?').includes('upload'), 'file types we upload');
    const entries = [
      entry({ id: 'staff-mfa', question: 'Do your employees use multi-factor authentication?', yesno: 'yes', sentence: 'Yes. Every employee signs in with a security key.' }),
      entry({ id: 'contractor-terms', question: 'Do contractors follow your security policies?', yesno: 'yes', sentence: 'Yes. Contractors sign the same policies as employees.' }),
      entry({ id: 'ownership', question: 'Who owns customer data?', sentence: 'The customer owns its data; we process it only to provide the service.' }),
      entry({ id: 'file-scanning', question: 'Are file uploads scanned for malware?', yesno: 'yes', sentence: 'Yes. Every uploaded file is scanned before it is stored.' }),
    ];
    assert.equal(fillsWith(entries, 'Do the Contractor\'s employees use multi-factor authentication?'), 'staff-mfa');
    assert.equal(fillsWith(entries, 'Who owns the customer data we upload?'), 'ownership');
  });

  test('"signing on", a policy breach, code changes reviewed, data leaving the company, "a separate password"', () => {
    assert.ok(!analyze('DKIM signing on outbound mail').includes('login'), 'signing on');
    assert.ok(analyze('Is sign-on logged?').includes('login'), 'sign-on');
    assert.ok(analyze('What happens when staff breach security policies?').includes('discipline'), 'breach policies');
    assert.ok(!analyze('What happens when staff breach security policies?').includes('incident'), 'not a data breach');
    assert.ok(analyze('Are code changes reviewed before release?').includes('codereview'), 'code changes reviewed');
    assert.ok(analyze('How do you stop data leaving the company?').includes('dlp'), 'data leaving');
    assert.ok(analyze('Which employees leaving the company lose access first?').includes('offboarding'), 'people leaving');
    assert.ok(analyze('Can we sign in without a separate password?').includes('sso'), 'without a separate password');
    assert.ok(!analyze('Do you use separate passwords for each system?').includes('sso'), 'a separate password for each system');
    assert.ok(!analyze('Does each user have a separate login?').includes('sso'), 'a separate login each');
    assert.ok(!analyze('Do you notify customers of breaches of security policy?').includes('discipline'), 'breaches of policy may be either');
    assert.ok(!analyze('Have you received a notice from a regulator?').includes('notify'), 'a notice received');
    assert.ok(analyze('How much notice do you give before a change?').includes('notify'), 'how much notice');
  });

  test('"show" is a verb of its own: showing data to vendors is not assessing them', () => {
    const index = buildLibraryIndex([entry({ id: 'vendor-risk', question: 'Do you assess the security of your vendors?', yesno: 'yes', sentence: 'Yes. Every vendor is reviewed before contracting.' })]);
    const match = matchLibrary(index, 'Do you show customer data to your vendors?').match;
    assert.equal(match?.fills === true && match.yesno === 'yes', false);
  });

  test('plain text is the opposite of hashed: the Yes of one is not the answer to the other', () => {
    const index = buildLibraryIndex([entry({ id: 'hashing', question: 'Are passwords stored hashed?', yesno: 'yes', sentence: 'Yes. With bcrypt.' })]);
    for (const question of ['Are passwords kept in plain text?', 'Are passwords stored in cleartext?']) {
      const match = matchLibrary(index, question).match;
      assert.equal(match?.yesno, 'undetermined', question);
    }
    assert.equal(matchLibrary(index, 'Are passwords stored hashed?').match?.yesno, 'yes');
  });

  test("the customer's own staff, named by its role, are not the vendor's", () => {
    const index = buildLibraryIndex([entry({ id: 'training', question: 'Do your staff complete security awareness training?', yesno: 'yes', sentence: 'Yes. Every employee, every year.' })]);
    const match = matchLibrary(index, "Does your security awareness training also cover the Covered Entity's own staff?").match;
    assert.deepEqual([match?.entry.id, match?.fills, match?.unmetBound], ['training', false, "the question asks about the customer's own people, and the entry about your staff"]);
    assert.equal(matchLibrary(index, 'Do your staff complete annual security awareness training?').match?.fills, true);
  });

  test('the words of a bound ("or less") and "a period of" weigh little; "how much notice" is being told', () => {
    const entries = [
      entry({ id: 'rpo-rto', question: 'What are your RPO and RTO?', sentence: 'Our RPO is 1 hour and our RTO is 8 hours.' }),
      entry({ id: 'insurance', question: 'Do you carry cyber liability insurance?', yesno: 'yes', sentence: 'Yes. A USD 10 million cyber policy.' }),
      entry({ id: 'subprocessors', question: 'Who are your subprocessors?', sentence: 'They are listed on our trust page; we give 30 days notice before adding one.' }),
      entry({ id: 'timeout', question: 'Do user sessions time out after a period of inactivity?', yesno: 'yes', sentence: 'Yes. Sessions end after 30 minutes of inactivity.' }),
    ];
    assert.equal(fillsWith(entries, 'Is your RPO 4 hours or less?'), 'rpo-rto');
    assert.equal(fillsWith(entries, 'How much notice do you give before adding a new subprocessor?'), 'subprocessors');
    assert.equal(fillsWith(entries, 'Are idle sessions logged out automatically?'), 'timeout');
    const shorter = matchLibrary(buildLibraryIndex(entries), 'Is the idle session timeout 15 minutes or less?').match;
    assert.deepEqual([shorter?.entry.id, shorter?.fills, shorter?.unmetBound], ['timeout', false, 'the question asks "15 minutes or less", which the entry does not state']);
  });

  test('the PHI or PII people have access to says who they are, not what the question is about', () => {
    assert.ok(!analyze('Are background checks run on employees with access to PHI?').includes('phi'), 'with access to PHI');
    assert.ok(!analyze('Is training completed before accessing PHI?').includes('phi'), 'before accessing PHI');
    assert.ok(analyze('Is PHI encrypted at rest?').includes('phi'), 'PHI encrypted');
    assert.ok(analyze('Will you have access to PHI?').includes('phi'), 'you have access to PHI');
    assert.ok(analyze('Do you handle PHI?').includes('phi'), 'handle PHI');
    const entries = [
      entry({ id: 'background-checks', question: 'Do you run background checks on employees?', yesno: 'yes', sentence: 'Yes. Criminal and employment checks before hire.' }),
      entry({ id: 'phi-encryption', question: 'Is PHI encrypted at rest?', yesno: 'yes', sentence: 'Yes. AES-256 for every store that holds PHI.' }),
    ];
    assert.equal(fillsWith(entries, 'Are background checks run on all employees with access to PHI?'), 'background-checks');
  });

  test('how long something is kept is its retention; "no more than" and "occur" weigh little', () => {
    assert.ok(analyze('How long do you keep backups?').includes('retention'), 'how long … keep');
    assert.ok(analyze('How long is chat history stored?').includes('retention'), 'how long … stored');
    assert.ok(!analyze('Do you keep a copy offsite?').includes('retention'), 'keep a copy');
    assert.ok(!analyze('How long have you maintained SOC 2 compliance?').includes('retention'), 'how long maintained');
    assert.ok(!analyze('How long do you hold customer funds?').includes('retention'), 'how long hold');
    const entries = [
      entry({ id: 'backup-retention', question: 'How long do you keep backups?', sentence: 'Daily backups are kept for 30 days.' }),
      entry({ id: 'log-retention', question: 'Log retention', sentence: 'Security logs are kept for one year.' }),
      entry({ id: 'backups', question: 'Backup frequency', sentence: 'Databases are backed up every night.' }),
      entry({ id: 'rpo-rto', question: 'RPO and RTO', sentence: 'Our RPO is 1 hour and our RTO is 8 hours.' }),
    ];
    assert.equal(fillsWith(entries, 'What is the retention period for backups?'), 'backup-retention');
    assert.equal(fillsWith(entries, 'Is the RTO no more than 12 hours?'), 'rpo-rto');
  });
});

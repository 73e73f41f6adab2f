import * as assert from 'node:assert/strict';
import { buildLibraryIndex, matchAnswer, matchLibrary } from '../../../src/domain/library';
import { namedProducts, planNames, unmentionedName, unmetPlan, unmetProduct } from '../../../src/domain/library/products';
import { entry } from './helpers';

suite('library: products, providers and regions a question names', () => {
  test('names are read as written, once each; names given as examples and an identity provider are not', () => {
    assert.deepEqual(namedProducts('Is the application hosted in Microsoft Azure or on AWS?'), ['Azure', 'AWS']);
    assert.deepEqual(namedProducts('Is CrowdStrike Falcon deployed on every laptop? CrowdStrike only.'), ['CrowdStrike']);
    assert.deepEqual(namedProducts('Do you run an EDR (e.g. CrowdStrike, SentinelOne) on laptops?'), []);
    assert.deepEqual(namedProducts('Do you send logs to a SIEM such as Splunk or Datadog?'), []);
    assert.deepEqual(namedProducts('Do you send logs to a SIEM (e.g. Splunk)?', { examplesToo: true }), ['Splunk']);
    assert.deepEqual(namedProducts('Can we sign in with Azure AD or Azure Active Directory?'), []);
    assert.deepEqual(namedProducts('AI features use Azure OpenAI and Amazon Bedrock.'), ['Azure OpenAI', 'Amazon Bedrock']);
    // HITRUST's assessments are different certifications.
    assert.deepEqual(namedProducts('Do you hold a HITRUST i1 certification?'), ['HITRUST i1']);
    assert.deepEqual(namedProducts('We are HITRUST r2 certified.'), ['HITRUST r2']);
    assert.deepEqual(namedProducts('Is customer data kept in the EU?'), ['EU']);
    assert.deepEqual(namedProducts('Are passwords hashed with Argon2id, and servers hardened to the DISA STIGs?'), ['Argon2', 'DISA STIG']);
    assert.deepEqual(namedProducts('How are passwords stored (e.g. bcrypt, PBKDF2)?'), []);
  });

  test('a security framework the question names must be the entry\'s: an ISO 27001 certificate does not say NIST CSF', () => {
    assert.deepEqual(namedProducts('Is your program aligned to the NIST Cybersecurity Framework?'), ['NIST CSF']);
    const index = buildLibraryIndex([
      entry({ id: 'iso', question: 'Is the company ISO 27001 certified?', variants: ['ISO/IEC 27001 certificate'], yesno: 'yes', sentence: 'Yes. We are certified to ISO/IEC 27001:2022.' }),
      entry({ id: 'framework', question: 'Which security framework is your security program based on?', sentence: 'Our program follows the NIST CSF and is certified to ISO/IEC 27001.' }),
    ]);
    const nist = matchLibrary(index, 'Do you comply with NIST CSF?').match;
    assert.notEqual(nist?.entry.id === 'iso' && nist.fills, true, 'the ISO entry does not answer it');
    assert.match(nist?.unmetBound ?? '', /names "NIST CSF", which the entry does not/);
    assert.equal(nist?.fills, false, 'no Yes is written');
    assert.equal(matchLibrary(index, 'Are you ISO 27001 certified?').match?.yesno, 'yes');
  });

  test('countries and regions: acronyms only in capitals, a region id is not a region, the EEA is the EU', () => {
    assert.deepEqual(namedProducts('Do you support data residency in Australia?'), ['Australia']);
    assert.deepEqual(namedProducts('Is data kept in the US, the UK or the EEA?'), ['United States', 'EU', 'United Kingdom']);
    assert.deepEqual(namedProducts('Will you notify us before data leaves the European Union?'), ['EU']);
    assert.deepEqual(namedProducts('Hosted in eu-central-1 for most accounts.'), []);
    assert.deepEqual(namedProducts('Please let us know.'), []);
    assert.deepEqual(namedProducts('PLEASE LET US KNOW IF DATA LEAVES THE EU.'), ['EU'], 'in capitals, "US" may be the pronoun');
    assert.deepEqual(namedProducts('Are US-based and EU-hosted accounts kept apart? Not EU-CENTRAL-1.'), ['United States', 'EU']);
    assert.deepEqual(namedProducts('Is data kept in North America, Northern Ireland or New Mexico?'), [], 'none of them is a country listed');
    assert.deepEqual(namedProducts('Do you comply with the UK GDPR and the EU GDPR?'), [], 'a law, not a place');
    assert.equal(unmetProduct('do you support data residency in australia', ['Australia'], ['United States', 'EU']), 'the question names "Australia", which the entry does not');
    const index = buildLibraryIndex([
      entry({ id: 'location', question: 'In which countries is customer data stored?', sentence: 'In the United States, or in the EU for EU-hosted accounts.' }),
    ]);
    assert.equal(matchLibrary(index, 'In which countries is customer data stored? Is it in Australia?').match?.fills, false);
    assert.equal(matchLibrary(index, 'In which countries is customer data stored, the US or the EU?').match?.fills, true);
  });

  test('every named product must be the entry’s; of alternatives ("AWS, Azure or Google Cloud?") one; a question asking for a name needs one', () => {
    assert.equal(unmetProduct('is the application hosted in azure', ['Azure'], ['AWS']), 'the question names "Azure", which the entry does not');
    assert.equal(unmetProduct('is the application hosted in aws', ['AWS'], ['AWS']), undefined);
    assert.equal(unmetProduct('is it hosted in aws azure or google cloud', ['AWS', 'Azure', 'Google Cloud'], ['AWS']), undefined);
    assert.equal(unmetProduct('is it hosted in azure or google cloud', ['Azure', 'Google Cloud'], ['AWS']), 'the question names "Azure" or "Google Cloud", which the entry does not');
    assert.equal(unmetProduct('do you use aws and azure', ['AWS', 'Azure'], ['AWS']), 'the question names "Azure", which the entry does not');
    // Alternatives are per kind: "in the EU on AWS or Azure" needs the EU and one of the two clouds.
    assert.equal(unmetProduct('is it hosted in the eu on aws or azure', ['AWS', 'Azure', 'EU'], ['Google Cloud', 'EU']), 'the question names "AWS" or "Azure", which the entry does not');
    assert.equal(unmetProduct('is it hosted in the eu on aws or azure', ['AWS', 'Azure', 'EU'], ['AWS', 'EU']), undefined);
    assert.equal(unmetProduct('is it hosted on aws in the eu or the uk', ['AWS', 'EU', 'United Kingdom'], ['AWS', 'United States']), 'the question names "EU" or "United Kingdom", which the entry does not');
    assert.equal(unmetProduct('which siem product do you use', [], []), 'the question asks which product, and the entry names none of that kind');
    assert.equal(unmetProduct('name of edr product on endpoints', [], []), 'the question asks which product, and the entry names none of that kind');
    assert.equal(unmetProduct('which cloud provider hosts the service', [], ['AWS']), undefined);
    // The name must be of the kind asked: an entry that names GitHub does not say which cloud.
    assert.equal(unmetProduct('which cloud provider hosts the service', [], ['GitHub']), 'the question asks which product, and the entry names none of that kind');
    assert.equal(unmetProduct('do you use a siem', [], []), undefined);
    assert.equal(unmetProduct('which siem product do you use', [], [], true), undefined, 'an entry’s own question is its own answer');
    for (const question of ['what is your vendor risk management process', 'which vendors do you assess for security risk', 'what software development lifecycle do you follow', 'which security tools do you use']) {
      assert.equal(unmetProduct(question, [], []), undefined, question);
    }
  });

  test('in the matcher: a close or even exact match about another product is a suggestion with the reason; the entry’s own product fills', () => {
    const index = buildLibraryIndex([
      entry({ id: 'cloud', question: 'Which cloud provider hosts the service?', variants: ['Where is the application hosted?'], sentence: 'The service runs on Amazon Web Services.' }),
      entry({ id: 'edr', question: 'Do you run endpoint detection and response on company laptops?', yesno: 'yes', sentence: 'Every laptop runs our EDR agent.' }),
    ]);
    const azure = matchLibrary(index, 'Is the application hosted in Azure?').match;
    assert.deepEqual([azure?.entry.id, azure?.tier, azure?.fills, azure?.unmetBound], ['cloud', 'weak', false, 'the question names "Azure", which the entry does not']);
    assert.deepEqual([matchLibrary(index, 'Is the application hosted in AWS?').match?.fills], [true]);
    const falcon = matchLibrary(index, 'Is CrowdStrike endpoint detection and response running on company laptops?', { polar: true }).match;
    assert.deepEqual([falcon?.entry.id, falcon?.fills], ['edr', false]);
    assert.equal(falcon === undefined ? 'no match' : matchAnswer(falcon, 'yesno'), undefined, 'no Yes is written for another product');
    assert.equal(matchLibrary(index, 'Do you run endpoint detection and response (e.g. CrowdStrike) on company laptops?').match?.fills, true);
    // "i.e." says which one: it is not an example.
    const eu = buildLibraryIndex([entry({ id: 'eu', question: 'Is the service hosted in the EU?', yesno: 'yes', sentence: 'Yes, on Google Cloud in the EU.' })]);
    for (const question of ['Is the service hosted in the EU on AWS or Azure?', 'Is the service hosted in the EU (i.e. on AWS)?']) {
      const found = matchLibrary(eu, question, { polar: true }).match;
      assert.deepEqual([found?.entry.id, found?.fills], ['eu', false], question);
      assert.equal(found === undefined ? 'no match' : matchAnswer(found, 'yesno'), undefined, question);
    }
    assert.equal(matchLibrary(eu, 'Is the service hosted in the EU on Google Cloud?').match?.fills, true);
    const hashing = buildLibraryIndex([entry({ id: 'passwords', question: 'How are user passwords stored?', sentence: 'Passwords are hashed with bcrypt and a per-user salt.' })]);
    assert.equal(matchLibrary(hashing, 'How are user passwords stored? Is Argon2 used?').match?.unmetBound, 'the question names "Argon2", which the entry does not');
    assert.equal(matchLibrary(hashing, 'How are user passwords stored: bcrypt or Argon2?').match?.fills, true);
  });

  test('dependency and code scanners are named products: "Is Snyk used?" is not answered by an entry that says Dependabot; English words are not their names', () => {
    assert.deepEqual(namedProducts('Is Snyk used for dependency scanning?'), ['Snyk']);
    assert.deepEqual(namedProducts('We use Dependabot, CodeQL and SonarQube.'), ['Dependabot', 'CodeQL', 'SonarQube']);
    assert.deepEqual(namedProducts('We mend and renovate what a sonar finds.'), []);
    const index = buildLibraryIndex([
      entry({ id: 'dependencies', question: 'Open-source dependencies', sentence: 'Dependabot flags vulnerable open-source packages, which we update within our remediation timelines.' }),
      entry({ id: 'mfa', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Yes.' }),
    ]);
    const snyk = matchLibrary(index, 'Is Snyk used for dependency scanning?').match;
    assert.equal(snyk?.fills, false);
    assert.match(snyk.unmetBound ?? '', /Snyk/);
    assert.equal(matchLibrary(index, 'Is Dependabot used for dependency scanning?').match?.fills, true);
  });

  test('file formats are named too: "exported as PDF" is not answered by an entry that exports CSV or Parquet; a format given as an example is not asked', () => {
    assert.deepEqual(namedProducts('Can dashboards be exported as PDF?'), ['PDF']);
    assert.deepEqual(namedProducts('Is data exported in a machine-readable format (e.g. CSV)?'), []);
    const index = buildLibraryIndex([
      entry({ id: 'export', question: 'Can we export our data?', yesno: 'yes', sentence: 'Yes. Owners can export datasets and dashboards as CSV or Parquet at any time.' }),
      entry({ id: 'mfa', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Yes.' }),
    ]);
    assert.equal(matchLibrary(index, 'Can we export our dashboards as PDF?').match?.fills, false);
    assert.equal(matchLibrary(index, 'Can we export our data as CSV?').match?.fills, true);
  });

  test('kinds of insurance are named: a cyber policy does not answer "errors and omissions"; "E&O" is read', () => {
    assert.deepEqual(namedProducts('Do you carry E&O insurance?'), ['errors and omissions insurance']);
    assert.deepEqual(namedProducts('Do you carry professional liability and cyber insurance?'), ['errors and omissions insurance', 'cyber liability insurance']);
    const index = buildLibraryIndex([
      entry({ id: 'cyber-insurance', question: 'Do you carry cyber liability insurance?', yesno: 'yes', sentence: 'We carry cyber liability insurance; a certificate is available on request.' }),
      entry({ id: 'mfa', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Yes.' }),
    ]);
    const errorsAndOmissions = matchLibrary(index, 'Do you carry errors and omissions insurance?').match;
    assert.equal(errorsAndOmissions?.fills, false);
    assert.match(errorsAndOmissions?.unmetBound ?? '', /errors and omissions/);
    assert.equal(matchLibrary(index, 'Do you maintain cyber insurance?').match?.fills, true);
  });

  test('SOC 2 categories beyond Security are names in a text about SOC 2: a report on Security and Availability does not answer one on Confidentiality', () => {
    assert.deepEqual(namedProducts('Is your SOC 2 report scoped to include the Confidentiality and Privacy criteria?'), ['SOC 2 Confidentiality', 'SOC 2 Privacy']);
    assert.deepEqual(namedProducts('Is your privacy policy public?'), [], 'privacy outside SOC 2 is a subject');
    const index = buildLibraryIndex([
      entry({ id: 'soc2', question: 'Do you have a SOC 2 report?', yesno: 'yes', sentence: 'Yes. Our SOC 2 Type II report covers the Security and Availability criteria and is shared under NDA.' }),
      entry({ id: 'privacy-policy', question: 'Do you publish a privacy policy?', yesno: 'yes', sentence: 'Yes, on our website.' }),
    ]);
    const confidentiality = matchLibrary(index, 'Is your SOC 2 report scoped to include the Confidentiality and Privacy criteria?').match;
    assert.equal(confidentiality?.entry.id, 'soc2');
    assert.equal(confidentiality.fills, false);
    assert.match(confidentiality.unmetBound ?? '', /Confidentiality/);
    assert.equal(matchLibrary(index, 'Does your SOC 2 report include the Availability criteria?').match?.fills, true);
  });

  test('a language asked for ("in French", "German-language") must be the entry\'s; a nationality alone is no language', () => {
    assert.deepEqual(namedProducts('Is your privacy policy available in French?'), ['French (language)']);
    assert.deepEqual(namedProducts('The interface is offered in English, French and German.'), ['English (language)', 'French (language)', 'German (language)']);
    assert.deepEqual(namedProducts('Is a German-language contract available?'), ['German (language)']);
    assert.deepEqual(namedProducts('Do you have a data centre option for our German subsidiary?'), []);
    const index = buildLibraryIndex([
      entry({ id: 'privacy-policy', question: 'Privacy policy', sentence: 'Our privacy policy is at example.com/privacy.' }),
      entry({ id: 'languages', question: 'Which languages does the interface support?', sentence: 'The interface is offered in English, French and German.' }),
    ]);
    const french = matchLibrary(index, 'Is your privacy policy available in French?').match;
    assert.equal(french?.entry.id, 'privacy-policy');
    assert.equal(french.fills, false);
    assert.match(french.unmetBound ?? '', /French/);
    assert.equal(matchLibrary(index, 'Is the interface available in German?').match?.fills, true);
  });

  test('a name no list knows, capitalized in mid-sentence, is found; examples, roles, nationalities, parts of known names and title case are not', () => {
    const none = (): boolean => false;
    assert.equal(unmentionedName("Is the platform's protection against denial of service provided by Radware?", none), 'Radware');
    assert.equal(unmentionedName("Is the platform's DDoS protection provided by Radware?", (word) => word === 'DDoS'), 'Radware', 'a mixed-case word the entry knows is not a name');
    assert.equal(unmentionedName('Do you store secrets in StackVault or a similar tool?', none), 'StackVault');
    assert.equal(unmentionedName('Is the service protected by a mitigation offering such as AWS Shield or Radware?', none), undefined, 'examples ask about the kind');
    assert.equal(unmentionedName('Does the Offeror keep State data and Customer Data encrypted?', none), undefined, 'roles and defined terms');
    assert.equal(unmentionedName('Can the Covered Entity supply its own encryption key, as the Business Associate Agreement allows?', none), undefined, 'HIPAA\'s defined terms');
    assert.equal(unmentionedName('Do you have a European data centre option for our German subsidiary?', none), undefined);
    assert.equal(unmentionedName('Is the application tested against the OWASP Top Ten?', none), undefined, 'part of a name an acronym starts');
    assert.equal(unmentionedName('Do You Support Multi-Factor Authentication For Administrators?', none), undefined, 'title case');
    assert.equal(unmentionedName('Radware protects the platform against attacks?', none), undefined, 'the first word of a sentence');
    assert.equal(unmentionedName('Is Radware in front of the platform?', none), 'Radware', 'after the first word');
    assert.equal(unmentionedName('Is the protection provided by Radware?', (word) => word === 'Radware'), undefined, 'a name the entry uses');
    // The sentence's first word is no part of the name, even a word the entry uses ("is", "does").
    const commonWords = (word: string): boolean => ['is', 'does', 'ddos', 'waf'].includes(word.toLowerCase());
    assert.equal(unmentionedName('Is Radware protecting the service against DDoS attacks?', commonWords), 'Radware');
    // A known word or acronym after a name does not hide it; one before it makes the words after part of its name.
    assert.equal(unmentionedName('Is the service protected against Radware DDoS attacks?', commonWords), 'Radware');
    assert.equal(unmentionedName('Is traffic filtered by Radware WAF?', commonWords), 'Radware');
    assert.equal(unmentionedName('Is the application tested against the OWASP Top Ten?', commonWords), undefined);
    // Inside parentheses is not a sentence's start; a short question with an acronym is not title case.
    assert.equal(unmentionedName('Is customer data encrypted at rest (Snowflake)?', none), 'Snowflake');
    assert.equal(unmentionedName('Is Radware used for DDoS?', none), 'Radware');
    // Terms, not names: the field's vocabulary, and acronyms written with small letters.
    assert.equal(unmentionedName('Hosting provider (IaaS/PaaS):', none), undefined);
    assert.equal(unmentionedName('Are laptops encrypted with full disk encryption (FileVault)?', none), undefined);
    // A bullet, a quotation or a new line starts a sentence; possessive roles, months and defined terms are no names.
    assert.equal(unmentionedName('• Are backups encrypted?', none), undefined);
    assert.equal(unmentionedName('"Are backups encrypted?"', none), undefined);
    assert.equal(unmentionedName('Backups\nAre backups encrypted?', none), undefined);
    // After an outline number or an item letter, the first word is a sentence's.
    assert.equal(unmentionedName('12. What is your backup schedule for databases?', none), undefined);
    assert.equal(unmentionedName('(b) Does your product support SSO?', none), undefined);
    assert.equal(unmentionedName('12. Is Radware in front of the platform?', none), 'Radware');
    assert.equal(unmentionedName("Is the Supplier's staff trained?", none), undefined);
    assert.equal(unmentionedName('Was the last test in January, against Production and the Platform?', none), undefined);
    assert.equal(unmentionedName('Is the Incident Response Plan tested, and are Internet-facing systems and Sub-processors in its scope?', none), undefined);
  });

  test('in the matcher: a strong match about a name the entry never uses is a suggestion; the entry that names it fills', () => {
    const shield = buildLibraryIndex([entry({ id: 'ddos', question: 'Is the service protected against DDoS attacks?', yesno: 'yes', sentence: 'AWS Shield Advanced protects every public endpoint.' })]);
    const other = matchLibrary(shield, 'Is the service protected against DDoS attacks by Radware?').match;
    assert.deepEqual([other?.entry.id, other?.tier, other?.unmetBound], ['ddos', 'weak', 'the question names "Radware", which the entry does not']);
    const radware = buildLibraryIndex([entry({ id: 'ddos', question: 'Is the service protected against DDoS attacks?', yesno: 'yes', sentence: 'Radware DefensePro protects every public endpoint.' })]);
    assert.equal(matchLibrary(radware, 'Is the service protected against DDoS attacks by Radware?').match?.tier, 'strong');
    assert.equal(matchLibrary(shield, 'Does Radware protect the service against DDoS attacks?').match?.unmetBound, 'the question names "Radware", which the entry does not', 'a stop word before it is not part of a known name');
    // A listed product: Cloudflare is an edge provider, another than AWS Shield.
    assert.equal(matchLibrary(shield, 'Is the service protected against DDoS attacks by Cloudflare?').match?.unmetBound, 'the question names "Cloudflare", which the entry does not');
  });

  test('a question about every plan is not answered by an entry that names one plan', () => {
    const enterprise = ['Custom roles are available on the Enterprise plan.'];
    assert.match(unmetPlan('Are custom roles included on all plans?', enterprise) ?? '', /every plan.*"Enterprise plan"/);
    assert.match(unmetPlan('Is SSO included on every plan, even the cheapest?', enterprise) ?? '', /every plan/);
    assert.equal(unmetPlan('Are custom roles supported?', enterprise), undefined, 'the question does not ask about plans');
    assert.equal(unmetPlan('Is IP allowlisting available on all plans?', ['Yes, on all plans.']), undefined);
    assert.equal(unmetPlan('Is IP allowlisting available on all plans?', ['Admins can restrict sign-in to their IP ranges.']), undefined, 'an entry that names no plan is not limited to one');
    const index = buildLibraryIndex([entry({ id: 'roles', question: 'Do you support custom roles?', yesno: 'yes', sentence: 'Yes. Custom roles are available on the Enterprise plan.' })]);
    assert.equal(matchLibrary(index, 'Are custom roles supported on all plans?').match?.fills, false);
  });

  test('a question about a plan the entry never names is not answered by it', () => {
    const enterprise = ['Enterprise customers can also build custom roles.'];
    assert.match(unmetPlan('Can we create custom roles on the Business plan?', enterprise) ?? '', /the Business plan, which the entry does not name/);
    assert.equal(unmetPlan('Can we create custom roles on the Enterprise plan?', enterprise), undefined);
    assert.equal(unmetPlan('Can we create custom roles?', enterprise), undefined, 'no plan asked');
    assert.equal(unmetPlan('Is SSO part of the Growth or Scale tiers?', ['SSO is included from the Growth tier up.']), undefined, 'one of the plans asked is named');
  });

  test('a plan of the library named without "plan" ("We\'re on Business — can we use SCIM?") is not answered by an entry that names only the other plans', () => {
    const plans = planNames(['SSO is on the Business and Enterprise plans.', 'Custom roles are on the Enterprise plan only.', 'Our Incident Response plan is tested yearly.', 'The plan covers…', 'Resources live in Azure subscriptions.']);
    assert.deepEqual([...plans].sort(), ['business', 'enterprise']);
    const scim = ['Yes, on the Enterprise plan only.'];
    assert.match(unmetPlan("We're on Business — can we use SCIM with Okta?", scim, plans) ?? '', /the Business plan, which the entry does not name/);
    assert.equal(unmetPlan('Is SCIM available on Enterprise?', scim, plans), undefined);
    assert.equal(unmetPlan("We're on Business — is data encrypted at rest?", ['All data is encrypted with AES-256.'], plans), undefined, 'an entry that names no plan says nothing about plans');
    // The plan called a plan must be the entry's, whatever other plan the question names.
    assert.match(unmetPlan('Is SCIM on the Starter plan, as on Enterprise?', scim, plans) ?? '', /the Starter plan/);
    // A sentence's first word, a programme or a product's parts are not plans.
    assert.deepEqual([...planNames(['Capacity plans are reviewed.', 'Software packages are scanned.', 'We follow our Escalation plan.', 'Higher tiers add SSO.'])], []);
  });

  test('custom roles are roles and more: a Yes to roles, with custom ones on one plan only, is not a Yes to custom roles', () => {
    const index = buildLibraryIndex([
      entry({ id: 'roles', question: 'Can customer administrators control what each user can see and do?', variants: ['Role-based access control'], yesno: 'yes', sentence: 'Yes. Built-in roles control each user; custom roles are available on the Enterprise plan only.' }),
      entry({ id: 'sso', question: 'Do you support single sign-on?', yesno: 'yes', sentence: 'Yes, SAML.' }),
    ]);
    const custom = matchLibrary(index, 'Custom roles (Y/N)').match;
    assert.deepEqual([custom?.entry.id, custom?.yesno], ['roles', 'undetermined']);
    assert.equal(matchLibrary(index, 'Role-based access control (Y/N)').match?.yesno, 'yes');
  });
});

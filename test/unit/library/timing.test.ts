/** Time bounds: a question that asks "monthly" or "within 48 hours" is answered only by an entry whose bounds meet it. */
import * as assert from 'node:assert/strict';
import { normalizeText } from '../../../src/domain/library/analyze';
import { buildLibraryIndex, librarySource, matchLibrary } from '../../../src/domain/library';
import { timeBounds, unmetTimeBound } from '../../../src/domain/library/timing';
import { percentages, unmetPercentage } from '../../../src/domain/library/percent';
import { namedNumbers, namedRegionIds, unmetNumber, unmetRegionId } from '../../../src/domain/library/numbers';
import { entry } from './helpers';

const round = (days: number): number => Math.round(days * 100) / 100;
const bounds = (text: string): string[] => timeBounds(normalizeText(text)).map((b) => `${b.kind} ${Object.is(b.least, b.most) ? round(b.least) : `${round(b.least)}-${round(b.most)}`}`);
const unmet = (question: string, stated: string): string | undefined => unmetTimeBound(timeBounds(normalizeText(question)), timeBounds(normalizeText(stated)));

suite('library: time bounds', () => {
  test('cadences, deadlines and retention periods as questionnaires write them', () => {
    assert.deepEqual(bounds('Are user access rights reviewed at least quarterly?'), ['every 90']);
    assert.deepEqual(bounds('Is the DR plan tested semi-annually?'), ['every 180'], 'semi-annual is not also annual');
    assert.deepEqual(bounds('Bi-weekly vulnerability scans'), ['every 14'], 'bi-weekly is not also weekly');
    assert.deepEqual(bounds('Are keys rotated every 90 days?'), ['every 90']);
    assert.deepEqual(bounds('Has a penetration test been performed within the last 12 months?'), ['every 360']);
    assert.deepEqual(bounds('Will you notify us within twenty-four hours of a breach?'), ['within 1']);
    assert.deepEqual(bounds('Are critical patches applied within 5 business days?'), ['within 5-11'], 'a weekend and holidays');
    assert.deepEqual(bounds('Will you notify us within seventy-two (72) hours?'), ['within 3']);
    assert.deepEqual(bounds('Notification within a 72-hour window'), ['within 3']);
    assert.deepEqual(bounds('Are incidents triaged within 24-48 hours?'), ['within 1-2']);
    assert.deepEqual(bounds('Acknowledged within 24h'), ['within 1']);
    assert.deepEqual(bounds('We tell affected customers at the latest 48 hours after we confirm a breach.'), ['within 2'], '"at the latest" is a deadline');
    assert.deepEqual(bounds('Our SOC looks at the latest 90 days of logs.'), [], '"the latest 90 days" is not a deadline');
    assert.deepEqual(bounds('Can the idle timeout be set as low as 2 minutes?'), ['within 0'], '"as low as" asks at most');
    assert.deepEqual(bounds('Is the idle session timeout 15 minutes or less?'), ['within 0.01'], '"or less" asks at most');
    assert.deepEqual(bounds('Are alerts acknowledged in 2 hours at most?'), ['within 0.08']);
    assert.deepEqual(bounds('Are backups taken every 24 hours or less?'), ['every 1'], 'a cadence stays a cadence');
    assert.equal(unmet('Is the idle session timeout 15 minutes or less?', 'Sessions end after 30 minutes of inactivity.'), 'the question asks "15 minutes or less", which the entry does not state');
    assert.deepEqual(bounds('Is an alert raised within 15 minutes?'), ['within 0.01']);
    assert.deepEqual(bounds('Are backups restored in 30 days or less?'), ['within 30']);
    assert.deepEqual(bounds('Is your RTO under one hour?'), ['recoveryTime 0.04']);
    assert.deepEqual(bounds('Is service restored in less than 4 hours?'), ['within 0.17']);
    assert.deepEqual(bounds('Are backups retained for a full year?'), ['keptFor 365'], 'a word between the number and the unit');
    assert.deepEqual(bounds('We commit to 99.9% monthly uptime.'), ['every 30'], 'the decimals of a percentage are not "every 9 months"');
    assert.deepEqual(bounds('Are incidents reported within 30 calendar days?'), ['within 30']);
    // Notice ahead of a change is a least, like retention.
    assert.deepEqual(bounds("Do you give 90 days' notice before adding a sub-processor?"), ['notice 90']);
    assert.deepEqual(bounds('Customers are told 30 days before a new subprocessor is added.'), ['notice 30']);
    assert.deepEqual(bounds('Is advance notice of at least two weeks given?'), ['notice 14']);
    assert.equal(unmet("Do you give 90 days' notice before adding a sub-processor?", 'Customers are told 30 days before a new one is added.'), 'the question asks "90 days notice", and the entry says "30 days before"');
    assert.equal(unmet("Do you give 30 days' notice before adding a sub-processor?", 'Customers are told 60 days before a new one is added.'), undefined);
    assert.deepEqual(bounds('Are backups kept for 35 days before they are deleted?'), ['keptFor 35'], 'no one is told: not notice');
    // "for no less than" is a least, not a deadline "less than".
    assert.deepEqual(bounds('Are security logs retained for no less than 12 months?'), ['keptFor 360']);
    assert.equal(unmet('Are backups retained for no less than 30 days?', 'Backups are kept for 7 days and can be restored within 4 hours.'), 'the question asks "for no less than 30 days", and the entry says "for 7 days"');
    assert.deepEqual(bounds('Do you scan once per month?'), ['every 30']);
    assert.deepEqual(bounds('Is the plan tested per annum?'), ['every 365']);
    assert.deepEqual(bounds('Has a penetration test been done in the past year?'), ['every 365']);
    assert.deepEqual(bounds('Tests are carried out every 2-3 years'), ['every 730-1095']);
    // A number whose unit the sentence gave once: "high within 30" after "critical within 7 days".
    assert.deepEqual(bounds('Critical vulnerabilities are fixed within 7 days, high within 30, medium within 90.'), ['within 7', 'within 30', 'within 90']);
    assert.deepEqual(bounds('Fixed within 30.'), ['within NaN'], 'no unit anywhere: it cannot be told');
    // Multiples of a cadence, and the ones that cannot be told.
    assert.deepEqual(bounds('Access is reviewed six-monthly.'), ['every 180']);
    assert.deepEqual(bounds('Penetration tests are carried out two-yearly.'), ['every 730']);
    assert.deepEqual(bounds('Scans run bi-weekly.'), ['every 14']);
    assert.deepEqual(bounds('Scans run bi-monthly.'), ['every NaN'], 'twice a month or every two months');
    assert.deepEqual(bounds('Backups are retained for 35 days at most.'), ['keptFor NaN'], 'an upper bound on retention is not a minimum');
    assert.deepEqual(bounds('Backups are retained for up to 35 days.'), ['keptFor NaN']);
    assert.deepEqual(bounds('Are audit logs retained for at least two years?'), ['keptFor 730']);
    assert.deepEqual(bounds('Is there a list of all subprocessors for two years?'), [], 'a "for N years" without keeping is not a retention');
    assert.deepEqual(bounds('Is SAST part of your continuous integration pipeline?'), [], '"continuous integration" is not a cadence');
    assert.deepEqual(bounds('Do you encrypt data at rest?'), []);
  });

  test('a bound written as a symbol, or a retention least without "for", is read as its words', () => {
    assert.deepEqual(bounds('Backup retention ≥ 90 days (Y/N)'), ['keptFor 90']);
    assert.deepEqual(bounds('Backup retention >= 90 days'), ['keptFor 90']);
    assert.deepEqual(bounds('Is backup retention at least 90 days?'), ['keptFor 90']);
    assert.deepEqual(bounds('Are audit logs kept a minimum of one year?'), ['keptFor 365']);
    assert.deepEqual(bounds('RTO < 4 hours?'), ['recoveryTime 0.17']);
    assert.deepEqual(bounds('Critical patches ≤ 14 days'), ['within 14']);
    // Not a bound: a symbol before no number, a least in a sentence about no keeping.
    assert.deepEqual(bounds('Is the <b>admin</b> console restricted?'), []);
    assert.deepEqual(bounds('Are passwords at least 12 characters?'), []);
    assert.equal(unmet('Backup retention ≥ 90 days', 'Backups are kept for 35 days, then deleted.'), 'the question asks "at least 90 days", and the entry says "for 35 days"');
    assert.equal(unmet('Backup retention ≥ 30 days', 'Backups are kept for 35 days, then deleted.'), undefined);
  });

  test('an entry meets a bound when every bound it states of that kind does', () => {
    assert.equal(unmet('Do you review access at least annually?', 'Access is reviewed quarterly.'), undefined);
    assert.equal(unmet('Are access rights reviewed every 3 months?', 'Access is reviewed quarterly.'), undefined, 'the same bound in other words');
    assert.equal(unmet('Are access rights reviewed monthly?', 'Access is reviewed quarterly.'), 'the question asks "monthly", and the entry says "quarterly"');
    assert.equal(unmet('Are critical vulnerabilities fixed within 48 hours?', 'Critical vulnerabilities are fixed within 7 days.'), 'the question asks "within 48 hours", and the entry says "within 7 days"');
    assert.equal(unmet('Are high vulnerabilities fixed within 14 days?', 'Critical ones within 7 days and high ones within 30 days.'), 'the question asks "within 14 days", and the entry says "within 30 days"');
    assert.equal(unmet('Are high vulnerabilities fixed within 30 days?', 'Critical ones within 7 days and high ones within 30 days.'), undefined);
    assert.equal(unmet('Are high-severity vulnerabilities remediated within 14 days?', 'Critical vulnerabilities are fixed within 7 days, high within 30, medium within 90.'), 'the question asks "within 14 days", and the entry says "within 30"');
    assert.equal(unmet('Are logs retained for at least one year?', 'Logs are retained for 400 days.'), undefined);
    assert.equal(unmet('Are logs retained for at least two years?', 'Logs are retained for 400 days.'), 'the question asks "for at least two years", and the entry says "for 400 days"');
    assert.equal(unmet('Are keys rotated every 90 days?', 'Keys are managed in AWS KMS.'), 'the question asks "every 90 days", which the entry does not state');
    // Ranges meet at their worst end: two business days can be 72 hours (Friday evening to Tuesday).
    assert.equal(unmet('Do you notify customers within 72 hours?', 'Customers are notified within 2 business days.'), 'the question asks "within 72 hours", and the entry says "within 2 business days"');
    assert.equal(unmet('Do you notify customers within 2 business days?', 'Customers are notified within 24 hours.'), undefined);
    assert.equal(unmet('Are accounts disabled within one business day?', 'Access is removed within one business day.'), undefined, 'business days compare as business days');
    assert.equal(unmet('Are accounts disabled within one business day?', 'Access is removed within two business days.'), 'the question asks "within one business day", and the entry says "within two business days"');
    assert.equal(unmet('Is a penetration test performed annually?', 'Performed every 2-3 years; results go in our annual security report.'), 'the question asks "annually", and the entry says "every 2 3 years"');
    // What cannot be told meets nothing, on either side.
    assert.equal(unmet('Do you scan monthly?', 'Vulnerability scans are run bi-monthly.'), 'the question asks "monthly", and the entry says "bi monthly"');
    assert.equal(unmet('Are backups retained for 35 days at most?', 'Backups are retained for 35 days.'), 'the question asks "for 35 days at most", which cannot be compared with what the entry says');
    assert.equal(unmet('Do you review access monthly?', 'Access is reviewed six-monthly.'), 'the question asks "monthly", and the entry says "six monthly"');
  });

  test('an RTO or RPO is bound to its own name, so that the other objective\'s amount does not answer it', () => {
    assert.deepEqual(bounds('Our RTO is 4 hours and our RPO is 15 minutes.'), ['recoveryTime 0.17', 'recoveryPoint 0.01']);
    assert.deepEqual(bounds('Our recovery point objective is 1 hour and our recovery time objective is 8 hours.'), ['recoveryPoint 0.04', 'recoveryTime 0.33']);
    assert.deepEqual(bounds('RTO 8 hours; RPO 1 hour'), ['recoveryTime 0.33', 'recoveryPoint 0.04']);
    assert.deepEqual(bounds('We target a 4-hour RTO.'), ['recoveryTime 0.17']);
    assert.deepEqual(bounds('The recovery point objective must not exceed 15 minutes.'), ['recoveryPoint 0.01']);
    assert.deepEqual(bounds('Is the RPO zero?'), ['recoveryPoint 0']);
    assert.deepEqual(bounds('RTO and RPO are tested every year; our RTO is 4 hours.'), ['recoveryTime 0.17', 'every 365'], 'a name without an amount is no bound');
    assert.deepEqual(bounds('What are your RTO and RPO?'), []);
    // Two names then two amounts: which is which cannot be told, on either side.
    assert.deepEqual(bounds('RTO and RPO are 4 hours and 1 hour.'), ['recoveryTime NaN', 'recoveryPoint NaN']);
    assert.deepEqual(bounds('RTO/RPO: 4h/1h'), ['recoveryTime NaN', 'recoveryPoint NaN']);
    const stated = 'Our RTO is 4 hours and our RPO is 15 minutes.';
    assert.equal(unmet('Is the RTO two hours or less?', stated), 'the question asks "rto two hours", and the entry says "rto is 4 hours"', 'the RPO\'s 15 minutes are not the RTO');
    assert.equal(unmet('Is your RTO 4 hours or less?', stated), undefined);
    assert.equal(unmet('Is the RPO under 1 hour?', stated), undefined);
    assert.equal(unmet('Is the RPO zero?', stated), 'the question asks "rpo zero", and the entry says "rpo is 15 minutes"');
    assert.equal(unmet('Is your RTO under 8 hours?', 'Service is restored within 4 hours of a region failure.'), 'the question asks "rto under 8 hours", which the entry does not state');
    // A least, two names before "an hour", or two amounts for one name cannot be compared.
    assert.match(unmet('Is the RTO more than 4 hours?', stated) ?? '', /cannot be compared/);
    assert.match(unmet('Does the RPO exceed 1 hour?', stated) ?? '', /cannot be compared/);
    assert.match(unmet('Are RTO and RPO under an hour?', stated) ?? '', /cannot be compared/);
    assert.notEqual(unmet('Is your RTO 8 hours or less for all systems?', 'Our RTO is 4 hours for tier 1 systems, 24 hours for the others.'), undefined);
    assert.equal(unmet('Does the RPO not exceed 1 hour?', stated), undefined, '"not exceed" is at most');
    const index = buildLibraryIndex([entry({ id: 'rto-rpo', question: 'What are your RTO and RPO?', sentence: stated })]);
    assert.equal(matchLibrary(index, 'What are your RTO and RPO targets?').match?.fills, true);
    assert.equal(matchLibrary(index, 'Is the RTO 2 hours or less and the RPO 15 minutes or less?').match?.fills, false);
  });

  test('a deadline for a severity is met by the entry\'s deadline for that severity, where both say which is which', () => {
    const stated = 'Critical vulnerabilities are fixed within 7 days, high within 30 days and medium within 90 days.';
    const severities = (text: string): (readonly string[] | undefined)[] => timeBounds(normalizeText(text)).map((b) => b.severities);
    assert.deepEqual(severities(stated), [['critical'], ['high'], ['medium']]);
    assert.deepEqual(severities('Patches are applied within 14 days for critical and within 30 days for high.'), [['critical'], ['high']]);
    assert.deepEqual(severities('Is high availability restored within 4 hours?'), [undefined], 'not a severity');
    assert.equal(unmet('Are critical vulnerabilities remediated within 14 days?', stated), undefined);
    assert.equal(unmet('Are high vulnerabilities fixed within 14 days?', stated), 'the question asks "within 14 days", and the entry says "within 30 days"');
    assert.equal(unmet('Critical and high findings remediated within 30 days?', stated), undefined);
    assert.equal(unmet('Critical and high findings remediated within 14 days?', stated), 'the question asks "within 14 days", and the entry says "within 30 days"');
    assert.equal(unmet('Are low-severity findings fixed within 180 days?', stated), 'the question asks "within 180 days", which the entry does not state');
    // A deadline the entry gives no severity is for every severity; one after several severities is for all of them.
    assert.match(unmet('Are critical vulnerabilities remediated within 7 days?', 'Critical vulnerabilities are triaged within 24 hours. All vulnerabilities are remediated within 30 days.') ?? '', /within 30 days/);
    assert.equal(unmet('Are low vulnerabilities fixed within 14 days?', 'Vulnerabilities are fixed within 30 days for medium and low, and within 7 days for critical and high.'), 'the question asks "within 14 days", and the entry says "within 30 days"');
    // Without a severity on either side, every deadline of the entry must meet it, as before.
    assert.equal(unmet('Are vulnerabilities fixed within 30 days?', stated), 'the question asks "within 30 days", and the entry says "within 90 days"');
    assert.equal(unmet('Are critical vulnerabilities fixed within 14 days?', 'Vulnerabilities are fixed within 7 to 30 days.'), 'the question asks "within 14 days", and the entry says "within 7 to 30 days"');
  });

  test('a percentage the question asks at least (or names alone) is met only when every percentage the entry states meets it', () => {
    assert.deepEqual(percentages('Is your uptime commitment 99.95% or higher?', true), [99.95]);
    assert.deepEqual(percentages('Do you guarantee at least 99.9 percent availability?', true), [99.9]);
    assert.deepEqual(percentages('What share of staff, e.g. 80%, completed training?', true), [], 'an example is not a minimum');
    assert.deepEqual(percentages('Do you commit to 99.99% availability?', true), [99.99], 'a percentage named alone is asked at least');
    assert.deepEqual(percentages('Is the error rate under 1%, and is 2% or less acceptable?', true), [], 'a percentage asked at most is not compared');
    const SLA = ['We commit to 99.9% monthly uptime, with service credits.'];
    assert.equal(unmetPercentage('Is your uptime commitment 99.95% or higher?', SLA), 'the question asks at least 99.95%, and the entry says 99.9%');
    assert.equal(unmetPercentage('Is uptime of at least 99.5% committed?', SLA), undefined);
    assert.equal(unmetPercentage('Do you commit to 99.9% or more uptime?', ['Uptime is tracked on our status page.']), 'the question asks at least 99.9%, which the entry does not state');
    assert.equal(unmetPercentage('What uptime do you commit to?', SLA), undefined);
    assert.equal(unmetPercentage('Do you commit to 99.99% availability?', SLA), 'the question asks at least 99.99%, and the entry says 99.9%');
    assert.equal(unmetPercentage('Do you commit to 99.9% availability?', SLA), undefined);
    // A percentage only named is met by one the entry states (service credits are other percentages), and not judged without one.
    const withCredits = ['We commit to 99.9% monthly uptime, with service credits of 10% to 30%.'];
    assert.equal(unmetPercentage('Do you commit to 99.9% uptime in your SLA?', withCredits), undefined);
    assert.equal(unmetPercentage('Do you commit to 99.99% uptime in your SLA?', withCredits), 'the question asks at least 99.99%, and the entry says 99.9%');
    assert.equal(unmetPercentage('Is 100% of customer data encrypted at rest?', ['Customer data is encrypted with AES-256.']), undefined);
    assert.deepEqual(percentages('Is the error rate no more than 1%?', true), [], '"no more than" is at most');
    const index = buildLibraryIndex([entry({ id: 'uptime-sla', question: 'What uptime do you commit to in your SLA?', variants: ['Do you commit to an uptime SLA?'], yesno: 'yes', sentence: SLA[0] })]);
    assert.equal(matchLibrary(index, 'Do you commit to an uptime SLA of 99.95% or higher?').match?.fills, false);
    assert.equal(matchLibrary(index, 'Do you commit to an uptime SLA of 99.5% or higher?').match?.fills, true);
  });

  test('a number the question names is met only by an entry that states it: another version of the same name, or an amount asked at least, is a suggestion', () => {
    const numbers = (question: string): string[] => namedNumbers(question).map((n) => `${n.name ?? (n.amount ? 'amount' : '?')} ${n.number}`);
    assert.deepEqual(numbers('Do you have a SOC 3 report?'), ['soc 3']);
    assert.deepEqual(numbers('Is TLS 1.0 still accepted?'), ['tls 1.0']);
    assert.deepEqual(numbers('Do you carry at least USD 10 million in cyber insurance?'), ['amount 10']);
    assert.deepEqual(numbers('Do you employ over 500 people?'), ['amount 500']);
    // Ids, names with digits, citations, examples and durations are not compared here.
    for (const question of ['3.13.6 Deny traffic by default.', 'CEK-03.2: Are keys rotated?', '12. What is your backup schedule?', 'Is 2FA used, with FIDO2 keys?', 'Is monitoring 24/7?', 'Section 7.2 requires encryption. Confirm.', 'Are passwords hashed (e.g. 2 rounds)?', 'Are logs kept for 12 months?', 'Is 99.9% uptime committed?', 'Is PCI DSS v4.0 met?']) {
      assert.deepEqual(numbers(question), [], question);
    }
    const soc2 = ['Do you have a SOC 2 report?', 'Yes. Our SOC 2 Type II report covers Security and Availability.'];
    assert.equal(unmetNumber(namedNumbers('Do you have a SOC 3 report?'), soc2), 'the question asks about SOC 3, and the entry says SOC 2');
    assert.equal(unmetNumber(namedNumbers('Is your SOC 2 report available?'), soc2), undefined);
    assert.equal(unmetNumber(namedNumbers('Do you review vendors\' SOC 2 reports?'), ['We review the SOC reports of critical vendors every year.']), undefined, 'an entry that gives the name no number does not contradict it');
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.3 supported?'), ['All traffic uses TLS 1.2 or 1.3.']), undefined);
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.3 supported?'), ['Endpoints accept only TLS 1.2 and TLS 1.3.']), undefined);
    // Only other numbers and "or" / "and" may stand between a name and its number: "Type 1" is not "SOC 1".
    assert.equal(unmetNumber(namedNumbers('Do you have a SOC 1 report?'), ['No. We have no SOC 2 report, neither Type 1 nor Type 2.']), 'the question asks about SOC 1, and the entry says SOC 2');
    assert.equal(unmetNumber(namedNumbers('Do you have a SOC 3 report?'), ['We publish SOC 2 and 3 reports.']), undefined);
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.2 supported?'), ['We support TLS v1.2.']), undefined);
    for (const stated of ['TLS 1.2 and above (including 1.3)', 'TLS version 1.3']) {
      assert.equal(unmetNumber(namedNumbers('Is TLS 1.3 supported?'), [stated]), undefined, stated);
    }
    assert.equal(unmetNumber(namedNumbers('Is WCAG 2.2 met?'), ['WCAG (2.2) AA']), undefined);
    // A version asked as the only one allowed is not answered by an entry that also allows a lower one.
    const transit = ['Connections use TLS 1.2 or 1.3, with TLS 1.0, TLS 1.1 and weak ciphers disabled.'];
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.3 mandatory for every connection?'), transit), 'the question asks for TLS 1.3 only, and the entry also allows TLS 1.2');
    assert.equal(unmetNumber(namedNumbers('All data in transit shall use TLS 1.3 only.'), ['Endpoints accept only TLS 1.2 and TLS 1.3.']), 'the question asks for TLS 1.3 only, and the entry also allows TLS 1.2');
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.2 mandatory?'), transit), undefined, 'the lower versions the entry names are disabled');
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.2 or higher enforced?'), transit), undefined, 'a minimum, not the only version');
    assert.equal(unmetNumber(namedNumbers('Only TLS 1.2+ accepted?'), transit), undefined);
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.3 mandatory?'), ['We accept TLS 1.2 and TLS 1.3 and do not accept SSL.']), 'the question asks for TLS 1.3 only, and the entry also allows TLS 1.2', 'a "not" about SSL in the same sentence does not disable TLS 1.2');
    assert.equal(unmetNumber(namedNumbers('Is TLS 1.3 mandatory?'), ['TLS 1.3 is required; TLS 1.2 is not accepted.']), undefined);
    assert.equal(
      unmetNumber(namedNumbers('SOC 1 / ISAE 3402 report available?'), ['We have a SOC 2 Type II report, most recently 1 July 2025 to 30 June 2026.']),
      'the question asks about SOC 1, and the entry says SOC 2',
      'a named number counts only near its name, not in a date',
    );
    assert.equal(unmetNumber(namedNumbers('Do you carry at least USD 10 million in cyber insurance?'), ['We carry cyber insurance of CAD 5 million.']), 'the question asks for 10 or more, which the entry does not state');
    assert.equal(unmetNumber(namedNumbers('Do you carry at least $5 million in cyber insurance?'), ['We carry cyber insurance of USD 5 million.']), undefined);
    const index = buildLibraryIndex([entry({ id: 'soc2', question: 'Do you have a SOC 2 report?', yesno: 'yes', sentence: soc2[1] }), entry({ id: 'insurance', question: 'Do you carry cyber insurance?', yesno: 'yes', sentence: 'Yes. We carry cyber liability insurance of CAD 5 million.' })]);
    const soc3 = matchLibrary(index, 'Do you have a SOC 3 report?').match;
    assert.equal(soc3?.fills, false, 'the SOC 2 entry does not answer SOC 3');
    assert.match(soc3?.unmetBound ?? '', /SOC 3/);
    assert.equal(matchLibrary(index, 'Do you carry at least USD 10 million in cyber insurance?').match?.fills, false);
    assert.equal(matchLibrary(index, 'Do you carry cyber insurance coverage?').match?.fills, true);
  });

  test('a cloud region id the question names must be the entry\'s; of alternatives, one', () => {
    assert.deepEqual(namedRegionIds('Is our data replicated to Google Cloud us-east4 for DR?'), ['us-east4']);
    assert.deepEqual(namedRegionIds('Hosted in northamerica-northeast1 or eu-central-1?'), ['northamerica-northeast1', 'eu-central-1']);
    assert.deepEqual(namedRegionIds('Is east-west traffic inspected in the us-east region?'), []);
    const entryTexts = ['What is your disaster recovery strategy?', 'We restore from backups in a second region in the same jurisdiction: northamerica-northeast2 for Canadian workspaces.'];
    assert.equal(unmetRegionId('Is data replicated to us-east4?', ['us-east4'], entryTexts), 'the question names the region "us-east4", which the entry does not');
    assert.equal(unmetRegionId('Is data replicated to northamerica-northeast2?', ['northamerica-northeast2'], entryTexts), undefined);
    assert.equal(unmetRegionId('us-east4 or northamerica-northeast2?', ['us-east4', 'northamerica-northeast2'], entryTexts), undefined);
    const index = buildLibraryIndex([entry({ id: 'dr', question: 'What is your disaster recovery strategy?', sentence: entryTexts[1] }), entry({ id: 'mfa', question: 'Do you support MFA?', yesno: 'yes', sentence: 'Yes.' })]);
    assert.equal(matchLibrary(index, 'Is our data replicated to us-east4 for disaster recovery?').match?.fills, false);
  });

  test('a close match whose entry does not meet the question\'s bound is a suggestion, with the reason; one that meets it fills', () => {
    const index = buildLibraryIndex([
      entry({ id: 'access-reviews', question: 'Do you perform periodic user access reviews?', yesno: 'yes', sentence: 'Yes. Managers review user access quarterly.' }),
      entry({ id: 'backups', question: 'Do you back up customer data?', yesno: 'yes', sentence: 'Yes. Customer data is backed up daily and backups are retained for 35 days.' }),
    ]);
    const monthly = matchLibrary(index, 'Are user access reviews performed monthly?');
    assert.equal(monthly.match?.entry.id, 'access-reviews');
    assert.equal(monthly.match?.tier, 'weak');
    assert.equal(monthly.match?.fills, false);
    const annual = matchLibrary(index, 'Are user access reviews performed at least annually?');
    assert.equal(annual.match?.entry.id, 'access-reviews');
    assert.equal(annual.match?.fills, true);
    const year = librarySource(index).answer('Are customer data backups retained for at least one year?', { today: '2026-12-04', length: 'sentence' });
    assert.equal(year.outcome, 'undetermined');
    assert.equal(year.text, undefined);
    assert.match(year.reasons?.[0] ?? '', /not filled because the question asks "for at least one year", and the entry says "for 35 days"/);
    // A cadence that cannot be told is no Yes: "bi-monthly" may be every two months.
    const scans = librarySource(buildLibraryIndex([entry({ id: 'scans', question: 'Do you perform vulnerability scans?', yesno: 'yes', sentence: 'Yes. Vulnerability scans are run bi-monthly.' })]));
    const monthlyScans = scans.answer('Do you perform vulnerability scans monthly?', { today: '2026-12-04', length: 'yesno' });
    assert.deepEqual([monthlyScans.outcome, monthlyScans.text], ['undetermined', undefined]);
  });
});

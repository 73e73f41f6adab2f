/** Time bounds: a question that asks "monthly" or "within 48 hours" is answered only by an entry whose bounds meet it. */
import * as assert from 'node:assert/strict';
import { normalizeText } from '../../../src/domain/library/analyze';
import { buildLibraryIndex, librarySource, matchLibrary } from '../../../src/domain/library';
import { timeBounds, unmetTimeBound } from '../../../src/domain/library/timing';
import { entry } from './helpers';

const bounds = (text: string): string[] => timeBounds(normalizeText(text)).map((b) => `${b.kind} ${Math.round(b.days * 100) / 100}`);
const unmet = (question: string, stated: string): string | undefined => unmetTimeBound(timeBounds(normalizeText(question)), timeBounds(normalizeText(stated)));

suite('library: time bounds', () => {
  test('cadences, deadlines and retention periods as questionnaires write them', () => {
    assert.deepEqual(bounds('Are user access rights reviewed at least quarterly?'), ['every 90']);
    assert.deepEqual(bounds('Is the DR plan tested semi-annually?'), ['every 180'], 'semi-annual is not also annual');
    assert.deepEqual(bounds('Bi-weekly vulnerability scans'), ['every 14'], 'bi-weekly is not also weekly');
    assert.deepEqual(bounds('Are keys rotated every 90 days?'), ['every 90']);
    assert.deepEqual(bounds('Has a penetration test been performed within the last 12 months?'), ['every 360']);
    assert.deepEqual(bounds('Will you notify us within twenty-four hours of a breach?'), ['within 1']);
    assert.deepEqual(bounds('Are critical patches applied within 5 business days?'), ['within 7']);
    assert.deepEqual(bounds('Are audit logs retained for at least two years?'), ['keptFor 730']);
    assert.deepEqual(bounds('Is there a list of all subprocessors for two years?'), [], 'a "for N years" without keeping is not a retention');
    assert.deepEqual(bounds('Is SAST part of your continuous integration pipeline?'), [], '"continuous integration" is not a cadence');
    assert.deepEqual(bounds('Do you encrypt data at rest?'), []);
  });

  test('an entry meets a bound when every bound it states of that kind does', () => {
    assert.equal(unmet('Do you review access at least annually?', 'Access is reviewed quarterly.'), undefined);
    assert.equal(unmet('Are access rights reviewed every 3 months?', 'Access is reviewed quarterly.'), undefined, 'the same bound in other words');
    assert.equal(unmet('Are access rights reviewed monthly?', 'Access is reviewed quarterly.'), 'the question asks "monthly", and the entry says "quarterly"');
    assert.equal(unmet('Are critical vulnerabilities fixed within 48 hours?', 'Critical vulnerabilities are fixed within 7 days.'), 'the question asks "within 48 hours", and the entry says "within 7 days"');
    assert.equal(unmet('Are high vulnerabilities fixed within 14 days?', 'Critical ones within 7 days and high ones within 30 days.'), 'the question asks "within 14 days", and the entry says "within 30 days"');
    assert.equal(unmet('Are high vulnerabilities fixed within 30 days?', 'Critical ones within 7 days and high ones within 30 days.'), undefined);
    assert.equal(unmet('Are logs retained for at least one year?', 'Logs are retained for 400 days.'), undefined);
    assert.equal(unmet('Are logs retained for at least two years?', 'Logs are retained for 400 days.'), 'the question asks "for at least two years", and the entry says "for 400 days"');
    assert.equal(unmet('Are keys rotated every 90 days?', 'Keys are managed in AWS KMS.'), 'the question asks "every 90 days", which the entry does not state');
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
  });
});

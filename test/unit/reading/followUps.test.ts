/** What a question asks without the conditional instructions after it (used by the answer library's matching). */
import * as assert from 'node:assert/strict';
import { withoutFollowUps } from '../../../src/domain/reading';

suite('reading: conditional follow-ups', () => {
  test('"If yes, …", "If no, …", "Otherwise …" after the question are dropped, with what follows them', () => {
    assert.equal(withoutFollowUps('Do you support BYOK? (Y/N) If no, explain.'), 'Do you support BYOK?');
    assert.equal(withoutFollowUps('Is data encrypted at rest? If yes, which algorithm? If no, why not?'), 'Is data encrypted at rest?');
    assert.equal(withoutFollowUps('Is MFA enforced; if not, explain'), 'Is MFA enforced;');
    assert.equal(withoutFollowUps('Describe your backups. Otherwise state N/A.'), 'Describe your backups.');
    assert.equal(withoutFollowUps('Do you support BYOK (if no, explain)?'), 'Do you support BYOK?');
  });

  test('a request that asks for more, a condition inside the question, and a question that opens with "If" are kept', () => {
    assert.equal(withoutFollowUps('Do you carry cyber insurance? Please state the coverage limit.'), 'Do you carry cyber insurance? Please state the coverage limit.');
    assert.equal(withoutFollowUps('Do you notify customers if no backup succeeds?'), 'Do you notify customers if no backup succeeds?');
    assert.equal(withoutFollowUps('If yes, do you encrypt backups?'), 'If yes, do you encrypt backups?');
    assert.equal(withoutFollowUps('Do you log access? Please describe. If so, for how long?'), 'Do you log access? Please describe.');
  });

  test('a conditional in brackets goes up to its closing bracket however long it is; brackets that never close are kept', () => {
    const long = `(if not, please tell us why not ${'and what you plan instead '.repeat(12)})`;
    assert.equal(withoutFollowUps(`Is data encrypted at rest ${long}?`), 'Is data encrypted at rest?');
    assert.equal(withoutFollowUps('Is data encrypted (if so, which cipher? Is MFA on (otherwise explain'), 'Is data encrypted (if so, which cipher? Is MFA on (otherwise explain');
    assert.equal(withoutFollowUps('Is data encrypted (if so, which cipher) and backed up [otherwise explain]?'), 'Is data encrypted and backed up?');
  });
});

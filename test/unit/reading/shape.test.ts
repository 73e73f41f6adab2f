/** The answer shape of a question on its own: a header that names the value it wants is not a Yes/No. */
import * as assert from 'node:assert/strict';
import { questionShape } from '../../../src/domain/reading';

suite('reading: question shape', () => {
  test('a header that names the value it wants asks for that value, not a Yes/No', () => {
    for (const header of ['Last pen test – date', 'Pen test freq.', 'Date of last penetration test', 'Log retention (months)', 'Security contact (name / email)', 'Hosting provider – name', 'Backup frequency', 'Encryption in transit (protocol and version)']) {
      assert.equal(questionShape(header), 'which', header);
    }
  });

  test('a header or sentence without its question mark still asks Yes/No when nothing names a value', () => {
    for (const question of ['Encryption at rest', 'MFA – admins', 'Cyber insurance (Y/N)', 'Backups: offsite?', 'Are backups retained for 30 days', 'Confirm that logs are kept for 12 months', 'Is the pen test date shared with customers?', 'High severity vulnerabilities are patched within 30 days. (Y/N)', 'Y/N: ISO 27001 certificate in date', 'SOC 2 period end within last 12 months']) {
      assert.equal(questionShape(question), 'polar', question);
    }
    assert.equal(questionShape('What is the date of your last pen test?'), 'which');
    assert.equal(questionShape('Describe your backup frequency.'), 'describe');
  });
});

import * as assert from 'node:assert/strict';
import { check } from '../../../src/domain/claims';
import { parseProfile } from '../../../src/domain/profile/parse';
import { profileTemplate } from '../../../src/domain/profile/template';
import { describeErrors } from './fixtures';

suite('profile template', () => {
  test('parses and validates as written, with the organization name filled in', () => {
    const result = parseProfile(profileTemplate('Northwind Ledger, Inc.'));
    assert.deepEqual(result.errors, [], describeErrors(result.errors));
    assert.equal(result.profile?.organization.name, 'Northwind Ledger, Inc.');
  });

  test('an unedited scaffold states no SOC 2 facts (every example is commented out)', () => {
    const result = parseProfile(profileTemplate());
    assert.deepEqual(result.profile?.soc2, { engagements: [] });
    assert.equal(result.profile?.otherAssurance, undefined);
    assert.equal(result.profile?.controls, undefined);
    assert.equal(result.profile?.organization.product, undefined);
  });

  test('a name with quotes or backslashes is escaped; a blank name gets a placeholder', () => {
    assert.equal(parseProfile(profileTemplate('Acme "Q" \\ Co')).profile?.organization.name, 'Acme "Q" \\ Co');
    assert.equal(parseProfile(profileTemplate('   ')).profile?.organization.name, 'Your Company, Inc.');
  });

  test('the examples, once uncommented, are a valid and complete profile', () => {
    const result = parseProfile(profileTemplate('Example, Inc.', { uncommentExamples: true }));
    assert.deepEqual(result.errors, [], describeErrors(result.errors));
    const engagement = result.profile?.soc2.engagements[0];
    assert.equal(engagement?.type, 'type2');
    assert.ok(engagement?.subserviceOrganizations?.[0]?.monitoring);
    assert.ok(result.profile?.soc2.bridgeLetter && result.profile.soc2.sharing && result.profile.soc2.nextPeriod);
    assert.ok(result.profile?.otherAssurance?.iso27001 && result.profile.controls?.incidentResponse);
  });

  test('has no $schema (the editor associates the schema) and explains the key ideas in comments', () => {
    const text = profileTemplate();
    assert.ok(!text.includes('$schema'));
    for (const idea of [/Type 1: the design of controls at one date/, /"asOf"/, /"periodStart" and "periodEnd"/, /not from the\s+\/\/ date the report was issued/, /no auditor assurance/, /carve-out/, /Complementary user entity controls/, /Security is always in scope/]) {
      assert.match(text, idea);
    }
  });

  test('its comments never call SOC 2 a certification or compliance', () => {
    const text = profileTemplate();
    assert.doesNotMatch(text, /SOC 2 (certified|certification|compliant)/i);
    assert.doesNotMatch(text, /SOC[- ]II\b|SOC-2|SSAE 16/);
    assert.doesNotMatch(text, /AICPA requires/i);
  });

  test('passes the claim checker, commented and uncommented', () => {
    for (const text of [profileTemplate(), profileTemplate('Example, Inc.', { uncommentExamples: true })]) {
      assert.deepEqual(check(text, { today: '2026-11-26' }), []);
    }
  });
});

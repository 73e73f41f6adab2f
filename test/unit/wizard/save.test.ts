import * as assert from 'node:assert/strict';
import { parseProfile } from '../../../src/domain/profile/parse';
import { formFromProfile } from '../../../src/domain/wizard/mapping';
import { formattingOf, saveFormToProfile } from '../../../src/domain/wizard/save';
import { emptyWizardForm, type WizardForm } from '../../../src/shared/wizardProtocol';
import { demoProfileText } from '../profile/fixtures';

const TODAY = '2026-10-15';

function typeTwo(overrides: Partial<WizardForm> = {}): WizardForm {
  return {
    ...emptyWizardForm(),
    organizationName: 'Acme Analytics, Inc.',
    status: 'type2',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    cpaFirm: 'Example Assurance LLP',
    opinion: 'unqualified',
    exceptionsKnown: 'none',
    nda: 'yes',
    ...overrides,
  };
}

const COMMENTED = `// Our facts. Keep this comment.
{
  "organization": { "name": "Acme Analytics, Inc.", "product": "Insights" }, // product stays
  "soc2": {
    "engagements": [
      {
        "status": "completed",
        "type": "type2",
        // the dates below come from page 3 of the report
        "periodStart": "2025-01-01",
        "periodEnd": "2025-12-31",
        "reportDate": "2026-02-01",
        "cpaFirm": "Old Firm LLP",
        "categories": ["security"],
      },
    ],
  },
  "otherAssurance": { "soc3": { "available": false } },
}
`;

suite('Wizard: save to profile', () => {
  test('creates a profile from the scaffold when there is none; it validates with zero errors', () => {
    const result = saveFormToProfile(undefined, typeTwo(), TODAY);
    assert.ok(result.ok, JSON.stringify(result));
    const parsed = parseProfile(result.text);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.profile?.organization.name, 'Acme Analytics, Inc.');
    assert.equal(parsed.profile?.soc2.engagements[0]?.periodEnd, '2026-09-30');
    assert.equal(parsed.profile?.soc2.sharing?.nda, true);
    assert.match(result.text, /^\/\/ Attest assurance profile/, 'the scaffold comments are there');
  });

  test('updates only the wizard fields: comments and other fields stay', () => {
    const base = parseProfile(COMMENTED).profile;
    assert.ok(base);
    const form = { ...formFromProfile(base, TODAY), periodStart: '2025-02-01', cpaFirm: 'New Firm LLP' };
    const result = saveFormToProfile(COMMENTED, form, TODAY);
    assert.ok(result.ok, JSON.stringify(result));
    assert.ok(result.changed);
    for (const kept of ['// Our facts. Keep this comment.', '// product stays', '// the dates below come from page 3 of the report', '"product": "Insights"', '"reportDate": "2026-02-01"', '"soc3": { "available": false }']) {
      assert.ok(result.text.includes(kept), `keeps ${kept}`);
    }
    const parsed = parseProfile(result.text);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.profile?.soc2.engagements[0]?.cpaFirm, 'New Firm LLP');
    assert.equal(parsed.profile?.soc2.engagements[0]?.periodStart, '2025-02-01');
    assert.equal(parsed.profile?.soc2.engagements.length, 1);
  });

  test('a new report period drops the old issue date (it belonged to the old report)', () => {
    const base = parseProfile(COMMENTED).profile;
    assert.ok(base);
    const result = saveFormToProfile(COMMENTED, { ...formFromProfile(base, TODAY), periodStart: '2025-07-01', periodEnd: '2026-06-30' }, TODAY);
    assert.ok(result.ok, JSON.stringify(result));
    assert.doesNotMatch(result.text, /reportDate/);
    assert.ok(result.text.includes('// the dates below come from page 3 of the report'));
    assert.deepEqual(parseProfile(result.text).errors, []);
  });

  test('saving an unchanged form changes nothing (the demo profile stays byte-identical)', () => {
    const text = demoProfileText();
    const base = parseProfile(text).profile;
    assert.ok(base);
    const result = saveFormToProfile(text, formFromProfile(base, TODAY), TODAY);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.changed, false);
    assert.equal(result.text, text);
  });

  test('clearing a field removes it; "no report" removes the engagement', () => {
    const base = parseProfile(COMMENTED).profile;
    assert.ok(base);
    const cleared = saveFormToProfile(COMMENTED, { ...formFromProfile(base, TODAY), cpaFirm: '' }, TODAY);
    assert.ok(cleared.ok);
    assert.doesNotMatch(cleared.text, /cpaFirm/);
    const none = saveFormToProfile(COMMENTED, { ...formFromProfile(base, TODAY), status: 'none' }, TODAY);
    assert.ok(none.ok);
    assert.deepEqual(parseProfile(none.text).profile?.soc2.engagements, []);
    assert.ok(none.text.includes('// Our facts. Keep this comment.'));
  });

  test('refuses to write a form with errors, or into a profile that has errors', () => {
    const bad = saveFormToProfile(undefined, typeTwo({ periodEnd: '2025-01-01' }), TODAY);
    assert.equal(bad.ok, false);
    assert.ok(!bad.ok && bad.reason === 'form-invalid' && bad.messages.some((m) => /after the period start/.test(m)));
    const broken = saveFormToProfile('{ "organization": { "name": 1 } }', typeTwo(), TODAY);
    assert.ok(!broken.ok && broken.reason === 'profile-invalid' && broken.errors.length > 0);
    const unanswered = saveFormToProfile(undefined, { ...emptyWizardForm(), organizationName: 'Acme' }, TODAY);
    assert.equal(unanswered.ok, false);
  });

  test('new JSON follows the file\'s indentation and line endings', () => {
    assert.deepEqual(formattingOf('{\r\n    "a": 1\r\n}'), { insertSpaces: true, tabSize: 4, eol: '\r\n' });
    assert.deepEqual(formattingOf('{\n\t"a": 1\n}'), { insertSpaces: false, tabSize: 1, eol: '\n' });
    const crlf = '{\r\n    "organization": { "name": "Acme Analytics, Inc." }\r\n}\r\n';
    const result = saveFormToProfile(crlf, typeTwo(), TODAY);
    assert.ok(result.ok);
    assert.doesNotMatch(result.text.replace(/\r\n/g, ''), /\n/, 'no bare LF added');
    assert.deepEqual(parseProfile(result.text).errors, []);
  });
});

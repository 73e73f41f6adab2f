import * as assert from 'node:assert/strict';
import { parseProfile } from '../../../src/domain/profile/parse';
import { ProfileSchema, type Profile } from '../../../src/domain/profile/schema';
import { checkForm } from '../../../src/domain/wizard/check';
import { applyForm, editedEngagementIndex, formFromProfile, splitLines } from '../../../src/domain/wizard/mapping';
import { wizardIntent, wizardPreview } from '../../../src/domain/wizard/preview';
import { emptyWizardForm, WizardForm, type WizardForm as Form } from '../../../src/shared/wizardProtocol';
import { demoProfileText, profileWith, type1Engagement, type2Engagement, type JsonObject } from '../profile/fixtures';

const TODAY = '2026-10-15';

function profileOf(value: JsonObject): Profile {
  const result = ProfileSchema.safeParse(value);
  assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues));
  return result.data;
}

function demo(): Profile {
  const parsed = parseProfile(demoProfileText());
  assert.ok(parsed.profile, 'the demo profile is valid');
  return parsed.profile;
}

/** A complete, valid form for each status, as a writer with no profile would fill it. */
function filledForm(status: Form['status']): Form {
  return {
    ...emptyWizardForm(),
    organizationName: 'Acme Analytics, Inc.',
    status,
    examinationType: 'type2',
    periodStart: status === 'type2' || status === 'in_progress' ? '2025-10-01' : '',
    periodEnd: status === 'type2' ? '2026-09-30' : status === 'in_progress' ? '2026-12-31' : '',
    asOf: status === 'type1' ? '2026-06-30' : '',
    expectedReportDate: status === 'in_progress' ? '2027-02-28' : '',
    cpaFirm: 'Example Assurance LLP',
    opinion: status === 'type1' || status === 'type2' ? 'unqualified' : '',
    exceptionsKnown: status === 'type1' || status === 'type2' ? 'none' : 'unknown',
    categories: { availability: true, confidentiality: false, processing_integrity: false, privacy: true },
    systemName: 'Acme Insights platform',
    systemBoundary: 'The hosted application and its APIs.',
    subservice: [{ name: 'Example Cloud', services: 'Hosting', method: 'carve-out', monitoring: 'annual review of its SOC 2 report' }],
    cuecs: 'Customers manage their own users.\n- Customers protect their API keys.\n\n',
    automatedUpdates: 'yes',
    centrallyManaged: 'yes',
    scanCadence: 'weekly',
    incidentPlan: 'yes',
    incidentLastTested: '2026-03-01',
    nda: 'yes',
    trustPortalUrl: 'https://trust.acme.example',
    contact: 'security@acme.example',
    bridgeCoversUntil: '',
  };
}

suite('Wizard: form ↔ profile', () => {
  test('a blank form for no profile; the demo profile fills every field it has', () => {
    assert.deepEqual(formFromProfile(undefined, TODAY), emptyWizardForm());
    const form = formFromProfile(demo(), TODAY);
    assert.equal(form.organizationName, 'Northwind Ledger, Inc.');
    assert.equal(form.status, 'type2');
    assert.equal(form.periodStart, '2025-07-01');
    assert.equal(form.periodEnd, '2026-06-30');
    assert.equal(form.cpaFirm, 'Ashgrove & Pell CPAs LLP');
    assert.equal(form.opinion, 'unqualified');
    assert.equal(form.exceptionsKnown, 'some');
    assert.equal(form.exceptions[0]?.criterion, 'CC6.2');
    assert.deepEqual(form.categories, { availability: true, confidentiality: true, processing_integrity: false, privacy: false });
    assert.equal(form.subservice[0]?.method, 'carve-out');
    assert.equal(form.cuecs.split('\n').length, 4);
    assert.equal(form.automatedUpdates, 'yes');
    assert.equal(form.scanCadence, 'weekly');
    assert.equal(form.nda, 'yes');
    assert.equal(form.trustPortalUrl, 'https://trust.northwind-ledger.example');
    assert.ok(WizardForm.safeParse(form).success, 'the prefilled form passes the protocol schema');
  });

  test('round trip profile → form → profile keeps every field (demo profile)', () => {
    const base = demo();
    const form = formFromProfile(base, TODAY);
    const applied = applyForm(base, form, TODAY);
    const reparsed = ProfileSchema.parse(applied.profile);
    assert.deepEqual(reparsed, base);
  });

  for (const [name, engagement] of [
    ['a Type 1 report', type1Engagement({ cpaFirm: 'Firm LLP', cuecs: ['Customers review access.'] })],
    ['an examination under way', { status: 'in_progress', type: 'type2', periodStart: '2026-04-01', periodEnd: '2026-12-31', expectedReportDate: '2027-02-15', categories: ['security', 'privacy'] }],
    ['a planned Type 1', { status: 'planned', type: 'type1', asOf: '2026-12-31', categories: ['security'] }],
  ] as const) {
    test(`round trip keeps ${name}`, () => {
      const base = profileOf(profileWith({ engagements: [engagement as JsonObject], controls: { patching: { automatedUpdates: false, criticalWithinDays: 5 } } }));
      const form = formFromProfile(base, TODAY);
      assert.deepEqual(ProfileSchema.parse(applyForm(base, form, TODAY).profile), base);
    });
  }

  test('round trip of a profile with no engagement reads as "no report" and keeps it', () => {
    const base = profileOf({ organization: { name: 'Solo Ltd' }, soc2: { engagements: [], sharing: { nda: false } } });
    const form = formFromProfile(base, TODAY);
    assert.equal(form.status, 'none');
    assert.equal(form.nda, 'no');
    assert.deepEqual(ProfileSchema.parse(applyForm(base, form, TODAY).profile), base);
  });

  for (const status of ['type2', 'type1', 'in_progress', 'none'] as const) {
    test(`a filled form with status ${status} and no profile validates, and survives form → profile → form`, () => {
      const form = filledForm(status);
      const check = checkForm(undefined, form, TODAY);
      assert.deepEqual(check.fields.filter((m) => m.severity === 'error'), []);
      assert.deepEqual(check.general, []);
      assert.ok(check.canSave);
      const profile = ProfileSchema.parse(check.applied.profile);
      const back = formFromProfile(profile, TODAY);
      assert.equal(back.status, status);
      if (status === 'none') {
        assert.deepEqual(profile.soc2.engagements, []);
        return;
      }
      const engagement = profile.soc2.engagements[0];
      assert.ok(engagement);
      assert.equal(engagement.status, status === 'in_progress' ? 'in_progress' : 'completed');
      assert.deepEqual(engagement.categories, ['security', 'availability', 'privacy']);
      assert.deepEqual(engagement.cuecs, ['Customers manage their own users.', 'Customers protect their API keys.']);
      // Only the type's own dates survive; opinion and exceptions only for a completed report.
      assert.equal(engagement.asOf !== undefined, status === 'type1');
      assert.equal(engagement.periodEnd !== undefined, status !== 'type1');
      assert.equal(engagement.opinion !== undefined, status !== 'in_progress');
      assert.equal(engagement.expectedReportDate !== undefined, status === 'in_progress');
      for (const key of ['organizationName', 'cpaFirm', 'systemName', 'systemBoundary', 'automatedUpdates', 'scanCadence', 'trustPortalUrl', 'contact'] as const) {
        assert.equal(back[key], form[key], key);
      }
      assert.deepEqual(back.subservice, form.subservice);
    });
  }

  test('switching a completed report to "no report" removes only that engagement and the bridge letter that leaned on it', () => {
    const base = profileOf(profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-09-30' }, sharing: { nda: true } } }));
    const form = { ...formFromProfile(base, TODAY), status: 'none' as const };
    const applied = ProfileSchema.parse(applyForm(base, form, TODAY).profile);
    assert.deepEqual(applied.soc2.engagements, []);
    assert.equal(applied.soc2.bridgeLetter, undefined);
    assert.equal(applied.soc2.sharing?.nda, true);
  });

  test('the wizard edits the latest completed report and leaves older ones alone', () => {
    const older = type2Engagement({ periodStart: '2024-07-01', periodEnd: '2025-06-30', reportDate: '2025-08-01', cpaFirm: 'Old Firm' });
    const base = profileOf(profileWith({ engagements: [type2Engagement(), older] }));
    assert.equal(editedEngagementIndex(base, TODAY), 0);
    const form = { ...formFromProfile(base, TODAY), cpaFirm: 'New Firm LLP' };
    const applied = ProfileSchema.parse(applyForm(base, form, TODAY).profile);
    assert.equal(applied.soc2.engagements[0]?.cpaFirm, 'New Firm LLP');
    assert.equal(applied.soc2.engagements[1]?.cpaFirm, 'Old Firm');
    assert.equal(applied.soc2.engagements[0]?.reportDate, '2026-08-21', 'the issue date the wizard does not ask is kept');
  });

  test('a subservice organization keeps its CSOCs (not in the form) when its name stays', () => {
    const base = demo();
    const form = formFromProfile(base, TODAY);
    form.subservice[0] = { ...form.subservice[0]!, monitoring: 'Quarterly vendor review.' };
    const applied = ProfileSchema.parse(applyForm(base, form, TODAY).profile);
    const sub = applied.soc2.engagements[0]?.subserviceOrganizations?.[0];
    assert.equal(sub?.monitoring, 'Quarterly vendor review.');
    assert.equal(sub?.csocs?.length, 3);
  });

  test('splitLines drops blank lines and bullets', () => {
    assert.deepEqual(splitLines(' - a \r\n\n* b\n•  c\n'), ['a', 'b', 'c']);
  });
});

suite('Wizard: inline validation', () => {
  const messageFor = (form: Form, field: string, base?: Profile): string | undefined =>
    checkForm(base, form, TODAY).fields.find((m) => m.field === field)?.message;

  test('end after start, from the profile schema, next to the period end', () => {
    const form = { ...filledForm('type2'), periodStart: '2026-06-30', periodEnd: '2026-01-01' };
    assert.match(messageFor(form, 'periodEnd') ?? '', /after the period start/);
    assert.equal(checkForm(undefined, form, TODAY).canSave, false);
  });

  test('a completed period cannot end (or a Type 1 speak to a date) after today', () => {
    assert.match(messageFor({ ...filledForm('type2'), periodEnd: '2026-12-31' }, 'periodEnd') ?? '', /after today/);
    assert.match(messageFor({ ...filledForm('type1'), asOf: '2027-01-01' }, 'asOf') ?? '', /after today/);
    assert.equal(messageFor({ ...filledForm('in_progress'), periodEnd: '2026-12-31' }, 'periodEnd'), undefined, 'a period under way may end later');
  });

  test('dates must be calendar dates; URLs must be web addresses', () => {
    assert.match(messageFor({ ...filledForm('type2'), periodStart: '2025-02-30' }, 'periodStart') ?? '', /not a calendar date/);
    assert.match(messageFor({ ...filledForm('type2'), periodStart: '1/2/2025' }, 'periodStart') ?? '', /YYYY-MM-DD/);
    assert.match(messageFor({ ...filledForm('type2'), trustPortalUrl: 'trust.acme.example' }, 'trustPortalUrl') ?? '', /https:\/\//);
    assert.match(messageFor({ ...filledForm('type2'), trustPortalUrl: 'javascript:alert(1)' }, 'trustPortalUrl') ?? '', /https:\/\//);
  });

  test('row errors point at the row field; a bridge letter must reach past the period end', () => {
    const form: Form = {
      ...filledForm('type2'),
      exceptionsKnown: 'some',
      exceptions: [{ criterion: 'CC10.1', description: '', remediation: '' }],
      bridgeCoversUntil: '2026-08-01',
    };
    assert.match(messageFor(form, 'exceptions.0.criterion') ?? '', /CC10\.1|criterion/i);
    assert.ok(messageFor(form, 'exceptions.0.description'));
    assert.match(messageFor(form, 'bridgeCoversUntil') ?? '', /after the last report's period end/);
    assert.match(messageFor({ ...filledForm('type2'), exceptionsKnown: 'some' }, 'exceptionsKnown') ?? '', /None noted/);
  });

  test('an unanswered status blocks saving but is only a note', () => {
    const check = checkForm(undefined, emptyWizardForm(), TODAY);
    assert.equal(check.canSave, false);
    assert.deepEqual(check.fields.find((m) => m.field === 'status')?.severity, 'note');
    const named = checkForm(undefined, { ...emptyWizardForm(), organizationName: 'Acme' }, TODAY);
    assert.deepEqual(named.fields.map((m) => [m.field, m.severity]), [['status', 'note']]);
    assert.equal(named.canSave, false);
  });
});

suite('Wizard: preview', () => {
  test('three lengths for a Type 2, composed by the engine, with no forbidden wording', () => {
    const preview = wizardPreview(undefined, filledForm('type2'), TODAY, 7);
    assert.equal(preview.seq, 7);
    assert.equal(preview.answers.yesno, 'Yes');
    assert.match(preview.answers.sentence, /SOC 2 Type 2 report for the period 2025-10-01 to 2026-09-30/);
    assert.match(preview.answers.paragraph, /Example Cloud/);
    assert.ok(preview.answers.paragraph.length > preview.answers.sentence.length);
    for (const text of Object.values(preview.answers)) {
      assert.doesNotMatch(text, /certified|certification|compliant/i);
    }
    assert.ok(preview.canSave);
  });

  test('a Type 1 is flagged; a stale period is flagged; an invalid fact becomes a placeholder', () => {
    assert.ok(wizardPreview(undefined, filledForm('type1'), TODAY, 1).warnings.some((w) => /Type 1/.test(w)));
    const stale = wizardPreview(undefined, { ...filledForm('type2'), periodStart: '2024-01-01', periodEnd: '2024-12-31' }, TODAY, 2);
    assert.ok(stale.warnings.some((w) => /months ago/.test(w)), stale.warnings.join('\n'));
    const broken = wizardPreview(undefined, { ...filledForm('type2'), periodEnd: '2026-13-40' }, TODAY, 3);
    assert.match(broken.answers.sentence, /\[period end date\]/);
    assert.ok(broken.missing.includes('[period end date]'));
    assert.equal(broken.canSave, false);
    assert.ok(broken.fields.some((m) => m.field === 'periodEnd' && m.severity === 'error'));
  });

  test('no answer yet: no preview text', () => {
    const preview = wizardPreview(undefined, emptyWizardForm(), TODAY, 0);
    assert.deepEqual(preview.answers, { yesno: '', sentence: '', paragraph: '' });
  });

  test('"No report" for a writer with no profile says No, never guesses', () => {
    const preview = wizardPreview(undefined, filledForm('none'), TODAY, 0);
    assert.equal(preview.answers.yesno, 'No');
    assert.match(preview.answers.sentence, /^No\. Acme Analytics, Inc\. does not currently have a SOC 2 report/);
  });

  test('opened on another SOC 2 question, the preview answers that question, not "Do you have SOC 2?"', () => {
    const auditor = wizardPreview(undefined, filledForm('type2'), TODAY, 0, { intent: 'soc2.auditor', question: 'Which CPA firm performed the examination?' });
    assert.match(auditor.answers.sentence, /was performed by Example Assurance LLP, an independent CPA firm/);
    assert.doesNotMatch(auditor.answers.sentence, /^Yes\./);
    const scope = wizardPreview(undefined, filledForm('type2'), TODAY, 0, { intent: 'soc2.scope' });
    assert.match(scope.answers.paragraph, /Availability/);
    assert.equal(wizardIntent('soc2.cuecs'), 'soc2.cuecs');
    assert.equal(wizardIntent('controls.patching'), 'controls.patching');
    assert.equal(wizardIntent('none'), 'soc2.status');
    assert.equal(wizardIntent('assurance.iso27001'), 'soc2.status', 'ISO facts are not in the wizard');
    assert.equal(wizardIntent(undefined), 'soc2.status');
  });

  test('the in-progress answer is "No" in a Yes/No cell and names the expected date', () => {
    const preview = wizardPreview(undefined, filledForm('in_progress'), TODAY, 0);
    assert.equal(preview.answers.yesno, 'No');
    assert.match(preview.answers.sentence, /2027-02-28/);
  });
});

/**
 * The classifier over real public questionnaires (../shared/fixtures/questionnaires, read in
 * place; the suite is skipped when the folder is absent).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { classify } from '../../../src/domain/classify';
import type { IntentId } from '../../../src/domain/intents';
import {
  QUESTIONNAIRE_FIXTURES,
  markdownNumberedQuestions,
  parseVsaqTemplate,
  readFixture,
  vsaqQuestions,
  type FixtureQuestion,
} from './fixtures';

const VSAQ_FILES = ['security_privacy_programs.json', 'physical_and_datacenter.json', 'infrastructure.json', 'webapp.json'] as const;

interface Classified extends FixtureQuestion {
  readonly file: string;
  readonly intent: IntentId;
}

function countByIntent(items: readonly Classified[]): Map<IntentId, number> {
  const counts = new Map<IntentId, number>();
  for (const item of items) {
    counts.set(item.intent, (counts.get(item.intent) ?? 0) + 1);
  }
  return counts;
}

function formatCounts(counts: ReadonlyMap<IntentId, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([intent, count]) => `${intent}=${count}`)
    .join(', ');
}

suite('classify: real questionnaires (google/vsaq, grc-lab)', () => {
  const vsaq: Classified[] = [];
  const markdown: Classified[] = [];

  suiteSetup(function (this: Mocha.Context) {
    if (!fs.existsSync(QUESTIONNAIRE_FIXTURES)) {
      this.skip();
    }
    for (const file of VSAQ_FILES) {
      const source = readFixture('google-vsaq', file);
      if (source === undefined) {
        this.skip();
      }
      for (const question of vsaqQuestions(parseVsaqTemplate(source))) {
        vsaq.push({ ...question, file, intent: classify(question.text).intent });
      }
    }
    const md = readFixture('oge-n-sudo-grc-lab', 'vendor_security_questionnaire.md');
    if (md === undefined) {
      this.skip();
    }
    for (const question of markdownNumberedQuestions(md)) {
      markdown.push({ ...question, file: 'vendor_security_questionnaire.md', intent: classify(question.text).intent });
    }
    for (const file of VSAQ_FILES) {
      const items = vsaq.filter((item) => item.file === file);
      console.log(`      ${file}: ${items.length} questions → ${formatCounts(countByIntent(items))}`);
    }
    console.log(`      vendor_security_questionnaire.md: ${markdown.length} questions → ${formatCounts(countByIntent(markdown))}`);
  });

  function intentOf(id: string): IntentId {
    const found = vsaq.filter((item) => item.id === id);
    assert.equal(found.length >= 1, true, `no VSAQ item ${id}`);
    const intents = new Set(found.map((item) => item.intent));
    assert.equal(intents.size, 1, `${id} appears with several intents`);
    return found[0]?.intent ?? 'none';
  }

  function intentOfText(pattern: RegExp): IntentId {
    const found = vsaq.find((item) => pattern.test(item.text));
    assert.ok(found !== undefined, `no VSAQ item matching ${String(pattern)}`);
    return found.intent;
  }

  test('the tolerant loader reads all four templates (comments and "…" + "…" concatenation)', () => {
    for (const file of VSAQ_FILES) {
      assert.ok(vsaq.filter((item) => item.file === file).length >= 40, `${file}: too few questions`);
    }
    // The concatenated secprog_standard text is joined into one string.
    const standard = vsaq.find((item) => item.id === 'secprog_standard');
    assert.match(standard?.text ?? '', /Examples of standards include ISO 27001, PCI DSS, and SSAE 16/);
  });

  test('third-party audits of the programme land on the SOC 2 facet they ask about', () => {
    assert.equal(intentOf('secprog_extaudits'), 'soc2.status');
    assert.equal(intentOfText(/^How often does an independent third party perform audits/), 'soc2.status');
    assert.equal(intentOf('secprog_extaudits_scope'), 'soc2.scope');
    assert.equal(intentOf('secprog_extaudits_companies'), 'soc2.auditor');
    assert.equal(intentOf('secprog_extaudits_sharereports'), 'soc2.report_request');
    assert.equal(intentOf('secprog_extaudits_std'), 'soc2.status');
    // "What standards does the audit comply with?" names no independent audit: left to a person.
    assert.equal(intentOf('secprog_extaudits_std_list'), 'none');
  });

  test('internal audits and auditing of logs, builds and access are not SOC 2 questions', () => {
    for (const id of ['secprog_intaudits', 'secprog_intaudits_scope', 'secprog_intaudits_std', 'secprog_intaudits_std_names', 'servers_admin_auditing', 'servers_configmgmt_audit', 'clients_standardbuild_audit', 'office_access', 'dc_access']) {
      assert.equal(intentOf(id), 'none', id);
    }
    assert.equal(intentOfText(/^How often are internal information security and privacy audits performed/), 'none');
  });

  test('penetration tests → assurance.pentest; data-centre certifications ("SSAE-16") → soc2.subservice', () => {
    for (const id of ['testing_pentests', 'testing_pentests_scope', 'testing_pentests_manual', 'testing_pentests_companies', 'testing_pentests_sharesummary']) {
      assert.equal(intentOf(id), 'assurance.pentest', id);
    }
    assert.equal(intentOf('dc_certifications'), 'soc2.subservice');
    assert.equal(intentOf('testing_scans'), 'controls.vulnerability_scanning');
    assert.equal(intentOf('servers_patching'), 'controls.patching');
    assert.equal(intentOf('secprog_incidents_procedures'), 'controls.incident_response');
  });

  test('no other item gets a SOC 2 intent, and most items are `none`', () => {
    const soc2Ids = new Set(['secprog_extaudits', 'secprog_extaudits_scope', 'secprog_extaudits_scope_limited', 'secprog_extaudits_companies', 'secprog_extaudits_sharereports', 'secprog_extaudits_std', 'dc_certifications']);
    const unexpected = vsaq.filter((item) => item.intent.startsWith('soc2.') && !soc2Ids.has(item.id) && !/independent third party perform audits/.test(item.text));
    assert.deepEqual(unexpected.map((item) => `${item.id}: ${item.intent}`), []);
    const none = vsaq.filter((item) => item.intent === 'none').length;
    assert.ok(none / vsaq.length >= 0.75, `only ${none} of ${vsaq.length} are none`);
    const webapp = vsaq.filter((item) => item.file === 'webapp.json');
    assert.ok(webapp.every((item) => !item.intent.startsWith('soc2.') && !item.intent.startsWith('assurance.')), 'webapp.json is a negative control');
  });

  test('the Markdown questionnaire: assurance, pen test and incident questions found, the rest `none`', () => {
    const expected = new Map<string, IntentId>([
      ['3', 'soc2.status'],
      ['13', 'controls.incident_response'],
      ['14', 'controls.incident_response'],
      ['16', 'controls.vulnerability_scanning'],
      ['17', 'assurance.pentest'],
    ]);
    assert.equal(markdown.length, 20);
    for (const item of markdown) {
      assert.equal(item.intent, expected.get(item.id) ?? 'none', `question ${item.id}: ${item.text}`);
    }
  });
});

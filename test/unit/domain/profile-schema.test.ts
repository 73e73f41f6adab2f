import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { buildProfileJsonSchema } from '../../../src/domain/profile/jsonSchema';
import { parseProfile } from '../../../src/domain/profile/parse';
import { profileTemplate } from '../../../src/domain/profile/template';
import { demoProfileText, profileWith, type1Engagement, type2Engagement, type JsonObject } from '../profile/fixtures';
import { checkJsonSchema } from '../profile/jsonSchemaCheck';

const root = join(__dirname, '..', '..', '..');
const shippedPath = join(root, 'dist', 'profile.schema.json');

type SchemaNode = Record<string, unknown>;

function child(node: unknown, ...keys: string[]): SchemaNode {
  let current = node;
  for (const key of keys) {
    current = (current as SchemaNode)[key];
    assert.ok(current !== undefined && current !== null, `schema has ${keys.join('.')}`);
  }
  return current as SchemaNode;
}

suite('profile JSON Schema', () => {
  const schema = buildProfileJsonSchema();

  test('the shipped dist/profile.schema.json equals the schema generated from source', function () {
    this.timeout(60_000);
    if (!existsSync(shippedPath)) {
      execFileSync(process.execPath, [join(root, 'scripts', 'profile-schema.mjs')], { cwd: root, stdio: 'pipe' });
    }
    const shipped = JSON.parse(readFileSync(shippedPath, 'utf8')) as unknown;
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(schema)));
  });

  test('is draft-07 with a title, strict objects, and the input shape (defaults optional)', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.title, 'Attest assurance profile');
    assert.equal(typeof schema.description, 'string');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.required, ['organization']);
    // The profile is JSONC: VS Code honours these at the schema root.
    assert.equal(schema.allowComments, true);
    assert.equal(schema.allowTrailingCommas, true);
    const engagement = child(schema, 'properties', 'soc2', 'properties', 'engagements', 'items');
    assert.deepEqual(engagement.required, ['status', 'type']);
    assert.equal(engagement.additionalProperties, false);
  });

  test('marks the cross-field rules JSON Schema can express', () => {
    const engagement = child(schema, 'properties', 'soc2', 'properties', 'engagements', 'items');
    const rules = JSON.stringify(engagement.allOf);
    assert.match(rules, /"if":\{"properties":\{"type":\{"const":"type1"\}\}/);
    assert.match(rules, /"then":\{"required":\["asOf"\]\}/);
    assert.match(rules, /"then":\{"required":\["periodStart","periodEnd"\]\}/);
    const categories = child(engagement, 'properties', 'categories');
    assert.deepEqual(categories.contains, { const: 'security' });
    assert.equal(categories.uniqueItems, true);
    const criterion = child(engagement, 'properties', 'exceptions', 'items', 'properties', 'criterion');
    assert.equal((criterion.enum as string[]).length, 61);
    const other = child(schema, 'properties', 'otherAssurance', 'properties');
    assert.ok(child(other, 'soc1').allOf);
    assert.ok(child(other, 'soc3').if);
    assert.ok(child(other, 'iso27001').if);
    assert.ok(child(schema, 'properties', 'controls', 'properties', 'incidentResponse').if);
  });

  test('every enumDescriptions list matches its enum', () => {
    let seen = 0;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(visit);
      } else if (typeof node === 'object' && node !== null) {
        const record = node as SchemaNode;
        if (record.enumDescriptions !== undefined) {
          seen++;
          assert.equal((record.enumDescriptions as unknown[]).length, (record.enum as unknown[] | undefined)?.length);
        }
        Object.values(record).forEach(visit);
      }
    };
    visit(schema);
    assert.ok(seen >= 3);
  });

  test('accepts the demo profile and the uncommented template', () => {
    assert.deepEqual(checkJsonSchema(schema, parseJsonc(demoProfileText()) as unknown), []);
    assert.deepEqual(checkJsonSchema(schema, parseJsonc(profileTemplate('X', { uncommentExamples: true })) as unknown), []);
    assert.deepEqual(checkJsonSchema(schema, parseJsonc(profileTemplate('X')) as unknown), []);
  });

  const flaggedByBoth: Array<[string, JsonObject]> = [
    ['Type 1 with a period', profileWith({ engagements: [type1Engagement({ periodEnd: '2026-03-31' })] })],
    ['Type 2 with an as-of date', profileWith({ engagements: [type2Engagement({ asOf: '2026-03-31' })] })],
    ['completed Type 1 without as-of', profileWith({ engagements: [{ status: 'completed', type: 'type1' }] })],
    ['completed Type 2 without period end', profileWith({ engagements: [{ status: 'completed', type: 'type2', periodStart: '2025-07-01' }] })],
    ['in progress with an opinion', profileWith({ engagements: [{ status: 'in_progress', type: 'type2', opinion: 'unqualified' }] })],
    ['in progress with a report date', profileWith({ engagements: [{ status: 'in_progress', type: 'type2', reportDate: '2026-01-01' }] })],
    ['completed with an expected report date', profileWith({ engagements: [type2Engagement({ expectedReportDate: '2026-09-01' })] })],
    ['no Security', profileWith({ engagements: [type2Engagement({ categories: ['availability'] })] })],
    ['a category twice', profileWith({ engagements: [type2Engagement({ categories: ['security', 'security'] })] })],
    ['an unknown criterion', profileWith({ engagements: [type2Engagement({ exceptions: [{ criterion: 'PI1.6', description: 'x' }] })] })],
    ['an impossible date', profileWith({ engagements: [type2Engagement({ periodEnd: '2026-02-30' })] })],
    ['an unknown key', { ...profileWith(), extra: true }],
    ['SOC 1 Type 1 with a period', profileWith({ otherAssurance: { soc1: { type: 'type1', periodStart: '2025-01-01' } } })],
    ['SOC 3 link without a SOC 3', profileWith({ otherAssurance: { soc3: { available: false, url: 'https://example.com' } } })],
    ['ISO expiry without a certificate', profileWith({ otherAssurance: { iso27001: { certified: false, expires: '2027-01-01' } } })],
    ['a test of a plan that does not exist', profileWith({ controls: { incidentResponse: { planExists: false, lastTested: '2026-01-01' } } })],
  ];
  for (const [name, profile] of flaggedByBoth) {
    test(`flags ${name} (and so does the runtime schema)`, () => {
      assert.notDeepEqual(checkJsonSchema(schema, profile), [], 'JSON Schema');
      assert.ok(parseProfile(JSON.stringify(profile)).errors.length > 0, 'runtime');
    });
  }

  test('is never stricter than the runtime schema on valid profiles', () => {
    const valid: JsonObject[] = [
      profileWith(),
      profileWith({ engagements: [type1Engagement()] }),
      profileWith({ engagements: [{ status: 'planned', type: 'type2' }] }),
      profileWith({ engagements: [type2Engagement({ categories: ['security', 'privacy', 'processing_integrity'] })] }),
      profileWith({ soc2: { bridgeLetter: { coversUntil: '2026-09-30' } } }),
      profileWith({ otherAssurance: { soc1: { type: 'type2', periodStart: '2025-01-01', periodEnd: '2025-12-31' }, soc3: { available: true, url: 'https://example.com/soc3' } } }),
      profileWith({ controls: { patching: { criticalWithinDays: 3, highWithinDays: 14 } } }),
    ];
    for (const profile of valid) {
      assert.deepEqual(parseProfile(JSON.stringify(profile)).errors, []);
      assert.deepEqual(checkJsonSchema(schema, profile), []);
    }
  });
});

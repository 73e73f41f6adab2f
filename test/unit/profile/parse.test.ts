import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseProfile, parseProfileBytes, type ProfileError } from '../../../src/domain/profile/parse';
import { demoProfileText, describeErrors } from './fixtures';

/** The single error of a parse, asserted to be alone. */
function onlyError(text: string): ProfileError {
  const result = parseProfile(text);
  assert.equal(result.profile, undefined);
  assert.equal(result.errors.length, 1, describeErrors(result.errors));
  const [error] = result.errors;
  assert.ok(error !== undefined);
  return error;
}

/** The text an error underlines. */
function underlined(text: string, error: ProfileError): string {
  return text.slice(error.offset, error.offset + error.length);
}

function assertWellFormed(text: string, errors: readonly ProfileError[]): void {
  for (const e of errors) {
    assert.ok(e.line >= 1 && e.column >= 1 && e.endLine >= e.line, JSON.stringify(e));
    assert.ok(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length, JSON.stringify(e));
    assert.ok(e.message.trim().length > 0);
    assert.equal(typeof e.path, 'string');
  }
}

suite('parseProfile: valid input', () => {
  test('accepts comments and trailing commas, fills defaults', () => {
    const text = ['// facts', '{', '  /* org */ "organization": { "name": "Example, Inc.", },', '}', ''].join('\n');
    const result = parseProfile(text);
    assert.deepEqual(result.errors, []);
    assert.equal(result.profile?.organization.name, 'Example, Inc.');
    assert.deepEqual(result.profile?.soc2, { engagements: [] });
  });

  test('accepts the demo profile with zero errors', () => {
    const result = parseProfile(demoProfileText());
    assert.deepEqual(result.errors, [], describeErrors(result.errors));
    const engagement = result.profile?.soc2.engagements[0];
    assert.equal(engagement?.type, 'type2');
    assert.equal(engagement?.periodEnd, '2026-06-30');
    assert.equal(engagement?.opinion, 'unqualified');
    assert.equal(engagement?.exceptions?.length, 1);
    assert.deepEqual(engagement?.categories, ['security', 'availability', 'confidentiality']);
    assert.equal(engagement?.subserviceOrganizations?.[0]?.method, 'carve-out');
    assert.ok((engagement?.cuecs?.length ?? 0) >= 3);
    assert.equal(result.profile?.soc2.sharing?.trustPortalUrl, 'https://trust.northwind-ledger.example');
    assert.equal(result.profile?.soc2.sharing?.nda, true);
    assert.ok(result.profile?.soc2.nextPeriod !== undefined);
    assert.equal(result.profile?.otherAssurance?.iso27001?.certified, true);
    assert.ok((result.profile?.otherAssurance?.penetrationTests?.length ?? 0) >= 1);
    assert.ok(result.profile?.controls?.patching && result.profile.controls.endpointManagement);
    assert.ok(result.profile.controls.vulnerabilityScanning && result.profile.controls.incidentResponse);
  });
});

suite('parseProfile: syntax errors have exact locations', () => {
  test('a missing comma points at the next property', () => {
    const text = '{\n  "organization": { "name": "X" }\n  "soc2": {}\n}\n';
    const error = onlyError(text);
    assert.equal(error.message, 'Expected a comma');
    assert.deepEqual([error.line, error.column, error.endLine, error.endColumn], [3, 3, 3, 9]);
    assert.equal(underlined(text, error), '"soc2"');
  });

  test('the same location with CRLF line endings', () => {
    const text = '{\r\n  "organization": { "name": "X" }\r\n  "soc2": {}\r\n}\r\n';
    const error = onlyError(text);
    assert.deepEqual([error.line, error.column], [3, 3]);
    assert.equal(underlined(text, error), '"soc2"');
  });

  test('a truncated file says it ends too early and where the unclosed object opened', () => {
    const full = demoProfileText();
    const text = full.slice(0, full.indexOf('"subserviceOrganizations"') + 40);
    const result = parseProfile(text);
    assert.equal(result.profile, undefined);
    assert.ok(result.errors.length >= 1);
    const last = result.errors[result.errors.length - 1];
    assert.match(last?.message ?? '', /The file ends too early: the .* opened at line \d+, column \d+ is never closed \(is the file truncated\?\)/);
    assertWellFormed(text, result.errors);
  });

  test('a file cut after the first brace', () => {
    const error = onlyError('{\n  "organization": {\n    "name": "X"\n');
    assert.match(error.message, /ends too early: the object '\{' opened at line 2, column 19/);
    assert.deepEqual([error.line, error.column], [4, 1]);
  });

  test('an empty file, or only comments, says what it should contain', () => {
    assert.match(onlyError('').message, /The file is empty/);
    assert.match(onlyError('  // nothing yet\n').message, /The file is empty/);
  });

  test('single quotes are explained', () => {
    const result = parseProfile("{ 'organization': {} }");
    assert.match(result.errors[0]?.message ?? '', /double quotes/);
    assert.deepEqual([result.errors[0]?.line, result.errors[0]?.column], [1, 3]);
  });

  test('an unterminated string', () => {
    // The string swallows the rest of the line, so a missing '}' follows; the first error is the cause.
    const result = parseProfile('{ "organization": { "name": "X } }');
    const [error] = result.errors;
    assert.match(error?.message ?? '', /Unterminated string/);
    assert.deepEqual([error?.line, error?.column], [1, 29]);
  });
});

suite('parseProfile: schema errors have exact locations', () => {
  const engagement = (field: string): string =>
    [
      '{',
      '  "organization": { "name": "Example, Inc." },',
      '  "soc2": {',
      '    "engagements": [',
      '      {',
      '        "status": "completed",',
      field,
      '        "asOf": "2026-03-31"',
      '      }',
      '    ]',
      '  }',
      '}',
    ].join('\n');

  test('a wrong enum value underlines the value', () => {
    const text = engagement('        "type": "type3",');
    const error = onlyError(text);
    assert.equal(error.path, 'soc2.engagements[0].type');
    assert.equal(error.message, 'Expected one of "type1", "type2"; found the text "type3".');
    assert.deepEqual([error.line, error.column, error.endLine, error.endColumn], [7, 17, 7, 24]);
    assert.equal(underlined(text, error), '"type3"');
  });

  test('a bad date underlines the value', () => {
    const text = engagement('        "type": "type1",').replace('"2026-03-31"', '"31/03/2026"');
    const error = onlyError(text);
    assert.equal(error.path, 'soc2.engagements[0].asOf');
    assert.match(error.message, /YYYY-MM-DD/);
    assert.deepEqual([error.line, error.column, error.endLine, error.endColumn], [8, 17, 8, 29]);
  });

  test('a missing required field points at the object that should hold it', () => {
    const text = '{\n  "organization": {\n    "product": "Y"\n  }\n}';
    const error = onlyError(text);
    assert.equal(error.path, 'organization.name');
    assert.equal(error.message, 'Missing required property "name".');
    assert.deepEqual([error.line, error.column, error.endLine, error.endColumn], [2, 3, 2, 17]);
    assert.equal(underlined(text, error), '"organization"');
  });

  test('a missing field inside an array element points at its opening brace', () => {
    const text = engagement('        "cpaFirm": "X LLP",');
    const error = onlyError(text);
    assert.equal(error.path, 'soc2.engagements[0].type');
    assert.equal(error.message, 'Missing required property "type".');
    assert.deepEqual([error.line, error.column, error.length], [5, 7, 1]);
    assert.equal(underlined(text, error), '{');
  });

  test('a missing root property points at the root brace', () => {
    const error = onlyError('{ }');
    assert.equal(error.path, 'organization');
    assert.deepEqual([error.line, error.column, error.length], [1, 1, 1]);
  });

  test('an unknown key underlines the key and suggests the right one', () => {
    const text = engagement('        "type": "type1",\n        "cpa_firm": "X LLP",');
    const error = onlyError(text);
    assert.equal(error.path, 'soc2.engagements[0].cpa_firm');
    assert.match(error.message, /^Unknown property "cpa_firm"\. Did you mean "cpaFirm"\? Allowed here: "status", "type", /);
    assert.deepEqual([error.line, error.column, error.endLine, error.endColumn], [8, 9, 8, 19]);
    assert.equal(underlined(text, error), '"cpa_firm"');
  });

  test('a cross-field rule on a missing field points at the engagement', () => {
    const text = engagement('        "type": "type2",').replace('"asOf": "2026-03-31"', '"periodStart": "2025-07-01"');
    const error = onlyError(text);
    assert.equal(error.path, 'soc2.engagements[0].periodEnd');
    assert.match(error.message, /needs both "periodStart" and "periodEnd"/);
    assert.deepEqual([error.line, error.column], [5, 7]);
  });

  test('a wrong type names what was expected and found', () => {
    const text = '{ "organization": { "name": 42 } }';
    const error = onlyError(text);
    assert.equal(error.message, 'Expected text in double quotes, found the number 42.');
    assert.equal(underlined(text, error), '42');
    assert.equal(onlyError('[]').message, 'Expected an object { … }, found a list.');
  });

  test('duplicate keys are reported at the second key', () => {
    const text = '{ "organization": { "name": "A" },\n  "organization": { "name": "B" } }';
    const error = onlyError(text);
    assert.match(error.message, /Duplicate property "organization"/);
    assert.deepEqual([error.line, error.column], [2, 3]);
  });

  test('__proto__ is an ordinary unknown key, not a prototype change', () => {
    const error = onlyError('{ "organization": { "name": "A" }, "__proto__": { "polluted": true } }');
    assert.equal(error.path, '__proto__');
    assert.match(error.message, /Unknown property "__proto__"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('several errors come back sorted by position', () => {
    const text = '{ "organization": { "name": "" }, "soc2": { "engagements": [ { "status": "done", "type": "type2" } ] }, "extra": 1 }';
    const result = parseProfile(text);
    assert.deepEqual(
      result.errors.map((e) => e.path),
      ['organization.name', 'soc2.engagements[0].status', 'extra'],
    );
    const offsets = result.errors.map((e) => e.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  });
});

suite('parseProfileBytes: encodings', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

  test('UTF-8 with and without a byte-order mark', () => {
    const body = utf8('{ "organization": { "name": "Café Ltd" } }');
    assert.equal(parseProfileBytes(body).profile?.organization.name, 'Café Ltd');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    assert.equal(parseProfileBytes(withBom).profile?.organization.name, 'Café Ltd');
    assert.equal(parseProfile(withBom).profile?.organization.name, 'Café Ltd');
  });

  test('a byte-order mark in a string keeps offsets true to the input', () => {
    const text = '\uFEFF{ "organization": { "name": 1 } }';
    const error = onlyError(text);
    assert.equal(underlined(text, error), '1');
  });

  test('UTF-16 is reported, not misread', () => {
    const result = parseProfileBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]));
    assert.equal(result.profile, undefined);
    assert.match(result.errors[0]?.message ?? '', /UTF-16: save it as UTF-8/);
  });

  test('invalid UTF-8 is reported at its place', () => {
    const bytes = new Uint8Array([...utf8('{\n  "organization": { "name": "'), 0xc3, 0x28, ...utf8('" } }')]);
    const result = parseProfileBytes(bytes);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0]?.message ?? '', /not valid UTF-8 \(at byte offset 31\)/);
    assert.deepEqual([result.errors[0]?.line, result.errors[0]?.column], [2, 30]);
  });

  test('overlong encodings and lone surrogates are invalid', () => {
    assert.match(parseProfileBytes(new Uint8Array([0x7b, 0xc0, 0xaf, 0x7d])).errors[0]?.message ?? '', /not valid UTF-8/);
    assert.match(parseProfileBytes(new Uint8Array([0x7b, 0xed, 0xa0, 0x80, 0x7d])).errors[0]?.message ?? '', /not valid UTF-8/);
  });
});

suite('parseProfile: never throws (property tests)', () => {
  test('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseProfileBytes(bytes);
        assert.ok(Array.isArray(result.errors));
        assert.equal(result.profile === undefined, result.errors.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  test('arbitrary strings, errors always inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = parseProfile(text);
        assert.equal(result.profile === undefined, result.errors.length > 0);
        assertWellFormed(text, result.errors);
      }),
      { numRuns: 200 },
    );
  });

  test('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const result = parseProfile(text);
        assert.ok(result.errors.length > 0 || result.profile !== undefined);
        assertWellFormed(text, result.errors);
      }),
      { numRuns: 300 },
    );
  });

  test('the demo profile with random edits', () => {
    const demo = demoProfileText();
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: demo.length }), remove: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let text = demo;
          for (const edit of edits) {
            const at = Math.min(edit.at, text.length);
            text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          }
          const result = parseProfile(text);
          assertWellFormed(text, result.errors);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('pathologically deep nesting returns an error', () => {
    const result = parseProfile('['.repeat(100_000));
    assert.equal(result.profile, undefined);
    assert.ok(result.errors.length >= 1);
  });
});

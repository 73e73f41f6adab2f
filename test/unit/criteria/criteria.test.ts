import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CRITERIA,
  CRITERION_IDS,
  CRITERION_ID_REGEX,
  criteriaInCategory,
  findCriterionIdTokens,
  getCriterion,
  isCriterionId,
  normalizeCriterionId,
  searchCriteria,
  validateCriterionId,
} from '../../../src/domain/catalog/criteria';
import { CATEGORY_IDS } from '../../../src/domain/profile/schema';

/** The 61 ids, spelled out group by group (soc2-facts.md §1.2). */
function expectedIds(): string[] {
  const range = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);
  return [
    ...range('CC1', 5),
    ...range('CC2', 3),
    ...range('CC3', 4),
    ...range('CC4', 2),
    ...range('CC5', 3),
    ...range('CC6', 8),
    ...range('CC7', 5),
    ...range('CC8', 1),
    ...range('CC9', 2),
    ...range('A1', 3),
    ...range('C1', 2),
    ...range('PI1', 5),
    ...range('P1', 1),
    ...range('P2', 1),
    ...range('P3', 2),
    ...range('P4', 3),
    ...range('P5', 2),
    ...range('P6', 7),
    ...range('P7', 1),
    ...range('P8', 1),
  ];
}

suite('criteria catalog', () => {
  test('holds exactly the 61 criteria, each once, in catalog order', () => {
    const expected = expectedIds();
    assert.equal(expected.length, 61);
    assert.deepEqual([...CRITERION_IDS], expected);
    assert.equal(new Set(CRITERIA.map((c) => c.id)).size, 61);
  });

  test('counts per category are 33 / 3 / 2 / 5 / 18', () => {
    assert.equal(criteriaInCategory('security').length, 33);
    assert.equal(criteriaInCategory('availability').length, 3);
    assert.equal(criteriaInCategory('confidentiality').length, 2);
    assert.equal(criteriaInCategory('processing_integrity').length, 5);
    assert.equal(criteriaInCategory('privacy').length, 18);
  });

  test('every criterion has a known category, a group that prefixes its id, and non-empty text', () => {
    for (const c of CRITERIA) {
      assert.ok((CATEGORY_IDS as readonly string[]).includes(c.category), c.id);
      assert.ok(c.id.startsWith(`${c.group}.`), `${c.id} in ${c.group}`);
      assert.ok(c.groupTitle.trim().length > 3, c.id);
      assert.ok(c.title.trim().length > 3, c.id);
      assert.ok(c.summary.trim().length > 20, c.id);
      assert.match(c.summary, /\.$/, `${c.id} summary is a sentence`);
    }
    assert.equal(getCriterion('CC6.1')?.groupTitle, 'Logical and Physical Access Controls');
    assert.equal(getCriterion('PI1.2')?.category, 'processing_integrity');
    assert.equal(getCriterion('P6.3')?.category, 'privacy');
  });

  test('CC1–CC5 carry their COSO principle numbers; CC6–CC9 and the other categories do not', () => {
    assert.equal(getCriterion('CC1.1')?.cosoPrinciple, 1);
    assert.equal(getCriterion('CC2.1')?.cosoPrinciple, 13);
    assert.equal(getCriterion('CC3.1')?.cosoPrinciple, 6);
    assert.equal(getCriterion('CC4.2')?.cosoPrinciple, 17);
    assert.equal(getCriterion('CC5.3')?.cosoPrinciple, 12);
    for (const c of CRITERIA) {
      const isCoso = /^CC[1-5]\./.test(c.id);
      assert.equal(c.cosoPrinciple !== undefined, isCoso, c.id);
    }
  });

  test('titles and summaries are not copied from the reference table (skips without ../shared)', function () {
    const factsPath = join(__dirname, '..', '..', '..', '..', 'shared', 'domain', 'soc2-facts.md');
    if (!existsSync(factsPath)) {
      this.skip();
    }
    const normalize = (s: string): string => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();
    const rows = new Map<string, string[]>();
    for (const line of readFileSync(factsPath, 'utf8').split('\n')) {
      const cells = line.split('|').map((cell) => cell.trim());
      const id = cells[1];
      if (id !== undefined && isCriterionId(id) && id === normalizeCriterionId(id)) {
        rows.set(id, cells.slice(2).filter((cell) => cell !== '').map(normalize));
      }
    }
    assert.equal(rows.size, 61, 'the reference table lists all 61');
    for (const c of CRITERIA) {
      const theirs = rows.get(c.id) ?? [];
      assert.ok(!theirs.includes(normalize(c.title)), `${c.id} title is a copy`);
      assert.ok(!theirs.includes(normalize(c.summary)), `${c.id} summary is a copy`);
    }
  });
});

suite('criterion ids: normalize, look up, validate', () => {
  test('tolerates case and spacing', () => {
    for (const raw of ['CC6.1', 'cc6.1', 'cc 6.1', 'Cc 6 .1', ' CC6. 1 ', 'CC-6.1']) {
      assert.equal(normalizeCriterionId(raw), 'CC6.1', raw);
      assert.ok(isCriterionId(raw), raw);
      assert.equal(getCriterion(raw)?.id, 'CC6.1', raw);
    }
    assert.equal(normalizeCriterionId('pi 1.3'), 'PI1.3');
    assert.equal(normalizeCriterionId('p8.1'), 'P8.1');
    assert.equal(normalizeCriterionId('a1.2'), 'A1.2');
  });

  test('accepts every real id and returns it canonical', () => {
    for (const id of CRITERION_IDS) {
      assert.deepEqual(validateCriterionId(id), { ok: true, id });
      assert.deepEqual(validateCriterionId(id.toLowerCase()), { ok: true, id });
    }
  });

  const rejected: Array<[string, RegExp]> = [
    ['CC10.1', /^CC10\.1 does not exist: the common criteria run from CC1 to CC9/],
    ['CC9.3', /^CC9\.3 does not exist: the CC9 group has CC9\.1–CC9\.2\.$/],
    ['CC8.2', /the CC8 group has only CC8\.1/],
    ['CC6.9', /the CC6 group has CC6\.1–CC6\.8/],
    ['PI1.6', /^PI1\.6 does not exist: Processing Integrity has PI1\.1–PI1\.5\.$/],
    ['PI2.1', /Processing Integrity has PI1\.1–PI1\.5/],
    ['P1.2', /^P1\.2 does not exist: the P1 group has only P1\.1\.$/],
    ['P6.8', /the P6 group has P6\.1–P6\.7/],
    ['P9.1', /the privacy criteria run from P1 to P8/],
    ['A1.4', /^A1\.4 does not exist: Availability has A1\.1–A1\.3\.$/],
    ['C1.3', /^C1\.3 does not exist: Confidentiality has C1\.1–C1\.2\.$/],
    ['CC6', /^CC6 is a group, not a single criterion: it has CC6\.1–CC6\.8\.$/],
    ['P6.0', /heading of the P6 group/],
    ['CC0.1', /common criteria run from CC1 to CC9/],
    ['X1.1', /is not a criterion id/],
    ['', /is not a criterion id/],
    ['security', /is not a criterion id/],
  ];
  for (const [raw, message] of rejected) {
    test(`rejects ${JSON.stringify(raw)} with a helpful message`, () => {
      const result = validateCriterionId(raw);
      assert.equal(result.ok, false);
      assert.ok(!result.ok && message.test(result.message), result.ok ? '' : result.message);
      assert.equal(isCriterionId(raw), false);
      assert.equal(getCriterion(raw), undefined);
    });
  }

  test('PP1.x (a known mislabelling) suggests the PI1.x id', () => {
    const result = validateCriterionId('PP1.3');
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.suggestion === 'PI1.3');
    assert.ok(!result.ok && result.message.includes('did you mean PI1.3?'));
    const noSuch = validateCriterionId('PP1.9');
    assert.ok(!noSuch.ok && noSuch.suggestion === undefined);
  });
});

suite('CRITERION_ID_REGEX and findCriterionIdTokens', () => {
  const found = (text: string): string[] => [...text.matchAll(CRITERION_ID_REGEX)].map((m) => m[0]);

  test('finds real and non-existent id-shaped tokens', () => {
    assert.deepEqual(found('Mapped to CC6.1, CC10.1, PI1.6, P1.2, A1.4 and C1.3.'), ['CC6.1', 'CC10.1', 'PI1.6', 'P1.2', 'A1.4', 'C1.3']);
    assert.deepEqual(found('(CC7.2) "P8.1" CC6.1–CC6.3 CC6.1-CC6.3 CC6.1/CC6.2'), ['CC7.2', 'P8.1', 'CC6.1', 'CC6.3', 'CC6.1', 'CC6.3', 'CC6.1', 'CC6.2']);
    assert.deepEqual(found('End of sentence CC8.1.'), ['CC8.1']);
  });

  test('ignores other identifiers and version numbers', () => {
    assert.deepEqual(found('A&A-02.1 v1.2 V1.2 SP1.2 P1.2.3 1.2 ISO A.5.1 AC-2 TLS1.2 CCC6.1 PCI DSS 3.2.1 a1.2'), []);
  });

  test('is reusable: matchAll does not leak lastIndex between calls', () => {
    assert.deepEqual(found('CC6.1'), ['CC6.1']);
    assert.deepEqual(found('CC6.1'), ['CC6.1']);
    assert.equal(CRITERION_ID_REGEX.lastIndex, 0);
  });

  test('findCriterionIdTokens gives offsets and validation', () => {
    const text = 'Controls: CC6.1 and PI1.6.';
    const tokens = findCriterionIdTokens(text);
    assert.equal(tokens.length, 2);
    const [real, fake] = tokens;
    assert.equal(text.slice(real?.start, real?.end), 'CC6.1');
    assert.deepEqual(real?.validation, { ok: true, id: 'CC6.1' });
    assert.equal(text.slice(fake?.start, fake?.end), 'PI1.6');
    assert.equal(fake?.validation.ok, false);
  });
});

suite('searchCriteria', () => {
  const ids = (query: string, limit?: number): string[] => searchCriteria(query, limit).map((c) => c.id);

  test('an exact id (any spacing) returns that criterion first', () => {
    assert.deepEqual(ids('cc 6.1'), ['CC6.1']);
    assert.deepEqual(ids('PI1.5'), ['PI1.5']);
  });

  test('an id prefix returns its group', () => {
    assert.deepEqual(ids('CC6'), ['CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8']);
    assert.deepEqual(ids('p6.'), ['P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7']);
    assert.deepEqual(ids('CC8'), ['CC8.1']);
  });

  test('words find the right criterion, typos included', () => {
    assert.equal(ids('vendor risk')[0], 'CC9.2');
    assert.equal(ids('vendr risk')[0], 'CC9.2');
    assert.equal(ids('MFA')[0], 'CC6.1');
    assert.equal(ids('change management')[0], 'CC8.1');
    assert.equal(ids('code of conduct')[0], 'CC1.1');
    assert.equal(ids('capacity')[0], 'A1.1');
    assert.ok(ids('incident response').includes('CC7.4'));
    assert.ok(ids('encryption in transit').slice(0, 2).includes('CC6.7'));
    assert.deepEqual(ids('availability').sort(), ['A1.1', 'A1.2', 'A1.3']);
  });

  test('empty query lists the catalog; limit is honoured; nonsense finds nothing', () => {
    assert.equal(ids('').length, 61);
    assert.equal(ids('', 5).length, 5);
    assert.ok(ids('access', 3).length <= 3);
    assert.deepEqual(ids('zzqxj'), []);
  });
});

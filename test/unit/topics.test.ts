import * as assert from 'node:assert/strict';
import { RULES, check } from '../../src/domain/claims';
import { CRITERIA } from '../../src/domain/catalog/criteria';
import { KNOWLEDGE } from '../../src/domain/catalog/knowledge';
import { RULE_TOPICS, TYPES_TOPIC_KEY } from '../../src/domain/catalog/ruleTopics';
import { criterionLookup, glossaryTopics, resolveTopic, stem } from '../../src/domain/catalog/topics';

const TODAY = '2026-11-26';

suite('topics: resolveTopic', () => {
  test('Type 1 vs Type 2 resolves to the comparison', () => {
    const topic = resolveTopic(TYPES_TOPIC_KEY);
    assert.ok(topic);
    assert.equal(topic.key, TYPES_TOPIC_KEY);
    assert.match(topic.title, /Type 1.*Type 2/);
    assert.match(topic.markdown, /\|\s*Type 1\s*\|\s*Type 2\s*\|/);
  });

  test('every glossary entry resolves by its key, in any case and spacing, to itself', () => {
    for (const entry of KNOWLEDGE) {
      for (const written of [entry.key, entry.key.toUpperCase(), entry.key.replace(/-/g, ' ')]) {
        assert.equal(resolveTopic(written)?.key, entry.key, written);
      }
      assert.equal(resolveTopic(entry.key)?.customerSafe, entry.customerSafe);
    }
  });

  test('an entry term resolves to its entry', () => {
    assert.equal(resolveTopic('gap letter')?.key, 'bridge-letter');
    assert.equal(resolveTopic('CUECs')?.key, 'cuec');
    assert.equal(resolveTopic('carve out')?.key, 'carve-out-vs-inclusive');
  });

  test('every one of the 61 criteria resolves to a topic keyed by its canonical id', () => {
    assert.equal(CRITERIA.length, 61);
    for (const criterion of CRITERIA) {
      const topic = resolveTopic(criterion.id.toLowerCase());
      assert.ok(topic, criterion.id);
      assert.equal(topic.key, criterion.id);
      assert.ok(topic.title.startsWith(`${criterion.id}: `), topic.title);
      assert.ok(topic.markdown.includes(criterion.summary), `${criterion.id} markdown has its summary`);
      // The panel shows the customer-safe paragraph on its own: the explanation must not repeat it.
      assert.doesNotMatch(topic.markdown, /Customer-safe explanation/);
      assert.ok(!topic.markdown.includes(topic.customerSafe), `${criterion.id} customer-safe text is not duplicated`);
      assert.ok(topic.customerSafe.includes(criterion.id));
    }
  });

  test('loosely written ids resolve; ids that do not exist and nonsense do not', () => {
    assert.equal(resolveTopic('cc 6.1')?.key, 'CC6.1');
    assert.equal(resolveTopic(' PI1.5 ')?.key, 'PI1.5');
    for (const missing of ['CC10.1', 'PI1.6', 'CC6', 'P9.1', '', '   ', 'bridge', 'constructor', '__proto__']) {
      assert.equal(resolveTopic(missing), undefined, JSON.stringify(missing));
    }
  });

  test('every customer-safe paragraph passes the claim check', () => {
    const keys = [...KNOWLEDGE.map((e) => e.key), ...CRITERIA.map((c) => c.id)];
    for (const key of keys) {
      const topic = resolveTopic(key);
      assert.ok(topic, key);
      assert.deepEqual(
        check(topic.customerSafe, { today: TODAY }).map((f) => `${f.rule}: ${f.message}`),
        [],
        `${key}: ${topic.customerSafe}`,
      );
    }
  });
});

suite('topics: RULE_TOPICS', () => {
  test('every claim rule links to an explanation that exists', () => {
    assert.deepEqual(Object.keys(RULE_TOPICS).sort(), RULES.map((r) => r.id).sort());
    for (const [rule, key] of Object.entries(RULE_TOPICS)) {
      assert.equal(resolveTopic(key)?.key, key, rule);
    }
  });
});

suite('topics: glossaryTopics', () => {
  test('lists every entry once, Type 1 vs Type 2 first, with its terms', () => {
    const topics = glossaryTopics();
    assert.equal(topics[0]?.key, TYPES_TOPIC_KEY);
    assert.deepEqual(topics.map((t) => t.key).sort(), KNOWLEDGE.map((e) => e.key).sort());
    assert.ok(topics.find((t) => t.key === 'bridge-letter')?.terms.includes('bridge letter'));
  });
});

suite('topics: criterionLookup', () => {
  const ids = (query: string, top = 3): string[] => criterionLookup(query).slice(0, top).map((c) => c.id);

  test('an id written any way comes first (and alone)', () => {
    for (const query of ['CC6.1', 'cc6.1', 'cc 6.1', 'Cc 6 .1']) {
      assert.deepEqual(ids(query), ['CC6.1'], query);
    }
  });

  test('a group prefix lists that group', () => {
    assert.deepEqual(
      criterionLookup('CC6').map((c) => c.id),
      CRITERIA.filter((c) => c.group === 'CC6').map((c) => c.id),
    );
  });

  test('"access removal" finds the criterion about removing users first', () => {
    assert.equal(ids('access removal')[0], 'CC6.2');
    assert.equal(ids('removing access')[0], 'CC6.2');
  });

  test('words find their criteria', () => {
    assert.ok(ids('vendor').includes('CC9.2'));
    assert.ok(ids('incident response').includes('CC7.4'));
    assert.ok(ids('backups', 5).includes('A1.2'));
  });

  test('an empty query lists the whole catalog in order', () => {
    assert.deepEqual(
      criterionLookup('').map((c) => c.id),
      CRITERIA.map((c) => c.id),
    );
  });

  test('stems make word forms meet, without merging unrelated words', () => {
    assert.equal(stem('removal'), stem('removing'));
    assert.equal(stem('removes'), stem('remove'));
    assert.notEqual(stem('removable'), stem('remove'));
    assert.equal(stem('SOC'), 'soc');
  });
});

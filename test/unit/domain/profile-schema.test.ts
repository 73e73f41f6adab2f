import * as assert from 'node:assert/strict';
import { ProfileSchema } from '../../../src/domain/profile/schema';

suite('profile schema (smoke)', () => {
  test('rejects a Type 1 with a period and without Security', () => {
    const result = ProfileSchema.safeParse({
      organization: { name: 'X' },
      soc2: { engagements: [{ status: 'completed', type: 'type1', periodEnd: '2025-01-01', categories: ['availability'] }] },
    });
    assert.equal(result.success, false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    assert.ok(paths?.includes('soc2.engagements.0.categories'));
    assert.ok(paths?.includes('soc2.engagements.0.periodEnd'));
  });
});

// Regression: a claimed row the re-read shows held by another executor is
// skipped, so a run can reach max-items in claims with workers still asking
// for rows. Their last claim has nothing to take (0 wanted): the outcomes
// that were to ride with it must still be written, not dropped.
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueStore } from '../../../packages/core/src/ports';
import { createWorld, pendingRow, type World } from './world';

/** The queue as it is, but its re-read shows `stolen` leased to another executor (as a Sheets race would). */
function stealing(inner: QueueStore, stolen: string): QueueStore {
  return {
    list: async () =>
      (await inner.list()).map((row) => (row.id === stolen ? { ...row, lease_owner: 'another-host' } : row)),
    transact: (plan) => inner.transact(plan),
  };
}

describe('a claim with nothing left to take', () => {
  let world: World;
  afterEach(() => world?.cleanup());

  it('writes the outcomes that were waiting for it', async () => {
    world = await createWorld({ rows: ['a', 'b', 'c'].map((id) => pendingRow(id)) });
    // One worker: a alone, then b and c (c skipped: "another executor holds it"), then a claim of 0.
    const result = await world.run({ concurrency: 1, maxItems: 3 }, { queue: stealing(world.deps.queue, 'c') });
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([
      ['a', 'drafted'],
      ['b', 'drafted'],
    ]);
    const rows = await world.rows();
    expect(rows.get('a')?.status).toBe('AWAITING_APPROVAL');
    expect(rows.get('b')?.status).toBe('AWAITING_APPROVAL');
  });
});

// Regression: with a queue store that has no lock (Google Sheets), workers of
// one run must not claim the same row. They share owner and run id, so only
// taking turns at claiming keeps them apart.
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueRow } from '../../../packages/core/src/model';
import type { QueueChange, QueueStore } from '../../../packages/core/src/ports';
import { createWorld, pendingRow, type World } from './world';

/** A store with read-plan-write and no lock, whose reads yield to other workers first, as a remote API does. */
function withoutLock(inner: QueueStore): QueueStore {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  return {
    list: async () => {
      await pause();
      return inner.list();
    },
    transact: async <T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> => {
      const snapshot = await inner.list();
      await pause();
      const change = plan(snapshot);
      await inner.transact(() => ({ update: change.update, append: change.append, result: undefined }));
      return change.result;
    },
  };
}

describe('claiming without a store lock', () => {
  let world: World;
  afterEach(() => world?.cleanup());

  it('never hands one row to two workers of the same run', async () => {
    world = await createWorld({ rows: Array.from({ length: 8 }, (_, i) => pendingRow(`item-${i + 1}`)) });
    const result = await world.run({ concurrency: 4, maxItems: 8 }, { queue: withoutLock(world.deps.queue) });
    const ids = result.items.map((i) => i.item_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(8);
    const rows = await world.rows();
    expect([...rows.values()].every((r) => r.status === 'AWAITING_APPROVAL')).toBe(true);
    expect(world.log.events.filter((e) => e.message.includes('lease lost'))).toEqual([]);
  });
});

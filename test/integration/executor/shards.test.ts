// Sharding (issue 12): four runs side by side over one queue, each with
// `shard: k/4`, work disjoint rows — together every row exactly once, one
// article per row, each row written by the run of its shard.
import { afterEach, describe, expect, it } from 'vitest';
import { shardOf } from '../../../packages/core/src/domain/queue/shard';
import { createWorld, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: shards', () => {
  it('four shards over one queue process every row exactly once', async () => {
    const ids = Array.from({ length: 24 }, (_, i) => `item-${i + 1}`);
    world = await createWorld({ rows: ids.map((id) => pendingRow(id)) });
    const w = world;
    const results = await Promise.all(
      [1, 2, 3, 4].map((index) =>
        w.run({
          runId: `shard-${index}`,
          owner: `runner-${index}`,
          maxItems: 24,
          concurrency: 2,
          shard: { index, count: 4 },
        }),
      ),
    );
    const worked = results.flatMap((r) => r.items.map((i) => i.item_id));
    expect([...worked].sort()).toEqual([...ids].sort());
    expect(new Set(worked).size).toBe(ids.length);
    results.forEach((result, k) => {
      expect(result.conclusion).toBe('success');
      for (const item of result.items) expect(shardOf(item.item_id, 4)).toBe(k + 1);
    });
    const rows = await w.rows();
    for (const id of ids)
      expect(rows.get(id)).toMatchObject({ status: 'AWAITING_APPROVAL', run_id: `shard-${shardOf(id, 4)}` });
    expect((await w.articles()).map((a) => a.item_id).sort()).toEqual([...ids].sort());
    // A fifth run of shard 2 finds nothing left in its part.
    const again = await w.run({ runId: 'again', shard: { index: 2, count: 4 } });
    expect(again.counts.processed).toBe(0);
  });
});

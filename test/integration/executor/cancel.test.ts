// Cancellation (SIGINT/SIGTERM in the hosts, an AbortSignal here): no new
// item is claimed once it fires; items in flight finish and are written;
// the run ends `cancelled` and runs.jsonl gets its completed line.
import { afterEach, describe, expect, it } from 'vitest';
import type { SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import type { Publisher } from '../../../packages/core/src/ports';
import { createWorld, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

/** The site publisher, calling `onCreate` as each create starts (the item is in flight then). */
function onCreate(hook: () => void) {
  return (site: SitePublisher): Publisher => ({
    find: (lookup) => site.find(lookup),
    update: (id, article) => site.update(id, article),
    publishDraft: (id) => site.publishDraft(id),
    create: async (article) => {
      hook();
      return site.create(article);
    },
  });
}

const IDS = ['a', 'b', 'c', 'd', 'e'];

describe('executor: cancellation', () => {
  it('claims nothing when cancelled before it starts, and records the run as cancelled', async () => {
    world = await createWorld({ rows: IDS.map((id) => pendingRow(id)) });
    const before = await world.rawQueue();
    const controller = new AbortController();
    controller.abort();
    const result = await world.run({ runId: 'c0', signal: controller.signal });

    expect(result.conclusion).toBe('cancelled');
    expect(result.counts.processed).toBe(0);
    expect(await world.rawQueue()).toBe(before);
    expect(world.recorded().map((r) => [r.run_id, r.status, r.conclusion])).toEqual([
      ['c0', 'in_progress', undefined],
      ['c0', 'completed', 'cancelled'],
    ]);
    expect((await world.runLines()).map((r) => [r.run_id, r.status, r.conclusion])).toEqual([
      ['c0', 'completed', 'cancelled'],
    ]);
  });

  it('lets the item in flight finish, claims no more, and ends cancelled', async () => {
    const controller = new AbortController();
    world = await createWorld({
      rows: IDS.map((id) => pendingRow(id)),
      publisher: onCreate(() => controller.abort()),
    });
    const result = await world.run({ runId: 'c1', concurrency: 1, signal: controller.signal });

    expect(result.conclusion).toBe('cancelled');
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['a', 'drafted']]);
    expect((await world.row('a')).status).toBe('AWAITING_APPROVAL');
    for (const id of IDS.slice(1)) expect((await world.row(id)).status).toBe('PENDING');
    expect((await world.runLogRows()).map((r) => r.item_id)).toEqual(['a']);
    expect((await world.runLines()).at(-1)).toMatchObject({
      run_id: 'c1',
      status: 'completed',
      conclusion: 'cancelled',
      counts: { processed: 1, drafted: 1 },
    });
    expect(world.log.events.some((e) => e.level === 'notice' && e.message.startsWith('cancel requested'))).toBe(true);
  });

  it('with several workers, every claimed item is finished and written; nothing is left IN_PROGRESS', async () => {
    const controller = new AbortController();
    world = await createWorld({
      rows: IDS.map((id) => pendingRow(id)),
      publisher: onCreate(() => controller.abort()),
    });
    const result = await world.run({ concurrency: 2, signal: controller.signal });

    expect(result.conclusion).toBe('cancelled');
    // At most the two items in flight when the signal fired.
    expect(result.items.length).toBeGreaterThanOrEqual(1);
    expect(result.items.length).toBeLessThanOrEqual(2);
    const rows = [...(await world.rows()).values()];
    expect(rows.filter((r) => r.status === 'IN_PROGRESS')).toEqual([]);
    expect(rows.filter((r) => r.status === 'AWAITING_APPROVAL').map((r) => r.id)).toEqual(
      result.items.map((i) => i.item_id),
    );
    expect(rows.filter((r) => r.status === 'PENDING')).toHaveLength(IDS.length - result.items.length);
  });

  it('a failed item still makes a cancelled run (the signal wins), and counts it', async () => {
    const controller = new AbortController();
    world = await createWorld({
      rows: IDS.map((id) => pendingRow(id)),
      publisher: onCreate(() => {
        controller.abort();
        throw new Error('socket hang up');
      }),
    });
    const result = await world.run({ concurrency: 1, signal: controller.signal });
    expect(result.conclusion).toBe('cancelled');
    expect(result.counts).toMatchObject({ processed: 1, retry: 1 });
  });
});

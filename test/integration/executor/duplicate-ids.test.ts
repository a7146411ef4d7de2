// A copy-pasted row (two rows, one id) is never silently skipped: both rows
// are flagged in their notes and left alone, the run is a failure (exit code
// 1 in the hosts), the notification names them, and reconcile lists them as
// needing a human.
import { afterEach, describe, expect, it } from 'vitest';
import { itemsNeedingHuman } from '../../../packages/core/src/domain/reconcile';
import { executorNotification } from '../../../packages/core/src/services/executor';
import { createWorld, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: duplicate ids', () => {
  it('flags both rows, works on neither, ends as a failure and says so', async () => {
    world = await createWorld({
      rows: [pendingRow('boots'), pendingRow('socks'), pendingRow('boots', { title: 'Boots, copied' })],
    });
    const result = await world.run();

    expect(result.conclusion).toBe('failure');
    expect(result.items.map((i) => i.item_id)).toEqual(['socks']);
    expect(result.problems.filter((p) => p.code === 'DUPLICATE_ID').map((p) => p.row)).toEqual([1, 3]);

    const rows = await world.deps.queue.list();
    const boots = rows.filter((r) => r.id === 'boots');
    expect(boots.map((r) => [r.row, r.status])).toEqual([
      [1, 'PENDING'],
      [3, 'PENDING'],
    ]);
    expect(boots[0]?.notes).toMatch(/^DUPLICATE_ID: id "boots" is also used by row 3/);
    expect(boots[1]?.notes).toMatch(/^DUPLICATE_ID: id "boots" is also used by row 1/);

    const notification = executorNotification(result, {});
    expect(notification?.title).toContain('2 rows with a duplicate id');
    expect(notification?.log_excerpt).toContain('boots (row 3): DUPLICATE_ID');

    const need = itemsNeedingHuman(rows, new Date()).filter((n) => n.status === 'DUPLICATE_ID');
    expect(need.map((n) => n.row)).toEqual([1, 3]);

    // Once a human gives the copy a new id, both go ahead.
    await world.deps.queue.transact((all) => ({
      update: all.filter((r) => r.row === 3).map((r) => ({ ...r, id: 'boots-2', notes: '' })),
      result: undefined,
    }));
    const next = await world.run();
    expect(next.conclusion).toBe('success');
    expect(next.items.map((i) => i.item_id).sort()).toEqual(['boots', 'boots-2']);
  });
});

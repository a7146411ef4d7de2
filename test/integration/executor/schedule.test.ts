// Which rows a run takes and in what order: priority, publish_at, row order,
// max-items, next_attempt_at, and expired leases of a dead executor.
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, HOUR, iso, MINUTE, pendingRow, type World } from './world';

const ENABLED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: order', () => {
  it('takes P0 > P1 > P2, then earlier publish_at (none first), then row order, at most maxItems', async () => {
    world = await createWorld({
      rows: [
        pendingRow('p2-first', { priority: 'P2' }),
        pendingRow('p1-late', { priority: 'P1', publish_at: iso(-1 * HOUR) }),
        pendingRow('p0', { priority: 'P0' }),
        pendingRow('p1-early', { priority: 'P1', publish_at: iso(-3 * HOUR) }),
        pendingRow('p1-none', { priority: 'p1' }),
        pendingRow('p2-blank', { priority: '' }),
      ],
    });
    // One at a time, so the run log's order is the claim order.
    const first = await world.run({ maxItems: 3, concurrency: 1 });
    expect(first.counts.processed).toBe(3);
    expect((await world.runLogRows()).map((r) => r.item_id)).toEqual(['p0', 'p1-none', 'p1-early']);
    expect((await world.row('p1-late')).status).toBe('PENDING');
    expect((await world.row('p2-first')).status).toBe('PENDING');

    await world.run({ maxItems: 10, concurrency: 1 });
    expect((await world.runLogRows()).map((r) => r.item_id).slice(3)).toEqual(['p1-late', 'p2-first', 'p2-blank']);
  });
});

describe('executor: publish_at', () => {
  it('drafts a future publish_at in review, and publishes it only once it is due', async () => {
    world = await createWorld({ rows: [pendingRow('later', { publish_at: iso(2 * HOUR) })], vars: ENABLED });
    const review = await world.run();
    expect(review.items.map((i) => i.outcome)).toEqual(['drafted']);
    expect((await world.row('later')).status).toBe('AWAITING_APPROVAL');

    const early = await world.run({ mode: 'publish', requireApproval: false });
    expect(early.counts.processed).toBe(0);
    expect((await world.row('later')).status).toBe('AWAITING_APPROVAL');
    expect((await world.articles())[0]?.status).toBe('draft');

    world.clock.advance(2 * HOUR);
    const due = await world.run({ mode: 'publish', requireApproval: false });
    expect(due.items.map((i) => i.outcome)).toEqual(['published']);
    expect((await world.row('later')).status).toBe('PUBLISHED');
  });

  it('does not take a PENDING row with a future publish_at in publish mode', async () => {
    world = await createWorld({
      rows: [pendingRow('later', { publish_at: iso(HOUR) }), pendingRow('now')],
      vars: ENABLED,
    });
    const result = await world.run({ mode: 'publish', requireApproval: false });
    expect(result.items.map((i) => i.item_id)).toEqual(['now']);
    expect((await world.row('later')).status).toBe('PENDING');
  });
});

describe('executor: next_attempt_at', () => {
  it('skips a row whose next attempt is in the future and takes it once it is due', async () => {
    world = await createWorld({
      rows: [pendingRow('waiting', { next_attempt_at: iso(10 * MINUTE), attempts: '1' }), pendingRow('ready')],
    });
    const before = (await world.rawRows())[0];
    const result = await world.run();
    expect(result.items.map((i) => i.item_id)).toEqual(['ready']);
    // Untouched: not even updated_at or run_id.
    expect((await world.rawRows())[0]).toBe(before);
    expect(before).toContain('waiting');

    world.clock.advance(10 * MINUTE);
    const later = await world.run();
    expect(later.items.map((i) => [i.item_id, i.outcome])).toEqual([['waiting', 'drafted']]);
  });
});

describe('executor: leases', () => {
  it('recovers the expired lease of a dead executor at claim time and finishes the item; a live lease is left alone', async () => {
    world = await createWorld({
      rows: [
        pendingRow('orphan', {
          status: 'IN_PROGRESS',
          lease_owner: 'dead-box',
          lease_until: iso(-5 * MINUTE),
          attempts: '1',
          run_id: 'old-run',
        }),
        pendingRow('busy', {
          status: 'IN_PROGRESS',
          lease_owner: 'other-box',
          lease_until: iso(30 * MINUTE),
          attempts: '1',
          run_id: 'other-run',
        }),
      ],
    });
    const result = await world.run({ runId: 'rescuer' });
    expect(result.recovered).toBe(1);
    expect(result.items.map((i) => [i.item_id, i.outcome, i.attempts])).toEqual([['orphan', 'drafted', 2]]);
    expect(await world.row('orphan')).toMatchObject({
      status: 'AWAITING_APPROVAL',
      lease_owner: '',
      run_id: 'rescuer',
    });
    expect(await world.row('busy')).toMatchObject({
      status: 'IN_PROGRESS',
      lease_owner: 'other-box',
      run_id: 'other-run',
    });
    expect(await world.articles()).toHaveLength(1);
  });
});

// When the queue or the run log refuses a write (a human inserted rows in the
// sheet, a quota ran out): a refused claim stops the claiming and fails the
// run with a clear message; an item's outcome write is retried with backoff,
// and one that never lands leaves the row to its lease, counts the item as
// failed and keeps every other item's outcome; runs.jsonl is always closed.
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { ServiceError, UserError } from '../../../packages/core/src/errors';
import type { QueueRow } from '../../../packages/core/src/model';
import type { Publisher, QueueChange, QueueStore, RunLog } from '../../../packages/core/src/ports';
import { createWorld, MINUTE, pendingRow, START, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

type Kind = 'claim' | 'write';

/**
 * The world's queue, except that `fail` may refuse a transaction. A claim's
 * plan hands back the claim; an outcome write's plan a boolean.
 */
function refusingQueue(inner: QueueStore, fail: (kind: Kind, call: number, rows: QueueRow[]) => Error | undefined) {
  const calls: Record<Kind, number> = { claim: 0, write: 0 };
  const store: QueueStore = {
    list: () => inner.list(),
    transact: async <T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> => {
      const probe = plan(await inner.list());
      const kind: Kind = typeof probe.result === 'boolean' ? 'write' : 'claim';
      calls[kind] += 1;
      const error = fail(kind, calls[kind], probe.update ?? []);
      if (error) throw error;
      return inner.transact(plan);
    },
  };
  return { store, calls };
}

const sheetsChanged = () =>
  new ServiceError(
    'Google Sheets',
    "Queue changed while writing: sheet row 3 held id 'b', now 'x'. Nothing was written; try again.",
    undefined,
    true,
  );

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('executor: a claim the store refuses', () => {
  it('stops claiming and fails the run with a clear message; unclaimed rows stay as they were', async () => {
    world = await createWorld({ rows: ['a', 'b', 'c'].map((id) => pendingRow(id)) });
    const before = await world.rawRows();
    const queue = refusingQueue(world.deps.queue, (kind, call) =>
      kind === 'claim' && call === 2 ? sheetsChanged() : undefined,
    );
    const result = await world.run({ runId: 'stopped', concurrency: 1 }, { queue: queue.store });

    expect(result.conclusion).toBe('failure');
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['a', 'drafted']]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatch(/^could not claim the next item, so claiming stopped .*Nothing was written/);
    expect(world.log.events.some((e) => e.level === 'error' && e.message === result.errors?.[0])).toBe(true);
    // The earlier item's outcome is kept; the others are byte for byte what they were.
    expect((await world.row('a')).status).toBe('AWAITING_APPROVAL');
    const after = await world.rawRows();
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(queue.calls.claim).toBe(2);
    expect((await world.runLines()).at(-1)).toMatchObject({
      run_id: 'stopped',
      status: 'completed',
      conclusion: 'failure',
      counts: { processed: 1, drafted: 1 },
    });
  });

  it('rethrows a UserError from the store (a configuration problem) after closing the run', async () => {
    world = await createWorld({ rows: [pendingRow('a')] });
    const before = await world.rawQueue();
    const queue = refusingQueue(world.deps.queue, () => new UserError('SHEETS_ID: the service account has no access'));
    await expect(world.run({ runId: 'denied' }, { queue: queue.store })).rejects.toThrow(/SHEETS_ID/);
    expect(await world.rawQueue()).toBe(before);
    expect((await world.runLines()).at(-1)).toMatchObject({ run_id: 'denied', conclusion: 'failure' });
  });
});

describe('executor: an outcome write the store refuses', () => {
  it('is retried with backoff until it lands', async () => {
    world = await createWorld({ rows: [pendingRow('a')] });
    const queue = refusingQueue(world.deps.queue, (kind, call) =>
      kind === 'write' && call <= 2 ? sheetsChanged() : undefined,
    );
    const { waits, sleep } = recordingSleep();
    const result = await world.run({}, { queue: queue.store, sleep });

    expect(result.conclusion).toBe('success');
    expect(result.items.map((i) => i.outcome)).toEqual(['drafted']);
    expect(waits).toEqual([1_000, 3_000]);
    expect(queue.calls.write).toBe(3);
    expect(await world.row('a')).toMatchObject({ status: 'AWAITING_APPROVAL', lease_owner: '' });
    expect(
      world.log.events.filter((e) => e.level === 'warn' && e.message.includes('writing the row of a')),
    ).toHaveLength(2);
  });

  it('that never lands: the item fails, its row waits for its lease, other outcomes are kept, a later run finishes it', async () => {
    world = await createWorld({ rows: [pendingRow('a'), pendingRow('b')] });
    let refuse = true;
    const queue = refusingQueue(world.deps.queue, (kind, _call, rows) =>
      refuse && kind === 'write' && rows.some((r) => r.id === 'b') ? sheetsChanged() : undefined,
    );
    const { waits, sleep } = recordingSleep();
    const result = await world.run({ runId: 'stuck', leaseSeconds: 900 }, { queue: queue.store, sleep });

    expect(result.conclusion).toBe('failure');
    expect(result.counts).toMatchObject({ processed: 2, drafted: 1, failed: 1 });
    const [a, b] = result.items;
    expect(a).toMatchObject({ item_id: 'a', outcome: 'drafted' });
    expect(b).toMatchObject({ item_id: 'b', outcome: 'failed', codes: ['QUEUE_WRITE_FAILED'] });
    expect(b?.message).toMatch(/^drafted .*could not be written: .*Nothing was written.*900 s lease/);
    expect(waits).toEqual([1_000, 3_000, 9_000]);

    expect((await world.row('a')).status).toBe('AWAITING_APPROVAL');
    expect(await world.row('b')).toMatchObject({
      status: 'IN_PROGRESS',
      lease_owner: 'test-host',
      lease_until: new Date(START.getTime() + 900_000).toISOString(),
    });
    // The run log has what happened to b: drafted (the article exists), then the failed write.
    const logged = (await world.runLogRows()).filter((r) => r.item_id === 'b').map((r) => [r.outcome, r.error_codes]);
    expect(logged).toEqual([
      ['drafted', []],
      ['failed', ['QUEUE_WRITE_FAILED']],
    ]);
    expect((await world.runLines()).at(-1)).toMatchObject({ run_id: 'stuck', conclusion: 'failure' });
    expect(await world.articles()).toHaveLength(2);

    // After the lease, the next run takes b again and finds its article: no second one.
    refuse = false;
    world.clock.advance(16 * MINUTE);
    const next = await world.run({}, { queue: queue.store, sleep });
    expect(next.recovered).toBe(1);
    expect(next.items).toEqual([expect.objectContaining({ item_id: 'b', outcome: 'drafted' })]);
    expect(next.items[0]?.message).toContain('updated draft');
    expect(await world.articles()).toHaveLength(2);
    expect((await world.row('b')).status).toBe('AWAITING_APPROVAL');
  });
});

describe('executor: a run-log append the store refuses', () => {
  it('is retried, then stops the claiming; the row is still written and the run fails', async () => {
    world = await createWorld({ rows: [pendingRow('a'), pendingRow('b')] });
    const runLog: RunLog = {
      append: async () => {
        throw new ServiceError('Google Sheets', 'HTTP 429 RESOURCE_EXHAUSTED after 5 attempts', 429, true);
      },
      read: () => world!.deps.runLog.read(),
    };
    const { waits, sleep } = recordingSleep();
    const result = await world.run({ concurrency: 1 }, { runLog, sleep });

    expect(result.conclusion).toBe('failure');
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['a', 'drafted']]);
    expect(result.errors).toEqual([expect.stringMatching(/^could not append the run-log row\(s\) of a .*429/)]);
    expect(waits).toEqual([1_000, 3_000, 9_000]);
    expect((await world.row('a')).status).toBe('AWAITING_APPROVAL');
    expect((await world.row('b')).status).toBe('PENDING');
    expect((await world.runLines()).at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});

describe('executor: rows that move while an item is in flight', () => {
  it('still writes the outcome when a human inserted a row above it meanwhile', async () => {
    let inserted = false;
    world = await createWorld({
      rows: [pendingRow('a')],
      publisher: (site: SitePublisher): Publisher => ({
        find: (lookup) => site.find(lookup),
        update: (id, article) => site.update(id, article),
        publishDraft: (id) => site.publishDraft(id),
        create: async (article) => {
          // A human adds a row at the top of the table: row a is now the second data row.
          const path = world?.queuePath ?? '';
          const [header, ...rest] = (await readFile(path, 'utf8')).split('\n');
          await writeFile(path, [header, 'human-row,Written by hand', ...rest].join('\n'));
          inserted = true;
          return site.create(article);
        },
      }),
    });
    const result = await world.run();

    expect(inserted).toBe(true);
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['a', 'drafted']]);
    const rows = await world.deps.queue.list();
    expect(rows.map((r) => [r.row, r.id, r.status])).toEqual([
      [1, 'human-row', ''],
      [2, 'a', 'AWAITING_APPROVAL'],
    ]);
    expect(world.log.events.filter((e) => e.message.includes('lease lost'))).toEqual([]);
  });
});

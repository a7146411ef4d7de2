// Run-level guarantees: one article per item however often it runs, the
// time budget, the concurrency bound, rows with problems left alone, and
// columns the executor does not know kept.
import { afterEach, describe, expect, it } from 'vitest';
import type { SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import type { Publisher } from '../../../packages/core/src/ports';
import { createWorld, type FakeClock, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: idempotency', () => {
  it('running review twice creates no second article', async () => {
    world = await createWorld({ rows: [pendingRow('boots')] });
    await world.run();
    const second = await world.run();
    expect(second.counts.processed).toBe(0);
    expect(await world.articles()).toHaveLength(1);
  });

  it.each([
    ['handle kept', { article_id: '', article_url: '' }],
    ['nothing kept', { article_id: '', article_url: '', handle: '' }],
  ])('finds the article of a row that lost its article_id (%s) instead of making a second', async (_, lost) => {
    world = await createWorld({ rows: [pendingRow('boots')] });
    await world.run();
    const [first] = await world.articles();
    // A run killed between the publisher's write and the row's: the row is PENDING again and knows nothing.
    await world.edit('boots', { status: 'PENDING', approval: '', ...lost });

    const again = await world.run();
    expect(again.items[0]).toMatchObject({ outcome: 'drafted', article_id: first?.id });
    expect(again.items[0]?.message).toContain('updated draft');
    const articles = await world.articles();
    expect(articles.map((a) => a.id)).toEqual([first?.id]);
    expect(await world.row('boots')).toMatchObject({ article_id: first?.id, handle: first?.handle });
  });
});

/** The site publisher whose create takes `ms` of the fake clock's time. */
function slowCreate(ms: number) {
  return (site: SitePublisher, clock: FakeClock): Publisher => ({
    find: (lookup) => site.find(lookup),
    update: (id, article) => site.update(id, article),
    publishDraft: (id) => site.publishDraft(id),
    create: async (article) => {
      clock.advance(ms);
      return site.create(article);
    },
  });
}

describe('executor: time budget', () => {
  it('stops claiming once the budget is spent, leaving the rest PENDING', async () => {
    world = await createWorld({
      rows: ['a', 'b', 'c', 'd'].map((id) => pendingRow(id)),
      publisher: slowCreate(5_000),
    });
    // Claims at 0 s and 5 s; at 10 s the 8 s budget is over.
    const result = await world.run({ timeBudgetSeconds: 8, concurrency: 1 });
    expect(result.budget_spent).toBe(true);
    expect(result.items.map((i) => i.item_id)).toEqual(['a', 'b']);
    expect((await world.row('c')).status).toBe('PENDING');
    expect((await world.row('d')).status).toBe('PENDING');
    expect(result.conclusion).toBe('success');
  });

  it('claims nothing with no budget at all', async () => {
    world = await createWorld({ rows: [pendingRow('a')] });
    const result = await world.run({ timeBudgetSeconds: 0 });
    expect(result).toMatchObject({ budget_spent: true, counts: { processed: 0 } });
    expect((await world.row('a')).status).toBe('PENDING');
  });

  it('is not reported as spent when the queue simply ran out', async () => {
    world = await createWorld({ rows: [pendingRow('a')] });
    const result = await world.run({ maxItems: 5 });
    expect(result).toMatchObject({ budget_spent: false, counts: { processed: 1 } });
  });
});

/**
 * The site publisher, counting creates in flight. Each create waits until
 * `expected` are in flight (or a short while passes, for the last ones), so
 * the run has every chance to exceed its bound if it does not keep it.
 */
function countingCreate(expected: number) {
  const stats = { inFlight: 0, max: 0, calls: 0 };
  let waiters: Array<() => void> = [];
  const wrap = (site: SitePublisher): Publisher => ({
    find: (lookup) => site.find(lookup),
    update: (id, article) => site.update(id, article),
    publishDraft: (id) => site.publishDraft(id),
    create: async (article) => {
      stats.calls += 1;
      stats.inFlight += 1;
      stats.max = Math.max(stats.max, stats.inFlight);
      if (stats.inFlight >= expected) {
        for (const wake of waiters) wake();
        waiters = [];
      } else {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1_000);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      try {
        return await site.create(article);
      } finally {
        stats.inFlight -= 1;
      }
    },
  });
  return { stats, wrap };
}

describe('executor: concurrency', () => {
  it.each([1, 3])('never has more than %i items at the publisher at once', async (concurrency) => {
    const counting = countingCreate(concurrency);
    world = await createWorld({
      rows: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => pendingRow(id)),
      publisher: counting.wrap,
    });
    const result = await world.run({ concurrency, maxItems: 7 });
    expect(result.counts.drafted).toBe(7);
    expect(counting.stats.calls).toBe(7);
    expect(counting.stats.max).toBe(concurrency);
    expect(await world.articles()).toHaveLength(7);
  });
});

describe('executor: rows with problems', () => {
  it('reports bad rows by row number, leaves them byte-for-byte alone, and processes the others', async () => {
    world = await createWorld({
      rows: [
        pendingRow('good-1', { owner_notes: 'keep me' }),
        pendingRow('bad-priority', { priority: 'P9', owner_notes: 'mine' }),
        pendingRow('good-2'),
        pendingRow('good-1', { title: 'Copy of good 1' }),
        pendingRow('bad-time', { publish_at: 'next tuesday' }),
      ],
    });
    const before = await world.rawRows();
    const header = (await world.rawQueue()).split('\n')[0];
    const result = await world.run();

    // Rows 1 and 4 share an id: neither is worked on (each gets a note), so only good-2 is.
    expect(result.items.map((i) => [i.item_id, i.row, i.outcome])).toEqual([['good-2', 3, 'drafted']]);
    const messages = result.problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^row 2 \(id "bad-priority"\): priority "P9" is not valid; expected P0, P1 or P2/),
        expect.stringMatching(/^row 1: id "good-1" is also used by row 4/),
        expect.stringMatching(/^row 4: id "good-1" is also used by row 1/),
        expect.stringMatching(/^row 5 \(id "bad-time"\): publish_at "next tuesday" is not valid/),
      ]),
    );
    expect(result.problems.map((p) => p.row).sort()).toEqual([1, 2, 4, 5]);
    for (const message of messages) {
      expect(world.log.events.some((e) => e.level === 'warn' && e.message === message)).toBe(true);
    }

    const after = await world.rawRows();
    expect(after[1]).toBe(before[1]);
    expect(after[4]).toBe(before[4]);
    expect(after[2]).not.toBe(before[2]);
    // The duplicated rows change only by their note.
    expect(after[0]).not.toBe(before[0]);
    expect(after[3]).not.toBe(before[3]);
    // The human's column: header unchanged, values kept on rows the executor wrote.
    expect((await world.rawQueue()).split('\n')[0]).toBe(header);
    const rows = await world.deps.queue.list();
    expect(rows[0]).toMatchObject({ status: 'PENDING', notes: expect.stringMatching(/^DUPLICATE_ID: /) });
    expect(rows[0]?.extra).toEqual({ owner_notes: 'keep me' });
    expect(rows[2]).toMatchObject({ status: 'AWAITING_APPROVAL' });
    expect(rows[3]).toMatchObject({ status: 'PENDING', title: 'Copy of good 1', lease_owner: '', attempts: '' });
    expect(rows[3]?.notes).toMatch(/^DUPLICATE_ID: id "good-1" is also used by row 1/);
    expect(rows[1]?.extra).toEqual({ owner_notes: 'mine' });
  });
});

// Holding an item while it is worked on (issue 10, "Waiting"): the worker
// renews its lease every third of it, so a slow item (a storm of throttling)
// is never claimed by a second worker; and an outcome that contradicts the
// publisher is never written — a row whose article is live is PUBLISHED.
import { afterEach, describe, expect, it } from 'vitest';
import type { SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { ServiceError } from '../../../packages/core/src/errors';
import type { Publisher } from '../../../packages/core/src/ports';
import { createWorld, type FakeClock, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

const OPEN = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The site publisher, with `create` running `during` (the item is in flight then). */
function slowCreate(during: (clock: FakeClock) => Promise<void>) {
  return (site: SitePublisher, clock: FakeClock): Publisher => ({
    find: (lookup) => site.find(lookup),
    update: (id, article) => site.update(id, article),
    publishDraft: (id) => site.publishDraft(id),
    create: async (article) => {
      await during(clock);
      return site.create(article);
    },
  });
}

describe('executor: lease renewal', () => {
  it('renews the lease of an item in flight, so a second executor does not take it once the first lease is over', async () => {
    const LEASE = 0.3; // seconds: renewed every 100 ms
    let rival: Awaited<ReturnType<World['run']>> | undefined;
    let heldUntil = '';
    world = await createWorld({
      rows: [pendingRow('slow')],
      vars: OPEN,
      publisher: slowCreate(async (clock) => {
        const claimedUntil = (await world?.row('slow'))?.lease_until ?? '';
        // The item takes longer than its lease: time passes, renewals run.
        clock.advance(200);
        await realWait(500);
        clock.advance(200); // 400 ms since the claim: the claimed lease (300 ms) is over
        heldUntil = (await world?.row('slow'))?.lease_until ?? '';
        expect(Date.parse(heldUntil)).toBeGreaterThan(Date.parse(claimedUntil));
        rival = await world?.run({ runId: 'rival', owner: 'other-host', mode: 'publish', requireApproval: false });
      }),
    });
    const result = await world.run({ runId: 'holder', mode: 'publish', requireApproval: false, leaseSeconds: LEASE });

    // The rival found the row held (renewed past now) and claimed nothing.
    expect(rival?.counts.processed).toBe(0);
    expect(rival?.recovered).toBe(0);
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['slow', 'published']]);
    expect(await world.row('slow')).toMatchObject({ status: 'PUBLISHED', run_id: 'holder', lease_owner: '' });
    expect(await world.articles()).toHaveLength(1);
  });

  it('stops renewing when the item is done: no queue write after the run ends', async () => {
    world = await createWorld({
      rows: [pendingRow('quick'), pendingRow('quicker')],
      vars: OPEN,
      // Slow enough that renewals (every 50 ms) outnumber the batched claim and outcome writes.
      publisher: slowCreate(() => realWait(300)),
    });
    const queue = world.deps.queue;
    let writes = 0;
    const counted = {
      ...queue,
      list: () => queue.list(),
      transact: ((plan) => {
        writes += 1;
        return queue.transact(plan);
      }) as typeof queue.transact,
    };
    await world.run({ mode: 'publish', requireApproval: false, leaseSeconds: 0.15 }, { queue: counted });
    const atEnd = writes;
    expect(atEnd).toBeGreaterThan(4); // claims, outcomes and renewals (every 50 ms for 300 ms items)
    await realWait(200); // a renewal timer left behind would write now
    expect(writes).toBe(atEnd);
    for (const id of ['quick', 'quicker']) {
      expect(await world.row(id)).toMatchObject({ status: 'PUBLISHED', lease_owner: '', lease_until: '' });
    }
  });
});

describe('executor: no outcome that contradicts the publisher', () => {
  it('writes PUBLISHED, not FAILED, when the create was applied but answered with an error', async () => {
    world = await createWorld({
      rows: [pendingRow('applied', { attempts: '2' })],
      vars: OPEN,
      publisher: (site: SitePublisher): Publisher => ({
        find: (lookup) => site.find(lookup),
        update: (id, article) => site.update(id, article),
        publishDraft: (id) => site.publishDraft(id),
        // A 5xx after the write was applied: the article is live, the worker was told it failed.
        create: async (article) => {
          await site.create(article);
          throw new ServiceError('shopify', 'ArticleCreate still failing after 7 attempt(s): HTTP 503', 503, true);
        },
      }),
    });
    const result = await world.run({ mode: 'publish', requireApproval: false, maxAttempts: 3 });

    const [article] = await world.articles();
    expect(article?.status).toBe('published');
    expect(result.items[0]).toMatchObject({ item_id: 'applied', outcome: 'published', article_id: article?.id });
    expect(await world.row('applied')).toMatchObject({ status: 'PUBLISHED', article_id: article?.id, last_error: '' });
    expect(world.log.events.some((e) => e.level === 'warn' && e.message.includes('is live'))).toBe(true);
  });

  it('still writes FAILED when the publisher holds no live article for the item', async () => {
    world = await createWorld({
      rows: [pendingRow('broken', { attempts: '2' })],
      vars: OPEN,
      publisher: slowCreate(async () => {
        throw new ServiceError('shopify', 'ArticleCreate still failing after 7 attempt(s): HTTP 503', 503, true);
      }),
    });
    const result = await world.run({ mode: 'publish', requireApproval: false, maxAttempts: 3 });
    expect(result.items[0]).toMatchObject({ item_id: 'broken', outcome: 'failed', codes: ['SHOPIFY_UNAVAILABLE'] });
    expect(await world.row('broken')).toMatchObject({
      status: 'FAILED',
      last_error: 'SHOPIFY_UNAVAILABLE: shopify: ArticleCreate still failing after 7 attempt(s): HTTP 503',
    });
  });

  it('retries instead of FAILED when the publisher cannot be asked', async () => {
    let lookups = 0;
    world = await createWorld({
      rows: [pendingRow('unknown', { attempts: '2' })],
      vars: OPEN,
      publisher: (site: SitePublisher): Publisher => ({
        find: async (lookup) => {
          lookups += 1;
          if (lookups > 1)
            throw new ServiceError('shopify', 'ArticlesByHandle still failing after 7 attempt(s): HTTP 503', 503, true);
          return site.find(lookup);
        },
        update: (id, article) => site.update(id, article),
        publishDraft: (id) => site.publishDraft(id),
        create: async () => {
          throw new ServiceError('shopify', 'ArticleCreate still failing after 7 attempt(s): HTTP 503', 503, true);
        },
      }),
    });
    const result = await world.run({ mode: 'publish', requireApproval: false, maxAttempts: 3 });
    expect(result.items[0]).toMatchObject({ item_id: 'unknown', outcome: 'retry' });
    expect((await world.row('unknown')).status).toBe('PENDING');
  });
});

// When publishing goes wrong: transient errors back off and retry, then
// fail after max attempts; a permanent item error blocks; a configuration
// error stops the run and records it as a failure. The errors thrown here
// are the ones the product throws (a Shopify outage is a ServiceError from
// the GraphQL client; a refused article an ItemError SHOPIFY_<userError code>),
// and a Shopify outage is also met for real, against the fake Shopify.
import { afterEach, describe, expect, it } from 'vitest';
import type { SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { ShopifyPublisher } from '../../../packages/core/src/adapters/shopify';
import { ItemError, ServiceError, UserError } from '../../../packages/core/src/errors';
import type { Publisher } from '../../../packages/core/src/ports';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';
import { createWorld, MINUTE, pendingRow, START, type World } from './world';

let world: World | undefined;
let fake: FakeShopify | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
  await fake?.close();
  fake = undefined;
});

/** What the GraphQL client throws once Shopify still answers 5xx after its retries. */
const outage = (operation: string, status: number, extra = '') =>
  new ServiceError('shopify', `${operation} still failing after 7 attempt(s): HTTP ${status}${extra}`, status, true);

/** The site publisher, except that `create` throws what `fail()` returns (while it returns something). */
function failingCreate(fail: () => Error | undefined) {
  return (site: SitePublisher): Publisher => ({
    find: (lookup) => site.find(lookup),
    update: (id, article) => site.update(id, article),
    publishDraft: (id) => site.publishDraft(id),
    create: async (article) => {
      const error = fail();
      if (error) throw error;
      return site.create(article);
    },
  });
}

describe('executor: transient failures', () => {
  it('puts the row back to PENDING with a backed-off next attempt, the error noted, and the run failed', async () => {
    world = await createWorld({
      rows: [pendingRow('boots')],
      publisher: failingCreate(() => outage('ArticleCreate', 503, '\n(retry-after 2)')),
      random: () => 0,
    });
    const result = await world.run({ runId: 'r1', backoff: { scheduleSeconds: [60, 180], jitter: 0.3 } });

    expect(result.conclusion).toBe('failure');
    expect(result.counts).toMatchObject({ processed: 1, retry: 1 });
    expect(result.items[0]).toMatchObject({ outcome: 'retry', codes: ['SHOPIFY_UNAVAILABLE'], attempts: 1 });
    const row = await world.row('boots');
    // random() = 0 is the low end of the jitter: 60 s × (1 − 0.3).
    expect(row).toMatchObject({
      status: 'PENDING',
      attempts: '1',
      next_attempt_at: new Date(START.getTime() + 42_000).toISOString(),
      last_error:
        'SHOPIFY_UNAVAILABLE: shopify: ArticleCreate still failing after 7 attempt(s): HTTP 503 (retry-after 2)',
      lease_owner: '',
      lease_until: '',
      run_id: 'r1',
    });
    expect((await world.runLogRows())[0]).toMatchObject({ outcome: 'retry', error_codes: ['SHOPIFY_UNAVAILABLE'] });
    expect((await world.runLines()).at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(await world.articles()).toEqual([]);
  });

  it.each([0, 0.25, 0.5, 0.999])('keeps the delay within the jitter bounds (random = %s)', async (r) => {
    world = await createWorld({
      rows: [pendingRow('boots', { attempts: '1' })],
      publisher: failingCreate(() => new Error('socket hang up')),
      random: () => r,
    });
    await world.run({ backoff: { scheduleSeconds: [60, 180, 600], jitter: 0.3 } });
    const row = await world.row('boots');
    // Second attempt: the schedule's 180 s, ±30 %.
    const delay = Date.parse(row.next_attempt_at) - START.getTime();
    expect(delay).toBeGreaterThanOrEqual(180_000 * 0.7);
    expect(delay).toBeLessThanOrEqual(180_000 * 1.3);
    expect(delay).toBe(Math.round(180_000 * (1 + 0.3 * (2 * r - 1))));
    expect(row).toMatchObject({ status: 'PENDING', attempts: '2', last_error: 'UNEXPECTED: socket hang up' });
  });

  it('fails the row after max attempts, keeping the last error; it is not retried again', async () => {
    let calls = 0;
    world = await createWorld({
      rows: [pendingRow('boots')],
      publisher: failingCreate(() => {
        calls += 1;
        return outage('ArticleCreate', 503, ` (call ${calls})`);
      }),
    });
    await world.run({ maxAttempts: 2 });
    expect(await world.row('boots')).toMatchObject({ status: 'PENDING', attempts: '1' });

    world.clock.advance(10 * MINUTE);
    const second = await world.run({ maxAttempts: 2 });
    expect(second.items[0]).toMatchObject({ outcome: 'failed', attempts: 2 });
    expect(second.items[0]?.message).toContain('failed after 2 attempt(s)');
    expect(second.conclusion).toBe('failure');
    expect(await world.row('boots')).toMatchObject({
      status: 'FAILED',
      attempts: '2',
      next_attempt_at: '',
      last_error: 'SHOPIFY_UNAVAILABLE: shopify: ArticleCreate still failing after 7 attempt(s): HTTP 503 (call 2)',
    });

    world.clock.advance(60 * MINUTE);
    const third = await world.run({ maxAttempts: 2 });
    expect(third.counts.processed).toBe(0);
    expect(calls).toBe(2);
  });

  it('keeps an APPROVED row APPROVED when publishing its draft fails transiently', async () => {
    let failing = false;
    world = await createWorld({
      rows: [pendingRow('boots')],
      vars: { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' },
      publisher: (site) => ({
        find: (lookup) => site.find(lookup),
        create: (article) => site.create(article),
        update: (id, article) => site.update(id, article),
        publishDraft: async (id) => {
          if (failing) throw outage('ArticleUpdate', 502);
          return site.publishDraft(id);
        },
      }),
    });
    await world.run();
    await world.edit('boots', { status: 'APPROVED' });
    failing = true;
    const result = await world.run({ mode: 'publish' });
    expect(result.items[0]).toMatchObject({ outcome: 'retry', codes: ['SHOPIFY_UNAVAILABLE'] });
    expect(await world.row('boots')).toMatchObject({ status: 'APPROVED', attempts: '1' });

    failing = false;
    world.clock.advance(10 * MINUTE);
    await world.run({ mode: 'publish' });
    expect((await world.row('boots')).status).toBe('PUBLISHED');
    expect(await world.articles()).toHaveLength(1);
  });
});

describe('executor: a Shopify outage, met for real', () => {
  /** The Shopify publisher against the fake store, with few retries and no real waiting. */
  async function shopifyWorld(setup: (fake: FakeShopify) => void) {
    fake = await startFakeShopify();
    const store = fake;
    const shopify = new ShopifyPublisher({
      storeDomain: 'demo.myshopify.com',
      accessToken: 'shpat_test',
      apiUrl: store.graphqlUrl(),
      maxRetries: 2,
      requestTimeoutMs: 200,
      sleep: async () => {},
    });
    world = await createWorld({
      rows: [pendingRow('boots')],
      // The outage starts once the run has found its blog: it meets the item, not the run's start.
      publisher: (): Publisher => ({
        prepare: () => shopify.prepare(),
        find: (lookup) => shopify.find(lookup),
        update: (id, article) => shopify.update(id, article),
        publishDraft: (id) => shopify.publishDraft(id),
        create: (article) => {
          setup(store);
          return shopify.create(article);
        },
      }),
    });
    return world;
  }

  it.each([
    ['503 on every try', (f: FakeShopify) => f.failNext(3, 503), 'HTTP 503'],
    ['429 on every try', (f: FakeShopify) => f.failNext(3, 429, { 'Retry-After': '0' }), 'HTTP 429'],
    [
      'THROTTLED on every try',
      (f: FakeShopify) => f.throttleStorm({ rates: { ArticleCreate: 1 }, seed: 1 }),
      'THROTTLED',
    ],
    [
      'an articleCreate with no answer, twice',
      (f: FakeShopify) => f.hang({ operations: ['ArticleCreate'], apply: false }),
      'got no answer',
    ],
  ])('%s: SHOPIFY_UNAVAILABLE, retried with backoff (never UNEXPECTED)', async (_name, setup, said) => {
    const w = await shopifyWorld(setup);
    const result = await w.run({ runId: 'r1' });
    expect(result.items[0]).toMatchObject({ outcome: 'retry', codes: ['SHOPIFY_UNAVAILABLE'] });
    const row = await w.row('boots');
    expect(row.status).toBe('PENDING');
    expect(row.next_attempt_at).not.toBe('');
    expect(row.last_error).toMatch(/^SHOPIFY_UNAVAILABLE: shopify: ArticleCreate /);
    expect(row.last_error).toContain(said);
    expect((await w.runLogRows())[0]).toMatchObject({ outcome: 'retry', error_codes: ['SHOPIFY_UNAVAILABLE'] });
  });
});

describe('executor: permanent and configuration errors', () => {
  it('blocks the row on a non-transient item error, its code written once in notes and the last error cleared', async () => {
    world = await createWorld({
      // An earlier attempt's error is still on the row: it must not stand next to the current reason.
      rows: [pendingRow('boots', { attempts: '1', last_error: 'SHOPIFY_UNAVAILABLE: an older outage' })],
      publisher: failingCreate(
        // What the Shopify publisher throws for a userError (userErrorsToItemError).
        () =>
          new ItemError(
            'SHOPIFY_UPLOAD_FAILED',
            'Shopify articleCreate refused item boots: article.image: Image upload failed.',
            false,
          ),
      ),
    });
    const result = await world.run();
    expect(result.items[0]).toMatchObject({
      outcome: 'blocked',
      codes: ['SHOPIFY_UPLOAD_FAILED'],
      message: 'SHOPIFY_UPLOAD_FAILED: Shopify articleCreate refused item boots: article.image: Image upload failed.',
    });
    expect(result.conclusion).toBe('success');
    expect(await world.row('boots')).toMatchObject({
      status: 'BLOCKED',
      notes: '[SHOPIFY_UPLOAD_FAILED] Shopify articleCreate refused item boots: article.image: Image upload failed.',
      last_error: '',
    });
  });

  it('rethrows a UserError met mid-run and records the run as a failure; the claimed row keeps its lease', async () => {
    world = await createWorld({
      rows: [pendingRow('boots')],
      publisher: failingCreate(() => new UserError('SHOPIFY_ACCESS_TOKEN was refused (401); check the secret')),
    });
    await expect(world.run({ runId: 'broken', leaseSeconds: 900 })).rejects.toThrow(UserError);

    const last = (await world.runLines()).at(-1);
    expect(last).toMatchObject({ run_id: 'broken', status: 'completed', conclusion: 'failure' });
    expect(await world.row('boots')).toMatchObject({
      status: 'IN_PROGRESS',
      lease_owner: 'test-host',
      lease_until: new Date(START.getTime() + 900_000).toISOString(),
    });
    expect(await world.runLogRows()).toEqual([]);

    // Once the lease runs out, the next run takes it again.
    world.clock.advance(16 * MINUTE);
    const next = await world.run({}, { publisher: world.site });
    expect(next.recovered).toBe(1);
    expect(next.items[0]).toMatchObject({ item_id: 'boots', outcome: 'drafted' });
  });
});

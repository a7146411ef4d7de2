// The Shopify client reports how long it waited on the rate-limit bucket
// (throttleWaitMs), the source of autopilot_throttle_wait_seconds_total.
import { afterEach, describe, expect, it } from 'vitest';
import { ShopifyPublisher } from '../../../packages/core/src/adapters/shopify';
import { articleInput } from '../../contract/publisher.contract';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';

let fake: FakeShopify | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('Shopify throttle wait stats', () => {
  it('adds up every wait for the bucket, in milliseconds', async () => {
    const clock = { t: 0, sleeps: [] as number[] };
    fake = await startFakeShopify({ maximumAvailable: 40, restoreRate: 10, now: () => clock.t });
    const publisher = new ShopifyPublisher({
      storeDomain: 'demo.myshopify.com',
      accessToken: 'shpat_test',
      apiUrl: fake.graphqlUrl(),
      now: () => new Date(clock.t),
      sleep: async (ms) => {
        clock.sleeps.push(ms);
        clock.t += ms;
      },
    });
    expect(publisher.stats().throttleWaitMs).toBe(0);
    for (let i = 1; i <= 6; i++) await publisher.create(articleInput(`W${i}`));
    const stats = publisher.stats();
    // A 40-point bucket cannot hold six creates at once: the client waited, and only on the bucket.
    expect(fake.calls.some((c) => c.throttled)).toBe(false);
    expect(stats.throttleWaits).toBe(clock.sleeps.length);
    expect(stats.throttleWaitMs).toBeGreaterThan(0);
    expect(stats.throttleWaitMs).toBe(clock.sleeps.reduce((a, b) => a + b, 0));
  });

  it('counts the wait after a THROTTLED answer too', async () => {
    const clock = { t: 0, sleeps: [] as number[] };
    fake = await startFakeShopify({ maximumAvailable: 40, restoreRate: 10, now: () => clock.t });
    const options = {
      storeDomain: 'demo.myshopify.com',
      accessToken: 'shpat_test',
      apiUrl: fake.graphqlUrl(),
      now: () => new Date(clock.t),
      sleep: async (ms: number) => {
        clock.sleeps.push(ms);
        clock.t += ms;
      },
    };
    const publisher = new ShopifyPublisher(options);
    await publisher.create(articleInput('T0')); // learns the costs
    // Another client drains the shared bucket behind our back.
    const other = new ShopifyPublisher(options);
    for (const id of ['T1', 'T2', 'T3']) await other.create(articleInput(id));
    const before = publisher.stats();
    const sleepsBefore = clock.sleeps.length;
    await publisher.create(articleInput('T4'));
    expect(fake.calls.filter((c) => c.throttled)).toHaveLength(1);
    const mine = clock.sleeps.slice(sleepsBefore).reduce((a, b) => a + b, 0);
    expect(mine).toBeGreaterThan(0);
    expect(publisher.stats().throttleWaitMs - before.throttleWaitMs).toBe(mine);
  });
});

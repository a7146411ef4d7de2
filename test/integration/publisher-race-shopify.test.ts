// Exactly-once on Shopify: four executors' publishers (separate clients)
// publish the same item ids at once against the fake Admin API with service
// latency. Handles are unique per blog, so a losing create is refused as
// TAKEN and the adapter adopts the item's own article instead of making a
// second one.
import { afterEach, describe, expect, it } from 'vitest';
import { ShopifyPublisher } from '../../packages/core/src/adapters/shopify';
import { publishArticle } from '../../packages/core/src/services/publish-article';
import { articleInput } from '../contract/publisher.contract';
import { type FakeShopify, startFakeShopify } from '../fakes/shopify-server';

const ITEMS = Array.from({ length: 8 }, (_, i) => `item-${i + 1}`);
let fake: FakeShopify | undefined;

afterEach(async () => {
  await fake?.close();
});

describe('Shopify publisher under racing executors', () => {
  it('gives each item id exactly one article', async () => {
    fake = await startFakeShopify({ latencyMs: 5 });
    const server = fake;
    const racers = [0, 1, 2, 3].map(
      () =>
        new ShopifyPublisher({
          storeDomain: 'demo.myshopify.com',
          accessToken: 'shpat_test',
          apiUrl: server.graphqlUrl(),
        }),
    );
    await Promise.all(
      racers.map(async (publisher, r) => {
        const order = r % 2 === 0 ? ITEMS : [...ITEMS].reverse();
        for (const item of order) {
          const n = Number(item.replace(/\D/g, ''));
          // Pairs of items want the same handle, so handle collisions race too.
          await publishArticle(publisher, articleInput(item, { handle: `topic-${n % 4}` }), {});
        }
      }),
    );
    const owners = server.articles.map((a) => a.metafields.find((m) => m.key === 'item_id')?.value);
    expect([...owners].sort()).toEqual([...ITEMS].sort());
    expect(new Set(server.articles.map((a) => a.handle)).size).toBe(ITEMS.length);
    // The racers did collide: more creates were attempted than articles exist.
    expect(server.calls.filter((c) => c.operation === 'ArticleCreate').length).toBeGreaterThan(ITEMS.length);
  });
});

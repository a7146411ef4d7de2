// Credentials are checked at the start of a run, before any row is claimed
// (issue 4): the Shopify publisher's prepare() exchanges the client
// credentials for a token and looks the blog up, against the fake Shopify
// server. A refused token or a missing blog fails the run with a message
// naming the setting, and the queue is left byte for byte as it was.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ShopifyPublisher, type ShopifyPublisherOptions } from '../../../packages/core/src/adapters/shopify';
import { ServiceError, UserError } from '../../../packages/core/src/errors';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';
import { createWorld, pendingRow, type World } from './world';

let fake: FakeShopify;
let world: World | undefined;
beforeAll(async () => {
  fake = await startFakeShopify({ clientId: 'app-id', clientSecret: 'app-secret' });
});
afterAll(() => fake.close());
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
  fake.calls.length = 0;
});

function shopify(options: Partial<ShopifyPublisherOptions>): ShopifyPublisher {
  return new ShopifyPublisher({
    storeDomain: 'demo.myshopify.com',
    apiUrl: fake.graphqlUrl(),
    tokenUrl: fake.tokenUrl,
    sleep: async () => {},
    ...options,
  });
}

/** A run against a publisher that must fail at start: the error, and proof nothing was claimed. */
async function failsAtStart(publisher: ShopifyPublisher): Promise<Error> {
  world = await createWorld({ rows: [pendingRow('boots'), pendingRow('socks')], publisher: () => publisher });
  const before = await world.rawQueue();
  const error = await world.run({ runId: 'bad-config' }).then(
    () => new Error('the run did not fail'),
    (e: Error) => e,
  );
  expect(await world.rawQueue()).toBe(before);
  expect(await world.runLogRows()).toEqual([]);
  expect((await world.runLines()).at(-1)).toMatchObject({ run_id: 'bad-config', conclusion: 'failure' });
  // No article operation was even attempted.
  expect(fake.calls.map((c) => c.operation)).not.toContain('ArticleCreate');
  return error;
}

describe('executor start: the Shopify publisher is prepared before any claim', () => {
  it('a refused admin token fails the run naming SHOPIFY_ADMIN_TOKEN', async () => {
    const error = await failsAtStart(shopify({ accessToken: 'shpat_revoked' }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/HTTP 401.*check SHOPIFY_ADMIN_TOKEN and SHOPIFY_STORE_DOMAIN/);
    expect(fake.calls.map((c) => [c.operation, c.status])).toEqual([['BlogByHandle', 401]]);
  });

  it('refused client credentials fail the run naming SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET', async () => {
    const error = await failsAtStart(shopify({ clientId: 'app-id', clientSecret: 'wrong' }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/check SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET/);
    expect(fake.calls).toEqual([]);
  });

  it('a blog handle the store does not have fails the run naming SHOPIFY_BLOG_HANDLE', async () => {
    const error = await failsAtStart(shopify({ accessToken: 'shpat_test', blogHandle: 'journal' }));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/no blog with handle "journal" \(SHOPIFY_BLOG_HANDLE\)/);
  });

  it('exchanges the client credentials for a fresh token at the start of each run', async () => {
    const publisher = shopify({ clientId: 'app-id', clientSecret: 'app-secret' });
    world = await createWorld({ rows: [pendingRow('boots')], publisher: () => publisher });
    const issued = fake.issuedTokens.length;

    const first = await world.run();
    expect(first.items.map((i) => i.outcome)).toEqual(['drafted']);
    expect(fake.issuedTokens).toHaveLength(issued + 1);
    // The blog is looked up before anything else.
    expect(fake.calls[0]?.operation).toBe('BlogByHandle');

    const second = await world.run();
    expect(second.counts.processed).toBe(0);
    expect(fake.issuedTokens).toHaveLength(issued + 2);
  });

  it('a publisher that cannot be reached at start: nothing claimed, the run fails saying why', async () => {
    world = await createWorld({
      rows: [pendingRow('boots')],
      publisher: (site) => ({
        find: (lookup) => site.find(lookup),
        create: (article) => site.create(article),
        update: (id, article) => site.update(id, article),
        publishDraft: (id) => site.publishDraft(id),
        prepare: async () => {
          throw new ServiceError('shopify', 'BlogByHandle still failing after 7 attempt(s): HTTP 503', 503, true);
        },
      }),
    });
    const before = await world.rawQueue();
    const result = await world.run({ runId: 'down' });
    expect(result.conclusion).toBe('failure');
    expect(result.counts.processed).toBe(0);
    expect(result.errors).toEqual([
      expect.stringMatching(/^the publisher is not ready, so nothing was claimed: .*503/),
    ]);
    expect(await world.rawQueue()).toBe(before);
    expect((await world.runLines()).at(-1)).toMatchObject({ run_id: 'down', conclusion: 'failure' });
  });
});

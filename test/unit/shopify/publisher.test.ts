import { afterEach, describe, expect, it } from 'vitest';
import { ShopifyPublisher, type ShopifyPublisherOptions } from '../../../packages/core/src/adapters/shopify';
import { ItemError, ServiceError, UserError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { articleInput } from '../../contract/publisher.contract';
import { type FakeShopify, type FakeShopifyOptions, startFakeShopify } from '../../fakes/shopify-server';

const STORE = 'demo.myshopify.com';
let fake: FakeShopify | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake clock shared by the server's bucket and the publisher's sleep. */
function fakeTime() {
  const clock = { t: 0, sleeps: [] as number[] };
  return {
    clock,
    serverNow: () => clock.t,
    now: () => new Date(clock.t),
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
}

async function setup(server: FakeShopifyOptions = {}, options: Partial<ShopifyPublisherOptions> = {}) {
  fake = await startFakeShopify(server);
  const publisher = new ShopifyPublisher({
    storeDomain: STORE,
    accessToken: 'shpat_test',
    apiUrl: fake.graphqlUrl(),
    sleep: async () => {},
    ...options,
  });
  return { fake, publisher };
}

describe('ShopifyPublisher', () => {
  it('creates a draft with the item-id metafield, author, summary, tags and a store URL', async () => {
    const { fake, publisher } = await setup({}, { author: 'Store Team' });
    const ref = await publisher.create(articleInput('S1', { author: undefined }));
    expect(ref.url).toBe(`https://${STORE}/blogs/news/post-s1`);
    expect(ref.id).toMatch(/^gid:\/\/shopify\/Article\/\d+$/);
    const stored = fake.articles.find((a) => a.id === ref.id);
    expect(stored).toMatchObject({
      handle: 'post-s1',
      isPublished: false,
      author: 'Store Team',
      summary: 'Summary of S1',
      body: '<p>Body of S1</p>',
      tags: ['tea', 'guides'],
    });
    expect(stored?.metafields).toEqual([
      { namespace: 'autopilot', key: 'item_id', type: 'single_line_text_field', value: 'S1' },
    ]);
  });

  it('looks the blog up by handle once and fails clearly when it is missing', async () => {
    const { fake, publisher } = await setup();
    await publisher.create(articleInput('B1'));
    await publisher.create(articleInput('B2'));
    expect(fake.calls.filter((c) => c.operation === 'BlogByHandle')).toHaveLength(1);

    const other = new ShopifyPublisher({
      storeDomain: STORE,
      accessToken: 'shpat_test',
      apiUrl: fake.graphqlUrl(),
      blogHandle: 'journal',
    });
    const error = await other.create(articleInput('B3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('SHOPIFY_BLOG_HANDLE');
    expect((error as Error).message).toContain('journal');
    expect((error as Error).message).toContain(STORE);
  });

  it("never overwrites a human's article that holds the wanted handle", async () => {
    const { fake, publisher } = await setup();
    const human = fake.seedArticle({ handle: 'welcome', title: 'Hand written' });
    const ref = await publisher.create(articleInput('W1', { handle: 'welcome' }));
    expect(ref.handle).toBe('welcome-2');
    expect(human).toMatchObject({ title: 'Hand written', handle: 'welcome' });
    expect(await publisher.find({ item_id: 'W1', handle: 'welcome' })).toEqual(ref);
    // A stored id that points at someone else's article is not ours.
    expect(await publisher.find({ article_id: human.id, item_id: 'W1' })).toBeUndefined();
  });

  it('does not create a second article when the handle holder is not in search results yet (index lag)', async () => {
    const { fake, publisher } = await setup();
    fake.setSearchLag(true);
    // A run that died after creating the item's article, before saving its id.
    const first = await publisher.create(articleInput('L1'));
    expect(await publisher.find({ item_id: 'L1', handle: 'post-l1' })).toBeUndefined(); // not searchable yet
    const again = publisher.create(articleInput('L1'));
    await expect(again).rejects.toBeInstanceOf(ItemError);
    await expect(again).rejects.toMatchObject({ code: 'SHOPIFY_HANDLE_NOT_SEARCHABLE', transient: true });
    expect(fake.articles).toHaveLength(1);
    // Once the index catches up, the retry finds and updates the item's own article.
    fake.catchUp();
    const retried = await publisher.create(articleInput('L1'));
    expect(retried.id).toBe(first.id);
    expect(fake.articles).toHaveLength(1);
  });

  it('ignores an article with the same handle in another blog', async () => {
    const { fake, publisher } = await setup({ blogs: ['news', 'other'] });
    fake.seedArticle({ handle: 'post-x1', blogId: fake.blogs[1]!.id });
    const ref = await publisher.create(articleInput('X1'));
    expect(ref.handle).toBe('post-x1');
    expect(fake.articles.filter((a) => a.handle === 'post-x1')).toHaveLength(2);
  });

  it('skips a stored id that is not a Shopify article id (left over from the local site)', async () => {
    const { publisher } = await setup();
    const ref = await publisher.create(articleInput('G1'));
    expect(await publisher.find({ article_id: 'local-3', item_id: 'G1', handle: 'post-g1' })).toEqual(ref);
  });

  it('maps userErrors to non-transient item errors with SHOPIFY_ codes', async () => {
    const { publisher } = await setup();
    const blank = await publisher.create(articleInput('E1', { title: '' })).catch((e: unknown) => e);
    expect(blank).toBeInstanceOf(ItemError);
    expect(blank).toMatchObject({ code: 'SHOPIFY_BLANK', transient: false });
    expect((blank as Error).message).toContain('title');
    const missing = await publisher.publishDraft('gid://shopify/Article/999999').catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'SHOPIFY_NOT_FOUND', transient: false });
  });

  it('turns a rejected token into a UserError and never logs the token', async () => {
    const events = createMemoryLogger();
    const { publisher } = await setup({}, { accessToken: 'shpat_wrong_secret', log: events });
    const error = await publisher.create(articleInput('T1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('SHOPIFY_ADMIN_TOKEN');
    expect((error as Error).message).not.toContain('shpat_wrong_secret');
    expect(JSON.stringify(events.events)).not.toContain('shpat_wrong_secret');
  });

  it('explains a missing write_content scope', async () => {
    const { publisher } = await setup({ scopes: ['read_content'] });
    const error = await publisher.create(articleInput('T2')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('write_content');
  });

  it('redacts every text it sends', async () => {
    const { fake, publisher } = await setup({}, { redact: (text) => text.replaceAll('sk-secret', '***') });
    await publisher.create(
      articleInput('RD1', {
        title: 'Key sk-secret',
        summary: 'sk-secret',
        body_html: '<p>sk-secret</p>',
        tags: ['sk-secret'],
      }),
    );
    expect(JSON.stringify(fake.articles)).not.toContain('sk-secret');
    expect(fake.articles[0]).toMatchObject({ title: 'Key ***', body: '<p>***</p>', tags: ['***'] });
  });

  it('refuses to start without credentials, naming the settings', () => {
    expect(() => new ShopifyPublisher({ storeDomain: STORE })).toThrow(/SHOPIFY_ADMIN_TOKEN.*SHOPIFY_CLIENT_ID/);
  });

  it('exchanges client credentials for a token once, then uses it', async () => {
    const { fake, publisher } = await setup(
      { clientId: 'app-id', clientSecret: 'app-secret' },
      { accessToken: undefined, clientId: 'app-id', clientSecret: 'app-secret' },
    );
    await publisher.create(articleInput('CC1'));
    await publisher.create(articleInput('CC2'));
    expect(fake.issuedTokens).toEqual(['shpat_cc_1']);
    expect(fake.articles).toHaveLength(2);

    // The exchanged token expires: the next request exchanges again, once, and goes on.
    fake.revokeToken('shpat_cc_1');
    await publisher.create(articleInput('CC4'));
    expect(fake.issuedTokens).toEqual(['shpat_cc_1', 'shpat_cc_2']);
    expect(fake.articles).toHaveLength(3);

    const wrong = new ShopifyPublisher({
      storeDomain: STORE,
      clientId: 'app-id',
      clientSecret: 'nope',
      apiUrl: fake.graphqlUrl(),
    });
    const error = await wrong.create(articleInput('CC3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('SHOPIFY_CLIENT_SECRET');
  });

  it('waits for the bucket to restore before a request would exceed it', async () => {
    const time = fakeTime();
    const { fake, publisher } = await setup(
      { maximumAvailable: 40, restoreRate: 10, now: time.serverNow },
      { now: time.now, sleep: time.sleep },
    );
    for (let i = 1; i <= 6; i++) await publisher.create(articleInput(`R${i}`));
    expect(fake.articles).toHaveLength(6);
    expect(fake.calls.some((c) => c.throttled)).toBe(false);
    expect(publisher.stats().throttleWaits).toBeGreaterThan(0);
    expect(time.clock.sleeps.length).toBeGreaterThan(0);
    expect(publisher.stats().requests).toBe(7); // one blog lookup + six creates
  });

  it('retries THROTTLED answers after the wait the throttle status implies', async () => {
    const time = fakeTime();
    const server = { maximumAvailable: 40, restoreRate: 10, now: time.serverNow };
    const { fake, publisher } = await setup(server, { now: time.now, sleep: time.sleep });
    await publisher.create(articleInput('Q0')); // learns the costs
    // Another client drains the shared bucket behind our back.
    const other = new ShopifyPublisher({
      storeDomain: STORE,
      accessToken: 'shpat_test',
      apiUrl: fake.graphqlUrl(),
      now: time.now,
      sleep: time.sleep,
    });
    for (const id of ['Q1', 'Q2', 'Q3']) await other.create(articleInput(id));
    const before = publisher.stats();
    await publisher.create(articleInput('Q4'));
    expect(fake.calls.filter((c) => c.throttled).map((c) => c.operation)).toEqual(['ArticleCreate']);
    expect(publisher.stats().retries).toBe(before.retries + 1);
    expect(publisher.stats().throttleWaits).toBeGreaterThan(before.throttleWaits);
    expect(fake.articles.map((a) => a.metafields[0]?.value)).toEqual(['Q0', 'Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('honours Retry-After on 429 and retries 5xx, within a bound', async () => {
    const time = fakeTime();
    const { fake, publisher } = await setup({}, { now: time.now, sleep: time.sleep, maxRetries: 2 });
    fake.failNext(1, 429, { 'Retry-After': '2' });
    await publisher.create(articleInput('Z1'));
    expect(time.clock.sleeps).toContain(2000);
    expect(publisher.stats().retries).toBe(1);

    fake.failNext(1, 502);
    await publisher.create(articleInput('Z2'));
    expect(publisher.stats().retries).toBe(2);

    fake.failNext(5, 503);
    const error = await publisher.create(articleInput('Z3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ retryable: true, status: 503 });
    expect(fake.articles.map((a) => a.metafields[0]?.value)).toEqual(['Z1', 'Z2']);
  });
});

// What the publisher sends Shopify for an article's fields (issue 11), read
// off the wire, and what the fake store refuses as Shopify documents it.
import { afterEach, describe, expect, it } from 'vitest';
import { ShopifyPublisher } from '../../../packages/core/src/adapters/shopify';
import { ItemError } from '../../../packages/core/src/errors';
import { articleInput } from '../../contract/publisher.contract';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';

let fake: FakeShopify | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const FUTURE = '2026-11-03T09:00:00.000Z';

async function setup() {
  fake = await startFakeShopify({ now: () => NOW });
  const publisher = new ShopifyPublisher({
    storeDomain: 'demo.myshopify.com',
    accessToken: 'shpat_test',
    apiUrl: fake.graphqlUrl(),
    now: () => new Date(NOW),
    sleep: async () => {},
    redact: (text) => text.replaceAll('sk-canary-123', '***'),
  });
  return { fake, publisher };
}

/** The article variable of the last call of an operation. */
const sent = (f: FakeShopify, operation: string) =>
  [...f.calls].reverse().find((c) => c.operation === operation)?.variables.article as Record<string, unknown>;

/** A raw GraphQL request to the fake, to see what it refuses. */
async function raw(f: FakeShopify, query: string, variables: Record<string, unknown>) {
  const response = await fetch(f.graphqlUrl(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': 'shpat_test' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { userErrors: Array<{ code: string }> }>;
    errors?: unknown[];
  };
}
const CREATE =
  'mutation ArticleCreate($article: ArticleCreateInput!) { articleCreate(article: $article) { article { id } userErrors { code field message } } }';

describe('ShopifyPublisher article fields', () => {
  it('sends summary, tags, author, image with alt text and the SEO metafields (redacted, on one line)', async () => {
    const { fake, publisher } = await setup();
    await publisher.create(
      articleInput('F1', {
        image: { url: 'https://cdn.example.com/tea.jpg', altText: 'A cup of tea' },
        seo: { title: 'Green tea guide', description: 'How to brew\ngreen tea sk-canary-123' },
        published: true,
      }),
    );
    const article = sent(fake, 'ArticleCreate');
    expect(article).toMatchObject({
      summary: 'Summary of F1',
      tags: ['tea', 'guides'],
      author: { name: 'Ada' },
      image: { url: 'https://cdn.example.com/tea.jpg', altText: 'A cup of tea' },
      isPublished: true,
    });
    expect(article.publishDate).toBeUndefined();
    expect(article.metafields).toEqual([
      { namespace: 'autopilot', key: 'item_id', type: 'single_line_text_field', value: 'F1' },
      { namespace: 'global', key: 'title_tag', type: 'single_line_text_field', value: 'Green tea guide' },
      {
        namespace: 'global',
        key: 'description_tag',
        type: 'single_line_text_field',
        value: 'How to brew green tea ***',
      },
    ]);
  });

  it('schedules a live input with a future publishAt: publishDate, never isPublished true', async () => {
    const { fake, publisher } = await setup();
    const ref = await publisher.create(articleInput('F2', { published: true, publishAt: FUTURE }));
    const article = sent(fake, 'ArticleCreate');
    expect(article.publishDate).toBe(FUTURE);
    expect(article.isPublished).toBeUndefined();
    expect(ref.status).toBe('draft');
    expect(fake.articles[0]).toMatchObject({ isPublished: false, publishedAt: FUTURE });

    // An update keeps it scheduled the same way.
    await publisher.update(ref.id, articleInput('F2', { published: true, publishAt: FUTURE, title: 'Edited' }));
    expect(sent(fake, 'ArticleUpdate')).toMatchObject({ publishDate: FUTURE });
    expect(sent(fake, 'ArticleUpdate').isPublished).toBeUndefined();
  });

  it('a draft never carries a publishDate (it would go live without approval)', async () => {
    const { fake, publisher } = await setup();
    await publisher.create(articleInput('F3', { published: false, publishAt: FUTURE }));
    const article = sent(fake, 'ArticleCreate');
    expect(article.publishDate).toBeUndefined();
    expect(article.isPublished).toBe(false);
  });

  it('a publishAt already past publishes at once', async () => {
    const { fake, publisher } = await setup();
    const ref = await publisher.create(articleInput('F4', { published: true, publishAt: '2026-10-01T00:00:00.000Z' }));
    expect(sent(fake, 'ArticleCreate')).toMatchObject({ isPublished: true });
    expect(ref.status).toBe('published');
  });

  it('publishDraft with a future publishAt schedules the draft', async () => {
    const { fake, publisher } = await setup();
    const draft = await publisher.create(articleInput('F5'));
    const ref = await publisher.publishDraft(draft.id, { publishAt: FUTURE });
    expect(sent(fake, 'ArticleUpdate')).toEqual({ publishDate: FUTURE });
    expect(ref.status).toBe('draft');
  });
});

describe('fake Shopify refuses what Shopify refuses', () => {
  const base = { blogId: 'gid://shopify/Blog/1', title: 'T', author: { name: 'A' } };

  it('isPublished true with a future publishDate: INVALID_PUBLISH_DATE', async () => {
    const { fake } = await setup();
    const answer = await raw(fake, CREATE, { article: { ...base, isPublished: true, publishDate: FUTURE } });
    expect(answer.data?.articleCreate?.userErrors.map((e) => e.code)).toEqual(['INVALID_PUBLISH_DATE']);
    expect(fake.articles).toHaveLength(0);
  });

  it('an input field ArticleCreateInput does not define: a GraphQL error, nothing created', async () => {
    const { fake } = await setup();
    for (const article of [
      { ...base, seo: { title: 'x' } },
      { ...base, image: { src: 'https://cdn.example.com/a.jpg' } },
      { ...base, author: { name: 'A', email: 'a@example.com' } },
    ]) {
      const answer = await raw(fake, CREATE, { article });
      expect(answer.errors).toHaveLength(1);
      expect(answer.data).toBeUndefined();
    }
    expect(fake.articles).toHaveLength(0);
  });

  it('a metafield with an unknown type or a line break in a single-line value', async () => {
    const { fake } = await setup();
    const typo = await raw(fake, CREATE, {
      article: { ...base, metafields: [{ namespace: 'global', key: 'title_tag', type: 'string', value: 'x' }] },
    });
    expect(typo.data?.articleCreate?.userErrors.map((e) => e.code)).toEqual(['INVALID_TYPE']);
    const lines = await raw(fake, CREATE, {
      article: {
        ...base,
        metafields: [{ namespace: 'global', key: 'description_tag', type: 'single_line_text_field', value: 'a\nb' }],
      },
    });
    expect(lines.data?.articleCreate?.userErrors.map((e) => e.code)).toEqual(['INVALID_VALUE']);
  });

  it('the publisher surfaces an image Shopify could not fetch as a non-transient item error', async () => {
    const { publisher } = await setup();
    const bad = await publisher
      .create(articleInput('F6', { image: { url: 'not a url', altText: 'x' } }))
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ItemError);
    expect((bad as ItemError).code).toBe('SHOPIFY_UPLOAD_FAILED');
    expect((bad as ItemError).transient).toBe(false);
  });
});

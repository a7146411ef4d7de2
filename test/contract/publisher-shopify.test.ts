import { ShopifyPublisher } from '../../packages/core/src/adapters/shopify';
import { startFakeShopify } from '../fakes/shopify-server';
import { describePublisherContract } from './publisher.contract';

describePublisherContract(
  'ShopifyPublisher (fake GraphQL Admin server)',
  async () => {
    // One clock for the store and the publisher, so a scheduled article's moment can be reached.
    let clock = Date.UTC(2026, 10, 1, 12, 0, 0);
    const fake = await startFakeShopify({ now: () => clock });
    const publisher = new ShopifyPublisher({
      storeDomain: 'demo.myshopify.com',
      accessToken: 'shpat_test',
      apiUrl: fake.graphqlUrl(),
      now: () => new Date(clock),
    });
    const ours = (itemId: string) =>
      fake.articles.filter((a) => a.metafields.some((m) => m.namespace === 'autopilot' && m.value === itemId));
    const metafield = (id: string, namespace: string, key: string) =>
      fake.articles.find((a) => a.id === id)?.metafields.find((m) => m.namespace === namespace && m.key === key)?.value;
    return {
      publisher,
      countOf: async (itemId) => ours(itemId).length,
      titleOf: async (id) => fake.articles.find((a) => a.id === id)?.title,
      fieldsOf: async (id) => {
        const a = fake.articles.find((article) => article.id === id);
        if (!a) return undefined;
        const scheduled = !a.isPublished && a.publishedAt;
        return {
          summary: a.summary,
          tags: a.tags,
          author: a.author,
          ...(a.image && { image: { url: a.image.url, altText: a.image.altText } }),
          seo: {
            title: metafield(id, 'global', 'title_tag') ?? '',
            description: metafield(id, 'global', 'description_tag') ?? '',
          },
          ...(scheduled && { publishAt: scheduled }),
        };
      },
      advanceTo: async (at) => {
        clock = at.getTime();
      },
      close: () => fake.close(),
    };
  },
  { articleFields: true, articleLanguage: false, storeSchedules: true },
);

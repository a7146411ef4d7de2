import { ShopifyPublisher } from '../../packages/core/src/adapters/shopify';
import { startFakeShopify } from '../fakes/shopify-server';
import { describePublisherContract } from './publisher.contract';

describePublisherContract('ShopifyPublisher (fake GraphQL Admin server)', async () => {
  const fake = await startFakeShopify();
  const publisher = new ShopifyPublisher({
    storeDomain: 'demo.myshopify.com',
    accessToken: 'shpat_test',
    apiUrl: fake.graphqlUrl(),
  });
  const ours = (itemId: string) =>
    fake.articles.filter((a) => a.metafields.some((m) => m.namespace === 'autopilot' && m.value === itemId));
  return {
    publisher,
    countOf: async (itemId) => ours(itemId).length,
    titleOf: async (id) => fake.articles.find((a) => a.id === id)?.title,
    close: () => fake.close(),
  };
});

export { exchangeClientCredentials } from './access-token';
export { catalogQuery, ShopifyCatalog } from './catalog';
export { ShopifyGraphqlClient, type ShopifyStats } from './graphql-client';
export { ITEM_METAFIELD } from './operations';
export {
  createShopifyPublisher,
  handleVariants,
  SHOPIFY_DEFAULT_API_VERSION,
  ShopifyPublisher,
  type ShopifyPublisherOptions,
} from './publisher';
export { availableAt, retryAfterMs, type ThrottleStatus, waitForCostMs } from './throttle';

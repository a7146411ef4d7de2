// SHOPIFY_STORE_DOMAIN is a bare host name: the Admin API URL is built from
// it. A URL, a path or a port is refused with a message naming the setting,
// the value and what is allowed; SHOPIFY_API_URL still overrides the endpoint.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../packages/core/src/config';

const load = (env: Record<string, string>) => loadConfig({ env });

describe('SHOPIFY_STORE_DOMAIN', () => {
  it.each([
    ['my-store.myshopify.com', 'my-store.myshopify.com'],
    ['  My-Store.MyShopify.com ', 'my-store.myshopify.com'],
    ['shop.example.co.uk', 'shop.example.co.uk'],
  ])('accepts the host name %j', (value, expected) => {
    expect(load({ SHOPIFY_STORE_DOMAIN: value }).shopifyStoreDomain).toBe(expected);
  });

  it.each([
    'https://my-store.myshopify.com',
    'my-store.myshopify.com/',
    'my-store.myshopify.com/admin',
    'my-store.myshopify.com:443',
    'my-store',
    'my store.myshopify.com',
    '-store.myshopify.com',
  ])('refuses %j, naming the setting, the value and what is allowed', (value) => {
    expect(() => load({ SHOPIFY_STORE_DOMAIN: value })).toThrow(
      `shopify-store-domain (environment SHOPIFY_STORE_DOMAIN): "${value}" is not valid; ` +
        'expected a host name like my-store.myshopify.com (no https://, port or path)',
    );
  });

  it('is optional, and SHOPIFY_API_URL may point anywhere (a local fake in tests)', () => {
    expect(load({}).shopifyStoreDomain).toBeUndefined();
    const config = load({
      SHOPIFY_STORE_DOMAIN: 'race-tea.myshopify.com',
      SHOPIFY_API_URL: 'http://127.0.0.1:40123/admin/api/2026-10/graphql.json',
    });
    expect(config.shopifyApiUrl).toBe('http://127.0.0.1:40123/admin/api/2026-10/graphql.json');
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonCatalog } from '../../packages/core/src/adapters/local/catalog-json';
import { SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { ShopifyPublisher } from '../../packages/core/src/adapters/shopify';
import { UserError } from '../../packages/core/src/errors';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { startFakeShopify } from '../fakes/shopify-server';
import { describeCatalogContract, SHOP } from './catalog.contract';
import { articleInput } from './publisher.contract';

describeCatalogContract('JsonCatalog (state folder catalog.json)', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'catalog-'));
  const { article, ...lists } = SHOP;
  await writeFile(join(stateDir, 'catalog.json'), JSON.stringify({ shop: 'https://tea.example.com', ...lists }));
  const site = new SitePublisher({ stateDir });
  await site.create(articleInput('A1', { handle: article.handle, published: true }));
  await site.flush?.();
  return {
    catalog: await JsonCatalog.open(stateDir),
    host: 'tea.example.com',
    close: () => rm(stateDir, { recursive: true, force: true }),
  };
});

describeCatalogContract('ShopifyCatalog (fake GraphQL Admin server)', async () => {
  const { article, ...lists } = SHOP;
  const fake = await startFakeShopify({
    ...lists,
    primaryDomain: 'tea.example.com',
    scopes: ['read_content', 'write_content', 'read_products'],
  });
  fake.seedArticle({ handle: article.handle });
  const publisher = new ShopifyPublisher({
    storeDomain: 'demo.myshopify.com',
    accessToken: 'shpat_test',
    apiUrl: fake.graphqlUrl(),
    sleep: async () => {},
  });
  return { catalog: publisher.catalog(), host: 'tea.example.com', close: () => fake.close() };
});

describe('catalog adapters beyond the contract', () => {
  it('without catalog.json: no matches, and no link can be checked (never called broken)', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'catalog-'));
    try {
      const catalog = await JsonCatalog.open(stateDir);
      expect(await catalog.search(['green tea'])).toEqual([]);
      expect(await catalog.exists({ kind: 'product', handle: 'sencha' })).toBeUndefined();
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });

  it('a malformed catalog.json is a UserError naming the file and what was expected', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'catalog-'));
    try {
      await writeFile(join(stateDir, 'catalog.json'), JSON.stringify({ products: [{ title: 'no handle' }] }));
      const error = await JsonCatalog.open(stateDir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/catalog\.json: products\.0\.handle .*expected an object with "shop"/);
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });

  it('Shopify without read_products: one warning, an empty catalog, links unchecked; lookups are cached per run', async () => {
    const fake = await startFakeShopify({ products: SHOP.products });
    try {
      const log = createMemoryLogger();
      const publisher = new ShopifyPublisher({
        storeDomain: 'demo.myshopify.com',
        accessToken: 'shpat_test',
        apiUrl: fake.graphqlUrl(),
        sleep: async () => {},
        log,
      });
      const catalog = publisher.catalog();
      expect(await catalog.search(['green tea'])).toEqual([]);
      expect(await catalog.exists({ kind: 'product', handle: 'sencha' })).toBeUndefined();
      expect(log.events.filter((e) => e.level === 'warn')).toHaveLength(1);
      expect(log.events[0]?.message).toContain('read_products');

      // Refused once, the catalog stays empty for the run: no more requests.
      const before = fake.calls.length;
      expect(await catalog.exists({ kind: 'page', handle: 'about-us' })).toBeUndefined();
      expect(fake.calls.length).toBe(before);
    } finally {
      await fake.close();
    }
  });

  it('Shopify: each distinct link is looked up once per run', async () => {
    const fake = await startFakeShopify({ ...SHOP, scopes: ['read_content', 'read_products'] });
    try {
      const catalog = new ShopifyPublisher({
        storeDomain: 'demo.myshopify.com',
        accessToken: 'shpat_test',
        apiUrl: fake.graphqlUrl(),
        sleep: async () => {},
      }).catalog();
      for (let i = 0; i < 3; i++) await catalog.exists({ kind: 'product', handle: 'sencha' });
      await catalog.exists({ kind: 'product', handle: 'gyokuro' });
      expect(fake.calls.filter((c) => c.operation === 'CatalogProducts')).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });
});

// The Catalog contract, shared by the local catalog.json and Shopify: search
// finds a few products and collections by keyword or handle with their
// storefront URLs, exists answers for every kind a link can name, and a shop
// host is known so absolute links count as internal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../packages/core/src/ports';

/** What every harness's shop holds. */
export const SHOP = {
  products: [
    { handle: 'sencha', title: 'Sencha green tea' },
    { handle: 'matcha-kit', title: 'Matcha starter kit' },
    { handle: 'earl-grey', title: 'Earl Grey' },
  ],
  collections: [{ handle: 'green-tea', title: 'Green tea' }],
  pages: [{ handle: 'about-us', title: 'About us' }],
  /** An article of the blog `news` with this handle exists. */
  article: { blog: 'news', handle: 'brewing-guide' },
};

export interface CatalogHarness {
  catalog: Catalog;
  /** The storefront host its URLs use. */
  host: string;
  close?(): Promise<void>;
}

export function describeCatalogContract(name: string, factory: () => Promise<CatalogHarness>): void {
  describe(`Catalog contract: ${name}`, () => {
    let h: CatalogHarness;
    beforeEach(async () => {
      h = await factory();
    });
    afterEach(async () => {
      await h.close?.();
    });

    it('finds products and collections matching a keyword, with their storefront URLs', async () => {
      const found = await h.catalog.search(['green tea']);
      expect(found).toEqual(
        expect.arrayContaining([
          { kind: 'product', handle: 'sencha', title: 'Sencha green tea', url: `https://${h.host}/products/sencha` },
          {
            kind: 'collection',
            handle: 'green-tea',
            title: 'Green tea',
            url: `https://${h.host}/collections/green-tea`,
          },
        ]),
      );
      expect(found.map((e) => e.handle)).not.toContain('earl-grey');
      expect(h.catalog.hosts).toContain(h.host);
    });

    it('finds a product by the handle a row lists in links, and nothing for unknown terms', async () => {
      expect((await h.catalog.search(['matcha-kit'])).map((e) => e.handle)).toEqual(['matcha-kit']);
      expect(await h.catalog.search(['hiking boots'])).toEqual([]);
      expect(await h.catalog.search([])).toEqual([]);
    });

    it('says whether each kind of link target exists', async () => {
      expect(await h.catalog.exists({ kind: 'product', handle: 'sencha' })).toBe(true);
      expect(await h.catalog.exists({ kind: 'product', handle: 'gyokuro' })).toBe(false);
      expect(await h.catalog.exists({ kind: 'collection', handle: 'green-tea' })).toBe(true);
      expect(await h.catalog.exists({ kind: 'collection', handle: 'black-tea' })).toBe(false);
      expect(await h.catalog.exists({ kind: 'page', handle: 'about-us' })).toBe(true);
      expect(await h.catalog.exists({ kind: 'page', handle: 'careers' })).toBe(false);
      expect(await h.catalog.exists({ kind: 'article', handle: SHOP.article.handle, blog: SHOP.article.blog })).toBe(
        true,
      );
      expect(await h.catalog.exists({ kind: 'article', handle: 'no-such-post', blog: 'news' })).toBe(false);
    });
  });
}

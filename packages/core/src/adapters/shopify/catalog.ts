// The Shopify Catalog: the store's products and collections that match an
// item (one CatalogSearch request per item: a few of each, within the cost
// budget), and whether a product, collection, page or article a link names
// exists (one request per distinct link, cached for the run). It shares the
// publisher's GraphQL client: the same token, throttle and request timeout.
//
// Reading products and collections needs the read_products scope; an app
// without it is told so once (a warning) and gets an empty catalog: no
// matches, and no link called broken for want of a lookup.
import { UserError } from '../../errors';
import type { Catalog, CatalogEntry, CatalogTarget, Logger } from '../../ports';
import type { ShopifyGraphqlClient } from './graphql-client';
import { searchTerm } from './operations';

/** Storefront paths of each kind (https://shop/products/handle). */
const PATHS = { product: 'products', collection: 'collections', page: 'pages' } as const;

export const CATALOG_SEARCH = {
  name: 'CatalogSearch',
  query: `query CatalogSearch($query: String!, $first: Int!) {
  shop { primaryDomain { host url } }
  products(first: $first, query: $query) { nodes { handle title } }
  collections(first: $first, query: $query) { nodes { handle title } }
}`,
};
interface CatalogSearchData {
  shop: { primaryDomain: { host: string; url: string } | null };
  products: { nodes: Array<{ handle: string; title: string }> };
  collections: { nodes: Array<{ handle: string; title: string }> };
}

/** One look-up per kind: `handle:"x"` (exact match checked here too: search is fuzzy). */
const LOOKUP = {
  product: { name: 'CatalogProducts', field: 'products', extra: '' },
  collection: { name: 'CatalogCollections', field: 'collections', extra: '' },
  page: { name: 'CatalogPages', field: 'pages', extra: '' },
  article: { name: 'CatalogArticles', field: 'articles', extra: ' blog { handle }' },
} as const;
const lookupQuery = (kind: CatalogTarget['kind']) => {
  const { name, field, extra } = LOOKUP[kind];
  return `query ${name}($query: String!) {
  ${field}(first: 5, query: $query) { nodes { handle${extra} } }
}`;
};
type LookupData = Record<string, { nodes: Array<{ handle: string; blog?: { handle: string } | null }> }>;

/**
 * The search string: each link handle as `handle:"…"`, each keyword as a
 * quoted phrase (Shopify's default search over several fields), OR-ed.
 */
export function catalogQuery(keywords: readonly string[], handles: readonly string[]): string {
  const phrase = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return [...handles.map((h) => searchTerm('handle', h)), ...keywords.map(phrase)].join(' OR ');
}

export class ShopifyCatalog implements Catalog {
  readonly hosts: string[];
  private base: string;
  private denied = false;
  private readonly cache = new Map<string, Promise<boolean | undefined>>();

  constructor(
    private readonly client: ShopifyGraphqlClient,
    storeDomain: string,
    private readonly log?: Logger,
  ) {
    this.hosts = [storeDomain.toLowerCase()];
    this.base = `https://${storeDomain}`;
  }

  /** A refused scope: said once, then the catalog is empty for the run. */
  private refused(error: unknown): undefined {
    if (!(error instanceof UserError)) throw error;
    if (!this.denied) {
      this.denied = true;
      this.log?.warn(
        `the shop's catalog could not be read (${error.message}); articles are drafted without product links and links are not checked — grant read_products and read_content`,
      );
    }
    return undefined;
  }

  /** `terms`: the item's keywords; handles (from `links`) are the terms without spaces that look like handles. */
  async search(terms: readonly string[], limit = 3): Promise<CatalogEntry[]> {
    if (this.denied || terms.length === 0) return [];
    const handles = terms.filter((t) => /^[a-z0-9][a-z0-9-]*$/.test(t));
    const query = catalogQuery(terms, handles);
    const data = await this.client
      .request<CatalogSearchData>(CATALOG_SEARCH.name, CATALOG_SEARCH.query, { query, first: limit })
      .catch((error) => this.refused(error));
    if (!data) return [];
    const domain = data.shop.primaryDomain;
    if (domain) {
      this.base = domain.url.replace(/\/+$/, '');
      if (!this.hosts.includes(domain.host.toLowerCase())) this.hosts.push(domain.host.toLowerCase());
    }
    const entry = (kind: 'product' | 'collection', n: { handle: string; title: string }): CatalogEntry => ({
      kind,
      handle: n.handle,
      title: n.title,
      url: `${this.base}/${PATHS[kind]}/${n.handle}`,
    });
    return [
      ...data.products.nodes.map((n) => entry('product', n)),
      ...data.collections.nodes.map((n) => entry('collection', n)),
    ];
  }

  exists(target: CatalogTarget): Promise<boolean | undefined> {
    const key = `${target.kind}:${target.blog ?? ''}/${target.handle}`;
    let known = this.cache.get(key);
    if (!known) {
      known = this.lookup(target);
      this.cache.set(key, known);
      // A failed look-up is not remembered: the next link (or run) asks again.
      known.catch(() => this.cache.delete(key));
    }
    return known;
  }

  private async lookup(target: CatalogTarget): Promise<boolean | undefined> {
    if (this.denied) return undefined;
    const { name, field } = LOOKUP[target.kind];
    const data = await this.client
      .request<LookupData>(name, lookupQuery(target.kind), { query: searchTerm('handle', target.handle) })
      .catch((error) => this.refused(error));
    if (!data) return undefined;
    return (data[field]?.nodes ?? []).some(
      (n) =>
        n.handle.toLowerCase() === target.handle &&
        (target.kind !== 'article' || !target.blog || n.blog?.handle.toLowerCase() === target.blog.toLowerCase()),
    );
  }
}

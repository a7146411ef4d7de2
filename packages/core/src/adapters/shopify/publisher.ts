// The Shopify Publisher: articles in one blog of a store through the GraphQL
// Admin API. Every article we create carries the item id in a metafield
// (autopilot.item_id); an article without it, or with another item's id, is
// never returned by find and never overwritten.
//
// A published article stays published: create/update send `isPublished:
// true` when the input is live and leave the flag alone otherwise, so the
// pipeline never takes a live article down.
//
// A live input with a future publishAt is scheduled instead: it is sent with
// `publishDate` and without `isPublished: true` (Shopify refuses the two
// together with INVALID_PUBLISH_DATE), and Shopify shows it at that moment.
// A draft (not live) never carries a publishDate: it waits for a human.
//
// Every article carries its summary, tags, author, featured image (url and
// alt text) and the SEO title and description in the global.title_tag and
// global.description_tag metafields. Shopify has no per-article language
// (translations are separate resources), so `language` is not sent.
//
// An articleCreate that got no answer (a timeout, a reset) may have been
// applied: before it is sent again, the item's article is looked up by the
// handle it was sent with and its item id, and returned when it is there.
import { ItemError, UserError } from '../../errors';
import type { ArticleFields, ArticleInput, ArticleLookup, ArticleRef, Clock, Logger, Publisher } from '../../ports';
import { fetchWithTimeout } from '../../util/abort';
import { exchangeClientCredentials } from './access-token';
import { ShopifyCatalog } from './catalog';
import { ShopifyGraphqlClient, type ShopifyStats, UnansweredWriteError } from './graphql-client';
import {
  ARTICLE_BY_ID,
  ARTICLE_CREATE,
  ARTICLE_READ,
  ARTICLE_UPDATE,
  ARTICLES_BY_HANDLE,
  type ArticleByIdData,
  type ArticleCreateData,
  type ArticleNode,
  type ArticleReadData,
  type ArticlesByHandleData,
  type ArticleUpdateData,
  BLOG_BY_HANDLE,
  type BlogByHandleData,
  ITEM_METAFIELD,
  SEO_DESCRIPTION_METAFIELD,
  SEO_TITLE_METAFIELD,
  type UserError as ShopifyUserError,
  searchTerm,
} from './operations';

/** A current stable Admin API version (2026-10 was released 1 October 2026). */
export const SHOPIFY_DEFAULT_API_VERSION = '2026-10';
const DEFAULT_AUTHOR = 'Blog Autopilot';
/** How many `-2`, `-3`, … variants of a handle we probe or try before giving up. */
const MAX_HANDLE_VARIANTS = 20;

export interface ShopifyPublisherOptions {
  /** `shop.myshopify.com` (a leading https:// and trailing slash are tolerated). */
  storeDomain: string;
  apiVersion?: string;
  accessToken?: string;
  clientId?: string;
  clientSecret?: string;
  blogHandle?: string;
  /** Author name when the article input has none. */
  author?: string;
  /** GraphQL endpoint override (proxies, tests). */
  apiUrl?: string;
  /** Token endpoint override; defaults to /admin/oauth/access_token on the API's host. */
  tokenUrl?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: Clock;
  random?: () => number;
  log?: Logger;
  maxRetries?: number;
  /** Per-request timeout in ms (the `request-timeout` setting; default 30 s). */
  requestTimeoutMs?: number;
  /** Applied to every text we send (title, summary, body, tags): a secret never reaches the store. */
  redact?: (text: string) => string;
}

function normaliseDomain(domain: string): string {
  return domain
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
}

export function handleVariants(wanted: string, max = MAX_HANDLE_VARIANTS): string[] {
  return [wanted, ...Array.from({ length: max - 1 }, (_, i) => `${wanted}-${i + 2}`)];
}

function userErrorsToItemError(operation: string, itemId: string, errors: ShopifyUserError[]): ItemError {
  const first = errors[0];
  const text = errors.map((e) => `${e.field?.length ? `${e.field.join('.')}: ` : ''}${e.message}`).join('; ');
  return new ItemError(
    `SHOPIFY_${first?.code ?? 'INVALID'}`,
    `Shopify ${operation} refused item ${itemId}: ${text}`,
    false,
  );
}

const isTakenHandle = (errors: ShopifyUserError[]) =>
  errors.some((e) => e.code === 'TAKEN' && (e.field ?? []).includes('handle'));

export class ShopifyPublisher implements Publisher {
  readonly storeDomain: string;
  readonly blogHandle: string;
  private readonly client: ShopifyGraphqlClient;
  private readonly log: Logger | undefined;
  private readonly author: string | undefined;
  private readonly redact: (text: string) => string;
  private blogId: Promise<string> | undefined;
  private readonly now: Clock;
  /** Forgets an exchanged token (client credentials), so the next request exchanges again. */
  private forgetToken: () => void = () => {};

  constructor(options: ShopifyPublisherOptions) {
    this.storeDomain = normaliseDomain(options.storeDomain);
    if (!this.storeDomain)
      throw new UserError('SHOPIFY_STORE_DOMAIN is empty: expected a domain like shop.myshopify.com');
    this.blogHandle = options.blogHandle || 'news';
    this.author = options.author;
    this.log = options.log;
    this.redact = options.redact ?? ((text) => text);
    this.now = options.now ?? (() => new Date());
    const version = options.apiVersion || SHOPIFY_DEFAULT_API_VERSION;
    const endpoint = options.apiUrl ?? `https://${this.storeDomain}/admin/api/${version}/graphql.json`;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    this.client = new ShopifyGraphqlClient({
      endpoint,
      storeDomain: this.storeDomain,
      // The token exchange is one more outbound call: same timeout, same run signal.
      token: this.tokenSource(options, endpoint, fetchWithTimeout(options.requestTimeoutMs ?? 30_000, fetchImpl)),
      canRefreshToken: !options.accessToken,
      credentials: options.accessToken ? 'SHOPIFY_ADMIN_TOKEN' : 'SHOPIFY_CLIENT_ID / SHOPIFY_CLIENT_SECRET',
      fetch: fetchImpl,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now: this.now,
      random: options.random ?? Math.random,
      log: options.log,
      maxRetries: options.maxRetries ?? 6,
      defaultCost: 50,
      timeoutMs: options.requestTimeoutMs,
    });
  }

  /**
   * The start of a run: exchange the client credentials for a fresh token
   * (or try the fixed one) and look the blog up by handle. A refused
   * credential (401/403, or a refused exchange) or a missing blog is a
   * UserError naming the setting to fix.
   */
  async prepare(): Promise<void> {
    this.forgetToken();
    this.blogId = undefined;
    await this.blog();
  }

  /** The store's products, collections, pages and articles, read through this publisher's client (same token, throttle, costs). */
  catalog(): ShopifyCatalog {
    return new ShopifyCatalog(this.client, this.storeDomain, this.log);
  }

  /** Requests sent, waits for the rate-limit bucket, retries. */
  stats(): ShopifyStats {
    return this.client.stats();
  }

  private tokenSource(options: ShopifyPublisherOptions, endpoint: string, fetchImpl: typeof fetch) {
    if (options.accessToken) {
      const token = options.accessToken;
      return () => Promise.resolve(token);
    }
    if (options.clientId && options.clientSecret) {
      const tokenUrl = options.tokenUrl ?? new URL('/admin/oauth/access_token', endpoint).toString();
      let current: Promise<string> | undefined;
      this.forgetToken = () => {
        current = undefined;
      };
      const credentials = {
        tokenUrl,
        storeDomain: this.storeDomain,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        fetch: fetchImpl,
      };
      // Exchanged on first use and kept; exchanged again when Shopify rejects the kept one,
      // or on the next call after a failed exchange.
      return async (rejected?: string) => {
        if (rejected !== undefined && current && (await current.catch(() => undefined)) === rejected) {
          current = undefined;
        }
        current ??= exchangeClientCredentials(credentials).catch((error) => {
          current = undefined;
          throw error;
        });
        return current;
      };
    }
    throw new UserError(
      `Shopify store ${this.storeDomain} has no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET`,
    );
  }

  /** The blog's id, looked up by handle once. */
  private blog(): Promise<string> {
    this.blogId ??= this.lookupBlog().catch((error) => {
      this.blogId = undefined;
      throw error;
    });
    return this.blogId;
  }

  private async lookupBlog(): Promise<string> {
    const data = await this.client.request<BlogByHandleData>(BLOG_BY_HANDLE.name, BLOG_BY_HANDLE.query, {
      query: searchTerm('handle', this.blogHandle),
    });
    const blog = data.blogs.nodes.find((b) => b.handle === this.blogHandle);
    if (!blog) {
      throw new UserError(
        `Shopify store ${this.storeDomain} has no blog with handle "${this.blogHandle}" (SHOPIFY_BLOG_HANDLE): ` +
          "create it in the admin or set SHOPIFY_BLOG_HANDLE to an existing blog's handle",
      );
    }
    return blog.id;
  }

  private toRef(node: ArticleNode, itemId: string): ArticleRef {
    return {
      id: node.id,
      item_id: node.itemId?.value ?? itemId,
      handle: node.handle,
      title: node.title,
      url: `https://${this.storeDomain}/blogs/${node.blog?.handle ?? this.blogHandle}/${node.handle}`,
      status: node.isPublished ? 'published' : 'draft',
    };
  }

  /** Our blog's article with exactly this handle, if any. */
  private async articleByHandle(handle: string): Promise<ArticleNode | undefined> {
    const blogId = await this.blog();
    const data = await this.client.request<ArticlesByHandleData>(ARTICLES_BY_HANDLE.name, ARTICLES_BY_HANDLE.query, {
      query: searchTerm('handle', handle),
    });
    return data.articles.nodes.find((n) => n.handle === handle && n.blog?.id === blogId);
  }

  async find(lookup: ArticleLookup): Promise<ArticleRef | undefined> {
    if (lookup.article_id && /^gid:\/\/shopify\/Article\/\d+$/.test(lookup.article_id)) {
      const data = await this.client.request<ArticleByIdData>(ARTICLE_BY_ID.name, ARTICLE_BY_ID.query, {
        id: lookup.article_id,
      });
      if (data.article?.itemId?.value === lookup.item_id) return this.toRef(data.article, lookup.item_id);
    }
    if (!lookup.handle) return undefined;
    // The item's article holds the wanted handle, or a `-n` variant when the
    // handle was someone else's at creation: walk the variants held by others.
    for (const handle of handleVariants(lookup.handle)) {
      const node = await this.articleByHandle(handle);
      if (!node) return undefined;
      if (node.itemId?.value === lookup.item_id) return this.toRef(node, lookup.item_id);
    }
    return undefined;
  }

  /** The article's current fields (a kept version; undefined when it is gone or not in our blog). */
  async read(id: string): Promise<ArticleFields | undefined> {
    const data = await this.client.request<ArticleReadData>(ARTICLE_READ.name, ARTICLE_READ.query, { id });
    const a = data.article;
    if (!a) return undefined;
    return {
      handle: a.handle,
      title: a.title,
      summary: a.summary ?? '',
      body_html: a.body,
      tags: [...a.tags],
      ...(a.author && { author: a.author.name }),
      ...(a.image && { image: { url: a.image.url, altText: a.image.altText ?? '' } }),
      seo: { title: a.seoTitle?.value ?? '', description: a.seoDescription?.value ?? '' },
    };
  }

  /** The future moment a live input is scheduled for, if it is one. */
  private scheduledFor(input: Pick<ArticleInput, 'published' | 'publishAt'>): string | undefined {
    if (!input.published || !input.publishAt) return undefined;
    const at = Date.parse(input.publishAt);
    return Number.isFinite(at) && at > this.now().getTime() ? new Date(at).toISOString() : undefined;
  }

  /** The SEO metafields (upserted by namespace and key on update); an empty value is not sent. */
  private seoMetafields(input: ArticleInput): Array<Record<string, string>> {
    const r = this.redact;
    const line = (text: string) => r(text).replace(/\s+/g, ' ').trim();
    const title = line(input.seo?.title ?? '');
    const description = line(input.seo?.description ?? '');
    return [
      ...(title ? [{ ...SEO_TITLE_METAFIELD, value: title }] : []),
      ...(description ? [{ ...SEO_DESCRIPTION_METAFIELD, value: description }] : []),
    ];
  }

  private content(input: ArticleInput): Record<string, unknown> {
    const r = this.redact;
    const scheduled = this.scheduledFor(input);
    const seo = this.seoMetafields(input);
    const imageUrl = input.image?.url.trim();
    return {
      title: r(input.title),
      body: r(input.body_html),
      summary: r(input.summary),
      tags: input.tags.map(r),
      author: { name: input.author || this.author || DEFAULT_AUTHOR },
      ...(imageUrl && { image: { url: imageUrl, altText: r(input.image?.altText ?? '') } }),
      ...(seo.length > 0 && { metafields: seo }),
      ...(scheduled ? { publishDate: scheduled } : input.published ? { isPublished: true } : {}),
    };
  }

  async create(input: ArticleInput): Promise<ArticleRef> {
    const blogId = await this.blog();
    for (const handle of handleVariants(input.handle)) {
      const content = this.content(input);
      const article = {
        ...content,
        blogId,
        handle,
        // A draft is created hidden; a scheduled one carries only its publishDate.
        ...(!input.published && { isPublished: false }),
        metafields: [{ ...ITEM_METAFIELD, value: input.item_id }, ...((content.metafields as unknown[]) ?? [])],
      };
      const data = await this.sendCreate(article, handle, input.item_id);
      if ('found' in data) return this.toRef(data.found, input.item_id);
      const { article: node, userErrors } = data.articleCreate;
      if (node && userErrors.length === 0) return this.toRef(node, input.item_id);
      if (!isTakenHandle(userErrors)) throw userErrorsToItemError('articleCreate', input.item_id, userErrors);
      // Taken: by this item's own article (a racing or repeated create) → that one; else try the next variant.
      const holder = await this.articleByHandle(handle);
      if (holder?.itemId?.value === input.item_id) return this.update(holder.id, input);
      if (!holder) {
        // The search index lags writes: the holder may be this item's own
        // article from a run that died before saving its id. Creating a `-n`
        // variant now could give the item a second article; try again later.
        throw new ItemError(
          'SHOPIFY_HANDLE_NOT_SEARCHABLE',
          `Shopify articleCreate: handle "${handle}" is taken in blog ${this.blogHandle}, but its article is not in search results yet (the index lags); retrying later so the item never gets two articles`,
          true,
        );
      }
    }
    throw new ItemError(
      'SHOPIFY_TAKEN',
      `Shopify articleCreate: handle "${input.handle}" and its first ${MAX_HANDLE_VARIANTS - 1} variants are taken in blog ${this.blogHandle}`,
      false,
    );
  }

  /**
   * articleCreate, looked up before it is sent again: when a create got no
   * answer, this item's article on that handle (if the create was applied) is
   * the answer; otherwise the create is sent once more. A second lost answer
   * is thrown (transient: the next attempt looks again).
   */
  private async sendCreate(
    article: Record<string, unknown>,
    handle: string,
    itemId: string,
  ): Promise<ArticleCreateData | { found: ArticleNode }> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.client.request<ArticleCreateData>(ARTICLE_CREATE.name, ARTICLE_CREATE.query, { article });
      } catch (error) {
        if (!(error instanceof UnansweredWriteError) || tries >= 2) throw error;
        const holder = await this.articleByHandle(handle);
        if (holder?.itemId?.value === itemId) return { found: holder };
        // Not there (or not searchable yet): sending again is safe — if the first create was
        // applied after all, the handle is taken and the TAKEN path below finds or defers it.
      }
    }
  }

  async update(id: string, input: ArticleInput): Promise<ArticleRef> {
    return this.mutateUpdate(id, this.content(input), input.item_id);
  }

  async publishDraft(id: string, options: { publishAt?: string } = {}): Promise<ArticleRef> {
    const scheduled = options.publishAt
      ? this.scheduledFor({ published: true, publishAt: options.publishAt })
      : undefined;
    return this.mutateUpdate(id, scheduled ? { publishDate: scheduled } : { isPublished: true }, '');
  }

  private async mutateUpdate(id: string, article: Record<string, unknown>, itemId: string): Promise<ArticleRef> {
    // Sending the same update twice gives the same article: safe to re-send after a lost answer.
    const data = await this.client.request<ArticleUpdateData>(
      ARTICLE_UPDATE.name,
      ARTICLE_UPDATE.query,
      { id, article },
      { idempotent: true },
    );
    const { article: node, userErrors } = data.articleUpdate;
    if (!node || userErrors.length > 0) {
      throw userErrorsToItemError(
        'articleUpdate',
        itemId || id,
        userErrors.length ? userErrors : [{ code: 'NOT_FOUND', field: ['id'], message: `article ${id} not found` }],
      );
    }
    return this.toRef(node, itemId);
  }
}

export function createShopifyPublisher(options: ShopifyPublisherOptions): ShopifyPublisher {
  return new ShopifyPublisher(options);
}

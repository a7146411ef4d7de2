// A local stand-in for the Shopify GraphQL Admin API, behaving as its docs
// describe for what the publisher uses: query cost and a leaky-bucket
// throttle status (THROTTLED as HTTP 200 when the bucket is short), blogs,
// articles with metafields, unique handles per blog (userErrors TAKEN),
// BLANK titles, the ArticleCreateInput/ArticleUpdateInput fields of 2026-10
// (an unknown input field is refused as GraphQL validation refuses it), the
// featured image, metafield types and values (INVALID_TYPE, INVALID_VALUE),
// scheduled articles (publishDate: hidden until then, then live;
// INVALID_PUBLISH_DATE with isPublished true and a future date), 401 without a valid token, ACCESS_DENIED without
// write_content, the client-credentials token endpoint, and injectable
// latency, clock and failures. Not a GraphQL engine: operations are matched
// by operation name and answered with whole nodes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeArticle {
  id: string;
  blogId: string;
  handle: string;
  title: string;
  body: string;
  summary: string;
  tags: string[];
  author: string;
  image: { url: string; altText: string } | null;
  isPublished: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  metafields: Array<{ namespace: string; key: string; type: string; value: string }>;
}

export interface FakeBlog {
  id: string;
  handle: string;
  title: string;
}

export interface FakeShopifyOptions {
  /** Valid Admin API tokens (default ['shpat_test']). */
  tokens?: string[];
  /** Credentials the token endpoint accepts. */
  clientId?: string;
  clientSecret?: string;
  /** Granted access scopes (default read_content, write_content). */
  scopes?: string[];
  /** Bucket size (default 2000) and restore rate per second (default 100). */
  maximumAvailable?: number;
  restoreRate?: number;
  /** The bucket's clock in ms (default Date.now). */
  now?: () => number;
  /** Delay before answering each GraphQL request. */
  latencyMs?: number;
  /** Blog handles (default ['news']). */
  blogs?: string[];
  /** The shop's products, collections and pages (read_products / read_content), for the catalog. */
  products?: FakeResource[];
  collections?: FakeResource[];
  pages?: FakeResource[];
  /** The storefront's primary domain (default shop.example.com). */
  primaryDomain?: string;
}

export interface FakeResource {
  handle: string;
  title: string;
}

export interface FakeCall {
  operation: string;
  status: number;
  throttled: boolean;
  variables: Record<string, unknown>;
  /** The actual query cost charged, for an answered request. */
  cost?: number;
}

export interface FakeShopify {
  origin: string;
  graphqlUrl: (version?: string) => string;
  tokenUrl: string;
  articles: FakeArticle[];
  blogs: FakeBlog[];
  calls: FakeCall[];
  /** Tokens issued by the client-credentials endpoint. */
  issuedTokens: string[];
  seedArticle: (article: Partial<FakeArticle> & { handle: string }) => FakeArticle;
  /** The next `count` GraphQL requests answer `status` (e.g. 429 or 503). */
  failNext: (count: number, status: number, headers?: Record<string, string>) => void;
  setLatency: (ms: number) => void;
  /**
   * A server that takes requests and never answers: from now on, requests
   * for `operations` (default: all) are applied (`apply`, default true: the
   * article is created) and their connection is held open without an answer.
   * `false` ends the hang for new requests.
   */
  hang: (mode: { operations?: string[]; apply?: boolean } | false) => void;
  /**
   * A storm of THROTTLED answers: a request for an operation in `rates` is
   * refused as THROTTLED (its bucket drained) with that probability, drawn
   * from a PRNG seeded by `seed` so a run can be repeated. `false` ends it.
   */
  throttleStorm: (storm: { rates: Record<string, number>; seed: number } | false) => void;
  /** Make a token invalid from now on (an expired exchanged token). */
  revokeToken: (token: string) => void;
  /**
   * Shopify's article search is an index that can lag writes: while lagging,
   * new and seeded articles are missing from `articles(query:)` (by-id reads
   * and handle uniqueness still see them) until `catchUp()`.
   */
  setSearchLag: (lagging: boolean) => void;
  catchUp: () => void;
  /** Current bucket level (after restoring up to now). */
  available: () => number;
  close: () => Promise<void>;
}

const MUTATION_COST = 10;
const OBJECT_COST = 3; // the article, its blog, its metafield
/** Requested (worst-case) cost per operation: a connection costs 2 + first × node cost. */
const REQUESTED_COST: Record<string, number> = {
  BlogByHandle: 2 + 5,
  AccessScopes: 2,
  ArticleById: OBJECT_COST,
  ArticleRead: OBJECT_COST + 2, // the article and its two SEO metafields
  ArticlesByHandle: 2 + 10 * OBJECT_COST,
  ArticleCreate: MUTATION_COST + OBJECT_COST,
  ArticleUpdate: MUTATION_COST + OBJECT_COST,
  CatalogSearch: 1 + 2 * (2 + 3),
  CatalogProducts: 2 + 5,
  CatalogCollections: 2 + 5,
  CatalogPages: 2 + 5,
  CatalogArticles: 2 + 5 * 2,
};

/** Shopify's default search, roughly: every word of a phrase is in the title or the handle (any case). */
function phraseMatches(resource: FakeResource, phrase: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const have = new Set([...words(resource.title), ...words(resource.handle)]);
  const need = words(phrase);
  return need.length > 0 && need.every((w) => have.has(w));
}

/** Resources a query names: `handle:"x"` terms match exactly, bare quoted phrases by words; OR-ed. */
function searchResources(resources: readonly FakeResource[], query: string): FakeResource[] {
  const handles = [...query.matchAll(/handle:"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
  const phrases = [...query.replace(/handle:"(?:[^"\\]|\\.)*"/g, '').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    (m[1] ?? '').replace(/\\(.)/g, '$1'),
  );
  return resources.filter((r) => handles.includes(r.handle) || phrases.some((p) => phraseMatches(r, p)));
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Values of `field:value` / `field:"value"` terms in a search query. */
function searchValue(query: string, field: string): string | undefined {
  const match = new RegExp(`${field}:(?:"((?:[^"\\\\]|\\\\.)*)"|(\\S+))`).exec(query);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
}

/** Shopify's answer to a query the app's scopes do not cover (HTTP 200, errors[].extensions.code ACCESS_DENIED). */
class AccessDenied extends Error {
  constructor(operation: string, scope: string) {
    super(`Access denied for ${operation}. Required access: \`${scope}\` access scope.`);
  }
}

/** A variable that does not match its input type: refused before anything runs (errors[], no data). */
class InvalidVariable extends Error {
  constructor(variable: string, type: string, problem: string) {
    super(`Variable $${variable} of type ${type}! was provided invalid value for ${problem}`);
  }
}

/** A small seeded PRNG (mulberry32): the same seed, the same storm. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFakeShopify(options: FakeShopifyOptions = {}): Promise<FakeShopify> {
  const tokens = new Set(options.tokens ?? ['shpat_test']);
  const scopes = new Set(options.scopes ?? ['read_content', 'write_content']);
  const maximumAvailable = options.maximumAvailable ?? 2000;
  const restoreRate = options.restoreRate ?? 100;
  const now = options.now ?? Date.now;
  let latencyMs = options.latencyMs ?? 0;
  let bucket = maximumAvailable;
  let bucketAt = now();
  let nextId = 1000;
  const failures: Array<{ status: number; headers: Record<string, string> }> = [];
  const blogs: FakeBlog[] = (options.blogs ?? ['news']).map((handle, i) => ({
    id: `gid://shopify/Blog/${i + 1}`,
    handle,
    title: handle[0]?.toUpperCase() + handle.slice(1),
  }));
  const articles: FakeArticle[] = [];
  const catalog = {
    products: [...(options.products ?? [])],
    collections: [...(options.collections ?? [])],
    pages: [...(options.pages ?? [])],
  };
  const primaryDomain = options.primaryDomain ?? 'shop.example.com';
  /** Articles the search index has not seen yet (while lagging). */
  const unindexed = new Set<string>();
  let searchLag = false;
  const calls: FakeCall[] = [];
  const issuedTokens: string[] = [];
  let hanging: { operations?: string[]; apply: boolean } | undefined;
  let storm: { rates: Record<string, number>; next: () => number } | undefined;

  /** Blogs and articles need read_content or read_online_store_pages (a write scope includes its read). */
  const canRead = () =>
    ['read_content', 'write_content', 'read_online_store_pages', 'write_online_store_pages'].some((s) => scopes.has(s));

  const restore = () => {
    const t = now();
    bucket = Math.min(maximumAvailable, bucket + ((t - bucketAt) / 1000) * restoreRate);
    bucketAt = t;
  };
  const throttleStatus = () => ({ maximumAvailable, currentlyAvailable: bucket, restoreRate });
  const iso = () => new Date(now()).toISOString();

  /** A scheduled article goes live when its publishedAt passes, whether or not anyone asks. */
  const settle = (article: FakeArticle) => {
    if (!article.isPublished && article.publishedAt && Date.parse(article.publishedAt) <= now()) {
      article.isPublished = true;
    }
  };

  /** The article as a node, with each `alias: metafield(namespace:, key:)` of the query resolved. */
  const project = (article: FakeArticle, query: string) => {
    settle(article);
    const blog = blogs.find((b) => b.id === article.blogId);
    const node: Record<string, unknown> = {
      id: article.id,
      handle: article.handle,
      title: article.title,
      body: article.body,
      summary: article.summary,
      tags: article.tags,
      author: { name: article.author },
      image: article.image ? { ...article.image } : null,
      isPublished: article.isPublished,
      publishedAt: article.publishedAt,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      blog: blog ? { id: blog.id, handle: blog.handle, title: blog.title } : null,
    };
    for (const m of query.matchAll(/(\w+)\s*:\s*metafield\(\s*namespace:\s*"([^"]+)"\s*,\s*key:\s*"([^"]+)"\s*\)/g)) {
      const mf = article.metafields.find((f) => f.namespace === m[2] && f.key === m[3]);
      node[m[1] as string] = mf ? { value: mf.value, type: mf.type } : null;
    }
    return node;
  };

  const handleTaken = (blogId: string, handle: string, except?: string) =>
    articles.some((a) => a.blogId === blogId && a.handle === handle && a.id !== except);

  const freeHandle = (blogId: string, wanted: string) => {
    let handle = wanted;
    for (let n = 1; handleTaken(blogId, handle); n++) handle = `${wanted}-${n}`;
    return handle;
  };

  type Input = Record<string, unknown> & {
    title?: string;
    body?: string;
    summary?: string;
    tags?: string[];
    handle?: string;
    blogId?: string;
    isPublished?: boolean;
    author?: { name?: string; userId?: string };
    image?: { url?: string; altText?: string };
    publishDate?: string;
    metafields?: Array<{ namespace: string; key: string; type: string; value: string }>;
  };
  type UserErr = { code: string; field: string[]; message: string };

  /** The input objects' fields as the 2026-10 reference lists them. */
  const INPUT_FIELDS: Record<string, readonly string[]> = {
    ArticleCreateInput: [
      'author',
      'blogId',
      'body',
      'handle',
      'image',
      'isPublished',
      'metafields',
      'publishDate',
      'summary',
      'tags',
      'templateSuffix',
      'title',
    ],
    ArticleUpdateInput: [
      'author',
      'blogId',
      'body',
      'handle',
      'image',
      'isPublished',
      'metafields',
      'publishDate',
      'redirectNewHandle',
      'summary',
      'tags',
      'templateSuffix',
      'title',
    ],
    AuthorInput: ['name', 'userId'],
    ArticleImageInput: ['altText', 'url'],
    MetafieldInput: ['id', 'key', 'namespace', 'type', 'value'],
  };
  /** A field the input type does not define: the path to it, as GraphQL validation reports it. */
  const unknownField = (input: Input, type: 'ArticleCreateInput' | 'ArticleUpdateInput'): string | undefined => {
    const extra = (value: unknown, name: string, path: string): string | undefined => {
      if (!value || typeof value !== 'object') return undefined;
      const allowed = INPUT_FIELDS[name] ?? [];
      const bad = Object.keys(value).find((k) => !allowed.includes(k));
      return bad ? `${path}${bad} (Field is not defined on ${name})` : undefined;
    };
    return (
      extra(input, type, '') ??
      extra(input.author, 'AuthorInput', 'author.') ??
      extra(input.image, 'ArticleImageInput', 'image.') ??
      (input.metafields ?? []).map((m, i) => extra(m, 'MetafieldInput', `metafields.${i}.`)).find(Boolean)
    );
  };

  /** Some of the metafield types Shopify supports: enough to tell a typo from a type. */
  const METAFIELD_TYPES = new Set([
    'single_line_text_field',
    'multi_line_text_field',
    'rich_text_field',
    'number_integer',
    'number_decimal',
    'boolean',
    'json',
    'url',
    'date',
    'date_time',
  ]);
  /** The checks Shopify makes on fields we send, as userErrors. */
  const fieldErrors = (input: Input, now: number): UserErr[] => {
    const errors: UserErr[] = [];
    if (input.author?.name && input.author.userId) {
      errors.push({
        code: 'AMBIGUOUS_AUTHOR',
        field: ['article', 'author'],
        message: "Can't create an article author if both author name and user ID are supplied.",
      });
    }
    if (input.image && !/^https?:\/\/\S+$/i.test(input.image.url ?? '')) {
      errors.push({ code: 'UPLOAD_FAILED', field: ['article', 'image'], message: 'Image upload failed.' });
    }
    if (input.publishDate !== undefined) {
      const at = Date.parse(input.publishDate);
      if (!Number.isFinite(at)) {
        errors.push({ code: 'INVALID', field: ['article', 'publishDate'], message: 'Publish date is invalid' });
      } else if (input.isPublished === true && at > now) {
        errors.push({
          code: 'INVALID_PUBLISH_DATE',
          field: ['article', 'publishDate'],
          message: 'Can’t set isPublished to true and also set a future publish date.',
        });
      }
    }
    (input.metafields ?? []).forEach((m, i) => {
      const field = ['article', 'metafields', String(i)];
      if (!METAFIELD_TYPES.has(m.type)) {
        errors.push({ code: 'INVALID_TYPE', field: [...field, 'type'], message: 'The metafield type is invalid.' });
      } else if (m.type === 'single_line_text_field' && /[\r\n]/.test(m.value ?? '')) {
        errors.push({
          code: 'INVALID_VALUE',
          field: [...field, 'value'],
          message: 'The value is invalid for the metafield type or for the definition options.',
        });
      }
      if ((m.namespace ?? '').length < 3 || (m.key ?? '').length < 2) {
        errors.push({ code: 'INVALID', field, message: 'Namespace must be 3-255 and key 2-64 characters long' });
      }
    });
    return errors;
  };
  /** isPublished and publishedAt from an input's isPublished and publishDate (defaulting to visible). */
  const visibility = (input: Input, at: string, current?: FakeArticle) => {
    if (input.publishDate !== undefined) {
      const date = new Date(Date.parse(input.publishDate)).toISOString();
      return { isPublished: input.isPublished ?? Date.parse(date) <= now(), publishedAt: date };
    }
    if (input.isPublished === undefined) {
      return current
        ? { isPublished: current.isPublished, publishedAt: current.publishedAt }
        : { isPublished: true, publishedAt: at };
    }
    if (!input.isPublished) return { isPublished: false, publishedAt: null };
    return { isPublished: true, publishedAt: current?.isPublished ? current.publishedAt : at };
  };

  const articleCreate = (input: Input) => {
    const errors: UserErr[] = [];
    const blog = blogs.find((b) => b.id === input.blogId);
    if (!blog) errors.push({ code: 'NOT_FOUND', field: ['article', 'blogId'], message: 'Blog not found' });
    if (!input.title?.trim())
      errors.push({ code: 'BLANK', field: ['article', 'title'], message: "Title can't be blank" });
    if (!input.author?.name?.trim()) {
      errors.push({ code: 'AUTHOR_FIELD_REQUIRED', field: ['article', 'author'], message: 'Author is required' });
    }
    if (blog && input.handle && handleTaken(blog.id, input.handle)) {
      errors.push({ code: 'TAKEN', field: ['article', 'handle'], message: 'Handle has already been taken' });
    }
    errors.push(...fieldErrors(input, now()));
    if (errors.length || !blog) return { article: null, userErrors: errors };
    const at = iso();
    const shown = visibility(input, at);
    const article: FakeArticle = {
      id: `gid://shopify/Article/${nextId++}`,
      blogId: blog.id,
      handle: input.handle || freeHandle(blog.id, slug(input.title ?? '')),
      title: input.title ?? '',
      body: input.body ?? '',
      summary: input.summary ?? '',
      tags: input.tags ?? [],
      author: input.author?.name ?? '',
      image: input.image?.url ? { url: input.image.url, altText: input.image.altText ?? '' } : null,
      ...shown,
      createdAt: at,
      updatedAt: at,
      metafields: (input.metafields ?? []).map((m) => ({ ...m })),
    };
    articles.push(article);
    if (searchLag) unindexed.add(article.id);
    return { article, userErrors: [] };
  };

  const articleUpdate = (id: string, input: Input) => {
    const article = articles.find((a) => a.id === id);
    if (!article)
      return { article: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'Article does not exist' }] };
    const errors: UserErr[] = [];
    if (input.title !== undefined && !input.title.trim()) {
      errors.push({ code: 'BLANK', field: ['article', 'title'], message: "Title can't be blank" });
    }
    if (input.handle && handleTaken(article.blogId, input.handle, article.id)) {
      errors.push({ code: 'TAKEN', field: ['article', 'handle'], message: 'Handle has already been taken' });
    }
    errors.push(...fieldErrors(input, now()));
    if (errors.length) return { article: null, userErrors: errors };
    const at = iso();
    settle(article);
    if (input.title !== undefined) article.title = input.title;
    if (input.body !== undefined) article.body = input.body;
    if (input.summary !== undefined) article.summary = input.summary;
    if (input.tags !== undefined) article.tags = input.tags;
    if (input.handle) article.handle = input.handle;
    if (input.author?.name) article.author = input.author.name;
    if (input.image?.url) article.image = { url: input.image.url, altText: input.image.altText ?? '' };
    Object.assign(article, visibility(input, at, article));
    for (const m of input.metafields ?? []) {
      const existing = article.metafields.find((f) => f.namespace === m.namespace && f.key === m.key);
      if (existing) existing.value = m.value;
      else article.metafields.push({ ...m });
    }
    article.updatedAt = at;
    return { article, userErrors: [] };
  };

  /** Answers one operation: [data, actual cost]. */
  const execute = (operation: string, query: string, vars: Record<string, unknown>): [unknown, number] => {
    switch (operation) {
      case 'AccessScopes':
        // currentAppInstallation needs no scope: it is how an app reads what it was granted.
        return [{ currentAppInstallation: { accessScopes: [...scopes].map((handle) => ({ handle })) } }, 2];
      case 'BlogByHandle': {
        if (!canRead()) throw new AccessDenied('BlogByHandle', 'read_content');
        const handle = searchValue(String(vars.query ?? ''), 'handle');
        const nodes = blogs.filter((b) => handle === undefined || b.handle === handle);
        return [{ blogs: { nodes, edges: nodes.map((node) => ({ node })) } }, 2 + nodes.length];
      }
      case 'ArticleRead':
      case 'ArticleById': {
        const article = articles.find((a) => a.id === vars.id);
        return [{ article: article ? project(article, query) : null }, article ? OBJECT_COST : 1];
      }
      case 'ArticlesByHandle': {
        const q = String(vars.query ?? '');
        const handle = searchValue(q, 'handle');
        const blogId = searchValue(q, 'blog_id');
        const nodes = articles
          .filter((a) => !unindexed.has(a.id))
          .filter((a) => handle === undefined || a.handle === handle)
          .filter((a) => blogId === undefined || a.blogId.endsWith(`/${blogId}`))
          .slice(0, 10)
          .map((a) => project(a, query));
        return [{ articles: { nodes, edges: nodes.map((node) => ({ node })) } }, 2 + nodes.length * OBJECT_COST];
      }
      case 'CatalogSearch': {
        if (!scopes.has('read_products') && !scopes.has('write_products')) {
          throw new AccessDenied('products', 'read_products');
        }
        const q = String(vars.query ?? '');
        const first = Number(vars.first ?? 3);
        const products = searchResources(catalog.products, q).slice(0, first);
        const collections = searchResources(catalog.collections, q).slice(0, first);
        const shop = { primaryDomain: { host: primaryDomain, url: `https://${primaryDomain}` } };
        return [
          { shop, products: { nodes: products }, collections: { nodes: collections } },
          1 + 2 * 2 + products.length + collections.length,
        ];
      }
      case 'CatalogProducts':
      case 'CatalogCollections':
      case 'CatalogPages':
      case 'CatalogArticles': {
        const kind = operation.slice('Catalog'.length).toLowerCase() as
          | 'products'
          | 'collections'
          | 'pages'
          | 'articles';
        if (kind === 'products' || kind === 'collections') {
          if (!scopes.has('read_products') && !scopes.has('write_products'))
            throw new AccessDenied(operation, 'read_products');
        } else if (!canRead()) throw new AccessDenied(operation, 'read_content');
        const handle = searchValue(String(vars.query ?? ''), 'handle');
        const nodes =
          kind === 'articles'
            ? articles
                .filter((a) => !unindexed.has(a.id) && a.handle === handle)
                .slice(0, 5)
                .map((a) => ({
                  handle: a.handle,
                  blog: { handle: blogs.find((b) => b.id === a.blogId)?.handle ?? '' },
                }))
            : catalog[kind]
                .filter((r) => r.handle === handle)
                .slice(0, 5)
                .map((r) => ({ handle: r.handle }));
        return [{ [kind]: { nodes } }, 2 + nodes.length];
      }
      case 'ArticleCreate': {
        const bad = unknownField((vars.article ?? {}) as Input, 'ArticleCreateInput');
        if (bad) throw new InvalidVariable('article', 'ArticleCreateInput', bad);
        const result = articleCreate((vars.article ?? {}) as Input);
        const article = result.article ? project(result.article, query) : null;
        return [{ articleCreate: { article, userErrors: result.userErrors } }, MUTATION_COST + OBJECT_COST];
      }
      case 'ArticleUpdate': {
        const bad = unknownField((vars.article ?? {}) as Input, 'ArticleUpdateInput');
        if (bad) throw new InvalidVariable('article', 'ArticleUpdateInput', bad);
        const result = articleUpdate(String(vars.id ?? ''), (vars.article ?? {}) as Input);
        const article = result.article ? project(result.article, query) : null;
        return [{ articleUpdate: { article, userErrors: result.userErrors } }, MUTATION_COST + OBJECT_COST];
      }
      default:
        throw new Error(`unknown operation ${operation}`);
    }
  };

  const graphql = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await readBody(req);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    let parsed: { query?: string; variables?: Record<string, unknown> };
    try {
      parsed = JSON.parse(text);
    } catch {
      return send(res, 400, { errors: [{ message: 'Invalid JSON in request body' }] });
    }
    const query = parsed.query ?? '';
    const variables = parsed.variables ?? {};
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
    const record = (status: number, throttled = false, cost?: number) =>
      calls.push({ operation, status, throttled, variables, ...(cost !== undefined && { cost }) });
    const token = req.headers['x-shopify-access-token'];
    if (typeof token !== 'string' || !tokens.has(token)) {
      record(401);
      return send(res, 401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    }
    const failure = failures.shift();
    if (failure) {
      record(failure.status);
      return send(res, failure.status, { errors: 'Injected failure' }, failure.headers);
    }
    if (/^\s*mutation/.test(query) && !scopes.has('write_content')) {
      record(200);
      return send(res, 200, {
        data: null,
        errors: [
          {
            message: `Access denied for ${operation}. Required access: \`write_content\` access scope.`,
            extensions: { code: 'ACCESS_DENIED' },
          },
        ],
      });
    }
    const hang = hanging && (!hanging.operations || hanging.operations.includes(operation)) ? hanging : undefined;
    if (hang) {
      // Taken (and, when `apply`, applied), never answered: the client must give up on its own.
      record(0);
      if (hang.apply) {
        try {
          execute(operation, query, variables);
        } catch {}
      }
      return;
    }
    restore();
    // The bucket must hold the requested cost up front; the unused part is refunded afterwards.
    const requested = REQUESTED_COST[operation] ?? 1;
    const stormed = storm !== undefined && storm.next() < (storm.rates[operation] ?? 0);
    if (stormed) bucket = 0;
    if (requested > bucket) {
      record(200, true);
      return send(res, 200, {
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
          },
        ],
        extensions: {
          cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: throttleStatus() },
        },
      });
    }
    let result: [unknown, number];
    try {
      result = execute(operation, query, variables);
    } catch (error) {
      record(200);
      if (error instanceof AccessDenied) {
        return send(res, 200, {
          data: null,
          errors: [{ message: error.message, extensions: { code: 'ACCESS_DENIED' } }],
        });
      }
      if (error instanceof InvalidVariable) {
        return send(res, 200, { errors: [{ message: error.message, extensions: { code: 'INVALID_VARIABLE' } }] });
      }
      return send(res, 200, { errors: [{ message: (error as Error).message }] });
    }
    const [data, actual] = result;
    bucket -= actual;
    record(200, false, actual);
    send(res, 200, {
      data,
      extensions: {
        cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: throttleStatus() },
      },
    });
  };

  const accessToken = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await readBody(req);
    const type = String(req.headers['content-type'] ?? '');
    const params: Record<string, string> = type.includes('json')
      ? JSON.parse(text || '{}')
      : Object.fromEntries(new URLSearchParams(text));
    const ok =
      params.grant_type === 'client_credentials' &&
      options.clientId !== undefined &&
      params.client_id === options.clientId &&
      params.client_secret === options.clientSecret;
    if (!ok) return send(res, 400, { error: 'invalid_client', error_description: 'Client authentication failed' });
    const token = `shpat_cc_${issuedTokens.length + 1}`;
    issuedTokens.push(token);
    tokens.add(token);
    send(res, 200, { access_token: token, scope: [...scopes].join(','), expires_in: 86399 });
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler =
      req.method === 'POST' && /^\/admin\/api\/[^/]+\/graphql\.json$/.test(path)
        ? graphql
        : req.method === 'POST' && path === '/admin/oauth/access_token'
          ? accessToken
          : undefined;
    if (!handler) return send(res, 404, { errors: 'Not Found' });
    handler(req, res).catch((error) => send(res, 500, { errors: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    graphqlUrl: (version = '2026-10') => `${origin}/admin/api/${version}/graphql.json`,
    tokenUrl: `${origin}/admin/oauth/access_token`,
    articles,
    blogs,
    calls,
    issuedTokens,
    seedArticle: (partial) => {
      const at = iso();
      const article: FakeArticle = {
        id: `gid://shopify/Article/${nextId++}`,
        blogId: blogs[0]?.id ?? '',
        title: partial.handle,
        body: '',
        summary: '',
        tags: [],
        author: 'A human',
        image: null,
        isPublished: true,
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
        metafields: [],
        ...partial,
      };
      articles.push(article);
      if (searchLag) unindexed.add(article.id);
      return article;
    },
    setSearchLag: (lagging) => {
      searchLag = lagging;
    },
    catchUp: () => unindexed.clear(),
    failNext: (count, status, headers = {}) => {
      for (let i = 0; i < count; i++) failures.push({ status, headers });
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    hang: (mode) => {
      hanging = mode ? { operations: mode.operations, apply: mode.apply ?? true } : undefined;
    },
    throttleStorm: (next) => {
      storm = next ? { rates: { ...next.rates }, next: mulberry32(next.seed) } : undefined;
    },
    revokeToken: (token) => {
      tokens.delete(token);
    },
    available: () => {
      restore();
      return bucket;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export const id = 196;
export const ids = [196];
export const modules = {

/***/ 9815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ShopifyPublisher: () => (/* binding */ ShopifyPublisher)
});

// UNUSED EXPORTS: SHOPIFY_DEFAULT_API_VERSION, createShopifyPublisher, handleVariants

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/util/abort.ts + 1 modules
var abort = __webpack_require__(8070);
;// CONCATENATED MODULE: ./packages/core/src/adapters/shopify/access-token.ts
// The client credentials grant: an app of the store's own organisation
// exchanges its client id and secret for an Admin API token (valid ~24 h),
// POST https://{store}/admin/oauth/access_token.

async function exchangeClientCredentials(options) {
    const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
    });
    let response;
    try {
        response = await options.fetch(options.tokenUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body,
        });
    }
    catch (error) {
        throw new src_errors/* ServiceError */._7('shopify', `could not reach ${options.tokenUrl}: ${error.message}`, undefined, true);
    }
    if (response.status >= 400 && response.status < 500) {
        throw new src_errors/* UserError */.yo(`Shopify refused the client credentials for ${options.storeDomain} (HTTP ${response.status}): check ` +
            'SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET, and that the app is installed on this store');
    }
    if (!response.ok) {
        throw new src_errors/* ServiceError */._7('shopify', `token exchange failed with HTTP ${response.status}`, response.status, true);
    }
    const data = (await response.json().catch(() => undefined));
    if (typeof data?.access_token !== 'string' || !data.access_token) {
        throw new src_errors/* ServiceError */._7('shopify', 'token exchange answered without an access_token', response.status);
    }
    return data.access_token;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/shopify/operations.ts
// The GraphQL Admin operations the publisher sends. Each is named: the
// client keeps the last cost per operation name to predict the next one.
/** Where the item id lives on an article we made (a single_line_text_field metafield). */
const ITEM_METAFIELD = { namespace: 'autopilot', key: 'item_id', type: 'single_line_text_field' };
/**
 * Where Shopify keeps an article's SEO title and meta description: the
 * `global.title_tag` and `global.description_tag` metafields, which themes
 * render into <title> and <meta name="description">. They have no metafield
 * definition, so the writer names the type (MetafieldInput.type is
 * "required when creating or updating a metafield without a definition");
 * single_line_text_field fits both, and we send both on one line.
 */
const SEO_TITLE_METAFIELD = { namespace: 'global', key: 'title_tag', type: 'single_line_text_field' };
const SEO_DESCRIPTION_METAFIELD = {
    namespace: 'global',
    key: 'description_tag',
    type: 'single_line_text_field',
};
const ARTICLE_FIELDS = `
  id
  handle
  title
  isPublished
  publishedAt
  blog { id handle }
  itemId: metafield(namespace: "${ITEM_METAFIELD.namespace}", key: "${ITEM_METAFIELD.key}") { value }
`;
const BLOG_BY_HANDLE = {
    name: 'BlogByHandle',
    query: `query BlogByHandle($query: String!) {
  blogs(first: 5, query: $query) { nodes { id handle title } }
}`,
};
const ARTICLE_BY_ID = {
    name: 'ArticleById',
    query: `query ArticleById($id: ID!) {
  article(id: $id) { ${ARTICLE_FIELDS} }
}`,
};
/**
 * An article's content, as a kept version holds it (Article: body is HTML,
 * author is an ArticleAuthor { name }, image an Image { url altText }; the
 * SEO title and description are the global metafields).
 */
const ARTICLE_READ = {
    name: 'ArticleRead',
    query: `query ArticleRead($id: ID!) {
  article(id: $id) {
    ${ARTICLE_FIELDS}
    summary
    body
    tags
    author { name }
    image { url altText }
    seoTitle: metafield(namespace: "${SEO_TITLE_METAFIELD.namespace}", key: "${SEO_TITLE_METAFIELD.key}") { value }
    seoDescription: metafield(namespace: "${SEO_DESCRIPTION_METAFIELD.namespace}", key: "${SEO_DESCRIPTION_METAFIELD.key}") { value }
  }
}`,
};
const ARTICLES_BY_HANDLE = {
    name: 'ArticlesByHandle',
    query: `query ArticlesByHandle($query: String!) {
  articles(first: 10, query: $query) { nodes { ${ARTICLE_FIELDS} } }
}`,
};
const ARTICLE_CREATE = {
    name: 'ArticleCreate',
    query: `mutation ArticleCreate($article: ArticleCreateInput!) {
  articleCreate(article: $article) {
    article { ${ARTICLE_FIELDS} }
    userErrors { code field message }
  }
}`,
};
const ARTICLE_UPDATE = {
    name: 'ArticleUpdate',
    query: `mutation ArticleUpdate($id: ID!, $article: ArticleUpdateInput!) {
  articleUpdate(id: $id, article: $article) {
    article { ${ARTICLE_FIELDS} }
    userErrors { code field message }
  }
}`,
};
/** A search-syntax term with its value quoted, e.g. `handle:"summer-sale"`. */
function searchTerm(field, value) {
    return `${field}:"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/shopify/catalog.ts
// The Shopify Catalog: the store's products and collections that match an
// item (one CatalogSearch request per item: a few of each, within the cost
// budget), and whether a product, collection, page or article a link names
// exists (one request per distinct link, cached for the run). It shares the
// publisher's GraphQL client: the same token, throttle and request timeout.
//
// Reading products and collections needs the read_products scope; an app
// without it is told so once (a warning) and gets an empty catalog: no
// matches, and no link called broken for want of a lookup.


/** Storefront paths of each kind (https://shop/products/handle). */
const PATHS = { product: 'products', collection: 'collections', page: 'pages' };
const CATALOG_SEARCH = {
    name: 'CatalogSearch',
    query: `query CatalogSearch($query: String!, $first: Int!) {
  shop { primaryDomain { host url } }
  products(first: $first, query: $query) { nodes { handle title } }
  collections(first: $first, query: $query) { nodes { handle title } }
}`,
};
/** One look-up per kind: `handle:"x"` (exact match checked here too: search is fuzzy). */
const LOOKUP = {
    product: { name: 'CatalogProducts', field: 'products', extra: '' },
    collection: { name: 'CatalogCollections', field: 'collections', extra: '' },
    page: { name: 'CatalogPages', field: 'pages', extra: '' },
    article: { name: 'CatalogArticles', field: 'articles', extra: ' blog { handle }' },
};
const lookupQuery = (kind) => {
    const { name, field, extra } = LOOKUP[kind];
    return `query ${name}($query: String!) {
  ${field}(first: 5, query: $query) { nodes { handle${extra} } }
}`;
};
/**
 * The search string: each link handle as `handle:"…"`, each keyword as a
 * quoted phrase (Shopify's default search over several fields), OR-ed.
 */
function catalogQuery(keywords, handles) {
    const phrase = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return [...handles.map((h) => searchTerm('handle', h)), ...keywords.map(phrase)].join(' OR ');
}
class ShopifyCatalog {
    client;
    log;
    hosts;
    base;
    denied = false;
    cache = new Map();
    constructor(client, storeDomain, log) {
        this.client = client;
        this.log = log;
        this.hosts = [storeDomain.toLowerCase()];
        this.base = `https://${storeDomain}`;
    }
    /** A refused scope: said once, then the catalog is empty for the run. */
    refused(error) {
        if (!(error instanceof src_errors/* UserError */.yo))
            throw error;
        if (!this.denied) {
            this.denied = true;
            this.log?.warn(`the shop's catalog could not be read (${error.message}); articles are drafted without product links and links are not checked — grant read_products and read_content`);
        }
        return undefined;
    }
    /** `terms`: the item's keywords; handles (from `links`) are the terms without spaces that look like handles. */
    async search(terms, limit = 3) {
        if (this.denied || terms.length === 0)
            return [];
        const handles = terms.filter((t) => /^[a-z0-9][a-z0-9-]*$/.test(t));
        const query = catalogQuery(terms, handles);
        const data = await this.client
            .request(CATALOG_SEARCH.name, CATALOG_SEARCH.query, { query, first: limit })
            .catch((error) => this.refused(error));
        if (!data)
            return [];
        const domain = data.shop.primaryDomain;
        if (domain) {
            this.base = domain.url.replace(/\/+$/, '');
            if (!this.hosts.includes(domain.host.toLowerCase()))
                this.hosts.push(domain.host.toLowerCase());
        }
        const entry = (kind, n) => ({
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
    exists(target) {
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
    async lookup(target) {
        if (this.denied)
            return undefined;
        const { name, field } = LOOKUP[target.kind];
        const data = await this.client
            .request(name, lookupQuery(target.kind), { query: searchTerm('handle', target.handle) })
            .catch((error) => this.refused(error));
        if (!data)
            return undefined;
        return (data[field]?.nodes ?? []).some((n) => n.handle.toLowerCase() === target.handle &&
            (target.kind !== 'article' || !target.blog || n.blog?.handle.toLowerCase() === target.blog.toLowerCase()));
    }
}

// EXTERNAL MODULE: ./packages/core/src/util/http-retry.ts
var http_retry = __webpack_require__(4735);
;// CONCATENATED MODULE: ./packages/core/src/adapters/shopify/throttle.ts
// Shopify's GraphQL Admin rate limit is a leaky bucket of query-cost points
// (`extensions.cost.throttleStatus`): `currentlyAvailable` refills at
// `restoreRate` points per second up to `maximumAvailable`. Pure arithmetic
// over it, so the client's waiting is testable without a clock.
/** The points available at `nowMs`, given a status observed at `observedAtMs`. */
function availableAt(status, observedAtMs, nowMs) {
    const restored = (Math.max(0, nowMs - observedAtMs) / 1000) * status.restoreRate;
    return Math.min(status.maximumAvailable, status.currentlyAvailable + restored);
}
/**
 * How long to wait before a request of `cost` points fits the bucket (0 when
 * it fits now). A cost above the bucket's size is capped at the size: the
 * best we can do is to wait for a full bucket.
 */
function waitForCostMs(status, observedAtMs, nowMs, cost) {
    const needed = Math.min(cost, status.maximumAvailable);
    const available = availableAt(status, observedAtMs, nowMs);
    if (available >= needed)
        return 0;
    if (status.restoreRate <= 0)
        return 1000;
    return Math.ceil(((needed - available) / status.restoreRate) * 1000);
}
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header, nowMs) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.ceil(seconds * 1000);
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/shopify/graphql-client.ts
// A small GraphQL Admin client: one POST per operation, cost-aware waiting
// before a request would overdraw the rate-limit bucket, bounded retries for
// THROTTLED (which arrives as HTTP 200), 429 and 5xx, and clear messages for
// a bad token or a missing access scope. Hand-written rather than
// @shopify/admin-api-client: that package is not installed, and the part we
// need (cost bookkeeping with an injectable clock and sleep) is small.
//
// Waiting is bounded: each request carries its own timeout and the run's
// signal (util/abort.ts). Once the run's signal fires nothing is retried and
// no wait goes on. A write that got no answer (timeout, reset) may have been
// applied: unless the caller says re-sending it is harmless, it is not sent
// again here but thrown as an UnansweredWriteError, so the caller looks it up
// first (the publisher finds the item's article by handle and item id).




/** 0.5 s, 1 s, 2 s, … up to 30 s, each 50–100 % of its step. */
const SHOPIFY_BACKOFF = { baseMs: 500, capMs: 30_000 };
/** A mutation that got no answer: it may or may not have been applied. Look before sending it again. */
class UnansweredWriteError extends src_errors/* ServiceError */._7 {
    operation;
    constructor(operation, reason) {
        super('shopify', `${operation} got no answer (${reason}); it may have been applied`, undefined, true);
        this.operation = operation;
    }
}
class ShopifyGraphqlClient {
    options;
    status;
    observedAt = 0;
    lastCost = new Map();
    counts = { requests: 0, throttleWaits: 0, throttleWaitMs: 0, retries: 0 };
    constructor(options) {
        this.options = options;
    }
    stats() {
        return { ...this.counts };
    }
    /** The last throttle status seen (for reports). */
    throttleStatus() {
        return this.status && { ...this.status };
    }
    async request(operation, query, variables, requestOptions = {}) {
        const { options } = this;
        const timeoutMs = options.timeoutMs ?? abort/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc;
        const resendable = requestOptions.idempotent === true || !/^\s*mutation\b/.test(query);
        let token = await options.token();
        let refreshed = false;
        for (let attempt = 0;; attempt++) {
            (0,abort/* throwIfRunAborted */.IZ)();
            await this.waitForBudget(operation);
            (0,abort/* throwIfRunAborted */.IZ)();
            this.counts.requests++;
            const signal = (0,abort/* requestSignal */.OL)(timeoutMs);
            let response;
            let body;
            try {
                response = await options.fetch(options.endpoint, {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Shopify-Access-Token': token },
                    body: JSON.stringify({ query, variables }),
                    signal,
                });
                // The body is read under the same signal: a server that sends headers and then stalls is cut too.
                body =
                    response.status === 200 ? (await response.json().catch(rethrowAbort(signal))) : undefined;
            }
            catch (error) {
                (0,abort/* throwIfRunAborted */.IZ)();
                const reason = (0,abort/* isTimeoutError */.c8)(error)
                    ? `no answer within ${timeoutMs / 1000} s`
                    : `network error: ${error.message}`;
                if (!resendable)
                    throw new UnansweredWriteError(operation, reason);
                await this.retryOrThrow(attempt, operation, reason, undefined);
                continue;
            }
            if (response.status === 401 && options.canRefreshToken && !refreshed) {
                // An exchanged token expires (~24 h): a long-running runner exchanges again, once.
                await response.body?.cancel().catch(() => undefined);
                refreshed = true;
                token = await options.token(token);
                continue;
            }
            this.checkAuth(response.status, operation);
            if (response.status === 429 || response.status >= 500) {
                await response.body?.cancel().catch(() => undefined);
                const wait = retryAfterMs(response.headers.get('retry-after'), options.now().getTime());
                await this.retryOrThrow(attempt, operation, `HTTP ${response.status}`, response.status, wait);
                continue;
            }
            if (response.status !== 200)
                body = (await response.json().catch(() => undefined));
            if (!response.ok || !body) {
                throw new src_errors/* ServiceError */._7('shopify', `${operation} answered HTTP ${response.status} without a GraphQL body`, response.status);
            }
            this.recordCost(operation, body);
            const errors = Array.isArray(body.errors) ? body.errors : body.errors ? [{ message: body.errors }] : [];
            if (errors.some((e) => e.extensions?.code === 'THROTTLED')) {
                const now = options.now().getTime();
                // The bucket's own numbers say how long; never retry at once (our estimate may lag the server's).
                const wait = this.status
                    ? Math.max(50, waitForCostMs(this.status, this.observedAt, now, this.costOf(operation)))
                    : undefined;
                this.counts.throttleWaits++;
                // Not `+= await`: that reads the total before the sleep and loses concurrent requests' waits.
                const waited = await this.retryOrThrow(attempt, operation, 'THROTTLED', 200, wait);
                this.counts.throttleWaitMs += waited;
                continue;
            }
            const denied = errors.find((e) => e.extensions?.code === 'ACCESS_DENIED');
            if (denied) {
                throw new src_errors/* UserError */.yo(`Shopify denied ${operation} on ${options.storeDomain}: ${denied.message ?? 'access denied'} — ` +
                    'the app needs the write_content and read_content access scopes');
            }
            if (errors.length > 0) {
                const text = errors.map((e) => e.message ?? e.extensions?.code ?? 'error').join('; ');
                throw new src_errors/* ServiceError */._7('shopify', `${operation} failed: ${text}`, response.status);
            }
            return body.data;
        }
    }
    checkAuth(status, operation) {
        const store = this.options.storeDomain;
        const credentials = this.options.credentials ?? 'SHOPIFY_ADMIN_TOKEN (or SHOPIFY_CLIENT_ID / SHOPIFY_CLIENT_SECRET)';
        if (status === 401) {
            throw new src_errors/* UserError */.yo(`Shopify rejected the access token for ${store} (HTTP 401 on ${operation}): check ${credentials} ` +
                'and SHOPIFY_STORE_DOMAIN');
        }
        if (status === 403) {
            throw new src_errors/* UserError */.yo(`Shopify refused ${operation} on ${store} (HTTP 403): the app behind ${credentials} lacks an access ` +
                'scope — it needs write_content and read_content');
        }
        if (status === 404) {
            throw new src_errors/* UserError */.yo(`no Shopify Admin GraphQL endpoint at ${this.options.endpoint} (HTTP 404): check SHOPIFY_STORE_DOMAIN ` +
                'and SHOPIFY_API_VERSION (a supported YYYY-MM version)');
        }
    }
    costOf(operation) {
        return this.lastCost.get(operation) ?? this.options.defaultCost;
    }
    recordCost(operation, body) {
        const cost = body.extensions?.cost;
        if (typeof cost?.requestedQueryCost === 'number')
            this.lastCost.set(operation, cost.requestedQueryCost);
        const status = cost?.throttleStatus;
        if (status && typeof status.currentlyAvailable === 'number' && typeof status.restoreRate === 'number') {
            this.status = { ...status };
            this.observedAt = this.options.now().getTime();
        }
    }
    /** Wait until the bucket holds the operation's expected cost, then reserve it locally. */
    async waitForBudget(operation) {
        if (!this.status)
            return;
        const cost = Math.min(this.costOf(operation), this.status.maximumAvailable);
        let now = this.options.now().getTime();
        const wait = waitForCostMs(this.status, this.observedAt, now, cost);
        if (wait > 0) {
            this.counts.throttleWaits++;
            this.counts.throttleWaitMs += wait;
            this.options.log?.debug(`shopify: waiting ${wait} ms for the rate-limit bucket before ${operation}`, {
                cost,
                available: this.status.currentlyAvailable,
            });
            await (0,http_retry/* waitBeforeRetry */.jy)(this.options.sleep, wait);
            now = this.options.now().getTime();
        }
        // Concurrent requests share the bucket: count this one until its answer says otherwise.
        const available = Math.min(this.status.maximumAvailable, this.status.currentlyAvailable + ((now - this.observedAt) / 1000) * this.status.restoreRate);
        this.status = { ...this.status, currentlyAvailable: available - cost };
        this.observedAt = now;
    }
    async retryOrThrow(attempt, operation, reason, status, waitMs) {
        if (attempt >= this.options.maxRetries) {
            throw new src_errors/* ServiceError */._7('shopify', `${operation} still failing after ${attempt + 1} attempt(s): ${reason}`, status, true);
        }
        const wait = waitMs ?? (0,http_retry/* backoffMs */.jo)(attempt, this.options.random, SHOPIFY_BACKOFF);
        this.counts.retries++;
        this.options.log?.debug(`shopify: ${operation} got ${reason}; retrying in ${wait} ms`, { attempt: attempt + 1 });
        await (0,http_retry/* waitBeforeRetry */.jy)(this.options.sleep, wait);
        return wait;
    }
}
/** For a body read: an abort (timeout, run over) is rethrown; a body that is not JSON reads as none. */
function rethrowAbort(signal) {
    return (error) => {
        if (signal.aborted)
            throw error;
        return undefined;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/shopify/publisher.ts
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






/** A current stable Admin API version (2026-10 was released 1 October 2026). */
const SHOPIFY_DEFAULT_API_VERSION = '2026-10';
const DEFAULT_AUTHOR = 'Blog Autopilot';
/** How many `-2`, `-3`, … variants of a handle we probe or try before giving up. */
const MAX_HANDLE_VARIANTS = 20;
function normaliseDomain(domain) {
    return domain
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/\/+$/, '');
}
function handleVariants(wanted, max = MAX_HANDLE_VARIANTS) {
    return [wanted, ...Array.from({ length: max - 1 }, (_, i) => `${wanted}-${i + 2}`)];
}
function userErrorsToItemError(operation, itemId, errors) {
    const first = errors[0];
    const text = errors.map((e) => `${e.field?.length ? `${e.field.join('.')}: ` : ''}${e.message}`).join('; ');
    return new src_errors/* ItemError */.ie(`SHOPIFY_${first?.code ?? 'INVALID'}`, `Shopify ${operation} refused item ${itemId}: ${text}`, false);
}
const isTakenHandle = (errors) => errors.some((e) => e.code === 'TAKEN' && (e.field ?? []).includes('handle'));
class ShopifyPublisher {
    storeDomain;
    blogHandle;
    client;
    log;
    author;
    redact;
    blogId;
    now;
    /** Forgets an exchanged token (client credentials), so the next request exchanges again. */
    forgetToken = () => { };
    constructor(options) {
        this.storeDomain = normaliseDomain(options.storeDomain);
        if (!this.storeDomain)
            throw new src_errors/* UserError */.yo('SHOPIFY_STORE_DOMAIN is empty: expected a domain like shop.myshopify.com');
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
            token: this.tokenSource(options, endpoint, (0,abort/* fetchWithTimeout */.u9)(options.requestTimeoutMs ?? 30_000, fetchImpl)),
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
    async prepare() {
        this.forgetToken();
        this.blogId = undefined;
        await this.blog();
    }
    /** The store's products, collections, pages and articles, read through this publisher's client (same token, throttle, costs). */
    catalog() {
        return new ShopifyCatalog(this.client, this.storeDomain, this.log);
    }
    /** Requests sent, waits for the rate-limit bucket, retries. */
    stats() {
        return this.client.stats();
    }
    tokenSource(options, endpoint, fetchImpl) {
        if (options.accessToken) {
            const token = options.accessToken;
            return () => Promise.resolve(token);
        }
        if (options.clientId && options.clientSecret) {
            const tokenUrl = options.tokenUrl ?? new URL('/admin/oauth/access_token', endpoint).toString();
            let current;
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
            return async (rejected) => {
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
        throw new src_errors/* UserError */.yo(`Shopify store ${this.storeDomain} has no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET`);
    }
    /** The blog's id, looked up by handle once. */
    blog() {
        this.blogId ??= this.lookupBlog().catch((error) => {
            this.blogId = undefined;
            throw error;
        });
        return this.blogId;
    }
    async lookupBlog() {
        const data = await this.client.request(BLOG_BY_HANDLE.name, BLOG_BY_HANDLE.query, {
            query: searchTerm('handle', this.blogHandle),
        });
        const blog = data.blogs.nodes.find((b) => b.handle === this.blogHandle);
        if (!blog) {
            throw new src_errors/* UserError */.yo(`Shopify store ${this.storeDomain} has no blog with handle "${this.blogHandle}" (SHOPIFY_BLOG_HANDLE): ` +
                "create it in the admin or set SHOPIFY_BLOG_HANDLE to an existing blog's handle");
        }
        return blog.id;
    }
    toRef(node, itemId) {
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
    async articleByHandle(handle) {
        const blogId = await this.blog();
        const data = await this.client.request(ARTICLES_BY_HANDLE.name, ARTICLES_BY_HANDLE.query, {
            query: searchTerm('handle', handle),
        });
        return data.articles.nodes.find((n) => n.handle === handle && n.blog?.id === blogId);
    }
    async find(lookup) {
        if (lookup.article_id && /^gid:\/\/shopify\/Article\/\d+$/.test(lookup.article_id)) {
            const data = await this.client.request(ARTICLE_BY_ID.name, ARTICLE_BY_ID.query, {
                id: lookup.article_id,
            });
            if (data.article?.itemId?.value === lookup.item_id)
                return this.toRef(data.article, lookup.item_id);
        }
        if (!lookup.handle)
            return undefined;
        // The item's article holds the wanted handle, or a `-n` variant when the
        // handle was someone else's at creation: walk the variants held by others.
        for (const handle of handleVariants(lookup.handle)) {
            const node = await this.articleByHandle(handle);
            if (!node)
                return undefined;
            if (node.itemId?.value === lookup.item_id)
                return this.toRef(node, lookup.item_id);
        }
        return undefined;
    }
    /** The article's current fields (a kept version; undefined when it is gone or not in our blog). */
    async read(id) {
        const data = await this.client.request(ARTICLE_READ.name, ARTICLE_READ.query, { id });
        const a = data.article;
        if (!a)
            return undefined;
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
    scheduledFor(input) {
        if (!input.published || !input.publishAt)
            return undefined;
        const at = Date.parse(input.publishAt);
        return Number.isFinite(at) && at > this.now().getTime() ? new Date(at).toISOString() : undefined;
    }
    /** The SEO metafields (upserted by namespace and key on update); an empty value is not sent. */
    seoMetafields(input) {
        const r = this.redact;
        const line = (text) => r(text).replace(/\s+/g, ' ').trim();
        const title = line(input.seo?.title ?? '');
        const description = line(input.seo?.description ?? '');
        return [
            ...(title ? [{ ...SEO_TITLE_METAFIELD, value: title }] : []),
            ...(description ? [{ ...SEO_DESCRIPTION_METAFIELD, value: description }] : []),
        ];
    }
    content(input) {
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
    async create(input) {
        const blogId = await this.blog();
        for (const handle of handleVariants(input.handle)) {
            const content = this.content(input);
            const article = {
                ...content,
                blogId,
                handle,
                // A draft is created hidden; a scheduled one carries only its publishDate.
                ...(!input.published && { isPublished: false }),
                metafields: [{ ...ITEM_METAFIELD, value: input.item_id }, ...(content.metafields ?? [])],
            };
            const data = await this.sendCreate(article, handle, input.item_id);
            if ('found' in data)
                return this.toRef(data.found, input.item_id);
            const { article: node, userErrors } = data.articleCreate;
            if (node && userErrors.length === 0)
                return this.toRef(node, input.item_id);
            if (!isTakenHandle(userErrors))
                throw userErrorsToItemError('articleCreate', input.item_id, userErrors);
            // Taken: by this item's own article (a racing or repeated create) → that one; else try the next variant.
            const holder = await this.articleByHandle(handle);
            if (holder?.itemId?.value === input.item_id)
                return this.update(holder.id, input);
            if (!holder) {
                // The search index lags writes: the holder may be this item's own
                // article from a run that died before saving its id. Creating a `-n`
                // variant now could give the item a second article; try again later.
                throw new src_errors/* ItemError */.ie('SHOPIFY_HANDLE_NOT_SEARCHABLE', `Shopify articleCreate: handle "${handle}" is taken in blog ${this.blogHandle}, but its article is not in search results yet (the index lags); retrying later so the item never gets two articles`, true);
            }
        }
        throw new src_errors/* ItemError */.ie('SHOPIFY_TAKEN', `Shopify articleCreate: handle "${input.handle}" and its first ${MAX_HANDLE_VARIANTS - 1} variants are taken in blog ${this.blogHandle}`, false);
    }
    /**
     * articleCreate, looked up before it is sent again: when a create got no
     * answer, this item's article on that handle (if the create was applied) is
     * the answer; otherwise the create is sent once more. A second lost answer
     * is thrown (transient: the next attempt looks again).
     */
    async sendCreate(article, handle, itemId) {
        for (let tries = 1;; tries++) {
            try {
                return await this.client.request(ARTICLE_CREATE.name, ARTICLE_CREATE.query, { article });
            }
            catch (error) {
                if (!(error instanceof UnansweredWriteError) || tries >= 2)
                    throw error;
                const holder = await this.articleByHandle(handle);
                if (holder?.itemId?.value === itemId)
                    return { found: holder };
                // Not there (or not searchable yet): sending again is safe — if the first create was
                // applied after all, the handle is taken and the TAKEN path below finds or defers it.
            }
        }
    }
    async update(id, input) {
        return this.mutateUpdate(id, this.content(input), input.item_id);
    }
    async publishDraft(id, options = {}) {
        const scheduled = options.publishAt
            ? this.scheduledFor({ published: true, publishAt: options.publishAt })
            : undefined;
        return this.mutateUpdate(id, scheduled ? { publishDate: scheduled } : { isPublished: true }, '');
    }
    async mutateUpdate(id, article, itemId) {
        // Sending the same update twice gives the same article: safe to re-send after a lost answer.
        const data = await this.client.request(ARTICLE_UPDATE.name, ARTICLE_UPDATE.query, { id, article }, { idempotent: true });
        const { article: node, userErrors } = data.articleUpdate;
        if (!node || userErrors.length > 0) {
            throw userErrorsToItemError('articleUpdate', itemId || id, userErrors.length ? userErrors : [{ code: 'NOT_FOUND', field: ['id'], message: `article ${id} not found` }]);
        }
        return this.toRef(node, itemId);
    }
}
function createShopifyPublisher(options) {
    return new ShopifyPublisher(options);
}


/***/ })

};

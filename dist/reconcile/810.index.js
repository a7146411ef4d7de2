export const id = 810;
export const ids = [810];
export const modules = {

/***/ 4527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Replace a file so readers see either the old or the new content, never a
// half-written one: write a temp file in the same folder (rename is only
// atomic within one file system), fsync it, rename it over the target, then
// fsync the folder so the rename itself survives a crash.



/** `content` as a list of chunks is written as their concatenation (one gathered write, nothing joined in memory). */
async function writeFileAtomic(path, content) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w');
        try {
            if (Array.isArray(content))
                await writeAll(handle, content);
            else
                await handle.writeFile(content);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await syncDir(dir);
}
/** Every chunk, in order: writev may write fewer bytes than asked (then the rest follows). */
async function writeAll(handle, chunks) {
    // A bounded number of buffers per call (IOV_MAX is 1024 on Linux).
    const PER_CALL = 1024;
    for (let i = 0; i < chunks.length; i += PER_CALL) {
        let batch = chunks.slice(i, i + PER_CALL);
        let left = batch.reduce((sum, chunk) => sum + chunk.byteLength, 0);
        while (left > 0) {
            const { bytesWritten } = await handle.writev(batch);
            left -= bytesWritten;
            if (left === 0)
                break;
            // Skip what was written, then write the rest.
            let skip = bytesWritten;
            const rest = [];
            for (const chunk of batch) {
                if (skip >= chunk.byteLength)
                    skip -= chunk.byteLength;
                else {
                    rest.push(skip > 0 ? chunk.subarray(skip) : chunk);
                    skip = 0;
                }
            }
            batch = rest;
        }
    }
}
async function syncDir(dir) {
    // Not every platform lets a folder be opened and fsynced (Windows); the
    // rename is done either way, so this is best effort.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // best effort
    }
}


/***/ }),

/***/ 2728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// An exclusive cross-process lock on a file of the state folder.
//
// Why proper-lockfile rather than our own pid file: it takes the lock with
// mkdir (atomic on every local file system, no O_EXCL pitfalls), keeps it
// fresh by touching its mtime while held, and treats a lock whose mtime is
// older than `staleMs` as abandoned — so a holder killed with SIGKILL (no
// exit handler runs) blocks others only until the lock goes stale. A pid
// check would not work across containers or machines sharing a folder.
// We run the retry loop ourselves so the wait is bounded by time, not by a
// count of attempts.




const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withFileLock(target, options, critical) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const staleMs = Math.max(options.staleMs ?? 10_000, 2_000);
    const sleep = options.sleep ?? defaultSleep;
    const lockPath = `${target}.lock`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    let compromised;
    const deadline = Date.now() + timeoutMs;
    let release;
    while (!release) {
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().lock(target, {
                lockfilePath: lockPath,
                realpath: false,
                stale: staleMs,
                update: Math.max(1_000, Math.floor(staleMs / 2)),
                retries: 0,
                onCompromised: (error) => {
                    compromised = error;
                },
            });
        }
        catch (error) {
            if (error.code !== 'ELOCKED')
                throw error;
            if (Date.now() >= deadline) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7('state lock', `could not lock ${target} within ${Math.round(timeoutMs / 1000)} s: another autopilot process holds ${lockPath}. ` +
                    `If none is running, the lock is taken over once it is ${Math.round(staleMs / 1000)} s old.`, undefined, true);
            }
            // Jitter so waiting processes do not retry in lock-step.
            await sleep(20 + Math.floor(Math.random() * 80));
        }
    }
    const assertHeld = () => {
        if (compromised) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7('state lock', `lost the lock on ${target} (${compromised.message}); nothing written`);
        }
    };
    try {
        return await critical(assertHeld);
    }
    finally {
        await release().catch(() => {
            // Already released or taken over as stale: nothing left to undo.
        });
    }
}


/***/ }),

/***/ 7439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ publishArticleDraft),
/* harmony export */   J3: () => (/* binding */ toArticleRef),
/* harmony export */   ek: () => (/* binding */ localIdNumber),
/* harmony export */   iZ: () => (/* binding */ updateArticle),
/* harmony export */   qS: () => (/* binding */ upsertArticle)
/* harmony export */ });
/* unused harmony exports safeHandle, handleCandidates, distinctHandle, nextArticleId, validateInput, siteArticlePath */
/* harmony import */ var _domain_content_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6549);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
// The rules of the local article store, as pure functions over lookups into
// the records (SiteLookup: each answered in O(1) by the store, so a store of
// 10,000 articles costs no more per article than one of 10): one article per
// item id, one per handle, never an overwrite of someone else's handle, and
// a published article is never taken down.


/** How far `-2`, `-3`, … goes before giving up on a wanted handle. */
const MAX_HANDLE_SUFFIX = 100;
/** A handle that is safe as a file name: lower-case letters, digits and dashes. */
function safeHandle(wanted) {
    const slug = wanted
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '')
        .slice(0, 100);
    return slug || 'article';
}
/** `wanted`, then `wanted-2`, `wanted-3`, …: the handles we may use for one article. */
function handleCandidates(wanted, max = MAX_HANDLE_SUFFIX) {
    const out = [wanted];
    for (let n = 2; n <= max; n++)
        out.push(`${wanted}-${n}`);
    return out;
}
/** The first candidate of `wanted` that no article holds. */
function distinctHandle(articles, wanted) {
    const handles = 'hasHandle' in articles ? undefined : new Set(articles.map((a) => a.handle));
    const taken = (handle) => (handles ? handles.has(handle) : articles.hasHandle(handle));
    const free = handleCandidates(safeHandle(wanted)).find((h) => !taken(h));
    if (!free) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ItemError */ .ie('SITE_HANDLE_TAKEN', `handle "${wanted}" and its first ${MAX_HANDLE_SUFFIX} variants are taken`, false);
    }
    return free;
}
/** N of a `local-N` id; 0 for any other id. */
function localIdNumber(id) {
    const n = /^local-(\d+)$/.exec(id)?.[1];
    return n ? Number(n) : 0;
}
function nextArticleId(articles) {
    let max = 0;
    for (const a of articles)
        max = Math.max(max, localIdNumber(a.id));
    return `local-${max + 1}`;
}
function validateInput(input) {
    if (!input.item_id.trim())
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ItemError */ .ie('SITE_INVALID', 'article input: item_id is empty', false);
    if (!input.title.trim())
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ItemError */ .ie('SITE_BLANK', `item ${input.item_id}: the article title is empty`, false);
}
const line = (text) => (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(text ?? '', { singleLine: true }).trim();
/** The content an input sets; status only moves forward (draft → published). */
function withContent(article, input, now) {
    const publish = input.published && article.status === 'draft';
    return {
        ...article,
        // Control characters (a NUL in a title) have no place in the store or a page.
        title: (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(input.title, { singleLine: true }),
        summary: (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(input.summary),
        body_html: (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(input.body_html),
        tags: input.tags.map((tag) => (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(tag, { singleLine: true })),
        author: input.author === undefined ? article.author : (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(input.author, { singleLine: true }),
        meta_title: line(input.seo?.title),
        meta_description: line(input.seo?.description),
        image_url: line(input.image?.url),
        image_alt: line(input.image?.altText),
        language: line(input.language),
        publish_at: input.publishAt ?? null,
        status: publish ? 'published' : article.status,
        published_at: publish ? now : article.published_at,
        updated_at: now,
    };
}
/**
 * Create, or — when the item already has an article (a racing or repeated
 * create) — update that one instead. Returns the new list and the record.
 */
function upsertArticle(articles, input, now) {
    validateInput(input);
    const existing = articles.byItem(input.item_id);
    if (existing)
        return { article: withContent(existing, input, now), created: false };
    const blank = {
        id: articles.nextId(),
        item_id: input.item_id,
        handle: distinctHandle(articles, input.handle),
        title: '',
        summary: '',
        body_html: '',
        tags: [],
        author: '',
        meta_title: '',
        meta_description: '',
        image_url: '',
        image_alt: '',
        language: '',
        publish_at: null,
        status: 'draft',
        created_at: now,
        updated_at: now,
        published_at: null,
    };
    return { article: withContent(blank, input, now), created: true };
}
function byId(articles, id) {
    const found = articles.byId(id);
    if (!found)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ItemError */ .ie('SITE_NOT_FOUND', `article ${id} is not in the local site store`, false);
    return found;
}
/** Update an article's content; the handle (its address) stays. */
function updateArticle(articles, id, input, now) {
    validateInput(input);
    const existing = byId(articles, id);
    if (existing.item_id !== input.item_id) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ItemError */ .ie('SITE_NOT_OWNED', `article ${id} belongs to item ${existing.item_id}, not to item ${input.item_id}; refusing to overwrite it`, false);
    }
    return { article: withContent(existing, input, now) };
}
/** Make a draft live without touching its content; `changed` is false for an article already live. */
function publishArticleDraft(articles, id, now) {
    const existing = byId(articles, id);
    if (existing.status === 'published')
        return { article: existing, changed: false };
    return { article: { ...existing, status: 'published', published_at: now, updated_at: now }, changed: true };
}
/** Where a local article lives, relative to the state folder. */
function siteArticlePath(handle) {
    return `site/articles/${handle}.html`;
}
function toArticleRef(article) {
    return {
        id: article.id,
        item_id: article.item_id,
        handle: article.handle,
        title: article.title,
        url: siteArticlePath(article.handle),
        status: article.status,
    };
}


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PE: () => (/* binding */ SiteStore),
  rL: () => (/* binding */ readSiteArticles),
  aH: () => (/* binding */ sitePaths)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/atomic-write.ts
var atomic_write = __webpack_require__(4527);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/file-lock.ts
var file_lock = __webpack_require__(2728);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/site-articles.ts
var site_articles = __webpack_require__(7439);
// EXTERNAL MODULE: ./packages/core/src/domain/content/text.ts
var content_text = __webpack_require__(6549);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/site-html.ts
// The local site's pages: one small self-contained HTML page per article and
// an index. Every text we put in HTML is escaped; the body arrives already
// sanitised (rendered and cleaned by the content step) and goes in as is.

/** Hand-written: five replacements do not need a dependency. Control characters are dropped, not escaped. */
function escapeHtml(text) {
    return (0,content_text/* stripControlChars */.BF)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const STYLE = `
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #222; }
  a { color: #0b5cad; }
  .badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 0.3rem; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.05em; }
  .badge.draft { background: #fff3cd; color: #7a5a00; border: 1px solid #e0c060; }
  .badge.published { background: #d1f2dc; color: #0f5a2b; border: 1px solid #6cc38a; }
  .banner { padding: 0.6rem 1rem; border-radius: 0.4rem; margin: 1rem 0; font-weight: 700; }
  .banner.draft { background: #fff3cd; border: 2px dashed #e0c060; }
  .banner.published { background: #d1f2dc; border: 2px solid #6cc38a; }
  .summary { font-size: 1.1rem; color: #555; }
  .tags li { display: inline-block; margin-right: 0.4rem; background: #eee; padding: 0 0.5rem; border-radius: 0.3rem; list-style: none; }
  .tags { padding: 0; }
  .meta { color: #777; font-size: 0.85rem; }
  .featured img { max-width: 100%; height: auto; border-radius: 0.4rem; }
  table { border-collapse: collapse; width: 100%; }
  td, th { text-align: left; padding: 0.4rem; border-bottom: 1px solid #ddd; }
`;
function badge(status) {
    return `<span class="badge ${status}">${status === 'draft' ? 'DRAFT' : 'PUBLISHED'}</span>`;
}
function layout(title, body, head = '', lang = 'en') {
    return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>${head}
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
/**
 * JSON for a `<script>` element: `<` (so no `</script>` or `<!--` can end or
 * bend it), `>`, `&` and the two JavaScript line separators as \u escapes.
 */
function scriptJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
const webUrl = (url) => (url && /^https?:\/\//i.test(url) ? url : '');
/** A post whose publish_at is still ahead of `now` (default: when its page was written). */
function scheduledFor(article, now) {
    const at = article.publish_at ? Date.parse(article.publish_at) : Number.NaN;
    const reference = now?.getTime() ?? Date.parse(article.updated_at);
    return Number.isFinite(at) && at > reference ? (article.publish_at ?? undefined) : undefined;
}
/** `<meta>` description, Open Graph tags and JSON-LD BlogPosting for an article page. */
function articleHead(article) {
    const title = article.meta_title || article.title;
    const description = article.meta_description || article.summary;
    const image = webUrl(article.image_url);
    const meta = (attr, key, value) => value ? `\n<meta ${attr}="${key}" content="${escapeHtml(value)}">` : '';
    const posting = {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: article.title,
        ...(description && { description }),
        ...(image && { image }),
        ...(article.author && { author: { '@type': 'Person', name: article.author } }),
        datePublished: article.published_at ?? article.publish_at ?? article.created_at,
        dateModified: article.updated_at,
        inLanguage: article.language || 'en',
    };
    return [
        meta('name', 'description', description),
        meta('property', 'og:type', 'article'),
        meta('property', 'og:title', title),
        meta('property', 'og:description', description),
        meta('property', 'og:image', image),
        meta('property', 'og:image:alt', image ? (article.image_alt ?? '') : ''),
        `\n<script type="application/ld+json">${scriptJson(posting)}</script>`,
    ].join('');
}
function renderArticlePage(article, now) {
    const scheduled = scheduledFor(article, now);
    const banner = scheduled
        ? `SCHEDULED — scheduled for ${scheduled}.`
        : article.status === 'draft'
            ? 'DRAFT — not published yet; waiting for approval.'
            : `PUBLISHED — live since ${article.published_at ?? article.updated_at}.`;
    const image = webUrl(article.image_url);
    const figure = image
        ? `<figure class="featured"><img src="${escapeHtml(image)}" alt="${escapeHtml(article.image_alt ?? '')}"></figure>\n`
        : '';
    const tags = article.tags.length
        ? `<ul class="tags">${article.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`
        : '';
    const author = article.author ? ` · by ${escapeHtml(article.author)}` : '';
    return layout(article.meta_title || article.title, `<p><a href="../index.html">&larr; All articles</a></p>
<div class="banner ${article.status}">${badge(article.status)} ${escapeHtml(banner)}</div>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">item ${escapeHtml(article.item_id)}${author} · updated ${escapeHtml(article.updated_at)}</p>
${article.summary ? `<p class="summary">${escapeHtml(article.summary)}</p>` : ''}
${figure}${article.body_html}
${tags}
</article>`, articleHead(article), article.language || 'en');
}
/** Newest first: by update time, then by id for a stable order. */
function newestFirst(a, b) {
    return b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id, 'en', { numeric: true });
}
function renderIndexPage(articles) {
    const rows = [...articles]
        .sort(newestFirst)
        .map((a) => `<tr><td><a href="articles/${encodeURIComponent(a.handle)}.html">${escapeHtml(a.title)}</a></td>` +
        `<td>${badge(a.status)}</td><td>${escapeHtml(a.updated_at)}</td></tr>`)
        .join('\n');
    const published = articles.filter((a) => a.status === 'published').length;
    return layout('Blog Autopilot — local site', `<h1>Blog Autopilot — local site</h1>
<p class="meta">${articles.length} article(s): ${published} published, ${articles.length - published} draft(s).</p>
${articles.length
        ? `<table>
<thead><tr><th>Title</th><th>Status</th><th>Updated</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
        : '<p>No articles yet. Run the executor to write some.</p>'}`);
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/local/site-store.ts
// The local publisher's store under `<state>/site/`:
//   articles.json   the checkpoint: a JSON array of article records;
//   articles.jsonl  the journal: one whole record per line, appended (and
//                   fsynced) under the lock by every change since the checkpoint;
//   articles/<handle>.html and index.html, the pages.
// The records are the checkpoint with the journal replayed over it (a later
// line for an id wins). A change appends one line and writes one page, so its
// cost does not grow with the store; the checkpoint and the index are
// rewritten once, by `flush` (the executor calls it at the end of a run).
// Changes asked for together (the executor's workers) are written together:
// one lock, one append and one fsync for all, each answered once durable.
// Readers take no lock: the journal only grows, the checkpoint is replaced by
// an atomic rename, and compaction writes the new checkpoint before it drops
// the journal — so a reader that sees the checkpoint unchanged after reading
// the journal has read a consistent pair (it reads again otherwise).









const articleSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    item_id: schemas/* string */.YjP().min(1),
    handle: schemas/* string */.YjP().min(1),
    title: schemas/* string */.YjP(),
    summary: schemas/* string */.YjP().default(''),
    body_html: schemas/* string */.YjP().default(''),
    tags: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    author: schemas/* string */.YjP().default(''),
    // Issue 11's fields: absent in stores written before them.
    meta_title: schemas/* string */.YjP().default(''),
    meta_description: schemas/* string */.YjP().default(''),
    image_url: schemas/* string */.YjP().default(''),
    image_alt: schemas/* string */.YjP().default(''),
    language: schemas/* string */.YjP().default(''),
    publish_at: schemas/* string */.YjP().nullable().default(null),
    status: schemas/* enum */.k5n(['draft', 'published']),
    created_at: schemas/* string */.YjP(),
    updated_at: schemas/* string */.YjP(),
    published_at: schemas/* string */.YjP().nullable().default(null),
});
const storeSchema = schemas/* array */.YOg(articleSchema);
function sitePaths(stateDir) {
    const site = (0,external_node_path_.join)(stateDir, 'site');
    return {
        site,
        store: (0,external_node_path_.join)(site, 'articles.json'),
        journal: (0,external_node_path_.join)(site, 'articles.jsonl'),
        index: (0,external_node_path_.join)(site, 'index.html'),
        articles: (0,external_node_path_.join)(site, 'articles'),
    };
}
/** The records of the local site (checkpoint and journal; [] when there are none yet). */
async function readSiteArticles(stateDir) {
    return new SiteStore(stateDir, 10_000).all();
}
/** The checkpoint's records, validated ([] when there is none yet). */
async function readCheckpoint(store) {
    let text;
    try {
        text = await (0,promises_.readFile)(store, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${store}: not valid JSON (${error.message}); fix or remove the file`);
    }
    const parsed = storeSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        throw new errors/* UserError */.yo(`${store}: not an article store${where}: ${issue?.message ?? 'invalid'} (expected an array of article records)`);
    }
    return parsed.data;
}
async function stampOf(path) {
    try {
        const { ino, size, mtimeMs, ctimeMs } = await (0,promises_.stat)(path);
        return { ino, size, mtimeMs, ctimeMs };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
const sameStamp = (a, b) => a === b || (!!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs);
/**
 * Replace a page so readers see the old or the new one, never half of it;
 * not fsynced: a page is rendered from a record, and the record is what the
 * journal makes durable (the next change or flush of the article renders it again).
 */
async function writePage(path, content) {
    const dir = (0,external_node_path_.dirname)(path);
    const temp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, content);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(temp, content);
    }
    try {
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
/**
 * The records in memory, kept in step with the files: after the first read
 * only the journal's new lines are read. Every operation of one instance
 * runs in turn (so concurrent changes of one process queue here instead of
 * polling the file lock).
 */
class SiteStore {
    staleMs;
    paths;
    #articles = new Map();
    #byItem = new Map();
    #handles = new Map();
    #maxId = 0;
    /** The checkpoint as last read; undefined before the first read. */
    #checkpoint;
    /** The journal as last read: its inode and how far its whole lines go. */
    #journal = null;
    /** This process changed records since the last index it wrote. */
    #indexStale = false;
    #turn = Promise.resolve();
    /** Changes asked for and not yet taken by a commit. */
    #waiting = [];
    constructor(stateDir, staleMs) {
        this.staleMs = staleMs;
        this.paths = sitePaths(stateDir);
    }
    byId(id) {
        return this.#articles.get(id);
    }
    byItem(itemId) {
        return this.#byItem.get(itemId);
    }
    hasHandle(handle) {
        return this.#handles.has(handle);
    }
    nextId() {
        return `local-${this.#maxId + 1}`;
    }
    /** Read the current records and answer from them. */
    read(answer) {
        return this.#inTurn(async () => {
            await this.#refresh();
            return answer(this);
        });
    }
    /** Every record, in store order. */
    all() {
        return this.read(() => [...this.#articles.values()]);
    }
    /**
     * Under the cross-process lock: bring the records up to date, let `plan`
     * decide, append the touched records to the journal (fsynced) and write
     * their pages, before releasing. Changes asked for while another is being
     * written go together in the next turn (a group commit: one lock, one
     * append, one fsync), each plan seeing the ones before it; none resolves
     * before its records are durable.
     */
    transact(plan) {
        return new Promise((resolve, reject) => {
            this.#waiting.push({ plan, resolve: resolve, reject });
            if (this.#waiting.length === 1)
                void this.#inTurn(() => this.#commit());
        });
    }
    /** The changes waiting, planned in order and written together. */
    async #commit() {
        const batch = this.#waiting.splice(0);
        const planned = [];
        try {
            await this.#locked(async (assertHeld) => {
                await this.#refresh();
                const touched = [];
                for (const entry of batch) {
                    try {
                        const change = entry.plan(this);
                        // Applied now, so the next plan of the batch sees it (a handle or an id taken).
                        for (const article of change.touched)
                            this.#apply(article);
                        touched.push(...change.touched);
                        planned.push({ entry, change });
                    }
                    catch (error) {
                        planned.push({ entry, error });
                    }
                }
                if (touched.length === 0)
                    return;
                try {
                    assertHeld();
                    await this.#append(touched);
                }
                catch (error) {
                    // Not durable: what was applied in memory is read again from the files next time.
                    this.#checkpoint = undefined;
                    throw error;
                }
                this.#indexStale = true;
                for (const one of planned) {
                    if (!one.change)
                        continue;
                    try {
                        for (const article of one.change.touched) {
                            await writePage((0,external_node_path_.join)(this.paths.articles, `${article.handle}.html`), renderArticlePage(article));
                        }
                    }
                    catch (error) {
                        one.error = error;
                    }
                }
            });
        }
        catch (error) {
            for (const entry of batch)
                entry.reject(error);
            return;
        }
        for (const { entry, change, error } of planned)
            if (change && error === undefined)
                entry.resolve(change.result);
            else
                entry.reject(error);
    }
    /**
     * Fold the journal into the checkpoint and write the index: O(records),
     * once per run. Nothing to do when no process changed anything since.
     */
    flush() {
        return this.#inTurn(() => this.#locked(async (assertHeld) => {
            await this.#refresh();
            if (!this.#journal && !this.#indexStale && (await stampOf(this.paths.index)))
                return;
            const articles = [...this.#articles.values()];
            assertHeld();
            await (0,atomic_write/* writeFileAtomic */.Z)(this.paths.store, `${JSON.stringify(articles, null, 2)}\n`);
            await (0,promises_.rm)(this.paths.journal, { force: true });
            this.#checkpoint = await stampOf(this.paths.store);
            this.#journal = null;
            await writePage(this.paths.index, renderIndexPage(articles));
            this.#indexStale = false;
        }));
    }
    #inTurn(work) {
        const result = this.#turn.then(work);
        this.#turn = result.catch(() => { });
        return result;
    }
    #locked(critical) {
        // Waiters outlast two stale periods, so a SIGKILLed holder delays them but never blocks them.
        return (0,file_lock/* withFileLock */.U)(this.paths.store, { staleMs: this.staleMs, timeoutMs: this.staleMs * 2 + 5_000 }, critical);
    }
    /** Up to date with the files: the journal's new lines, or everything after a compaction. */
    async #refresh() {
        for (;;) {
            const before = await stampOf(this.paths.store);
            if (sameStamp(before, this.#checkpoint) && (await this.#readJournal()))
                return;
            this.#reset(await readCheckpoint(this.paths.store));
            this.#checkpoint = before;
            await this.#readJournal();
            // A compaction between the two reads: read again from its checkpoint.
            if (sameStamp(await stampOf(this.paths.store), before))
                return;
        }
    }
    #reset(articles) {
        this.#articles.clear();
        this.#byItem.clear();
        this.#handles.clear();
        this.#maxId = 0;
        this.#journal = null;
        for (const article of articles)
            this.#apply(article);
    }
    #apply(article) {
        const previous = this.#articles.get(article.id);
        if (previous) {
            if (this.#byItem.get(previous.item_id) === previous)
                this.#byItem.delete(previous.item_id);
            const count = (this.#handles.get(previous.handle) ?? 1) - 1;
            if (count > 0)
                this.#handles.set(previous.handle, count);
            else
                this.#handles.delete(previous.handle);
        }
        this.#articles.set(article.id, article);
        this.#byItem.set(article.item_id, article);
        this.#handles.set(article.handle, (this.#handles.get(article.handle) ?? 0) + 1);
        this.#maxId = Math.max(this.#maxId, (0,site_articles/* localIdNumber */.ek)(article.id));
    }
    /**
     * Apply the journal's lines we have not read. False when the journal is
     * not the one we were reading (replaced or removed): the caller reads all again.
     */
    async #readJournal() {
        // Nothing appended since our last read (the same file, as long as we read): one stat, nothing opened.
        const known = this.#journal;
        if (known && !known.torn) {
            const now = await stampOf(this.paths.journal);
            if (now && now.ino === known.ino && now.size === known.offset)
                return true;
        }
        let handle;
        try {
            handle = await (0,promises_.open)(this.paths.journal, 'r');
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            return this.#journal === null;
        }
        try {
            const { ino, size } = await handle.stat();
            if (this.#journal && this.#journal.ino !== ino)
                return false;
            const from = this.#journal?.offset ?? 0;
            if (size < from)
                return false;
            const journal = this.#journal ?? { ino, offset: 0, torn: false };
            this.#journal = journal;
            if (size === from)
                return true;
            const buffer = Buffer.alloc(size - from);
            await handle.read(buffer, 0, buffer.length, from);
            // Whole lines only: a line still being appended (or torn by a crash) is left for later.
            const end = buffer.lastIndexOf(10);
            journal.torn = end !== buffer.length - 1;
            if (end === -1)
                return true;
            let lineNo = 0;
            for (const line of buffer.toString('utf8', 0, end).split('\n')) {
                lineNo++;
                const article = this.#journalRecord(line, lineNo);
                if (article)
                    this.#apply(article);
            }
            journal.offset = from + end + 1;
            return true;
        }
        finally {
            await handle.close();
        }
    }
    #journalRecord(line, lineNo) {
        if (line.trim() === '')
            return undefined;
        let data;
        try {
            data = JSON.parse(line);
        }
        catch {
            // A line torn by a crash mid-append, then ended by the next append's line break: its change never returned.
            return undefined;
        }
        const parsed = articleSchema.safeParse(data);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* UserError */.yo(`${this.paths.journal}: a record of the journal is not an article record` +
                `${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'} (line ${lineNo} of those read)`);
        }
        return parsed.data;
    }
    /** Append records to the journal and fsync it (the caller holds the lock, is up to date, and applied them). */
    async #append(articles) {
        await (0,promises_.mkdir)(this.paths.site, { recursive: true });
        const handle = await (0,promises_.open)(this.paths.journal, 'a');
        try {
            // After a torn line (a crash mid-append), start on a line of our own.
            const prefix = this.#journal?.torn ? '\n' : '';
            await handle.writeFile(`${prefix}${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
            await handle.sync();
            const { ino, size } = await handle.stat();
            this.#journal = { ino, offset: size, torn: false };
        }
        finally {
            await handle.close();
        }
    }
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ stripControlChars)
/* harmony export */ });
/* unused harmony exports escapeRegExp, containsPhrase, cleanDraft */
// Text helpers for counting, comparing and cleaning. Plain text of markdown
// (rendered by marked, stripped by sanitize-html) is in plain-text.ts,
// re-exported here: a module that only cleans or compares text does not load
// the renderer (start-up, issue 12).


function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A whole word or phrase, case-insensitive, any spacing between its words. */
function containsPhrase(text, phrase) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    if (!words)
        return true;
    return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS_AND_TABS = /\r\n|[\t\n\r]/g;
/**
 * Text without C0/C1 control characters (NUL, ESC, BEL, DEL, …): they have no
 * place in a page, a cell or the store, and some (NUL) break what reads them.
 * Tab and line breaks stay as they are (a queue cell round-trips them);
 * with `singleLine` (titles, ids, log cells) each becomes one space.
 */
function stripControlChars(text, options = {}) {
    const cleaned = text.replace(CONTROL, '');
    return options.singleLine ? cleaned.replace(LINE_BREAKS_AND_TABS, ' ') : cleaned;
}
/** The draft's one-line optional fields (meta title, image, author, …). */
const LINE_FIELDS = (/* unused pure expression or super */ null && (['meta_title', 'meta_description', 'image_url', 'image_alt', 'author', 'language']));
/** A draft fit for a page or the store: one-line title, tags and fields, control characters gone. */
function cleanDraft(draft) {
    const fields = {};
    for (const key of LINE_FIELDS) {
        const value = draft[key];
        if (typeof value === 'string')
            fields[key] = stripControlChars(value, { singleLine: true });
    }
    return {
        ...draft,
        ...fields,
        title: stripControlChars(draft.title, { singleLine: true }),
        summary: stripControlChars(draft.summary),
        body_markdown: stripControlChars(draft.body_markdown),
        tags: draft.tags.map((tag) => stripControlChars(tag, { singleLine: true })),
    };
}


/***/ })

};

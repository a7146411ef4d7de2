export const id = 945;
export const ids = [945];
export const modules = {

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ inputOfFields),
/* harmony export */   E0: () => (/* binding */ changedFields),
/* harmony export */   NZ: () => (/* binding */ fieldsOfInput)
/* harmony export */ });
/**
 * What an article input would set (the handle is the article's own: an update
 * never moves it). Takes any value with the fields (an input or a kept version)
 * and copies only those, lists and objects included.
 */
function fieldsOfInput(input) {
    return {
        handle: input.handle,
        title: input.title,
        summary: input.summary,
        body_html: input.body_html,
        tags: [...input.tags],
        ...(input.author !== undefined && { author: input.author }),
        ...(input.image && { image: { ...input.image } }),
        ...(input.seo && { seo: { ...input.seo } }),
    };
}
/** The input that writes a kept version back to its article (live: it is a published article). */
function inputOfFields(itemId, fields) {
    return { item_id: itemId, ...fieldsOfInput(fields), published: true };
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * The fields `wanted` sets that `current` does not already have, by name.
 * A field `wanted` leaves out (no author, no image, no SEO) is not compared:
 * an update without it leaves the store's value as it is.
 */
function changedFields(current, wanted) {
    const changed = [];
    if (current.title !== wanted.title)
        changed.push('title');
    if (current.summary !== wanted.summary)
        changed.push('summary');
    if (current.body_html !== wanted.body_html)
        changed.push('body');
    if (!sameList(current.tags, wanted.tags))
        changed.push('tags');
    if (wanted.author !== undefined && (current.author ?? '') !== wanted.author)
        changed.push('author');
    if (wanted.image &&
        ((current.image?.url ?? '') !== wanted.image.url || (current.image?.altText ?? '') !== wanted.image.altText))
        changed.push('image');
    if (wanted.seo &&
        ((current.seo?.title ?? '') !== wanted.seo.title || (current.seo?.description ?? '') !== wanted.seo.description))
        changed.push('seo');
    return changed;
}


/***/ }),

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ boundedMemo)
/* harmony export */ });
// A bounded memo for the pure text functions one draft calls several times
// over (the plain text of a body for word counts, keywords, reading ease and
// shingles; its HTML for links and the page): the most recently used `limit`
// results, keyed by the text. Least recently used goes first; the result is
// the one the function gives, only not computed again.
function boundedMemo(fn, limit) {
    const kept = new Map();
    return (key) => {
        if (kept.has(key)) {
            const value = kept.get(key);
            // Most recent last: a Map iterates in insertion order.
            kept.delete(key);
            kept.set(key, value);
            return value;
        }
        const value = fn(key);
        if (kept.size >= limit)
            kept.delete(kept.keys().next().value);
        kept.set(key, value);
        return value;
    };
}


/***/ }),

/***/ 3366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ countWords),
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var marked__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8022);
/* harmony import */ var sanitize_html__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3595);
/* harmony import */ var sanitize_html__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(sanitize_html__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _memo__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4724);
// Plain text of markdown, for counting and searching: rendered by marked and
// stripped of every tag by sanitize-html (no regex guessing at markup).
// Memoized (memo.ts): the rules of one draft ask for the same body's plain
// text four times (words, keywords, reading ease, shingles).



/** Texts whose plain text is kept: a few drafts in flight at once, each with a body or two. */
const KEPT_TEXTS = 32;
const plainText = (0,_memo__WEBPACK_IMPORTED_MODULE_1__/* .boundedMemo */ .S)(plainTextOf, KEPT_TEXTS);
function plainTextOf(markdown) {
    const html = marked__WEBPACK_IMPORTED_MODULE_0__/* .marked */ .xI.parse(markdown, { async: false, gfm: true });
    return sanitize_html__WEBPACK_IMPORTED_MODULE_2___default()(html, {
        allowedTags: [],
        allowedAttributes: {},
        nonTextTags: ['script', 'style', 'iframe', 'textarea', 'noscript'],
    })
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
}
/** Words: runs of letters or digits (apostrophes and hyphens inside a word keep it one). */
function countWords(markdown) {
    return plainText(markdown).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}


/***/ }),

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z8: () => (/* binding */ buildShingleIndex),
  G6: () => (/* binding */ emptyShingleIndex),
  RU: () => (/* binding */ indexEntry),
  ZR: () => (/* binding */ nearestEntry),
  qJ: () => (/* binding */ unindexEntry)
});

// EXTERNAL MODULE: ./packages/core/src/domain/content/plain-text.ts
var plain_text = __webpack_require__(3366);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/similarity.ts
// Shingled text similarity for NEAR_DUPLICATE: the set of every run of
// SHINGLE_WORDS consecutive words (w-shingling, Broder 1997) and the Jaccard
// index of two such sets. Written here: a few lines, and the npm packages for
// it are unmaintained or bring a tokenizer we do not need.

/** Four words: long enough that common phrases do not make two articles alike, short enough to catch light rewording. */
const SHINGLE_WORDS = 4;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** The word shingles of markdown, HTML or plain text (lower-cased, punctuation and markup ignored). */
function shingleSet(text, size = SHINGLE_WORDS) {
    const words = ((0,plain_text/* plainText */.w)(text).toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
    const shingles = new Set();
    for (let i = 0; i + size <= words.length; i++)
        shingles.add(words.slice(i, i + size).join(' '));
    return shingles;
}
/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
function jaccard(a, b) {
    if (a.size === 0 && b.size === 0)
        return 0;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = 0;
    for (const shingle of small)
        if (large.has(shingle))
            shared += 1;
    return shared / (a.size + b.size - shared);
}

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/shingle-index.ts
// The corpus of NEAR_DUPLICATE as an inverted index: every entry's text
// shingled once (shingles interned as numbers), and shingle → the entries
// holding it. A draft is then compared only with the entries that can reach
// the threshold, so its cost follows the few entries that share its rarer
// shingles, not the corpus size; the verdict is the one comparing it with
// every entry gives (the same entry, the same similarity; see the property
// test). Written here: the set-similarity-search packages on npm are
// approximate (MinHash/LSH) or unmaintained, and the exact search is short.
//
// Why it is exact: a match needs Jaccard J = s / (q + d − s) ≥ t, where s is
// the shingles shared, q and d the two set sizes. J ≤ s / q, so s ≥ ⌈t·q⌉:
// every match holds at least one of any q − ⌈t·q⌉ + 1 of the draft's
// shingles (the rest are too few). Those are taken rarest first, so their
// lists are short; J ≤ min(q, d) / max(q, d) then leaves out entries of the
// wrong size, and each candidate left gets its Jaccard computed exactly.
//
// The index is a value: `buildShingleIndex` makes one from a list (pure);
// the executor's run corpus keeps one across a run with `indexEntry` and
// `unindexEntry` (services/executor/corpus.ts). The rule only reads it.

function emptyShingleIndex() {
    return { ids: new Map(), postings: [], docs: new Map(), byKey: new Map(), texts: new Map(), next: 0 };
}
// The last few texts shingled: a draft that passes is checked, then added to
// the run's corpus, and shingling is the costly part of both (markdown
// rendered to plain text). A result depends on the text alone.
const recent = new Map();
const RECENT_LIMIT = 16;
function shinglesOf(text) {
    let set = recent.get(text);
    if (set) {
        recent.delete(text);
    }
    else {
        set = shingleSet(text);
        if (recent.size >= RECENT_LIMIT)
            recent.delete(recent.keys().next().value);
    }
    recent.set(text, set);
    return set;
}
function intern(index, text) {
    const set = shinglesOf(text);
    const out = new Uint32Array(set.size);
    let i = 0;
    for (const shingle of set) {
        let id = index.ids.get(shingle);
        if (id === undefined) {
            id = index.postings.length;
            index.ids.set(shingle, id);
            index.postings.push([]);
        }
        out[i++] = id;
    }
    return out;
}
/**
 * Adds `entry` under `key`, or replaces what `key` held. The same text in
 * the same place again costs no shingling and leaves the lists as they are.
 */
function indexEntry(index, key, entry, order) {
    const current = index.byKey.get(key);
    const held = current === undefined ? undefined : index.docs.get(current);
    if (current !== undefined && held && held.entry.text === entry.text && held.order === order) {
        // The same text in the same place: its lists stand; the entry given last is the one named.
        index.docs.set(current, { ...held, entry });
        return;
    }
    unindexEntry(index, key);
    let shingles = index.texts.get(entry.text);
    if (!shingles) {
        shingles = intern(index, entry.text);
        index.texts.set(entry.text, shingles);
    }
    const doc = index.next++;
    index.docs.set(doc, { key, entry, order, shingles });
    index.byKey.set(key, doc);
    for (const id of shingles)
        index.postings[id]?.push(doc);
}
/** Takes the entry under `key` out (its lists keep its number, skipped from now on). */
function unindexEntry(index, key) {
    const doc = index.byKey.get(key);
    if (doc === undefined)
        return;
    index.docs.delete(doc);
    index.byKey.delete(key);
}
/** An index of `entries`, each placed where it stands in the list. */
function buildShingleIndex(entries) {
    const index = emptyShingleIndex();
    entries.forEach((entry, i) => {
        indexEntry(index, String(i), entry, i);
    });
    return index;
}
/**
 * The entry most like `text` with a Jaccard similarity of its word shingles
 * of at least `threshold` (the first such entry on a tie), leaving out the
 * entries of `excludeItemId`; undefined when none is.
 */
function nearestEntry(index, text, threshold, excludeItemId) {
    const indexed = index.texts.get(text);
    if (indexed)
        return nearestOf(index, indexed.length, new Set(indexed), threshold, excludeItemId);
    const known = new Set();
    const mine = shinglesOf(text);
    for (const shingle of mine) {
        const id = index.ids.get(shingle);
        if (id !== undefined)
            known.add(id);
    }
    return nearestOf(index, mine.size, known, threshold, excludeItemId);
}
/** nearestEntry for a draft of `q` distinct shingles, `known` those of them the index holds. */
function nearestOf(index, q, known, threshold, excludeItemId) {
    if (q === 0)
        return undefined;
    // A little slack on each bound, so rounding never leaves out an entry the exact comparison would keep.
    const slack = 1e-9;
    let candidates;
    if (threshold > 0) {
        const needed = Math.max(1, Math.ceil(threshold * q - slack));
        // Shingles no entry holds are the rarest of all: they need no looking up.
        const probe = q - needed + 1 - (q - known.size);
        if (probe <= 0)
            return undefined;
        const rarest = [...known].sort((a, b) => (index.postings[a]?.length ?? 0) - (index.postings[b]?.length ?? 0));
        const found = new Set();
        for (let i = 0; i < probe && i < rarest.length; i++)
            for (const doc of index.postings[rarest[i]] ?? [])
                found.add(doc);
        candidates = found;
    }
    else {
        // At 0 (or a threshold that is not a number) nothing can be left out: every entry is compared.
        candidates = index.docs.keys();
    }
    let best;
    for (const doc of candidates) {
        const held = index.docs.get(doc);
        if (!held)
            continue;
        if (held.entry.itemId !== undefined && held.entry.itemId === excludeItemId)
            continue;
        const d = held.shingles.length;
        if (threshold > 0 && (d < threshold * q - slack || d * threshold > q + slack))
            continue;
        let shared = 0;
        for (const id of held.shingles)
            if (known.has(id))
                shared += 1;
        // The same arithmetic as jaccard() in similarity.ts, so the same number.
        const similarity = d === 0 ? 0 : shared / (q + d - shared);
        if (similarity >= threshold &&
            (!best || similarity > best.similarity || (similarity === best.similarity && held.order < best.order)))
            best = { entry: held.entry, similarity, order: held.order };
    }
    return best && { entry: best.entry, similarity: best.similarity };
}


/***/ }),

/***/ 3293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ slugify)
/* harmony export */ });
// Handles and ids from titles: lower-case ASCII words joined by hyphens.
// Accents are folded (NFKD, combining marks dropped); other scripts drop out.
// Latin letters NFKD does not decompose (they are letters of their own, not
// base + accent); a handful, so a table beats a transliteration dependency.
const LATIN_EXTRA = {
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ø: 'o',
    ł: 'l',
    đ: 'd',
    ð: 'd',
    þ: 'th',
    ı: 'i',
};
function slugify(text, max = 80) {
    const slug = text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_EXTRA[letter] ?? '')
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (slug.length <= max)
        return slug;
    // Cut at a word boundary when there is one.
    const cut = slug.slice(0, max);
    return cut.replace(/-+[^-]*$/, '') || cut;
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ stripControlChars),
/* harmony export */   TN: () => (/* binding */ cleanDraft),
/* harmony export */   vh: () => (/* binding */ containsPhrase)
/* harmony export */ });
/* unused harmony export escapeRegExp */
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
const LINE_FIELDS = ['meta_title', 'meta_description', 'image_url', 'image_alt', 'author', 'language'];
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


/***/ }),

/***/ 945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  processItem: () => (/* binding */ processItem)
});

// EXTERNAL MODULE: ./packages/core/src/domain/queue/lease.ts
var lease = __webpack_require__(8556);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/transitions.ts
var transitions = __webpack_require__(7798);
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/backoff.ts
const DEFAULT_BACKOFF = { scheduleSeconds: [60, 180, 600], jitter: 0.3 };
/** `random` in [0, 1): 0 gives the shortest delay, → 1 the longest. */
function backoffDelayMs(attempt, options, random) {
    const given = options.scheduleSeconds ?? [];
    const schedule = given.length > 0 ? given : DEFAULT_BACKOFF.scheduleSeconds;
    const jitter = options.jitter ?? DEFAULT_BACKOFF.jitter;
    const index = Math.min(Math.max(attempt, 1), schedule.length) - 1;
    const base = (schedule[index] ?? 60) * 1000;
    return Math.round(base * (1 + jitter * (2 * random() - 1)));
}
function nextAttemptAt(now, attempt, options, random) {
    return new Date(now.getTime() + backoffDelayMs(attempt, options, random));
}
/** The attempt just made was the last one allowed. */
function shouldFail(attempts, maxAttempts) {
    return attempts >= maxAttempts;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/item-codes.ts
// The codes an item's outcome can carry besides the gate's rule codes: what
// an operator meets in the run log's `error_codes`, in a retried or FAILED
// row's `last_error` (`CODE: message`) and in a BLOCKED row's `notes`
// (`[CODE] …`). RUNBOOK.md "Item error codes" has an entry for each, and a
// test reads the sources so a code thrown or set anywhere is in this list.
/** Every fixed item code (RUNBOOK.md "Item error codes"). */
const ITEM_ERROR_CODES = (/* unused pure expression or super */ null && ([
    // The model server (adapters/llm)
    'LLM_TIMEOUT', // no answer within request-timeout
    'LLM_UNAVAILABLE', // network errors, 429 or 5xx on every attempt of one request
    'LLM_BAD_RESPONSE', // the server's answer is not JSON or has no choices[0].message
    'LLM_BAD_OUTPUT', // the model's text holds no JSON object, or not a valid draft
    'LLM_REFUSED', // the model refused to write it
    'LLM_REQUEST_REJECTED', // a 4xx other than 401/403/404/429: the request itself was refused
    // The content (executor, content reader, front matter)
    'NO_CONTENT', // no content, no content_path and no generator
    'CONTENT_NOT_FOUND', // content_path names no file
    'CONTENT_PATH_OUTSIDE', // content_path leaves the allowed folders
    'FRONT_MATTER_INVALID', // the content's front matter is not valid YAML
    // The local site (adapters/local)
    'SITE_INVALID', // the article input has no item id
    'SITE_BLANK', // the article's title is empty
    'SITE_NOT_FOUND', // the article id is not in the site store
    'SITE_NOT_OWNED', // the article id belongs to another item
    'SITE_HANDLE_TAKEN', // the handle and its variants are all taken
    // Shopify (adapters/shopify); other userError codes are the SHOPIFY_ family below
    'SHOPIFY_HANDLE_NOT_SEARCHABLE', // the handle is taken but its article is not searchable yet
    'SHOPIFY_TAKEN', // the handle and its variants are all taken
    'SHOPIFY_NOT_FOUND', // the article (or blog) to write is gone
    'SHOPIFY_INVALID', // Shopify refused the article with a userError without a code
    // A service that failed while the item was worked on (a ServiceError reaching the item; serviceItemCode)
    'SHOPIFY_UNAVAILABLE', // 5xx, 429 or THROTTLED after retries, no answer, a lost articleCreate twice, the token exchange
    'SHEETS_UNAVAILABLE', // Google Sheets failed after retries
    'GITHUB_UNAVAILABLE', // the GitHub API failed after retries
    // The executor
    'UNEXPECTED', // any other error (a bug, a local file that could not be read or written)
    'TIME_BUDGET', // the run's time budget ended while the item was in flight: released
    'QUEUE_WRITE_FAILED', // the item's outcome could not be written to its queue row
    'UPDATE_NO_ARTICLE', // a row marked UPDATE whose article the store no longer has (or cannot read)
    'REJECTED', // a reviewer set approval=rejected (RUNBOOK lists it with the gate rule codes)
]));
/** Codes built at run time: a fixed prefix and what follows it, named in the RUNBOOK by `entry`. */
const ITEM_ERROR_CODE_FAMILIES = [
    { prefix: 'SHOPIFY_', entry: 'SHOPIFY_<userError code>' }, // articleCreate/articleUpdate userErrors[0].code
];
/** The codes retried with backoff (a transient ItemError, a service's failure, any unexpected error); the rest park the row BLOCKED. */
const RETRIED_ITEM_CODES = (/* unused pure expression or super */ null && ([
    'LLM_TIMEOUT',
    'LLM_UNAVAILABLE',
    'LLM_BAD_RESPONSE',
    'LLM_BAD_OUTPUT',
    'SHOPIFY_HANDLE_NOT_SEARCHABLE',
    'SHOPIFY_UNAVAILABLE',
    'SHEETS_UNAVAILABLE',
    'GITHUB_UNAVAILABLE',
    'UNEXPECTED',
]));
/**
 * A ServiceError's `service` (the name its adapter gives it) → the item code
 * it is recorded under when it ends an item's attempt. The model server's
 * adapter throws its own LLM_* ItemErrors; a service not named here (the
 * local state lock) is UNEXPECTED.
 */
const SERVICE_ITEM_CODES = {
    shopify: 'SHOPIFY_UNAVAILABLE',
    'google sheets': 'SHEETS_UNAVAILABLE',
    github: 'GITHUB_UNAVAILABLE',
};
/** The item code of a ServiceError from `service` (retried, like every code it gives). */
function serviceItemCode(service) {
    return SERVICE_ITEM_CODES[service.trim().toLowerCase()] ?? 'UNEXPECTED';
}

// EXTERNAL MODULE: ./packages/core/src/util/abort.ts
var abort = __webpack_require__(2332);
;// CONCATENATED MODULE: ./packages/core/src/services/publish-article.ts
/** The item's article, by stored id, then by the stored handle, then by the wanted one. */
async function findExisting(publisher, input, stored) {
    const handles = [...new Set([stored.handle, input.handle].filter((h) => Boolean(h)))];
    const first = await publisher.find({ article_id: stored.article_id, item_id: input.item_id, handle: handles[0] });
    if (first || handles.length < 2)
        return first;
    return publisher.find({ item_id: input.item_id, handle: handles[1] });
}
async function publishArticle(publisher, input, stored) {
    const existing = await findExisting(publisher, input, stored);
    if (existing)
        return { ref: await publisher.update(existing.id, input), action: 'updated' };
    return { ref: await publisher.create(input), action: 'created' };
}

// EXTERNAL MODULE: ./node_modules/marked/lib/marked.esm.js
var marked_esm = __webpack_require__(8022);
// EXTERNAL MODULE: ./node_modules/sanitize-html/index.js
var sanitize_html = __webpack_require__(3595);
var sanitize_html_default = /*#__PURE__*/__webpack_require__.n(sanitize_html);
// EXTERNAL MODULE: ./packages/core/src/domain/content/memo.ts
var memo = __webpack_require__(4724);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/render.ts
// Markdown → HTML that is safe to publish: marked renders, sanitize-html
// keeps an allow-list (no script, iframe, style, event handlers, or
// javascript: URLs). Memoized (memo.ts): a draft's body is rendered for
// its links by two rules and the catalog look-up, then for the page.



const OPTIONS = {
    allowedTags: [
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'p',
        'br',
        'hr',
        'blockquote',
        'ul',
        'ol',
        'li',
        'strong',
        'em',
        'b',
        'i',
        'code',
        'pre',
        'a',
        'img',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'del',
        'sup',
        'sub',
        'figure',
        'figcaption',
    ],
    allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['align'], td: ['align'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
};
/** Bodies whose HTML is kept: a few drafts in flight at once. */
const KEPT_BODIES = 32;
const renderMarkdown = (0,memo/* boundedMemo */.S)((markdown) => sanitize_html_default()(marked_esm/* marked */.xI.parse(markdown, { async: false, gfm: true }), OPTIONS).trim(), KEPT_BODIES);

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/internal-link.ts
// At least one link to the shop itself when the shop has something that
// matches the item (catalogMatches, looked up before drafting). RETRY: the
// auto-fix pass is given the matches and adds a link.

const HREF = /<a\s[^>]*href="([^"]*)"/gi;
/** Links of the body, as rendered (so markdown and HTML links count alike). */
function bodyLinks(markdown) {
    return [...renderMarkdown(markdown).matchAll(HREF)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
}
/** A link to the shop: a root-relative path, or an absolute URL on one of the shop's hosts. */
function isInternalLink(href, shopHosts = []) {
    if (href.startsWith('/') && !href.startsWith('//'))
        return true;
    try {
        const host = new URL(href).hostname.toLowerCase();
        return shopHosts.some((shop) => shop.toLowerCase() === host);
    }
    catch {
        return false;
    }
}
const noInternalLink = (draft, ctx) => {
    const matches = ctx.catalogMatches ?? 0;
    if (matches === 0)
        return [];
    if (bodyLinks(draft.body_markdown).some((href) => isInternalLink(href, ctx.shopHosts)))
        return [];
    return [
        {
            code: 'NO_INTERNAL_LINK',
            message: `the body links to nothing in the shop, though ${matches} product(s) or collection(s) match; expected at least one internal link`,
        },
    ];
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/broken-link.ts

/** An optional locale prefix (/de/, /pt-br/) before the resource path. */
const LOCALE = '(?:/[a-z]{2}(?:-[a-z0-9]{2,4})?)?';
const PATHS = [
    [new RegExp(`^${LOCALE}/(?:collections/[^/]+/)?products/([^/]+)/?$`, 'i'), (m) => target('product', m[1])],
    [new RegExp(`^${LOCALE}/collections/([^/]+)/?$`, 'i'), (m) => target('collection', m[1])],
    [new RegExp(`^${LOCALE}/pages/([^/]+)/?$`, 'i'), (m) => target('page', m[1])],
    [new RegExp(`^${LOCALE}/blogs/([^/]+)/([^/]+)/?$`, 'i'), (m) => ({ ...target('article', m[2]), blog: m[1] })],
];
function target(kind, handle) {
    let decoded = handle ?? '';
    try {
        decoded = decodeURIComponent(decoded);
    }
    catch { }
    return { kind, handle: decoded.toLowerCase() };
}
/**
 * What an internal link names, from its path: a product, collection, page or
 * article. Undefined for an external link and for the shop's other pages
 * (home, /cart, /search, /collections/all, a blog's index), which always exist.
 */
function linkTarget(href, shopHosts = []) {
    if (!isInternalLink(href, shopHosts))
        return undefined;
    let path;
    try {
        path = new URL(href, 'https://shop.invalid').pathname;
    }
    catch {
        return undefined;
    }
    for (const [pattern, make] of PATHS) {
        const match = pattern.exec(path);
        if (!match)
            continue;
        const found = make(match);
        return found.kind === 'collection' && found.handle === 'all' ? undefined : found;
    }
    return undefined;
}
/** The body's links that name something of the shop, each once (what the executor looks up). */
function catalogLinks(markdown, shopHosts = []) {
    return [...new Set(bodyLinks(markdown))].filter((href) => linkTarget(href, shopHosts) !== undefined);
}
const brokenLink = (draft, ctx) => {
    const checks = ctx.linkChecks;
    if (!checks)
        return [];
    const broken = catalogLinks(draft.body_markdown, ctx.shopHosts).filter((href) => checks.get(href) === false);
    return broken.map((href) => {
        const t = linkTarget(href, ctx.shopHosts);
        return {
            code: 'BROKEN_LINK',
            message: `the link ${href} leads to no ${t?.kind ?? 'page'} of the shop ("${t?.handle ?? ''}" does not exist); expected a link to an existing product, collection, page or article, or none`,
        };
    });
};

// EXTERNAL MODULE: ./packages/core/src/domain/queue/parse-row.ts
var parse_row = __webpack_require__(3828);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/row-fields.ts

function mergeRowFields(draft, row, source) {
    const cell = (text) => text.trim() || undefined;
    const tags = (0,parse_row/* splitKeywords */.lx)(row.tags);
    const merged = {
        ...draft,
        tags: tags.length > 0 ? tags : draft.tags,
        meta_title: cell(row.meta_title) ?? draft.meta_title,
        meta_description: cell(row.meta_description) ?? draft.meta_description,
        image_url: cell(row.image_url) ?? (source.generated ? undefined : draft.image_url),
        image_alt: cell(row.image_alt) ?? draft.image_alt,
        author: cell(row.author) ?? draft.author,
        language: cell(row.language) ?? draft.language,
    };
    // Absent, not undefined-valued: drafts are compared and serialised.
    for (const key of Object.keys(merged))
        if (merged[key] === undefined)
            delete merged[key];
    return merged;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/domain/content/plain-text.ts
var plain_text = __webpack_require__(3366);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/extract-draft.ts
// A draft from human-written markdown: optional YAML front matter (title,
// summary, tags, meta_title, meta_description, image_url, image_alt, author,
// language), the title from the row or else the first `# ` heading, the
// summary from front matter or else the first paragraph.




const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const H1 = /^#[ \t]+(.+?)[ \t#]*$/m;
function frontMatter(markdown, row) {
    const match = FRONT_MATTER.exec(markdown);
    if (!match)
        return { data: {}, body: markdown };
    let data;
    try {
        data = (0,dist/* parse */.qg)(match[1] ?? '');
    }
    catch (error) {
        throw new errors/* ItemError */.ie('FRONT_MATTER_INVALID', `row ${row.row} (id "${row.id}"): the front matter is not valid YAML: ${error.message.split('\n')[0]}`, false);
    }
    const record = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
    return { data: record, body: markdown.slice(match[0].length) };
}
/** First sentence(s) of the first paragraph, kept under `max` characters where a sentence ends in time. */
function summaryFrom(body, max = 160) {
    const paragraph = body
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.trim())
        .find((p) => p && !/^(#|[-*+] |\d+\. |>|```|<)/.test(p));
    if (!paragraph)
        return '';
    const text = (0,plain_text/* plainText */.w)(paragraph).replace(/\s+/g, ' ').trim();
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max);
    const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
    return end > 40 ? cut.slice(0, end + 1) : text;
}
function tagsFrom(value) {
    if (Array.isArray(value))
        return value
            .map(String)
            .map((t) => t.trim())
            .filter(Boolean);
    if (typeof value === 'string')
        return (0,parse_row/* splitKeywords */.lx)(value);
    return undefined;
}
function extractDraft(markdown, row) {
    const { data, body: afterFrontMatter } = frontMatter(markdown, row);
    let body = afterFrontMatter;
    const heading = H1.exec(body);
    const fmTitle = typeof data.title === 'string' ? data.title.trim() : '';
    const title = row.title.trim() || fmTitle || heading?.[1]?.trim() || '';
    // The title is shown by the page itself: drop a leading `# Title` from the body.
    if (heading && body.slice(0, heading.index).trim() === '')
        body = body.slice(heading.index + heading[0].length);
    body = body.replace(/^\s+/, '');
    const summary = typeof data.summary === 'string' ? data.summary.trim() : summaryFrom(body);
    const draft = {
        title,
        summary,
        body_markdown: body,
        tags: tagsFrom(data.tags) ?? (0,parse_row/* splitKeywords */.lx)(row.keywords),
    };
    // The article's own fields, where the front matter gives them (the row's cells still win: mergeRowFields).
    const text = (key) => (typeof data[key] === 'string' ? data[key].trim() : '');
    const fields = {
        meta_title: text('meta_title'),
        meta_description: text('meta_description'),
        image_url: text('image_url') || text('image'),
        image_alt: text('image_alt'),
        author: text('author'),
        language: text('language'),
    };
    for (const [key, value] of Object.entries(fields))
        if (value)
            draft[key] = value;
    return draft;
}

// EXTERNAL MODULE: ./packages/core/src/domain/content/text.ts
var content_text = __webpack_require__(6549);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/seo-defaults.ts

/** `text` cut to at most `max` characters at a word boundary (no ellipsis: search engines add their own). */
function clipAtWord(text, max) {
    const clean = text.replace(/\s+/g, ' ').trim();
    if ([...clean].length <= max)
        return clean;
    const cut = [...clean].slice(0, max + 1).join('');
    const end = cut.lastIndexOf(' ');
    return (end > max / 2 ? cut.slice(0, end) : [...clean].slice(0, max).join('')).replace(/[\s,;:–—-]+$/, '');
}
/** The opening sentences of the text, as many as fit in `max` characters (at least `min` when the text has them). */
function openingOf(text, min, max) {
    const clean = text.replace(/\s+/g, ' ').trim();
    const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [];
    let out = '';
    for (const sentence of sentences) {
        const next = `${out} ${sentence.trim()}`.trim();
        if ([...next].length > max)
            break;
        out = next;
    }
    return [...out].length >= min ? out : clipAtWord(clean, max);
}
/** Markdown without its `#` heading lines: a heading is not a sentence of a description. */
function withoutHeadings(markdown) {
    return markdown.replace(/^ {0,3}#{1,6}[ \t].*$/gm, '');
}
/** The text an article opens with: the body, after the summary unless the body already begins with it. */
function startingWith(summary, body) {
    const text = body.replace(/\s+/g, ' ').trim();
    return summary && !text.startsWith(summary) ? `${summary} ${text}` : text;
}
function withSeoDefaults(draft, thresholds) {
    const { metaTitleMax, metaDescriptionMin: min, metaDescriptionMax: max } = thresholds;
    const out = { ...draft };
    if (!out.meta_title?.trim() && out.title.trim())
        out.meta_title = clipAtWord(out.title, metaTitleMax);
    if (!out.meta_description?.trim()) {
        const summary = (0,plain_text/* plainText */.w)(out.summary).replace(/\s+/g, ' ').trim();
        const length = [...summary].length;
        const derived = length >= min && length <= max
            ? summary
            : openingOf(startingWith(summary, (0,plain_text/* plainText */.w)(withoutHeadings(out.body_markdown))), min, max);
        if (derived)
            out.meta_description = derived;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/banned.ts
const fold = (text) => text.toLowerCase().replace(/\s+/g, ' ');
const bannedPhrase = (draft, ctx) => {
    const text = fold([draft.title, draft.summary, draft.body_markdown].join(' '));
    return ctx.thresholds.bannedPhrases
        .filter((phrase) => phrase.trim() && text.includes(fold(phrase.trim())))
        .map((phrase) => ({ code: 'BANNED_PHRASE', message: `banned phrase "${phrase}" found` }));
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/body-length.ts
const bodyTooShort = (_draft, ctx) => ctx.words < ctx.thresholds.bodyMinWords
    ? [
        {
            code: 'BODY_TOO_SHORT',
            message: `body has ${ctx.words} words; at least ${ctx.thresholds.bodyMinWords} expected`,
        },
    ]
    : [];
const bodyTooLong = (_draft, ctx) => ctx.words > ctx.thresholds.bodyMaxWords
    ? [
        {
            code: 'BODY_TOO_LONG',
            message: `body has ${ctx.words} words; at most ${ctx.thresholds.bodyMaxWords} expected`,
        },
    ]
    : [];

// EXTERNAL MODULE: ./packages/core/src/domain/content/title.ts
var title = __webpack_require__(5514);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/duplicate-title.ts

const duplicateTitle = (draft, ctx) => {
    const owner = ctx.otherTitles.get((0,title/* normalizeTitle */.s)(draft.title));
    return draft.title.trim() && owner !== undefined && owner !== ctx.itemId
        ? [{ code: 'DUPLICATE_TITLE', message: `item "${owner}" already has an article titled "${draft.title.trim()}"` }]
        : [];
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/headings.ts
const H2 = /^ {0,3}##[ \t]+\S|<h2[\s>]/im;
const noHeadings = (draft, ctx) => ctx.words > ctx.thresholds.headingsAfterWords && !H2.test(draft.body_markdown)
    ? [
        {
            code: 'NO_HEADINGS',
            message: `body has ${ctx.words} words and no second-level heading; expected \`## \` headings above ${ctx.thresholds.headingsAfterWords} words`,
        },
    ]
    : [];

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/image.ts
const imageMissing = (draft, ctx) => ctx.thresholds.requireImage && !draft.image_url?.trim()
    ? [
        {
            code: 'IMAGE_MISSING',
            message: 'the article has no featured image; expected an image_url in the row (require-image is on)',
        },
    ]
    : [];
const imageAltMissing = (draft) => draft.image_url?.trim() && !draft.image_alt?.trim()
    ? [
        {
            code: 'IMAGE_ALT_MISSING',
            message: 'the featured image has no alt text; expected image_alt describing it',
        },
    ]
    : [];

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/keywords.ts

const keywordMissing = (draft, ctx) => {
    const text = (0,plain_text/* plainText */.w)(draft.body_markdown);
    return ctx.keywords
        .filter((keyword) => !(0,content_text/* containsPhrase */.vh)(text, keyword))
        .map((keyword) => ({ code: 'KEYWORD_MISSING', message: `keyword "${keyword}" does not appear in the body` }));
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/meta.ts
const chars = (text) => [...text.trim()].length;
/** The SEO title an article goes out with: its own, else the title. */
function effectiveMetaTitle(draft) {
    return draft.meta_title?.trim() || draft.title.trim();
}
/** The meta description an article goes out with: its own, else the summary. */
function effectiveMetaDescription(draft) {
    return draft.meta_description?.trim() || draft.summary.trim();
}
const metaTitleTooLong = (draft, ctx) => {
    const length = chars(effectiveMetaTitle(draft));
    return length > ctx.thresholds.metaTitleMax
        ? [
            {
                code: 'META_TITLE_TOO_LONG',
                message: `meta title has ${length} characters; at most ${ctx.thresholds.metaTitleMax} expected (search results cut the rest)`,
            },
        ]
        : [];
};
const metaDescriptionLength = (draft, ctx) => {
    const { metaDescriptionMin: min, metaDescriptionMax: max } = ctx.thresholds;
    const length = chars(effectiveMetaDescription(draft));
    if (length >= min && length <= max)
        return [];
    const what = length === 0 ? 'is empty' : `has ${length} characters`;
    return [{ code: 'META_DESCRIPTION_LENGTH', message: `meta description ${what}; ${min}–${max} expected` }];
};

// EXTERNAL MODULE: ./packages/core/src/domain/content/rules/shingle-index.ts + 1 modules
var shingle_index = __webpack_require__(6120);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/near-duplicate.ts
// A draft too much like another article of the blog or another row of the
// queue. BLOCK: a rewrite pass would only disguise it; a human decides which
// of the two should exist. The finding names the other article.
//
// The corpus comes with its shingle index when the caller keeps one (the
// executor's run corpus, built once per run); a plain list is indexed here.
// Either way the draft is compared only with the entries that can reach the
// threshold (shingle-index.ts), and the verdict is the one comparing it with
// every entry gives.

const nearDuplicate = (draft, ctx) => {
    const corpus = ctx.corpus;
    if (!corpus || (corpus.length === 0 && !corpus.index))
        return [];
    const threshold = ctx.thresholds.nearDuplicateThreshold;
    const best = (0,shingle_index/* nearestEntry */.ZR)(corpus.index ?? (0,shingle_index/* buildShingleIndex */.Z8)(corpus), draft.body_markdown, threshold, ctx.itemId);
    if (!best)
        return [];
    const percent = (n) => `${Math.round(n * 100)}%`;
    return [
        {
            code: 'NEAR_DUPLICATE',
            message: `the text is ${percent(best.similarity)} the same as ${best.entry.label} (near-duplicate-threshold ${percent(threshold)}); rewrite one of them or drop this row`,
        },
    ];
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/placeholder.ts
const PLACEHOLDERS = [
    [/\[TODO\]/i, '[TODO]'],
    [/(?<![\p{L}\p{N}])TBD(?![\p{L}\p{N}])/u, 'TBD'],
    [/lorem\s+ipsum/i, 'lorem ipsum'],
    [/\{\{/, '{{'],
];
const placeholder = (draft) => {
    const text = [draft.title, draft.summary, draft.body_markdown].join('\n');
    return PLACEHOLDERS.filter(([pattern]) => pattern.test(text)).map(([, shown]) => ({
        code: 'PLACEHOLDER',
        message: `placeholder "${shown}" left in the article`,
    }));
};

// EXTERNAL MODULE: ./node_modules/flesch/index.js
var flesch = __webpack_require__(175);
// EXTERNAL MODULE: ./node_modules/syllable/index.js + 1 modules
var syllable = __webpack_require__(114);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/reading-level.ts
// Reading ease within a range. Flesch reading ease (0–100, higher is easier)
// from the `flesch` formula and `syllable` counts (both wooorm's, kept up);
// only sentences and words are counted here. The formula is for English, so
// a draft in another language is not measured. RETRY: a rewrite can simplify.



// Syllables of a word, memoized: words repeat across articles, and counting
// them (syllable's rules and exceptions) was most of the measure's cost.
// Bounded by clearing when full: a hit costs one look-up (no recency kept).
const syllables = new Map();
const SYLLABLES_KEPT = 50_000;
function syllableCount(word) {
    let count = syllables.get(word);
    if (count === undefined) {
        count = (0,syllable/* syllable */.l)(word);
        if (syllables.size >= SYLLABLES_KEPT)
            syllables.clear();
        syllables.set(word, count);
    }
    return count;
}
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Flesch reading ease of markdown, 0–100; NaN for a text without words. Headings and list items count as sentences. */
function readingEase(markdown) {
    const sentences = (0,plain_text/* plainText */.w)(markdown)
        .split(/[.!?]+(?=\s|$)|\n+/)
        .filter((sentence) => HAS_WORD.test(sentence));
    const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
    const syllables = words.reduce((sum, word) => sum + Math.max(1, syllableCount(word)), 0);
    const ease = (0,flesch/* flesch */.c)({ sentence: sentences.length, word: words.length, syllable: syllables });
    // The formula leaves 0–100 for very easy or very hard text; the settings use the documented scale.
    return Number.isNaN(ease) ? ease : Math.min(100, Math.max(0, ease));
}
function isEnglish(language) {
    return !language?.trim() || /^en(?:-|$)/i.test(language.trim());
}
const readingLevel = (draft, ctx) => {
    if (!isEnglish(draft.language))
        return [];
    const ease = readingEase(draft.body_markdown);
    if (Number.isNaN(ease))
        return [];
    const { readingEaseMin: min, readingEaseMax: max } = ctx.thresholds;
    if (ease >= min && ease <= max)
        return [];
    const how = ease < min ? 'too hard to read: use shorter sentences and words' : 'too simple';
    return [
        {
            code: 'READING_LEVEL',
            message: `Flesch reading ease ${ease.toFixed(0)} is ${how}; ${min}–${max} expected`,
        },
    ];
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/summary.ts
const summaryTooLong = (draft, ctx) => {
    const length = [...draft.summary.trim()].length;
    return length > ctx.thresholds.summaryMax
        ? [
            {
                code: 'SUMMARY_TOO_LONG',
                message: `summary has ${length} characters; at most ${ctx.thresholds.summaryMax} expected`,
            },
        ]
        : [];
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/title.ts
const titleMissing = (draft) => draft.title.trim()
    ? []
    : [
        {
            code: 'TITLE_MISSING',
            message: 'the article has no title; expected a title in the row, front matter or a `# ` heading',
        },
    ];
const titleTooLong = (draft, ctx) => {
    const length = [...draft.title.trim()].length;
    return length > ctx.thresholds.titleMax
        ? [
            {
                code: 'TITLE_TOO_LONG',
                message: `title has ${length} characters; at most ${ctx.thresholds.titleMax} expected`,
            },
        ]
        : [];
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/unsafe-html.ts
const UNSAFE = [
    [/<\s*script\b/i, '<script>'],
    [/<\s*iframe\b/i, '<iframe>'],
    [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an on* event attribute'],
    [/javascript\s*:/i, 'a javascript: URL'],
];
const unsafeHtml = (draft) => {
    const text = [draft.title, draft.summary, draft.body_markdown].join('\n');
    return UNSAFE.filter(([pattern]) => pattern.test(text)).map(([, what]) => ({
        code: 'UNSAFE_HTML',
        message: `unsafe HTML: ${what}`,
    }));
};

;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/index.ts
















// RULE_CODES is in a file of its own so reconcile reads the list without loading the rules.





/** Every rule, in the order findings are listed. */
const RULES = [
    titleMissing,
    titleTooLong,
    summaryTooLong,
    bodyTooShort,
    bodyTooLong,
    keywordMissing,
    noHeadings,
    placeholder,
    bannedPhrase,
    unsafeHtml,
    duplicateTitle,
    metaTitleTooLong,
    metaDescriptionLength,
    imageMissing,
    imageAltMissing,
    noInternalLink,
    brokenLink,
    readingLevel,
    nearDuplicate,
];


// EXTERNAL MODULE: ./packages/core/src/domain/content/thresholds.ts
var content_thresholds = __webpack_require__(3358);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/validate.ts



function validate(draft, ctx, thresholds = content_thresholds/* DEFAULT_THRESHOLDS */.J) {
    const ruleContext = { ...ctx, thresholds, words: (0,plain_text/* countWords */.r)(draft.body_markdown) };
    return RULES.flatMap((rule) => rule(draft, ruleContext));
}

;// CONCATENATED MODULE: ./packages/core/src/domain/content/gate.ts
const BLOCKING_CODES = new Set([
    'BANNED_PHRASE',
    'UNSAFE_HTML',
    'DUPLICATE_TITLE',
    'IMAGE_MISSING',
    'NEAR_DUPLICATE',
]);
function gate(findings) {
    const codes = [...new Set(findings.map((f) => f.code))];
    const blocking = codes.filter((c) => BLOCKING_CODES.has(c));
    const fixable = codes.filter((c) => !BLOCKING_CODES.has(c));
    const verdict = blocking.length > 0 ? 'BLOCK' : fixable.length > 0 ? 'RETRY' : 'PASS';
    return { verdict, blocking, fixable };
}

// EXTERNAL MODULE: ./packages/core/src/domain/content/slug.ts
var slug = __webpack_require__(3293);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/content.ts
// Getting a draft for an item: ready content from the row, or the generator,
// then validation and the gate, with auto-fix passes when a generator wrote it.


/** Every internal link of the draft that names a product, collection, page or article: href → exists (unknown ones left out). */
async function checkLinks(draft, catalog) {
    const checks = new Map();
    for (const href of catalogLinks(draft.body_markdown, catalog.hosts)) {
        const target = linkTarget(href, catalog.hosts);
        const exists = target ? await catalog.exists(target) : undefined;
        if (exists !== undefined)
            checks.set(href, exists);
    }
    return checks;
}
const ZERO = { tokens_in: 0, tokens_out: 0, cost_usd: 0 };
function addUsage(a, b) {
    return {
        tokens_in: a.tokens_in + b.tokens_in,
        tokens_out: a.tokens_out + b.tokens_out,
        cost_usd: a.cost_usd + b.cost_usd,
    };
}
async function readyMarkdown(item, ctx) {
    const row = item.row;
    if (row.content.trim())
        return row.content;
    if (row.content_path.trim())
        return ctx.readContent(row.content_path.trim());
    return undefined;
}
async function draftAndCheck(item, ctx) {
    const matches = ctx.catalog ? await ctx.catalog.search([...item.keywords, ...item.links]) : [];
    const catalogMatches = ctx.catalog ? matches.length : ((await ctx.catalogMatches?.(item)) ?? 0);
    // Fresh for every validation: other items of this run may have passed meanwhile.
    // The titles are looked up last, after every await, so validate (in the same tick) sees them as of now.
    const ruleContext = async (draft) => {
        const corpus = ctx.corpus ? await ctx.corpus(item.id) : undefined;
        const linkChecks = ctx.catalog ? await checkLinks(draft, ctx.catalog) : undefined;
        return {
            keywords: item.keywords,
            otherTitles: ctx.otherTitles(),
            itemId: item.id,
            catalogMatches,
            shopHosts: ctx.catalog ? [...(ctx.shopHosts ?? []), ...ctx.catalog.hosts] : ctx.shopHosts,
            ...(linkChecks && { linkChecks }),
            corpus,
        };
    };
    const checked = (result) => {
        if (result.verdict === 'PASS') {
            ctx.claimTitle?.(result.draft.title);
            ctx.claimText?.(result.draft);
        }
        return result;
    };
    const markdown = await readyMarkdown(item, ctx);
    if (markdown !== undefined) {
        // Control characters (a NUL in a title) never reach a page, Shopify or the store.
        const merged = mergeRowFields(extractDraft(markdown, item.row), item.row, { generated: false });
        const draft = (0,content_text/* cleanDraft */.TN)(withSeoDefaults(merged, ctx.thresholds));
        const findings = validate(draft, await ruleContext(draft), ctx.thresholds);
        return checked({ draft, verdict: gate(findings).verdict, findings, usage: ZERO, generated: false, fixPasses: 0 });
    }
    if (!ctx.generator) {
        throw new errors/* ItemError */.ie('NO_CONTENT', 'no content, no content_path and no generator: fill content or content_path, or configure LLM_BASE_URL and LLM_MODEL', false);
    }
    const request = {
        item: {
            id: item.id,
            title: item.row.title,
            brief: item.row.brief,
            keywords: item.keywords,
            ...(item.row.language.trim() && { language: item.row.language.trim() }),
            ...(item.row.image_url.trim() && { image_url: item.row.image_url.trim() }),
            ...(item.links.length > 0 && { links: item.links }),
            ...(matches.length > 0 && { catalog: matches }),
        },
    };
    // The row's own fields win over the model's, on every pass.
    const generated = (d) => (0,content_text/* cleanDraft */.TN)(withSeoDefaults(mergeRowFields(d, item.row, { generated: true }), ctx.thresholds));
    const first = await ctx.generator.generate(request);
    let draft = generated(first.draft);
    let usage = first.usage;
    let findings = validate(draft, await ruleContext(draft), ctx.thresholds);
    let verdict = gate(findings).verdict;
    let fixPasses = 0;
    while (verdict === 'RETRY' && fixPasses < ctx.maxFixPasses) {
        fixPasses += 1;
        const fixed = await ctx.generator.generate({ ...request, fix: { draft, findings } });
        draft = generated(fixed.draft);
        usage = addUsage(usage, fixed.usage);
        findings = validate(draft, await ruleContext(draft), ctx.thresholds);
        verdict = gate(findings).verdict;
    }
    return checked({ draft, verdict, findings, usage, generated: true, fixPasses });
}
/**
 * What the publisher is sent for a draft that passed: the body rendered, the
 * SEO title and description (the draft's own, else its title and summary),
 * the featured image, author (the row's, else the `shopify-author` setting),
 * language, and publishAt for a row whose publish_at is still ahead.
 */
function articleInputOf(item, draft, options) {
    const author = draft.author || options.author;
    const imageUrl = draft.image_url?.trim();
    return {
        item_id: item.id,
        handle: item.row.handle || (0,slug/* slugify */.Y)(draft.title || item.id),
        title: draft.title,
        summary: draft.summary,
        body_html: renderMarkdown(draft.body_markdown),
        tags: draft.tags.length > 0 ? draft.tags : item.keywords,
        author,
        ...(imageUrl && { image: { url: imageUrl, altText: draft.image_alt?.trim() ?? '' } }),
        seo: { title: effectiveMetaTitle(draft), description: effectiveMetaDescription(draft) },
        ...(draft.language && { language: draft.language }),
        ...(item.publishAt && item.publishAt > options.now && { publishAt: item.publishAt.toISOString() }),
        published: options.published,
    };
}

// EXTERNAL MODULE: ./packages/core/src/domain/article-fields.ts
var article_fields = __webpack_require__(8068);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/update-item.ts
// The update path (issue 11): a PUBLISHED row a human marked UPDATE is
// re-published in place. Its article is looked up (stored id, then handle),
// its current fields are read and appended to the versions journal, and only
// then is the article updated — same article, same handle, still live. When
// the store already has exactly these fields nothing is written or kept, so
// a second run with the same content changes nothing. A version a crashed
// run kept just before it died is not kept a second time.
//
// The gate ran before this (process-item.ts): a draft it stops never gets
// here, and the live article stays as it was.



async function updateInPlace(itemId, stored, wanted, deps, runId) {
    const existing = await findExisting(deps.publisher, wanted, stored);
    if (!existing) {
        throw new errors/* ItemError */.ie('UPDATE_NO_ARTICLE', `the row is marked UPDATE but the store has no article for item ${itemId} (article_id ${stored.article_id || 'empty'}, handle ${stored.handle || 'empty'}): set the row PENDING to publish it anew`, false);
    }
    // Same address: the article keeps its handle whatever the new title would slug to; a live update never schedules.
    const input = { ...wanted, handle: existing.handle, published: true, publishAt: undefined };
    const before = deps.publisher.read ? await deps.publisher.read(existing.id) : undefined;
    if (!before) {
        throw new errors/* ItemError */.ie('UPDATE_NO_ARTICLE', `the article ${existing.id} of item ${itemId} could not be read, so its version cannot be kept; nothing was changed`, false);
    }
    const changed = (0,article_fields/* changedFields */.E0)(before, (0,article_fields/* fieldsOfInput */.NZ)(input));
    if (changed.length === 0) {
        return { ref: existing, changed, message: `unchanged: live article ${existing.handle} already has this content` };
    }
    let keptAt;
    if (deps.versions) {
        // A run that died after keeping this version, before its update landed (the row was recovered
        // as UPDATE, claimed-from.ts), kept it already: the journal does not get the same version twice.
        const latest = await deps.versions.latest(itemId);
        if (latest && latest.article_id === existing.id && sameFields(latest.fields, before))
            keptAt = latest.at;
        else {
            keptAt = deps.now().toISOString();
            // Kept first: a failure here leaves the article as it was (the item is retried).
            await deps.versions.append({
                item_id: itemId,
                article_id: existing.id,
                at: keptAt,
                run_id: runId,
                fields: before,
            });
        }
    }
    const ref = await deps.publisher.update(existing.id, input);
    const kept = keptAt ? `previous version kept (${keptAt})` : 'previous version not kept: no version store';
    return {
        ref,
        changed,
        keptAt,
        message: `updated live article ${ref.handle} in place (${changed.join(', ')}); ${kept}`,
    };
}
/** Two kept versions' fields alike, every field compared (the journal's own shape). */
function sameFields(a, b) {
    return JSON.stringify((0,article_fields/* fieldsOfInput */.NZ)(a)) === JSON.stringify((0,article_fields/* fieldsOfInput */.NZ)(b));
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/process-item.ts
// One claimed item, start to finish: content → gate → publish, or the row's
// way out (BLOCKED, retry with backoff, FAILED). Returns the transition to
// apply to the freshest copy of the row, so humans' edits made meanwhile
// (notes, approval) are not overwritten.
//
// Two guards on the way out: an item the run's deadline cut short is
// released (back to the state it was claimed from, outcome `skipped`), and a
// FAILED or retry outcome is never written while the publisher holds a live
// article for the item id — the row is PUBLISHED then, whatever this worker
// met on its way (a stale worker, a storm of throttling, a lost answer).







const process_item_ZERO = { tokens_in: 0, tokens_out: 0, cost_usd: 0 };
function firstLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
async function processItem(item, 
/** The state it was claimed from: an APPROVED or AWAITING_APPROVAL row already has its draft. */
from, mode, deps, options, content) {
    const started = deps.now().getTime();
    const runId = options.runId;
    const base = {
        item_id: item.id,
        row: item.row.row,
        attempts: item.attempts,
        article_id: item.row.article_id,
        article_url: item.row.article_url,
        title: item.row.title,
    };
    const finish = (outcome, gate, codes, message, usage, transition, article, title) => {
        const now = deps.now();
        return {
            result: {
                ...base,
                title: title ?? base.title,
                outcome,
                gate,
                codes,
                message,
                usage,
                duration_ms: now.getTime() - started,
                article_id: article?.id ?? base.article_id,
                article_url: article?.url ?? base.article_url,
            },
            transition: (fresh) => transition(fresh, now),
        };
    };
    /** The article this attempt asked for, once it got that far: what the live-article check looks up. */
    let wanted;
    /** The item's live article, if the publisher has one (the check before a FAILED or retry outcome). */
    const liveArticle = async () => {
        const stored = { article_id: item.row.article_id || undefined, handle: item.row.handle || undefined };
        const found = wanted
            ? await findExisting(deps.publisher, wanted, stored)
            : stored.article_id || stored.handle
                ? await deps.publisher.find({ ...stored, item_id: item.id })
                : undefined;
        return found?.status === 'published' ? found : undefined;
    };
    /** The deadline, not the item: the row goes back as it was claimed (the claim's attempt does not count). */
    const release = (why) => {
        const reason = `TIME_BUDGET: released — the run's time budget ran out while this item was in flight (${why})`;
        return {
            ...finish('skipped', '', ['TIME_BUDGET'], reason, process_item_ZERO, (fresh, now) => (0,lease/* releaseLease */.wL)(fresh, { from, attempts: item.attempts - 1, reason, now, runId })),
            released: true,
        };
    };
    try {
        // An approved (or, without require-approval, awaiting) draft: publish the text the human saw.
        // A SCHEDULED row whose publish_at has passed comes here too: is its article live yet?
        const isDraftRow = from === 'APPROVED' || from === 'AWAITING_APPROVAL' || from === 'SCHEDULED';
        /** A publish_at still ahead: the store is asked to show the article then (SCHEDULED), not now. */
        const scheduleAt = mode === 'publish' && item.publishAt && item.publishAt > deps.now() ? item.publishAt.toISOString() : undefined;
        if (mode === 'publish' && isDraftRow) {
            const existing = await deps.publisher.find({
                article_id: item.row.article_id || undefined,
                item_id: item.id,
                handle: item.row.handle || undefined,
            });
            if (existing && existing.status !== 'published' && scheduleAt) {
                const ref = await deps.publisher.publishDraft(existing.id, { publishAt: scheduleAt });
                return finish('scheduled', 'PASS', [], `scheduled for ${scheduleAt}: ${ref.handle} (the store shows it then)`, process_item_ZERO, (fresh, now) => (0,transitions/* toScheduled */.zI)(fresh, { article: ref, now, runId }), ref, ref.title);
            }
            if (existing) {
                const ref = existing.status === 'published' ? existing : await deps.publisher.publishDraft(existing.id);
                // Say "approved" only of a row a human approved; without require-approval an awaiting draft goes too.
                const approved = from === 'APPROVED' || from === 'SCHEDULED' || item.approval === 'approved';
                return finish('published', 'PASS', [], from === 'SCHEDULED'
                    ? `published: scheduled article ${ref.handle} is live`
                    : approved
                        ? `published approved draft ${ref.handle}`
                        : `published draft ${ref.handle} without approval (require-approval is off)`, process_item_ZERO, (fresh, now) => (0,transitions/* toPublished */.ad)(fresh, { article: ref, now, runId }), ref, ref.title);
            }
            deps.log.warn(`item ${item.id}: its draft was not found in the store; writing it again`, { item_id: item.id });
        }
        const checked = await draftAndCheck(item, content);
        const title = checked.draft.title;
        if (checked.verdict !== 'PASS') {
            const codes = [...new Set(checked.findings.map((f) => f.code))];
            const lead = checked.verdict === 'BLOCK'
                ? 'blocked by the gate'
                : checked.generated
                    ? `still failing after ${checked.fixPasses} auto-fix pass(es)`
                    : 'human-written content needs changes';
            // Each code once: the summary line pairs each finding with its code; the row's
            // notes lead with the codes (`[CODES] …`, toBlocked), so its text does not repeat them.
            const message = `${lead} — ${checked.findings.map((f) => `${f.code}: ${f.message}`).join('; ')}`;
            const reason = `${lead} — ${checked.findings.map((f) => f.message).join('; ')}`;
            return finish('blocked', checked.verdict, codes, message, checked.usage, (fresh, now) => (0,transitions/* toBlocked */.o1)(fresh, { reason, codes, now, runId }), undefined, title);
        }
        // UPDATE: the live article re-published in place, its previous version kept first (update-item.ts).
        if (from === 'UPDATE') {
            const wantedUpdate = articleInputOf(item, checked.draft, {
                published: true,
                author: options.author,
                now: deps.now(),
            });
            const done = await updateInPlace(item.id, { article_id: item.row.article_id || undefined, handle: item.row.handle || undefined }, wantedUpdate, deps, runId);
            return finish('published', 'PASS', [], done.message, checked.usage, (fresh, now) => (0,transitions/* toPublished */.ad)(fresh, { article: done.ref, now, runId }), done.ref, title);
        }
        const live = mode === 'publish' && !(options.requireApproval && !isDraftRow);
        const input = articleInputOf(item, checked.draft, {
            published: live,
            author: options.author,
            now: deps.now(),
        });
        wanted = input;
        const { ref, action } = await publishArticle(deps.publisher, input, {
            article_id: item.row.article_id || undefined,
            handle: item.row.handle || undefined,
        });
        const scheduled = live && scheduleAt !== undefined;
        const message = scheduled
            ? `${action} article ${ref.handle}, scheduled for ${scheduleAt} (the store shows it then)`
            : `${action} ${live ? 'live article' : 'draft'} ${ref.handle}`;
        const setTitle = (fresh) => (fresh.title.trim() ? fresh : { ...fresh, title });
        if (scheduled) {
            return finish('scheduled', 'PASS', [], message, checked.usage, (fresh, now) => (0,transitions/* toScheduled */.zI)(setTitle(fresh), { article: ref, now, runId }), ref, title);
        }
        return live
            ? finish('published', 'PASS', [], message, checked.usage, (fresh, now) => (0,transitions/* toPublished */.ad)(setTitle(fresh), { article: ref, now, runId }), ref, title)
            : finish('drafted', 'PASS', [], message, checked.usage, (fresh, now) => (0,transitions/* toAwaitingApproval */.VI)(setTitle(fresh), { article: ref, now, runId }), ref, title);
    }
    catch (error) {
        const said = firstLine(error instanceof Error ? error.message : String(error));
        if ((0,abort/* runAborted */.BY)())
            return release(said);
        if (error instanceof errors/* UserError */.yo)
            throw error;
        if (error instanceof errors/* ItemError */.ie && !error.transient) {
            // The notes lead with `[CODE]` (toBlocked): the reason there is the message alone.
            return finish('blocked', '', [error.code], `${error.code}: ${said}`, process_item_ZERO, (fresh, now) => (0,transitions/* toBlocked */.o1)(fresh, { reason: said, codes: [error.code], now, runId }));
        }
        // A service's failure (Shopify still 5xx or throttled after retries, no answer, …) is that
        // service's code, retried like any transient error; only what nothing names is UNEXPECTED.
        const code = error instanceof errors/* ItemError */.ie
            ? error.code
            : error instanceof errors/* ServiceError */._7
                ? serviceItemCode(error.service)
                : 'UNEXPECTED';
        const text = `${code}: ${said}`;
        if (from === 'UPDATE') {
            // The article is live either way: an update that keeps failing is parked for a human, never FAILED.
            if (shouldFail(item.attempts, options.maxAttempts)) {
                const reason = `update not confirmed after ${item.attempts} attempt(s) — ${said}; the article stays live as the store has it: check it, then set the row to UPDATE again`;
                return finish('blocked', '', [code], `${code}: ${reason}`, process_item_ZERO, (fresh, now) => (0,transitions/* toBlocked */.o1)(fresh, { reason, codes: [code], now, runId }));
            }
            const at = nextAttemptAt(deps.now(), item.attempts, options.backoff, deps.random);
            return finish('retry', '', [code], `will retry the update at ${at.toISOString()} — ${text}`, process_item_ZERO, (fresh, now) => (0,transitions/* toRetry */.Ym)(fresh, { error: text, now, runId, nextAttemptAt: at, status: 'UPDATE' }));
        }
        // Never write FAILED or a retry over a live article: ask the publisher first.
        let live;
        let unchecked = false;
        try {
            live = await liveArticle();
        }
        catch {
            unchecked = true;
        }
        if (live) {
            const ref = live;
            deps.log.warn(`item ${item.id}: ${text}; but its article ${ref.handle} is live, so the row is PUBLISHED`, {
                item_id: item.id,
            });
            return finish('published', 'PASS', [], `published: its article ${ref.handle} is live (this attempt met ${text})`, process_item_ZERO, (fresh, now) => (0,transitions/* toPublished */.ad)(fresh, { article: ref, now, runId }), ref, ref.title);
        }
        if ((0,abort/* runAborted */.BY)())
            return release(said);
        // FAILED is final: when the publisher could not be asked, retry instead (the next claim looks again).
        if (shouldFail(item.attempts, options.maxAttempts) && !unchecked) {
            return finish('failed', '', [code], `failed after ${item.attempts} attempt(s) — ${text}`, process_item_ZERO, (fresh, now) => (0,transitions/* toFailed */.VQ)(fresh, { error: text, now, runId }));
        }
        const at = nextAttemptAt(deps.now(), item.attempts, options.backoff, deps.random);
        // An approved draft stays approved: the retry publishes the text the human saw, not a new draft.
        const status = from === 'APPROVED' || from === 'AWAITING_APPROVAL' || from === 'SCHEDULED' ? from : undefined;
        return finish('retry', '', [code], `will retry at ${at.toISOString()} — ${text}`, process_item_ZERO, (fresh, now) => (0,transitions/* toRetry */.Ym)(fresh, { error: text, now, runId, nextAttemptAt: at, status }));
    }
}


/***/ })

};

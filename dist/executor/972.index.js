export const id = 972;
export const ids = [972];
export const modules = {

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

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRunCorpus: () => (/* binding */ createRunCorpus)
/* harmony export */ });
/* harmony import */ var _domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6120);
/* harmony import */ var _domain_queue__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6388);
// What a draft is compared with for NEAR_DUPLICATE, within one run: the
// blog's articles (read once, when the publisher can list them), the text of
// other queue rows (inline content, or content_path read once per path), and
// the drafts of this run that passed. A source that cannot be read is left
// out with a warning: a missing comparison never fails an item. Queue rows
// with a problem are left out too (they are not items until fixed).
//
// Kept once per run as a shingle index (domain/content/rules/shingle-index.ts)
// and updated as it changes: a queue row is shingled again only when its id,
// text or validity changed since the last snapshot, and a passed draft is
// added once; the items of one claim share its snapshot, which is walked once.
// So an item costs the same in a queue of 100 rows or 10,000 (the run's
// first read of the queue's texts and of the blog is once per run). A row
// whose article is already on the blog (drafted, approved, scheduled or
// published) is compared through that article alone: its file is not read
// again every run, and a near duplicate of it is named as the article.




/** Every column the same: nothing of the row changed, however it was read again. */
function sameCells(a, b) {
    if (a.row !== b.row)
        return false;
    for (const column of _model__WEBPACK_IMPORTED_MODULE_0__/* .QUEUE_COLUMNS */ .W_)
        if (a[column] !== b[column])
            return false;
    return true;
}
/**
 * `next` is `prev` with at most one row left out and one row added, the
 * same objects otherwise: the rows an item is claimed with are its claim's
 * snapshot less its own row, so items of one claim differ only so.
 * Undefined when it is not (another snapshot: walked whole).
 */
function oneRowApart(prev, next) {
    let missing;
    let extra;
    let i = 0;
    let j = 0;
    while (i < prev.length || j < next.length) {
        const a = prev[i];
        const b = next[j];
        if (a !== undefined && a === b) {
            i += 1;
            j += 1;
        }
        else if (!missing && a !== undefined && prev[i + 1] === b) {
            missing = a;
            i += 1;
        }
        else if (!extra && b !== undefined && next[j + 1] === a) {
            extra = b;
            j += 1;
        }
        else if (!missing && !extra && a !== undefined && b !== undefined && prev[i + 1] === next[j + 1]) {
            missing = a;
            extra = b;
            i += 1;
            j += 1;
        }
        else
            return undefined;
    }
    // Two rows that swapped places: the same rows.
    return missing === extra ? {} : { missing, extra };
}
// Where each source stands in the corpus (the first of two equally similar entries is named): blog, queue, run.
const QUEUE_ORDER = 2 ** 32;
/** A row in these states has its article on the blog: the blog's copy stands for it. */
const ON_THE_BLOG = new Set(['AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED', 'PUBLISHED']);
const RUN_ORDER = 2 * 2 ** 32;
function createRunCorpus(deps) {
    const index = (0,_domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__/* .emptyShingleIndex */ .G6)();
    let blog;
    /** Item ids of the blog's articles (known once the blog is read). */
    const onBlog = new Set();
    const files = new Map();
    const passed = new Map();
    const queue = new Map();
    /** The snapshot the queue's part was last brought to, and the rows kept beside it: the items' own. */
    let lastRows;
    const kept = new Set();
    /** The queue's entries in row order, when they have not changed since. */
    let queueList;
    let snapshot = 0;
    // One update of the queue's part at a time: a later one starts from what the earlier left.
    let updating = Promise.resolve();
    const readBlog = () => {
        blog ??= (deps.publisher.articleTexts?.() ?? Promise.resolve([])).then((articles) => {
            const entries = articles.map((a) => ({
                itemId: a.item_id,
                label: `article "${a.title}" (item ${a.item_id})`,
                text: a.body_html,
            }));
            entries.forEach((entry, i) => {
                (0,_domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__/* .indexEntry */ .RU)(index, `blog:${i}`, entry, i);
                onBlog.add(entry.itemId);
            });
            return entries;
        }, (error) => {
            deps.log.warn(`could not read the blog's articles to compare drafts with: ${(0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
            return [];
        });
        return blog;
    };
    const readFile = (path) => {
        let text = files.get(path);
        if (!text) {
            text = deps.readContent(path).catch(() => undefined);
            files.set(path, text);
        }
        return text;
    };
    const drop = (number) => {
        queue.delete(number);
        (0,_domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__/* .unindexEntry */ .qJ)(index, `queue:${number}`);
        queueList = undefined;
    };
    /** The same snapshot as last time, less the item's own row (another item's back): nothing to read or shingle. */
    const follow = (itemId, rows) => {
        const apart = lastRows && oneRowApart(lastRows, rows);
        if (!apart)
            return false;
        const { missing, extra } = apart;
        if (missing && missing.id.trim() !== itemId)
            return false;
        if (extra && queue.get(extra.row)?.row !== extra)
            return false;
        for (const number of kept)
            if (number === extra?.row)
                kept.delete(number);
            else if (queue.get(number)?.id !== itemId) {
                kept.delete(number);
                drop(number);
            }
        if (missing)
            kept.add(missing.row);
        lastRows = rows;
        return true;
    };
    /** Brings the queue's part of the index to `rows`; the item's own row may be missing from them (it stays). */
    const update = async (itemId, rows) => {
        // The same snapshot as the last item's (the rows of one claim share it): nothing to walk.
        if (rows === lastRows && kept.size === 0)
            return;
        if (follow(itemId, rows))
            return;
        const seen = ++snapshot;
        const changed = [];
        for (const row of rows) {
            const state = queue.get(row.row);
            if (state && (state.row === row || sameCells(state.row, row))) {
                state.row = row;
                state.seen = seen;
                continue;
            }
            const next = {
                row,
                id: row.id.trim(),
                content: row.content,
                contentPath: row.content_path.trim(),
                // A row with a problem (a mistyped priority) is not an item until a human fixes it; then it is compared itself.
                valid: (0,_domain_queue__WEBPACK_IMPORTED_MODULE_3__/* .parseQueueRow */ .T1)(row).ok,
                seen,
            };
            if (state &&
                state.id === next.id &&
                state.content === next.content &&
                state.contentPath === next.contentPath &&
                state.valid === next.valid) {
                // The same text under the same id (its status or lease moved): nothing to shingle again.
                state.row = row;
                state.seen = seen;
                continue;
            }
            queue.set(row.row, next);
            queueList = undefined;
            changed.push(next);
        }
        kept.clear();
        for (const [number, state] of queue)
            if (state.seen === seen)
                continue;
            else if (state.id === itemId)
                kept.add(number);
            else
                drop(number);
        lastRows = rows;
        await Promise.all(changed.map(async (state) => {
            const covered = ON_THE_BLOG.has(state.row.status.trim().toUpperCase()) && onBlog.has(state.id);
            const text = !state.id || !state.valid || covered
                ? undefined
                : state.content.trim()
                    ? state.content
                    : state.contentPath
                        ? await readFile(state.contentPath)
                        : undefined;
            state.entry = text?.trim()
                ? { itemId: state.id, label: `queue row ${state.row.row} (id "${state.id}")`, text }
                : undefined;
            if (state.entry)
                (0,_domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__/* .indexEntry */ .RU)(index, `queue:${state.row.row}`, state.entry, QUEUE_ORDER + state.row.row);
            else
                (0,_domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__/* .unindexEntry */ .qJ)(index, `queue:${state.row.row}`);
            // A list made while this text was being read lacks it.
            queueList = undefined;
        }));
    };
    /** The blog read and the queue's part brought to `rows`, one update at a time. */
    const prepare = async (itemId, rows) => {
        const articles = await readBlog();
        const done = updating.then(() => update(itemId, rows));
        updating = done.catch(() => undefined);
        await done;
        return articles;
    };
    const withIndex = (list) => 
    // The index rides along unlisted: the entries compare and print as the plain list they are.
    Object.defineProperty(list, 'index', { value: index, enumerable: false });
    return {
        async indexed(itemId, rows) {
            await prepare(itemId, rows);
            return withIndex([]);
        },
        async entries(itemId, rows) {
            const articles = await prepare(itemId, rows);
            queueList ??= [...queue.values()]
                .sort((a, b) => a.row.row - b.row.row)
                .flatMap((state) => (state.entry ? [state.entry] : []));
            const list = [...articles];
            for (const entry of queueList)
                if (entry.itemId !== itemId)
                    list.push(entry);
            for (const { entry } of passed.values())
                if (entry.itemId !== itemId)
                    list.push(entry);
            return withIndex(list);
        },
        add(itemId, draft) {
            const entry = {
                itemId,
                label: `this run's draft for item ${itemId} ("${draft.title}")`,
                text: draft.body_markdown,
            };
            const order = passed.get(itemId)?.order ?? RUN_ORDER + passed.size;
            passed.set(itemId, { entry, order });
            (0,_domain_content_rules_shingle_index__WEBPACK_IMPORTED_MODULE_1__/* .indexEntry */ .RU)(index, `run:${itemId}`, entry, order);
        },
    };
}


/***/ })

};

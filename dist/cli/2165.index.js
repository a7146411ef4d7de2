export const id = 2165;
export const ids = [2165];
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

/***/ 9326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SitePublisher: () => (/* binding */ SitePublisher),
/* harmony export */   createSitePublisher: () => (/* binding */ createSitePublisher),
/* harmony export */   readSiteArticles: () => (/* reexport safe */ _site_store__WEBPACK_IMPORTED_MODULE_0__.rL),
/* harmony export */   sitePaths: () => (/* reexport safe */ _site_store__WEBPACK_IMPORTED_MODULE_0__.aH)
/* harmony export */ });
/* harmony import */ var _site_articles__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7439);
/* harmony import */ var _site_store__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8810);


class SitePublisher {
    store;
    now;
    constructor(options) {
        this.store = new _site_store__WEBPACK_IMPORTED_MODULE_0__/* .SiteStore */ .PE(options.stateDir, options.lockStaleMs ?? 10_000);
        this.now = options.now ?? (() => new Date());
    }
    find(lookup) {
        return this.store.read((articles) => {
            const byId = lookup.article_id ? articles.byId(lookup.article_id) : undefined;
            if (byId?.item_id === lookup.item_id)
                return (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .toArticleRef */ .J3)(byId);
            // item_id is unique in the store, so this also covers the handle lookup.
            const byItem = articles.byItem(lookup.item_id);
            return byItem ? (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .toArticleRef */ .J3)(byItem) : undefined;
        });
    }
    create(article) {
        return this.store.transact((articles) => {
            const change = (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .upsertArticle */ .qS)(articles, article, this.now().toISOString());
            return { touched: [change.article], result: (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .toArticleRef */ .J3)(change.article) };
        });
    }
    update(id, article) {
        return this.store.transact((articles) => {
            const change = (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .updateArticle */ .iZ)(articles, id, article, this.now().toISOString());
            return { touched: [change.article], result: (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .toArticleRef */ .J3)(change.article) };
        });
    }
    /** The article's current fields, as a version keeps them (the update path, rollback). */
    read(id) {
        return this.store.read((articles) => {
            const a = articles.byId(id);
            if (!a)
                return undefined;
            return {
                handle: a.handle,
                title: a.title,
                summary: a.summary,
                body_html: a.body_html,
                tags: [...a.tags],
                author: a.author,
                ...(a.image_url && { image: { url: a.image_url, altText: a.image_alt ?? '' } }),
                seo: { title: a.meta_title ?? '', description: a.meta_description ?? '' },
            };
        });
    }
    async articleTexts() {
        const articles = await this.store.all();
        return articles.map(({ id, item_id, title, body_html }) => ({ id, item_id, title, body_html }));
    }
    publishDraft(id) {
        return this.store.transact((articles) => {
            const change = (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .publishArticleDraft */ .FM)(articles, id, this.now().toISOString());
            return { touched: change.changed ? [change.article] : [], result: (0,_site_articles__WEBPACK_IMPORTED_MODULE_1__/* .toArticleRef */ .J3)(change.article) };
        });
    }
    /** Fold the journal into `articles.json` and write the index: once, at the end of a run. */
    flush() {
        return this.store.flush();
    }
}
function createSitePublisher(options) {
    return new SitePublisher(options);
}



/***/ })

};

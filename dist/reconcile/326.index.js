export const id = 326;
export const ids = [326];
export const modules = {

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

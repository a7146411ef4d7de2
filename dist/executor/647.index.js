export const id = 647;
export const ids = [647];
export const modules = {

/***/ 3647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JsonCatalog: () => (/* binding */ JsonCatalog)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/catalog-match.ts
const words = (text) => text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
function matchesTerm(entry, term) {
    const wanted = term.trim().toLowerCase();
    if (!wanted)
        return false;
    if (entry.handle.toLowerCase() === wanted)
        return true;
    const have = new Set([...words(entry.title), ...words(entry.handle)]);
    const need = words(wanted);
    return need.length > 0 && need.every((w) => have.has(w));
}
function matchCatalog(entries, terms, limit) {
    return entries
        .map((entry, index) => ({ entry, index, hits: terms.filter((t) => matchesTerm(entry, t)).length }))
        .filter((m) => m.hits > 0)
        .sort((a, b) => b.hits - a.hits || a.index - b.index)
        .slice(0, limit)
        .map((m) => m.entry);
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/json-file.ts
var json_file = __webpack_require__(8265);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/site-store.ts + 1 modules
var site_store = __webpack_require__(8810);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/catalog-json.ts
// The local backend's Catalog: `<state>/catalog.json`, the shop's products,
// collections and pages as a person writes them down, and the local site's
// articles. Without the file there is no catalog: nothing matches and no
// link can be checked (so none is called broken).
//
//   { "shop": "https://shop.example.com",
//     "products": [{ "handle": "sencha", "title": "Sencha green tea" }],
//     "collections": [...], "pages": [...] }






const Entry = schemas/* object */.Ikc({ handle: schemas/* string */.YjP().trim().min(1), title: schemas/* string */.YjP().default('') });
const CatalogFile = schemas/* object */.Ikc({
    shop: schemas/* string */.YjP().url().optional(),
    products: schemas/* array */.YOg(Entry).default([]),
    collections: schemas/* array */.YOg(Entry).default([]),
    pages: schemas/* array */.YOg(Entry).default([]),
});
const PATHS = { product: 'products', collection: 'collections', page: 'pages' };
const EXPECTED = 'an object with "shop" (the storefront URL) and "products", "collections", "pages" lists of { handle, title }';
class JsonCatalog {
    hosts;
    file;
    base;
    stateDir;
    constructor(stateDir, file) {
        this.stateDir = stateDir;
        this.file = file;
        this.base = (file?.shop ?? '').replace(/\/+$/, '');
        this.hosts = file?.shop ? [new URL(file.shop).hostname.toLowerCase()] : [];
    }
    /** Reads `<state>/catalog.json` once; a malformed file is a UserError naming it and what was expected. */
    static async open(stateDir) {
        const path = (0,external_node_path_.join)(stateDir, 'catalog.json');
        const raw = await (0,json_file/* readJsonFile */.JE)(path, EXPECTED);
        if (raw === undefined)
            return new JsonCatalog(stateDir, undefined);
        const parsed = CatalogFile.safeParse(raw);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* UserError */.yo(`${path}: ${issue?.path.join('.') || 'the file'} — ${issue?.message}; expected ${EXPECTED}`);
        }
        return new JsonCatalog(stateDir, parsed.data);
    }
    entries() {
        if (!this.file)
            return [];
        const of = (kind, list) => list.map((e) => ({ kind, handle: e.handle, title: e.title, url: `${this.base}/${PATHS[kind]}/${e.handle}` }));
        return [
            ...of('product', this.file.products),
            ...of('collection', this.file.collections),
            ...of('page', this.file.pages),
        ];
    }
    async search(terms, limit = 5) {
        // Products and collections are what an article features; pages are only link targets.
        return matchCatalog(this.entries().filter((e) => e.kind !== 'page'), terms, limit);
    }
    async exists(target) {
        if (!this.file)
            return undefined;
        if (target.kind === 'article') {
            return (await (0,site_store/* readSiteArticles */.rL)(this.stateDir)).some((a) => a.handle.toLowerCase() === target.handle);
        }
        return this.entries().some((e) => e.kind === target.kind && e.handle.toLowerCase() === target.handle);
    }
}


/***/ }),

/***/ 8265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ writeJsonFile),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   TP: () => (/* binding */ readTextIfExists)
/* harmony export */ });
/* unused harmony exports parseJsonText, formatJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _atomic_write__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4527);
// Small JSON files of the state folder: read (missing → undefined, broken →
// a UserError naming the file), and write atomically (temp file + rename) so
// a reader never sees half a file.



async function readTextIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Parse JSON text read from `where`; a syntax error becomes a UserError that names the file. */
function parseJsonText(text, where, expected) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where} is not valid JSON (${error.message}); expected ${expected}. Fix or delete the file.`);
    }
}
async function readJsonFile(path, expected) {
    const text = await readTextIfExists(path);
    return text === undefined ? undefined : parseJsonText(text, path, expected);
}
/** Two-space JSON with a final newline: how every state file is written (diff-friendly). */
function formatJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
async function writeJsonFile(path, value) {
    await (0,_atomic_write__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(path, formatJson(value));
}


/***/ })

};

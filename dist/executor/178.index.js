export const id = 178;
export const ids = [178];
export const modules = {

/***/ 4178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ VERSIONS_FILE),
/* harmony export */   JsonlVersionStore: () => (/* binding */ JsonlVersionStore),
/* harmony export */   Y3: () => (/* binding */ formatVersionLine),
/* harmony export */   dA: () => (/* binding */ latestVersionIn)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _file_lock__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2728);
/* harmony import */ var _json_file__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8265);
// The versions journal, locally: `<state>/versions.jsonl`, one JSON line per
// kept version (item_id, article_id, at, run_id, fields), appended under the
// file's lock and fsynced, never rewritten. The line codec is shared with the
// state branch's copy (adapters/github/repo-versions.ts).





const VERSIONS_FILE = 'versions.jsonl';
const versionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    item_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    article_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    fields: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        handle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        body_html: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        author: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        image: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), altText: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
        seo: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
    }),
});
/** One journal line (no newline in it: JSON escapes them). */
function formatVersionLine(version) {
    return JSON.stringify(versionSchema.parse(version));
}
/**
 * The item's newest version in a journal's text: the last valid line for it
 * (lines are appended in time order). A broken line is reported and skipped.
 */
function latestVersionIn(text, itemId, where, log) {
    let latest;
    text.split('\n').forEach((line, index) => {
        if (!line.trim() || !line.includes(JSON.stringify(itemId).slice(1, -1)))
            return;
        try {
            const parsed = versionSchema.safeParse(JSON.parse(line));
            if (!parsed.success)
                throw new Error(parsed.error.issues[0]?.message ?? 'not a version');
            if (parsed.data.item_id === itemId)
                latest = parsed.data;
        }
        catch (error) {
            log?.warn(`${where} line ${index + 1} is not a valid version and was skipped (${error.message})`);
        }
    });
    return latest;
}
class JsonlVersionStore {
    options;
    path;
    constructor(options) {
        this.options = options;
        this.path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.stateDir, VERSIONS_FILE);
    }
    async append(version) {
        const line = `${formatVersionLine(version)}\n`;
        await (0,_file_lock__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)(this.path, {}, async (assertHeld) => {
            assertHeld();
            const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'a');
            try {
                await file.appendFile(line, 'utf8');
                await file.sync();
            }
            finally {
                await file.close();
            }
        });
    }
    async latest(itemId) {
        const text = await (0,_json_file__WEBPACK_IMPORTED_MODULE_4__/* .readTextIfExists */ .TP)(this.path);
        return text === undefined ? undefined : latestVersionIn(text, itemId, this.path, this.options.log);
    }
}


/***/ })

};

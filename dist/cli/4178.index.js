export const id = 4178;
export const ids = [4178];
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

/***/ 8265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ writeJsonFile),
/* harmony export */   IB: () => (/* binding */ formatJson),
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   TP: () => (/* binding */ readTextIfExists),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
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


/***/ }),

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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
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

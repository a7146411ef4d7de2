export const id = 213;
export const ids = [213];
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

/***/ 213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JsonlRunHistory: () => (/* binding */ JsonlRunHistory),
/* harmony export */   runRecordSchema: () => (/* binding */ runRecordSchema)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6388);
/* harmony import */ var _atomic_write__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4527);
/* harmony import */ var _file_lock__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2728);
/* harmony import */ var _json_file__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8265);
// The executor's runs, locally: one JSON line per run in
// <stateDir>/runs.jsonl. A run is recorded when it starts (in_progress, so
// the local supervisor sees it) and its line is replaced when it ends
// (completed, with its conclusion and counts): under the file's lock, the
// whole file is rewritten atomically, so a reader never sees half a line and
// a run killed mid-way keeps its in_progress line. Older files with several
// lines per run still read: the last line of a run wins.






const countsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([..._model__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOMES */ .im, 'processed']), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig());
const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([..._model__WEBPACK_IMPORTED_MODULE_2__/* .MODES */ .FN, 'unknown']),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['queued', 'in_progress', 'completed']),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'failure', 'cancelled', 'skipped', 'timed_out', 'neutral']).optional(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    counts: countsSchema.optional(),
});
class JsonlRunHistory {
    path;
    log;
    constructor(options) {
        this.path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.stateDir, 'runs.jsonl');
        this.log = options.log;
    }
    async record(run) {
        const line = JSON.stringify(runRecordSchema.parse(run));
        await (0,_file_lock__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)(this.path, {}, async (assertHeld) => {
            const lines = ((await (0,_json_file__WEBPACK_IMPORTED_MODULE_4__/* .readTextIfExists */ .TP)(this.path)) ?? '').split('\n').filter((text) => text.trim() !== '');
            // The run's earlier line(s) give way to this one, at the first one's place; other lines stay as they are.
            const at = lines.findIndex((text) => lineRunId(text) === run.run_id);
            const kept = lines.flatMap((text, index) => index === at ? [line] : lineRunId(text) === run.run_id ? [] : [text]);
            if (at < 0)
                kept.push(line);
            assertHeld();
            await (0,_atomic_write__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Z)(this.path, `${kept.join('\n')}\n`);
        });
    }
    /** Newest first by started_at; runs started at the same moment by the order they were recorded. */
    async recent(limit) {
        if (limit <= 0)
            return [];
        const latest = new Map();
        const lines = ((await (0,_json_file__WEBPACK_IMPORTED_MODULE_4__/* .readTextIfExists */ .TP)(this.path)) ?? '').split('\n');
        lines.forEach((text, index) => {
            if (!text.trim())
                return;
            const run = this.parseLine(text, index + 1);
            // Supersede the content, but keep the run's first position: a run does not move when it finishes.
            if (run)
                latest.set(run.run_id, { run, line: latest.get(run.run_id)?.line ?? index });
        });
        const time = (run) => {
            const ms = Date.parse(run.started_at);
            return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
        };
        return [...latest.values()]
            .sort((a, b) => time(b.run) - time(a.run) || b.line - a.line)
            .slice(0, limit)
            .map((entry) => entry.run);
    }
    /** A broken line is reported and skipped: one bad line must not hide the others. */
    parseLine(text, line) {
        let raw;
        try {
            raw = JSON.parse(text);
        }
        catch (error) {
            this.log?.warn(`${this.path} line ${line} is not valid JSON and was skipped (${error.message})`);
            return undefined;
        }
        const parsed = runRecordSchema.safeParse(raw);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            this.log?.warn(`${this.path} line ${line} was skipped: field "${issue?.path.join('.') ?? '?'}" ${issue?.message ?? 'is invalid'}`);
            return undefined;
        }
        return parsed.data;
    }
}
/** The run_id of a line, without validating it (a broken line belongs to no run and is kept). */
function lineRunId(text) {
    try {
        const value = JSON.parse(text);
        return typeof value?.run_id === 'string' ? value.run_id : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};

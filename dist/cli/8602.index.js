export const id = 8602;
export const ids = [8602,213,1526];
export const modules = {

/***/ 4096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ postOnce)
/* harmony export */ });
/* unused harmony export mayHaveApplied */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6745);

/** A failure after which the write may still have happened: a 5xx, or no answer at all. */
function mayHaveApplied(error) {
    const status = (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error);
    return status === undefined || status >= 500;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function postOnce(options) {
    const retries = options.retries ?? 2;
    const looks = Math.max(options.looks ?? 3, 1);
    const waitMs = options.waitMs ?? 1000;
    for (let attempt = 0;; attempt++) {
        try {
            return await options.post();
        }
        catch (error) {
            if (!mayHaveApplied(error))
                throw error;
            const status = (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error);
            const answer = status === undefined ? 'no answer' : `HTTP ${status}`;
            for (let look = 0; look < looks; look++) {
                if (look > 0)
                    await sleep(waitMs);
                const found = await options.find();
                if (found !== undefined) {
                    options.log?.warn(`${options.what}: GitHub answered ${answer}, but the write took effect (found it)`);
                    return found;
                }
            }
            if (attempt >= retries)
                throw error;
            options.log?.warn(`${options.what}: GitHub answered ${answer} and the write is not there; retry ${attempt + 1}/${retries}`);
            await sleep(waitMs);
        }
    }
}


/***/ }),

/***/ 5509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ GitHubVariableStore)
/* harmony export */ });
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1174);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6745);
/* harmony import */ var _post_once__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4096);



/** The list endpoint's largest page. */
const PER_PAGE = 30;
class GitHubVariableStore {
    ctx;
    waitMs;
    constructor(options) {
        this.ctx = (0,_client__WEBPACK_IMPORTED_MODULE_0__/* .gitHubContext */ .BQ)(options);
        this.waitMs = options.retryBaseMs ?? 1000;
    }
    async get(name) {
        const { client, owner, repo } = this.ctx;
        try {
            const { data } = await client.request('GET /repos/{owner}/{repo}/actions/variables/{name}', {
                owner,
                repo,
                name,
            });
            return data.value;
        }
        catch (error) {
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404)
                return undefined;
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `read variable ${name}`);
        }
    }
    /**
     * Lists the repository's variables (30 a page; a repository rarely has more)
     * instead of one request per name; stops paging once every name is found.
     */
    async getMany(names) {
        const { client, owner, repo } = this.ctx;
        const wanted = new Set(names.map((n) => n.toUpperCase()));
        const found = Object.fromEntries(names.map((n) => [n, undefined]));
        const byUpper = new Map(names.map((n) => [n.toUpperCase(), n]));
        try {
            for (let page = 1; wanted.size > 0; page++) {
                const { data } = await client.request('GET /repos/{owner}/{repo}/actions/variables', {
                    owner,
                    repo,
                    per_page: PER_PAGE,
                    page,
                });
                for (const variable of data.variables) {
                    // Variable names are case-insensitive on GitHub (it stores them upper-case).
                    const name = byUpper.get(variable.name.toUpperCase());
                    if (name === undefined)
                        continue;
                    found[name] = variable.value;
                    wanted.delete(name.toUpperCase());
                }
                if (data.variables.length < PER_PAGE || page * PER_PAGE >= data.total_count)
                    break;
            }
        }
        catch (error) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `read variables ${names.join(', ')}`);
        }
        return found;
    }
    /**
     * Update the variable, or create it when it does not exist yet. A create
     * answered with a 5xx or not at all is checked (read back) before it is
     * posted again.
     */
    async set(name, value) {
        const { client, owner, repo } = this.ctx;
        try {
            await client.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', { owner, repo, name, value });
            return;
        }
        catch (error) {
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) !== 404)
                throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `set variable ${name}`);
        }
        try {
            await (0,_post_once__WEBPACK_IMPORTED_MODULE_2__/* .postOnce */ .y)({
                what: `create variable ${name}`,
                post: async () => {
                    await client.request('POST /repos/{owner}/{repo}/actions/variables', { owner, repo, name, value });
                    return true;
                },
                find: async () => ((await this.get(name)) === value ? true : undefined),
                waitMs: this.waitMs,
                log: this.ctx.log,
            });
        }
        catch (error) {
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `create variable ${name}`);
        }
    }
}


/***/ }),

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


/***/ }),

/***/ 1526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_VARIABLES: () => (/* binding */ DEFAULT_VARIABLES),
/* harmony export */   JsonVariableStore: () => (/* binding */ JsonVariableStore),
/* harmony export */   initVariables: () => (/* binding */ initVariables),
/* harmony export */   variablesPath: () => (/* binding */ variablesPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _file_lock__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2728);
/* harmony import */ var _json_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8265);
// Repository variables, locally: a flat JSON object of strings in
// <stateDir>/variables.json. Set is read-modify-write under a file lock and
// an atomic rename, so two processes never lose each other's change.





/** What `init` writes: the workflow on, publishing locked until a human enables it. */
const DEFAULT_VARIABLES = Object.freeze({
    WF_ENABLED: 'true',
    ALLOW_PUBLISH: 'human_disabled',
});
const variablesPath = (stateDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(stateDir, 'variables.json');
/** Write the default variables unless the file exists already. Returns whether it wrote. */
async function initVariables(stateDir) {
    const path = variablesPath(stateDir);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return false;
    }
    catch {
        await (0,_json_file__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonFile */ .An)(path, DEFAULT_VARIABLES);
        return true;
    }
}
const EXPECTED = 'an object of text values, e.g. {"WF_ENABLED": "true", "ALLOW_PUBLISH": "human_disabled"}';
class JsonVariableStore {
    path;
    constructor(options) {
        this.path = variablesPath(options.stateDir);
    }
    async get(name) {
        return (await this.readAll())[name];
    }
    async set(name, value) {
        await (0,_file_lock__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)(this.path, {}, async () => {
            const all = await this.readAll();
            await (0,_json_file__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonFile */ .An)(this.path, { ...all, [name]: value });
        });
    }
    /** Every variable; an absent file is an empty store. */
    async readAll() {
        const raw = await (0,_json_file__WEBPACK_IMPORTED_MODULE_2__/* .readJsonFile */ .JE)(this.path, EXPECTED);
        if (raw === undefined)
            return {};
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${this.path} is not a JSON object; expected ${EXPECTED}`);
        }
        const bad = Object.entries(raw).find(([, v]) => typeof v !== 'string');
        if (bad) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${this.path}: variable "${bad[0]}" is ${JSON.stringify(bad[1])}; expected text (quote it: "${String(bad[1])}")`);
        }
        return raw;
    }
}


/***/ }),

/***/ 8340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SS: () => (/* binding */ codeSpan),
  Kc: () => (/* binding */ incidentText),
  Ip: () => (/* binding */ neutralizeReferences)
});

;// CONCATENATED MODULE: ./packages/core/src/util/markdown-text.ts
// Untrusted text (queue ids and titles, server messages, model output) put
// into GitHub-flavoured markdown (job summaries): shown as the characters it
// holds, never as markup. Without this an id such as
// `![x](https://tracker.example/p.png)` renders an image in the summary and
// `[Approve](https://phish.example)` a link, and `<details>` opens a block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * `text` as literal markdown inline text: HTML's `& < >` as entities, the
 * punctuation that makes links, images, code and table cells (`\ ` [ ] ! |`)
 * backslash-escaped, control characters dropped. Emphasis marks (`* _ ~`)
 * are left alone: at worst they restyle text, and escaping them would make
 * every SNAKE_CASE code unreadable in the raw summary. Line breaks are left
 * to the caller (a table cell needs `<br>`, a list item a space).
 */
function escapeMarkdownText(text) {
    return text
        .replace(CONTROL, '')
        .replace(/\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`[\]!|]/g, '\\$&');
}
/** One line of untrusted text for a markdown list item or paragraph: escaped, line breaks as spaces. */
function markdownLine(text) {
    return escapeMarkdownText(text).replace(/\r\n|\r|\n/g, ' ');
}

;// CONCATENATED MODULE: ./packages/core/src/domain/incident-text.ts
// Text put into an incident (a GitHub issue body or comment) from outside:
// a workflow's input, an error message a server sent, an item id or title.
// It is shown as the characters it holds, never as markup — escaped with the
// helper the job summaries use (escapeMarkdownText: no link, image, HTML,
// table or code span can start or end in it) — and it never reaches anyone:
//
// - `@name` and `@org/team` would notify them. An incident pings nobody from
//   its text: a zero-width space goes after every `@`, so GitHub sees no
//   mention and a reader sees `@name` unchanged.
// - `#123`, `GH-123` and `owner/repo#123` would link (and cross-reference)
//   another issue or pull request: the same zero-width space goes after the
//   `#` / `GH-`, so the text stays and the reference does not.
//
// Line breaks are kept (a multi-line message stays readable, a `- ` line
// stays a list item); emphasis marks are left, as in the summaries. A bare
// URL still shows as a link, its text being the address itself, so it cannot
// pose as another. Values in code spans (the key, the trace id) go through
// codeSpan: a backtick in them cannot close the span early. Pure.

/** U+200B: invisible, and no username, issue number or URL character. */
const ZWSP = '\u200b';
/** `@mentions` and issue references made inert (see above); everything else unchanged. */
function neutralizeReferences(text) {
    return text.replace(/@/g, `@${ZWSP}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZWSP}`);
}
/** Untrusted text as literal markdown for an incident body: escaped, inert, its lines kept. */
function incidentText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => neutralizeReferences(escapeMarkdownText(line)))
        .join('\n');
}
/**
 * A code span that shows `text` exactly: fenced by more backticks than the
 * longest run inside it (CommonMark), padded when it starts or ends with a
 * backtick, on one line (a blank line would end the paragraph and the span).
 */
function codeSpan(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
    const line = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}


/***/ }),

/***/ 9098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ renderIncidentBody),
/* harmony export */   P5: () => (/* binding */ incidentKeyProblem),
/* harmony export */   X9: () => (/* binding */ incidentMarker),
/* harmony export */   oD: () => (/* binding */ planIncident)
/* harmony export */ });
/* unused harmony export DEFAULT_INCIDENT_POLICY */
/* harmony import */ var _incident_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8340);

const DEFAULT_INCIDENT_POLICY = { repeatIntervalHours: 6, reopenWindowHours: 24 };
const HOUR_MS = 3_600_000;
/** When we last spoke on the incident: our newest comment, else its creation. */
function lastSpokeAt(incident) {
    const times = [incident.created_at, incident.last_comment_at].map((t) => (t ? Date.parse(t) : Number.NaN));
    const valid = times.filter((t) => !Number.isNaN(t));
    return valid.length > 0 ? Math.max(...valid) : Number.NEGATIVE_INFINITY;
}
/**
 * What to do with the tracker for a trigger.
 * - `open` is a repeat of the condition: comments on an open incident only
 *   when the repeat interval has passed since we last spoke (else noop).
 * - `update` brings new information on purpose (a human or CLI): it always
 *   comments on an open incident; with none open it acts like `open`.
 * - `resolve` closes an open incident; with none open it is a noop.
 */
function planIncident(existing, trigger, now, policy = {}) {
    const p = { ...DEFAULT_INCIDENT_POLICY, ...policy };
    if (trigger === 'resolve')
        return existing?.state === 'open' ? 'close' : 'noop';
    if (!existing)
        return 'create';
    if (existing.state === 'open') {
        if (trigger === 'update')
            return 'comment';
        return now.getTime() - lastSpokeAt(existing) >= p.repeatIntervalHours * HOUR_MS ? 'comment' : 'noop';
    }
    const closedAt = Date.parse(existing.closed_at ?? existing.updated_at);
    if (Number.isNaN(closedAt))
        return 'create';
    return now.getTime() - closedAt <= p.reopenWindowHours * HOUR_MS ? 'reopen' : 'create';
}
/** The hidden marker that ties an issue to its key (found through the list endpoint, not search). */
function incidentMarker(key) {
    return `<!-- autopilot-incident:${key} -->`;
}
/**
 * Why a key cannot be an incident key, or undefined when it can. The key is
 * written into the hidden marker (an HTML comment) and found by it again:
 * `<`, `>` or a line break could end the comment early or make the marker
 * unreadable, so a key holding one is refused rather than escaped (an
 * escaped key would not find the incidents opened under it).
 */
function incidentKeyProblem(key) {
    if (!key.trim())
        return 'is empty';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[<>\u0000-\u001f\u007f]/.test(key))
        return 'holds <, > or a control character';
    return undefined;
}
/** A URL on one line that cannot end early or start markup: the characters that could, percent-encoded. */
const inertUrl = (url) => url.trim().replace(/[\s()<>[\]`'"]/g, encodeURIComponent);
/**
 * The issue body (or comment): the summary and details as inert text
 * (incident-text.ts: escaped, mentions and issue references neutralised),
 * the run, the trace id and the key (code spans that no backtick closes
 * early), then the hidden marker. Redact the texts before: escaping can
 * split a secret so that the redactor no longer sees it.
 */
function renderIncidentBody(input) {
    const lines = [(0,_incident_text__WEBPACK_IMPORTED_MODULE_0__/* .incidentText */ .Kc)(input.summary.trim())];
    if (input.details?.trim())
        lines.push('', (0,_incident_text__WEBPACK_IMPORTED_MODULE_0__/* .incidentText */ .Kc)(input.details.trim()));
    const refs = [];
    if (input.runUrl)
        refs.push(`Run: ${inertUrl(input.runUrl)}`);
    if (input.traceId)
        refs.push(`Trace: ${(0,_incident_text__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(input.traceId)}`);
    refs.push(`Incident key: ${(0,_incident_text__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(input.key)} — see RUNBOOK.md for what to do.`);
    lines.push('', ...refs.map((r) => `- ${r}`), '', incidentMarker(input.key));
    return lines.join('\n');
}


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ currentDecision),
/* harmony export */   Vg: () => (/* binding */ applyDecision),
/* harmony export */   nD: () => (/* binding */ decisionChanged)
/* harmony export */ });
/* unused harmony export DEFAULT_HISTORY_LIMIT */
const DEFAULT_HISTORY_LIMIT = 50;
function decisionChanged(doc, entry) {
    return doc.last_decision?.decision !== entry.decision;
}
/**
 * The next document: the entry always becomes `last_evaluation`; on a change
 * of decision it also becomes `last_decision` and joins the (bounded,
 * oldest-first) history.
 */
function applyDecision(doc, entry, historyLimit = DEFAULT_HISTORY_LIMIT) {
    if (!decisionChanged(doc, entry))
        return { ...doc, last_evaluation: entry };
    return {
        ...doc,
        last_decision: entry,
        last_evaluation: entry,
        history: [...doc.history, entry].slice(-Math.max(1, historyLimit)),
    };
}
/**
 * What is current: the newer of the latest evaluation and the last decision
 * (a human may write `last_decision` by hand after reconcile's last run; the
 * later one stands). A log without `last_evaluation` (older files) gives its
 * last decision.
 */
function currentDecision(doc) {
    const evaluation = doc.last_evaluation ?? null;
    const decision = doc.last_decision ?? null;
    if (!evaluation)
        return decision;
    if (!decision)
        return evaluation;
    const evaluatedAt = Date.parse(evaluation.at);
    const decidedAt = Date.parse(decision.at);
    if (!Number.isNaN(decidedAt) && (Number.isNaN(evaluatedAt) || decidedAt > evaluatedAt))
        return decision;
    return evaluation;
}


/***/ }),

/***/ 8602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UM: () => (/* binding */ buildControlPlane)
});

// UNUSED EXPORTS: buildGitHubControlPlane, buildHeartbeatSource, buildLocalControlPlane, buildNotifier, gitHubOptions

// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/decision-log.ts
var decision_log = __webpack_require__(7936);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/json-file.ts
var json_file = __webpack_require__(8265);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/decision-log-text.ts
// The decision log's text: parse, check, format, compare. Shared by the
// state-folder file (decision-log-json.ts) and the state branch's file
// (github/decision-log.ts). Unknown keys a human added are kept, never
// silently dropped.
//
// Checked by hand rather than with zod: the supervisor and reconcile read
// this file on every tick, and zod's module was the largest single part of
// their start-up (issue 12). Two flat shapes, each field one test.



const EMPTY_DECISION_LOG = Object.freeze({ last_decision: null, history: [] });
const EXPECTED = '{"last_decision": {decision, reason, at, metrics, by} | null, "last_evaluation": {…} | null, "history": [...]}';
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The first problem of an entry at `path`, or undefined. */
function entryProblem(value, path) {
    if (!isRecord(value))
        return { field: path, message: 'is not an object' };
    if (!model/* DECISIONS */.Yv.includes(value.decision)) {
        return { field: `${path}.decision`, message: `is not one of ${model/* DECISIONS */.Yv.join(', ')}` };
    }
    if (value.code !== undefined && typeof value.code !== 'string')
        return { field: `${path}.code`, message: 'is not text' };
    for (const key of ['reason', 'at', 'by']) {
        if (typeof value[key] !== 'string')
            return { field: `${path}.${key}`, message: 'is not text' };
    }
    if (!isRecord(value.metrics))
        return { field: `${path}.metrics`, message: 'is not an object' };
    for (const [key, metric] of Object.entries(value.metrics)) {
        const ok = metric === null || typeof metric === 'string' || (typeof metric === 'number' && Number.isFinite(metric));
        if (!ok)
            return { field: `${path}.metrics.${key}`, message: 'is not a number, text or null' };
    }
    return undefined;
}
function docProblem(doc) {
    for (const key of ['last_decision', 'last_evaluation']) {
        const entry = doc[key];
        if (entry !== undefined && entry !== null) {
            const problem = entryProblem(entry, key);
            if (problem)
                return problem;
        }
    }
    if (doc.history === undefined)
        return undefined;
    if (!Array.isArray(doc.history))
        return { field: 'history', message: 'is not a list' };
    for (const [i, entry] of doc.history.entries()) {
        const problem = entryProblem(entry, `history.${i}`);
        if (problem)
            return problem;
    }
    return undefined;
}
/** Parse the log's text; `where` names the file in messages. Empty text is an empty log. */
function parseDecisionLog(text, where) {
    if (!text.trim())
        return { last_decision: null, history: [] };
    const raw = (0,json_file/* parseJsonText */.lk)(text, where, EXPECTED);
    if (!isRecord(raw))
        throw new errors/* UserError */.yo(`${where}: field "(the top level)" is not an object; expected ${EXPECTED}`);
    const problem = docProblem(raw);
    if (problem)
        throw new errors/* UserError */.yo(`${where}: field "${problem.field}" ${problem.message}; expected ${EXPECTED}`);
    // Absent keys read as their defaults; every other key is kept as written.
    return {
        ...raw,
        last_decision: raw.last_decision ?? null,
        history: raw.history ?? [],
    };
}
const formatDecisionLog = (doc) => (0,json_file/* formatJson */.IB)(doc);
/** Same content, whatever the formatting of the file: parse both and compare canonically. */
function sameDecisionLog(currentText, doc) {
    if (currentText === undefined)
        return false;
    try {
        return JSON.stringify(JSON.parse(currentText)) === JSON.stringify(doc);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/core/src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(7050);
;// CONCATENATED MODULE: ./packages/core/src/adapters/github/decision-log.ts
// The decision log as `decision_log.json` on the state branch (never the
// default branch: rulesets protect it), through the contents API: a commit
// only when the content changes. A write is measured against the document
// we read: when the file changed meanwhile (another reconcile, a human's
// edit), our evaluation is re-applied to the new document instead of
// overwriting it with our stale copy — the human's edit is kept.




const DEFAULT_DECISION_LOG_PATH = 'decision_log.json';
const canonical = (value) => JSON.stringify(value ?? null);
/**
 * Our change (`base` → `ours`) re-applied to `theirs`, the document as it is
 * now. Reconcile's change is an evaluation (`last_evaluation`, and
 * `last_decision` when the decision changed): applied as reconcile applies
 * it (history grows only on a change), keeping whatever else the other
 * writer did. Any other change cannot be merged safely: undefined.
 */
function rebaseDecisionLog(base, ours, theirs) {
    if (canonical(theirs) === canonical(base))
        return ours;
    const entry = ours.last_evaluation ?? ours.last_decision;
    const before = base.last_evaluation ?? base.last_decision;
    if (!entry || canonical(entry) === canonical(before))
        return undefined;
    // Trim the history only as far as ours was trimmed.
    const trimmed = ours.history.length < base.history.length + 1;
    return (0,decision_log/* applyDecision */.Vg)(theirs, entry, trimmed ? ours.history.length : Number.MAX_SAFE_INTEGER);
}
class GitHubDecisionLog {
    file;
    /** The document as we last read it: what a write's change is measured from. */
    base;
    constructor(options) {
        this.file = (0,state_branch/* stateFile */.Ed)(options, DEFAULT_DECISION_LOG_PATH);
    }
    get where() {
        return this.file.where;
    }
    async read() {
        const current = await this.file.read();
        const doc = current ? parseDecisionLog(current.text, this.file.where) : { last_decision: null, history: [] };
        this.base = doc;
        return doc;
    }
    async write(doc) {
        const decision = doc.last_decision?.decision ?? 'none';
        const base = this.base;
        const { changed } = await this.file.transact((text) => {
            const theirs = text === undefined ? { last_decision: null, history: [] } : parseDecisionLog(text, this.file.where);
            const next = base === undefined ? doc : rebaseDecisionLog(base, doc, theirs);
            if (next === undefined) {
                throw new errors/* ServiceError */._7('GitHub', `${this.file.where} changed since it was read, and this change cannot be re-applied to the new version; nothing was overwritten — read it again and redo the change`);
            }
            return { text: sameDecisionLog(text, next) ? undefined : formatDecisionLog(next), result: next };
        }, `chore(autopilot): decision log — ${decision} [skip ci]`);
        return { changed };
    }
}

// EXTERNAL MODULE: ./packages/core/src/domain/incident.ts
var incident = __webpack_require__(9098);
;// CONCATENATED MODULE: ./packages/core/src/adapters/incident-labels.ts
// How an incident is marked wherever it lives (an issue on GitHub, a file in
// the state folder): its labels, its severity label, and the hidden key
// marker at the end of its body. Apart from the adapters so GitHub's does not
// load the state folder's (and its file schema) at start.

const INCIDENT_LABEL = 'incident';
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const MARKER = /<!-- autopilot-incident:(.+?) -->/;
/** `incident`, `severity:<s>`, then the caller's labels, without repeats. */
function incidentLabels(severity, extra = []) {
    return [...new Set([INCIDENT_LABEL, `severity:${severity}`, ...extra])];
}
/** The severity a label set carries; 'medium' when none (a human may have removed it). */
function severityFromLabels(labels) {
    const found = labels.map((l) => /^severity:(.+)$/.exec(l)?.[1]).find((s) => SEVERITIES.includes(s));
    return found ?? 'medium';
}
/** The text with the key's marker at its end (once). */
function withMarker(text, key) {
    const marker = (0,incident/* incidentMarker */.X9)(key);
    return text.includes(marker) ? text : `${text.trimEnd()}\n\n${marker}`;
}
/** The key of the marker in a body; undefined when there is none. */
function markerKey(body) {
    return MARKER.exec(body ?? '')?.[1];
}

// EXTERNAL MODULE: ./packages/core/src/adapters/github/client.ts + 1 modules
var client = __webpack_require__(1174);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/errors.ts
var github_errors = __webpack_require__(6745);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/post-once.ts
var post_once = __webpack_require__(4096);
;// CONCATENATED MODULE: ./packages/core/src/adapters/github/incidents.ts




class GitHubIncidentTracker {
    ctx;
    redact;
    waitMs;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
        this.redact = options.redact ?? ((text) => text);
        this.waitMs = options.retryBaseMs ?? 1000;
    }
    async find(key) {
        try {
            // Newest first, so the first match is the one we want and we can stop paging.
            for await (const issue of this.issues('all')) {
                if (markerKey(issue.body) !== key)
                    continue;
                const incident = toIncident(issue, key);
                const last = await this.lastOwnCommentAt(issue.number, key);
                if (last)
                    incident.last_comment_at = last;
                return incident;
            }
            return undefined;
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `find incident ${key}`);
        }
    }
    async list(state) {
        const found = [];
        try {
            for await (const issue of this.issues(state)) {
                const key = markerKey(issue.body);
                if (key !== undefined)
                    found.push(toIncident(issue, key));
            }
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `list ${state} incidents`);
        }
        return found;
    }
    /**
     * Creates the issue. The caller opens only when no issue with this key is
     * open, so after a 5xx or no answer an open issue with the key's marker is
     * this write's effect (or a concurrent one's): found, it is not posted again.
     */
    async open(input) {
        const { client, owner, repo } = this.ctx;
        try {
            return await (0,post_once/* postOnce */.y)({
                what: `open incident ${input.key}`,
                post: async () => {
                    const { data } = await client.request('POST /repos/{owner}/{repo}/issues', {
                        owner,
                        repo,
                        title: this.redact(input.title),
                        body: withMarker(this.redact(input.body), input.key),
                        labels: incidentLabels(input.severity, input.labels),
                    });
                    return toIncident(data, input.key);
                },
                find: () => this.findOpen(input.key),
                waitMs: this.waitMs,
                log: this.ctx.log,
            });
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `open incident ${input.key}`);
        }
    }
    async comment(incident, body) {
        try {
            const at = await this.postComment(incident, body);
            return { ...incident, last_comment_at: at, updated_at: at };
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `comment on incident ${incident.key} (#${incident.id})`);
        }
    }
    async reopen(incident, body) {
        try {
            const reopened = await this.setState(incident, 'open');
            const at = await this.postComment(incident, body);
            return { ...reopened, last_comment_at: at, updated_at: at };
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `reopen incident ${incident.key} (#${incident.id})`);
        }
    }
    /** Comment first, so the closing comment is the last word on the issue. */
    async close(incident, body) {
        try {
            const at = await this.postComment(incident, body);
            return { ...(await this.setState(incident, 'closed')), last_comment_at: at };
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `close incident ${incident.key} (#${incident.id})`);
        }
    }
    async findOpen(key) {
        for await (const issue of this.issues('open')) {
            if (markerKey(issue.body) === key)
                return toIncident(issue, key);
        }
        return undefined;
    }
    /** Issues labelled `incident`, newest first, pull requests left out (the issues endpoint lists both). */
    async *issues(state) {
        const { client, owner, repo } = this.ctx;
        const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
            owner,
            repo,
            labels: INCIDENT_LABEL,
            state,
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        });
        for await (const page of pages) {
            for (const issue of page.data) {
                if (!issue.pull_request)
                    yield issue;
            }
        }
    }
    async lastOwnCommentAt(issueNumber, key) {
        const { client, owner, repo } = this.ctx;
        const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const ours = comments.filter((c) => markerKey(c.body) === key).map((c) => c.created_at);
        return ours.sort().at(-1);
    }
    /**
     * After a 5xx or no answer, a comment with exactly this text made since the
     * issue was last seen is this write's effect: found, it is not posted again.
     */
    async postComment(incident, body) {
        const { client, owner, repo } = this.ctx;
        const text = withMarker(this.redact(body), incident.key);
        const issue_number = Number(incident.id);
        return (0,post_once/* postOnce */.y)({
            what: `comment on incident ${incident.key} (#${incident.id})`,
            post: async () => {
                const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner,
                    repo,
                    issue_number,
                    body: text,
                });
                return data.created_at;
            },
            find: async () => {
                const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner,
                    repo,
                    issue_number,
                    since: incident.updated_at,
                    per_page: 100,
                });
                return comments.find((c) => c.body === text && c.created_at >= incident.updated_at)?.created_at;
            },
            waitMs: this.waitMs,
            log: this.ctx.log,
        });
    }
    async setState(incident, state) {
        const { client, owner, repo } = this.ctx;
        const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner,
            repo,
            issue_number: Number(incident.id),
            state,
            state_reason: state === 'closed' ? 'completed' : 'reopened',
        });
        return toIncident(data, incident.key);
    }
}
function toIncident(issue, key) {
    const labels = issue.labels
        .map((label) => (typeof label === 'string' ? label : label.name))
        .filter((name) => Boolean(name));
    const incident = {
        key,
        id: String(issue.number),
        state: issue.state === 'closed' ? 'closed' : 'open',
        title: issue.title,
        severity: severityFromLabels(labels),
        labels,
        created_at: issue.created_at,
        updated_at: issue.updated_at,
        url: issue.html_url,
    };
    if (issue.closed_at)
        incident.closed_at = issue.closed_at;
    return incident;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/runs.ts



/**
 * The mode a run's title carries: an explicit "mode: x" (or "mode=x") wins;
 * else the one of review/publish that appears as a word; 'unknown' when
 * neither or both appear.
 */
function parseRunMode(name) {
    const text = name ?? '';
    const explicit = /\bmode\s*[:=]\s*(review|publish)\b/i.exec(text)?.[1];
    if (explicit)
        return explicit.toLowerCase();
    const words = new Set([...text.matchAll(/\b(review|publish)\b/gi)].map((m) => (m[1] ?? '').toLowerCase()));
    return words.size === 1 ? [...words][0] : 'unknown';
}
const CONCLUSIONS = {
    success: 'success',
    failure: 'failure',
    cancelled: 'cancelled',
    skipped: 'skipped',
    timed_out: 'timed_out',
    neutral: 'neutral',
    // A run that never started or waits on an approval did not succeed.
    startup_failure: 'failure',
    action_required: 'failure',
    stale: 'cancelled',
};
function toRunRecord(run) {
    const status = run.status === 'completed' ? 'completed' : run.status === 'in_progress' ? 'in_progress' : 'queued';
    const record = {
        run_id: String(run.id),
        mode: parseRunMode(run.display_title || run.name),
        status,
        started_at: run.run_started_at || run.created_at,
        url: run.html_url,
    };
    if (status === 'completed') {
        record.finished_at = run.updated_at;
        const conclusion = run.conclusion ? CONCLUSIONS[run.conclusion] : undefined;
        if (conclusion)
            record.conclusion = conclusion;
    }
    return record;
}
/** A run that has not finished: queued, in progress, or waiting (for a runner, an approval, a concurrency slot). */
const isActiveRun = (run) => run.status !== 'completed';
/**
 * Newest first, every status: one list serves the health window, the last
 * review run and the active runs (filtering by status takes one request per
 * status, and GitHub has five statuses of an unfinished run).
 */
async function listRuns(ctx, limit, filter = {}) {
    const runs = [];
    const perPage = Math.min(Math.max(limit, 1), 100);
    for (let page = 1; runs.length < limit; page++) {
        const { data } = await ctx.client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner: ctx.owner,
            repo: ctx.repo,
            workflow_id: ctx.workflowFile,
            per_page: perPage,
            page,
            ...filter,
        });
        runs.push(...data.workflow_runs);
        if (data.workflow_runs.length < perPage || runs.length >= data.total_count)
            break;
    }
    return runs.slice(0, limit);
}
class GitHubRunHistory {
    ctx;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
    }
    /** GitHub lists runs newest first. */
    async recent(limit) {
        if (limit <= 0)
            return [];
        try {
            return (await listRuns(this.ctx, limit)).map(toRunRecord);
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `list runs of ${this.ctx.workflowFile}`);
        }
    }
    /** GitHub records its runs itself. */
    async record(_run) { }
}
/** How many runs active() reads: an unfinished run is among the newest. */
const ACTIVE_WINDOW = 100;
class GitHubDispatcher {
    ctx;
    waitMs;
    /** The newest run id seen before a dispatch: a run created by the dispatch has a larger one. */
    newestSeen;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
        this.waitMs = options.retryBaseMs ?? 1000;
    }
    /**
     * POST …/dispatches. With `return_run_details` GitHub answers 200 with the
     * new run's id and URLs; older servers (GHES) answer 204 without a body,
     * and then the new run is looked up. A 5xx or no answer may still have
     * started a run: the run is looked up before dispatching again.
     */
    async dispatch(mode) {
        const { client, owner, repo, workflowFile, ref } = this.ctx;
        const what = `dispatch ${workflowFile} (mode ${mode}) on ${ref}`;
        try {
            const baseline = this.newestSeen ?? (await this.newestRunId());
            const find = () => this.findDispatched(mode, baseline);
            return await (0,post_once/* postOnce */.y)({
                what,
                post: async () => {
                    const response = await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
                        owner,
                        repo,
                        workflow_id: workflowFile,
                        ref,
                        inputs: { mode },
                        return_run_details: true,
                    });
                    const data = (response.status === 200 ? response.data : undefined);
                    if (data?.workflow_run_id === undefined)
                        return (await find()) ?? {};
                    const result = { run_id: String(data.workflow_run_id) };
                    if (data.html_url)
                        result.url = data.html_url;
                    return result;
                },
                find,
                waitMs: this.waitMs,
                log: this.ctx.log,
            });
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, what);
        }
    }
    /** Runs not yet completed among the newest (one request; see listRuns). */
    async active() {
        try {
            const runs = await listRuns(this.ctx, ACTIVE_WINDOW);
            this.remember(runs);
            return runs.map(toRunRecord).filter(isActiveRun);
        }
        catch (error) {
            throw (0,github_errors/* gitHubError */.Mj)(error, `list active runs of ${this.ctx.workflowFile}`);
        }
    }
    /** The runs list already read says which runs are active: no second request. */
    activeAmong(runs) {
        const ids = runs.map((r) => Number(r.run_id)).filter(Number.isFinite);
        if (ids.length > 0)
            this.newestSeen = Math.max(this.newestSeen ?? 0, ...ids);
        else
            this.newestSeen ??= 0;
        return runs.filter(isActiveRun);
    }
    remember(runs) {
        this.newestSeen = Math.max(this.newestSeen ?? 0, ...runs.map((r) => r.id));
    }
    async newestRunId() {
        const runs = await listRuns(this.ctx, 1);
        return runs[0]?.id ?? 0;
    }
    /** A workflow_dispatch run of this mode created after `after` (run ids only grow). */
    async findDispatched(mode, after) {
        const runs = await listRuns(this.ctx, 20, { event: 'workflow_dispatch' });
        const run = runs
            .filter((r) => r.id > after)
            .filter((r) => {
            const runMode = parseRunMode(r.display_title || r.name);
            return runMode === mode || runMode === 'unknown';
        })
            .sort((a, b) => a.id - b.id)[0];
        return run ? { run_id: String(run.id), url: run.html_url } : undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/adapters/github/variables.ts
var variables = __webpack_require__(5509);
// EXTERNAL MODULE: ./packages/core/src/wiring/github-options.ts
var github_options = __webpack_require__(18);
// EXTERNAL MODULE: ./packages/core/src/wiring/notifier.ts + 6 modules
var notifier = __webpack_require__(1733);
;// CONCATENATED MODULE: ./packages/core/src/wiring/control-plane-github.ts
// The control plane on GitHub: repository variables, workflow runs, issues
// as incidents, the decision log on the state branch. Apart from the local
// one (control-plane-local.ts) so an action's bundle loads only this one.






function buildGitHubControlPlane(config, ctx) {
    const github = (0,github_options/* gitHubOptions */.u)(config, ctx);
    return {
        vars: new variables/* GitHubVariableStore */.H(github),
        runs: new GitHubRunHistory(github),
        incidents: new GitHubIncidentTracker({ ...github, redact: ctx.redact }),
        // On the state branch, never the default branch (rulesets protect it).
        decisions: new GitHubDecisionLog({ ...github, branch: config.stateBranch, path: config.decisionLogPath }),
        notifier: (0,notifier/* buildNotifier */.l)(config, ctx, false),
        dispatcher: new GitHubDispatcher(github),
        where: 'github',
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/decision-log-json.ts
// The decision log (DESIGN §4): reconcile's memory, read by the supervisor.
// The text's parse and format are in decision-log-text.ts (shared with the
// state branch's file).





class JsonDecisionLog {
    path;
    /** `path` wins; else `<stateDir>/decision_log.json`. */
    constructor(options) {
        const path = options.path ?? (options.stateDir !== undefined ? (0,external_node_path_.join)(options.stateDir, 'decision_log.json') : undefined);
        if (!path)
            throw new errors/* UserError */.yo('JsonDecisionLog needs a path or a stateDir');
        this.path = path;
    }
    async read() {
        const text = await (0,json_file/* readTextIfExists */.TP)(this.path);
        return text === undefined ? { last_decision: null, history: [] } : parseDecisionLog(text, this.path);
    }
    async write(doc) {
        if (sameDecisionLog(await (0,json_file/* readTextIfExists */.TP)(this.path), doc))
            return { changed: false };
        await (0,json_file/* writeJsonFile */.An)(this.path, doc);
        return { changed: true };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/file-lock.ts
var file_lock = __webpack_require__(2728);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/incidents-dir.ts
// Incidents, locally: one JSON file per incident under <stateDir>/incidents/,
// holding the incident and its comments. The key lives in the same hidden
// marker as on GitHub, so both trackers find incidents the same way. The
// label and marker helpers here serve the GitHub tracker too.









const fileSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    key: schemas/* string */.YjP(),
    state: schemas/* enum */.k5n(['open', 'closed']),
    title: schemas/* string */.YjP(),
    body: schemas/* string */.YjP(),
    severity: schemas/* enum */.k5n(SEVERITIES),
    labels: schemas/* array */.YOg(schemas/* string */.YjP()),
    created_at: schemas/* string */.YjP(),
    updated_at: schemas/* string */.YjP(),
    closed_at: schemas/* string */.YjP().optional(),
    comments: schemas/* array */.YOg(schemas/* object */.Ikc({ at: schemas/* string */.YjP(), body: schemas/* string */.YjP() })),
});
class DirIncidentTracker {
    dir;
    now;
    redact;
    constructor(options) {
        this.dir = (0,external_node_path_.join)(options.stateDir, 'incidents');
        this.now = options.now ?? (() => new Date());
        this.redact = options.redact ?? ((text) => text);
    }
    async find(key) {
        const matching = (await this.readAll()).filter((file) => markerKey(file.body) === key);
        return matching.at(-1) && incidents_dir_toIncident(matching.at(-1));
    }
    async list(state) {
        const files = await this.readAll();
        return files
            .filter((file) => state === 'all' || file.state === state)
            .reverse()
            .map(incidents_dir_toIncident);
    }
    async open(input) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        const at = this.now().toISOString();
        for (;;) {
            const id = String(Math.max(0, ...(await this.ids())) + 1);
            const file = {
                id,
                key: input.key,
                state: 'open',
                title: this.redact(input.title),
                body: withMarker(this.redact(input.body), input.key),
                severity: input.severity,
                labels: incidentLabels(input.severity, input.labels),
                created_at: at,
                updated_at: at,
                comments: [],
            };
            if (await this.createExclusive(id, file))
                return incidents_dir_toIncident(file);
            // Another process took this id meanwhile: take the next one.
        }
    }
    async comment(incident, body) {
        return this.change(incident, (file, at) => {
            file.comments.push({ at, body: this.redact(body) });
        });
    }
    async reopen(incident, body) {
        return this.change(incident, (file, at) => {
            file.state = 'open';
            delete file.closed_at;
            file.comments.push({ at, body: this.redact(body) });
        });
    }
    async close(incident, body) {
        return this.change(incident, (file, at) => {
            file.comments.push({ at, body: this.redact(body) });
            file.state = 'closed';
            file.closed_at = at;
        });
    }
    path(id) {
        return (0,external_node_path_.join)(this.dir, `${id}.json`);
    }
    async change(incident, edit) {
        const path = this.path(incident.id);
        return (0,file_lock/* withFileLock */.U)(path, {}, async () => {
            const file = await this.readFile(path);
            if (!file)
                throw new errors/* UserError */.yo(`incident ${incident.id} (${incident.key}) not found: ${path} does not exist`);
            const at = this.now().toISOString();
            edit(file, at);
            file.updated_at = at;
            await (0,json_file/* writeJsonFile */.An)(path, file);
            return incidents_dir_toIncident(file);
        });
    }
    /**
     * Create the file only if the id is free: write a temp file, then hard-link
     * it to the final name — link fails when the name exists, and a reader
     * never sees a half-written file (unlike open with 'wx' and then write).
     */
    async createExclusive(id, file) {
        const temp = (0,external_node_path_.join)(this.dir, `.${id}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        await (0,promises_.writeFile)(temp, `${JSON.stringify(file, null, 2)}\n`);
        try {
            await (0,promises_.link)(temp, this.path(id));
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async ids() {
        let names;
        try {
            names = await (0,promises_.readdir)(this.dir);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
        return names
            .map((name) => /^(\d+)\.json$/.exec(name)?.[1])
            .filter((id) => id !== undefined)
            .map(Number);
    }
    /** Every incident, oldest first (by id, which grows with time). */
    async readAll() {
        const ids = (await this.ids()).sort((a, b) => a - b);
        const files = await Promise.all(ids.map((id) => this.readFile(this.path(String(id)))));
        return files.filter((file) => file !== undefined);
    }
    async readFile(path) {
        const text = await (0,json_file/* readTextIfExists */.TP)(path);
        if (text === undefined)
            return undefined;
        const parsed = fileSchema.safeParse((0,json_file/* parseJsonText */.lk)(text, path, 'an incident object'));
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new errors/* UserError */.yo(`${path}: field "${issue?.path.join('.')}" ${issue?.message}; fix or delete the file`);
        }
        return parsed.data;
    }
}
function incidents_dir_toIncident(file) {
    const incident = {
        key: file.key,
        id: file.id,
        state: file.state,
        title: file.title,
        severity: file.severity,
        labels: file.labels,
        created_at: file.created_at,
        updated_at: file.updated_at,
    };
    if (file.closed_at)
        incident.closed_at = file.closed_at;
    const last = file.comments.at(-1);
    if (last)
        incident.last_comment_at = last.at;
    return incident;
}

// EXTERNAL MODULE: ./packages/core/src/adapters/local/runs-jsonl.ts
var runs_jsonl = __webpack_require__(213);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/variables-json.ts
var variables_json = __webpack_require__(1526);
;// CONCATENATED MODULE: ./packages/core/src/wiring/control-plane-local.ts
// The control plane in the state folder (the embedded default): variables,
// runs, incidents and the decision log as local files.





function buildLocalControlPlane(config, ctx) {
    return {
        vars: new variables_json.JsonVariableStore({ stateDir: ctx.paths.root }),
        runs: new runs_jsonl.JsonlRunHistory({ stateDir: ctx.paths.root, log: ctx.log }),
        incidents: new DirIncidentTracker({ stateDir: ctx.paths.root, redact: ctx.redact }),
        decisions: new JsonDecisionLog({ path: ctx.paths.decisionLog }),
        notifier: (0,notifier/* buildNotifier */.l)(config, ctx, true),
        where: 'local',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/control-plane.ts




// Where they used to live: the tests and the CLI import them from here.



function buildControlPlane(config, ctx, where) {
    return where === 'local' ? buildLocalControlPlane(config, ctx) : buildGitHubControlPlane(config, ctx);
}


/***/ })

};

export const id = 8828;
export const ids = [8828];
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
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5829);
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
            const { data } = await client.rest.actions.getRepoVariable({ owner, repo, name });
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
                const { data } = await client.rest.actions.listRepoVariables({ owner, repo, per_page: PER_PAGE, page });
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
            await client.rest.actions.updateRepoVariable({ owner, repo, name, value });
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
                    await client.rest.actions.createRepoVariable({ owner, repo, name, value });
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



async function writeFileAtomic(path, content) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w');
        try {
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ JsonlRunHistory)
/* harmony export */ });
/* unused harmony export runRecordSchema */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U1: () => (/* binding */ initVariables),
/* harmony export */   y4: () => (/* binding */ JsonVariableStore)
/* harmony export */ });
/* unused harmony exports DEFAULT_VARIABLES, variablesPath */
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

/***/ 9098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ renderIncidentBody),
/* harmony export */   X9: () => (/* binding */ incidentMarker),
/* harmony export */   oD: () => (/* binding */ planIncident)
/* harmony export */ });
/* unused harmony export DEFAULT_INCIDENT_POLICY */
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
function renderIncidentBody(input) {
    const lines = [input.summary.trim()];
    if (input.details?.trim())
        lines.push('', input.details.trim());
    const refs = [];
    if (input.runUrl)
        refs.push(`Run: ${input.runUrl}`);
    if (input.traceId)
        refs.push(`Trace: \`${input.traceId}\``);
    refs.push(`Incident key: \`${input.key}\` — see RUNBOOK.md for what to do.`);
    lines.push('', ...refs.map((r) => `- ${r}`), '', incidentMarker(input.key));
    return lines.join('\n');
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ findDuplicateIds),
/* harmony export */   Gd: () => (/* binding */ DUPLICATE_ID),
/* harmony export */   Nx: () => (/* binding */ duplicateIdNote),
/* harmony export */   T1: () => (/* binding */ parseQueueRow),
/* harmony export */   lx: () => (/* binding */ splitKeywords)
/* harmony export */ });
/* unused harmony exports PARSED_CELLS, parseQueueRowUnmemoized */
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6388);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9785);
// A queue row, checked and typed. A row with a problem is reported with its
// row number, id, field, value and what was expected, and never changed.


const APPROVALS = ['', 'pending', 'approved', 'rejected'];
function splitKeywords(text) {
    return text
        .split(/[;,]/)
        .map((k) => k.trim())
        .filter(Boolean);
}
/** A BCP 47 language tag, loosely: a 2–3 letter language, then optional subtags (pt-BR, zh-Hant). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
function isWebUrl(text) {
    try {
        const url = new URL(text);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}
/**
 * The cells the parse reads, and the zone: two rows alike in these parse
 * alike. A parse that starts reading another cell adds it here (a test
 * checks that no other cell changes the result).
 */
const PARSED_CELLS = [
    'id',
    'status',
    'priority',
    'publish_at',
    'next_attempt_at',
    'lease_until',
    'attempts',
    'approval',
    'image_url',
    'language',
    'keywords',
    'tags',
    'links',
];
// Every claim reads the queue again, as new row objects, and parses every row:
// in a queue of 10,000 rows that is most of a claim's work, for rows that
// have not changed. Kept by content, so a row read again parses once; bounded
// (cleared when full), as a queue's rows change through a run.
const parsed = new Map();
const PARSED_LIMIT = 50_000;
/** A queue row, checked and typed (from the memo when a row of the same cells was parsed). */
function parseQueueRow(row, options = {}) {
    let key = `${row.row}\u0000${options.timeZone ?? ''}`;
    for (const cell of PARSED_CELLS)
        key += `\u0000${row[cell]}`;
    const known = parsed.get(key);
    // The item carries the row it was parsed from: this one.
    if (known)
        return known.ok ? { ok: true, item: { ...known.item, row } } : known;
    const result = parseQueueRowUnmemoized(row, options);
    if (parsed.size >= PARSED_LIMIT)
        parsed.clear();
    parsed.set(key, result);
    return result;
}
/** parseQueueRow without the memo (the tests compare the two). */
function parseQueueRowUnmemoized(row, options = {}) {
    const problems = [];
    const id = row.id.trim();
    const problem = (field, value, expected) => problems.push({
        row: row.row,
        id,
        field,
        value,
        expected,
        message: `row ${row.row}${id ? ` (id "${id}")` : ''}: ${field} ${value === '' ? 'is empty' : `"${value}" is not valid`}; expected ${expected}`,
    });
    if (!id)
        problem('id', '', 'a unique, stable id');
    const statusText = row.status.trim().toUpperCase();
    const status = (statusText || 'PENDING');
    if (!_model__WEBPACK_IMPORTED_MODULE_0__/* .ITEM_STATUSES */ .J4.includes(status))
        problem('status', row.status, `one of ${_model__WEBPACK_IMPORTED_MODULE_0__/* .ITEM_STATUSES */ .J4.join(', ')} (or empty for PENDING)`);
    const priorityText = row.priority.trim().toUpperCase();
    const priority = (priorityText || 'P2');
    if (!_model__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITIES */ .BE.includes(priority))
        problem('priority', row.priority, 'P0, P1 or P2 (or empty for P2)');
    const times = {
        publish_at: undefined,
        next_attempt_at: undefined,
        lease_until: undefined,
    };
    for (const field of ['publish_at', 'next_attempt_at', 'lease_until']) {
        if (!row[field].trim())
            continue;
        // Only a person's time is read in the configured zone; the lease and retry times are ours, written in UTC.
        times[field] = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseQueueTime */ .KN)(row[field], field === 'publish_at' ? options.timeZone : undefined);
        if (!times[field])
            problem(field, row[field], `an ISO 8601 time such as 2026-11-22T09:00:00Z, or YYYY-MM-DD HH:MM (${field === 'publish_at' ? options.timeZone || 'UTC' : 'UTC'})`);
    }
    const attemptsText = row.attempts.trim();
    const attempts = attemptsText === '' ? 0 : Number(attemptsText);
    if (!/^\d*$/.test(attemptsText))
        problem('attempts', row.attempts, 'a whole number ≥ 0 (or empty)');
    const approval = row.approval.trim().toLowerCase();
    if (!APPROVALS.includes(approval))
        problem('approval', row.approval, 'pending, approved or rejected (or empty)');
    // The article's own fields: only the two with a shape to get wrong are checked here.
    if (row.image_url.trim() && !isWebUrl(row.image_url.trim()))
        problem('image_url', row.image_url, 'an http(s) URL of the image, such as https://cdn.example.com/tea.jpg (or empty)');
    if (row.language.trim() && !LANGUAGE_TAG.test(row.language.trim()))
        problem('language', row.language, 'a language tag such as en, de or pt-BR (or empty)');
    if (problems.length > 0)
        return { ok: false, problems };
    return {
        ok: true,
        item: {
            id,
            status,
            priority,
            publishAt: times.publish_at,
            nextAttemptAt: times.next_attempt_at,
            leaseUntil: times.lease_until,
            attempts,
            keywords: splitKeywords(row.keywords),
            tags: splitKeywords(row.tags),
            links: splitKeywords(row.links),
            approval,
            row,
        },
    };
}
const DUPLICATE_ID = 'DUPLICATE_ID';
/**
 * Every row whose id another row also uses is a problem — all of them, the
 * first too: ids are the idempotency keys, and which row is the copy only a
 * human can tell. None of them is worked on until one gets a new id.
 */
function findDuplicateIds(rows) {
    const byId = new Map();
    for (const row of rows) {
        const id = row.id.trim();
        if (id)
            byId.set(id, [...(byId.get(id) ?? []), row.row]);
    }
    const problems = [];
    for (const row of rows) {
        const id = row.id.trim();
        const others = (byId.get(id) ?? []).filter((r) => r !== row.row);
        if (!id || others.length === 0)
            continue;
        problems.push({
            row: row.row,
            id,
            field: 'id',
            value: id,
            expected: 'an id no other row uses',
            code: DUPLICATE_ID,
            message: `row ${row.row}: id "${id}" is also used by row ${others.join(', ')}; expected an id no other row uses (neither row is worked on until one gets a new id)`,
        });
    }
    return problems;
}
/** The note a duplicated row gets, once: what is wrong and what to do. */
function duplicateIdNote(problem) {
    return `${DUPLICATE_ID}: ${problem.message.replace(/^row \d+: /, '')} — give one of the rows a new id`;
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

/***/ 2332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ runAborted),
/* harmony export */   I7: () => (/* binding */ RunDeadlineError),
/* harmony export */   IZ: () => (/* binding */ throwIfRunAborted),
/* harmony export */   KS: () => (/* binding */ sleepWithSignal),
/* harmony export */   Mf: () => (/* binding */ abortableSleep),
/* harmony export */   OL: () => (/* binding */ requestSignal),
/* harmony export */   Ph: () => (/* binding */ outsideRun),
/* harmony export */   Rr: () => (/* binding */ withinRun),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   c8: () => (/* binding */ isTimeoutError),
/* harmony export */   u9: () => (/* binding */ fetchWithTimeout)
/* harmony export */ });
/* unused harmony export currentRunSignal */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// Waiting with limits. Every outbound request gets a signal that fires on
// its own timeout (`request-timeout`) or when the run it belongs to is out of
// time, whichever comes first.
//
// The run's signal travels with the async call chain (AsyncLocalStorage, a
// Node built-in) rather than as a parameter of every port method: the
// executor sets it once around the work it bounds (`withinRun`), and every
// client built by the wiring picks it up per request (`requestSignal`) —
// Shopify, Sheets, the LLM, GitHub, notifications — without each port
// learning about signals. Work that must go on after the budget (writing the
// released rows back) runs `outsideRun`, still under its per-request timeout.

/** Default per-request timeout (the `request-timeout` setting's default), in ms. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const runScope = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs `work` with `signal` as the run's signal of every request it makes. */
function withinRun(signal, work) {
    return runScope.run(signal, work);
}
/** Runs `work` free of the run's signal (per-request timeouts still apply). */
function outsideRun(work) {
    return runScope.run(undefined, work);
}
/** The signal of the run this call belongs to, if any. */
function currentRunSignal() {
    return runScope.getStore();
}
/** Why a run's signal fired: its time budget ran out. */
class RunDeadlineError extends Error {
    budgetSeconds;
    constructor(budgetSeconds) {
        super(`the run's time budget of ${budgetSeconds} s ran out`);
        this.budgetSeconds = budgetSeconds;
        this.name = 'RunDeadlineError';
    }
}
/** One request's signal: its own timeout, the run's signal, and any the caller passed. */
function requestSignal(timeoutMs, ...more) {
    const signals = [AbortSignal.timeout(timeoutMs), currentRunSignal(), ...more].filter((s) => s != null);
    return signals.length === 1 ? signals[0] : AbortSignal.any(signals);
}
/** The run's signal has fired: nothing should be retried or started. */
function runAborted() {
    return currentRunSignal()?.aborted === true;
}
/** Throws the run's abort reason when its signal has fired. */
function throwIfRunAborted() {
    currentRunSignal()?.throwIfAborted();
}
/** True for the error fetch (or gaxios) throws when a request's own timeout fired. */
function isTimeoutError(error) {
    const e = error;
    return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}
/**
 * A fetch whose every request carries `requestSignal(timeoutMs, init.signal)`.
 * For clients that take a fetch (Octokit, the token exchange) rather than a signal.
 */
function fetchWithTimeout(timeoutMs, base = globalThis.fetch) {
    return (input, init) => base(input, { ...init, signal: requestSignal(timeoutMs, init?.signal) });
}
/** A real timer's wait that ends early, rejecting with the signal's reason, when the signal fires (the timer is cleared). */
function sleepWithSignal(ms, signal = currentRunSignal()) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * Waits `ms` with the given sleep, or rejects with the signal's reason as soon
 * as it fires (a retry's wait never outlives the run).
 */
async function abortableSleep(sleep, ms, signal = currentRunSignal()) {
    if (!signal)
        return sleep(ms);
    signal.throwIfAborted();
    let onAbort;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        await Promise.race([sleep(ms), aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}


/***/ }),

/***/ 4735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ retryWaitMs),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   jy: () => (/* binding */ waitBeforeRetry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_WAIT_MS, DEFAULT_BACKOFF, retryAfterMs */
/* harmony import */ var _abort__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2332);
// How long to wait before retrying an HTTP call: what the server asked for
// (`retry-after-ms`, `retry-after` in seconds or as an HTTP date), else
// exponential backoff with jitter. Pure: time and randomness are parameters.
// Shared by the HTTP clients: the LLM, the notifiers, Shopify and Sheets.
// Retries respect the run's signal (util/abort.ts): no retry once it fired,
// and a wait between tries ends when it fires.

/** No single wait is longer than this, whatever a server asks for: a run has a time budget. */
const MAX_RETRY_WAIT_MS = 60_000;
const DEFAULT_BACKOFF = { baseMs: 500, capMs: 20_000 };
/**
 * The wait a response asks for, in ms, or undefined when it asks for none or
 * the header is unreadable. `retry-after-ms` (sent by OpenAI) wins over
 * `retry-after` (RFC 9110: delay-seconds or an HTTP date).
 */
function retryAfterMs(headers, now) {
    const ms = headers.get('retry-after-ms');
    if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms))
        return clampWait(Number(ms));
    const value = headers.get('retry-after');
    if (value === null)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(value))
        return clampWait(Number(value) * 1000);
    const at = Date.parse(value);
    if (Number.isNaN(at))
        return undefined;
    return clampWait(at - now.getTime());
}
/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` counts from 0.
 */
function backoffMs(attempt, random, policy = DEFAULT_BACKOFF) {
    const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
    return Math.round(step / 2 + (step / 2) * random());
}
/** The wait before retry number `attempt` (from 0): the server's ask when it gave one, else backoff. */
function retryWaitMs(attempt, headers, now, random, policy = DEFAULT_BACKOFF) {
    const asked = headers ? retryAfterMs(headers, now) : undefined;
    return asked ?? backoffMs(attempt, random, policy);
}
/** Status codes worth another try: rate limits, timeouts at a proxy, server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
function clampWait(ms) {
    return Math.min(MAX_RETRY_WAIT_MS, Math.max(0, Math.round(ms)));
}
/** A real wait that ends (rejecting with the run's abort reason) when the run's signal fires. */
const realSleep = (ms) => (0,_abort__WEBPACK_IMPORTED_MODULE_0__/* .sleepWithSignal */ .KS)(ms);
/**
 * A retry's wait through a client's (injectable) sleep, cut short by the
 * run's signal: throws the abort reason instead of retrying once the run is over.
 */
async function waitBeforeRetry(sleep, ms) {
    await (0,_abort__WEBPACK_IMPORTED_MODULE_0__/* .abortableSleep */ .Mf)(sleep, ms);
}


/***/ }),

/***/ 1881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UM: () => (/* binding */ buildControlPlane),
  l: () => (/* binding */ buildNotifier)
});

// UNUSED EXPORTS: buildHeartbeatSource, gitHubOptions

// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/decision-log.ts
var decision_log = __webpack_require__(7936);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/json-file.ts
var json_file = __webpack_require__(8265);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/decision-log-json.ts
// The decision log (DESIGN §4): reconcile's memory, read by the supervisor.
// Shared parse/format helpers serve the repository-file adapter too. Unknown
// keys a human added are kept (loose objects), never silently dropped.





const EMPTY_DECISION_LOG = Object.freeze({ last_decision: null, history: [] });
const entrySchema = schemas/* looseObject */._H3({
    decision: schemas/* enum */.k5n(model/* DECISIONS */.Yv),
    code: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP(),
    at: schemas/* string */.YjP(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* null */.chJ()])),
    by: schemas/* string */.YjP(),
});
// last_evaluation is optional: files written before it existed still read (the last decision is then current).
const docSchema = schemas/* looseObject */._H3({
    last_decision: entrySchema.nullable().default(null),
    last_evaluation: entrySchema.nullable().optional(),
    history: schemas/* array */.YOg(entrySchema).default([]),
});
const EXPECTED = '{"last_decision": {decision, reason, at, metrics, by} | null, "last_evaluation": {…} | null, "history": [...]}';
/** Parse the log's text; `where` names the file in messages. Empty text is an empty log. */
function parseDecisionLog(text, where) {
    if (!text.trim())
        return { last_decision: null, history: [] };
    const parsed = docSchema.safeParse((0,json_file/* parseJsonText */.lk)(text, where, EXPECTED));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || '(the top level)';
        throw new errors/* UserError */.yo(`${where}: field "${field}" ${issue?.message ?? 'is invalid'}; expected ${EXPECTED}`);
    }
    return parsed.data;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/domain/incident.ts
var incident = __webpack_require__(9098);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/file-lock.ts
var file_lock = __webpack_require__(2728);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/incidents-dir.ts
// Incidents, locally: one JSON file per incident under <stateDir>/incidents/,
// holding the incident and its comments. The key lives in the same hidden
// marker as on GitHub, so both trackers find incidents the same way. The
// label and marker helpers here serve the GitHub tracker too.








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
        return matching.at(-1) && toIncident(matching.at(-1));
    }
    async list(state) {
        const files = await this.readAll();
        return files
            .filter((file) => state === 'all' || file.state === state)
            .reverse()
            .map(toIncident);
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
                return toIncident(file);
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
            return toIncident(file);
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
function toIncident(file) {
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

// EXTERNAL MODULE: ./packages/core/src/adapters/github/client.ts
var client = __webpack_require__(5829);
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
                const incident = incidents_toIncident(issue, key);
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
                    found.push(incidents_toIncident(issue, key));
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
                    const { data } = await client.rest.issues.create({
                        owner,
                        repo,
                        title: this.redact(input.title),
                        body: withMarker(this.redact(input.body), input.key),
                        labels: incidentLabels(input.severity, input.labels),
                    });
                    return incidents_toIncident(data, input.key);
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
                return incidents_toIncident(issue, key);
        }
        return undefined;
    }
    /** Issues labelled `incident`, newest first, pull requests left out (the issues endpoint lists both). */
    async *issues(state) {
        const { client, owner, repo } = this.ctx;
        const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
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
        const comments = await client.paginate(client.rest.issues.listComments, {
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
                const { data } = await client.rest.issues.createComment({ owner, repo, issue_number, body: text });
                return data.created_at;
            },
            find: async () => {
                const comments = await client.paginate(client.rest.issues.listComments, {
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
        const { data } = await client.rest.issues.update({
            owner,
            repo,
            issue_number: Number(incident.id),
            state,
            state_reason: state === 'closed' ? 'completed' : 'reopened',
        });
        return incidents_toIncident(data, incident.key);
    }
}
function incidents_toIncident(issue, key) {
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
        const { data } = await ctx.client.rest.actions.listWorkflowRuns({
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
                    const response = await client.rest.actions.createWorkflowDispatch({
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
;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/message.ts
/** The longest log excerpt we send: enough to see what happened, small enough for Slack's 3,000-char blocks. */
const LOG_EXCERPT_MAX = 2_000;
function preparePayload(message, redact, max = LOG_EXCERPT_MAX) {
    const clean = (text) => redact(text ?? '');
    return {
        run_id: clean(message.run_id),
        task: clean(message.task),
        status: clean(message.status),
        outputs_uri: clean(message.outputs_uri),
        log_excerpt: lastLines(clean(message.log_excerpt), max),
        trace_id: clean(message.trace_id),
        title: clean(message.title),
    };
}
/** The end of `text` within `max` characters, cut at a line start when one is near, marked when cut. */
function lastLines(text, max = LOG_EXCERPT_MAX) {
    if (text.length <= max)
        return text;
    const marker = '…\n';
    let tail = text.slice(text.length - (max - marker.length));
    const newline = tail.indexOf('\n');
    // Drop the partial first line unless that would throw most of the excerpt away.
    if (newline !== -1 && newline < tail.length / 2)
        tail = tail.slice(newline + 1);
    return marker + tail;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/local/notify-file.ts
// The embedded default notifier: one JSON line per notification appended to
// <stateDir>/notifications.jsonl, redacted like any other target. One short
// append per line (O_APPEND), so concurrent writers do not interleave lines.




const NOTIFICATIONS_FILE = 'notifications.jsonl';
class FileNotifier {
    options;
    path;
    constructor(options) {
        this.options = options;
        this.path = (0,external_node_path_.join)(options.stateDir, NOTIFICATIONS_FILE);
    }
    async notify(message) {
        const redact = this.options.redact ?? ((text) => text);
        try {
            const at = (this.options.now ?? (() => new Date()))().toISOString();
            const line = JSON.stringify({ at, ...preparePayload(message, redact) });
            await (0,promises_.mkdir)(this.options.stateDir, { recursive: true });
            await (0,promises_.appendFile)(this.path, `${line}\n`, 'utf8');
            return { delivered: true };
        }
        catch (error) {
            return { delivered: false, error: redact(`notifications file ${this.path}: ${(0,errors/* errorMessage */.gJ)(error)}`) };
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/adapters/local/runs-jsonl.ts
var runs_jsonl = __webpack_require__(213);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/variables-json.ts
var variables_json = __webpack_require__(1526);
;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/multi-notifier.ts
// Several notifiers as one: every target is tried (in parallel); delivered
// when all of them delivered, with the failures listed otherwise. A member
// that breaks the never-throw promise is caught here too.

class MultiNotifier {
    notifiers;
    redact;
    constructor(notifiers, 
    /** Applied to the message of a member that threw (members redact their own errors). */
    redact = (text) => text) {
        this.notifiers = notifiers;
        this.redact = redact;
    }
    async notify(message) {
        const results = await Promise.all(this.notifiers.map(async (notifier) => {
            try {
                return await notifier.notify(message);
            }
            catch (error) {
                return { delivered: false, error: this.redact((0,errors/* errorMessage */.gJ)(error)) };
            }
        }));
        const failures = results.filter((result) => !result.delivered).map((result) => result.error ?? 'not delivered');
        if (failures.length === 0)
            return { delivered: true };
        return {
            delivered: false,
            error: `${failures.length} of ${results.length} notification targets failed: ${failures.join('; ')}`,
        };
    }
}

// EXTERNAL MODULE: ./packages/core/src/util/http-retry.ts
var http_retry = __webpack_require__(4735);
;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/post-json.ts
// POST a JSON body with bounded retries of 429/5xx and network errors,
// honouring Retry-After. Never throws: a notification that cannot be
// delivered is reported, never allowed to fail the run. Messages never carry
// the URL (a Slack webhook URL is itself the secret).


async function postJson(service, url, body, headers, redact, options = {}) {
    const doFetch = options.fetch ?? globalThis.fetch;
    const sleep = options.sleep ?? http_retry/* realSleep */.uk;
    const maxRetries = options.maxRetries ?? 3;
    let payload;
    try {
        payload = JSON.stringify(body);
    }
    catch (error) {
        return { delivered: false, error: `${service}: cannot encode the message: ${(0,errors/* errorMessage */.gJ)(error)}`, attempts: 0 };
    }
    let problem = '';
    let tries = 0;
    for (let attempt = 0;; attempt++) {
        tries = attempt + 1;
        let retryHeaders;
        try {
            const response = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...headers },
                body: payload,
                signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
            });
            const text = (await response.text()).trim();
            if (response.ok)
                return { delivered: true, attempts: tries };
            // Redacted before it is cut: a cut could split a secret the server quoted.
            problem = `answered ${response.status}${text ? ` ${excerpt(redact(text))}` : ''}`;
            if (!(0,http_retry/* isRetryableStatus */.PS)(response.status))
                break;
            retryHeaders = response.headers;
        }
        catch (error) {
            problem = `cannot be reached: ${describe(error)}`;
        }
        if (attempt >= maxRetries)
            break;
        const now = options.now ? options.now() : new Date();
        await sleep((0,http_retry/* retryWaitMs */.Ko)(attempt, retryHeaders, now, options.random ?? Math.random));
    }
    return { delivered: false, error: redact(`${service} ${problem}`), attempts: tries };
}
function describe(error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return 'timed out';
    const cause = error instanceof Error ? error.cause : undefined;
    const code = typeof cause === 'object' && cause !== null ? cause.code : undefined;
    return typeof code === 'string' ? code : (0,errors/* errorMessage */.gJ)(error);
}
function excerpt(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/slack-notifier.ts
// Slack incoming webhook: POST {text, blocks} as JSON. Slack answers 200 "ok",
// or a plain-text error code (400 invalid_payload, 403 action_prohibited,
// 404 channel_not_found / no_service, 410 channel_is_archived, 429 with
// Retry-After, 500 rollup_error); 429 and 5xx are retried.



const SLACK_SECTION_MAX = 3_000;
const STATUS_EMOJI = {
    success: ':white_check_mark:',
    ok: ':white_check_mark:',
    published: ':white_check_mark:',
    failure: ':x:',
    failed: ':x:',
    error: ':x:',
    warning: ':warning:',
    paused: ':double_vertical_bar:',
};
class SlackNotifier {
    options;
    constructor(options) {
        this.options = options;
    }
    async notify(message) {
        try {
            const body = slackMessage(preparePayload(message, this.options.redact));
            const result = await postJson('Slack', this.options.webhookUrl, body, {}, this.options.redact, this.options);
            return result.delivered ? { delivered: true } : { delivered: false, error: result.error };
        }
        catch (error) {
            return { delivered: false, error: this.options.redact(`Slack: ${(0,errors/* errorMessage */.gJ)(error)}`) };
        }
    }
}
/** The Slack message: `text` is the fallback shown in notifications, `blocks` the layout. */
function slackMessage(payload) {
    const emoji = STATUS_EMOJI[payload.status.toLowerCase()] ?? ':information_source:';
    const headline = `${emoji} *${escapeMrkdwn(payload.task)}* ${escapeMrkdwn(payload.status)}: ${escapeMrkdwn(payload.title)}`;
    const facts = [`run ${escapeMrkdwn(payload.run_id)}`];
    if (payload.trace_id)
        facts.push(`trace ${escapeMrkdwn(payload.trace_id)}`);
    if (/^https?:\/\//.test(payload.outputs_uri))
        facts.push(`<${payload.outputs_uri.replace(/[<>|]/g, '')}|outputs>`);
    else if (payload.outputs_uri)
        facts.push(`outputs ${escapeMrkdwn(payload.outputs_uri)}`);
    const blocks = [
        { type: 'section', text: { type: 'mrkdwn', text: headline } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: facts.join(' · ') }] },
    ];
    if (payload.log_excerpt.trim()) {
        // Triple backticks inside the excerpt would end the code block early; escaping
        // can grow the text, and a section's text may not exceed 3,000 characters.
        const log = lastLines(escapeMrkdwn(payload.log_excerpt.replace(/```/g, "'''")), SLACK_SECTION_MAX - 10);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${log}\`\`\`` } });
    }
    // The fallback text is read as mrkdwn too, so it is escaped like the blocks.
    const text = escapeMrkdwn(`${payload.task} ${payload.status}: ${payload.title} (run ${payload.run_id})`);
    return { text, blocks };
}
/** Slack's mrkdwn control characters (&, <, >) must be escaped in text we did not write. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/notify/webhook-notifier.ts
// A generic JSON webhook (an email relay, a chat bridge, a Zap): POST the
// notification as `{run_id, task, status, outputs_uri, log_excerpt, trace_id, title}`.
// Any 2xx is delivered; 429/5xx are retried.



class WebhookNotifier {
    options;
    constructor(options) {
        this.options = options;
    }
    async notify(message) {
        try {
            const payload = preparePayload(message, this.options.redact);
            const { url, headers = {}, redact } = this.options;
            const result = await postJson('webhook', url, payload, headers, redact, this.options);
            return result.delivered ? { delivered: true } : { delivered: false, error: result.error };
        }
        catch (error) {
            return { delivered: false, error: this.options.redact(`webhook: ${(0,errors/* errorMessage */.gJ)(error)}`) };
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/wiring/github-options.ts
var github_options = __webpack_require__(18);
;// CONCATENATED MODULE: ./packages/core/src/wiring/control-plane.ts
// Builds the control-plane adapters: on GitHub (a token and a repository)
// or local files under the state folder (the embedded default), plus the
// notifiers. The heartbeat source is in heartbeat-source.ts.













// Where they used to live: the tests and the CLI import them from here.


function buildNotifier(config, ctx, includeFile) {
    const targets = [];
    if (includeFile)
        targets.push(new FileNotifier({ stateDir: ctx.paths.root, redact: ctx.redact }));
    if (config.slackWebhookUrl)
        targets.push(new SlackNotifier({
            webhookUrl: config.slackWebhookUrl,
            redact: ctx.redact,
            timeoutMs: config.requestTimeout * 1000,
        }));
    if (config.notifyWebhookUrl) {
        targets.push(new WebhookNotifier({
            url: config.notifyWebhookUrl,
            redact: ctx.redact,
            timeoutMs: config.requestTimeout * 1000,
        }));
    }
    return new MultiNotifier(targets, ctx.redact);
}
function buildControlPlane(config, ctx, where) {
    if (where === 'local') {
        return {
            vars: new variables_json/* JsonVariableStore */.y4({ stateDir: ctx.paths.root }),
            runs: new runs_jsonl/* JsonlRunHistory */.w({ stateDir: ctx.paths.root, log: ctx.log }),
            incidents: new DirIncidentTracker({ stateDir: ctx.paths.root, redact: ctx.redact }),
            decisions: new JsonDecisionLog({ path: ctx.paths.decisionLog }),
            notifier: buildNotifier(config, ctx, true),
            where,
        };
    }
    const github = (0,github_options/* gitHubOptions */.u)(config, ctx);
    return {
        vars: new variables/* GitHubVariableStore */.H(github),
        runs: new GitHubRunHistory(github),
        incidents: new GitHubIncidentTracker({ ...github, redact: ctx.redact }),
        // On the state branch, never the default branch (rulesets protect it).
        decisions: new GitHubDecisionLog({ ...github, branch: config.stateBranch, path: config.decisionLogPath }),
        notifier: buildNotifier(config, ctx, false),
        dispatcher: new GitHubDispatcher(github),
        where,
    };
}


/***/ })

};

export const id = 484;
export const ids = [484];
export const modules = {

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BQ: () => (/* binding */ gitHubContext)
});

// UNUSED EXPORTS: DEFAULT_REF, DEFAULT_WORKFLOW_FILE, createGitHubClient, gitHubRequestCount

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(856);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(698);
;// CONCATENATED MODULE: ./packages/core/src/util/abort.ts
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
const runScope = new external_node_async_hooks_.AsyncLocalStorage();
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

;// CONCATENATED MODULE: ./packages/core/src/util/http-fetch.ts
/** A fetch Response, as far as Octokit reads one. */
class HttpFetchResponse {
    status;
    statusText;
    url;
    bytes;
    redirected;
    ok;
    headers;
    constructor(status, statusText, url, headers, bytes, redirected) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.bytes = bytes;
        this.redirected = redirected;
        this.ok = status >= 200 && status < 300;
        this.headers = new HttpFetchHeaders(headers);
    }
    async text() {
        return this.bytes.toString('utf8');
    }
    async json() {
        return JSON.parse(this.bytes.toString('utf8'));
    }
    async arrayBuffer() {
        return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
    }
}
/** Response headers: lower-case names, repeated values joined with ", " (set-cookie aside, as fetch). */
class HttpFetchHeaders {
    map = new Map();
    constructor(headers) {
        for (const [name, value] of Object.entries(headers)) {
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
    entries() {
        return this.map.entries();
    }
    forEach(each) {
        for (const [name, value] of this.map)
            each(value, name);
    }
}
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
let http;
let https;
/** node:http or node:https, loaded on first use (a run that never calls out loads neither). */
async function libFor(url) {
    if (url.protocol === 'https:') {
        https ??= (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 708, 23)));
        return https;
    }
    if (url.protocol === 'http:') {
        http ??= await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 67, 23));
        return http;
    }
    throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
}
function networkError(cause) {
    return new TypeError('fetch failed', { cause });
}
/** One request and its whole body; no redirect handling. */
async function once(url, init, signal) {
    const lib = await libFor(url);
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            reject(error);
        };
        const onAbort = () => {
            request.destroy();
            fail(signal?.reason);
        };
        const request = lib.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} });
        request.on('error', (error) => fail(signal?.aborted ? signal.reason : networkError(error)));
        request.on('response', (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', (error) => fail(signal?.aborted ? signal.reason : networkError(error)));
            response.on('end', () => {
                if (settled)
                    return;
                settled = true;
                signal?.removeEventListener('abort', onAbort);
                const status = response.statusCode ?? 0;
                resolve(new HttpFetchResponse(status, response.statusMessage ?? '', url.href, response.headers, Buffer.concat(chunks), false));
            });
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        if (init.body != null)
            request.write(init.body);
        request.end();
    });
}
/** fetch(url, init) for Octokit: see the comment at the top of this file. */
async function httpFetch(input, init = {}) {
    const signal = init.signal ?? undefined;
    let url = new URL(String(input));
    let current = { ...init, headers: { ...init.headers } };
    for (let hop = 0;; hop++) {
        const response = await once(url, current, signal);
        const location = response.headers.get('location');
        if (!REDIRECTS.has(response.status) || location === null || current.redirect === 'manual') {
            return hop === 0
                ? response
                : new HttpFetchResponse(response.status, response.statusText, url.href, Object.fromEntries(response.headers), Buffer.from(await response.arrayBuffer()), true);
        }
        if (current.redirect === 'error')
            throw networkError(new Error(`unexpected redirect to ${location}`));
        if (hop >= MAX_REDIRECTS)
            throw networkError(new Error(`more than ${MAX_REDIRECTS} redirects`));
        const next = new URL(location, url);
        const method = (current.method ?? 'GET').toUpperCase();
        const toGet = response.status === 303 ? method !== 'HEAD' : [301, 302].includes(response.status) && method === 'POST';
        const headers = { ...current.headers };
        if (next.origin !== url.origin) {
            for (const name of Object.keys(headers))
                if (name.toLowerCase() === 'authorization')
                    delete headers[name];
        }
        if (toGet) {
            for (const name of Object.keys(headers)) {
                if (['content-type', 'content-length'].includes(name.toLowerCase()))
                    delete headers[name];
            }
        }
        current = { ...current, headers, ...(toGet ? { method: 'GET', body: null } : {}) };
        url = next;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/client.ts
// One configured Octokit for every GitHub adapter: the retry plugin retries
// 5xx answers of idempotent requests, the throttling plugin waits out rate limits (403 with
// x-ratelimit-remaining: 0, or a secondary limit with retry-after) — both a
// bounded number of times, each retry logged as a warning.
// @octokit/core with the plugins we use, not @octokit/rest: its method map
// (~100 kB) is most of what an action would load at start (issue 12); the
// adapters call `client.request('GET /repos/{owner}/{repo}/…')`, as typed.






let requestsSent = 0;
/** GitHub requests this process has sent, retries included (the supervisor's job summary reports it). */
function gitHubRequestCount() {
    return requestsSent;
}
// Listed before retry, so its hook sits inside the retry's: every attempt counts.
const countRequests = (octokit) => {
    octokit.hook.before('request', () => {
        requestsSent += 1;
    });
    return {};
};
const GitHubOctokit = dist_src/* Octokit */.E.plugin(countRequests, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const DEFAULT_WORKFLOW_FILE = 'publish.yml';
const DEFAULT_REF = 'main';
/**
 * A stand-in for a Bottleneck group that runs jobs at once: the throttling
 * plugin accepts any object with `key(id).schedule(options, fn, ...args)`,
 * and bottleneck itself is not one of our direct dependencies.
 */
const immediateGroup = {
    key: () => ({
        schedule: (_options, job, ...args) => Promise.resolve(job(...args)),
    }),
};
function createGitHubClient(options) {
    const retries = options.retries ?? 3;
    const baseMs = options.retryBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const log = options.log;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= retries || retryAfter > maxWait) {
            log?.warn(`GitHub ${kind} on ${what}; giving up after ${retryCount} retries (would wait ${retryAfter} s)`, {
                retry_after_s: retryAfter,
            });
            return false;
        }
        log?.warn(`GitHub ${kind} on ${what}; retry ${retryCount + 1}/${retries} in ${retryAfter} s`, {
            retry_after_s: retryAfter,
        });
        return true;
    };
    const spacing = options.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {};
    const client = new GitHubOctokit({
        auth: options.token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        userAgent: 'shopify-blog-autopilot',
        // Every request (retries included) gets its own timeout and the run's signal.
        // Over node:http rather than Node's fetch: a faster start (util/http-fetch.ts).
        request: {
            fetch: fetchWithTimeout(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, httpFetch),
        },
        log: {
            debug: (message) => log?.debug(message),
            info: (message) => log?.debug(message),
            warn: (message) => log?.warn(message),
            // Octokit's request log reports every failed request here, 404s the adapters
            // expect (no decision log yet, an unset variable) included; the error is
            // thrown to the adapter, which reports what matters. As an error it would
            // put a red annotation on a successful run.
            error: (message) => log?.debug(message),
        },
        // 403 and 429 are the throttling plugin's (rate limits); the retry plugin keeps to 5xx.
        // Not `request.retries`: set there, it forces retries of every status, 404 included.
        retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retryAfterBaseValue: baseMs },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: baseMs,
            // Cast: the duck-typed group above is all the plugin uses of a Bottleneck group.
            ...spacing,
        },
    });
    // A POST that GitHub applied may still answer 5xx or time out, and posting it
    // again duplicates its effect (two issues, two runs): the retry plugin leaves
    // POSTs alone unless a call asks (`request: { retries }`); the adapters look
    // the effect up before they post again (see post-once.ts).
    client.hook.before('request', (request) => {
        if (request.method === 'POST' && request.url !== '/graphql' && request.request?.retries == null) {
            request.request = { ...request.request, retries: 0 };
        }
    });
    return client;
}
function gitHubContext(options) {
    return {
        client: options.client ?? createGitHubClient(options),
        owner: options.owner,
        repo: options.repo,
        workflowFile: options.workflowFile ?? DEFAULT_WORKFLOW_FILE,
        ref: options.ref ?? DEFAULT_REF,
        ...(options.log ? { log: options.log } : {}),
    };
}


/***/ }),

/***/ 745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ gitHubError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export VARIABLES_WRITE_HINT */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(638);
// Turn Octokit's RequestError into our ServiceError with a message a person
// can act on: what we tried, the status, GitHub's own message, and a hint for
// the usual permission mistakes.

function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
const HINTS = {
    401: 'the token is missing, expired or revoked',
    403: 'the token lacks a permission (variables and dispatch need a fine-grained PAT or App token with Variables and Actions write; issues need Issues write; files need Contents write) or a rate limit was not waited out',
    404: 'the repository, workflow file, branch or path does not exist, or the token cannot see it',
};
/** A refused variable write names the one permission it needs. */
const VARIABLES_WRITE_HINT = 'the token may not write repository variables: give it Variables: write (fine-grained PAT) or actions_variables: write (GitHub App token; permission-actions-variables: write in actions/create-github-app-token) — GITHUB_TOKEN cannot write variables';
/** `what` names the operation, e.g. "set variable WF_ENABLED". */
function gitHubError(error, what) {
    if (error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7)
        return error;
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    const variableWrite = /^(set|create) variable /.test(what);
    const hint = status === 403 && variableWrite && !/rate limit/i.test(message)
        ? VARIABLES_WRITE_HINT
        : status !== undefined
            ? HINTS[status]
            : undefined;
    const retryable = status === undefined || status >= 500 || status === 429;
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('GitHub', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}${hint ? ` — ${hint}` : ''}`, status, retryable);
}


/***/ }),

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_HEARTBEAT_PATH: () => (/* binding */ DEFAULT_HEARTBEAT_PATH),
  GitHubHeartbeatFile: () => (/* binding */ GitHubHeartbeatFile),
  GitHubVariableHeartbeat: () => (/* binding */ GitHubVariableHeartbeat),
  HEARTBEAT_VARIABLE: () => (/* binding */ HEARTBEAT_VARIABLE)
});

// EXTERNAL MODULE: ./packages/core/src/domain/heartbeat.ts + 1 modules
var heartbeat = __webpack_require__(510);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/heartbeat-file.ts + 3 modules
var heartbeat_file = __webpack_require__(333);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/client.ts + 2 modules
var client = __webpack_require__(751);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/errors.ts
var errors = __webpack_require__(745);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(638);
;// CONCATENATED MODULE: ./packages/core/src/adapters/github/repo-file.ts
// A text file on a branch of the repository, through the contents API, with
// a compare-and-set write: a PUT carries the blob sha we read, and GitHub
// refuses it (409 "… does not match …", or 422 when the file appeared
// meanwhile) when the file changed since. `transact` reads, applies a pure
// plan, writes with the sha; on a conflict it re-reads and re-applies the
// plan to the new text, a bounded number of times with a small jittered
// backoff. So a concurrent writer (another run, a human's commit in the web
// UI) is never overwritten by a stale copy.
//
// A 5xx (or a lost answer) on the PUT may have been applied: before
// re-applying, we re-read and look for our write — the same text, or our
// commit (each carries a unique `autopilot-write:` trailer) under a newer
// one — so an append is never made twice. Octokit's own retry is off for the
// PUT for that reason.



function newRepoRequestStats() {
    return { requests: 0, reads: 0, writes: 0, conflicts: 0, uncertain: 0 };
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class GitHubRepoFile {
    ctx;
    path;
    options;
    branch;
    stats;
    /** Our last known version (read or written): a transaction may try its write on it without a read first. */
    cached;
    /** One transaction at a time in this process: concurrent items would only conflict with each other. */
    tail = Promise.resolve();
    constructor(ctx, path, options = {}) {
        this.ctx = ctx;
        this.path = path;
        this.options = options;
        this.branch = options.branch ?? ctx.ref;
        this.stats = options.stats ?? newRepoRequestStats();
    }
    /** Where the file is, for messages: `owner/repo:path@branch`. */
    get where() {
        return `${this.ctx.owner}/${this.ctx.repo}:${this.path}@${this.branch}`;
    }
    /** The file's text and sha; undefined when it or its branch does not exist. */
    async read() {
        return (await this.fetch()).version;
    }
    /**
     * Write what `next` makes of the current text (undefined when the file is
     * missing); `next` returns undefined to leave the file as it is.
     */
    async update(next, message) {
        const { changed } = await this.transact((current) => ({ text: next(current), result: undefined }), message);
        return { changed };
    }
    /**
     * Apply `plan` (pure, synchronous; it may run more than once) to the
     * current text and write the outcome with a compare-and-set.
     * `optimistic`: try the write on our last known version without reading
     * first (one request when nobody else wrote); a plan that changes nothing
     * is always confirmed on a fresh read.
     */
    transact(plan, message, options = {}) {
        const run = this.tail.then(() => this.attempts(plan, message, options.optimistic ?? false), () => this.attempts(plan, message, options.optimistic ?? false));
        this.tail = run.catch(() => undefined);
        return run;
    }
    async attempts(plan, message, optimistic) {
        const maxAttempts = this.options.maxAttempts ?? 6;
        let snapshot = optimistic ? this.cached : undefined;
        let fresh = false;
        let branchChecked = false;
        for (let attempt = 1;;) {
            if (!snapshot) {
                snapshot = await this.fetch();
                fresh = true;
            }
            const current = snapshot.version;
            const outcome = plan(current?.text);
            if (outcome.text === undefined || outcome.text === current?.text) {
                if (fresh)
                    return { changed: false, result: outcome.result };
                snapshot = undefined; // a decision to write nothing must come from a fresh read
                continue;
            }
            const writeId = (0,external_node_crypto_.randomBytes)(8).toString('hex');
            try {
                const written = await this.put(outcome.text, outcome.message ?? message, current?.sha, writeId);
                this.cached = written ? { version: written } : undefined;
                return { changed: true, result: outcome.result };
            }
            catch (error) {
                const status = (0,errors/* httpStatus */.nG)(error);
                this.cached = undefined;
                if (status === 404 && this.options.stateBranch && !branchChecked) {
                    // The branch is missing (GitHub checks it first): create it, then start over on it.
                    branchChecked = true;
                    const outcome = await this.options.stateBranch.ensure();
                    if (outcome === 'existed')
                        throw (0,errors/* gitHubError */.Mj)(error, `write ${this.where}`);
                    snapshot = undefined;
                    continue;
                }
                if (attempt >= maxAttempts) {
                    if (status === 409 || status === 422) {
                        throw new src_errors/* ServiceError */._7('GitHub', `write ${this.where}: the file changed under us ${attempt} times in a row (HTTP ${status}); gave up without writing. Nothing was overwritten; run again.`, status, true);
                    }
                    throw (0,errors/* gitHubError */.Mj)(error, `write ${this.where}`);
                }
                if (status === 409 || status === 422) {
                    this.stats.conflicts++;
                    this.ctx.log?.info(`${this.where} changed while we wrote it (HTTP ${status}); re-reading and re-applying`);
                    snapshot = undefined;
                }
                else if (status === undefined || status >= 500) {
                    this.stats.uncertain++;
                    const check = await this.landed(current, outcome.text, writeId);
                    if (check.landed) {
                        this.ctx.log?.info(`${this.where}: the write answered HTTP ${status ?? '(none)'} but it landed`);
                        return { changed: true, result: outcome.result };
                    }
                    this.ctx.log?.warn(`${this.where}: the write answered HTTP ${status ?? '(none)'} and did not land; re-applying`);
                    snapshot = check.fresh;
                    fresh = true;
                }
                else {
                    throw (0,errors/* gitHubError */.Mj)(error, `write ${this.where}`);
                }
                attempt++;
                await this.backoff(attempt);
            }
        }
    }
    /** Jittered exponential backoff: base × 2^(attempt−2) × [0.5, 1.5), at most 5 s. */
    async backoff(attempt) {
        const base = this.options.backoffMs ?? 250;
        const random = this.options.random ?? Math.random;
        const ms = Math.min(5000, base * 2 ** Math.max(0, attempt - 2) * (0.5 + random()));
        await (this.options.sleep ?? realSleep)(ms);
    }
    /** Did a write whose answer we lost land? The same text now, or our commit under a newer one. */
    async landed(base, text, writeId) {
        const fresh = await this.fetch();
        if (fresh.version?.text === text)
            return { landed: true, fresh };
        if (fresh.version?.sha === base?.sha)
            return { landed: false, fresh };
        // Moved on: ours may be under a newer commit (another writer's, after ours).
        const { client, owner, repo } = this.ctx;
        this.count('read');
        try {
            const { data } = await client.request('GET /repos/{owner}/{repo}/commits', {
                owner,
                repo,
                sha: this.branch,
                path: this.path,
                per_page: 30,
            });
            return { landed: data.some((c) => c.commit.message.includes(`autopilot-write: ${writeId}`)), fresh };
        }
        catch (error) {
            throw (0,errors/* gitHubError */.Mj)(error, `check whether our write of ${this.where} landed`);
        }
    }
    count(kind) {
        this.stats.requests++;
        if (kind === 'read')
            this.stats.reads++;
        else
            this.stats.writes++;
    }
    async fetch() {
        const { client, owner, repo } = this.ctx;
        let data;
        this.count('read');
        try {
            ({ data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path: this.path,
                ref: this.branch,
            }));
        }
        catch (error) {
            if ((0,errors/* httpStatus */.nG)(error) === 404) {
                this.cached = { version: undefined };
                return this.cached;
            }
            throw (0,errors/* gitHubError */.Mj)(error, `read ${this.where}`);
        }
        const file = data;
        if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
            throw new src_errors/* ServiceError */._7('GitHub', `${this.where} is not a file (got ${Array.isArray(data) ? 'a folder' : file.type})`);
        }
        if (file.encoding !== 'base64' || typeof file.content !== 'string') {
            // Files over 1 MB come back without content (encoding "none").
            throw new src_errors/* ServiceError */._7('GitHub', `${this.where} came back without its content (encoding ${file.encoding}): the contents API returns files up to 1 MB; move older rows to another file on the branch`);
        }
        this.cached = { version: { text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha } };
        return this.cached;
    }
    async put(text, message, sha, writeId) {
        const { client, owner, repo } = this.ctx;
        this.count('write');
        const { data } = await client.request('PUT /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path: this.path,
            branch: this.branch,
            message: `${message}\n\nautopilot-write: ${writeId}`,
            content: Buffer.from(text, 'utf8').toString('base64'),
            ...(sha ? { sha } : {}),
            // A 5xx may have been applied: we check for our write ourselves instead of resending it.
            request: { retries: 0 },
        });
        const newSha = data.content?.sha;
        return typeof newSha === 'string' ? { text, sha: newSha } : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/state-branch.ts



const DEFAULT_STATE_BRANCH = 'autopilot-state';
const README = `# autopilot state

This branch holds the state of the blog autopilot, written by its actions
through the GitHub contents API: \`queue.csv\` (the queue: edit it here, in
the web UI, on this branch), \`run_log.csv\` (append-only),
\`decision_log.json\` and \`local_heartbeat.json\`. It is kept apart from the
default branch so that branch protection and rulesets there do not stop it.
Every write is a compare-and-set on the file's sha: an edit made while the
pipeline writes is re-read, never overwritten.
`;
class StateBranch {
    ctx;
    name;
    count;
    constructor(ctx, name, 
    /** Counts each request made (for the request figures). */
    count = () => { }) {
        this.ctx = ctx;
        this.name = name;
        this.count = count;
    }
    async exists() {
        const { client, owner, repo } = this.ctx;
        this.count();
        try {
            await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${this.name}` });
            return true;
        }
        catch (error) {
            if ((0,errors/* httpStatus */.nG)(error) === 404)
                return false;
            throw (0,errors/* gitHubError */.Mj)(error, `look up branch ${this.name}`);
        }
    }
    /** Make sure the branch exists; a concurrent creator's "Reference already exists" counts as done. */
    async ensure() {
        if (await this.exists())
            return 'existed';
        const { client, owner, repo } = this.ctx;
        const what = `create the state branch ${this.name} in ${owner}/${repo}`;
        try {
            this.count();
            const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
                owner,
                repo,
                tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: README }],
            });
            this.count();
            const commit = await client.request('POST /repos/{owner}/{repo}/git/commits', {
                owner,
                repo,
                message: `chore(autopilot): start the state branch ${this.name} [skip ci]`,
                tree: tree.data.sha,
                parents: [],
            });
            this.count();
            await client.request('POST /repos/{owner}/{repo}/git/refs', {
                owner,
                repo,
                ref: `refs/heads/${this.name}`,
                sha: commit.data.sha,
            });
            this.ctx.log?.notice(`created the state branch ${this.name} (an orphan branch holding only the state files)`);
            return 'created';
        }
        catch (error) {
            if ((0,errors/* httpStatus */.nG)(error) === 422 && (await this.exists()))
                return 'created-by-another';
            throw (0,errors/* gitHubError */.Mj)(error, what);
        }
    }
}
/** A repository file on the state branch, with the branch created on the first write. */
function stateFile(options, defaultPath) {
    const ctx = (0,client/* gitHubContext */.BQ)({ ...options, log: options.log ?? options.logger });
    const branch = options.branch ?? DEFAULT_STATE_BRANCH;
    const stats = options.file?.stats ?? newRepoRequestStats();
    return new GitHubRepoFile(ctx, options.path ?? defaultPath, {
        ...options.file,
        branch,
        stats,
        stateBranch: new StateBranch(ctx, branch, () => stats.requests++),
    });
}

// EXTERNAL MODULE: ./packages/core/src/adapters/github/post-once.ts
var post_once = __webpack_require__(96);
;// CONCATENATED MODULE: ./packages/core/src/adapters/github/variables.ts



/** The list endpoint's largest page. */
const PER_PAGE = 30;
class GitHubVariableStore {
    ctx;
    waitMs;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
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
            if ((0,errors/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw (0,errors/* gitHubError */.Mj)(error, `read variable ${name}`);
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
            throw (0,errors/* gitHubError */.Mj)(error, `read variables ${names.join(', ')}`);
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
            if ((0,errors/* httpStatus */.nG)(error) !== 404)
                throw (0,errors/* gitHubError */.Mj)(error, `set variable ${name}`);
        }
        try {
            await (0,post_once/* postOnce */.y)({
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
            throw (0,errors/* gitHubError */.Mj)(error, `create variable ${name}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/heartbeat.ts
// The heartbeat on GitHub: as `local_heartbeat.json` on the state branch,
// written through the contents API (GitHubHeartbeatFile: heartbeat-source
// `branch`), or as the LOCAL_HEARTBEAT repository variable whose value is the
// heartbeat's JSON (GitHubVariableHeartbeat).





const DEFAULT_HEARTBEAT_PATH = 'local_heartbeat.json';
const HEARTBEAT_VARIABLE = 'LOCAL_HEARTBEAT';
/** A source failure that is not the heartbeat's fault (network, permissions) reads as unreachable. */
function unreachable(error, source) {
    return { ok: false, reason: 'unreachable', detail: error.message ?? String(error), source };
}
class GitHubHeartbeatFile {
    file;
    /** On the state branch (`branch`, default autopilot-state), created on the first write. */
    constructor(options) {
        this.file = stateFile(options, DEFAULT_HEARTBEAT_PATH);
    }
    get where() {
        return this.file.where;
    }
    async read() {
        const source = `repository file ${this.file.where}`;
        try {
            const current = await this.file.read();
            if (!current)
                return { ok: false, reason: 'missing', detail: 'the file does not exist on the branch', source };
            return (0,heartbeat/* parseHeartbeat */.CW)(current.text, source);
        }
        catch (error) {
            return unreachable(error, source);
        }
    }
    /** `[skip ci]`: a heartbeat commit every few minutes must not start push workflows. */
    async write(heartbeat) {
        // One writer (the local runner) renews it: try the write on the version we last wrote, one request.
        await this.file.transact(() => ({ text: (0,heartbeat_file/* formatHeartbeat */.c)(heartbeat), result: undefined }), `chore(autopilot): heartbeat ${heartbeat.owner} ${heartbeat.iso} [skip ci]`, { optimistic: true });
    }
}
class GitHubVariableHeartbeat {
    ctx;
    variables;
    name;
    constructor(options) {
        this.ctx = (0,client/* gitHubContext */.BQ)(options);
        this.variables = new GitHubVariableStore({ ...options, client: this.ctx.client });
        this.name = options.name ?? HEARTBEAT_VARIABLE;
    }
    async read() {
        const source = `repository variable ${this.name} of ${this.ctx.owner}/${this.ctx.repo}`;
        try {
            const value = await this.variables.get(this.name);
            if (value === undefined)
                return { ok: false, reason: 'missing', detail: 'the variable does not exist', source };
            return (0,heartbeat/* parseHeartbeat */.CW)(value, source);
        }
        catch (error) {
            return unreachable(error, source);
        }
    }
    async write(heartbeat) {
        // One line: variable values are shown in the settings UI and in `vars` as is.
        await this.variables.set(this.name, JSON.stringify(JSON.parse((0,heartbeat_file/* formatHeartbeat */.c)(heartbeat))));
    }
}


/***/ }),

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ postOnce)
/* harmony export */ });
/* unused harmony export mayHaveApplied */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(745);

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


/***/ })

};

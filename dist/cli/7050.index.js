export const id = 7050;
export const ids = [7050,261];
export const modules = {

/***/ 1174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BQ: () => (/* binding */ gitHubContext)
});

// UNUSED EXPORTS: DEFAULT_REF, DEFAULT_WORKFLOW_FILE, createGitHubClient, gitHubRequestCount

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/core/src/util/abort.ts
var abort = __webpack_require__(2332);
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
        https ??= (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)));
        return https;
    }
    if (url.protocol === 'http:') {
        http ??= await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23));
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
            fetch: (0,abort/* fetchWithTimeout */.u9)(options.requestTimeoutMs ?? abort/* DEFAULT_REQUEST_TIMEOUT_MS */.Zc, httpFetch),
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

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ gitHubError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export VARIABLES_WRITE_HINT */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
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

/***/ 261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubRepoFile: () => (/* binding */ GitHubRepoFile),
/* harmony export */   newRepoRequestStats: () => (/* binding */ newRepoRequestStats)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6745);
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
            const writeId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex');
            try {
                const written = await this.put(outcome.text, outcome.message ?? message, current?.sha, writeId);
                this.cached = written ? { version: written } : undefined;
                return { changed: true, result: outcome.result };
            }
            catch (error) {
                const status = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
                this.cached = undefined;
                if (status === 404 && this.options.stateBranch && !branchChecked) {
                    // The branch is missing (GitHub checks it first): create it, then start over on it.
                    branchChecked = true;
                    const outcome = await this.options.stateBranch.ensure();
                    if (outcome === 'existed')
                        throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `write ${this.where}`);
                    snapshot = undefined;
                    continue;
                }
                if (attempt >= maxAttempts) {
                    if (status === 409 || status === 422) {
                        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('GitHub', `write ${this.where}: the file changed under us ${attempt} times in a row (HTTP ${status}); gave up without writing. Nothing was overwritten; run again.`, status, true);
                    }
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `write ${this.where}`);
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
                    throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `write ${this.where}`);
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
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `check whether our write of ${this.where} landed`);
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
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404) {
                this.cached = { version: undefined };
                return this.cached;
            }
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .gitHubError */ .Mj)(error, `read ${this.where}`);
        }
        const file = data;
        if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('GitHub', `${this.where} is not a file (got ${Array.isArray(data) ? 'a folder' : file.type})`);
        }
        if (file.encoding !== 'base64' || typeof file.content !== 'string') {
            // Files over 1 MB come back without content (encoding "none").
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('GitHub', `${this.where} came back without its content (encoding ${file.encoding}): the contents API returns files up to 1 MB; move older rows to another file on the branch`);
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


/***/ }),

/***/ 7050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ stateFile)
/* harmony export */ });
/* unused harmony exports DEFAULT_STATE_BRANCH, StateBranch */
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1174);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6745);
/* harmony import */ var _repo_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(261);



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
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 404)
                return false;
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(error, `look up branch ${this.name}`);
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
            if ((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error) === 422 && (await this.exists()))
                return 'created-by-another';
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(error, what);
        }
    }
}
/** A repository file on the state branch, with the branch created on the first write. */
function stateFile(options, defaultPath) {
    const ctx = (0,_client__WEBPACK_IMPORTED_MODULE_1__/* .gitHubContext */ .BQ)({ ...options, log: options.log ?? options.logger });
    const branch = options.branch ?? DEFAULT_STATE_BRANCH;
    const stats = options.file?.stats ?? (0,_repo_file__WEBPACK_IMPORTED_MODULE_2__.newRepoRequestStats)();
    return new _repo_file__WEBPACK_IMPORTED_MODULE_2__.GitHubRepoFile(ctx, options.path ?? defaultPath, {
        ...options.file,
        branch,
        stats,
        stateBranch: new StateBranch(ctx, branch, () => stats.requests++),
    });
}


/***/ })

};

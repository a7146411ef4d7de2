export const id = 778;
export const ids = [778];
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

/***/ 778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubIncidentTracker: () => (/* binding */ GitHubIncidentTracker)
});

// EXTERNAL MODULE: ./packages/core/src/domain/incident.ts
var incident = __webpack_require__(98);
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

// EXTERNAL MODULE: ./packages/core/src/adapters/github/client.ts + 2 modules
var client = __webpack_require__(751);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/errors.ts
var errors = __webpack_require__(745);
// EXTERNAL MODULE: ./packages/core/src/adapters/github/post-once.ts
var post_once = __webpack_require__(96);
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
            throw (0,errors/* gitHubError */.Mj)(error, `find incident ${key}`);
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
            throw (0,errors/* gitHubError */.Mj)(error, `list ${state} incidents`);
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
            throw (0,errors/* gitHubError */.Mj)(error, `open incident ${input.key}`);
        }
    }
    async comment(incident, body) {
        try {
            const at = await this.postComment(incident, body);
            return { ...incident, last_comment_at: at, updated_at: at };
        }
        catch (error) {
            throw (0,errors/* gitHubError */.Mj)(error, `comment on incident ${incident.key} (#${incident.id})`);
        }
    }
    async reopen(incident, body) {
        try {
            const reopened = await this.setState(incident, 'open');
            const at = await this.postComment(incident, body);
            return { ...reopened, last_comment_at: at, updated_at: at };
        }
        catch (error) {
            throw (0,errors/* gitHubError */.Mj)(error, `reopen incident ${incident.key} (#${incident.id})`);
        }
    }
    /** Comment first, so the closing comment is the last word on the issue. */
    async close(incident, body) {
        try {
            const at = await this.postComment(incident, body);
            return { ...(await this.setState(incident, 'closed')), last_comment_at: at };
        }
        catch (error) {
            throw (0,errors/* gitHubError */.Mj)(error, `close incident ${incident.key} (#${incident.id})`);
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

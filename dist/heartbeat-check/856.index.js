export const id = 856;
export const ids = [856];
export const modules = {

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BQ: () => (/* binding */ gitHubContext)
});

// UNUSED EXPORTS: DEFAULT_REF, DEFAULT_WORKFLOW_FILE, createGitHubClient, gitHubRequestCount

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(475);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(988);
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

;// CONCATENATED MODULE: ./packages/core/src/adapters/github/client.ts
// One configured Octokit for every GitHub adapter: the retry plugin retries
// 5xx answers of idempotent requests, the throttling plugin waits out rate limits (403 with
// x-ratelimit-remaining: 0, or a secondary limit with retry-after) — both a
// bounded number of times, each retry logged as a warning.




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
const GitHubOctokit = dist_src/* Octokit */.E.plugin(countRequests, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
        request: { fetch: fetchWithTimeout(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
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

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubIncidentTracker: () => (/* binding */ GitHubIncidentTracker)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(691);
// EXTERNAL MODULE: ./packages/core/src/domain/incident.ts
var incident = __webpack_require__(98);
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
        this.dir = join(options.stateDir, 'incidents');
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
        await mkdir(this.dir, { recursive: true });
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
        return join(this.dir, `${id}.json`);
    }
    async change(incident, edit) {
        const path = this.path(incident.id);
        return withFileLock(path, {}, async () => {
            const file = await this.readFile(path);
            if (!file)
                throw new UserError(`incident ${incident.id} (${incident.key}) not found: ${path} does not exist`);
            const at = this.now().toISOString();
            edit(file, at);
            file.updated_at = at;
            await writeJsonFile(path, file);
            return toIncident(file);
        });
    }
    /**
     * Create the file only if the id is free: write a temp file, then hard-link
     * it to the final name — link fails when the name exists, and a reader
     * never sees a half-written file (unlike open with 'wx' and then write).
     */
    async createExclusive(id, file) {
        const temp = join(this.dir, `.${id}.${randomBytes(4).toString('hex')}.tmp`);
        await writeFile(temp, `${JSON.stringify(file, null, 2)}\n`);
        try {
            await link(temp, this.path(id));
            return true;
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
        finally {
            await rm(temp, { force: true });
        }
    }
    async ids() {
        let names;
        try {
            names = await readdir(this.dir);
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
        const text = await readTextIfExists(path);
        if (text === undefined)
            return undefined;
        const parsed = fileSchema.safeParse(parseJsonText(text, path, 'an incident object'));
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new UserError(`${path}: field "${issue?.path.join('.')}" ${issue?.message}; fix or delete the file`);
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

// EXTERNAL MODULE: ./packages/core/src/adapters/github/client.ts + 1 modules
var client = __webpack_require__(157);
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
                const incident = incidents_toIncident(issue, key);
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
                    found.push(incidents_toIncident(issue, key));
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

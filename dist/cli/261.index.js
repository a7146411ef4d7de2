export const id = 261;
export const ids = [261];
export const modules = {

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


/***/ })

};

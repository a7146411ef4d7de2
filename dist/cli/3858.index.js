export const id = 3858;
export const ids = [3858];
export const modules = {

/***/ 3332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a1: () => (/* binding */ claimedFrom),
/* harmony export */   bU: () => (/* binding */ leaseTimeText),
/* harmony export */   fH: () => (/* binding */ claimedForFirstPublication),
/* harmony export */   j6: () => (/* binding */ leaseUntilCell),
/* harmony export */   sB: () => (/* binding */ withLeaseTime)
/* harmony export */ });
/** The claimable states a row can be claimed from besides PENDING (eligibility.ts): the ones the mark names. */
const MARKED = new Set(['APPROVED', 'AWAITING_APPROVAL', 'SCHEDULED', 'UPDATE']);
/** Claimed for its first publication: a live article found on recovery is this item's, published by the dead run. */
const FIRST_PUBLICATION = new Set([
    'PENDING',
    'APPROVED',
    'AWAITING_APPROVAL',
    'SCHEDULED',
]);
const MARK = /\s*\(from ([A-Za-z_]+)\)\s*$/;
/** The lease_until cell of a claim: the time, and the state it was claimed from unless PENDING. */
function leaseUntilCell(until, from) {
    const time = until.toISOString();
    return MARKED.has(from) ? `${time} (from ${from})` : time;
}
/** The time part of a lease_until cell (the cell without its mark). */
function leaseTimeText(cell) {
    return cell.replace(MARK, '').trim();
}
/** The cell with its time replaced and its mark kept (a renewed or shortened lease is the same claim). */
function withLeaseTime(cell, until) {
    const mark = MARK.exec(cell)?.[1]?.toUpperCase();
    return leaseUntilCell(until, mark && MARKED.has(mark) ? mark : 'PENDING');
}
/**
 * The state the row's current claim was taken from, read from its lease —
 * the state an expired lease returns the row to: PENDING when the lease has
 * no (known) mark (a claim from PENDING, or one written before the mark).
 */
function claimedFrom(row) {
    const mark = MARK.exec(row.lease_until)?.[1]?.toUpperCase();
    return mark && MARKED.has(mark) ? mark : 'PENDING';
}
/**
 * Whether a live article found for the row may be taken as this claim's work
 * done (written PUBLISHED without redoing it): only for a first publication.
 * An UPDATE's article was live before the claim, so it proves nothing.
 */
function claimedForFirstPublication(row) {
    return FIRST_PUBLICATION.has(claimedFrom(row));
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
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3332);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9785);
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
// A frozen row (the CSV store shares unchanged rows between reads, frozen)
// cannot change: its parse is kept by the object itself, per time zone, and
// a claim over 10,000 unchanged rows builds no content key at all.
const byFrozenRow = new WeakMap();
/** A queue row, checked and typed (from the memo when a row of the same cells was parsed). */
function parseQueueRow(row, options = {}) {
    const frozen = Object.isFrozen(row);
    if (frozen) {
        const known = byFrozenRow.get(row);
        if (known && known.timeZone === options.timeZone)
            return known.result;
    }
    const result = parseByContent(row, options);
    if (frozen)
        byFrozenRow.set(row, { timeZone: options.timeZone, result });
    return result;
}
function parseByContent(row, options) {
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
        // A lease may carry the state it was claimed from after its time (claimed-from.ts).
        const text = field === 'lease_until' ? (0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .leaseTimeText */ .bU)(row[field]) : row[field];
        times[field] = (0,_time__WEBPACK_IMPORTED_MODULE_2__/* .parseQueueTime */ .KN)(text, field === 'publish_at' ? options.timeZone : undefined);
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
    // Asked on every claim of every row: one pass that allocates only for ids
    // that are used twice (nearly never), then the problems of those alone.
    const firstRow = new Map();
    const shared = new Map();
    for (const row of rows) {
        const id = row.id.trim();
        if (!id)
            continue;
        const first = firstRow.get(id);
        if (first === undefined)
            firstRow.set(id, row.row);
        else
            shared.set(id, [...(shared.get(id) ?? [first]), row.row]);
    }
    if (shared.size === 0)
        return [];
    const problems = [];
    for (const row of rows) {
        const id = row.id.trim();
        const all = shared.get(id);
        if (!id || !all)
            continue;
        const others = all.filter((r) => r !== row.row);
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

/***/ 1733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ buildNotifier)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
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

;// CONCATENATED MODULE: ./packages/core/src/wiring/notifier.ts
// The notifiers a run reports through: the state folder's notifications file
// (local runs), Slack and a generic webhook when configured.




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


/***/ })

};

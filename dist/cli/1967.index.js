export const id = 1967;
export const ids = [1967];
export const modules = {

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ formatHeartbeat),
/* harmony export */   f: () => (/* binding */ FileHeartbeat)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_heartbeat__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5066);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _atomic_write__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4527);
/* harmony import */ var _json_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8265);
// The heartbeat as a file (default <stateDir>/local_heartbeat.json): the
// local runner writes it, heartbeat-check reads it. Parsing and validation
// are the domain's (parseHeartbeat), so every source reports alike.





/** The heartbeat as written everywhere: fixed key order, optional keys only when set. */
function formatHeartbeat(heartbeat) {
    const { timestamp, iso, owner, mode, expires_at, released } = heartbeat;
    return (0,_json_file__WEBPACK_IMPORTED_MODULE_1__/* .formatJson */ .IB)({
        timestamp,
        iso,
        owner,
        mode,
        ...(expires_at !== undefined ? { expires_at } : {}),
        ...(released !== undefined ? { released } : {}),
    });
}
class FileHeartbeat {
    path;
    /** `path` wins; else `<stateDir>/local_heartbeat.json`. */
    constructor(options) {
        const path = options.path ?? (options.stateDir !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.stateDir, 'local_heartbeat.json') : undefined);
        if (!path)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('FileHeartbeat needs a path or a stateDir');
        this.path = path;
    }
    async read() {
        const source = `file ${this.path}`;
        let text;
        try {
            text = await (0,_json_file__WEBPACK_IMPORTED_MODULE_1__/* .readTextIfExists */ .TP)(this.path);
        }
        catch (error) {
            return { ok: false, reason: 'unreachable', detail: `cannot read the file (${error.message})`, source };
        }
        if (text === undefined)
            return { ok: false, reason: 'missing', detail: 'the file does not exist', source };
        return (0,_domain_heartbeat__WEBPACK_IMPORTED_MODULE_3__/* .parseHeartbeat */ .CW)(text, source);
    }
    async write(heartbeat) {
        await (0,_atomic_write__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(this.path, formatHeartbeat(heartbeat));
    }
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ parseHeartbeat),
/* harmony export */   Hv: () => (/* binding */ classifyHeartbeat),
/* harmony export */   SC: () => (/* binding */ staleAlert),
/* harmony export */   Y2: () => (/* binding */ DEFAULT_HEARTBEAT_THRESHOLDS)
/* harmony export */ });
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6388);
// The heartbeat rules: parse what the local runner wrote, classify it by age
// against a clock passed in, and decide whether the stale-heartbeat incident
// should open or resolve. Pure: no clock reads, no I/O.

const DEFAULT_HEARTBEAT_THRESHOLDS = {
    maxAgeMinutes: 15,
    deadAfterHours: 24,
    futureToleranceSeconds: 120,
};
/** Timestamps above this are milliseconds, not seconds (year 5138 in seconds). */
const MILLISECONDS_FROM = 1e11;
// Field by field rather than a zod schema: the heartbeat check is the first
// step of every publish tick and must start fast (issue 12), and zod was most
// of its bundle. Six optional fields, each with one test; undefined = absent.
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const FIELD_CHECKS = {
    timestamp: (v) => isNumber(v) || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)),
    iso: (v) => typeof v === 'string',
    owner: (v) => typeof v === 'string',
    mode: (v) => _model__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.includes(v),
    expires_at: isNumber,
    released: (v) => typeof v === 'boolean',
};
/** The first field that is present and not what it should be, if any. */
function badField(raw) {
    return Object.keys(FIELD_CHECKS).find((field) => raw[field] !== undefined && !FIELD_CHECKS[field](raw[field]));
}
const EXPECTED = {
    timestamp: 'unix seconds (a number)',
    iso: 'an ISO 8601 time (text)',
    owner: 'text',
    mode: 'review or publish',
    expires_at: 'unix seconds (a number)',
    released: 'true or false',
};
const malformed = (source, detail) => ({
    ok: false,
    reason: 'malformed',
    detail,
    source,
});
/**
 * Parse a heartbeat file or variable. `timestamp` (unix seconds) wins; a
 * heartbeat with only `iso` is accepted too (older writers). Owner defaults
 * to 'unknown' and mode to 'review' when absent.
 */
function parseHeartbeat(text, source) {
    if (!text.trim())
        return malformed(source, 'the heartbeat is empty; expected a JSON object with "timestamp"');
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        return malformed(source, `the heartbeat is not valid JSON (${error.message})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return malformed(source, 'the heartbeat is not a JSON object; expected {"timestamp": <unix seconds>, ...}');
    }
    const field = badField(raw);
    if (field) {
        const value = JSON.stringify(raw[field]);
        return malformed(source, `field "${field}" is ${value}; expected ${EXPECTED[field]}`);
    }
    const hb = raw;
    let timestamp;
    if (hb.timestamp !== undefined) {
        timestamp = Number(hb.timestamp);
        if (timestamp >= MILLISECONDS_FROM) {
            return malformed(source, `field "timestamp" is ${timestamp}, which looks like milliseconds; expected unix seconds`);
        }
    }
    else if (hb.iso !== undefined) {
        const ms = Date.parse(hb.iso);
        if (Number.isNaN(ms))
            return malformed(source, `field "iso" is "${hb.iso}"; expected an ISO 8601 time`);
        timestamp = Math.floor(ms / 1000);
    }
    else {
        return malformed(source, 'field "timestamp" is missing; expected unix seconds (or "iso", an ISO 8601 time)');
    }
    const heartbeat = {
        timestamp,
        iso: hb.iso ?? new Date(timestamp * 1000).toISOString(),
        owner: hb.owner?.trim() || 'unknown',
        mode: hb.mode ?? 'review',
    };
    if (hb.expires_at !== undefined)
        heartbeat.expires_at = hb.expires_at;
    if (hb.released !== undefined)
        heartbeat.released = hb.released;
    return { ok: true, heartbeat, source };
}
function levelByAge(ageSeconds, t) {
    const maxAge = t.maxAgeMinutes * 60;
    if (ageSeconds < maxAge / 2)
        return 'healthy';
    if (ageSeconds < maxAge)
        return 'warn';
    if (ageSeconds < t.deadAfterHours * 3600)
        return 'stale';
    return 'dead';
}
function describeAge(seconds) {
    if (seconds < 120)
        return `${seconds} s`;
    if (seconds < 7200)
        return `${Math.floor(seconds / 60)} min`;
    return `${(seconds / 3600).toFixed(1)} h`;
}
function classifyHeartbeat(read, now, thresholds = {}) {
    const t = { ...DEFAULT_HEARTBEAT_THRESHOLDS, ...thresholds };
    if (!read.ok) {
        return {
            level: 'dead',
            active: false,
            ageSeconds: null,
            owner: '',
            reason: `heartbeat ${read.reason} (${read.source}): ${read.detail}`,
        };
    }
    const { heartbeat } = read;
    if (!Number.isFinite(heartbeat.timestamp)) {
        return {
            level: 'dead',
            active: false,
            ageSeconds: null,
            owner: heartbeat.owner,
            reason: `heartbeat malformed (${read.source}): timestamp is not a number of unix seconds`,
        };
    }
    const nowSeconds = now.getTime() / 1000;
    const rawAge = Math.floor(nowSeconds - heartbeat.timestamp);
    if (-rawAge > t.futureToleranceSeconds) {
        return {
            level: 'invalid',
            active: false,
            ageSeconds: null,
            owner: heartbeat.owner,
            reason: `heartbeat timestamp is ${-rawAge} s in the future (tolerance ${t.futureToleranceSeconds} s): check the clocks of ${heartbeat.owner} and this runner`,
        };
    }
    const ageSeconds = Math.max(0, rawAge);
    const byAge = levelByAge(ageSeconds, t);
    const aged = `last beat ${describeAge(ageSeconds)} ago by ${heartbeat.owner}`;
    const handedBack = heartbeat.released
        ? 'released'
        : heartbeat.expires_at !== undefined && heartbeat.expires_at <= nowSeconds
            ? 'expired'
            : undefined;
    if (handedBack) {
        // The owner gave the pipeline back: never active, however fresh.
        const level = byAge === 'dead' ? 'dead' : 'stale';
        const why = handedBack === 'released' ? 'ownership released' : `ownership expired at ${isoOf(heartbeat.expires_at)}`;
        return { level, active: false, ageSeconds, owner: heartbeat.owner, reason: `${why}; ${aged}` };
    }
    const limits = byAge === 'healthy' || byAge === 'warn'
        ? `max age ${t.maxAgeMinutes} min`
        : byAge === 'stale'
            ? `older than ${t.maxAgeMinutes} min`
            : `older than ${t.deadAfterHours} h`;
    return {
        level: byAge,
        active: byAge === 'healthy' || byAge === 'warn',
        ageSeconds,
        owner: heartbeat.owner,
        reason: `${byAge}: ${aged} (${limits})`,
    };
}
function isoOf(unixSeconds) {
    return unixSeconds === undefined ? '?' : new Date(unixSeconds * 1000).toISOString();
}
/**
 * Should the `heartbeat-stale` incident open or resolve? Only when a local
 * runner is expected: stale (or dead, or missing) for longer than the grace
 * opens; healthy/warn resolves; an invalid (future) heartbeat decides nothing
 * — it is a clock problem, reported as a warning instead.
 * `staleSinceSeconds` is age minus max age; null when the age is unknown.
 */
function staleAlert(level, staleSinceSeconds, graceMinutes, expectLocal) {
    if (!expectLocal)
        return 'none';
    if (level === 'healthy' || level === 'warn')
        return 'resolve';
    if (level === 'invalid')
        return 'none';
    if (level === 'dead')
        return 'open';
    if (staleSinceSeconds === null)
        return 'open';
    return staleSinceSeconds > graceMinutes * 60 ? 'open' : 'none';
}


/***/ }),

/***/ 1967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ buildHeartbeatSource)
});

// EXTERNAL MODULE: ./packages/core/src/adapters/local/heartbeat-file.ts
var heartbeat_file = __webpack_require__(253);
// EXTERNAL MODULE: ./packages/core/src/domain/heartbeat.ts
var heartbeat = __webpack_require__(5066);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/heartbeat-url.ts
// The heartbeat behind a URL (LOCAL_HEARTBEAT_URL): the local runner pushes it
// somewhere reachable and the workflow fetches it. Every failure is a reason,
// never a throw: heartbeat-check must warn and carry on.

class UrlHeartbeatSource {
    options;
    constructor(options) {
        this.options = options;
    }
    async read() {
        const { url, timeoutMs = 10_000 } = this.options;
        const source = `url ${this.options.label ?? safeUrl(url)}`;
        const unreachable = (detail) => ({ ok: false, reason: 'unreachable', detail, source });
        const doFetch = this.options.fetch ?? fetch;
        let response;
        let text;
        try {
            response = await doFetch(url, {
                signal: AbortSignal.timeout(timeoutMs),
                headers: { accept: 'application/json' },
            });
            text = await response.text();
        }
        catch (error) {
            const name = error.name;
            if (name === 'TimeoutError' || name === 'AbortError')
                return unreachable(`no answer within ${timeoutMs} ms (timeout)`);
            const cause = error.cause;
            return unreachable(`network error: ${cause?.code ?? cause?.message ?? error.message}`);
        }
        if (!response.ok)
            return unreachable(`the URL answered HTTP ${response.status} ${response.statusText}`.trim());
        return (0,heartbeat/* parseHeartbeat */.CW)(text, source);
    }
}
/** The URL without credentials or query, for messages. */
function safeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/wiring/github-options.ts
var github_options = __webpack_require__(18);
// EXTERNAL MODULE: ./packages/core/src/wiring/paths.ts
var paths = __webpack_require__(6812);
;// CONCATENATED MODULE: ./packages/core/src/wiring/heartbeat-source.ts
// The heartbeat source from the config: a file, a URL, the LOCAL_HEARTBEAT
// variable or local_heartbeat.json on the state branch. The two GitHub
// sources load their adapter (and Octokit) on their first read, so a check
// that reads a file starts without them (issue 12).






/** A source that cannot be built (a setting is missing): every read says why, so heartbeat-check warns instead of crashing. */
function unusableSource(source, detail) {
    return { read: async () => ({ ok: false, reason: 'unreachable', detail, source }) };
}
/** A source built on its first read; if it cannot be built, the read says why (never throws, like the others). */
function loadedOnRead(source, detail, load) {
    let loaded;
    return {
        read: async () => {
            let target;
            try {
                loaded ??= load();
                target = await loaded;
            }
            catch (error) {
                return unusableSource(source, `${detail}: ${(0,errors/* errorMessage */.gJ)(error)}`).read();
            }
            return target.read();
        },
    };
}
/**
 * A source read through the GitHub API: without the API's settings (no
 * token) every read says why; otherwise the adapter is loaded on the first read.
 */
function gitHubSource(config, ctx, source, detail, load) {
    let github;
    try {
        github = (0,github_options/* gitHubOptions */.u)(config, ctx);
    }
    catch (error) {
        return unusableSource(source, `${detail}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return loadedOnRead(source, detail, () => load(github));
}
/**
 * Heartbeat from the configured source; `LOCAL_HEARTBEAT` in the environment
 * (the `vars` context) wins for `variable`. Never throws: a missing setting
 * becomes a source whose reads fail with a reason naming the setting.
 */
function buildHeartbeatSource(config, ctx, options = {}) {
    switch (config.heartbeatSource) {
        case 'url':
            if (!config.heartbeatUrl)
                return unusableSource('heartbeat-url', 'heartbeat-source is url but heartbeat-url (LOCAL_HEARTBEAT_URL) is not set; set it or choose heartbeat-source file or variable');
            return new UrlHeartbeatSource({ url: config.heartbeatUrl, timeoutMs: config.heartbeatTimeout * 1000 });
        case 'variable': {
            const value = ctx.env.LOCAL_HEARTBEAT;
            if (value !== undefined) {
                return {
                    read: async () => value.trim() === ''
                        ? {
                            ok: false,
                            reason: 'missing',
                            detail: 'the LOCAL_HEARTBEAT variable is empty',
                            source: 'variable LOCAL_HEARTBEAT',
                        }
                        : (0,heartbeat/* parseHeartbeat */.CW)(value, 'variable LOCAL_HEARTBEAT'),
                };
            }
            return gitHubSource(config, ctx, 'variable LOCAL_HEARTBEAT', 'heartbeat-source is variable, LOCAL_HEARTBEAT is not in the environment, and it cannot be read through the API', async (github) => new (await __webpack_require__.e(/* import() */ 8360).then(__webpack_require__.bind(__webpack_require__, 8360))).GitHubVariableHeartbeat(github));
        }
        case 'branch':
            return gitHubSource(config, ctx, `local_heartbeat.json on the branch ${config.stateBranch}`, 'heartbeat-source is branch but the state branch cannot be read', async (github) => new (await __webpack_require__.e(/* import() */ 8360).then(__webpack_require__.bind(__webpack_require__, 8360))).GitHubHeartbeatFile({
                ...github,
                branch: config.stateBranch,
            }));
        default:
            return new heartbeat_file/* FileHeartbeat */.f({
                path: (0,paths/* heartbeatFilePath */.Q6)(config.heartbeatFile, ctx.paths, options.inCheckout ?? config.heartbeatPush),
            });
    }
}


/***/ })

};

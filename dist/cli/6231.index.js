export const id = 6231;
export const ids = [6231];
export const modules = {

/***/ 7109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Kr: () => (/* binding */ COMMAND_FLAGS),
/* harmony export */   b: () => (/* binding */ UnknownFlagError),
/* harmony export */   cS: () => (/* binding */ timeFlag)
/* harmony export */ });
/* unused harmony export normalizeBooleanFlags */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9785);
// Command-line parsing with node:util parseArgs. Every setting of the config
// catalogue is a flag of the same name; commands add a few of their own.
// Flags may stand before or after the command name.


/**
 * Flags that belong to commands rather than to the configuration, with the
 * word shown for their value in help. Which command takes which is declared
 * with the commands (commands/index.ts), with what each means there.
 */
const COMMAND_FLAGS = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    release: { type: 'boolean' },
    status: { type: 'string', value: 'S' },
    id: { type: 'string', value: 'ID' },
    request: { type: 'string', value: '"TEXT"' },
    brief: { type: 'string', value: '"TEXT"' },
    keywords: { type: 'string', value: '"a; b"' },
    priority: { type: 'string', value: 'P0|P1|P2' },
    'publish-at': { type: 'string', value: 'TIME' },
    'content-path': { type: 'string', value: 'PATH' },
    content: { type: 'string', value: 'MARKDOWN' },
    approver: { type: 'string', value: 'NAME' },
    reason: { type: 'string', value: '"TEXT"' },
    out: { type: 'string', value: 'PATH' },
    since: { type: 'string', value: 'TIME' },
    until: { type: 'string', value: 'TIME' },
    by: { type: 'string', value: 'NAME' },
    decision: { type: 'string', value: 'D' },
};
/** A flag no command takes (parseArgs' "Unknown option"); main names the command. */
class UnknownFlagError extends _autopilot_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    flag;
    constructor(flag) {
        super(`unknown flag ${flag}`);
        this.flag = flag;
    }
}
function settingOptions() {
    const options = {};
    for (const s of Object.values(_autopilot_core__WEBPACK_IMPORTED_MODULE_2__/* .SETTINGS */ .y)) {
        options[s.key] = { type: s.expected === 'true or false' ? 'boolean' : 'string' };
    }
    return options;
}
const BOOLEAN_WORDS = { true: true, false: false, yes: true, no: false, on: true, off: false };
/**
 * parseArgs takes a boolean flag bare (`--dry-run`, `--no-dry-run`); people
 * also type the value the action input takes (`--dry-run false`,
 * `--dry-run=true`). Rewrites those into the bare forms, so `false` is never
 * read as "on" plus a stray positional.
 */
function normalizeBooleanFlags(argv, booleans) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg);
        const name = match?.[1];
        if (!match || !name || !booleans.has(name)) {
            out.push(arg);
            continue;
        }
        const inline = match[2];
        const next = argv[i + 1];
        const word = inline ?? (next !== undefined && next.toLowerCase() in BOOLEAN_WORDS ? next : undefined);
        if (word === undefined) {
            out.push(arg);
            continue;
        }
        const value = BOOLEAN_WORDS[word.toLowerCase()];
        if (value === undefined)
            throw new _autopilot_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--${name} "${word}" is not valid; expected true or false`);
        out.push(value ? `--${name}` : `--no-${name}`);
        if (inline === undefined)
            i++;
    }
    return out;
}
function parseCommandLine(argv) {
    const settingSpecs = settingOptions();
    // Settings named like a command flag (`title`, `key`…) are command inputs too; the command flag wins.
    const commandSpecs = {};
    for (const [name, spec] of Object.entries(COMMAND_FLAGS)) {
        commandSpecs[name] = 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type };
    }
    const options = { ...settingSpecs, ...commandSpecs };
    const booleans = new Set(Object.entries(options)
        .filter(([, spec]) => spec.type === 'boolean')
        .map(([name]) => name));
    let parsed;
    try {
        const args = normalizeBooleanFlags(argv, booleans);
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true, allowNegative: true });
    }
    catch (error) {
        const unknown = /Unknown option '([^']+)'/.exec(error.message)?.[1];
        if (unknown)
            throw new UnknownFlagError(unknown);
        throw new _autopilot_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${error.message}. Run \`autopilot --help\` for the commands and flags.`);
    }
    const settings = {};
    const flags = {};
    for (const [name, value] of Object.entries(parsed.values)) {
        if (value === undefined)
            continue;
        const text = Array.isArray(value) ? value.join(',') : String(value);
        if (name in settingSpecs)
            settings[name] = text;
        if (name in COMMAND_FLAGS)
            flags[name] = value;
    }
    const given = Object.entries(parsed.values)
        .filter(([, value]) => value !== undefined)
        .map(([name]) => name);
    return { positionals: parsed.positionals, settings, flags: flags, given };
}
/** A --since/--until value as a time (a date or ISO 8601), or a UserError naming the flag. */
function timeFlag(name, value) {
    if (value === undefined)
        return undefined;
    const date = (0,_autopilot_core__WEBPACK_IMPORTED_MODULE_3__/* .parseQueueTime */ .KN)(value);
    if (!date)
        throw new _autopilot_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--${name} "${value}" is not valid; expected a date or ISO 8601 time, e.g. 2026-11-01`);
    return date;
}


/***/ }),

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cX: () => (/* binding */ createCliContext),
  FI: () => (/* binding */ requireStateFolder)
});

// UNUSED EXPORTS: snakeCaseKey, snakeCaseKeys

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/config/settings.ts + 1 modules
var settings = __webpack_require__(8219);
;// CONCATENATED MODULE: ./packages/core/src/config/load.ts
// Turns text from flags, action inputs, the environment and `.env` into a
// typed Config. Precedence: flag > input > environment > .env > default.
// Every bad value is reported at once, naming the setting, where it came
// from, the value (masked for secrets) and what is allowed.




function pick(s, sources) {
    const candidates = [
        [sources.flags?.[s.key], `flag --${s.key}`],
        [sources.inputs?.[s.key], `input ${s.key}`],
        [sources.env?.[s.env], `environment ${s.env}`],
        [sources.dotenv?.[s.env], `.env ${s.env}`],
    ];
    for (const [raw, origin] of candidates) {
        if (raw !== undefined && raw.trim() !== '')
            return { raw, origin };
    }
    return { raw: s.fallback, origin: 'default' };
}
function formatProblems(problems) {
    const lines = problems.map((p) => `  - ${p.setting} (${p.origin}): ${p.value === '' ? 'missing' : `"${p.value}" is not valid`}; expected ${p.expected}`);
    return `Invalid configuration:\n${lines.join('\n')}`;
}
/** Parse every setting; throws one UserError listing every bad value. */
function loadConfig(sources) {
    const out = {};
    const problems = [];
    for (const name of Object.keys(settings/* SETTINGS */.y)) {
        const s = settings/* SETTINGS */.y[name];
        const { raw, origin } = pick(s, sources);
        const parsed = s.schema.safeParse(raw);
        if (parsed.success) {
            out[name] = parsed.data;
        }
        else {
            const shown = raw === undefined ? '' : s.secret ? '***' : raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
            problems.push({ setting: s.key, origin, value: shown, expected: s.expected });
        }
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo(formatProblems(problems));
    return out;
}
/** Values of the secret settings that are set: to mask and to redact. */
function secretValues(config) {
    return Object.keys(settings/* SETTINGS */.y)
        .filter((name) => settings/* SETTINGS */.y[name].secret)
        .map((name) => config[name])
        .filter((v) => typeof v === 'string' && v.length > 0);
}
/** Read a `.env` file if there is one; a malformed file is a UserError naming it. */
function readDotenv(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return {};
    try {
        return (0,external_node_util_.parseEnv)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not read ${path}: ${error.message}; expected KEY=value lines`);
    }
}

// EXTERNAL MODULE: ./packages/core/src/util/redact.ts
var util_redact = __webpack_require__(837);
;// CONCATENATED MODULE: ./packages/core/src/log/trace.ts
// One trace id per run, so a single id finds every log line, run-log row,
// incident and notification of that run.
// node:crypto is fetched when an id is made, not imported: loading it costs
// several milliseconds, and `autopilot --help` (or a run inside Actions,
// whose id comes from the environment) never needs it (issue 12).
const randomUUID = () => process.getBuiltinModule('node:crypto').randomUUID();
/**
 * In GitHub Actions: `${GITHUB_RUN_ID}-${GITHUB_RUN_ATTEMPT}` (stable across
 * the jobs of one attempt, so every action of the run shares it). Locally: a
 * fresh short random id. `random` is a parameter so tests can pin it.
 */
function newTraceId(env, random = randomUUID) {
    const runId = env.GITHUB_RUN_ID?.trim();
    if (runId) {
        const attempt = env.GITHUB_RUN_ATTEMPT?.trim() || '1';
        return `${runId}-${attempt}`;
    }
    // 12 hex digits (48 random bits) are plenty to tell local runs apart and stay readable.
    return `local-${random().replace(/-/g, '').slice(0, 12)}`;
}

// EXTERNAL MODULE: ./packages/core/src/util/terminal.ts
var terminal = __webpack_require__(3268);
;// CONCATENATED MODULE: ./packages/core/src/log/logger.ts

const LOG_LEVELS = ['debug', 'info', 'notice', 'warn', 'error'];
const rank = (level) => LOG_LEVELS.indexOf(level);
/**
 * JSON.stringify that survives Errors, bigints and cycles (a log line must
 * never throw) and redacts each string before it is escaped: a secret with a
 * quote or backslash in it would no longer match once serialized.
 */
function safeJson(record, redact) {
    const seen = new WeakSet();
    const text = JSON.stringify(record, (_key, value) => {
        if (typeof value === 'string')
            return redact(value);
        if (value instanceof Error)
            return { name: value.name, message: redact(value.message) };
        if (typeof value === 'bigint')
            return value.toString();
        if (typeof value === 'object' && value !== null) {
            if (seen.has(value))
                return '[Circular]';
            seen.add(value);
        }
        return value;
    });
    // JSON.stringify answers undefined for undefined and functions.
    return text ?? String(record);
}
function formatJsonLine(at, level, message, traceId, fields, redact = (text) => text) {
    const { item_id, ...rest } = fields;
    const record = { ts: at.toISOString(), level, msg: message, trace_id: traceId };
    if (item_id !== undefined)
        record.item_id = item_id;
    for (const [key, value] of Object.entries(rest)) {
        // The fixed keys win: a field may not disguise a line's level or trace.
        if (value !== undefined && !(key in record))
            record[key] = value;
    }
    return safeJson(record, redact);
}
/**
 * A value as it appears after `key=`: strings redacted first (escaping would
 * hide a secret from the final pass), then quoted when they hold spaces,
 * quotes, '=' or control characters (JSON escapes a newline as `\n`, so a
 * value cannot start a forged line); other values as JSON. Whatever is left
 * (C1 controls, bidi overrides) is escaped for the terminal.
 */
function textValue(value, redact) {
    if (typeof value !== 'string')
        return (0,terminal/* escapeForTerminal */.f)(safeJson(value, redact));
    const text = redact(value);
    const quoted = /[\s"=]/.test(text) || (0,terminal/* escapeForTerminal */.f)(text) !== text ? JSON.stringify(text) : text;
    return (0,terminal/* escapeForTerminal */.f)(quoted);
}
/** `12:00:01 INFO  message key=value` (UTC clock time; the trace id is printed once per run, see `announceTrace`). */
function formatTextLine(at, level, message, fields, redact = (text) => text) {
    const pairs = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${textValue(v, redact)}`);
    // One event, one line: a message holding `\n12:00:00 ERROR …` or `\x1b]0;…` shows those as escapes.
    const head = `${at.toISOString().slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${(0,terminal/* escapeForTerminal */.f)(message)}`;
    return pairs.length > 0 ? `${head} ${pairs.join(' ')}` : head;
}
function createLogger(options, base = {}) {
    // Shared by the logger and its children: the trace id is announced once per run, not per child.
    return makeLogger(options, base, { announced: !options.announceTrace || options.format === 'json' });
}
function makeLogger(options, base, state) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const redact = options.redact ?? ((text) => text);
    const now = options.now ?? (() => new Date());
    const min = rank(options.level ?? 'info');
    const emit = (level) => (message, fields = {}) => {
        if (rank(level) < min)
            return;
        const all = { ...base, ...fields };
        const at = now();
        if (!state.announced) {
            state.announced = true;
            write(redact(formatTextLine(at, 'info', `trace_id ${options.traceId}`, {}, redact)));
        }
        const line = options.format === 'json'
            ? // JSON escapes C0 itself; DEL, C1 and bidi marks become \u escapes (still valid JSON, same value).
                (0,terminal/* escapeForTerminal */.f)(formatJsonLine(at, level, message, options.traceId, all, redact))
            : formatTextLine(at, level, message, all, redact);
        // Redact the finished line too: in text it is the only place secrets can be caught.
        write(redact(line));
    };
    return {
        debug: emit('debug'),
        info: emit('info'),
        notice: emit('notice'),
        warn: emit('warn'),
        error: emit('error'),
        child: (fields) => makeLogger(options, { ...base, ...fields }, state),
    };
}

// EXTERNAL MODULE: ./packages/core/src/wiring/paths.ts
var wiring_paths = __webpack_require__(6812);
;// CONCATENATED MODULE: ./packages/cli/src/context.ts
// What every command gets: the parsed config (flags > env > .env > defaults),
// a redacting logger on stderr, the state folder's paths, and output helpers
// (`--json` prints JSON only on stdout).





function createCliContext(args, io, env = process.env) {
    const config = loadConfig({ flags: args.settings, env, dotenv: readDotenv((0,external_node_path_.resolve)('.env')) });
    const redact = (0,util_redact/* createRedactor */.lY)({ secrets: secretValues(config), env });
    const traceId = newTraceId(env);
    // Text logs name the trace id once, before the first line a command logs; JSON lines carry it on each line.
    const log = createLogger({
        format: config.logFormat,
        traceId,
        write: (line) => io.stderr(line),
        redact,
        announceTrace: true,
    });
    const json = Boolean(args.flags.json);
    const paths = (0,wiring_paths/* statePaths */.mt)(config.state);
    refuseStateThatIsAFile(config.state, paths.root);
    return {
        args,
        config,
        paths,
        log,
        redact,
        json,
        env,
        traceId,
        runId: config.runId ?? env.GITHUB_RUN_ID ?? traceId,
        owner: config.owner ?? `${safeUser()}@${(0,external_node_os_.hostname)()}`,
        now: () => new Date(),
        say: (text) => {
            if (!json)
                io.stdout((0,terminal/* escapeForTerminal */.f)(redact(text), { keepNewlines: true }));
        },
        result: (value, options = {}) => {
            if (json)
                io.stdout(redact(JSON.stringify(options.asIs ? value : snakeCaseKeys(value), null, 2)));
        },
        io,
        wiring: { paths, log, redact, env },
    };
}
/** `passRate` → `pass_rate`; keys already in snake_case, UPPER_CASE codes and other spellings stay. */
function snakeCaseKey(key) {
    return /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(key) ? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : key;
}
/** The value with the keys of its objects (deeply) in snake_case: every `--json` output speaks one casing. */
function snakeCaseKeys(value) {
    if (Array.isArray(value))
        return value.map(snakeCaseKeys);
    if (value === null || typeof value !== 'object' || value instanceof Date)
        return value;
    const out = {};
    for (const [key, inner] of Object.entries(value))
        out[snakeCaseKey(key)] = snakeCaseKeys(inner);
    return out;
}
/**
 * Commands that read the state folder refuse one that does not exist, rather
 * than create it or answer "No rows." for a mistyped --state.
 */
function requireStateFolder(ctx) {
    if ((0,external_node_fs_.existsSync)(ctx.paths.root))
        return;
    throw new errors/* UserError */.yo(`state folder ${ctx.paths.root} does not exist; create it with \`autopilot init\` (or \`autopilot start\`), or pass --state DIR`);
}
/** `--state` naming a file (or a path through one) is the user's to fix, for every command: exit 2, not ENOTDIR later. */
function refuseStateThatIsAFile(given, root) {
    // The nearest part of the path that exists must be a folder (a missing state folder is created later).
    for (let path = root;; path = (0,external_node_path_.dirname)(path)) {
        const found = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        if (found) {
            if (found.isDirectory())
                return;
            throw new errors/* UserError */.yo(`--state "${given}" is a file (or inside one), not a folder; give the state folder's path`);
        }
        if ((0,external_node_path_.dirname)(path) === path)
            return;
    }
}
function safeUser() {
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return 'local';
    }
}


/***/ }),

/***/ 6231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runFromProcess: () => (/* binding */ runFromProcess)
});

// UNUSED EXPORTS: VERSION, main, processIo

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/time.ts
var time = __webpack_require__(9785);
// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
// EXTERNAL MODULE: ./packages/core/src/util/terminal.ts
var terminal = __webpack_require__(3268);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var src_args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./actions/executor/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const INPUTS = [
    'mode',
    'max-items',
    'concurrency',
    'shard',
    'time-budget',
    'lease',
    'max-attempts',
    'max-fix-passes',
    'require-approval',
    'timezone',
    'backoff',
    'backoff-jitter',
    'title-max',
    'summary-max',
    'body-min-words',
    'body-max-words',
    'headings-after-words',
    'banned-phrases',
    'meta-title-max',
    'meta-description-min',
    'meta-description-max',
    'require-image',
    'reading-ease-min',
    'reading-ease-max',
    'near-duplicate-threshold',
    'content-root',
    'state',
    'log-format',
    'request-timeout',
    'github-token',
    'repository',
    'queue-backend',
    'state-branch',
    'sheets-id',
    'sheets-queue-tab',
    'sheets-runlog-tab',
    'google-service-account-json',
    'google-oauth-access-token',
    'sheets-api-url',
    'sheets-requests-per-minute',
    'shopify-store-domain',
    'shopify-admin-token',
    'shopify-client-id',
    'shopify-client-secret',
    'shopify-api-version',
    'shopify-blog-handle',
    'shopify-author',
    'shopify-api-url',
    'llm-base-url',
    'llm-api-key',
    'llm-model',
    'llm-control-prompt',
    'config-file',
    'slack-webhook-url',
    'notify-webhook-url',
    'metrics-file',
];
/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
const OVERRIDES = {
    'github-token': {
        description: "Token for the repository queue (queue-backend repo): reads and writes queue.csv and run_log.csv on state-branch, so it needs contents: write (the workflow's GITHUB_TOKEN with that permission is enough); unused with the Sheets or local queue",
    },
    repository: {
        description: "Repository whose state-branch holds the repository queue, as owner/name (unset: the workflow's own, GITHUB_REPOSITORY)",
    },
};

;// CONCATENATED MODULE: ./actions/heartbeat-check/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const inputs_INPUTS = [
    'heartbeat-source',
    'state-branch',
    'heartbeat-file',
    'heartbeat-url',
    'heartbeat-timeout',
    'max-age-minutes',
    'dead-after-hours',
    'future-tolerance-seconds',
    'expect-local',
    'stale-grace-minutes',
    'repeat-interval-hours',
    'reopen-window-hours',
    'github-token',
    'repository',
    'state',
    'log-format',
    'request-timeout',
];
/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
const inputs_OVERRIDES = {
    'github-token': {
        description: "Token that reads local_heartbeat.json on state-branch (heartbeat-source branch: contents: read) and files heartbeat-stale when expect-local is true (issues: write); the workflow's GITHUB_TOKEN with those permissions is enough. Without it, the check warns and skips both",
    },
};

;// CONCATENATED MODULE: ./actions/incident/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const src_inputs_INPUTS = [
    'action',
    'key',
    'title',
    'body',
    'severity',
    'labels',
    'github-token',
    'repository',
    'repeat-interval-hours',
    'reopen-window-hours',
    'state',
    'log-format',
    'request-timeout',
    'slack-webhook-url',
    'notify-webhook-url',
];
/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
const src_inputs_OVERRIDES = {
    action: { required: true },
    key: { required: true },
    'github-token': {
        required: true,
        description: "Token that files, comments on, reopens and closes the incident issue: it needs issues: write (the workflow's GITHUB_TOKEN with that permission is enough)",
    },
};

;// CONCATENATED MODULE: ./actions/reconcile/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const reconcile_src_inputs_INPUTS = [
    'github-token',
    'repository',
    'workflow-ref',
    'decision-log-path',
    'window-hours',
    'trend-days',
    'min-samples',
    'pause-failure-rate',
    'review-failure-rate',
    'block-rate-threshold',
    'daily-cost-budget',
    'history-limit',
    'dry-run',
    'repeat-interval-hours',
    'reopen-window-hours',
    'state',
    'log-format',
    'request-timeout',
    'queue-backend',
    'state-branch',
    'sheets-id',
    'sheets-queue-tab',
    'sheets-runlog-tab',
    'google-service-account-json',
    'google-oauth-access-token',
    'sheets-api-url',
    'sheets-requests-per-minute',
    'slack-webhook-url',
    'notify-webhook-url',
];
/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
const reconcile_src_inputs_OVERRIDES = {
    'github-token': {
        required: true,
        description: "Token that writes the decision log on state-branch (contents: write), reads the repository queue and run log there (queue-backend repo) and files the cost-budget incident (issues: write); the workflow's GITHUB_TOKEN with those permissions is enough",
    },
    'dry-run': {
        description: 'Compute and print the metrics and the recommendation without writing the decision log or touching incidents',
    },
    'decision-log-path': {
        description: 'Path on state-branch of the decision log reconcile writes; the supervisor reads the same file',
    },
};

;// CONCATENATED MODULE: ./actions/supervisor/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const supervisor_src_inputs_INPUTS = [
    'dry-run',
    'github-token',
    'repository',
    'workflow-file',
    'workflow-ref',
    'decision-log-path',
    'failure-threshold',
    'health-window',
    'review-window-hours',
    'dead-letter-threshold',
    'stall-after-hours',
    'repeat-interval-hours',
    'reopen-window-hours',
    'require-approval',
    'timezone',
    'heartbeat-source',
    'heartbeat-file',
    'heartbeat-url',
    'heartbeat-timeout',
    'max-age-minutes',
    'dead-after-hours',
    'future-tolerance-seconds',
    'state',
    'log-format',
    'request-timeout',
    'queue-backend',
    'state-branch',
    'sheets-id',
    'sheets-queue-tab',
    'sheets-runlog-tab',
    'google-service-account-json',
    'google-oauth-access-token',
    'sheets-api-url',
    'sheets-requests-per-minute',
    'slack-webhook-url',
    'notify-webhook-url',
];
/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
const supervisor_src_inputs_OVERRIDES = {
    'github-token': {
        required: true,
        description: 'Token for every API call of the supervisor: write WF_ENABLED and ALLOW_PUBLISH (variables: write), read and dispatch the publish workflow (actions: write), open and resolve incidents (issues: write), read the decision log, heartbeat and queue on state-branch (contents: read; write with queue-backend repo, to recover expired leases). GITHUB_TOKEN cannot write variables: pass a GitHub App token or a fine-grained PAT (AUTOPILOT_TOKEN)',
    },
    'dry-run': {
        description: 'Print the decision and the effects it would have (switches, dispatch, incidents, lease recovery), changing none of them',
    },
    'decision-log-path': {
        description: "Path on state-branch of the decision log the supervisor reads reconcile's last decision from",
    },
    'require-approval': {
        description: "Count as eligible only the rows the executor would take: give it the executor's require-approval value",
    },
};

// EXTERNAL MODULE: ./packages/core/src/config/settings.ts + 1 modules
var settings = __webpack_require__(8219);
;// CONCATENATED MODULE: ./packages/cli/src/setting-groups.ts
// Settings the CLI's commands share beyond the inputs of the action they run:
// where the state lives, the data plane (Sheets, or the queue on the state
// branch) and GitHub. Kept by name; a key the settings catalogue does not
// (yet) have is left out, so each group lists only real flags.

const ALL = new Map(Object.values(settings/* SETTINGS */.y).map((s) => [s.key, s]));
/** The setting with this key (`max-items`), if the catalogue has it. */
function settingByKey(key) {
    return ALL.get(key);
}
const known = (keys) => keys.filter((k) => ALL.has(k));
const prefixed = (...prefixes) => [...ALL.keys()].filter((k) => prefixes.some((p) => k.startsWith(p)));
const github = known(['github-token', 'repository', 'github-api-url', 'request-timeout']);
const SETTING_GROUPS = {
    /** Every command: where the state folder is and how it logs. */
    common: known(['state', 'log-format']),
    github,
    /** Where the queue and run log are: the state folder, Google Sheets, or the state branch on GitHub. */
    dataPlane: known(['queue-backend', 'state-branch', ...prefixed('sheets-', 'google-'), ...github, 'content-root']),
    /** Where the local runner's heartbeat goes (heartbeat write, local). */
    heartbeatWriter: known([
        'heartbeat-file',
        'heartbeat-push',
        'heartbeat-source',
        'max-age-minutes',
        'owner',
        ...github,
    ]),
};
/** The union of the lists, in first-seen order, known keys only, with the common ones first. */
function settingKeys(...lists) {
    return [...new Set(known([...SETTING_GROUPS.common, ...lists.flat()]))];
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/index.ts
// Every command, what it does, and the flags it takes: its own (COMMAND_FLAGS)
// and the settings it reads. The settings are those of the action the
// command runs (actions/<name>/src/inputs.ts, the same schema), so `--help`
// and the refusal of a flag a command does not take stay true to the actions.






/**
 * A command whose module (and what it needs: the backends, the report, the
 * doctor) is loaded when it runs: `--help`, a usage mistake and the flag
 * checks read only this table (start-up, issue 12).
 */
function lazy(load, pick) {
    return async (ctx, rest) => pick(await load())(ctx, rest);
}
const { common, dataPlane, github: commands_github, heartbeatWriter } = SETTING_GROUPS;
const without = (keys, ...drop) => keys.filter((k) => !drop.includes(k));
const RUNNER = ['run-id', 'owner'];
const COMMANDS = {
    init: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(3397)]).then(__webpack_require__.bind(__webpack_require__, 3397)), (m) => m.initCommand),
        summary: 'create the state folder from the example queue (never overwrites)',
        usage: ['init'],
    },
    start: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(6789), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(6689), __webpack_require__.e(7805), __webpack_require__.e(8810), __webpack_require__.e(841), __webpack_require__.e(7794), __webpack_require__.e(865), __webpack_require__.e(8942)]).then(__webpack_require__.bind(__webpack_require__, 8942)), (m) => m.startCommand),
        summary: 'init if needed, then heartbeat → supervisor → executor → reconcile → report',
        usage: ['start'],
        flags: { out: 'where the dashboard goes (default <state>/report)' },
        // Everything the cycle's actions read, but the mode: the supervisor decides it.
        settings: without(settingKeys(supervisor_src_inputs_INPUTS, INPUTS, reconcile_src_inputs_INPUTS, inputs_INPUTS, RUNNER, heartbeatWriter), 'mode'),
    },
    executor: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3858), __webpack_require__.e(7805), __webpack_require__.e(4130)]).then(__webpack_require__.bind(__webpack_require__, 7805)), (m) => m.executorCommand),
        readsState: true,
        summary: 'one executor run on the configured backends',
        usage: ['executor --mode review|publish'],
        settings: settingKeys(INPUTS, RUNNER),
    },
    local: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(6689), __webpack_require__.e(7805), __webpack_require__.e(841), __webpack_require__.e(2094)]).then(__webpack_require__.bind(__webpack_require__, 2094)), (m) => m.localCommand),
        summary: 'the local runner: writes and renews the heartbeat while the executor runs',
        usage: ['local --mode review|publish', 'local --release'],
        flags: { release: 'hand ownership back to the scheduled workflow at once, and run nothing' },
        settings: settingKeys(INPUTS, inputs_INPUTS, RUNNER, heartbeatWriter),
    },
    queue: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(8505), __webpack_require__.e(3169)]).then(__webpack_require__.bind(__webpack_require__, 3169)), (m) => m.queueCommand),
        summary: 'the queue: list it, add rows, and the operators’ decisions on a row',
        usage: ['queue list|add|approve|reject|retry|cancel|rollback'],
        settings: settingKeys(dataPlane, RUNNER),
        subcommands: {
            list: {
                usage: 'queue list [--status S]',
                summary: 'the rows, in queue order',
                flags: { status: 'only rows in this state (PENDING, AWAITING_APPROVAL, BLOCKED, …)' },
            },
            add: {
                usage: 'queue add --title T [--id ID …] | --request "TEXT" [--dry-run]',
                summary: 'add rows: one titled row, or a request in plain words (one row per topic)',
                flags: {
                    request: 'plain words: topics separated by , ; or new lines, with priority words (urgent, high/low priority), a date (next Friday, 2027-01-10, in two weeks), "keywords: a; b" and a brief after a colon',
                    id: 'the row’s id (one row only; default: slugged from the title)',
                    brief: 'what the article should cover',
                    keywords: 'keywords separated by ; or ,',
                    priority: 'P0, P1 or P2 (default P2)',
                    'publish-at': 'not before this time (ISO 8601, or YYYY-MM-DD HH:MM in UTC)',
                    content: 'the ready article as markdown (skips generation)',
                    'content-path': 'a markdown file with the ready article (skips generation)',
                },
                settings: ['title', 'dry-run', 'llm-base-url', 'llm-api-key', 'llm-model'],
                meaning: {
                    title: 'the row’s title',
                    'dry-run': 'show the rows it would add, and write nothing',
                    'llm-base-url': 'set (with llm-model): the LLM reads --request into rows; the built-in parser when it cannot',
                },
            },
            approve: {
                usage: 'queue approve --id ID [--approver NAME] [--reason R]',
                summary: 'approve a draft awaiting approval (publish mode then publishes it)',
                flags: { id: 'the row', approver: 'who approves (default: you@host)', reason: 'kept in notes' },
            },
            reject: {
                usage: 'queue reject --id ID [--reason R]',
                summary: 'reject a row: BLOCKED, never published',
                flags: {
                    id: 'the row',
                    approver: 'who rejects (default: you@host)',
                    by: 'same as --approver',
                    reason: 'kept in notes',
                },
            },
            retry: {
                usage: 'queue retry --id ID [--reason R]',
                summary: 'back to PENDING, attempts reset',
                flags: { id: 'the row', by: 'who asks (default: you@host)', reason: 'kept in notes' },
            },
            cancel: {
                usage: 'queue cancel --id ID [--reason R]',
                summary: 'leave the row out: SKIPPED',
                flags: { id: 'the row', by: 'who cancels (default: you@host)', reason: 'kept in notes' },
            },
            rollback: {
                usage: 'queue rollback --id ID [--dry-run]',
                summary: 'restore a PUBLISHED row’s live article to the newest version an UPDATE kept (read back to check)',
                flags: { id: 'the row (PUBLISHED, with a kept version)' },
                settings: ['dry-run'],
                meaning: { 'dry-run': 'say what would be restored, and change nothing' },
            },
        },
    },
    vars: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8403)]).then(__webpack_require__.bind(__webpack_require__, 8403)), (m) => m.varsCommand),
        summary: 'the local switches (WF_ENABLED, ALLOW_PUBLISH, REQUIRE_APPROVAL) in <state>/variables.json',
        usage: ['vars list', 'vars get NAME', 'vars set NAME VALUE'],
    },
    heartbeat: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(6689), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 841)), (m) => m.heartbeatCommand),
        readsState: ['check'],
        summary: 'the local heartbeat',
        usage: ['heartbeat write [--release]', 'heartbeat check'],
        settings: settingKeys(inputs_INPUTS, RUNNER, heartbeatWriter, ['mode']),
        subcommands: {
            write: {
                usage: 'heartbeat write [--release]',
                summary: 'write the heartbeat now',
                flags: { release: 'mark it released: the scheduled workflow owns the pipeline' },
            },
            check: { usage: 'heartbeat check', summary: 'classify the heartbeat as heartbeat-check does' },
        },
    },
    supervisor: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(6689), __webpack_require__.e(7805), __webpack_require__.e(865), __webpack_require__.e(1967)]).then(__webpack_require__.bind(__webpack_require__, 865)), (m) => m.supervisorCommand),
        readsState: true,
        summary: 'one supervisor decision; a dispatch runs the executor in-process',
        usage: ['supervisor [--dry-run]'],
        // The executor's settings too (a dispatch runs it here), but its mode: the decision picks it.
        settings: without(settingKeys(supervisor_src_inputs_INPUTS, INPUTS, RUNNER), 'mode'),
    },
    reconcile: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(6689), __webpack_require__.e(5914)]).then(__webpack_require__.bind(__webpack_require__, 5914)), (m) => m.reconcileCommand),
        readsState: true,
        summary: 'metrics, recommendation, decision log',
        usage: ['reconcile'],
        flags: { by: 'who the decision log names (default: reconcile)' },
        settings: settingKeys(reconcile_src_inputs_INPUTS, RUNNER),
    },
    incident: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(6689), __webpack_require__.e(9307)]).then(__webpack_require__.bind(__webpack_require__, 9307)), (m) => m.incidentCommand),
        summary: 'incidents by key, under <state>/incidents (or GitHub issues with a token and repository)',
        usage: [
            'incident list [--since T] [--until T]',
            'incident open|update|resolve --key K [--title T --body B --severity S]',
        ],
        settings: settingKeys(without(src_inputs_INPUTS, 'action'), ['run-id']),
        subcommands: {
            list: {
                usage: 'incident list [--since T] [--until T]',
                summary: 'open incidents, and those resolved since --since (default: the last 7 days)',
                flags: {
                    since: 'resolved incidents closed at or after this time are listed too',
                    until: '… and not after this time',
                },
            },
            open: { usage: 'incident open --key K --title T [--body B --severity S]', summary: 'open (or update) one' },
            update: { usage: 'incident update --key K [--body B]', summary: 'comment on the open one' },
            resolve: { usage: 'incident resolve --key K [--body B]', summary: 'close it with a comment' },
        },
    },
    report: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(6789), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(7794)]).then(__webpack_require__.bind(__webpack_require__, 7794)), (m) => m.reportCommand),
        readsState: true,
        summary: 'the static HTML dashboard',
        usage: ['report [--out DIR]'],
        flags: { out: 'the folder it is written to (default <state>/report)' },
        settings: settingKeys(dataPlane, commands_github, ['workflow-file', 'decision-log-path']),
    },
    export: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(6789), __webpack_require__.e(7050), __webpack_require__.e(3858), __webpack_require__.e(8602), __webpack_require__.e(7794)]).then(__webpack_require__.bind(__webpack_require__, 7794)), (m) => m.exportCommand),
        readsState: true,
        summary: 'the run history as CSV, streamed',
        usage: ['export [--status S --since T --until T --out FILE]'],
        flags: {
            status: 'outcomes separated by commas (published, drafted, blocked, retry, failed, skipped)',
            since: 'rows at or after this time',
            until: 'rows before this time',
            out: 'the CSV file (default: stdout)',
        },
        settings: dataPlane,
    },
    doctor: {
        run: lazy(() => Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(1286)]).then(__webpack_require__.bind(__webpack_require__, 1286)), (m) => m.doctorCommand),
        summary: 'check the configuration against GitHub, the Sheet, Shopify and the LLM; a checklist with fixes',
        usage: ['doctor [github|variables|sheets|shopify|llm …]'],
        settings: settingKeys(dataPlane, ['workflow-file'], ['shopify-store-domain', 'shopify-client-id', 'shopify-client-secret', 'shopify-admin-token'], ['shopify-api-version', 'shopify-blog-handle', 'shopify-api-url'], ['llm-base-url', 'llm-model', 'llm-api-key']),
    },
};
/** The flags every command takes. */
const COMMON_FLAGS = {
    json: 'JSON only on stdout (keys in snake_case, like the files)',
    help: 'this help',
};
const COMMON_SETTINGS = common;
function specOf(command) {
    // A command registered bare takes every flag, as all did before commands declared theirs.
    return typeof command === 'function' ? { run: command, summary: '', usage: [], acceptsAll: true } : command;
}

// EXTERNAL MODULE: ./packages/cli/src/context.ts + 3 modules
var context = __webpack_require__(1206);
;// CONCATENATED MODULE: ./packages/cli/src/help.ts



/** Every flag a command (or its subcommand) takes, by name. */
function acceptedFlags(spec, sub) {
    const sets = [{ flags: COMMON_FLAGS, settings: COMMON_SETTINGS }, spec];
    const subs = spec.subcommands ?? {};
    if (sub !== undefined && subs[sub])
        sets.push(subs[sub]);
    else
        sets.push(...Object.values(subs));
    const names = new Set(['version']);
    for (const set of sets) {
        for (const name of Object.keys(set.flags ?? {}))
            names.add(name);
        for (const key of set.settings ?? [])
            names.add(key);
    }
    return names;
}
function flagLine(name, meaning) {
    const spec = src_args/* COMMAND_FLAGS */.Kr[name];
    const value = 'value' in spec ? ` ${spec.value}` : '';
    return row(`--${name}${value}`, meaning);
}
/** `review|publish` for a choice among words, VALUE otherwise; nothing for a boolean. */
function valueWord(expected) {
    if (expected === 'true or false')
        return '';
    const choice = /^([a-z0-9_-]+)((?:, [a-z0-9_-]+)*) or ([a-z0-9_-]+)$/.exec(expected);
    if (!choice)
        return ' VALUE';
    const words = [choice[1], ...(choice[2] ?? '').split(', ').filter(Boolean), choice[3]];
    return ` ${words.join('|')}`;
}
function settingLine(setting, meaning) {
    const value = valueWord(setting.expected);
    const facts = [
        setting.expected,
        setting.fallback !== undefined && setting.fallback !== '' ? `default ${setting.fallback}` : undefined,
        `env ${setting.env}`,
        setting.secret ? 'secret' : undefined,
    ].filter(Boolean);
    return row(`--${setting.key}${value}`, `${meaning ?? setting.description} (${facts.join('; ')})`);
}
function row(flag, text) {
    return flag.length < 30 ? `  ${flag.padEnd(30)} ${text}` : `  ${flag}\n  ${''.padEnd(30)} ${text}`;
}
function flagLines(flags, indent = '') {
    return Object.entries(flags ?? {}).map(([name, meaning]) => indent + flagLine(name, meaning));
}
/** A subcommand's own settings, with what they mean there (`--title` of `queue add` is the row's title). */
function subSettingLines(sub, indent) {
    return (sub.settings ?? []).flatMap((key) => {
        const setting = settingByKey(key);
        return setting ? [indent + settingLine(setting, sub.meaning?.[key])] : [];
    });
}
function commandHelp(name, command) {
    const lines = [`autopilot ${name} — ${command.summary}`, '', 'Usage:'];
    const subs = Object.entries(command.subcommands ?? {});
    if (subs.length > 0) {
        for (const [, sub] of subs) {
            lines.push(`  autopilot ${sub.usage}`, `      ${sub.summary}`, ...flagLines(sub.flags, '    '), ...subSettingLines(sub, '    '));
        }
    }
    else {
        lines.push(...command.usage.map((u) => `  autopilot ${u}`));
    }
    const own = flagLines(command.flags);
    if (own.length > 0)
        lines.push('', 'Flags:', ...own);
    const settings = (command.settings ?? [])
        .filter((key) => !COMMON_SETTINGS.includes(key))
        .map(settingByKey)
        .filter((s) => s !== undefined);
    if (settings.length > 0) {
        lines.push('', 'Settings (a flag, or the environment variable, or a line in .env):', ...settings.map((s) => settingLine(s)));
    }
    lines.push('', 'Common flags:', ...flagLines(COMMON_FLAGS), ...COMMON_SETTINGS.map(settingByKey)
        .filter((s) => s !== undefined)
        .map((s) => settingLine(s)));
    return lines.join('\n');
}
function mainHelp() {
    const lines = [
        'autopilot — Shopify Blog Autopilot on the command line',
        '',
        'Usage: autopilot <command> [flags]        (flags may come before or after the command)',
        '       autopilot <command> --help         that command’s flags, their defaults and allowed values',
        '       autopilot --version',
        '',
    ];
    for (const [name, command] of Object.entries(COMMANDS)) {
        const spec = specOf(command);
        const usage = spec.usage.length > 0 ? spec.usage : [name];
        for (const [i, u] of usage.entries())
            lines.push(i === 0 ? row(u, spec.summary) : `  ${u}`);
    }
    lines.push('', 'Common flags: --state DIR (default .autopilot), --json (JSON only on stdout), --log-format text|json.', 'Exit codes: 0 done, 1 the run met errors it could not handle, 2 bad usage or configuration,', '130/143 an executor run cancelled by SIGINT/SIGTERM.');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
// The `autopilot` command: parse, build the context, run one command, and
// turn errors into exit codes (2 for a user's mistake, with a clear message
// and no stack trace; 1 for a run with errors it could not handle).







/** The suite's version (the root package.json, which releases are tagged from). */
const VERSION = package_namespaceObject.rE;
/** The command named on the line, for messages about a flag given before it was parsed. */
function commandIn(argv) {
    return argv.find((arg) => Object.hasOwn(COMMANDS, arg));
}
/** A flag the command does not take is refused, not silently ignored (`start --mode publish`). */
function refuseForeignFlags(name, spec, args, sub) {
    if (spec.acceptsAll)
        return;
    const known = sub !== undefined && spec.subcommands?.[sub] ? sub : undefined;
    // An unknown subcommand is the command's own message to give.
    if (spec.subcommands && sub !== undefined && !known)
        return;
    const accepted = acceptedFlags(spec, known);
    const foreign = args.given.filter((flag) => !accepted.has(flag));
    if (foreign.length === 0)
        return;
    const what = known ? `${name} ${known}` : name;
    const flags = foreign.map((f) => `--${f}`).join(', ');
    throw new errors/* UserError */.yo(`${what} does not take ${flags}; see \`autopilot ${name} --help\` for the flags it takes`);
}
/** `--since` after `--until` selects nothing: a mistake, said as one (each command reads the values itself). */
function refuseInvertedRange(args) {
    const { since, until } = args.flags;
    if (since === undefined || until === undefined)
        return;
    const from = (0,time/* parseQueueTime */.KN)(since);
    const to = (0,time/* parseQueueTime */.KN)(until);
    if (from && to && from.getTime() > to.getTime()) {
        throw new errors/* UserError */.yo(`--since "${since}" is after --until "${until}"; expected --since before --until`);
    }
}
/** A command that reads the local state refuses a folder that does not exist (the queue and run log are there). */
function requireStateIfRead(spec, sub, ctx) {
    const reads = spec.readsState === true || (sub !== undefined && spec.readsState?.includes(sub));
    if (reads && (0,data_plane/* queueBackendOf */.z3)(ctx.config, 'local') === 'local')
        (0,context/* requireStateFolder */.FI)(ctx);
}
async function main(argv, io) {
    let redact = (text) => text;
    try {
        let args;
        try {
            args = (0,src_args/* parseCommandLine */.Du)(argv);
        }
        catch (error) {
            const name = commandIn(argv);
            if (error instanceof src_args/* UnknownFlagError */.b && name) {
                throw new errors/* UserError */.yo(`${name} does not take ${error.flag} (no command does); see \`autopilot ${name} --help\` for the flags it takes`);
            }
            throw error;
        }
        const [first, ...rest] = args.positionals;
        if (args.flags.version) {
            io.stdout(VERSION);
            return 0;
        }
        const name = first === 'help' ? rest[0] : first;
        if (!name) {
            io.stdout(mainHelp());
            return args.flags.help || first === 'help' ? 0 : 2;
        }
        const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
        if (!command)
            throw new errors/* UserError */.yo(`unknown command "${name}"; expected one of: ${Object.keys(COMMANDS).join(', ')}`);
        const spec = specOf(command);
        if (args.flags.help || first === 'help') {
            io.stdout(spec.acceptsAll ? mainHelp() : commandHelp(name, spec));
            return 0;
        }
        refuseForeignFlags(name, spec, args, rest[0]);
        refuseInvertedRange(args);
        const ctx = (0,context/* createCliContext */.cX)(args, io);
        redact = ctx.redact;
        requireStateIfRead(spec, rest[0], ctx);
        return await spec.run(ctx, rest);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo) {
            io.stderr(`autopilot: ${(0,terminal/* escapeForTerminal */.f)(redact(error.message), { keepNewlines: true })}`);
            return 2;
        }
        // Error text may quote a server or a queue row: redacted, and no control character reaches the terminal.
        io.stderr(`autopilot: unexpected error: ${(0,terminal/* escapeForTerminal */.f)(redact((0,errors/* errorMessage */.gJ)(error)), { keepNewlines: true })}`);
        if (process.env.AUTOPILOT_DEBUG && error instanceof Error)
            io.stderr(redact(error.stack ?? ''));
        return 1;
    }
}
/**
 * The process's own streams, as the CLI's output. Output is best effort: a
 * reader that goes away (`autopilot executor | head -2`: EPIPE) or any other
 * write error on stdout/stderr must not kill a run half-way, with a row left
 * IN_PROGRESS under its lease and the run never recorded. So write errors are
 * swallowed, later lines to that stream are dropped, and the command goes on;
 * the state folder (queue, run log, runs.jsonl) keeps the record.
 */
function processIo(streams = process) {
    const lineWriter = (stream) => {
        let open = true;
        stream.on('error', () => {
            open = false;
        });
        return (text) => {
            if (!open)
                return;
            try {
                stream.write(`${text}\n`);
            }
            catch {
                open = false;
            }
        };
    };
    return { stdout: lineWriter(streams.stdout), stderr: lineWriter(streams.stderr) };
}
/** `autopilot` as a process: the arguments and streams of this one. */
function runFromProcess() {
    return main(process.argv.slice(2), processIo());
}


/***/ }),

/***/ 8219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ SETTINGS)
});

// UNUSED EXPORTS: SETTING_BY_KEY

// EXTERNAL MODULE: ./packages/core/src/domain/queue/shard.ts
var shard = __webpack_require__(2254);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/time.ts
var time = __webpack_require__(9785);
;// CONCATENATED MODULE: ./packages/core/src/config/setting.ts
// One setting, known by the same name everywhere: `max-items` is the action
// input `max-items`, the CLI flag `--max-items`, and the environment variable
// (or .env line) `MAX_ITEMS`. Values arrive as text and are parsed by the
// small parsers below.
function envNameOf(key) {
    return key.toUpperCase().replace(/-/g, '_');
}
function setting(key, schema, expected, description, options = {}) {
    return {
        key,
        env: options.env ?? envNameOf(key),
        schema,
        fallback: options.fallback,
        expected,
        description,
        secret: options.secret,
    };
}
/** Reads one setting's text; undefined means the setting is unset. */
class Parser {
    read;
    constructor(read) {
        this.read = read;
    }
    safeParse(raw) {
        return this.read(raw);
    }
    /** Unset is allowed and reads as undefined. */
    optional() {
        return new Parser((raw) => raw === undefined ? { success: true, data: undefined } : this.read(raw));
    }
    /** A further check on the value read. */
    refine(check) {
        return new Parser((raw) => {
            const result = this.read(raw);
            return result.success && !check(result.data) ? { success: false } : result;
        });
    }
    /** A string value must match the pattern in full (the pattern anchors itself). */
    regex(pattern) {
        return this.refine((value) => pattern.test(value));
    }
}
const ok = (data) => ({ success: true, data });
const FAIL = { success: false };
/** Text, trimmed, then read by `read` (undefined: not valid); unset is not valid. */
function fromText(read) {
    return new Parser((raw) => {
        if (raw === undefined)
            return FAIL;
        const value = read(raw.trim());
        return value === undefined ? FAIL : ok(value);
    });
}
const numberIn = (pattern, check) => fromText((value) => {
    if (!pattern.test(value))
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) && check(n) ? n : undefined;
});
const setting_text = () => fromText((value) => (value === '' ? undefined : value));
const optionalText = () => setting_text().optional();
const integer = (min, max = Number.MAX_SAFE_INTEGER) => numberIn(/^-?\d+$/, (n) => Number.isSafeInteger(n) && n >= min && n <= max);
const decimal = (min, max = Number.MAX_VALUE) => numberIn(/^-?(\d+\.?\d*|\.\d+)$/, (n) => n >= min && n <= max);
/** A strictly positive number (seconds may be fractional, tests use a few). */
const positive = () => numberIn(/^(\d+\.?\d*|\.\d+)$/, (n) => n > 0);
const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);
const setting_boolean = () => fromText((value) => {
    const word = value.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
});
const oneOf = (values) => fromText((value) => {
    const word = value.toLowerCase();
    return values.includes(word) ? word : undefined;
});
/** An absolute http(s) URL, kept as written (trimmed). */
const url = () => fromText((value) => {
    const parsed = URL.parse(value);
    return parsed && /^https?:$/.test(parsed.protocol) && parsed.host !== '' ? value : undefined;
});
/** A comma-separated list; empty entries dropped. */
const list = () => new Parser((raw) => raw === undefined
    ? FAIL
    : ok(raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)));
const numberList = () => fromText((value) => /^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/.test(value) ? value.split(',').map((s) => Number(s.trim())) : undefined);
/** A lower-cased text of at most `max` characters (host names). */
const lowerText = (max) => fromText((value) => {
    const lower = value.toLowerCase();
    return lower.length <= max ? lower : undefined;
});

;// CONCATENATED MODULE: ./packages/core/src/config/settings.ts
// The catalogue of every setting. One schema serves action inputs, the
// environment, `.env` and CLI flags (see load.ts for precedence).



const secret = { secret: true };
const SETTINGS = {
    // ── state and mode ─────────────────────────────────────────────────────
    state: setting('state', setting_text(), 'a folder path', "Folder of the local adapters' files (queue.csv, run log, variables, incidents, site) when no service is configured, relative to the working directory", {
        env: 'AUTOPILOT_STATE',
        fallback: '.autopilot',
    }),
    mode: setting('mode', oneOf(['review', 'publish']), 'review or publish', 'Run mode: review writes drafts only; publish goes live, but only while WF_ENABLED=true and ALLOW_PUBLISH=human_enabled (otherwise the run is downgraded to review)', {
        env: 'AUTOPILOT_MODE',
        fallback: 'review',
    }),
    logFormat: setting('log-format', oneOf(['text', 'json']), 'text or json', 'Format of log lines: readable text (trace id on the first line), or JSON lines with trace_id on every line', { fallback: 'text' }),
    runId: setting('run-id', optionalText(), 'an id', 'Run id (defaults to GITHUB_RUN_ID or a fresh id)', {
        env: 'AUTOPILOT_RUN_ID',
    }),
    // ── executor ───────────────────────────────────────────────────────────
    maxItems: setting('max-items', integer(1, 1000), 'a whole number from 1 to 1000', 'Most queue rows one executor run claims', {
        fallback: '5',
    }),
    concurrency: setting('concurrency', integer(1, 32), 'a whole number from 1 to 32', 'Rows one executor run works on at the same time', {
        fallback: '2',
    }),
    shard: setting('shard', fromText((value) => {
        const parsed = (0,shard/* parseShard */.uK)(value);
        return parsed.ok ? parsed.shard : undefined;
    }).optional(), 'k/n with whole numbers 1 ≤ k ≤ n, e.g. 2/4', "This run's part of the queue when n runs work it side by side (a workflow matrix of n jobs): the rows whose item id hashes to k of n. Unset: the whole queue"),
    timeBudget: setting('time-budget', positive(), 'a positive number of seconds', 'Seconds after which a run claims no more rows; rows in flight are cancelled and released', {
        fallback: '600',
    }),
    lease: setting('lease', positive(), 'a positive number of seconds', 'Seconds a claim holds a row; the supervisor recovers a row whose lease expired', {
        fallback: '900',
    }),
    requestTimeout: setting('request-timeout', positive(), 'a positive number of seconds', 'How long one outbound request may wait', {
        fallback: '30',
    }),
    maxAttempts: setting('max-attempts', integer(1, 100), 'a whole number from 1 to 100', 'Attempts per row before it ends FAILED', {
        fallback: '3',
    }),
    maxFixPasses: setting('max-fix-passes', integer(0, 10), 'a whole number from 0 to 10', 'Automatic fix passes on a draft the gate sends back (RETRY) before it is blocked', {
        fallback: '2',
    }),
    timezone: setting('timezone', setting_text().refine(time/* isTimeZone */.kQ), 'an IANA time zone such as Europe/Berlin or America/New_York', 'Time zone a publish_at without one (2026-11-22 09:00) is read in', {
        fallback: 'UTC',
    }),
    requireApproval: setting('require-approval', setting_boolean(), 'true or false', 'In publish mode, publish only drafts a human approved; the others stop as drafts awaiting approval', {
        fallback: 'true',
    }),
    backoff: setting('backoff', numberList(), 'seconds separated by commas, e.g. 60,180,600', 'Delays before the first, second, … retry of a row (the last repeats)', {
        fallback: '60,180,600',
    }),
    backoffJitter: setting('backoff-jitter', decimal(0, 1), 'a number from 0 to 1', 'Random spread of each retry delay, as a fraction of it', {
        fallback: '0.3',
    }),
    titleMax: setting('title-max', integer(1), 'a whole number ≥ 1', 'TITLE_TOO_LONG above this many characters', {
        fallback: '70',
    }),
    summaryMax: setting('summary-max', integer(1), 'a whole number ≥ 1', 'SUMMARY_TOO_LONG above this many characters', {
        fallback: '160',
    }),
    bodyMinWords: setting('body-min-words', integer(0), 'a whole number ≥ 0', 'BODY_TOO_SHORT below this many words', {
        fallback: '300',
    }),
    bodyMaxWords: setting('body-max-words', integer(1), 'a whole number ≥ 1', 'BODY_TOO_LONG above this many words', {
        fallback: '3000',
    }),
    headingsAfterWords: setting('headings-after-words', integer(1), 'a whole number ≥ 1', 'Word count above which an article needs headings (NO_HEADINGS otherwise)', {
        fallback: '600',
    }),
    bannedPhrases: setting('banned-phrases', list(), 'phrases separated by commas', 'Phrases an article must not contain (BANNED_PHRASE), besides the built-in list', {
        fallback: '',
    }),
    metaTitleMax: setting('meta-title-max', integer(1), 'a whole number ≥ 1', 'META_TITLE_TOO_LONG above this many characters of the SEO title', { fallback: '60' }),
    metaDescriptionMin: setting('meta-description-min', integer(0), 'a whole number ≥ 0', 'META_DESCRIPTION_LENGTH below this many characters of the meta description', { fallback: '70' }),
    metaDescriptionMax: setting('meta-description-max', integer(1), 'a whole number ≥ 1', 'META_DESCRIPTION_LENGTH above this many characters of the meta description', { fallback: '160' }),
    requireImage: setting('require-image', setting_boolean(), 'true or false', 'Block an article without a featured image (IMAGE_MISSING): every row then needs an image_url', { fallback: 'false' }),
    readingEaseMin: setting('reading-ease-min', decimal(0, 100), 'a number from 0 to 100', 'READING_LEVEL below this Flesch reading ease (English articles; lower is harder to read)', { fallback: '30' }),
    readingEaseMax: setting('reading-ease-max', decimal(0, 100), 'a number from 0 to 100', 'READING_LEVEL above this Flesch reading ease (100: no upper limit)', { fallback: '100' }),
    nearDuplicateThreshold: setting('near-duplicate-threshold', decimal(0, 1), 'a number from 0 to 1', 'NEAR_DUPLICATE at or above this share of word 4-shingles in common (Jaccard) with another article of the blog or the queue', { fallback: '0.6' }),
    contentRoot: setting('content-root', optionalText(), 'a folder path', "Folder a row's content_path is read from (unset: the working directory)"),
    // ── variables (kill-switch) ────────────────────────────────────────────
    wfEnabled: setting('wf-enabled', optionalText(), 'true or false', 'WF_ENABLED repository variable', {
        env: 'WF_ENABLED',
    }),
    allowPublish: setting('allow-publish', optionalText(), 'human_enabled or human_disabled', 'ALLOW_PUBLISH variable', {
        env: 'ALLOW_PUBLISH',
    }),
    // ── heartbeat ──────────────────────────────────────────────────────────
    heartbeatFile: setting('heartbeat-file', optionalText(), 'a file path', 'Heartbeat file (default local_heartbeat.json in the checkout; the CLI without push: in state)'),
    heartbeatUrl: setting('heartbeat-url', url().optional(), 'an http(s) URL', "URL that serves the local runner's heartbeat JSON (heartbeat-source url)", {
        env: 'LOCAL_HEARTBEAT_URL',
    }),
    heartbeatSource: setting('heartbeat-source', oneOf(['file', 'url', 'variable', 'branch']), 'file, url, variable or branch', "Where the local runner's heartbeat is read: file (heartbeat-file in the checkout), url (heartbeat-url), variable (the LOCAL_HEARTBEAT repository variable) or branch (local_heartbeat.json on state-branch)", { fallback: 'file' }),
    heartbeatTimeout: setting('heartbeat-timeout', positive(), 'a positive number of seconds', 'Seconds to wait for heartbeat-url to answer', {
        fallback: '5',
    }),
    maxAgeMinutes: setting('max-age-minutes', positive(), 'a positive number of minutes', 'Minutes a heartbeat stays fresh; older, the local runner no longer owns the pipeline', {
        fallback: '15',
    }),
    deadAfterHours: setting('dead-after-hours', positive(), 'a positive number of hours', 'Hours after which a silent heartbeat counts as dead rather than stale', {
        fallback: '24',
    }),
    futureToleranceSeconds: setting('future-tolerance-seconds', decimal(0), 'a number of seconds ≥ 0', "Seconds a heartbeat's timestamp may lie in the future (clock skew) before it is rejected", {
        fallback: '120',
    }),
    expectLocal: setting('expect-local', setting_boolean(), 'true or false', 'Whether a local runner is meant to be beating: true opens heartbeat-stale when its heartbeat goes quiet', { fallback: 'false' }),
    staleGraceMinutes: setting('stale-grace-minutes', decimal(0), 'a number of minutes ≥ 0', 'Minutes past max-age-minutes before heartbeat-stale opens', {
        fallback: '30',
    }),
    owner: setting('owner', optionalText(), 'a name', 'Heartbeat owner (default user@host)', { env: 'AUTOPILOT_OWNER' }),
    heartbeatPush: setting('heartbeat-push', setting_boolean(), 'true or false', 'Commit and push the heartbeat file', {
        env: 'LOCAL_HEARTBEAT_PUSH',
        fallback: 'false',
    }),
    // ── supervisor ─────────────────────────────────────────────────────────
    failureThreshold: setting('failure-threshold', integer(1), 'a whole number ≥ 1', 'Failed runs within health-window that make the supervisor disable publishing', {
        fallback: '2',
    }),
    healthWindow: setting('health-window', integer(1, 100), 'a whole number from 1 to 100', 'Recent completed publish runs the supervisor judges health from', {
        fallback: '5',
    }),
    reviewWindowHours: setting('review-window-hours', positive(), 'a positive number of hours', 'Hours within which a review run must have succeeded before the supervisor dispatches publish', {
        fallback: '24',
    }),
    deadLetterThreshold: setting('dead-letter-threshold', integer(0), 'a whole number ≥ 0', 'Rows turned FAILED within 24 h above which dead-letter opens', {
        fallback: '3',
    }),
    stallAfterHours: setting('stall-after-hours', positive(), 'a positive number of hours', 'Hours without a completed publish run, while work waits, before schedule-stalled opens', {
        fallback: '3',
    }),
    repeatIntervalHours: setting('repeat-interval-hours', positive(), 'a positive number of hours', 'Hours between repeated notices (issue comment, notification) of an incident that stays open', {
        fallback: '6',
    }),
    reopenWindowHours: setting('reopen-window-hours', positive(), 'a positive number of hours', 'Hours after closing within which a recurring incident reopens its issue instead of filing a new one', {
        fallback: '24',
    }),
    dryRun: setting('dry-run', setting_boolean(), 'true or false', 'Decide and print what would change, changing nothing', {
        fallback: 'false',
    }),
    workflowFile: setting('workflow-file', setting_text(), 'a workflow file name', 'File name of the publish workflow: the supervisor judges its runs and dispatches it', {
        fallback: 'publish.yml',
    }),
    workflowRef: setting('workflow-ref', setting_text(), 'a branch or tag', 'Branch or tag the supervisor dispatches the publish workflow on', { fallback: 'main' }),
    // ── reconcile ──────────────────────────────────────────────────────────
    windowHours: setting('window-hours', positive(), 'a positive number of hours', 'Hours of run log that reconcile computes its metrics over', { fallback: '24' }),
    trendDays: setting('trend-days', integer(1, 366), 'a whole number from 1 to 366', 'Days in the summary charts', {
        fallback: '14',
    }),
    minSamples: setting('min-samples', integer(1), 'a whole number ≥ 1', 'Rows before a failure rate can pause publishing', {
        fallback: '4',
    }),
    pauseFailureRate: setting('pause-failure-rate', decimal(0, 1), 'a number from 0 to 1', 'Failure rate at or above which reconcile recommends pause_and_review', {
        fallback: '0.5',
    }),
    reviewFailureRate: setting('review-failure-rate', decimal(0, 1), 'a number from 0 to 1', 'Failure rate at or above which reconcile recommends review_only', {
        fallback: '0.2',
    }),
    blockRateThreshold: setting('block-rate-threshold', decimal(0, 1), 'a number from 0 to 1', 'Share of drafts blocked (gate or reviewer) at which reconcile says the content needs a human; publishing goes on', { fallback: '0.25' }),
    dailyCostBudget: setting('daily-cost-budget', decimal(0).optional(), 'a number of US dollars ≥ 0', 'LLM cost a day in US dollars; a day over it opens cost-budget and makes reconcile recommend pause_and_review (unset: no budget)'),
    historyLimit: setting('history-limit', integer(1, 10000), 'a whole number from 1 to 10000', 'Past decisions the decision log keeps', {
        fallback: '50',
    }),
    decisionLogPath: setting('decision-log-path', setting_text(), 'a repository path', 'Decision log file on the state branch', {
        fallback: 'decision_log.json',
    }),
    // ── incident ───────────────────────────────────────────────────────────
    incidentAction: setting('action', oneOf(['open', 'update', 'resolve']).optional(), 'open, update or resolve', 'What to do with the incident: open it (or comment on the open one), update its body, or resolve and close it', {
        env: 'INCIDENT_ACTION',
    }),
    incidentKey: setting('key', optionalText(), 'an incident key', 'Stable id of the incident, e.g. pipeline-unstable: one open issue per key, found by a hidden marker', { env: 'INCIDENT_KEY' }),
    incidentTitle: setting('title', optionalText(), 'a title', 'Issue title; needed to open or update', {
        env: 'INCIDENT_TITLE',
    }),
    incidentBody: setting('body', optionalText(), 'text', 'Issue body: text, shown as written (markdown escaped, @mentions and #references made inert); secrets are redacted', {
        env: 'INCIDENT_BODY',
    }),
    severity: setting('severity', oneOf(['critical', 'high', 'medium', 'low']), 'critical, high, medium or low', "Severity, shown as the issue's severity:<s> label", {
        env: 'INCIDENT_SEVERITY',
        fallback: 'medium',
    }),
    labels: setting('labels', list(), 'labels separated by commas', 'Labels added to the issue besides incident and severity:<s>', {
        env: 'INCIDENT_LABELS',
        fallback: '',
    }),
    // ── GitHub ─────────────────────────────────────────────────────────────
    githubToken: setting('github-token', optionalText(), 'a GitHub token', 'GitHub token for the GitHub API calls', {
        env: 'GITHUB_TOKEN',
        ...secret,
    }),
    repository: setting('repository', optionalText(), 'owner/name', "The GitHub repository to work on, as owner/name (unset: the workflow's own, GITHUB_REPOSITORY)", { env: 'GITHUB_REPOSITORY' }),
    githubApiUrl: setting('github-api-url', url(), 'an http(s) URL', 'GitHub API root', {
        env: 'GITHUB_API_URL',
        fallback: 'https://api.github.com',
    }),
    queueBackend: setting('queue-backend', oneOf(['local', 'sheets', 'repo']).optional(), 'local, sheets or repo', 'Where the queue and run log live: local files, a Google Sheet, or queue.csv and run_log.csv on the state branch (unset: sheets when sheets-id is set, else repo in an action and local in the CLI)'),
    stateBranch: setting('state-branch', setting_text().regex(/^(?![/.-])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![/.])$/), 'a branch name (letters, digits, . _ - /)', 'Branch holding queue.csv, run_log.csv, decision_log.json and local_heartbeat.json on GitHub; created on first write; never the default branch', { fallback: 'autopilot-state' }),
    // ── Google Sheets ──────────────────────────────────────────────────────
    sheetsId: setting('sheets-id', optionalText(), 'a spreadsheet id', 'Google Sheet holding the queue and run log, from its URL …/d/<id>/edit; set, the Sheets backend is used'),
    sheetsQueueTab: setting('sheets-queue-tab', setting_text(), 'a tab name', "Name of the Sheet's tab holding the queue", {
        fallback: 'Queue',
    }),
    sheetsRunlogTab: setting('sheets-runlog-tab', setting_text(), 'a tab name', "Name of the Sheet's tab the run log is appended to", { fallback: 'RunLog' }),
    googleServiceAccountJson: setting('google-service-account-json', optionalText(), 'a key JSON', 'Google service account key (JSON) whose e-mail has Editor access to the Sheet', {
        ...secret,
    }),
    googleOauthAccessToken: setting('google-oauth-access-token', optionalText(), 'a token', 'Google OAuth access token with the spreadsheets scope, instead of a service account key', {
        ...secret,
    }),
    sheetsRequestsPerMinute: setting('sheets-requests-per-minute', integer(1, 6000), 'a whole number from 1 to 6000', 'Sheets requests a run allows itself per minute (raise it with your quota)', { fallback: '60' }),
    sheetsApiUrl: setting('sheets-api-url', url().optional(), 'an http(s) URL', 'Sheets API root override (proxies, tests)'),
    // ── Shopify ────────────────────────────────────────────────────────────
    shopifyStoreDomain: setting('shopify-store-domain', shopHostname(), 'a host name like my-store.myshopify.com (no https://, port or path)', 'Shopify store to publish to; set, the Shopify publisher is used (unset: the local site publisher)'),
    shopifyAdminToken: setting('shopify-admin-token', optionalText(), 'an Admin API token', "Legacy custom app's Admin API access token (read_content, write_content); apps made in the Dev Dashboard use shopify-client-id and shopify-client-secret instead", { ...secret }),
    shopifyClientId: setting('shopify-client-id', optionalText(), 'a client id', "Dev Dashboard app's client id, exchanged with shopify-client-secret for an Admin API token at the start of each run (client credentials)"),
    shopifyClientSecret: setting('shopify-client-secret', optionalText(), 'a client secret', "Dev Dashboard app's client secret, paired with shopify-client-id", { ...secret }),
    shopifyApiVersion: setting('shopify-api-version', apiVersion(), 'a version like 2026-10', 'Shopify Admin API version every request names (pinned, so an API change never surprises a run)', {
        fallback: '2026-10',
    }),
    shopifyBlogHandle: setting('shopify-blog-handle', setting_text(), 'a blog handle', 'Handle of the Shopify blog the articles are written to', { fallback: 'news' }),
    shopifyAuthor: setting('shopify-author', optionalText(), 'a name', 'Author name set on each article'),
    shopifyApiUrl: setting('shopify-api-url', url().optional(), 'an http(s) URL', 'Admin GraphQL endpoint override (proxies, tests)'),
    // ── LLM ────────────────────────────────────────────────────────────────
    llmBaseUrl: setting('llm-base-url', url().optional(), 'an http(s) URL', 'Root URL of an OpenAI-compatible chat API; set, the LLM writes the articles (unset: rows need content_path)'),
    llmApiKey: setting('llm-api-key', optionalText(), 'an API key', 'API key sent to llm-base-url, when the server needs one', { ...secret }),
    llmModel: setting('llm-model', optionalText(), 'a model name', 'Model name requested from the LLM API'),
    llmControlPrompt: setting('llm-control-prompt', optionalText(), 'text', "System prompt for the LLM; wins over the config file's"),
    configFile: setting('config-file', optionalText(), 'a YAML or JSON file path', 'YAML or JSON file with the model, temperature, system prompt, style guide, validation thresholds and prices per million tokens'),
    // ── notifications ──────────────────────────────────────────────────────
    slackWebhookUrl: setting('slack-webhook-url', url().optional(), 'an http(s) URL', 'Slack incoming webhook that receives the notifications', { ...secret }),
    notifyWebhookUrl: setting('notify-webhook-url', url().optional(), 'an http(s) URL', 'URL that receives each notification as JSON (run_id, task, status, outputs_uri, log_excerpt)', { ...secret }),
    // ── observability ──────────────────────────────────────────────────────
    metricsFile: setting('metrics-file', optionalText(), 'a file path', "Prometheus text file the run's metrics are written to"),
};
/** A bare host name: the Admin API URL is built from it (SHOPIFY_API_URL overrides the whole endpoint). */
function shopHostname() {
    const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
    return lowerText(253)
        .regex(new RegExp(`^${label}(?:\\.${label})+$`))
        .optional();
}
function apiVersion() {
    return setting_text().regex(/^\d{4}-(01|04|07|10)$|^unstable$/);
}
/** Keys as the outside world spells them (input / flag), for declarations and checks. */
const SETTING_BY_KEY = new Map(Object.keys(SETTINGS).map((name) => [SETTINGS[name].key, name]));


/***/ }),

/***/ 2254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports WHOLE_QUEUE, fnv1a32, shardOf, MAX_SHARDS, formatShard */
// Sharding: `shard: k/n` splits the queue between n executor runs working
// side by side (a workflow matrix of n jobs). A row belongs to the shard its
// item id hashes to, so every machine agrees without talking to the others
// and a row never moves while its id stays the same. The hash is 32-bit
// FNV-1a over the id's UTF-8 bytes: small, stable across Node versions and
// platforms, and even enough for ids like `post-17`. Written by hand: it is a
// dozen lines, and a package would add a dependency to every action bundle.
/** The whole queue (what a run without a shard works). */
const WHOLE_QUEUE = { index: 1, count: 1 };
const encoder = new TextEncoder();
/** 32-bit FNV-1a of the text's UTF-8 bytes. */
function fnv1a32(text) {
    let hash = 0x811c9dc5;
    for (const byte of encoder.encode(text)) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash >>> 0;
}
/** The shard (1..count) an item id belongs to; the id is trimmed first, as the queue reads it. */
function shardOf(itemId, count) {
    if (count <= 1)
        return 1;
    return (fnv1a32(itemId.trim()) % count) + 1;
}
function inShard(itemId, shard) {
    return !shard || shard.count <= 1 || shardOf(itemId, shard.count) === shard.index;
}
/** `k/n` with whole numbers 1 ≤ k ≤ n (n at most 256), e.g. `2/4`. */
function parseShard(text) {
    const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        return {
            ok: false,
            problem: `expected k/n with whole numbers 1 ≤ k ≤ n ≤ ${MAX_SHARDS}, e.g. 2/4`,
        };
    }
    return { ok: true, shard: { index, count } };
}
const MAX_SHARDS = 256;
/** `k/n`, as the setting is written. */
function formatShard(shard) {
    return `${shard.index}/${shard.count}`;
}


/***/ }),

/***/ 9785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ parseQueueTime),
/* harmony export */   kQ: () => (/* binding */ isTimeZone)
/* harmony export */ });
/* unused harmony export zonedTimeToUtc */
// Times in the queue are ISO 8601. People also type "YYYY-MM-DD HH:MM" or
// a bare date; a time without a zone is read in the `timezone` setting's
// IANA zone (default UTC).
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Whether Intl knows this IANA zone name (Europe/Berlin, America/New_York, UTC). */
function isTimeZone(name) {
    // The default, known to every Intl: answered without building a formatter,
    // which loads the zone data (a noticeable part of every start, issue 12).
    if (name === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`, in ms. */
function zoneOffsetMs(ms, zone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    }).formatToParts(new Date(ms));
    const get = (type) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
}
/**
 * The instant a wall-clock time in `zone` names. Written by hand on Intl
 * (the only zone database we carry: no date library is a dependency, and
 * chrono-node reads words, not zones): the zone's offsets half a day either
 * side give the candidates, and the one that reads back as the same wall
 * time wins. A time a fall-back repeats reads as its first occurrence; a
 * time a spring-forward skips is read with the offset before the change,
 * so it lands after the gap (02:30 → 03:30).
 */
function zonedTimeToUtc(wallAsUtcMs, zone) {
    const HALF_DAY = 12 * 3_600_000;
    const before = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs - HALF_DAY, zone);
    const after = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs + HALF_DAY, zone);
    const valid = [before, after].filter((t) => t + zoneOffsetMs(t, zone) === wallAsUtcMs);
    return valid.length > 0 ? Math.min(...valid) : before;
}
function parseQueueTime(text, timeZone = 'UTC') {
    const match = PATTERN.exec(text.trim());
    if (!match)
        return undefined;
    const [, year, month, day, time, zone] = match;
    // Date() rolls 2026-02-30 over into March; a day the calendar lacks is a typo.
    const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day))
        return undefined;
    const date = new Date(`${year}-${month}-${day}T${time ?? '00:00:00'}${zone ?? 'Z'}`);
    if (Number.isNaN(date.getTime()))
        return undefined;
    if (zone || timeZone === 'UTC' || !isTimeZone(timeZone))
        return date;
    return new Date(zonedTimeToUtc(date.getTime(), timeZone));
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ie: () => (/* binding */ ItemError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });

/** Bad configuration, flags, inputs or files: the message names what and where. Exit code 2. */
class UserError extends Error {
    name = 'UserError';
}
/** A failure of one item, with a stable code (item-codes.ts, RUNBOOK.md). `transient` ones are retried with backoff. */
class ItemError extends Error {
    code;
    transient;
    name = 'ItemError';
    constructor(code, message, transient) {
        super(message);
        this.code = code;
        this.transient = transient;
    }
}
/** A remote service answered in a way we could not use (status, body). */
class ServiceError extends Error {
    service;
    status;
    retryable;
    name = 'ServiceError';
    constructor(service, message, status, retryable = false) {
        super(`${service}: ${message}`);
        this.service = service;
        this.status = status;
        this.retryable = retryable;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   J4: () => (/* binding */ ITEM_STATUSES),
/* harmony export */   W_: () => (/* binding */ QUEUE_COLUMNS),
/* harmony export */   Yv: () => (/* binding */ DECISIONS),
/* harmony export */   im: () => (/* binding */ OUTCOMES),
/* harmony export */   pt: () => (/* binding */ RUN_LOG_COLUMNS)
/* harmony export */ });
// The data model of DESIGN §4: queue rows, run-log rows, runs, heartbeat,
// decision log and incidents. Plain data, no behaviour.
/** Every queue state of the state machine (DESIGN §4). */
const ITEM_STATUSES = [
    'PENDING',
    'IN_PROGRESS',
    'AWAITING_APPROVAL',
    'APPROVED',
    /** Sent to the store with a future publish date: the store shows it then (issue 11). */
    'SCHEDULED',
    'PUBLISHED',
    /**
     * Set by a human on a PUBLISHED row whose content or fields changed: the next
     * publish run re-publishes it in place (same article, same handle), keeping
     * the previous version (VersionStore), then the row is PUBLISHED again.
     */
    'UPDATE',
    'FAILED',
    'BLOCKED',
    'SKIPPED',
];
const PRIORITIES = ['P0', 'P1', 'P2'];
const MODES = ['review', 'publish'];
/** The queue's known columns, in the order a new table is written. */
const QUEUE_COLUMNS = [
    'id',
    'title',
    'brief',
    'keywords',
    'content',
    'content_path',
    // The article's own fields (issue 11), all optional: a human's value wins over the model's.
    'meta_title',
    'meta_description',
    'image_url',
    'image_alt',
    'author',
    'tags',
    /** Products or collections to feature, by handle, separated like keywords. */
    'links',
    'language',
    'priority',
    'publish_at',
    'status',
    'approval',
    'approver',
    'attempts',
    'next_attempt_at',
    'lease_owner',
    'lease_until',
    'article_id',
    'article_url',
    'handle',
    'last_error',
    'notes',
    'updated_at',
    'run_id',
];
// scheduled: the article is in the store with a future publish date (the row is SCHEDULED); it goes live then.
const OUTCOMES = ['published', 'scheduled', 'drafted', 'blocked', 'failed', 'retry', 'skipped'];
/** The run log's columns (append only), in file order. */
const RUN_LOG_COLUMNS = [
    'at',
    'run_id',
    'trace_id',
    'mode',
    'item_id',
    'outcome',
    'gate',
    'error_codes',
    'attempts',
    'duration_ms',
    'tokens_in',
    'tokens_out',
    'cost_usd',
    'article_id',
];
const DECISIONS = ['continue_publish', 'pause_and_review', 'review_only', 'no_data'];


/***/ }),

/***/ 837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, SECRET_ENV_NAME, MIN_SECRET_LENGTH, secretUrlParts, secretValuesFromEnv */
// Masks secrets in any text we post or print: known secret values (and their
// JSON-escaped and URL-encoded forms, which is how they turn up inside
// serialized payloads and URLs), the secret parts of secret URLs (a webhook's
// path and query values, as a server quoting the request line shows them),
// plus the shapes of well-known tokens.
const REDACTED = '***';
/** Environment variable names whose values are treated as secrets. AUTH but not AUTHOR (GIT_AUTHOR_NAME is not a secret). */
const SECRET_ENV_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|WEBHOOK|CREDENTIAL|AUTH(?!OR)/i;
/** Values shorter than this are ignored: masking "abc" everywhere would shred ordinary text. */
const MIN_SECRET_LENGTH = 4;
/** Flag-like values a secret-looking variable may hold that are not secrets. */
const NOT_SECRET_VALUES = new Set(['true', 'false', 'null', 'undefined']);
/** Token shapes masked even when we were not told the value. */
const TOKEN_PATTERNS = [
    // PEM private key blocks, raw or JSON-escaped (\n inside), whole.
    [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g, REDACTED],
    // GitHub: classic, OAuth, user-to-server, server-to-server, refresh; fine-grained PATs.
    [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
    // Shopify access tokens, custom-app, private-app and shared secrets.
    [/\bshp(?:at|ca|pa|ss)_[A-Za-z0-9]{16,}/g, REDACTED],
    // OpenAI-style keys: sk-..., sk-proj-...
    [/\bsk-(?:proj-)?[A-Za-z0-9_-]{16,}/g, REDACTED],
    // Slack tokens and incoming-webhook paths.
    [/\bxox[bpas]-[A-Za-z0-9-]{10,}/g, REDACTED],
    [/\bxapp-[A-Za-z0-9-]{10,}/g, REDACTED],
    [/(hooks\.slack\.com\/services\/)[A-Za-z0-9/_-]+/g, `$1${REDACTED}`],
    // Authorization headers quoted in text.
    [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1${REDACTED}`],
    // Passwords in URLs: https://user:password@host
    [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^/\s@]+@/gi, `$1${REDACTED}@`],
];
/** The forms a value takes inside JSON strings and URLs, besides itself. */
function variants(secret) {
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
    return [...forms];
}
/** A path segment that names nothing secret: a plain word such as `services`, `api`, `hooks`, `v1`. */
const PLAIN_SEGMENT = /^(?:[a-z]+(?:[-_][a-z]+)*|v\d{1,2})$/;
/**
 * The secret parts of a secret URL (a webhook): the path and query as a
 * request line quotes them, each path segment after the host that is not a
 * plain word, and each query value. A server that answers with the request
 * line, or a log that shows only the path, must not give the URL away.
 */
function secretUrlParts(secret) {
    let url;
    try {
        url = new URL(secret);
    }
    catch {
        return [];
    }
    if (!/^(?:https?|wss?):$/.test(url.protocol))
        return [];
    const parts = [];
    const path = url.pathname.replace(/\/+$/, '');
    if (path.length > 1)
        parts.push(`${url.pathname}${url.search}`, `${path}${url.search}`, path);
    for (const segment of url.pathname.split('/')) {
        let decoded = segment;
        try {
            decoded = decodeURIComponent(segment);
        }
        catch {
            // keep it as written
        }
        if (decoded.length >= 16 || !PLAIN_SEGMENT.test(decoded))
            parts.push(segment, decoded);
    }
    for (const [, value] of url.searchParams)
        parts.push(value);
    if (url.username)
        parts.push(url.username);
    if (url.password)
        parts.push(url.password);
    return parts.filter((part) => part.length >= MIN_SECRET_LENGTH);
}
function secretValuesFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => SECRET_ENV_NAME.test(name) && value && !NOT_SECRET_VALUES.has(value.toLowerCase()))
        .map(([, value]) => value);
}
function createRedactor(options = {}) {
    const values = [...(options.secrets ?? []), ...(options.env ? secretValuesFromEnv(options.env) : [])]
        .map((value) => value?.trim() ?? '')
        .filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is masked whole.
    const needles = [...new Set(values.flatMap((value) => [value, ...secretUrlParts(value)]).flatMap(variants))].sort((a, b) => b.length - a.length);
    return (text) => {
        if (!text)
            return text;
        let out = text;
        for (const needle of needles) {
            if (out.includes(needle))
                out = out.split(needle).join(REDACTED);
        }
        for (const [pattern, replacement] of TOKEN_PATTERNS)
            out = out.replace(pattern, replacement);
        return maskCutSecret(out, needles);
    };
}
/** How a shortened text ends (cellText and friends cut at a length and add one). */
const CUT_MARK = '…';
/**
 * A text shortened before it reached the redactor (a queue cell cut at 500
 * characters) may end in the first part of a secret, which no whole-value
 * match finds. When the text ends with the cut mark, the longest piece before
 * it that begins a known secret (at least MIN_SECRET_LENGTH characters) is
 * masked as well.
 */
function maskCutSecret(text, needles) {
    if (!text.endsWith(CUT_MARK))
        return text;
    const body = text.slice(0, -CUT_MARK.length);
    let cut = 0;
    for (const needle of needles) {
        for (let n = Math.min(needle.length - 1, body.length); n >= MIN_SECRET_LENGTH && n > cut; n--) {
            if (body.endsWith(needle.slice(0, n))) {
                cut = n;
                break;
            }
        }
    }
    return cut > 0 ? `${body.slice(0, -cut)}${REDACTED}${CUT_MARK}` : text;
}


/***/ }),

/***/ 3268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ escapeForTerminal)
/* harmony export */ });
// Text from outside (queue ids, titles, model output, server answers) shown on
// a terminal or in a log line: control characters become visible escapes, so
// an id holding `\x1b]0;…\x07` cannot retitle or clear the terminal and an id
// holding a newline cannot forge a log line of its own.
// C0 controls, DEL, C1 controls, and the bidirectional overrides/isolates
// that reorder what a reader sees (Trojan Source, CVE-2021-42574).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, newline excepted
const UNSAFE_KEEP_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(char) {
    const named = NAMED[char];
    if (named)
        return named;
    const code = char.charCodeAt(0);
    // C0 as `\x1b`; DEL, C1 and the bidi marks as `\u009b`, which is also a
    // valid JSON escape: a JSON log line (where JSON.stringify already escaped
    // C0) stays valid JSON with the same value after this pass.
    return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * `text` with every control character shown as an escape (`\x1b`, `\n`, `\t`,
 * `\u009b`, `\u202e`). With `keepNewlines`, '\n' stays a line break: for a block of
 * lines we built ourselves, whose untrusted values were escaped one by one.
 */
function escapeForTerminal(text, options = {}) {
    return text.replace(options.keepNewlines ? UNSAFE_KEEP_NEWLINES : UNSAFE, visible);
}


/***/ }),

/***/ 8687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lf: () => (/* binding */ buildDataPlane),
  z3: () => (/* binding */ queueBackendOf)
});

// UNUSED EXPORTS: buildQueuePlane

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/wiring/github-options.ts
var github_options = __webpack_require__(18);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
;// CONCATENATED MODULE: ./packages/core/src/wiring/redacting-queue.ts
// The queue as the pipeline writes it: every value we put in a cell passes
// the redactor first. A failed call's message (a server's reply, which may
// quote a token or a webhook path) lands in `last_error` or `notes`, and the
// queue is a table people share — a spreadsheet, a repository file. Cells we
// leave unchanged are not touched: a human's text stays as they wrote it.

function redactChanged(row, before, redact) {
    const out = { ...row, extra: { ...(row.extra ?? {}) } };
    const fields = out;
    for (const column of model/* QUEUE_COLUMNS */.W_) {
        const value = row[column];
        if (typeof value === 'string' && value !== before?.[column])
            fields[column] = redact(value);
    }
    for (const [key, value] of Object.entries(row.extra ?? {})) {
        if (value !== before?.extra[key])
            out.extra[key] = redact(value);
    }
    return out;
}
/**
 * The row numbered `row` as read: `row` is 1-based among the data rows, so
 * a row usually sits at index `row - 1` (checked), else it is looked for — not a map of the whole
 * queue per transaction, which at 10,000 rows cost more than the write.
 */
function rowBefore(rows, row) {
    const guess = rows[row - 1];
    return guess?.row === row ? guess : rows.find((r) => r.row === row);
}
function redactingQueueStore(store, redact) {
    return {
        list: () => store.list(),
        transact: (plan) => store.transact((rows) => {
            const change = plan(rows);
            return {
                ...change,
                ...(change.update
                    ? { update: change.update.map((row) => redactChanged(row, rowBefore(rows, row.row), redact)) }
                    : {}),
                ...(change.append ? { append: change.append.map((row) => redactChanged(row, undefined, redact)) } : {}),
            };
        }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/data-plane.ts
// Chooses the data-plane adapters by what is configured (issue 4):
// QUEUE_BACKEND (local | sheets | repo) → that queue and run log; unset:
// SHEETS_ID → the Sheets queue and run log, else queue.csv and run_log.csv on
// the state branch inside a GitHub Action (a fresh checkout has no local
// state) and the local CSV files in the CLI;
// SHOPIFY_STORE_DOMAIN → Shopify, else the local site; LLM_BASE_URL → the
// generator, else none. Missing or malformed credentials fail here, at
// start, before any row is claimed.



/** The queue backend: `queue-backend` when set; else sheets with a sheets-id; else repo in an action, local in the CLI. */
function queueBackendOf(config, controlPlane = 'local') {
    if (config.queueBackend)
        return config.queueBackend;
    if (config.sheetsId)
        return 'sheets';
    return controlPlane === 'actions' ? 'repo' : 'local';
}
async function sheetsBackends(config, ctx) {
    if (!config.sheetsId)
        throw new errors/* UserError */.yo('queue-backend is sheets but sheets-id (SHEETS_ID) is not set: set it, or choose queue-backend local or repo');
    // createSheetsAuth picks among them (key JSON, then token, then ADC) and,
    // called now, names GOOGLE_SERVICE_ACCOUNT_JSON when it is malformed.
    const auth = {
        serviceAccountJson: config.googleServiceAccountJson,
        accessToken: config.googleOauthAccessToken,
        useAdc: true,
    };
    const { createSheetsAuth, SheetsQueueStore, SheetsRunLog, SheetsValuesClient } = await Promise.all(/* import() */[__webpack_require__.e(492), __webpack_require__.e(7144), __webpack_require__.e(8246)]).then(__webpack_require__.bind(__webpack_require__, 8246));
    createSheetsAuth(auth);
    const options = {
        spreadsheetId: config.sheetsId,
        queueTab: config.sheetsQueueTab,
        runLogTab: config.sheetsRunlogTab,
        auth,
        apiUrl: config.sheetsApiUrl,
        requestBudgetPerMinute: config.sheetsRequestsPerMinute,
        requestTimeoutMs: config.requestTimeout * 1000,
        logger: ctx.log,
    };
    const client = new SheetsValuesClient(options);
    return { queue: new SheetsQueueStore(options, client), runLog: new SheetsRunLog(options, client), client };
}
/** queue.csv and run_log.csv on the state branch, through the contents API (one request counter for both). */
async function repoBackends(config, ctx) {
    let github;
    try {
        github = (0,github_options/* gitHubOptions */.u)(config, ctx);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`queue-backend is repo (queue.csv on the branch ${config.stateBranch}): ${error.message}; the token needs Contents: write`);
    }
    if (config.stateBranch === config.workflowRef) {
        throw new errors/* UserError */.yo(`state-branch is ${config.stateBranch}, the branch the workflows run from (workflow-ref): the state must live on a branch of its own (default autopilot-state), never the default branch`);
    }
    const [{ newRepoRequestStats }, { GitHubRepoQueueStore }, { GitHubRepoRunLog }] = await Promise.all([
        __webpack_require__.e(/* import() */ 261).then(__webpack_require__.bind(__webpack_require__, 261)),
        Promise.all(/* import() */[__webpack_require__.e(9601), __webpack_require__.e(5175), __webpack_require__.e(7050), __webpack_require__.e(8775)]).then(__webpack_require__.bind(__webpack_require__, 3132)),
        Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(9601), __webpack_require__.e(5175), __webpack_require__.e(6789), __webpack_require__.e(7050), __webpack_require__.e(5404)]).then(__webpack_require__.bind(__webpack_require__, 6625)),
    ]);
    const stats = newRepoRequestStats();
    const options = { ...github, branch: config.stateBranch, logger: ctx.log, file: { stats } };
    return { queue: new GitHubRepoQueueStore(options), runLog: new GitHubRepoRunLog(options), stats };
}
/** queue.csv and run_log.csv in the state folder: the embedded default. */
async function localBackends(ctx) {
    const [{ CsvQueueStore }, { CsvRunLog }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(5175), __webpack_require__.e(736)]).then(__webpack_require__.bind(__webpack_require__, 736)),
        Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(5175), __webpack_require__.e(6789), __webpack_require__.e(6025)]).then(__webpack_require__.bind(__webpack_require__, 6025)),
    ]);
    return {
        queue: new CsvQueueStore({ stateDir: ctx.paths.root, logger: ctx.log }),
        runLog: new CsvRunLog({ stateDir: ctx.paths.root, logger: ctx.log }),
    };
}
async function shopifyPublisher(config, ctx) {
    if (!config.shopifyStoreDomain)
        return undefined;
    if (!config.shopifyAdminToken && !(config.shopifyClientId && config.shopifyClientSecret)) {
        throw new errors/* UserError */.yo('SHOPIFY_STORE_DOMAIN is set but no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET');
    }
    const { ShopifyPublisher } = await __webpack_require__.e(/* import() */ 5223).then(__webpack_require__.bind(__webpack_require__, 5223));
    return new ShopifyPublisher({
        storeDomain: config.shopifyStoreDomain,
        apiVersion: config.shopifyApiVersion,
        accessToken: config.shopifyAdminToken,
        clientId: config.shopifyClientId,
        clientSecret: config.shopifyClientSecret,
        blogHandle: config.shopifyBlogHandle,
        author: config.shopifyAuthor,
        apiUrl: config.shopifyApiUrl,
        log: ctx.log,
        redact: ctx.redact,
        requestTimeoutMs: config.requestTimeout * 1000,
    });
}
async function generator(config, ctx, control) {
    if (!config.llmBaseUrl)
        return undefined;
    const model = config.llmModel ?? control?.model;
    if (!model)
        throw new errors/* UserError */.yo('LLM_BASE_URL is set but no model: set LLM_MODEL (or `model:` in CONFIG_FILE)');
    const [{ OpenAiCompatibleGenerator }, { controlPricing, resolveControlPrompt }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(2968)]).then(__webpack_require__.bind(__webpack_require__, 2968)),
        Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(8815), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 902)),
    ]);
    return new OpenAiCompatibleGenerator({
        baseUrl: config.llmBaseUrl,
        apiKey: config.llmApiKey,
        model,
        temperature: control?.temperature,
        systemPrompt: resolveControlPrompt({ envPrompt: config.llmControlPrompt, config: control }),
        styleGuide: control?.style_guide,
        pricing: controlPricing(control),
        redact: ctx.redact,
        log: ctx.log,
        // A model writing an article answers slower than a REST call: never less than a minute.
        timeoutMs: Math.max(60_000, config.requestTimeout * 1000),
    });
}
/**
 * The queue and run log, without the publisher, generator or catalog: the
 * supervisor and reconcile never publish, and building those would load
 * their adapters (and read catalog.json) at every start (issue 12).
 */
async function buildQueuePlane(config, ctx) {
    const backend = queueBackendOf(config, ctx.controlPlane);
    const sheets = backend === 'sheets' ? await sheetsBackends(config, ctx) : undefined;
    const repo = backend === 'repo' ? await repoBackends(config, ctx) : undefined;
    const store = sheets ?? repo ?? (await localBackends(ctx));
    return {
        // What we write into the queue (error messages quoting a server) is redacted, on every backend.
        queue: redactingQueueStore(store.queue, ctx.redact),
        runLog: store.runLog,
        queueBackend: backend,
        describe: {
            queue: sheets
                ? `Google Sheets ${config.sheetsQueueTab}/${config.sheetsRunlogTab}`
                : repo
                    ? `${repo.queue.where} (and run_log.csv)`
                    : `${ctx.paths.queue}`,
        },
        stats: () => ({
            ...(repo
                ? { github: { requests: repo.stats.requests, retries: repo.stats.conflicts + repo.stats.uncertain } }
                : {}),
            ...(sheets ? { sheets: { ...sheets.client.stats(), ...sheets.client.throttleStats() } } : {}),
        }),
    };
}
async function buildDataPlane(config, ctx) {
    const control = config.configFile
        ? (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(8815), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 902))).loadControlConfig(config.configFile)
        : undefined;
    const queuePlane = await buildQueuePlane(config, ctx);
    const shopify = await shopifyPublisher(config, ctx);
    const llm = await generator(config, ctx, control);
    return {
        ...queuePlane,
        publisher: shopify ?? new (await Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(8810), __webpack_require__.e(2165)]).then(__webpack_require__.bind(__webpack_require__, 9326))).SitePublisher({ stateDir: ctx.paths.root }),
        generator: llm,
        catalog: shopify
            ? shopify.catalog()
            : await (await Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(8810), __webpack_require__.e(2270)]).then(__webpack_require__.bind(__webpack_require__, 3647))).JsonCatalog.open(ctx.paths.root),
        control,
        describe: {
            ...queuePlane.describe,
            publisher: shopify
                ? `Shopify ${config.shopifyStoreDomain} blog "${config.shopifyBlogHandle}"`
                : ctx.paths.siteIndex,
            generator: llm ? `${config.llmModel ?? control?.model} at ${config.llmBaseUrl}` : 'none (ready content only)',
        },
        stats: () => ({
            ...queuePlane.stats(),
            ...(shopify ? { shopify: shopify.stats() } : {}),
        }),
    };
}


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ gitHubOptions)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

function gitHubOptions(config, ctx) {
    if (!config.githubToken) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('github-token is missing: pass a token (AUTOPILOT_TOKEN for the supervisor; see RUNBOOK.md)');
    }
    const [owner, repo, ...rest] = (config.repository ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`repository "${config.repository ?? ''}" is not valid; expected owner/name (GITHUB_REPOSITORY)`);
    }
    return {
        token: config.githubToken,
        owner,
        repo,
        baseUrl: config.githubApiUrl,
        workflowFile: config.workflowFile,
        ref: config.workflowRef,
        log: ctx.log,
        requestTimeoutMs: config.requestTimeout * 1000,
    };
}


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ heartbeatFilePath),
/* harmony export */   mt: () => (/* binding */ statePaths)
/* harmony export */ });
/* unused harmony export CHECKOUT_HEARTBEAT_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Where the local adapters keep their files under the state folder (DESIGN §7).

function statePaths(stateDir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(stateDir);
    return {
        root,
        queue: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'queue.csv'),
        runLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'run_log.csv'),
        variables: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'variables.json'),
        runs: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'runs.jsonl'),
        heartbeat: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'local_heartbeat.json'),
        decisionLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'decision_log.json'),
        incidents: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'incidents'),
        site: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'site'),
        siteIndex: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'site', 'index.html'),
        content: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'content'),
        notifications: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'notifications.jsonl'),
        supervisorMemory: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'supervisor_memory.json'),
        metrics: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'metrics.prom'),
        report: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'report'),
    };
}
/**
 * The heartbeat file in the checkout: what the local runner commits and
 * pushes (LOCAL_HEARTBEAT_PUSH=true) and what the workflows' heartbeat-check
 * reads, relative to the repository root (the working directory).
 */
const CHECKOUT_HEARTBEAT_FILE = 'local_heartbeat.json';
/**
 * Where the heartbeat file is: `heartbeat-file` when set (relative to the
 * working directory); else the checkout's `local_heartbeat.json` when the
 * heartbeat is shared through git (`inCheckout`: the actions, or the local
 * runner with push); else `<state>/local_heartbeat.json`, purely local —
 * the state folder is gitignored, so it could never be pushed.
 */
function heartbeatFilePath(heartbeatFile, paths, inCheckout) {
    if (heartbeatFile)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(heartbeatFile);
    return inCheckout ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(CHECKOUT_HEARTBEAT_FILE) : paths.heartbeat;
}


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 905:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(941);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 941:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(638);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/shard.ts
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

;// CONCATENATED MODULE: ./packages/core/src/domain/queue/time.ts
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
        const parsed = parseShard(value);
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
    timezone: setting('timezone', setting_text().refine(isTimeZone), 'an IANA time zone such as Europe/Berlin or America/New_York', 'Time zone a publish_at without one (2026-11-22 09:00) is read in', {
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
    for (const name of Object.keys(SETTINGS)) {
        const s = SETTINGS[name];
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
    return Object.keys(SETTINGS)
        .filter((name) => SETTINGS[name].secret)
        .map((name) => config[name])
        .filter((v) => typeof v === 'string' && v.length > 0);
}
/** Read a `.env` file if there is one; a malformed file is a UserError naming it. */
function readDotenv(path) {
    if (!existsSync(path))
        return {};
    try {
        return parseEnv(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new UserError(`Could not read ${path}: ${error.message}; expected KEY=value lines`);
    }
}

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

;// CONCATENATED MODULE: ./packages/core/src/util/redact.ts
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

;// CONCATENATED MODULE: ./packages/core/src/log/logger.ts

const LOG_LEVELS = (/* unused pure expression or super */ null && (['debug', 'info', 'notice', 'warn', 'error']));
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
        return escapeForTerminal(safeJson(value, redact));
    const text = redact(value);
    const quoted = /[\s"=]/.test(text) || escapeForTerminal(text) !== text ? JSON.stringify(text) : text;
    return escapeForTerminal(quoted);
}
/** `12:00:01 INFO  message key=value` (UTC clock time; the trace id is printed once per run, see `announceTrace`). */
function formatTextLine(at, level, message, fields, redact = (text) => text) {
    const pairs = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${textValue(v, redact)}`);
    // One event, one line: a message holding `\n12:00:00 ERROR …` or `\x1b]0;…` shows those as escapes.
    const head = `${at.toISOString().slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${escapeForTerminal(message)}`;
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
                escapeForTerminal(formatJsonLine(at, level, message, options.traceId, all, redact))
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

;// CONCATENATED MODULE: ./packages/core/src/util/terminal.ts
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
function terminal_escapeForTerminal(text, options = {}) {
    return text.replace(options.keepNewlines ? UNSAFE_KEEP_NEWLINES : UNSAFE, visible);
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./packages/core/src/host/toolkit.ts
// The part of @actions/core the actions use, built from the toolkit's own
// modules (its command escaping, its GITHUB_OUTPUT heredoc with a random
// delimiter, its job summary). Why not `import * as core from '@actions/core'`:
// its index imports the OIDC client, which imports @actions/http-client and
// undici (900 kB) at load, for getIDToken, which we never call. That alone
// was most of every action's start-up (issue 12: start in under 2× `node -e 0`).
// The package's `exports` hide lib/, so the modules are named by file; the
// functions below are core.js's own one-liners, with the same behaviour.





/** An input as the runner passes it: INPUT_<NAME>, trimmed ('' when unset). */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message);
}
/** The step fails (exit code 1) with this message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ./packages/core/src/host/action-logger.ts
// A Logger that speaks the Actions toolkit: notices, warnings and errors
// become annotations; info and debug go to the log — as readable text, or
// as JSON lines with the run's trace id when `log-format: json`. Every line
// is redacted first.



function suffix(fields) {
    const parts = Object.entries(fields)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}
const SINK = {
    debug: (line) => debug(line),
    info: (line) => info(line),
    notice: (line) => notice(line),
    warn: (line) => warning(line),
    error: (line) => error(line),
};
function createActionLogger(options, base = {}) {
    const now = options.now ?? (() => new Date());
    const emit = (level) => (message, fields = {}) => {
        const all = { ...base, ...fields };
        const line = options.format === 'json'
            ? formatJsonLine(now(), level, message, options.traceId, all, options.redact)
            : message + suffix(all);
        // core.info writes the line raw: a newline in it could start a forged
        // `::error::` workflow command; control characters show as escapes.
        SINK[level](terminal_escapeForTerminal(options.redact(line)));
    };
    return {
        debug: emit('debug'),
        info: emit('info'),
        notice: emit('notice'),
        warn: emit('warn'),
        error: emit('error'),
        child: (fields) => createActionLogger(options, { ...base, ...fields }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/host/action.ts
// The frame every action's main.ts runs in: read only the declared inputs,
// load the one config schema, mask secrets, give a redacting logger, and
// turn errors into a failed step with a clear message (no stack trace for a
// user's mistake). Exit codes as the CLI's: 2 for bad configuration or
// usage (a UserError), 1 for an error the action could not handle.







function readInputs(keys) {
    return Object.fromEntries(keys.map((key) => [key, getInput(key)]));
}
async function runAction(inputKeys, body) {
    // Until the config exists, mask what the environment marks secret (MY_API_KEY,
    // INPUT_…-TOKEN): an invalid-configuration message may quote such a value.
    let redact = createRedactor({ env: process.env });
    try {
        const config = loadConfig({ inputs: readInputs(inputKeys), env: process.env });
        const secrets = secretValues(config);
        // A secret URL's parts too (a webhook's path and token query): a server quoting the request line shows only those.
        for (const s of secrets.flatMap((secret) => [secret, ...secretUrlParts(secret)]))
            setSecret(s);
        redact = createRedactor({ secrets, env: process.env });
        const traceId = newTraceId(process.env);
        const log = createActionLogger({ redact, format: config.logFormat, traceId });
        log.info(`trace_id ${traceId}`);
        const output = (name, value) => setOutput(name, redact(String(value)));
        await body({ config, log, redact, env: process.env, output, traceId });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof errors/* UserError */.yo) && error instanceof Error && error.stack)
            debug(redact(error.stack));
        setFailed(redact(message));
        // setFailed sets exit code 1; a configuration mistake is 2, like the CLI's.
        if (error instanceof errors/* UserError */.yo)
            process.exitCode = 2;
    }
}

// EXTERNAL MODULE: ./packages/core/src/util/markdown-text.ts
var markdown_text = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./packages/core/src/report/markdown.ts
// Building blocks for GitHub job summaries (GitHub-flavoured markdown, where
// mermaid code blocks render as charts).

/** Markup we wrote ourselves (a link to a run), which a cell passes through as is. */
class TrustedMarkdown {
    markdown;
    constructor(markdown) {
        this.markdown = markdown;
    }
}
/** A link whose text is escaped and whose URL cannot close the link early. */
function markdown_markdownLink(text, url) {
    return new TrustedMarkdown(`[${escapeMarkdownText(text)}](${url.replace(/[()<>\s]/g, encodeURIComponent)})`);
}
/** A cell's text made safe for a table: shown as text, never markup (escapeMarkdownText), line breaks as <br>. */
function markdownCell(value) {
    if (value instanceof TrustedMarkdown)
        return value.markdown;
    return (0,markdown_text/* escapeMarkdownText */.m)(String(value ?? '')).replace(/\r?\n|\r/g, '<br>');
}
function markdown_markdownTable(headers, rows) {
    const line = (cells) => `| ${cells.map(markdownCell).join(' | ')} |`;
    const width = headers.length;
    const body = rows.map((row) => line(Array.from({ length: width }, (_, i) => row[i] ?? '')));
    return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...body].join('\n');
}
/** Mermaid strings are double-quoted and have no escape: quotes become apostrophes, newlines spaces. */
const mermaidText = (text) => `"${text.replace(/"/g, "'").replace(/\s+/g, ' ').trim()}"`;
const mermaidNumber = (value) => (Number.isFinite(value) ? String(Math.round(value * 1e4) / 1e4) : '0');
/**
 * A mermaid `xychart-beta` block. xychart has no legend, so the series names
 * go into the title when there is more than one.
 */
function markdown_mermaidXYChart(chart) {
    const names = chart.series.length > 1 ? ` (${chart.series.map((s) => `${s.kind}: ${s.name}`).join(', ')})` : '';
    const lines = [
        '```mermaid',
        'xychart-beta',
        `    title ${mermaidText(chart.title + names)}`,
        `    x-axis [${chart.xLabels.map(mermaidText).join(', ')}]`,
    ];
    if (chart.yLabel)
        lines.push(`    y-axis ${mermaidText(chart.yLabel)}`);
    for (const series of chart.series) {
        const values = chart.xLabels.map((_, i) => mermaidNumber(series.values[i] ?? 0));
        lines.push(`    ${series.kind} [${values.join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** A mermaid pie chart; slices of zero are left out (mermaid draws nothing for them but lists them). */
function markdown_mermaidPie(chart) {
    const lines = [
        '```mermaid',
        chart.showData === false ? 'pie' : 'pie showData',
        `    title ${chart.title.replace(/\s+/g, ' ').trim()}`,
    ];
    for (const slice of chart.slices) {
        if (slice.value > 0)
            lines.push(`    ${mermaidText(slice.label)} : ${mermaidNumber(slice.value)}`);
    }
    lines.push('```');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/host/summaries.ts
// Job summaries, one per action: markdown a person reads on the run page
// (tables, and mermaid charts where a trend helps). Pure: text in, text out.





const pct = (rate) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);
function executorSummary(result, where) {
    const c = result.counts;
    const usage = runUsage(result.items);
    const lines = [
        `## Executor — ${result.mode} run ${result.run_id}`,
        '',
        result.downgraded ? `> [!WARNING]\n> ${result.downgraded}\n` : '',
        result.require_approval === false
            ? '> [!WARNING]\n> require-approval is off: in publish mode a draft that passes the gate goes live without a human approving it.\n'
            : '',
        markdownTable([
            'processed',
            'published',
            'scheduled',
            'drafted',
            'blocked',
            'retry',
            'failed',
            'conclusion',
            'tokens in',
            'tokens out',
            'cost (USD)',
        ], [
            [
                c.processed,
                c.published,
                c.scheduled,
                c.drafted,
                c.blocked,
                c.retry,
                c.failed,
                result.conclusion,
                usage.tokens_in,
                usage.tokens_out,
                usage.cost_usd.toFixed(4),
            ],
        ]),
        '',
        result.items.length > 0
            ? markdownTable(['row', 'item', 'title', 'outcome', 'gate', 'codes', 'article', 'details', 'tokens', 'cost (USD)'], result.items.map((i) => [
                i.row,
                i.item_id,
                i.title,
                i.outcome,
                i.gate,
                i.codes.join(' '),
                i.article_url,
                i.message,
                i.usage.tokens_in + i.usage.tokens_out,
                i.usage.cost_usd.toFixed(4),
            ]))
            : '_No eligible item._',
        '',
    ];
    if (result.errors && result.errors.length > 0) {
        lines.push(`> [!CAUTION]\n> The run stopped early: ${result.errors.length === 1 ? 'an error' : 'errors'} outside any single item.`, ...result.errors.map((e) => `- ${markdownLine(e)}`), '');
    }
    if (result.problems.length > 0) {
        lines.push('### Rows that need fixing', '', ...result.problems.map((p) => `- ${markdownLine(p.message)}`), '');
    }
    if (result.budget_spent)
        lines.push('_The time budget was spent: claiming stopped early._', '');
    lines.push(markdownTable(['queue', 'publisher', 'generator'], [[where.queue, where.publisher, where.generator]]));
    return lines.filter((l) => l !== '').join('\n\n');
}
function heartbeatSummary(result) {
    const c = result.classification;
    return [
        '## Heartbeat',
        markdown_markdownTable(['level', 'active', 'age (s)', 'owner', 'reason', 'incident'], [
            [
                c.level,
                c.active ? 'yes — the executor is skipped' : 'no',
                c.ageSeconds ?? '–',
                c.owner,
                c.reason,
                result.incidentAction,
            ],
        ]),
    ].join('\n\n');
}
/** `gitHubRequests`: how many GitHub requests the tick made (the host counts them). */
function supervisorSummary(result, gitHubRequests) {
    const s = result.snapshot;
    const completed = s.runs.filter((r) => r.status === 'completed').slice(0, 10);
    const sections = [
        `## Supervisor — \`${result.decision.code}\`${result.dryRun ? ' (dry run: nothing changed)' : ''}`,
        result.decision.reason,
        '### What it decided from',
        markdownTable([
            'pending items',
            'WF_ENABLED',
            'ALLOW_PUBLISH',
            'last reconcile',
            'heartbeat',
            'active runs',
            'failed rows (24 h)',
            'expired leases',
            'open incidents',
        ], [
            [
                s.pendingCount,
                s.vars.WF_ENABLED ?? '(unset)',
                s.vars.ALLOW_PUBLISH ?? '(unset)',
                s.lastDecision
                    ? `${s.lastDecision.decision}${s.lastDecision.code ? ` (${s.lastDecision.code})` : ''}`
                    : '(none)',
                `${s.heartbeat.level}${s.heartbeat.active ? ' (local runner active)' : ''}`,
                s.activeRuns.length,
                s.failedWithin24h,
                s.expiredLeases,
                s.openIncidents.map((i) => i.key).join(', ') || 'none',
            ],
        ]),
        s.lastDecision ? describeEvaluation(s.lastDecision) : '',
        '### Recent runs of the publish workflow',
        completed.length > 0
            ? markdownTable(['run', 'mode', 'conclusion', 'started', 'finished'], completed.map((r) => [
                r.url ? markdownLink(r.run_id, r.url) : r.run_id,
                r.mode,
                r.conclusion ?? '',
                r.started_at,
                r.finished_at ?? '',
            ]))
            : '_No completed run yet._',
        // Applied: only what was checked to have happened (a switch read back, the issue or run GitHub returned).
        `### Effects ${result.dryRun ? '(planned)' : '(applied)'}`,
        (result.dryRun ? result.planned.map((e) => describeEffect(e)) : result.done)
            .map((line) => `- ${line}`)
            .join('\n') || '_None._',
    ];
    if (result.dispatched?.url)
        sections.push(`Dispatched run: ${result.dispatched.url}`);
    if (result.skipped.length > 0)
        sections.push(result.skipped
            .map((s) => `- skipped: ${markdownLine(describeEffect(s.effect))} — ${markdownLine(s.why)}`)
            .join('\n'));
    if (result.errors.length > 0)
        sections.push(`> [!CAUTION]\n> ${result.errors.map(markdownLine).join('\n> ')}`);
    if (gitHubRequests !== undefined)
        sections.push(`GitHub requests: ${gitHubRequests}`);
    return sections.filter((section) => section !== '').join('\n\n');
}
function reconcileSummary(result) {
    const m = result.metrics;
    const sections = [
        `## Reconcile — \`${result.recommendation.decision}\` (\`${result.recommendation.code}\`)`,
        result.recommendation.reason,
        `Evaluated at ${result.entry.at} over ${m.window.from} → ${m.window.to}.`,
        markdownTable([
            'processed',
            'pass rate',
            'system failure rate',
            'block rate',
            'open blocks',
            'recovered',
            'retries',
            'tokens in',
            'tokens out',
            'cost (USD)',
            'p50 ms',
            'p95 ms',
            'decision changed',
        ], [
            [
                m.processed,
                pct(m.passRate),
                pct(m.failureRate),
                pct(m.blockRate),
                m.openBlocks,
                m.recovered,
                m.retries,
                m.tokensIn,
                m.tokensOut,
                m.costUsd.toFixed(4),
                m.p50DurationMs ?? '–',
                m.p95DurationMs ?? '–',
                result.decisionChanged ? 'yes' : 'no',
            ],
        ]),
    ];
    const outcomes = Object.entries(m.counts).filter(([, n]) => n > 0);
    if (outcomes.length > 0) {
        sections.push(mermaidPie({ title: 'Outcomes', slices: outcomes.map(([label, value]) => ({ label, value })) }));
    }
    const trend = result.trend;
    if (trend.length > 0) {
        const days = trend.map((d) => d.day);
        sections.push(`### By day (${trend.length} day${trend.length === 1 ? '' : 's'} with rows, ${days[0]} to ${days.at(-1)})`, mermaidXYChart({
            title: 'Pass rate by day (%)',
            xLabels: days,
            series: [
                {
                    name: 'pass rate',
                    kind: 'line',
                    values: trend.map((d) => (d.processed ? (100 * d.passed) / d.processed : 0)),
                },
            ],
        }), mermaidXYChart({
            title: 'Throughput by day',
            xLabels: days,
            series: [
                { name: 'processed', kind: 'bar', values: trend.map((d) => d.processed) },
                { name: 'passed', kind: 'line', values: trend.map((d) => d.passed) },
            ],
        }), mermaidXYChart({
            title: 'Cost by day (USD)',
            xLabels: days,
            series: [{ name: 'cost', kind: 'bar', values: trend.map((d) => d.cost_usd) }],
        }));
    }
    if (m.topErrorCodes.length > 0) {
        sections.push('### Top error codes', markdownTable(['code', 'count'], m.topErrorCodes.map((e) => [e.code, e.count])));
    }
    sections.push('### Needs a human', result.needHuman.length > 0
        ? markdownTable(['row', 'item', 'status', 'why', 'article'], result.needHuman.map((n) => [n.row, n.id, n.status, n.reason, n.article_url]))
        : '_Nothing._');
    if (result.costIncident !== 'none')
        sections.push(`cost-budget incident: ${result.costIncident}`);
    return sections.join('\n\n');
}
function incidentSummary(request, outcome) {
    return [
        `## Incident \`${request.key}\``,
        markdownTable(['asked', 'done', 'issue', 'state', 'severity'], [
            [
                request.action,
                outcome.action,
                outcome.incident?.url ?? outcome.incident?.id ?? '–',
                outcome.incident?.state ?? '–',
                request.severity,
            ],
        ]),
    ].join('\n\n');
}

// EXTERNAL MODULE: ./packages/core/src/domain/heartbeat.ts + 1 modules
var heartbeat = __nccwpck_require__(510);
// EXTERNAL MODULE: ./packages/core/src/domain/incident.ts
var domain_incident = __nccwpck_require__(98);
// EXTERNAL MODULE: ./packages/core/src/domain/incident-text.ts
var incident_text = __nccwpck_require__(392);
;// CONCATENATED MODULE: ./packages/core/src/services/incident.ts
// The incident service: one trigger for one key → at most one tracker call,
// decided by the pure lifecycle rules. Every text it posts is redacted, then
// made inert: the body is escaped markdown that mentions nobody and links no
// issue, the title mentions nobody (domain/incident-text.ts). Redaction comes
// first, on the texts as given: escaping can split a secret (`&` → `&amp;`)
// so that the redactor would no longer match it.



const VERB = {
    create: 'opened',
    comment: 'still happening',
    reopen: 'reopened',
    close: 'resolved',
};
async function runIncident(deps, request) {
    const { redact } = deps;
    const keyProblem = (0,domain_incident/* incidentKeyProblem */.P5)(request.key);
    if (keyProblem)
        throw new errors/* UserError */.yo(`key ${JSON.stringify(request.key)} ${keyProblem}; expected an incident key such as pipeline-unstable`);
    const log = deps.log.child({ incident: request.key });
    const existing = await deps.incidents.find(request.key);
    const action = (0,domain_incident/* planIncident */.oD)(existing, request.action, request.now, request.policy);
    if (action === 'noop') {
        const why = existing?.state === 'open' ? 'already open; repeat interval not reached' : 'nothing open to resolve';
        log.info(`incident ${request.key}: no change (${why})`);
        return { action, incident: existing, notified: false };
    }
    const title = (0,incident_text/* neutralizeReferences */.Ip)(redact(request.title));
    const body = redact((0,domain_incident/* renderIncidentBody */.Bx)({
        key: request.key,
        summary: redact(request.body),
        runUrl: request.runUrl && redact(request.runUrl),
        traceId: request.traceId && redact(request.traceId),
    }));
    let incident;
    if (action === 'create') {
        incident = await deps.incidents.open({
            key: request.key,
            title,
            body,
            severity: request.severity,
            labels: request.labels,
        });
    }
    else if (!existing) {
        // planIncident only comments, reopens or closes an existing incident.
        throw new Error(`incident ${request.key}: ${action} planned without an incident`);
    }
    else if (action === 'comment') {
        incident = await deps.incidents.comment(existing, body);
    }
    else if (action === 'reopen') {
        incident = await deps.incidents.reopen(existing, body);
    }
    else {
        incident = await deps.incidents.close(existing, body);
    }
    const level = action === 'close' ? 'info' : 'notice';
    log[level](`incident ${request.key} ${VERB[action]}: ${title}`, { url: incident.url });
    let notified = false;
    if (deps.notifier) {
        const sent = await deps.notifier.notify({
            run_id: request.runId ?? '',
            trace_id: request.traceId,
            task: 'incident',
            status: VERB[action],
            title: redact(`[${request.severity}] ${request.title} (${VERB[action]})`),
            outputs_uri: incident.url ?? request.runUrl,
            log_excerpt: redact(request.body),
        });
        notified = sent.delivered;
        if (!sent.delivered)
            log.warn(`incident ${request.key}: notification not delivered: ${redact(sent.error ?? '')}`);
    }
    return { action, incident, notified };
}

;// CONCATENATED MODULE: ./packages/core/src/services/heartbeat-check.ts
// heartbeat-check: read the heartbeat, classify it, warn when it is not
// usable (never crash), and — when a local runner is expected — open or
// resolve the heartbeat-stale incident.



const HEARTBEAT_INCIDENT_KEY = 'heartbeat-stale';
async function safeRead(source) {
    try {
        return await source.read();
    }
    catch (error) {
        return { ok: false, reason: 'unreachable', detail: (0,errors/* errorMessage */.gJ)(error), source: 'heartbeat source' };
    }
}
async function checkHeartbeat(deps, options) {
    const redact = deps.redact ?? ((text) => text);
    const thresholds = { ...heartbeat/* DEFAULT_HEARTBEAT_THRESHOLDS */.Y2, ...options.thresholds };
    const read = await safeRead(deps.source);
    const classification = (0,heartbeat/* classifyHeartbeat */.Hv)(read, options.now, thresholds);
    const fields = { level: classification.level, age_seconds: classification.ageSeconds, owner: classification.owner };
    if (classification.active)
        deps.log.info(`local runner active: ${classification.reason}`, fields);
    else
        deps.log.warn(`local runner not active: ${redact(classification.reason)}`, fields);
    const staleSinceSeconds = classification.ageSeconds === null ? null : classification.ageSeconds - thresholds.maxAgeMinutes * 60;
    const alert = (0,heartbeat/* staleAlert */.SC)(classification.level, staleSinceSeconds, options.staleGraceMinutes ?? 0, options.expectLocal ?? false);
    const result = { classification, staleSinceSeconds, alert, incidentAction: 'none' };
    if (alert === 'none' || !deps.incidents)
        return result;
    try {
        const outcome = await runIncident({ incidents: deps.incidents, notifier: deps.notifier, redact, log: deps.log }, {
            action: alert,
            key: HEARTBEAT_INCIDENT_KEY,
            title: 'Local runner heartbeat is stale',
            body: alert === 'open'
                ? `A local runner is expected, but its heartbeat is ${classification.level}: ${classification.reason}. The scheduled workflow takes over while it is not active; check the local machine or set expect-local to false.`
                : `The heartbeat is fresh again: ${classification.reason}.`,
            severity: 'medium',
            now: options.now,
            policy: options.incidentPolicy,
            runId: options.runId,
            runUrl: options.runUrl,
            traceId: options.traceId,
        });
        result.incidentAction = outcome.action;
    }
    catch (error) {
        result.incidentError = redact((0,errors/* errorMessage */.gJ)(error));
        deps.log.warn(`heartbeat-stale incident not updated: ${result.incidentError}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/github-options.ts

function gitHubOptions(config, ctx) {
    if (!config.githubToken) {
        throw new errors/* UserError */.yo('github-token is missing: pass a token (AUTOPILOT_TOKEN for the supervisor; see RUNBOOK.md)');
    }
    const [owner, repo, ...rest] = (config.repository ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* UserError */.yo(`repository "${config.repository ?? ''}" is not valid; expected owner/name (GITHUB_REPOSITORY)`);
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

// EXTERNAL MODULE: ./packages/core/src/adapters/local/heartbeat-file.ts + 3 modules
var heartbeat_file = __nccwpck_require__(333);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./packages/core/src/wiring/paths.ts
// Where the local adapters keep their files under the state folder (DESIGN §7).

function statePaths(stateDir) {
    const root = (0,external_node_path_.resolve)(stateDir);
    return {
        root,
        queue: (0,external_node_path_.join)(root, 'queue.csv'),
        runLog: (0,external_node_path_.join)(root, 'run_log.csv'),
        variables: (0,external_node_path_.join)(root, 'variables.json'),
        runs: (0,external_node_path_.join)(root, 'runs.jsonl'),
        heartbeat: (0,external_node_path_.join)(root, 'local_heartbeat.json'),
        decisionLog: (0,external_node_path_.join)(root, 'decision_log.json'),
        incidents: (0,external_node_path_.join)(root, 'incidents'),
        site: (0,external_node_path_.join)(root, 'site'),
        siteIndex: (0,external_node_path_.join)(root, 'site', 'index.html'),
        content: (0,external_node_path_.join)(root, 'content'),
        notifications: (0,external_node_path_.join)(root, 'notifications.jsonl'),
        supervisorMemory: (0,external_node_path_.join)(root, 'supervisor_memory.json'),
        metrics: (0,external_node_path_.join)(root, 'metrics.prom'),
        report: (0,external_node_path_.join)(root, 'report'),
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
        return (0,external_node_path_.resolve)(heartbeatFile);
    return inCheckout ? (0,external_node_path_.resolve)(CHECKOUT_HEARTBEAT_FILE) : paths.heartbeat;
}

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
        github = gitHubOptions(config, ctx);
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
            return gitHubSource(config, ctx, 'variable LOCAL_HEARTBEAT', 'heartbeat-source is variable, LOCAL_HEARTBEAT is not in the environment, and it cannot be read through the API', async (github) => new (await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(484)]).then(__nccwpck_require__.bind(__nccwpck_require__, 484))).GitHubVariableHeartbeat(github));
        }
        case 'branch':
            return gitHubSource(config, ctx, `local_heartbeat.json on the branch ${config.stateBranch}`, 'heartbeat-source is branch but the state branch cannot be read', async (github) => new (await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(484)]).then(__nccwpck_require__.bind(__nccwpck_require__, 484))).GitHubHeartbeatFile({
                ...github,
                branch: config.stateBranch,
            }));
        default:
            return new heartbeat_file/* FileHeartbeat */.f({
                path: heartbeatFilePath(config.heartbeatFile, ctx.paths, options.inCheckout ?? config.heartbeatPush),
            });
    }
}

;// CONCATENATED MODULE: ./actions/heartbeat-check/src/inputs.ts
// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
const INPUTS = [
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
const OVERRIDES = {
    'github-token': {
        description: "Token that reads local_heartbeat.json on state-branch (heartbeat-source branch: contents: read) and files heartbeat-stale when expect-local is true (issues: write); the workflow's GITHUB_TOKEN with those permissions is enough. Without it, the check warns and skips both",
    },
};

;// CONCATENATED MODULE: ./actions/heartbeat-check/src/main.ts









async function run() {
    await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
        const paths = statePaths(config.state);
        // The checkout's local_heartbeat.json by default: the file the local runner pushes.
        const source = buildHeartbeatSource(config, { paths, env, log }, { inCheckout: true });
        const incidents = config.expectLocal ? await incidentTracker(config, log, redact) : undefined;
        const result = await checkHeartbeat({ source, incidents, log, redact }, {
            now: new Date(),
            thresholds: {
                maxAgeMinutes: config.maxAgeMinutes,
                deadAfterHours: config.deadAfterHours,
                futureToleranceSeconds: config.futureToleranceSeconds,
            },
            expectLocal: config.expectLocal,
            staleGraceMinutes: config.staleGraceMinutes,
            incidentPolicy: {
                repeatIntervalHours: config.repeatIntervalHours,
                reopenWindowHours: config.reopenWindowHours,
            },
            runId: env.GITHUB_RUN_ID,
            traceId,
        });
        const c = result.classification;
        output('active', c.active);
        output('level', c.level);
        output('age-seconds', c.ageSeconds ?? '');
        output('owner', c.owner);
        output('reason', c.reason);
        output('incident', result.incidentAction);
        if (c.active)
            notice(redact(`local runner ${c.owner} owns the pipeline (${c.level}): the executor is skipped`));
        if (result.incidentError)
            warning(redact(`heartbeat-stale incident not updated: ${result.incidentError}`));
        await summary.addRaw(redact(heartbeatSummary(result))).write();
    });
}
/**
 * The heartbeat-stale incident's tracker; without a token or repository, a
 * warning and none (the check still answers). Its adapter (and Octokit) is
 * loaded only here, when expect-local asks for it.
 */
async function incidentTracker(config, log, redact) {
    if (!config.githubToken) {
        warning('expect-local is true but github-token is not set: the heartbeat-stale incident cannot be filed');
        return undefined;
    }
    try {
        const { GitHubIncidentTracker } = await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 778));
        return new GitHubIncidentTracker({ ...gitHubOptions(config, { log }), redact });
    }
    catch (error) {
        warning(redact(`heartbeat-stale incident cannot be filed: ${(0,errors/* errorMessage */.gJ)(error)}`));
        return undefined;
    }
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ FileHeartbeat),
  c: () => (/* binding */ formatHeartbeat)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./packages/core/src/domain/heartbeat.ts + 1 modules
var heartbeat = __nccwpck_require__(510);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/atomic-write.ts
// Replace a file so readers see either the old or the new content, never a
// half-written one: write a temp file in the same folder (rename is only
// atomic within one file system), fsync it, rename it over the target, then
// fsync the folder so the rename itself survives a crash.



/** `content` as a list of chunks is written as their concatenation (one gathered write, nothing joined in memory). */
async function atomic_write_writeFileAtomic(path, content) {
    const dir = (0,external_node_path_.dirname)(path);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const temp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_namespaceObject.open)(temp, 'w');
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
        await (0,promises_namespaceObject.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(temp, { force: true });
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
        const handle = await (0,promises_namespaceObject.open)(dir, 'r');
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

;// CONCATENATED MODULE: ./packages/core/src/adapters/local/json-file.ts
// Small JSON files of the state folder: read (missing → undefined, broken →
// a UserError naming the file), and write atomically (temp file + rename) so
// a reader never sees half a file.



async function readTextIfExists(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
        throw new UserError(`${where} is not valid JSON (${error.message}); expected ${expected}. Fix or delete the file.`);
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
    await writeFileAtomic(path, formatJson(value));
}

;// CONCATENATED MODULE: ./packages/core/src/adapters/local/heartbeat-file.ts
// The heartbeat as a file (default <stateDir>/local_heartbeat.json): the
// local runner writes it, heartbeat-check reads it. Parsing and validation
// are the domain's (parseHeartbeat), so every source reports alike.





/** The heartbeat as written everywhere: fixed key order, optional keys only when set. */
function formatHeartbeat(heartbeat) {
    const { timestamp, iso, owner, mode, expires_at, released } = heartbeat;
    return formatJson({
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
        const path = options.path ?? (options.stateDir !== undefined ? (0,external_node_path_.join)(options.stateDir, 'local_heartbeat.json') : undefined);
        if (!path)
            throw new errors/* UserError */.yo('FileHeartbeat needs a path or a stateDir');
        this.path = path;
    }
    async read() {
        const source = `file ${this.path}`;
        let text;
        try {
            text = await readTextIfExists(this.path);
        }
        catch (error) {
            return { ok: false, reason: 'unreachable', detail: `cannot read the file (${error.message})`, source };
        }
        if (text === undefined)
            return { ok: false, reason: 'missing', detail: 'the file does not exist', source };
        return (0,heartbeat/* parseHeartbeat */.CW)(text, source);
    }
    async write(heartbeat) {
        await atomic_write_writeFileAtomic(this.path, formatHeartbeat(heartbeat));
    }
}


/***/ }),

/***/ 510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y2: () => (/* binding */ DEFAULT_HEARTBEAT_THRESHOLDS),
  Hv: () => (/* binding */ classifyHeartbeat),
  CW: () => (/* binding */ parseHeartbeat),
  SC: () => (/* binding */ staleAlert)
});

;// CONCATENATED MODULE: ./packages/core/src/model.ts
// The data model of DESIGN §4: queue rows, run-log rows, runs, heartbeat,
// decision log and incidents. Plain data, no behaviour.
/** Every queue state of the state machine (DESIGN §4). */
const ITEM_STATUSES = (/* unused pure expression or super */ null && ([
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
]));
const PRIORITIES = (/* unused pure expression or super */ null && (['P0', 'P1', 'P2']));
const MODES = ['review', 'publish'];
/** The queue's known columns, in the order a new table is written. */
const QUEUE_COLUMNS = (/* unused pure expression or super */ null && ([
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
]));
// scheduled: the article is in the store with a future publish date (the row is SCHEDULED); it goes live then.
const OUTCOMES = (/* unused pure expression or super */ null && (['published', 'scheduled', 'drafted', 'blocked', 'failed', 'retry', 'skipped']));
/** The run log's columns (append only), in file order. */
const RUN_LOG_COLUMNS = (/* unused pure expression or super */ null && ([
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
]));
const DECISIONS = (/* unused pure expression or super */ null && (['continue_publish', 'pause_and_review', 'review_only', 'no_data']));

;// CONCATENATED MODULE: ./packages/core/src/domain/heartbeat.ts
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
    mode: (v) => MODES.includes(v),
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

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ neutralizeReferences),
/* harmony export */   Kc: () => (/* binding */ incidentText),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/* harmony import */ var _util_markdown_text__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(161);
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
        .map((line) => neutralizeReferences((0,_util_markdown_text__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownText */ .m)(line)))
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

/***/ 98:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ renderIncidentBody),
/* harmony export */   P5: () => (/* binding */ incidentKeyProblem),
/* harmony export */   X9: () => (/* binding */ incidentMarker),
/* harmony export */   oD: () => (/* binding */ planIncident)
/* harmony export */ });
/* unused harmony export DEFAULT_INCIDENT_POLICY */
/* harmony import */ var _incident_text__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(392);

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

/***/ 638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export ItemError */

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

/***/ 161:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ escapeMarkdownText)
/* harmony export */ });
/* unused harmony export markdownLine */
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


/***/ }),

/***/ 698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(905);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

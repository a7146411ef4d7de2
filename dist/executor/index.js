import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6727:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2823);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/domain/run-usage.ts
const toMicros = (usd) => (Number.isFinite(usd) ? Math.round(usd * 1e6) : 0);
const count = (n) => (Number.isFinite(n) && n > 0 ? n : 0);
/** Adds the usage of every item (an ExecutorResult's items, or run-log rows of one run). */
function runUsage(items) {
    let tokensIn = 0;
    let tokensOut = 0;
    let micros = 0;
    for (const item of items) {
        const usage = 'usage' in item ? item.usage : item;
        tokensIn += count(usage.tokens_in);
        tokensOut += count(usage.tokens_out);
        micros += toMicros(usage.cost_usd);
    }
    return { tokens_in: tokensIn, tokens_out: tokensOut, cost_usd: micros / 1e6 };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __nccwpck_require__(7638);
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

// EXTERNAL MODULE: ./packages/core/src/domain/queue/time.ts
var time = __nccwpck_require__(9785);
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
        throw new src_errors/* UserError */.yo(formatProblems(problems));
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
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
        return this.addRaw(external_os_.EOL);
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
        if (!(error instanceof src_errors/* UserError */.yo) && error instanceof Error && error.stack)
            debug(redact(error.stack));
        setFailed(redact(message));
        // setFailed sets exit code 1; a configuration mistake is 2, like the CLI's.
        if (error instanceof src_errors/* UserError */.yo)
            process.exitCode = 2;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/host/signals.ts
function abortOnSignals(options) {
    const source = options.source ?? process;
    const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
    const controller = new AbortController();
    let first;
    const listener = (signal) => {
        if (first === undefined) {
            first = signal;
            options.log.warn(`${signal} received: finishing the items in flight, claiming no more`);
            controller.abort(new Error(`cancelled by ${signal}`));
            return;
        }
        if (options.onRepeat)
            options.onRepeat(signal);
        else
            options.log.warn(`${signal} received again: still finishing the items in flight`);
    };
    for (const s of signals)
        source.on(s, listener);
    return {
        signal: controller.signal,
        received: () => first,
        dispose: () => {
            for (const s of signals)
                source.off(s, listener);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/util/markdown-text.ts
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
function markdown_text_escapeMarkdownText(text) {
    return text
        .replace(CONTROL, '')
        .replace(/\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`[\]!|]/g, '\\$&');
}
/** One line of untrusted text for a markdown list item or paragraph: escaped, line breaks as spaces. */
function markdown_text_markdownLine(text) {
    return markdown_text_escapeMarkdownText(text).replace(/\r\n|\r|\n/g, ' ');
}

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
    return markdown_text_escapeMarkdownText(String(value ?? '')).replace(/\r?\n|\r/g, '<br>');
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
        markdown_markdownTable([
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
            ? markdown_markdownTable(['row', 'item', 'title', 'outcome', 'gate', 'codes', 'article', 'details', 'tokens', 'cost (USD)'], result.items.map((i) => [
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
        lines.push(`> [!CAUTION]\n> The run stopped early: ${result.errors.length === 1 ? 'an error' : 'errors'} outside any single item.`, ...result.errors.map((e) => `- ${markdown_text_markdownLine(e)}`), '');
    }
    if (result.problems.length > 0) {
        lines.push('### Rows that need fixing', '', ...result.problems.map((p) => `- ${markdown_text_markdownLine(p.message)}`), '');
    }
    if (result.budget_spent)
        lines.push('_The time budget was spent: claiming stopped early._', '');
    lines.push(markdown_markdownTable(['queue', 'publisher', 'generator'], [[where.queue, where.publisher, where.generator]]));
    return lines.filter((l) => l !== '').join('\n\n');
}
function heartbeatSummary(result) {
    const c = result.classification;
    return [
        '## Heartbeat',
        markdownTable(['level', 'active', 'age (s)', 'owner', 'reason', 'incident'], [
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

// EXTERNAL MODULE: ./packages/core/src/domain/queue/parse-row.ts
var parse_row = __nccwpck_require__(3828);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/notification.ts
// What the executor tells people after a run: only when something needs a
// human (an item blocked or failed) or the run itself failed. Pure.

function executorNotification(result, context) {
    const attention = result.items.filter((i) => i.outcome === 'blocked' || i.outcome === 'failed' || i.outcome === 'retry');
    // Rows sharing an id are never worked on: a human must give one a new id.
    const duplicates = result.problems.filter((p) => p.code === parse_row/* DUPLICATE_ID */.Gd);
    if (attention.length === 0 && duplicates.length === 0 && result.conclusion === 'success')
        return undefined;
    const c = result.counts;
    const dup = duplicates.length > 0 ? `, ${duplicates.length} rows with a duplicate id` : '';
    return {
        run_id: result.run_id,
        trace_id: context.traceId,
        task: 'executor',
        status: result.conclusion,
        title: `Executor ${result.mode} run: ${c.blocked} blocked, ${c.failed} failed, ${c.retry} to retry${dup} (${c.published} published, ${c.scheduled ? `${c.scheduled} scheduled, ` : ''}${c.drafted} drafted)`,
        outputs_uri: context.outputsUri,
        log_excerpt: [
            ...attention.map((i) => `${i.item_id} (row ${i.row}): ${i.outcome} — ${i.message}`),
            ...duplicates.map((p) => `${p.id} (row ${p.row}): ${parse_row/* DUPLICATE_ID */.Gd} — ${p.message}`),
        ].join('\n'),
    };
}

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./packages/core/src/domain/content/title.ts
var content_title = __nccwpck_require__(5514);
;// CONCATENATED MODULE: ./packages/core/src/domain/publish-guard.ts
function effectiveMode(requested, switches) {
    if (requested === 'review')
        return { mode: 'review' };
    const reasons = [];
    if (switches.WF_ENABLED?.trim().toLowerCase() !== 'true') {
        reasons.push(`WF_ENABLED is "${switches.WF_ENABLED ?? ''}" (needs "true")`);
    }
    if (switches.ALLOW_PUBLISH?.trim() !== 'human_enabled') {
        reasons.push(`ALLOW_PUBLISH is "${switches.ALLOW_PUBLISH ?? ''}" (needs "human_enabled")`);
    }
    if (reasons.length === 0)
        return { mode: 'publish' };
    return { mode: 'review', downgraded: `publish refused, running as review: ${reasons.join('; ')}` };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/queue/eligibility.ts
/**
 * Whether publish mode needs a human's approval: the `require-approval`
 * setting (default true) and the REQUIRE_APPROVAL variable (`vars set`
 * locally, the repository variable in Actions) combined, the stricter
 * winning — either one saying `true` requires approval, and a variable can
 * never switch off what the setting turned on. A value that is neither
 * `true` nor `false` counts as `true`: a typo must not open the gate.
 */
function approvalRequired(setting, variable) {
    const value = variable?.trim().toLowerCase();
    if (!value)
        return setting;
    return setting || value !== 'false';
}
const due = (at, now) => at === undefined || at.getTime() <= now.getTime();
function isEligible(item, mode, now, options) {
    if (item.approval === 'rejected')
        return false;
    switch (item.status) {
        case 'PENDING':
            return due(item.nextAttemptAt, now) && (mode === 'review' || due(item.publishAt, now));
        case 'APPROVED':
            return mode === 'publish' && due(item.nextAttemptAt, now);
        case 'AWAITING_APPROVAL':
            if (mode !== 'publish' || !due(item.nextAttemptAt, now))
                return false;
            if (item.approval === 'approved')
                return true;
            return !options.requireApproval && due(item.publishAt, now);
        case 'SCHEDULED':
            return mode === 'publish' && due(item.nextAttemptAt, now) && due(item.publishAt, now);
        case 'UPDATE':
            return (mode === 'publish' && due(item.nextAttemptAt, now) && (!options.requireApproval || item.approval === 'approved'));
        default:
            return false;
    }
}
const RANK = { P0: 0, P1: 1, P2: 2 };
function compareItems(a, b) {
    return (RANK[a.priority] - RANK[b.priority] ||
        (a.publishAt?.getTime() ?? Number.NEGATIVE_INFINITY) - (b.publishAt?.getTime() ?? Number.NEGATIVE_INFINITY) ||
        a.row.row - b.row.row);
}
function eligibleItems(items, mode, now, options) {
    return items.filter((item) => isEligible(item, mode, now, options)).sort(compareItems);
}
/** Rows a human rejected that are not yet parked: the executor marks them BLOCKED. */
function rejectedItems(items) {
    return items.filter((item) => item.approval === 'rejected' && ['PENDING', 'AWAITING_APPROVAL', 'APPROVED'].includes(item.status));
}

// EXTERNAL MODULE: ./packages/core/src/domain/queue/lease.ts
var lease = __nccwpck_require__(8556);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/transitions.ts
var transitions = __nccwpck_require__(7798);
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/claim.ts





function planClaim(allRows, args) {
    // Rows sharing an id share a shard, so duplicates are still found within it.
    const rows = args.shard ? allRows.filter((row) => inShard(row.id, args.shard)) : allRows;
    const stamp = { now: args.now, runId: args.runId };
    const duplicates = (0,parse_row/* findDuplicateIds */.FT)(rows);
    const duplicateRows = new Set(duplicates.map((p) => p.row));
    const flagged = duplicates.flatMap((p) => {
        const row = rows.find((r) => r.row === p.row);
        return row ? [flagDuplicate(row, (0,parse_row/* duplicateIdNote */.Nx)(p))] : [];
    });
    const problems = [...duplicates];
    const valid = [];
    for (const row of rows) {
        if (duplicateRows.has(row.row))
            continue;
        const parsed = (0,parse_row/* parseQueueRow */.T1)(row, args);
        if (parsed.ok)
            valid.push(row);
        else
            problems.push(...parsed.problems);
    }
    // Only valid rows are recovered: a row with a problem waits for a human even if its lease ran out.
    const recovered = (0,lease/* recoverExpiredLeases */.Zl)(valid, args.now, args.runId, args.leaseSeconds);
    // A lease further ahead than the configured one (a runner's fast clock): shortened and written back.
    const shortened = (0,lease/* shortenSkewedLeases */.gK)(valid, args.now, args.leaseSeconds);
    const recoveredByRow = new Map(recovered.map((r) => [r.row, r]));
    // Recovery only sets the claimed-from state and clears the lease, so a valid row stays valid.
    const items = valid.flatMap((row) => {
        const parsed = (0,parse_row/* parseQueueRow */.T1)(recoveredByRow.get(row.row) ?? row, args);
        return parsed.ok ? [parsed.item] : [];
    });
    const rejected = rejectedItems(items).map((item) => {
        // A reviewer often says why in notes: keep their words after ours, never overwrite them.
        const said = item.row.notes.trim();
        return (0,transitions/* toBlocked */.o1)(item.row, {
            ...stamp,
            reason: `rejected by ${item.row.approver.trim() || 'a reviewer'}${said ? ` — notes before: ${said}` : ''}`,
            codes: ['REJECTED'],
        });
    });
    const leaseUntil = new Date(args.now.getTime() + args.leaseSeconds * 1000);
    // Every claim counts an attempt, whatever state it came from: drafting and
    // publishing each start from 0 (toAwaitingApproval resets the count), so a
    // publish that keeps failing also ends in FAILED after maxAttempts.
    const claimed = eligibleItems(items, args.mode, args.now, { requireApproval: args.requireApproval })
        .slice(0, Math.max(0, args.maxItems))
        .map((item) => ({
        // The claimed-from state goes into the lease, so a crash cannot lose it (claimed-from.ts).
        row: (0,transitions/* toClaimed */.X$)(item.row, {
            ...stamp,
            owner: args.owner,
            leaseUntil,
            attempts: item.attempts + 1,
            from: item.status,
        }),
        from: item.status,
    }));
    const update = new Map();
    for (const r of flagged)
        if (r.changed)
            update.set(r.row.row, r.row);
    for (const r of [...shortened.map((s) => s.row), ...recovered, ...rejected, ...claimed.map((c) => c.row)]) {
        update.set(r.row, r);
    }
    const skewed = shortened.map((s) => s.warning);
    return {
        claimed,
        rejected,
        recovered,
        problems,
        duplicates: flagged.map((f) => f.row),
        skewed,
        update: [...update.values()],
    };
}
/** The row with the note added to its notes, unless a duplicate-id note is there already (a human may have edited it). */
function flagDuplicate(row, note) {
    if (row.notes.includes('DUPLICATE_ID'))
        return { row, changed: false };
    const notes = row.notes.trim() ? `${row.notes.trim()} | ${note}` : note;
    return { row: { ...row, notes }, changed: true };
}
/** Rows sharing an id end the run as a failure (exit code 1): a human has to give one a new id. */
function hasDuplicateIds(problems) {
    return problems.some((p) => p.code === parse_row/* DUPLICATE_ID */.Gd);
}

// EXTERNAL MODULE: ./packages/core/src/util/abort.ts + 1 modules
var abort = __nccwpck_require__(8070);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/item-records.ts
const QUEUE_WRITE_FAILED = 'QUEUE_WRITE_FAILED';
function toRunLogRow(result, options, mode, at) {
    return {
        at: at.toISOString(),
        run_id: options.runId,
        trace_id: options.traceId,
        mode,
        item_id: result.item_id,
        outcome: result.outcome,
        gate: result.gate,
        error_codes: result.codes,
        attempts: result.attempts,
        duration_ms: result.duration_ms,
        tokens_in: result.usage.tokens_in,
        tokens_out: result.usage.tokens_out,
        cost_usd: Number(result.usage.cost_usd.toFixed(6)),
        article_id: result.article_id,
    };
}
/** A row the claim parked as BLOCKED because a human set approval=rejected: a blocked outcome like any other. */
function rejectedResult(row) {
    return {
        item_id: row.id,
        row: row.row,
        title: row.title,
        outcome: 'blocked',
        gate: '',
        codes: ['REJECTED'],
        message: `rejected by ${row.approver.trim() || 'a reviewer'}: parked as BLOCKED, never published`,
        attempts: Number.parseInt(row.attempts, 10) || 0,
        duration_ms: 0,
        usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
        article_id: row.article_id,
        article_url: row.article_url,
    };
}
/**
 * The item's work is done (an article may be live) but its row could not be
 * written: the row keeps its lease and returns to the state it was claimed from when the lease ends,
 * and the next run redoes it idempotently. The run counts it as failed.
 */
function unwrittenResult(result, error, leaseSeconds) {
    return {
        ...result,
        outcome: 'failed',
        codes: [...result.codes, QUEUE_WRITE_FAILED],
        message: `${result.outcome} (${result.message}), but its queue row could not be written: ${error}. ` +
            `The row stays IN_PROGRESS until its ${leaseSeconds} s lease ends; the next run then redoes it without a second article`,
    };
}

// EXTERNAL MODULE: ./packages/core/src/domain/queue/claimed-from.ts
var claimed_from = __nccwpck_require__(3332);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/recover-item.ts
// A row recovered from an expired lease may have been finished by the run
// that held it: the article went live, then the process died before its
// buffered outcome was written (write-buffer.ts). The publisher knows — the
// article carries the item id — so the row is written PUBLISHED from what is
// live, without drafting or publishing anything again. Anything else (no
// article, or only a draft) is worked as usual, idempotently: publishing finds
// the item's article by its id and updates it rather than adding a second.
//
// Only for a row claimed for its first publication (claimed-from.ts): a row
// claimed from UPDATE had a live article before its claim, so finding it live
// says nothing about whether the update was applied. Such a row was recovered
// as UPDATE, and is worked as an UPDATE: the update is applied (or found
// already there: "unchanged"), never skipped.

async function recoverLiveArticle(item, deps, runId) {
    // The claimed row's lease names the state it was claimed from (the recovered one).
    if (!(0,claimed_from/* claimedForFirstPublication */.fH)(item.row))
        return undefined;
    const found = await deps.publisher.find({
        article_id: item.row.article_id || undefined,
        item_id: item.id,
        handle: item.row.handle || undefined,
    });
    if (found?.status !== 'published')
        return undefined;
    const now = deps.now();
    const result = {
        item_id: item.id,
        row: item.row.row,
        title: found.title || item.row.title,
        outcome: 'published',
        gate: 'PASS',
        codes: [],
        message: `published: its article ${found.handle} is live (the run that published it stopped before writing this row)`,
        attempts: item.attempts,
        duration_ms: 0,
        usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
        article_id: found.id,
        article_url: found.url,
    };
    return { result, transition: (fresh) => (0,transitions/* toPublished */.ad)(fresh, { article: found, now, runId }) };
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/store-retry.ts
// Writes to the queue and the run log are retried a few times with backoff
// before the executor gives up on them: a Sheets queue refuses a write when
// a human inserted or deleted rows meanwhile ("nothing was written; try
// again"), and a 429 may outlast the client's own retries. A UserError (a
// revoked credential, a missing tab) is a configuration problem: never retried.
// Fixed steps by hand rather than p-retry: the waits must go through the
// executor's injected sleep, so tests run them without waiting.

/** Waits between attempts, in ms: 4 attempts in all, about 13 s of patience. */
const STORE_RETRY_DELAYS_MS = [1_000, 3_000, 9_000];
async function withStoreRetry(write, retry) {
    const delays = retry.delaysMs ?? STORE_RETRY_DELAYS_MS;
    for (let attempt = 0;; attempt++) {
        try {
            return await write();
        }
        catch (error) {
            const wait = delays[attempt];
            if (error instanceof src_errors/* UserError */.yo || wait === undefined)
                throw error;
            retry.onRetry?.(error, attempt + 1, wait);
            await retry.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/write-buffer.ts
// Outcome writes wait here and go out together: one queue transaction and one
// run-log append for many items, instead of one of each per item (a Sheets
// queue pays about four requests for a transaction however many rows it
// writes). Flushed `intervalMs` after the oldest waiting entry arrived, when
// asked (at the end of the run), and when `maxEntries` wait; the executor
// also takes the waiting entries to write them with its next claim. One
// flush at a time, in order; what arrives during a flush goes with the next.
//
// What a killed process loses is only the waiting entries' *writes*: their
// rows keep their leases, and the next run recovers them (the article carries
// the item id; see recover-item.ts).
function createWriteBuffer(options) {
    let waiting = [];
    let chain = Promise.resolve();
    /** Due when the oldest waiting entry has waited `intervalMs`. */
    let timer;
    let closed = false;
    const stopTimer = () => {
        if (timer)
            clearTimeout(timer);
        timer = undefined;
    };
    const startTimer = () => {
        if (timer || closed || waiting.length === 0)
            return;
        timer = setTimeout(() => {
            timer = undefined;
            void flush();
        }, Math.max(1, options.intervalMs));
        timer.unref?.();
    };
    const flush = () => {
        stopTimer();
        // The batch is what waits now; anything added later goes with the next flush.
        const batch = waiting;
        waiting = [];
        chain = chain.then(async () => {
            if (batch.length === 0)
                return;
            try {
                await options.write(batch);
            }
            catch (error) {
                options.onError?.(error);
            }
        });
        return chain;
    };
    return {
        add(entry) {
            waiting.push(entry);
            if (options.maxEntries !== undefined && waiting.length >= options.maxEntries)
                void flush();
            else
                startTimer();
        },
        flush,
        async close() {
            closed = true;
            await flush();
        },
        take() {
            const taken = waiting;
            waiting = [];
            stopTimer();
            return taken;
        },
        putBack(entries) {
            waiting = [...entries, ...waiting];
            startTimer();
        },
        get size() {
            return waiting.length;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/run.ts
// The executor run: pick the mode (kill-switch), get the publisher ready,
// claim rows in batches while the time budget lasts (one transaction per
// claim; one re-read to confirm it where the store has no compare-and-set),
// process them with bounded concurrency (p-limit), write the rows'
// transitions and run-log rows together (write-buffer.ts: with the next
// claim, a short while after an item finishes, at the end), and record the
// run. A claim takes several rows per worker (one, the first time, for a run
// of one worker: it stops at its first item's trouble holding nothing else).
//
// What stops a run early, and how it ends (runs.jsonl always gets its
// completed line):
// - cancellation (options.signal): no new claims, in-flight items finish → `cancelled`;
// - the time budget: one AbortSignal (the run's deadline) bounds the items'
//   work — every request an item makes carries it (util/abort.ts). When it
//   fires nothing new is claimed, requests in flight are cancelled, and each
//   item cut short is released: its row goes back to the state it was claimed
//   from (outcome `skipped`), written like any outcome → `failure`, naming them;
// - a store error on a claim, or on a run-log append after retries: no new
//   claims, in-flight items finish → `failure`, the message in `errors`;
// - a queue write of an item's outcome that still fails after retries: that
//   item counts as failed, its row waits for its lease to end; the run goes on;
// - a UserError (configuration: a refused token, a missing blog): no new
//   claims, in-flight items finish, then it is rethrown (hosts exit 2).
//
// While rows are held (claimed, or finished with the outcome not written yet)
// their leases are renewed together every third of the lease (one queue write
// that only extends lease_until of rows still ours), so a slow item — a storm
// of throttling — is never taken by another worker. A run killed before its
// outcomes are written leaves the rows to their leases; the next run finds a
// live article by the item id and writes PUBLISHED (recover-item.ts).










/**
 * The longest a finished item's outcome waits before it is written (it also
 * goes with the next claim, and at the end of the run). Each write costs a
 * Sheets queue about four requests (one service account has 60 a minute), so
 * not much shorter; a killed run's waiting outcomes are recovered (recover-item.ts).
 */
const FLUSH_INTERVAL_MS = 15_000;
/** Rows a claim after the first takes per worker (at least MIN_CLAIM_BATCH): fewer, larger claims. */
const CLAIM_ROWS_PER_WORKER = 5;
const MIN_CLAIM_BATCH = 10;
const hasTransition = (p) => p.outcome !== undefined;
// The item pipeline (markdown rendering, sanitize-html, YAML front matter)
// loads with the first claimed item: a run with nothing to do starts without it.
let itemPipeline;
const loadItemPipeline = () => {
    itemPipeline ??= Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(815), __nccwpck_require__.e(133), __nccwpck_require__.e(549)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9549));
    return itemPipeline;
};
const HAS_ARTICLE = new Set(['AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED']);
// Every claim reads the titles of the whole queue, which change little between claims:
// each title is normalised (Unicode NFKC) once. Bounded by clearing when full.
const normalized = new Map();
const NORMALIZED_KEPT = 50_000;
function normalizedTitle(title) {
    let key = normalized.get(title);
    if (key === undefined) {
        key = (0,content_title/* normalizeTitle */.s)(title);
        if (normalized.size >= NORMALIZED_KEPT)
            normalized.clear();
        normalized.set(title, key);
    }
    return key;
}
/** Titles of the articles other items already have: the DUPLICATE_TITLE rule's memory. */
function articleTitles(rows) {
    const titles = new Map();
    for (const row of rows) {
        if (row.title.trim() && (HAS_ARTICLE.has(row.status.trim().toUpperCase()) || row.article_id)) {
            titles.set(normalizedTitle(row.title), row.id);
        }
    }
    return titles;
}
/**
 * The titles an item's draft must not take, as of now: this run's passed drafts
 * first, then the claim's articles less the row's own (its title is not a
 * duplicate of itself). A view, O(1) a look-up: the same answers as a merged
 * copy of the two maps without the row's entries, which cost the whole queue per item.
 */
function titleLookup(claimTitles, runTitles, ownId) {
    return {
        get(key) {
            const run = runTitles.get(key);
            if (run !== undefined)
                return run;
            const owner = claimTitles.get(key);
            return owner === ownId ? undefined : owner;
        },
    };
}
function emptyCounts() {
    return { processed: 0, published: 0, scheduled: 0, drafted: 0, blocked: 0, failed: 0, retry: 0, skipped: 0 };
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function runExecutor(deps, options) {
    const startedAt = deps.now();
    const log = deps.log.child({ run_id: options.runId, trace_id: options.traceId });
    const switches = {
        WF_ENABLED: await deps.vars.get('WF_ENABLED'),
        ALLOW_PUBLISH: await deps.vars.get('ALLOW_PUBLISH'),
    };
    const { mode, downgraded } = effectiveMode(options.mode, switches);
    if (downgraded)
        log.warn(downgraded);
    // The setting and the REQUIRE_APPROVAL variable together: the stricter wins (approvalRequired).
    const requireApproval = approvalRequired(options.requireApproval, await deps.vars.get('REQUIRE_APPROVAL'));
    if (mode === 'publish' && !requireApproval)
        log.warn('require-approval is off: drafts that pass the gate go live without a human approving them');
    await deps.runs.record({ run_id: options.runId, mode, status: 'in_progress', started_at: startedAt.toISOString() });
    if (options.shard && options.shard.count > 1)
        log.info(`shard ${options.shard.index}/${options.shard.count}: only rows whose item id hashes to ${options.shard.index} are claimed`);
    const sleep = deps.sleep ?? realSleep;
    const problems = new Map();
    const items = [];
    const errors = [];
    let fatal;
    let recovered = 0;
    let rejected = 0;
    let exhausted = false;
    let budgetSpent = false;
    const budgetEnds = startedAt.getTime() + options.timeBudgetSeconds * 1000;
    // The run's deadline: a real timer (the budget is wall time), cleared when the run ends.
    const deadline = new AbortController();
    const deadlineTimer = setTimeout(() => deadline.abort(new abort/* RunDeadlineError */.I7(options.timeBudgetSeconds)), options.timeBudgetSeconds * 1000);
    deadlineTimer.unref?.();
    const onDeadline = () => log.notice(`the time budget of ${options.timeBudgetSeconds} s ran out: no new item will be claimed; requests in flight are cancelled`);
    deadline.signal.addEventListener('abort', onDeadline, { once: true });
    /** Items the deadline cut short, released back to the queue. */
    const released = [];
    /** Something the run cannot go on from: no new claims; a UserError is rethrown at the end. */
    const stopOn = (error, what) => {
        if (error instanceof src_errors/* UserError */.yo) {
            fatal ??= { error };
            return;
        }
        const message = `${what}: ${(0,src_errors/* errorMessage */.gJ)(error)}`;
        errors.push(message);
        log.error(message);
    };
    const retryLog = (what, itemLog) => (error, attempt, waitMs) => itemLog.warn(`${what} failed (${(0,src_errors/* errorMessage */.gJ)(error)}); attempt ${attempt + 1} in ${waitMs / 1000} s`);
    const onAbort = () => log.notice('cancel requested: no new item will be claimed; the items in flight finish first');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    /** Appends run-log rows, retried; one that still fails stops the claiming (the store is not well). */
    const appendRunLog = async (results, itemLog = log) => {
        if (results.length === 0)
            return;
        const rows = results.map((r) => toRunLogRow(r, options, mode, deps.now()));
        const ids = results.map((r) => r.item_id).join(', ');
        try {
            // A retried append may land twice (its answer lost, not its write): reconcile ignores the copy.
            await withStoreRetry(() => deps.runLog.append(rows), { sleep, onRetry: retryLog(`run log of ${ids}`, itemLog) });
        }
        catch (error) {
            stopOn(error, `could not append the run-log row(s) of ${ids} (their outcome is in the queue, not in the run log)`);
        }
    };
    // A snapshot's rows leased to this run, by id, made once per snapshot: a transaction looks up
    // each of its outcomes, and a filter of the whole queue per outcome grew with the queue.
    const leased = new WeakMap();
    const leasedById = (rows) => {
        let byId = leased.get(rows);
        if (byId)
            return byId;
        byId = new Map();
        for (const r of rows) {
            // Owner and run: two runs on one machine share an owner name.
            if (r.lease_owner !== options.owner || r.run_id !== options.runId)
                continue;
            const list = byId.get(r.id);
            if (list)
                list.push(r);
            else
                byId.set(r.id, [r]);
        }
        leased.set(rows, byId);
        return byId;
    };
    /** Our claimed copy of an item in a fresh snapshot: same id, our lease and run; the same row number if it is still there. */
    const ours = (rows, id, row) => {
        const mine = leasedById(rows).get(id) ?? [];
        // A human may insert or delete rows above it meanwhile: the id (unique among our leased rows) still finds it.
        return mine.find((r) => r.row === row) ?? (mine.length === 1 ? mine[0] : undefined);
    };
    // Every queue write of the run takes its turn here: claims, outcome flushes and lease renewals.
    // A store without a lock (Sheets) would otherwise let two of our own writes read the same
    // snapshot (two workers claiming one row, a renewal landing after an outcome).
    const queueTurn = pLimit(1);
    const claimBatchSize = Math.max(options.concurrency, options.claimBatch ?? Math.max(MIN_CLAIM_BATCH, options.concurrency * CLAIM_ROWS_PER_WORKER));
    /** Claimed rows whose outcome is not written yet: their leases are renewed together. */
    const held = new Map();
    /** Claimed, not yet started (a batch claim takes more rows than there are workers). */
    const pool = [];
    let claimedCount = 0;
    let claims = 0;
    const stopping = () => fatal !== undefined || errors.length > 0 || options.signal?.aborted === true;
    const budgetOver = () => {
        if (deps.now().getTime() >= budgetEnds || deadline.signal.aborted)
            budgetSpent = true;
        return budgetSpent;
    };
    /** Claims a batch of rows in one transaction (verified with one re-read where the store has no compare-and-set). */
    const claimBatch = async (waiting) => {
        // Several rows per worker (fewer requests per item), never past max-items; a single worker starts with one.
        const first = claims === 0 && options.concurrency === 1;
        const want = Math.min(options.maxItems - claimedCount, first ? 1 : claimBatchSize);
        if (want <= 0) {
            exhausted = true;
            // No claim for them to ride with: the outcomes taken for it wait for the next flush (or the run's end).
            outcomes.putBack(waiting);
            return;
        }
        claims += 1;
        const now = deps.now();
        const written = new Set();
        let planned;
        try {
            planned = await deps.queue.transact((rows) => {
                // Finished items' outcomes ride along: one write for them and the claim.
                written.clear();
                const outcomesOf = new Map();
                for (const { outcome } of waiting) {
                    const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
                    if (!fresh)
                        continue;
                    outcomesOf.set(fresh.row, outcome.transition(fresh));
                    written.add(outcome.result.item_id);
                }
                const claim = planClaim(rows.map((row) => outcomesOf.get(row.row) ?? row), {
                    mode,
                    now,
                    owner: options.owner,
                    runId: options.runId,
                    leaseSeconds: options.leaseSeconds,
                    maxItems: want,
                    requireApproval,
                    shard: options.shard,
                    timeZone: options.timeZone,
                });
                const update = new Map(claim.update.map((row) => [row.row, row]));
                for (const [row, changed] of outcomesOf)
                    update.set(row, changed);
                return { update: [...update.values()], result: { claim, rows } };
            });
        }
        catch (error) {
            // Not written: the outcomes wait for the next flush (their run-log rows are in already).
            outcomes.putBack(waiting);
            throw error;
        }
        await settle(waiting, written, []);
        const { claim, rows } = planned;
        for (const warning of claim.skewed)
            log.warn(warning);
        recovered += claim.recovered.length;
        rejected += claim.rejected.length;
        for (const p of claim.problems)
            problems.set(`${p.row}:${p.field}`, p);
        // A rejection is an outcome: the claim wrote the row BLOCKED, the run log says so (with the next flush).
        for (const result of claim.rejected.map(rejectedResult)) {
            items.push(result);
            log.warn(`${result.item_id}: blocked — ${result.message}`, { item_id: result.item_id });
            outcomes.add({ result });
        }
        // Fewer rows than asked for: no more are eligible now, so this claim is the run's last.
        if (claim.claimed.length < want)
            exhausted = true;
        if (claim.claimed.length === 0)
            return;
        claimedCount += claim.claimed.length;
        const recoveredRows = new Set(claim.recovered.map((r) => r.row));
        const titles = articleTitles(rows);
        // Stores without compare-and-set (Sheets): one re-read makes sure the claims are still ours.
        const fresh = deps.queue.exclusive ? undefined : await deps.queue.list();
        for (const { row, from } of claim.claimed) {
            const mine = fresh ? ours(fresh, row.id, row.row) : row;
            const parsed = mine && (0,parse_row/* parseQueueRow */.T1)(mine, options);
            if (!parsed?.ok) {
                if (!mine)
                    log.warn(`item ${row.id}: another executor holds it; backing off`, { item_id: row.id });
                continue;
            }
            held.set(row.id, parsed.item);
            // Rows of one batch start together: the earlier row holds its title, so of two same-title rows
            // the first gets the article (DUPLICATE_TITLE), whichever draft finishes first.
            const key = (0,content_title/* normalizeTitle */.s)(row.title);
            if (key && !runTitles.has(key) && !titles.has(key))
                runTitles.set(key, row.id);
            pool.push({
                item: parsed.item,
                from,
                recovered: recoveredRows.has(row.row),
                // Shared, not copied per row (a copy of a 10,000-row queue's titles per item was most of a claim):
                // the row's own title is left out when it is looked up (titleLookup).
                titles,
                rows,
            });
        }
    };
    /** The next claimed item; undefined when none is left, the budget is spent, or the run is stopping. */
    const claimTurn = pLimit(1);
    const nextItem = () => claimTurn(async () => {
        for (;;) {
            if (stopping() || budgetOver())
                return undefined;
            const next = pool.shift();
            if (next)
                return next;
            if (exhausted)
                return undefined;
            // Outcomes waiting go with the next claim: their run-log rows first (an append the store
            // refuses stops the claiming), their queue rows in the claim's own transaction.
            const waiting = outcomes.take();
            await (0,abort/* outsideRun */.Ph)(() => logOutcomes(waiting));
            const transitions = waiting.filter(hasTransition);
            if (stopping()) {
                outcomes.putBack(transitions);
                return undefined;
            }
            await (0,abort/* outsideRun */.Ph)(() => queueTurn(() => claimBatch(transitions)));
        }
    });
    /** One queue transaction for many outcomes; which entries' rows were still ours is reported through `written`. */
    const writeTransitions = (entries, written) => queueTurn(() => deps.queue.transact((rows) => {
        written.clear();
        const update = [];
        for (const { outcome } of entries) {
            if (!outcome)
                continue;
            const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
            if (!fresh)
                continue;
            update.push(outcome.transition(fresh));
            written.add(outcome.result.item_id);
        }
        // The result says whether every row was written (a boolean, like a single outcome write).
        return { update, result: written.size === entries.length };
    }));
    /** Writes one flush of outcomes: their run-log rows, then their queue rows, each retried. */
    const writeOutcomes = async (batch) => {
        // The run log first: killed between the two writes, the rows stay IN_PROGRESS and are redone
        // (idempotently) with log lines of their own — a logged outcome is never missing, at worst repeated.
        await logOutcomes(batch);
        const entries = batch.filter(hasTransition);
        if (entries.length === 0)
            return;
        const written = new Set();
        const failures = [];
        const retrying = (entry) => ({
            sleep,
            onRetry: retryLog(`writing the row of ${entry.result.item_id}`, entry.itemLog ?? log),
        });
        if (entries.length === 1) {
            const [entry] = entries;
            await withStoreRetry(() => writeTransitions(entries, written), retrying(entry)).catch((error) => failures.push({ entry, error }));
        }
        else {
            // Many rows in one write; refused, each row is written on its own (one moved row must not sink the others).
            try {
                await writeTransitions(entries, written);
            }
            catch (error) {
                if (error instanceof src_errors/* UserError */.yo)
                    failures.push(...entries.map((entry) => ({ entry, error })));
                else
                    for (const entry of entries) {
                        const one = new Set();
                        await withStoreRetry(() => writeTransitions([entry], one), retrying(entry)).then(() => {
                            for (const id of one)
                                written.add(id);
                        }, (error) => failures.push({ entry, error }));
                    }
            }
        }
        await settle(entries, written, failures);
    };
    /** Appends the run-log rows of outcomes not logged yet (a row given back unworked has none). */
    const logOutcomes = async (batch) => {
        const unlogged = batch.filter((p) => !p.release && !p.logged);
        for (const p of unlogged)
            p.logged = true;
        await appendRunLog(unlogged.map((p) => p.result));
    };
    /** After outcomes were written (or not): the rows are no longer held; each item's result is counted and said. */
    const settle = async (entries, written, failures) => {
        const failed = new Set(failures.map((f) => f.entry));
        const unwritten = [];
        for (const entry of entries) {
            held.delete(entry.result.item_id);
            const itemLog = entry.itemLog ?? log;
            const failure = failures.find((f) => f.entry === entry);
            if (failure && failure.error instanceof src_errors/* UserError */.yo) {
                fatal ??= { error: failure.error };
                continue;
            }
            if (failure) {
                const result = unwrittenResult(entry.result, (0,src_errors/* errorMessage */.gJ)(failure.error), options.leaseSeconds);
                items.push(result);
                unwritten.push(result);
                itemLog.error(`${entry.result.item_id}: failed — ${result.message}`);
                continue;
            }
            if (!failed.has(entry) && !written.has(entry.result.item_id) && !entry.release)
                itemLog.warn(`item ${entry.result.item_id}: lease lost before the result was written; the next run redoes it`);
            if (entry.release)
                continue;
            const { result } = entry;
            items.push(result);
            const level = result.outcome === 'failed' || result.outcome === 'blocked' ? 'warn' : 'info';
            itemLog[level](`${result.item_id}: ${result.outcome} — ${result.message}`);
        }
        await appendRunLog(unwritten);
    };
    const outcomes = createWriteBuffer({
        write: (batch) => (0,abort/* outsideRun */.Ph)(() => writeOutcomes(batch)),
        intervalMs: options.flushIntervalMs ?? FLUSH_INTERVAL_MS,
        onError: (error) => stopOn(error, 'could not write the outcomes of finished items'),
    });
    /**
     * Renews the leases of every claimed row whose outcome is not written yet,
     * in one transaction, every third of the lease; `stop` clears the timer and
     * waits for a renewal in flight, so it never lands after the outcomes are written.
     */
    const keepLeases = () => {
        let inFlight = Promise.resolve();
        const lost = new Set();
        const renew = async () => {
            const holding = [...held.values()];
            if (holding.length === 0)
                return;
            const kept = new Set();
            await (0,abort/* outsideRun */.Ph)(() => queueTurn(() => deps.queue.transact((rows) => {
                kept.clear();
                const update = [];
                for (const item of holding) {
                    const fresh = ours(rows, item.id, item.row.row);
                    const renewed = fresh &&
                        (0,lease/* renewLease */.EH)(fresh, { owner: options.owner, runId: options.runId }, deps.now(), options.leaseSeconds);
                    if (!renewed)
                        continue;
                    update.push(renewed);
                    kept.add(item.id);
                }
                return { update, result: kept.size === holding.length };
            }))).then(() => {
                for (const item of holding) {
                    // Written meanwhile (no longer held) is not lost.
                    if (kept.has(item.id) || lost.has(item.id) || !held.has(item.id))
                        continue;
                    lost.add(item.id);
                    log.warn(`item ${item.id}: its lease was lost while it was being worked on`, { item_id: item.id });
                }
            }, (error) => log.warn(`could not renew the leases of ${holding.length} row(s) (${(0,src_errors/* errorMessage */.gJ)(error)}); trying again`));
        };
        const timer = setInterval(() => {
            inFlight = inFlight.then(renew);
        }, Math.max(50, (options.leaseSeconds * 1000) / 3));
        timer.unref?.();
        return {
            stop: async () => {
                clearInterval(timer);
                await inFlight;
            },
        };
    };
    try {
        await (0,abort/* withinRun */.Rr)(deadline.signal, async () => deps.publisher.prepare?.());
    }
    catch (error) {
        stopOn(error, 'the publisher is not ready, so nothing was claimed');
    }
    /** Titles of this run's drafts that passed, normalised → item id: the DUPLICATE_TITLE rule's memory within the run. */
    const runTitles = new Map();
    const releaseTitle = (itemId) => {
        for (const [title, owner] of runTitles)
            if (owner === itemId)
                runTitles.delete(title);
    };
    // NEAR_DUPLICATE's corpus shingles text (marked, sanitize-html), so it loads
    // with the item pipeline, not at start; it is ready before any item is processed.
    let corpus;
    let corpusLoading;
    const loadCorpus = async () => {
        corpusLoading ??= Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(972)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3972)).then(({ createRunCorpus }) => createRunCorpus({ publisher: deps.publisher, readContent: deps.readContent, log }));
        corpus = await corpusLoading;
        return corpus;
    };
    const limit = pLimit(options.concurrency);
    const leases = keepLeases();
    await Promise.all(Array.from({ length: options.maxItems }, () => limit(async () => {
        let claimed;
        try {
            claimed = await nextItem();
        }
        catch (error) {
            stopOn(error, 'could not claim the next item, so claiming stopped (rows not claimed are as they were; ' +
                'a row this run had just claimed returns to PENDING when its lease ends)');
            return;
        }
        if (!claimed)
            return;
        const { item, from, titles, rows, recovered: fromExpiredLease } = claimed;
        const itemLog = log.child({ item_id: item.id });
        const content = {
            generator: deps.generator,
            readContent: deps.readContent,
            thresholds: options.thresholds,
            maxFixPasses: options.maxFixPasses,
            otherTitles: () => titleLookup(titles, runTitles, item.row.id),
            claimTitle: (title) => {
                const key = (0,content_title/* normalizeTitle */.s)(title);
                if (key && !runTitles.has(key))
                    runTitles.set(key, item.id);
            },
            // NEAR_DUPLICATE: the blog, the other rows of the claim's snapshot, this run's passed drafts
            // (the item's own row is in the snapshot; the corpus leaves the item's texts out by its id).
            corpus: async (itemId) => (await loadCorpus()).indexed(itemId, rows),
            claimText: (draft) => corpus?.add(item.id, draft),
            catalog: deps.catalog,
        };
        try {
            // The item's work runs under the run's deadline; writing its outcome does not (it must land).
            const outcome = await (0,abort/* withinRun */.Rr)(deadline.signal, async () => {
                // A row whose lease ran out may have been finished by the run that held it (see recover-item.ts).
                const live = fromExpiredLease ? await recoverLiveArticle(item, deps, options.runId) : undefined;
                if (live) {
                    itemLog.warn(`item ${item.id}: recovered from an expired lease, and its article is live: PUBLISHED`);
                    return live;
                }
                const [{ processItem }] = await Promise.all([loadItemPipeline(), loadCorpus()]);
                return processItem(item, from, mode, { ...deps, log: itemLog }, { ...options, requireApproval }, content);
            });
            if (outcome.released)
                released.push(item.id);
            // Only an article holds a title: a draft that passed but was not published or drafted lets it go.
            if (!['drafted', 'published', 'scheduled'].includes(outcome.result.outcome))
                releaseTitle(item.id);
            outcomes.add({ result: outcome.result, outcome, itemLog });
        }
        catch (error) {
            // The row keeps its lease (no longer renewed) and returns to PENDING when it expires.
            held.delete(item.id);
            releaseTitle(item.id);
            // A configuration error met mid-run (a revoked token, say): the other items in flight still finish.
            stopOn(error, `item ${item.id} stopped the run`);
        }
    })));
    // Rows claimed in a batch but never started (the run stopped early): given back as they were claimed.
    for (const { item, from } of pool.splice(0)) {
        const reason = 'released unworked: the run stopped before it reached this row';
        const now = deps.now();
        const result = { ...rejectedResult(item.row), codes: [], message: reason };
        outcomes.add({
            result,
            release: true,
            outcome: {
                result,
                transition: (fresh) => (0,lease/* releaseLease */.wL)(fresh, { from, attempts: item.attempts - 1, reason, now, runId: options.runId }),
            },
        });
    }
    await leases.stop();
    await outcomes.close();
    // The publisher's deferred work (the local site's index), once per run; the articles are durable without it.
    await (0,abort/* outsideRun */.Ph)(async () => deps.publisher.flush?.()).catch((error) => log.warn(`the publisher could not finish its deferred writes (the next run does): ${(0,src_errors/* errorMessage */.gJ)(error)}`));
    options.signal?.removeEventListener('abort', onAbort);
    clearTimeout(deadlineTimer);
    deadline.signal.removeEventListener('abort', onDeadline);
    if (deadline.signal.aborted)
        budgetSpent = true;
    if (released.length > 0) {
        const message = `the time budget of ${options.timeBudgetSeconds} s ran out with ${released.length} item(s) in flight ` +
            `(${released.join(', ')}): their requests were cancelled and their rows released for the next run`;
        errors.push(message);
        log.error(message);
    }
    const counts = emptyCounts();
    for (const item of items) {
        counts.processed += 1;
        counts[item.outcome] += 1;
    }
    const cancelled = options.signal?.aborted === true;
    const conclusion = fatal || errors.length > 0
        ? 'failure'
        : cancelled
            ? 'cancelled'
            : counts.failed > 0 || counts.retry > 0 || hasDuplicateIds([...problems.values()])
                ? 'failure'
                : 'success';
    if (cancelled)
        log.notice(`cancelled: ${counts.processed} item(s) finished; no more were claimed`);
    const finishedAt = deps.now();
    await deps.runs.record({
        run_id: options.runId,
        mode,
        status: 'completed',
        conclusion,
        started_at: startedAt.toISOString(),
        finished_at: finishedAt.toISOString(),
        counts,
    });
    if (fatal)
        throw fatal.error;
    for (const p of problems.values())
        log.warn(p.message);
    return {
        run_id: options.runId,
        requested_mode: options.mode,
        mode,
        downgraded,
        require_approval: requireApproval,
        items: items.sort((a, b) => a.row - b.row),
        problems: [...problems.values()],
        recovered,
        rejected,
        counts,
        conclusion,
        started_at: startedAt.toISOString(),
        finished_at: finishedAt.toISOString(),
        budget_spent: budgetSpent,
        errors,
    };
}

// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __nccwpck_require__(6388);
;// CONCATENATED MODULE: ./packages/core/src/metrics/names.ts
// Metric and label names of the Prometheus data model
// (https://prometheus.io/docs/concepts/data_model/): checked when a metric is
// declared, so a typo fails in a unit test, not in a scraper.

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Suffixes the exposition of each type adds itself; a declared name must not end with them. */
const RESERVED_SUFFIXES = {
    counter: ['_bucket', '_sum', '_count'],
    gauge: ['_total', '_bucket', '_sum', '_count'],
    histogram: ['_total', '_bucket', '_sum', '_count'],
};
function validateMetricName(name, type) {
    if (!METRIC_NAME.test(name)) {
        throw new src_errors/* UserError */.yo(`metric name "${name}" is invalid: expected letters, digits, '_' or ':' (not starting with a digit)`);
    }
    if (type === 'counter' && !name.endsWith('_total')) {
        throw new src_errors/* UserError */.yo(`counter "${name}" must end with "_total" (Prometheus naming convention)`);
    }
    const clash = RESERVED_SUFFIXES[type]?.find((suffix) => name.endsWith(suffix));
    if (clash)
        throw new src_errors/* UserError */.yo(`${type} "${name}" must not end with "${clash}"`);
}
function validateLabelName(metric, label) {
    if (!LABEL_NAME.test(label)) {
        throw new src_errors/* UserError */.yo(`label "${label}" of metric "${metric}" is invalid: expected letters, digits or '_' (not starting with a digit)`);
    }
    if (label.startsWith('__'))
        throw new src_errors/* UserError */.yo(`label "${label}" of metric "${metric}": names starting with "__" are reserved`);
    if (label === 'quantile' || label === 'le') {
        throw new src_errors/* UserError */.yo(`label "${label}" of metric "${metric}" is reserved for summaries and histograms`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/quantile.ts
// Quantiles of a short-lived process. A run records at most thousands of
// values, so we keep them all and compute exact quantiles by the nearest-rank
// method: the smallest recorded value v such that at least q·n values are <= v
// (rank ceil(q·n), 1-based). Unlike interpolation it always answers with a
// value that was actually observed, and unlike bucket estimates it is exact.
/** Nearest-rank quantile of `sorted` (ascending). NaN for no values. `q` in [0, 1]. */
function nearestRank(sorted, q) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile must be within [0, 1], got ${q}`);
    if (sorted.length === 0)
        return Number.NaN;
    // The epsilon keeps float noise (0.07 * 100 = 7.000000000000001) from bumping the rank.
    const rank = Math.max(1, Math.ceil(q * sorted.length - 1e-9));
    return sorted[rank - 1];
}
const DEFAULT_QUANTILES = [0.5, 0.95, 0.99];

;// CONCATENATED MODULE: ./packages/core/src/metrics/registry.ts
// A metrics registry for one short-lived process (an action run or a CLI
// command): it only accumulates in memory; exporters read a snapshot at the
// end (Prometheus file, OTLP). Hand-written rather than prom-client (not a
// dependency) because it is small and must also keep raw histogram values for
// exact quantiles (see quantile.ts).


class MetricsRegistry {
    #families = new Map();
    counter(name, options) {
        const family = this.#declare('counter', name, options);
        for (const labels of options.initialLabels ?? [])
            this.#series(family, labels);
        return {
            inc: (labels, value = 1) => {
                checkNumber(name, value);
                if (value < 0)
                    throw new RangeError(`counter ${name} can only go up, got inc(${value})`);
                this.#series(family, labels).value += value;
            },
        };
    }
    gauge(name, options) {
        const family = this.#declare('gauge', name, options);
        for (const labels of options.initialLabels ?? [])
            this.#series(family, labels);
        return {
            set: (value, labels) => {
                checkNumber(name, value);
                this.#series(family, labels).value = value;
            },
            inc: (labels, value = 1) => {
                checkNumber(name, value);
                this.#series(family, labels).value += value;
            },
        };
    }
    histogram(name, options) {
        const family = this.#declare('histogram', name, options);
        return {
            observe: (value, labels) => {
                checkNumber(name, value);
                const series = this.#series(family, labels);
                series.values.push(value);
                series.value += value;
            },
        };
    }
    /** Everything recorded so far, metrics by name, series in first-recorded order. */
    snapshot() {
        return [...this.#families.values()]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((f) => {
            const base = { name: f.name, help: f.help, labelNames: [...f.labelNames] };
            if (f.type !== 'histogram') {
                return {
                    ...base,
                    type: f.type,
                    series: [...f.series.values()].map((s) => ({ labels: { ...s.labels }, value: s.value })),
                };
            }
            return {
                ...base,
                type: 'histogram',
                quantiles: [...f.quantiles],
                series: [...f.series.values()].map((s) => {
                    const values = [...s.values].sort((a, b) => a - b);
                    return {
                        labels: { ...s.labels },
                        count: values.length,
                        sum: s.value,
                        values,
                        quantiles: f.quantiles.map((q) => ({ quantile: q, value: nearestRank(values, q) })),
                    };
                }),
            };
        });
    }
    #declare(type, name, options) {
        validateMetricName(name, type);
        const labelNames = [...(options.labelNames ?? [])];
        for (const label of labelNames)
            validateLabelName(name, label);
        if (new Set(labelNames).size !== labelNames.length)
            throw new Error(`metric ${name} declares a label twice`);
        const quantiles = [...(options.quantiles ?? DEFAULT_QUANTILES)];
        for (const q of quantiles)
            if (!(q >= 0 && q <= 1))
                throw new RangeError(`metric ${name}: quantile ${q} not in [0, 1]`);
        const existing = this.#families.get(name);
        if (existing) {
            // Declaring twice is fine (two modules share a metric) as long as it is the same metric.
            if (existing.type !== type || existing.labelNames.join() !== labelNames.join()) {
                throw new Error(`metric ${name} is already declared as a ${existing.type} with labels [${existing.labelNames}]`);
            }
            return existing;
        }
        const family = { type, name, help: options.help, labelNames, quantiles, series: new Map() };
        this.#families.set(name, family);
        return family;
    }
    #series(family, labels = {}) {
        const given = Object.keys(labels);
        const missing = family.labelNames.filter((l) => !(l in labels));
        const unknown = given.filter((l) => !family.labelNames.includes(l));
        if (missing.length > 0 || unknown.length > 0) {
            throw new Error(`metric ${family.name} takes labels [${family.labelNames}]` +
                (missing.length ? `; missing [${missing}]` : '') +
                (unknown.length ? `; unknown [${unknown}]` : ''));
        }
        const ordered = {};
        for (const l of family.labelNames)
            ordered[l] = String(labels[l]);
        const key = JSON.stringify(family.labelNames.map((l) => ordered[l]));
        let series = family.series.get(key);
        if (!series) {
            series = { labels: ordered, value: 0, values: [] };
            family.series.set(key, series);
        }
        return series;
    }
}
function checkNumber(name, value) {
    if (!Number.isFinite(value))
        throw new RangeError(`metric ${name}: value must be a finite number, got ${value}`);
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/autopilot-metrics.ts
// The pipeline's metrics, declared once so every host names them the same
// way. Units are in the names (seconds, usd), as Prometheus conventions ask.


/**
 * The metrics every run reports. Label sets known in advance (outcomes, token
 * directions) and unlabeled counters start at 0, so the Prometheus file
 * always holds their samples.
 */
function createAutopilotMetrics(registry = new MetricsRegistry()) {
    return {
        registry,
        items: registry.counter('autopilot_items_total', {
            help: 'Items processed, by outcome.',
            labelNames: ['outcome'],
            initialLabels: model/* OUTCOMES */.im.map((outcome) => ({ outcome })),
        }),
        itemDuration: registry.histogram('autopilot_item_duration_seconds', {
            help: 'Time to process one item, from claim to the written row.',
        }),
        retries: registry.counter('autopilot_retries_total', {
            help: 'Items put back for a retry (transient failures).',
            initialLabels: [{}],
        }),
        throttleWait: registry.counter('autopilot_throttle_wait_seconds_total', {
            help: 'Time spent waiting on rate limits, by service.',
            labelNames: ['service'],
        }),
        apiRequests: registry.counter('autopilot_api_requests_total', {
            help: 'Requests sent to outside services, by service.',
            labelNames: ['service'],
        }),
        apiRetries: registry.counter('autopilot_api_retries_total', {
            help: 'Requests sent again after a transient failure (429, 5xx, network), by service.',
            labelNames: ['service'],
        }),
        tokens: registry.counter('autopilot_tokens_total', {
            help: 'LLM tokens, by direction (in = prompt, out = completion).',
            labelNames: ['direction'],
            initialLabels: [{ direction: 'in' }, { direction: 'out' }],
        }),
        cost: registry.counter('autopilot_cost_usd_total', {
            help: 'Estimated LLM cost in US dollars.',
            initialLabels: [{}],
        }),
        queueItems: registry.gauge('autopilot_queue_items', {
            help: 'Queue rows by status at the end of the run.',
            labelNames: ['status'],
        }),
    };
}
/** Record one item outcome (the run-log row the executor writes). */
function recordItemOutcome(metrics, row) {
    metrics.items.inc({ outcome: row.outcome });
    metrics.itemDuration.observe(Math.max(0, row.duration_ms) / 1000);
    if (row.outcome === 'retry')
        metrics.retries.inc();
    if (row.tokens_in > 0)
        metrics.tokens.inc({ direction: 'in' }, row.tokens_in);
    if (row.tokens_out > 0)
        metrics.tokens.inc({ direction: 'out' }, row.tokens_out);
    if (row.cost_usd > 0)
        metrics.cost.inc(undefined, row.cost_usd);
}
/**
 * Record one outside service's call counts. Every service the run used gets
 * its series, zeros included.
 */
function recordServiceStats(metrics, service, stats) {
    metrics.apiRequests.inc({ service }, stats.requests);
    metrics.apiRetries.inc({ service }, stats.retries);
    metrics.throttleWait.inc({ service }, Math.max(0, stats.throttleWaitMs ?? 0) / 1000);
}
/** Set the queue gauge from status counts (every status, zeros included, so a dashboard sees them drop). */
function recordQueueCounts(metrics, counts, statuses) {
    for (const status of statuses)
        metrics.queueItems.set(counts[status] ?? 0, { status });
}

// EXTERNAL MODULE: ./packages/core/src/metrics/otlp-config.ts
var otlp_config = __nccwpck_require__(7851);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/metrics/prometheus.ts
// The Prometheus text exposition format (version 0.0.4), written to a file
// the workflows upload as an artifact. Histograms are written as summaries
// (quantile="0.5" … plus _sum and _count): each file is the snapshot of one
// run, read by people and diffed between runs rather than aggregated by a
// scraper, so exact quantiles say more than bucket counts.


const escapeHelp = (text) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabelValue = (text) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
function formatSampleValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Number.POSITIVE_INFINITY)
        return '+Inf';
    if (value === Number.NEGATIVE_INFINITY)
        return '-Inf';
    return String(value);
}
function labelText(labels, extra) {
    const pairs = Object.entries(labels);
    if (extra)
        pairs.push(extra);
    if (pairs.length === 0)
        return '';
    return `{${pairs.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}
function formatMetric(metric) {
    const type = metric.type === 'histogram' ? 'summary' : metric.type;
    const lines = [`# HELP ${metric.name} ${escapeHelp(metric.help)}`, `# TYPE ${metric.name} ${type}`];
    if (metric.type !== 'histogram') {
        for (const s of metric.series)
            lines.push(`${metric.name}${labelText(s.labels)} ${formatSampleValue(s.value)}`);
        return lines;
    }
    for (const s of metric.series) {
        for (const q of s.quantiles) {
            lines.push(`${metric.name}${labelText(s.labels, ['quantile', String(q.quantile)])} ${formatSampleValue(q.value)}`);
        }
        lines.push(`${metric.name}_sum${labelText(s.labels)} ${formatSampleValue(s.sum)}`);
        lines.push(`${metric.name}_count${labelText(s.labels)} ${formatSampleValue(s.count)}`);
    }
    return lines;
}
/** The registry as exposition text: HELP and TYPE for every declared metric, then its samples. */
function formatPrometheus(registry) {
    const lines = registry.snapshot().flatMap(formatMetric);
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
/** Write the exposition to `path` (atomically: a reader never sees half a file). */
async function writePrometheusFile(registry, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, formatPrometheus(registry), 'utf8');
    await (0,promises_.rename)(temp, path);
}

;// CONCATENATED MODULE: ./packages/core/src/services/run-metrics.ts
// After an executor run: its metrics (items by outcome, durations, retries,
// tokens, cost, requests, retries and throttle waits per service, queue by status) to a Prometheus text
// file when one is asked for, and over OTLP/HTTP when OTEL_* says where.
// Neither ever fails the run: a problem is logged as a warning.





function collectRunMetrics(input) {
    const metrics = createAutopilotMetrics();
    for (const item of input.result.items) {
        recordItemOutcome(metrics, {
            at: input.result.finished_at,
            run_id: input.result.run_id,
            trace_id: input.traceId,
            mode: input.result.mode,
            item_id: item.item_id,
            outcome: item.outcome,
            gate: item.gate,
            error_codes: item.codes,
            attempts: item.attempts,
            duration_ms: item.duration_ms,
            tokens_in: item.usage.tokens_in,
            tokens_out: item.usage.tokens_out,
            cost_usd: item.usage.cost_usd,
            article_id: item.article_id,
        });
    }
    for (const [service, stats] of Object.entries(input.services))
        recordServiceStats(metrics, service, stats);
    if (input.queueRows) {
        const counts = {};
        for (const row of input.queueRows) {
            const status = (row.status.trim().toUpperCase() || 'PENDING');
            if (model/* ITEM_STATUSES */.J4.includes(status))
                counts[status] = (counts[status] ?? 0) + 1;
        }
        recordQueueCounts(metrics, counts, model/* ITEM_STATUSES */.J4);
    }
    return metrics;
}
async function emitRunMetrics(input, options) {
    const metrics = collectRunMetrics(input);
    let file;
    if (options.metricsFile) {
        try {
            await writePrometheusFile(metrics.registry, options.metricsFile);
            file = options.metricsFile;
        }
        catch (error) {
            options.log.warn(`metrics file not written (${options.metricsFile}): ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    // The OpenTelemetry SDK is loaded only when OTEL_EXPORTER_OTLP_* asks for an export (start-up, issue 12).
    const setup = (0,otlp_config/* resolveOtlpConfig */._F)(options.env);
    const otlp = setup.enabled || setup.error
        ? await (await Promise.all(/* import() */[__nccwpck_require__.e(734), __nccwpck_require__.e(568)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8568))).exportOtlp(metrics.registry, options.env, { redact: options.redact })
        : { sent: false, skipped: setup.reason };
    if (otlp.error)
        options.log.warn(otlp.error);
    return { file, otlp };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/content-reader.ts
// Reads a row's content_path, confined to the allowed roots: a queue row
// must not read files outside the repository or the state folder. The check
// is made twice: on the path as written (no `..` out of a root), then on the
// file's real path, so a symbolic link inside a root that points outside it
// (`notes.md -> /etc/passwd`) is refused too.



function isInside(base, full) {
    const rel = (0,external_node_path_.relative)(base, full);
    return !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
async function realOrSelf(path) {
    return (0,promises_.realpath)(path).catch(() => path);
}
function createContentReader(roots) {
    const bases = roots.map((r) => (0,external_node_path_.resolve)(r));
    // The roots themselves may be links (macOS /tmp); compare real with real.
    // Resolved on the first read: a run with no content_path never asks.
    let realBases;
    return async (contentPath) => {
        realBases ??= Promise.all(bases.map(realOrSelf));
        const tried = [];
        let linkedOutside = false;
        for (const base of bases) {
            const full = (0,external_node_path_.resolve)(base, contentPath);
            if (!isInside(base, full))
                continue;
            tried.push(full);
            let real;
            try {
                real = await (0,promises_.realpath)(full);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    continue;
                throw error;
            }
            if (!(await realBases).some((root) => isInside(root, real))) {
                linkedOutside = true;
                continue;
            }
            try {
                return await (0,promises_.readFile)(real, 'utf8');
            }
            catch (error) {
                if (error.code !== 'ENOENT')
                    throw error;
            }
        }
        if (tried.length === 0 || linkedOutside) {
            throw new src_errors/* ItemError */.ie('CONTENT_PATH_OUTSIDE', `content_path "${contentPath}" ${linkedOutside ? 'is a link to a file ' : 'points '}outside ${bases.join(' and ')}`, false);
        }
        throw new src_errors/* ItemError */.ie('CONTENT_NOT_FOUND', `content_path "${contentPath}" not found (looked in ${tried.join(', ')})`, false);
    };
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/github-options.ts

function gitHubOptions(config, ctx) {
    if (!config.githubToken) {
        throw new src_errors/* UserError */.yo('github-token is missing: pass a token (AUTOPILOT_TOKEN for the supervisor; see RUNBOOK.md)');
    }
    const [owner, repo, ...rest] = (config.repository ?? '').split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new src_errors/* UserError */.yo(`repository "${config.repository ?? ''}" is not valid; expected owner/name (GITHUB_REPOSITORY)`);
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
        throw new src_errors/* UserError */.yo('queue-backend is sheets but sheets-id (SHEETS_ID) is not set: set it, or choose queue-backend local or repo');
    // createSheetsAuth picks among them (key JSON, then token, then ADC) and,
    // called now, names GOOGLE_SERVICE_ACCOUNT_JSON when it is malformed.
    const auth = {
        serviceAccountJson: config.googleServiceAccountJson,
        accessToken: config.googleOauthAccessToken,
        useAdc: true,
    };
    const { createSheetsAuth, SheetsQueueStore, SheetsRunLog, SheetsValuesClient } = await Promise.all(/* import() */[__nccwpck_require__.e(144), __nccwpck_require__.e(82)]).then(__nccwpck_require__.bind(__nccwpck_require__, 82));
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
        github = gitHubOptions(config, ctx);
    }
    catch (error) {
        throw new src_errors/* UserError */.yo(`queue-backend is repo (queue.csv on the branch ${config.stateBranch}): ${error.message}; the token needs Contents: write`);
    }
    if (config.stateBranch === config.workflowRef) {
        throw new src_errors/* UserError */.yo(`state-branch is ${config.stateBranch}, the branch the workflows run from (workflow-ref): the state must live on a branch of its own (default autopilot-state), never the default branch`);
    }
    const [{ newRepoRequestStats }, { GitHubRepoQueueStore }, { GitHubRepoRunLog }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 261).then(__nccwpck_require__.bind(__nccwpck_require__, 261)),
        Promise.all(/* import() */[__nccwpck_require__.e(175), __nccwpck_require__.e(601), __nccwpck_require__.e(695), __nccwpck_require__.e(132)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3132)),
        Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(175), __nccwpck_require__.e(601), __nccwpck_require__.e(789), __nccwpck_require__.e(695), __nccwpck_require__.e(625)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6625)),
    ]);
    const stats = newRepoRequestStats();
    const options = { ...github, branch: config.stateBranch, logger: ctx.log, file: { stats } };
    return { queue: new GitHubRepoQueueStore(options), runLog: new GitHubRepoRunLog(options), stats };
}
/** queue.csv and run_log.csv in the state folder: the embedded default. */
async function localBackends(ctx) {
    const [{ CsvQueueStore }, { CsvRunLog }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(175), __nccwpck_require__.e(736)]).then(__nccwpck_require__.bind(__nccwpck_require__, 736)),
        Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(175), __nccwpck_require__.e(789), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6443)),
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
        throw new src_errors/* UserError */.yo('SHOPIFY_STORE_DOMAIN is set but no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET');
    }
    const { ShopifyPublisher } = await __nccwpck_require__.e(/* import() */ 196).then(__nccwpck_require__.bind(__nccwpck_require__, 9815));
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
        throw new src_errors/* UserError */.yo('LLM_BASE_URL is set but no model: set LLM_MODEL (or `model:` in CONFIG_FILE)');
    const [{ OpenAiCompatibleGenerator }, { controlPricing, resolveControlPrompt }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(975)]).then(__nccwpck_require__.bind(__nccwpck_require__, 975)),
        Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(815), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 902)),
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
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(435), __nccwpck_require__.e(815), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 902))).loadControlConfig(config.configFile)
        : undefined;
    const queuePlane = await buildQueuePlane(config, ctx);
    const shopify = await shopifyPublisher(config, ctx);
    const llm = await generator(config, ctx, control);
    return {
        ...queuePlane,
        publisher: shopify ?? new (await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(810), __nccwpck_require__.e(326)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9326))).SitePublisher({ stateDir: ctx.paths.root }),
        generator: llm,
        catalog: shopify
            ? shopify.catalog()
            : await (await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(810), __nccwpck_require__.e(647)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3647))).JsonCatalog.open(ctx.paths.root),
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

;// CONCATENATED MODULE: ./packages/core/src/wiring/versions.ts
// Where the update path keeps an article's previous versions (VersionStore),
// with the queue: `versions.jsonl` on the state branch when the queue is
// there (repo), `<state>/versions.jsonl` when it is the local file. With
// Sheets, the state branch in an action (a runner's folder is gone after the
// job) and wherever a GitHub token and repository are configured, so the CLI
// finds what the workflows kept; else the state folder. Not a Versions tab:
// a kept version holds a whole article body, and a Sheets cell holds at most
// 50,000 characters. Each adapter is loaded on first use: a run that updates
// nothing never loads it (issue 12).



function lazy(where, make) {
    let store;
    const get = () => {
        store ??= make().catch((error) => {
            store = undefined;
            throw error;
        });
        return store;
    };
    return {
        where,
        append: async (version) => (await get()).append(version),
        latest: async (itemId) => (await get()).latest(itemId),
    };
}
function buildVersionStore(config, ctx) {
    const backend = queueBackendOf(config, ctx.controlPlane);
    const onBranch = backend === 'repo' ||
        (backend === 'sheets' && (ctx.controlPlane === 'actions' || Boolean(config.githubToken && config.repository)));
    if (!onBranch) {
        return lazy((0,external_node_path_.join)(ctx.paths.root, 'versions.jsonl'), async () => {
            const { JsonlVersionStore } = await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(178)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4178));
            return new JsonlVersionStore({ stateDir: ctx.paths.root, log: ctx.log });
        });
    }
    return lazy(`${config.repository ?? 'the repository'}:versions.jsonl@${config.stateBranch}`, async () => {
        const { GitHubRepoVersionStore } = await Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(601), __nccwpck_require__.e(695), __nccwpck_require__.e(982)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1982));
        return new GitHubRepoVersionStore({ ...gitHubOptions(config, ctx), branch: config.stateBranch, logger: ctx.log });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/wiring/backends.ts




/** The kill-switch as the workflow passes it: `WF_ENABLED: ${{ vars.WF_ENABLED }}`. Read-only. */
function envVariableStore(env) {
    return {
        get: async (name) => (env[name]?.trim() ? env[name] : undefined),
        set: async (name) => {
            throw new src_errors/* UserError */.yo(`cannot set ${name} from the executor: repository variables are changed by a human or the supervisor`);
        },
    };
}
/** GitHub records workflow runs itself. */
const hostRecordedRuns = { recent: async () => [], record: async () => { } };
async function buildBackends(config, ctx) {
    const data = await buildDataPlane(config, ctx);
    const local = ctx.controlPlane === 'local';
    const roots = [config.contentRoot ?? process.cwd(), ctx.paths.root];
    // The state folder's run journal and switches, loaded only for a local run:
    // an action's bundle keeps them (and their file schemas) off its start path.
    const [runs, vars] = local
        ? await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(435), __nccwpck_require__.e(213)]).then(__nccwpck_require__.bind(__nccwpck_require__, 213)).then(({ JsonlRunHistory }) => new JsonlRunHistory({ stateDir: ctx.paths.root, log: ctx.log })),
            Promise.all(/* import() */[__nccwpck_require__.e(648), __nccwpck_require__.e(526)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1526)).then(({ JsonVariableStore }) => new JsonVariableStore({ stateDir: ctx.paths.root })),
        ])
        : [hostRecordedRuns, envVariableStore(ctx.env)];
    return {
        ...data,
        executorDeps: {
            queue: data.queue,
            runLog: data.runLog,
            publisher: data.publisher,
            generator: data.generator,
            catalog: data.catalog,
            runs,
            vars,
            readContent: createContentReader(roots),
            versions: buildVersionStore(config, ctx),
        },
    };
}

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
            return { delivered: false, error: redact(`notifications file ${this.path}: ${(0,src_errors/* errorMessage */.gJ)(error)}`) };
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
                return { delivered: false, error: this.redact((0,src_errors/* errorMessage */.gJ)(error)) };
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
var http_retry = __nccwpck_require__(4735);
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
        return { delivered: false, error: `${service}: cannot encode the message: ${(0,src_errors/* errorMessage */.gJ)(error)}`, attempts: 0 };
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
    return typeof code === 'string' ? code : (0,src_errors/* errorMessage */.gJ)(error);
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
            return { delivered: false, error: this.options.redact(`Slack: ${(0,src_errors/* errorMessage */.gJ)(error)}`) };
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
            return { delivered: false, error: this.options.redact(`webhook: ${(0,src_errors/* errorMessage */.gJ)(error)}`) };
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

// EXTERNAL MODULE: ./packages/core/src/domain/content/thresholds.ts
var thresholds = __nccwpck_require__(3358);
;// CONCATENATED MODULE: ./packages/core/src/wiring/options.ts



/** Thresholds: the settings, overridden by CONFIG_FILE's `thresholds` where it sets them. */
function thresholdsFrom(config, control) {
    const t = control?.thresholds ?? {};
    return {
        ...thresholds/* DEFAULT_THRESHOLDS */.J,
        titleMax: t.title_max ?? config.titleMax,
        summaryMax: t.summary_max ?? config.summaryMax,
        bodyMinWords: t.body_min_words ?? config.bodyMinWords,
        bodyMaxWords: t.body_max_words ?? config.bodyMaxWords,
        headingsAfterWords: t.headings_after_words ?? config.headingsAfterWords,
        bannedPhrases: [...thresholds/* DEFAULT_THRESHOLDS */.J.bannedPhrases, ...config.bannedPhrases, ...(t.banned_phrases ?? [])],
        metaTitleMax: t.meta_title_max ?? config.metaTitleMax,
        metaDescriptionMin: t.meta_description_min ?? config.metaDescriptionMin,
        metaDescriptionMax: t.meta_description_max ?? config.metaDescriptionMax,
        requireImage: t.require_image ?? config.requireImage,
        readingEaseMin: t.reading_ease_min ?? config.readingEaseMin,
        readingEaseMax: t.reading_ease_max ?? config.readingEaseMax,
        nearDuplicateThreshold: t.near_duplicate_threshold ?? config.nearDuplicateThreshold,
    };
}
function executorOptionsFrom(config, run) {
    return {
        mode: run.mode,
        runId: run.runId,
        traceId: run.traceId,
        owner: run.owner,
        maxItems: config.maxItems,
        concurrency: config.concurrency,
        shard: config.shard,
        timeBudgetSeconds: config.timeBudget,
        leaseSeconds: config.lease,
        maxAttempts: config.maxAttempts,
        maxFixPasses: config.maxFixPasses,
        requireApproval: config.requireApproval,
        timeZone: config.timezone,
        backoff: { scheduleSeconds: config.backoff, jitter: config.backoffJitter },
        thresholds: thresholdsFrom(config, run.control),
        author: config.shopifyAuthor,
    };
}
function heartbeatPolicyFrom(config) {
    return {
        thresholds: {
            maxAgeMinutes: config.maxAgeMinutes,
            deadAfterHours: config.deadAfterHours,
            futureToleranceSeconds: config.futureToleranceSeconds,
        },
        expectLocal: config.expectLocal,
        staleGraceMinutes: config.staleGraceMinutes,
        incidentPolicy: incidentPolicyFrom(config),
    };
}
function incidentPolicyFrom(config) {
    return { repeatIntervalHours: config.repeatIntervalHours, reopenWindowHours: config.reopenWindowHours };
}
function supervisorOptionsFrom(config, run) {
    return {
        dryRun: config.dryRun,
        now: run.now,
        runId: run.runId,
        runUrl: run.runUrl,
        traceId: run.traceId,
        policy: {
            failureThreshold: config.failureThreshold,
            healthWindow: config.healthWindow,
            reviewWindowHours: config.reviewWindowHours,
            deadLetterThreshold: config.deadLetterThreshold,
            stallAfterHours: config.stallAfterHours,
            repeatIntervalHours: config.repeatIntervalHours,
        },
        heartbeatThresholds: heartbeatPolicyFrom(config).thresholds,
        incidentPolicy: incidentPolicyFrom(config),
        queueRules: defaultQueueRules(config.requireApproval, config.timezone),
    };
}
function reconcileOptionsFrom(config, run) {
    return {
        now: run.now,
        runId: run.runId,
        traceId: run.traceId,
        runUrl: run.runUrl,
        windowHours: config.windowHours,
        trendDays: config.trendDays,
        policy: {
            minSamples: config.minSamples,
            pauseFailureRate: config.pauseFailureRate,
            reviewFailureRate: config.reviewFailureRate,
            blockRateThreshold: config.blockRateThreshold,
            dailyCostBudgetUsd: config.dailyCostBudget,
        },
        by: run.by ?? 'reconcile',
        historyLimit: config.historyLimit,
        dryRun: config.dryRun,
        incidentPolicy: incidentPolicyFrom(config),
        metricsFile: config.metricsFile,
    };
}
function incidentRequestFrom(config, run) {
    if (!config.incidentAction)
        throw new UserError('action is missing; expected open, update or resolve');
    if (!config.incidentKey)
        throw new UserError('key is missing; expected an incident key such as pipeline-unstable');
    if (config.incidentAction !== 'resolve' && !config.incidentTitle) {
        throw new UserError(`title is missing; ${config.incidentAction} needs a title`);
    }
    return {
        action: config.incidentAction,
        key: config.incidentKey,
        title: config.incidentTitle ?? config.incidentKey,
        body: config.incidentBody ?? '',
        severity: config.severity,
        labels: config.labels,
        now: run.now,
        policy: incidentPolicyFrom(config),
        runId: run.runId,
        runUrl: run.runUrl,
        traceId: run.traceId,
    };
}

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
        return resolve(heartbeatFile);
    return inCheckout ? resolve(CHECKOUT_HEARTBEAT_FILE) : paths.heartbeat;
}

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

;// CONCATENATED MODULE: ./actions/executor/src/main.ts
// executor: claim eligible rows, write or load each article, check it, and
// publish it (draft in review mode, live in publish mode) — idempotently.

// Each import names its module, not the core's index: the bundle loads what
// this action uses, and the backends' adapters only when configured.












async function run() {
    await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
        const paths = statePaths(config.state);
        const backends = await buildBackends(config, { paths, log, redact, env, controlPlane: 'actions' });
        if (backends.queueBackend === 'local' && !(0,external_node_fs_.existsSync)(paths.queue)) {
            // A misconfigured repository must not look healthy: say where the queue was expected.
            log.warn(`no queue: ${paths.queue} does not exist and queue-backend is local; nothing to do`);
        }
        const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
        // Cancelling the workflow sends SIGINT, then SIGTERM: stop claiming, finish what is in flight.
        const cancel = abortOnSignals({ log });
        const result = await runExecutor({ ...backends.executorDeps, log, now: () => new Date(), random: Math.random }, {
            ...executorOptionsFrom(config, {
                mode: config.mode,
                runId,
                traceId,
                owner: `actions:${runId}`,
                control: backends.control,
            }),
            signal: cancel.signal,
        }).finally(cancel.dispose);
        for (const item of result.items) {
            const properties = { title: `${item.item_id} (row ${item.row})` };
            if (item.outcome === 'failed')
                error(redact(item.message), properties);
            if (item.outcome === 'blocked')
                warning(redact(item.message), properties);
        }
        const usage = runUsage(result.items);
        for (const [name, value] of Object.entries({
            mode: result.mode,
            processed: result.counts.processed,
            published: result.counts.published,
            drafted: result.counts.drafted,
            blocked: result.counts.blocked,
            failed: result.counts.failed,
            retried: result.counts.retry,
            conclusion: result.conclusion,
            // The run's LLM usage, summed over its items.
            tokens: usage.tokens_in + usage.tokens_out,
            'cost-usd': usage.cost_usd.toFixed(6),
        })) {
            output(name, value);
        }
        await summary.addRaw(redact(executorSummary(result, backends.describe))).write();
        const runUrl = env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        const metrics = await emitRunMetrics({ result, services: backends.stats(), queueRows: await backends.queue.list(), traceId }, { metricsFile: config.metricsFile, env, redact, log });
        if (metrics.file)
            output('metrics-file', metrics.file);
        const notification = executorNotification(result, { traceId, outputsUri: runUrl });
        if (notification) {
            const sent = await buildNotifier(config, { paths, log, redact, env }, false).notify(notification);
            if (!sent.delivered)
                log.warn(`notification not delivered: ${sent.error ?? 'no target'}`);
        }
        if (result.conclusion === 'failure') {
            const stopped = result.errors?.length ? `${result.errors.join('; ')}; ` : '';
            setFailed(redact(`${stopped}${result.counts.failed} failed and ${result.counts.retry} to retry: see the summary`));
        }
    });
}


/***/ }),

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ DEFAULT_THRESHOLDS)
/* harmony export */ });
const DEFAULT_THRESHOLDS = {
    titleMax: 70,
    summaryMax: 160,
    bodyMinWords: 300,
    bodyMaxWords: 3000,
    headingsAfterWords: 600,
    bannedPhrases: ['as an AI language model', 'as an AI model', 'I cannot fulfill'],
    metaTitleMax: 60,
    metaDescriptionMin: 70,
    metaDescriptionMax: 160,
    requireImage: false,
    readingEaseMin: 30,
    readingEaseMax: 100,
    nearDuplicateThreshold: 0.6,
};


/***/ }),

/***/ 5514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ normalizeTitle)
/* harmony export */ });
// Titles compared case- and space-insensitively. Apart from text.ts (which
// loads marked and sanitize-html) so the executor can compare titles at
// claim time without loading the renderer.
function normalizeTitle(title) {
    return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 3332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 8556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ renewLease),
/* harmony export */   Zl: () => (/* binding */ recoverExpiredLeases),
/* harmony export */   gK: () => (/* binding */ shortenSkewedLeases),
/* harmony export */   wL: () => (/* binding */ releaseLease)
/* harmony export */ });
/* unused harmony exports skewedLease, isLeaseExpired */
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3332);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9785);
/* harmony import */ var _transitions__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7798);



// Asked of every row on every claim: the exact word first, so the common
// cases ('PENDING', 'AWAITING_APPROVAL') allocate nothing; a human's spelling
// (' in_progress') is still read.
const isInProgress = (row) => row.status === 'IN_PROGRESS' || (row.status !== 'PENDING' && row.status.trim().toUpperCase() === 'IN_PROGRESS');
/**
 * The lease of an IN_PROGRESS row ends more than `leaseSeconds` after `now`:
 * undefined when it does not (or the row is not in progress, or its lease is
 * unreadable). Pure: the time and the configured lease are parameters.
 */
function skewedLease(row, now, leaseSeconds) {
    if (!isInProgress(row))
        return undefined;
    const until = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseQueueTime */ .KN)((0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .leaseTimeText */ .bU)(row.lease_until));
    const leaseMs = leaseSeconds * 1000;
    if (!until || until.getTime() - now.getTime() <= leaseMs)
        return undefined;
    // updated_at from the same fast clock is in the future as well: then the lease counts from now (first seen).
    const updated = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseQueueTime */ .KN)(row.updated_at);
    const anchor = updated && updated.getTime() <= now.getTime() ? updated : now;
    const shortened = new Date(anchor.getTime() + leaseMs);
    const owner = JSON.stringify(row.lease_owner || 'an unknown owner');
    return {
        row: { ...row, lease_until: (0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .withLeaseTime */ .sB)(row.lease_until, shortened) },
        until: shortened,
        expired: shortened.getTime() <= now.getTime(),
        warning: `row ${row.row} (id ${JSON.stringify(row.id)}) is leased by ${owner} until ${JSON.stringify(row.lease_until)}, ` +
            `further ahead than the configured lease of ${leaseSeconds} s: clock skew on the runner that claimed it. ` +
            `Its lease is counted from ${anchor === updated ? 'its updated_at' : 'now'} and ends ${shortened.toISOString()}`,
    };
}
/** IN_PROGRESS and the lease is over (or was never written). An unreadable lease_until is left for a human. */
function isLeaseExpired(row, now, leaseSeconds) {
    if (!isInProgress(row))
        return false;
    if (!row.lease_until.trim())
        return true;
    if (leaseSeconds !== undefined) {
        const skewed = skewedLease(row, now, leaseSeconds);
        if (skewed)
            return skewed.expired;
    }
    const until = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseQueueTime */ .KN)((0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .leaseTimeText */ .bU)(row.lease_until));
    return until !== undefined && until.getTime() <= now.getTime();
}
/**
 * Expired leases back to the state they were claimed from (claimedFrom:
 * PENDING unless the lease names another). With `leaseSeconds`, a skewed lease
 * (see skewedLease) counts as expired once the configured lease has passed
 * since its anchor; without it, lease_until is taken as written.
 */
function recoverExpiredLeases(rows, now, runId, leaseSeconds) {
    return rows
        .filter((row) => row.id.trim() && isLeaseExpired(row, now, leaseSeconds))
        .map((row) => {
        const from = (0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .claimedFrom */ .a1)(row);
        const until = (0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .leaseTimeText */ .bU)(row.lease_until);
        return {
            ...row,
            status: from,
            notes: (0,_transitions__WEBPACK_IMPORTED_MODULE_2__/* .cellText */ .Ie)(`lease of ${row.lease_owner || 'an unknown owner'} expired${until ? ` at ${until}` : ''}${leaseSeconds !== undefined && skewedLease(row, now, leaseSeconds)
                ? ' (a skewed lease, counted from its updated_at)'
                : ''}; recovered${from === 'PENDING' ? '' : ` as ${from}, the state it was claimed from`}`),
            lease_owner: '',
            lease_until: '',
            updated_at: now.toISOString(),
            run_id: runId,
        };
    });
}
/** Skewed leases still running, shortened to the configured lease (written back by the claim) with a warning each. */
function shortenSkewedLeases(rows, now, leaseSeconds) {
    return rows.flatMap((row) => {
        const skewed = row.id.trim() ? skewedLease(row, now, leaseSeconds) : undefined;
        return skewed && !skewed.expired ? [skewed] : [];
    });
}
const heldBy = (row, holder) => isInProgress(row) && row.lease_owner === holder.owner && row.run_id === holder.runId;
/**
 * The row with its lease extended to `leaseSeconds` from now, when it is
 * still IN_PROGRESS under `holder`; undefined when the lease was lost (it
 * expired and someone else took the row, or a human changed it).
 */
function renewLease(row, holder, now, leaseSeconds) {
    if (!heldBy(row, holder))
        return undefined;
    return { ...row, lease_until: (0,_claimed_from__WEBPACK_IMPORTED_MODULE_1__/* .withLeaseTime */ .sB)(row.lease_until, new Date(now.getTime() + leaseSeconds * 1000)) };
}
/**
 * The row given back unworked: the run's time budget ran out while it was
 * in flight. It returns to the state it was claimed from with the claim's
 * attempt taken back (the item did not fail), its lease cleared, and a note.
 */
function releaseLease(row, args) {
    return {
        ...row,
        status: args.from === 'IN_PROGRESS' ? 'PENDING' : args.from,
        attempts: String(Math.max(0, args.attempts)),
        notes: (0,_transitions__WEBPACK_IMPORTED_MODULE_2__/* .cellText */ .Ie)(args.reason),
        lease_owner: '',
        lease_until: '',
        updated_at: args.now.toISOString(),
        run_id: args.runId,
    };
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ findDuplicateIds),
/* harmony export */   Gd: () => (/* binding */ DUPLICATE_ID),
/* harmony export */   Nx: () => (/* binding */ duplicateIdNote),
/* harmony export */   T1: () => (/* binding */ parseQueueRow),
/* harmony export */   lx: () => (/* binding */ splitKeywords)
/* harmony export */ });
/* unused harmony exports PARSED_CELLS, parseQueueRowUnmemoized */
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6388);
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3332);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9785);
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

/***/ 9785:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 7798:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   VI: () => (/* binding */ toAwaitingApproval),
/* harmony export */   VQ: () => (/* binding */ toFailed),
/* harmony export */   X$: () => (/* binding */ toClaimed),
/* harmony export */   Ym: () => (/* binding */ toRetry),
/* harmony export */   ad: () => (/* binding */ toPublished),
/* harmony export */   o1: () => (/* binding */ toBlocked),
/* harmony export */   zI: () => (/* binding */ toScheduled)
/* harmony export */ });
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3332);

/** Single-line and bounded: these cells are read by people in a spreadsheet. */
function cellText(text, max = 500) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
function moved(row, status, stamp, fields = {}) {
    return {
        ...row,
        ...fields,
        status,
        lease_owner: '',
        lease_until: '',
        updated_at: stamp.now.toISOString(),
        run_id: stamp.runId,
    };
}
function withArticle(article) {
    return {
        article_id: article.id,
        article_url: article.url,
        handle: article.handle,
        attempts: '0',
        next_attempt_at: '',
        last_error: '',
    };
}
function toAwaitingApproval(row, args) {
    const approval = row.approval.trim().toLowerCase() === 'approved' ? row.approval : 'pending';
    return moved(row, 'AWAITING_APPROVAL', args, { ...withArticle(args.article), approval });
}
function toPublished(row, args) {
    return moved(row, 'PUBLISHED', args, withArticle(args.article));
}
/**
 * Sent to the store with its future publish_at: the store shows it then,
 * with or without a run. A publish run after publish_at looks it up and
 * marks it PUBLISHED once it is live.
 */
function toScheduled(row, args) {
    return moved(row, 'SCHEDULED', args, withArticle(args.article));
}
/**
 * Back to the queue after `nextAttemptAt`. `status` is the state to return to
 * (default PENDING): a publish of an APPROVED draft that failed should go back
 * to APPROVED, so the next run publishes the text the human approved.
 */
function toRetry(row, args) {
    return moved(row, args.status ?? 'PENDING', args, {
        next_attempt_at: args.nextAttemptAt.toISOString(),
        last_error: cellText(args.error),
    });
}
function toFailed(row, args) {
    return moved(row, 'FAILED', args, { last_error: cellText(args.error), next_attempt_at: '' });
}
/**
 * Parked for a human: `notes` says why, `[CODES] reason` (the reason does
 * not repeat the codes). An earlier attempt's `last_error` is cleared, so a
 * blocked row never shows a stale reason next to the current one.
 */
function toBlocked(row, args) {
    const codes = args.codes.length > 0 ? `[${args.codes.join(', ')}] ` : '';
    return moved(row, 'BLOCKED', args, {
        notes: cellText(`${codes}${args.reason}`),
        next_attempt_at: '',
        last_error: '',
    });
}
/** Taken by a worker until `leaseUntil`; the lease keeps the state it was claimed from (claimed-from.ts). */
function toClaimed(row, args) {
    return {
        ...row,
        status: 'IN_PROGRESS',
        lease_owner: args.owner,
        lease_until: (0,_claimed_from__WEBPACK_IMPORTED_MODULE_0__/* .leaseUntilCell */ .j6)(args.leaseUntil, args.from),
        attempts: String(args.attempts),
        updated_at: args.now.toISOString(),
        run_id: args.runId,
    };
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 7851:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _F: () => (/* binding */ resolveOtlpConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERVICE_NAME, parseKeyValueList */
const DEFAULT_SERVICE_NAME = 'shopify-blog-autopilot';
const DEFAULT_TIMEOUT_MS = 10_000;
const get = (env, name) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
};
/** `k1=v1,k2=v2` with percent-encoded values (the format of OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES). */
function parseKeyValueList(text) {
    const out = {};
    for (const part of (text ?? '').split(',')) {
        const at = part.indexOf('=');
        if (at <= 0)
            continue;
        const key = part.slice(0, at).trim();
        const raw = part.slice(at + 1).trim();
        if (!key)
            continue;
        try {
            out[key] = decodeURIComponent(raw);
        }
        catch {
            out[key] = raw;
        }
    }
    return out;
}
function metricsUrl(env) {
    const specific = get(env, 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT');
    if (specific)
        return specific; // used as is, per the spec
    const base = get(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    if (!base)
        return undefined;
    return `${base.replace(/\/+$/, '')}/v1/metrics`;
}
function timeout(env) {
    for (const name of ['OTEL_EXPORTER_OTLP_METRICS_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
        const value = Number(get(env, name));
        if (Number.isFinite(value) && value > 0)
            return value;
    }
    return DEFAULT_TIMEOUT_MS;
}
/**
 * Whether to export and where. The default protocol is http/json, like the
 * JavaScript HTTP exporter this uses (the spec's default is http/protobuf;
 * collectors accept both on port 4318): set OTEL_EXPORTER_OTLP_PROTOCOL to
 * choose. gRPC is not offered.
 */
function resolveOtlpConfig(env) {
    if (get(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true')
        return { enabled: false, reason: 'OTEL_SDK_DISABLED=true' };
    if (get(env, 'OTEL_METRICS_EXPORTER')?.toLowerCase() === 'none')
        return { enabled: false, reason: 'OTEL_METRICS_EXPORTER=none' };
    const url = metricsUrl(env);
    if (!url)
        return { enabled: false, reason: 'no OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_METRICS_ENDPOINT set' };
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new Error('not http(s)');
    }
    catch {
        return {
            enabled: false,
            reason: 'bad endpoint',
            error: `OTLP endpoint "${url}" is not a valid http(s) URL (OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_METRICS_ENDPOINT)`,
        };
    }
    const protocol = (get(env, 'OTEL_EXPORTER_OTLP_METRICS_PROTOCOL') ??
        get(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ??
        'http/json').toLowerCase();
    if (protocol !== 'http/json' && protocol !== 'http/protobuf') {
        return {
            enabled: false,
            reason: 'unsupported protocol',
            error: `OTEL_EXPORTER_OTLP_PROTOCOL "${protocol}" is not supported: expected http/json or http/protobuf`,
        };
    }
    const resource = parseKeyValueList(get(env, 'OTEL_RESOURCE_ATTRIBUTES'));
    resource['service.name'] = get(env, 'OTEL_SERVICE_NAME') ?? resource['service.name'] ?? DEFAULT_SERVICE_NAME;
    return {
        enabled: true,
        config: {
            url,
            protocol,
            timeoutMillis: timeout(env),
            headers: {
                ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
                ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_METRICS_HEADERS')),
            },
            resource,
        },
    };
}


/***/ }),

/***/ 6388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ PRIORITIES),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   J4: () => (/* binding */ ITEM_STATUSES),
/* harmony export */   W_: () => (/* binding */ QUEUE_COLUMNS),
/* harmony export */   im: () => (/* binding */ OUTCOMES),
/* harmony export */   pt: () => (/* binding */ RUN_LOG_COLUMNS)
/* harmony export */ });
/* unused harmony export DECISIONS */
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
const DECISIONS = (/* unused pure expression or super */ null && (['continue_publish', 'pause_and_review', 'review_only', 'no_data']));


/***/ }),

/***/ 8070:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
  I7: () => (/* binding */ RunDeadlineError),
  Mf: () => (/* binding */ abortableSleep),
  u9: () => (/* binding */ fetchWithTimeout),
  c8: () => (/* binding */ isTimeoutError),
  Ph: () => (/* binding */ outsideRun),
  OL: () => (/* binding */ requestSignal),
  BY: () => (/* binding */ runAborted),
  KS: () => (/* binding */ sleepWithSignal),
  IZ: () => (/* binding */ throwIfRunAborted),
  Rr: () => (/* binding */ withinRun)
});

// UNUSED EXPORTS: currentRunSignal

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
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
const runScope = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ retryWaitMs),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   jy: () => (/* binding */ waitBeforeRetry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports MAX_RETRY_WAIT_MS, DEFAULT_BACKOFF, retryAfterMs */
/* harmony import */ var _abort__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8070);
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/******/ var __webpack_exports__ = __nccwpck_require__(6727);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

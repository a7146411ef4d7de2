export const id = 8942;
export const ids = [8942];
export const modules = {

/***/ 3397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand),
  initState: () => (/* binding */ initState)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/variables-json.ts
var variables_json = __webpack_require__(1526);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/cli/src/examples.ts
// Finds the bundled examples/ folder from the source tree or from dist/cli.



function findExamplesDir(start = import.meta.dirname) {
    let dir = start;
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'examples', 'queue.csv')))
            return (0,external_node_path_.join)(dir, 'examples');
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new errors/* UserError */.yo(`examples/queue.csv not found above ${start}; run from the repository`);
        dir = parent;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/init.ts
// `autopilot init`: the state folder with the example queue, its content and
// the default variables. Never overwrites what is already there.




async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
async function initState(ctx) {
    const { paths } = ctx;
    const created = [];
    await (0,promises_.mkdir)(paths.root, { recursive: true });
    const examples = findExamplesDir();
    if (!(await exists(paths.queue))) {
        await (0,promises_.cp)((0,external_node_path_.join)(examples, 'queue.csv'), paths.queue);
        created.push(paths.queue);
    }
    if (!(await exists(paths.content))) {
        await (0,promises_.cp)((0,external_node_path_.join)(examples, 'content'), paths.content, { recursive: true });
        created.push(paths.content);
    }
    // The shop's products, collections and pages for the local backend (what links may point at).
    const catalog = (0,external_node_path_.join)(paths.root, 'catalog.json');
    if (!(await exists(catalog))) {
        await (0,promises_.cp)((0,external_node_path_.join)(examples, 'catalog.json'), catalog);
        created.push(catalog);
    }
    if (await (0,variables_json.initVariables)(paths.root))
        created.push(paths.variables);
    return { created };
}
async function initCommand(ctx) {
    const { created } = await initState(ctx);
    ctx.say(created.length > 0
        ? `Initialised ${ctx.paths.root}:\n${created.map((c) => `  + ${c}`).join('\n')}`
        : `${ctx.paths.root} is already initialised; nothing changed.`);
    ctx.result({ state: ctx.paths.root, created });
    return 0;
}


/***/ }),

/***/ 5914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeReconcile: () => (/* binding */ describeReconcile),
  reconcileCommand: () => (/* binding */ reconcileCommand),
  reconcileOnce: () => (/* binding */ reconcileOnce)
});

// EXTERNAL MODULE: ./packages/core/src/wiring/control-plane.ts + 9 modules
var control_plane = __webpack_require__(8602);
// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
;// CONCATENATED MODULE: ./packages/core/src/domain/cost-budget.ts
// The cost-budget incident's rule: open while the last 24 hours cost more
// than the daily budget, resolve once a day comes in under it.
function costBudgetAlert(costLast24hUsd, budgetUsd) {
    if (budgetUsd === undefined)
        return 'none';
    return costLast24hUsd > budgetUsd ? 'open' : 'resolve';
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/services/incident.ts
var incident = __webpack_require__(1046);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
;// CONCATENATED MODULE: ./packages/core/src/domain/content/rules/codes.ts
/** Every code a rule can find (RUNBOOK.md "Gate rule codes" explains each; a test keeps the two in step). */
const RULE_CODES = [
    'TITLE_MISSING',
    'TITLE_TOO_LONG',
    'SUMMARY_TOO_LONG',
    'BODY_TOO_SHORT',
    'BODY_TOO_LONG',
    'KEYWORD_MISSING',
    'NO_HEADINGS',
    'PLACEHOLDER',
    'BANNED_PHRASE',
    'UNSAFE_HTML',
    'DUPLICATE_TITLE',
    'META_TITLE_TOO_LONG',
    'META_DESCRIPTION_LENGTH',
    'IMAGE_MISSING',
    'IMAGE_ALT_MISSING',
    'NO_INTERNAL_LINK',
    'BROKEN_LINK',
    'READING_LEVEL',
    'NEAR_DUPLICATE',
];

// EXTERNAL MODULE: ./packages/core/src/domain/queue/parse-row.ts
var parse_row = __webpack_require__(3828);
;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/outcome-class.ts


/**
 * Item codes that are about the row a human wrote, not about a service: the
 * content is missing or unreadable where the row points, the model declined
 * the topic, the blog already holds every variant of the handle, or a row
 * marked UPDATE names an article the store does not have (its article_id or
 * handle is wrong, or the article was deleted: the row's own input). Retrying
 * cannot help and nothing is broken: a person fixes the row, as for a gate
 * block, so they count with the content blocks, not as system failures.
 */
const ROW_INPUT_CODES = [
    'NO_CONTENT',
    'CONTENT_NOT_FOUND',
    'CONTENT_PATH_OUTSIDE',
    'FRONT_MATTER_INVALID',
    'LLM_REFUSED',
    'SHOPIFY_TAKEN',
    'SITE_HANDLE_TAKEN',
    'UPDATE_NO_ARTICLE',
];
/** The codes of a content block: the gate's rules, a reviewer's rejection, a duplicate id, a row's own input. */
const CONTENT_BLOCK_CODES = new Set([
    ...RULE_CODES,
    'REJECTED',
    parse_row/* DUPLICATE_ID */.Gd,
    ...ROW_INPUT_CODES,
]);
/** Gate verdicts that stop a draft: a blocked row without codes but with one of these was stopped by the gate. */
const GATE_STOPS = new Set(['BLOCK', 'RETRY']);
/**
 * A blocked outcome is a content block when every code it carries is a
 * content code (and it carries one; a code-less row counts as one only when
 * its gate verdict stopped it). Any other code — an item error, a service's
 * failure — makes it a system failure, so one system code among rule codes
 * is enough.
 */
function isContentBlock(row) {
    const codes = row.error_codes.map((c) => c.trim()).filter(Boolean);
    if (codes.length === 0)
        return GATE_STOPS.has(row.gate);
    return codes.every((code) => CONTENT_BLOCK_CODES.has(code));
}
/** The class of one outcome; an outcome the model does not know (a hand edit) is a system failure. */
function classifyOutcome(row) {
    switch (row.outcome) {
        case 'published':
        case 'scheduled':
        case 'drafted':
            return 'passed';
        case 'skipped':
            return 'skipped';
        case 'blocked':
            return isContentBlock(row) ? 'content_block' : 'system_failure';
        default:
            return 'system_failure';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/metrics.ts
// Run-log metrics over a window: the numbers reconcile decides on and the job
// summary shows. Which outcome is a system failure and which a content block
// is classifyOutcome's call (outcome-class.ts). Pure.


const TOP_CODES = 5;
const DAY_MS = 86_400_000;
/** Nearest-rank percentile of an ascending list: the value at rank ⌈p/100 · n⌉. */
function nearestRank(sorted, p) {
    if (sorted.length === 0)
        return null;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1] ?? null;
}
const money = (usd) => Number(usd.toFixed(6));
const ratio = (part, whole) => (whole > 0 ? Number((part / whole).toFixed(4)) : null);
function summarizeRunLog(rows, window) {
    const from = window.from.getTime();
    const to = window.to.getTime();
    const counts = Object.fromEntries(model/* OUTCOMES */.im.map((o) => [o, 0]));
    const seen = new Set();
    const codes = new Map();
    const days = new Map();
    const durations = [];
    let processed = 0;
    let duplicates = 0;
    let invalidRows = 0;
    let retries = 0;
    let tokensIn = 0;
    let tokensOut = 0;
    let costUsd = 0;
    let costLast24hUsd = 0;
    let recovered = 0;
    let systemFailures = 0;
    let contentBlocks = 0;
    let systemBlocks = 0;
    /** Content blocks per item not yet followed by a pass (rows come oldest first). */
    const blockedSince = new Map();
    for (const row of rows) {
        const at = Date.parse(row.at);
        if (Number.isNaN(at)) {
            invalidRows += 1;
            continue;
        }
        if (at < from || at > to)
            continue;
        // A retried append may land twice: the copy is dropped. But the row an executor appends when
        // an item's queue row could not be written (QUEUE_WRITE_FAILED) follows that item's outcome row
        // under the same run and item, and is no copy: a system failure of its own, it counts too —
        // its outcome and code only, as the outcome row already counted the item's usage and codes.
        const itemKey = JSON.stringify([row.run_id, row.item_id]);
        const unwritten = row.error_codes.includes('QUEUE_WRITE_FAILED');
        const key = unwritten ? JSON.stringify([row.run_id, row.item_id, 'QUEUE_WRITE_FAILED']) : itemKey;
        if (seen.has(key)) {
            duplicates += 1;
            continue;
        }
        seen.add(key);
        const afterOutcome = unwritten && seen.has(itemKey);
        processed += 1;
        counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
        for (const code of afterOutcome ? ['QUEUE_WRITE_FAILED'] : row.error_codes) {
            if (code)
                codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        const cost = afterOutcome ? 0 : row.cost_usd || 0;
        if (!afterOutcome) {
            retries += Math.max(0, (row.attempts || 0) - 1);
            tokensIn += row.tokens_in || 0;
            tokensOut += row.tokens_out || 0;
            if (Number.isFinite(row.duration_ms))
                durations.push(row.duration_ms);
        }
        costUsd += cost;
        if (at > to - DAY_MS)
            costLast24hUsd += cost;
        const kind = classifyOutcome(row);
        if (kind === 'system_failure')
            systemFailures += 1;
        if (kind === 'system_failure' && row.outcome === 'blocked')
            systemBlocks += 1;
        if (kind === 'content_block') {
            contentBlocks += 1;
            blockedSince.set(row.item_id, (blockedSince.get(row.item_id) ?? 0) + 1);
        }
        if (kind === 'passed') {
            recovered += blockedSince.get(row.item_id) ?? 0;
            blockedSince.delete(row.item_id);
        }
        const day = new Date(at).toISOString().slice(0, 10);
        const entry = days.get(day) ?? { day, processed: 0, passed: 0, failed: 0, blocked: 0, cost_usd: 0 };
        entry.processed += 1;
        if (kind === 'passed')
            entry.passed += 1;
        if (kind === 'system_failure')
            entry.failed += 1;
        if (kind === 'content_block')
            entry.blocked += 1;
        entry.cost_usd += cost;
        days.set(day, entry);
    }
    durations.sort((a, b) => a - b);
    const passed = counts.published + counts.scheduled + counts.drafted;
    const openBlocks = contentBlocks - recovered;
    // Rates over the attempted items: a skipped item was neither a pass nor a failure (as in the report).
    const attempted = processed - counts.skipped;
    return {
        window: { from: window.from.toISOString(), to: window.to.toISOString() },
        processed,
        counts,
        passRate: ratio(passed, attempted),
        failureRate: ratio(systemFailures, attempted),
        systemBlocks,
        blockRate: ratio(openBlocks, attempted),
        openBlocks,
        recovered,
        topErrorCodes: [...codes]
            .map(([code, count]) => ({ code, count }))
            .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
            .slice(0, TOP_CODES),
        retries,
        tokensIn,
        tokensOut,
        costUsd: money(costUsd),
        costLast24hUsd: money(costLast24hUsd),
        p50DurationMs: nearestRank(durations, 50),
        p95DurationMs: nearestRank(durations, 95),
        trend: [...days.values()]
            .sort((a, b) => a.day.localeCompare(b.day))
            .map((d) => ({ ...d, cost_usd: money(d.cost_usd) })),
        duplicates,
        invalidRows,
    };
}
/** The flat numbers a decision-log entry keeps. */
function decisionMetrics(m) {
    return {
        window_from: m.window.from,
        window_to: m.window.to,
        processed: m.processed,
        ...m.counts,
        pass_rate: m.passRate,
        failure_rate: m.failureRate,
        system_blocks: m.systemBlocks,
        block_rate: m.blockRate,
        open_blocks: m.openBlocks,
        recovered: m.recovered,
        retries: m.retries,
        tokens_in: m.tokensIn,
        tokens_out: m.tokensOut,
        cost_usd: m.costUsd,
        cost_last_24h_usd: m.costLast24hUsd,
        p50_duration_ms: m.p50DurationMs,
        p95_duration_ms: m.p95DurationMs,
        top_error_codes: m.topErrorCodes.map((c) => `${c.code}:${c.count}`).join(' '),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/recommend.ts
const DEFAULT_RECONCILE_POLICY = {
    minSamples: 4,
    pauseFailureRate: 0.5,
    reviewFailureRate: 0.2,
    blockRateThreshold: 0.25,
};
/**
 * Why reconcile decided what it did, one stable code each (RUNBOOK.md
 * "Reconcile decisions" explains each one and what to do).
 */
const RECONCILE_REASON_CODES = (/* unused pure expression or super */ null && ([
    'no_data',
    'cost_over_budget',
    'system_failures_pause',
    'system_failures_review',
    'content_needs_human',
    'healthy',
]));
const pct = (rate) => `${Math.round(rate * 1000) / 10}%`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The items a system error parked BLOCKED, when there are any: they count as system failures. */
function systemBlocks(m) {
    return m.systemBlocks > 0 ? `; ${plural(m.systemBlocks, 'item')} blocked by a system error, not the content` : '';
}
function recommend(metrics, policy = {}) {
    const p = { ...DEFAULT_RECONCILE_POLICY, ...policy };
    if (metrics.processed === 0) {
        return {
            decision: 'no_data',
            code: 'no_data',
            reason: `no run-log rows between ${metrics.window.from} and ${metrics.window.to}`,
        };
    }
    const rate = metrics.failureRate ?? 0;
    const sample = `${metrics.processed} processed`;
    if (p.dailyCostBudgetUsd !== undefined) {
        const worstDay = Math.max(metrics.costLast24hUsd, ...metrics.trend.map((d) => d.cost_usd));
        if (worstDay > p.dailyCostBudgetUsd) {
            return {
                decision: 'pause_and_review',
                code: 'cost_over_budget',
                reason: `daily cost $${worstDay.toFixed(2)} exceeds the budget of $${p.dailyCostBudgetUsd.toFixed(2)} (${sample})`,
            };
        }
    }
    // Pausing needs evidence (min-samples); a cautious step back to review does not.
    if (rate >= p.pauseFailureRate && metrics.processed >= p.minSamples) {
        return {
            decision: 'pause_and_review',
            code: 'system_failures_pause',
            reason: `system failure rate ${pct(rate)} ≥ ${pct(p.pauseFailureRate)} over ${sample} (failed or retried: API errors, timeouts)${systemBlocks(metrics)}`,
        };
    }
    if (rate >= p.reviewFailureRate) {
        const few = rate >= p.pauseFailureRate ? ` (too few to pause: < ${p.minSamples} samples)` : '';
        return {
            decision: 'review_only',
            code: 'system_failures_review',
            reason: `system failure rate ${pct(rate)} ≥ ${pct(p.reviewFailureRate)} over ${sample}${few}${systemBlocks(metrics)}`,
        };
    }
    const blockRate = metrics.blockRate ?? 0;
    const recovered = metrics.recovered > 0 ? `; ${plural(metrics.recovered, 'block')} fixed and passed since` : '';
    if (blockRate >= p.blockRateThreshold) {
        return {
            decision: 'continue_publish',
            code: 'content_needs_human',
            reason: `content needs a human: ${plural(metrics.openBlocks, 'draft')} blocked by the gate or a reviewer ` +
                `(block rate ${pct(blockRate)} ≥ ${pct(p.blockRateThreshold)} over ${sample})${recovered}; ` +
                `blocked drafts never go out, so publishing goes on; system failure rate ${pct(rate)}`,
        };
    }
    return {
        decision: 'continue_publish',
        code: 'healthy',
        reason: `system failure rate ${pct(rate)} < ${pct(p.reviewFailureRate)} over ${sample}; ` +
            `pass rate ${pct(metrics.passRate ?? 0)}; block rate ${pct(blockRate)}${recovered}`,
    };
}

// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/need-human.ts
var need_human = __webpack_require__(7277);
// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/decision-log.ts
var decision_log = __webpack_require__(7936);
;// CONCATENATED MODULE: ./packages/core/src/services/reconcile.ts
// The reconcile run: read the run log over the window, summarize, recommend,
// list what needs a human, and record the evaluation (`last_evaluation`, every
// run) and the decision (`last_decision` and history, only on a change).

async function runReconcile(deps, options) {
    const windowHours = options.windowHours ?? 24;
    const to = options.now;
    const from = new Date(to.getTime() - windowHours * 3_600_000);
    const trendFrom = options.trendDays === undefined ? from : trendStart(to, options.trendDays);
    const readFrom = trendFrom < from ? trendFrom : from;
    const rows = [];
    for await (const row of deps.runLog.read(readFrom))
        rows.push(row);
    // summarizeRunLog keeps only the rows within its window: one read serves both.
    const metrics = summarizeRunLog(rows, { from, to });
    const trend = trendFrom === from ? metrics.trend : summarizeRunLog(rows, { from: trendFrom, to }).trend;
    const recommendation = recommend(metrics, options.policy);
    const needHuman = (0,need_human/* itemsNeedingHuman */.A)(await deps.queue.list(), to);
    if (metrics.duplicates > 0)
        deps.log.warn(`run log: ${metrics.duplicates} duplicate rows (same run_id and item_id) ignored`);
    if (metrics.invalidRows > 0)
        deps.log.warn(`run log: ${metrics.invalidRows} rows with an unreadable "at" time ignored`);
    const entry = {
        decision: recommendation.decision,
        code: recommendation.code,
        reason: recommendation.reason,
        at: to.toISOString(),
        metrics: decisionMetrics(metrics),
        by: options.by ?? 'reconcile',
    };
    const doc = await deps.decisions.read();
    const next = (0,decision_log/* applyDecision */.Vg)(doc, entry, options.historyLimit);
    const decisionChanged = (0,decision_log/* decisionChanged */.nD)(doc, entry);
    let fileChanged = false;
    // Every run records its evaluation (last_evaluation); history grows only on a change.
    if (!options.dryRun)
        fileChanged = (await deps.decisions.write(next)).changed;
    const previous = doc.last_decision?.decision ?? 'none';
    deps.log.notice(decisionChanged
        ? `reconcile: ${previous} → ${entry.decision}: ${entry.reason}`
        : `reconcile: still ${entry.decision}: ${entry.reason}`, { decision: entry.decision, code: recommendation.code, processed: metrics.processed, need_human: needHuman.length });
    return { metrics, trend, recommendation, needHuman, entry, decisionChanged, fileChanged };
}
/** Midnight UTC `days − 1` days before `now`'s day: `days` calendar days, today included. */
function trendStart(now, days) {
    const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return new Date(midnight - (Math.max(1, Math.floor(days)) - 1) * 86_400_000);
}

;// CONCATENATED MODULE: ./packages/core/src/services/reconcile-alerts.ts
// Reconcile as the hosts run it: the reconcile service, then the
// cost-budget incident kept in step with the day's spend.




const COST_BUDGET_KEY = 'cost-budget';
async function runReconcileWithAlerts(deps, options) {
    const result = await runReconcile(deps, options);
    const budget = options.policy?.dailyCostBudgetUsd;
    const alert = costBudgetAlert(result.metrics.costLast24hUsd, budget);
    if (alert === 'none' || options.dryRun)
        return { ...result, costIncident: 'none' };
    try {
        const outcome = await (0,incident/* runIncident */.a)(deps, {
            action: alert === 'open' ? 'open' : 'resolve',
            key: COST_BUDGET_KEY,
            title: 'Daily LLM cost over budget',
            body: alert === 'open'
                ? `The last 24 hours cost $${result.metrics.costLast24hUsd.toFixed(2)}, over the daily budget of $${budget?.toFixed(2)}. Reconcile recommends pause_and_review.`
                : `The last 24 hours cost $${result.metrics.costLast24hUsd.toFixed(2)}, within the daily budget of $${budget?.toFixed(2)}.`,
            severity: 'high',
            now: options.now,
            policy: options.incidentPolicy,
            runId: options.runId,
            runUrl: options.runUrl,
            traceId: options.traceId,
        });
        return { ...result, costIncident: outcome.action };
    }
    catch (error) {
        deps.log.warn(`cost-budget incident not updated: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return { ...result, costIncident: 'none', costIncidentError: (0,errors/* errorMessage */.gJ)(error) };
    }
}

// EXTERNAL MODULE: ./packages/core/src/wiring/options.ts + 1 modules
var options = __webpack_require__(4130);
;// CONCATENATED MODULE: ./packages/cli/src/commands/reconcile.ts
// `autopilot reconcile [--json]`: metrics over the run-log window, the
// recommendation, what needs a human, and the decision log.

async function reconcileOnce(ctx) {
    const control = (0,control_plane/* buildControlPlane */.UM)(ctx.config, ctx.wiring, 'local');
    const data = await (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring);
    return runReconcileWithAlerts({
        runLog: data.runLog,
        queue: data.queue,
        decisions: control.decisions,
        incidents: control.incidents,
        notifier: control.notifier,
        log: ctx.log,
        redact: ctx.redact,
    }, (0,options/* reconcileOptionsFrom */.H6)(ctx.config, {
        now: ctx.now(),
        runId: ctx.runId,
        traceId: ctx.traceId,
        by: ctx.args.flags.by,
    }));
}
function describeReconcile(result) {
    const m = result.metrics;
    const pct = (r) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
    return [
        `Reconcile: ${result.recommendation.decision} (${result.recommendation.code})${result.decisionChanged ? ' (changed)' : ''} — ${result.recommendation.reason}`,
        `  ${m.processed} processed, pass ${pct(m.passRate)}, system failures ${pct(m.failureRate)}, ` +
            `blocked ${pct(m.blockRate)} (${m.openBlocks} open, ${m.recovered} recovered), ${m.retries} retries, ` +
            `${m.tokensIn}/${m.tokensOut} tokens, $${m.costUsd.toFixed(4)}, p50 ${m.p50DurationMs ?? '–'} ms, p95 ${m.p95DurationMs ?? '–'} ms`,
        ...result.needHuman.map((n) => `  needs a human: row ${n.row} ${n.id} (${n.status}) — ${n.reason}`),
    ].join('\n');
}
async function reconcileCommand(ctx) {
    const result = await reconcileOnce(ctx);
    ctx.say(describeReconcile(result));
    ctx.result(result);
    return 0;
}


/***/ }),

/***/ 8942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startCommand: () => (/* binding */ startCommand)
});

// EXTERNAL MODULE: ./packages/core/src/adapters/local/variables-json.ts
var variables_json = __webpack_require__(1526);
// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/site-store.ts + 1 modules
var site_store = __webpack_require__(8810);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/eligibility.ts
var eligibility = __webpack_require__(1795);
// EXTERNAL MODULE: ./packages/cli/src/commands/executor.ts + 19 modules
var executor = __webpack_require__(7805);
// EXTERNAL MODULE: ./packages/cli/src/commands/heartbeat.ts + 1 modules
var commands_heartbeat = __webpack_require__(841);
// EXTERNAL MODULE: ./packages/cli/src/commands/init.ts + 1 modules
var init = __webpack_require__(3397);
// EXTERNAL MODULE: ./packages/cli/src/commands/reconcile.ts + 7 modules
var commands_reconcile = __webpack_require__(5914);
// EXTERNAL MODULE: ./packages/cli/src/commands/report.ts + 9 modules
var commands_report = __webpack_require__(7794);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/cli/src/commands/start-next.ts
// What `autopilot start` tells a person to do next, worked out from where
// the pipeline stands (the queue, the switches, the site), so the steps, run
// as printed, lead to a published article: approve a draft, enable
// publishing, run the cycle again — then open the article. Pure.

/** A word a POSIX shell reads as itself: quoted when it holds anything but safe characters. */
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function nextSteps(facts) {
    const defaultState = (0,external_node_path_.resolve)(facts.cwd, '.autopilot');
    const shown = (path) => {
        const rel = (0,external_node_path_.relative)(facts.cwd, path);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
    };
    const stateFlag = (0,external_node_path_.resolve)(facts.stateDir) === defaultState ? '' : ` --state ${shellWord(facts.stateDir)}`;
    const cli = facts.shellNodeTooOld ? 'bash scripts/dev.sh autopilot' : 'npx autopilot';
    const again = facts.shellNodeTooOld ? 'bash scripts/dev.sh start' : 'npm start';
    const lines = [];
    const commands = [];
    const step = (text, command) => {
        commands.push(command);
        lines.push(`  ${commands.length}. ${text}: \`${command}\``);
    };
    if (facts.publishedPages.length > 0) {
        const page = facts.publishedPages[0];
        return {
            lines: [
                `Next: open a published article: ${shown(page)}`,
                `  (drafts wait in the queue for approval: \`${cli} queue list --status AWAITING_APPROVAL${stateFlag}\`)`,
            ],
            commands: [],
        };
    }
    if (facts.decision === 'pause_and_review' || facts.decision === 'review_only') {
        lines.push(`Note: reconcile says ${facts.decision}, so the supervisor keeps to review runs; see RUNBOOK.md "Reconcile decisions".`);
    }
    const status = (row) => row.status.trim().toUpperCase();
    const drafts = facts.rows.filter((row) => status(row) === 'AWAITING_APPROVAL');
    const approved = drafts.some((row) => row.approval.trim().toLowerCase() === 'approved');
    const toApprove = drafts.find((row) => !['approved', 'rejected'].includes(row.approval.trim().toLowerCase()));
    if (facts.requireApproval && !approved && toApprove) {
        step(`approve the draft "${toApprove.id}"`, `${cli} queue approve --id ${shellWord(toApprove.id)}${stateFlag}`);
    }
    if (facts.vars.WF_ENABLED !== 'true')
        step('turn the workflow on', `${cli} vars set WF_ENABLED true${stateFlag}`);
    if (facts.vars.ALLOW_PUBLISH !== 'human_enabled') {
        step('enable publishing', `${cli} vars set ALLOW_PUBLISH human_enabled${stateFlag}`);
    }
    // npm passes what follows `--` to the script; scripts/dev.sh passes its arguments on itself.
    const startState = facts.shellNodeTooOld ? stateFlag : stateFlag && ` --${stateFlag}`;
    step('run the cycle again', `${again}${startState}`);
    return { lines: ['Next:', ...lines], commands };
}
/** An article page of the local site, from the state folder and its handle. */
const sitePage = (stateDir, handle) => (0,external_node_path_.join)(stateDir, 'site', 'articles', `${handle}.html`);

// EXTERNAL MODULE: ./packages/cli/src/commands/supervisor.ts + 10 modules
var supervisor = __webpack_require__(865);
;// CONCATENATED MODULE: ./packages/cli/src/commands/start.ts
// `autopilot start` (npm start): the main job on the embedded default —
// init if needed, then one whole cycle: heartbeat check → supervisor (which
// runs the executor when it dispatches) → reconcile → the report; then what
// happened and where to look.








async function startCommand(ctx) {
    const { created } = await (0,init.initState)(ctx);
    if (created.length > 0)
        ctx.say(`Initialised ${ctx.paths.root} from the example queue.`);
    const heartbeat = await (0,commands_heartbeat.checkLocalHeartbeat)(ctx);
    const hb = heartbeat.classification;
    ctx.say(`Heartbeat: ${hb.level}${hb.active ? ` — local runner ${hb.owner} owns the pipeline` : ''} (${hb.reason})`);
    const { result: supervision, run } = await (0,supervisor.superviseOnce)(ctx);
    ctx.say((0,supervisor.describeSupervisor)(supervision));
    if (run)
        ctx.say((0,executor.describeRun)(run));
    const reconcile = await (0,commands_reconcile.reconcileOnce)(ctx);
    ctx.say((0,commands_reconcile.describeReconcile)(reconcile));
    const report = await (0,commands_report.buildLocalReport)(ctx);
    const next = await whatNext(ctx, reconcile.recommendation.decision);
    ctx.say([
        '',
        'Where to look:',
        `  the blog:       ${ctx.paths.siteIndex}`,
        `  the dashboard:  ${report.htmlPath}`,
        `  the queue:      ${ctx.paths.queue}`,
        `  the run log:    ${ctx.paths.runLog}`,
        ...next.lines,
    ].join('\n'));
    ctx.result({
        heartbeat: hb,
        supervisor: supervision.decision,
        run,
        reconcile: reconcile.recommendation,
        site: ctx.paths.siteIndex,
        report: report.htmlPath,
        next: next.commands,
    });
    const failed = supervision.errors.length > 0 || (run !== undefined && run.conclusion !== 'success');
    return failed ? 1 : 0;
}
/** The next steps from where the pipeline stands now: the queue, the switches and the local site. */
async function whatNext(ctx, decision) {
    const vars = new variables_json.JsonVariableStore({ stateDir: ctx.paths.root });
    const [rows, all, articles] = await Promise.all([
        (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring).then((data) => data.queue.list()),
        vars.readAll(),
        (0,site_store/* readSiteArticles */.rL)(ctx.paths.root),
    ]);
    return nextSteps({
        stateDir: ctx.paths.root,
        cwd: process.cwd(),
        rows,
        vars: all,
        publishedPages: articles.filter((a) => a.status === 'published').map((a) => sitePage(ctx.paths.root, a.handle)),
        requireApproval: (0,eligibility/* approvalRequired */.V9)(ctx.config.requireApproval, all.REQUIRE_APPROVAL),
        decision,
        // scripts/ensure-node.sh says so when it had to fetch Node 24 for this run.
        shellNodeTooOld: process.env.AUTOPILOT_SHELL_NODE_TOO_OLD === '1',
    });
}


/***/ })

};

export const id = 5914;
export const ids = [5914];
export const modules = {

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

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ itemsNeedingHuman)
/* harmony export */ });
/* harmony import */ var _queue_parse_row__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

const HOUR_MS = 3_600_000;
function itemsNeedingHuman(rows, now, approvalWaitHours = 24) {
    const out = [];
    const duplicates = new Map((0,_queue_parse_row__WEBPACK_IMPORTED_MODULE_0__/* .findDuplicateIds */ .FT)(rows).map((p) => [p.row, p]));
    for (const row of rows) {
        const status = row.status.trim().toUpperCase();
        const base = {
            row: row.row,
            id: row.id,
            title: row.title,
            updated_at: row.updated_at,
            article_url: row.article_url,
        };
        const duplicate = duplicates.get(row.row);
        if (duplicate) {
            out.push({ ...base, status: _queue_parse_row__WEBPACK_IMPORTED_MODULE_0__/* .DUPLICATE_ID */ .Gd, reason: duplicate.message.replace(/^row \d+: /, '') });
        }
        else if (status === 'BLOCKED') {
            // A BLOCKED row's reason is in notes (`[CODE] …`); last_error, if any, is an older attempt's.
            out.push({ ...base, status, reason: row.notes.trim() || row.last_error.trim() || 'blocked' });
        }
        else if (status === 'FAILED') {
            out.push({ ...base, status, reason: row.last_error.trim() || row.notes.trim() || 'failed' });
        }
        else if (status === 'AWAITING_APPROVAL') {
            const since = Date.parse(row.updated_at);
            if (Number.isNaN(since)) {
                out.push({ ...base, status, reason: 'awaiting approval (updated_at unknown)' });
            }
            else if (now.getTime() - since > approvalWaitHours * HOUR_MS) {
                const hours = Math.floor((now.getTime() - since) / HOUR_MS);
                out.push({ ...base, status, reason: `awaiting approval for ${hours} h` });
            }
        }
    }
    return out;
}


/***/ })

};

export const id = 4130;
export const ids = [4130];
export const modules = {

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 1795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ rejectedItems),
/* harmony export */   V9: () => (/* binding */ approvalRequired),
/* harmony export */   qs: () => (/* binding */ eligibleItems)
/* harmony export */ });
/* unused harmony exports isEligible, compareItems */
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


/***/ }),

/***/ 8556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ renewLease),
/* harmony export */   Zl: () => (/* binding */ recoverExpiredLeases),
/* harmony export */   gK: () => (/* binding */ shortenSkewedLeases),
/* harmony export */   wL: () => (/* binding */ releaseLease)
/* harmony export */ });
/* unused harmony exports skewedLease, isLeaseExpired */
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3332);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9785);
/* harmony import */ var _transitions__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7798);



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

/***/ 7798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   VI: () => (/* binding */ toAwaitingApproval),
/* harmony export */   VQ: () => (/* binding */ toFailed),
/* harmony export */   X$: () => (/* binding */ toClaimed),
/* harmony export */   Ym: () => (/* binding */ toRetry),
/* harmony export */   ad: () => (/* binding */ toPublished),
/* harmony export */   o1: () => (/* binding */ toBlocked),
/* harmony export */   zI: () => (/* binding */ toScheduled)
/* harmony export */ });
/* harmony import */ var _claimed_from__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3332);

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

/***/ 1856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ waitingSince),
/* harmony export */   s: () => (/* binding */ countRecentFailures)
/* harmony export */ });
const DAY_MS = 86_400_000;
/** Rows FAILED (dead letters) whose updated_at lies within the last `hours` hours. */
function countRecentFailures(rows, now, hours = 24) {
    const since = now.getTime() - (hours / 24) * DAY_MS;
    return rows.filter((row) => {
        if (row.status.trim().toUpperCase() !== 'FAILED')
            return false;
        const at = Date.parse(row.updated_at);
        return !Number.isNaN(at) && at >= since && at <= now.getTime();
    }).length;
}
/**
 * The earliest moment any of these eligible items is known to have been
 * waiting: per item the latest of its updated_at, next_attempt_at and a
 * passed publish_at (when it last changed or became due). Items with none
 * of them known say nothing. Milliseconds since the epoch.
 */
function waitingSince(items, now) {
    let earliest;
    for (const item of items) {
        const updated = Date.parse(item.row.updated_at);
        const known = [
            Number.isNaN(updated) ? undefined : updated,
            item.nextAttemptAt?.getTime(),
            item.publishAt && item.publishAt <= now ? item.publishAt.getTime() : undefined,
        ].filter((t) => t !== undefined && t <= now.getTime());
        if (known.length === 0)
            continue;
        const since = Math.max(...known);
        earliest = earliest === undefined ? since : Math.min(earliest, since);
    }
    return earliest;
}


/***/ }),

/***/ 4130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  en: () => (/* binding */ executorOptionsFrom),
  ZO: () => (/* binding */ heartbeatPolicyFrom),
  gt: () => (/* binding */ incidentRequestFrom),
  H6: () => (/* binding */ reconcileOptionsFrom),
  PU: () => (/* binding */ supervisorOptionsFrom)
});

// UNUSED EXPORTS: incidentPolicyFrom, thresholdsFrom

// EXTERNAL MODULE: ./packages/core/src/domain/content/thresholds.ts
var thresholds = __webpack_require__(3358);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/parse-row.ts
var parse_row = __webpack_require__(3828);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/eligibility.ts
var eligibility = __webpack_require__(1795);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/lease.ts
var lease = __webpack_require__(8556);
// EXTERNAL MODULE: ./packages/core/src/domain/supervisor/queue-facts.ts
var queue_facts = __webpack_require__(1856);
;// CONCATENATED MODULE: ./packages/core/src/services/supervisor-queue-rules.ts
// The executor's queue rules as the supervisor uses them: how many rows are
// eligible (in either mode) and which leases have expired. Kept apart from
// the service so the supervisor depends on the rules only through
// SupervisorQueueRules.


function defaultQueueRules(requireApproval = true, timeZone) {
    // The REQUIRE_APPROVAL variable combines with the setting as in the executor
    // (approvalRequired: the stricter wins), so the supervisor counts the rows
    // the executor would take and never dispatches a run with nothing to do.
    const eligible = (rows, now, approvalVariable) => {
        const items = rows.flatMap((row) => {
            const parsed = (0,parse_row/* parseQueueRow */.T1)(row, { timeZone });
            return parsed.ok ? [parsed.item] : [];
        });
        const opts = { requireApproval: (0,eligibility/* approvalRequired */.V9)(requireApproval, approvalVariable) };
        const both = [...(0,eligibility/* eligibleItems */.qs)(items, 'review', now, opts), ...(0,eligibility/* eligibleItems */.qs)(items, 'publish', now, opts)];
        return [...new Map(both.map((item) => [item.row.row, item])).values()];
    };
    return {
        eligibleCount: (rows, now, approvalVariable) => eligible(rows, now, approvalVariable).length,
        waitingSince(rows, now, approvalVariable) {
            const since = (0,queue_facts/* waitingSince */.Y)(eligible(rows, now, approvalVariable), now);
            return since === undefined ? undefined : new Date(since).toISOString();
        },
        recoverExpiredLeases: (rows, now, runId) => (0,lease/* recoverExpiredLeases */.Zl)(rows, now, runId),
    };
}

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
        throw new errors/* UserError */.yo('action is missing; expected open, update or resolve');
    if (!config.incidentKey)
        throw new errors/* UserError */.yo('key is missing; expected an incident key such as pipeline-unstable');
    if (config.incidentAction !== 'resolve' && !config.incidentTitle) {
        throw new errors/* UserError */.yo(`title is missing; ${config.incidentAction} needs a title`);
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


/***/ })

};

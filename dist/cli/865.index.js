export const id = 865;
export const ids = [865];
export const modules = {

/***/ 865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeSupervisor: () => (/* binding */ describeSupervisor),
  superviseOnce: () => (/* binding */ superviseOnce),
  supervisorCommand: () => (/* binding */ supervisorCommand)
});

// EXTERNAL MODULE: ./packages/core/src/domain/heartbeat.ts
var heartbeat = __webpack_require__(5066);
// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/decision-log.ts
var decision_log = __webpack_require__(7936);
// EXTERNAL MODULE: ./packages/core/src/domain/supervisor/queue-facts.ts
var queue_facts = __webpack_require__(1856);
;// CONCATENATED MODULE: ./packages/core/src/domain/supervisor/types.ts
/** Stable decision codes, in the order they are checked. */
const SUPERVISOR_CODES = [
    'disable_unstable',
    'wait_run_active',
    'skip_local_active',
    'skip_no_pending',
    'review_locked',
    'review_no_recent_success',
    'publish',
];
const INCIDENT_KEYS = {
    unstable: 'pipeline-unstable',
    deadLetter: 'dead-letter',
    stalled: 'schedule-stalled',
    /** Opened at apply time, when a disable (a variable write) was refused or not confirmed. */
    disableFailed: 'disable-failed',
};
const DEFAULT_SUPERVISOR_POLICY = {
    failureThreshold: 2,
    healthWindow: 5,
    reviewWindowHours: 24,
    deadLetterThreshold: 3,
    stallAfterHours: 3,
    repeatIntervalHours: 6,
};

;// CONCATENATED MODULE: ./packages/core/src/domain/supervisor/health.ts
/** Conclusions that count as a run that went wrong. */
const FAILED = new Set(['failure', 'timed_out']);
/** Conclusions of runs that ran to an end and so say something about health. Cancelled, skipped and neutral runs are ignored. */
const JUDGED = new Set(['success', 'failure', 'timed_out']);
const timeOf = (run) => Date.parse(run.finished_at ?? run.started_at);
/** Completed runs, newest first by finish time (the input order is not trusted). */
function completedRuns(runs) {
    return runs.filter((r) => r.status === 'completed' && !Number.isNaN(timeOf(r))).sort((a, b) => timeOf(b) - timeOf(a));
}
function healthWindow(runs, size) {
    const window = completedRuns(runs)
        .filter((r) => JUDGED.has(r.conclusion ?? ''))
        .slice(0, size);
    return { judged: window.length, failures: window.filter((r) => FAILED.has(r.conclusion ?? '')).length };
}
/** Finish time of the newest successful review run, or undefined. */
function lastReviewSuccessAt(runs) {
    const run = completedRuns(runs).find((r) => r.mode === 'review' && r.conclusion === 'success');
    return run ? timeOf(run) : undefined;
}
/** The newest completion of any run of the publish workflow (any mode or conclusion). */
function lastCompletionAt(runs, known) {
    const times = completedRuns(runs).map(timeOf);
    const extra = known ? Date.parse(known) : Number.NaN;
    if (!Number.isNaN(extra))
        times.push(extra);
    return times.length > 0 ? Math.max(...times) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/supervisor/notify.ts
/**
 * Codes that describe a pause rather than a state: a run in progress or the
 * local runner holding the pipeline. They never notify on their own account
 * (a publish → wait → publish cycle is business as usual), only incident
 * changes do.
 */
const WAITING = new Set(['wait_run_active', 'skip_local_active']);
const HOUR_MS = 3_600_000;
const sameKeys = (a, b) => a.length === b.length && [...a].sort().every((key, i) => key === [...b].sort()[i]);
function shouldNotify(prev, next, now, repeatIntervalHours = 6) {
    if (!prev)
        return !WAITING.has(next.code) || next.incidents.length > 0;
    if (!sameKeys(prev.incidents, next.incidents))
        return true;
    if (!WAITING.has(next.code) && prev.code !== next.code)
        return true;
    // Unchanged: repeat only what needs attention, and only after the interval.
    const attention = next.incidents.length > 0 || next.code === 'disable_unstable';
    const since = now.getTime() - Date.parse(prev.at);
    return attention && !(since < repeatIntervalHours * HOUR_MS);
}
/** The notification's text: the decision, its reason, and the incidents open after the tick. */
function noticeText(code, reason, incidents) {
    const tail = incidents.length > 0 ? ` Open incidents: ${incidents.join(', ')}.` : '';
    return `Supervisor: ${code} — ${reason}.${tail}`;
}

;// CONCATENATED MODULE: ./packages/core/src/domain/supervisor/stall.ts
const stall_HOUR_MS = 3_600_000;
const hours = (ms) => `${(ms / stall_HOUR_MS).toFixed(1)} h`;
function judgeStall(facts, stallAfterHours) {
    const { now } = facts;
    const limit = stallAfterHours * stall_HOUR_MS;
    if (facts.pendingCount <= 0)
        return { stalled: false, why: 'no work is pending' };
    const active = facts.activeRuns
        .map((run) => ({ run, at: Date.parse(run.started_at) }))
        .filter((r) => !Number.isNaN(r.at))
        .sort((a, b) => a.at - b.at);
    const young = active.find((r) => now.getTime() - r.at <= limit);
    if (young) {
        return {
            stalled: false,
            why: `run ${young.run.run_id} is ${young.run.status} (started ${hours(now.getTime() - young.at)} ago)`,
        };
    }
    const known = [facts.dueSince, facts.lastCompletion].filter((t) => t !== undefined && !Number.isNaN(t) && t <= now.getTime());
    if (known.length > 0) {
        const since = Math.max(...known);
        const basis = since === facts.dueSince ? 'due' : 'completion';
        if (now.getTime() - since > limit)
            return { stalled: true, since, basis };
        return { stalled: false, why: `work has waited ${hours(now.getTime() - since)} (limit ${stallAfterHours} h)` };
    }
    const oldest = active[0];
    if (oldest && now.getTime() - oldest.at > limit) {
        return { stalled: true, since: oldest.at, basis: 'active_run', run: oldest.run };
    }
    return { stalled: false, why: 'no due time, completed run or active run to measure from' };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/supervisor/decide.ts




const decide_HOUR_MS = 3_600_000;
const RECONCILE_LOCKS = new Set(['pause_and_review', 'review_only']);
const hoursAgo = (now, then) => `${((now.getTime() - then) / decide_HOUR_MS).toFixed(1)} h ago`;
function verdict(s, p) {
    const health = healthWindow(s.runs, p.healthWindow);
    if (health.failures >= p.failureThreshold) {
        return {
            code: 'disable_unstable',
            // What was decided, not what was done: whether the switches went off is reported once checked.
            reason: `${health.failures} of the last ${health.judged} completed runs failed (threshold ${p.failureThreshold}): publishing must stay off until a human re-enables it`,
        };
    }
    if (s.activeRuns.length > 0) {
        const ids = s.activeRuns.map((r) => `${r.run_id} (${r.status})`).join(', ');
        return {
            code: 'wait_run_active',
            reason: `a run is already queued or in progress: ${ids}; not dispatching another`,
        };
    }
    if (s.heartbeat.active) {
        return {
            code: 'skip_local_active',
            reason: `the local runner ${s.heartbeat.owner} owns the pipeline (heartbeat ${s.heartbeat.level}, ${s.heartbeat.ageSeconds ?? '?'} s old)`,
        };
    }
    if (s.pendingCount <= 0)
        return { code: 'skip_no_pending', reason: 'no queue rows are eligible now; nothing to run' };
    const locks = [];
    if (s.vars.WF_ENABLED?.trim().toLowerCase() !== 'true')
        locks.push(`WF_ENABLED is "${s.vars.WF_ENABLED ?? ''}"`);
    if (s.vars.ALLOW_PUBLISH?.trim() !== 'human_enabled')
        locks.push(`ALLOW_PUBLISH is "${s.vars.ALLOW_PUBLISH ?? ''}"`);
    if (s.lastDecision && RECONCILE_LOCKS.has(s.lastDecision.decision)) {
        locks.push(`reconcile decided ${s.lastDecision.decision} (${s.lastDecision.reason})`);
    }
    const pending = `${s.pendingCount} eligible row${s.pendingCount === 1 ? '' : 's'}`;
    if (locks.length > 0) {
        return {
            code: 'review_locked',
            reason: `${pending}; publishing locked: ${locks.join('; ')}`,
            dispatchMode: 'review',
        };
    }
    const lastReview = lastReviewSuccessAt(s.runs);
    if (lastReview === undefined || s.now.getTime() - lastReview > p.reviewWindowHours * decide_HOUR_MS) {
        const when = lastReview === undefined ? 'never' : hoursAgo(s.now, lastReview);
        return {
            code: 'review_no_recent_success',
            reason: `${pending}; no successful review run within ${p.reviewWindowHours} h (last: ${when})`,
            dispatchMode: 'review',
        };
    }
    return {
        code: 'publish',
        reason: `${pending}; switches on, runs healthy, reviewed ${hoursAgo(s.now, lastReview)}`,
        dispatchMode: 'publish',
    };
}
/** The switch writes a disable needs: those not already at their safe value. */
function disableWrites(s) {
    const writes = [];
    if (s.vars.WF_ENABLED !== 'false')
        writes.push({ type: 'set_variable', name: 'WF_ENABLED', value: 'false' });
    if (s.vars.ALLOW_PUBLISH !== 'human_disabled')
        writes.push({ type: 'set_variable', name: 'ALLOW_PUBLISH', value: 'human_disabled' });
    return writes;
}
/**
 * The instability incident's text. `switches` says what happened to them:
 * the plan (before the writes), or what was set and read back.
 */
function unstableBody(s, p, switches) {
    const health = healthWindow(s.runs, p.healthWindow);
    return `${health.failures} of the last ${health.judged} completed runs of the publish workflow failed (threshold ${p.failureThreshold}). ${switches} A human re-enables publishing after fixing the cause.`;
}
function plannedSwitches(s) {
    const writes = disableWrites(s);
    if (writes.length === 0)
        return 'WF_ENABLED and ALLOW_PUBLISH were already off (false, human_disabled).';
    return `The supervisor sets ${writes.map((w) => (w.type === 'set_variable' ? `${w.name}=${w.value}` : '')).join(' and ')}.`;
}
function stallRule(s, p) {
    const lastDone = lastCompletionAt(s.runs, s.lastCompletedPublishRunAt);
    const dueSince = s.pendingSince === undefined ? undefined : Date.parse(s.pendingSince);
    // Unfinished runs as the dispatcher reports them, and as the runs list shows them.
    const unfinished = new Map([...s.activeRuns, ...s.runs.filter((r) => r.status !== 'completed')].map((r) => [r.run_id, r]));
    const stall = judgeStall({
        now: s.now,
        pendingCount: s.pendingCount,
        dueSince,
        lastCompletion: lastDone,
        activeRuns: [...unfinished.values()],
    }, p.stallAfterHours);
    const last = lastDone === undefined ? 'never' : hoursAgo(s.now, lastDone);
    const rows = `${s.pendingCount} row${s.pendingCount === 1 ? '' : 's'}`;
    const fix = "Check that the workflow's schedule is enabled (GitHub disables schedules after 60 days without activity in public repositories) and that runners pick its runs up, and dispatch it by hand.";
    let firing;
    if (stall.stalled && stall.basis === 'active_run') {
        firing = `Run ${stall.run?.run_id ?? '?'} of the publish workflow has been ${stall.run?.status ?? 'active'} since ${hoursAgo(s.now, stall.since)} without completing (limit ${p.stallAfterHours} h) while ${rows} wait (last completed run: ${last}). ${fix}`;
    }
    else if (stall.stalled) {
        const due = stall.basis === 'due' ? `the oldest became due ${hoursAgo(s.now, stall.since)}; ` : '';
        firing = `No run of the publish workflow has completed within ${p.stallAfterHours} h while ${rows} wait (${due}last completed run: ${last}). ${fix}`;
    }
    return {
        key: INCIDENT_KEYS.stalled,
        severity: 'high',
        title: 'Schedule stalled: no publish run completed',
        firing,
        clear: true,
        resolved: stall.stalled ? '' : `Not stalled: ${stall.why}; last completed run: ${last}.`,
    };
}
function incidentRules(s, p, code) {
    const health = healthWindow(s.runs, p.healthWindow);
    const switchesOff = disableWrites(s).length === 0;
    return [
        {
            key: INCIDENT_KEYS.unstable,
            severity: 'high',
            title: 'Pipeline unstable: publishing disabled',
            firing: code === 'disable_unstable' ? unstableBody(s, p, plannedSwitches(s)) : undefined,
            clear: health.failures === 0,
            resolved: `The last ${health.judged} completed runs had no failure. The switches stay off until a human re-enables them (see RUNBOOK.md).`,
        },
        {
            // Opened at apply time (see settleDisable); resolved here once no disable is needed or the switches read off.
            key: INCIDENT_KEYS.disableFailed,
            severity: 'critical',
            title: 'Disable FAILED: publishing was not switched off',
            clear: code !== 'disable_unstable' || switchesOff,
            resolved: code === 'disable_unstable'
                ? `The switches read off now (WF_ENABLED=${s.vars.WF_ENABLED ?? ''}, ALLOW_PUBLISH=${s.vars.ALLOW_PUBLISH ?? ''}).`
                : `No disable is needed now (${health.failures} of the last ${health.judged} completed runs failed, threshold ${p.failureThreshold}). Whether the token may write variables was not checked again (see RUNBOOK.md, disable-failed).`,
        },
        {
            key: INCIDENT_KEYS.deadLetter,
            severity: 'medium',
            title: 'Dead letters: items failed for good',
            firing: s.failedWithin24h > p.deadLetterThreshold
                ? `${s.failedWithin24h} queue rows became FAILED within 24 h (threshold ${p.deadLetterThreshold}). Read their last_error, fix the cause and set them back to PENDING.`
                : undefined,
            clear: true,
            resolved: `${s.failedWithin24h} rows became FAILED within 24 h (threshold ${p.deadLetterThreshold}).`,
        },
        stallRule(s, p),
    ];
}
function decideSupervisor(snapshot, policy = {}) {
    const p = { ...DEFAULT_SUPERVISOR_POLICY, ...policy };
    const v = verdict(snapshot, p);
    const effects = [];
    if (v.code === 'disable_unstable')
        effects.push(...disableWrites(snapshot));
    // Watchdog: return rows of dead executors to the state they were claimed from — but not while a run
    // (or the local runner) is working, which may still hold a row past its lease.
    if (snapshot.expiredLeases > 0 && snapshot.activeRuns.length === 0 && !snapshot.heartbeat.active) {
        effects.push({ type: 'recover_leases', count: snapshot.expiredLeases });
    }
    const open = new Set(snapshot.openIncidents.filter((i) => i.state === 'open').map((i) => i.key));
    for (const rule of incidentRules(snapshot, p, v.code)) {
        if (rule.firing !== undefined) {
            effects.push({
                type: 'open_incident',
                key: rule.key,
                severity: rule.severity,
                title: rule.title,
                body: rule.firing,
            });
            open.add(rule.key);
        }
        else if (open.has(rule.key) && rule.clear) {
            effects.push({ type: 'resolve_incident', key: rule.key, body: `Resolved: ${rule.resolved}` });
            open.delete(rule.key);
        }
    }
    if (v.dispatchMode)
        effects.push({ type: 'dispatch', mode: v.dispatchMode });
    const incidents = [...open].sort();
    if (shouldNotify(snapshot.lastNotice, { code: v.code, incidents }, snapshot.now, p.repeatIntervalHours)) {
        effects.push({ type: 'notify', text: noticeText(v.code, v.reason, incidents) });
    }
    return { code: v.code, reason: v.reason, dispatchMode: v.dispatchMode, effects, incidents };
}

;// CONCATENATED MODULE: ./packages/core/src/domain/supervisor/disable.ts
// After the disable's variable writes: what the rest of the tick says
// depends on what they did. Only writes read back at their safe value count
// as done. All done: the instability incident says what was set. Any refused
// or unconfirmed: the critical `disable-failed` incident takes its place (the
// instability incident's title says publishing is disabled), naming each
// write, what GitHub answered, and what to fix. Pure: the outcomes are data.




const FIX_PERMISSION = 'Give the token the supervisor uses permission to write repository variables: `Variables: write` for a fine-grained PAT, or `actions_variables: write` for a GitHub App (`permission-actions-variables: write` with actions/create-github-app-token). GITHUB_TOKEN can never write variables.';
function refusedText(writes) {
    const lines = writes.map((w) => w.done
        ? `- ${w.name}=${w.value}: set (read back)`
        : `- ${w.name}=${w.value}: FAILED — ${w.error ?? 'unknown error'}`);
    return lines.join('\n');
}
/** One failed write in a line: the variable, and GitHub's status (its full answer is in the incident). */
function shortFailure(w) {
    if (w.status === undefined)
        return `${w.name}=${w.value}: ${w.error ?? 'unknown error'}`;
    const why = w.status === 403 || w.status === 401 ? ' — the token may not write variables' : '';
    return `${w.name}=${w.value}: HTTP ${w.status}${why}`;
}
function disableFailedBody(s, p, writes) {
    const health = healthWindow(s.runs, p.healthWindow);
    const failed = writes.filter((w) => !w.done);
    const forbidden = failed.some((w) => w.status === 403 || w.status === 401);
    const fix = forbidden
        ? FIX_PERMISSION
        : 'GitHub did not confirm the write; check https://www.githubstatus.com and the token.';
    const still = writes.every((w) => !w.done)
        ? 'Publishing was NOT switched off: the switches are as they were.'
        : 'Publishing was only partly switched off.';
    return [
        `${health.failures} of the last ${health.judged} completed runs of the publish workflow failed (threshold ${p.failureThreshold}). The supervisor tried to disable publishing, and the disable FAILED.`,
        '',
        'Variable writes:',
        refusedText(writes),
        '',
        still,
        `Fix: ${fix} Until then, switch publishing off by hand: \`gh variable set WF_ENABLED --body false\` and \`gh variable set ALLOW_PUBLISH --body human_disabled\` (or Settings → Secrets and variables → Actions → Variables). See RUNBOOK.md, disable-failed.`,
    ].join('\n');
}
/** The decision's remaining effects (all but the variable writes), given what the writes did. */
function settleDisable(decision, snapshot, writes, policy = {}) {
    const p = { ...DEFAULT_SUPERVISOR_POLICY, ...policy };
    const wasOpen = new Set(snapshot.openIncidents.filter((i) => i.state === 'open').map((i) => i.key));
    const open = new Set(decision.incidents);
    const rest = decision.effects.filter((e) => e.type !== 'set_variable' && e.type !== 'notify');
    const failed = writes.filter((w) => !w.done);
    let effects;
    let reason = decision.reason;
    if (failed.length === 0) {
        const set = writes.map((w) => `${w.name}=${w.value}`).join(' and ');
        const switches = writes.length > 0
            ? `The supervisor set ${set} (read back to check).`
            : 'WF_ENABLED and ALLOW_PUBLISH were already off (false, human_disabled).';
        effects = rest.map((e) => e.type === 'open_incident' && e.key === INCIDENT_KEYS.unstable
            ? { ...e, body: unstableBody(snapshot, p, switches) }
            : e);
        if (writes.length > 0)
            reason = `${reason}; publishing disabled: ${set} set and read back`;
        if (wasOpen.has(INCIDENT_KEYS.disableFailed) &&
            !rest.some((e) => e.type === 'resolve_incident' && e.key === INCIDENT_KEYS.disableFailed)) {
            effects.push({
                type: 'resolve_incident',
                key: INCIDENT_KEYS.disableFailed,
                body: `Resolved: the disable succeeded: ${switches}`,
            });
            open.delete(INCIDENT_KEYS.disableFailed);
        }
    }
    else {
        // Its title says publishing is disabled, which is not true: the critical incident says what is.
        effects = rest.filter((e) => !(e.type === 'open_incident' && e.key === INCIDENT_KEYS.unstable));
        if (!wasOpen.has(INCIDENT_KEYS.unstable))
            open.delete(INCIDENT_KEYS.unstable);
        const firstIncident = effects.findIndex((e) => e.type === 'open_incident' || e.type === 'resolve_incident');
        const failedIncident = {
            type: 'open_incident',
            key: INCIDENT_KEYS.disableFailed,
            severity: 'critical',
            title: 'Disable FAILED: publishing was not switched off',
            body: disableFailedBody(snapshot, p, writes),
        };
        effects.splice(firstIncident === -1 ? effects.length : firstIncident, 0, failedIncident);
        open.add(INCIDENT_KEYS.disableFailed);
        reason = `${reason}; the disable FAILED: ${failed.map(shortFailure).join('; ')} (see incident ${INCIDENT_KEYS.disableFailed})`;
    }
    const incidents = [...open].sort();
    if (shouldNotify(snapshot.lastNotice, { code: decision.code, incidents }, snapshot.now, p.repeatIntervalHours)) {
        effects.push({ type: 'notify', text: noticeText(decision.code, reason, incidents) });
    }
    return { ...decision, reason, effects, incidents };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/services/incident.ts
var incident = __webpack_require__(1046);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/services/supervisor-memory.ts
// Where the supervisor remembers what it last notified (to notify on change
// and repeat at most every interval): a JSON file locally, a repository
// variable on GitHub (runners keep no files between runs), or memory.



/** Anything unreadable is forgotten (the worst case is one extra notification). */
function parseNoticeState(text) {
    if (!text?.trim())
        return undefined;
    try {
        const raw = JSON.parse(text);
        const codes = SUPERVISOR_CODES;
        if (typeof raw.code !== 'string' || !codes.includes(raw.code))
            return undefined;
        if (!Array.isArray(raw.incidents) || typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at)))
            return undefined;
        return { code: raw.code, incidents: raw.incidents.filter((k) => typeof k === 'string'), at: raw.at };
    }
    catch {
        return undefined;
    }
}
function jsonFileMemory(path) {
    return {
        async load() {
            try {
                return parseNoticeState(await (0,promises_.readFile)(path, 'utf8'));
            }
            catch {
                return undefined;
            }
        },
        async save(state) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            const tmp = `${path}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(tmp, `${JSON.stringify(state, null, 2)}\n`);
            await (0,promises_.rename)(tmp, path);
        },
    };
}
const DEFAULT_MEMORY_VARIABLE = 'AUTOPILOT_SUPERVISOR_NOTICE';
function variableMemory(vars, name = DEFAULT_MEMORY_VARIABLE) {
    if (name === 'WF_ENABLED' || name === 'ALLOW_PUBLISH') {
        throw new Error(`the supervisor's memory cannot live in ${name}, a kill-switch variable`);
    }
    return {
        variable: name,
        load: async () => parseNoticeState(await vars.get(name)),
        save: (state) => vars.set(name, JSON.stringify(state)),
    };
}
function inMemoryMemory(initial) {
    const memory = {
        state: initial,
        load: async () => memory.state,
        save: async (state) => {
            memory.state = state;
        },
    };
    return memory;
}

;// CONCATENATED MODULE: ./packages/core/src/services/supervisor.ts
// The supervisor tick: read the world into a snapshot, let the pure
// decideSupervisor choose, then apply its effects in order (or, on a dry
// run, only report them). Safety checks are repeated at apply time: the
// variable writes are re-validated and the dispatch is re-checked against
// runs that started since the snapshot. Nothing is reported done that was not
// checked: a switch is read back, an incident is as GitHub answered it, a
// dispatch names its run; a refused disable opens `disable-failed` instead.







const SAFE_VALUES = { WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_disabled' };
async function readHeartbeat(source) {
    try {
        return await source.read();
    }
    catch (error) {
        return { ok: false, reason: 'unreachable', detail: (0,errors/* errorMessage */.gJ)(error), source: 'heartbeat source' };
    }
}
/** The switches and the notice memory, in one read where the store can (GitHub lists its variables). */
async function readVariables(deps) {
    const memoryVariable = deps.state?.variable;
    const names = ['WF_ENABLED', 'ALLOW_PUBLISH', 'REQUIRE_APPROVAL', ...(memoryVariable ? [memoryVariable] : [])];
    if (!deps.vars.getMany) {
        const [wf, allow, approval, lastNotice] = await Promise.all([
            deps.vars.get('WF_ENABLED'),
            deps.vars.get('ALLOW_PUBLISH'),
            deps.vars.get('REQUIRE_APPROVAL'),
            deps.state?.load(),
        ]);
        return { vars: { WF_ENABLED: wf, ALLOW_PUBLISH: allow }, approvalVariable: approval, lastNotice };
    }
    const [values, loaded] = await Promise.all([
        deps.vars.getMany(names),
        memoryVariable ? undefined : deps.state?.load(),
    ]);
    const lastNotice = memoryVariable ? parseNoticeState(values[memoryVariable]) : loaded;
    return {
        vars: { WF_ENABLED: values.WF_ENABLED, ALLOW_PUBLISH: values.ALLOW_PUBLISH },
        approvalVariable: values.REQUIRE_APPROVAL,
        lastNotice,
    };
}
async function readSnapshot(deps, options, rules) {
    const { now } = options;
    // One runs list serves the health window, the last review run and the active runs
    // where the dispatcher can tell them from it (GitHub: one request instead of six).
    const readActive = async (runs) => deps.dispatcher.activeAmong ? deps.dispatcher.activeAmong(runs) : await deps.dispatcher.active();
    const [rows, [runs, activeRuns], variables, doc, read, openIncidents] = await Promise.all([
        deps.queue.list(),
        deps.runs.recent(options.runHistoryLimit ?? 100).then(async (runs) => [runs, await readActive(runs)]),
        readVariables(deps),
        deps.decisions.read(),
        readHeartbeat(deps.heartbeat),
        deps.incidents.list('open'),
    ]);
    // Rows with an expired lease are work waiting too: the watchdog (here, or
    // the next executor's claim) returns them to PENDING.
    const recovered = rules.recoverExpiredLeases(rows, now, options.runId);
    const byRow = new Map(recovered.map((row) => [row.row, row]));
    const afterRecovery = rows.map((row) => byRow.get(row.row) ?? row);
    return {
        now,
        pendingCount: rules.eligibleCount(afterRecovery, now, variables.approvalVariable),
        pendingSince: rules.waitingSince?.(afterRecovery, now, variables.approvalVariable),
        runs,
        activeRuns,
        vars: variables.vars,
        // The latest evaluation (its time, window and metrics), not the entry of the last change.
        lastDecision: (0,decision_log/* currentDecision */.Iv)(doc),
        heartbeat: (0,heartbeat/* classifyHeartbeat */.Hv)(read, now, options.heartbeatThresholds),
        openIncidents,
        failedWithin24h: (0,queue_facts/* countRecentFailures */.s)(rows, now),
        expiredLeases: recovered.length,
        lastNotice: variables.lastNotice,
    };
}
async function runSupervisor(deps, options) {
    const redact = deps.redact ?? ((text) => text);
    const log = deps.log.child({ run_id: options.runId });
    const rules = options.queueRules;
    const policy = { ...DEFAULT_SUPERVISOR_POLICY, ...options.policy };
    const snapshot = await readSnapshot(deps, options, rules);
    const decision = decideSupervisor(snapshot, policy);
    log.notice(`supervisor: ${decision.code} — ${redact(decision.reason)}`, { decision: decision.code });
    const result = {
        decision,
        snapshot,
        dryRun: options.dryRun,
        planned: decision.effects,
        applied: [],
        done: [],
        skipped: [],
        errors: [],
    };
    if (options.dryRun) {
        for (const effect of decision.effects)
            log.info(`dry run, planned: ${redact(describeEffect(effect))}`);
        return result;
    }
    // The disable first: what the rest of the tick says depends on what it did.
    let effects = decision.effects;
    const writes = effects.filter((e) => e.type === 'set_variable');
    if (decision.code === 'disable_unstable') {
        result.disable = [];
        for (const effect of writes)
            result.disable.push(await applySwitch(effect, deps, result, log, redact));
        const settled = settleDisable(decision, snapshot, result.disable, policy);
        if (settled.reason !== decision.reason)
            log.notice(`supervisor: ${redact(settled.reason)}`);
        effects = settled.effects;
        result.decision = { ...decision, reason: settled.reason, incidents: settled.incidents };
    }
    for (const effect of effects) {
        if (effect.type === 'set_variable')
            continue;
        try {
            const outcome = await applyEffect(effect, deps, options, result.decision, result, redact);
            if ('skipped' in outcome) {
                result.skipped.push({ effect, why: outcome.skipped });
                // An incident already open or already resolved is the normal case; a held dispatch or a lost notice is not.
                const level = effect.type === 'dispatch' || effect.type === 'notify' ? 'warn' : 'info';
                log[level](`not applied: ${redact(describeEffect(effect))} (${outcome.skipped})`);
            }
            else {
                result.applied.push(effect);
                result.done.push(redact(outcome.done));
                log.info(redact(outcome.done));
            }
        }
        catch (error) {
            const message = redact(`${describeEffect(effect)} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            result.errors.push(message);
            log.error(message);
        }
    }
    return result;
}
/** One switch write, then read back: only a value read back counts as done. */
async function applySwitch(effect, deps, result, log, redact) {
    const write = { name: effect.name, value: effect.value, done: false };
    // Belt and braces: the supervisor can only make publishing safer.
    if (SAFE_VALUES[effect.name] !== effect.value) {
        const why = `refusing to set ${effect.name}=${effect.value}`;
        result.skipped.push({ effect, why });
        log.warn(`not applied: ${describeEffect(effect)} (${why})`);
        return { ...write, error: why };
    }
    try {
        await deps.vars.set(effect.name, effect.value);
        const read = await deps.vars.get(effect.name);
        if (read === effect.value) {
            result.applied.push(effect);
            result.done.push(`set ${effect.name}=${effect.value} (read back)`);
            log.info(`applied: set ${effect.name}=${effect.value} (read back)`);
            return { ...write, done: true };
        }
        write.error = `the write was answered, but ${effect.name} reads "${read ?? '(unset)'}"`;
    }
    catch (error) {
        write.error = redact((0,errors/* errorMessage */.gJ)(error));
        const status = error.status;
        if (typeof status === 'number')
            write.status = status;
    }
    const message = redact(`${describeEffect(effect)} failed: ${write.error}`);
    result.errors.push(message);
    log.error(message);
    return write;
}
const INCIDENT_DONE = {
    create: 'opened',
    comment: 'commented on open',
    reopen: 'reopened',
    close: 'closed',
};
/** Applies one effect; says what it did, as GitHub (or the store) answered, or why it was skipped. */
async function applyEffect(effect, deps, options, decision, result, redact) {
    const incidentDeps = { incidents: deps.incidents, redact, log: deps.log };
    const refs = {
        now: options.now,
        policy: options.incidentPolicy,
        runId: options.runId,
        runUrl: options.runUrl,
        traceId: options.traceId,
    };
    const incidentDone = (outcome, key) => {
        const where = outcome.incident
            ? ` #${outcome.incident.id}${outcome.incident.url ? ` (${outcome.incident.url})` : ''}`
            : '';
        return { done: `${INCIDENT_DONE[outcome.action] ?? outcome.action} incident ${key}${where}` };
    };
    switch (effect.type) {
        case 'set_variable':
            return { skipped: 'variable writes are applied first (applySwitch)' };
        case 'recover_leases': {
            const rules = options.queueRules;
            const rows = await deps.queue.transact((current) => {
                const update = rules.recoverExpiredLeases(current, options.now, options.runId);
                return { update, result: update.map((row) => row.id || `row ${row.row}`) };
            });
            if (rows.length === 0)
                return { skipped: 'no expired lease left to recover' };
            return { done: `recovered ${rows.length} expired lease${rows.length === 1 ? '' : 's'} (${rows.join(', ')})` };
        }
        case 'open_incident': {
            const { key, title, body, severity } = effect;
            const outcome = await (0,incident/* runIncident */.a)(incidentDeps, { action: 'open', key, title, body, severity, ...refs });
            if (outcome.action === 'noop')
                return { skipped: 'incident already open; repeat interval not reached' };
            if (outcome.incident?.state !== 'open')
                throw new Error(`GitHub answered, but incident ${key} is not open`);
            return incidentDone(outcome, key);
        }
        case 'resolve_incident': {
            const { key, body } = effect;
            const outcome = await (0,incident/* runIncident */.a)(incidentDeps, {
                action: 'resolve',
                key,
                title: key,
                body,
                severity: 'low',
                ...refs,
            });
            if (outcome.action === 'noop')
                return { skipped: 'no open incident' };
            if (outcome.incident?.state !== 'closed')
                throw new Error(`GitHub answered, but incident ${key} is still open`);
            return incidentDone(outcome, key);
        }
        case 'dispatch': {
            // A run may have been queued since the snapshot: never stack another on it.
            const active = await deps.dispatcher.active();
            if (active.length > 0)
                return { skipped: `a run is active now (${active.map((r) => r.run_id).join(', ')})` };
            result.dispatched = await deps.dispatcher.dispatch(effect.mode);
            const run = result.dispatched.run_id
                ? `run ${result.dispatched.run_id}${result.dispatched.url ? ` (${result.dispatched.url})` : ''}`
                : 'GitHub accepted it; its run was not listed yet';
            return { done: `dispatched the publish workflow in ${effect.mode} mode: ${run}` };
        }
        case 'notify': {
            const sent = await deps.notifier.notify({
                run_id: options.runId,
                trace_id: options.traceId,
                task: 'supervisor',
                status: decision.code,
                title: `Supervisor: ${decision.code}`,
                outputs_uri: options.runUrl,
                log_excerpt: redact(effect.text),
            });
            if (!sent.delivered)
                return { skipped: `notification not delivered: ${redact(sent.error ?? 'unknown error')}` };
            try {
                await deps.state?.save({ code: decision.code, incidents: decision.incidents, at: options.now.toISOString() });
            }
            catch (error) {
                // Delivered all the same: say so, and that the next tick may repeat it.
                const message = redact(`remember the notification failed (the next tick may notify again): ${(0,errors/* errorMessage */.gJ)(error)}`);
                result.errors.push(message);
                deps.log.error(message);
            }
            return { done: 'notified (delivered)' };
        }
    }
}
function describeEffect(effect) {
    switch (effect.type) {
        case 'set_variable':
            return `set ${effect.name}=${effect.value}`;
        case 'dispatch':
            return `dispatch the publish workflow in ${effect.mode} mode`;
        case 'open_incident':
            return `open incident ${effect.key} (${effect.severity})`;
        case 'resolve_incident':
            return `resolve incident ${effect.key}`;
        case 'recover_leases':
            return `recover ${effect.count} expired lease${effect.count === 1 ? '' : 's'}`;
        case 'notify':
            return `notify: ${effect.text}`;
    }
}

// EXTERNAL MODULE: ./packages/core/src/wiring/options.ts + 1 modules
var options = __webpack_require__(4130);
// EXTERNAL MODULE: ./packages/cli/src/commands/executor.ts + 19 modules
var executor = __webpack_require__(7805);
// EXTERNAL MODULE: ./packages/core/src/wiring/control-plane.ts + 9 modules
var control_plane = __webpack_require__(8602);
// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
;// CONCATENATED MODULE: ./packages/core/src/wiring/local-dispatcher.ts
function createLocalDispatcher(options) {
    return {
        async dispatch(mode) {
            const { run_id } = await options.run(mode);
            return { run_id };
        },
        async active() {
            const cutoff = options.now().getTime() - options.staleAfterMs;
            return (await options.runs.recent(20)).filter((r) => r.status !== 'completed' && Date.parse(r.started_at) > cutoff);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/wiring/heartbeat-source.ts + 1 modules
var heartbeat_source = __webpack_require__(1967);
;// CONCATENATED MODULE: ./packages/cli/src/commands/local-wiring.ts
// The control plane on the embedded default: local files, and a dispatcher
// that runs the executor in-process.


async function localSupervisorDeps(ctx, onRun) {
    const control = (0,control_plane/* buildControlPlane */.UM)(ctx.config, ctx.wiring, 'local');
    const data = await (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring);
    const dispatcher = createLocalDispatcher({
        runs: control.runs,
        run: async (mode) => {
            const result = await (0,executor.runExecutorFor)(ctx, mode);
            onRun?.(result);
            return { run_id: result.run_id };
        },
        staleAfterMs: (ctx.config.timeBudget + ctx.config.lease) * 1000,
        now: ctx.now,
    });
    return {
        queue: data.queue,
        runs: control.runs,
        dispatcher,
        vars: control.vars,
        decisions: control.decisions,
        heartbeat: (0,heartbeat_source/* buildHeartbeatSource */.i)(ctx.config, ctx.wiring),
        incidents: control.incidents,
        notifier: control.notifier,
        log: ctx.log,
        redact: ctx.redact,
        state: jsonFileMemory(ctx.paths.supervisorMemory),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/supervisor.ts
// `autopilot supervisor [--dry-run] [--json]`: one supervisor tick on the
// embedded default; a dispatch runs the executor in-process.



async function superviseOnce(ctx) {
    let run;
    const deps = await localSupervisorDeps(ctx, (r) => {
        run = r;
    });
    const result = await runSupervisor(deps, (0,options/* supervisorOptionsFrom */.PU)(ctx.config, { now: ctx.now(), runId: ctx.runId, traceId: ctx.traceId }));
    return { result, run };
}
function describeSupervisor(result) {
    const lines = [
        `Supervisor: ${result.decision.code}${result.dryRun ? ' (dry run: nothing changed)' : ''}`,
        `  ${result.decision.reason}`,
        // For real, only what was checked to have happened (result.done), never the plan.
        ...(result.dryRun
            ? result.planned.map((e) => `  would ${describeEffect(e)}`)
            : [
                ...result.done.map((line) => `  → ${line}`),
                ...result.skipped.map((s) => `  · not applied: ${describeEffect(s.effect)} (${s.why})`),
            ]),
        ...result.errors.map((e) => `  ! ${e}`),
    ];
    return lines.join('\n');
}
async function supervisorCommand(ctx) {
    const { result, run } = await superviseOnce(ctx);
    ctx.say(describeSupervisor(result));
    if (run)
        ctx.say((0,executor.describeRun)(run));
    ctx.result({
        decision: result.decision,
        dry_run: result.dryRun,
        planned: result.planned,
        applied: result.applied,
        skipped: result.skipped,
        errors: result.errors,
        run,
    });
    return result.errors.length > 0 ? 1 : 0;
}


/***/ })

};

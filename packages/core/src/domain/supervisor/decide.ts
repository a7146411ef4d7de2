// The supervisor's rules (DESIGN §5, issue 3), checked in order; the first
// that holds names the decision. Incidents, lease recovery and notification
// are decided alongside, whatever the code. Pure: time is in the snapshot.
//
// The local runner: when its heartbeat is active it owns the pipeline, so the
// supervisor does not dispatch (`skip_local_active`, checked after
// `wait_run_active` and before `skip_no_pending`). Its safety rules
// (disable_unstable, incidents) still apply.
import type { Severity } from '../../model';
import { healthWindow, lastCompletionAt, lastReviewSuccessAt } from './health';
import { noticeText, shouldNotify } from './notify';
import { judgeStall } from './stall';
import {
  DEFAULT_SUPERVISOR_POLICY,
  type Decision,
  type Effect,
  INCIDENT_KEYS,
  type SupervisorCode,
  type SupervisorPolicy,
  type SupervisorSnapshot,
} from './types';

const HOUR_MS = 3_600_000;
const RECONCILE_LOCKS = new Set(['pause_and_review', 'review_only']);

const hoursAgo = (now: Date, then: number): string => `${((now.getTime() - then) / HOUR_MS).toFixed(1)} h ago`;

interface Verdict {
  code: SupervisorCode;
  reason: string;
  dispatchMode?: 'review' | 'publish';
}

function verdict(s: SupervisorSnapshot, p: SupervisorPolicy): Verdict {
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
  if (s.pendingCount <= 0) return { code: 'skip_no_pending', reason: 'no queue rows are eligible now; nothing to run' };

  const locks: string[] = [];
  if (s.vars.WF_ENABLED?.trim().toLowerCase() !== 'true') locks.push(`WF_ENABLED is "${s.vars.WF_ENABLED ?? ''}"`);
  if (s.vars.ALLOW_PUBLISH?.trim() !== 'human_enabled') locks.push(`ALLOW_PUBLISH is "${s.vars.ALLOW_PUBLISH ?? ''}"`);
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
  if (lastReview === undefined || s.now.getTime() - lastReview > p.reviewWindowHours * HOUR_MS) {
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

interface IncidentRule {
  key: string;
  severity: Severity;
  title: string;
  /** A body when the condition holds; undefined when it does not. */
  firing?: string;
  /** May an open incident resolve now? (The instability incident waits for a clean window.) */
  clear: boolean;
  /** The closing comment. */
  resolved: string;
}

/** The switch writes a disable needs: those not already at their safe value. */
export function disableWrites(s: SupervisorSnapshot): Effect[] {
  const writes: Effect[] = [];
  if (s.vars.WF_ENABLED !== 'false') writes.push({ type: 'set_variable', name: 'WF_ENABLED', value: 'false' });
  if (s.vars.ALLOW_PUBLISH !== 'human_disabled')
    writes.push({ type: 'set_variable', name: 'ALLOW_PUBLISH', value: 'human_disabled' });
  return writes;
}

/**
 * The instability incident's text. `switches` says what happened to them:
 * the plan (before the writes), or what was set and read back.
 */
export function unstableBody(s: SupervisorSnapshot, p: SupervisorPolicy, switches: string): string {
  const health = healthWindow(s.runs, p.healthWindow);
  return `${health.failures} of the last ${health.judged} completed runs of the publish workflow failed (threshold ${p.failureThreshold}). ${switches} A human re-enables publishing after fixing the cause.`;
}

function plannedSwitches(s: SupervisorSnapshot): string {
  const writes = disableWrites(s);
  if (writes.length === 0) return 'WF_ENABLED and ALLOW_PUBLISH were already off (false, human_disabled).';
  return `The supervisor sets ${writes.map((w) => (w.type === 'set_variable' ? `${w.name}=${w.value}` : '')).join(' and ')}.`;
}

function stallRule(s: SupervisorSnapshot, p: SupervisorPolicy): IncidentRule {
  const lastDone = lastCompletionAt(s.runs, s.lastCompletedPublishRunAt);
  const dueSince = s.pendingSince === undefined ? undefined : Date.parse(s.pendingSince);
  // Unfinished runs as the dispatcher reports them, and as the runs list shows them.
  const unfinished = new Map(
    [...s.activeRuns, ...s.runs.filter((r) => r.status !== 'completed')].map((r) => [r.run_id, r]),
  );
  const stall = judgeStall(
    {
      now: s.now,
      pendingCount: s.pendingCount,
      dueSince,
      lastCompletion: lastDone,
      activeRuns: [...unfinished.values()],
    },
    p.stallAfterHours,
  );
  const last = lastDone === undefined ? 'never' : hoursAgo(s.now, lastDone);
  const rows = `${s.pendingCount} row${s.pendingCount === 1 ? '' : 's'}`;
  const fix =
    "Check that the workflow's schedule is enabled (GitHub disables schedules after 60 days without activity in public repositories) and that runners pick its runs up, and dispatch it by hand.";
  let firing: string | undefined;
  if (stall.stalled && stall.basis === 'active_run') {
    firing = `Run ${stall.run?.run_id ?? '?'} of the publish workflow has been ${stall.run?.status ?? 'active'} since ${hoursAgo(s.now, stall.since)} without completing (limit ${p.stallAfterHours} h) while ${rows} wait (last completed run: ${last}). ${fix}`;
  } else if (stall.stalled) {
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

function incidentRules(s: SupervisorSnapshot, p: SupervisorPolicy, code: SupervisorCode): IncidentRule[] {
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
      resolved:
        code === 'disable_unstable'
          ? `The switches read off now (WF_ENABLED=${s.vars.WF_ENABLED ?? ''}, ALLOW_PUBLISH=${s.vars.ALLOW_PUBLISH ?? ''}).`
          : `No disable is needed now (${health.failures} of the last ${health.judged} completed runs failed, threshold ${p.failureThreshold}). Whether the token may write variables was not checked again (see RUNBOOK.md, disable-failed).`,
    },
    {
      key: INCIDENT_KEYS.deadLetter,
      severity: 'medium',
      title: 'Dead letters: items failed for good',
      firing:
        s.failedWithin24h > p.deadLetterThreshold
          ? `${s.failedWithin24h} queue rows became FAILED within 24 h (threshold ${p.deadLetterThreshold}). Read their last_error, fix the cause and set them back to PENDING.`
          : undefined,
      clear: true,
      resolved: `${s.failedWithin24h} rows became FAILED within 24 h (threshold ${p.deadLetterThreshold}).`,
    },
    stallRule(s, p),
  ];
}

export function decideSupervisor(snapshot: SupervisorSnapshot, policy: Partial<SupervisorPolicy> = {}): Decision {
  const p = { ...DEFAULT_SUPERVISOR_POLICY, ...policy };
  const v = verdict(snapshot, p);
  const effects: Effect[] = [];

  if (v.code === 'disable_unstable') effects.push(...disableWrites(snapshot));
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
    } else if (open.has(rule.key) && rule.clear) {
      effects.push({ type: 'resolve_incident', key: rule.key, body: `Resolved: ${rule.resolved}` });
      open.delete(rule.key);
    }
  }

  if (v.dispatchMode) effects.push({ type: 'dispatch', mode: v.dispatchMode });

  const incidents = [...open].sort();
  if (shouldNotify(snapshot.lastNotice, { code: v.code, incidents }, snapshot.now, p.repeatIntervalHours)) {
    effects.push({ type: 'notify', text: noticeText(v.code, v.reason, incidents) });
  }
  return { code: v.code, reason: v.reason, dispatchMode: v.dispatchMode, effects, incidents };
}

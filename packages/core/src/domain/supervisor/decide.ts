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
import { shouldNotify } from './notify';
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
      reason: `${health.failures} of the last ${health.judged} completed runs failed (threshold ${p.failureThreshold}): publishing disabled until a human re-enables it`,
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

function incidentRules(s: SupervisorSnapshot, p: SupervisorPolicy, code: SupervisorCode): IncidentRule[] {
  const health = healthWindow(s.runs, p.healthWindow);
  const lastDone = lastCompletionAt(s.runs, s.lastCompletedPublishRunAt);
  const anyRuns = s.runs.length > 0 || lastDone !== undefined;
  // The clock of the dead man's switch: the last completed run; with none ever
  // completed, since when the pending work has been waiting (a schedule that
  // never fired at all is a stall too); with neither known, runs that never
  // complete are.
  const pendingSince = s.pendingSince === undefined ? Number.NaN : Date.parse(s.pendingSince);
  const since = lastDone ?? (Number.isNaN(pendingSince) ? undefined : pendingSince);
  const stalled =
    s.pendingCount > 0 && (since !== undefined ? s.now.getTime() - since > p.stallAfterHours * HOUR_MS : anyRuns);
  return [
    {
      key: INCIDENT_KEYS.unstable,
      severity: 'high',
      title: 'Pipeline unstable: publishing disabled',
      firing:
        code === 'disable_unstable'
          ? `${health.failures} of the last ${health.judged} completed runs of the publish workflow failed (threshold ${p.failureThreshold}). The supervisor set WF_ENABLED=false and ALLOW_PUBLISH=human_disabled; a human re-enables them after fixing the cause.`
          : undefined,
      clear: health.failures === 0,
      resolved: `The last ${health.judged} completed runs had no failure. The switches stay off until a human re-enables them (see RUNBOOK.md).`,
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
    {
      key: INCIDENT_KEYS.stalled,
      severity: 'high',
      title: 'Schedule stalled: no publish run completed',
      firing: stalled
        ? `No run of the publish workflow has completed within ${p.stallAfterHours} h (last: ${lastDone === undefined ? 'never' : hoursAgo(s.now, lastDone)}) while ${s.pendingCount} rows wait${lastDone === undefined && since !== undefined ? ` (waiting since ${hoursAgo(s.now, since)})` : ''}. Check that the workflow's schedule is enabled (GitHub disables schedules after 60 days without activity in public repositories) and dispatch it by hand.`
        : undefined,
      clear: true,
      resolved:
        lastDone === undefined
          ? 'No work is pending.'
          : `A publish run completed ${hoursAgo(s.now, lastDone)}${s.pendingCount > 0 ? '' : '; no work is pending'}.`,
    },
  ];
}

export function decideSupervisor(snapshot: SupervisorSnapshot, policy: Partial<SupervisorPolicy> = {}): Decision {
  const p = { ...DEFAULT_SUPERVISOR_POLICY, ...policy };
  const v = verdict(snapshot, p);
  const effects: Effect[] = [];

  if (v.code === 'disable_unstable') {
    if (snapshot.vars.WF_ENABLED !== 'false')
      effects.push({ type: 'set_variable', name: 'WF_ENABLED', value: 'false' });
    if (snapshot.vars.ALLOW_PUBLISH !== 'human_disabled') {
      effects.push({ type: 'set_variable', name: 'ALLOW_PUBLISH', value: 'human_disabled' });
    }
  }
  // Watchdog: return rows of dead executors to PENDING — but not while a run
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
    const tail = incidents.length > 0 ? ` Open incidents: ${incidents.join(', ')}.` : '';
    effects.push({ type: 'notify', text: `Supervisor: ${v.code} — ${v.reason}.${tail}` });
  }
  return { code: v.code, reason: v.reason, dispatchMode: v.dispatchMode, effects, incidents };
}

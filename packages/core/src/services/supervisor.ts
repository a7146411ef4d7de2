// The supervisor tick: read the world into a snapshot, let the pure
// decideSupervisor choose, then apply its effects in order (or, on a dry
// run, only report them). Safety checks are repeated at apply time: the
// variable writes are re-validated and the dispatch is re-checked against
// runs that started since the snapshot.
import { classifyHeartbeat, type HeartbeatThresholds } from '../domain/heartbeat';
import type { IncidentPolicy } from '../domain/incident';
import { currentDecision } from '../domain/reconcile/decision-log';
import {
  countRecentFailures,
  DEFAULT_SUPERVISOR_POLICY,
  type Decision,
  decideSupervisor,
  type Effect,
  type SupervisorPolicy,
  type SupervisorSnapshot,
} from '../domain/supervisor';
import { errorMessage } from '../errors';
import type { QueueRow } from '../model';
import type {
  DecisionLog,
  Dispatcher,
  HeartbeatRead,
  HeartbeatSource,
  IncidentTracker,
  Logger,
  Notifier,
  QueueStore,
  RunHistory,
  VariableStore,
} from '../ports';
import { runIncident } from './incident';
import type { SupervisorMemory } from './supervisor-memory';

export type { Decision, Effect, SupervisorPolicy } from '../domain/supervisor';
export type { SupervisorMemory } from './supervisor-memory';

/** The queue rules the supervisor relies on (the executor's domain; injectable for tests). */
export interface SupervisorQueueRules {
  /** Rows the executor could work on now, in either mode. */
  eligibleCount(rows: readonly QueueRow[], now: Date): number;
  /** ISO time since which eligible work has been waiting, when the rows tell. */
  waitingSince?(rows: readonly QueueRow[], now: Date): string | undefined;
  /** The rows to write back with their expired leases recovered (only changed rows). */
  recoverExpiredLeases(rows: readonly QueueRow[], now: Date, runId: string): QueueRow[];
}

export interface SupervisorDeps {
  queue: QueueStore;
  runs: RunHistory;
  dispatcher: Dispatcher;
  vars: VariableStore;
  decisions: DecisionLog;
  heartbeat: HeartbeatSource;
  incidents: IncidentTracker;
  notifier: Notifier;
  log: Logger;
  /** What was last notified; without it every tick counts as a change. */
  state?: SupervisorMemory;
  redact?: (text: string) => string;
}

export interface SupervisorOptions {
  dryRun: boolean;
  now: Date;
  runId: string;
  traceId?: string;
  runUrl?: string;
  policy?: Partial<SupervisorPolicy>;
  heartbeatThresholds?: Partial<HeartbeatThresholds>;
  incidentPolicy?: Partial<IncidentPolicy>;
  /** How many recent runs to read (enough to find the last review run among scheduled ones). Default 100. */
  runHistoryLimit?: number;
  /** Hosts pass `defaultQueueRules(requireApproval)` from './supervisor-queue-rules'; tests may stub. */
  queueRules: SupervisorQueueRules;
}

export interface SupervisorResult {
  decision: Decision;
  snapshot: SupervisorSnapshot;
  dryRun: boolean;
  /** Exactly the decision's effects: what a dry run prints. */
  planned: Effect[];
  applied: Effect[];
  skipped: { effect: Effect; why: string }[];
  dispatched?: { run_id?: string; url?: string };
  /** Effects that failed; the host fails the run when this is not empty. */
  errors: string[];
}

const SAFE_VALUES: Record<string, string> = { WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_disabled' };

async function readHeartbeat(source: HeartbeatSource): Promise<HeartbeatRead> {
  try {
    return await source.read();
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: errorMessage(error), source: 'heartbeat source' };
  }
}

export async function readSnapshot(
  deps: SupervisorDeps,
  options: SupervisorOptions,
  rules: SupervisorQueueRules,
): Promise<SupervisorSnapshot> {
  const { now } = options;
  const [rows, runs, activeRuns, wf, allow, doc, read, openIncidents, lastNotice] = await Promise.all([
    deps.queue.list(),
    deps.runs.recent(options.runHistoryLimit ?? 100),
    deps.dispatcher.active(),
    deps.vars.get('WF_ENABLED'),
    deps.vars.get('ALLOW_PUBLISH'),
    deps.decisions.read(),
    readHeartbeat(deps.heartbeat),
    deps.incidents.list('open'),
    deps.state?.load(),
  ]);
  // Rows with an expired lease are work waiting too: the watchdog (here, or
  // the next executor's claim) returns them to PENDING.
  const recovered = rules.recoverExpiredLeases(rows, now, options.runId);
  const byRow = new Map(recovered.map((row) => [row.row, row]));
  const afterRecovery = rows.map((row) => byRow.get(row.row) ?? row);
  return {
    now,
    pendingCount: rules.eligibleCount(afterRecovery, now),
    pendingSince: rules.waitingSince?.(afterRecovery, now),
    runs,
    activeRuns,
    vars: { WF_ENABLED: wf, ALLOW_PUBLISH: allow },
    // The latest evaluation (its time, window and metrics), not the entry of the last change.
    lastDecision: currentDecision(doc),
    heartbeat: classifyHeartbeat(read, now, options.heartbeatThresholds),
    openIncidents,
    failedWithin24h: countRecentFailures(rows, now),
    expiredLeases: recovered.length,
    lastNotice,
  };
}

export async function runSupervisor(deps: SupervisorDeps, options: SupervisorOptions): Promise<SupervisorResult> {
  const redact = deps.redact ?? ((text: string) => text);
  const log = deps.log.child({ run_id: options.runId });
  const rules = options.queueRules;
  const policy = { ...DEFAULT_SUPERVISOR_POLICY, ...options.policy };
  const snapshot = await readSnapshot(deps, options, rules);
  const decision = decideSupervisor(snapshot, policy);
  log.notice(`supervisor: ${decision.code} — ${redact(decision.reason)}`, { decision: decision.code });

  const result: SupervisorResult = {
    decision,
    snapshot,
    dryRun: options.dryRun,
    planned: decision.effects,
    applied: [],
    skipped: [],
    errors: [],
  };
  if (options.dryRun) {
    for (const effect of decision.effects) log.info(`dry run, planned: ${redact(describeEffect(effect))}`);
    return result;
  }

  for (const effect of decision.effects) {
    try {
      const skipped = await applyEffect(effect, deps, options, decision, result, redact);
      if (skipped) {
        result.skipped.push({ effect, why: skipped });
        // An incident already open or already resolved is the normal case; a held dispatch or a lost notice is not.
        const level = effect.type === 'dispatch' || effect.type === 'notify' ? 'warn' : 'info';
        log[level](`not applied: ${redact(describeEffect(effect))} (${skipped})`);
      } else {
        result.applied.push(effect);
        log.info(`applied: ${redact(describeEffect(effect))}`);
      }
    } catch (error) {
      const message = redact(`${describeEffect(effect)} failed: ${errorMessage(error)}`);
      result.errors.push(message);
      log.error(message);
    }
  }
  return result;
}

/** Applies one effect; returns why it was skipped, or undefined when applied. */
async function applyEffect(
  effect: Effect,
  deps: SupervisorDeps,
  options: SupervisorOptions,
  decision: Decision,
  result: SupervisorResult,
  redact: (text: string) => string,
): Promise<string | undefined> {
  const incidentDeps = { incidents: deps.incidents, redact, log: deps.log };
  const refs = {
    now: options.now,
    policy: options.incidentPolicy,
    runId: options.runId,
    runUrl: options.runUrl,
    traceId: options.traceId,
  };
  switch (effect.type) {
    case 'set_variable':
      // Belt and braces: the supervisor can only make publishing safer.
      if (SAFE_VALUES[effect.name] !== effect.value) return `refusing to set ${effect.name}=${effect.value}`;
      await deps.vars.set(effect.name, effect.value);
      return undefined;
    case 'recover_leases': {
      const rules = options.queueRules;
      const count = await deps.queue.transact((rows) => {
        const update = rules.recoverExpiredLeases(rows, options.now, options.runId);
        return { update, result: update.length };
      });
      return count === 0 ? 'no expired lease left to recover' : undefined;
    }
    case 'open_incident': {
      const { key, title, body, severity } = effect;
      const outcome = await runIncident(incidentDeps, { action: 'open', key, title, body, severity, ...refs });
      return outcome.action === 'noop' ? 'incident already open; repeat interval not reached' : undefined;
    }
    case 'resolve_incident': {
      const { key, body } = effect;
      const outcome = await runIncident(incidentDeps, {
        action: 'resolve',
        key,
        title: key,
        body,
        severity: 'low',
        ...refs,
      });
      return outcome.action === 'noop' ? 'no open incident' : undefined;
    }
    case 'dispatch': {
      // A run may have been queued since the snapshot: never stack another on it.
      const active = await deps.dispatcher.active();
      if (active.length > 0) return `a run is active now (${active.map((r) => r.run_id).join(', ')})`;
      result.dispatched = await deps.dispatcher.dispatch(effect.mode);
      return undefined;
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
      if (!sent.delivered) return `notification not delivered: ${redact(sent.error ?? 'unknown error')}`;
      await deps.state?.save({ code: decision.code, incidents: decision.incidents, at: options.now.toISOString() });
      return undefined;
    }
  }
}

export function describeEffect(effect: Effect): string {
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

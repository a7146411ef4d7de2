// The supervisor tick: read the world into a snapshot, let the pure
// decideSupervisor choose, then apply its effects in order (or, on a dry
// run, only report them). Safety checks are repeated at apply time: the
// variable writes are re-validated and the dispatch is re-checked against
// runs that started since the snapshot. Nothing is reported done that was not
// checked: a switch is read back, an incident is as GitHub answered it, a
// dispatch names its run; a refused disable opens `disable-failed` instead.
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
  type SwitchWrite,
  settleDisable,
} from '../domain/supervisor';
import { errorMessage } from '../errors';
import type { QueueRow, RunRecord } from '../model';
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
import { type IncidentOutcome, runIncident } from './incident';
import { parseNoticeState, type SupervisorMemory } from './supervisor-memory';

export type { Decision, Effect, SupervisorPolicy, SwitchWrite } from '../domain/supervisor';
export { shortFailure } from '../domain/supervisor';
export type { SupervisorMemory } from './supervisor-memory';

/** The queue rules the supervisor relies on (the executor's domain; injectable for tests). */
export interface SupervisorQueueRules {
  /** Rows the executor could work on now, in either mode (`approvalVariable`: the REQUIRE_APPROVAL variable). */
  eligibleCount(rows: readonly QueueRow[], now: Date, approvalVariable?: string): number;
  /** ISO time since which eligible work has been waiting, when the rows tell. */
  waitingSince?(rows: readonly QueueRow[], now: Date, approvalVariable?: string): string | undefined;
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
  /** What each applied effect did, as checked after it (one line each, in order). */
  done: string[];
  skipped: { effect: Effect; why: string }[];
  dispatched?: { run_id?: string; url?: string };
  /** The disable's variable writes and whether each was read back at its safe value. */
  disable?: SwitchWrite[];
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

/** The switches and the notice memory, in one read where the store can (GitHub lists its variables). */
async function readVariables(deps: SupervisorDeps) {
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

export async function readSnapshot(
  deps: SupervisorDeps,
  options: SupervisorOptions,
  rules: SupervisorQueueRules,
): Promise<SupervisorSnapshot> {
  const { now } = options;
  // One runs list serves the health window, the last review run and the active runs
  // where the dispatcher can tell them from it (GitHub: one request instead of six).
  const readActive = async (runs: RunRecord[]) =>
    deps.dispatcher.activeAmong ? deps.dispatcher.activeAmong(runs) : await deps.dispatcher.active();
  const [rows, [runs, activeRuns], variables, doc, read, openIncidents] = await Promise.all([
    deps.queue.list(),
    deps.runs.recent(options.runHistoryLimit ?? 100).then(async (runs) => [runs, await readActive(runs)] as const),
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
    lastDecision: currentDecision(doc),
    heartbeat: classifyHeartbeat(read, now, options.heartbeatThresholds),
    openIncidents,
    failedWithin24h: countRecentFailures(rows, now),
    expiredLeases: recovered.length,
    lastNotice: variables.lastNotice,
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
    done: [],
    skipped: [],
    errors: [],
  };
  if (options.dryRun) {
    for (const effect of decision.effects) log.info(`dry run, planned: ${redact(describeEffect(effect))}`);
    return result;
  }

  // The disable first: what the rest of the tick says depends on what it did.
  let effects = decision.effects;
  const writes = effects.filter((e) => e.type === 'set_variable');
  if (decision.code === 'disable_unstable') {
    result.disable = [];
    for (const effect of writes) result.disable.push(await applySwitch(effect, deps, result, log, redact));
    const settled = settleDisable(decision, snapshot, result.disable, policy);
    if (settled.reason !== decision.reason) log.notice(`supervisor: ${redact(settled.reason)}`);
    effects = settled.effects;
    result.decision = { ...decision, reason: settled.reason, incidents: settled.incidents };
  }

  for (const effect of effects) {
    if (effect.type === 'set_variable') continue;
    try {
      const outcome = await applyEffect(effect, deps, options, result.decision, result, redact);
      if ('skipped' in outcome) {
        result.skipped.push({ effect, why: outcome.skipped });
        // An incident already open or already resolved is the normal case; a held dispatch or a lost notice is not.
        const level = effect.type === 'dispatch' || effect.type === 'notify' ? 'warn' : 'info';
        log[level](`not applied: ${redact(describeEffect(effect))} (${outcome.skipped})`);
      } else {
        result.applied.push(effect);
        result.done.push(redact(outcome.done));
        log.info(redact(outcome.done));
      }
    } catch (error) {
      const message = redact(`${describeEffect(effect)} failed: ${errorMessage(error)}`);
      result.errors.push(message);
      log.error(message);
    }
  }
  return result;
}

/** One switch write, then read back: only a value read back counts as done. */
async function applySwitch(
  effect: Extract<Effect, { type: 'set_variable' }>,
  deps: SupervisorDeps,
  result: SupervisorResult,
  log: Logger,
  redact: (text: string) => string,
): Promise<SwitchWrite> {
  const write: SwitchWrite = { name: effect.name, value: effect.value, done: false };
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
  } catch (error) {
    write.error = redact(errorMessage(error));
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number') write.status = status;
  }
  const message = redact(`${describeEffect(effect)} failed: ${write.error}`);
  result.errors.push(message);
  log.error(message);
  return write;
}

type Outcome = { done: string } | { skipped: string };

const INCIDENT_DONE: Record<string, string> = {
  create: 'opened',
  comment: 'commented on open',
  reopen: 'reopened',
  close: 'closed',
};

/** Applies one effect; says what it did, as GitHub (or the store) answered, or why it was skipped. */
async function applyEffect(
  effect: Effect,
  deps: SupervisorDeps,
  options: SupervisorOptions,
  decision: Decision,
  result: SupervisorResult,
  redact: (text: string) => string,
): Promise<Outcome> {
  const incidentDeps = { incidents: deps.incidents, redact, log: deps.log };
  const refs = {
    now: options.now,
    policy: options.incidentPolicy,
    runId: options.runId,
    runUrl: options.runUrl,
    traceId: options.traceId,
  };
  const incidentDone = (outcome: IncidentOutcome, key: string): Outcome => {
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
      if (rows.length === 0) return { skipped: 'no expired lease left to recover' };
      return { done: `recovered ${rows.length} expired lease${rows.length === 1 ? '' : 's'} (${rows.join(', ')})` };
    }
    case 'open_incident': {
      const { key, title, body, severity } = effect;
      const outcome = await runIncident(incidentDeps, { action: 'open', key, title, body, severity, ...refs });
      if (outcome.action === 'noop') return { skipped: 'incident already open; repeat interval not reached' };
      if (outcome.incident?.state !== 'open') throw new Error(`GitHub answered, but incident ${key} is not open`);
      return incidentDone(outcome, key);
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
      if (outcome.action === 'noop') return { skipped: 'no open incident' };
      if (outcome.incident?.state !== 'closed') throw new Error(`GitHub answered, but incident ${key} is still open`);
      return incidentDone(outcome, key);
    }
    case 'dispatch': {
      // A run may have been queued since the snapshot: never stack another on it.
      const active = await deps.dispatcher.active();
      if (active.length > 0) return { skipped: `a run is active now (${active.map((r) => r.run_id).join(', ')})` };
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
      if (!sent.delivered) return { skipped: `notification not delivered: ${redact(sent.error ?? 'unknown error')}` };
      try {
        await deps.state?.save({ code: decision.code, incidents: decision.incidents, at: options.now.toISOString() });
      } catch (error) {
        // Delivered all the same: say so, and that the next tick may repeat it.
        const message = redact(
          `remember the notification failed (the next tick may notify again): ${errorMessage(error)}`,
        );
        result.errors.push(message);
        deps.log.error(message);
      }
      return { done: 'notified (delivered)' };
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

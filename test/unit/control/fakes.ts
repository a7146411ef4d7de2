// Small in-memory fakes of the control-plane ports and data builders, for the
// control plane's unit and integration tests. They record every write so
// tests can assert that nothing was changed (dry run) or exactly what was.

import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type {
  DecisionLogDoc,
  Heartbeat,
  Incident,
  QueueRow,
  RunLogRow,
  RunRecord,
} from '../../../packages/core/src/model';
import { QUEUE_COLUMNS } from '../../../packages/core/src/model';
import type {
  DecisionLog,
  Dispatcher,
  HeartbeatRead,
  HeartbeatSource,
  IncidentTracker,
  Notification,
  Notifier,
  OpenIncident,
  QueueChange,
  QueueStore,
  RunHistory,
  RunLog,
  VariableStore,
} from '../../../packages/core/src/ports';
import { inMemoryMemory } from '../../../packages/core/src/services/supervisor-memory';

export function queueRow(fields: Partial<QueueRow> & { row: number }): QueueRow {
  const base = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, ''])) as {
    [K in (typeof QUEUE_COLUMNS)[number]]: string;
  };
  return { ...base, id: `item-${fields.row}`, status: 'PENDING', extra: {}, ...fields };
}

export function runRecord(fields: Partial<RunRecord> & { run_id: string }): RunRecord {
  return { mode: 'review', status: 'completed', conclusion: 'success', started_at: '2025-01-01T00:00:00Z', ...fields };
}

export function runLogRow(fields: Partial<RunLogRow>): RunLogRow {
  return {
    at: '2025-01-01T12:00:00Z',
    run_id: 'r1',
    trace_id: 't1',
    mode: 'review',
    item_id: 'a',
    outcome: 'drafted',
    gate: 'PASS',
    error_codes: [],
    attempts: 1,
    duration_ms: 1000,
    tokens_in: 0,
    tokens_out: 0,
    cost_usd: 0,
    article_id: '',
    ...fields,
  };
}

export class FakeQueue implements QueueStore {
  transactions = 0;
  constructor(public rows: QueueRow[] = []) {}
  async list(): Promise<QueueRow[]> {
    return this.rows.map((r) => ({ ...r }));
  }
  async transact<T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T> {
    const change = plan(await this.list());
    for (const row of change.update ?? []) {
      this.transactions += 1;
      this.rows = this.rows.map((r) => (r.row === row.row ? row : r));
    }
    return change.result;
  }
}

export class FakeRunLog implements RunLog {
  constructor(public rows: RunLogRow[] = []) {}
  async append(rows: RunLogRow[]): Promise<void> {
    this.rows.push(...rows);
  }
  async *read(since?: Date): AsyncIterable<RunLogRow> {
    for (const row of this.rows) if (!since || Date.parse(row.at) >= since.getTime()) yield row;
  }
}

export class FakeRuns implements RunHistory {
  recorded: RunRecord[] = [];
  constructor(public runs: RunRecord[] = []) {}
  async recent(limit: number): Promise<RunRecord[]> {
    return this.runs.slice(0, limit);
  }
  async record(run: RunRecord): Promise<void> {
    this.recorded.push(run);
  }
}

export class FakeDispatcher implements Dispatcher {
  dispatched: string[] = [];
  /** Runs reported active; `activeOnSecondCall` simulates a run queued between snapshot and dispatch. */
  constructor(
    public activeRuns: RunRecord[] = [],
    public activeOnSecondCall: RunRecord[] | undefined = undefined,
  ) {}
  private calls = 0;
  async dispatch(mode: 'review' | 'publish'): Promise<{ run_id?: string; url?: string }> {
    this.dispatched.push(mode);
    return { run_id: `run-${this.dispatched.length}`, url: `https://example.test/runs/${this.dispatched.length}` };
  }
  async active(): Promise<RunRecord[]> {
    this.calls += 1;
    if (this.calls >= 2 && this.activeOnSecondCall) return this.activeOnSecondCall;
    return this.activeRuns;
  }
}

export class FakeVars implements VariableStore {
  writes: [string, string][] = [];
  constructor(public values: Record<string, string> = {}) {}
  async get(name: string): Promise<string | undefined> {
    return this.values[name];
  }
  async set(name: string, value: string): Promise<void> {
    this.writes.push([name, value]);
    this.values[name] = value;
  }
}

export class FakeDecisionLog implements DecisionLog {
  writes = 0;
  constructor(public doc: DecisionLogDoc = { last_decision: null, history: [] }) {}
  async read(): Promise<DecisionLogDoc> {
    return structuredClone(this.doc);
  }
  async write(doc: DecisionLogDoc): Promise<{ changed: boolean }> {
    const changed = JSON.stringify(doc) !== JSON.stringify(this.doc);
    if (changed) {
      this.writes += 1;
      this.doc = structuredClone(doc);
    }
    return { changed };
  }
}

export class FakeHeartbeat implements HeartbeatSource {
  constructor(public result: HeartbeatRead | Error) {}
  static beat(heartbeat: Partial<Heartbeat> & { timestamp: number }): FakeHeartbeat {
    return new FakeHeartbeat({
      ok: true,
      source: 'fake',
      heartbeat: {
        iso: new Date(heartbeat.timestamp * 1000).toISOString(),
        owner: 'laptop',
        mode: 'review',
        ...heartbeat,
      },
    });
  }
  static missing(): FakeHeartbeat {
    return new FakeHeartbeat({ ok: false, reason: 'missing', detail: 'no file', source: 'fake' });
  }
  async read(): Promise<HeartbeatRead> {
    if (this.result instanceof Error) throw this.result;
    return this.result;
  }
}

export interface PostedText {
  kind: 'open' | 'comment' | 'reopen' | 'close';
  key: string;
  title?: string;
  body: string;
  at: string;
}

/** Incidents in memory; `clock` stamps what happens (the tests move it). */
export class FakeIncidents implements IncidentTracker {
  incidents: Incident[] = [];
  posted: PostedText[] = [];
  constructor(public clock: () => Date) {}
  private stamp(): string {
    return this.clock().toISOString();
  }
  async find(key: string): Promise<Incident | undefined> {
    return [...this.incidents].reverse().find((i) => i.key === key);
  }
  async list(state: 'open' | 'closed' | 'all'): Promise<Incident[]> {
    return this.incidents.filter((i) => state === 'all' || i.state === state);
  }
  async open(input: OpenIncident): Promise<Incident> {
    const at = this.stamp();
    const incident: Incident = {
      key: input.key,
      id: String(this.incidents.length + 1),
      state: 'open',
      title: input.title,
      severity: input.severity,
      labels: input.labels ?? [],
      created_at: at,
      updated_at: at,
      url: `https://example.test/issues/${this.incidents.length + 1}`,
    };
    this.incidents.push(incident);
    this.posted.push({ kind: 'open', key: input.key, title: input.title, body: input.body, at });
    return incident;
  }
  private change(incident: Incident, kind: PostedText['kind'], body: string, patch: Partial<Incident>): Incident {
    const at = this.stamp();
    const stored = this.incidents.find((i) => i.id === incident.id);
    if (!stored) throw new Error(`no incident ${incident.id}`);
    Object.assign(stored, { updated_at: at, last_comment_at: at }, patch);
    this.posted.push({ kind, key: stored.key, body, at });
    return { ...stored };
  }
  async comment(incident: Incident, body: string): Promise<Incident> {
    return this.change(incident, 'comment', body, {});
  }
  async reopen(incident: Incident, body: string): Promise<Incident> {
    return this.change(incident, 'reopen', body, { state: 'open', closed_at: undefined });
  }
  async close(incident: Incident, body: string): Promise<Incident> {
    return this.change(incident, 'close', body, { state: 'closed', closed_at: this.stamp() });
  }
}

export class FakeNotifier implements Notifier {
  sent: Notification[] = [];
  constructor(public fail = false) {}
  async notify(message: Notification): Promise<{ delivered: boolean; error?: string }> {
    if (this.fail) return { delivered: false, error: 'receiver down' };
    this.sent.push(message);
    return { delivered: true };
  }
}

/** Stand-in queue rules: PENDING rows are eligible; IN_PROGRESS rows past lease_until are recovered. */
export const stubQueueRules = {
  eligibleCount: (rows: readonly QueueRow[]) => rows.filter((r) => r.status === 'PENDING').length,
  recoverExpiredLeases: (rows: readonly QueueRow[], now: Date, runId: string): QueueRow[] =>
    rows
      .filter((r) => r.status === 'IN_PROGRESS' && r.lease_until && Date.parse(r.lease_until) < now.getTime())
      .map((r) => ({
        ...r,
        status: 'PENDING',
        lease_owner: '',
        lease_until: '',
        run_id: runId,
        updated_at: now.toISOString(),
      })),
};

/**
 * A supervisor's dependencies, all fakes: an empty queue, no runs, the
 * switches on, no heartbeat, no incidents. Override what a test is about;
 * the concrete fakes stay typed, so `deps.incidents.posted` reads directly.
 */
export function fakeSupervisorDeps<O extends object = object>(now: Date, overrides?: O) {
  return {
    queue: new FakeQueue(),
    runs: new FakeRuns([]),
    dispatcher: new FakeDispatcher(),
    vars: new FakeVars({ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' }),
    decisions: new FakeDecisionLog(),
    heartbeat: FakeHeartbeat.missing(),
    incidents: new FakeIncidents(() => now),
    notifier: new FakeNotifier(),
    log: createMemoryLogger(),
    state: inMemoryMemory(),
    ...(overrides as O),
  };
}

// One trace id per run finds everything about it (issue 5): the supervisor's
// incidents and the reconcile cost-budget incident carry it in their body,
// and the incident notification carries it as trace_id.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../packages/core/src/config';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { RunRecord } from '../../../packages/core/src/model';
import { runReconcileWithAlerts } from '../../../packages/core/src/services/reconcile-alerts';
import { runSupervisor } from '../../../packages/core/src/services/supervisor';
import { reconcileOptionsFrom } from '../../../packages/core/src/wiring/options';
import {
  FakeDecisionLog,
  FakeIncidents,
  FakeNotifier,
  FakeQueue,
  FakeRunLog,
  FakeRuns,
  fakeSupervisorDeps,
  runLogRow,
  runRecord,
  stubQueueRules,
} from './fakes';

const NOW = new Date('2026-03-01T12:00:00Z');
const TRACE = '987654-2';
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();
const failed = (id: string, hours: number): RunRecord =>
  runRecord({
    run_id: id,
    mode: 'publish',
    conclusion: 'failure',
    started_at: ago(hours + 0.1),
    finished_at: ago(hours),
  });

describe('supervisor incidents', () => {
  it('carry the run trace id in the incident body and the notification', async () => {
    const deps = fakeSupervisorDeps(NOW, { runs: new FakeRuns([failed('a', 1), failed('b', 2)]) });
    const result = await runSupervisor(deps, {
      dryRun: false,
      now: NOW,
      runId: '987654',
      traceId: TRACE,
      queueRules: stubQueueRules,
    });
    expect(result.decision.code).toBe('disable_unstable');
    const opened = deps.incidents.posted.filter((p) => p.kind === 'open');
    expect(opened.length).toBeGreaterThan(0);
    for (const post of opened) expect(post.body).toContain(`Trace: \`${TRACE}\``);
    expect(deps.notifier.sent.map((n) => n.trace_id)).toEqual([TRACE]);
  });
});

describe('the reconcile cost-budget incident', () => {
  it('carries the trace id from the config wiring into the body and the notification', async () => {
    const incidents = new FakeIncidents(() => NOW);
    const notifier = new FakeNotifier();
    const deps = {
      runLog: new FakeRunLog([runLogRow({ at: ago(2), run_id: 'r1', item_id: 'a', cost_usd: 9 })]),
      queue: new FakeQueue(),
      decisions: new FakeDecisionLog(),
      incidents,
      notifier,
      log: createMemoryLogger(),
      redact: (t: string) => t,
    };
    const config = loadConfig({ inputs: { 'daily-cost-budget': '5' }, env: {} });
    const options = reconcileOptionsFrom(config, { now: NOW, runId: '987654', traceId: TRACE });
    expect(options.traceId).toBe(TRACE);
    const result = await runReconcileWithAlerts(deps, options);
    expect(result.costIncident).toBe('create');
    expect(incidents.posted[0]?.body).toContain(`Trace: \`${TRACE}\``);
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]).toMatchObject({ task: 'incident', trace_id: TRACE, run_id: '987654' });
  });
});

import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../packages/core/src/model';
import { runSupervisor, type SupervisorOptions } from '../../../packages/core/src/services/supervisor';
import { createRedactor } from '../../../packages/core/src/util/redact';
import {
  FakeDispatcher,
  FakeHeartbeat,
  FakeQueue,
  FakeRuns,
  FakeVars,
  fakeSupervisorDeps,
  queueRow,
  runRecord,
  stubQueueRules,
} from '../../unit/control/fakes';

const NOW = new Date('2025-03-01T12:00:00Z');
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();
const done = (id: string, hours: number, mode: RunRecord['mode'], conclusion: RunRecord['conclusion']) =>
  runRecord({ run_id: id, mode, conclusion, started_at: ago(hours + 0.1), finished_at: ago(hours) });

function world(fields: { runs?: RunRecord[]; vars?: Record<string, string>; active?: RunRecord[] } = {}) {
  const deps = fakeSupervisorDeps(NOW, {
    queue: new FakeQueue([
      queueRow({ row: 1, status: 'PENDING' }),
      queueRow({ row: 2, status: 'IN_PROGRESS', lease_owner: 'dead-box', lease_until: ago(1) }),
    ]),
    runs: new FakeRuns(fields.runs ?? [done('r1', 1, 'review', 'success')]),
    dispatcher: new FakeDispatcher(fields.active ?? []),
    vars: new FakeVars(fields.vars ?? { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' }),
  });
  const options: SupervisorOptions = { dryRun: false, now: NOW, runId: 'sup-1', queueRules: stubQueueRules };
  return { deps, options };
}

describe('runSupervisor', () => {
  it('publishes when all is clear: recovers leases, dispatches, notifies and remembers it', async () => {
    const { deps, options } = world();
    const r = await runSupervisor(deps, options);
    expect(r.decision.code).toBe('publish');
    expect(deps.dispatcher.dispatched).toEqual(['publish']);
    expect(r.dispatched).toEqual({ run_id: 'run-1', url: 'https://example.test/runs/1' });
    expect(deps.queue.rows[1]).toMatchObject({ status: 'PENDING', lease_owner: '', run_id: 'sup-1' });
    expect(r.applied.map((e) => e.type)).toEqual(['recover_leases', 'dispatch', 'notify']);
    expect(deps.notifier.sent).toHaveLength(1);
    expect(deps.notifier.sent[0]).toMatchObject({ task: 'supervisor', status: 'publish' });
    expect(deps.state.state).toEqual({ code: 'publish', incidents: [], at: NOW.toISOString() });
    expect(r.errors).toEqual([]);

    // The next tick with the same state does not notify again.
    const again = await runSupervisor(deps, { ...options, now: new Date(NOW.getTime() + 60_000) });
    expect(again.planned.some((e) => e.type === 'notify')).toBe(false);
    expect(deps.notifier.sent).toHaveLength(1);
  });

  it('dry run reports the plan and changes nothing', async () => {
    const { deps, options } = world({ runs: [done('a', 1, 'publish', 'failure'), done('b', 2, 'publish', 'failure')] });
    const before = JSON.stringify(deps.queue.rows);
    const r = await runSupervisor(deps, { ...options, dryRun: true });
    expect(r.decision.code).toBe('disable_unstable');
    expect(r.planned).toEqual(r.decision.effects);
    expect(r.planned.map((e) => e.type)).toEqual([
      'set_variable',
      'set_variable',
      'recover_leases',
      'open_incident',
      'notify',
    ]);
    expect(r.applied).toEqual([]);
    expect(deps.vars.writes).toEqual([]);
    expect(deps.dispatcher.dispatched).toEqual([]);
    expect(deps.incidents.posted).toEqual([]);
    expect(deps.notifier.sent).toEqual([]);
    expect(deps.state.state).toBeUndefined();
    expect(JSON.stringify(deps.queue.rows)).toBe(before);
  });

  it('disables publishing on instability, opens the incident, later resolves it once runs are clean', async () => {
    const { deps, options } = world({
      runs: [done('a', 1, 'publish', 'failure'), done('b', 2, 'publish', 'timed_out')],
    });
    const r = await runSupervisor(deps, options);
    expect(r.decision.code).toBe('disable_unstable');
    expect(deps.vars.writes).toEqual([
      ['WF_ENABLED', 'false'],
      ['ALLOW_PUBLISH', 'human_disabled'],
    ]);
    expect(deps.dispatcher.dispatched).toEqual([]);
    expect(deps.incidents.incidents).toMatchObject([{ key: 'pipeline-unstable', state: 'open', severity: 'high' }]);

    // Scheduled review runs succeed (the executor downgrades to review); the window is clean again.
    deps.runs.runs = [0.2, 0.3, 0.4, 0.5, 0.6].map((h, i) => done(`ok${i}`, h, 'review', 'success'));
    const later = await runSupervisor(deps, { ...options, now: NOW });
    expect(later.decision.code).toBe('review_locked');
    expect(deps.incidents.incidents[0]?.state).toBe('closed');
    expect(deps.dispatcher.dispatched).toEqual(['review']);
    // The supervisor never re-enables: the switches stay as it left them.
    expect(deps.vars.values).toEqual({ WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_disabled' });
  });

  it('never dispatches onto a run that became active after the snapshot', async () => {
    const { deps, options } = world();
    deps.dispatcher.activeOnSecondCall = [runRecord({ run_id: 'late', status: 'queued' })];
    const r = await runSupervisor(deps, options);
    expect(r.decision.code).toBe('publish');
    expect(deps.dispatcher.dispatched).toEqual([]);
    expect(r.skipped.map((s) => s.why)).toContainEqual(expect.stringContaining('late'));
  });

  it('waits while a run is active: no dispatch, no lease recovery', async () => {
    const { deps, options } = world({ active: [runRecord({ run_id: 'x', status: 'in_progress' })] });
    const r = await runSupervisor(deps, options);
    expect(r.decision.code).toBe('wait_run_active');
    expect(deps.dispatcher.dispatched).toEqual([]);
    expect(deps.queue.rows[1]?.status).toBe('IN_PROGRESS');
  });

  it('collects a failing effect as an error and applies the rest', async () => {
    const { deps, options } = world({ runs: [done('a', 1, 'publish', 'failure'), done('b', 2, 'publish', 'failure')] });
    const secret = 'canary-pat-123456';
    deps.vars.set = async () => {
      throw new Error(`403 Resource not accessible by integration (token ${secret})`);
    };
    const r = await runSupervisor({ ...deps, redact: createRedactor({ secrets: [secret] }) }, options);
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]).toMatch(/set WF_ENABLED=false failed: 403/);
    expect(JSON.stringify(r.errors) + JSON.stringify(deps.log.events)).not.toContain(secret);
    expect(deps.incidents.incidents).toHaveLength(1);
    expect(deps.notifier.sent).toHaveLength(1);
  });

  it('does not remember a notification that was not delivered', async () => {
    const { deps, options } = world();
    deps.notifier.fail = true;
    const r = await runSupervisor(deps, options);
    expect(r.skipped.map((s) => s.effect.type)).toEqual(['notify']);
    expect(deps.state.state).toBeUndefined();
  });

  it('skips dispatch while the local runner is active', async () => {
    const { deps, options } = world();
    deps.heartbeat = FakeHeartbeat.beat({ timestamp: NOW.getTime() / 1000 - 30 });
    const r = await runSupervisor(deps, options);
    expect(r.decision.code).toBe('skip_local_active');
    expect(deps.dispatcher.dispatched).toEqual([]);
  });

  it('opens schedule-stalled when nothing completed for hours while work waits', async () => {
    const { deps, options } = world({ runs: [done('old', 5, 'review', 'success')] });
    const r = await runSupervisor(deps, options);
    expect(r.decision.code).toBe('publish');
    expect(deps.incidents.incidents.map((i) => i.key)).toEqual(['schedule-stalled']);
    expect(deps.notifier.sent[0]?.log_excerpt).toMatch(/Open incidents: schedule-stalled/);
  });
});

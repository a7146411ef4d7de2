import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { runReconcile } from '../../../packages/core/src/services/reconcile';
import { FakeDecisionLog, FakeQueue, FakeRunLog, queueRow, runLogRow } from '../../unit/control/fakes';

const NOW = new Date('2025-03-02T12:00:00Z');
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

function setup() {
  const deps = {
    runLog: new FakeRunLog([
      runLogRow({ at: ago(30), item_id: 'old', outcome: 'failed' }),
      ...['a', 'b', 'c', 'd'].map((id) => runLogRow({ at: ago(2), item_id: id, outcome: 'drafted', cost_usd: 0.1 })),
    ]),
    queue: new FakeQueue([queueRow({ row: 1, status: 'BLOCKED', last_error: 'BODY_TOO_SHORT' })]),
    decisions: new FakeDecisionLog(),
    log: createMemoryLogger(),
  };
  return deps;
}

describe('runReconcile', () => {
  it('summarizes the window, recommends, lists items for a human, and writes the first decision', async () => {
    const deps = setup();
    const r = await runReconcile(deps, { now: NOW });
    expect(r.metrics.processed).toBe(4);
    expect(r.metrics.costUsd).toBe(0.4);
    expect(r.recommendation.decision).toBe('continue_publish');
    expect(r.needHuman.map((i) => i.id)).toEqual(['item-1']);
    expect(r.decisionChanged).toBe(true);
    expect(r.fileChanged).toBe(true);
    expect(deps.decisions.doc.last_decision).toMatchObject({
      decision: 'continue_publish',
      by: 'reconcile',
      at: NOW.toISOString(),
    });
    expect(deps.decisions.doc.last_decision?.metrics).toMatchObject({ processed: 4, drafted: 4, cost_usd: 0.4 });
  });

  it('records every evaluation, and appends history only when the decision changes', async () => {
    const deps = setup();
    const first = await runReconcile(deps, { now: NOW });
    const later = new Date(NOW.getTime() + 1_800_000);
    const again = await runReconcile(deps, { now: later });
    expect(again.decisionChanged).toBe(false);
    expect(again.fileChanged).toBe(true);
    expect(deps.decisions.writes).toBe(2);
    // The latest evaluation is current (time, window, metrics); the last change and history stay.
    expect(deps.decisions.doc.last_evaluation).toMatchObject({
      at: later.toISOString(),
      code: again.recommendation.code,
      metrics: { window_to: later.toISOString() },
    });
    expect(deps.decisions.doc.last_decision?.at).toBe(first.entry.at);
    expect(deps.decisions.doc.history).toHaveLength(1);

    deps.runLog.rows.push(
      ...['e', 'f', 'g', 'h', 'i'].map((id) => runLogRow({ at: ago(1), item_id: id, outcome: 'failed' })),
    );
    const changed = await runReconcile(deps, { now: NOW });
    expect(changed.recommendation.decision).toBe('pause_and_review');
    expect(changed.fileChanged).toBe(true);
    expect(deps.decisions.doc.history.map((e) => e.decision)).toEqual(['continue_publish', 'pause_and_review']);
  });

  it('applies the window and thresholds it is given', async () => {
    const deps = setup();
    const r = await runReconcile(deps, { now: NOW, windowHours: 48, policy: { reviewFailureRate: 0.2 } });
    expect(r.metrics.processed).toBe(5);
    expect(r.recommendation.decision).toBe('review_only');
  });

  it('checks the cost budget', async () => {
    const deps = setup();
    const r = await runReconcile(deps, { now: NOW, policy: { dailyCostBudgetUsd: 0.3 } });
    expect(r.recommendation.decision).toBe('pause_and_review');
    expect(r.recommendation.reason).toMatch(/budget/);
  });

  it('writes nothing on a dry run', async () => {
    const deps = setup();
    const r = await runReconcile(deps, { now: NOW, dryRun: true });
    expect(r.decisionChanged).toBe(true);
    expect(r.fileChanged).toBe(false);
    expect(deps.decisions.writes).toBe(0);
  });

  it('reports no_data for an empty window', async () => {
    const deps = setup();
    deps.runLog.rows = [];
    const r = await runReconcile(deps, { now: NOW });
    expect(r.recommendation.decision).toBe('no_data');
  });
});

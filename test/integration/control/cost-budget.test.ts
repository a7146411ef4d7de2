// The cost-budget incident (issue 5): a day over the daily budget makes
// reconcile recommend pause_and_review and opens the incident; the next day
// under budget resolves it; without a budget nothing is filed.
import { describe, expect, it } from 'vitest';
import { costBudgetAlert } from '../../../packages/core/src/domain/cost-budget';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { runReconcileWithAlerts } from '../../../packages/core/src/services/reconcile-alerts';
import {
  FakeDecisionLog,
  FakeIncidents,
  FakeNotifier,
  FakeQueue,
  FakeRunLog,
  runLogRow,
} from '../../unit/control/fakes';

describe('costBudgetAlert', () => {
  it.each([
    [5.01, 5, 'open'],
    [5, 5, 'resolve'],
    [0, 5, 'resolve'],
    [100, undefined, 'none'],
  ] as const)('cost %s against budget %s → %s', (cost, budget, expected) => {
    expect(costBudgetAlert(cost, budget)).toBe(expected);
  });
});

describe('reconcile with the cost budget', () => {
  const day1 = new Date('2026-11-20T23:00:00Z');
  const day2 = new Date('2026-11-22T12:00:00Z');

  function world() {
    let now = day1;
    const incidents = new FakeIncidents(() => now);
    const runLog = new FakeRunLog([
      runLogRow({ at: '2026-11-20T10:00:00Z', run_id: 'r1', item_id: 'a', cost_usd: 3.5, tokens_in: 9000 }),
      runLogRow({ at: '2026-11-20T11:00:00Z', run_id: 'r1', item_id: 'b', cost_usd: 2.75, tokens_in: 8000 }),
    ]);
    const deps = {
      runLog,
      queue: new FakeQueue(),
      decisions: new FakeDecisionLog(),
      incidents,
      notifier: new FakeNotifier(),
      log: createMemoryLogger(),
      redact: (t: string) => t,
    };
    return { deps, incidents, setNow: (d: Date) => (now = d) };
  }

  it('opens the incident over budget and resolves it the next day under budget', async () => {
    const { deps, incidents, setNow } = world();
    const over = await runReconcileWithAlerts(deps, { now: day1, policy: { dailyCostBudgetUsd: 5 } });
    expect(over.recommendation.decision).toBe('pause_and_review');
    expect(over.recommendation.reason).toContain('exceeds the budget of $5.00');
    expect(over.costIncident).toBe('create');
    expect(incidents.incidents).toMatchObject([{ key: 'cost-budget', state: 'open', severity: 'high' }]);
    expect(incidents.posted[0]?.body).toContain('$6.25');

    setNow(day2);
    const under = await runReconcileWithAlerts(deps, { now: day2, policy: { dailyCostBudgetUsd: 5 } });
    expect(under.costIncident).toBe('close');
    expect(incidents.incidents[0]?.state).toBe('closed');
  });

  it('files nothing without a budget, and nothing on a dry run', async () => {
    const { deps, incidents } = world();
    expect((await runReconcileWithAlerts(deps, { now: day1 })).costIncident).toBe('none');
    const dry = await runReconcileWithAlerts(deps, { now: day1, dryRun: true, policy: { dailyCostBudgetUsd: 1 } });
    expect(dry.costIncident).toBe('none');
    expect(incidents.incidents).toEqual([]);
  });
});

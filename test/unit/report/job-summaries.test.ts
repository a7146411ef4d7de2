// The job summaries people read on the run page: the executor's items table,
// the supervisor's decision with the health table it decided from, and
// reconcile's metrics table with mermaid charts.
import { describe, expect, it } from 'vitest';
import { executorSummary, reconcileSummary, supervisorSummary } from '../../../packages/core/src/host/summaries';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { ExecutorResult } from '../../../packages/core/src/services/executor';
import { runReconcileWithAlerts } from '../../../packages/core/src/services/reconcile-alerts';
import { runSupervisor } from '../../../packages/core/src/services/supervisor';
import {
  FakeDecisionLog,
  FakeIncidents,
  FakeQueue,
  FakeRunLog,
  FakeRuns,
  fakeSupervisorDeps,
  queueRow,
  runLogRow,
  runRecord,
  stubQueueRules,
} from '../control/fakes';

const NOW = new Date('2026-11-22T12:00:00Z');
const zero = { tokens_in: 0, tokens_out: 0, cost_usd: 0 };

describe('executorSummary', () => {
  const result: ExecutorResult = {
    run_id: '42',
    requested_mode: 'publish',
    mode: 'review',
    downgraded: 'publish refused, running as review: ALLOW_PUBLISH is "human_disabled"',
    items: [
      {
        item_id: 'a',
        row: 1,
        title: 'Tea | guide',
        outcome: 'drafted',
        gate: 'PASS',
        codes: [],
        message: 'created draft a',
        attempts: 1,
        duration_ms: 5,
        usage: zero,
        article_id: 'local-1',
        article_url: 'site/articles/a.html',
      },
      {
        item_id: 'b',
        row: 2,
        title: 'B',
        outcome: 'blocked',
        gate: 'RETRY',
        codes: ['BODY_TOO_SHORT'],
        message: 'body has 12 words',
        attempts: 1,
        duration_ms: 5,
        usage: zero,
        article_id: '',
        article_url: '',
      },
    ],
    problems: [
      {
        row: 3,
        id: 'c',
        field: 'priority',
        value: 'P9',
        expected: 'P0, P1 or P2',
        message: 'row 3 (id "c"): priority "P9" is not valid',
      },
    ],
    recovered: 0,
    rejected: 0,
    counts: { processed: 2, published: 0, scheduled: 0, drafted: 1, blocked: 1, failed: 0, retry: 0, skipped: 0 },
    conclusion: 'success',
    started_at: NOW.toISOString(),
    finished_at: NOW.toISOString(),
    budget_spent: false,
  };

  it('shows the downgrade, the counts, one table row per item and the rows to fix', () => {
    const md = executorSummary(result, { queue: 'queue.csv', publisher: 'site', generator: 'none' });
    expect(md).toContain('> [!WARNING]');
    expect(md).toContain('ALLOW_PUBLISH is "human_disabled"');
    expect(md).toContain('| row | item | title | outcome | gate | codes | article | details |');
    expect(md).toContain('| 1 | a | Tea \\| guide | drafted | PASS |');
    expect(md).toContain('| 2 | b | B | blocked | RETRY | BODY_TOO_SHORT |');
    expect(md).toContain('priority "P9" is not valid');
    expect(md).not.toContain('[!CAUTION]');
  });

  it('shows the run-level errors that stopped it', () => {
    const stopped = {
      ...result,
      conclusion: 'failure' as const,
      errors: ['claim refused: Google Sheets tab changed while writing'],
    };
    const md = executorSummary(stopped, { queue: 'Sheets', publisher: 'site', generator: 'none' });
    expect(md).toContain('> [!CAUTION]');
    expect(md).toContain('- claim refused: Google Sheets tab changed while writing');
  });
});

describe('supervisorSummary', () => {
  it('gives the decision, why, the health table and the effects', async () => {
    const deps = fakeSupervisorDeps(NOW, {
      queue: new FakeQueue([queueRow({ row: 1, status: 'PENDING' })]),
      runs: new FakeRuns([
        runRecord({
          run_id: 'r2',
          conclusion: 'failure',
          started_at: '2026-11-22T11:00:00Z',
          finished_at: '2026-11-22T11:05:00Z',
          url: 'https://gh/r2',
        }),
        runRecord({
          run_id: 'r1',
          conclusion: 'failure',
          started_at: '2026-11-22T10:00:00Z',
          finished_at: '2026-11-22T10:05:00Z',
        }),
      ]),
    });
    const result = await runSupervisor(deps, { dryRun: true, now: NOW, runId: 's1', queueRules: stubQueueRules });
    const md = supervisorSummary(result);
    expect(md).toContain('## Supervisor — `disable_unstable` (dry run: nothing changed)');
    expect(md).toContain('| pending items | WF_ENABLED | ALLOW_PUBLISH |');
    expect(md).toContain('| 1 | true | human_enabled |');
    expect(md).toContain('[r2](https://gh/r2)');
    expect(md).toContain('### Effects (planned)');
    expect(md).toMatch(/WF_ENABLED.*false/);
  });
});

describe('reconcileSummary', () => {
  it('has the metrics table and mermaid charts of pass rate, throughput and cost by day', async () => {
    const result = await runReconcileWithAlerts(
      {
        runLog: new FakeRunLog([
          runLogRow({ at: '2026-11-21T13:00:00Z', item_id: 'a', outcome: 'drafted', cost_usd: 0.5 }),
          runLogRow({ at: '2026-11-22T09:00:00Z', item_id: 'b', outcome: 'blocked', error_codes: ['PLACEHOLDER'] }),
        ]),
        queue: new FakeQueue(),
        decisions: new FakeDecisionLog(),
        incidents: new FakeIncidents(() => NOW),
        log: createMemoryLogger(),
        redact: (t) => t,
      },
      { now: NOW },
    );
    const md = reconcileSummary(result);
    expect(md).toContain('| processed | pass rate | system failure rate | block rate |');
    expect(md).toContain('| 2 | 50.0% | 0.0% | 50.0% | 1 | 0 |');
    expect(md).toContain('xychart-beta');
    expect(md).toContain('Pass rate by day (%)');
    expect(md).toContain('Cost by day (USD)');
    expect(md).toContain('"2026-11-21", "2026-11-22"');
    expect(md).toContain('| PLACEHOLDER | 1 |');
  });
});

// Report fixture shared by the unit and browser tests: a small tea shop's
// pipeline on three days, with every section populated (and a hostile title
// to prove escaping).
import type { DecisionLogDoc, Incident, QueueRow, RunLogRow, RunRecord } from '../../../packages/core/src/model';
import { QUEUE_COLUMNS } from '../../../packages/core/src/model';
import type { ReportInput } from '../../../packages/core/src/report';

export function queueRow(row: number, over: Partial<QueueRow>): QueueRow {
  const base = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, ''])) as {
    [K in (typeof QUEUE_COLUMNS)[number]]: string;
  };
  return { ...base, row, extra: {}, ...over };
}

export function logRow(over: Partial<RunLogRow>): RunLogRow {
  return {
    at: '2025-05-01T10:00:00.000Z',
    run_id: 'run-1',
    trace_id: 'trace-1',
    mode: 'review',
    item_id: 'x',
    outcome: 'drafted',
    gate: 'PASS',
    error_codes: [],
    attempts: 1,
    duration_ms: 1200,
    tokens_in: 1000,
    tokens_out: 500,
    cost_usd: 0.01,
    article_id: '',
    ...over,
  };
}

export const queueRows: QueueRow[] = [
  queueRow(1, {
    id: 'green-tea',
    title: 'Green tea brewing guide',
    status: 'PUBLISHED',
    article_url: 'https://shop.example/blogs/news/green-tea',
  }),
  queueRow(2, { id: 'oolong', title: 'Oolong for beginners', status: 'PUBLISHED' }),
  queueRow(3, {
    id: 'gaiwan',
    title: 'Gaiwan <script>alert(1)</script> vs teapot',
    status: 'AWAITING_APPROVAL',
    approval: 'pending',
    article_url: 'https://shop.example/admin/articles/42',
    updated_at: '2025-05-03T09:00:00Z',
  }),
  queueRow(4, {
    id: 'storing',
    title: 'Storing loose leaf tea',
    status: 'AWAITING_APPROVAL',
    article_url: 'javascript:alert(1)',
  }),
  queueRow(5, { id: 'winter', title: 'Warming winter teas', status: 'PENDING' }),
  queueRow(6, { id: 'black', title: 'Black tea with milk', status: 'FAILED', last_error: 'LLM_TIMEOUT' }),
  queueRow(7, { id: 'matcha', title: 'Matcha myths', status: 'BLOCKED' }),
];

export const runLogRows: RunLogRow[] = [
  logRow({ at: '2025-05-01T10:00:00Z', item_id: 'green-tea', outcome: 'drafted', cost_usd: 0.02 }),
  logRow({
    at: '2025-05-01T10:05:00Z',
    item_id: 'black',
    outcome: 'retry',
    gate: '',
    error_codes: ['LLM_TIMEOUT'],
    cost_usd: 0,
  }),
  logRow({
    at: '2025-05-02T10:00:00Z',
    run_id: 'run-2',
    mode: 'publish',
    item_id: 'green-tea',
    outcome: 'published',
    cost_usd: 0,
  }),
  logRow({ at: '2025-05-02T10:01:00Z', run_id: 'run-2', item_id: 'oolong', outcome: 'published', cost_usd: 0.03 }),
  logRow({
    at: '2025-05-02T10:02:00Z',
    run_id: 'run-2',
    item_id: 'black',
    outcome: 'failed',
    gate: '',
    error_codes: ['LLM_TIMEOUT'],
  }),
  logRow({ at: '2025-05-03T09:00:00Z', run_id: 'run-3', item_id: 'gaiwan', outcome: 'drafted', cost_usd: 0.04 }),
  logRow({ at: '2025-05-03T09:01:00Z', run_id: 'run-3', item_id: 'storing', outcome: 'drafted', cost_usd: 0.04 }),
  logRow({
    at: '2025-05-03T09:02:00Z',
    run_id: 'run-3',
    item_id: 'matcha',
    outcome: 'blocked',
    gate: 'BLOCK',
    error_codes: ['BODY_TOO_SHORT', 'MISSING_H2'],
  }),
  logRow({ at: '2025-05-03T09:03:00Z', run_id: 'run-3', item_id: 'winter', outcome: 'skipped', gate: '', cost_usd: 0 }),
];

export const runs: RunRecord[] = [
  {
    run_id: 'run-1',
    mode: 'review',
    status: 'completed',
    conclusion: 'success',
    started_at: '2025-05-01T09:59:00Z',
    counts: { processed: 2 },
  },
  {
    run_id: 'run-2',
    mode: 'publish',
    status: 'completed',
    conclusion: 'failure',
    started_at: '2025-05-02T09:59:00Z',
    url: 'https://github.com/acme/blog/actions/runs/2',
    counts: { processed: 3 },
  },
  {
    run_id: 'run-3',
    mode: 'review',
    status: 'completed',
    conclusion: 'success',
    started_at: '2025-05-03T08:59:00Z',
    counts: { processed: 4 },
  },
];

export const decisionLog: DecisionLogDoc = {
  last_decision: {
    decision: 'review_only',
    reason: 'Pass rate 71% is under the 80% publish threshold over the last 3 days.',
    at: '2025-05-03T10:00:00Z',
    metrics: { pass_rate: 0.71, failed: 1 },
    by: 'reconcile',
  },
  history: [],
};

export const incidents: Incident[] = [
  {
    key: 'executor-unstable',
    id: '17',
    state: 'open',
    title: 'Publish workflow unstable: 2 failed runs',
    severity: 'high',
    labels: ['autopilot'],
    created_at: '2025-05-02T11:00:00Z',
    updated_at: '2025-05-02T11:00:00Z',
    url: 'https://github.com/acme/blog/issues/17',
  },
  {
    key: 'cost-budget',
    id: '12',
    state: 'closed',
    title: 'Over budget',
    severity: 'medium',
    labels: [],
    created_at: '2025-04-20T11:00:00Z',
    updated_at: '2025-04-21T11:00:00Z',
  },
];

export async function* iterate<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

export function fixtureInput(over: Partial<ReportInput> = {}): ReportInput {
  return {
    queueRows,
    runLog: iterate(runLogRows),
    runs,
    decisionLog,
    incidents,
    now: new Date('2025-05-03T12:00:00Z'),
    ...over,
  };
}

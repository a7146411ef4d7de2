import { describe, expect, it } from 'vitest';
import {
  applyDecision,
  currentDecision,
  itemsNeedingHuman,
  type Metrics,
  nearestRank,
  recommend,
  summarizeRunLog,
} from '../../../packages/core/src/domain/reconcile';
import type { DecisionEntry, DecisionLogDoc, Outcome } from '../../../packages/core/src/model';
import { queueRow, runLogRow } from './fakes';

const FROM = new Date('2025-03-01T00:00:00Z');
const TO = new Date('2025-03-02T12:00:00Z');

describe('summarizeRunLog', () => {
  it('judges pass and failure rates over attempted items: skipped ones count in neither (as the report does)', () => {
    const m = summarizeRunLog(
      [
        runLogRow({ at: '2025-03-01T10:00:00Z', run_id: 'r', item_id: 'a', outcome: 'published' }),
        runLogRow({ at: '2025-03-01T10:00:00Z', run_id: 'r', item_id: 'b', outcome: 'failed' }),
        runLogRow({ at: '2025-03-01T10:00:00Z', run_id: 'r', item_id: 'c', outcome: 'skipped' }),
        runLogRow({ at: '2025-03-01T10:00:00Z', run_id: 'r', item_id: 'd', outcome: 'skipped' }),
      ],
      { from: FROM, to: TO },
    );
    expect(m.processed).toBe(4);
    expect(m.passRate).toBe(0.5);
    expect(m.failureRate).toBe(0.5);
  });

  const rows = [
    runLogRow({ at: '2025-02-28T23:59:59Z', run_id: 'old', item_id: 'x', outcome: 'failed' }), // before the window
    runLogRow({
      at: '2025-03-01T10:00:00Z',
      run_id: 'r1',
      item_id: 'a',
      outcome: 'published',
      duration_ms: 100,
      cost_usd: 0.5,
      tokens_in: 10,
      tokens_out: 20,
    }),
    runLogRow({
      at: '2025-03-01T10:01:00Z',
      run_id: 'r1',
      item_id: 'b',
      outcome: 'drafted',
      duration_ms: 200,
      cost_usd: 0.25,
    }),
    runLogRow({ at: '2025-03-01T10:01:30Z', run_id: 'r1', item_id: 'b', outcome: 'failed', duration_ms: 999 }), // duplicate
    runLogRow({
      at: '2025-03-02T09:00:00Z',
      run_id: 'r2',
      item_id: 'c',
      outcome: 'failed',
      error_codes: ['LLM_TIMEOUT'],
      attempts: 3,
      duration_ms: 300,
      cost_usd: 1,
    }),
    runLogRow({
      at: '2025-03-02T09:10:00Z',
      run_id: 'r2',
      item_id: 'd',
      outcome: 'blocked',
      gate: 'RETRY',
      error_codes: ['BODY_TOO_SHORT'],
      duration_ms: 400,
    }),
    runLogRow({
      at: '2025-03-02T09:20:00Z',
      run_id: 'r2',
      item_id: 'e',
      outcome: 'retry',
      error_codes: ['LLM_TIMEOUT'],
      attempts: 2,
      duration_ms: 500,
      tokens_in: 5,
      tokens_out: 1,
    }),
    runLogRow({ at: 'not a time', run_id: 'r2', item_id: 'f' }),
    runLogRow({ at: '2025-03-02T12:00:01Z', run_id: 'r3', item_id: 'g' }), // after the window
  ];
  const m = summarizeRunLog(rows, { from: FROM, to: TO });

  it('counts rows in the window by outcome, ignoring and counting duplicates and bad times', () => {
    expect(m.processed).toBe(5);
    expect(m.counts).toEqual({ published: 1, scheduled: 0, drafted: 1, failed: 1, blocked: 1, retry: 1, skipped: 0 });
    expect(m.duplicates).toBe(1);
    expect(m.invalidRows).toBe(1);
  });

  it('computes pass, system failure and block rates over processed rows: a block is not a system failure', () => {
    expect(m.passRate).toBe(0.4);
    expect(m.failureRate).toBe(0.4);
    expect(m.blockRate).toBe(0.2);
    expect(m.openBlocks).toBe(1);
    expect(m.recovered).toBe(0);
  });

  it('ranks error codes, sums retries, tokens and cost', () => {
    expect(m.topErrorCodes).toEqual([
      { code: 'LLM_TIMEOUT', count: 2 },
      { code: 'BODY_TOO_SHORT', count: 1 },
    ]);
    expect(m.retries).toBe(3);
    expect(m.tokensIn).toBe(15);
    expect(m.tokensOut).toBe(21);
    expect(m.costUsd).toBe(1.75);
    expect(m.costLast24hUsd).toBe(1);
  });

  it('takes nearest-rank percentiles of the durations', () => {
    expect(m.p50DurationMs).toBe(300);
    expect(m.p95DurationMs).toBe(500);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(nearestRank([7], 95)).toBe(7);
    expect(nearestRank([], 50)).toBeNull();
  });

  it('builds a per-day trend', () => {
    expect(m.trend).toEqual([
      { day: '2025-03-01', processed: 2, passed: 2, failed: 0, blocked: 0, cost_usd: 0.75 },
      { day: '2025-03-02', processed: 3, passed: 0, failed: 2, blocked: 1, cost_usd: 1 },
    ]);
  });

  it('reports nulls when there are no rows', () => {
    const empty = summarizeRunLog([], { from: FROM, to: TO });
    expect(empty.processed).toBe(0);
    expect(empty.passRate).toBeNull();
    expect(empty.failureRate).toBeNull();
    expect(empty.p50DurationMs).toBeNull();
    expect(empty.trend).toEqual([]);
  });
});

/** Metrics with `n` rows of which `failed` failed, and optional cost. */
function metricsOf(n: number, failed: number, costLast24h = 0, dayCosts: number[] = []): Metrics {
  const outcomes: Outcome[] = [...Array(failed).fill('failed'), ...Array(n - failed).fill('published')];
  const rows = outcomes.map((outcome, i) =>
    runLogRow({ at: `2025-03-02T0${i % 10}:00:00Z`, run_id: 'r', item_id: String(i), outcome }),
  );
  const m = summarizeRunLog(rows, { from: FROM, to: TO });
  return {
    ...m,
    costLast24hUsd: costLast24h,
    trend: dayCosts.map((c, i) => ({
      day: `2025-03-0${i + 1}`,
      processed: 1,
      passed: 1,
      failed: 0,
      blocked: 0,
      cost_usd: c,
    })),
  };
}

describe('recommend (min samples 4, pause ≥ 0.5, review ≥ 0.2)', () => {
  const rows: [string, Metrics, number | undefined, string, RegExp][] = [
    ['no rows', metricsOf(0, 0), undefined, 'no_data', /no run-log rows/],
    ['failure rate 0.5 with 4 samples', metricsOf(4, 2), undefined, 'pause_and_review', /50% ≥ 50% over 4 processed/],
    [
      'failure rate 1.0 with 3 samples: too few to pause, enough to review',
      metricsOf(3, 3),
      undefined,
      'review_only',
      /100% ≥ 20% over 3 processed \(too few to pause: < 4 samples\)/,
    ],
    ['failure rate 0.5 with 2 samples', metricsOf(2, 1), undefined, 'review_only', /too few to pause/],
    ['one passing sample', metricsOf(1, 0), undefined, 'continue_publish', /0% < 20% over 1 processed/],
    ['failure rate 0.25', metricsOf(4, 1), undefined, 'review_only', /25% ≥ 20%/],
    ['failure rate 0.2 exactly', metricsOf(5, 1), undefined, 'review_only', /20% ≥ 20%/],
    ['failure rate 0.1', metricsOf(10, 1), undefined, 'continue_publish', /10% < 20%/],
    [
      'last-24 h cost over budget',
      metricsOf(10, 0, 5.01),
      5,
      'pause_and_review',
      /\$5\.01 exceeds the budget of \$5\.00/,
    ],
    ['a day in the trend over budget', metricsOf(10, 0, 1, [2, 6]), 5, 'pause_and_review', /\$6\.00/],
    ['cost over budget even with few samples', metricsOf(1, 0, 9), 5, 'pause_and_review', /budget/],
    ['cost at budget', metricsOf(10, 0, 5, [5]), 5, 'continue_publish', /0%/],
  ];
  it.each(rows)('%s', (_name, metrics, budget, decision, reason) => {
    const r = recommend(metrics, budget === undefined ? {} : { dailyCostBudgetUsd: budget });
    expect(r.decision).toBe(decision);
    expect(r.reason).toMatch(reason);
  });

  it('takes thresholds as inputs', () => {
    expect(recommend(metricsOf(2, 1), { minSamples: 2 }).decision).toBe('pause_and_review');
    expect(recommend(metricsOf(10, 1), { reviewFailureRate: 0.1 }).decision).toBe('review_only');
    expect(recommend(metricsOf(10, 3), { pauseFailureRate: 0.3 }).decision).toBe('pause_and_review');
  });
});

describe('itemsNeedingHuman', () => {
  const now = new Date('2025-03-02T12:00:00Z');
  const rows = [
    queueRow({ row: 1, status: 'BLOCKED', notes: '[BODY_TOO_SHORT] 120 words' }),
    queueRow({ row: 2, status: 'failed', notes: 'LLM down' }),
    queueRow({ row: 3, status: 'AWAITING_APPROVAL', updated_at: '2025-03-01T11:00:00Z' }),
    queueRow({ row: 4, status: 'AWAITING_APPROVAL', updated_at: '2025-03-01T13:00:00Z' }),
    queueRow({ row: 5, status: 'AWAITING_APPROVAL', updated_at: '' }),
    queueRow({ row: 6, status: 'PENDING' }),
    queueRow({ row: 7, status: 'PUBLISHED' }),
  ];
  it('lists blocked and failed rows and approvals waiting longer than a day', () => {
    const out = itemsNeedingHuman(rows, now);
    expect(out.map((i) => [i.row, i.status, i.reason])).toEqual([
      [1, 'BLOCKED', '[BODY_TOO_SHORT] 120 words'],
      [2, 'FAILED', 'LLM down'],
      [3, 'AWAITING_APPROVAL', 'awaiting approval for 25 h'],
      [5, 'AWAITING_APPROVAL', 'awaiting approval (updated_at unknown)'],
    ]);
  });
});

describe('applyDecision', () => {
  const entry = (decision: DecisionEntry['decision'], at: string): DecisionEntry => ({
    decision,
    reason: `because ${at}`,
    at,
    metrics: { processed: 1 },
    by: 'reconcile',
  });
  const empty: DecisionLogDoc = { last_decision: null, history: [] };

  it('records the first decision in last_decision and history', () => {
    const doc = applyDecision(empty, entry('no_data', 't1'));
    expect(doc.last_decision?.at).toBe('t1');
    expect(doc.history.map((e) => e.at)).toEqual(['t1']);
  });

  it('keeps last_decision and history when the decision is unchanged, and records the latest evaluation', () => {
    const doc = applyDecision(empty, entry('no_data', 't1'));
    const next = applyDecision(doc, entry('no_data', 't2'));
    expect(next.last_decision).toBe(doc.last_decision);
    expect(next.history).toBe(doc.history);
    expect(next.last_evaluation?.at).toBe('t2');
    expect(currentDecision(next)?.at).toBe('t2');
  });

  it('keeps keys a human added to the document', () => {
    const doc = { ...applyDecision(empty, entry('no_data', 't1')), note: 'hand-written' } as DecisionLogDoc;
    expect(applyDecision(doc, entry('no_data', 't2'))).toMatchObject({ note: 'hand-written' });
  });

  it('appends a changed decision and bounds the history, keeping the newest', () => {
    let doc = empty;
    const decisions = ['no_data', 'continue_publish', 'review_only', 'pause_and_review', 'continue_publish'] as const;
    decisions.forEach((d, i) => {
      doc = applyDecision(doc, entry(d, `t${i}`), 3);
    });
    expect(doc.history.map((e) => e.at)).toEqual(['t2', 't3', 't4']);
    expect(doc.last_decision?.decision).toBe('continue_publish');
  });
});

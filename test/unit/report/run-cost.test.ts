// Cost per run (issue 5): the run's tokens and dollars summed from its items
// (executor summary and outputs) and from its run-log rows (the report's
// recent-runs table).
import { describe, expect, it } from 'vitest';
import { runUsage } from '../../../packages/core/src/domain/run-usage';
import { executorSummary } from '../../../packages/core/src/host/summaries';
import { buildReport } from '../../../packages/core/src/report';
import type { ExecutorResult, ItemResult } from '../../../packages/core/src/services/executor';
import { fixtureInput } from './fixture';

function item(id: string, usage: ItemResult['usage']): ItemResult {
  return {
    item_id: id,
    row: 1,
    title: id,
    outcome: 'drafted',
    gate: 'PASS',
    codes: [],
    message: '',
    attempts: 1,
    duration_ms: 1,
    usage,
    article_id: '',
    article_url: '',
  };
}

describe('runUsage', () => {
  it('adds tokens and dollars over the items, without floating-point drift', () => {
    const items = [
      item('a', { tokens_in: 1200, tokens_out: 800, cost_usd: 0.1 }),
      item('b', { tokens_in: 300, tokens_out: 50, cost_usd: 0.2 }),
      item('c', { tokens_in: 0, tokens_out: 0, cost_usd: 0 }),
    ];
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(runUsage(items)).toEqual({ tokens_in: 1500, tokens_out: 850, cost_usd: 0.3 });
  });

  it('reads run-log rows as well, and ignores values that are not numbers', () => {
    expect(
      runUsage([
        { tokens_in: 10, tokens_out: 5, cost_usd: 0.000001 },
        { tokens_in: Number.NaN, tokens_out: -3, cost_usd: Number.NaN },
      ]),
    ).toEqual({ tokens_in: 10, tokens_out: 5, cost_usd: 0.000001 });
    expect(runUsage([])).toEqual({ tokens_in: 0, tokens_out: 0, cost_usd: 0 });
  });
});

describe('executorSummary', () => {
  it('shows the run totals and each item’s tokens and cost', () => {
    const result: ExecutorResult = {
      run_id: '7',
      requested_mode: 'review',
      mode: 'review',
      items: [
        item('a', { tokens_in: 1000, tokens_out: 500, cost_usd: 0.0125 }),
        item('b', { tokens_in: 200, tokens_out: 100, cost_usd: 0.0025 }),
      ],
      problems: [],
      recovered: 0,
      rejected: 0,
      counts: { processed: 2, published: 0, scheduled: 0, drafted: 2, blocked: 0, failed: 0, retry: 0, skipped: 0 },
      conclusion: 'success',
      started_at: '2026-01-01T00:00:00Z',
      finished_at: '2026-01-01T00:01:00Z',
      budget_spent: false,
    };
    const md = executorSummary(result, { queue: 'q', publisher: 'p', generator: 'g' });
    expect(md).toContain('| conclusion | tokens in | tokens out | cost (USD) |');
    expect(md).toContain('| success | 1200 | 600 | 0.0150 |');
    expect(md).toContain('| details | tokens | cost (USD) |');
    expect(md).toMatch(/\| a \|.*\| 1500 \| 0\.0125 \|/);
  });
});

describe('the report’s recent runs', () => {
  it('carry each run’s LLM cost and tokens from its run-log rows', async () => {
    const { html, data } = await buildReport(fixtureInput());
    const byRun = Object.fromEntries(data.runs.map((r) => [r.run_id, r]));
    expect(byRun['run-1']).toMatchObject({ cost_usd: 0.02, tokens_in: 2000, tokens_out: 1000 });
    expect(byRun['run-2']).toMatchObject({ cost_usd: 0.04, tokens_in: 3000 });
    expect(byRun['run-3']).toMatchObject({ cost_usd: 0.09, tokens_in: 4000, tokens_out: 2000 });
    expect(html).toContain('<th class="n">LLM cost</th>');
    expect(html).toMatch(/data-testid="run-cost-run-3"[^>]*>\$0\.0900</);
  });

  it('show a dash for a run without run-log rows', async () => {
    const { html, data } = await buildReport(
      fixtureInput({
        runs: [{ run_id: 'run-9', mode: 'review', status: 'completed', started_at: '2025-05-03T11:00:00Z' }],
      }),
    );
    expect(data.runs[0]).toMatchObject({ run_id: 'run-9', cost_usd: null, tokens_in: null });
    expect(html).toMatch(/data-testid="run-cost-run-9"[^>]*>—</);
  });
});

import { describe, expect, it } from 'vitest';
import { collectRunLogStats } from '../../../packages/core/src/report';
import { iterate, logRow, runLogRows } from './fixture';

describe('collectRunLogStats', () => {
  it('counts outcomes, pass rate, cost and tokens, and the daily trend', async () => {
    const stats = await collectRunLogStats(iterate(runLogRows));
    expect(stats.rows).toBe(9);
    expect(stats.outcomes).toEqual({
      published: 2,
      scheduled: 0,
      drafted: 3,
      blocked: 1,
      failed: 1,
      retry: 1,
      skipped: 1,
    });
    // 5 passed of 8 attempted (the skipped row does not count).
    expect(stats.pass_rate).toBeCloseTo(5 / 8);
    expect(stats.cost_usd).toBe(0.15);
    expect(stats.first_at).toBe('2025-05-01T10:00:00.000Z');
    expect(stats.last_at).toBe('2025-05-03T09:03:00.000Z');
    expect(stats.days.map((d) => [d.date, d.items, d.passed, d.failed, d.blocked, d.pass_rate, d.cost_usd])).toEqual([
      ['2025-05-01', 2, 1, 0, 0, 0.5, 0.02],
      ['2025-05-02', 3, 2, 1, 0, 2 / 3, 0.04],
      ['2025-05-03', 4, 2, 0, 1, 2 / 3, 0.09],
    ]);
    expect(stats.failure_codes).toEqual([
      { code: 'LLM_TIMEOUT', count: 2 },
      { code: 'BODY_TOO_SHORT', count: 1 },
      { code: 'MISSING_H2', count: 1 },
    ]);
  });

  it('keeps money exact over many rows and tolerates bad dates', async () => {
    async function* many() {
      for (let i = 0; i < 100_000; i++)
        yield logRow({ cost_usd: 0.1, at: i === 0 ? 'not a date' : '2025-05-01T00:00:00Z' });
    }
    const stats = await collectRunLogStats(many());
    expect(stats.rows).toBe(100_000);
    expect(stats.undated).toBe(1);
    expect(stats.cost_usd).toBe(10_000);
    expect(stats.days).toHaveLength(1);
  });

  it('has no pass rate without attempted items', async () => {
    const stats = await collectRunLogStats(iterate([logRow({ outcome: 'skipped' })]));
    expect(stats.pass_rate).toBeNull();
    expect(stats.days[0]?.pass_rate).toBeNull();
  });
});

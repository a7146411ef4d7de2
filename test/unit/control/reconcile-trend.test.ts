// Reconcile's "by day" charts cover `trend-days` of the run log while the
// decision still looks at `window-hours` only.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../packages/core/src/config';
import { reconcileSummary } from '../../../packages/core/src/host/summaries';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { runReconcile, trendStart } from '../../../packages/core/src/services/reconcile';
import { runReconcileWithAlerts } from '../../../packages/core/src/services/reconcile-alerts';
import { reconcileOptionsFrom } from '../../../packages/core/src/wiring/options';
import { FakeDecisionLog, FakeIncidents, FakeQueue, FakeRunLog, runLogRow } from './fakes';

const NOW = new Date('2026-03-20T06:00:00Z');

/** One failed row a day for 20 days, then a passing one in the last hour. */
function log() {
  const rows = Array.from({ length: 20 }, (_, i) =>
    runLogRow({
      at: new Date(Date.UTC(2026, 2, 1 + i, 3)).toISOString(),
      run_id: `r${i}`,
      item_id: 'a',
      outcome: 'failed',
      cost_usd: 1,
    }),
  );
  rows.push(runLogRow({ at: '2026-03-20T05:30:00Z', run_id: 'last', item_id: 'b', outcome: 'published' }));
  return new FakeRunLog(rows);
}

const deps = () => ({
  runLog: log(),
  queue: new FakeQueue(),
  decisions: new FakeDecisionLog(),
  log: createMemoryLogger(),
});

describe('trendStart', () => {
  it('is midnight UTC of the first of the last N days, today included', () => {
    expect(trendStart(NOW, 14).toISOString()).toBe('2026-03-07T00:00:00.000Z');
    expect(trendStart(NOW, 1).toISOString()).toBe('2026-03-20T00:00:00.000Z');
  });
});

describe('reconcile with trendDays', () => {
  it('charts 14 days while the decision reads only the 24-hour window', async () => {
    const result = await runReconcile(deps(), { now: NOW, windowHours: 24, trendDays: 14 });
    // The window (from the 19th, 06:00) holds today's two rows only.
    expect(result.metrics.processed).toBe(2);
    expect(result.metrics.trend.map((d) => d.day)).toEqual(['2026-03-20']);
    expect(result.recommendation.reason).toContain('2 processed');
    expect(result.trend).toHaveLength(14);
    expect(result.trend[0]?.day).toBe('2026-03-07');
    expect(result.trend.at(-1)).toMatchObject({ day: '2026-03-20', processed: 2, passed: 1 });
  });

  it('falls back to the window without trendDays', async () => {
    const result = await runReconcile(deps(), { now: NOW, windowHours: 24 });
    expect(result.trend).toEqual(result.metrics.trend);
  });

  it('puts all trend days on the summary charts (trend-days from the config, default 14)', async () => {
    const config = loadConfig({ inputs: {}, env: {} });
    expect(config.trendDays).toBe(14);
    const options = reconcileOptionsFrom(config, { now: NOW });
    const result = await runReconcileWithAlerts(
      { ...deps(), incidents: new FakeIncidents(() => NOW), redact: (t) => t },
      options,
    );
    const md = reconcileSummary(result);
    expect(md).toContain('### By day (14 days with rows, 2026-03-07 to 2026-03-20)');
    const xAxis = md.split('\n').filter((l) => l.trim().startsWith('x-axis'));
    expect(xAxis).toHaveLength(3);
    for (const line of xAxis) expect(line.match(/2026-03-\d\d/g)).toHaveLength(14);
  });

  it('refuses a trend-days that is not a whole number of days, naming the setting', () => {
    expect(() => loadConfig({ inputs: { 'trend-days': '0' }, env: {} })).toThrow(/trend-days/);
  });
});

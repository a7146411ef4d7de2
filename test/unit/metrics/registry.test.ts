import { describe, expect, it } from 'vitest';
import {
  createAutopilotMetrics,
  MetricsRegistry,
  recordItemOutcome,
  recordQueueCounts,
} from '../../../packages/core/src/metrics';
import type { RunLogRow } from '../../../packages/core/src/model';

const row = (over: Partial<RunLogRow>): RunLogRow => ({
  at: '2025-01-01T00:00:00Z',
  run_id: 'r1',
  trace_id: 't1',
  mode: 'review',
  item_id: 'a',
  outcome: 'drafted',
  gate: 'PASS',
  error_codes: [],
  attempts: 1,
  duration_ms: 1000,
  tokens_in: 0,
  tokens_out: 0,
  cost_usd: 0,
  article_id: '',
  ...over,
});

describe('MetricsRegistry', () => {
  it('adds counters per label set and keeps first-recorded order', () => {
    const registry = new MetricsRegistry();
    const c = registry.counter('x_total', { help: 'x', labelNames: ['outcome'] });
    c.inc({ outcome: 'published' });
    c.inc({ outcome: 'failed' }, 2);
    c.inc({ outcome: 'published' }, 3);
    const [snap] = registry.snapshot();
    expect(snap).toMatchObject({
      name: 'x_total',
      type: 'counter',
      series: [
        { labels: { outcome: 'published' }, value: 4 },
        { labels: { outcome: 'failed' }, value: 2 },
      ],
    });
  });

  it('refuses negative counter increments, non-finite values and wrong labels', () => {
    const registry = new MetricsRegistry();
    const c = registry.counter('x_total', { help: 'x', labelNames: ['service'] });
    expect(() => c.inc({ service: 'a' }, -1)).toThrow(/only go up/);
    expect(() => c.inc({ service: 'a' }, Number.NaN)).toThrow(/finite/);
    expect(() => c.inc({} as { service: string })).toThrow(/missing \[service\]/);
    expect(() => c.inc({ service: 'a', extra: 'b' } as { service: string })).toThrow(/unknown \[extra\]/);
  });

  it('gauges set and move both ways', () => {
    const registry = new MetricsRegistry();
    const g = registry.gauge('q_items', { help: 'q' });
    g.set(5);
    g.inc(undefined, -2);
    expect(registry.snapshot()[0]).toMatchObject({ type: 'gauge', series: [{ labels: {}, value: 3 }] });
  });

  it('histograms report count, sum and nearest-rank p50/p95/p99', () => {
    const registry = new MetricsRegistry();
    const h = registry.histogram('d_seconds', { help: 'd' });
    for (let i = 100; i >= 1; i--) h.observe(i); // order of recording must not matter
    const snap = registry.snapshot()[0];
    if (snap?.type !== 'histogram') throw new Error('expected a histogram');
    expect(snap.series[0]).toMatchObject({
      count: 100,
      sum: 5050,
      quantiles: [
        { quantile: 0.5, value: 50 },
        { quantile: 0.95, value: 95 },
        { quantile: 0.99, value: 99 },
      ],
    });
  });

  it('returns the same metric when declared twice alike, and refuses a clash', () => {
    const registry = new MetricsRegistry();
    registry.counter('x_total', { help: 'x' }).inc();
    registry.counter('x_total', { help: 'x' }).inc();
    expect(registry.snapshot()[0]).toMatchObject({ series: [{ value: 2 }] });
    expect(() => registry.gauge('x_total', { help: 'x' })).toThrow();
    expect(() => registry.counter('x_total', { help: 'x', labelNames: ['a'] })).toThrow(/already declared/);
  });

  it('validates names when declaring', () => {
    const registry = new MetricsRegistry();
    expect(() => registry.counter('bad-name_total', { help: '' })).toThrow(/invalid/);
    expect(() => registry.counter('ok_total', { help: '', labelNames: ['bad-label'] })).toThrow(/label "bad-label"/);
  });
});

describe('the autopilot metrics', () => {
  it('declare the conventional names', () => {
    const { registry } = createAutopilotMetrics();
    expect(registry.snapshot().map((m) => `${m.type} ${m.name}`)).toEqual([
      'counter autopilot_api_requests_total',
      'counter autopilot_api_retries_total',
      'counter autopilot_cost_usd_total',
      'histogram autopilot_item_duration_seconds',
      'counter autopilot_items_total',
      'gauge autopilot_queue_items',
      'counter autopilot_retries_total',
      'counter autopilot_throttle_wait_seconds_total',
      'counter autopilot_tokens_total',
    ]);
  });

  it('record an item outcome as items, seconds, retries, tokens and cost', () => {
    const metrics = createAutopilotMetrics();
    recordItemOutcome(
      metrics,
      row({ outcome: 'published', duration_ms: 2500, tokens_in: 100, tokens_out: 40, cost_usd: 0.01 }),
    );
    recordItemOutcome(metrics, row({ outcome: 'retry', duration_ms: 500 }));
    recordQueueCounts(metrics, { PENDING: 3 }, ['PENDING', 'PUBLISHED']);
    const byName = Object.fromEntries(metrics.registry.snapshot().map((m) => [m.name, m]));
    // Every outcome has its series from the start, in OUTCOMES order.
    expect(byName.autopilot_items_total?.series).toEqual([
      { labels: { outcome: 'published' }, value: 1 },
      { labels: { outcome: 'scheduled' }, value: 0 },
      { labels: { outcome: 'drafted' }, value: 0 },
      { labels: { outcome: 'blocked' }, value: 0 },
      { labels: { outcome: 'failed' }, value: 0 },
      { labels: { outcome: 'retry' }, value: 1 },
      { labels: { outcome: 'skipped' }, value: 0 },
    ]);
    expect(byName.autopilot_retries_total?.series).toEqual([{ labels: {}, value: 1 }]);
    expect(byName.autopilot_tokens_total?.series).toEqual([
      { labels: { direction: 'in' }, value: 100 },
      { labels: { direction: 'out' }, value: 40 },
    ]);
    expect(byName.autopilot_cost_usd_total?.series).toEqual([{ labels: {}, value: 0.01 }]);
    expect(byName.autopilot_item_duration_seconds?.series[0]).toMatchObject({ count: 2, sum: 3 });
    expect(byName.autopilot_queue_items?.series).toEqual([
      { labels: { status: 'PENDING' }, value: 3 },
      { labels: { status: 'PUBLISHED' }, value: 0 },
    ]);
  });
});

// The run's metrics as the executor hosts write them: every known series
// printed (zeros included), and per-service requests, retries and throttle
// wait seconds taken from the data plane's stats().
import { describe, expect, it } from 'vitest';
import { createAutopilotMetrics, formatPrometheus, MetricsRegistry } from '../../../packages/core/src/metrics';
import type { ExecutorResult } from '../../../packages/core/src/services/executor';
import { collectRunMetrics } from '../../../packages/core/src/services/run-metrics';

const result: ExecutorResult = {
  run_id: 'r1',
  requested_mode: 'review',
  mode: 'review',
  items: [],
  problems: [],
  recovered: 0,
  rejected: 0,
  counts: { processed: 0, published: 0, scheduled: 0, drafted: 0, blocked: 0, failed: 0, retry: 0, skipped: 0 },
  conclusion: 'success',
  started_at: '2026-01-01T00:00:00Z',
  finished_at: '2026-01-01T00:01:00Z',
  budget_spent: false,
};

const samples = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('initial label sets', () => {
  it('gives a counter its declared series at 0 before anything is recorded', () => {
    const registry = new MetricsRegistry();
    registry.counter('a_total', { help: 'a', initialLabels: [{}] });
    registry.counter('b_total', { help: 'b', labelNames: ['kind'], initialLabels: [{ kind: 'x' }, { kind: 'y' }] });
    registry.counter('c_total', { help: 'c' });
    expect(samples(formatPrometheus(registry))).toEqual(['a_total 0', 'b_total{kind="x"} 0', 'b_total{kind="y"} 0']);
  });

  it('refuses an initial label set that does not match the declared labels', () => {
    const registry = new MetricsRegistry();
    expect(() =>
      registry.counter('d_total', { help: 'd', labelNames: ['kind'], initialLabels: [{ other: 'x' } as never] }),
    ).toThrow(/missing \[kind\]/);
  });
});

describe('the Prometheus file of a run with nothing to do', () => {
  it('still prints a sample for every outcome, token direction, item retries and cost', () => {
    const text = formatPrometheus(collectRunMetrics({ result, services: {}, traceId: 't' }).registry);
    const lines = samples(text);
    for (const outcome of ['published', 'drafted', 'blocked', 'failed', 'retry', 'skipped']) {
      expect(lines).toContain(`autopilot_items_total{outcome="${outcome}"} 0`);
    }
    expect(lines).toContain('autopilot_tokens_total{direction="in"} 0');
    expect(lines).toContain('autopilot_tokens_total{direction="out"} 0');
    expect(lines).toContain('autopilot_retries_total 0');
    expect(lines).toContain('autopilot_cost_usd_total 0');
  });
});

describe('per-service stats', () => {
  it('become requests, retries and throttle wait seconds by service, zeros printed', () => {
    const metrics = collectRunMetrics({
      result,
      services: {
        shopify: { requests: 12, retries: 2, throttleWaits: 3, throttleWaitMs: 4500 },
        sheets: { requests: 5, retries: 0 },
      },
      traceId: 't',
    });
    const lines = samples(formatPrometheus(metrics.registry));
    expect(lines).toContain('autopilot_api_requests_total{service="shopify"} 12');
    expect(lines).toContain('autopilot_api_requests_total{service="sheets"} 5');
    expect(lines).toContain('autopilot_api_retries_total{service="shopify"} 2');
    expect(lines).toContain('autopilot_api_retries_total{service="sheets"} 0');
    expect(lines).toContain('autopilot_throttle_wait_seconds_total{service="shopify"} 4.5');
    expect(lines).toContain('autopilot_throttle_wait_seconds_total{service="sheets"} 0');
  });

  it('declares the throttle and retry metrics with conventional names, types and a service label', () => {
    const snapshot = createAutopilotMetrics().registry.snapshot();
    const byName = new Map(snapshot.map((m) => [m.name, m]));
    expect(byName.get('autopilot_throttle_wait_seconds_total')).toMatchObject({
      type: 'counter',
      labelNames: ['service'],
    });
    expect(byName.get('autopilot_api_retries_total')).toMatchObject({ type: 'counter', labelNames: ['service'] });
  });
});

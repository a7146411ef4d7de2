// The executor run's metrics (services/run-metrics): a real run's result
// turned into items by outcome, durations, retries, tokens, cost, requests
// per service and the queue by status; and the Prometheus file written.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StubGenerator } from '../../../packages/core/src/adapters/local/stub-generator';
import { ServiceError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { MetricSnapshot } from '../../../packages/core/src/metrics';
import { collectRunMetrics, emitRunMetrics } from '../../../packages/core/src/services/run-metrics';
import { createWorld, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

/** A run with one outcome of each kind: drafted (generated, 2 passes), blocked, retry. */
async function mixedRun() {
  world = await createWorld({
    rows: [
      pendingRow('generated', { content: '', title: 'Boot care' }),
      pendingRow('blocked', { content: 'too short' }),
      pendingRow('flaky', { title: 'Flaky one' }),
    ],
    generator: new StubGenerator({ faults: ['too_short'], usage: { tokens_in: 100, tokens_out: 400, cost_usd: 0.01 } }),
    publisher: (site, clock) => ({
      find: (lookup) => site.find(lookup),
      update: (id, article) => site.update(id, article),
      publishDraft: (id) => site.publishDraft(id),
      create: async (article) => {
        clock.advance(2_000);
        if (article.item_id === 'flaky')
          throw new ServiceError('shopify', 'ArticleCreate still failing after 7 attempt(s): HTTP 503', 503, true);
        return site.create(article);
      },
    }),
  });
  const result = await world.run({ concurrency: 1 });
  return { world, result };
}

function series(snapshot: MetricSnapshot[], name: string) {
  const metric = snapshot.find((m) => m.name === name);
  if (!metric) throw new Error(`no metric ${name}`);
  return metric;
}

function value(snapshot: MetricSnapshot[], name: string, labels: Record<string, string> = {}): number | undefined {
  const metric = series(snapshot, name);
  if (metric.type === 'histogram') throw new Error(`${name} is a histogram`);
  return metric.series.find((s) => JSON.stringify(s.labels) === JSON.stringify(labels))?.value;
}

describe('executor run metrics', () => {
  it('counts items by outcome, durations, retries, tokens, cost, requests and the queue by status', async () => {
    const { world, result } = await mixedRun();
    expect(result.counts).toMatchObject({ drafted: 1, blocked: 1, retry: 1 });

    const metrics = collectRunMetrics({
      result,
      services: { shopify: { requests: 7, retries: 1 }, llm: { requests: 2, retries: 0 } },
      queueRows: await world.deps.queue.list(),
      traceId: '0af7651916cd43dd8448eb211c80319c',
    });
    const snapshot = metrics.registry.snapshot();

    expect(value(snapshot, 'autopilot_items_total', { outcome: 'drafted' })).toBe(1);
    expect(value(snapshot, 'autopilot_items_total', { outcome: 'blocked' })).toBe(1);
    expect(value(snapshot, 'autopilot_items_total', { outcome: 'retry' })).toBe(1);
    // Known outcomes start at 0, so the series exists even when nothing had that outcome.
    expect(value(snapshot, 'autopilot_items_total', { outcome: 'published' })).toBe(0);
    expect(value(snapshot, 'autopilot_retries_total')).toBe(1);
    expect(value(snapshot, 'autopilot_tokens_total', { direction: 'in' })).toBe(200);
    expect(value(snapshot, 'autopilot_tokens_total', { direction: 'out' })).toBe(800);
    expect(value(snapshot, 'autopilot_cost_usd_total')).toBeCloseTo(0.02, 10);
    expect(value(snapshot, 'autopilot_api_requests_total', { service: 'shopify' })).toBe(7);
    expect(value(snapshot, 'autopilot_api_requests_total', { service: 'llm' })).toBe(2);
    expect(value(snapshot, 'autopilot_queue_items', { status: 'AWAITING_APPROVAL' })).toBe(1);
    expect(value(snapshot, 'autopilot_queue_items', { status: 'BLOCKED' })).toBe(1);
    expect(value(snapshot, 'autopilot_queue_items', { status: 'PENDING' })).toBe(1);
    expect(value(snapshot, 'autopilot_queue_items', { status: 'PUBLISHED' })).toBe(0);

    // Durations come from the fake clock: 2 s at the publisher for the two items that reached it.
    const duration = series(snapshot, 'autopilot_item_duration_seconds');
    expect(duration.type).toBe('histogram');
    if (duration.type === 'histogram') {
      expect(duration.series[0]?.count).toBe(3);
      expect(duration.series[0]?.values).toEqual([0, 2, 2]);
    }
  });

  it('writes the Prometheus file, and only warns when it cannot', async () => {
    const { world, result } = await mixedRun();
    const log = createMemoryLogger();
    const file = join(world.stateDir, 'metrics', 'executor.prom');
    const input = { result, services: { shopify: { requests: 3, retries: 0 } }, traceId: 't' };
    const written = await emitRunMetrics(input, { metricsFile: file, env: {}, redact: (t) => t, log });

    expect(written.file).toBe(file);
    expect(written.otlp.sent).toBe(false);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('# TYPE autopilot_items_total counter');
    expect(text).toContain('autopilot_items_total{outcome="drafted"} 1');
    expect(text).toContain('autopilot_api_requests_total{service="shopify"} 3');
    expect(log.events.filter((e) => e.level === 'warn')).toEqual([]);

    // A path under a regular file cannot be written: a warning, not a failed run.
    const blocker = join(world.stateDir, 'not-a-dir');
    await writeFile(blocker, 'x');
    const failed = await emitRunMetrics(input, {
      metricsFile: join(blocker, 'm.prom'),
      env: {},
      redact: (t) => t,
      log,
    });
    expect(failed.file).toBeUndefined();
    expect(log.events.some((e) => e.level === 'warn' && e.message.startsWith('metrics file not written'))).toBe(true);
  });
});

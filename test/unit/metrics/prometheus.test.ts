import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPrometheus, MetricsRegistry, writePrometheusFile } from '../../../packages/core/src/metrics';

function sample(): MetricsRegistry {
  const registry = new MetricsRegistry();
  const items = registry.counter('autopilot_items_total', {
    help: 'Items processed, by outcome.',
    labelNames: ['outcome'],
  });
  items.inc({ outcome: 'published' }, 3);
  items.inc({ outcome: 'failed' });
  const duration = registry.histogram('autopilot_item_duration_seconds', { help: 'Time per item.' });
  for (const v of [0.5, 1.5, 2, 4]) duration.observe(v);
  registry.gauge('autopilot_queue_items', { help: 'Queue rows\nby status.', labelNames: ['status'] }).set(2, {
    status: 'say "hi"\\',
  });
  registry.counter('autopilot_retries_total', { help: 'Retries.' });
  return registry;
}

const expected = `# HELP autopilot_item_duration_seconds Time per item.
# TYPE autopilot_item_duration_seconds summary
autopilot_item_duration_seconds{quantile="0.5"} 1.5
autopilot_item_duration_seconds{quantile="0.95"} 4
autopilot_item_duration_seconds{quantile="0.99"} 4
autopilot_item_duration_seconds_sum 8
autopilot_item_duration_seconds_count 4
# HELP autopilot_items_total Items processed, by outcome.
# TYPE autopilot_items_total counter
autopilot_items_total{outcome="published"} 3
autopilot_items_total{outcome="failed"} 1
# HELP autopilot_queue_items Queue rows\\nby status.
# TYPE autopilot_queue_items gauge
autopilot_queue_items{status="say \\"hi\\"\\\\"} 2
# HELP autopilot_retries_total Retries.
# TYPE autopilot_retries_total counter
`;

describe('Prometheus exposition', () => {
  it('writes HELP/TYPE, escaped labels, and histograms as summaries', () => {
    expect(formatPrometheus(sample())).toBe(expected);
  });

  it('writes the file atomically, creating folders', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'prom-'));
    const path = join(dir, 'nested', 'metrics.prom');
    await writePrometheusFile(sample(), path);
    expect(await readFile(path, 'utf8')).toBe(expected);
  });

  it('is empty for an empty registry', () => {
    expect(formatPrometheus(new MetricsRegistry())).toBe('');
  });
});

// The pipeline's metrics, declared once so every host names them the same
// way. Units are in the names (seconds, usd), as Prometheus conventions ask.
import type { ItemStatus, Outcome, RunLogRow } from '../model';
import { MetricsRegistry } from './registry';

export type ApiService = 'shopify' | 'sheets' | 'github' | 'llm' | 'notify' | (string & {});

export function createAutopilotMetrics(registry: MetricsRegistry = new MetricsRegistry()) {
  return {
    registry,
    items: registry.counter('autopilot_items_total', {
      help: 'Items processed, by outcome.',
      labelNames: ['outcome'],
    }),
    itemDuration: registry.histogram('autopilot_item_duration_seconds', {
      help: 'Time to process one item, from claim to the written row.',
    }),
    retries: registry.counter('autopilot_retries_total', { help: 'Retried attempts (transient failures).' }),
    throttleWait: registry.counter('autopilot_throttle_wait_seconds_total', {
      help: 'Time spent waiting on rate limits.',
    }),
    apiRequests: registry.counter('autopilot_api_requests_total', {
      help: 'Requests sent to outside services, by service.',
      labelNames: ['service'],
    }),
    tokens: registry.counter('autopilot_tokens_total', {
      help: 'LLM tokens, by direction (in = prompt, out = completion).',
      labelNames: ['direction'],
    }),
    cost: registry.counter('autopilot_cost_usd_total', { help: 'Estimated LLM cost in US dollars.' }),
    queueItems: registry.gauge('autopilot_queue_items', {
      help: 'Queue rows by status at the end of the run.',
      labelNames: ['status'],
    }),
  };
}

export type AutopilotMetrics = ReturnType<typeof createAutopilotMetrics>;

/** Record one item outcome (the run-log row the executor writes). */
export function recordItemOutcome(metrics: AutopilotMetrics, row: RunLogRow): void {
  metrics.items.inc({ outcome: row.outcome satisfies Outcome });
  metrics.itemDuration.observe(Math.max(0, row.duration_ms) / 1000);
  if (row.outcome === 'retry') metrics.retries.inc();
  if (row.tokens_in > 0) metrics.tokens.inc({ direction: 'in' }, row.tokens_in);
  if (row.tokens_out > 0) metrics.tokens.inc({ direction: 'out' }, row.tokens_out);
  if (row.cost_usd > 0) metrics.cost.inc(undefined, row.cost_usd);
}

/** Set the queue gauge from status counts (every status, zeros included, so a dashboard sees them drop). */
export function recordQueueCounts(
  metrics: AutopilotMetrics,
  counts: Partial<Record<ItemStatus, number>>,
  statuses: readonly ItemStatus[],
): void {
  for (const status of statuses) metrics.queueItems.set(counts[status] ?? 0, { status });
}

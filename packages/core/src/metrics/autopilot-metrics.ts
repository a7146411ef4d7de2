// The pipeline's metrics, declared once so every host names them the same
// way. Units are in the names (seconds, usd), as Prometheus conventions ask.
import { type ItemStatus, OUTCOMES, type Outcome, type RunLogRow } from '../model';
import { MetricsRegistry } from './registry';

export type ApiService = 'shopify' | 'sheets' | 'github' | 'llm' | 'notify' | (string & {});

/** What a data-plane client counts about its calls (its stats()). */
export interface ServiceStats {
  requests: number;
  /** Requests sent again after a transient failure (429, 5xx, network). */
  retries: number;
  /** Times a request waited on a rate limit before it was sent. */
  throttleWaits?: number;
  /** Milliseconds spent in those waits. */
  throttleWaitMs?: number;
}

/**
 * The metrics every run reports. Label sets known in advance (outcomes, token
 * directions) and unlabeled counters start at 0, so the Prometheus file
 * always holds their samples.
 */
export function createAutopilotMetrics(registry: MetricsRegistry = new MetricsRegistry()) {
  return {
    registry,
    items: registry.counter('autopilot_items_total', {
      help: 'Items processed, by outcome.',
      labelNames: ['outcome'],
      initialLabels: OUTCOMES.map((outcome) => ({ outcome })),
    }),
    itemDuration: registry.histogram('autopilot_item_duration_seconds', {
      help: 'Time to process one item, from claim to the written row.',
    }),
    retries: registry.counter('autopilot_retries_total', {
      help: 'Items put back for a retry (transient failures).',
      initialLabels: [{}],
    }),
    throttleWait: registry.counter('autopilot_throttle_wait_seconds_total', {
      help: 'Time spent waiting on rate limits, by service.',
      labelNames: ['service'],
    }),
    apiRequests: registry.counter('autopilot_api_requests_total', {
      help: 'Requests sent to outside services, by service.',
      labelNames: ['service'],
    }),
    apiRetries: registry.counter('autopilot_api_retries_total', {
      help: 'Requests sent again after a transient failure (429, 5xx, network), by service.',
      labelNames: ['service'],
    }),
    tokens: registry.counter('autopilot_tokens_total', {
      help: 'LLM tokens, by direction (in = prompt, out = completion).',
      labelNames: ['direction'],
      initialLabels: [{ direction: 'in' }, { direction: 'out' }],
    }),
    cost: registry.counter('autopilot_cost_usd_total', {
      help: 'Estimated LLM cost in US dollars.',
      initialLabels: [{}],
    }),
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

/**
 * Record one outside service's call counts. Every service the run used gets
 * its series, zeros included.
 */
export function recordServiceStats(metrics: AutopilotMetrics, service: ApiService, stats: ServiceStats): void {
  metrics.apiRequests.inc({ service }, stats.requests);
  metrics.apiRetries.inc({ service }, stats.retries);
  metrics.throttleWait.inc({ service }, Math.max(0, stats.throttleWaitMs ?? 0) / 1000);
}

/** Set the queue gauge from status counts (every status, zeros included, so a dashboard sees them drop). */
export function recordQueueCounts(
  metrics: AutopilotMetrics,
  counts: Partial<Record<ItemStatus, number>>,
  statuses: readonly ItemStatus[],
): void {
  for (const status of statuses) metrics.queueItems.set(counts[status] ?? 0, { status });
}

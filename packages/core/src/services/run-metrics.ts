// After an executor run: its metrics (items by outcome, durations, retries,
// tokens, cost, requests, retries and throttle waits per service, queue by status) to a Prometheus text
// file when one is asked for, and over OTLP/HTTP when OTEL_* says where.
// Neither ever fails the run: a problem is logged as a warning.

import { errorMessage } from '../errors';
import {
  createAutopilotMetrics,
  recordItemOutcome,
  recordQueueCounts,
  recordServiceStats,
  type ServiceStats,
} from '../metrics/autopilot-metrics';
import type { OtlpExportResult } from '../metrics/otlp';
import { resolveOtlpConfig } from '../metrics/otlp-config';
import { writePrometheusFile } from '../metrics/prometheus';
import { ITEM_STATUSES, type ItemStatus, type QueueRow } from '../model';
import type { Logger } from '../ports';
import type { ExecutorResult } from './executor';

export interface RunMetricsInput {
  result: ExecutorResult;
  /** Requests, retries and throttle waits per outside service (the data plane's stats()). */
  services: Record<string, ServiceStats>;
  queueRows?: readonly QueueRow[];
  traceId: string;
}

export function collectRunMetrics(input: RunMetricsInput) {
  const metrics = createAutopilotMetrics();
  for (const item of input.result.items) {
    recordItemOutcome(metrics, {
      at: input.result.finished_at,
      run_id: input.result.run_id,
      trace_id: input.traceId,
      mode: input.result.mode,
      item_id: item.item_id,
      outcome: item.outcome,
      gate: item.gate,
      error_codes: item.codes,
      attempts: item.attempts,
      duration_ms: item.duration_ms,
      tokens_in: item.usage.tokens_in,
      tokens_out: item.usage.tokens_out,
      cost_usd: item.usage.cost_usd,
      article_id: item.article_id,
    });
  }
  for (const [service, stats] of Object.entries(input.services)) recordServiceStats(metrics, service, stats);
  if (input.queueRows) {
    const counts: Partial<Record<ItemStatus, number>> = {};
    for (const row of input.queueRows) {
      const status = (row.status.trim().toUpperCase() || 'PENDING') as ItemStatus;
      if (ITEM_STATUSES.includes(status)) counts[status] = (counts[status] ?? 0) + 1;
    }
    recordQueueCounts(metrics, counts, ITEM_STATUSES);
  }
  return metrics;
}

export async function emitRunMetrics(
  input: RunMetricsInput,
  options: { metricsFile?: string; env: NodeJS.ProcessEnv; redact: (text: string) => string; log: Logger },
): Promise<{ file?: string; otlp: OtlpExportResult }> {
  const metrics = collectRunMetrics(input);
  let file: string | undefined;
  if (options.metricsFile) {
    try {
      await writePrometheusFile(metrics.registry, options.metricsFile);
      file = options.metricsFile;
    } catch (error) {
      options.log.warn(`metrics file not written (${options.metricsFile}): ${errorMessage(error)}`);
    }
  }
  // The OpenTelemetry SDK is loaded only when OTEL_EXPORTER_OTLP_* asks for an export (start-up, issue 12).
  const setup = resolveOtlpConfig(options.env);
  const otlp: OtlpExportResult =
    setup.enabled || setup.error
      ? await (await import('../metrics/otlp')).exportOtlp(metrics.registry, options.env, { redact: options.redact })
      : { sent: false, skipped: setup.reason };
  if (otlp.error) options.log.warn(otlp.error);
  return { file, otlp };
}

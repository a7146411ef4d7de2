// Push the registry to an OpenTelemetry collector over OTLP/HTTP at the end
// of a run. A short-lived process has no use for a periodic reader: we replay
// the registry into an SDK MeterProvider, collect once, export once, and shut
// everything down. Failure to export never fails the run: we say why instead.
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationTemporality, MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { errorMessage } from '../errors';
import { type OtlpConfig, resolveOtlpConfig } from './otlp-config';
import type { MetricSnapshot, MetricsRegistry } from './registry';

/** Bucket bounds for the OTLP histograms, in seconds (items take from under a second to minutes). */
export const DURATION_BUCKETS_SECONDS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

export interface OtlpExportResult {
  sent: boolean;
  /** Why nothing was sent, or why sending failed (redacted). */
  error?: string;
  /** Set when export was not configured: nothing to report to a person. */
  skipped?: string;
}

export interface OtlpExportOptions {
  redact?: (text: string) => string;
  scopeName?: string;
}

/** A reader that only collects on demand (the SDK ships periodic and in-memory ones). */
class OnDemandReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

/** OTel units (UCUM) from the unit in a Prometheus-style name. */
function unitOf(name: string): string | undefined {
  if (/_seconds(_total)?$/.test(name)) return 's';
  if (/_usd(_total)?$/.test(name)) return '{USD}';
  if (name.startsWith('autopilot_tokens')) return '{token}';
  return undefined;
}

function replay(provider: MeterProvider, scopeName: string, metrics: MetricSnapshot[]): void {
  const meter = provider.getMeter(scopeName);
  for (const metric of metrics) {
    const options = { description: metric.help, unit: unitOf(metric.name) };
    if (metric.type === 'counter') {
      const counter = meter.createCounter(metric.name, options);
      for (const s of metric.series) counter.add(s.value, s.labels);
    } else if (metric.type === 'gauge') {
      const gauge = meter.createGauge(metric.name, options);
      for (const s of metric.series) gauge.record(s.value, s.labels);
    } else if (metric.type === 'histogram') {
      const histogram = meter.createHistogram(metric.name, {
        ...options,
        advice: { explicitBucketBoundaries: DURATION_BUCKETS_SECONDS },
      });
      for (const s of metric.series) for (const v of s.values) histogram.record(v, s.labels);
    }
  }
}

async function sendJson(config: OtlpConfig, data: ResourceMetrics): Promise<void> {
  const exporter = new OTLPMetricExporter({
    url: config.url,
    headers: config.headers,
    timeoutMillis: config.timeoutMillis,
  });
  try {
    const result = await new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(data, resolve));
    if (result.code !== 0) throw result.error ?? new Error('export failed');
  } finally {
    await exporter.shutdown();
  }
}

/** http/protobuf: the SDK's own serializer, sent with fetch (no protobuf HTTP exporter is installed). */
async function sendProtobuf(config: OtlpConfig, data: ResourceMetrics): Promise<void> {
  const body = ProtobufMetricsSerializer.serializeRequest(data);
  if (!body) throw new Error('could not serialize the metrics as protobuf');
  const response = await fetch(config.url, {
    method: 'POST',
    headers: { ...config.headers, 'Content-Type': 'application/x-protobuf' },
    body: Buffer.from(body),
    signal: AbortSignal.timeout(config.timeoutMillis),
  });
  if (!response.ok) throw new Error(`collector answered ${response.status} ${response.statusText}`);
}

/** Export every metric of `registry` once. Never throws. */
export async function exportOtlp(
  registry: MetricsRegistry,
  env: Readonly<Record<string, string | undefined>>,
  options: OtlpExportOptions = {},
): Promise<OtlpExportResult> {
  const redact = options.redact ?? ((text: string) => text);
  const setup = resolveOtlpConfig(env);
  if (!setup.enabled)
    return setup.error ? { sent: false, error: redact(setup.error) } : { sent: false, skipped: setup.reason };
  const { config } = setup;

  const reader = new OnDemandReader();
  const provider = new MeterProvider({ resource: resourceFromAttributes(config.resource), readers: [reader] });
  try {
    replay(provider, options.scopeName ?? 'autopilot', registry.snapshot());
    const { resourceMetrics, errors } = await reader.collect();
    if (errors.length > 0) throw errors[0];
    await (config.protocol === 'http/json' ? sendJson(config, resourceMetrics) : sendProtobuf(config, resourceMetrics));
    return { sent: true };
  } catch (error) {
    return { sent: false, error: redact(`OTLP export to ${config.url} failed: ${errorMessage(error)}`) };
  } finally {
    await provider.shutdown().catch(() => undefined);
  }
}

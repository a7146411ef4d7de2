import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAutopilotMetrics,
  exportOtlp,
  parseKeyValueList,
  recordItemOutcome,
  resolveOtlpConfig,
} from '../../../packages/core/src/metrics';
import { type FakeCollector, metricsOf, startOtlpCollector } from '../../fakes/otlp-collector';

function recorded() {
  const metrics = createAutopilotMetrics();
  const base = {
    at: '2025-01-01T00:00:00Z',
    run_id: 'r',
    trace_id: 't',
    mode: 'publish' as const,
    item_id: 'i',
    gate: 'PASS' as const,
    error_codes: [],
    attempts: 1,
    article_id: '',
  };
  recordItemOutcome(metrics, {
    ...base,
    outcome: 'published',
    duration_ms: 2000,
    tokens_in: 10,
    tokens_out: 5,
    cost_usd: 0.25,
  });
  recordItemOutcome(metrics, {
    ...base,
    outcome: 'failed',
    duration_ms: 1000,
    tokens_in: 0,
    tokens_out: 0,
    cost_usd: 0,
  });
  metrics.apiRequests.inc({ service: 'shopify' }, 7);
  return metrics.registry;
}

describe('resolveOtlpConfig', () => {
  it('is off without an endpoint, or when disabled', () => {
    expect(resolveOtlpConfig({}).enabled).toBe(false);
    expect(resolveOtlpConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }).enabled).toBe(
      false,
    );
    expect(
      resolveOtlpConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_METRICS_EXPORTER: 'none' }).enabled,
    ).toBe(false);
  });

  it('appends /v1/metrics to the base endpoint, uses the signal endpoint as is', () => {
    const base = resolveOtlpConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' });
    expect(base.enabled && base.config.url).toBe('http://c:4318/v1/metrics');
    const specific = resolveOtlpConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://m:9999/custom',
    });
    expect(specific.enabled && specific.config.url).toBe('http://m:9999/custom');
  });

  it('reads headers, service name, resource attributes, protocol and timeout', () => {
    const setup = resolveOtlpConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20abc,x-team=blog',
      OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'x-team=metrics',
      OTEL_RESOURCE_ATTRIBUTES: 'service.name=from-attrs,deployment.environment=ci',
      OTEL_SERVICE_NAME: 'autopilot-test',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TIMEOUT: '2500',
    });
    expect(setup).toEqual({
      enabled: true,
      config: {
        url: 'http://c:4318/v1/metrics',
        protocol: 'http/protobuf',
        timeoutMillis: 2500,
        headers: { authorization: 'Bearer abc', 'x-team': 'metrics' },
        resource: { 'service.name': 'autopilot-test', 'deployment.environment': 'ci' },
      },
    });
  });

  it('names the variable when the endpoint or protocol is bad', () => {
    expect(resolveOtlpConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toMatchObject({
      enabled: false,
      error: expect.stringMatching(/OTEL_EXPORTER_OTLP_ENDPOINT/),
    });
    expect(
      resolveOtlpConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }),
    ).toMatchObject({
      enabled: false,
      error: expect.stringMatching(/"grpc" is not supported/),
    });
  });

  it('parses key=value lists leniently', () => {
    expect(parseKeyValueList(' a = 1 ,broken,,=x,b=%E2%9C%93')).toEqual({ a: '1', b: '✓' });
  });
});

describe('exportOtlp against a local collector', () => {
  let collector: FakeCollector;
  beforeEach(async () => {
    collector = await startOtlpCollector();
  });
  afterEach(async () => {
    await collector.close();
  });

  it('posts the metric names and values as OTLP/JSON with headers and resource', async () => {
    const result = await exportOtlp(recorded(), {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=k123',
      OTEL_SERVICE_NAME: 'autopilot-test',
    });
    expect(result).toEqual({ sent: true });
    expect(collector.requests).toHaveLength(1);
    const [request] = collector.requests;
    expect(request?.path).toBe('/v1/metrics');
    expect(request?.headers['x-api-key']).toBe('k123');
    expect(request?.headers['content-type']).toContain('application/json');

    const { resource, metrics } = metricsOf(request?.json);
    expect(resource['service.name']).toBe('autopilot-test');
    const byName = Object.fromEntries(metrics.map((m) => [m.name, m]));
    // Every outcome is a series from the start, zeros included.
    expect(byName.autopilot_items_total?.points.map((p) => [p.attributes.outcome, p.value]).sort()).toEqual([
      ['blocked', 0],
      ['drafted', 0],
      ['failed', 1],
      ['published', 1],
      ['retry', 0],
      ['scheduled', 0],
      ['skipped', 0],
    ]);
    expect(byName.autopilot_api_requests_total?.points).toEqual([
      expect.objectContaining({ attributes: { service: 'shopify' }, value: 7 }),
    ]);
    expect(byName.autopilot_cost_usd_total?.points[0]?.value).toBe(0.25);
    expect(byName.autopilot_tokens_total?.points.map((p) => [p.attributes.direction, p.value]).sort()).toEqual([
      ['in', 10],
      ['out', 5],
    ]);
    expect(byName.autopilot_item_duration_seconds).toMatchObject({
      kind: 'histogram',
      unit: 's',
      points: [expect.objectContaining({ count: 2, sum: 3 })],
    });
  });

  it('sends protobuf when asked', async () => {
    const result = await exportOtlp(recorded(), {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    });
    expect(result).toEqual({ sent: true });
    expect(collector.requests[0]?.headers['content-type']).toBe('application/x-protobuf');
    // The metric names are plain strings inside the protobuf message.
    expect(collector.requests[0]?.body.toString('latin1')).toContain('autopilot_items_total');
  });

  it('reports a rejecting collector without throwing, and redacts the message', async () => {
    collector.respondWith(400);
    const result = await exportOtlp(
      recorded(),
      { OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${collector.url}/v1/metrics?token=SECRET` },
      { redact: (t) => t.replaceAll('SECRET', '***') },
    );
    expect(result.sent).toBe(false);
    expect(result.error).toMatch(/OTLP export to .* failed/);
    expect(result.error).not.toContain('SECRET');
  });

  it('reports an unreachable collector without throwing', async () => {
    const url = collector.url;
    await collector.close();
    collector = await startOtlpCollector(); // a fresh one for afterEach; the old port is closed
    const result = await exportOtlp(recorded(), {
      OTEL_EXPORTER_OTLP_ENDPOINT: url,
      OTEL_EXPORTER_OTLP_TIMEOUT: '300',
    });
    expect(result.sent).toBe(false);
    expect(result.error).toContain(url);
  });

  it('does nothing when not configured', async () => {
    expect(await exportOtlp(recorded(), {})).toEqual({
      sent: false,
      skipped: expect.stringContaining('OTEL_EXPORTER_OTLP_ENDPOINT'),
    });
    expect(collector.requests).toHaveLength(0);
  });
});

// A local stand-in for an OpenTelemetry collector's OTLP/HTTP receiver: it
// accepts POST /v1/metrics (JSON or protobuf), keeps what arrived, and answers
// with the status a test asks for.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The parsed body when it was JSON. */
  json?: unknown;
}

export interface DataPointView {
  attributes: Record<string, string>;
  value?: number;
  count?: number;
  sum?: number;
}

export interface MetricView {
  name: string;
  unit?: string;
  kind: 'sum' | 'gauge' | 'histogram';
  points: DataPointView[];
}

export interface FakeCollector {
  /** Base URL, e.g. http://127.0.0.1:40123 (what OTEL_EXPORTER_OTLP_ENDPOINT takes). */
  url: string;
  requests: ReceivedRequest[];
  /** Status for the next answers (default 200). */
  respondWith(status: number): void;
  close(): Promise<void>;
}

export async function startOtlpCollector(): Promise<FakeCollector> {
  const requests: ReceivedRequest[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const request: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      if (String(req.headers['content-type']).includes('json')) request.json = JSON.parse(body.toString('utf8'));
      requests.push(request);
      const known = req.method === 'POST' && req.url === '/v1/metrics';
      res.writeHead(known ? status : 404, { 'content-type': 'application/json' });
      res.end(status === 200 && known ? '{}' : '{"code":3,"message":"rejected by the fake collector"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith: (next) => {
      status = next;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

type AnyValue = { stringValue?: string; intValue?: string | number; doubleValue?: number };
type JsonPoint = {
  attributes?: Array<{ key: string; value: AnyValue }>;
  asInt?: string | number;
  asDouble?: number;
  count?: string | number;
  sum?: number;
};

const attrs = (list: JsonPoint['attributes'] = []) =>
  Object.fromEntries(list.map((a) => [a.key, String(a.value.stringValue ?? a.value.intValue ?? a.value.doubleValue)]));

/** Flatten an OTLP/JSON ExportMetricsServiceRequest into names and points (int64 arrives as strings). */
export function metricsOf(json: unknown): { resource: Record<string, string>; metrics: MetricView[] } {
  const request = json as {
    resourceMetrics: Array<{
      resource?: { attributes?: JsonPoint['attributes'] };
      scopeMetrics: Array<{ metrics: Array<Record<string, unknown> & { name: string; unit?: string }> }>;
    }>;
  };
  const metrics: MetricView[] = [];
  let resource: Record<string, string> = {};
  for (const rm of request.resourceMetrics) {
    resource = { ...resource, ...attrs(rm.resource?.attributes) };
    for (const sm of rm.scopeMetrics) {
      for (const m of sm.metrics) {
        const kind = (['sum', 'gauge', 'histogram'] as const).find((k) => k in m);
        if (!kind) continue;
        const points = ((m[kind] as { dataPoints: JsonPoint[] }).dataPoints ?? []).map((p) => ({
          attributes: attrs(p.attributes),
          value: p.asDouble ?? (p.asInt === undefined ? undefined : Number(p.asInt)),
          count: p.count === undefined ? undefined : Number(p.count),
          sum: p.sum,
        }));
        metrics.push({ name: m.name, unit: m.unit, kind, points });
      }
    }
  }
  return { resource, metrics };
}

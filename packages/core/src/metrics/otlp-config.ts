// OpenTelemetry's environment conventions for the OTLP metrics exporter
// (https://opentelemetry.io/docs/specs/otel/protocol/exporter/), read from an
// env record rather than process.env so hosts and tests pass what they mean.
export type OtlpProtocol = 'http/json' | 'http/protobuf';

export interface OtlpConfig {
  /** Full URL of the metrics endpoint (…/v1/metrics). */
  url: string;
  headers: Record<string, string>;
  protocol: OtlpProtocol;
  timeoutMillis: number;
  /** Resource attributes, service.name included. */
  resource: Record<string, string>;
}

export type OtlpSetup = { enabled: true; config: OtlpConfig } | { enabled: false; reason: string; error?: string };

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_SERVICE_NAME = 'shopify-blog-autopilot';
const DEFAULT_TIMEOUT_MS = 10_000;

const get = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/** `k1=v1,k2=v2` with percent-encoded values (the format of OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES). */
export function parseKeyValueList(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const key = part.slice(0, at).trim();
    const raw = part.slice(at + 1).trim();
    if (!key) continue;
    try {
      out[key] = decodeURIComponent(raw);
    } catch {
      out[key] = raw;
    }
  }
  return out;
}

function metricsUrl(env: Env): string | undefined {
  const specific = get(env, 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT');
  if (specific) return specific; // used as is, per the spec
  const base = get(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (!base) return undefined;
  return `${base.replace(/\/+$/, '')}/v1/metrics`;
}

function timeout(env: Env): number {
  for (const name of ['OTEL_EXPORTER_OTLP_METRICS_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
    const value = Number(get(env, name));
    if (Number.isFinite(value) && value > 0) return value;
  }
  return DEFAULT_TIMEOUT_MS;
}

/**
 * Whether to export and where. The default protocol is http/json, like the
 * JavaScript HTTP exporter this uses (the spec's default is http/protobuf;
 * collectors accept both on port 4318): set OTEL_EXPORTER_OTLP_PROTOCOL to
 * choose. gRPC is not offered.
 */
export function resolveOtlpConfig(env: Env): OtlpSetup {
  if (get(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true')
    return { enabled: false, reason: 'OTEL_SDK_DISABLED=true' };
  if (get(env, 'OTEL_METRICS_EXPORTER')?.toLowerCase() === 'none')
    return { enabled: false, reason: 'OTEL_METRICS_EXPORTER=none' };
  const url = metricsUrl(env);
  if (!url)
    return { enabled: false, reason: 'no OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_METRICS_ENDPOINT set' };
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    return {
      enabled: false,
      reason: 'bad endpoint',
      error: `OTLP endpoint "${url}" is not a valid http(s) URL (OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_METRICS_ENDPOINT)`,
    };
  }
  const protocol = (
    get(env, 'OTEL_EXPORTER_OTLP_METRICS_PROTOCOL') ??
    get(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ??
    'http/json'
  ).toLowerCase();
  if (protocol !== 'http/json' && protocol !== 'http/protobuf') {
    return {
      enabled: false,
      reason: 'unsupported protocol',
      error: `OTEL_EXPORTER_OTLP_PROTOCOL "${protocol}" is not supported: expected http/json or http/protobuf`,
    };
  }
  const resource = parseKeyValueList(get(env, 'OTEL_RESOURCE_ATTRIBUTES'));
  resource['service.name'] = get(env, 'OTEL_SERVICE_NAME') ?? resource['service.name'] ?? DEFAULT_SERVICE_NAME;
  return {
    enabled: true,
    config: {
      url,
      protocol,
      timeoutMillis: timeout(env),
      headers: {
        ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
        ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_METRICS_HEADERS')),
      },
      resource,
    },
  };
}

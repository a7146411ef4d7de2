export const id = 8568;
export const ids = [8568];
export const modules = {

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DURATION_BUCKETS_SECONDS: () => (/* binding */ DURATION_BUCKETS_SECONDS),
/* harmony export */   exportOtlp: () => (/* binding */ exportOtlp)
/* harmony export */ });
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9293);
/* harmony import */ var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3455);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1363);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6700);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9778);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9031);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7638);
/* harmony import */ var _otlp_config__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7851);
// Push the registry to an OpenTelemetry collector over OTLP/HTTP at the end
// of a run. A short-lived process has no use for a periodic reader: we replay
// the registry into an SDK MeterProvider, collect once, export once, and shut
// everything down. Failure to export never fails the run: we say why instead.






/** Bucket bounds for the OTLP histograms, in seconds (items take from under a second to minutes). */
const DURATION_BUCKETS_SECONDS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
/** A reader that only collects on demand (the SDK ships periodic and in-memory ones). */
class OnDemandReader extends _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_0__/* .MetricReader */ .s {
    constructor() {
        super({ aggregationTemporalitySelector: () => _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_1__/* .AggregationTemporality */ .h.CUMULATIVE });
    }
    async onForceFlush() { }
    async onShutdown() { }
}
/** OTel units (UCUM) from the unit in a Prometheus-style name. */
function unitOf(name) {
    if (/_seconds(_total)?$/.test(name))
        return 's';
    if (/_usd(_total)?$/.test(name))
        return '{USD}';
    if (name.startsWith('autopilot_tokens'))
        return '{token}';
    return undefined;
}
function replay(provider, scopeName, metrics) {
    const meter = provider.getMeter(scopeName);
    for (const metric of metrics) {
        const options = { description: metric.help, unit: unitOf(metric.name) };
        if (metric.type === 'counter') {
            const counter = meter.createCounter(metric.name, options);
            for (const s of metric.series)
                counter.add(s.value, s.labels);
        }
        else if (metric.type === 'gauge') {
            const gauge = meter.createGauge(metric.name, options);
            for (const s of metric.series)
                gauge.record(s.value, s.labels);
        }
        else if (metric.type === 'histogram') {
            const histogram = meter.createHistogram(metric.name, {
                ...options,
                advice: { explicitBucketBoundaries: DURATION_BUCKETS_SECONDS },
            });
            for (const s of metric.series)
                for (const v of s.values)
                    histogram.record(v, s.labels);
        }
    }
}
async function sendJson(config, data) {
    const exporter = new _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_2__/* .OTLPMetricExporter */ .r({
        url: config.url,
        headers: config.headers,
        timeoutMillis: config.timeoutMillis,
    });
    try {
        const result = await new Promise((resolve) => exporter.export(data, resolve));
        if (result.code !== 0)
            throw result.error ?? new Error('export failed');
    }
    finally {
        await exporter.shutdown();
    }
}
/** http/protobuf: the SDK's own serializer, sent with fetch (no protobuf HTTP exporter is installed). */
async function sendProtobuf(config, data) {
    const body = _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_3__/* .ProtobufMetricsSerializer */ .D.serializeRequest(data);
    if (!body)
        throw new Error('could not serialize the metrics as protobuf');
    const response = await fetch(config.url, {
        method: 'POST',
        headers: { ...config.headers, 'Content-Type': 'application/x-protobuf' },
        body: Buffer.from(body),
        signal: AbortSignal.timeout(config.timeoutMillis),
    });
    if (!response.ok)
        throw new Error(`collector answered ${response.status} ${response.statusText}`);
}
/** Export every metric of `registry` once. Never throws. */
async function exportOtlp(registry, env, options = {}) {
    const redact = options.redact ?? ((text) => text);
    const setup = (0,_otlp_config__WEBPACK_IMPORTED_MODULE_4__/* .resolveOtlpConfig */ ._F)(env);
    if (!setup.enabled)
        return setup.error ? { sent: false, error: redact(setup.error) } : { sent: false, skipped: setup.reason };
    const { config } = setup;
    const reader = new OnDemandReader();
    const provider = new _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_5__/* .MeterProvider */ .r({ resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_6__/* .resourceFromAttributes */ .QZ)(config.resource), readers: [reader] });
    try {
        replay(provider, options.scopeName ?? 'autopilot', registry.snapshot());
        const { resourceMetrics, errors } = await reader.collect();
        if (errors.length > 0)
            throw errors[0];
        await (config.protocol === 'http/json' ? sendJson(config, resourceMetrics) : sendProtobuf(config, resourceMetrics));
        return { sent: true };
    }
    catch (error) {
        return { sent: false, error: redact(`OTLP export to ${config.url} failed: ${(0,_errors__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`) };
    }
    finally {
        await provider.shutdown().catch(() => undefined);
    }
}


/***/ })

};

// Every metrics module, for tests and tools. The services import the module
// they need: ./otlp loads the OpenTelemetry SDK, so run-metrics imports it
// only when an OTLP export is configured.
export * from './autopilot-metrics';
export * from './names';
export * from './otlp';
export * from './otlp-config';
export * from './prometheus';
export * from './quantile';
export * from './registry';

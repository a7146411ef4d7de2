// @autopilot/core: the public surface, for the tests, the tools and the CLI's
// command modules. The actions import the modules they use instead (with
// `sideEffects: false` the bundler keeps only what is reached), and the
// wiring loads each backend's adapter when it is configured (start-up,
// issue 12): nothing here may make a backend load at import time.
export * from './adapters/github';
export { JsonDecisionLog } from './adapters/local/decision-log-json';
export { FileHeartbeat } from './adapters/local/heartbeat-file';
export { UrlHeartbeatSource } from './adapters/local/heartbeat-url';
export { DirIncidentTracker } from './adapters/local/incidents-dir';
export { FileNotifier } from './adapters/local/notify-file';
export { CsvQueueStore } from './adapters/local/queue-csv-store';
export { CsvRunLog } from './adapters/local/run-log-csv';
export { JsonlRunHistory } from './adapters/local/runs-jsonl';
export { readSiteArticles, SitePublisher } from './adapters/local/site-publisher';
export { StubGenerator } from './adapters/local/stub-generator';
export { DEFAULT_VARIABLES, initVariables, JsonVariableStore } from './adapters/local/variables-json';
export * from './config';
export * from './domain/content';
export * from './domain/control';
export * from './domain/cost-budget';
export * from './domain/publish-guard';
export * from './domain/queue';
export * from './domain/queue-commands';
export * from './domain/run-usage';
export * from './domain/variables';
export * from './errors';
export * from './host/action';
export * from './host/summaries';
export * from './log/logger';
export * from './log/memory-logger';
export * from './log/trace';
export * from './model';
export * from './ports';
export * from './services/executor';
export * from './services/heartbeat-check';
export * from './services/incident';
export * from './services/publish-article';
export * from './services/reconcile';
export * from './services/reconcile-alerts';
export * from './services/run-metrics';
export * from './services/supervisor';
export * from './services/supervisor-memory';
export * from './services/supervisor-queue-rules';
export * from './util/redact';
export * from './wiring';

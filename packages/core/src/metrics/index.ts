export * from './autopilot-metrics';
export * from './names';
export * from './otlp';
export * from './otlp-config';
export * from './prometheus';
export * from './quantile';
export * from './registry';

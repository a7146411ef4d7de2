export * from './client';
export * from './decision-log';
export * from './errors';
export * from './heartbeat';
export * from './incidents';
export * from './repo-file';
export * from './runs';
export * from './variables';

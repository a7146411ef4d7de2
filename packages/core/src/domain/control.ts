// The control plane's pure domain: heartbeat, supervisor, reconcile, incidents.
export * from './heartbeat';
export * from './incident';
export * from './reconcile';
export * from './supervisor';

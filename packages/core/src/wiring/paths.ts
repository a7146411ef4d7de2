// Where the local adapters keep their files under the state folder (DESIGN §7).
import { join, resolve } from 'node:path';

export interface StatePaths {
  root: string;
  queue: string;
  runLog: string;
  variables: string;
  runs: string;
  heartbeat: string;
  decisionLog: string;
  incidents: string;
  site: string;
  siteIndex: string;
  content: string;
  notifications: string;
  supervisorMemory: string;
  metrics: string;
  report: string;
}

export function statePaths(stateDir: string): StatePaths {
  const root = resolve(stateDir);
  return {
    root,
    queue: join(root, 'queue.csv'),
    runLog: join(root, 'run_log.csv'),
    variables: join(root, 'variables.json'),
    runs: join(root, 'runs.jsonl'),
    heartbeat: join(root, 'local_heartbeat.json'),
    decisionLog: join(root, 'decision_log.json'),
    incidents: join(root, 'incidents'),
    site: join(root, 'site'),
    siteIndex: join(root, 'site', 'index.html'),
    content: join(root, 'content'),
    notifications: join(root, 'notifications.jsonl'),
    supervisorMemory: join(root, 'supervisor_memory.json'),
    metrics: join(root, 'metrics.prom'),
    report: join(root, 'report'),
  };
}

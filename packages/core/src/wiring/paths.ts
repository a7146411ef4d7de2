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

/**
 * The heartbeat file in the checkout: what the local runner commits and
 * pushes (LOCAL_HEARTBEAT_PUSH=true) and what the workflows' heartbeat-check
 * reads, relative to the repository root (the working directory).
 */
export const CHECKOUT_HEARTBEAT_FILE = 'local_heartbeat.json';

/**
 * Where the heartbeat file is: `heartbeat-file` when set (relative to the
 * working directory); else the checkout's `local_heartbeat.json` when the
 * heartbeat is shared through git (`inCheckout`: the actions, or the local
 * runner with push); else `<state>/local_heartbeat.json`, purely local —
 * the state folder is gitignored, so it could never be pushed.
 */
export function heartbeatFilePath(heartbeatFile: string | undefined, paths: StatePaths, inCheckout: boolean): string {
  if (heartbeatFile) return resolve(heartbeatFile);
  return inCheckout ? resolve(CHECKOUT_HEARTBEAT_FILE) : paths.heartbeat;
}

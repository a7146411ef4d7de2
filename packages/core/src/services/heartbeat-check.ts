// heartbeat-check: read the heartbeat, classify it, warn when it is not
// usable (never crash), and — when a local runner is expected — open or
// resolve the heartbeat-stale incident.
import {
  classifyHeartbeat,
  DEFAULT_HEARTBEAT_THRESHOLDS,
  type HeartbeatClassification,
  type HeartbeatThresholds,
  staleAlert,
} from '../domain/heartbeat';
import type { IncidentAction, IncidentPolicy } from '../domain/incident';
import { errorMessage } from '../errors';
import type { HeartbeatRead, HeartbeatSource, IncidentTracker, Logger, Notifier } from '../ports';
import { runIncident } from './incident';

export const HEARTBEAT_INCIDENT_KEY = 'heartbeat-stale';

export interface HeartbeatCheckDeps {
  source: HeartbeatSource;
  /** Without it the stale alert is computed and reported but no incident is filed. */
  incidents?: IncidentTracker;
  notifier?: Notifier;
  redact?: (text: string) => string;
  log: Logger;
}

export interface HeartbeatCheckOptions {
  now: Date;
  thresholds?: Partial<HeartbeatThresholds>;
  /** A local runner is supposed to be running: a stale heartbeat is then an incident. */
  expectLocal?: boolean;
  staleGraceMinutes?: number;
  incidentPolicy?: Partial<IncidentPolicy>;
  runId?: string;
  runUrl?: string;
  traceId?: string;
}

export interface HeartbeatCheckResult {
  classification: HeartbeatClassification;
  /** Seconds past max age (null when the age is unknown); negative while fresh. */
  staleSinceSeconds: number | null;
  alert: 'open' | 'resolve' | 'none';
  /** What happened to the heartbeat-stale incident ('none' when nothing was asked or no tracker). */
  incidentAction: IncidentAction | 'none';
  /** Set when the incident tracker failed; the check itself still succeeds. */
  incidentError?: string;
}

async function safeRead(source: HeartbeatSource): Promise<HeartbeatRead> {
  try {
    return await source.read();
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: errorMessage(error), source: 'heartbeat source' };
  }
}

export async function checkHeartbeat(
  deps: HeartbeatCheckDeps,
  options: HeartbeatCheckOptions,
): Promise<HeartbeatCheckResult> {
  const redact = deps.redact ?? ((text: string) => text);
  const thresholds = { ...DEFAULT_HEARTBEAT_THRESHOLDS, ...options.thresholds };
  const read = await safeRead(deps.source);
  const classification = classifyHeartbeat(read, options.now, thresholds);
  const fields = { level: classification.level, age_seconds: classification.ageSeconds, owner: classification.owner };
  if (classification.active) deps.log.info(`local runner active: ${classification.reason}`, fields);
  else deps.log.warn(`local runner not active: ${redact(classification.reason)}`, fields);

  const staleSinceSeconds =
    classification.ageSeconds === null ? null : classification.ageSeconds - thresholds.maxAgeMinutes * 60;
  const alert = staleAlert(
    classification.level,
    staleSinceSeconds,
    options.staleGraceMinutes ?? 0,
    options.expectLocal ?? false,
  );
  const result: HeartbeatCheckResult = { classification, staleSinceSeconds, alert, incidentAction: 'none' };
  if (alert === 'none' || !deps.incidents) return result;

  try {
    const outcome = await runIncident(
      { incidents: deps.incidents, notifier: deps.notifier, redact, log: deps.log },
      {
        action: alert,
        key: HEARTBEAT_INCIDENT_KEY,
        title: 'Local runner heartbeat is stale',
        body:
          alert === 'open'
            ? `A local runner is expected, but its heartbeat is ${classification.level}: ${classification.reason}. The scheduled workflow takes over while it is not active; check the local machine or set expect-local to false.`
            : `The heartbeat is fresh again: ${classification.reason}.`,
        severity: 'medium',
        now: options.now,
        policy: options.incidentPolicy,
        runId: options.runId,
        runUrl: options.runUrl,
        traceId: options.traceId,
      },
    );
    result.incidentAction = outcome.action;
  } catch (error) {
    result.incidentError = redact(errorMessage(error));
    deps.log.warn(`heartbeat-stale incident not updated: ${result.incidentError}`);
  }
  return result;
}

// The supervisor's inputs (a snapshot of the world), its policy, and its
// output: a decision code with a reason and the effects to apply.
import type { DecisionEntry, Incident, Mode, RunRecord, Severity } from '../../model';
import type { HeartbeatClassification } from '../heartbeat';
import type { Switches } from '../publish-guard';

/** Stable decision codes, in the order they are checked. */
export const SUPERVISOR_CODES = [
  'disable_unstable',
  'wait_run_active',
  'skip_local_active',
  'skip_no_pending',
  'review_locked',
  'review_no_recent_success',
  'publish',
] as const;
export type SupervisorCode = (typeof SUPERVISOR_CODES)[number];

export const INCIDENT_KEYS = {
  unstable: 'pipeline-unstable',
  deadLetter: 'dead-letter',
  stalled: 'schedule-stalled',
  /** Opened at apply time, when a disable (a variable write) was refused or not confirmed. */
  disableFailed: 'disable-failed',
} as const;

/** The only variable writes the supervisor can express: it can make publishing safer, never re-enable it. */
export type SafetyVariable =
  | { name: 'WF_ENABLED'; value: 'false' }
  | { name: 'ALLOW_PUBLISH'; value: 'human_disabled' };

export type Effect =
  | ({ type: 'set_variable' } & SafetyVariable)
  | { type: 'dispatch'; mode: Mode }
  | { type: 'open_incident'; key: string; severity: Severity; title: string; body: string }
  | { type: 'resolve_incident'; key: string; body: string }
  | { type: 'recover_leases'; count: number }
  | { type: 'notify'; text: string };

/** What was last notified, to notify on change and repeat at most every interval. */
export interface NoticeState {
  code: SupervisorCode;
  /** Keys of the incidents open after that tick, sorted. */
  incidents: string[];
  /** ISO time of the notification. */
  at: string;
}

export interface SupervisorSnapshot {
  now: Date;
  /** Queue rows the executor could work on now. */
  pendingCount: number;
  /** ISO time since which that work has been waiting, when the rows tell (updated_at, next_attempt_at, publish_at). */
  pendingSince?: string;
  /** Recent runs of the publish workflow, newest first (any status). */
  runs: readonly RunRecord[];
  /** Runs queued or in progress now. */
  activeRuns: readonly RunRecord[];
  vars: Switches;
  lastDecision: DecisionEntry | null;
  heartbeat: HeartbeatClassification;
  openIncidents: readonly Incident[];
  /** Queue rows that became FAILED within the last 24 h (dead letters). */
  failedWithin24h: number;
  /** IN_PROGRESS rows whose lease has expired. */
  expiredLeases: number;
  /** When known from elsewhere (e.g. a workflow list); the later of it and the runs' own times is used. */
  lastCompletedPublishRunAt?: string;
  lastNotice?: NoticeState;
}

export interface SupervisorPolicy {
  failureThreshold: number;
  healthWindow: number;
  reviewWindowHours: number;
  deadLetterThreshold: number;
  stallAfterHours: number;
  repeatIntervalHours: number;
}

export const DEFAULT_SUPERVISOR_POLICY: SupervisorPolicy = {
  failureThreshold: 2,
  healthWindow: 5,
  reviewWindowHours: 24,
  deadLetterThreshold: 3,
  stallAfterHours: 3,
  repeatIntervalHours: 6,
};

export interface Decision {
  code: SupervisorCode;
  /** A sentence for humans, with the numbers. */
  reason: string;
  dispatchMode?: Mode;
  /** In the order they are applied: safety first, notification last. */
  effects: Effect[];
  /** Incident keys open once the effects are applied, sorted. */
  incidents: string[];
}

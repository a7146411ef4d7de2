// The schedule's dead man's switch (incident `schedule-stalled`). Work has
// been waiting since the later of two moments: when it became due (the oldest
// eligible row's due time) and when a publish run last completed (the
// schedule was alive then). It is stalled when that wait exceeds
// stall-after-hours — unless a run younger than that is queued or in progress
// (the schedule fired; that run will take the work). A run that has sat
// queued or in progress longer than that is a stall of its own. With no clock
// at all (no due time, no completion, no run) nothing can be measured and
// nothing fires: "no run has completed yet" alone is not a stall.
import type { RunRecord } from '../../model';

const HOUR_MS = 3_600_000;

export interface StallFacts {
  now: Date;
  pendingCount: number;
  /** Epoch ms since which eligible work has been due, when the rows tell. */
  dueSince?: number;
  /** Epoch ms of the newest completed run of the publish workflow. */
  lastCompletion?: number;
  /** Runs queued or in progress now. */
  activeRuns: readonly RunRecord[];
}

export type StallBasis = 'due' | 'completion' | 'active_run';

export type StallVerdict =
  | { stalled: false; why: string }
  | { stalled: true; since: number; basis: StallBasis; run?: RunRecord };

const hours = (ms: number) => `${(ms / HOUR_MS).toFixed(1)} h`;

export function judgeStall(facts: StallFacts, stallAfterHours: number): StallVerdict {
  const { now } = facts;
  const limit = stallAfterHours * HOUR_MS;
  if (facts.pendingCount <= 0) return { stalled: false, why: 'no work is pending' };

  const active = facts.activeRuns
    .map((run) => ({ run, at: Date.parse(run.started_at) }))
    .filter((r) => !Number.isNaN(r.at))
    .sort((a, b) => a.at - b.at);
  const young = active.find((r) => now.getTime() - r.at <= limit);
  if (young) {
    return {
      stalled: false,
      why: `run ${young.run.run_id} is ${young.run.status} (started ${hours(now.getTime() - young.at)} ago)`,
    };
  }

  const known = [facts.dueSince, facts.lastCompletion].filter(
    (t): t is number => t !== undefined && !Number.isNaN(t) && t <= now.getTime(),
  );
  if (known.length > 0) {
    const since = Math.max(...known);
    const basis: StallBasis = since === facts.dueSince ? 'due' : 'completion';
    if (now.getTime() - since > limit) return { stalled: true, since, basis };
    return { stalled: false, why: `work has waited ${hours(now.getTime() - since)} (limit ${stallAfterHours} h)` };
  }

  const oldest = active[0];
  if (oldest && now.getTime() - oldest.at > limit) {
    return { stalled: true, since: oldest.at, basis: 'active_run', run: oldest.run };
  }
  return { stalled: false, why: 'no due time, completed run or active run to measure from' };
}

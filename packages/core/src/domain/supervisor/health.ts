// Facts the supervisor derives from the runs' own times (never from the
// expected cadence: GitHub schedules fire late, drop, or get disabled).
import type { RunRecord } from '../../model';

/** Conclusions that count as a run that went wrong. */
const FAILED = new Set(['failure', 'timed_out']);
/** Conclusions of runs that ran to an end and so say something about health. Cancelled, skipped and neutral runs are ignored. */
const JUDGED = new Set(['success', 'failure', 'timed_out']);

const timeOf = (run: RunRecord): number => Date.parse(run.finished_at ?? run.started_at);

/** Completed runs, newest first by finish time (the input order is not trusted). */
export function completedRuns(runs: readonly RunRecord[]): RunRecord[] {
  return runs.filter((r) => r.status === 'completed' && !Number.isNaN(timeOf(r))).sort((a, b) => timeOf(b) - timeOf(a));
}

export interface HealthWindow {
  /** Runs judged (at most the window size). */
  judged: number;
  failures: number;
}

export function healthWindow(runs: readonly RunRecord[], size: number): HealthWindow {
  const window = completedRuns(runs)
    .filter((r) => JUDGED.has(r.conclusion ?? ''))
    .slice(0, size);
  return { judged: window.length, failures: window.filter((r) => FAILED.has(r.conclusion ?? '')).length };
}

/** Finish time of the newest successful review run, or undefined. */
export function lastReviewSuccessAt(runs: readonly RunRecord[]): number | undefined {
  const run = completedRuns(runs).find((r) => r.mode === 'review' && r.conclusion === 'success');
  return run ? timeOf(run) : undefined;
}

/** The newest completion of any run of the publish workflow (any mode or conclusion). */
export function lastCompletionAt(runs: readonly RunRecord[], known?: string): number | undefined {
  const times = completedRuns(runs).map(timeOf);
  const extra = known ? Date.parse(known) : Number.NaN;
  if (!Number.isNaN(extra)) times.push(extra);
  return times.length > 0 ? Math.max(...times) : undefined;
}

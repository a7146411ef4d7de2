// Queue facts the supervisor needs that are not eligibility: dead letters,
// and how long eligible work has been waiting (the schedule's dead man's switch
// when no run was ever recorded).
import type { QueueRow } from '../../model';
import type { QueueItem } from '../queue/types';

const DAY_MS = 86_400_000;

/** Rows FAILED (dead letters) whose updated_at lies within the last `hours` hours. */
export function countRecentFailures(rows: readonly QueueRow[], now: Date, hours = 24): number {
  const since = now.getTime() - (hours / 24) * DAY_MS;
  return rows.filter((row) => {
    if (row.status.trim().toUpperCase() !== 'FAILED') return false;
    const at = Date.parse(row.updated_at);
    return !Number.isNaN(at) && at >= since && at <= now.getTime();
  }).length;
}

/**
 * The earliest moment any of these eligible items is known to have been
 * waiting: per item the latest of its updated_at, next_attempt_at and a
 * passed publish_at (when it last changed or became due). Items with none
 * of them known say nothing. Milliseconds since the epoch.
 */
export function waitingSince(items: readonly QueueItem[], now: Date): number | undefined {
  let earliest: number | undefined;
  for (const item of items) {
    const updated = Date.parse(item.row.updated_at);
    const known = [
      Number.isNaN(updated) ? undefined : updated,
      item.nextAttemptAt?.getTime(),
      item.publishAt && item.publishAt <= now ? item.publishAt.getTime() : undefined,
    ].filter((t): t is number => t !== undefined && t <= now.getTime());
    if (known.length === 0) continue;
    const since = Math.max(...known);
    earliest = earliest === undefined ? since : Math.min(earliest, since);
  }
  return earliest;
}

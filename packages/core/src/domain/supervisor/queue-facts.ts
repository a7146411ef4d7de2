// Queue facts the supervisor needs that are not eligibility: dead letters.
import type { QueueRow } from '../../model';

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

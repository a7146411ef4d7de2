// Leases: a claim holds a row until lease_until. An executor that died
// leaves IN_PROGRESS rows behind; once the lease has passed they go back to
// PENDING (the watchdog: at claim time and in the supervisor).
import type { QueueRow } from '../../model';
import { parseQueueTime } from './time';
import { cellText } from './transitions';

/** IN_PROGRESS and the lease is over (or was never written). An unreadable lease_until is left for a human. */
export function isLeaseExpired(row: QueueRow, now: Date): boolean {
  if (row.status.trim().toUpperCase() !== 'IN_PROGRESS') return false;
  if (!row.lease_until.trim()) return true;
  const until = parseQueueTime(row.lease_until);
  return until !== undefined && until.getTime() <= now.getTime();
}

export function recoverExpiredLeases(rows: readonly QueueRow[], now: Date, runId: string): QueueRow[] {
  return rows
    .filter((row) => row.id.trim() && isLeaseExpired(row, now))
    .map((row) => ({
      ...row,
      status: 'PENDING',
      notes: cellText(
        `lease of ${row.lease_owner || 'an unknown owner'} expired${row.lease_until ? ` at ${row.lease_until}` : ''}; recovered`,
      ),
      lease_owner: '',
      lease_until: '',
      updated_at: now.toISOString(),
      run_id: runId,
    }));
}

// Leases: a claim holds a row until lease_until. An executor that died
// leaves IN_PROGRESS rows behind; once the lease has passed they go back to
// the state they were claimed from, which the claim keeps in lease_until
// (claimed-from.ts): PENDING, or an UPDATE row to UPDATE, an approved draft
// to APPROVED (the watchdog: at claim time and in the supervisor). A worker that
// is still busy renews its lease (every third of it), so a slow item is not
// taken from it; one the run's time budget cut short is released at once.
//
// Clock skew: a lease can never honestly end further from now than the
// configured lease, so one that does was written by a runner whose clock is
// ahead (a lease ending a day from now would otherwise hold the row for a
// day). Such a lease is measured from the row's updated_at when that is not
// in the future too, else from the moment it is first seen: the claim writes
// the shortened lease_until back, so "first seen" survives between runs. It
// ends the configured lease after that; a live owner keeps it by renewing.
import type { ItemStatus, QueueRow } from '../../model';
import { claimedFrom, leaseTimeText, withLeaseTime } from './claimed-from';
import { parseQueueTime } from './time';
import { cellText } from './transitions';

// Asked of every row on every claim: the exact word first, so the common
// cases ('PENDING', 'AWAITING_APPROVAL') allocate nothing; a human's spelling
// (' in_progress') is still read.
const isInProgress = (row: QueueRow) =>
  row.status === 'IN_PROGRESS' || (row.status !== 'PENDING' && row.status.trim().toUpperCase() === 'IN_PROGRESS');

/** A lease that ends further from now than the configured lease: the clock that wrote it is ahead. */
export interface SkewedLease {
  /** The row as it should be written: lease_until shortened to the configured lease from its anchor. */
  row: QueueRow;
  /** When the shortened lease ends. */
  until: Date;
  /** The lease has run out counted from updated_at: treat the row as expired. */
  expired: boolean;
  /** For a log line: the row, its owner (quoted, control characters escaped) and the lease it had. */
  warning: string;
}

/**
 * The lease of an IN_PROGRESS row ends more than `leaseSeconds` after `now`:
 * undefined when it does not (or the row is not in progress, or its lease is
 * unreadable). Pure: the time and the configured lease are parameters.
 */
export function skewedLease(row: QueueRow, now: Date, leaseSeconds: number): SkewedLease | undefined {
  if (!isInProgress(row)) return undefined;
  const until = parseQueueTime(leaseTimeText(row.lease_until));
  const leaseMs = leaseSeconds * 1000;
  if (!until || until.getTime() - now.getTime() <= leaseMs) return undefined;
  // updated_at from the same fast clock is in the future as well: then the lease counts from now (first seen).
  const updated = parseQueueTime(row.updated_at);
  const anchor = updated && updated.getTime() <= now.getTime() ? updated : now;
  const shortened = new Date(anchor.getTime() + leaseMs);
  const owner = JSON.stringify(row.lease_owner || 'an unknown owner');
  return {
    row: { ...row, lease_until: withLeaseTime(row.lease_until, shortened) },
    until: shortened,
    expired: shortened.getTime() <= now.getTime(),
    warning:
      `row ${row.row} (id ${JSON.stringify(row.id)}) is leased by ${owner} until ${JSON.stringify(row.lease_until)}, ` +
      `further ahead than the configured lease of ${leaseSeconds} s: clock skew on the runner that claimed it. ` +
      `Its lease is counted from ${anchor === updated ? 'its updated_at' : 'now'} and ends ${shortened.toISOString()}`,
  };
}

/** IN_PROGRESS and the lease is over (or was never written). An unreadable lease_until is left for a human. */
export function isLeaseExpired(row: QueueRow, now: Date, leaseSeconds?: number): boolean {
  if (!isInProgress(row)) return false;
  if (!row.lease_until.trim()) return true;
  if (leaseSeconds !== undefined) {
    const skewed = skewedLease(row, now, leaseSeconds);
    if (skewed) return skewed.expired;
  }
  const until = parseQueueTime(leaseTimeText(row.lease_until));
  return until !== undefined && until.getTime() <= now.getTime();
}

/**
 * Expired leases back to the state they were claimed from (claimedFrom:
 * PENDING unless the lease names another). With `leaseSeconds`, a skewed lease
 * (see skewedLease) counts as expired once the configured lease has passed
 * since its anchor; without it, lease_until is taken as written.
 */
export function recoverExpiredLeases(
  rows: readonly QueueRow[],
  now: Date,
  runId: string,
  leaseSeconds?: number,
): QueueRow[] {
  return rows
    .filter((row) => row.id.trim() && isLeaseExpired(row, now, leaseSeconds))
    .map((row) => {
      const from = claimedFrom(row);
      const until = leaseTimeText(row.lease_until);
      return {
        ...row,
        status: from,
        notes: cellText(
          `lease of ${row.lease_owner || 'an unknown owner'} expired${until ? ` at ${until}` : ''}${
            leaseSeconds !== undefined && skewedLease(row, now, leaseSeconds)
              ? ' (a skewed lease, counted from its updated_at)'
              : ''
          }; recovered${from === 'PENDING' ? '' : ` as ${from}, the state it was claimed from`}`,
        ),
        lease_owner: '',
        lease_until: '',
        updated_at: now.toISOString(),
        run_id: runId,
      };
    });
}

/** Skewed leases still running, shortened to the configured lease (written back by the claim) with a warning each. */
export function shortenSkewedLeases(rows: readonly QueueRow[], now: Date, leaseSeconds: number): SkewedLease[] {
  return rows.flatMap((row) => {
    const skewed = row.id.trim() ? skewedLease(row, now, leaseSeconds) : undefined;
    return skewed && !skewed.expired ? [skewed] : [];
  });
}

/** Whose lease a row is under: the owner and the run (two runs on one host share an owner). */
export interface LeaseHolder {
  owner: string;
  runId: string;
}

const heldBy = (row: QueueRow, holder: LeaseHolder) =>
  isInProgress(row) && row.lease_owner === holder.owner && row.run_id === holder.runId;

/**
 * The row with its lease extended to `leaseSeconds` from now, when it is
 * still IN_PROGRESS under `holder`; undefined when the lease was lost (it
 * expired and someone else took the row, or a human changed it).
 */
export function renewLease(row: QueueRow, holder: LeaseHolder, now: Date, leaseSeconds: number): QueueRow | undefined {
  if (!heldBy(row, holder)) return undefined;
  return { ...row, lease_until: withLeaseTime(row.lease_until, new Date(now.getTime() + leaseSeconds * 1000)) };
}

/**
 * The row given back unworked: the run's time budget ran out while it was
 * in flight. It returns to the state it was claimed from with the claim's
 * attempt taken back (the item did not fail), its lease cleared, and a note.
 */
export function releaseLease(
  row: QueueRow,
  args: { from: ItemStatus; attempts: number; reason: string; now: Date; runId: string },
): QueueRow {
  return {
    ...row,
    status: args.from === 'IN_PROGRESS' ? 'PENDING' : args.from,
    attempts: String(Math.max(0, args.attempts)),
    notes: cellText(args.reason),
    lease_owner: '',
    lease_until: '',
    updated_at: args.now.toISOString(),
    run_id: args.runId,
  };
}

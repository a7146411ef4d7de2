// The claim, planned on one snapshot of the queue (the executor runs it
// inside QueueStore.transact, under the lock): recover expired leases (each
// row back to the state it was claimed from, then claimable again), park
// rejected rows as BLOCKED, then take up to maxItems eligible rows in order.
// Rows with problems (bad values) are reported, never touched; rows sharing
// an id are all left alone too, and each gets a note saying so (once), so a
// copy-pasted row is never silently skipped.
//
// With a shard (k/n), the plan sees only the rows whose ids hash to k: n runs
// side by side touch disjoint rows (recovery, rejection and claims alike).
import type { ItemStatus, Mode, QueueRow } from '../../model';
import { eligibleItems, rejectedItems } from './eligibility';
import { recoverExpiredLeases, shortenSkewedLeases } from './lease';
import { DUPLICATE_ID, duplicateIdNote, findDuplicateIds, parseQueueRow } from './parse-row';
import { inShard, type Shard } from './shard';
import { toBlocked, toClaimed } from './transitions';
import type { RowProblem } from './types';

export interface ClaimArgs {
  mode: Mode;
  now: Date;
  owner: string;
  runId: string;
  leaseSeconds: number;
  maxItems: number;
  requireApproval: boolean;
  /** The IANA zone a publish_at without a zone is read in (default UTC). */
  timeZone?: string;
  /** This run's part of the queue (absent: all of it). */
  shard?: Shard;
}

export interface Claim {
  /** The claimed rows as written (IN_PROGRESS) and the state they were claimed from. */
  claimed: Array<{ row: QueueRow; from: ItemStatus }>;
  rejected: QueueRow[];
  recovered: QueueRow[];
  problems: RowProblem[];
  /** Warnings for leases that end further ahead than the configured lease (clock skew), shortened in `update`. */
  skewed: string[];
  /** Rows that share their id with another row, their notes flagged (also in `update` when the note is new). */
  duplicates: QueueRow[];
  /** Every changed row: what the store writes back. */
  update: QueueRow[];
}

export function planClaim(allRows: readonly QueueRow[], args: ClaimArgs): Claim {
  // Rows sharing an id share a shard, so duplicates are still found within it.
  const rows = args.shard ? allRows.filter((row) => inShard(row.id, args.shard)) : allRows;
  const stamp = { now: args.now, runId: args.runId };
  const duplicates = findDuplicateIds(rows);
  const duplicateRows = new Set(duplicates.map((p) => p.row));
  const flagged = duplicates.flatMap((p) => {
    const row = rows.find((r) => r.row === p.row);
    return row ? [flagDuplicate(row, duplicateIdNote(p))] : [];
  });
  const problems: RowProblem[] = [...duplicates];
  const valid: QueueRow[] = [];
  for (const row of rows) {
    if (duplicateRows.has(row.row)) continue;
    const parsed = parseQueueRow(row, args);
    if (parsed.ok) valid.push(row);
    else problems.push(...parsed.problems);
  }

  // Only valid rows are recovered: a row with a problem waits for a human even if its lease ran out.
  const recovered = recoverExpiredLeases(valid, args.now, args.runId, args.leaseSeconds);
  // A lease further ahead than the configured one (a runner's fast clock): shortened and written back.
  const shortened = shortenSkewedLeases(valid, args.now, args.leaseSeconds);
  const recoveredByRow = new Map(recovered.map((r) => [r.row, r]));
  // Recovery only sets the claimed-from state and clears the lease, so a valid row stays valid.
  const items = valid.flatMap((row) => {
    const parsed = parseQueueRow(recoveredByRow.get(row.row) ?? row, args);
    return parsed.ok ? [parsed.item] : [];
  });

  const rejected = rejectedItems(items).map((item) => {
    // A reviewer often says why in notes: keep their words after ours, never overwrite them.
    const said = item.row.notes.trim();
    return toBlocked(item.row, {
      ...stamp,
      reason: `rejected by ${item.row.approver.trim() || 'a reviewer'}${said ? ` — notes before: ${said}` : ''}`,
      codes: ['REJECTED'],
    });
  });
  const leaseUntil = new Date(args.now.getTime() + args.leaseSeconds * 1000);
  // Every claim counts an attempt, whatever state it came from: drafting and
  // publishing each start from 0 (toAwaitingApproval resets the count), so a
  // publish that keeps failing also ends in FAILED after maxAttempts.
  const claimed = eligibleItems(items, args.mode, args.now, { requireApproval: args.requireApproval })
    .slice(0, Math.max(0, args.maxItems))
    .map((item) => ({
      // The claimed-from state goes into the lease, so a crash cannot lose it (claimed-from.ts).
      row: toClaimed(item.row, {
        ...stamp,
        owner: args.owner,
        leaseUntil,
        attempts: item.attempts + 1,
        from: item.status,
      }),
      from: item.status,
    }));

  const update = new Map<number, QueueRow>();
  for (const r of flagged) if (r.changed) update.set(r.row.row, r.row);
  for (const r of [...shortened.map((s) => s.row), ...recovered, ...rejected, ...claimed.map((c) => c.row)]) {
    update.set(r.row, r);
  }
  const skewed = shortened.map((s) => s.warning);
  return {
    claimed,
    rejected,
    recovered,
    problems,
    duplicates: flagged.map((f) => f.row),
    skewed,
    update: [...update.values()],
  };
}

/** The row with the note added to its notes, unless a duplicate-id note is there already (a human may have edited it). */
function flagDuplicate(row: QueueRow, note: string): { row: QueueRow; changed: boolean } {
  if (row.notes.includes('DUPLICATE_ID')) return { row, changed: false };
  const notes = row.notes.trim() ? `${row.notes.trim()} | ${note}` : note;
  return { row: { ...row, notes }, changed: true };
}

/** Rows sharing an id end the run as a failure (exit code 1): a human has to give one a new id. */
export function hasDuplicateIds(problems: readonly RowProblem[]): boolean {
  return problems.some((p) => p.code === DUPLICATE_ID);
}

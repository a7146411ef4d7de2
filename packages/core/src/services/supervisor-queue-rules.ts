// The executor's queue rules as the supervisor uses them: how many rows are
// eligible (in either mode) and which leases have expired. Kept apart from
// the service so the supervisor depends on the rules only through
// SupervisorQueueRules.
import { approvalRequired, eligibleItems, parseQueueRow, type QueueItem, recoverExpiredLeases } from '../domain/queue';
import { waitingSince } from '../domain/supervisor/queue-facts';
import type { QueueRow } from '../model';
import type { SupervisorQueueRules } from './supervisor';

export function defaultQueueRules(requireApproval = true, timeZone?: string): SupervisorQueueRules {
  // The REQUIRE_APPROVAL variable combines with the setting as in the executor
  // (approvalRequired: the stricter wins), so the supervisor counts the rows
  // the executor would take and never dispatches a run with nothing to do.
  const eligible = (rows: readonly QueueRow[], now: Date, approvalVariable?: string): QueueItem[] => {
    const items = rows.flatMap((row) => {
      const parsed = parseQueueRow(row, { timeZone });
      return parsed.ok ? [parsed.item] : [];
    });
    const opts = { requireApproval: approvalRequired(requireApproval, approvalVariable) };
    const both = [...eligibleItems(items, 'review', now, opts), ...eligibleItems(items, 'publish', now, opts)];
    return [...new Map(both.map((item) => [item.row.row, item])).values()];
  };
  return {
    eligibleCount: (rows, now, approvalVariable) => eligible(rows, now, approvalVariable).length,
    waitingSince(rows, now, approvalVariable) {
      const since = waitingSince(eligible(rows, now, approvalVariable), now);
      return since === undefined ? undefined : new Date(since).toISOString();
    },
    recoverExpiredLeases: (rows, now, runId) => recoverExpiredLeases(rows, now, runId),
  };
}

// The executor's queue rules as the supervisor uses them: how many rows are
// eligible (in either mode) and which leases have expired. Kept apart from
// the service so the supervisor depends on the rules only through
// SupervisorQueueRules.
import { eligibleItems, parseQueueRow, recoverExpiredLeases } from '../domain/queue';
import type { SupervisorQueueRules } from './supervisor';

export function defaultQueueRules(requireApproval = true): SupervisorQueueRules {
  return {
    eligibleCount(rows, now) {
      const items = rows.flatMap((row) => {
        const parsed = parseQueueRow(row);
        return parsed.ok ? [parsed.item] : [];
      });
      const opts = { requireApproval };
      const eligible = [...eligibleItems(items, 'review', now, opts), ...eligibleItems(items, 'publish', now, opts)];
      return new Set(eligible.map((item) => item.row.row)).size;
    },
    recoverExpiredLeases: (rows, now, runId) => recoverExpiredLeases(rows, now, runId),
  };
}

// Which rows an executor may take now, and in what order.
//
// - PENDING rows whose next_attempt_at has passed. In publish mode their
//   publish_at must have passed too; in review mode a future publish_at does
//   not stop the draft (people review early; it goes live on time).
// - In publish mode, APPROVED rows, and AWAITING_APPROVAL rows that a human
//   approved in the `approval` column or, without require-approval, any.
//   A row a human approved is taken at once, even before its publish_at:
//   publishing it with a future publish_at schedules it in the store
//   (SCHEDULED), which shows it at that moment whether or not a run is going
//   then. A row nobody approved (require-approval off) waits for publish_at,
//   as a PENDING row does: no one asked for it to be set up in advance.
// - In publish mode, SCHEDULED rows whose publish_at has passed: a cheap
//   look-up that marks the row PUBLISHED once the store shows the article.
// - In publish mode only, UPDATE rows (a human asked to re-publish a live
//   article in place): changing what readers see is publishing, so review
//   mode never takes one, and with require-approval on the row's approval
//   must say `approved` (a row that went live through approval still does;
//   set it to `pending` to hold an update until someone approves it).
// - Never a row whose approval is `rejected` (see rejectedItems).
// Order: P0 > P1 > P2, then publish_at (rows without one first: they have
// been due all along), then row order.
import type { Mode, Priority } from '../../model';
import type { QueueItem } from './types';

export interface EligibilityOptions {
  requireApproval: boolean;
}

/**
 * Whether publish mode needs a human's approval: the `require-approval`
 * setting (default true) and the REQUIRE_APPROVAL variable (`vars set`
 * locally, the repository variable in Actions) combined, the stricter
 * winning — either one saying `true` requires approval, and a variable can
 * never switch off what the setting turned on. A value that is neither
 * `true` nor `false` counts as `true`: a typo must not open the gate.
 */
export function approvalRequired(setting: boolean, variable: string | undefined): boolean {
  const value = variable?.trim().toLowerCase();
  if (!value) return setting;
  return setting || value !== 'false';
}

const due = (at: Date | undefined, now: Date) => at === undefined || at.getTime() <= now.getTime();

export function isEligible(item: QueueItem, mode: Mode, now: Date, options: EligibilityOptions): boolean {
  if (item.approval === 'rejected') return false;
  switch (item.status) {
    case 'PENDING':
      return due(item.nextAttemptAt, now) && (mode === 'review' || due(item.publishAt, now));
    case 'APPROVED':
      return mode === 'publish' && due(item.nextAttemptAt, now);
    case 'AWAITING_APPROVAL':
      if (mode !== 'publish' || !due(item.nextAttemptAt, now)) return false;
      if (item.approval === 'approved') return true;
      return !options.requireApproval && due(item.publishAt, now);
    case 'SCHEDULED':
      return mode === 'publish' && due(item.nextAttemptAt, now) && due(item.publishAt, now);
    case 'UPDATE':
      return (
        mode === 'publish' && due(item.nextAttemptAt, now) && (!options.requireApproval || item.approval === 'approved')
      );
    default:
      return false;
  }
}

const RANK: Record<Priority, number> = { P0: 0, P1: 1, P2: 2 };

export function compareItems(a: QueueItem, b: QueueItem): number {
  return (
    RANK[a.priority] - RANK[b.priority] ||
    (a.publishAt?.getTime() ?? Number.NEGATIVE_INFINITY) - (b.publishAt?.getTime() ?? Number.NEGATIVE_INFINITY) ||
    a.row.row - b.row.row
  );
}

export function eligibleItems(
  items: readonly QueueItem[],
  mode: Mode,
  now: Date,
  options: EligibilityOptions,
): QueueItem[] {
  return items.filter((item) => isEligible(item, mode, now, options)).sort(compareItems);
}

/** Rows a human rejected that are not yet parked: the executor marks them BLOCKED. */
export function rejectedItems(items: readonly QueueItem[]): QueueItem[] {
  return items.filter(
    (item) => item.approval === 'rejected' && ['PENDING', 'AWAITING_APPROVAL', 'APPROVED'].includes(item.status),
  );
}

// The state a row was claimed from, kept with its claim so that it outlives a
// crash: a run that dies holding a row leaves only the row behind, and the
// row must go back to that state when its lease expires — an UPDATE row stays
// UPDATE (the next run applies the update), an APPROVED draft stays APPROVED.
// Only a row claimed for its first publication may be written PUBLISHED from
// a live article on recovery (recover-item.ts): for an UPDATE row the live
// article is the old text, the update not applied.
//
// Where it is kept: in `lease_until`, after the time, as
// `2026-11-22T10:15:00.000Z (from UPDATE)`. Not a column of its own, on
// purpose: a missing column is added to the header on the first write that
// fills it (csv-table.ts), and every claim would fill this one — on a Sheets
// tab whose grid is exactly as wide as its header (a tab made from the
// template) that write is refused ("exceeds grid limits"), so existing queues
// would stop working. The lease cell is ours (only claims write it), is
// cleared with the lease, and says to a person reading the sheet what it
// means. A claim from PENDING writes the time alone, as before: a lease
// without the mark — one from PENDING, or written by a version before this
// one — returns the row to PENDING, as it always did.
import type { ItemStatus, QueueRow } from '../../model';

/** The claimable states a row can be claimed from besides PENDING (eligibility.ts): the ones the mark names. */
const MARKED: ReadonlySet<ItemStatus> = new Set<ItemStatus>(['APPROVED', 'AWAITING_APPROVAL', 'SCHEDULED', 'UPDATE']);

/** Claimed for its first publication: a live article found on recovery is this item's, published by the dead run. */
const FIRST_PUBLICATION: ReadonlySet<ItemStatus> = new Set<ItemStatus>([
  'PENDING',
  'APPROVED',
  'AWAITING_APPROVAL',
  'SCHEDULED',
]);

const MARK = /\s*\(from ([A-Za-z_]+)\)\s*$/;

/** The lease_until cell of a claim: the time, and the state it was claimed from unless PENDING. */
export function leaseUntilCell(until: Date, from: ItemStatus): string {
  const time = until.toISOString();
  return MARKED.has(from) ? `${time} (from ${from})` : time;
}

/** The time part of a lease_until cell (the cell without its mark). */
export function leaseTimeText(cell: string): string {
  return cell.replace(MARK, '').trim();
}

/** The cell with its time replaced and its mark kept (a renewed or shortened lease is the same claim). */
export function withLeaseTime(cell: string, until: Date): string {
  const mark = MARK.exec(cell)?.[1]?.toUpperCase() as ItemStatus | undefined;
  return leaseUntilCell(until, mark && MARKED.has(mark) ? mark : 'PENDING');
}

/**
 * The state the row's current claim was taken from, read from its lease —
 * the state an expired lease returns the row to: PENDING when the lease has
 * no (known) mark (a claim from PENDING, or one written before the mark).
 */
export function claimedFrom(row: Pick<QueueRow, 'lease_until'>): ItemStatus {
  const mark = MARK.exec(row.lease_until)?.[1]?.toUpperCase() as ItemStatus | undefined;
  return mark && MARKED.has(mark) ? mark : 'PENDING';
}

/**
 * Whether a live article found for the row may be taken as this claim's work
 * done (written PUBLISHED without redoing it): only for a first publication.
 * An UPDATE's article was live before the claim, so it proves nothing.
 */
export function claimedForFirstPublication(row: Pick<QueueRow, 'lease_until'>): boolean {
  return FIRST_PUBLICATION.has(claimedFrom(row));
}

// The state a row was claimed from survives a crash (it is kept in the
// claim's lease_until), and an expired lease returns the row to it: an UPDATE
// row that a dead run held is an UPDATE again, applied by the next run, never
// taken as published from its (old) live article.
import { describe, expect, it } from 'vitest';
import {
  type ClaimArgs,
  claimedForFirstPublication,
  claimedFrom,
  isLeaseExpired,
  leaseTimeText,
  leaseUntilCell,
  parseQueueRow,
  planClaim,
  recoverExpiredLeases,
  renewLease,
  skewedLease,
  withLeaseTime,
} from '../../../packages/core/src/domain/queue';
import type { ItemStatus } from '../../../packages/core/src/model';
import { NOW, queueRow } from './rows';

const args: ClaimArgs = {
  mode: 'publish',
  now: NOW,
  owner: 'runner-7',
  runId: 'run-99',
  leaseSeconds: 900,
  maxItems: 5,
  requireApproval: true,
};
const LATER = new Date(NOW.getTime() + 3_600_000);
const UNTIL = new Date('2026-11-22T10:15:00.000Z');

/** A PUBLISHED row a human marked UPDATE (approved, as require-approval wants). */
const updateRow = (row = 1) =>
  queueRow({
    row,
    id: `upd-${row}`,
    status: 'UPDATE',
    approval: 'approved',
    article_id: `gid://shopify/Article/${row}`,
    handle: `guide-${row}`,
  });

describe('the lease cell keeps the claimed-from state', () => {
  it('a claim from PENDING writes the time alone, as before; other states add "(from STATE)"', () => {
    expect(leaseUntilCell(UNTIL, 'PENDING')).toBe('2026-11-22T10:15:00.000Z');
    expect(leaseUntilCell(UNTIL, 'UPDATE')).toBe('2026-11-22T10:15:00.000Z (from UPDATE)');
    expect(leaseUntilCell(UNTIL, 'APPROVED')).toBe('2026-11-22T10:15:00.000Z (from APPROVED)');
    // Not a claimable state: nothing to remember (a claim never comes from it).
    expect(leaseUntilCell(UNTIL, 'PUBLISHED')).toBe('2026-11-22T10:15:00.000Z');
  });

  it.each<[string, ItemStatus, boolean]>([
    ['2026-11-22T10:15:00.000Z', 'PENDING', true],
    ['', 'PENDING', true],
    ['2026-11-22T10:15:00.000Z (from UPDATE)', 'UPDATE', false],
    ['2026-11-22T10:15:00.000Z (from update) ', 'UPDATE', false],
    ['2026-11-22T10:15:00.000Z (from APPROVED)', 'APPROVED', true],
    ['2026-11-22T10:15:00.000Z (from AWAITING_APPROVAL)', 'AWAITING_APPROVAL', true],
    ['2026-11-22T10:15:00.000Z (from SCHEDULED)', 'SCHEDULED', true],
    // A mark naming no claimable state (a hand edit) is no mark: PENDING, as a lease always meant.
    ['2026-11-22T10:15:00.000Z (from PUBLISHED)', 'PENDING', true],
    ['2026-11-22T10:15:00.000Z (from NONSENSE)', 'PENDING', true],
  ])('%j → claimed from %s (first publication: %s)', (cell, from, first) => {
    expect(claimedFrom({ lease_until: cell })).toBe(from);
    expect(claimedForFirstPublication({ lease_until: cell })).toBe(first);
  });

  it('the time part reads as a time; a new time keeps the mark', () => {
    expect(leaseTimeText('2026-11-22T10:15:00.000Z (from UPDATE)')).toBe('2026-11-22T10:15:00.000Z');
    expect(withLeaseTime('2026-11-22T10:15:00.000Z (from UPDATE)', LATER)).toBe(`${LATER.toISOString()} (from UPDATE)`);
    expect(withLeaseTime('2026-11-22T10:15:00.000Z', LATER)).toBe(LATER.toISOString());
    const parsed = parseQueueRow(
      queueRow({ row: 1, status: 'IN_PROGRESS', lease_until: '2026-11-22T10:15:00.000Z (from UPDATE)' }),
    );
    expect(parsed.ok && parsed.item.leaseUntil?.toISOString()).toBe('2026-11-22T10:15:00.000Z');
  });
});

describe('leases that carry the mark', () => {
  const held = queueRow({
    row: 1,
    id: 'u',
    status: 'IN_PROGRESS',
    lease_owner: 'runner-7',
    run_id: 'run-99',
    lease_until: '2026-11-22T10:15:00.000Z (from UPDATE)',
  });

  it('expire at their time, and renewing or shortening one keeps the mark', () => {
    expect(isLeaseExpired(held, NOW)).toBe(false);
    expect(isLeaseExpired(held, LATER)).toBe(true);
    expect(renewLease(held, { owner: 'runner-7', runId: 'run-99' }, NOW, 900)?.lease_until).toBe(
      '2026-11-22T10:15:00.000Z (from UPDATE)',
    );
    const skewed = skewedLease(
      { ...held, lease_until: '2026-11-23T10:00:00.000Z (from UPDATE)', updated_at: NOW.toISOString() },
      NOW,
      900,
    );
    expect(skewed?.row.lease_until).toBe('2026-11-22T10:15:00.000Z (from UPDATE)');
  });

  it('an expired one returns the row to the state it was claimed from, a plain one to PENDING', () => {
    const plain = { ...held, row: 2, id: 'p', lease_until: '2026-11-22T10:15:00.000Z' };
    const approved = { ...held, row: 3, id: 'a', lease_until: '2026-11-22T10:15:00.000Z (from APPROVED)' };
    const recovered = recoverExpiredLeases([held, plain, approved], LATER, 'run-100');
    expect(recovered.map((r) => [r.id, r.status, r.lease_until, r.lease_owner])).toEqual([
      ['u', 'UPDATE', '', ''],
      ['p', 'PENDING', '', ''],
      ['a', 'APPROVED', '', ''],
    ]);
    expect(recovered[0]?.notes).toBe(
      'lease of runner-7 expired at 2026-11-22T10:15:00.000Z; recovered as UPDATE, the state it was claimed from',
    );
    expect(recovered[1]?.notes).toBe('lease of runner-7 expired at 2026-11-22T10:15:00.000Z; recovered');
  });
});

describe('a run that dies holding an UPDATE row (planClaim before and after)', () => {
  it('the next claim takes it back as an UPDATE, not as a first publication', () => {
    const dead = planClaim([updateRow()], { ...args, owner: 'victim', runId: 'killed' });
    expect(dead.claimed.map((c) => [c.row.id, c.from])).toEqual([['upd-1', 'UPDATE']]);
    // What the dead run leaves in the queue: the claimed row, nothing after it.
    const left = dead.update;

    const next = planClaim(left, { ...args, now: LATER, owner: 'rescuer', runId: 'next' });
    expect(next.recovered.map((r) => [r.id, r.status])).toEqual([['upd-1', 'UPDATE']]);
    expect(next.claimed.map((c) => [c.row.id, c.from])).toEqual([['upd-1', 'UPDATE']]);
    // The re-claimed row still says where it came from: a live article is no proof the update was applied.
    expect(claimedForFirstPublication(next.claimed[0]?.row ?? queueRow({ row: 9 }))).toBe(false);
  });

  it('a crashed first publication is still recovered as one', () => {
    const pending = queueRow({ row: 1, id: 'new', approval: 'approved' });
    const dead = planClaim([pending], { ...args, owner: 'victim', runId: 'killed' });
    const next = planClaim(dead.update, { ...args, now: LATER, owner: 'rescuer', runId: 'next' });
    expect(next.claimed.map((c) => [c.row.id, c.from])).toEqual([['new', 'PENDING']]);
    expect(claimedForFirstPublication(next.claimed[0]?.row ?? queueRow({ row: 9 }))).toBe(true);
  });

  it('in review mode the recovered UPDATE row waits as UPDATE (it is not drafted anew as PENDING)', () => {
    const dead = planClaim([updateRow()], { ...args, owner: 'victim', runId: 'killed' });
    const next = planClaim(dead.update, { ...args, mode: 'review', now: LATER, owner: 'rescuer', runId: 'next' });
    expect(next.claimed).toEqual([]);
    expect(next.update.map((r) => [r.id, r.status])).toEqual([['upd-1', 'UPDATE']]);
  });
});

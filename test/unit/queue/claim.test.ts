import { describe, expect, it } from 'vitest';
import { type ClaimArgs, hasDuplicateIds, planClaim } from '../../../packages/core/src/domain/queue';
import type { QueueRow } from '../../../packages/core/src/model';
import { HOUR_AGO, IN_AN_HOUR, NOW, queueRow } from './rows';

const args: ClaimArgs = {
  mode: 'publish',
  now: NOW,
  owner: 'runner-7',
  runId: 'run-99',
  leaseSeconds: 900,
  maxItems: 2,
  requireApproval: false,
};

const LEASE_UNTIL = '2026-11-22T10:15:00.000Z';

describe('planClaim', () => {
  it('claims up to maxItems eligible rows in order, with lease fields and one more attempt', () => {
    const rows = [
      queueRow({ row: 1, id: 'low' }),
      queueRow({ row: 2, id: 'urgent', priority: 'P0', attempts: '2' }),
      queueRow({ row: 3, id: 'medium', priority: 'P1' }),
    ];
    const claim = planClaim(rows, args);
    expect(claim.claimed.map((c) => c.row.id)).toEqual(['urgent', 'medium']);
    expect(claim.claimed[0]).toEqual({
      from: 'PENDING',
      row: {
        ...rows[1],
        status: 'IN_PROGRESS',
        lease_owner: 'runner-7',
        lease_until: LEASE_UNTIL,
        attempts: '3',
        updated_at: NOW.toISOString(),
        run_id: 'run-99',
      },
    });
    expect(claim.claimed[1]?.row.attempts).toBe('1');
    expect(claim.update.map((r) => r.id).sort()).toEqual(['medium', 'urgent']);
    expect(claim.problems).toEqual([]);
    expect(rows[1]?.status).toBe(''); // input untouched
  });

  it('claims nothing with maxItems 0 or an empty queue', () => {
    expect(planClaim([queueRow({ row: 1 })], { ...args, maxItems: 0 }).update).toEqual([]);
    expect(planClaim([], args)).toEqual({
      claimed: [],
      rejected: [],
      recovered: [],
      problems: [],
      duplicates: [],
      skewed: [],
      update: [],
    });
  });

  it('remembers the state a publish claim came from and counts its attempt', () => {
    const rows = [
      queueRow({ row: 1, id: 'ok', status: 'APPROVED', approval: 'approved', article_id: 'gid://a/1' }),
      queueRow({ row: 2, id: 'wait', status: 'AWAITING_APPROVAL', approval: 'pending', attempts: '1' }),
    ];
    const claim = planClaim(rows, args);
    expect(claim.claimed.map((c) => [c.row.id, c.from, c.row.attempts, c.row.article_id])).toEqual([
      ['ok', 'APPROVED', '1', 'gid://a/1'],
      ['wait', 'AWAITING_APPROVAL', '2', ''],
    ]);
    expect(planClaim(rows, { ...args, requireApproval: true }).claimed.map((c) => c.row.id)).toEqual(['ok']);
    expect(planClaim(rows, { ...args, mode: 'review' }).claimed).toEqual([]);
  });

  it('reports invalid and duplicate rows and never changes them', () => {
    const rows = [
      queueRow({ row: 1, id: 'bad', priority: 'P9' }),
      queueRow({ row: 2, id: 'dup' }),
      queueRow({ row: 3, id: 'dup' }),
      queueRow({ row: 4, id: 'stuck-bad', status: 'IN_PROGRESS', lease_until: HOUR_AGO, approval: 'maybe' }),
      queueRow({ row: 5, id: 'dup', status: 'IN_PROGRESS', lease_until: HOUR_AGO }),
      queueRow({ row: 6, id: 'bad-rejected', approval: 'rejected', publish_at: 'tomorrow' }),
    ];
    const claim = planClaim(rows, { ...args, maxItems: 10 });
    expect(claim.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'id'],
      [3, 'id'],
      [5, 'id'],
      [1, 'priority'],
      [4, 'approval'],
      [6, 'publish_at'],
    ]);
    // Every row of a duplicated id (the first too) is left alone but for a note saying why; nothing is claimed.
    expect(claim.claimed).toEqual([]);
    expect(claim.update.map((r) => r.row)).toEqual([2, 3, 5]);
    for (const row of claim.update) {
      expect(row).toEqual({
        ...rows[row.row - 1],
        notes: expect.stringMatching(/^DUPLICATE_ID: id "dup" is also used by row/),
      });
    }
    expect(claim.update[0]?.notes).toContain('is also used by row 3, 5');
    expect(claim.duplicates.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(hasDuplicateIds(claim.problems)).toBe(true);
    expect(claim.recovered).toEqual([]);
    expect(claim.rejected).toEqual([]);

    // Flagged once: the next claim on the written rows changes nothing, and a human's notes are kept.
    const written = rows.map((r) => claim.update.find((u) => u.row === r.row) ?? r);
    expect(planClaim(written, { ...args, maxItems: 10 }).update).toEqual([]);
    const kept = planClaim([queueRow({ row: 1, id: 'x', notes: 'ask Ana' }), queueRow({ row: 2, id: 'x' })], args);
    expect(kept.update[0]?.notes).toMatch(/^ask Ana \| DUPLICATE_ID: /);
  });

  it('blocks rejected rows with a note naming the reviewer', () => {
    const rows = [
      queueRow({ row: 1, id: 'no', status: 'AWAITING_APPROVAL', approval: 'rejected', approver: 'alice' }),
      queueRow({ row: 2, id: 'next' }),
    ];
    const claim = planClaim(rows, args);
    expect(claim.rejected).toEqual([
      {
        ...rows[0],
        status: 'BLOCKED',
        notes: '[REJECTED] rejected by alice',
        updated_at: NOW.toISOString(),
        run_id: 'run-99',
      },
    ]);
    expect(claim.claimed.map((c) => c.row.id)).toEqual(['next']);
    expect(claim.update.map((r) => [r.id, r.status])).toEqual([
      ['no', 'BLOCKED'],
      ['next', 'IN_PROGRESS'],
    ]);
  });

  it('keeps what the reviewer wrote in notes when it blocks their rejection', () => {
    const rows = [
      queueRow({
        row: 1,
        id: 'no',
        status: 'AWAITING_APPROVAL',
        approval: 'rejected',
        approver: 'alice',
        notes: 'too salesy, rewrite the intro',
      }),
    ];
    expect(planClaim(rows, args).rejected[0]?.notes).toBe(
      '[REJECTED] rejected by alice — notes before: too salesy, rewrite the intro',
    );
  });

  it('shortens a lease that ends further ahead than the configured lease (clock skew), with a warning', () => {
    const rows = [
      queueRow({
        row: 1,
        id: 'ahead',
        status: 'IN_PROGRESS',
        lease_owner: 'fast-clock',
        lease_until: IN_AN_HOUR,
        updated_at: NOW.toISOString(),
      }),
    ];
    const claim = planClaim(rows, args);
    expect(claim.claimed).toEqual([]);
    expect(claim.update).toEqual([{ ...rows[0], lease_until: LEASE_UNTIL }]);
    expect(claim.skewed).toHaveLength(1);
    expect(claim.skewed[0]).toContain('"fast-clock"');
  });

  it('recovers an expired lease and may claim the row again in the same plan', () => {
    const rows = [
      queueRow({
        row: 1,
        id: 'dead',
        status: 'IN_PROGRESS',
        lease_owner: 'run-1',
        lease_until: HOUR_AGO,
        attempts: '1',
      }),
      queueRow({ row: 2, id: 'alive', status: 'IN_PROGRESS', lease_owner: 'run-2', lease_until: LEASE_UNTIL }),
    ];
    const claim = planClaim(rows, args);
    expect(claim.recovered.map((r) => [r.id, r.status, r.lease_owner])).toEqual([['dead', 'PENDING', '']]);
    expect(claim.recovered[0]?.notes).toBe(`lease of run-1 expired at ${HOUR_AGO}; recovered`);
    const written = claim.update.find((r) => r.id === 'dead') as QueueRow;
    expect(written).toMatchObject({ status: 'IN_PROGRESS', lease_owner: 'runner-7', attempts: '2' });
    expect(claim.update).toHaveLength(1); // one write per row, the last state wins
  });

  it('recovers but does not claim when nothing is allowed', () => {
    const rows = [queueRow({ row: 1, status: 'IN_PROGRESS', lease_until: HOUR_AGO })];
    const claim = planClaim(rows, { ...args, maxItems: 0 });
    expect(claim.update.map((r) => r.status)).toEqual(['PENDING']);
  });
});

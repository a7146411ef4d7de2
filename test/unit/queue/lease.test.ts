import { describe, expect, it } from 'vitest';
import {
  isLeaseExpired,
  recoverExpiredLeases,
  releaseLease,
  renewLease,
  skewedLease,
} from '../../../packages/core/src/domain/queue';
import type { QueueRow } from '../../../packages/core/src/model';
import { HOUR_AGO, IN_AN_HOUR, NOW, queueRow } from './rows';

describe('isLeaseExpired', () => {
  it.each([
    ['IN_PROGRESS, lease passed', { status: 'IN_PROGRESS', lease_until: HOUR_AGO }, true],
    ['IN_PROGRESS, lease ends now', { status: 'IN_PROGRESS', lease_until: NOW.toISOString() }, true],
    ['IN_PROGRESS, no lease written', { status: 'IN_PROGRESS', lease_until: '' }, true],
    ['IN_PROGRESS, lease running', { status: 'IN_PROGRESS', lease_until: IN_AN_HOUR }, false],
    ['IN_PROGRESS, unreadable lease', { status: 'IN_PROGRESS', lease_until: 'soon' }, false],
    ['PENDING with an old lease', { status: 'PENDING', lease_until: HOUR_AGO }, false],
  ])('%s → %s', (_name, fields, expected) => {
    expect(isLeaseExpired(queueRow({ row: 1, ...fields }), NOW)).toBe(expected);
  });
});

describe('recoverExpiredLeases', () => {
  it('returns expired rows to PENDING with a note, lease cleared, stamped with the run', () => {
    const rows = [
      queueRow({
        row: 1,
        id: 'dead',
        status: 'IN_PROGRESS',
        lease_owner: 'run-41',
        lease_until: HOUR_AGO,
        attempts: '1',
        extra: { campaign: 'spring' },
      }),
      queueRow({ row: 2, id: 'alive', status: 'IN_PROGRESS', lease_owner: 'run-42', lease_until: IN_AN_HOUR }),
      queueRow({ row: 3, id: 'idle' }),
    ];
    const recovered = recoverExpiredLeases(rows, NOW, 'run-43');
    expect(recovered).toEqual([
      {
        ...rows[0],
        status: 'PENDING',
        lease_owner: '',
        lease_until: '',
        notes: `lease of run-41 expired at ${HOUR_AGO}; recovered`,
        updated_at: NOW.toISOString(),
        run_id: 'run-43',
      },
    ]);
    expect(rows[0]?.status).toBe('IN_PROGRESS'); // the input is not mutated
  });

  it('names an unknown owner when none was written', () => {
    const [row] = recoverExpiredLeases([queueRow({ row: 1, status: 'IN_PROGRESS' })], NOW, 'r');
    expect(row?.notes).toBe('lease of an unknown owner expired; recovered');
  });
});

describe('skewedLease (a lease further ahead than the configured lease: clock skew)', () => {
  const LEASE = 900; // 15 minutes
  const A_DAY_AHEAD = '2026-11-23T10:00:00.000Z';
  const skewedRow = (fields: Partial<QueueRow> = {}) =>
    queueRow({
      row: 4,
      id: 'slow',
      status: 'IN_PROGRESS',
      lease_owner: 'fast\u001b]0;x\u0007clock',
      lease_until: A_DAY_AHEAD,
      ...fields,
    });

  it('is not skew when the lease ends within the configured lease (or exactly at it)', () => {
    expect(skewedLease(skewedRow({ lease_until: '2026-11-22T10:15:00.000Z' }), NOW, LEASE)).toBeUndefined();
    expect(skewedLease(skewedRow({ lease_until: HOUR_AGO }), NOW, LEASE)).toBeUndefined();
    expect(skewedLease(skewedRow({ status: 'PENDING' }), NOW, LEASE)).toBeUndefined();
    expect(skewedLease(skewedRow({ lease_until: 'soon' }), NOW, LEASE)).toBeUndefined();
  });

  it('counts the lease from updated_at: expired once the configured lease has passed since then', () => {
    const old = skewedLease(skewedRow({ updated_at: HOUR_AGO }), NOW, LEASE);
    expect(old).toMatchObject({ expired: true, until: new Date('2026-11-22T09:15:00.000Z') });
    const recent = skewedLease(skewedRow({ updated_at: '2026-11-22T09:55:00Z' }), NOW, LEASE);
    expect(recent).toMatchObject({ expired: false, until: new Date('2026-11-22T10:10:00.000Z') });
    expect(recent?.row.lease_until).toBe('2026-11-22T10:10:00.000Z');
  });

  it('counts from now (first seen) when updated_at is in the future too: the whole clock was ahead', () => {
    const skewed = skewedLease(skewedRow({ updated_at: '2026-11-23T09:45:00Z' }), NOW, LEASE);
    expect(skewed).toMatchObject({ expired: false, until: new Date('2026-11-22T10:15:00.000Z') });
    // Written back, the shortened lease is no longer skew: it simply runs out 15 minutes after first seen.
    const later = new Date(NOW.getTime() + LEASE * 1000);
    expect(skewedLease(skewed?.row as QueueRow, NOW, LEASE)).toBeUndefined();
    expect(isLeaseExpired(skewed?.row as QueueRow, later, LEASE)).toBe(true);
  });

  it('warns naming the row, the id and the owner, with control characters escaped', () => {
    const skewed = skewedLease(skewedRow({ updated_at: HOUR_AGO }), NOW, LEASE);
    expect(skewed?.warning).toContain('row 4');
    expect(skewed?.warning).toContain('"slow"');
    expect(skewed?.warning).toContain('"fast\\u001b]0;x\\u0007clock"');
    expect([...(skewed?.warning ?? '')].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
  });

  it('isLeaseExpired and recoverExpiredLeases treat a skewed lease as expired after the configured lease', () => {
    const row = skewedRow({ updated_at: HOUR_AGO });
    expect(isLeaseExpired(row, NOW)).toBe(false); // taken as written: held for a day
    expect(isLeaseExpired(row, NOW, LEASE)).toBe(true);
    const [recovered] = recoverExpiredLeases([row], NOW, 'run-9', LEASE);
    expect(recovered).toMatchObject({ status: 'PENDING', lease_owner: '', lease_until: '' });
    expect(recovered?.notes).toContain('skewed lease');
  });
});

describe('renewLease', () => {
  const held = queueRow({
    row: 2,
    status: 'IN_PROGRESS',
    lease_owner: 'host-a',
    run_id: 'r1',
    lease_until: NOW.toISOString(),
  });

  it('extends the lease from now while the row is still ours', () => {
    expect(renewLease(held, { owner: 'host-a', runId: 'r1' }, NOW, 60)).toEqual({
      ...held,
      lease_until: '2026-11-22T10:01:00.000Z',
    });
  });

  it('does nothing once the lease was lost: another owner or run, or no longer in progress', () => {
    expect(renewLease(held, { owner: 'host-b', runId: 'r1' }, NOW, 60)).toBeUndefined();
    expect(renewLease(held, { owner: 'host-a', runId: 'r2' }, NOW, 60)).toBeUndefined();
    expect(renewLease({ ...held, status: 'PUBLISHED' }, { owner: 'host-a', runId: 'r1' }, NOW, 60)).toBeUndefined();
  });
});

describe('releaseLease', () => {
  it('gives the row back to the state it was claimed from, the attempt taken back, with a note', () => {
    const row = queueRow({ row: 3, status: 'IN_PROGRESS', lease_owner: 'h', lease_until: IN_AN_HOUR, attempts: '2' });
    expect(
      releaseLease(row, { from: 'APPROVED', attempts: 1, reason: 'released: budget', now: NOW, runId: 'r5' }),
    ).toMatchObject({
      status: 'APPROVED',
      attempts: '1',
      lease_owner: '',
      lease_until: '',
      notes: 'released: budget',
      run_id: 'r5',
    });
  });
});

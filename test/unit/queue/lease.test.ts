import { describe, expect, it } from 'vitest';
import { isLeaseExpired, recoverExpiredLeases } from '../../../packages/core/src/domain/queue';
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

import { describe, expect, it } from 'vitest';
import { applyQueueCommand } from '../../../packages/core/src/domain/queue-commands';
import { QUEUE_COLUMNS, type QueueRow } from '../../../packages/core/src/model';

function row(fields: Partial<QueueRow>): QueueRow {
  const empty = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, ''])) as Record<(typeof QUEUE_COLUMNS)[number], string>;
  return { ...empty, id: 'a', row: 1, extra: { campaign: 'spring' }, ...fields };
}

const args = { by: 'alice', now: new Date('2026-11-22T10:00:00Z') };

describe('applyQueueCommand', () => {
  it('approves a draft awaiting approval', () => {
    const out = applyQueueCommand(row({ status: 'AWAITING_APPROVAL', article_id: 'x' }), 'approve', args);
    expect(out.ok && out.row).toMatchObject({ status: 'APPROVED', approval: 'approved', approver: 'alice' });
    expect(out.ok && out.row.extra).toEqual({ campaign: 'spring' });
    expect(out.ok && out.row.updated_at).toBe('2026-11-22T10:00:00.000Z');
  });

  it('refuses to approve what has no draft, naming the state', () => {
    const out = applyQueueCommand(row({ status: 'PENDING' }), 'approve', args);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toContain('it is PENDING');
  });

  it('rejects into BLOCKED with the approval recorded', () => {
    const out = applyQueueCommand(row({ status: 'AWAITING_APPROVAL' }), 'reject', { ...args, reason: 'off brand' });
    expect(out.ok && out.row).toMatchObject({
      status: 'BLOCKED',
      approval: 'rejected',
      notes: 'rejected by alice: off brand',
    });
  });

  it('retry resets the retry bookkeeping and a rejection', () => {
    const out = applyQueueCommand(
      row({ status: 'FAILED', attempts: '3', next_attempt_at: 'x', last_error: 'boom', approval: 'rejected' }),
      'retry',
      args,
    );
    expect(out.ok && out.row).toMatchObject({
      status: 'PENDING',
      attempts: '0',
      next_attempt_at: '',
      last_error: '',
      approval: '',
    });
  });

  it('cancel marks SKIPPED but not a published row', () => {
    expect(applyQueueCommand(row({ status: 'PENDING' }), 'cancel', args)).toMatchObject({
      ok: true,
      row: { status: 'SKIPPED' },
    });
    expect(applyQueueCommand(row({ status: 'PUBLISHED' }), 'cancel', args).ok).toBe(false);
  });
});

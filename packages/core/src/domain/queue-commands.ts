// What the operators' queue commands do to one row (approve, reject, retry,
// cancel). Pure: each returns the new row or a message saying why not.
import type { ItemStatus, QueueRow } from '../model';

export type QueueCommand = 'approve' | 'reject' | 'retry' | 'cancel';

export interface CommandArgs {
  by: string;
  now: Date;
  reason?: string;
}

const ALLOWED_FROM: Record<QueueCommand, readonly ItemStatus[]> = {
  approve: ['AWAITING_APPROVAL', 'BLOCKED'],
  reject: ['PENDING', 'AWAITING_APPROVAL', 'APPROVED', 'BLOCKED'],
  retry: ['FAILED', 'BLOCKED', 'SKIPPED', 'PENDING'],
  cancel: ['PENDING', 'AWAITING_APPROVAL', 'APPROVED', 'BLOCKED', 'FAILED'],
};

function statusOf(row: QueueRow): ItemStatus {
  return (row.status.trim().toUpperCase() || 'PENDING') as ItemStatus;
}

export function applyQueueCommand(
  row: QueueRow,
  command: QueueCommand,
  args: CommandArgs,
): { ok: true; row: QueueRow } | { ok: false; message: string } {
  const status = statusOf(row);
  if (!ALLOWED_FROM[command].includes(status)) {
    return {
      ok: false,
      message: `cannot ${command} item "${row.id}" (row ${row.row}): it is ${status}; ${command} applies to ${ALLOWED_FROM[command].join(', ')}`,
    };
  }
  if (command === 'approve' && status === 'BLOCKED' && !row.article_id) {
    return { ok: false, message: `cannot approve item "${row.id}": it is BLOCKED without a draft; fix it and retry` };
  }
  const stamp = { updated_at: args.now.toISOString(), lease_owner: '', lease_until: '' };
  const note = (text: string) => `${text}${args.reason ? `: ${args.reason}` : ''}`.slice(0, 500);
  switch (command) {
    case 'approve':
      return {
        ok: true,
        row: {
          ...row,
          ...stamp,
          status: 'APPROVED',
          approval: 'approved',
          approver: args.by,
          notes: note(`approved by ${args.by}`),
        },
      };
    case 'reject':
      return {
        ok: true,
        row: {
          ...row,
          ...stamp,
          status: 'BLOCKED',
          approval: 'rejected',
          approver: args.by,
          notes: note(`rejected by ${args.by}`),
        },
      };
    case 'retry':
      return {
        ok: true,
        row: {
          ...row,
          ...stamp,
          status: 'PENDING',
          attempts: '0',
          next_attempt_at: '',
          last_error: '',
          approval: row.approval === 'rejected' ? '' : row.approval,
          notes: note(`retry requested by ${args.by}`),
        },
      };
    case 'cancel':
      return { ok: true, row: { ...row, ...stamp, status: 'SKIPPED', notes: note(`cancelled by ${args.by}`) } };
  }
}

// The state machine's moves for one row. Each returns a new row stamped with
// updated_at and run_id, and clears the lease. A success resets the retry
// bookkeeping so the next stage (approval, publishing) gets its own attempts.
import type { ItemStatus, QueueRow } from '../../model';
import type { ArticleRef } from '../../ports';
import { leaseUntilCell } from './claimed-from';

interface Stamp {
  now: Date;
  runId: string;
}

/** Single-line and bounded: these cells are read by people in a spreadsheet. */
export function cellText(text: string, max = 500): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function moved(row: QueueRow, status: ItemStatus, stamp: Stamp, fields: Partial<QueueRow> = {}): QueueRow {
  return {
    ...row,
    ...fields,
    status,
    lease_owner: '',
    lease_until: '',
    updated_at: stamp.now.toISOString(),
    run_id: stamp.runId,
  };
}

function withArticle(article: ArticleRef) {
  return {
    article_id: article.id,
    article_url: article.url,
    handle: article.handle,
    attempts: '0',
    next_attempt_at: '',
    last_error: '',
  };
}

export function toAwaitingApproval(row: QueueRow, args: Stamp & { article: ArticleRef }): QueueRow {
  const approval = row.approval.trim().toLowerCase() === 'approved' ? row.approval : 'pending';
  return moved(row, 'AWAITING_APPROVAL', args, { ...withArticle(args.article), approval });
}

export function toPublished(row: QueueRow, args: Stamp & { article: ArticleRef }): QueueRow {
  return moved(row, 'PUBLISHED', args, withArticle(args.article));
}

/**
 * Sent to the store with its future publish_at: the store shows it then,
 * with or without a run. A publish run after publish_at looks it up and
 * marks it PUBLISHED once it is live.
 */
export function toScheduled(row: QueueRow, args: Stamp & { article: ArticleRef }): QueueRow {
  return moved(row, 'SCHEDULED', args, withArticle(args.article));
}

/**
 * Back to the queue after `nextAttemptAt`. `status` is the state to return to
 * (default PENDING): a publish of an APPROVED draft that failed should go back
 * to APPROVED, so the next run publishes the text the human approved.
 */
export function toRetry(
  row: QueueRow,
  args: Stamp & {
    error: string;
    nextAttemptAt: Date;
    status?: 'PENDING' | 'APPROVED' | 'AWAITING_APPROVAL' | 'SCHEDULED' | 'UPDATE';
  },
): QueueRow {
  return moved(row, args.status ?? 'PENDING', args, {
    next_attempt_at: args.nextAttemptAt.toISOString(),
    last_error: cellText(args.error),
  });
}

export function toFailed(row: QueueRow, args: Stamp & { error: string }): QueueRow {
  return moved(row, 'FAILED', args, { last_error: cellText(args.error), next_attempt_at: '' });
}

/**
 * Parked for a human: `notes` says why, `[CODES] reason` (the reason does
 * not repeat the codes). An earlier attempt's `last_error` is cleared, so a
 * blocked row never shows a stale reason next to the current one.
 */
export function toBlocked(row: QueueRow, args: Stamp & { reason: string; codes: string[] }): QueueRow {
  const codes = args.codes.length > 0 ? `[${args.codes.join(', ')}] ` : '';
  return moved(row, 'BLOCKED', args, {
    notes: cellText(`${codes}${args.reason}`),
    next_attempt_at: '',
    last_error: '',
  });
}

/** Taken by a worker until `leaseUntil`; the lease keeps the state it was claimed from (claimed-from.ts). */
export function toClaimed(
  row: QueueRow,
  args: Stamp & { owner: string; leaseUntil: Date; attempts: number; from: ItemStatus },
): QueueRow {
  return {
    ...row,
    status: 'IN_PROGRESS',
    lease_owner: args.owner,
    lease_until: leaseUntilCell(args.leaseUntil, args.from),
    attempts: String(args.attempts),
    updated_at: args.now.toISOString(),
    run_id: args.runId,
  };
}

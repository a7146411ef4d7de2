// What the run writes down about an item: its run-log row, and the result of
// an item that ended without being processed (a human's rejection) or whose
// outcome the queue would not take.
import type { Mode, QueueRow, RunLogRow } from '../../model';
import type { ExecutorOptions, ItemResult } from './types';

export const QUEUE_WRITE_FAILED = 'QUEUE_WRITE_FAILED';

export function toRunLogRow(result: ItemResult, options: ExecutorOptions, mode: Mode, at: Date): RunLogRow {
  return {
    at: at.toISOString(),
    run_id: options.runId,
    trace_id: options.traceId,
    mode,
    item_id: result.item_id,
    outcome: result.outcome,
    gate: result.gate,
    error_codes: result.codes,
    attempts: result.attempts,
    duration_ms: result.duration_ms,
    tokens_in: result.usage.tokens_in,
    tokens_out: result.usage.tokens_out,
    cost_usd: Number(result.usage.cost_usd.toFixed(6)),
    article_id: result.article_id,
  };
}

/** A row the claim parked as BLOCKED because a human set approval=rejected: a blocked outcome like any other. */
export function rejectedResult(row: QueueRow): ItemResult {
  return {
    item_id: row.id,
    row: row.row,
    title: row.title,
    outcome: 'blocked',
    gate: '',
    codes: ['REJECTED'],
    message: `rejected by ${row.approver.trim() || 'a reviewer'}: parked as BLOCKED, never published`,
    attempts: Number.parseInt(row.attempts, 10) || 0,
    duration_ms: 0,
    usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
    article_id: row.article_id,
    article_url: row.article_url,
  };
}

/**
 * The item's work is done (an article may be live) but its row could not be
 * written: the row keeps its lease and returns to the state it was claimed from when the lease ends,
 * and the next run redoes it idempotently. The run counts it as failed.
 */
export function unwrittenResult(result: ItemResult, error: string, leaseSeconds: number): ItemResult {
  return {
    ...result,
    outcome: 'failed',
    codes: [...result.codes, QUEUE_WRITE_FAILED],
    message:
      `${result.outcome} (${result.message}), but its queue row could not be written: ${error}. ` +
      `The row stays IN_PROGRESS until its ${leaseSeconds} s lease ends; the next run then redoes it without a second article`,
  };
}

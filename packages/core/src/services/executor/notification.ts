// What the executor tells people after a run: only when something needs a
// human (an item blocked or failed) or the run itself failed. Pure.
import { DUPLICATE_ID } from '../../domain/queue';
import type { Notification } from '../../ports';
import type { ExecutorResult } from './types';

export function executorNotification(
  result: ExecutorResult,
  context: { traceId?: string; outputsUri?: string },
): Notification | undefined {
  const attention = result.items.filter(
    (i) => i.outcome === 'blocked' || i.outcome === 'failed' || i.outcome === 'retry',
  );
  // Rows sharing an id are never worked on: a human must give one a new id.
  const duplicates = result.problems.filter((p) => p.code === DUPLICATE_ID);
  if (attention.length === 0 && duplicates.length === 0 && result.conclusion === 'success') return undefined;
  const c = result.counts;
  const dup = duplicates.length > 0 ? `, ${duplicates.length} rows with a duplicate id` : '';
  return {
    run_id: result.run_id,
    trace_id: context.traceId,
    task: 'executor',
    status: result.conclusion,
    title: `Executor ${result.mode} run: ${c.blocked} blocked, ${c.failed} failed, ${c.retry} to retry${dup} (${c.published} published, ${c.scheduled ? `${c.scheduled} scheduled, ` : ''}${c.drafted} drafted)`,
    outputs_uri: context.outputsUri,
    log_excerpt: [
      ...attention.map((i) => `${i.item_id} (row ${i.row}): ${i.outcome} — ${i.message}`),
      ...duplicates.map((p) => `${p.id} (row ${p.row}): ${DUPLICATE_ID} — ${p.message}`),
    ].join('\n'),
  };
}

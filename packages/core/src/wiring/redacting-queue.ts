// The queue as the pipeline writes it: every value we put in a cell passes
// the redactor first. A failed call's message (a server's reply, which may
// quote a token or a webhook path) lands in `last_error` or `notes`, and the
// queue is a table people share — a spreadsheet, a repository file. Cells we
// leave unchanged are not touched: a human's text stays as they wrote it.
import { type NewQueueRow, QUEUE_COLUMNS, type QueueRow } from '../model';
import type { QueueChange, QueueStore } from '../ports';

function redactChanged<R extends NewQueueRow | QueueRow>(
  row: R,
  before: QueueRow | undefined,
  redact: (text: string) => string,
): R {
  const out = { ...row, extra: { ...(row.extra ?? {}) } } as R & { extra: Record<string, string> };
  const fields = out as unknown as Record<string, unknown>;
  for (const column of QUEUE_COLUMNS) {
    const value = row[column];
    if (typeof value === 'string' && value !== before?.[column]) fields[column] = redact(value);
  }
  for (const [key, value] of Object.entries(row.extra ?? {})) {
    if (value !== before?.extra[key]) out.extra[key] = redact(value);
  }
  return out;
}

/**
 * The row numbered `row` as read: `row` is 1-based among the data rows, so
 * a row usually sits at index `row - 1` (checked), else it is looked for — not a map of the whole
 * queue per transaction, which at 10,000 rows cost more than the write.
 */
function rowBefore(rows: readonly QueueRow[], row: number): QueueRow | undefined {
  const guess = rows[row - 1];
  return guess?.row === row ? guess : rows.find((r) => r.row === row);
}

export function redactingQueueStore(store: QueueStore, redact: (text: string) => string): QueueStore {
  return {
    list: () => store.list(),
    transact: <T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>) =>
      store.transact((rows) => {
        const change = plan(rows);
        return {
          ...change,
          ...(change.update
            ? { update: change.update.map((row) => redactChanged(row, rowBefore(rows, row.row), redact)) }
            : {}),
          ...(change.append ? { append: change.append.map((row) => redactChanged(row, undefined, redact)) } : {}),
        };
      }),
  };
}

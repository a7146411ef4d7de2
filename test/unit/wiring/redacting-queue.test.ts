// wiring/redacting-queue.ts finds each updated row's previous cells by its
// row number — at its usual place, or anywhere when the numbers have gaps
// (blank lines in a sheet) — so a cell we did not change is never redacted
// and one we changed always is.
import { describe, expect, it } from 'vitest';
import type { QueueRow } from '../../../packages/core/src/model';
import type { QueueChange, QueueStore } from '../../../packages/core/src/ports';
import { redactingQueueStore } from '../../../packages/core/src/wiring/redacting-queue';
import { queueRow } from '../queue/rows';

function memoryStore(rows: QueueRow[]): QueueStore & { written: QueueRow[] } {
  const written: QueueRow[] = [];
  return {
    written,
    list: async () => rows,
    transact: async <T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>) => {
      const change = plan(rows);
      written.push(...((change.update ?? []) as QueueRow[]));
      return change.result as T;
    },
  } as QueueStore & { written: QueueRow[] };
}

const redact = (text: string) => text.replaceAll('SECRET', '***');

describe('redactingQueueStore', () => {
  it.each([
    // At their places the rows are not searched (a search per row cost the whole queue per row).
    ['rows at their usual places', [1, 2, 3], true],
    ['row numbers with gaps (blank lines)', [1, 4, 8], false],
  ])('%s: a human cell left alone, a cell we changed redacted', async (_name, numbers, direct) => {
    const list = numbers.map((row, i) => queueRow({ row, id: `q${i}`, notes: `human SECRET ${i}` }));
    const rows = direct
      ? Object.assign(list, {
          find: () => {
            throw new Error('searched the queue for a row at its place');
          },
        })
      : list;
    const store = memoryStore(rows);
    const last = rows[2] as QueueRow;
    await redactingQueueStore(store, redact).transact(() => ({
      update: [{ ...last, last_error: 'server said SECRET' }],
      result: null,
    }));
    expect(store.written).toHaveLength(1);
    expect(store.written[0]?.notes).toBe('human SECRET 2');
    expect(store.written[0]?.last_error).toBe('server said ***');
  });
});

// A stream of rows that can also be read a batch at a time. An async
// iterator costs a promise and a turn of the microtask queue per value —
// most of the time of a million-row report once parsing is fast — so a
// reader that has rows in hand a chunk at a time (the run-log CSV) offers
// them as batches too, and a consumer that knows (the report, the export)
// takes the batches. Everyone else iterates rows as before.

const BATCHES = Symbol('row batches');

interface Batched<T> extends AsyncIterable<T> {
  [BATCHES](): AsyncIterable<readonly T[]>;
}

/** Rows read in batches, iterable row by row as well. */
export function batchedRows<T>(batches: () => AsyncIterable<readonly T[]>): AsyncIterable<T> {
  const rows: Batched<T> = {
    [BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) for (const row of batch) yield row;
    },
  };
  return rows;
}

/** The rows as batches: the source's own when it has them, else grouped `size` at a time. */
export async function* batchesOf<T>(rows: AsyncIterable<T>, size = 1024): AsyncIterable<readonly T[]> {
  if (BATCHES in rows) {
    yield* (rows as Batched<T>)[BATCHES]();
    return;
  }
  let batch: T[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

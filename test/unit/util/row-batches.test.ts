import { describe, expect, it } from 'vitest';
import { batchedRows, batchesOf } from '../../../packages/core/src/util/row-batches';

async function* rowsOf<T>(values: T[]) {
  for (const value of values) yield value;
}

describe('row batches', () => {
  it('a batched source is iterable row by row, and batchesOf hands over its own batches', async () => {
    const source = batchedRows(() => rowsOf([[1, 2], [3], [4, 5, 6]]));
    const rows: number[] = [];
    for await (const row of source) rows.push(row);
    expect(rows).toEqual([1, 2, 3, 4, 5, 6]);
    const batches: number[][] = [];
    for await (const batch of batchesOf(source)) batches.push([...batch]);
    expect(batches).toEqual([[1, 2], [3], [4, 5, 6]]);
  });

  it('groups a plain row stream, the last batch holding the rest', async () => {
    const batches: number[][] = [];
    for await (const batch of batchesOf(rowsOf([1, 2, 3, 4, 5]), 2)) batches.push([...batch]);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });
});

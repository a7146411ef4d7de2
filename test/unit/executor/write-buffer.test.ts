// The executor's outcome buffer: entries go out together, one flush at a
// time and in order; what arrives during a flush goes with the next; close
// writes what is left; a write that throws is reported, never lost silently.
import { describe, expect, it } from 'vitest';
import { createWriteBuffer } from '../../../packages/core/src/services/executor/write-buffer';

// An interval no test run reaches: flushes happen only when asked.
const NEVER = 3_600_000;

describe('createWriteBuffer', () => {
  it('writes waiting entries together when flushed, and nothing when none wait', async () => {
    const batches: number[][] = [];
    const buffer = createWriteBuffer<number>({ write: async (b) => void batches.push(b), intervalMs: NEVER });
    await buffer.flush();
    buffer.add(1);
    buffer.add(2);
    expect(buffer.size).toBe(2);
    await buffer.flush();
    expect(batches).toEqual([[1, 2]]);
    expect(buffer.size).toBe(0);
    await buffer.close();
    expect(batches).toEqual([[1, 2]]);
  });

  it('keeps entries added during a flush for the next one, in order', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const buffer = createWriteBuffer<number>({
      write: async (b) => {
        batches.push(b);
        if (batches.length === 1) await gate;
      },
      intervalMs: NEVER,
    });
    buffer.add(1);
    const first = buffer.flush();
    buffer.add(2);
    const second = buffer.flush();
    release();
    await Promise.all([first, second]);
    expect(batches).toEqual([[1], [2]]);
  });

  it('flushes by itself once maxEntries wait, and on close writes the rest', async () => {
    const batches: number[][] = [];
    const buffer = createWriteBuffer<number>({
      write: async (b) => void batches.push(b),
      intervalMs: NEVER,
      maxEntries: 2,
    });
    buffer.add(1);
    buffer.add(2);
    buffer.add(3);
    await buffer.close();
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it('flushes by itself once the oldest entry has waited its interval', async () => {
    const batches: number[][] = [];
    let written: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      written = resolve;
    });
    const buffer = createWriteBuffer<number>({
      write: async (b) => {
        batches.push(b);
        written();
      },
      intervalMs: 5,
    });
    buffer.add(7);
    await done;
    expect(batches).toEqual([[7]]);
    await buffer.close();
  });

  it('reports a write that throws and goes on with the next batch', async () => {
    const errors: unknown[] = [];
    const batches: number[][] = [];
    const buffer = createWriteBuffer<number>({
      write: async (b) => {
        if (b.includes(1)) throw new Error('refused');
        batches.push(b);
      },
      intervalMs: NEVER,
      onError: (error) => errors.push(error),
    });
    buffer.add(1);
    await buffer.flush();
    buffer.add(2);
    await buffer.close();
    expect(errors.map((e) => (e as Error).message)).toEqual(['refused']);
    expect(batches).toEqual([[2]]);
  });
});

describe('createWriteBuffer: take and putBack', () => {
  it('hands the waiting entries to another writer, and writes those given back first', async () => {
    const batches: number[][] = [];
    const buffer = createWriteBuffer<number>({ write: async (b) => void batches.push(b), intervalMs: NEVER });
    buffer.add(1);
    buffer.add(2);
    const taken = buffer.take();
    expect(taken).toEqual([1, 2]);
    expect(buffer.size).toBe(0);
    buffer.add(3);
    buffer.putBack(taken);
    await buffer.close();
    expect(batches).toEqual([[1, 2, 3]]);
  });
});

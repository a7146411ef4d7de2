// Outcome writes wait here and go out together: one queue transaction and one
// run-log append for many items, instead of one of each per item (a Sheets
// queue pays about four requests for a transaction however many rows it
// writes). Flushed every `intervalMs`, when asked (before a claim, at the end
// of the run), and when `maxEntries` wait. One flush at a time, in order;
// what arrives during a flush goes out with the next.
//
// What a killed process loses is only the waiting entries' *writes*: their
// rows keep their leases, and the next run recovers them (the article carries
// the item id; see recover-item.ts).

export interface WriteBufferOptions<T> {
  /** Writes one batch. It handles its own retries and failures; a throw is reported to `onError`. */
  write: (batch: T[]) => Promise<void>;
  intervalMs: number;
  /** Flush as soon as this many entries wait (default: only on the interval, when asked, and at close). */
  maxEntries?: number;
  onError?: (error: unknown) => void;
}

export interface WriteBuffer<T> {
  add(entry: T): void;
  /** Writes what waits now (and waits for a flush already under way). */
  flush(): Promise<void>;
  /** Stops the interval and writes what is left. */
  close(): Promise<void>;
  /** Entries waiting. */
  readonly size: number;
}

export function createWriteBuffer<T>(options: WriteBufferOptions<T>): WriteBuffer<T> {
  let waiting: T[] = [];
  let chain: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    // The batch is what waits now; anything added later goes with the next flush.
    const batch = waiting;
    waiting = [];
    chain = chain.then(async () => {
      if (batch.length === 0) return;
      try {
        await options.write(batch);
      } catch (error) {
        options.onError?.(error);
      }
    });
    return chain;
  };
  const timer = setInterval(
    () => {
      if (waiting.length > 0) void flush();
    },
    Math.max(1, options.intervalMs),
  );
  timer.unref?.();
  return {
    add(entry) {
      waiting.push(entry);
      if (options.maxEntries !== undefined && waiting.length >= options.maxEntries) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
    get size() {
      return waiting.length;
    },
  };
}

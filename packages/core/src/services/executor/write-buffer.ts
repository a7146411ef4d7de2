// Outcome writes wait here and go out together: one queue transaction and one
// run-log append for many items, instead of one of each per item (a Sheets
// queue pays about four requests for a transaction however many rows it
// writes). Flushed `intervalMs` after the oldest waiting entry arrived, when
// asked (at the end of the run), and when `maxEntries` wait; the executor
// also takes the waiting entries to write them with its next claim. One
// flush at a time, in order; what arrives during a flush goes with the next.
//
// What a killed process loses is only the waiting entries' *writes*: their
// rows keep their leases, and the next run recovers them (the article carries
// the item id; see recover-item.ts).

export interface WriteBufferOptions<T> {
  /** Writes one batch. It handles its own retries and failures; a throw is reported to `onError`. */
  write: (batch: T[]) => Promise<void>;
  intervalMs: number;
  /** Flush as soon as this many entries wait (default: on the interval, when asked, and at close). */
  maxEntries?: number;
  onError?: (error: unknown) => void;
}

export interface WriteBuffer<T> {
  add(entry: T): void;
  /** Writes what waits now (after a flush already under way). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
  /** Takes the waiting entries out, to be written some other way (with a claim). */
  take(): T[];
  /** Gives back entries that were taken but not written: they go out first with the next flush. */
  putBack(entries: readonly T[]): void;
  /** Entries waiting. */
  readonly size: number;
}

export function createWriteBuffer<T>(options: WriteBufferOptions<T>): WriteBuffer<T> {
  let waiting: T[] = [];
  let chain: Promise<void> = Promise.resolve();
  /** Due when the oldest waiting entry has waited `intervalMs`. */
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const startTimer = () => {
    if (timer || closed || waiting.length === 0) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        void flush();
      },
      Math.max(1, options.intervalMs),
    );
    timer.unref?.();
  };
  const flush = (): Promise<void> => {
    stopTimer();
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
  return {
    add(entry) {
      waiting.push(entry);
      if (options.maxEntries !== undefined && waiting.length >= options.maxEntries) void flush();
      else startTimer();
    },
    flush,
    async close() {
      closed = true;
      await flush();
    },
    take() {
      const taken = waiting;
      waiting = [];
      stopTimer();
      return taken;
    },
    putBack(entries) {
      waiting = [...entries, ...waiting];
      startTimer();
    },
    get size() {
      return waiting.length;
    },
  };
}

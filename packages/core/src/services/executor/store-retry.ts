// Writes to the queue and the run log are retried a few times with backoff
// before the executor gives up on them: a Sheets queue refuses a write when
// a human inserted or deleted rows meanwhile ("nothing was written; try
// again"), and a 429 may outlast the client's own retries. A UserError (a
// revoked credential, a missing tab) is a configuration problem: never retried.
// Fixed steps by hand rather than p-retry: the waits must go through the
// executor's injected sleep, so tests run them without waiting.
import { UserError } from '../../errors';

/** Waits between attempts, in ms: 4 attempts in all, about 13 s of patience. */
export const STORE_RETRY_DELAYS_MS: readonly number[] = [1_000, 3_000, 9_000];

export interface StoreRetry {
  sleep: (ms: number) => Promise<void>;
  delaysMs?: readonly number[];
  /** Told before each wait (for a log line). */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
}

export async function withStoreRetry<T>(write: () => Promise<T>, retry: StoreRetry): Promise<T> {
  const delays = retry.delaysMs ?? STORE_RETRY_DELAYS_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const wait = delays[attempt];
      if (error instanceof UserError || wait === undefined) throw error;
      retry.onRetry?.(error, attempt + 1, wait);
      await retry.sleep(wait);
    }
  }
}

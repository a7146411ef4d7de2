// A write that is not idempotent (create an issue, post a comment, dispatch a
// workflow) may take effect on GitHub even when the answer is a 5xx or never
// arrives. Posting it again would duplicate the effect, so before each retry
// we look the effect up, and only post again when it is not there. No library
// does this: Octokit's retry plugin retries blindly (we turn that off for POST
// in client.ts), and the look-up is different for each kind of write.
import type { Logger } from '../../ports';
import { httpStatus } from './errors';

export interface PostOnceOptions<T> {
  /** Names the write in logs, e.g. "open incident dead-letter". */
  what: string;
  post: () => Promise<T>;
  /** Looks for the effect of an earlier attempt; undefined when there is none. */
  find: () => Promise<T | undefined>;
  /** Posts after the first (default 2). */
  retries?: number;
  /** Look-ups per failed attempt before posting again: the effect may show up late (default 3). */
  looks?: number;
  /** Milliseconds between look-ups and before a retry (default 1000; tests make it tiny). */
  waitMs?: number;
  log?: Logger;
}

/** A failure after which the write may still have happened: a 5xx, or no answer at all. */
export function mayHaveApplied(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postOnce<T>(options: PostOnceOptions<T>): Promise<T> {
  const retries = options.retries ?? 2;
  const looks = Math.max(options.looks ?? 3, 1);
  const waitMs = options.waitMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await options.post();
    } catch (error) {
      if (!mayHaveApplied(error)) throw error;
      const status = httpStatus(error);
      const answer = status === undefined ? 'no answer' : `HTTP ${status}`;
      for (let look = 0; look < looks; look++) {
        if (look > 0) await sleep(waitMs);
        const found = await options.find();
        if (found !== undefined) {
          options.log?.warn(`${options.what}: GitHub answered ${answer}, but the write took effect (found it)`);
          return found;
        }
      }
      if (attempt >= retries) throw error;
      options.log?.warn(
        `${options.what}: GitHub answered ${answer} and the write is not there; retry ${attempt + 1}/${retries}`,
      );
      await sleep(waitMs);
    }
  }
}

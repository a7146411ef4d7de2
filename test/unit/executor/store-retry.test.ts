// Queue and run-log writes are retried with the given backoff; a UserError
// (configuration) is never retried; the last error comes back when all fail.
import { describe, expect, it } from 'vitest';
import { ServiceError, UserError } from '../../../packages/core/src/errors';
import { withStoreRetry } from '../../../packages/core/src/services/executor/store-retry';

describe('withStoreRetry', () => {
  it('retries after each delay until the write lands', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withStoreRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw new ServiceError('Google Sheets', 'try again', undefined, true);
        return 'written';
      },
      { sleep: async (ms) => void waits.push(ms), delaysMs: [10, 20, 40] },
    );
    expect(result).toBe('written');
    expect(waits).toEqual([10, 20]);
  });

  it('gives up after the last delay with the last error', async () => {
    const waits: number[] = [];
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw new ServiceError('Google Sheets', `attempt ${calls}`, 429, true);
    };
    await expect(withStoreRetry(write, { sleep: async (ms) => void waits.push(ms), delaysMs: [5, 5] })).rejects.toThrow(
      'attempt 3',
    );
    expect(waits).toEqual([5, 5]);
  });

  it('never retries a UserError', async () => {
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw new UserError('SHEETS_ID: no access');
    };
    await expect(withStoreRetry(write, { sleep: async () => {} })).rejects.toThrow(UserError);
    expect(calls).toBe(1);
  });
});

// The Sheets request budget counts what it waits, so the run's metrics can
// report throttle wait seconds for Sheets.
import { describe, expect, it } from 'vitest';
import { RequestBudget } from '../../../packages/core/src/adapters/sheets/request-budget';

describe('RequestBudget stats', () => {
  it('counts each wait for a slot and its length in milliseconds', async () => {
    let now = 0;
    const slept: number[] = [];
    const budget = new RequestBudget({
      perMinute: 1,
      clock: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    expect(budget.stats()).toEqual({ waits: 0, waitedMs: 0 });
    (await budget.take())(); // answered at 0
    (await budget.take())(); // waits 60 s for the first slot's minute
    (await budget.take())(); // waits another 60 s
    expect(slept).toEqual([60_000, 60_000]);
    expect(budget.stats()).toEqual({ waits: 2, waitedMs: 120_000 });
  });
});

// The Sheets request budget: a slot is held from send until a minute after
// the answer, so the server never sees more than the budget in any minute.
import { describe, expect, it } from 'vitest';
import { RequestBudget } from '../../../packages/core/src/adapters/sheets/request-budget';

function harness(perMinute: number) {
  let now = 0;
  const waits: number[] = [];
  const budget = new RequestBudget({
    perMinute,
    clock: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  });
  return {
    budget,
    waits,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

describe('RequestBudget', () => {
  it('lets the budget through at once, then waits until a minute after the oldest answer', async () => {
    const h = harness(2);
    (await h.budget.take())();
    h.advance(10_000);
    (await h.budget.take())();
    expect(h.waits).toEqual([]);
    await h.budget.take();
    expect(h.waits).toEqual([50_000]);
    expect(h.now()).toBe(60_000);
  });

  it('counts the minute from the answer, not the send: a slow request holds its slot longer', async () => {
    const h = harness(1);
    const release = await h.budget.take();
    h.advance(5_000); // the request takes 5 s to answer
    release();
    await h.budget.take();
    // Sent at 0, answered at 5 s: the next may leave at 65 s, not 60 s.
    expect(h.now()).toBe(65_000);
  });

  it('polls while every slot is held by a request still in flight, then waits for its minute', async () => {
    const h = harness(1);
    const release = await h.budget.take();
    let answered = false;
    const next = h.budget.take().then((r) => r);
    // Let the waiter poll a few times, then answer the first request.
    for (let i = 0; i < 3; i++) await Promise.resolve();
    release();
    answered = true;
    await next;
    expect(answered).toBe(true);
    expect(h.waits[0]).toBe(250);
    expect(h.budget.inUse()).toBe(1);
  });

  it('keeps the first answer time when release is called twice (a retry backoff must not extend it)', async () => {
    const h = harness(1);
    const release = await h.budget.take();
    release();
    h.advance(30_000);
    release();
    await h.budget.take();
    expect(h.now()).toBe(60_000);
  });

  it('never lets more than the budget inside any 60 s window of answers', async () => {
    const h = harness(5);
    const sent: number[] = [];
    for (let i = 0; i < 23; i++) {
      const release = await h.budget.take();
      sent.push(h.now());
      h.advance(700); // each request takes 0.7 s
      release();
    }
    for (const start of sent) {
      expect(sent.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(5);
    }
    expect(sent).toHaveLength(23);
  });

  it('treats a budget below one as one', async () => {
    const h = harness(0);
    (await h.budget.take())();
    await h.budget.take();
    expect(h.waits).toEqual([60_000]);
  });
});

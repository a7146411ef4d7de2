import { describe, expect, it } from 'vitest';
import {
  abortableSleep,
  currentRunSignal,
  fetchWithTimeout,
  outsideRun,
  RunDeadlineError,
  requestSignal,
  runAborted,
  sleepWithSignal,
  withinRun,
} from '../../../packages/core/src/util/abort';
import { waitBeforeRetry } from '../../../packages/core/src/util/http-retry';

const never = () => new Promise<void>(() => {});

describe("the run's signal", () => {
  it('travels with the async calls inside withinRun, not outside it or in outsideRun', async () => {
    const run = new AbortController();
    expect(currentRunSignal()).toBeUndefined();
    await withinRun(run.signal, async () => {
      await Promise.resolve();
      expect(currentRunSignal()).toBe(run.signal);
      await outsideRun(async () => expect(currentRunSignal()).toBeUndefined());
    });
  });

  it("a request's signal fires with the run's", async () => {
    const run = new AbortController();
    const signal = await withinRun(run.signal, async () => requestSignal(60_000));
    expect(signal.aborted).toBe(false);
    run.abort(new RunDeadlineError(5));
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(RunDeadlineError);
  });

  it('no retry once the run is over, and a wait ends with the run', async () => {
    const run = new AbortController();
    await withinRun(run.signal, async () => {
      expect(runAborted()).toBe(false);
      const waiting = waitBeforeRetry(never, 60_000);
      run.abort(new RunDeadlineError(3));
      await expect(waiting).rejects.toBeInstanceOf(RunDeadlineError);
      expect(runAborted()).toBe(true);
      await expect(abortableSleep(async () => {}, 1)).rejects.toBeInstanceOf(RunDeadlineError);
    });
  });

  it('a real wait clears its timer when the signal fires', async () => {
    const controller = new AbortController();
    const waiting = sleepWithSignal(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('fetchWithTimeout passes a signal that carries the caller’s own', async () => {
    const seen: Array<AbortSignal | null | undefined> = [];
    const base = (async (_input: unknown, init?: RequestInit) => {
      seen.push(init?.signal);
      return new Response('ok');
    }) as typeof fetch;
    const mine = new AbortController();
    await fetchWithTimeout(1_000, base)('http://127.0.0.1/', { signal: mine.signal });
    mine.abort();
    expect(seen[0]?.aborted).toBe(true);
  });
});

// Waiting with limits. Every outbound request gets a signal that fires on
// its own timeout (`request-timeout`) or when the run it belongs to is out of
// time, whichever comes first.
//
// The run's signal travels with the async call chain (AsyncLocalStorage, a
// Node built-in) rather than as a parameter of every port method: the
// executor sets it once around the work it bounds (`withinRun`), and every
// client built by the wiring picks it up per request (`requestSignal`) —
// Shopify, Sheets, the LLM, GitHub, notifications — without each port
// learning about signals. Work that must go on after the budget (writing the
// released rows back) runs `outsideRun`, still under its per-request timeout.
import { AsyncLocalStorage } from 'node:async_hooks';

/** Default per-request timeout (the `request-timeout` setting's default), in ms. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const runScope = new AsyncLocalStorage<AbortSignal | undefined>();

/** Runs `work` with `signal` as the run's signal of every request it makes. */
export function withinRun<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  return runScope.run(signal, work);
}

/** Runs `work` free of the run's signal (per-request timeouts still apply). */
export function outsideRun<T>(work: () => Promise<T>): Promise<T> {
  return runScope.run(undefined, work);
}

/** The signal of the run this call belongs to, if any. */
export function currentRunSignal(): AbortSignal | undefined {
  return runScope.getStore();
}

/** Why a run's signal fired: its time budget ran out. */
export class RunDeadlineError extends Error {
  constructor(readonly budgetSeconds: number) {
    super(`the run's time budget of ${budgetSeconds} s ran out`);
    this.name = 'RunDeadlineError';
  }
}

/** One request's signal: its own timeout, the run's signal, and any the caller passed. */
export function requestSignal(timeoutMs: number, ...more: Array<AbortSignal | null | undefined>): AbortSignal {
  const signals = [AbortSignal.timeout(timeoutMs), currentRunSignal(), ...more].filter(
    (s): s is AbortSignal => s != null,
  );
  return signals.length === 1 ? (signals[0] as AbortSignal) : AbortSignal.any(signals);
}

/** The run's signal has fired: nothing should be retried or started. */
export function runAborted(): boolean {
  return currentRunSignal()?.aborted === true;
}

/** Throws the run's abort reason when its signal has fired. */
export function throwIfRunAborted(): void {
  currentRunSignal()?.throwIfAborted();
}

/** True for the error fetch (or gaxios) throws when a request's own timeout fired. */
export function isTimeoutError(error: unknown): boolean {
  const e = error as { name?: string; cause?: { name?: string }; code?: string } | undefined;
  return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}

/**
 * A fetch whose every request carries `requestSignal(timeoutMs, init.signal)`.
 * For clients that take a fetch (Octokit, the token exchange) rather than a signal.
 */
export function fetchWithTimeout(timeoutMs: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return (input, init) => base(input, { ...init, signal: requestSignal(timeoutMs, init?.signal) });
}

/** A real timer's wait that ends early, rejecting with the signal's reason, when the signal fires (the timer is cleared). */
export function sleepWithSignal(ms: number, signal: AbortSignal | undefined = currentRunSignal()): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits `ms` with the given sleep, or rejects with the signal's reason as soon
 * as it fires (a retry's wait never outlives the run).
 */
export async function abortableSleep(
  sleep: (ms: number) => Promise<void>,
  ms: number,
  signal: AbortSignal | undefined = currentRunSignal(),
): Promise<void> {
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([sleep(ms), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

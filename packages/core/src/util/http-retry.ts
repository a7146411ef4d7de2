// How long to wait before retrying an HTTP call: what the server asked for
// (`retry-after-ms`, `retry-after` in seconds or as an HTTP date), else
// exponential backoff with jitter. Pure: time and randomness are parameters.
// Shared by the HTTP clients: the LLM, the notifiers, Shopify and Sheets.
// Retries respect the run's signal (util/abort.ts): no retry once it fired,
// and a wait between tries ends when it fires.
import { abortableSleep, sleepWithSignal } from './abort';

/** No single wait is longer than this, whatever a server asks for: a run has a time budget. */
export const MAX_RETRY_WAIT_MS = 60_000;

export interface BackoffPolicy {
  /** First backoff step. */
  baseMs: number;
  /** Largest backoff step (before jitter). */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 20_000 };

/**
 * The wait a response asks for, in ms, or undefined when it asks for none or
 * the header is unreadable. `retry-after-ms` (sent by OpenAI) wins over
 * `retry-after` (RFC 9110: delay-seconds or an HTTP date).
 */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return clampWait(Number(ms));
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return clampWait(Number(value) * 1000);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return clampWait(at - now.getTime());
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random,
 * so retries spread out but never collapse to zero. `attempt` counts from 0.
 */
export function backoffMs(attempt: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + (step / 2) * random());
}

/** The wait before retry number `attempt` (from 0): the server's ask when it gave one, else backoff. */
export function retryWaitMs(
  attempt: number,
  headers: Headers | undefined,
  now: Date,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const asked = headers ? retryAfterMs(headers, now) : undefined;
  return asked ?? backoffMs(attempt, random, policy);
}

/** Status codes worth another try: rate limits, timeouts at a proxy, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function clampWait(ms: number): number {
  return Math.min(MAX_RETRY_WAIT_MS, Math.max(0, Math.round(ms)));
}

/** A real wait that ends (rejecting with the run's abort reason) when the run's signal fires. */
export const realSleep = (ms: number): Promise<void> => sleepWithSignal(ms);

/**
 * A retry's wait through a client's (injectable) sleep, cut short by the
 * run's signal: throws the abort reason instead of retrying once the run is over.
 */
export async function waitBeforeRetry(sleep: (ms: number) => Promise<void>, ms: number): Promise<void> {
  await abortableSleep(sleep, ms);
}

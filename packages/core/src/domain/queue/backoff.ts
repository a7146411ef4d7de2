// Retry delays: the schedule (default 1 min, 3 min, 10 min) by attempt, the
// last entry repeating, spread by ±jitter so retries do not arrive together.
export interface BackoffOptions {
  scheduleSeconds: number[];
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { scheduleSeconds: [60, 180, 600], jitter: 0.3 };

/** `random` in [0, 1): 0 gives the shortest delay, → 1 the longest. */
export function backoffDelayMs(attempt: number, options: Partial<BackoffOptions>, random: () => number): number {
  const given = options.scheduleSeconds ?? [];
  const schedule = given.length > 0 ? given : DEFAULT_BACKOFF.scheduleSeconds;
  const jitter = options.jitter ?? DEFAULT_BACKOFF.jitter;
  const index = Math.min(Math.max(attempt, 1), schedule.length) - 1;
  const base = (schedule[index] ?? 60) * 1000;
  return Math.round(base * (1 + jitter * (2 * random() - 1)));
}

export function nextAttemptAt(
  now: Date,
  attempt: number,
  options: Partial<BackoffOptions>,
  random: () => number,
): Date {
  return new Date(now.getTime() + backoffDelayMs(attempt, options, random));
}

/** The attempt just made was the last one allowed. */
export function shouldFail(attempts: number, maxAttempts: number): boolean {
  return attempts >= maxAttempts;
}

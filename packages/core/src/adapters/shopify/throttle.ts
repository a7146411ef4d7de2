// Shopify's GraphQL Admin rate limit is a leaky bucket of query-cost points
// (`extensions.cost.throttleStatus`): `currentlyAvailable` refills at
// `restoreRate` points per second up to `maximumAvailable`. Pure arithmetic
// over it, so the client's waiting is testable without a clock.

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/** The points available at `nowMs`, given a status observed at `observedAtMs`. */
export function availableAt(status: ThrottleStatus, observedAtMs: number, nowMs: number): number {
  const restored = (Math.max(0, nowMs - observedAtMs) / 1000) * status.restoreRate;
  return Math.min(status.maximumAvailable, status.currentlyAvailable + restored);
}

/**
 * How long to wait before a request of `cost` points fits the bucket (0 when
 * it fits now). A cost above the bucket's size is capped at the size: the
 * best we can do is to wait for a full bucket.
 */
export function waitForCostMs(status: ThrottleStatus, observedAtMs: number, nowMs: number, cost: number): number {
  const needed = Math.min(cost, status.maximumAvailable);
  const available = availableAt(status, observedAtMs, nowMs);
  if (available >= needed) return 0;
  if (status.restoreRate <= 0) return 1000;
  return Math.ceil(((needed - available) / status.restoreRate) * 1000);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

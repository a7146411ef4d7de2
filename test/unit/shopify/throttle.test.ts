import { describe, expect, it } from 'vitest';
import { availableAt, retryAfterMs, waitForCostMs } from '../../../packages/core/src/adapters/shopify';
import { SHOPIFY_BACKOFF } from '../../../packages/core/src/adapters/shopify/graphql-client';
import { backoffMs } from '../../../packages/core/src/util/http-retry';

const status = { maximumAvailable: 1000, currentlyAvailable: 100, restoreRate: 50 };

describe('Shopify throttle arithmetic', () => {
  it('restores points at restoreRate per second, up to the bucket size', () => {
    expect(availableAt(status, 0, 0)).toBe(100);
    expect(availableAt(status, 0, 2000)).toBe(200);
    expect(availableAt(status, 0, 60_000)).toBe(1000);
    expect(availableAt(status, 5000, 1000)).toBe(100); // a clock that went back restores nothing
  });

  it('waits only when the expected cost exceeds what is available', () => {
    expect(waitForCostMs(status, 0, 0, 100)).toBe(0);
    expect(waitForCostMs(status, 0, 0, 150)).toBe(1000);
    expect(waitForCostMs(status, 0, 1000, 150)).toBe(0);
  });

  it('caps a cost above the bucket size at a full bucket', () => {
    expect(waitForCostMs(status, 0, 0, 5000)).toBe(18_000);
  });

  it('backs off exponentially with bounded jitter', () => {
    expect(backoffMs(0, () => 1, SHOPIFY_BACKOFF)).toBe(500);
    expect(backoffMs(0, () => 0, SHOPIFY_BACKOFF)).toBe(250);
    expect(backoffMs(3, () => 1, SHOPIFY_BACKOFF)).toBe(4000);
    expect(backoffMs(20, () => 1, SHOPIFY_BACKOFF)).toBe(30_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs('0.5', 0)).toBe(500);
    const now = Date.parse('2026-11-01T00:00:00Z');
    expect(retryAfterMs('Sun, 01 Nov 2026 00:00:03 GMT', now)).toBe(3000);
    expect(retryAfterMs(null, 0)).toBeUndefined();
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});

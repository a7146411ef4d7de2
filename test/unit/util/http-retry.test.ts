import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_RETRY_WAIT_MS, retryAfterMs, retryWaitMs } from '../../../packages/core/src/util/http-retry';

const now = new Date('2030-01-01T00:00:00Z');

describe('retryAfterMs', () => {
  it('reads retry-after in seconds', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2_000);
    expect(retryAfterMs(new Headers({ 'retry-after': '0.5' }), now)).toBe(500);
  });

  it('reads retry-after as an HTTP date', () => {
    const headers = new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:07 GMT' });
    expect(retryAfterMs(headers, now)).toBe(7_000);
  });

  it('prefers retry-after-ms', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
  });

  it('ignores what it cannot read and clamps what is too long or in the past', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': '86400' }), now)).toBe(MAX_RETRY_WAIT_MS);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Mon, 31 Dec 2029 23:00:00 GMT' }), now)).toBe(0);
  });
});

describe('backoffMs', () => {
  it('doubles per attempt with jitter in the upper half of the step', () => {
    expect(backoffMs(0, () => 0)).toBe(250);
    expect(backoffMs(0, () => 1)).toBe(500);
    expect(backoffMs(2, () => 0)).toBe(1_000);
    expect(backoffMs(2, () => 1)).toBe(2_000);
  });

  it('is bounded by the cap', () => {
    expect(backoffMs(30, () => 1)).toBe(20_000);
    expect(backoffMs(30, () => 0)).toBe(10_000);
  });

  it('uses the server ask over backoff when there is one', () => {
    expect(retryWaitMs(5, new Headers({ 'retry-after': '1' }), now, () => 1)).toBe(1_000);
    expect(retryWaitMs(1, new Headers(), now, () => 0)).toBe(500);
  });
});

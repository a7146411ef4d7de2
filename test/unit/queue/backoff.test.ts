import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF, nextAttemptAt, shouldFail } from '../../../packages/core/src/domain/queue';
import { NOW } from './rows';

const fixed = (value: number) => () => value;

describe('backoffDelayMs', () => {
  it.each([
    [1, 60_000],
    [2, 180_000],
    [3, 600_000],
    [4, 600_000],
    [50, 600_000],
  ])('attempt %i without jitter → %i ms', (attempt, expected) => {
    expect(backoffDelayMs(attempt, DEFAULT_BACKOFF, fixed(0.5))).toBe(expected);
  });

  it('spreads by ±30 %: random 0 gives the shortest, random 1 the longest', () => {
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, fixed(0))).toBe(42_000);
    expect(backoffDelayMs(1, DEFAULT_BACKOFF, fixed(1))).toBe(78_000);
    expect(backoffDelayMs(2, DEFAULT_BACKOFF, fixed(0))).toBe(126_000);
    expect(backoffDelayMs(3, DEFAULT_BACKOFF, fixed(1))).toBe(780_000);
  });

  it('stays inside the jitter bounds for any random value', () => {
    for (let i = 0; i <= 100; i += 1) {
      const delay = backoffDelayMs(2, DEFAULT_BACKOFF, fixed(i / 100));
      expect(delay).toBeGreaterThanOrEqual(126_000);
      expect(delay).toBeLessThanOrEqual(234_000);
    }
  });

  it('clamps attempts below 1 to the first entry', () => {
    expect(backoffDelayMs(0, DEFAULT_BACKOFF, fixed(0.5))).toBe(60_000);
    expect(backoffDelayMs(-3, DEFAULT_BACKOFF, fixed(0.5))).toBe(60_000);
  });

  it('uses a custom schedule and jitter, and the defaults for what is left out', () => {
    expect(backoffDelayMs(2, { scheduleSeconds: [5, 10], jitter: 0 }, fixed(0))).toBe(10_000);
    expect(backoffDelayMs(9, { scheduleSeconds: [5, 10], jitter: 0 }, fixed(1))).toBe(10_000);
    expect(backoffDelayMs(2, {}, fixed(0))).toBe(126_000);
    expect(backoffDelayMs(1, { scheduleSeconds: [] }, fixed(0.5))).toBe(60_000);
  });
});

describe('nextAttemptAt', () => {
  it('adds the delay to now', () => {
    expect(nextAttemptAt(NOW, 1, DEFAULT_BACKOFF, fixed(0.5)).toISOString()).toBe('2026-11-22T10:01:00.000Z');
  });
});

describe('shouldFail', () => {
  it.each([
    [1, 3, false],
    [2, 3, false],
    [3, 3, true],
    [4, 3, true],
    [1, 1, true],
  ])('attempts %i of max %i → %s', (attempts, max, expected) => {
    expect(shouldFail(attempts, max)).toBe(expected);
  });
});

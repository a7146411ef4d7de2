import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank } from '../../../packages/core/src/metrics';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('nearestRank', () => {
  it('returns the ceil(q·n)-th smallest value', () => {
    expect(nearestRank(oneToHundred, 0.5)).toBe(50);
    expect(nearestRank(oneToHundred, 0.95)).toBe(95);
    expect(nearestRank(oneToHundred, 0.99)).toBe(99);
    expect(nearestRank(oneToHundred, 0.07)).toBe(7); // 0.07 * 100 is 7.000000000000001 in floating point
    expect(nearestRank(oneToHundred, 1)).toBe(100);
    expect(nearestRank(oneToHundred, 0)).toBe(1);
  });

  it('works on small samples the way the textbook example does', () => {
    // Wikipedia's nearest-rank example: 15, 20, 35, 40, 50.
    const sample = [15, 20, 35, 40, 50];
    expect(nearestRank(sample, 0.05)).toBe(15);
    expect(nearestRank(sample, 0.3)).toBe(20);
    expect(nearestRank(sample, 0.4)).toBe(20);
    expect(nearestRank(sample, 0.5)).toBe(35);
    expect(nearestRank(sample, 1)).toBe(50);
  });

  it('is NaN for no values and rejects q outside [0, 1]', () => {
    expect(nearestRank([], 0.5)).toBeNaN();
    expect(() => nearestRank([1], 1.5)).toThrow(RangeError);
    expect(() => nearestRank([1], Number.NaN)).toThrow(RangeError);
  });

  it('always answers an observed value with at least q·n values at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const v = nearestRank(sorted, q);
          expect(sorted).toContain(v);
          expect(sorted.filter((x) => x <= v).length).toBeGreaterThanOrEqual(Math.floor(q * sorted.length));
        },
      ),
    );
  });
});

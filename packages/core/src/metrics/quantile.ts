// Quantiles of a short-lived process. A run records at most thousands of
// values, so we keep them all and compute exact quantiles by the nearest-rank
// method: the smallest recorded value v such that at least q·n values are <= v
// (rank ceil(q·n), 1-based). Unlike interpolation it always answers with a
// value that was actually observed, and unlike bucket estimates it is exact.

/** Nearest-rank quantile of `sorted` (ascending). NaN for no values. `q` in [0, 1]. */
export function nearestRank(sorted: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be within [0, 1], got ${q}`);
  if (sorted.length === 0) return Number.NaN;
  // The epsilon keeps float noise (0.07 * 100 = 7.000000000000001) from bumping the rank.
  const rank = Math.max(1, Math.ceil(q * sorted.length - 1e-9));
  return sorted[rank - 1] as number;
}

export const DEFAULT_QUANTILES = [0.5, 0.95, 0.99] as const;

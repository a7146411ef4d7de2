// Tokens and money of one run: the sum of its items' usage. Pure. Sums are
// kept in micro-dollars (integers) so a long run does not drift in floating
// point, and the result is rounded to the run log's 6 decimals.
import type { Usage } from '../ports';

export type RunUsage = Usage;

const toMicros = (usd: number) => (Number.isFinite(usd) ? Math.round(usd * 1e6) : 0);
const count = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/** Adds the usage of every item (an ExecutorResult's items, or run-log rows of one run). */
export function runUsage(items: Iterable<{ usage: Usage } | Usage>): RunUsage {
  let tokensIn = 0;
  let tokensOut = 0;
  let micros = 0;
  for (const item of items) {
    const usage = 'usage' in item ? item.usage : item;
    tokensIn += count(usage.tokens_in);
    tokensOut += count(usage.tokens_out);
    micros += toMicros(usage.cost_usd);
  }
  return { tokens_in: tokensIn, tokens_out: tokensOut, cost_usd: micros / 1e6 };
}

// Metrics → recommendation. The order matters: no data first, then the
// reasons to pause (failures or cost), then the reason to stay in review.
import type { ReconcileDecision } from '../../model';
import type { Metrics } from './metrics';

export interface ReconcilePolicy {
  /** A failure rate pauses the pipeline only with at least this many processed rows. */
  minSamples: number;
  pauseFailureRate: number;
  reviewFailureRate: number;
  /** Exceeded by the cost of the window's last 24 h or of any UTC day in it. */
  dailyCostBudgetUsd?: number;
}

export const DEFAULT_RECONCILE_POLICY: ReconcilePolicy = {
  minSamples: 4,
  pauseFailureRate: 0.5,
  reviewFailureRate: 0.2,
};

export interface Recommendation {
  decision: ReconcileDecision;
  reason: string;
}

const pct = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;

export function recommend(metrics: Metrics, policy: Partial<ReconcilePolicy> = {}): Recommendation {
  const p = { ...DEFAULT_RECONCILE_POLICY, ...policy };
  if (metrics.processed === 0) {
    return { decision: 'no_data', reason: `no run-log rows between ${metrics.window.from} and ${metrics.window.to}` };
  }
  const rate = metrics.failureRate ?? 0;
  const sample = `${metrics.processed} processed`;
  if (p.dailyCostBudgetUsd !== undefined) {
    const worstDay = Math.max(metrics.costLast24hUsd, ...metrics.trend.map((d) => d.cost_usd));
    if (worstDay > p.dailyCostBudgetUsd) {
      return {
        decision: 'pause_and_review',
        reason: `daily cost $${worstDay.toFixed(2)} exceeds the budget of $${p.dailyCostBudgetUsd.toFixed(2)} (${sample})`,
      };
    }
  }
  // Pausing needs evidence (min-samples); a cautious step back to review does not.
  if (rate >= p.pauseFailureRate && metrics.processed >= p.minSamples) {
    return {
      decision: 'pause_and_review',
      reason: `failure rate ${pct(rate)} ≥ ${pct(p.pauseFailureRate)} over ${sample}`,
    };
  }
  if (rate >= p.reviewFailureRate) {
    const few = rate >= p.pauseFailureRate ? ` (too few to pause: < ${p.minSamples} samples)` : '';
    return {
      decision: 'review_only',
      reason: `failure rate ${pct(rate)} ≥ ${pct(p.reviewFailureRate)} over ${sample}${few}`,
    };
  }
  return {
    decision: 'continue_publish',
    reason: `failure rate ${pct(rate)} < ${pct(p.reviewFailureRate)} over ${sample}; pass rate ${pct(metrics.passRate ?? 0)}`,
  };
}

// Metrics → recommendation. The order matters: no data first, then the
// reasons to pause (cost, system failures), then the reason to stay in
// review (system failures), then content blocks, which need a human but not
// a halt: a blocked draft never goes out, so the gate stopping it is the
// rails working, not the pipeline failing.
import type { ReconcileDecision } from '../../model';
import type { Metrics } from './metrics';

export interface ReconcilePolicy {
  /** A failure rate pauses the pipeline only with at least this many processed rows. */
  minSamples: number;
  pauseFailureRate: number;
  reviewFailureRate: number;
  /** A block rate at or above this says the content needs a human (publishing goes on). */
  blockRateThreshold: number;
  /** Exceeded by the cost of the window's last 24 h or of any UTC day in it. */
  dailyCostBudgetUsd?: number;
}

export const DEFAULT_RECONCILE_POLICY: ReconcilePolicy = {
  minSamples: 4,
  pauseFailureRate: 0.5,
  reviewFailureRate: 0.2,
  blockRateThreshold: 0.25,
};

/**
 * Why reconcile decided what it did, one stable code each (RUNBOOK.md
 * "Reconcile decisions" explains each one and what to do).
 */
export const RECONCILE_REASON_CODES = [
  'no_data',
  'cost_over_budget',
  'system_failures_pause',
  'system_failures_review',
  'content_needs_human',
  'healthy',
] as const;
export type ReconcileReasonCode = (typeof RECONCILE_REASON_CODES)[number];

export interface Recommendation {
  decision: ReconcileDecision;
  /** The stable code of the reason. */
  code: ReconcileReasonCode;
  reason: string;
}

const pct = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The items a system error parked BLOCKED, when there are any: they count as system failures. */
function systemBlocks(m: Metrics): string {
  return m.systemBlocks > 0 ? `; ${plural(m.systemBlocks, 'item')} blocked by a system error, not the content` : '';
}

export function recommend(metrics: Metrics, policy: Partial<ReconcilePolicy> = {}): Recommendation {
  const p = { ...DEFAULT_RECONCILE_POLICY, ...policy };
  if (metrics.processed === 0) {
    return {
      decision: 'no_data',
      code: 'no_data',
      reason: `no run-log rows between ${metrics.window.from} and ${metrics.window.to}`,
    };
  }
  const rate = metrics.failureRate ?? 0;
  const sample = `${metrics.processed} processed`;
  if (p.dailyCostBudgetUsd !== undefined) {
    const worstDay = Math.max(metrics.costLast24hUsd, ...metrics.trend.map((d) => d.cost_usd));
    if (worstDay > p.dailyCostBudgetUsd) {
      return {
        decision: 'pause_and_review',
        code: 'cost_over_budget',
        reason: `daily cost $${worstDay.toFixed(2)} exceeds the budget of $${p.dailyCostBudgetUsd.toFixed(2)} (${sample})`,
      };
    }
  }
  // Pausing needs evidence (min-samples); a cautious step back to review does not.
  if (rate >= p.pauseFailureRate && metrics.processed >= p.minSamples) {
    return {
      decision: 'pause_and_review',
      code: 'system_failures_pause',
      reason: `system failure rate ${pct(rate)} ≥ ${pct(p.pauseFailureRate)} over ${sample} (failed or retried: API errors, timeouts)${systemBlocks(metrics)}`,
    };
  }
  if (rate >= p.reviewFailureRate) {
    const few = rate >= p.pauseFailureRate ? ` (too few to pause: < ${p.minSamples} samples)` : '';
    return {
      decision: 'review_only',
      code: 'system_failures_review',
      reason: `system failure rate ${pct(rate)} ≥ ${pct(p.reviewFailureRate)} over ${sample}${few}${systemBlocks(metrics)}`,
    };
  }
  const blockRate = metrics.blockRate ?? 0;
  const recovered = metrics.recovered > 0 ? `; ${plural(metrics.recovered, 'block')} fixed and passed since` : '';
  if (blockRate >= p.blockRateThreshold) {
    return {
      decision: 'continue_publish',
      code: 'content_needs_human',
      reason:
        `content needs a human: ${plural(metrics.openBlocks, 'draft')} blocked by the gate or a reviewer ` +
        `(block rate ${pct(blockRate)} ≥ ${pct(p.blockRateThreshold)} over ${sample})${recovered}; ` +
        `blocked drafts never go out, so publishing goes on; system failure rate ${pct(rate)}`,
    };
  }
  return {
    decision: 'continue_publish',
    code: 'healthy',
    reason:
      `system failure rate ${pct(rate)} < ${pct(p.reviewFailureRate)} over ${sample}; ` +
      `pass rate ${pct(metrics.passRate ?? 0)}; block rate ${pct(blockRate)}${recovered}`,
  };
}

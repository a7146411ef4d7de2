// The reconcile run: read the run log over the window, summarize, recommend,
// list what needs a human, and record the evaluation (`last_evaluation`, every
// run) and the decision (`last_decision` and history, only on a change).
import {
  applyDecision,
  decisionChanged as changesDecision,
  decisionMetrics,
  itemsNeedingHuman,
  type Metrics,
  type NeedsHuman,
  type Recommendation,
  type ReconcilePolicy,
  recommend,
  summarizeRunLog,
  type TrendDay,
} from '../domain/reconcile';
import type { DecisionEntry, RunLogRow } from '../model';
import type { DecisionLog, Logger, QueueStore, RunLog } from '../ports';

export interface ReconcileDeps {
  runLog: RunLog;
  queue: QueueStore;
  decisions: DecisionLog;
  log: Logger;
}

export interface ReconcileOptions {
  now: Date;
  windowHours?: number;
  /**
   * UTC days the trend (the summary's charts) covers, today included. The
   * decision still uses `windowHours` only. Default: the window's days.
   */
  trendDays?: number;
  policy?: Partial<ReconcilePolicy>;
  /** Who decides: 'reconcile', or a human's name. */
  by?: string;
  historyLimit?: number;
  /** Compute and report, write nothing. */
  dryRun?: boolean;
}

export interface ReconcileResult {
  /** Over `windowHours`: what the decision is made from. */
  metrics: Metrics;
  /** Per UTC day over `trendDays` (days with rows only), oldest first: for charts. */
  trend: TrendDay[];
  recommendation: Recommendation;
  needHuman: NeedsHuman[];
  entry: DecisionEntry;
  /** The decision differs from the last one recorded (history grew). */
  decisionChanged: boolean;
  /** The decision log was actually rewritten (every run records its evaluation, unless dry-run). */
  fileChanged: boolean;
}

export async function runReconcile(deps: ReconcileDeps, options: ReconcileOptions): Promise<ReconcileResult> {
  const windowHours = options.windowHours ?? 24;
  const to = options.now;
  const from = new Date(to.getTime() - windowHours * 3_600_000);
  const trendFrom = options.trendDays === undefined ? from : trendStart(to, options.trendDays);
  const readFrom = trendFrom < from ? trendFrom : from;
  const rows: RunLogRow[] = [];
  for await (const row of deps.runLog.read(readFrom)) rows.push(row);

  // summarizeRunLog keeps only the rows within its window: one read serves both.
  const metrics = summarizeRunLog(rows, { from, to });
  const trend = trendFrom === from ? metrics.trend : summarizeRunLog(rows, { from: trendFrom, to }).trend;
  const recommendation = recommend(metrics, options.policy);
  const needHuman = itemsNeedingHuman(await deps.queue.list(), to);
  if (metrics.duplicates > 0)
    deps.log.warn(`run log: ${metrics.duplicates} duplicate rows (same run_id and item_id) ignored`);
  if (metrics.invalidRows > 0)
    deps.log.warn(`run log: ${metrics.invalidRows} rows with an unreadable "at" time ignored`);

  const entry: DecisionEntry = {
    decision: recommendation.decision,
    code: recommendation.code,
    reason: recommendation.reason,
    at: to.toISOString(),
    metrics: decisionMetrics(metrics),
    by: options.by ?? 'reconcile',
  };
  const doc = await deps.decisions.read();
  const next = applyDecision(doc, entry, options.historyLimit);
  const decisionChanged = changesDecision(doc, entry);
  let fileChanged = false;
  // Every run records its evaluation (last_evaluation); history grows only on a change.
  if (!options.dryRun) fileChanged = (await deps.decisions.write(next)).changed;

  const previous = doc.last_decision?.decision ?? 'none';
  deps.log.notice(
    decisionChanged
      ? `reconcile: ${previous} → ${entry.decision}: ${entry.reason}`
      : `reconcile: still ${entry.decision}: ${entry.reason}`,
    { decision: entry.decision, code: recommendation.code, processed: metrics.processed, need_human: needHuman.length },
  );
  return { metrics, trend, recommendation, needHuman, entry, decisionChanged, fileChanged };
}

/** Midnight UTC `days − 1` days before `now`'s day: `days` calendar days, today included. */
export function trendStart(now: Date, days: number): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight - (Math.max(1, Math.floor(days)) - 1) * 86_400_000);
}

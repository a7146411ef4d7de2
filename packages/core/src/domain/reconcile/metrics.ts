// Run-log metrics over a window: the numbers reconcile decides on and the job
// summary shows. Which outcome is a system failure and which a content block
// is classifyOutcome's call (outcome-class.ts). Pure.
import { OUTCOMES, type Outcome, type RunLogRow } from '../../model';
import { classifyOutcome } from './outcome-class';

export interface TrendDay {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  processed: number;
  passed: number;
  /** System failures: failed and retry outcomes, and blocks by a system error. */
  failed: number;
  /** Content blocks: the gate or a human stopped a draft. */
  blocked: number;
  cost_usd: number;
}

export interface Metrics {
  window: { from: string; to: string };
  /** Rows counted (after dropping duplicates). */
  processed: number;
  counts: Record<Outcome, number>;
  /** (published + drafted) / processed; null without rows. */
  passRate: number | null;
  /**
   * System failures: (failed + retry + systemBlocks) / attempted; null
   * without rows. A draft the gate or a human blocked is not a failure of
   * the pipeline — the rails working — and has its own rate below. Skipped
   * rows count in `processed` only (as in the executor's counts).
   */
  failureRate: number | null;
  /** Blocked outcomes whose codes are not content codes (a non-retried item error): system failures. */
  systemBlocks: number;
  /** Content blocks not recovered since (see `recovered`) / attempted; null without rows. */
  blockRate: number | null;
  /** Content blocks whose item has not passed since, within the window: content a human still has to fix. */
  openBlocks: number;
  /** Content blocks whose item passed (drafted or published) later in the window: a human fixed it. */
  recovered: number;
  topErrorCodes: { code: string; count: number }[];
  /** Extra attempts spent: the sum over rows of (attempts − 1). */
  retries: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  /** Cost of the rows in the last 24 h of the window (the daily budget's measure). */
  costLast24hUsd: number;
  /** Nearest-rank percentiles of duration_ms; null without rows. */
  p50DurationMs: number | null;
  p95DurationMs: number | null;
  trend: TrendDay[];
  /** Rows with the same run_id + item_id as an earlier one (a QUEUE_WRITE_FAILED row apart): ignored, counted here. */
  duplicates: number;
  /** Rows whose `at` is not a time: ignored, counted here. */
  invalidRows: number;
}

const TOP_CODES = 5;
const DAY_MS = 86_400_000;

/** Nearest-rank percentile of an ascending list: the value at rank ⌈p/100 · n⌉. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

const money = (usd: number): number => Number(usd.toFixed(6));
const ratio = (part: number, whole: number): number | null => (whole > 0 ? Number((part / whole).toFixed(4)) : null);

export function summarizeRunLog(rows: Iterable<RunLogRow>, window: { from: Date; to: Date }): Metrics {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const seen = new Set<string>();
  const codes = new Map<string, number>();
  const days = new Map<string, TrendDay>();
  const durations: number[] = [];
  let processed = 0;
  let duplicates = 0;
  let invalidRows = 0;
  let retries = 0;
  let tokensIn = 0;
  let tokensOut = 0;
  let costUsd = 0;
  let costLast24hUsd = 0;
  let recovered = 0;
  let systemFailures = 0;
  let contentBlocks = 0;
  let systemBlocks = 0;
  /** Content blocks per item not yet followed by a pass (rows come oldest first). */
  const blockedSince = new Map<string, number>();

  for (const row of rows) {
    const at = Date.parse(row.at);
    if (Number.isNaN(at)) {
      invalidRows += 1;
      continue;
    }
    if (at < from || at > to) continue;
    // A retried append may land twice: the copy is dropped. But the row an executor appends when
    // an item's queue row could not be written (QUEUE_WRITE_FAILED) follows that item's outcome row
    // under the same run and item, and is no copy: a system failure of its own, it counts too —
    // its outcome and code only, as the outcome row already counted the item's usage and codes.
    const itemKey = JSON.stringify([row.run_id, row.item_id]);
    const unwritten = row.error_codes.includes('QUEUE_WRITE_FAILED');
    const key = unwritten ? JSON.stringify([row.run_id, row.item_id, 'QUEUE_WRITE_FAILED']) : itemKey;
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    const afterOutcome = unwritten && seen.has(itemKey);
    processed += 1;
    counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
    for (const code of afterOutcome ? ['QUEUE_WRITE_FAILED'] : row.error_codes) {
      if (code) codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    const cost = afterOutcome ? 0 : row.cost_usd || 0;
    if (!afterOutcome) {
      retries += Math.max(0, (row.attempts || 0) - 1);
      tokensIn += row.tokens_in || 0;
      tokensOut += row.tokens_out || 0;
      if (Number.isFinite(row.duration_ms)) durations.push(row.duration_ms);
    }
    costUsd += cost;
    if (at > to - DAY_MS) costLast24hUsd += cost;
    const kind = classifyOutcome(row);
    if (kind === 'system_failure') systemFailures += 1;
    if (kind === 'system_failure' && row.outcome === 'blocked') systemBlocks += 1;
    if (kind === 'content_block') {
      contentBlocks += 1;
      blockedSince.set(row.item_id, (blockedSince.get(row.item_id) ?? 0) + 1);
    }
    if (kind === 'passed') {
      recovered += blockedSince.get(row.item_id) ?? 0;
      blockedSince.delete(row.item_id);
    }

    const day = new Date(at).toISOString().slice(0, 10);
    const entry = days.get(day) ?? { day, processed: 0, passed: 0, failed: 0, blocked: 0, cost_usd: 0 };
    entry.processed += 1;
    if (kind === 'passed') entry.passed += 1;
    if (kind === 'system_failure') entry.failed += 1;
    if (kind === 'content_block') entry.blocked += 1;
    entry.cost_usd += cost;
    days.set(day, entry);
  }

  durations.sort((a, b) => a - b);
  const passed = counts.published + counts.scheduled + counts.drafted;
  const openBlocks = contentBlocks - recovered;
  // Rates over the attempted items: a skipped item was neither a pass nor a failure (as in the report).
  const attempted = processed - counts.skipped;
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    processed,
    counts,
    passRate: ratio(passed, attempted),
    failureRate: ratio(systemFailures, attempted),
    systemBlocks,
    blockRate: ratio(openBlocks, attempted),
    openBlocks,
    recovered,
    topErrorCodes: [...codes]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
      .slice(0, TOP_CODES),
    retries,
    tokensIn,
    tokensOut,
    costUsd: money(costUsd),
    costLast24hUsd: money(costLast24hUsd),
    p50DurationMs: nearestRank(durations, 50),
    p95DurationMs: nearestRank(durations, 95),
    trend: [...days.values()]
      .sort((a, b) => a.day.localeCompare(b.day))
      .map((d) => ({ ...d, cost_usd: money(d.cost_usd) })),
    duplicates,
    invalidRows,
  };
}

/** The flat numbers a decision-log entry keeps. */
export function decisionMetrics(m: Metrics): Record<string, number | string | null> {
  return {
    window_from: m.window.from,
    window_to: m.window.to,
    processed: m.processed,
    ...m.counts,
    pass_rate: m.passRate,
    failure_rate: m.failureRate,
    system_blocks: m.systemBlocks,
    block_rate: m.blockRate,
    open_blocks: m.openBlocks,
    recovered: m.recovered,
    retries: m.retries,
    tokens_in: m.tokensIn,
    tokens_out: m.tokensOut,
    cost_usd: m.costUsd,
    cost_last_24h_usd: m.costLast24hUsd,
    p50_duration_ms: m.p50DurationMs,
    p95_duration_ms: m.p95DurationMs,
    top_error_codes: m.topErrorCodes.map((c) => `${c.code}:${c.count}`).join(' '),
  };
}

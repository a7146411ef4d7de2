// The executor run: pick the mode (kill-switch), claim items one at a time
// under the queue's lock while the time budget lasts, process them with
// bounded concurrency (p-limit), write each row's transition and a run-log
// row, and record the run.
import pLimit from 'p-limit';
import { normalizeTitle } from '../../domain/content';
import { effectiveMode } from '../../domain/publish-guard';
import { parseQueueRow, planClaim, type QueueItem, type RowProblem } from '../../domain/queue';
import type { ItemStatus, Outcome, QueueRow, RunLogRow } from '../../model';
import type { ContentContext } from './content';
import { type ItemOutcome, processItem } from './process-item';
import type { ExecutorDeps, ExecutorOptions, ExecutorResult, ItemResult, OutcomeCounts } from './types';

const HAS_ARTICLE: ReadonlySet<ItemStatus> = new Set(['AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED']);

/** Titles of the articles other items already have: the DUPLICATE_TITLE rule's memory. */
function articleTitles(rows: readonly QueueRow[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (row.title.trim() && (HAS_ARTICLE.has(row.status.trim().toUpperCase() as ItemStatus) || row.article_id)) {
      titles.set(normalizeTitle(row.title), row.id);
    }
  }
  return titles;
}

function emptyCounts(): OutcomeCounts {
  return { processed: 0, published: 0, drafted: 0, blocked: 0, failed: 0, retry: 0, skipped: 0 };
}

export async function runExecutor(deps: ExecutorDeps, options: ExecutorOptions): Promise<ExecutorResult> {
  const startedAt = deps.now();
  const log = deps.log.child({ run_id: options.runId, trace_id: options.traceId });
  const switches = {
    WF_ENABLED: await deps.vars.get('WF_ENABLED'),
    ALLOW_PUBLISH: await deps.vars.get('ALLOW_PUBLISH'),
  };
  const { mode, downgraded } = effectiveMode(options.mode, switches);
  if (downgraded) log.warn(downgraded);
  await deps.runs.record({ run_id: options.runId, mode, status: 'in_progress', started_at: startedAt.toISOString() });

  const problems = new Map<string, RowProblem>();
  let recovered = 0;
  let rejected = 0;
  let exhausted = false;
  let budgetSpent = false;
  const budgetEnds = startedAt.getTime() + options.timeBudgetSeconds * 1000;

  /** Claim one item under the lock; undefined when none is left or the budget is spent. */
  const claimOne = async (): Promise<
    { item: QueueItem; from: ItemStatus; titles: Map<string, string> } | undefined
  > => {
    if (exhausted) return undefined;
    if (deps.now().getTime() >= budgetEnds) {
      budgetSpent = true;
      return undefined;
    }
    const now = deps.now();
    const plan = await deps.queue.transact((rows) => {
      const claim = planClaim(rows, {
        mode,
        now,
        owner: options.owner,
        runId: options.runId,
        leaseSeconds: options.leaseSeconds,
        maxItems: 1,
        requireApproval: options.requireApproval,
      });
      // Other rows' titles only: the claimed row's own title is not a duplicate of itself.
      const claimedRow = claim.claimed[0]?.row.row;
      const others = rows.filter((r) => r.row !== claimedRow);
      return { update: claim.update, result: { claim, titles: articleTitles(others) } };
    });
    const { claim, titles } = plan;
    recovered += claim.recovered.length;
    rejected += claim.rejected.length;
    for (const p of claim.problems) problems.set(`${p.row}:${p.field}`, p);
    for (const row of claim.rejected) log.notice(`item ${row.id} (row ${row.row}) was rejected by a human: BLOCKED`);
    const first = claim.claimed[0];
    if (!first) {
      exhausted = true;
      return undefined;
    }
    // Stores without compare-and-set (Sheets): make sure the claim is still ours.
    const row = first.row;
    const fresh = (await deps.queue.list()).find((r) => r.row === row.row && r.id === row.id);
    if (!fresh || fresh.lease_owner !== options.owner || fresh.run_id !== options.runId) {
      log.warn(`item ${row.id}: another executor holds it; backing off`, { item_id: row.id });
      return claimOne();
    }
    const parsed = parseQueueRow(fresh);
    if (!parsed.ok) return claimOne();
    return { item: parsed.item, from: first.from, titles };
  };

  const writeOutcome = async (outcome: ItemOutcome): Promise<boolean> =>
    deps.queue.transact((rows) => {
      const fresh = rows.find((r) => r.id === outcome.result.item_id && r.row === outcome.result.row);
      // Owner and run: two runs on one machine share an owner name.
      if (!fresh || fresh.lease_owner !== options.owner || fresh.run_id !== options.runId) return { result: false };
      return { update: [outcome.transition(fresh)], result: true };
    });

  const items: ItemResult[] = [];
  const limit = pLimit(options.concurrency);
  // Claims take turns within the run: a store without a lock (Sheets) would otherwise let two of
  // our own workers read the same snapshot and claim the same row under the same owner and run id.
  const claimTurn = pLimit(1);
  const work = Promise.all(
    Array.from({ length: options.maxItems }, () =>
      limit(async () => {
        const claimed = await claimTurn(claimOne);
        if (!claimed) return;
        const { item, from, titles } = claimed;
        const itemLog = log.child({ item_id: item.id });
        const content: ContentContext = {
          generator: deps.generator,
          readContent: deps.readContent,
          thresholds: options.thresholds,
          maxFixPasses: options.maxFixPasses,
          otherTitles: titles,
        };
        const outcome = await processItem(item, from, mode, { ...deps, log: itemLog }, options, content);
        // The run log first: killed between the two writes, the row stays IN_PROGRESS and is redone
        // (idempotently) with a log line of its own — a logged outcome is never missing, at worst repeated.
        await deps.runLog.append([toRunLogRow(outcome.result, options, mode, deps.now())]);
        const written = await writeOutcome(outcome);
        if (!written) itemLog.warn(`item ${item.id}: lease lost before the result was written; the next run redoes it`);
        items.push(outcome.result);
        const level = outcome.result.outcome === 'failed' || outcome.result.outcome === 'blocked' ? 'warn' : 'info';
        itemLog[level](`${item.id}: ${outcome.result.outcome} — ${outcome.result.message}`);
      }),
    ),
  );
  try {
    await work;
  } catch (error) {
    // A configuration error met mid-run (a revoked token, say): claimed rows
    // keep their lease and return to PENDING when it expires.
    await deps.runs.record({
      run_id: options.runId,
      mode,
      status: 'completed',
      conclusion: 'failure',
      started_at: startedAt.toISOString(),
      finished_at: deps.now().toISOString(),
    });
    throw error;
  }

  const counts = emptyCounts();
  for (const item of items) {
    counts.processed += 1;
    counts[item.outcome as Outcome] += 1;
  }
  const conclusion = counts.failed > 0 || counts.retry > 0 ? 'failure' : 'success';
  const finishedAt = deps.now();
  await deps.runs.record({
    run_id: options.runId,
    mode,
    status: 'completed',
    conclusion,
    started_at: startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    counts,
  });
  for (const p of problems.values()) log.warn(p.message);
  return {
    run_id: options.runId,
    requested_mode: options.mode,
    mode,
    downgraded,
    items: items.sort((a, b) => a.row - b.row),
    problems: [...problems.values()],
    recovered,
    rejected,
    counts,
    conclusion,
    started_at: startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    budget_spent: budgetSpent,
  };
}

function toRunLogRow(result: ItemResult, options: ExecutorOptions, mode: ExecutorResult['mode'], at: Date): RunLogRow {
  return {
    at: at.toISOString(),
    run_id: options.runId,
    trace_id: options.traceId,
    mode,
    item_id: result.item_id,
    outcome: result.outcome,
    gate: result.gate,
    error_codes: result.codes,
    attempts: result.attempts,
    duration_ms: result.duration_ms,
    tokens_in: result.usage.tokens_in,
    tokens_out: result.usage.tokens_out,
    cost_usd: Number(result.usage.cost_usd.toFixed(6)),
    article_id: result.article_id,
  };
}

// The executor run: pick the mode (kill-switch), get the publisher ready,
// claim items one at a time under the queue's lock while the time budget
// lasts, process them with bounded concurrency (p-limit), write each row's
// transition and a run-log row, and record the run.
//
// What stops a run early, and how it ends (runs.jsonl always gets its
// completed line):
// - cancellation (options.signal): no new claims, in-flight items finish → `cancelled`;
// - the time budget: one AbortSignal (the run's deadline) bounds the items'
//   work — every request an item makes carries it (util/abort.ts). When it
//   fires nothing new is claimed, requests in flight are cancelled, and each
//   item cut short is released: its row goes back to the state it was claimed
//   from (outcome `skipped`), written like any outcome → `failure`, naming them;
// - a store error on a claim, or on a run-log append after retries: no new
//   claims, in-flight items finish → `failure`, the message in `errors`;
// - a queue write of an item's outcome that still fails after retries: that
//   item counts as failed, its row waits for its lease to end; the run goes on;
// - a UserError (configuration: a refused token, a missing blog): no new
//   claims, in-flight items finish, then it is rethrown (hosts exit 2).
//
// While an item is worked on its lease is renewed every third of the lease
// (a queue write that only extends lease_until while the row is still ours),
// so a slow item — a storm of throttling — is never taken by another worker.
import pLimit from 'p-limit';
import { normalizeTitle } from '../../domain/content/title';
import { effectiveMode } from '../../domain/publish-guard';
import {
  approvalRequired,
  hasDuplicateIds,
  parseQueueRow,
  planClaim,
  type QueueItem,
  type RowProblem,
  renewLease,
} from '../../domain/queue';
import { errorMessage, UserError } from '../../errors';
import type { ItemStatus, Outcome, QueueRow, RunConclusion } from '../../model';
import type { Logger } from '../../ports';
import { outsideRun, RunDeadlineError, withinRun } from '../../util/abort';
import type { ContentContext } from './content';
import { createRunCorpus } from './corpus';
import { rejectedResult, toRunLogRow, unwrittenResult } from './item-records';
import type { ItemOutcome } from './process-item';
import { withStoreRetry } from './store-retry';
import type { ExecutorDeps, ExecutorOptions, ExecutorResult, ItemResult, OutcomeCounts } from './types';

// The item pipeline (markdown rendering, sanitize-html, YAML front matter)
// loads with the first claimed item: a run with nothing to do starts without it.
let itemPipeline: Promise<typeof import('./process-item')> | undefined;
const loadItemPipeline = () => {
  itemPipeline ??= import('./process-item');
  return itemPipeline;
};

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

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runExecutor(deps: ExecutorDeps, options: ExecutorOptions): Promise<ExecutorResult> {
  const startedAt = deps.now();
  const log = deps.log.child({ run_id: options.runId, trace_id: options.traceId });
  const switches = {
    WF_ENABLED: await deps.vars.get('WF_ENABLED'),
    ALLOW_PUBLISH: await deps.vars.get('ALLOW_PUBLISH'),
  };
  const { mode, downgraded } = effectiveMode(options.mode, switches);
  if (downgraded) log.warn(downgraded);
  // The setting and the REQUIRE_APPROVAL variable together: the stricter wins (approvalRequired).
  const requireApproval = approvalRequired(options.requireApproval, await deps.vars.get('REQUIRE_APPROVAL'));
  if (mode === 'publish' && !requireApproval)
    log.warn('require-approval is off: drafts that pass the gate go live without a human approving them');
  await deps.runs.record({ run_id: options.runId, mode, status: 'in_progress', started_at: startedAt.toISOString() });

  const sleep = deps.sleep ?? realSleep;
  const problems = new Map<string, RowProblem>();
  const items: ItemResult[] = [];
  const errors: string[] = [];
  let fatal: { error: unknown } | undefined;
  let recovered = 0;
  let rejected = 0;
  let exhausted = false;
  let budgetSpent = false;
  const budgetEnds = startedAt.getTime() + options.timeBudgetSeconds * 1000;
  // The run's deadline: a real timer (the budget is wall time), cleared when the run ends.
  const deadline = new AbortController();
  const deadlineTimer = setTimeout(
    () => deadline.abort(new RunDeadlineError(options.timeBudgetSeconds)),
    options.timeBudgetSeconds * 1000,
  );
  deadlineTimer.unref?.();
  const onDeadline = () =>
    log.notice(
      `the time budget of ${options.timeBudgetSeconds} s ran out: no new item will be claimed; requests in flight are cancelled`,
    );
  deadline.signal.addEventListener('abort', onDeadline, { once: true });
  /** Items the deadline cut short, released back to the queue. */
  const released: string[] = [];

  /** Something the run cannot go on from: no new claims; a UserError is rethrown at the end. */
  const stopOn = (error: unknown, what: string) => {
    if (error instanceof UserError) {
      fatal ??= { error };
      return;
    }
    const message = `${what}: ${errorMessage(error)}`;
    errors.push(message);
    log.error(message);
  };
  const retryLog = (what: string, itemLog: Logger) => (error: unknown, attempt: number, waitMs: number) =>
    itemLog.warn(`${what} failed (${errorMessage(error)}); attempt ${attempt + 1} in ${waitMs / 1000} s`);

  const onAbort = () => log.notice('cancel requested: no new item will be claimed; the items in flight finish first');
  options.signal?.addEventListener('abort', onAbort, { once: true });

  /** Appends run-log rows, retried; one that still fails stops the claiming (the store is not well). */
  const appendRunLog = async (results: ItemResult[], itemLog: Logger = log) => {
    if (results.length === 0) return;
    const rows = results.map((r) => toRunLogRow(r, options, mode, deps.now()));
    const ids = results.map((r) => r.item_id).join(', ');
    try {
      // A retried append may land twice (its answer lost, not its write): reconcile ignores the copy.
      await withStoreRetry(() => deps.runLog.append(rows), { sleep, onRetry: retryLog(`run log of ${ids}`, itemLog) });
    } catch (error) {
      stopOn(
        error,
        `could not append the run-log row(s) of ${ids} (their outcome is in the queue, not in the run log)`,
      );
    }
  };

  /** Our claimed copy of an item in a fresh snapshot: same id, our lease and run; the same row number if it is still there. */
  const ours = (rows: readonly QueueRow[], id: string, row: number): QueueRow | undefined => {
    // Owner and run: two runs on one machine share an owner name.
    const mine = rows.filter((r) => r.id === id && r.lease_owner === options.owner && r.run_id === options.runId);
    // A human may insert or delete rows above it meanwhile: the id (unique among our leased rows) still finds it.
    return mine.find((r) => r.row === row) ?? (mine.length === 1 ? mine[0] : undefined);
  };

  /** Claim one item under the lock; undefined when none is left, the budget is spent, or the run is stopping. */
  const claimOne = async (): Promise<
    { item: QueueItem; from: ItemStatus; titles: Map<string, string>; others: QueueRow[] } | undefined
  > => {
    if (exhausted || fatal || errors.length > 0 || options.signal?.aborted) return undefined;
    if (deps.now().getTime() >= budgetEnds || deadline.signal.aborted) {
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
        requireApproval,
      });
      // Other rows' titles only: the claimed row's own title is not a duplicate of itself.
      const claimedRow = claim.claimed[0]?.row.row;
      const others = rows.filter((r) => r.row !== claimedRow);
      return { update: claim.update, result: { claim, titles: articleTitles(others), others } };
    });
    const { claim, titles, others } = plan;
    for (const warning of claim.skewed) log.warn(warning);
    recovered += claim.recovered.length;
    rejected += claim.rejected.length;
    for (const p of claim.problems) problems.set(`${p.row}:${p.field}`, p);
    // A rejection is an outcome: the claim wrote the row BLOCKED, the run log says so.
    // (Killed right between the two writes, the row is BLOCKED without its log line.)
    const parked = claim.rejected.map(rejectedResult);
    for (const result of parked) {
      items.push(result);
      log.warn(`${result.item_id}: blocked — ${result.message}`, { item_id: result.item_id });
    }
    await appendRunLog(parked);
    const first = claim.claimed[0];
    if (!first) {
      exhausted = true;
      return undefined;
    }
    // Stores without compare-and-set (Sheets): make sure the claim is still ours.
    const row = first.row;
    const fresh = ours(await deps.queue.list(), row.id, row.row);
    if (!fresh) {
      log.warn(`item ${row.id}: another executor holds it; backing off`, { item_id: row.id });
      return claimOne();
    }
    const parsed = parseQueueRow(fresh);
    if (!parsed.ok) return claimOne();
    return { item: parsed.item, from: first.from, titles, others };
  };

  const writeOutcome = async (outcome: ItemOutcome): Promise<boolean> =>
    deps.queue.transact((rows) => {
      const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
      if (!fresh) return { result: false };
      return { update: [outcome.transition(fresh)], result: true };
    });

  /**
   * Renews the item's lease every third of the lease while it is worked on;
   * `stop` clears the timer and waits for a renewal in flight, so it never
   * lands after the outcome is written.
   */
  const keepLease = (item: QueueItem, itemLog: Logger) => {
    let inFlight: Promise<unknown> = Promise.resolve();
    let lost = false;
    const renew = () =>
      outsideRun(() =>
        deps.queue.transact((rows) => {
          const fresh = ours(rows, item.id, item.row.row);
          const renewed =
            fresh &&
            renewLease(fresh, { owner: options.owner, runId: options.runId }, deps.now(), options.leaseSeconds);
          return renewed ? { update: [renewed], result: true } : { result: false };
        }),
      ).then(
        (kept) => {
          if (!kept && !lost) itemLog.warn(`item ${item.id}: its lease was lost while it was being worked on`);
          lost ||= !kept;
        },
        (error) => itemLog.warn(`item ${item.id}: could not renew its lease (${errorMessage(error)}); trying again`),
      );
    const timer = setInterval(
      () => {
        inFlight = inFlight.then(renew);
      },
      Math.max(50, (options.leaseSeconds * 1000) / 3),
    );
    timer.unref?.();
    return {
      stop: async () => {
        clearInterval(timer);
        await inFlight;
      },
    };
  };

  /** Writes an item's outcome: its run-log row, then its queue row, each retried. */
  const finishItem = async (outcome: ItemOutcome, itemLog: Logger) => {
    const { result } = outcome;
    // The run log first: killed between the two writes, the row stays IN_PROGRESS and is redone
    // (idempotently) with a log line of its own — a logged outcome is never missing, at worst repeated.
    await appendRunLog([result], itemLog);
    let written: boolean;
    try {
      written = await withStoreRetry(() => writeOutcome(outcome), {
        sleep,
        onRetry: retryLog(`writing the row of ${result.item_id}`, itemLog),
      });
    } catch (error) {
      if (error instanceof UserError) {
        fatal ??= { error };
        return;
      }
      const failed = unwrittenResult(result, errorMessage(error), options.leaseSeconds);
      items.push(failed);
      itemLog.error(`${result.item_id}: failed — ${failed.message}`);
      await appendRunLog([failed], itemLog);
      return;
    }
    if (!written)
      itemLog.warn(`item ${result.item_id}: lease lost before the result was written; the next run redoes it`);
    items.push(result);
    const level = result.outcome === 'failed' || result.outcome === 'blocked' ? 'warn' : 'info';
    itemLog[level](`${result.item_id}: ${result.outcome} — ${result.message}`);
  };

  try {
    await withinRun(deadline.signal, async () => deps.publisher.prepare?.());
  } catch (error) {
    stopOn(error, 'the publisher is not ready, so nothing was claimed');
  }

  /** Titles of this run's drafts that passed, normalised → item id: the DUPLICATE_TITLE rule's memory within the run. */
  const runTitles = new Map<string, string>();
  const releaseTitle = (itemId: string) => {
    for (const [title, owner] of runTitles) if (owner === itemId) runTitles.delete(title);
  };

  const corpus = createRunCorpus({ publisher: deps.publisher, readContent: deps.readContent, log });
  const limit = pLimit(options.concurrency);
  // Claims take turns within the run: a store without a lock (Sheets) would otherwise let two of
  // our own workers read the same snapshot and claim the same row under the same owner and run id.
  const claimTurn = pLimit(1);
  await Promise.all(
    Array.from({ length: options.maxItems }, () =>
      limit(async () => {
        let claimed: Awaited<ReturnType<typeof claimOne>>;
        try {
          claimed = await claimTurn(claimOne);
        } catch (error) {
          stopOn(
            error,
            'could not claim the next item, so claiming stopped (rows not claimed are as they were; ' +
              'a row this run had just claimed returns to PENDING when its lease ends)',
          );
          return;
        }
        if (!claimed) return;
        const { item, from, titles, others } = claimed;
        const itemLog = log.child({ item_id: item.id });
        const content: ContentContext = {
          generator: deps.generator,
          readContent: deps.readContent,
          thresholds: options.thresholds,
          maxFixPasses: options.maxFixPasses,
          otherTitles: () => (runTitles.size === 0 ? titles : new Map([...titles, ...runTitles])),
          claimTitle: (title) => {
            const key = normalizeTitle(title);
            if (key && !runTitles.has(key)) runTitles.set(key, item.id);
          },
          // NEAR_DUPLICATE: the blog, the other rows of the claim's snapshot, this run's passed drafts.
          corpus: (itemId) => corpus.entries(itemId, others),
          claimText: (draft) => corpus.add(item.id, draft),
        };
        const lease = keepLease(item, itemLog);
        try {
          // The item's work runs under the run's deadline; writing its outcome does not (it must land).
          const outcome = await withinRun(deadline.signal, () =>
            loadItemPipeline().then(({ processItem }) =>
              processItem(item, from, mode, { ...deps, log: itemLog }, { ...options, requireApproval }, content),
            ),
          );
          await lease.stop();
          if (outcome.released) released.push(item.id);
          // Only an article holds a title: a draft that passed but was not published or drafted lets it go.
          if (outcome.result.outcome !== 'drafted' && outcome.result.outcome !== 'published') releaseTitle(item.id);
          await outsideRun(() => finishItem(outcome, itemLog));
        } catch (error) {
          await lease.stop();
          releaseTitle(item.id);
          // A configuration error met mid-run (a revoked token, say): the row keeps its lease and
          // returns to PENDING when it expires. The other items in flight still finish.
          stopOn(error, `item ${item.id} stopped the run`);
        }
      }),
    ),
  );
  // The publisher's deferred work (the local site's index), once per run; the articles are durable without it.
  await outsideRun(async () => deps.publisher.flush?.()).catch((error) =>
    log.warn(`the publisher could not finish its deferred writes (the next run does): ${errorMessage(error)}`),
  );
  options.signal?.removeEventListener('abort', onAbort);
  clearTimeout(deadlineTimer);
  deadline.signal.removeEventListener('abort', onDeadline);
  if (deadline.signal.aborted) budgetSpent = true;
  if (released.length > 0) {
    const message =
      `the time budget of ${options.timeBudgetSeconds} s ran out with ${released.length} item(s) in flight ` +
      `(${released.join(', ')}): their requests were cancelled and their rows released for the next run`;
    errors.push(message);
    log.error(message);
  }

  const counts = emptyCounts();
  for (const item of items) {
    counts.processed += 1;
    counts[item.outcome as Outcome] += 1;
  }
  const cancelled = options.signal?.aborted === true;
  const conclusion: RunConclusion =
    fatal || errors.length > 0
      ? 'failure'
      : cancelled
        ? 'cancelled'
        : counts.failed > 0 || counts.retry > 0 || hasDuplicateIds([...problems.values()])
          ? 'failure'
          : 'success';
  if (cancelled) log.notice(`cancelled: ${counts.processed} item(s) finished; no more were claimed`);
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
  if (fatal) throw fatal.error;
  for (const p of problems.values()) log.warn(p.message);
  return {
    run_id: options.runId,
    requested_mode: options.mode,
    mode,
    downgraded,
    require_approval: requireApproval,
    items: items.sort((a, b) => a.row - b.row),
    problems: [...problems.values()],
    recovered,
    rejected,
    counts,
    conclusion,
    started_at: startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    budget_spent: budgetSpent,
    errors,
  };
}

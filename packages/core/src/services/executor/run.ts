// The executor run: pick the mode (kill-switch), get the publisher ready,
// claim rows in batches while the time budget lasts (one transaction per
// claim; one re-read to confirm it where the store has no compare-and-set),
// process them with bounded concurrency (p-limit), write the rows'
// transitions and run-log rows together (write-buffer.ts: with the next
// claim, a short while after an item finishes, at the end), and record the
// run. A claim takes several rows per worker (one, the first time, for a run
// of one worker: it stops at its first item's trouble holding nothing else).
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
// While rows are held (claimed, or finished with the outcome not written yet)
// their leases are renewed together every third of the lease (one queue write
// that only extends lease_until of rows still ours), so a slow item — a storm
// of throttling — is never taken by another worker. A run killed before its
// outcomes are written leaves the rows to their leases; the next run finds a
// live article by the item id and writes PUBLISHED (recover-item.ts).
import pLimit from 'p-limit';
import type { TitleLookup } from '../../domain/content/rules/types';
import { normalizeTitle } from '../../domain/content/title';
import { effectiveMode } from '../../domain/publish-guard';
import {
  approvalRequired,
  type Claim,
  hasDuplicateIds,
  parseQueueRow,
  planClaim,
  type QueueItem,
  type RowProblem,
  releaseLease,
  renewLease,
} from '../../domain/queue';
import { errorMessage, UserError } from '../../errors';
import type { ItemStatus, Outcome, QueueRow, RunConclusion } from '../../model';
import type { Logger } from '../../ports';
import { outsideRun, RunDeadlineError, withinRun } from '../../util/abort';
import type { ContentContext } from './content';
import type { RunCorpus } from './corpus';
import { rejectedResult, toRunLogRow, unwrittenResult } from './item-records';
import type { ItemOutcome } from './process-item';
import { recoverLiveArticle } from './recover-item';
import { withStoreRetry } from './store-retry';
import type { ExecutorDeps, ExecutorOptions, ExecutorResult, ItemResult, OutcomeCounts } from './types';
import { createWriteBuffer } from './write-buffer';

/**
 * The longest a finished item's outcome waits before it is written (it also
 * goes with the next claim, and at the end of the run). Each write costs a
 * Sheets queue about four requests (one service account has 60 a minute), so
 * not much shorter; a killed run's waiting outcomes are recovered (recover-item.ts).
 */
export const FLUSH_INTERVAL_MS = 15_000;
/** Rows a claim after the first takes per worker (at least MIN_CLAIM_BATCH): fewer, larger claims. */
export const CLAIM_ROWS_PER_WORKER = 5;
export const MIN_CLAIM_BATCH = 10;

/** A claimed row waiting for a worker. */
interface Claimed {
  item: QueueItem;
  from: ItemStatus;
  /** Recovered from an expired lease by this claim: another run may have finished it without writing it. */
  recovered: boolean;
  /** The claim's article titles (shared by its rows: the row's own title is left out when looked up). */
  titles: ReadonlyMap<string, string>;
  /** The claim's snapshot of the queue, shared by its rows (the corpus leaves the item's own texts out). */
  rows: readonly QueueRow[];
}

type Transition = PendingOutcome & { outcome: ItemOutcome };
const hasTransition = (p: PendingOutcome): p is Transition => p.outcome !== undefined;
interface Failure {
  entry: Transition;
  error: unknown;
}

/** An outcome waiting to be written. */
interface PendingOutcome {
  /** Its run-log row. */
  result: ItemResult;
  /** Its queue transition; absent when the queue already has it (a rejection the claim wrote). */
  outcome?: ItemOutcome;
  itemLog?: Logger;
  /** A row given back unworked: its queue row only (no run-log row; not an item of the run). */
  release?: boolean;
  /** Its run-log row was appended (or tried) already. */
  logged?: boolean;
}

// The item pipeline (markdown rendering, sanitize-html, YAML front matter)
// loads with the first claimed item: a run with nothing to do starts without it.
let itemPipeline: Promise<typeof import('./process-item')> | undefined;
const loadItemPipeline = () => {
  itemPipeline ??= import('./process-item');
  return itemPipeline;
};

const HAS_ARTICLE: ReadonlySet<ItemStatus> = new Set(['AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED']);

// Every claim reads the titles of the whole queue, which change little between claims:
// each title is normalised (Unicode NFKC) once. Bounded by clearing when full.
const normalized = new Map<string, string>();
const NORMALIZED_KEPT = 50_000;
function normalizedTitle(title: string): string {
  let key = normalized.get(title);
  if (key === undefined) {
    key = normalizeTitle(title);
    if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
    normalized.set(title, key);
  }
  return key;
}

/** Titles of the articles other items already have: the DUPLICATE_TITLE rule's memory. */
function articleTitles(rows: readonly QueueRow[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (row.title.trim() && (HAS_ARTICLE.has(row.status.trim().toUpperCase() as ItemStatus) || row.article_id)) {
      titles.set(normalizedTitle(row.title), row.id);
    }
  }
  return titles;
}

/**
 * The titles an item's draft must not take, as of now: this run's passed drafts
 * first, then the claim's articles less the row's own (its title is not a
 * duplicate of itself). A view, O(1) a look-up: the same answers as a merged
 * copy of the two maps without the row's entries, which cost the whole queue per item.
 */
export function titleLookup(
  claimTitles: ReadonlyMap<string, string>,
  runTitles: ReadonlyMap<string, string>,
  ownId: string,
): TitleLookup {
  return {
    get(key) {
      const run = runTitles.get(key);
      if (run !== undefined) return run;
      const owner = claimTitles.get(key);
      return owner === ownId ? undefined : owner;
    },
  };
}

function emptyCounts(): OutcomeCounts {
  return { processed: 0, published: 0, scheduled: 0, drafted: 0, blocked: 0, failed: 0, retry: 0, skipped: 0 };
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
  if (options.shard && options.shard.count > 1)
    log.info(
      `shard ${options.shard.index}/${options.shard.count}: only rows whose item id hashes to ${options.shard.index} are claimed`,
    );

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

  // A snapshot's rows leased to this run, by id, made once per snapshot: a transaction looks up
  // each of its outcomes, and a filter of the whole queue per outcome grew with the queue.
  const leased = new WeakMap<readonly QueueRow[], Map<string, QueueRow[]>>();
  const leasedById = (rows: readonly QueueRow[]): Map<string, QueueRow[]> => {
    let byId = leased.get(rows);
    if (byId) return byId;
    byId = new Map();
    for (const r of rows) {
      // Owner and run: two runs on one machine share an owner name.
      if (r.lease_owner !== options.owner || r.run_id !== options.runId) continue;
      const list = byId.get(r.id);
      if (list) list.push(r);
      else byId.set(r.id, [r]);
    }
    leased.set(rows, byId);
    return byId;
  };
  /** Our claimed copy of an item in a fresh snapshot: same id, our lease and run; the same row number if it is still there. */
  const ours = (rows: readonly QueueRow[], id: string, row: number): QueueRow | undefined => {
    const mine = leasedById(rows).get(id) ?? [];
    // A human may insert or delete rows above it meanwhile: the id (unique among our leased rows) still finds it.
    return mine.find((r) => r.row === row) ?? (mine.length === 1 ? mine[0] : undefined);
  };

  // Every queue write of the run takes its turn here: claims, outcome flushes and lease renewals.
  // A store without a lock (Sheets) would otherwise let two of our own writes read the same
  // snapshot (two workers claiming one row, a renewal landing after an outcome).
  const queueTurn = pLimit(1);
  const claimBatchSize = Math.max(
    options.concurrency,
    options.claimBatch ?? Math.max(MIN_CLAIM_BATCH, options.concurrency * CLAIM_ROWS_PER_WORKER),
  );
  /** Claimed rows whose outcome is not written yet: their leases are renewed together. */
  const held = new Map<string, QueueItem>();
  /** Claimed, not yet started (a batch claim takes more rows than there are workers). */
  const pool: Claimed[] = [];
  let claimedCount = 0;
  let claims = 0;
  const stopping = () => fatal !== undefined || errors.length > 0 || options.signal?.aborted === true;
  const budgetOver = () => {
    if (deps.now().getTime() >= budgetEnds || deadline.signal.aborted) budgetSpent = true;
    return budgetSpent;
  };

  /** Claims a batch of rows in one transaction (verified with one re-read where the store has no compare-and-set). */
  const claimBatch = async (waiting: Transition[]): Promise<void> => {
    // Several rows per worker (fewer requests per item), never past max-items; a single worker starts with one.
    const first = claims === 0 && options.concurrency === 1;
    const want = Math.min(options.maxItems - claimedCount, first ? 1 : claimBatchSize);
    if (want <= 0) {
      exhausted = true;
      // No claim for them to ride with: the outcomes taken for it wait for the next flush (or the run's end).
      outcomes.putBack(waiting);
      return;
    }
    claims += 1;
    const now = deps.now();
    const written = new Set<string>();
    let planned: { claim: Claim; rows: readonly QueueRow[] };
    try {
      planned = await deps.queue.transact((rows) => {
        // Finished items' outcomes ride along: one write for them and the claim.
        written.clear();
        const outcomesOf = new Map<number, QueueRow>();
        for (const { outcome } of waiting) {
          const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
          if (!fresh) continue;
          outcomesOf.set(fresh.row, outcome.transition(fresh));
          written.add(outcome.result.item_id);
        }
        const claim = planClaim(
          rows.map((row) => outcomesOf.get(row.row) ?? row),
          {
            mode,
            now,
            owner: options.owner,
            runId: options.runId,
            leaseSeconds: options.leaseSeconds,
            maxItems: want,
            requireApproval,
            shard: options.shard,
            timeZone: options.timeZone,
          },
        );
        const update = new Map(claim.update.map((row) => [row.row, row]));
        for (const [row, changed] of outcomesOf) update.set(row, changed);
        return { update: [...update.values()], result: { claim, rows } };
      });
    } catch (error) {
      // Not written: the outcomes wait for the next flush (their run-log rows are in already).
      outcomes.putBack(waiting);
      throw error;
    }
    await settle(waiting, written, []);
    const { claim, rows } = planned;
    for (const warning of claim.skewed) log.warn(warning);
    recovered += claim.recovered.length;
    rejected += claim.rejected.length;
    for (const p of claim.problems) problems.set(`${p.row}:${p.field}`, p);
    // A rejection is an outcome: the claim wrote the row BLOCKED, the run log says so (with the next flush).
    for (const result of claim.rejected.map(rejectedResult)) {
      items.push(result);
      log.warn(`${result.item_id}: blocked — ${result.message}`, { item_id: result.item_id });
      outcomes.add({ result });
    }
    // Fewer rows than asked for: no more are eligible now, so this claim is the run's last.
    if (claim.claimed.length < want) exhausted = true;
    if (claim.claimed.length === 0) return;
    claimedCount += claim.claimed.length;
    const recoveredRows = new Set(claim.recovered.map((r) => r.row));
    const titles = articleTitles(rows);
    // Stores without compare-and-set (Sheets): one re-read makes sure the claims are still ours.
    const fresh = deps.queue.exclusive ? undefined : await deps.queue.list();
    for (const { row, from } of claim.claimed) {
      const mine = fresh ? ours(fresh, row.id, row.row) : row;
      const parsed = mine && parseQueueRow(mine, options);
      if (!parsed?.ok) {
        if (!mine) log.warn(`item ${row.id}: another executor holds it; backing off`, { item_id: row.id });
        continue;
      }
      held.set(row.id, parsed.item);
      // Rows of one batch start together: the earlier row holds its title, so of two same-title rows
      // the first gets the article (DUPLICATE_TITLE), whichever draft finishes first.
      const key = normalizeTitle(row.title);
      if (key && !runTitles.has(key) && !titles.has(key)) runTitles.set(key, row.id);
      pool.push({
        item: parsed.item,
        from,
        recovered: recoveredRows.has(row.row),
        // Shared, not copied per row (a copy of a 10,000-row queue's titles per item was most of a claim):
        // the row's own title is left out when it is looked up (titleLookup).
        titles,
        rows,
      });
    }
  };

  /** The next claimed item; undefined when none is left, the budget is spent, or the run is stopping. */
  const claimTurn = pLimit(1);
  const nextItem = (): Promise<Claimed | undefined> =>
    claimTurn(async () => {
      for (;;) {
        if (stopping() || budgetOver()) return undefined;
        const next = pool.shift();
        if (next) return next;
        if (exhausted) return undefined;
        // Outcomes waiting go with the next claim: their run-log rows first (an append the store
        // refuses stops the claiming), their queue rows in the claim's own transaction.
        const waiting = outcomes.take();
        await outsideRun(() => logOutcomes(waiting));
        const transitions = waiting.filter(hasTransition);
        if (stopping()) {
          outcomes.putBack(transitions);
          return undefined;
        }
        await outsideRun(() => queueTurn(() => claimBatch(transitions)));
      }
    });

  /** One queue transaction for many outcomes; which entries' rows were still ours is reported through `written`. */
  const writeTransitions = (entries: readonly PendingOutcome[], written: Set<string>) =>
    queueTurn(() =>
      deps.queue.transact((rows) => {
        written.clear();
        const update: QueueRow[] = [];
        for (const { outcome } of entries) {
          if (!outcome) continue;
          const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
          if (!fresh) continue;
          update.push(outcome.transition(fresh));
          written.add(outcome.result.item_id);
        }
        // The result says whether every row was written (a boolean, like a single outcome write).
        return { update, result: written.size === entries.length };
      }),
    );

  /** Writes one flush of outcomes: their run-log rows, then their queue rows, each retried. */
  const writeOutcomes = async (batch: PendingOutcome[]) => {
    // The run log first: killed between the two writes, the rows stay IN_PROGRESS and are redone
    // (idempotently) with log lines of their own — a logged outcome is never missing, at worst repeated.
    await logOutcomes(batch);
    const entries = batch.filter(hasTransition);
    if (entries.length === 0) return;
    const written = new Set<string>();
    const failures: Failure[] = [];
    const retrying = (entry: Transition) => ({
      sleep,
      onRetry: retryLog(`writing the row of ${entry.result.item_id}`, entry.itemLog ?? log),
    });
    if (entries.length === 1) {
      const [entry] = entries as [Transition];
      await withStoreRetry(() => writeTransitions(entries, written), retrying(entry)).catch((error) =>
        failures.push({ entry, error }),
      );
    } else {
      // Many rows in one write; refused, each row is written on its own (one moved row must not sink the others).
      try {
        await writeTransitions(entries, written);
      } catch (error) {
        if (error instanceof UserError) failures.push(...entries.map((entry) => ({ entry, error })));
        else
          for (const entry of entries) {
            const one = new Set<string>();
            await withStoreRetry(() => writeTransitions([entry], one), retrying(entry)).then(
              () => {
                for (const id of one) written.add(id);
              },
              (error) => failures.push({ entry, error }),
            );
          }
      }
    }
    await settle(entries, written, failures);
  };

  /** Appends the run-log rows of outcomes not logged yet (a row given back unworked has none). */
  const logOutcomes = async (batch: PendingOutcome[]) => {
    const unlogged = batch.filter((p) => !p.release && !p.logged);
    for (const p of unlogged) p.logged = true;
    await appendRunLog(unlogged.map((p) => p.result));
  };

  /** After outcomes were written (or not): the rows are no longer held; each item's result is counted and said. */
  const settle = async (entries: Transition[], written: ReadonlySet<string>, failures: readonly Failure[]) => {
    const failed = new Set(failures.map((f) => f.entry));
    const unwritten: ItemResult[] = [];
    for (const entry of entries) {
      held.delete(entry.result.item_id);
      const itemLog = entry.itemLog ?? log;
      const failure = failures.find((f) => f.entry === entry);
      if (failure && failure.error instanceof UserError) {
        fatal ??= { error: failure.error };
        continue;
      }
      if (failure) {
        const result = unwrittenResult(entry.result, errorMessage(failure.error), options.leaseSeconds);
        items.push(result);
        unwritten.push(result);
        itemLog.error(`${entry.result.item_id}: failed — ${result.message}`);
        continue;
      }
      if (!failed.has(entry) && !written.has(entry.result.item_id) && !entry.release)
        itemLog.warn(`item ${entry.result.item_id}: lease lost before the result was written; the next run redoes it`);
      if (entry.release) continue;
      const { result } = entry;
      items.push(result);
      const level = result.outcome === 'failed' || result.outcome === 'blocked' ? 'warn' : 'info';
      itemLog[level](`${result.item_id}: ${result.outcome} — ${result.message}`);
    }
    await appendRunLog(unwritten);
  };

  const outcomes = createWriteBuffer<PendingOutcome>({
    write: (batch) => outsideRun(() => writeOutcomes(batch)),
    intervalMs: options.flushIntervalMs ?? FLUSH_INTERVAL_MS,
    onError: (error) => stopOn(error, 'could not write the outcomes of finished items'),
  });

  /**
   * Renews the leases of every claimed row whose outcome is not written yet,
   * in one transaction, every third of the lease; `stop` clears the timer and
   * waits for a renewal in flight, so it never lands after the outcomes are written.
   */
  const keepLeases = () => {
    let inFlight: Promise<unknown> = Promise.resolve();
    const lost = new Set<string>();
    const renew = async () => {
      const holding = [...held.values()];
      if (holding.length === 0) return;
      const kept = new Set<string>();
      await outsideRun(() =>
        queueTurn(() =>
          deps.queue.transact((rows) => {
            kept.clear();
            const update: QueueRow[] = [];
            for (const item of holding) {
              const fresh = ours(rows, item.id, item.row.row);
              const renewed =
                fresh &&
                renewLease(fresh, { owner: options.owner, runId: options.runId }, deps.now(), options.leaseSeconds);
              if (!renewed) continue;
              update.push(renewed);
              kept.add(item.id);
            }
            return { update, result: kept.size === holding.length };
          }),
        ),
      ).then(
        () => {
          for (const item of holding) {
            // Written meanwhile (no longer held) is not lost.
            if (kept.has(item.id) || lost.has(item.id) || !held.has(item.id)) continue;
            lost.add(item.id);
            log.warn(`item ${item.id}: its lease was lost while it was being worked on`, { item_id: item.id });
          }
        },
        (error) =>
          log.warn(`could not renew the leases of ${holding.length} row(s) (${errorMessage(error)}); trying again`),
      );
    };
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

  // NEAR_DUPLICATE's corpus shingles text (marked, sanitize-html), so it loads
  // with the item pipeline, not at start; it is ready before any item is processed.
  let corpus: RunCorpus | undefined;
  let corpusLoading: Promise<RunCorpus> | undefined;
  const loadCorpus = async (): Promise<RunCorpus> => {
    corpusLoading ??= import('./corpus').then(({ createRunCorpus }) =>
      createRunCorpus({ publisher: deps.publisher, readContent: deps.readContent, log }),
    );
    corpus = await corpusLoading;
    return corpus;
  };
  const limit = pLimit(options.concurrency);
  const leases = keepLeases();
  await Promise.all(
    Array.from({ length: options.maxItems }, () =>
      limit(async () => {
        let claimed: Claimed | undefined;
        try {
          claimed = await nextItem();
        } catch (error) {
          stopOn(
            error,
            'could not claim the next item, so claiming stopped (rows not claimed are as they were; ' +
              'a row this run had just claimed returns to PENDING when its lease ends)',
          );
          return;
        }
        if (!claimed) return;
        const { item, from, titles, rows, recovered: fromExpiredLease } = claimed;
        const itemLog = log.child({ item_id: item.id });
        const content: ContentContext = {
          generator: deps.generator,
          readContent: deps.readContent,
          thresholds: options.thresholds,
          maxFixPasses: options.maxFixPasses,
          otherTitles: () => titleLookup(titles, runTitles, item.row.id),
          claimTitle: (title) => {
            const key = normalizeTitle(title);
            if (key && !runTitles.has(key)) runTitles.set(key, item.id);
          },
          // NEAR_DUPLICATE: the blog, the other rows of the claim's snapshot, this run's passed drafts
          // (the item's own row is in the snapshot; the corpus leaves the item's texts out by its id).
          corpus: async (itemId) => (await loadCorpus()).indexed(itemId, rows),
          claimText: (draft) => corpus?.add(item.id, draft),
          catalog: deps.catalog,
        };
        try {
          // The item's work runs under the run's deadline; writing its outcome does not (it must land).
          const outcome = await withinRun(deadline.signal, async () => {
            // A row whose lease ran out may have been finished by the run that held it (see recover-item.ts).
            const live = fromExpiredLease ? await recoverLiveArticle(item, deps, options.runId) : undefined;
            if (live) {
              itemLog.warn(`item ${item.id}: recovered from an expired lease, and its article is live: PUBLISHED`);
              return live;
            }
            const [{ processItem }] = await Promise.all([loadItemPipeline(), loadCorpus()]);
            return processItem(item, from, mode, { ...deps, log: itemLog }, { ...options, requireApproval }, content);
          });
          if (outcome.released) released.push(item.id);
          // Only an article holds a title: a draft that passed but was not published or drafted lets it go.
          if (!['drafted', 'published', 'scheduled'].includes(outcome.result.outcome)) releaseTitle(item.id);
          outcomes.add({ result: outcome.result, outcome, itemLog });
        } catch (error) {
          // The row keeps its lease (no longer renewed) and returns to PENDING when it expires.
          held.delete(item.id);
          releaseTitle(item.id);
          // A configuration error met mid-run (a revoked token, say): the other items in flight still finish.
          stopOn(error, `item ${item.id} stopped the run`);
        }
      }),
    ),
  );
  // Rows claimed in a batch but never started (the run stopped early): given back as they were claimed.
  for (const { item, from } of pool.splice(0)) {
    const reason = 'released unworked: the run stopped before it reached this row';
    const now = deps.now();
    const result = { ...rejectedResult(item.row), codes: [], message: reason };
    outcomes.add({
      result,
      release: true,
      outcome: {
        result,
        transition: (fresh) =>
          releaseLease(fresh, { from, attempts: item.attempts - 1, reason, now, runId: options.runId }),
      },
    });
  }
  await leases.stop();
  await outcomes.close();
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

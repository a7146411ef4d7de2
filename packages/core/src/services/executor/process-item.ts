// One claimed item, start to finish: content → gate → publish, or the row's
// way out (BLOCKED, retry with backoff, FAILED). Returns the transition to
// apply to the freshest copy of the row, so humans' edits made meanwhile
// (notes, approval) are not overwritten.
//
// Two guards on the way out: an item the run's deadline cut short is
// released (back to the state it was claimed from, outcome `skipped`), and a
// FAILED or retry outcome is never written while the publisher holds a live
// article for the item id — the row is PUBLISHED then, whatever this worker
// met on its way (a stale worker, a storm of throttling, a lost answer).
import {
  nextAttemptAt,
  type QueueItem,
  releaseLease,
  shouldFail,
  toAwaitingApproval,
  toBlocked,
  toFailed,
  toPublished,
  toRetry,
  toScheduled,
} from '../../domain/queue';
import { ItemError, ServiceError, UserError } from '../../errors';
import { type ItemErrorCode, serviceItemCode } from '../../item-codes';
import type { GateVerdict, ItemStatus, Mode, Outcome, QueueRow } from '../../model';
import type { ArticleInput, ArticleRef, Usage } from '../../ports';
import { runAborted } from '../../util/abort';
import { findExisting, publishArticle } from '../publish-article';
import { articleInputOf, type ContentContext, draftAndCheck } from './content';
import type { ExecutorDeps, ExecutorOptions, ItemResult } from './types';
import { updateInPlace } from './update-item';

export interface ItemOutcome {
  result: ItemResult;
  transition: (fresh: QueueRow) => QueueRow;
  /** The run's deadline cut the item short: its row is given back unworked. */
  released?: boolean;
}

const ZERO: Usage = { tokens_in: 0, tokens_out: 0, cost_usd: 0 };

function firstLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function processItem(
  item: QueueItem,
  /** The state it was claimed from: an APPROVED or AWAITING_APPROVAL row already has its draft. */
  from: ItemStatus,
  mode: Mode,
  deps: ExecutorDeps,
  options: ExecutorOptions,
  content: ContentContext,
): Promise<ItemOutcome> {
  const started = deps.now().getTime();
  const runId = options.runId;
  const base = {
    item_id: item.id,
    row: item.row.row,
    attempts: item.attempts,
    article_id: item.row.article_id,
    article_url: item.row.article_url,
    title: item.row.title,
  };
  const finish = (
    outcome: Outcome,
    gate: GateVerdict | '',
    codes: string[],
    message: string,
    usage: Usage,
    transition: (fresh: QueueRow, now: Date) => QueueRow,
    article?: ArticleRef,
    title?: string,
  ): ItemOutcome => {
    const now = deps.now();
    return {
      result: {
        ...base,
        title: title ?? base.title,
        outcome,
        gate,
        codes,
        message,
        usage,
        duration_ms: now.getTime() - started,
        article_id: article?.id ?? base.article_id,
        article_url: article?.url ?? base.article_url,
      },
      transition: (fresh) => transition(fresh, now),
    };
  };

  /** The article this attempt asked for, once it got that far: what the live-article check looks up. */
  let wanted: ArticleInput | undefined;
  /** The item's live article, if the publisher has one (the check before a FAILED or retry outcome). */
  const liveArticle = async (): Promise<ArticleRef | undefined> => {
    const stored = { article_id: item.row.article_id || undefined, handle: item.row.handle || undefined };
    const found = wanted
      ? await findExisting(deps.publisher, wanted, stored)
      : stored.article_id || stored.handle
        ? await deps.publisher.find({ ...stored, item_id: item.id })
        : undefined;
    return found?.status === 'published' ? found : undefined;
  };

  /** The deadline, not the item: the row goes back as it was claimed (the claim's attempt does not count). */
  const release = (why: string): ItemOutcome => {
    const reason = `TIME_BUDGET: released — the run's time budget ran out while this item was in flight (${why})`;
    return {
      ...finish('skipped', '', ['TIME_BUDGET'], reason, ZERO, (fresh, now) =>
        releaseLease(fresh, { from, attempts: item.attempts - 1, reason, now, runId }),
      ),
      released: true,
    };
  };

  try {
    // An approved (or, without require-approval, awaiting) draft: publish the text the human saw.
    // A SCHEDULED row whose publish_at has passed comes here too: is its article live yet?
    const isDraftRow = from === 'APPROVED' || from === 'AWAITING_APPROVAL' || from === 'SCHEDULED';
    /** A publish_at still ahead: the store is asked to show the article then (SCHEDULED), not now. */
    const scheduleAt =
      mode === 'publish' && item.publishAt && item.publishAt > deps.now() ? item.publishAt.toISOString() : undefined;
    if (mode === 'publish' && isDraftRow) {
      const existing = await deps.publisher.find({
        article_id: item.row.article_id || undefined,
        item_id: item.id,
        handle: item.row.handle || undefined,
      });
      if (existing && existing.status !== 'published' && scheduleAt) {
        const ref = await deps.publisher.publishDraft(existing.id, { publishAt: scheduleAt });
        return finish(
          'scheduled',
          'PASS',
          [],
          `scheduled for ${scheduleAt}: ${ref.handle} (the store shows it then)`,
          ZERO,
          (fresh, now) => toScheduled(fresh, { article: ref, now, runId }),
          ref,
          ref.title,
        );
      }
      if (existing) {
        const ref = existing.status === 'published' ? existing : await deps.publisher.publishDraft(existing.id);
        // Say "approved" only of a row a human approved; without require-approval an awaiting draft goes too.
        const approved = from === 'APPROVED' || from === 'SCHEDULED' || item.approval === 'approved';
        return finish(
          'published',
          'PASS',
          [],
          from === 'SCHEDULED'
            ? `published: scheduled article ${ref.handle} is live`
            : approved
              ? `published approved draft ${ref.handle}`
              : `published draft ${ref.handle} without approval (require-approval is off)`,
          ZERO,
          (fresh, now) => toPublished(fresh, { article: ref, now, runId }),
          ref,
          ref.title,
        );
      }
      deps.log.warn(`item ${item.id}: its draft was not found in the store; writing it again`, { item_id: item.id });
    }

    const checked = await draftAndCheck(item, content);
    const title = checked.draft.title;
    if (checked.verdict !== 'PASS') {
      const codes = [...new Set(checked.findings.map((f) => f.code))];
      const lead =
        checked.verdict === 'BLOCK'
          ? 'blocked by the gate'
          : checked.generated
            ? `still failing after ${checked.fixPasses} auto-fix pass(es)`
            : 'human-written content needs changes';
      // Each code once: the summary line pairs each finding with its code; the row's
      // notes lead with the codes (`[CODES] …`, toBlocked), so its text does not repeat them.
      const message = `${lead} — ${checked.findings.map((f) => `${f.code}: ${f.message}`).join('; ')}`;
      const reason = `${lead} — ${checked.findings.map((f) => f.message).join('; ')}`;
      return finish(
        'blocked',
        checked.verdict,
        codes,
        message,
        checked.usage,
        (fresh, now) => toBlocked(fresh, { reason, codes, now, runId }),
        undefined,
        title,
      );
    }

    // UPDATE: the live article re-published in place, its previous version kept first (update-item.ts).
    if (from === 'UPDATE') {
      const wantedUpdate = articleInputOf(item, checked.draft, {
        published: true,
        author: options.author,
        now: deps.now(),
      });
      const done = await updateInPlace(
        item.id,
        { article_id: item.row.article_id || undefined, handle: item.row.handle || undefined },
        wantedUpdate,
        deps,
        runId,
      );
      return finish(
        'published',
        'PASS',
        [],
        done.message,
        checked.usage,
        (fresh, now) => toPublished(fresh, { article: done.ref, now, runId }),
        done.ref,
        title,
      );
    }
    const live = mode === 'publish' && !(options.requireApproval && !isDraftRow);
    const input: ArticleInput = articleInputOf(item, checked.draft, {
      published: live,
      author: options.author,
      now: deps.now(),
    });
    wanted = input;
    const { ref, action } = await publishArticle(deps.publisher, input, {
      article_id: item.row.article_id || undefined,
      handle: item.row.handle || undefined,
    });
    const scheduled = live && scheduleAt !== undefined;
    const message = scheduled
      ? `${action} article ${ref.handle}, scheduled for ${scheduleAt} (the store shows it then)`
      : `${action} ${live ? 'live article' : 'draft'} ${ref.handle}`;
    const setTitle = (fresh: QueueRow): QueueRow => (fresh.title.trim() ? fresh : { ...fresh, title });
    if (scheduled) {
      return finish(
        'scheduled',
        'PASS',
        [],
        message,
        checked.usage,
        (fresh, now) => toScheduled(setTitle(fresh), { article: ref, now, runId }),
        ref,
        title,
      );
    }
    return live
      ? finish(
          'published',
          'PASS',
          [],
          message,
          checked.usage,
          (fresh, now) => toPublished(setTitle(fresh), { article: ref, now, runId }),
          ref,
          title,
        )
      : finish(
          'drafted',
          'PASS',
          [],
          message,
          checked.usage,
          (fresh, now) => toAwaitingApproval(setTitle(fresh), { article: ref, now, runId }),
          ref,
          title,
        );
  } catch (error) {
    const said = firstLine(error instanceof Error ? error.message : String(error));
    if (runAborted()) return release(said);
    if (error instanceof UserError) throw error;
    if (error instanceof ItemError && !error.transient) {
      // The notes lead with `[CODE]` (toBlocked): the reason there is the message alone.
      return finish('blocked', '', [error.code], `${error.code}: ${said}`, ZERO, (fresh, now) =>
        toBlocked(fresh, { reason: said, codes: [error.code], now, runId }),
      );
    }
    // A service's failure (Shopify still 5xx or throttled after retries, no answer, …) is that
    // service's code, retried like any transient error; only what nothing names is UNEXPECTED.
    const code: ItemErrorCode =
      error instanceof ItemError
        ? error.code
        : error instanceof ServiceError
          ? serviceItemCode(error.service)
          : 'UNEXPECTED';
    const text = `${code}: ${said}`;
    if (from === 'UPDATE') {
      // The article is live either way: an update that keeps failing is parked for a human, never FAILED.
      if (shouldFail(item.attempts, options.maxAttempts)) {
        const reason = `update not confirmed after ${item.attempts} attempt(s) — ${said}; the article stays live as the store has it: check it, then set the row to UPDATE again`;
        return finish('blocked', '', [code], `${code}: ${reason}`, ZERO, (fresh, now) =>
          toBlocked(fresh, { reason, codes: [code], now, runId }),
        );
      }
      const at = nextAttemptAt(deps.now(), item.attempts, options.backoff, deps.random);
      return finish('retry', '', [code], `will retry the update at ${at.toISOString()} — ${text}`, ZERO, (fresh, now) =>
        toRetry(fresh, { error: text, now, runId, nextAttemptAt: at, status: 'UPDATE' }),
      );
    }
    // Never write FAILED or a retry over a live article: ask the publisher first.
    let live: ArticleRef | undefined;
    let unchecked = false;
    try {
      live = await liveArticle();
    } catch {
      unchecked = true;
    }
    if (live) {
      const ref = live;
      deps.log.warn(`item ${item.id}: ${text}; but its article ${ref.handle} is live, so the row is PUBLISHED`, {
        item_id: item.id,
      });
      return finish(
        'published',
        'PASS',
        [],
        `published: its article ${ref.handle} is live (this attempt met ${text})`,
        ZERO,
        (fresh, now) => toPublished(fresh, { article: ref, now, runId }),
        ref,
        ref.title,
      );
    }
    if (runAborted()) return release(said);
    // FAILED is final: when the publisher could not be asked, retry instead (the next claim looks again).
    if (shouldFail(item.attempts, options.maxAttempts) && !unchecked) {
      return finish('failed', '', [code], `failed after ${item.attempts} attempt(s) — ${text}`, ZERO, (fresh, now) =>
        toFailed(fresh, { error: text, now, runId }),
      );
    }
    const at = nextAttemptAt(deps.now(), item.attempts, options.backoff, deps.random);
    // An approved draft stays approved: the retry publishes the text the human saw, not a new draft.
    const status = from === 'APPROVED' || from === 'AWAITING_APPROVAL' || from === 'SCHEDULED' ? from : undefined;
    return finish('retry', '', [code], `will retry at ${at.toISOString()} — ${text}`, ZERO, (fresh, now) =>
      toRetry(fresh, { error: text, now, runId, nextAttemptAt: at, status }),
    );
  }
}

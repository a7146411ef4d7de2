// A row recovered from an expired lease may have been finished by the run
// that held it: the article went live, then the process died before its
// buffered outcome was written (write-buffer.ts). The publisher knows — the
// article carries the item id — so the row is written PUBLISHED from what is
// live, without drafting or publishing anything again. Anything else (no
// article, or only a draft) is worked as usual, idempotently: publishing finds
// the item's article by its id and updates it rather than adding a second.
//
// Only for a row claimed for its first publication (claimed-from.ts): a row
// claimed from UPDATE had a live article before its claim, so finding it live
// says nothing about whether the update was applied. Such a row was recovered
// as UPDATE, and is worked as an UPDATE: the update is applied (or found
// already there: "unchanged"), never skipped.
import { claimedForFirstPublication, type QueueItem, toPublished } from '../../domain/queue';
import type { ItemOutcome } from './process-item';
import type { ExecutorDeps, ItemResult } from './types';

export async function recoverLiveArticle(
  item: QueueItem,
  deps: Pick<ExecutorDeps, 'publisher' | 'now'>,
  runId: string,
): Promise<ItemOutcome | undefined> {
  // The claimed row's lease names the state it was claimed from (the recovered one).
  if (!claimedForFirstPublication(item.row)) return undefined;
  const found = await deps.publisher.find({
    article_id: item.row.article_id || undefined,
    item_id: item.id,
    handle: item.row.handle || undefined,
  });
  if (found?.status !== 'published') return undefined;
  const now = deps.now();
  const result: ItemResult = {
    item_id: item.id,
    row: item.row.row,
    title: found.title || item.row.title,
    outcome: 'published',
    gate: 'PASS',
    codes: [],
    message: `published: its article ${found.handle} is live (the run that published it stopped before writing this row)`,
    attempts: item.attempts,
    duration_ms: 0,
    usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
    article_id: found.id,
    article_url: found.url,
  };
  return { result, transition: (fresh) => toPublished(fresh, { article: found, now, runId }) };
}

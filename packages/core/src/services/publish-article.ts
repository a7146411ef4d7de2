// Idempotent publishing: look the item's article up before writing, and
// update it instead of creating a second one.
//
// What "exactly one article per item id" rests on:
// 1. the queue lease: one executor works on an item at a time;
// 2. this lookup: a retry, or a run after a killed one, finds the article the
//    earlier attempt made (stored article_id, else handle + item-id marker) —
//    even when the row never learned its article_id;
// 3. the publisher's create, for two executors racing on one item (a lease
//    that expired under a slow executor): the local site checks and inserts
//    under a cross-process lock and returns the existing article; Shopify
//    keeps handles unique per blog, so the slower create is refused as TAKEN
//    and the adapter returns the article that holds the handle when it is the
//    item's own. Racers that want *different* handles for one item (two
//    generations with different titles and no stored handle) are the one case
//    not covered on Shopify.
import type { ArticleInput, ArticleRef, Publisher } from '../ports';

export interface StoredArticle {
  article_id?: string;
  handle?: string;
}

export interface PublishResult {
  ref: ArticleRef;
  action: 'created' | 'updated';
}

/** The item's article, by stored id, then by the stored handle, then by the wanted one. */
export async function findExisting(
  publisher: Publisher,
  input: ArticleInput,
  stored: StoredArticle,
): Promise<ArticleRef | undefined> {
  const handles = [...new Set([stored.handle, input.handle].filter((h): h is string => Boolean(h)))];
  const first = await publisher.find({ article_id: stored.article_id, item_id: input.item_id, handle: handles[0] });
  if (first || handles.length < 2) return first;
  return publisher.find({ item_id: input.item_id, handle: handles[1] });
}

export async function publishArticle(
  publisher: Publisher,
  input: ArticleInput,
  stored: StoredArticle,
): Promise<PublishResult> {
  const existing = await findExisting(publisher, input, stored);
  if (existing) return { ref: await publisher.update(existing.id, input), action: 'updated' };
  return { ref: await publisher.create(input), action: 'created' };
}

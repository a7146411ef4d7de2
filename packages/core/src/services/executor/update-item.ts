// The update path (issue 11): a PUBLISHED row a human marked UPDATE is
// re-published in place. Its article is looked up (stored id, then handle),
// its current fields are read and appended to the versions journal, and only
// then is the article updated — same article, same handle, still live. When
// the store already has exactly these fields nothing is written or kept, so
// a second run with the same content changes nothing. A version a crashed
// run kept just before it died is not kept a second time.
//
// The gate ran before this (process-item.ts): a draft it stops never gets
// here, and the live article stays as it was.
import { changedFields, fieldsOfInput } from '../../domain/article-fields';
import { ItemError } from '../../errors';
import type { ArticleFields, ArticleInput, ArticleRef, Clock, Publisher, VersionStore } from '../../ports';
import { findExisting } from '../publish-article';

export interface UpdatedInPlace {
  ref: ArticleRef;
  /** The fields the update changed ([] when the store already had them). */
  changed: string[];
  /** When the previous version was kept (absent: nothing changed, or no version store). */
  keptAt?: string;
  message: string;
}

export async function updateInPlace(
  itemId: string,
  stored: { article_id?: string; handle?: string },
  wanted: ArticleInput,
  deps: { publisher: Publisher; versions?: VersionStore; now: Clock },
  runId: string,
): Promise<UpdatedInPlace> {
  const existing = await findExisting(deps.publisher, wanted, stored);
  if (!existing) {
    throw new ItemError(
      'UPDATE_NO_ARTICLE',
      `the row is marked UPDATE but the store has no article for item ${itemId} (article_id ${stored.article_id || 'empty'}, handle ${stored.handle || 'empty'}): set the row PENDING to publish it anew`,
      false,
    );
  }
  // Same address: the article keeps its handle whatever the new title would slug to; a live update never schedules.
  const input: ArticleInput = { ...wanted, handle: existing.handle, published: true, publishAt: undefined };
  const before = deps.publisher.read ? await deps.publisher.read(existing.id) : undefined;
  if (!before) {
    throw new ItemError(
      'UPDATE_NO_ARTICLE',
      `the article ${existing.id} of item ${itemId} could not be read, so its version cannot be kept; nothing was changed`,
      false,
    );
  }
  const changed = changedFields(before, fieldsOfInput(input));
  if (changed.length === 0) {
    return { ref: existing, changed, message: `unchanged: live article ${existing.handle} already has this content` };
  }
  let keptAt: string | undefined;
  if (deps.versions) {
    // A run that died after keeping this version, before its update landed (the row was recovered
    // as UPDATE, claimed-from.ts), kept it already: the journal does not get the same version twice.
    const latest = await deps.versions.latest(itemId);
    if (latest && latest.article_id === existing.id && sameFields(latest.fields, before)) keptAt = latest.at;
    else {
      keptAt = deps.now().toISOString();
      // Kept first: a failure here leaves the article as it was (the item is retried).
      await deps.versions.append({
        item_id: itemId,
        article_id: existing.id,
        at: keptAt,
        run_id: runId,
        fields: before,
      });
    }
  }
  const ref = await deps.publisher.update(existing.id, input);
  const kept = keptAt ? `previous version kept (${keptAt})` : 'previous version not kept: no version store';
  return {
    ref,
    changed,
    keptAt,
    message: `updated live article ${ref.handle} in place (${changed.join(', ')}); ${kept}`,
  };
}

/** Two kept versions' fields alike, every field compared (the journal's own shape). */
function sameFields(a: ArticleFields, b: ArticleFields): boolean {
  return JSON.stringify(fieldsOfInput(a)) === JSON.stringify(fieldsOfInput(b));
}

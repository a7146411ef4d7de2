// An article's fields as a version keeps them (ports ArticleFields), and the
// comparisons the update path and a rollback make: pure functions.
import type { ArticleFields, ArticleInput } from '../ports';

/**
 * What an article input would set (the handle is the article's own: an update
 * never moves it). Takes any value with the fields (an input or a kept version)
 * and copies only those, lists and objects included.
 */
export function fieldsOfInput(input: ArticleFields): ArticleFields {
  return {
    handle: input.handle,
    title: input.title,
    summary: input.summary,
    body_html: input.body_html,
    tags: [...input.tags],
    ...(input.author !== undefined && { author: input.author }),
    ...(input.image && { image: { ...input.image } }),
    ...(input.seo && { seo: { ...input.seo } }),
  };
}

/** The input that writes a kept version back to its article (live: it is a published article). */
export function inputOfFields(itemId: string, fields: ArticleFields): ArticleInput {
  return { item_id: itemId, ...fieldsOfInput(fields), published: true };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The fields `wanted` sets that `current` does not already have, by name.
 * A field `wanted` leaves out (no author, no image, no SEO) is not compared:
 * an update without it leaves the store's value as it is.
 */
export function changedFields(current: ArticleFields, wanted: ArticleFields): string[] {
  const changed: string[] = [];
  if (current.title !== wanted.title) changed.push('title');
  if (current.summary !== wanted.summary) changed.push('summary');
  if (current.body_html !== wanted.body_html) changed.push('body');
  if (!sameList(current.tags, wanted.tags)) changed.push('tags');
  if (wanted.author !== undefined && (current.author ?? '') !== wanted.author) changed.push('author');
  if (
    wanted.image &&
    ((current.image?.url ?? '') !== wanted.image.url || (current.image?.altText ?? '') !== wanted.image.altText)
  )
    changed.push('image');
  if (
    wanted.seo &&
    ((current.seo?.title ?? '') !== wanted.seo.title || (current.seo?.description ?? '') !== wanted.seo.description)
  )
    changed.push('seo');
  return changed;
}

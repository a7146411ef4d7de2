// The article's own fields from the queue row laid over a draft: a human's
// value in the row always wins over what the model (or the content's front
// matter) says; an empty cell leaves the draft's value. The image URL is the
// exception in the other direction: it comes from a human only (the row, or
// front matter a human wrote) — a model's draft never supplies one.
import type { QueueRow } from '../../model';
import type { Draft } from '../../ports';
import { splitKeywords } from '../queue/parse-row';

type RowFields = Pick<
  QueueRow,
  'meta_title' | 'meta_description' | 'image_url' | 'image_alt' | 'author' | 'tags' | 'language'
>;

export function mergeRowFields(draft: Draft, row: RowFields, source: { generated: boolean }): Draft {
  const cell = (text: string) => text.trim() || undefined;
  const tags = splitKeywords(row.tags);
  const merged: Draft = {
    ...draft,
    tags: tags.length > 0 ? tags : draft.tags,
    meta_title: cell(row.meta_title) ?? draft.meta_title,
    meta_description: cell(row.meta_description) ?? draft.meta_description,
    image_url: cell(row.image_url) ?? (source.generated ? undefined : draft.image_url),
    image_alt: cell(row.image_alt) ?? draft.image_alt,
    author: cell(row.author) ?? draft.author,
    language: cell(row.language) ?? draft.language,
  };
  // Absent, not undefined-valued: drafts are compared and serialised.
  for (const key of Object.keys(merged) as Array<keyof Draft>) if (merged[key] === undefined) delete merged[key];
  return merged;
}
